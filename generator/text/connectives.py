"""The connective a sentence opens with ("و", "كما", "جاء ذلك"), for quoting the sentence alone.

The words are data (generator/data/connectives.yml); the one-letter conjunctions are told
from a word's own first letter by general Arabic word frequencies (wordfreq).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from wordfreq import zipf_frequency

from generator.text.arabic import fold

DATA = Path(__file__).resolve().parents[1] / "data" / "connectives.yml"
_WORD = re.compile(r"\S+")
_SEPARATORS = "،,:؛;"  # after a phrase, dropped with it
_EDGE_PUNCTUATION = _SEPARATORS + ".«»\"'()"  # ignored when words are compared
MIN_WORDS_LEFT = 3  # a sentence is never cut down to fewer words than this


@dataclass(frozen=True)
class Connectives:
    phrases: tuple[tuple[str, ...], ...]  # folded words of each phrase
    conjunctions: tuple[str, ...]
    drop_anyway: frozenset[str]  # folded
    keep: frozenset[str]  # folded


@lru_cache(maxsize=1)
def connectives() -> Connectives:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return Connectives(
        phrases=tuple(sorted((tuple(fold(p).split()) for p in data["phrases"]), key=len, reverse=True)),
        conjunctions=tuple(data["conjunctions"]),
        drop_anyway=frozenset(fold(w) for w in data["drop_anyway"]),
        keep=frozenset(fold(w) for w in data["keep"]),
    )


@lru_cache(maxsize=4096)
def _conjunction_joined(word: str) -> bool:
    """Whether `word` (folded, without punctuation) is a one-letter conjunction plus a word."""
    data = connectives()
    if word[:1] not in data.conjunctions or len(word) < 3 or word in data.keep:
        return False
    return word in data.drop_anyway or zipf_frequency(word[1:], "ar") > zipf_frequency(word, "ar")


def _bare(token: str) -> str:
    return fold(token.strip(_EDGE_PUNCTUATION))


def _after_first_letter(text: str, start: int, end: int) -> int:
    """The offset just after the first letter of text[start:end] and the marks on it."""
    at = start + 1
    while at < end and (unicodedata.category(text[at]) == "Mn" or text[at] == "\u0640"):  # diacritics, tatweel
        at += 1
    return at


def connective_length(sentence: str) -> int:
    """How many characters at the start of `sentence` are connectives (0 when none), with the
    space and punctuation after them; never so many that fewer than MIN_WORDS_LEFT words stay."""
    tokens = [(m.start(), m.end(), _bare(m.group())) for m in _WORD.finditer(sentence)]
    data = connectives()
    at, cut = 0, 0  # the first token not dropped; characters dropped
    while at < len(tokens):
        phrase = next((p for p in data.phrases if tuple(t for _, _, t in tokens[at : at + len(p)]) == p), None)
        if phrase and len(tokens) - at - len(phrase) >= MIN_WORDS_LEFT:
            at += len(phrase)
            cut = tokens[at][0] if at < len(tokens) else len(sentence)
        elif sentence[tokens[at][0]].isalpha() and _conjunction_joined(tokens[at][2]) \
                and len(tokens) - at >= MIN_WORDS_LEFT:  # not after a quotation mark, which would lose its pair
            start, end, bare = tokens[at]
            cut = _after_first_letter(sentence, start, end)  # the letter only; the word stays
            tokens[at] = (cut, end, bare[1:])
        else:
            break
    while 0 < cut < len(sentence) and (sentence[cut].isspace() or sentence[cut] in _SEPARATORS):
        cut += 1
    return cut
