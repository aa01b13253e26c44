"""The connective a sentence opens with ("و", "كما", "جاء ذلك"), for quoting the sentence alone.

The words are data (generator/data/connectives.yml); the one-letter conjunctions are told
from a word's own first letter by general Arabic word frequencies (wordfreq).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import islice

from wordfreq import zipf_frequency

from generator.data import DATA_DIR, read_yaml
from generator.text.orthography import fold, is_mark

DATA = DATA_DIR / "connectives.yml"
_WORD = re.compile(r"\S+")
_SEPARATORS = "،,:؛;"  # after a phrase, dropped with it
_EDGE_PUNCTUATION = _SEPARATORS + ".«»\"'()"  # ignored when words are compared
MIN_WORDS_LEFT = 3  # a sentence is never cut down to fewer words than this


@dataclass(frozen=True)
class Connectives:
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # first word -> folded words of each phrase, longest first
    conjunctions: tuple[str, ...]
    drop_anyway: frozenset[str]  # folded
    keep: frozenset[str]  # folded

    @cached_property  # read for every sentence quoted
    def lookahead(self) -> int:
        """The words to read at most: a few phrases in a row, a conjunction before each."""
        return 3 * (1 + max((len(p) for ps in self.phrases.values() for p in ps), default=0))


@lru_cache(maxsize=1)
def connectives() -> Connectives:
    data = read_yaml(DATA)
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted((tuple(fold(p).split()) for p in data["phrases"]), key=len, reverse=True):
        phrases.setdefault(phrase[0], []).append(phrase)
    return Connectives(
        phrases={first: tuple(ps) for first, ps in phrases.items()},
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
    while at < end and is_mark(text[at]):
        at += 1
    return at


@lru_cache(maxsize=65536)  # a sentence is quoted on many pages (its year, its entities' timelines)
def connective_length(sentence: str) -> int:
    """How many characters at the start of `sentence` are connectives (0 when none), with the
    space and punctuation after them; never so many that fewer than MIN_WORDS_LEFT words stay."""
    data = connectives()
    total = len(sentence.split())  # the same words as _WORD's
    spans = [m.span() for m in islice(_WORD.finditer(sentence), data.lookahead)]
    bare: dict[int, str] = {}  # folded words, read only as far as needed

    def word(k: int) -> str:
        if k not in bare:
            bare[k] = _bare(sentence[spans[k][0] : spans[k][1]])
        return bare[k]

    at, cut = 0, 0  # the first word not dropped; characters dropped
    while at < len(spans):
        phrase = next((p for p in data.phrases.get(word(at), ())
                       if at + len(p) <= len(spans) and all(word(at + i) == w for i, w in enumerate(p))), None)
        if phrase and total - at - len(phrase) >= MIN_WORDS_LEFT:
            at += len(phrase)
            cut = spans[at][0] if at < len(spans) else len(sentence)
        elif sentence[spans[at][0]].isalpha() and _conjunction_joined(word(at)) \
                and total - at >= MIN_WORDS_LEFT:  # not after a quotation mark, which would lose its pair
            cut = _after_first_letter(sentence, *spans[at])  # the letter only; the word stays
            spans[at] = (cut, spans[at][1])
            bare[at] = word(at)[1:]
        else:
            break
    while 0 < cut < len(sentence) and (sentence[cut].isspace() or sentence[cut] in _SEPARATORS):
        cut += 1
    return cut
