"""How dates read on the site: one place, so they display the same way everywhere.

Month names come from CLDR through Babel: `ar` gives أكتوبر, `ar_SY` gives تشرين الأول;
readers across the Arab world know one or the other, so pages show both.
"""
from __future__ import annotations

import datetime as dt
import re
from html import unescape as html_unescape
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names
from markupsafe import Markup, escape

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


def format_value(value: str, end_value: str | None, range_pattern: str) -> str:
    """An ISO value of any precision (YYYY, YYYY-MM, YYYY-MM-DD), or a range of two
    (range_pattern, from site_config/strings.yml, places {start} and {end})."""
    start = _format_iso(value)
    if not end_value or end_value == value:
        return start
    return range_pattern.format(start=start, end=_format_iso(end_value))


def _format_iso(value: str) -> str:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return format_day(dt.date(*parts), weekday=False)
    if len(parts) == 2:
        return format_month(parts[0], parts[1])
    return str(parts[0])


@lru_cache(maxsize=None)  # once per language, not once per article page
def text_direction(lang: str) -> str:
    """"rtl" or "ltr" for a language code, from CLDR (ar, fa, ur, he ... are right to left)."""
    try:
        return Locale.parse(lang.replace("-", "_")).text_direction
    except (ValueError, UnknownLocaleError):
        return "ltr" if lang[:1].isascii() and lang else "rtl"


# A run of Latin script inside right-to-left text: Latin words with the digits, spaces and
# punctuation between them ("F-16", "Lloyd Austin III", "09:15 PM"). Isolated, it
# keeps its own order and does not reorder the Arabic and the numbers around it.
_LATIN_RUN = re.compile(
    r"(?:[0-9][0-9.:]*[ \u00a0]?(?=[AaPp]\.?[Mm]\b))?"  # a time before AM/PM
    r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9'’.&/\\-]*"
    r"(?:[ \u00a0,.:&/\\-]+[A-Za-z\u00c0-\u024f0-9][A-Za-z\u00c0-\u024f0-9'’.&/\\-]*)*")
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
_SKIPPED = re.compile(r"<(/?)(code|pre|bdi|script|style)\b", re.I)


_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def isolate_latin(value) -> Markup:
    """Text or safe HTML with each Latin run in a <bdi>; HTML tags, attributes and code are left alone."""
    if isinstance(value, Markup):
        return _isolate_html(value)
    return _isolate_plain(str(value))


@lru_cache(maxsize=1 << 16)
def _isolate_plain(text: str) -> Markup:
    # Cached: a chronology sentence or an article title is shown on many pages.
    if not _LATIN_LETTER.search(text):  # most Arabic text: nothing to isolate
        return escape(text)
    return _isolate_html(escape(text))


def _isolate_html(html: Markup) -> Markup:
    out, skipping = [], 0
    for piece in _TAG_OR_TEXT.split(str(html)):
        if piece.startswith("<"):
            tag = _SKIPPED.match(piece)
            if tag:
                skipping += -1 if tag.group(1) else 1
                skipping = max(skipping, 0)
            out.append(piece)
        elif skipping or not piece:
            out.append(piece)
        else:
            out.append(_isolate_text(piece))
    return Markup("".join(out))


_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);")


def _isolate_text(escaped: str) -> str:
    # Character references (&amp; &quot;) are letters to the pattern: isolate the unescaped text.
    text = html_unescape(escaped) if _ENTITY.search(escaped) else escaped
    parts, cursor = [], 0
    for match in _LATIN_RUN.finditer(text):
        run = match.group().rstrip(" \u00a0,.:-")
        if not run:
            continue
        end = match.start() + len(run)
        parts.append(escape(text[cursor:match.start()]))
        parts.append(f"<bdi>{escape(run)}</bdi>")
        cursor = end
    parts.append(escape(text[cursor:]))
    return "".join(str(p) for p in parts)
