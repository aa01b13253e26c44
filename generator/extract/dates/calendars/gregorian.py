"""The Gregorian calendar as Arabic news writes it: CLDR's month systems through Babel.

`ar` (يناير ... ديسمبر), the Levantine and Iraqi months (كانون الثاني ... كانون الأول),
the Moroccan (ماي، يوليوز، غشت، شتنبر) and the Algerian and Tunisian (جانفي، فيفري، أوت)
all come from CLDR; dates.yml only lists the locales and the few spellings CLDR lacks.
English month and weekday names ("March 3, 2024", "Mon 4 Mar 2024") come from CLDR `en`.
Also here: the date arithmetic every rule shares (nearest year, months, weeks).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from babel import Locale
from babel.dates import get_day_names, get_month_names

from generator.extract.dates.lexicon import Names, alternation, section
from generator.text.orthography import fold


@lru_cache(maxsize=None)
def months() -> Names:
    """Every Arabic month name of every system, folded, -> 1..12."""
    groups: dict[int, list[str]] = {}
    for locale in section("gregorian")["month_locales"]:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=locale).items():
                    groups.setdefault(number, []).append(" ".join(fold(name).split()))  # ar_IQ: no-break space
    for number, names in section("gregorian")["extra_month_names"].items():
        groups.setdefault(int(number), []).extend(names)
    return Names.of(groups)


@lru_cache(maxsize=None)
def weekday_names() -> dict[int, str]:
    """0 (Monday) ... 6 -> the Arabic name, as the site shows it."""
    return dict(get_day_names("wide", locale="ar"))


@lru_cache(maxsize=None)
def weekdays() -> Names:
    extra = section("gregorian")["extra_weekday_names"]
    return Names.of({number: [name, *extra.get(number, [])] for number, name in weekday_names().items()})


def weekday_words() -> list[str]:
    """Every spelling of a weekday the rules read: CLDR's, and extra_weekday_names."""
    extra = section("gregorian")["extra_weekday_names"]
    return [*weekday_names().values(), *(name for names in extra.values() for name in names)]


def _latin(getter) -> dict[str, int]:
    table: dict[str, int] = {}
    for locale in section("gregorian")["latin_locales"]:
        for width in ("wide", "abbreviated"):
            for number, name in getter(width, "format", locale=locale).items():
                table[name.lower()] = number
    return table


@lru_cache(maxsize=None)
def latin_months() -> dict[str, int]:
    table = _latin(get_month_names)
    table["sept"] = 9  # "Sept. 5": the abbreviation CLDR does not give
    return table


@lru_cache(maxsize=None)
def latin_weekdays() -> dict[str, int]:
    return _latin(get_day_names)


def latin_pattern(table: dict[str, int]) -> str:
    return "(?:" + "|".join(re.escape(n) for n in sorted(table, key=len, reverse=True)) + ")"


@lru_cache(maxsize=None)
def year_mark_pattern() -> str:
    """The Gregorian mark after a year: "2011م", "1916 ميلادية"."""
    return alternation(section("gregorian")["year_marks"])


def year_in_range(year: int, bare: bool = False) -> bool:
    """A year a date may have; `bare`: the narrower range of a year read without a month."""
    low, high = section("gregorian")["bare_year_range" if bare else "year_range"]
    return low <= year <= high


WEEK_START = Locale.parse("ar").first_week_day


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    first = day - dt.timedelta(days=(day.weekday() - WEEK_START) % 7)
    return first, first + dt.timedelta(days=6)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def days_of(month: int, day: int, reference: dt.date) -> list[dt.date]:
    """That day and month in the years around `reference` (none where the month lacks the day)."""
    days = []
    for year in range(reference.year - 8, reference.year + 9):
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue
    return days


def nearest_day(month: int, day: int, reference: dt.date, forward: bool, strict: bool) -> dt.date | None:
    """The (month, day) nearest `reference`, on or before it (or after, when `forward`)."""
    days = days_of(month, day, reference)
    if forward:
        return min((d for d in days if d > reference or (d == reference and not strict)), default=None)
    return max((d for d in days if d < reference or (d == reference and not strict)), default=None)


def nearest_month(month: int, reference: dt.date, forward: bool, strict: bool) -> tuple[int, int]:
    if forward:
        after = month > reference.month or (month == reference.month and not strict)
        return (reference.year if after else reference.year + 1), month
    before = month < reference.month or (month == reference.month and not strict)
    return (reference.year if before else reference.year - 1), month


def nearest_weekday(weekday: int, reference: dt.date, forward: bool, strict: bool) -> dt.date:
    """The latest such weekday on or before `reference` (the next one when `forward`)."""
    if forward:
        ahead = (weekday - reference.weekday()) % 7 or (7 if strict else 0)
        return reference + dt.timedelta(days=ahead)
    back = (reference.weekday() - weekday) % 7 or (7 if strict else 0)
    return reference - dt.timedelta(days=back)
