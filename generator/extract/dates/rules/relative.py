"""Dates counted from the publication date: today, yesterday, tomorrow, weekdays, this week,
last month, next year. Their values need nothing but the publication date (and, for a
weekday without الماضي/المقبل, the tense of its sentence: see tense.py).

Choices:
- "الأسبوع الماضي/المقبل" and "هذا الأسبوع" are a day-precision range from the first to the
  last day of that week (weeks start on CLDR's first day for `ar`, Monday).
- "الشهر الماضي" has month precision, "العام الماضي" year precision; "مطلع العام" is the
  month dates.yml gives its qualifier (January), "منتصف العام" the year.
- "الليلة" is tonight (the publication day), "الليلة الماضية" and "ليلة أمس" the day before.
- Today is the writer's: the page's date, or the evening before it when "مساء اليوم الإثنين" says so
  (then every اليوم, الليلة, أمس, غدا of the text counts from it, each with a warning that says
  so), or a dateline's day on the line of an "اليوم السبت" that the page's date contradicts.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from generator.extract.dates import ranges, tense
from generator.extract.dates.calendars import gregorian, hijri
from generator.extract.dates.lexicon import Names, alternation, section, words
from generator.extract.dates.parts import Context, Part
from generator.extract.dates.rules.common import (
    CLAUSE_END, CLITIC, LETTER_END, Rule, among, counts_a_period, day_of, first_words, general_adjective, ordinals, qualifiers,
    relation_of, relations,
    span, starts_with,
)
from generator.text.given_names import load_given_names
from generator.text.orthography import ARTICLE, DASH_CLASS, PROCLITIC_CONJUNCTIONS, fold, is_nisba
from generator.text.display import format_day

_TANWEEN_FATH = "\u064b"
# Between a time of day and its day: a line break ends a dateline ("2:51 مساءً\nالأحد");
# crawled text may run them together ("فجراليوم").
_SPACE = r"[^\S\n]+"


def _counts_days(ctx: Context, pos: int) -> bool:
    """After a day word, does the number at folded `pos` count days ("اليوم 564", "اليوم 564
    للحرب", "اليوم 564 من الحرب"): nothing after it on its line, or من/لل and an event that lasts
    (dates.yml, day_count_events)? Not when it writes a date ("اليوم 5 ديسمبر", "اليوم 15 من
    رمضان", "اليوم 5/12/2024") or counts people or things ("قتل اليوم 15، بينهم", "أفرجت اليوم 20
    من المعتقلين", "وصل اليوم 300 لاجئ")."""
    number = _NUMBER.match(ctx.f, pos)
    if number is None:
        return False  # "5/12", "5-12": a numeric date
    rest = ctx.f[number.end():number.end() + 40]
    if not rest.split("\n", 1)[0].strip():
        return True
    after = ctx.word_after(number.end())
    if after == "من":
        after = ctx.word_after(number.end() + rest.index("من") + 2)
        return after is not None and _stem(after, "ال") in _day_count_events()
    return after is not None and _stem(after, "لل") in _day_count_events()


def _stem(word: str, article: str) -> str:
    return word[len(article):] if word.startswith(article) else ""


@lru_cache(maxsize=None)
def _day_count_events() -> frozenset[str]:
    return words(section("today")["day_count_events"])


_NUMBER = re.compile(r"\s*\d+(?![\d/.\-])")
# A number written as an ordinal with the article ("الـ 39", folded "ال 39" or "ال39").
_ORDINAL_NUMBER = re.compile(rf"\s*{ARTICLE}\s?\d")


# "بغداد اليوم - بغداد", "الرياض - المغرب اليوم", "(الإمارات اليوم)", 'ورد لـ"العرب اليوم"':
# one word (after a word of organisations.yml's source_generic, "متابعات") at the start of a line or after a dash, a bracket, a quotation mark or a crawl's ISO
# date, اليوم, then a dash, a bar, a bracket, the closing quotation mark, the line's end or a colon
# glued to the text ("date 2026-01-01 وطنا اليوم:أعلنت").
@lru_cache(maxsize=None)
def _outlet_credit() -> tuple[re.Pattern, re.Pattern]:
    from generator.extract.organisations import load_organisation_cues  # read late: organisations reads dates
    opening = re.escape("".join(section("shared")["quotes_open"]))
    closing = re.escape("".join(section("shared")["quotes_close"]))
    # a word that names no one outlet may open the credit line ("متابعات السودان اليوم")
    credit_words = alternation(sorted(w for w in load_organisation_cues().source_generic if " " not in w))
    return (re.compile(rf"(?:\A|\n|[{DASH_CLASS}|({opening}]|\d{{4}}-\d\d-\d\d)[^\S\n]*(?:{credit_words}[^\S\n]+)?"
                       rf"(?P<name>\w+)[^\S\n]+\Z"),
            re.compile(rf"[^\S\n]*(?:[{DASH_CLASS}|){closing}]|\n|\Z)|:(?=\S)"))


def _times_of_day() -> str:
    return alternation(section("shared")["times_of_day"])


def _weekday_after() -> str:
    """A weekday after the day word: "اليوم الجمعة", "أمس (الأحد)", "غدا، الاثنين"."""
    return rf"(?:\s*,?\s*(?P<wp>\(\s*)?(?P<wd>{gregorian.weekdays().pattern}){LETTER_END}(?(wp)\s*\)))?"


def _weekday_of(m: re.Match) -> int | None:
    return gregorian.weekdays().value(m.group("wd")) if m.group("wd") else None


def _weekday_warning(text: str, named: int, actual: dt.date, today: bool) -> str | None:
    if named == actual.weekday():
        return None
    names = gregorian.weekday_names()
    if today:
        return (f"'{text}' says today is {names[named]}, but the article is dated "
                f"{format_day(actual)}; check the date (front matter 'date:') or the text")
    return (f"'{text}' names {names[named]}, but counted from the article's date that day is "
            f"{format_day(actual)}; check the article's date or the text")


# --- اليوم, اليوم الجمعة, صباح اليوم, فجر اليوم, الليلة, يومه الأربعاء ---------------------

@lru_cache(maxsize=None)
def _today_words() -> dict[str, frozenset[str]]:
    data = section("today")
    return {name: words(data[name])
            for name in ("words", "not_after", "not_before", "with_weekday", "evening_before", "column_nouns")}


def _today_pattern() -> str:
    data = section("today")
    first = first_words(data["words"], data["with_weekday"], section("shared")["times_of_day"])
    return (starts_with(first, digits=False) + CLITIC + rf"(?:(?P<tod>{_times_of_day()})(?:{_SPACE}|(?=ال)))?(?P<today>{alternation(data['words'] + data['with_weekday'])})"
            + r"(?!\w)" + _weekday_after())


def _scan_today(m: re.Match, ctx: Context) -> Part | None:
    vocabulary = _today_words()
    start, end = span(m)
    word = m.group("today")
    if m.group("wd") is None:
        if word not in vocabulary["words"]:
            return None  # يومه alone is "his day"
        after = ctx.word_after(end)
        if after and (after in vocabulary["not_before"] or after in ordinals()):
            return None  # "اليوم التالي", "صباح اليوم التالي", "اليوم الأول"
        if after and after.isdigit() and _counts_days(ctx, end):
            return None  # "إسرائيل في حالة حرب - اليوم 564": a count of days, not today
        if _ORDINAL_NUMBER.match(ctx.f, end):
            return None  # "اليوم الـ 39 من الحرب", "لليوم الـ89 على التوالي": the 39th day, not today
        if " " in word and after and after.startswith("ال") and after != _TO:
            return None  # "هذا اليوم المبارك", "هذه الليلة الباردة": a demonstrative, its noun, the noun's adjective
        before = ctx.word_before(start - len(m.group("cl"))) or ""
        # A definite nisba after اليوم or الليلة makes "the scientific day", "the exceptional night",
        # not today; after a verb it may be the verb's subject instead ("يلتقي اليوم الأهلي").
        if (after and is_nisba(after) and not _is_verb(before)
                and (not before or before.startswith("ال") or before.endswith("ه"))):
            # "اليوم العلمي الأول", "مفاجأة الليلة الموسيقية", "لوكالة اليوم الإخبارية" (a name): after
            # a definite noun or one in construct; after a past verb the word is its subject
            # ("وأعلنت اليوم الخارجية الروسية")
            return None
        if not m.group("tod") and among(ctx.word_before(start - len(m.group("cl"))), vocabulary["not_after"]):
            return None  # "حتى اليوم", "في ذلك اليوم": the day, not today
        if not m.group("tod") and among(before, vocabulary["column_nouns"]) and _this_day_column(ctx):
            return None  # "ذاكرة اليوم", "أبرز أحداث اليوم" in a this-day-in-history column: its calendar day
        credit, credit_end = _outlet_credit()
        named = credit.search(ctx.f, max(0, start - 30), start)
        if named and credit_end.match(ctx.f, end) and not _is_verb(ctx.original(*named.span("name"))):
            return None  # "بغداد اليوم - بغداد": an outlet's name
    weekday = _weekday_of(m)
    if weekday is not None and word.startswith(_THIS) and not m.group("tod"):
        # "هذا اليوم الأربعاء" is "اليوم الأربعاء" after a demonstrative ("صباح هذا اليوم" keeps its time)
        start = m.start("today") + re.search(r"\S+$", word).start()
    day = writers_today(ctx)
    warning = _moved_warning(ctx.original(start, end), day, ctx.published)
    if weekday is not None:
        warning = _weekday_warning(ctx.original(start, end), weekday, ctx.published, today=True)
        day = _day_before_page(weekday, ctx.published)
    kind = "relative" if weekday is None else "weekday"
    return Part(start, end, kind, "day", value=day.isoformat(), weekday=weekday,
                warning=warning, priority=2)


def _day_before_page(weekday: int, published: dt.date) -> dt.date:
    """The day an "اليوم الإثنين" stands for: the page's, or the day before it when that is the
    weekday named ("مساء اليوم الإثنين" on a page dated Tuesday 06:56: written the evening before)."""
    evening_before = published - dt.timedelta(days=1)
    return evening_before if evening_before.weekday() == weekday else published


def today_of_dateline(found: list, text: str, published: dt.date) -> list:
    """"ليبرفيل، 3 مايو 2025 — أدى الرئيس اليوم السبت اليمين" in a digest dated Tuesday: a today
    whose weekday contradicts the page is the day of a date written before it on its line that
    has that weekday, within the week before the page (its dateline). `found`: resolved dates in
    text order, offsets into `text`."""
    settled = list(found)
    for i, today in enumerate(settled):
        if today.kind != "weekday" or today.value is None or today.weekday is None:
            continue
        if dt.date.fromisoformat(today.value).weekday() == today.weekday:
            continue  # only a today that contradicts its page keeps a weekday other than its value's
        line_start = text.rfind("\n", 0, today.start) + 1
        for before in reversed(settled[:i]):
            if before.start < line_start:
                break
            if before.precision != "day" or before.end_value or before.value is None:
                continue
            day = dt.date.fromisoformat(before.value)
            if day.weekday() == today.weekday and dt.timedelta(0) < published - day < dt.timedelta(days=7):
                settled[i] = replace(today, value=before.value)
                break
    return settled


def writers_today(ctx: Context) -> dt.date:
    """The day the text calls today: the publication's, unless every "اليوم الإثنين" of the text
    that names the day before the page says it is that day's evening ("مساء اليوم الإثنين": a page
    dated after it was written) and no "أمس الأحد" fits the publication's; then a bare "اليوم",
    "الليلة" or "أمس" counts from that day too."""
    return _writers_today(ctx.f, ctx.published)


def _moved_warning(text: str, day: dt.date, published: dt.date) -> str | None:
    """The warning on a today, tonight, yesterday or tomorrow counted from the writer's today
    when that is not the page's date."""
    if day == published:
        return None
    return (f"'{text}' is counted from {format_day(day)}, the evening the text says it was written, "
            f"not from the article's date {format_day(published)}; check the date or the text")


@lru_cache(maxsize=64)
def _writers_today(folded: str, published: dt.date) -> dt.date:
    evening = _today_words()["evening_before"]
    named = {day for m in TODAY.finditer(folded) if (weekday := _weekday_of(m)) is not None
             and ((day := _day_before_page(weekday, published)) == published or m.group("tod") in evening)}
    if any(_weekday_of(m) == (published + dt.timedelta(days=_relative_days().value(m.group("rd")))).weekday()
           for m in RELATIVE_DAY.finditer(folded)):
        named.add(published)  # "أمس الأحد" on a Monday: the page's date is the writer's
    return named.pop() if len(named) == 1 else published


def _this_day_column(ctx: Context) -> bool:
    """Is the text a this-day-in-history column: does "في مثل هذا اليوم" stand in its first line or
    in a heading (a short line without a full stop: "حدث في مثل هذا اليوم")? Once in a report's
    sentence ("وفي مثل هذا اليوم قبل عشر سنوات فاز باللقب") it recalls one day, and the report's
    other اليوم are today. A headline is read with its body (`Context.body`): the column it heads."""
    heading_words = section("today")["column_heading_max_words"]
    for text in (ctx.f, ctx.body):
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        if any(phrase in line
               for i, line in enumerate(lines)
               if i == 0 or (len(line.split()) <= heading_words and line[-1] not in ".!?؟،,")
               for phrase in _this_day_phrases()):
            return True
    return False


@lru_cache(maxsize=None)
def _this_day_phrases() -> tuple[str, ...]:
    return tuple(fold(p) for p in section("today")["this_day_column"])


def _is_verb(word: str) -> bool:
    """"سنبدأ اليوم" in a quotation is speech, "العرب اليوم" a name."""
    return tense.is_future_verb(word) or tense.is_present_verb(word, shortest=3)


_THIS = "هذا "
_TO = fold("إلى")  # a definite-looking word that is no adjective
TODAY = Rule("today", _today_pattern, _scan_today)


# --- أمس, أول أمس, غداً, بعد غد, مساء أمس, أمس الأحد, ليوم غد الخميس, الليلة الماضية --------

@lru_cache(maxsize=None)
def _relative_days() -> Names:
    return Names.of({int(k): v for k, v in section("relative_days").items()})


def _relative_day_pattern() -> str:
    first = first_words(section("relative_days"), section("shared")["times_of_day"])
    return (starts_with(first, digits=False) + CLITIC + rf"(?:(?P<tod>{_times_of_day()}(?:{_SPACE}يوم)?)(?:{_SPACE}|(?=ال)))?(?P<rd>{_relative_days().pattern})(?!\w)"
            + _weekday_after())


def _scan_relative_day(m: re.Match, ctx: Context) -> Part | None:
    start, end = span(m)
    word = m.group("rd")
    if word in words(section("relative_needs_context")) and not (m.group("wd") or m.group("tod")):
        # غدا is also the verb "became": read it as "tomorrow" only when it cannot be the verb.
        s, e = ctx.folded.span(m.start("rd"), m.end("rd"))
        written = ctx.text[s : e + 1]  # the tanween may follow the alef
        starts_clause = ctx.char_before(m.start()) in CLAUSE_END or among(
            ctx.word_before(m.start()), words(section("relative_verb_after")))
        if _TANWEEN_FATH not in written and ctx.char_after(m.end("rd")) not in CLAUSE_END and starts_clause:
            return None
    if word in words(section("the_morrow")) and not (m.group("wd") or m.group("tod")) and not among(
            ctx.word_before(m.start()), words(section("the_morrow_after"))) and not _starts_from(ctx, m.start()):
        return None  # "جيل الغد": the future
    writers = writers_today(ctx)
    day = writers + dt.timedelta(days=_relative_days().value(word))
    weekday = _weekday_of(m)
    warning = _moved_warning(ctx.original(start, end), writers, ctx.published)
    if weekday is not None:
        warning = _weekday_warning(ctx.original(start, end), weekday, day, today=False)
    return Part(start, end, "relative", "day", value=day.isoformat(), weekday=weekday, warning=warning, priority=2)


_FROM_BEFORE = re.compile(r"(\w+)\s+من\s*\Z")


def _starts_from(ctx: Context, pos: int) -> bool:
    """"بدءاً من الغد", "اعتبارا من الغد": a start counted from tomorrow (not "الخوف من الغد")."""
    m = _FROM_BEFORE.search(ctx.f, max(0, pos - 40), pos)
    return m is not None and among(m.group(1), words(section("the_morrow_from")))


RELATIVE_DAY = Rule("relative_day", _relative_day_pattern, _scan_relative_day)


# --- الأسبوع الماضي, الشهر المقبل, العام الماضي, هذا العام, أواخر العام الماضي, مطلع العام ----

@lru_cache(maxsize=None)
def _units() -> Names:
    groups: dict[str, list[str]] = section("periods")["units"]
    return Names.of(groups)


@lru_cache(maxsize=None)
def _short_units() -> Names:
    """The week and the month: "الأسبوع هذا", "الشهر هذا" (not the year: "الرأي العام هذا الأسبوع")."""
    groups: dict[str, list[str]] = section("periods")["units"]
    return Names.of({k: v for k, v in groups.items() if k in ("week", "month")})


def _period_pattern() -> str:
    unit = _units().pattern
    this = alternation(section("periods")["this_words"])
    first = first_words(section("periods")["units"], section("periods")["this_words"],
                        list(section("shared")["qualifiers"]))
    return (
        starts_with(first, digits=False)
        + CLITIC
        + rf"(?:(?P<qual>{qualifiers().pattern})\s+)?"
        + rf"(?:(?P<this>{this})\s+(?P<unit1>{unit})|(?P<unit2>{unit})\s+(?P<rel>{relations().pattern})"
        + rf"|(?P<unit4>{_short_units().pattern})\s+(?P<this_after>{this})(?!\s+ال)|(?P<unit3>{unit}))"
        + r"(?!\w)"
    )


def _scan_period(m: re.Match, ctx: Context) -> Part | None:
    start, end = span(m)
    if m.group("unit3"):
        # "مطلع العام" is this year's start; "العام" alone, or "مطلع العام الدراسي", is none.
        after = ctx.word_after(end)
        if not m.group("qual") or (after and after.startswith("ال")) or _YEAR_NUMBER_AFTER.match(ctx.f, end):
            return None
        if _units().value(m.group("unit3")) == "week":
            return None  # "مطلع الأسبوع": this week's or the next one's, the text rarely says
    if m.group("unit4"):
        # "جولة الأسبوع هذا": the demonstrative after its noun (Gulf and spoken usage), a week or a
        # month only ("الرأي العام هذا" is no year), and not before a noun it points to ("الشهر هذا العام")
        after = ctx.word_after(end)
        if m.group("qual") or (after and after.startswith("ال")):
            return None
    unit = _units().value(m.group("unit1") or m.group("unit2") or m.group("unit3") or m.group("unit4"))
    if unit == "year" and m.group("unit2") and not m.group("qual") and general_adjective(start, ctx):
        return None  # "الأمين العام السابق": the former secretary-general
    delta = relation_of(m) or 0
    p = ctx.published
    if unit == "week":
        first, last = gregorian.week_of(p + dt.timedelta(days=7 * delta))
        return Part(start, end, "relative", "day", value=first.isoformat(), end_value=last.isoformat())
    if unit == "month":
        year, month = gregorian.add_months(p.year, p.month, delta)
        return Part(start, end, "relative", "month", value=f"{year:04d}-{month:02d}")
    month = qualifiers().value(m.group("qual")) if m.group("qual") else None
    if month is not None:
        return Part(start, end, "relative", "month", value=f"{p.year + delta:04d}-{month:02d}")
    return Part(start, end, "relative", "year", value=f"{p.year + delta:04d}")


# "مطلع العام 2023" is that year's start (rules/explicit.py); a number that is no year after it
# ("من بداية العام 5.798 مليار", "منذ مطلع العام 12 مليون زائر") leaves the year of publication.
_YEAR_NUMBER_AFTER = re.compile(r"\s*\d{1,4}(?!\d|[.,٫٬]\d)")


PERIOD = Rule("period", _period_pattern, _scan_period)


# --- الثالث من الشهر الجاري, 3 من الشهر الماضي, 15 الجاري ---------------------------------------------

def _day_of_period_pattern() -> str:
    this = alternation(section("periods")["this_words"])
    return (
        starts_with(first_words(section("shared")["ordinals"]))
        # "من" or "الشهر" soon after: most words with ال are no ordinal
        + r"(?=\S+(?:\s+\S+){0,2}\s+\(?(?:من|منه|الشهر|الجاري|الحالي|ذات|نفس)(?!\w))"
        + CLITIC
        + rf"(?:(?:ال\s?)?(?<![/\\.\-])(?P<day>\d{{1,2}})(?!\d)|(?P<ord>{ordinals().pattern}))\s+(?:من\s+)?"
        + rf"(?:(?P<shahr>(?:ال|(?<=ل)ل)شهر\s+)?(?P<paren>\(\s*)?(?P<rel>{relations().pattern})(?(paren)\s*\))"
        + rf"|(?P<this>{this})\s+الشهر"
        + rf"|(?P<same>{alternation(section('shared')['same_month'])})|(?P<of_it>منه))(?!\w)"
    )


def _scan_day_of_period(m: re.Match, ctx: Context) -> Part | None:
    start, end = span(m)
    if counts_a_period(m, ctx):
        return None  # "الأسبوع الثاني من الشهر الجاري"
    if m.group("rel") and not m.group("shahr") and relation_of(m) != 0:
        return None  # "15 الجاري" is this month's 15th; "15 الماضي" says too little
    if m.group("of_it") and not among(ctx.word_before(m.start()),
                                      words(section("periods")["of_it_after"]) | ranges.connector_words()):
        return None  # "حتى 13 منه", "ويوم 6 منه", "وفي العاشر منه": a day of the month before; "بقي 13 منه" counts
    if m.group("same") or m.group("of_it"):  # the month of the date before, settled in the package's _analyse
        return Part(start, end, "explicit", "day", day=day_of(m), same_month=True, priority=1)
    day = day_of(m)
    year, month = gregorian.add_months(ctx.published.year, ctx.published.month, relation_of(m) or 0)
    try:
        dt.date(year, month, day)
    except ValueError:
        return Part(start, end, "relative", "day", problem=f"there is no day {day} in that month")
    # written out like "15 مارس 2024", so that "بين 14 و15 من الشهر الجاري" joins as a range
    return Part(start, end, "explicit", "day", year, month, day, priority=1)


DAY_OF_PERIOD = Rule("day_of_period", _day_of_period_pattern, _scan_day_of_period)


# --- "ثم في الثامن والعشرين، ويختتم": a day of the month of the date before ---------------------
# After في, an ordinal from the 11th to the 31st that ends its clause names a day, as a schedule
# lists them after a date that named the month ("من 22 إلى 30 نوفمبر ... في الرابع والعشرين، تليها
# ... في السادس والعشرين"); with no month written before it, none. The first ten (الثاني، العاشر)
# are as often a round, a rank or a session.

def _bare_day_pattern() -> str:
    return (starts_with(first_words(section("shared")["ordinals"]), digits=False) + CLITIC
            + rf"(?P<ord>{ordinals().pattern})(?=[^\S\n]*[،,.؛;])")


def _scan_bare_day(m: re.Match, ctx: Context) -> Part | None:
    day = ordinals().value(m.group("ord"))
    if day < _FIRST_DAY_OF_TWO_WORDS or m.group("cl") or not among(ctx.word_before(m.start()), _AT):
        return None
    return Part(*span(m), "explicit", "day", day=day, same_month=True)


_FIRST_DAY_OF_TWO_WORDS = 11
_AT = frozenset({"في"})
BARE_DAY = Rule("bare_day", _bare_day_pattern, _scan_bare_day)


# --- الثلاثاء, يوم الثلاثاء, مساء الخميس, الجمعة الماضي, يومي الاثنين والثلاثاء ---------------

@lru_cache(maxsize=None)
def _weekday_words() -> dict[str, frozenset[str]]:
    data = section("weekday")
    return {name: words(data[name]) for name in data}


def _weekday_pattern() -> str:
    first = first_words(gregorian.weekday_words(), section("shared")["times_of_day"], ["يومي"])
    return (
        starts_with(first, digits=False)
        + CLITIC
        + rf"(?:(?P<pre>{_times_of_day()}(?:{_SPACE}يوم)?|يومي){_SPACE})?(?P<wd>{gregorian.weekdays().pattern}){LETTER_END}"
        + rf"(?:\s+(?P<rel>{relations().pattern})(?!\w))?"
    )


_MONDAY, _FRIDAY, _SUNDAY = 0, 4, 6


def _list_start(m: re.Match, ctx: Context) -> int:
    """Where the weekday, its time of day, and the weekdays listed before it with و start."""
    start = m.start("pre") if m.group("pre") else m.start("wd")
    while (before := _listed_before().search(ctx.f, max(0, start - 20), start)) is not None:
        start = before.start()
    return start


@lru_cache(maxsize=None)
def _listed_before() -> re.Pattern:
    return re.compile(rf"(?<!\w)[{PROCLITIC_CONJUNCTIONS}]?{gregorian.weekdays().pattern}{LETTER_END}\s*,?\s+و?\s*\Z")


def _is_weekly(m: re.Match, ctx: Context) -> bool:
    """"من الاثنين إلى الجمعة": days of every week, not dates ("من الأحد إلى الخميس المقبل" is
    one week's: its end says which)."""
    after_pattern, before_pattern = _weekly_patterns()
    after = after_pattern.match(ctx.f, m.end(), m.end() + 50)
    before = before_pattern.search(ctx.f, max(0, m.start() - 30), m.start())
    opened = ctx.word_before(m.start()) in ("من", "بين")
    return bool((after and opened) or (before and (before.group("until") or ctx.f.startswith(_GLUED_TO, m.start()))))


@lru_cache(maxsize=None)
def _weekly_patterns() -> tuple[re.Pattern, re.Pattern]:
    """After the first weekday of "من الاثنين إلى الجمعة" (the second one, with no relation after
    it), and before the second. The Maghreb writes the connector as a glued ل: "من الاثنين للجمعة"."""
    weekday, until = gregorian.weekdays().pattern, ranges.connector_pattern()
    return (re.compile(rf"\s+(?:{until}\s*|{_GLUED_TO}(?={_GLUED_TO})){weekday}{LETTER_END}"
                       rf"(?!\s+(?:{relations().pattern})(?!\w))"),
            re.compile(rf"(?:من|بين)\s+(?:ال)?{weekday}\s+(?P<until>{until}\s*)?\Z"))


_GLUED_TO = "ل"


def _scan_weekday(m: re.Match, ctx: Context) -> Part | None:
    vocabulary = _weekday_words()
    start, end = span(m)
    weekday = gregorian.weekdays().value(m.group("wd"))
    before = ctx.word_before(_list_start(m, ctx))
    list_end = _list_relation().match(ctx.f, end) if m.group("rel") is None else None
    night = _night_between().search(ctx.f, max(0, _list_start(m, ctx) - 25), _list_start(m, ctx)) is not None
    if among(before, vocabulary["not_after"]) and not (list_end or m.group("rel") or night):
        return None  # "كل يوم جمعة", "كلا الاثنين", "سوق الخميس", "أيام الخميس والجمعة"
    if not (m.group("pre") or m.group("rel")):
        after = ctx.word_after(end)
        if weekday == _SUNDAY and after in vocabulary["not_before_sunday"]:
            return None  # الأحد عشر: eleven
        if weekday == _FRIDAY and after in vocabulary["not_before_friday"]:
            return None  # "إماما للجمعة والجماعة": the Friday prayer
        if weekday == _MONDAY and (among(before, vocabulary["the_two_after"]) or after in vocabulary["the_two_before"]):
            return None  # "اتفق الاثنين", "الاثنين معا": the two
        if not night and _is_weekly(m, ctx):
            return None
        if _after_a_given_name(m, ctx):
            return None  # "سلمان الخميس", "عبدالله الجمعة": a family name
    if _every_week().match(ctx.f, end):
        return None  # "يوم الخميس من كل أسبوع": every Thursday
    relation = relation_of(m)
    if list_end:
        relation = relations().value(list_end.group("rel"))  # "الخميس والجمعة والسبت المقبلة"
    this_week = _this_week_pattern().match(ctx.f, end) if relation is None else None
    other_week = _other_week_pattern().match(ctx.f, end) if relation is None and not this_week else None
    if other_week and (delta := relations().value(other_week.group("rel"))) in (-1, 1):
        # "الخميس من الأسبوع القادم": that weekday in the week after (or before) publication's;
        # "يومي الأربعاء والخميس من الأسبوع المقبل": each of them (the last one carries the words).
        first, _ = gregorian.week_of(ctx.published + dt.timedelta(days=7 * delta))
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
        end = end if other_week.group("others") else other_week.end()
        return Part(start, end, "weekday", "day", weekday=weekday, relation=delta, value=day.isoformat())
    if this_week:
        relation = 0  # "يومي الأحد والاثنين من الأسبوع الجاري": the nearest of each
        if not this_week.group("others"):
            end = this_week.end()  # "الاثنين من الأسبوع الجاري" is one expression
    if relation is None and (following := _following().match(ctx.f, end)):
        return Part(start, following.end(), "weekday", "day", weekday=weekday, after_previous=True)
    return Part(start, end, "weekday", "day", weekday=weekday, relation=relation)


@lru_cache(maxsize=None)
def _following() -> re.Pattern:
    """After a weekday: "الذي يليه", "التالي" (the one after the date named before)."""
    return re.compile(rf"\s+{alternation(section('weekday')['following'])}(?!\w)")


def _after_a_given_name(m: re.Match, ctx: Context) -> bool:
    """A weekday written with the article right after a given name (not one that is also a
    common word) is a family name: Gulf families are called الخميس، الجمعة، السبت."""
    if m.group("cl") or not m.group("wd").startswith("ال"):
        return False
    before = ctx.word_before(m.start())
    return before is not None and before in load_given_names().arab_alone


@lru_cache(maxsize=None)
def _night_between() -> re.Pattern:
    """Before a weekday: "الليلة الفاصلة بين" (the night between two dates)."""
    return re.compile(rf"(?<!\w){alternation(section('weekday')['night_between'])}\s+\Z")


def night_before(found: list, text: str) -> list:
    """"الليلة الفاصلة بين الجمعة و السبت 30 ماي 2020": the first weekday is the day before the
    second one's date, whatever the rest of the sentence says of the future (`found`: resolved
    dates in text order, offsets into `text`)."""
    settled = list(found)
    for i in range(len(settled) - 1):
        a, b = settled[i], settled[i + 1]
        if _night_of_two_days(a, b, text):
            # "ليلة الخميس الجمعة", "ليل الأربعاء إلى الخميس": the second day is the one after the first
            settled[i + 1] = replace(b, value=(dt.date.fromisoformat(a.value) + dt.timedelta(days=1)).isoformat())
            continue
        if (a.kind != "weekday" or a.value is None or b.value is None or b.precision != "day" or b.end_value
                or not _AND.fullmatch(text, a.end, b.start)
                or not _night_between().search(fold(text[max(0, a.start - 25) : a.start]))):
            continue
        day = dt.date.fromisoformat(b.value) - dt.timedelta(days=1)
        if day.weekday() == a.weekday:
            settled[i] = replace(a, value=day.isoformat())
    return settled


_AND = re.compile(r"\s*,?\s*و\s*")
# Between the two weekdays of one night: nothing, a dash or a slash, إلى or على.
_NIGHT_LINK = re.compile(r"[^\S\n]*(?:[-–/][^\S\n]*|(?:إلى|الى|على)[^\S\n]+)?")


def _night_of_two_days(a, b, text: str) -> bool:
    """A night named by its evening's weekday and the next ("ليل الخميس-الجمعة")."""
    return (a.kind == b.kind == "weekday" and a.value is not None and b.value is not None
            and a.weekday is not None and b.weekday == (a.weekday + 1) % 7
            and _NIGHT_WORD.match(fold(text[a.start:a.end])) is not None
            and _NIGHT_LINK.fullmatch(text, a.end, b.start) is not None)


_NIGHT_WORD = re.compile(r"(?:و|ف)?(?:ب|ل)?(?:ال)?ليل(?:ه|ة)?\s")


@lru_cache(maxsize=None)
def _list_relation() -> re.Pattern:
    """The rest of a list of weekdays that ends with الماضية/المقبلة."""
    weekday = gregorian.weekdays().pattern
    return re.compile(rf"(?:\s*,?\s+و\s*{weekday}{LETTER_END})+\s+(?P<rel>{relations().pattern})(?!\w)")


@lru_cache(maxsize=None)
def _this_week_pattern() -> re.Pattern:
    """After a weekday (or several joined by و): "من الأسبوع الجاري", "من هذا الأسبوع"."""
    weekday, week = gregorian.weekdays().pattern, alternation(section("periods")["units"]["week"])
    this = alternation(section("periods")["this_words"])
    current = alternation(section("shared")["relations"][0])
    return re.compile(rf"(?P<others>(?:\s+و\s*{weekday}{LETTER_END})*)\s+(?:من\s+)?(?:{week}\s+{current}|{this}\s+{week})(?!\w)")


@lru_cache(maxsize=None)
def _other_week_pattern() -> re.Pattern:
    """After a weekday (or several joined by و): "من الأسبوع القادم", "من الأسبوع الماضي"."""
    weekday, week = gregorian.weekdays().pattern, alternation(section("periods")["units"]["week"])
    return re.compile(rf"(?P<others>(?:\s+و\s*{weekday}{LETTER_END})*)\s+(?:من|في)\s+{week}\s+"
                      rf"(?P<rel>{relations().pattern})(?!\w)")


@lru_cache(maxsize=None)
def _every_week() -> re.Pattern:
    """After a weekday: "من كل أسبوع", "أسبوعيا" (every week's, no date)."""
    return re.compile(rf"\s*,?\s*{alternation(section('weekday')['every_week_after'])}(?!\w)")


WEEKDAY = Rule("weekday", _weekday_pattern, _scan_weekday)

# --- قبل يومين, قبل ثلاثة أيام, منذ يومين, قبل نحو شهرين, قبل 5 سنوات -------------------------------------

@lru_cache(maxsize=None)
def _ago_units() -> tuple[Names, Names, Names]:
    """(one, two, several) of each unit: "يوم" -> day, "يومين" -> day, "أيام" -> day; several
    also as counted from eleven on ("يوما")."""
    units = section("ago")["units"]
    return (Names.of({unit: forms[0] for unit, forms in units.items()}),
            Names.of({unit: forms[1] for unit, forms in units.items()}),
            Names.of({unit: forms[2] + forms[3] for unit, forms in units.items()}))


def _ago_pattern() -> str:
    one, two, several = _ago_units()
    numbers = Names.of({int(k): v for k, v in section("ago")["numbers"].items()})
    data = section("ago")
    return (
        rf"(?<!\w)(?:(?P<ago>{alternation(data['words'])})|(?P<since>{alternation(data['short_words'])}))\s+"
        rf"(?:(?P<about>{alternation(data['about'])})\s+)?"
        rf"(?:(?P<n>\d{{1,2}}|{numbers.pattern})\s+(?P<several>{several.pattern})"
        rf"|(?P<two>{two.pattern})|(?P<one>{one.pattern}))(?!\w)"
    )


def _scan_ago(m: re.Match, ctx: Context) -> Part | None:
    after = ctx.word_after(m.end())
    if after in words(section("ago")["not_followed_by"]) or ctx.char_after(m.end()).isdigit():
        return None  # "قبل يومين من الانتخابات": from another date; "قبل عام 2020": before a year
    if after is not None and (after in gregorian.months() or after in hijri.months()):
        return None  # "قبل شهر رمضان": before the month of Ramadan
    one, two, several = _ago_units()
    if m.group("one"):
        unit, count = one.value(m.group("one")), 1
    elif m.group("two"):
        unit, count = two.value(m.group("two")), 2
    else:
        n = m.group("n")
        count = int(n) if n.isdigit() else Names.of({int(k): v for k, v in section("ago")["numbers"].items()}).value(n)
        unit = several.value(m.group("several"))
    if m.group("since") and (unit not in section("ago")["short_units"] or m.group("about")):
        return None  # "منذ عامين", "منذ نحو ثلاثة أسابيع": for that long as often as that long ago
    if m.group("about") and unit in ("day", "week"):
        return None  # "قبل نحو أسبوعين", "قبل حوالي ثلاثة أسابيع": no day can be read from an approximate count
    p = ctx.published
    if unit in ("day", "week"):
        day = p - dt.timedelta(days=count * (7 if unit == "week" else 1))
        return Part(m.start(), m.end(), "relative", "day", value=day.isoformat())
    if unit == "month":
        year, month = gregorian.add_months(p.year, p.month, -count)
        return Part(m.start(), m.end(), "relative", "month", value=f"{year:04d}-{month:02d}")
    return Part(m.start(), m.end(), "relative", "year", value=f"{p.year - count:04d}")


AGO = Rule("ago", _ago_pattern, _scan_ago)

RULES = (TODAY, RELATIVE_DAY, PERIOD, DAY_OF_PERIOD, BARE_DAY, WEEKDAY, AGO)
