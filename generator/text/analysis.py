"""A text analysed once: its folded form, its sentences and its words, all with offsets into
the text as written.

Every extractor (entities, dates, events, discovery) reads the same `AnalysedText` instead of
folding and splitting the text again; `extract_article` builds one for the title and one for
the body. The text itself is never changed: offsets always point into `text`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from generator.text.orthography import WORD_RE, FoldedText, fold_with_offsets
from generator.text.sentences import sentence_at, split_sentences


class Word(NamedTuple):
    """One word: where it is written (`start`, `end` into the original text, from its first
    letter to its last) and its folded form. A tuple: a text has many, made in one pass."""

    start: int
    end: int
    folded: str


@dataclass(frozen=True, eq=False)
class AnalysedText:
    text: str
    folded: FoldedText
    sentences: tuple[tuple[int, int], ...]  # (start, end) in `text`, without surrounding space

    @cached_property
    def words(self) -> tuple[Word, ...]:
        """The words of the folded text, mapped back to the original (computed on first use:
        only discovery reads them word by word)."""
        folded = self.folded
        return tuple(Word(*folded.span(*m.span()), m.group()) for m in WORD_RE.finditer(folded.text))

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence span containing offset `pos` of the text."""
        return sentence_at(self.text, pos, list(self.sentences))


def analyse(text: str) -> AnalysedText:
    return AnalysedText(text, fold_with_offsets(text), tuple(split_sentences(text)))


def analysed(text: str | AnalysedText) -> AnalysedText:
    """`text` analysed, unless it already is (extractors take either)."""
    return text if isinstance(text, AnalysedText) else analyse(text)
