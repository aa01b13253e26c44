"""Gregorian dates written out: with month names (every CLDR system), years, numbers, English.

Each rule is a pattern and a scanner side by side; the table at the end lists them.
A date without a year keeps `year=None` here; resolve.py settles it against the
publication date.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from generator.extract.dates import ranges
from generator.extract.dates.calendars import gregorian, hijri
from generator.extract.dates.lexicon import alternation, key, section, words
from generator.extract.dates.parts import Context, Part
from generator.extract.dates.rules.common import (
    CLITIC, DIGIT_HERE, GLUED_OR_WORD_START, LETTER_END, Rule, SHAHR, among, bare_ordinals, counts_a_period, day_of,
    first_words, general_adjective, habitual,
    dual_relations, heads,
    is_ambiguous_month, is_annual, month_pair, ordinals, pair_warning, qualifiers, relation_of, relations, shared_words,
    span, starts_here, starts_with, unpaired, year_of, year_tail, year_words_pattern, YEAR_END,
)
from generator.text.name_guard import load_guard
from generator.text.orthography import DASH_CLASS, PROCLITICS, TATWEEL, fold, name_key, proclitic_pattern


def _no_day(day: int) -> str | None:
    return None if 1 <= day <= 31 else f"there is no day {day} in a month"


# --- 21 أكتوبر 2022, 29 تشرين الثاني/نوفمبر, الثالث من مايو, الـ 9 من أيار, أول نوفمبر ---
# (A weekday before it, "الأحد 21 أكتوبر", is found by the weekday rule and joined in ranges.py.)

def _day_month_pattern() -> str:
    first = first_words(section("shared")["ordinals"], section("shared")["first_day_words"], list(bare_ordinals()))
    return (
        starts_with(first)
        + GLUED_OR_WORD_START
        + proclitic_pattern("cl")
        + rf"(?:(?:ال\s?)?(?P<day>\d{{1,2}})(?!\d)\.?\s*(?:/\s*|-\s*|من\s+)?|(?P<ord>{ordinals().pattern})\s+من\s+"
        + rf"|(?P<bord>{alternation(bare_ordinals())})\s+(?!من)"  # "تاسع شتنبر": the month right after
        + rf"|(?P<first>{alternation(section('shared')['first_day_words'])})\s+(?:من\s+)?)"
        + rf"(?:{SHAHR}\s+)?"
        + month_pair()
        + year_tail()
    )


def _scan_day_month(m: re.Match, ctx: Context) -> Part | None:
    start, end = span(m)
    if unpaired(m) or counts_a_period(m, ctx):
        return None
    year = year_of(m, ctx)
    if year is not None and not gregorian.year_in_range(year):
        return None
    if year is not None and m.group("rel") is None and among(ctx.word_before(m.start()),
                                                            shared_words("day_name_prefixes")):
        return None  # "ثورة 25 يناير 2011", "مسار 25 جويلية 2021": an event named by its day, with its year
    if year is None and ((m.group("rel") is None and among(ctx.word_before(m.start()), shared_words("name_prefixes")))
                         or is_annual(m, ctx) or _quoted(start, end, ctx)
                         or (m.group("rel") is None and habitual(start, ctx))):
        # "ثورة 25 يناير", "ملعب “5 جويلية”": names; "الثاني من ديسمبر كل عام": every year. With
        # الماضي or المقبل the day is counted from publication, a date ("اتفاق 4 ماي الماضي").
        return None
    if year is None and m.group("rel") is None and _an_outlet_credit(m, start, end, ctx):
        return None  # "ذمار / 14 أكتوبر :وصل": a daily named by its day, as a credit
    if m.group("first") and year is None and m.group("rel") is None and not among(
            ctx.word_before(m.start()), shared_words("first_day_after")):
        return None  # "بيان الفاتح نوفمبر": a name
    day = day_of(m)
    return Part(start, end, "explicit", "day", year, gregorian.months().value(m.group("m1")), day, relation_of(m),
                problem=_no_day(day), warning=pair_warning(m, ctx),
                same_year=bool(m.group("same")), priority=1)


def _quoted(start: int, end: int, ctx: Context) -> bool:
    return ctx.char_before(start) in section("shared")["quotes_open"] and ctx.char_after(end) in section(
        "shared")["quotes_close"]


@lru_cache(maxsize=None)
def _outlets_named_by_a_day() -> frozenset[tuple[int, int]]:
    """(month, day) of the outlets named by a day and month ("14 أكتوبر", a Yemeni daily)."""
    named = set()
    for name in section("shared")["outlets_named_by_a_day"]:
        day, month = name.split(None, 1)
        named.add((gregorian.months().value(fold(month)), int(day)))
    return frozenset(named)


# A credit's place: first on its line or after a slash, a dash or a bar; then a colon, a dash, a
# bar or the line's end.
_CREDIT_BEFORE = re.compile(rf"(?:\A|\n|[/{DASH_CLASS}|])[^\S\n]*\Z")
_CREDIT_AFTER = re.compile(rf"[^\S\n]*(?:[:{DASH_CLASS}|]|\n|\Z)")


def _an_outlet_credit(m: re.Match, start: int, end: int, ctx: Context) -> bool:
    """Is the day and month of `m` (folded [start, end)) an outlet named by it, standing as a credit?"""
    if m.group("day") is None or (gregorian.months().value(m.group("m1")), int(m.group("day"))) not in _outlets_named_by_a_day():
        return False
    return bool(_CREDIT_BEFORE.search(ctx.f, max(0, start - 10), start) and _CREDIT_AFTER.match(ctx.f, end))


DAY_MONTH = Rule("day_month", _day_month_pattern, _scan_day_month)


# --- مايو/ أيار, نوفمبر 2011م, مارس 2023, مايو الماضي, أواخر يناير, شهر مايو, سبتمبر 17 2024 ---

def _month_pattern() -> str:
    first = heads(*gregorian.months().names(), list(qualifiers().values), ["شهر"])
    return (
        starts_here(first)
        + CLITIC
        + rf"(?:(?P<qual>{qualifiers().pattern})\s+(?:{SHAHR}\s+)?|(?P<shahr>{SHAHR})\s+)?"
        + month_pair()
        # "سبتمبر 17، 2024": the month first, as English datelines put it
        + year_tail(other=rf"\s+(?P<mday>\d{{1,2}})(?!\d)\s*,?\s*(?P<myear>\d{{4}}){YEAR_END}")
    )


def _scan_month(m: re.Match, ctx: Context) -> Part | None:
    start, end = span(m)
    if unpaired(m):
        return None
    if m.group("mday"):
        year, day = int(m.group("myear")), int(m.group("mday"))
        if not gregorian.year_in_range(year, bare=True):
            return None
        return Part(start, end, "explicit", "day", year, gregorian.months().value(m.group("m1")), day,
                    problem=_no_day(day), warning=pair_warning(m, ctx), priority=1)
    year = year_of(m, ctx)
    if year is not None and not gregorian.year_in_range(year):
        return None
    if (not m.group("qual") and _after_a_day().search(ctx.f, max(0, start - 40), start)) or (
            year is None and is_annual(m, ctx)):
        # (with a qualifier before the month the ordinal before is another word's: "المهرجان الأول منتصف يوليو")
        return None  # the month of "لثورة السابع عشر من فبراير", a name the day-month rule turned down
    if not (m.group("qual") or m.group("shahr")) and among(ctx.word_before(start - len(m.group("cl"))),
                                                           shared_words("month_name_prefixes")):
        return None  # "حرب أكتوبر 1973", "ثورة يوليو 1952": a war or a revolution known by its month
    if year is None and not m.group("rel") and habitual(start, ctx):
        return None  # "اعتادت ... قبل نهاية شهر أغسطس": a habit
    if year is None and not m.group("rel") and m.group("shahr") and m.group("cl").endswith("ل") and _session_before().search(
            ctx.f, max(0, m.start() - 40), m.start()):
        return None  # "الدورة العادية لشهر ماي": a council's session named by its month ("الدورة شهر غشت" is when)
    paired = bool(m.group("m2") or m.group("m3") or m.group("m4"))
    weak = False
    if not (year or m.group("rel") or m.group("qual") or m.group("shahr") or paired):
        # A month name alone: only after a word that calls for a time ("منذ يناير").
        before = ctx.word_before(start - len(m.group("cl")))
        cues = "ambiguous_month_alone_after" if is_ambiguous_month(m.group("m1")) else "month_alone_after"
        weak = not among(before, shared_words(cues))
    return Part(start, end, "explicit", "month", year, gregorian.months().value(m.group("m1")), None, relation_of(m),
                weak=weak, warning=pair_warning(m, ctx), same_year=bool(m.group("same")), priority=1)


MONTH = Rule("month", _month_pattern, _scan_month)


@lru_cache(maxsize=None)
def _session_before() -> re.Pattern:
    shared = section("shared")
    return re.compile(rf"(?<!\w){alternation(shared['session_words'])}(?:\s+{alternation(shared['session_adjectives'])})?\s+\Z")


@lru_cache(maxsize=None)
def _after_a_day() -> re.Pattern:
    return re.compile(rf"(?:(?<!\w)\d{{1,2}}|{ordinals().pattern})\s+(?:من\s+)?(?:{SHAHR}\s+)?\Z")


# --- عام 1962, العام 2020, سنة 1948, مطلع عام 2020, عام 1443 هـ ---------------------------

def _year_pattern() -> str:
    return (
        starts_with(first_words(list(section("shared")["qualifiers"]), section("shared")["year_words"],
                                ["ال" + w for w in section("shared")["year_words"]]), digits=False)
        + CLITIC
        + rf"(?:(?P<qual>{qualifiers().pattern})\s+)?(?P<kw>{year_words_pattern()})"
        + rf"(?:\s+(?:(?P<hword>{alternation(section('hijri')['year_adjectives'])})"
        + rf"|(?P<gword>{alternation(section('shared')['year_adjectives'])})))?\s*(?P<year>\d{{4}})(?!\d)"
        # "العام الدراسي 2024-2025", "السنة المالية 2025/2026": a year of two, no one year
        + rf"(?(gword)(?!\s*[/{DASH_CLASS}]\s*\d{{2}}))"
        + rf"(?:\s*(?:(?P<gmark>{gregorian.year_mark_pattern()})|(?P<hmark>{hijri.year_mark_pattern()}))(?!\w))?"
    )


def _scan_year(m: re.Match, ctx: Context) -> Part | None:
    start, end = span(m)
    year = int(m.group("year"))
    if m.group("hmark") or m.group("hword") or (not m.group("gmark") and _near_the_hijri_year(year, ctx)):
        # "موسم حج عام 1445": without its mark, a year this close to the Hijri year of
        # publication is that Hijri year (news of our time never names the 15th century)
        try:
            first, last = hijri.year_span(year)
        except hijri.NotAHijriDate as exc:
            return Part(start, end, "hijri", "day", problem=str(exc))
        return Part(start, end, "hijri", "day", value=first.isoformat(), end_value=last.isoformat(), priority=1)
    if not gregorian.year_in_range(year):
        return None
    if not m.group("qual") and not m.group("cl") and _counted(ctx.word_before(m.start())):
        return None  # "كأس آسيا تحت 17 سنة 2026": سنة is what 17 counts (years of age), not the year's word
    if not m.group("qual") and _after_a_weather_season(ctx, m.start()):
        return None  # "في ربيع عام 2011": a season and its year are no date
    if m.group("kw").startswith("ال") and not m.group("qual") and general_adjective(m.start(), ctx):
        # "للصالح العام 1989", "الأمين العام": العام is the adjective "public", "general"; after
        # another definite noun it is the year ("حتى تم الفراق العام 2006")
        return None
    return _year_part(start, end, year, m.group("qual"))


def _counted(word: str | None) -> bool:
    """Is `word` a number written in digits, so that the noun after it is what it counts?"""
    return word is not None and word.isdigit()


def _near_the_hijri_year(year: int, ctx: Context) -> bool:
    try:
        return abs(year - hijri.of(ctx.published).year) <= _HIJRI_YEAR_SLACK
    except (ValueError, OverflowError):  # a publication date outside the Hijri tables
        return False


_HIJRI_YEAR_SLACK = 2


def _year_part(start: int, end: int, year: int, qualifier: str | None) -> Part:
    """A year, or the month a qualifier makes of it ("مطلع 2023" is January 2023)."""
    month = qualifiers().value(qualifier) if qualifier else None
    if month is not None:
        return Part(start, end, "explicit", "month", year, month, priority=1)
    return Part(start, end, "explicit", "year", year, priority=1)


YEAR = Rule("year", _year_pattern, _scan_year)


# --- 2011م, مطلع 2023 ----------------------------------------------------------------------

def _marked_year_pattern() -> str:
    mark = gregorian.year_mark_pattern()
    return (
        starts_with(list(section("shared")["qualifiers"]))
        + CLITIC
        + rf"(?:(?P<qual>{qualifiers().pattern})\s+(?P<y1>\d{{4}})(?!\d)(?:\s*{mark}(?!\w))?"
        + rf"|(?P<y2>\d{{4}})\s*{mark}(?!\w)|(?P<hy>\d{{4}})\s*{hijri.year_mark_pattern()}(?!\w))"
    )


def _scan_marked_year(m: re.Match, ctx: Context) -> Part | None:
    start, end = span(m)
    if m.group("hy"):  # "1445هـ": the Gregorian days of that Hijri year
        try:
            first, last = hijri.year_span(int(m.group("hy")))
        except hijri.NotAHijriDate:
            return None  # a number followed by the letter ه
        return Part(start, end, "hijri", "day", value=first.isoformat(), end_value=last.isoformat())
    year = int(m.group("y1") or m.group("y2"))
    if not gregorian.year_in_range(year, bare=True):
        return None
    if m.group("y2") and _in_a_competition_name(ctx, start):
        return None  # "نهائيات كأس آسيا للناشئين 2026م": the year of a competition's name, its mark too
    return _year_part(start, end, year, m.group("qual") if m.group("y1") else None)


def _in_a_competition_name(ctx: Context, pos: int) -> bool:
    """Does a competition's head noun ("كأس آسيا للناشئين", "بطولة الخليج") stand at most three
    words before folded `pos`, with no word that calls for a time right before the year?"""
    if among(ctx.word_before(pos), _year_alone_words()[0]):
        return False  # "كأس العالم في 2026م": when it is held
    heads = shared_words("competition_heads")
    for _ in range(3):
        before = _WORD_BEFORE.search(ctx.f, max(0, pos - 40), pos)
        if before is None:
            return False
        if among(before.group(1), heads):
            return True
        pos = before.start(1)
    return False


MARKED_YEAR = Rule("marked_year", _marked_year_pattern, _scan_marked_year)


# --- في 2019, منذ 2011, بحلول 2030: a year alone after a word that calls for a time -------

@lru_cache(maxsize=None)
def _year_alone_words() -> tuple[frozenset[str], frozenset[str]]:
    data = section("year_alone")
    return words(data["after"]), words(data["not_before"])


@lru_cache(maxsize=None)
def _weather_seasons() -> frozenset[str]:
    return words(section("year_alone")["weather_seasons"])


def _after_a_weather_season(ctx: Context, pos: int) -> bool:
    """Does a season of the weather stand right before folded `pos` ("صيف 2023", "في ربيع عام 2011")?"""
    return among(ctx.word_before(pos), _weather_seasons())


@lru_cache(maxsize=None)
def _part_of_a_year() -> re.Pattern:
    """Before "من 2023": a part of that year ("الأشهر التسعة الأولى من", "الربع الثالث من",
    "الفترة نفسها من"): its period noun, at most two words before من; without من, the noun and
    its ordinal right before the year ("تاسي ينهي الربع الثاني 2025", market reports)."""
    nouns = alternation(section("year_alone")["part_of_year"])
    return re.compile(rf"(?<!\w)[{PROCLITICS}]?{nouns}(?:(?:\s+\w+){{0,2}}\s+من|\s+{ordinals().pattern})\s*\Z")


def _scan_year_alone(m: re.Match, ctx: Context) -> Part | None:
    year = int(m.group("year"))
    if not gregorian.year_in_range(year, bare=True) or year > ctx.published.year + 50:
        return None
    after, not_before = _year_alone_words()
    start = m.start("year")
    listed_with_and = m.group("and") or m.group("glued_and")
    alone = None if listed_with_and else _AND_BEFORE.search(ctx.f, max(0, start - 4), start)
    glued = None if listed_with_and else _glued_year_word().search(ctx.f, max(0, start - 12), start)
    if glued:  # "للعام 2021والعام 2022": the year word glued to the year before, where YEAR cannot start
        start = glued.start("word")
    elif listed_with_and or alone:  # "خلال 2022 و2023", "عام 2019 و2020 و2021", "2019 و 2020": listed after others
        and_at = alone.start() if alone else m.start()
        first = _first_of_listed(ctx, and_at)
        if first is None:
            return None
        previous = _YEAR_BEFORE.search(ctx.f, max(0, and_at - 12), and_at)
        before = ctx.word_before(first)
        # "للأعوام 2023 و2024": the second of exactly two years after a plural word (YEARS reads the first)
        second_of_two = (_without_article(before or "") in _plural_year_words() and previous.start() == first
                         and not _LISTED_AFTER.match(ctx.f, m.end()))
        if not (among(before, after | _year_words()) or second_of_two):
            return None
        if int(previous.group().strip(" ,")) >= year or _count_noun(ctx.word_after(m.end())):
            return None  # "عام 2019 و2000 زائر"، "عام 2022 و2050 متطوعا": a number after a year
    elif not (among(ctx.word_before(start), after) or _part_of_a_year().search(ctx.f, max(0, start - 60), start)):
        return None
    if ctx.word_after(m.end()) in not_before:
        return None  # "في 2000 موقع": a number of sites
    return Part(start, m.end(), "explicit", "year", year)


def _count_noun(word: str | None) -> bool:
    """An indefinite noun in the accusative (متطوعا، زائرا) after a number counts what it names."""
    return bool(word) and len(word) >= 4 and word.endswith("ا") and name_key(word) not in load_guard().function_words


@lru_cache(maxsize=None)
def _year_words() -> frozenset[str]:
    """"عام", "العام", "سنة": the singular year words, with and without the article."""
    names = section("shared")["year_words"]
    return words(names + ["ال" + n for n in names])


def _first_of_listed(ctx: Context, pos: int) -> int | None:
    """Where the first year of a list joined by و starts, when folded `pos` is where the و of a
    later one stands ("2019 و2020 و2021"). None when no year stands before the و."""
    first = None
    while (before := _YEAR_BEFORE.search(ctx.f, max(0, pos - 12), pos)) is not None:
        first = pos = before.start()
        if not ctx.f.startswith("و", pos - 1):
            break
        pos -= 1
    return first


@lru_cache(maxsize=None)
def _glued_year_word() -> re.Pattern:
    return re.compile(rf"(?<=\d)و(?P<word>{year_words_pattern()})\s*\Z")


_YEAR_BEFORE = re.compile(r"(?<!\d)\d{4}\s*,?\s*\Z")
_LISTED_AFTER = re.compile(r"\s*,?\s*و\s*\d{4}")
_AND_BEFORE = re.compile(r"(?<!\w)و\s+\Z")
YEAR_ALONE = Rule(
    "year_alone",
    # "للعام 2023و2024": the و of a listed year may be glued to the year before it
    lambda: r"(?=و?\d)(?:(?<=\d)(?P<glued_and>و)|(?<![\w/\\.\-:])(?P<and>و)?)(?P<year>\d{4})(?![\w/\\\-%]|[.:]\d)",
    _scan_year_alone,
)


# --- بين عامي 2011 و2014, للأعوام 2023 و2024, للعام 2023والعام 2024 ---------------------------

def _years_pattern() -> str:
    year_word = year_words_pattern()
    first = _years_words() + section("ranges")["openers"] + section("shared")["year_words"]
    return (starts_with(first + ["ال" + w for w in section("shared")["year_words"]], digits=False) + CLITIC
            # "عامي 2011 و2014" with any connector (from ... to ... is a range of two years:
            # ranges.py); after a singular year word each year is a date ("عام 2019 و2020": YEAR
            # and YEAR_ALONE)
            # "للسنوات المالية (2023 ، 2024 ، 2025)": a list after a plural year word, commas too
            + rf"(?:(?P<kw>{alternation(_years_words())})(?:\s+{alternation(section('shared')['year_adjectives'])})?"
            + rf"\s*\(?\s*(?P<y1>\d{{4}})(?P<ymid>(?:\s*(?:,|و)\s*\d{{4}})*)\s*(?:{ranges.connector_pattern()}|,)"
            # "بين 2020 و2024", "بين عام 2019 و2020", "من 2015 إلى 2020": two years after an opener
            + rf"|(?P<op>{alternation(section('ranges')['openers'])})\s+(?:{year_word}\s*)?(?P<y1c>\d{{4}})\s*(?P<conn>{ranges.connector_pattern()}))"
            + rf"\s*(?:{year_word}\s*)?(?P<y2>\d{{4}})(?!\d)(?(op)(?![\w/\\\-%]|[.:]\d))")


def _scan_years(m: re.Match, ctx: Context) -> Part | None:
    start, end = span(m)
    first, last = int(m.group("y1") or m.group("y1c")), int(m.group("y2"))
    if not (gregorian.year_in_range(first) and gregorian.year_in_range(last) and first < last):
        return None
    listed = [first, *map(int, re.findall(r"\d{4}", m.group("ymid") or "")), last]
    if len(listed) > 2 and any(b != a + 1 for a, b in zip(listed, listed[1:])):
        return None  # years of a list that leaves some out: no one span
    if m.group("op") and not _bare_years_span(m, ctx, first, last):
        return None
    if (len(listed) == 2 and m.group("kw") and _without_article(m.group("kw")) in _plural_year_words()
            and not among(ctx.word_before(start), words(section("ranges")["openers"]))):  # "بين الأعوام 2019 و2020": a span
        # "للأعوام 2023 و2024": two years after a plural word are each a date; this is the first,
        # YEAR_ALONE reads the one listed after it
        return Part(start, ctx.f.index(m.group("y1"), m.start("y1")) + 4, "explicit", "year", first, priority=1)
    return Part(start, end, "explicit", "year", value=str(first), end_value=str(last), priority=1)


@lru_cache(maxsize=None)
def _year_words_of(kind: str) -> frozenset[str]:
    """The dual or plural year words of dates.yml `years` (`kind`: dual_words, plural_words), as
    `_without_article` leaves them."""
    return frozenset(map(_without_article, words(section("years")[kind])))


def _plural_year_words() -> frozenset[str]:
    return _year_words_of("plural_words")


def _without_article(word: str) -> str:
    """"الاعوام", "للاعوام", and "لاعوام" as the pattern reads "للأعوام" after its ل: "اعوام"."""
    return word[2:] if word.startswith(("ال", "لل")) else word[1:] if word.startswith("ل") else word


def _years_words() -> list[str]:
    return section("years")["dual_words"] + section("years")["plural_words"]


def _bare_years_span(m: re.Match, ctx: Context, first: int, last: int) -> bool:
    """"بين 2020 و2024", "من 2015 إلى 2020": years of our time, not a count, و only after بين."""
    if (m.group("conn") == "و") == (m.group("op") == "من"):
        return False  # "من 2015 و2016" joins nothing; "بين 2020 إلى 2024" is no Arabic
    return (gregorian.year_in_range(first, bare=True) and last <= ctx.published.year + 50
            and last - first <= _LONGEST_YEAR_SPAN and ctx.word_after(m.end()) not in _year_alone_words()[1])


YEARS = Rule("years", _years_pattern, _scan_years)



# --- 1918-1946, (1521-1566م), 2018 – 2022: two years joined by a dash ------------------------
# Titles and brackets of history pieces and terms of office ("سليمان القانوني(1521-1566م)",
# "بدورته 2018 – 2022", "لموسم 2021-2022"). Not a count ("1500-2000 دولار"), not a competition's
# season in its name ("دوري نجوم دوحة البنك 2025-2026"), and not Hijri years ("1440-1441هـ").

def _year_span_pattern() -> str:
    # the dash may be a run of tatweel ("(1983 ــ 2023)"), which folding drops: no separator then
    return (rf"(?<![\w/\\.\-:])(?P<y1>\d{{4}})[^\S\n]*(?:(?P<sep>[{DASH_CLASS}/])[^\S\n]*)?(?P<y2>\d{{4}}|(?(sep)\d{{2}}|(?!)))"
            rf"(?:[^\S\n]*(?P<mark>{gregorian.year_mark_pattern()})(?!\w)|(?![\w/\\\-%]|[.:]\d))")


def _season_years(m: re.Match, ctx: Context) -> tuple[int, int] | None:
    """"لموسم 2025/26", "العام الدراسي 2025/2026": after a season word a slash or a two-digit
    second year writes the same season as a dash does, when the second year follows the first;
    a slash may also put the later year first, as right-to-left lines often do ("العام الدراسي
    2018/2017")."""
    first, second = int(m.group("y1")), m.group("y2")
    last = first - first % 100 + int(second) if len(second) == 2 else int(second)
    if m.group("sep") == "/" and len(second) == 4 and last == first - 1:
        first, last = last, first
    if last != first + 1 or not _after_a_season_word(ctx, m.start()):
        return None
    return first, last


def _after_a_season_word(ctx: Context, pos: int) -> bool:
    """Does a season word stand before folded `pos`, or one followed by its definite adjectives
    ("العام الدراسي 2024-2025", "العام الدراسي الجديد 2024 - 2025", "الموسم الرياضي المقبل 2025-2026")?"""
    season = words(section("year_span")["season_after"])
    for _ in range(_SEASON_ADJECTIVES + 1):
        before = _WORD_BEFORE.search(ctx.f, max(0, pos - 40), pos)
        if before is None:
            return False
        if among(before.group(1), season):
            return True
        if not before.group(1).startswith("ال"):
            return False
        pos = before.start(1)
    return False


_SEASON_ADJECTIVES = 2
_WORD_BEFORE = re.compile(r"(\w+)\s*\Z")


def _scan_year_span(m: re.Match, ctx: Context) -> Part | None:
    if m.group("sep") is None and not _tatweel_dash(ctx.original(m.start("y1"), m.end("y2"))[4:-4]):
        return None  # "2020 2021", "20202021": numbers side by side, no span
    if m.group("sep") == "/" or len(m.group("y2")) == 2:
        season = _season_years(m, ctx)
        return None if season is None else Part(m.start(), m.end(), "explicit", "year", value=str(season[0]),
                                                end_value=str(season[1]), priority=1)
    first, last = int(m.group("y1")), int(m.group("y2"))
    # years of past centuries only with the mark م or in brackets, as history writes them
    bare = not (m.group("mark") or (ctx.char_before(m.start()) == "(" and ctx.char_after(m.end()) == ")"))
    if not (gregorian.year_in_range(first, bare=bare) and gregorian.year_in_range(last, bare=bare)
            and first < last <= ctx.published.year + 50 and last - first <= _LONGEST_YEAR_SPAN):
        return None
    if ctx.word_after(m.end()) in _year_alone_words()[1]:
        return None  # "1500-2000 دولار": a count
    if bare and last == first + 1 and not (_after_a_season_word(ctx, m.start())
                                           or _after_a_dual_year_word(ctx, m.start())):
        return None  # "دوري نجوم دوحة البنك 2025-2026": a season in a competition's name
    return Part(m.start(), m.end(), "explicit", "year", value=str(first), end_value=str(last), priority=1)


def _after_a_dual_year_word(ctx: Context, pos: int) -> bool:
    """"للسنتين 2021-2022", "عامي 2019-2020": the two years a dual word announces."""
    before = ctx.word_before(pos)
    return before is not None and _without_article(before) in _year_words_of("dual_words")


def _tatweel_dash(between: str) -> bool:
    """Is the text between two years a dash drawn with tatweel ("1983 ــ 2023")?"""
    return TATWEEL in between and not between.strip(TATWEEL + " \t")


_LONGEST_YEAR_SPAN = 200  # a reign, a war, a mandate; wider spans of four-digit numbers are counts
YEAR_SPAN = Rule("year_span", _year_span_pattern, _scan_year_span,
                 gate=lambda: rf"\d{{4}}(?:\s*[{DASH_CLASS}/]\s*\d\d|\s*\d{{4}})")

# --- في العام نفسه, من نفس السنة: the year written before ---------------------------------------

def _same_year_pattern() -> str:
    # the words of "9 أفريل من العام نفسه" without their من, which may or may not be written
    names = [name.split(None, 1)[1] for name in section("shared")["same_year"]]
    return (starts_with(first_words(names), digits=False) + CLITIC
            + rf"{alternation(names)}(?!\w)(?!\s+ال)")  # "نفس العام الدراسي" is another year


def _scan_same_year(m: re.Match, ctx: Context) -> Part | None:
    start, end = span(m)
    return Part(start, end, "explicit", "year", same_year=True)  # its year: the package's _analyse


SAME_YEAR = Rule("same_year", _same_year_pattern, _scan_same_year)


# --- في مثل هذا اليوم عام 1980, في اليوم ذاته عام 1987: a day and month of another year ----------

def _anniversary_pattern() -> str:
    data = section("anniversary")
    return (
        starts_with(first_words(data["this_day"], data["same_day"]), digits=False)
        + CLITIC
        + rf"(?:(?P<this>{alternation(data['this_day'])})|(?P<same>{alternation(data['same_day'])}))"
        # "في مثل هذا اليوم من عام 1962", "في هذا اليوم أيضا عام 2005", "في مثل هذا اليوم 2017"
        # (on one line: a heading "حدث في مثل هذا اليوم" does not take the year that opens the next line)
        + rf"[^\S\n]*,?(?:[^\S\n]+{alternation(section('anniversary')['also'])})?[^\S\n]*,?[^\S\n]+(?:من\s+)?(?:{year_words_pattern()}\s*)?"
        + r"(?P<year>\d{4})(?!\d)"
    )


def _scan_anniversary(m: re.Match, ctx: Context) -> Part | None:
    start, end = span(m)
    year = int(m.group("year"))
    if not gregorian.year_in_range(year):
        return None
    if m.group("same"):  # the day and month of the date before, settled in the package's _analyse
        return Part(start, end, "explicit", "day", year, same_day=True, priority=1)
    p = ctx.published
    if (p.month, p.day) == (2, 29) and not calendar.isleap(year):
        return None
    return Part(start, end, "explicit", "day", year, p.month, p.day, priority=1)


ANNIVERSARY = Rule("anniversary", _anniversary_pattern, _scan_anniversary)


# --- "1138 – وقوع زلزال حلب": a year that opens a line of a list, before a dash ---------------
# Almanacs ("حدث في مثل هذا اليوم"), timelines and biographies list events one a line, each
# after its year and a dash, or a colon ("1948: النكبة"). A count opens no line that way ("300 - 400
# دولار" has a number after its dash, "2300 مركز" no dash); a year to come is a plan, not a list of
# what happened. Before a colon, where a line may also open with a count ("1500: عدد المشاركين"),
# only a year of the bare years' range.

def _listed_year_pattern() -> str:
    return (rf"(?m)^[^\S\n]*(?P<year>\d{{4}})(?P<mark>[^\S\n]*{gregorian.year_mark_pattern()})?[^\S\n]*"
            rf"(?:[{DASH_CLASS}]|(?P<colon>:))(?=[^\S\n]*[^\W\d_])")


def _scan_listed_year(m: re.Match, ctx: Context) -> Part | None:
    year = int(m.group("year"))
    if not gregorian.year_in_range(year, bare=bool(m.group("colon"))) or year > ctx.published.year:
        return None
    return Part(m.start("year"), m.end("mark") if m.group("mark") else m.end("year"), "explicit", "year", year)


LISTED_YEAR = Rule("listed_year", _listed_year_pattern, _scan_listed_year)


# --- الشهر المقابل من 2025, لنفس الشهر من عام 2023: the month named before, in another year ----

def _month_in_year_pattern() -> str:
    phrases = section("month_in_year")
    return (starts_with(first_words(phrases), digits=False) + CLITIC
            + rf"{alternation(phrases)}\s+(?:من|في)\s+(?:{year_words_pattern()}\s*)?(?P<year>\d{{4}})(?!\d)")


def _scan_month_in_year(m: re.Match, ctx: Context) -> Part | None:
    start, end = span(m)
    year = int(m.group("year"))
    if not gregorian.year_in_range(year, bare=True):
        return None
    return Part(start, end, "explicit", "month", year, month_before=True, priority=1)


MONTH_IN_YEAR = Rule("month_in_year", _month_in_year_pattern, _scan_month_in_year,
                     gate=lambda: "الشهر")  # every phrase of month_in_year holds it


# --- الشهر الرابع من العام الجاري, الشهر الأول من عام 2023: a month by its ordinal in a year ----

def _ordinal_month_pattern() -> str:
    units = section("periods")["units"]  # الشهر; العام, السنة: the words of months and years counted from publication
    new_year = section("ordinal_month")["new_year_words"]
    return (starts_with(first_words(units["month"]), digits=False) + CLITIC
            + rf"{alternation(units['month'])}\s+(?P<ord>{ordinals().pattern})\s+من\s+"
            + rf"(?:(?:{year_words_pattern()}\s*)?(?P<year>\d{{4}})(?!\d)"
            + rf"|{alternation(units['year'])}\s+(?:(?P<rel>{relations().pattern})|(?P<new>{alternation(new_year)}))(?!\w))")


def _scan_ordinal_month(m: re.Match, ctx: Context) -> Part | None:
    month = ordinals().value(m.group("ord"))
    if not 1 <= month <= 12:
        return None
    start, end = span(m)
    p = ctx.published
    if m.group("year"):
        year = int(m.group("year"))
        if not gregorian.year_in_range(year, bare=True):
            return None
    elif m.group("new"):
        year = p.year + (1 if p.month == 12 else 0)
    else:
        year = p.year + relation_of(m)
    return Part(start, end, "explicit", "month", year, month, value=f"{year:04d}-{month:02d}", priority=1)


ORDINAL_MONTH = Rule("ordinal_month", _ordinal_month_pattern, _scan_ordinal_month, gate=lambda: "الشهر")


# --- الشهر السابق, للشهر الذي سبقه من نفس العام, العام السابق: the one before the one reported ---

def _before_written_pattern() -> str:
    units = section("periods")["units"]
    unit_words = units["month"] + units["year"] + section("before_written_day")
    return (starts_with(unit_words, digits=False) + CLITIC
            + rf"(?P<unit>{alternation(unit_words)})\s+{alternation(section('before_written'))}(?!\w)"
            + rf"(?:\s+{alternation(section('shared')['same_year'])}(?!\w))?")


def _scan_before_written(m: re.Match, ctx: Context) -> Part | None:
    start, end = span(m)
    p = ctx.published
    if general_adjective(start, ctx):
        return None  # "المدير العام السابق": the former director-general
    if m.group("unit").endswith("يوم"):  # the folded text; "لليوم" keeps one ل of its own
        if m.group("cl").endswith("ل") or (ctx.word_after(end) or "").startswith("ل"):
            # "درجات الحرارة مقاربة لليوم السابق" (each forecast day's eve), "اليوم السابق للمباراة":
            # the day before another day, which the text does not date
            return None
        # With no day written before it, only a comparison ("مقارنة مع اليوم السابق") is the day
        # before publication's (a report's session); in a narrative ("وفي عام 1948 ... في اليوم
        # السابق") it has no date (value None: dropped unless a day is written before it).
        compared = _after_comparison(start - len(m.group("cl")), ctx)
        return Part(start, end, "relative", "day", value=(p - dt.timedelta(days=1)).isoformat() if compared else None,
                    before_written=True, priority=1)
    if m.group("unit").endswith("شهر"):  # the folded text
        year, month = gregorian.add_months(p.year, p.month, -1)
        return Part(start, end, "relative", "month", value=f"{year:04d}-{month:02d}", before_written=True, priority=1)
    return Part(start, end, "relative", "year", value=f"{p.year - 1:04d}", before_written=True, priority=1)


def _after_comparison(pos: int, ctx: Context) -> bool:
    """Does a comparison word ("مقارنة", "مقابل") stand before folded `pos`, alone or with its
    preposition ("مقارنة مع", "بالمقارنة مع")?"""
    data = section("before_written_day_compared")
    before = ctx.word_before(pos)
    if before in words(data["links"]):
        before = ctx.word_before(ctx.f.rindex(before, 0, pos))
    return among(before, words(data["words"]))


BEFORE_WRITTEN = Rule("before_written", _before_written_pattern, _scan_before_written,
                      gate=lambda: "(?:شهر|عام|سنه|يوم)\\s+(?:ال|ل)")


# --- شهري كانون الثاني وشباط من 2026, خلال شهري يوليو وأغسطس الماضيين: two months as one span ---

def _two_months_pattern() -> str:
    p = gregorian.months().pattern
    month = rf"{p}{LETTER_END}(?:\s*/\s*{p}{LETTER_END})?"  # "تموز/يوليو"
    dual = alternation(dual_relations())
    return (starts_here(heads(["شهري", "اشهر"], *gregorian.months().names())) + CLITIC
            # "أشهر أفريل وماي وجوان 2019": more months listed between the first and the last
            + rf"(?:(?P<shahr>(?:ال)?(?:شهري(?:ن)?|اشهر))\s+)?(?P<a>{month})(?P<mid>(?:\s*(?:,|و)\s*{month})*)\s*و\s*(?P<b>{month})"
            + rf"(?:\s*,?\s*(?:من\s+)?(?:{year_words_pattern()}\s*)?(?P<year>\d{{4}})(?!\d)"
            + rf"|\s+(?P<dual>{dual})(?!\w)|\s+(?P<rel>{relations().pattern})(?!\w))?")


def _scan_two_months(m: re.Match, ctx: Context) -> Part | None:
    start, end = span(m)
    months = gregorian.months()
    listed = [months.value(re.match(months.pattern, m.group("a")).group(0))]
    listed += [months.value(name) for name in re.findall(months.pattern, m.group("mid") or "")]
    listed.append(months.value(re.match(months.pattern, m.group("b")).group(0)))
    listed = [v for i, v in enumerate(listed) if i == 0 or v != listed[i - 1]]  # "تموز/يوليو": one month
    first, last = listed[0], listed[-1]
    year = int(m.group("year")) if m.group("year") else None
    if year is not None and not gregorian.year_in_range(year):
        return None
    consecutive = all(b == a % 12 + 1 for a, b in zip(listed, listed[1:]))
    if first == last or (len(listed) > 2 and not consecutive):
        return None  # months of a list, each its own (a pair's other name is no month of the list)
    named = _named_in_brackets(m, ctx)
    if named is not None:  # "خلال الشهرين المنقضيين (اوت وسبتمبر)": the two months the dual before names
        until = Part(start, end, "explicit", "month", year, last, relation=named)
        return Part(start, end, "explicit", "month", year, first, relation=named, until=until, priority=1)
    if not (m.group("shahr") or m.group("dual") or (year and consecutive)):
        if year is None or last < first:
            return None
        # "في مارس ويونيو 2022": two months of a list; the first takes the year written after the second
        return Part(start, m.end("a"), "explicit", "month", year, first, priority=2)
    relation = relations().value(m.group("dual")) if m.group("dual") else relation_of(m)
    first_year = year - 1 if year is not None and last < first else year  # "شهري ديسمبر ويناير 2024"
    until = Part(start, end, "explicit", "month", year, last, relation=relation)
    return Part(start, end, "explicit", "month", first_year, first, relation=relation, until=until, priority=1)


def _named_in_brackets(m: re.Match, ctx: Context) -> int | None:
    """Is the pair the two months that "الشهرين" and its dual relation just before name, in
    brackets ("خلال الشهرين المنقضيين (اوت وسبتمبر)")? Their relation (-1, 1) if so."""
    if m.group("shahr") or m.group("dual") or m.group("year") or ctx.char_after(m.end()) != ")":
        return None
    before = _dual_months_before().search(ctx.f, max(0, m.start() - 40), m.start())
    return None if before is None else relations().value(before.group("rel"))


@lru_cache(maxsize=None)
def _dual_months_before() -> re.Pattern:
    return re.compile(rf"(?<!\w)[{PROCLITICS}]?(?:ال)?شهرين\s+(?P<rel>{alternation(dual_relations())})\s*\(\s*\Z")


# Two month names joined by و somewhere, or شهري: most texts have neither, and pass at one search.
TWO_MONTHS = Rule("two_months", _two_months_pattern, _scan_two_months,
                  gate=lambda: rf"شهري|و\s*{gregorian.months().pattern}{LETTER_END}")


# --- 12-03-2021, 2023-05-09, 7\3\2024, 05 / 03 / 2023, ٧/٣/٢٠٢٤, 28/12/2024م, ١٦ /١ /١٤٤٦هـ ---

def _numeric_pattern() -> str:
    return (
        # after a day and a dash ("3-5/9/2025"), the first day of a span (ranges.py joins it)
        DIGIT_HERE + rf"(?<![\w/\\.])(?:(?<![{DASH_CLASS}])|(?P<span>(?<=(?<![\w/\\.{DASH_CLASS}])\d[{DASH_CLASS}])"
        rf"|(?<=(?<![\w/\\.{DASH_CLASS}])\d\d[{DASH_CLASS}])))"
        r"(?P<a>\d{1,4})\s?(?P<s>[-/\\.])\s?(?P<b>\d{1,2})\s?(?P=s)\s?(?P<c>\d{1,4})"
        rf"(?:\s?(?P<hmark>{hijri.year_mark_pattern()})(?!\w)|\s?{gregorian.year_mark_pattern()}(?!\w))?"
        r"(?![0-9A-SU-Za-su-z_]|[/\\.\-]\d)"  # a letter of Arabic may be glued on in crawled text
    )


def _numeric_part(m: re.Match, ctx: Context, a: str, b: str, c: str) -> Part | None:
    if len(a) == 4 and len(c) <= 2:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4 and len(a) <= 2:
        day, month, year = int(a), int(b), int(c)
        if month > 12 and day <= 12:
            day, month = month, day  # 12/25/2023: English order
    else:
        return None
    hijri_mark = "hmark" in m.re.groupindex and m.group("hmark")
    if hijri_mark or (not gregorian.year_in_range(year, bare=True) and _near_the_hijri_year(year, ctx)):
        # "1445/06/15هـ", and "بتاريخ 1445/06/15" without its mark near the Hijri year of publication
        try:
            value = hijri.day(year, month, day).isoformat()
        except (hijri.NotAHijriDate, ValueError):
            return None
        # `day`: the Hijri day, for a span that borrows its month ("23 – 24 / 9 / 1438هـ", ranges.py)
        return Part(m.start(), m.end(), "hijri", "day", day=day, value=value, priority=1)
    if not (gregorian.year_in_range(year, bare=True) and 1 <= month <= 12 and 1 <= day <= 31):
        return None  # not a date at all (a reference number, a score)
    # after "3-" it is a span's end: kept only when the span is joined
    weak = "span" in m.re.groupindex and m.group("span") is not None
    return Part(m.start(), m.end(), "numeric", "day", year, month, day, weak=weak, priority=1)


def _scan_numeric(m: re.Match, ctx: Context) -> Part | None:
    return _numeric_part(m, ctx, m.group("a"), m.group("b"), m.group("c"))


NUMERIC = Rule("numeric", _numeric_pattern, _scan_numeric)

# --- من26/ 5 / 2006م, الموافق08 -05-2017: a numeric date glued to the word that calls for it ----
# Crawled text runs a word into the number after it; a numeric date glued to letters is read only
# after a word that opens a range, ends one, links two calendars or calls for a date (dates.yml).

def _scan_glued_numeric(m: re.Match, ctx: Context) -> Part | None:
    glued = _GLUED_WORD.search(ctx.f, max(0, m.start() - 20), m.start())
    if glued is None or not among(glued.group(1), _glued_numeric_words()):
        return None
    return _numeric_part(m, ctx, m.group("a"), m.group("b"), m.group("c"))


@lru_cache(maxsize=None)
def _glued_numeric_words() -> frozenset[str]:
    ranges_words = section("ranges")
    return words([w for w in (ranges_words["openers"] + ranges_words["connectors"] + section("same_date_links")
                              + section("numeric_without_year_after")) if " " not in w])


_GLUED_WORD = re.compile(r"(?<!\w)([^\W\d_]+)\Z")
NUMERIC_GLUED = Rule(
    "numeric_glued",
    lambda: r"(?<=[^\W\d_])(?P<a>\d{1,2})\s?(?P<s>[-/\\.])\s?(?P<b>\d{1,2})\s?(?P=s)\s?(?P<c>\d{4})"
            rf"(?:\s?{gregorian.year_mark_pattern()}(?!\w))?(?![0-9A-SU-Za-su-z_]|[/\\.\-]\d)",
    _scan_glued_numeric,
    gate=lambda: r"[^\W\d_]\d{1,2}\s?[-/\\.]",
)


# 2015 05 14: the year first, then two digits each, separated by single spaces.
NUMERIC_SPACED = Rule(
    "numeric_spaced",
    lambda: DIGIT_HERE + r"(?<![\w.:/\-])(?P<a>(?:19|20)\d\d) (?P<b>\d\d) (?P<c>\d\d)(?![\w.:/\-]| \d)",
    _scan_numeric,
)


# --- 2022-12: a year and a month in ISO form, as crawl metadata writes them -------------------

def _scan_iso_month(m: re.Match, ctx: Context) -> Part | None:
    year, month = int(m.group("year")), int(m.group("month"))
    if month == (year + 1) % 100:
        return None  # "موسم 2011-12": a season of two years
    return Part(m.start(), m.end(), "numeric", "month", value=f"{year:04d}-{month:02d}")


ISO_MONTH = Rule(
    "iso_month",
    lambda: DIGIT_HERE + r"(?<![\w/\\.\-])(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])(?![\w/\\.\-:%]|\s?[-/]\s?\d)",
    _scan_iso_month,
)


# --- 27/07/21 19:52: two digits of the year, in a dateline with its time ------------------

def _day_first(m: re.Match, year: int | None) -> Part | None:
    """Groups `a` (the day) and `b` (the month) as a numeric date, or None."""
    day, month = int(m.group("a")), int(m.group("b"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Part(m.start(), m.end(), "numeric", "day", year, month, day)


def _scan_short_year(m: re.Match, ctx: Context) -> Part | None:
    if m.group("clock") is None:
        # "بتاريخ 11/02/24", "تاريخ النشر: 02/04/24": without a clock time after it, only after a word
        # that calls for a date, or alone on a date line (a reference number is neither)
        line_start = ctx.f.rfind("\n", 0, m.start()) + 1
        if not (among(ctx.word_before(m.start()), words(section("numeric_without_year_after")))
                or (re.findall(r"\w+", ctx.f[line_start:m.start()])
                    and all(w in _dateline_words() for w in re.findall(r"\w+", ctx.f[line_start:m.start()]))
                    and _LINE_END.match(ctx.f, m.end()))):
            return None
    century = 2000 if 2000 + int(m.group("c")) <= ctx.published.year + 1 else 1900
    return _day_first(m, century + int(m.group("c")))


_LINE_END = re.compile(r"[^\S\n]*(?:\n|\Z)")

NUMERIC_SHORT_YEAR = Rule(
    "numeric_short_year",
    lambda: DIGIT_HERE + r"(?<![\w/\\.\-:])(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?P=s)(?P<c>\d{2})"
            r"(?:(?P<clock>(?=\s+\d{1,2}:\d{2}))|(?![\w/\\\-]|[,.]\d))",
    _scan_short_year,
)


# --- يوم 8/1, بتاريخ 5/3: a day and a month, after a word that calls for a date -----------

def _scan_day_slash_month(m: re.Match, ctx: Context) -> Part | None:
    if relation := _RELATION_AFTER.match(ctx.f, m.end()):
        # "في 14/3 الجاري": of this year; "في 2/11 الماضي", "بتاريخ 15/4 المقبل": the last or the next one
        part = _day_first(m, None)
        return replace(part, end=relation.end(), relation=relations().value(relation.group("rel"))) if part else None
    if _CLOCK_AFTER.match(ctx.f, m.end()):
        # "05/23 23:49": a dateline without its year, its time after it (day first, or English
        # order where the second number cannot be a month)
        month, day = int(m.group("a")), int(m.group("b"))
        if 12 < day <= 31 and 1 <= month <= 12:
            return Part(m.start(), m.end(), "numeric", "day", None, month, day)
        return _day_first(m, None)
    before = ctx.word_before(m.start())
    if not (among(before, words(section("numeric_without_year_after"))) or (before and before in gregorian.weekdays())
            or _agency_dateline(m, ctx)):
        return None  # "يوم 8/1", "السبت 11/11"; other numbers with a slash are scores and counts
    return _day_first(m, None)


_RELATION_AFTER = re.compile(rf"\s+(?P<rel>{alternation(n for k in (-1, 0, 1) for n in section('shared')['relations'][k])})(?!\w)")
_CLOCK_AFTER = re.compile(r"[^\S\n]+(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")


DAY_SLASH_MONTH = Rule(
    "day_slash_month",
    lambda: DIGIT_HERE + r"(?<![\w/\\.\-])(?P<a>\d{1,2})\s?/\s?(?P<b>\d{1,2})(?![\w/\\\-]|\.\d|\s?/\s?\d)",
    _scan_day_slash_month,
)

# --- الموافق 17-3, بتاريخ 5-11: a day and a month joined by a dash, after a word that links or dates ---
# A dash joins scores too ("فاز الأحد 3-1"): only after the words of numeric_dash_without_year_after.

def _scan_day_dash_month(m: re.Match, ctx: Context) -> Part | None:
    glued = _GLUED_WORD.search(ctx.f, max(0, m.start() - 20), m.start())
    before = glued.group(1) if glued is not None else ctx.word_before(m.start())
    if not (among(before, words(section("numeric_dash_without_year_after"))) or _fixture_line_day(m, ctx)
            or _agency_dateline(m, ctx)):
        return None
    return _day_first(m, None)


# "الكويت - 22 - 10 (كونا) --", "عمان - 5/3 (بترا)": an agency's dateline gives the day and the month
# (no year) between the place it is filed from, at a line's start, and the agency's bracketed credit
# that a dash or a colon ends. A score is rarely there ("فاز الفريق 3 - 1 (بعد التمديد)" is not).
_DATELINE_PLACE = re.compile(
    rf"(?:^|\n)[^\S\n]*(?:[^\W\d_]+(?:[^\S\n]+[^\W\d_]+)?(?:[^\S\n]+في)?[^\S\n]*[{DASH_CLASS}]"
    rf"|[^\W\d_]+(?:[^\S\n]+في)?)[^\S\n]*\Z")  # "الكويت - ", "الخرطوم ", "القاهرة في "
# an agency's short name or initials ("كونا", "بترا", "أ ش أ"): words of six letters at most
_AGENCY_CREDIT = re.compile(rf"[^\S\n]*\([^\S\n]*[^\W\d_]{{1,6}}(?:[^\S\n][^\W\d_]{{1,6}}){{0,2}}[^\S\n]*\)"
                            rf"[^\S\n]*[:{DASH_CLASS}]")


def _agency_dateline(m: re.Match, ctx: Context) -> bool:
    return (_DATELINE_PLACE.search(ctx.f, max(0, m.start() - 40), m.start()) is not None
            and _AGENCY_CREDIT.match(ctx.f, m.end()) is not None)


# "الأحد 12-2: الصقور × النصر": a line of fixtures opens with its weekday and the day and month
# joined by a dash. A score after a weekday ("فاز الأحد 3-1") is not at a line's start; and
# the weekday must be that day's within half a year of publication.
_LINE_WEEKDAY = re.compile(r"(?:^|\n)[^\S\n]*(?:(?:ال)?يوم[^\S\n]+)?(?P<w>\w+)[^\S\n]*,?[^\S\n]*\Z")
_FIXTURE_REACH_DAYS = 183


def _fixture_line_day(m: re.Match, ctx: Context) -> bool:
    line = _LINE_WEEKDAY.search(ctx.f, max(0, m.start() - 30), m.start())
    if line is None or line.group("w") not in gregorian.weekdays():
        return False
    day, month = int(m.group("a")), int(m.group("b"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    weekday = gregorian.weekdays().value(line.group("w"))
    return any(abs((d - ctx.published).days) <= _FIXTURE_REACH_DAYS and d.weekday() == weekday
               for d in gregorian.days_of(month, day, ctx.published))


DAY_DASH_MONTH = Rule(
    "day_dash_month",
    lambda: DIGIT_HERE + rf"(?<![\d/\\.{DASH_CLASS}])(?P<a>\d{{1,2}})\s?[{DASH_CLASS}]\s?(?P<b>\d{{1,2}})"
            rf"(?![0-9A-Za-z_/\\{DASH_CLASS}]|\.\d|\s?[/{DASH_CLASS}]\s?\d)",
    _scan_day_dash_month,
    gate=lambda: rf"\d\s?[{DASH_CLASS}]\s?\d",
)


# "الموافق31/1", "الاثنين الموافق12/2وحتى الأربعاء 21/2": crawled text runs the word that calls for
# the date into it, and a connector into its end; read only after those words (dates.yml).

def _scan_glued_day_slash_month(m: re.Match, ctx: Context) -> Part | None:
    glued = _GLUED_WORD.search(ctx.f, max(0, m.start() - 20), m.start())
    if glued is None or not among(glued.group(1), words(section("numeric_without_year_after"))):
        return None
    return _day_first(m, None)


DAY_SLASH_MONTH_GLUED = Rule(
    "day_slash_month_glued",
    lambda: r"(?<=[^\W\d_])(?P<a>\d{1,2})\s?/\s?(?P<b>\d{1,2})(?![0-9A-Za-z_/\\\-]|\.\d|\s?/\s?\d)",
    _scan_glued_day_slash_month,
    gate=lambda: r"[^\W\d_]\d{1,2}\s?/",
)


# --- October 21, 2022; 3rd, March 2024; Mon 4 Mar 2024; Monday - 1 January 2024; March 2024 ---

def _latin_pattern() -> str:
    months = gregorian.latin_pattern(gregorian.latin_months())
    days = gregorian.latin_pattern(gregorian.latin_weekdays())
    suffix = r"(?:st|nd|rd|th)?"
    return (
        rf"(?<!\w)(?=[a-z\d])(?:(?P<wd>{days})\.?\s*[,\-–]?\s*)?"
        rf"(?:(?P<m1>{months})\.?\s+(?P<d1>\d{{1,2}}){suffix}\s*(?:,\s*|\s+)(?P<y1>\d{{4}})"  # "Feb 26,2025" too
        rf"|(?P<d2>\d{{1,2}}){suffix}\s*,?\s+(?:of\s+)?(?P<m2>{months})\.?\s*,?\s+(?P<y2>\d{{4}})"
        rf"|(?P<m3>{months})\.?\s*,?\s+(?P<y3>\d{{4}}))(?:(?!\w)|{YEAR_END})"
    )


def _scan_latin(m: re.Match, ctx: Context) -> Part | None:
    month = gregorian.latin_months()[m.group("m1") or m.group("m2") or m.group("m3")]
    year = int(m.group("y1") or m.group("y2") or m.group("y3"))
    if not gregorian.year_in_range(year, bare=True):
        return None
    if m.group("m3"):
        return Part(m.start(), m.end(), "explicit", "month", year, month, priority=1)
    day = int(m.group("d1") or m.group("d2"))
    weekday = gregorian.latin_weekdays()[m.group("wd")] if m.group("wd") else None
    return Part(m.start(), m.end(), "explicit", "day", year, month, day, weekday=weekday, problem=_no_day(day),
                priority=1)


LATIN = Rule("latin", _latin_pattern, _scan_latin, gate=lambda: r"[a-z]{3}")


# --- "Oct 06 25|07:59AM", "May 22 22 at 05:32 AM": an English date line with two digits of the year ---
# Some sites print the month, the day and the year's last two digits, then the clock time. Read only
# with that clock after it (as "27/07/21 19:52"): elsewhere "May 22 22" could be a month, a day and
# a count.

def _scan_latin_short_year(m: re.Match, ctx: Context) -> Part | None:
    short = int(m.group("y"))
    century = 2000 if 2000 + short <= ctx.published.year + 1 else 1900
    day = int(m.group("d"))
    return Part(m.start(), m.end(), "explicit", "day", century + short, gregorian.latin_months()[m.group("m")], day,
                problem=_no_day(day), priority=1)


LATIN_SHORT_YEAR = Rule(
    "latin_short_year",
    lambda: (rf"(?<!\w)(?=[a-z])(?P<m>{gregorian.latin_pattern(gregorian.latin_months())})\.?[^\S\n]+(?P<d>\d{{1,2}})"
             r"[^\S\n]+(?P<y>\d{2})(?=[^\S\n]*(?:\|[^\S\n]*|at[^\S\n]+)?(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))"),
    _scan_latin_short_year,
    gate=lambda: r"[a-z]{3}\.?\s+\d{1,2}\s+\d\d\b",
)


# --- "محليات وبرلمانسبتمبر 11, 2022": a month-first date line glued to the word before it -------
# A crawl runs a page's section name into its date line. Only the month first with a comma before
# the year (the English order of date lines) is read glued: a word that merely ends like a month
# name is not followed by that. Short and ambiguous names (آب, ماي) stay out.

def _glued_month_first_pattern() -> str:
    return (rf"(?<=[^\W\d_])(?P<m>{gregorian.months().pattern})\s+(?P<d>\d{{1,2}})\s*,\s*(?P<y>\d{{4}}){YEAR_END}")


def _scan_glued_month_first(m: re.Match, ctx: Context) -> Part | None:
    name = m.group("m")
    if len(key(name)) < section("glued_month_first")["min_letters"] or is_ambiguous_month(name):
        return None
    year, day = int(m.group("y")), int(m.group("d"))
    if not gregorian.year_in_range(year):
        return None
    return Part(m.start(), m.end(), "explicit", "day", year, gregorian.months().value(name), day,
                problem=_no_day(day), priority=1)


GLUED_MONTH_FIRST = Rule("glued_month_first", _glued_month_first_pattern, _scan_glued_month_first,
                         gate=lambda: r"\d\s*,\s*\d{4}")


# --- "19 13:45 2019 أوت", "تاريخ النشر2018 21 June": a date line whose parts the crawl reordered ---
# A page's date line copied across right-to-left and left-to-right runs comes out with its day, its
# clock time, its year and its month out of order. Read only on a line that holds nothing else but
# the words of a date line (dates.yml dateline_words) and a clock time after it.

def _scrambled_line_pattern() -> str:
    month = rf"(?:{gregorian.months().pattern}|{gregorian.latin_pattern(gregorian.latin_months())})"
    clock = r"(?:[01]?\d|2[0-3]):[0-5]\d"
    return (DIGIT_HERE + GLUED_OR_WORD_START
            + rf"(?:(?P<da>\d{{1,2}})[^\S\n]+(?:{clock}[^\S\n]+)?(?P<ya>\d{{4}})"
            + rf"|(?P<yb>\d{{4}})[^\S\n]+(?P<db>\d{{1,2}}))[^\S\n]+(?P<m>{month}){LETTER_END}"
            + rf"(?=[^\S\n]*(?:\n|\Z|\w+[^\S\n]+{clock}))")


def _scan_scrambled_line(m: re.Match, ctx: Context) -> Part | None:
    line_start = ctx.f.rfind("\n", 0, m.start()) + 1
    if any(w not in _dateline_words() for w in re.findall(r"\w+", ctx.f[line_start:m.start()])):
        return None  # a date line holds nothing else
    year, day = int(m.group("ya") or m.group("yb")), int(m.group("da") or m.group("db"))
    name = m.group("m")
    month = gregorian.months().value(name) if name in gregorian.months() else gregorian.latin_months()[name]
    if not gregorian.year_in_range(year, bare=True):
        return None
    return Part(m.start(), m.end(), "explicit", "day", year, month, day, problem=_no_day(day))


@lru_cache(maxsize=None)
def _dateline_words() -> frozenset[str]:
    return words(section("dateline_words"))


SCRAMBLED_LINE = Rule("scrambled_line", _scrambled_line_pattern, _scan_scrambled_line,
                      gate=lambda: r"\d{1,2}\s+(?:\d\d?:\d\d\s+)?\d{4}\s+\w|\d{4}\s+\d{1,2}\s+\w")

# --- "أكتوبر/25 | ص:9:43", "يناير/4 - 3:15 م": a dateline that writes the month first, its day after a
# slash and no year, then a bar or a clock time (a page's date line; the year is publication's, as for
# "05/23 23:49"). Without the bar or the time after it, none ("مايو/أيار" is two names of one month).

def _scan_month_slash_day(m: re.Match, ctx: Context) -> Part | None:
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    return Part(m.start(), m.end(), "numeric", "day", None, gregorian.months().value(m.group("m1")), day)


MONTH_SLASH_DAY = Rule(
    "month_slash_day",
    lambda: rf"(?<!\w)(?P<m1>{gregorian.months().pattern})\s?/\s?(?P<day>\d{{1,2}})(?![\d/])"
            rf"(?=[^\S\n]*(?:\||[{DASH_CLASS}][^\S\n]*\d{{1,2}}:\d\d|(?:[صم][^\S\n]*:?[^\S\n]*)?\d{{1,2}}:\d\d))",
    _scan_month_slash_day,
    gate=lambda: r"/\s?\d",
)

RULES = (DAY_MONTH, MONTH, YEAR, MARKED_YEAR, YEAR_ALONE, YEARS, YEAR_SPAN, SAME_YEAR, ANNIVERSARY, MONTH_IN_YEAR, ORDINAL_MONTH, BEFORE_WRITTEN, TWO_MONTHS, NUMERIC,
         NUMERIC_GLUED, NUMERIC_SPACED, LISTED_YEAR, ISO_MONTH, NUMERIC_SHORT_YEAR, DAY_SLASH_MONTH, DAY_SLASH_MONTH_GLUED, DAY_DASH_MONTH, LATIN, LATIN_SHORT_YEAR,
         GLUED_MONTH_FIRST, SCRAMBLED_LINE, MONTH_SLASH_DAY)
