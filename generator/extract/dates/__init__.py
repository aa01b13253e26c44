"""Dates in Arabic news: find every temporal expression and resolve it against the publication date.

Matching runs on the folded text (`fold_with_offsets`: hamza, ya, ta marbuta, diacritics,
tatweel, Arabic-Indic digits and Arabic punctuation folded), and every result is mapped back
to the text as written, so `DateMention.text == text[start:end]` is exactly what was pasted.

The package, one concern a module:
- rules/: the rule table (rules/__init__.py); each rule's pattern and scanner side by side
  (explicit.py, hijri.py, relative.py); their words live in generator/data/dates.yml;
- calendars/: CLDR's Gregorian month systems through Babel, and the Hijri calendar;
- tense.py: does a sentence point forward (a date without a year goes after publication);
- ranges.py: ranges, and neighbours that name one date (one mention);
- resolve.py: the calendar value of what a rule found.

Choices:
- Numbers are day first ("7/3/2024" is 7 March) unless the first is a four-digit year, or the
  second cannot be a month ("12/25/2023", English style).
- "9 أفريل من العام نفسه" takes the last year written before it in the text; "الشهر المقابل من
  2025" the last month written before it, in 2025.
- A year after عام/سنة, or the year of a numeric date, within two years of the Hijri year of
  publication and without a mark is that Hijri year ("موسم حج عام 1445", "بتاريخ 1445/06/15").
- An expression that looks like a date but is none ("31 فبراير", "30 صفر 1443 هـ", a Hijri
  year outside the Umm al-Qura tables) gives no DateMention; `date_problems` reports it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from generator.extract.dates.calendars import gregorian
from generator.extract.dates.lexicon import section, words
from generator.extract.dates.parts import Context, Part
from generator.extract.dates.ranges import (
    Resolved, hijri_days_as_said, join_ranges, merge_same_date, weekday_mismatch,
)
from generator.extract.dates.resolve import (
    Unresolvable, body_weekday, in_headline, listed_after, narrative_year, remember_weekday, resolve,
    weekday_of_the_day_told,
)
from generator.extract.dates.rules import RULES
from generator.extract.dates.rules.relative import night_before, today_of_dateline
from generator.model import Article, DateMention, Problem
from generator.text.analysis import AnalysedText, analyse, analysed
from generator.text.orthography import DIACRITICS, TATWEEL
from generator.text.sentences import line_of

# Marks that folding drops but that belong to the last letter of a date: "غداً", "1443 هـ".
_TRAILING_MARKS = re.compile(f"[{DIACRITICS}{TATWEEL}]*")


def _scan(ctx: Context) -> list[Part]:
    found: list[Part] = []
    for rule in RULES:
        for m in rule.finditer(ctx.f):
            try:
                part = rule.scan(m, ctx)
            except OverflowError:  # a publication date at the end of the calendar
                continue
            if part is not None and part.end > part.start:
                found.append(part)
    # Overlapping finds: the longest wins, then the most specific rule, then the earliest.
    found.sort(key=lambda p: (-(p.end - p.start), -p.priority, p.start))
    chosen: list[Part] = []
    taken = bytearray(len(ctx.f) + 1)  # the letters chosen finds cover: no all-pairs check
    for part in found:
        if taken.find(1, part.start, part.end) < 0:
            taken[part.start:part.end] = b"\x01" * (part.end - part.start)
            chosen.append(part)
    return sorted(chosen, key=lambda p: p.start)


def _not_a_date(written: str, reason: object) -> str:
    return (f"'{written}' is not a calendar date ({reason}); correct it in the text, "
            "otherwise it is left out of the chronology")


@dataclass(frozen=True)
class _Body:
    """What a headline's body says: the days it ties weekdays to, the year of each month it dates
    (the first time), and its folded text."""

    weekdays: dict[int, dt.date]
    months: dict[int, int]
    folded: str


def _analyse(analysed_text: AnalysedText, published: dt.date,
             body: _Body | None = None) -> tuple[list[Resolved], dict[int, dt.date]]:
    """The text's dates, and the days its weekdays were tied to (`Context.named_weekdays`).
    `body`: the text is a headline over this body: a bare weekday is the day the body ties it to,
    a day or month without its year and relation is of the year the body gives that month."""
    text, folded = analysed_text.text, analysed_text.folded
    ctx = Context(text, folded, published, analysed_text.sentences, body=body.folded if body else "")
    results: list[Resolved] = []
    last_year = None  # the last year written in the text, for "من العام نفسه"
    last_month: tuple[int, int] | None = None  # and the last month, for "من الشهر نفسه"
    last_day: tuple[int, int] | None = None  # and the last (month, day), for "في اليوم ذاته عام 1987"
    latest_month: tuple[int, int] | None = None  # the latest month written before publication's, for "الشهر السابق"
    latest_year: int | None = None  # and year, for "العام السابق"
    latest_day: dt.date | None = None  # and day, for "اليوم السابق"
    previous: Part | None = None  # the part before, and its value: weekdays in a list follow it
    previous_value: str | None = None
    headline_weekdays: list[int] = []  # results of bare weekdays in a headline: the body says which day
    for part in join_ranges(_scan(ctx), ctx):
        if (body is not None and part.kind == "explicit" and part.year is None and part.relation is None
                and part.until is None and not part.same_year and part.month in body.months):
            part = replace(part, year=body.months[part.month])  # "منتصف يوليو" over "منتصف شهر يوليو المقبل"
        if part.same_year and last_year is not None:
            part = replace(part, year=last_year)
        if part.same_year and part.year is None and part.precision == "year":
            continue  # "في العام نفسه" with no year before it names no date
        if part.until is not None and part.until.same_month:
            # "من التاسع من نيسان حتى 13 منه": the end is in the month of the start
            month = (part.year, part.month) if part.month is not None else last_month
            if month is None:
                continue
            part = replace(part, until=replace(part.until, year=month[0], month=month[1], same_month=False))
        if part.same_month:
            if last_month is None:
                continue  # "من الشهر نفسه" with no month before it names no date
            part = replace(part, year=last_month[0], month=last_month[1])
        if part.month_before:
            if last_month is None:
                continue  # "الشهر المقابل من 2025" with no month before it names no date
            part = replace(part, month=last_month[1])
        if part.before_written and part.precision == "month" and latest_month is not None:
            year, month = gregorian.add_months(*latest_month, -1)
            part = replace(part, value=f"{year:04d}-{month:02d}")
        if part.before_written and part.precision == "day":
            if latest_day is not None:
                part = replace(part, value=(latest_day - dt.timedelta(days=1)).isoformat())
            elif part.value is None:
                continue  # "وفي عام 1948 ... في اليوم السابق": no day written before it, no comparison
        if part.before_written and part.precision == "year" and latest_year is not None:
            part = replace(part, value=f"{latest_year - 1:04d}")
        if part.same_day:
            if last_day is None:
                continue  # "في اليوم ذاته عام 1987" with no day before it names no date
            part = replace(part, month=last_day[0], day=last_day[1])
        start, end = folded.span(part.start, part.end)
        end = _TRAILING_MARKS.match(text, end).end()
        written = text[start:end]
        if part.problem:
            results.append(Resolved(start, end, None, None, part.precision, part.kind, None,
                                    _not_a_date(written, part.problem), part.weak))
            continue
        try:
            value, end_value = resolve(part, ctx)
            value = listed_after(part, previous, previous_value, ctx) or value
            named_day = weekday_of_the_day_told(part, previous, previous_value, ctx)
            if named_day is not None:
                value = named_day  # "يوم الثامن من شتنبر ... هو يوم الأربعاء": that day, and its year
                if named_day != previous_value and results and results[-1].value == previous_value:
                    results[-1] = replace(results[-1], value=named_day)
                    previous_value = named_day
            if (told := narrative_year(part, previous, previous_value, value, ctx)) is not None:
                part = replace(part, year=told)
                value, end_value = resolve(part, ctx)
        except (Unresolvable, OverflowError) as exc:
            results.append(Resolved(start, end, None, None, part.precision, part.kind, None,
                                    _not_a_date(written, exc), part.weak))
            continue
        if part.year is not None or part.kind in ("numeric", "hijri"):
            last_year = int((end_value or value)[:4])
            if last_year < ctx.published.year:
                latest_year = max(latest_year or last_year, last_year)
        if part.precision in ("day", "month") and part.kind != "weekday":
            last_month = (int((end_value or value)[:4]), int((end_value or value)[5:7]))
            if part.kind != "relative" and last_month < (ctx.published.year, ctx.published.month):
                latest_month = max(latest_month or last_month, last_month)
        if part.precision == "day" and not end_value:
            last_day = (int(value[5:7]), int(value[8:10]))
            if part.kind != "relative" and value < ctx.published.isoformat():
                latest_day = max(latest_day or dt.date.fromisoformat(value), dt.date.fromisoformat(value))
        remember_weekday(part, value, ctx)
        if named_day is None:  # a weekday that named the day before leaves that day the one before
            previous, previous_value = part, value
        warning = part.warning
        if warning is None and part.kind not in ("weekday", "relative") and part.precision == "day" and not end_value:
            warning = weekday_mismatch(written, part.weekday, dt.date.fromisoformat(value))
        if part.kind == "weekday" and part.relation is None and not part.after_previous and (
                body is not None or in_headline(part, ctx)):
            headline_weekdays.append(len(results))
        results.append(Resolved(start, end, value, end_value, part.precision, part.kind, part.weekday,
                                warning, part.weak))
    told = ctx.named_weekdays if body is None else body.weekdays
    for i in headline_weekdays:
        results[i] = replace(results[i], value=body_weekday(results[i].value, results[i].weekday, told))
    return hijri_days_as_said(merge_same_date(today_of_dateline(night_before(results, text), text, ctx.published),
                                              text), text), ctx.named_weekdays


def _mention(found: Resolved, text: str) -> DateMention:
    return DateMention(text=text[found.start : found.end], start=found.start, end=found.end, value=found.value,
                       precision=found.precision, end_value=found.end_value, kind=found.kind)


# --- Public API --------------------------------------------------------------------------


def find_dates(text: str | AnalysedText, published: dt.date) -> list[DateMention]:
    """Every date expression of `text`, resolved against the publication date; sorted, not overlapping."""
    text = analysed(text)
    return [_mention(f, text.text) for f in _analyse(text, published)[0] if f.value is not None]


def date_problems(article: Article) -> list[Problem]:
    """Weekdays that contradict a date, and date expressions that are not calendar dates."""
    return article_dates(article)[1]


def article_dates(article: Article, body: AnalysedText | None = None,
                  title: AnalysedText | None = None) -> tuple[list[DateMention], list[Problem]]:
    """find_dates and date_problems of an article from one reading of its text (`body`: the
    article's body already analysed). With `title` (analysed), the title's dates come first
    (`field` "title"): a bare weekday in it is the day the body ties that weekday to ("تصلي ...
    يوم الجمعة" above "يوم الجمعة الموافق 1 سبتمبر"), as a headline's in the body is, and the
    body says what kind of text the title heads (a this-day-in-history column: "ذاكرة اليوم")."""
    body = body or analyse(article.body)
    found, body_weekdays = _analyse(body, article.date)
    problems = [Problem(article.path, article.body_line + line_of(article.body, f.start) - 1, "warning", f.issue)
                for f in found if f.issue]
    dates = [_mention(f, article.body) for f in found if f.value is not None]
    if title is not None:
        months: dict[int, int] = {}
        for f in found:
            if f.value and f.kind == "explicit" and f.precision in ("day", "month") and not f.end_value:
                months.setdefault(int(f.value[5:7]), int(f.value[:4]))
        headline, _ = _analyse(title, article.date, _Body(body_weekdays, months, body.folded.text))
        dates = [replace(_mention(f, title.text), field="title") for f in headline if f.value is not None] + dates
    return dates, problems


@lru_cache(maxsize=None)
def dateline_words() -> frozenset[str]:
    """Words that do not count as text in a line that holds only a date ("نشر في", "آخر تحديث")."""
    return words(section("dateline_words"))
