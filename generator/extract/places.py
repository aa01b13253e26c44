"""Places known before any article is read: every country and territory CLDR names in
Arabic, the cities CLDR names as time-zone exemplars, and the few forms news writes that
CLDR lacks (generator/data/places.yml).

The gazetteer maps the folded words of a name to its canonical Arabic name and its
English name; discovery (generator/extract/unknown.py) finds them in texts, whole words
only, longest first, behind clitics.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml
from babel import Locale
from wordfreq import zipf_frequency

from generator.text.orthography import fold

DATA = Path(__file__).resolve().parents[1] / "data" / "places.yml"


@dataclass(frozen=True)
class Place:
    name: str  # as CLDR (or places.yml) writes it
    name_en: str
    kind: str  # "country", "city", "region" or "organization" (CLDR's UN and EU)


@dataclass(frozen=True)
class Gazetteer:
    by_words: dict[tuple[str, ...], Place]  # folded words -> place
    longest: int  # most words in one name
    ambiguous: frozenset[str]  # folded one-word names that stand for two places
    marked: dict[str, Place]  # names found only as written with their shadda (عمّان)
    word_like: frozenset[str]  # folded one-word countries that are common words too (مالي)
    word_like_after: frozenset[str]  # the words after which they are places

    @functools.cached_property
    def first_words(self) -> frozenset[str]:
        """The first word of every name: most words of a text are none, and are passed by."""
        return frozenset(words[0] for words in self.by_words)

    def lookup(self, words: tuple[str, ...]) -> Place | None:
        return self.by_words.get(words)


def place_key(name: str) -> tuple[str, ...]:
    return tuple(fold(name).split())


def _time_zone_cities(min_word_zipf: float) -> dict[str, str]:
    """Arabic -> English exemplar city of every time zone CLDR names in Arabic (CLDR's own
    table, so no system time-zone database is needed). English, like CLDR's rule for a zone
    with no English exemplar, is the last part of the zone's id (Asia/Baghdad -> Baghdad)."""
    arabic, english = Locale("ar").time_zones, Locale("en").time_zones
    cities: dict[str, str] = {}
    for zone in sorted(arabic):
        city = arabic[zone].get("city")
        if not city or zone.startswith("Etc/") or city.isascii() or "،" in city or "/" in city:
            continue
        if " " not in city and not city.startswith("ال") and zipf_frequency("ال" + city, "ar") >= min_word_zipf:
            continue  # a common word first (نوم: النوم "sleep")
        name_en = (english.get(zone) or {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        cities.setdefault(city, name_en)
    return cities


@functools.lru_cache(maxsize=None)
def load_gazetteer(path: Path = DATA) -> Gazetteer:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    arabic, english = Locale("ar").territories, Locale("en").territories
    skipped = {str(code) for code in data["skipped_territories"]}
    by_words: dict[tuple[str, ...], Place] = {}

    def add(name: str, place: Place) -> None:
        by_words.setdefault(place_key(name), place)

    for code, name in arabic.items():
        if code in skipped or not code.isalpha() or code not in english:
            continue
        country = Place(name, english[code], "country")
        add(name, country)
        for short in data["short_forms"].get(code, ()):
            add(short, Place(short, english[code], "country"))
    for code in data["organization_territories"]:
        add(arabic[code], Place(arabic[code], english[code], "organization"))
    cities = _time_zone_cities(float(data["city_as_word_zipf"]))
    cities.update(data["cities"])  # the supplement after CLDR: CLDR wins where both name a city
    for name, name_en in cities.items():
        add(name, Place(name, name_en, "city"))
    for name, name_en in data["regions"].items():
        add(name, Place(name, name_en, "region"))
    ambiguous = frozenset(fold(w) for w in data["ambiguous"])
    for word in ambiguous:
        by_words.pop((word,), None)
    marked = {written: Place(written, english_name, "city") for written, english_name in data["marked"].items()}
    word_like = frozenset(
        fold(name) for code, name in arabic.items()
        if code.isalpha() and code not in skipped and " " not in name and not name.startswith("ال")
        and zipf_frequency("ال" + name, "ar") >= float(data["country_as_word_zipf"]))
    after = frozenset(fold(w) for w in data["word_like_after"])
    return Gazetteer(by_words, max(map(len, by_words)), ambiguous, marked, word_like, after)
