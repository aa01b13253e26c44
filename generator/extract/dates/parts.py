"""What a rule finds (`Part`) and what it may look at around it (`Context`)."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property

from generator.extract.dates.tense import SentenceTense, fronted_with_present_verb, present_verb_before
from generator.text.orthography import FoldedText

_WORD_BEFORE = re.compile(r"(\w+)\s*\Z")
_WORD_AFTER = re.compile(r"\s*(\w+)")


@dataclass(frozen=True)
class Part:
    """One expression as written, before its year is settled; offsets into the folded text."""

    start: int
    end: int
    kind: str  # explicit, relative, weekday, hijri, numeric
    precision: str  # day, month, year
    year: int | None = None
    month: int | None = None
    day: int | None = None
    relation: int | None = None  # -1/+1: strictly before/after publication; 0: this one; None: the sentence decides
    value: str | None = None  # set when the expression resolves by itself
    end_value: str | None = None
    weekday: int | None = None  # a weekday written with the date, checked against it
    weak: bool = False  # kept only if it joins a range or a neighbour naming the same date
    same_year: bool = False  # "من العام نفسه": the year of the date before
    same_month: bool = False  # "العاشر من الشهر نفسه": the year and month of the date before
    same_day: bool = False  # "في اليوم ذاته عام 1987": the month and day of the date before
    after_previous: bool = False  # "يوم الأحد الذي يليه": the first such weekday after the date before
    month_before: bool = False  # "الشهر المقابل من 2025": the month of the date before, in the year written
    before_written: bool = False  # "الشهر السابق", "العام السابق": the one before the latest month or year written
    problem: str | None = None  # why it is not a calendar date ("فبراير has no day 31"); no value then
    warning: str | None = None  # a date with something to check (a weekday that does not fit)
    until: Part | None = None  # the end of a range
    priority: int = 0  # among overlapping finds of one length, the higher wins


@dataclass(frozen=True)
class Context:
    """The text a rule scans: folded, with the way back to the original, and its sentences."""

    text: str
    folded: FoldedText
    published: dt.date
    sentences: tuple[tuple[int, int], ...]
    # Weekday -> the day it was given earlier in the text ("يوم الثلاثاء المقبل", "الخميس 5
    # ديسمبر"): a later bare "الثلاثاء" is that day. Filled while the text is resolved.
    named_weekdays: dict[int, dt.date] = field(default_factory=dict)
    # Sentences in which a bare weekday was read as one to come: the weekdays after it in the
    # sentence come too ("ويستمر الطقس المغبر يوم السبت قبل انخفاض ... الأحد").
    forward_sentences: set[int] = field(default_factory=set)
    _tenses: dict[int, SentenceTense] = field(default_factory=dict)  # by sentence, read when first asked
    # The body under a headline (folded), when the text is the headline: what kind of text it heads.
    body: str = ""

    @property
    def f(self) -> str:
        return self.folded.text

    def original(self, start: int, end: int) -> str:
        s, e = self.folded.span(start, end)
        return self.text[s:e]

    def word_before(self, pos: int) -> str | None:
        m = _WORD_BEFORE.search(self.f, max(0, pos - 40), pos)
        return m.group(1) if m else None

    def word_after(self, pos: int) -> str | None:
        m = _WORD_AFTER.match(self.f, pos, pos + 40)
        return m.group(1) if m else None

    def char_before(self, pos: int) -> str:
        stripped = self.f[max(0, pos - 10) : pos].rstrip()
        return stripped[-1] if stripped else ""

    def char_after(self, pos: int) -> str:
        stripped = self.f[pos : pos + 10].lstrip()
        return stripped[0] if stripped else ""

    def _tense_at(self, first: int) -> tuple[SentenceTense, int, int] | None:
        """The tense reading of the sentence holding original offset `first` (made once a sentence),
        with the sentence's start and end."""
        k = self._sentence_at(first)
        if k is None:
            return None
        s, e = self.sentences[k]
        if k not in self._tenses:
            self._tenses[k] = SentenceTense(self.text[s:e])
        return self._tenses[k], s, e

    def points_forward(self, start: int, end: int) -> bool:
        """Does the date at folded [start, end) announce something to come (see tense.py)?"""
        first, last = self.folded.span(start, end)
        if (at := self._tense_at(first)) is None:
            return False
        tense, s, e = at
        return tense.points_forward(first - s, min(last, e) - s)

    def past_opened_before(self, start: int) -> bool:
        """Does a clause about the past open before the date at folded `start`, in its sentence (tense.py)?"""
        first = self.folded.span(start, start)[0]
        if (at := self._tense_at(first)) is None:
            return False
        tense, s, _ = at
        return tense.past_opened(first - s)

    def sentence_of(self, start: int) -> int | None:
        """The index of the sentence the date at folded `start` stands in."""
        return self._sentence_at(self.folded.span(start, start)[0])

    def present_verb_before(self, start: int, plain: bool = False) -> bool:
        """Does a present-tense verb stand right before the date at folded `start`, in its clause?
        `plain`: one that is not as often a past verb (tense._plainly_present)."""
        first = self.folded.span(start, start)[0]
        k = self._sentence_at(first)
        return k is not None and present_verb_before(self.text[self.sentences[k][0]:first], plain)

    def fronted_with_present_verb(self, start: int, end: int) -> bool:
        """Does the weekday at folded [start, end) open its clause, a present-tense verb after it?"""
        first, last = self.folded.span(start, end)
        k = self._sentence_at(first)
        if k is None:
            return False
        s, e = self.sentences[k]
        return fronted_with_present_verb(self.text[s:first], self.text[last:e])

    def sentence_before(self, start: int) -> str:
        """The text of the sentence of the date at folded `start`, up to it (as written)."""
        first = self.folded.span(start, start)[0]
        k = self._sentence_at(first)
        return "" if k is None else self.text[self.sentences[k][0]:first]

    def _sentence_at(self, position: int) -> int | None:
        """The index of the sentence that holds `position` of the original text."""
        k = bisect.bisect_right(self._sentence_starts, position) - 1
        return k if k >= 0 and position < self.sentences[k][1] else None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]
