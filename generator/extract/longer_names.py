"""Names that hold a place's name and are not the place: outlets named after a place
("القاهرة الإخبارية", "فرانس 24", "مأرب برس", "واشنطن بوست", "قناة روسيا اليوم") and
institutions and facilities named by a head noun and a place ("جامعة القاهرة", "بنك مصر",
"مطار القاهرة"). The place inside
is not linked there (entities.py); discovery (unknown.py) proposes the outlet instead.

The words are data in generator/data/unknown.yml: `outlet_words` after a place make it an
outlet's name wherever it stands; `outlet_words_after_head` (اليوم) only after an outlet's
head noun (`outlet_heads`: قناة، صحيفة، موقع …) or inside quotes, since "تشهد مصر اليوم" is
Egypt, today.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import yaml

from generator.extract.dates.tense import is_future_verb, is_present_verb
from generator.text.name_guard import load_guard
from generator.text.orthography import ARTICLE, fold

DATA = Path(__file__).resolve().parents[1] / "data" / "unknown.yml"
QUOTES = "\"«»“”„'‘’"
_TRAILING = ".,،:;؛!?؟»\"')]”’"


@dataclass(frozen=True)
class OutletWords:
    tails: frozenset[str]  # folded
    tails_after_head: frozenset[str]
    heads: frozenset[str]
    sources: frozenset[str]  # words that credit a source (بحسب، نقلا عن)
    institutions: frozenset[str]  # head nouns of organisations, without the article


@functools.lru_cache(maxsize=None)
def outlet_words(path: Path = DATA) -> OutletWords:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in data.get(key) or ())

    institutions = frozenset(w for w in words("organization_cues") | words("facility_cues") if not w.startswith("ال"))
    return OutletWords(words("outlet_words"), words("outlet_words_after_head"), words("outlet_heads"), words("outlet_source_words"),
                       institutions)


def names_an_outlet(following: str, previous_stems: Iterable[str], quoted: bool, to: bool = False) -> bool:
    """Does a place's name start an outlet's name? `following`: the folded word after it;
    `previous_stems`: the folded word before it, with and without its clitics (لقناة, قناة);
    `quoted`: a quote mark opens right before the place; `to`: the place carries ل (لروسيا)."""
    words = outlet_words()
    following = following.rstrip(_TRAILING)
    if following in words.tails:
        return True
    if following not in words.tails_after_head:
        return False
    return quoted or to or any(s in words.heads or s in words.sources for s in previous_stems)


def names_an_institution(previous_stems: Iterable[str], word_between: str | None = None) -> bool:
    """Does the word before a place's name make it an institution's (جامعة القاهرة، بنك مصر)?
    Only a head without the article: "الحكومة مصر" is no name, and "وزارة الخارجية" has none.
    With `word_between` (folded), the head stands one word earlier, joined to the place by a
    noun of the name's chain (محكمة جنايات القاهرة، هيئة موانئ دبي): a noun without the article
    that is no function word nor verb ("مطار في القاهرة", "بعثة تزور القاهرة" name Cairo)."""
    if word_between is not None and (word_between.startswith(ARTICLE) or not word_between.isalpha()
                                     or word_between in load_guard().function_words
                                     or is_present_verb(word_between) or is_future_verb(word_between)):
        return False
    return any(stem in outlet_words().institutions for stem in previous_stems)
