"""Hijri dates (a weekday before one is joined to it in ranges.py): "15 رمضان 1445 هـ", "1 محرم 1444هـ", "رمضان 1443 هـ", "14/ صفر/1399هـ", "٢٩ -شعبان ١٤٤٥هـ".

A Hijri month without a day is the range of Gregorian days it covers; a day or the mark
هـ is required, since صفر is also "zero" and رجب a first name. A Hijri year alone
("عام 1443 هـ") is read by the year rule in explicit.py.
"""
from __future__ import annotations

import re

from hijridate import Gregorian

from generator.extract.dates import tense
from generator.extract.dates.calendars import hijri
from generator.extract.dates.lexicon import alternation, section
from generator.extract.dates.parts import Context, Part
from generator.extract.dates.rules.common import (
    CLITIC, GLUED_OR_WORD_START, LETTER_END, Rule, first_words, ordinals, relation_of, relations, span, starts_with,
)
from generator.text.orthography import proclitic_pattern


def _pattern() -> str:
    first = first_words(section("shared")["ordinals"], section("hijri")["months"], ["شهر"])
    return (
        starts_with(first)
        + GLUED_OR_WORD_START + proclitic_pattern("cl")  # a day may be glued to a word in crawled text ("الخميس29 صفر")
        + rf"(?:(?P<day>\d{{1,2}})(?!\d)\s*[/\-]?\s*|(?P<ord>{ordinals().pattern})\s+من\s+)?"
        + rf"(?:شهر\s+)?(?P<hm>{hijri.months().pattern}){LETTER_END}\s*/?\s*(?P<year>\d{{3,4}})(?!\d)"
        + rf"(?:\s*(?P<mark>{hijri.year_mark_pattern()})(?!\w))?"
    )


def _scan(m: re.Match, ctx: Context) -> Part | None:
    start, end = span(m)
    has_day = m.group("day") or m.group("ord")
    if not (has_day or m.group("mark")):
        return None  # "صفر 1444" alone may be a number; ask for the day or هـ
    month = hijri.months().value(m.group("hm"))
    year = int(m.group("year"))
    try:
        if has_day:
            day = int(m.group("day")) if m.group("day") else ordinals().value(m.group("ord"))
            first = last = hijri.day(year, month, day)
        else:
            first, last = hijri.month_span(year, month)
    except hijri.NotAHijriDate as exc:
        return Part(start, end, "hijri", "day", problem=str(exc))
    return Part(start, end, "hijri", "day", value=first.isoformat(),
                end_value=last.isoformat() if last != first else None, priority=2)


HIJRI_DATE = Rule("hijri", _pattern, _scan, gate=lambda: rf"{hijri.months().pattern}{LETTER_END}\s*/?\s*\d")

# --- شهر رمضان المبارك, رمضان الماضي, شهر ذي الحجة المقبل: a Hijri month without its year ---

def _month_pattern() -> str:
    return (
        starts_with(first_words(section("hijri")["months"], ["شهر", "الشهر"]), digits=False)
        + CLITIC
        + rf"(?:(?P<shahr>(?:ال|(?<=ل)ل)?شهر)\s+)?(?P<hm>{hijri.months().pattern}){LETTER_END}"
        + rf"(?:\s+(?P<adj>{alternation(section('hijri')['month_adjectives'])})(?!\w))?"
        + rf"(?:\s+(?P<rel>{relations().pattern})(?!\w))?(?!\s*/?\s*\d)"
    )


def _scan_month(m: re.Match, ctx: Context) -> Part | None:
    if not (m.group("shahr") or m.group("rel")):
        return None  # رمضان alone is also a first name
    start, end = span(m)
    month = hijri.months().value(m.group("hm"))
    published = Gregorian(ctx.published.year, ctx.published.month, ctx.published.day).to_hijri()
    spans = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            spans.append(hijri.month_span(year, month))
        except hijri.NotAHijriDate:
            continue
    relation = relation_of(m)
    p = ctx.published
    if relation is not None and relation < 0:
        chosen = [s for s in spans if s[1] < p][-1:]
    elif relation is not None and relation > 0:
        chosen = [s for s in spans if s[0] > p][:1]
    else:
        current = [s for s in spans if s[0] <= p <= s[1]]
        coming = [s for s in spans if s[0] > p][:1]
        soon = coming and (coming[0][0] - p).days <= tense.near_future_days()
        if current:
            chosen = current
        elif ctx.points_forward(start, end) or soon:
            chosen = coming
        else:
            chosen = [s for s in spans if s[0] <= p][-1:]
    if not chosen:
        return None
    first, last = chosen[0]
    return Part(start, end, "hijri", "day", value=first.isoformat(), end_value=last.isoformat(), priority=1)


HIJRI_MONTH = Rule("hijri_month", _month_pattern, _scan_month,
                   gate=lambda: rf"{hijri.months().pattern}{LETTER_END}")

RULES = (HIJRI_DATE, HIJRI_MONTH)
