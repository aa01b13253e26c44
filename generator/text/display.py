"""How dates read on the site: one place, so they display the same way everywhere.

Month names come from CLDR through Babel: `ar` gives أكتوبر, `ar_SY` gives تشرين الأول;
readers across the Arab world know one or the other, so pages show both.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel.dates import get_day_names, get_month_names

GREGORIAN_LOCALE = "ar"  # يناير ... ديسمبر
LEVANTINE_LOCALE = "ar_SY"  # كانون الثاني ... كانون الأول


@lru_cache(maxsize=None)
def _months(locale: str) -> dict[int, str]:
    return dict(get_month_names("wide", locale=locale))


@lru_cache(maxsize=None)
def _weekdays() -> dict[int, str]:
    return dict(get_day_names("wide", locale=GREGORIAN_LOCALE))  # 0 = Monday


def month_name(month: int) -> str:
    """Both names of a month: "أكتوبر/تشرين الأول"."""
    return f"{_months(GREGORIAN_LOCALE)[month]}/{_months(LEVANTINE_LOCALE)[month]}"


def weekday_name(day: dt.date) -> str:
    return _weekdays()[day.weekday()]


def format_day(day: dt.date, weekday: bool = True) -> str:
    """"الجمعة 21 أكتوبر/تشرين الأول 2022"."""
    text = f"{day.day} {month_name(day.month)} {day.year}"
    return f"{weekday_name(day)} {text}" if weekday else text


def format_month(year: int, month: int) -> str:
    return f"{month_name(month)} {year}"


def format_value(value: str, end_value: str | None = None) -> str:
    """An ISO value of any precision (YYYY, YYYY-MM, YYYY-MM-DD), or a range of two."""
    start = _format_iso(value)
    if not end_value or end_value == value:
        return start
    return f"من {start} إلى {_format_iso(end_value)}"


def _format_iso(value: str) -> str:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return format_day(dt.date(*parts), weekday=False)
    if len(parts) == 2:
        return format_month(parts[0], parts[1])
    return str(parts[0])
