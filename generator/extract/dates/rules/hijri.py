"""Hijri dates (a weekday before one is joined to it in ranges.py): "15 رمضان 1445 هـ", "1 محرم 1444هـ", "رمضان 1443 هـ", "14/ صفر/1399هـ", "٢٩ -شعبان ١٤٤٥هـ",
"غرة شهر رمضان 1444 هـ", "فاتح شهر محرم للعام الهجري 1445", and days without their year:
"التاسع من ذي الحجة", "للثلاثين من شهر شعبان".

A Hijri month without a day is the range of Gregorian days it covers; a day or the mark
هـ is required, since صفر is also "zero" and رجب a first name. A day without its year is
the nearest such day before publication, or after it when the sentence announces it or it
comes within a few weeks (as a Gregorian day without its year: resolve.py). A Hijri year
alone ("عام 1443 هـ") is read by the year rule in explicit.py.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from generator.extract.dates import resolve, tense
from generator.extract.dates.calendars import hijri
from generator.extract.dates.lexicon import alternation, section, words
from generator.extract.dates.parts import Context, Part
from generator.extract.dates.rules.common import (
    CLITIC, GLUED_OR_WORD_START, LETTER_END, SHAHR, Rule, among, counts_a_period, first_words, ordinals, relation_of,
    relations, span, starts_with,
)
from generator.text.orthography import proclitic_pattern, proclitic_stems


def _year_words() -> str:
    """"للعام الهجري 1445", "لعام 1444", "لهذا العام 1433ه": the words that may stand between a
    Hijri month and its year."""
    return rf"(?:(?:من\s+|ل)?(?:هذا\s+|هذه\s+)?{alternation(section('hijri')['year_words'])}\s*)"


def _pattern() -> str:
    first = first_words(section("shared")["ordinals"], section("hijri")["months"], section("hijri")["first_day_words"],
                        section("hijri")["last_day_words"], ["شهر"])
    return (
        starts_with(first)
        + GLUED_OR_WORD_START + proclitic_pattern("cl")  # a day may be glued to a word in crawled text ("الخميس29 صفر")
        + rf"(?:(?:ال\s?)?(?P<day>\d{{1,2}})(?!\d)\s*(?:[/\-]|من(?=\s+{SHAHR})|(?P<min>من)(?=\s+{hijri.months().pattern}))?\s*|(?P<ord>{ordinals().pattern})\s+من\s+"
        + rf"|(?P<first>{alternation(section('hijri')['first_day_words'])})\s+(?:من\s+)?"  # "للفاتح من شهر رمضان"
        + rf"|(?P<last>{alternation(section('hijri')['last_day_words'])})\s*)?"
        + rf"(?:(?P<shahr>{SHAHR})\s+)?(?P<hm>{hijri.months().pattern}){LETTER_END}"
        # "شهر رمضان المبارك لعام 1447 هـ": the month's adjective before its year
        + rf"(?:\s+{alternation(section('hijri')['month_adjectives'])}(?!\w))?"
        # "15 شعبان الماضي", "24 من رمضان الجاري": a day of the month the relation names, no year written
        + rf"(?:\s+(?P<rel>{relations().pattern})(?!\w)(?!\s*/?\s*\d))?"
        + rf"(?:\s*/?\s*(?:(?<=\s){_year_words()}|(?<=/))?(?P<year>\d{{3,4}})(?!\d)"
        + rf"(?:\s*(?P<mark>{hijri.year_mark_pattern()})(?!\w))?)?"
    )


def _scan(m: re.Match, ctx: Context) -> Part | None:
    start, end = span(m)
    if counts_a_period(m, ctx):
        return None  # "النصف الثاني من رمضان"
    has_day = m.group("day") or m.group("ord") or m.group("first") or m.group("last")
    month = hijri.months().value(m.group("hm"))
    if m.group("year") is None:
        if has_day and m.group("rel") and not m.group("last"):
            return _of_related_month(m, ctx, month)
        # "9 من ذي الحجة" needs its year (or شهر): "2 من رجب" may be a count of a team's players
        return _without_year(m, ctx, month) if has_day and not m.group("min") else None
    if not (has_day or m.group("mark")):
        return None  # "صفر 1444" alone may be a number; ask for the day or هـ
    year = int(m.group("year"))
    try:
        if m.group("last"):  # "المتمم لشهر صفر": the month's last day
            first = last = hijri.month_span(year, month)[1]
        elif has_day:
            first = last = hijri.day(year, month, _day(m))
        else:
            first, last = hijri.month_span(year, month)
    except hijri.NotAHijriDate as exc:
        return Part(start, end, "hijri", "day", problem=str(exc))
    # `day`: the Hijri day, for a range or a list that borrows its month ("من 1 إلى 3 شوال 1445 هـ")
    return Part(start, end, "hijri", "day", day=_day(m) if has_day and not m.group("last") else None,
                value=first.isoformat(),
                end_value=last.isoformat() if last != first else None, priority=2)


def _day(m: re.Match) -> int:
    if m.group("last"):
        return 30  # the last day, for a month without its year: the 30th or, in resolve, none
    if m.group("first"):
        return 1
    return int(m.group("day")) if m.group("day") else ordinals().value(m.group("ord"))


def _of_related_month(m: re.Match, ctx: Context, month: int) -> Part | None:
    """"15 شعبان الماضي", "من 20 إلى 25 رمضان الجاري": the day in the month the relation names,
    chosen as a month with that relation is (`_month_with_relation`)."""
    chosen = _month_with_relation(month, relation_of(m), ctx)
    if chosen is None:
        return None
    start, end = span(m)
    day = _day(m)
    try:
        value = hijri.day(hijri.of(chosen[0]).year, month, day)
    except hijri.NotAHijriDate as exc:
        return Part(start, end, "hijri", "day", problem=str(exc))
    return Part(start, end, "hijri", "day", day=day, value=value.isoformat(), priority=2)


def _month_spans(month: int, ctx: Context) -> list[tuple[dt.date, dt.date]]:
    """The Hijri `month` of the Hijri year of publication and of the years on either side."""
    published = hijri.of(ctx.published)
    spans = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            spans.append(hijri.month_span(year, month))
        except hijri.NotAHijriDate:
            continue
    return spans


def _month_with_relation(month: int, relation: int, ctx: Context) -> tuple[dt.date, dt.date] | None:
    """The first and last Gregorian days of the Hijri `month` before publication (relation < 0:
    the last one, or the one before it for -2, "رمضان قبل الماضي"), after it (> 0), or around it
    (0: the current one, else the coming one). None when the years around publication do not hold it."""
    spans = _month_spans(month, ctx)
    p = ctx.published
    if relation < 0:
        past = [s for s in spans if s[1] < p]
        chosen = past[relation:][:1] if len(past) >= -relation else []
    elif relation > 0:
        chosen = [s for s in spans if s[0] > p][:1]
    else:
        chosen = [s for s in spans if s[0] <= p <= s[1]] or [s for s in spans if s[0] > p][:1]
    return chosen[0] if chosen else None


def _without_year(m: re.Match, ctx: Context, month: int) -> Part | None:
    """"التاسع من ذي الحجة", "غرة رمضان": the nearest such day (resolve.py's choice for a
    Gregorian day without its year)."""
    if m.group("day") and not m.group("shahr") and m.group("hm") in words(section("hijri")["yearless_needs_shahr"]):
        return None  # "2 صفر" is also a score
    start, end = span(m)
    if m.group("first") and among(ctx.word_before(m.start()), words(section("hijri")["first_day_not_after"])):
        return None  # "تعلن أول أيام شهر رجب": the day to be announced, not a day told
    day = _day(m)
    published = hijri.of(ctx.published).year
    candidates = []
    for year in (published - 1, published, published + 1):
        try:
            candidates.append(hijri.month_span(year, month)[1] if m.group("last") else hijri.day(year, month, day))
        except hijri.NotAHijriDate:
            continue
    part = Part(start, end, "hijri", "day", priority=2)
    chosen = resolve.nearest_of(candidates, part, ctx)
    if chosen is None:
        return None
    return Part(start, end, "hijri", "day", day=day, value=chosen.isoformat(), priority=2)


HIJRI_DATE = Rule("hijri", _pattern, _scan, gate=lambda: rf"{hijri.months().pattern}{LETTER_END}")

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
    if among(ctx.word_before(start), words(section("hijri")["month_not_after"])):
        return None  # "رؤية هلال شهر رمضان": the crescent, not the month
    relation = relation_of(m)
    if relation is None and (not _tells_when(m, ctx) or _counts_its_days(m, ctx)):
        return None  # "فدية شهر رمضان", "يكون شهر شعبان قد استكمل الثلاثين يوما": the month as a thing
    month = hijri.months().value(m.group("hm"))
    spans = _month_spans(month, ctx)
    p = ctx.published
    if relation is not None and relation != 0:
        chosen = [c] if (c := _month_with_relation(month, relation, ctx)) else []
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


def _tells_when(m: re.Match, ctx: Context) -> bool:
    """Is a Hijri month without its day the time of something ("خلال شهر رمضان", "مع حلول شهر
    رمضان"), by the word before it? A month that opens its clause is too ("وللمحرم 1444 هـ ذكرى":
    before it only a clitic, or nothing but punctuation), and one after a verb, its subject
    ("ويبدأ شهر رمضان", "ويحل شهر رمضان"). After a noun, the prepositions ل and ك glued to it
    make the month what they govern, a thing ("متممًا لشهر شعبان", "جدول الدوام لشهر رمضان");
    ب is "in" and tells when ("بشهر رمضان")."""
    start = span(m)[0]
    if m.group("cl").endswith(("ل", "ك")):
        return ctx.word_before(m.start()) is None
    if _announced_first_day().search(ctx.f, max(0, m.start() - 40), m.start()):
        return False  # "تعلن أول أيام شهر رجب": the month of the day to be announced
    before = ctx.word_before(start)
    if among(before, words(section("hijri")["month_part_words"])) and among(
            ctx.word_before(ctx.f.rfind(before, 0, start)), words(section("hijri")["month_part_not_after"])):
        return False  # "بمناسبة بداية شهر رمضان": the start as the occasion, not the time of something
    return (before is None or len(before) == 1 or among(before, words(section("hijri")["month_time_words"]))
            # "ليحلّ شهر رمضان": the verb after a clitic too
            or any(tense.is_present_verb(verb, shortest=3) or tense.is_future_verb(verb)
                   for verb in proclitic_stems(before)))


@lru_cache(maxsize=None)
def _announced_first_day() -> re.Pattern:
    data = section("hijri")
    return re.compile(rf"(?<!\w){proclitic_pattern('c')}{alternation(data['first_day_not_after'])}\s+"
                      rf"{alternation(data['first_day_words'])}\s+\Z")


_CLAUSE_BREAK = re.compile(r"[,.;:!?\n،؛؟]")


@lru_cache(maxsize=None)
def _length_of_month() -> re.Pattern:
    data = section("hijri")
    return re.compile(rf"(?<!\w)(?:{alternation(data['month_length_verbs'])}(?!\w)"
                      rf"|{alternation(data['month_length_days'])}\s+يوم(?:ا|ين)?(?!\w))")


def _counts_its_days(m: re.Match, ctx: Context) -> bool:
    """Does the month's clause go on to count its days ("قد استكمل الثلاثين يوما", "هذا العام 30
    يوما")? Then it names the month, its length, not a time."""
    brk = _CLAUSE_BREAK.search(ctx.f, m.end(), m.end() + 60)
    clause = ctx.f[m.end():brk.start() if brk else m.end() + 60]
    return _length_of_month().search(clause) is not None


HIJRI_MONTH = Rule("hijri_month", _month_pattern, _scan_month,
                   gate=lambda: rf"{hijri.months().pattern}{LETTER_END}")

RULES = (HIJRI_DATE, HIJRI_MONTH)
