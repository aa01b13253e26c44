"""Hijri dates: "15 رمضان 1445 هـ", "1 محرم 1444هـ", "رمضان 1443 هـ", "14/ صفر/1399هـ", "٢٩ -شعبان ١٤٤٥هـ".

A Hijri month without a day is the range of Gregorian days it covers; a day or the mark
هـ is required, since صفر is also "zero" and رجب a first name. A Hijri year alone
("عام 1443 هـ") is read by the year rule in explicit.py.
"""
from __future__ import annotations

import re

from generator.extract.dates.calendars import gregorian, hijri
from generator.extract.dates.lexicon import section
from generator.extract.dates.parts import Context, Part
from generator.extract.dates.rules.common import (
    CLITIC, LETTER_END, Rule, heads, ordinals, span, starts_here, weekday_before,
)


def _pattern() -> str:
    first = heads(gregorian.weekday_names().values(), *section("shared")["ordinals"].values(),
                  *section("hijri")["months"].values(), section("shared")["times_of_day"],
                  *section("relative_days").values()) | {"شه", "يو"}
    return (
        starts_here(first)
        + CLITIC
        + rf"(?:{weekday_before()})?"
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
    weekday = gregorian.weekdays().value(m.group("wd")) if m.group("wd") else None
    try:
        if has_day:
            day = int(m.group("day")) if m.group("day") else ordinals().value(m.group("ord"))
            first = last = hijri.day(year, month, day)
        else:
            first, last = hijri.month_span(year, month)
    except hijri.NotAHijriDate as exc:
        return Part(start, end, "hijri", "day", problem=str(exc))
    return Part(start, end, "hijri", "day", value=first.isoformat(),
                end_value=last.isoformat() if last != first else None, weekday=weekday, priority=2)


HIJRI_DATE = Rule("hijri", _pattern, _scan, gate=lambda: rf"{hijri.months().pattern}{LETTER_END}\s*/?\s*\d")

RULES = (HIJRI_DATE,)
