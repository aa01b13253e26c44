"""Names that cannot be names: the one rule the registry check, the matcher and discovery share.

A registry alias such as "و" or "في", or a very common word such as "الحكومة", would link
nearly every article to one entity. `why_not_a_name` says in plain words why a string cannot
be a name (too short, a function word, a very common word), or None when it can. The rules
and their measured thresholds are data: generator/data/name_guard.yml.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from generator.data import DATA_DIR, read_yaml
from generator.text.orthography import name_key, remove_diacritics

DATA = DATA_DIR / "name_guard.yml"


@dataclass(frozen=True)
class Guard:
    min_letters: int
    frequent_zipf: float
    function_words: dict  # folded word -> the word as the data writes it
    frequent_words: dict  # folded word -> (the common spelling, its Zipf frequency)
    place_names: frozenset  # folded CLDR names of countries, regions and cities
    prepositions: frozenset = frozenset()  # folded: a name never starts with one (ضد، على)
    plural_relatives: frozenset = frozenset()  # folded: the word before one is no person's name (المرضى الذين)


@lru_cache(maxsize=None)
def common_words(floor: float) -> dict[str, tuple[str, float]]:
    """Name key -> (its commonest spelling, that spelling's Zipf frequency), for every word of
    general Arabic at least `floor` frequent: wordfreq's list, walked most frequent first.
    The guard's frequent words, and the words a town's name must not be (places.py)."""
    from wordfreq import iter_wordlist, zipf_frequency

    words: dict[str, tuple[str, float]] = {}
    for word in iter_wordlist("ar"):  # most frequent first: stop below the floor
        zipf = zipf_frequency(word, "ar")
        if zipf < floor:
            break
        words.setdefault(name_key(word), (word, zipf))
    return words


@lru_cache(maxsize=1)
def load_guard(path: Path = DATA) -> Guard:
    from babel import Locale

    data = read_yaml(path)
    function_words = {}
    for words in data["function_words"].values():
        for word in words:
            function_words.setdefault(name_key(str(word)), str(word))
    threshold = float(data["frequent_word_zipf"])
    frequent = common_words(threshold)
    arabic = Locale("ar")
    places = {name for code, name in arabic.territories.items() if code not in data["not_place_names"]}
    places |= {zone["city"] for zone in arabic.time_zones.values() if zone.get("city")}
    places |= set(data["frequent_place_names"])
    return Guard(int(data["min_letters"]), threshold, function_words, frequent,
                 frozenset(name_key(remove_diacritics(p)) for p in places),
                 frozenset(name_key(str(word)) for word in data["function_words"]["prepositions"]),
                 frozenset(name_key(str(word)) for word in data["function_words"]["plural_relatives"]))


def _letters(key: str) -> int:
    return sum(c.isalpha() for c in key)


def _is_content_word(word: str, guard: Guard) -> bool:
    """Could this word carry a name? Not a function word, and at least one letter long."""
    return any(c.isalpha() for c in word) and word not in guard.function_words


def only_a_common_word(name: str) -> bool:
    """Is `name` one word that `why_not_a_name` refuses only for being very common (الحقيقة،
    المواطن), not for being short or a function word? Where a credit line signs the news, such a
    word is the outlet's name."""
    guard = load_guard()
    key = name_key(name)
    return (" " not in key and _letters(key) >= guard.min_letters and key not in guard.function_words
            and key in guard.frequent_words and key not in guard.place_names)


@lru_cache(maxsize=1 << 16)
def why_not_a_name(name: str) -> str | None:
    """Why `name` cannot be a registry name or alias, in plain words; None when it can."""
    guard = load_guard()
    key = name_key(name)
    letters = _letters(key)
    if letters == 0:
        return "it has no letters, so it would be found in ordinary text everywhere; write the name in letters"
    if letters < guard.min_letters:
        return (f"it is too short to be a name ({letters} letter{'s' if letters > 1 else ''}): it would be found "
                "in ordinary text everywhere; write the name in full")
    words = key.split(" ")
    if len(words) == 1:
        if key in guard.function_words:
            written = guard.function_words[key]
            same = "" if name_key(written) == name_key(name) and written == name.strip() else f" '{written}'"
            return (f"it is the function word{same} (a word such as 'في', 'من' or 'على' that is in nearly every "
                    "article), not a name; remove it")
        if key in guard.frequent_words and key not in guard.place_names:
            word, zipf = guard.frequent_words[key]
            in_words = round(10 ** (9 - zipf), -2) if zipf < 7 else round(10 ** (9 - zipf))
            return (f"it is the common Arabic word '{word}' (about one word in {in_words:,.0f} of general Arabic "
                    f"text; Zipf {zipf:.1f}, the limit is {guard.frequent_zipf:.1f}), so it would link articles "
                    "that do not mean this entity; use a longer form that only this entity has, such as the full "
                    "name or the name with what it is ('قناة الجزيرة', 'شركة تويتر')")
        return None
    if not any(_is_content_word(word, guard) for word in words):
        return ("it is made only of function words and digits (such as 'في', 'من', 'على'), which are in nearly "
                "every article; a name needs a word of its own")
    return None
