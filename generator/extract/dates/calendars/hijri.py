"""The Hijri calendar (Umm al-Qura tables, through hijridate): "15 رمضان 1445 هـ".

A Hijri day becomes one Gregorian day; a Hijri month or year without a day becomes the
range of Gregorian days it covers. Dates outside the tables (1343-1500 AH) or days a month
does not have raise `NotAHijriDate` with a message for the maintainer.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from hijridate import Gregorian, Hijri

from generator.extract.dates.lexicon import Names, alternation, section


class NotAHijriDate(ValueError):
    pass


@lru_cache(maxsize=None)
def months() -> Names:
    return Names.of({int(k): v for k, v in section("hijri")["months"].items()})


@lru_cache(maxsize=None)
def year_mark_pattern() -> str:
    """The Hijri mark after a year: "1445 هـ", "1443هـ", "1444 هجرية"."""
    return alternation(section("hijri")["year_marks"])


def _outside(year: int) -> NotAHijriDate:
    return NotAHijriDate(f"the Hijri year {year} is outside the Umm al-Qura tables used here (1343-1500 AH)")


def of(day_: dt.date) -> Hijri:
    """The Hijri date of a Gregorian day."""
    return Gregorian(day_.year, day_.month, day_.day).to_hijri()


def day(year: int, month: int, day_: int) -> dt.date:
    try:
        return dt.date(*Hijri(year, month, day_).to_gregorian().datetuple())
    except OverflowError:
        raise _outside(year) from None
    except ValueError:
        length = Hijri(year, month, 1).month_length()
        raise NotAHijriDate(f"that Hijri month has {length} days, not {day_}") from None


def month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    try:
        first = Hijri(year, month, 1)
        last = Hijri(year, month, first.month_length())
        return dt.date(*first.to_gregorian().datetuple()), dt.date(*last.to_gregorian().datetuple())
    except (OverflowError, ValueError):
        raise _outside(year) from None


def year_span(year: int) -> tuple[dt.date, dt.date]:
    return month_span(year, 1)[0], month_span(year, 12)[1]
