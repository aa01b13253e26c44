"""Expressions that belong together: ranges, and neighbours that name one date.

- "من A حتى B", "A - B", "بين A وB" become one range ("من 29 تشرين الثاني/نوفمبر، حتى
  6 كانون الأول/ديسمبر", "بين 3 و5 مارس", "3-5 مارس"); "17 و18 مايو" without بين lists
  two days: two dates, the first written as just "17".
- A weekday before a date without a year tells the year ("يوم الجمعة 4 فبراير").
- Two expressions of one date side by side are one mention ("اليوم الخميس 5 ديسمبر/كانون
  الأول 2024", "15 رمضان 1445 هـ الموافق 25 مارس 2024", "2026-03-22 - الأحد"); a weekday
  or a day word that does not fit the explicit date beside it is a warning.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from generator.extract.dates.calendars import gregorian
from generator.extract.dates.lexicon import alternation, section
from generator.extract.dates.parts import Context, Part
from generator.extract.dates.rules.common import ordinals
from generator.text.orthography import DASH_CLASS, DASHES, fold
from generator.text.display import format_day


# A day of a list starts a word, or follows the و that joins it ("أيام 7 و8 و9 يونيه").
_WORD_OR_AND = r"(?:(?<!\w)|(?<=(?<!\w)و))"


@lru_cache(maxsize=None)
def connector_pattern() -> str:
    """"إلى", "حتى", "و", or a dash, between the two ends of a range."""
    data = section("ranges")
    connectors = sorted({fold(c) for c in data["connectors"]}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(c) for c in [*connectors, *DASHES]) + ")"


@lru_cache(maxsize=None)
def connector_words() -> frozenset[str]:
    """The last word of each connector but و ("حتى", "لغاية", "غاية" of "إلى غاية"): the word
    before the end of a range."""
    return frozenset(fold(c).split()[-1] for c in section("ranges")["connectors"] if fold(c) != "و")


def _glued_link_lookbehind() -> str:
    """A lookbehind for each one-word link of same_date_links ("الموافقين", "الموافق") that a day
    may be glued to."""
    links = sorted({fold(w) for w in section("same_date_links") if " " not in w and len(w) > 3}, key=len, reverse=True)
    return "(?:" + "|".join(rf"(?<=(?<!\w){re.escape(w)})" for w in links) + ")"


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern]:
    data = section("ranges")
    opener = alternation(data["openers"])
    connector = connector_pattern()
    return {
        "partial_day": re.compile(
            rf"(?:(?<!\w)(?P<op>{opener})\s+(?:{alternation(data['day_words'])}\s+)?)?"
            # crawled text runs a link word into the first day ("الموافقين1،2من فبراير")
            rf"(?:{_WORD_OR_AND}|{_glued_link_lookbehind()})"
            rf"(?:(?:ال\s?)?(?P<d1>\d{{1,2}})|(?P<o1>{ordinals().pattern}))"
            # a slash joins two days in a row as a dash does ("ليلة 7/8 فبراير", "يومي 7-8 فبراير": one span)
            # a comma lists two days as و does ("يومي 7، 8 فبراير": two dates), and so does أو ("يوم 9 أو 10 أبريل")
            rf"\s*(?P<conn>{connector}|(?P<choice>{alternation(data['choice_words'])})|/|,)\s*\Z"),
        "gap": re.compile(rf"\s*,?\s*(?:(?P<verb>{alternation(data['lasting_verbs'])})\s+)?(?P<conn>{connector})\s*\Z"),
        "opener": re.compile(rf"(?<!\w)(?P<op>{opener})\s*\Z"),  # "من26/ 5 / 2006م": glued to its number
    }


def _opener_before(ctx: Context, pos: int) -> re.Match | None:
    return _patterns()["opener"].search(ctx.f, max(0, pos - 20), pos)


def _joinable(a: Part, b: Part, opened: bool = False) -> bool:
    """`opened`: من or بين stands before `a`; then a month alone may end the range ("بين كانون
    الأول وشباط")."""
    return (
        a.kind == b.kind
        and (a.kind in ("explicit", "numeric") and a.value is None and b.value is None
             or _hijri_days(a, b) or _weekdays(a, b, opened))
        and a.precision == b.precision
        and a.until is None
        and (not b.weak or opened)
        and not (a.problem or b.problem or a.warning or b.warning)
    )


def _weekdays(a: Part, b: Part, opened: bool) -> bool:
    """Two weekdays after من ("من يوم الأحد حتى يوم الثلاثاء", "من الأحد إلى الخميس المقبل"):
    the days from the first to the next such second one (resolve.py)."""
    return (opened and a.kind == b.kind == "weekday" and a.value is None and b.value is None
            and a.weekday is not None and b.weekday is not None and not a.after_previous and not b.after_previous)


def _from_a_counted_day(a: Part, b: Part) -> bool:
    """"من اليوم وحتى الخميس المقبل", "من غد حتى 15 سبتمبر": a day counted from publication (its
    value settled) starts a range to a day written after it; so does today named with its weekday
    ("ابتداء من يومه الأربعاء إلى غاية الأحد المقبل", "من اليوم الأربعاء وحتى 10 أبريل")."""
    return (a.kind in ("relative", "weekday") and a.precision == b.precision == "day" and a.value is not None
            and a.end_value is None and a.until is None and b.kind in ("weekday", "explicit", "numeric")
            and b.end_value is None and b.until is None and not b.weak
            and not (a.problem or b.problem or a.warning or b.warning))


def _hijri_days(a: Part, b: Part) -> bool:
    """Two Hijri days, each with its Gregorian value ("من 29 رمضان إلى 3 شوال 1445 هـ")."""
    return (a.kind == b.kind == "hijri" and a.value is not None and b.value is not None
            and a.end_value is None and b.end_value is None and a.value < b.value)


def _join(a: Part, b: Part, ctx: Context) -> Part | None:
    """"من A حتى B", "A - B", "بين A وB" as one range, or None."""
    opener = _opener_before(ctx, a.start)
    if not (_joinable(a, b, opened=opener is not None)
            or (opener is not None and opener.group("op") == "من" and _from_a_counted_day(a, b))):
        return None
    gap = _patterns()["gap"].match(ctx.f, a.end, b.start)
    if not gap:
        return None
    if gap.group("conn") == "و" and not (opener and opener.group("op") != "من"):
        return None  # "و" joins a range only after بين
    if a.kind == "weekday" and not (opener and opener.group("op") == "من" and gap.group("conn") != "و"):
        return None  # "الليلة الفاصلة بين الخميس والجمعة": two days, the night between them
    if gap.group("verb") and not (opener and opener.group("op") == "من"):
        return None  # "من 30 أكتوبر وتستمر إلى 6 نوفمبر": a verb of lasting only after من
    if a.weak and not opener:
        return None
    start = opener.start() if opener else a.start
    if a.kind == "hijri":
        return replace(a, start=start, end=b.end, end_value=b.value)
    return replace(a, start=start, end=b.end, weak=False, until=b)


def _join_partial_day(part: Part, ctx: Context, after: int) -> list[Part]:
    """"بين 3 و5 مارس", "من 3 إلى 5 مارس 2023", "3-5 مارس", "بين السادس والعاشر من آذار",
    "من 10 إلى 15 رمضان": the first day borrows the month.

    `after`: where the previous date ends; the first day must come after it.
    """
    hijri_day = part.kind == "hijri" and part.value is not None and part.end_value is None
    numeric_day = part.kind == "numeric" and part.value is None  # "8 – 11/7/2024", "3-5/9/2025"
    if ((part.kind != "explicit" and not hijri_day and not numeric_day) or part.precision != "day"
            or part.until is not None or part.day is None):
        return [part]
    m = _patterns()["partial_day"].search(ctx.f, max(after, part.start - 30), part.start)
    if not m or numeric_day and m.group("conn") == "/":
        return [part]  # "12/5/9/2025" is no span of days
    if m.group("conn") == "," and not (m.group("d1") and ctx.f[part.start:part.start + 1].isdigit()
                                       and 0 < part.day - int(m.group("d1")) <= _COMMA_LISTED_DAYS):
        # "الفصل التشريعي الأول، الثلاثاء 21 أكتوبر", "دورته 3، 21 أكتوبر": a comma lists close days only
        return [part]
    first = int(m.group("d1")) if m.group("d1") else ordinals().value(m.group("o1"))
    day_start, day_end = (m.start("d1"), m.end("d1")) if m.group("d1") else (m.start("o1"), m.end("o1"))
    if (m.group("conn") == "," or m.group("choice")
            or m.group("conn") == "و" and not (m.group("op") and m.group("op") != "من")):
        if not 1 <= first <= 31 or first == part.day:
            return [part]
        listed = [_other_day(part, first, start=day_start, end=day_end, weekday=None, priority=0), part]
        return _earlier_listed_days(listed, ctx, after)
    if not 1 <= first < part.day or m.group("conn") == "/" and first + 1 != part.day:
        return [part]  # "القرار رقم 12/13 أبريل" is no span, nor "25/30 مايو": a slash joins a night's two days
    start = m.start("op") if m.group("op") else day_start
    head = _other_day(part, first, start=start, weekday=None, weak=False)
    if hijri_day:  # its days are counted back from the end's Gregorian day
        return [replace(head, end=part.end, end_value=part.value)]
    return [replace(head, end=part.end, until=part)]


# "يومي 7، 8 فبراير", "1،2 من فبراير": days a comma lists are at most this far apart.
_COMMA_LISTED_DAYS = 7


def _other_day(part: Part, day: int, **changes) -> Part:
    """Another day of the part's month: a Hijri day's Gregorian value moves with it (a Hijri
    month's days are consecutive Gregorian days)."""
    if part.kind == "hijri":
        changes["value"] = (dt.date.fromisoformat(part.value) - dt.timedelta(days=part.day - day)).isoformat()
    return replace(part, day=day, **changes)


def _earlier_listed_days(listed: list[Part], ctx: Context, after: int) -> list[Part]:
    """"أيام 7 و8 و9 يونيه 2016", "7، 8 و9 يونيو": more days listed before the first one found,
    each a date of the same month."""
    while (m := _LISTED_DAY.search(ctx.f, max(after, listed[0].start - 12), listed[0].start)) is not None:
        day = int(m.group("d"))
        if not 1 <= day < listed[0].day:
            break
        listed.insert(0, _other_day(listed[0], day, start=m.start("d"), end=m.end("d")))
    return listed


_LISTED_DAY = re.compile(rf"{_WORD_OR_AND}(?<![/.\-])(?P<d>\d{{1,2}})\s*(?:,\s*|,?\s*و\s*)\Z")


def _lend_weekdays(parts: list[Part], ctx: Context) -> list[Part]:
    """"يوم الجمعة 4 فبراير", "السبت الموافق 13 ديسمبر": the weekday found before a date tells
    the year of a date without one (resolve.py) and is checked against it; it becomes part of
    the date, so that a range's end written with its weekday is still joined to its start
    ("من الثلاثاء الموافق 9 ديسمبر وحتى السبت الموافق 13 ديسمبر")."""
    lent: list[Part] = []
    for date in parts:
        before = lent[-1] if lent else None
        if (before is not None and before.kind == "weekday" and before.weekday is not None
                and date.kind in ("explicit", "numeric") and date.precision == "day" and date.weekday is None
                and date.until is None and not _two_lists(ctx.f, before.start, date.end)):
            if _weekday_link().fullmatch(ctx.f, before.end, date.start):
                lent[-1] = replace(date, start=before.start, weekday=before.weekday)
                continue
            if _BRACKET_OPEN.fullmatch(ctx.f, before.end, date.start) and (close := _BRACKET_CLOSE.match(ctx.f, date.end)):
                # "اليوم الأحد (21/9/2025) إلى يوم السبت (4/10/2025)": the date in brackets after its
                # weekday, brackets included, so that the two ends of a range meet
                lent[-1] = replace(date, start=before.start, end=close.end(), weekday=before.weekday)
                continue
        first_day = _weekdays_of_listed_days(lent, date, ctx)
        if first_day is not None and date.day is not None and 1 <= first_day < date.day:
            # "يومي الإثنين والثلاثاء في 21 و22 شباط": each weekday is the day in its place
            first, second = lent[-2], lent[-1]
            lent[-2:] = [_other_day(date, first_day, start=first.start, end=first.end, weekday=first.weekday, priority=0),
                         _other_day(date, date.day, start=second.start, end=second.end, weekday=second.weekday, priority=0)]
        lent.append(date)
    return lent


def _weekdays_of_listed_days(lent: list[Part], date: Part, ctx: Context) -> int | None:
    """"يومي الإثنين والثلاثاء في 21 و22 شباط": two weekdays listed, then two days listed (the
    first without its month), or Hijri days ("يومي الاثنين والثلاثاء 23 و24 رمضان 1445هـ"); the first
    listed day, or None."""
    hijri_day = date.kind == "hijri" and date.value is not None and date.end_value is None and date.day is not None
    if (len(lent) < 2 or date.kind not in ("explicit", "numeric") and not hijri_day or date.precision != "day"
            or date.until is not None):
        return None
    first, second = lent[-2], lent[-1]
    if not (first.kind == second.kind == "weekday" and first.weekday is not None and second.weekday is not None
            and _LISTED_BEFORE.fullmatch(ctx.f, first.end, second.start)):
        return None
    day = _FIRST_LISTED_DAY.fullmatch(ctx.f, _weekday_link().match(ctx.f, second.end).end(), date.start)
    return int(day.group("d")) if day else None


_FIRST_LISTED_DAY = re.compile(r"(?P<d>\d{1,2})\s*(?:,?\s*و|,)\s*")


def _two_lists(text: str, weekday_start: int, date_end: int) -> bool:
    """"يومي الأحد والاثنين 28 و29 نوفمبر": a list of weekdays (the last one after و), then a
    list of days; the last weekday and the first day are not one date. `text` folded or not."""
    return bool(_LISTED_BEFORE.search(text, max(0, weekday_start - 3), weekday_start)
                and _LISTED_DAY_AFTER.match(text, date_end))


_BRACKET_OPEN = re.compile(r"[^\S\n]*\([^\S\n]*")
_BRACKET_CLOSE = re.compile(r"[^\S\n]*\)")
_LISTED_BEFORE = re.compile(r"\s*و\s*\Z")
_LISTED_DAY_AFTER = re.compile(r"\s*,?\s*و\s*\d")  # \d: Arabic-Indic and Persian digits too


@lru_cache(maxsize=None)
def _weekday_link() -> re.Pattern:
    """Between a weekday and its date: a comma, or a word of same_date_links ("الموافق")."""
    return re.compile(rf"[^\S\n]*,?[^\S\n]*(?:{alternation(section('same_date_links'))}[^\S\n]*)?")


@lru_cache(maxsize=None)
def _pair_link() -> re.Pattern:
    """Between one day's two calendars: a word of same_date_links ("الموافق"), required."""
    return re.compile(rf"[^\S\n]*,?[^\S\n]*{alternation(section('same_date_links'))}[^\S\n]*")


def _pairs_range(parts: list[Part], i: int, ctx: Context) -> tuple[Part, int] | None:
    """"من الجمعة 9 من ذي الحجة 1443هـ الموافق 8 من يوليو 2022م وحتى الثلاثاء 13 من ذي الحجة
    1443هـ الموافق 12 من يوليو 2022م": each end written in two calendars (a weekday may open
    each), one range; and the index after it."""
    ends = []
    while len(ends) < 4 and i < len(parts):
        part = parts[i]
        if (len(ends) % 2 == 0 and part.kind == "weekday" and i + 1 < len(parts)
                and _weekday_link().fullmatch(ctx.f, part.end, parts[i + 1].start)):
            weekday_start = part.start
            i += 1
            part = replace(parts[i], start=weekday_start)
        ends.append(part)
        i += 1
    if len(ends) < 4:
        return None
    joined = _join_pairs(*ends, ctx)
    return (joined, i) if joined else None


def _join_pairs(first: Part, first_again: Part, last: Part, last_again: Part, ctx: Context) -> Part | None:
    """The range from `first` to `last`, each with its equal in the other calendar after الموافق
    (the days of one calendar are joined: the others name the same days), or None."""
    link = _pair_link()
    if not (link.fullmatch(ctx.f, first.end, first_again.start) and link.fullmatch(ctx.f, last.end, last_again.start)):
        return None
    gap = _patterns()["gap"].match(ctx.f, first_again.end, last.start)
    opener = _opener_before(ctx, first.start)
    if not gap or gap.group("conn") == "و" and not (opener and opener.group("op") != "من"):
        return None
    for a, b in ((first_again, last_again), (first, last)):
        if _joinable(a, b, opened=opener is not None) and not a.weak:
            start = opener.start() if opener else first.start
            if a.kind == "hijri":
                return replace(a, start=start, end=last_again.end, end_value=b.value)
            return replace(a, start=start, end=last_again.end, until=b)
    return None


def join_ranges(parts: list[Part], ctx: Context) -> list[Part]:
    parts = _lend_weekdays(parts, ctx)
    joined: list[Part] = []
    i = 0
    while i < len(parts):
        if i + 3 < len(parts) and (pairs := _pairs_range(parts, i, ctx)):
            joined.append(pairs[0])
            i = pairs[1]
            continue
        if i + 1 < len(parts) and (both := _join(parts[i], parts[i + 1], ctx)):
            joined.append(both)
            i += 2
            continue
        joined.extend(_join_partial_day(parts[i], ctx, joined[-1].end if joined else 0))
        i += 1
    return _weekdays_before_span(joined, ctx)


def _weekdays_before_span(parts: list[Part], ctx: Context) -> list[Part]:
    """"يومي الأربعاء و الخميس 7-8 فبراير 2024", "يوم الأربعاء 7-8 فبراير": the weekdays written
    right before a span of days name its days, one mention with it (README, "Dates: conventions"); a
    span of Hijri days too ("يوما الأحد والاثنين 23 – 24 / 9 / 1438هـ")."""
    settled: list[Part] = []
    for part in parts:
        before = settled[-1] if settled else None
        if (before is not None and _a_weekday(before) and part.precision == "day" and part.weekday is None
                and (part.until is not None and part.kind in ("explicit", "numeric") or _hijri_span_of_days(part))
                and _weekday_link().fullmatch(ctx.f, before.end, part.start)):
            first = before
            if len(settled) > 1 and _a_weekday(settled[-2]) and _LISTED_BEFORE.fullmatch(ctx.f, settled[-2].end, before.start):
                first = settled.pop(-2)
            settled[-1] = replace(part, start=first.start, weekday=first.weekday)
            continue
        settled.append(part)
    return settled


def _hijri_span_of_days(part: Part) -> bool:
    """Hijri days joined as a span ("23 – 24 / 9 / 1438هـ", "من 10 إلى 15 رمضان"), not a whole month."""
    return part.kind == "hijri" and part.day is not None and part.value is not None and part.end_value is not None


def _a_weekday(part: Part) -> bool:
    return part.kind == "weekday" and part.weekday is not None and part.until is None and part.relation is None


# --- One date written twice -----------------------------------------------------------------

@dataclass(frozen=True)
class Resolved:
    """A part with its value settled; offsets into the original text."""

    start: int
    end: int
    value: str | None  # None: not a calendar date (`issue` says why)
    end_value: str | None
    precision: str
    kind: str
    weekday: int | None  # a weekday written with it
    issue: str | None
    weak: bool = False


# Derived from the publication date (today, a weekday) versus written out (21 أكتوبر 2022).
_SOFT = ("relative", "weekday")
# The same day in two calendars may differ by this much (a sighted month versus Umm al-Qura).
_HIJRI_TOLERANCE = dt.timedelta(days=1)
_MAX_GAP = 20
_CLOSING = re.compile(r"[^\S\n]*\)")


@lru_cache(maxsize=None)
def _link() -> re.Pattern:
    links = alternation(section("same_date_links"))
    separators = rf"(?:[^\S\n]|[,;:|/()\[\]{DASH_CLASS}])*"  # never across a line break
    # A site's header gives the clock time between the Gregorian and the Hijri date:
    # "الخميس 8 يناير 2026 10:19 مـ 19 رجب 1447 هـ".
    clock = rf"(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?[^\S\n]*(?:{alternation(section('same_date_clock_marks'))}(?!\w))?{separators})?"
    return re.compile(rf"{separators}{clock}(?:{links}{separators})?\Z")


def _same_day(a: Resolved, b: Resolved) -> bool:
    if a.precision != "day" or b.precision != "day" or a.end_value or b.end_value or not (a.value and b.value):
        return False
    if a.value == b.value:
        return True
    if (a.kind in _SOFT) != (b.kind in _SOFT):
        return True  # a day word beside a written date: the written date rules, checked below
    if "hijri" in (a.kind, b.kind) and a.kind != b.kind:
        gap = abs(dt.date.fromisoformat(a.value) - dt.date.fromisoformat(b.value))
        return gap <= _HIJRI_TOLERANCE
    return False


def hijri_days_as_said(found: list[Resolved], text: str) -> list[Resolved]:
    """"فاتح شهر رجب 1443 هو يوم الخميس 03 فبراير 2022م", "يوم الجمعة هو غرة شهر ذي الحجة": a Hijri
    day that the sentence says is a Gregorian day one off its calendar value is that day."""
    said = list(found)
    for i in range(len(said) - 1):
        a, b = said[i], said[i + 1]
        if "hijri" not in (a.kind, b.kind) or a.kind == b.kind or not _said_to_be().match(fold(text[a.end : b.start])):
            continue
        hijri_at = i if a.kind == "hijri" else i + 1
        hijri_day, other = said[hijri_at], said[2 * i + 1 - hijri_at]
        if (hijri_day.value and other.value and hijri_day.precision == other.precision == "day"
                and not (hijri_day.end_value or other.end_value) and hijri_day.value != other.value
                and _same_day(hijri_day, other)):
            said[hijri_at] = replace(hijri_day, value=other.value)
    return said


@lru_cache(maxsize=None)
def _said_to_be() -> re.Pattern:
    verbs = alternation(section("hijri_day_said_to_be"))
    return re.compile(rf"[^\S\n]*[,،]?[^\S\n]*{verbs}[^\S\n]*\Z")


def _month_named_again(a: Resolved, b: Resolved, gap: str) -> bool:
    """"14 أغسطس-آب 2025": a day whose month's other name follows after a dash, with the year;
    the month pair written with a slash is one find of the rules already."""
    return (a.precision == "day" and b.precision == "month" and not (a.end_value or b.end_value)
            and gap.strip() in DASHES and a.value is not None and a.value[:7] == b.value)


def weekday_mismatch(written: str, weekday: int | None, day: dt.date) -> str | None:
    """A weekday written beside a date must be that date's weekday."""
    if weekday is None or weekday == day.weekday():
        return None
    names = gregorian.weekday_names()
    return (f"'{written}' names {names[weekday]}, but {format_day(day, weekday=False)} is a "
            f"{names[day.weekday()]}; check which of the two the source meant")


def _merge(a: Resolved, b: Resolved, text: str) -> Resolved:
    soft, hard = (a, b) if a.kind in _SOFT else (b, a)
    if hard.kind in _SOFT:
        hard = a  # both soft and equal
    elif hard.kind == "hijri" and soft.kind != "hijri" and soft.kind not in _SOFT:
        soft, hard = hard, soft  # the Gregorian date of the two rules
    end = b.end
    written = text[a.start : end]
    if written.count("(") > written.count(")") and (closing := _CLOSING.match(text, end)):
        end = closing.end()
    written = text[a.start : end]
    issue = a.issue or b.issue
    weekday = a.weekday if a.weekday is not None else b.weekday
    if (hard.kind == "hijri" and not _HIJRI_YEAR.search(text, hard.start, hard.end)
            and (sighted := _sighted_day(dt.date.fromisoformat(hard.value), weekday))):
        hard = replace(hard, value=sighted.isoformat())
    if issue is None and hard.kind not in _SOFT:
        day = dt.date.fromisoformat(hard.value)
        for side in (a, b):
            issue = issue or weekday_mismatch(written, side.weekday, day)
        if issue is None and soft.kind in _SOFT and soft.weekday is None and soft.value != hard.value:
            issue = (f"'{written}' counts {format_day(dt.date.fromisoformat(soft.value))} from the article's date "
                     f"but writes {format_day(day)}; check the article's date or the text")
    return Resolved(a.start, end, hard.value, None, "day", hard.kind, weekday, issue)


# A Hijri day written with its year is a calendar's (Umm al-Qura's): a weekday beside it that
# does not fit is worth a warning. Without its year it is someone's count of the month at hand.
_HIJRI_YEAR = re.compile(r"\d{3,4}")


def _sighted_day(calendar_day: dt.date, weekday: int | None) -> dt.date | None:
    """"الجمعة التاسع والعشرين من شعبان": where the month was begun by sighting, its days may fall a
    day off Umm al-Qura's; the weekday written with a day of the month at hand says which day is meant."""
    if weekday is None or calendar_day.weekday() == weekday:
        return None
    return next((calendar_day + shift for shift in (-_HIJRI_TOLERANCE, _HIJRI_TOLERANCE)
                 if (calendar_day + shift).weekday() == weekday), None)


def merge_same_date(found: list[Resolved], text: str) -> list[Resolved]:
    """Neighbours that name one day become one; weak finds that found no partner are dropped."""
    merged: list[Resolved] = []
    for item in found:
        if merged:
            last = merged[-1]
            gap = text[last.end : item.start]
            if (len(gap) <= _MAX_GAP and _same_day(last, item) and _link().match(fold(gap))
                    and not (last.kind == "weekday" and _two_lists(text, last.start, item.end))):
                merged[-1] = _merge(last, item, text)
                continue
            if _month_named_again(last, item, gap):
                merged[-1] = replace(last, end=item.end)
                continue
        merged.append(item)
    return [r for r in merged if not r.weak]
