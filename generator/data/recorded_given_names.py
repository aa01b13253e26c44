"""Remake the `recorded_given_names` block of given_names.yml from its source, by hand (nothing
imports this module and nothing runs it in a build).

The source is the Wikidata part of the name index inside UNICEF's `arabic_name_romanizer` wheel
(PyPI, MIT; version 0.2.0, built 2026-09): how many people of each country carry a name as given
name or as family name. A name is kept by one rule, never picked from a text:
given to at least MIN_PEOPLE people of MIN_COUNTRIES Arab countries or more, more often a given
name than a family name, one word (or عبد and a word), no particle, not already in the hand-made
lists, and rarer than a common noun (wordfreq Zipf below MAX_ZIPF); those at COMMON_WORD_ZIPF or
above are common words too and go under `also_words` as well.

    pip download --no-deps -d /tmp/anr arabic-name-romanizer==0.2.0
    python -m generator.data.recorded_given_names /tmp/anr/arabic_name_romanizer-0.2.0-py3-none-any.whl

prints the block (Arabic: English) and, last, the names to add to `also_words`.
"""
from __future__ import annotations

import collections
import sqlite3
import sys
import tempfile
import zipfile
from pathlib import Path

from wordfreq import zipf_frequency

from generator.data import read_yaml
from generator.text.given_names import GIVEN_NAMES
from generator.text.orthography import fold

MIN_PEOPLE, MIN_COUNTRIES, MAX_ZIPF, COMMON_WORD_ZIPF = 10, 2, 5.0, 3.6
ARAB_COUNTRIES = frozenset("EG SA SY MR IQ JO LB PS KW AE QA BH OM YE SD LY TN DZ MA SO DJ KM".split())
PARTICLES = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "بو", "ولد", "ايت", "ال", "ذو", "ذي"})
INDEX = "arabic_name_romanizer/resources/names.sqlite3"


def hand_made_names() -> frozenset[str]:
    """The names of given_names.yml written by hand (the recorded block left out), folded."""
    data = read_yaml(GIVEN_NAMES)
    recorded = {fold(str(name)) for name in data.get("recorded_given_names") or ()}
    names = {fold(str(name)) for table in ("given_names", "foreign_given_names", "name_parts")
             for name in data.get(table) or ()}
    return frozenset(names | ({fold(str(word)) for word in data.get("also_words") or ()} - recorded))


def spelled(key: str, latin: str) -> str:
    """The usual Arabic spelling of the index's folded key: the hamza on the first alef, ة or ى
    at the end, whichever general Arabic writes most (wordfreq), else read from the Latin."""
    words = key.split()
    if len(words) == 2 and words[0] == "عبد":
        key = "عبد" + words[1]
    firsts = "اأإآ" if key[0] == "ا" else key[0]
    lasts = {"ه": "هة", "ي": "يى"}.get(key[-1], key[-1])
    candidates = [first + key[1:-1] + last for first in firsts for last in lasts] if len(key) > 1 else [key]
    best = max(candidates, key=lambda word: zipf_frequency(word, "ar"))
    if zipf_frequency(best, "ar") > 0:
        return best
    best = key
    if key[-1] == "ه" and latin.lower().endswith(("a", "ah", "at")):
        best = best[:-1] + "ة"
    if key[0] == "ا" and latin[:1] in "AOU":
        best = "أ" + best[1:]
    if key[0] == "ا" and latin[:1] in "IE":
        best = "إ" + best[1:]
    return best


def recorded_names(index: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(name, English spelling) kept by the module's rule, most people first, and those of them
    that are common words too."""
    given, family = collections.Counter(), collections.Counter()
    countries, latins = collections.defaultdict(set), collections.defaultdict(collections.Counter)
    rows = sqlite3.connect(index).execute(
        "select arabic_key, latin, country, role, count from units where source = 'wikidata'")
    for key, latin, country, role, count in rows:
        if country not in ARAB_COUNTRIES:
            continue
        if role == "given":
            given[key] += count
            countries[key].add(country)
            latins[key][latin] += count
        elif role == "surname":
            family[key] += count
    known = hand_made_names()
    rare, common = [], []
    for key, people in given.most_common():
        words = key.split()
        if people < MIN_PEOPLE or len(countries[key]) < MIN_COUNTRIES or family[key] > people:
            continue
        if len(words) > 2 or (len(words) == 2 and (words[0] != "عبد" or len(words[1]) < 3)):
            continue
        if words[0] in PARTICLES or key.startswith("ال") or key.endswith("ال") or len(key) < 2:
            continue
        latin = latins[key].most_common(1)[0][0]
        name = spelled(key, latin)
        zipf = zipf_frequency(name, "ar")
        if fold(name) in known or zipf >= MAX_ZIPF:
            continue
        (common if zipf >= COMMON_WORD_ZIPF else rare).append((name, latin.replace("'", "’")))
    return rare + common, [name for name, _ in common]


def main(wheel: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        with zipfile.ZipFile(wheel) as archive:
            index = Path(archive.extract(INDEX, folder))
        names, also_words = recorded_names(index)
    print("recorded_given_names:")
    for name, latin in names:
        print(f"  {name}: {latin}")
    print("# also_words:", ", ".join(also_words))


if __name__ == "__main__":
    main(sys.argv[1])
