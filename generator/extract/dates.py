"""Dates in Arabic news: find every temporal expression and resolve it against the publication date.

Matching runs on the folded text (`fold_with_offsets`: hamza, ya, ta marbuta, diacritics,
tatweel, Arabic-Indic digits and Arabic punctuation folded), and every result is mapped back
to the text as written, so `DateMention.text == text[start:end]` is exactly what was pasted.

It happens in three steps, each a pure function:
1. scan: regular expressions built from CLDR month names (through Babel) and from
   generator/data/dates.yml find expressions as `_Part`s whose year may still be unknown;
   overlapping finds keep the longest;
2. join: neighbouring parts linked by من/بين ... حتى/إلى/و or a dash become ranges
   ("من 29 تشرين الثاني/نوفمبر، حتى 6 كانون الأول/ديسمبر", "بين 3 و5 مارس");
3. resolve: a date without a year takes the year that puts it nearest before the publication
   date, or nearest after it when its sentence announces something to come (future cues in
   dates.yml: "كان من المقرر", "سيعقد", "المقبل"). Weekdays work the same way; "اليوم",
   "أمس", "الأسبوع الماضي" count from the publication date.

Choices:
- "الأسبوع الماضي/المقبل" and "هذا الأسبوع" are a day-precision range from the first to the
  last day of that week; weeks start on the day CLDR gives for `ar` (Monday), as ISO weeks do.
- "الشهر الماضي", "مايو الماضي", "مطلع يناير" have month precision; "العام الماضي" year precision.
- A Hijri month without a day ("رمضان 1443 هـ") is the day range it covers in the Gregorian calendar.
- Numbers are day first ("7/3/2024" is 7 March) unless the first is a four-digit year, or the
  second cannot be a month ("12/25/2023", English style).
- "17 و18 مايو" (no بين) lists two days: two dates, the first written as just "17".
- "9 أفريل من العام نفسه" takes the last year written before it in the text.
- An expression that looks like a date but is none ("31 فبراير", "30 صفر 1443 هـ", a Hijri
  year outside the Umm al-Qura tables) gives no DateMention; `date_problems` reports it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import yaml
from babel import Locale
from babel.dates import get_day_names, get_month_names
from hijridate import Hijri

from generator.model import Article, DateMention, Problem
from generator.text.arabic import (
    DIACRITICS,
    TATWEEL,
    FoldedText,
    fold,
    fold_with_offsets,
    line_of,
    split_sentences,
)
from generator.text.display import format_day, month_name

_WORD_BEFORE = re.compile(r"(\w+)\s+\Z")
_WORD_AFTER = re.compile(r"\A\s+(\w+)")
# Marks that folding drops but that belong to the last letter of a date: "غداً", "1443 هـ".
_TRAILING_MARKS = re.compile(f"[{DIACRITICS}{TATWEEL}]*")


# --- Language data -----------------------------------------------------------------------


def _key(name: str) -> str:
    """Lookup key of a folded name: without spaces, and without the "ال" that starts a word."""
    return re.sub(r"\s+", "", re.sub(r"(?<!\w)(و?)ال", r"\1", name))


def _name_pattern(name: str) -> str:
    """A regular expression for one folded name; a later word's "ال" may be left out."""
    words = name.split()
    parts = []
    for i, word in enumerate(words):
        if i > 0 and word.startswith("وال") and len(word) > 4:
            parts.append(r"و\s*(?:ال)?" + re.escape(word[3:]))
        elif word.startswith("ال") and len(word) > 3:
            # "للعام": the clitic ل before ال drops the alef, so ال can be a single ل after it.
            parts.append((r"(?:ال|(?<=ل)ل)" if i == 0 else r"(?:ال)?") + re.escape(word[2:]))
        else:
            parts.append(re.escape(word))
    return r"\s+".join(parts)


def _alternation(names) -> str:
    unique = sorted({n for n in names if n}, key=lambda n: (-len(n), n))
    return "(?:" + "|".join(_name_pattern(n) for n in unique) + ")"


def _words(names) -> frozenset[str]:
    return frozenset(fold(n) for n in names)


@dataclass(frozen=True)
class _Lexicon:
    months: dict  # lookup key -> month number
    latin_months: dict
    hijri_months: dict
    weekdays: dict  # lookup key -> 0 (Monday) ... 6
    weekday_names: dict  # 0 ... 6 -> the name to show
    latin_weekdays: dict
    ordinals: dict  # lookup key -> day
    relations: dict  # lookup key -> -1, 0, 1
    units: dict  # lookup key -> week, month, year
    relative_days: dict  # lookup key -> offset in days
    needs_context: frozenset
    ambiguous_months: frozenset  # lookup keys of month names that are also common words
    sets: dict  # name -> frozenset of folded words
    bare_year_range: tuple
    year_range: tuple
    week_start: int
    patterns: dict  # name -> compiled pattern


@lru_cache(maxsize=None)
def lexicon() -> _Lexicon:
    with resources.files("generator.data").joinpath("dates.yml").open(encoding="utf-8") as f:
        data = yaml.safe_load(f)

    months: dict[str, int] = {}
    month_names: set[str] = set()
    for locale in data["month_locales"]:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=locale).items():
                    folded = " ".join(fold(name).split())  # ar_IQ writes a no-break space
                    months[_key(folded)] = number
                    month_names.add(folded)
    for number, names in data["extra_month_names"].items():
        for name in names:
            months[_key(fold(name))] = int(number)
            month_names.add(fold(name))

    latin_months: dict[str, int] = {}
    latin_days: dict[str, int] = {}
    for locale in data["latin_month_locales"]:
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, "format", locale=locale).items():
                latin_months[name.lower()] = number
            for number, name in get_day_names(width, "format", locale=locale).items():
                latin_days[name.lower()] = number

    weekday_names = dict(get_day_names("wide", locale="ar"))
    weekdays = {_key(fold(name)): number for number, name in weekday_names.items()}

    def numbered(mapping) -> dict[str, int]:
        return {_key(fold(n)): int(k) for k, names in mapping.items() for n in names}

    hijri_months = numbered(data["hijri_months"])
    ordinals = numbered(data["ordinals"])
    relations = numbered(data["relations"])
    relative_days = numbered(data["relative_days"])
    units = {_key(fold(n)): unit for unit, names in data["period_units"].items() for n in names}

    sets = {
        name: _words(data[name])
        for name in (
            "ambiguous_month_alone_after", "month_alone_after", "today_not_after", "today_not_before",
            "today_with_weekday", "weekday_prefixes", "weekday_complementizers", "weekday_not_after",
            "name_prefixes", "future_cues", "dateline_words", "today_words",
        )
    }
    sets["ordinals"] = frozenset(fold(n) for names in data["ordinals"].values() for n in names)

    p_month = _alternation(month_names)
    p_hijri = _alternation(fold(n) for names in data["hijri_months"].values() for n in names)
    p_weekday = _alternation(fold(n) for n in weekday_names.values())
    p_ordinal = _alternation(fold(n) for names in data["ordinals"].values() for n in names)
    p_relation = _alternation(fold(n) for names in data["relations"].values() for n in names)
    p_unit = _alternation(fold(n) for names in data["period_units"].values() for n in names)
    p_qualifier = _alternation(fold(n) for n in data["qualifiers"])
    p_this = _alternation(fold(n) for n in data["this_words"])
    p_reldays = _alternation(fold(n) for names in data["relative_days"].values() for n in names)
    p_year_word = _alternation(["ال" + fold(n) for n in data["year_words"]] + [fold(n) for n in data["year_words"]])
    p_years_word = _alternation(["ال" + fold(n) for n in data["years_words"]] + [fold(n) for n in data["years_words"]])
    p_same = _alternation(fold(n) for n in data["same_year"])
    p_gmark = _alternation(fold(n) for n in data["gregorian_year_marks"])
    p_hmark = _alternation(fold(n) for n in data["hijri_year_marks"])
    p_prefix = _alternation(fold(n) for n in data["weekday_prefixes"])
    p_today = _alternation(fold(n) for n in data["today_words"] + data["today_with_weekday"])
    p_latin_month = "(?:" + "|".join(re.escape(n) for n in sorted(latin_months, key=len, reverse=True)) + ")"
    p_latin_day = "(?:" + "|".join(re.escape(n) for n in sorted(latin_days, key=len, reverse=True)) + ")"
    connectors = [fold(n) for n in data["range_connectors"]]
    p_connector = "(?:" + "|".join(re.escape(c) for c in sorted(connectors, key=len, reverse=True)) + ")"
    p_dash = "(?:" + "|".join(re.escape(d) for d in data["range_dashes"]) + ")"
    p_opener = _alternation(fold(n) for n in data["range_openers"])

    letter_end = r"(?![^\W\d_])"  # the name ends here; digits may follow in run-together text
    cl = r"(?<!\w)(?P<cl>[وف]?[بلك]?)"
    # Python's re tries every alternative at every position: a date that starts with a number,
    # an ordinal or a weekday is only tried where the first two letters of one stand.
    heads = {fold(n)[:2] for n in weekday_names.values()} | {
        fold(n)[:2] for names in data["ordinals"].values() for n in names}
    heads |= {"ل" + h[1] for h in heads if h.startswith("ا")} | {"يو"}  # للخميس; يوم الأحد
    starts_here = rf"(?<!\w)(?=[وفبلك]{{0,2}}(?:\d|{'|'.join(sorted(heads))}))"
    # A Hijri date may also start with its month ("رمضان 1443 هـ") or "شهر".
    hijri_heads = heads | {"شه"} | {fold(n)[:2] for names in data["hijri_months"].values() for n in names}
    hijri_heads |= {"ل" + h[1] for h in hijri_heads if h.startswith("ا")}
    hijri_starts_here = rf"(?<!\w)(?=[وفبلك]{{0,2}}(?:\d|{'|'.join(sorted(hijri_heads))}))"
    month_x = (
        rf"(?P<m1>{p_month}){letter_end}"
        rf"(?:\s*/\s*(?P<m2>{p_month}){letter_end}|\s*\(\s*(?P<m3>{p_month})\s*\))?"
    )
    year_x = (
        rf"(?:\s*(?:(?:من\s+)?{p_year_word}\s+)?(?P<year>\d{{4}})(?!\d)(?:\s*(?P<ysuf>{p_gmark})(?!\w))?"
        rf"|\s+(?P<rel>{p_relation})(?!\w)|\s+(?P<same>{p_same})(?!\w))?"
    )
    shahr = r"(?:ال|(?<=ل)ل)?شهر"
    patterns = {
        # 21 أكتوبر 2022, 29 تشرين الثاني/نوفمبر, الأحد 21 أكتوبر, الثالث من مايو, الـ9 من أيار
        "day_month": (
            starts_here
            + cl
            + rf"(?:(?:(?P<wdpre>(?:ال)?يوم|يومه)\s+)?(?P<wd>{p_weekday}){letter_end}\s*,?\s*)?"
            + rf"(?:(?:ال)?(?P<day>\d{{1,2}})(?!\d)\s*(?:من\s+)?|(?P<ord>{p_ordinal})\s+من\s+)"
            + rf"(?:{shahr}\s+)?"
            + month_x
            + year_x
        ),
        # مايو/ أيار, نوفمبر 2011م, مارس 2023, مايو الماضي, أواخر يناير, شهر مايو
        "month": (
            cl
            + rf"(?:(?P<qual>{p_qualifier})\s+(?:{shahr}\s+)?|(?P<shahr>{shahr})\s+)?"
            + month_x
            + year_x
        ),
        # 15 رمضان 1443 هـ, 1 محرم 1444هـ, رمضان 1443 هـ
        "hijri": (
            hijri_starts_here
            + cl
            + rf"(?:(?P<wd>{p_weekday}){letter_end}\s*,?\s*)?"
            + rf"(?:(?P<day>\d{{1,2}})(?!\d)\s*|(?P<ord>{p_ordinal})\s+من\s+)?"
            + rf"(?:شهر\s+)?(?P<hm>{p_hijri}){letter_end}\s*(?P<year>\d{{3,4}})(?!\d)"
            + rf"(?:\s*(?P<mark>{p_hmark})(?!\w))?"
        ),
        # عام 1962, العام 2020, سنة 1948, منتصف عام 2020, عام 1443 هـ
        "year": (
            cl
            + rf"(?:(?P<qual>{p_qualifier})\s+)?(?P<kw>{p_year_word})\s+(?P<year>\d{{4}})(?!\d)"
            + rf"(?:\s*(?:(?P<gmark>{p_gmark})|(?P<hmark>{p_hmark}))(?!\w))?"
        ),
        # 2011م, مطلع 2023
        "bare_year": (
            cl
            + rf"(?:(?P<qual>{p_qualifier})\s+(?P<y1>\d{{4}})(?!\d)(?:\s*{p_gmark}(?!\w))?"
            + rf"|(?P<y2>\d{{4}})\s*{p_gmark}(?!\w))"
        ),
        # بين عامي 2011 و2014
        "years": cl + rf"(?P<kw>{p_years_word})\s+(?P<y1>\d{{4}})\s*(?:{p_connector}|{p_dash})\s*(?P<y2>\d{{4}})(?!\d)",
        # الأسبوع الماضي, الشهر المقبل, العام الماضي, هذا العام, أواخر العام الماضي
        "period": (
            cl
            + rf"(?:(?P<qual>{p_qualifier})\s+)?"
            + rf"(?:(?P<this>{p_this})\s+(?P<unit1>{p_unit})|(?P<unit2>{p_unit})\s+(?P<rel>{p_relation}))(?!\w)"
        ),
        # الثالث من الشهر الجاري, 3 من الشهر الماضي
        "day_of_period": (
            starts_here
            + cl
            + rf"(?:(?:ال)?(?P<day>\d{{1,2}})(?!\d)|(?P<ord>{p_ordinal}))\s+من\s+"
            + rf"(?:(?:ال|(?<=ل)ل)شهر\s+(?P<rel>{p_relation})|(?P<this>{p_this})\s+الشهر)(?!\w)"
        ),
        # اليوم, اليوم الجمعة, يومه الأربعاء
        "today": cl + rf"(?P<today>{p_today})(?!\w)(?:\s*,?\s*(?P<wd>{p_weekday}){letter_end})?",
        # أمس, أول أمس, غداً, أمس الأحد
        "relative_day": cl + rf"(?P<rd>{p_reldays})(?!\w)(?:\s*,?\s*(?P<wd>{p_weekday}){letter_end})?",
        # يوم الثلاثاء, مساء الخميس, الجمعة الماضي, ، الاثنين،
        "weekday": (
            cl
            + rf"(?:(?P<pre>{p_prefix})\s+)?(?P<wd>{p_weekday}){letter_end}"
            + rf"(?:\s+(?P<rel>{p_relation})(?!\w))?"
        ),
        # 12-03-2021, 2023-05-09, 7\3\2024, ٧/٣/٢٠٢٤
        "numeric": (
            r"(?<![\w/\\.\-])(?P<a>\d{1,4})(?P<s>[-/\\.])(?P<b>\d{1,2})(?P=s)(?P<c>\d{1,4})"
            r"(?!\w|[/\\.\-]\d)"
        ),
        # October 21, 2022; 21 October 2022; Friday, Oct. 21, 2022
        "latin": (
            rf"(?<!\w)(?:(?P<wd>{p_latin_day})\.?,?\s+)?"
            rf"(?:(?P<m1>{p_latin_month})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
            rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{p_latin_month})\.?,?\s+(?P<y2>\d{{4}}))(?!\w)"
        ),
    }
    compiled = {name: re.compile(p) for name, p in patterns.items()}
    compiled["partial_day"] = re.compile(
        rf"(?:(?<!\w)(?P<op>{p_opener})\s+)?(?<!\w)(?:ال)?(?P<d1>\d{{1,2}})\s*(?P<conn>{p_connector}|{p_dash})\s*\Z"
    )
    # The Hijri pattern is slow to try everywhere and rarely needed: only run where this is found.
    compiled["hijri_gate"] = re.compile(rf"{p_hijri}{letter_end}\s*\d")
    compiled["range_gap"] = re.compile(rf"\s*,?\s*(?P<conn>{p_connector}|{p_dash})\s*\Z")
    compiled["opener"] = re.compile(rf"(?<!\w)(?P<op>{p_opener})\s+\Z")

    return _Lexicon(
        months=months,
        latin_months=latin_months,
        hijri_months=hijri_months,
        weekdays=weekdays,
        weekday_names=weekday_names,
        latin_weekdays=latin_days,
        ordinals=ordinals,
        relations=relations,
        units=units,
        relative_days=relative_days,
        needs_context=_words(data["needs_context"]),
        ambiguous_months=frozenset(_key(fold(n)) for n in data["ambiguous_months"]),
        sets=sets,
        bare_year_range=tuple(data["bare_year_range"]),
        year_range=tuple(data["year_range"]),
        week_start=Locale.parse("ar").first_week_day,
        patterns=compiled,
    )


# --- Scanning ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Part:
    """One expression as written, before its year is settled; offsets into the folded text."""

    start: int
    end: int
    kind: str
    precision: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    relation: int | None = None  # -1/+1: strictly before/after publication; 0: this one; None: the sentence decides
    value: str | None = None  # set when the expression resolves by itself
    end_value: str | None = None
    weekday: int | None = None  # a weekday written with the date, checked against it
    weak: bool = False  # kept only if it becomes the start of a range
    same_year: bool = False  # "من العام نفسه": the year of the date before
    problem: str | None = None  # why it is not a calendar date ("فبراير has no day 31"); no value then
    warning: str | None = None  # a date with something to check (a weekday that does not fit)
    until: _Part | None = None  # the end of a range
    priority: int = 0


@dataclass(frozen=True)
class _Context:
    text: str
    folded: FoldedText
    published: dt.date
    lex: _Lexicon
    sentences: tuple[tuple[int, int], ...]

    @property
    def f(self) -> str:
        return self.folded.text

    def original(self, start: int, end: int) -> str:
        s, e = self.folded.span(start, end)
        return self.text[s:e]

    def word_before(self, pos: int) -> str | None:
        m = _WORD_BEFORE.search(self.f, max(0, pos - 40), pos)
        return m.group(1) if m else None

    def word_after(self, pos: int) -> str | None:
        m = _WORD_AFTER.match(self.f[pos : pos + 40])
        return m.group(1) if m else None

    def char_before(self, pos: int) -> str:
        stripped = self.f[max(0, pos - 10) : pos].rstrip()
        return stripped[-1] if stripped else ""

    def char_after(self, pos: int) -> str:
        stripped = self.f[pos : pos + 10].lstrip()
        return stripped[0] if stripped else ""

    def points_forward(self, pos: int) -> bool:
        """Does the sentence around folded offset `pos` announce something to come?"""
        return _future_sentence(self, self.folded.to_original(pos))


def _future_sentence(ctx: _Context, pos: int) -> bool:
    for s, e in ctx.sentences:
        if s <= pos < e or (pos == e == len(ctx.text)):
            words = re.findall(r"\w+", fold(ctx.text[s:e]))
            cues = ctx.lex.sets["future_cues"]
            return any(w in cues or (w[:1] in "وف" and w[1:] in cues) for w in words)
    return False


def _span(m: re.Match) -> tuple[int, int]:
    """The match without its leading clitic (و ف ب ل ك): "ومايو" is the date "مايو".

    After ل the article's alef drops ("للعام"): then the ل stays, so the text reads "للعام".
    """
    if "cl" not in m.re.groupindex:
        return m.start(), m.end()
    start = m.end("cl")
    if m.group("cl").endswith("ل") and m.string.startswith("ل", start) and not m.string.startswith("ال", start):
        start -= 1
    return start, m.end()


def _lookup(table: dict, name: str):
    """`table[name]` for a matched name; "لخميس" is "الخميس" after the clitic ل ("للخميس")."""
    key = _key(name)
    if key not in table and name.startswith("ل"):
        key = _key("ا" + name)
    return table[key]


def _month_of(name: str | None, lex: _Lexicon) -> int | None:
    return _lookup(lex.months, name) if name else None


def _pair_warning(m: re.Match, ctx: _Context) -> str | None:
    """"13 مايو/ حزيران": the two names of a pair must be the same month."""
    first = _month_of(m.group("m1"), ctx.lex)
    other = _month_of(m.group("m2") or m.group("m3"), ctx.lex)
    if other is None or other == first:
        return None
    return (f"'{ctx.original(*_span(m))}' names two different months; the first one is used. "
            "Correct the other name so that both say the same month")


def _scan_day_month(m: re.Match, ctx: _Context) -> _Part | None:
    lex = ctx.lex
    start, end = _span(m)
    month = _month_of(m.group("m1"), lex)
    day = int(m.group("day")) if m.group("day") else _lookup(lex.ordinals, m.group("ord"))
    year = int(m.group("year")) if m.group("year") else None
    if year is not None and not lex.year_range[0] <= year <= lex.year_range[1]:
        return None
    if year is None and ctx.word_before(m.start()) in lex.sets["name_prefixes"]:
        return None  # ثورة 25 يناير: a name
    weekday = _lookup(lex.weekdays, m.group("wd")) if m.group("wd") else None
    relation = _lookup(lex.relations, m.group("rel")) if m.group("rel") else None
    problem = None if 1 <= day <= 31 else f"there is no day {day} in a month"
    return _Part(start, end, "explicit", "day", year, month, day, relation, weekday=weekday, problem=problem,
                 warning=_pair_warning(m, ctx),
                 same_year=bool(m.group("same")), priority=1)


def _scan_month(m: re.Match, ctx: _Context) -> _Part | None:
    lex = ctx.lex
    start, end = _span(m)
    month = _month_of(m.group("m1"), lex)
    year = int(m.group("year")) if m.group("year") else None
    if year is not None and not lex.year_range[0] <= year <= lex.year_range[1]:
        return None
    relation = _lookup(lex.relations, m.group("rel")) if m.group("rel") else None
    paired = bool(m.group("m2") or m.group("m3"))
    weak = False
    if not (year or m.group("rel") or m.group("qual") or m.group("shahr") or paired):
        # A month name alone: only after a word that calls for a time ("منذ يناير").
        before = ctx.word_before(start - len(m.group("cl")))
        if _key(m.group("m1")) in lex.ambiguous_months:
            weak = before not in lex.sets["ambiguous_month_alone_after"]
        else:
            weak = before not in lex.sets["month_alone_after"] and not m.group("cl")
    return _Part(start, end, "explicit", "month", year, month, None, relation, weak=weak,
                 warning=_pair_warning(m, ctx), same_year=bool(m.group("same")), priority=1)


def _scan_hijri(m: re.Match, ctx: _Context) -> _Part | None:
    lex = ctx.lex
    start, end = _span(m)
    has_day = m.group("day") or m.group("ord")
    if not (has_day or m.group("mark")):
        return None  # "صفر 1444" alone may be a number; ask for the day or هـ
    month = _lookup(lex.hijri_months, m.group("hm"))
    year = int(m.group("year"))
    day = (int(m.group("day")) if m.group("day") else _lookup(lex.ordinals, m.group("ord"))) if has_day else None
    weekday = _lookup(lex.weekdays, m.group("wd")) if m.group("wd") else None
    try:
        if day is not None:
            first = last = Hijri(year, month, day).to_gregorian().datetuple()
        else:
            h = Hijri(year, month, 1)
            first = h.to_gregorian().datetuple()
            last = Hijri(year, month, h.month_length()).to_gregorian().datetuple()
    except OverflowError:
        return _Part(start, end, "hijri", "day", problem=(
            f"the Hijri year {year} is outside the Umm al-Qura tables used here (1343-1500 AH)"))
    except ValueError:
        length = Hijri(year, month, 1).month_length()
        return _Part(start, end, "hijri", "day", problem=f"that Hijri month has {length} days, not {day}")
    value, end_value = dt.date(*first).isoformat(), dt.date(*last).isoformat()
    return _Part(start, end, "hijri", "day", value=value, end_value=end_value if end_value != value else None,
                 weekday=weekday, priority=2)


def _scan_year(m: re.Match, ctx: _Context) -> _Part | None:
    lex = ctx.lex
    start, end = _span(m)
    year = int(m.group("year"))
    if m.group("hmark"):
        try:
            first = Hijri(year, 1, 1).to_gregorian().datetuple()
            last_month = Hijri(year, 12, 1)
            last = Hijri(year, 12, last_month.month_length()).to_gregorian().datetuple()
        except (OverflowError, ValueError):
            return _Part(start, end, "hijri", "year", problem=(
                f"the Hijri year {year} is outside the Umm al-Qura tables used here (1343-1500 AH)"))
        return _Part(start, end, "hijri", "day", value=dt.date(*first).isoformat(),
                     end_value=dt.date(*last).isoformat(), priority=1)
    if not lex.year_range[0] <= year <= lex.year_range[1]:
        return None
    return _Part(start, end, "explicit", "year", year, priority=1)


def _scan_bare_year(m: re.Match, ctx: _Context) -> _Part | None:
    start, end = _span(m)
    year = int(m.group("y1") or m.group("y2"))
    low, high = ctx.lex.bare_year_range
    if not low <= year <= high:
        return None
    return _Part(start, end, "explicit", "year", year)


def _scan_years(m: re.Match, ctx: _Context) -> _Part | None:
    start, end = _span(m)
    first, last = int(m.group("y1")), int(m.group("y2"))
    low, high = ctx.lex.year_range
    if not (low <= first < last <= high):
        return None
    return _Part(start, end, "explicit", "year", value=str(first), end_value=str(last), priority=1)


def _week(day: dt.date, week_start: int) -> tuple[dt.date, dt.date]:
    first = day - dt.timedelta(days=(day.weekday() - week_start) % 7)
    return first, first + dt.timedelta(days=6)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _scan_period(m: re.Match, ctx: _Context) -> _Part | None:
    lex = ctx.lex
    start, end = _span(m)
    unit = _lookup(lex.units, m.group("unit1") or m.group("unit2"))
    delta = _lookup(lex.relations, m.group("rel")) if m.group("rel") else 0
    p = ctx.published
    if unit == "week":
        first, last = _week(p + dt.timedelta(days=7 * delta), lex.week_start)
        return _Part(start, end, "relative", "day", value=first.isoformat(), end_value=last.isoformat())
    if unit == "month":
        year, month = _add_months(p.year, p.month, delta)
        return _Part(start, end, "relative", "month", value=f"{year:04d}-{month:02d}")
    return _Part(start, end, "relative", "year", value=f"{p.year + delta:04d}")


def _scan_day_of_period(m: re.Match, ctx: _Context) -> _Part | None:
    lex = ctx.lex
    start, end = _span(m)
    day = int(m.group("day")) if m.group("day") else _lookup(lex.ordinals, m.group("ord"))
    delta = _lookup(lex.relations, m.group("rel")) if m.group("rel") else 0
    year, month = _add_months(ctx.published.year, ctx.published.month, delta)
    try:
        value = dt.date(year, month, day).isoformat()
    except ValueError:
        return _Part(start, end, "relative", "day", problem=f"there is no day {day} in that month")
    return _Part(start, end, "relative", "day", value=value, priority=1)


def _weekday_warning(text: str, named: int, actual: dt.date, lex: _Lexicon, today: bool) -> str | None:
    if named == actual.weekday():
        return None
    if today:
        return (f"'{text}' says today is {lex.weekday_names[named]}, but the article is dated "
                f"{format_day(actual)}; check the date (front matter 'date:') or the text")
    return (f"'{text}' names {lex.weekday_names[named]}, but counted from the article's date that day is "
            f"{format_day(actual)}; check the article's date or the text")


def _scan_today(m: re.Match, ctx: _Context) -> _Part | None:
    lex = ctx.lex
    start, end = _span(m)
    word = m.group("today")
    if m.group("wd") is None:
        if word not in lex.sets["today_words"]:
            return None  # يومه alone is "his day"
        before = ctx.word_before(start - len(m.group("cl")))
        after = ctx.word_after(end)
        if before in lex.sets["today_not_after"]:
            return None
        if after and (after in lex.sets["today_not_before"] or after in lex.sets["ordinals"]):
            return None
    weekday = _lookup(lex.weekdays, m.group("wd")) if m.group("wd") else None
    warning = None
    if weekday is not None:
        warning = _weekday_warning(ctx.original(start, end), weekday, ctx.published, lex, today=True)
    kind = "relative" if weekday is None else "weekday"
    return _Part(start, end, kind, "day", value=ctx.published.isoformat(), weekday=weekday,
                 warning=warning, priority=2)


def _scan_relative_day(m: re.Match, ctx: _Context) -> _Part | None:
    lex = ctx.lex
    start, end = _span(m)
    word = m.group("rd")
    if word in lex.needs_context and m.group("wd") is None:
        # غدا is also the verb "became": read it as "tomorrow" only when it cannot be the verb.
        s, e = ctx.folded.span(start, start + len(word))
        written = ctx.text[s : e + 1]  # the tanween may follow the alef
        at_clause_end = ctx.char_after(start + len(word)) in ("", ".", ",", ";", "!", "?", ":", "»", '"')
        if "\u064b" not in written and not at_clause_end:
            return None
    day = ctx.published + dt.timedelta(days=_lookup(lex.relative_days, word))
    weekday = _lookup(lex.weekdays, m.group("wd")) if m.group("wd") else None
    warning = None
    if weekday is not None:
        warning = _weekday_warning(ctx.original(start, end), weekday, day, lex, today=False)
    return _Part(start, end, "relative", "day", value=day.isoformat(), weekday=weekday, warning=warning, priority=2)


def _scan_weekday(m: re.Match, ctx: _Context) -> _Part | None:
    lex = ctx.lex
    start, end = _span(m)
    if not (m.group("pre") or m.group("rel")):
        # A bare weekday is a date between commas or before "أن/إن" ("قال الخميس إن"),
        # never after كلا/بين, where الاثنين is "the two".
        if ctx.word_before(start - len(m.group("cl"))) in lex.sets["weekday_not_after"]:
            return None
        commas = ctx.char_before(start - len(m.group("cl"))) == "," and ctx.char_after(end) in (",", ".")
        if not (commas or ctx.word_after(end) in lex.sets["weekday_complementizers"]):
            return None
    weekday = _lookup(lex.weekdays, m.group("wd"))
    relation = _lookup(lex.relations, m.group("rel")) if m.group("rel") else None
    if relation == 0:
        relation = None
    return _Part(start, end, "weekday", "day", weekday=weekday, relation=relation)


def _scan_numeric(m: re.Match, ctx: _Context) -> _Part | None:
    a, b, c = m.group("a"), m.group("b"), m.group("c")
    if len(a) == 4 and len(c) <= 2:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4 and len(a) <= 2:
        day, month, year = int(a), int(b), int(c)
        if month > 12 and day <= 12:
            day, month = month, day  # 12/25/2023: English order
    else:
        return None
    low, high = ctx.lex.bare_year_range
    if not (low <= year <= high and 1 <= month <= 12 and 1 <= day <= 31):
        return None  # not a date at all (a reference number, a score)
    return _Part(m.start(), m.end(), "numeric", "day", year, month, day, priority=1)


def _scan_latin(m: re.Match, ctx: _Context) -> _Part | None:
    lex = ctx.lex
    month = lex.latin_months[(m.group("m1") or m.group("m2"))]
    day = int(m.group("d1") or m.group("d2"))
    year = int(m.group("y1") or m.group("y2"))
    if not lex.bare_year_range[0] <= year <= lex.bare_year_range[1]:
        return None
    weekday = lex.latin_weekdays[m.group("wd")] if m.group("wd") else None
    problem = None if 1 <= day <= 31 else f"there is no day {day} in a month"
    return _Part(m.start(), m.end(), "explicit", "day", year, month, day, weekday=weekday, problem=problem,
                 priority=1)


_SCANNERS = {
    "day_month": _scan_day_month,
    "month": _scan_month,
    "hijri": _scan_hijri,
    "year": _scan_year,
    "bare_year": _scan_bare_year,
    "years": _scan_years,
    "period": _scan_period,
    "day_of_period": _scan_day_of_period,
    "today": _scan_today,
    "relative_day": _scan_relative_day,
    "weekday": _scan_weekday,
    "numeric": _scan_numeric,
    "latin": _scan_latin,
}


def _scan(ctx: _Context) -> list[_Part]:
    found: list[_Part] = []
    for name, scanner in _SCANNERS.items():
        if name == "hijri" and not ctx.lex.patterns["hijri_gate"].search(ctx.f):
            continue
        for m in ctx.lex.patterns[name].finditer(ctx.f):
            try:
                part = scanner(m, ctx)
            except OverflowError:  # a publication date at the end of the calendar
                continue
            if part is not None and part.end > part.start:
                found.append(part)
    # Overlapping finds: the longest wins, then the most specific scanner, then the earliest.
    found.sort(key=lambda p: (-(p.end - p.start), -p.priority, p.start))
    chosen: list[_Part] = []
    for part in found:
        if all(part.end <= c.start or part.start >= c.end for c in chosen):
            chosen.append(part)
    return sorted(chosen, key=lambda p: p.start)


# --- Ranges ------------------------------------------------------------------------------


def _opener_before(ctx: _Context, pos: int) -> re.Match | None:
    return ctx.lex.patterns["opener"].search(ctx.f, max(0, pos - 20), pos)


def _joinable(a: _Part, b: _Part) -> bool:
    return (
        a.kind == b.kind
        and a.kind in ("explicit", "numeric")
        and a.precision == b.precision
        and a.until is None
        and a.value is None
        and b.value is None
        and not b.weak
        and not (a.problem or b.problem or a.warning or b.warning)
    )


def _join(a: _Part, b: _Part, ctx: _Context) -> _Part | None:
    """"من A حتى B", "A - B", "بين A وB" as one range, or None."""
    if not _joinable(a, b):
        return None
    gap = ctx.lex.patterns["range_gap"].match(ctx.f, a.end, b.start)
    if not gap:
        return None
    opener = _opener_before(ctx, a.start)
    if gap.group("conn") == "و" and not (opener and opener.group("op") != "من"):
        return None  # "و" joins a range only after بين
    if a.weak and not opener:
        return None
    start = opener.start() if opener else a.start
    return replace(a, start=start, end=b.end, weak=False, until=b)


def _join_partial_day(part: _Part, ctx: _Context, after: int) -> list[_Part]:
    """"بين 3 و5 مارس", "من 3 إلى 5 مارس 2023", "3-5 مارس": the first day borrows the month.

    "17 و18 مايو" without بين lists two days: two dates, not a range. `after`: where the
    previous date ends; the first day must come after it.
    """
    if part.kind != "explicit" or part.precision != "day" or part.until is not None or part.day is None:
        return [part]
    m = ctx.lex.patterns["partial_day"].search(ctx.f, max(after, part.start - 30), part.start)
    if not m:
        return [part]
    first = int(m.group("d1"))
    if m.group("conn") == "و" and not (m.group("op") and m.group("op") != "من"):
        if not 1 <= first <= 31 or first == part.day:
            return [part]
        return [replace(part, start=m.start("d1"), end=m.end("d1"), day=first, weekday=None, priority=0), part]
    if not 1 <= first < part.day:
        return [part]
    start = m.start("op") if m.group("op") else m.start("d1")
    head = replace(part, start=start, day=first, weekday=None)
    return [replace(head, end=part.end, until=part)]


def _join_ranges(parts: list[_Part], ctx: _Context) -> list[_Part]:
    joined: list[_Part] = []
    i = 0
    while i < len(parts):
        if i + 1 < len(parts) and (both := _join(parts[i], parts[i + 1], ctx)):
            joined.append(both)
            i += 2
            continue
        joined.extend(_join_partial_day(parts[i], ctx, joined[-1].end if joined else 0))
        i += 1
    return [p for p in joined if not p.weak]


# --- Resolving ---------------------------------------------------------------------------


def _nearest_day(month: int, day: int, reference: dt.date, forward: bool, strict: bool) -> dt.date | None:
    """The (month, day) nearest `reference`, on or before it (or after, when `forward`)."""
    best = None
    for year in range(reference.year - 8, reference.year + 9):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if forward:
            if (candidate > reference or (candidate == reference and not strict)) and (best is None or candidate < best):
                best = candidate
        elif (candidate < reference or (candidate == reference and not strict)) and (best is None or candidate > best):
            best = candidate
    return best


def _nearest_month(month: int, reference: dt.date, forward: bool, strict: bool) -> tuple[int, int]:
    if forward:
        after = month > reference.month or (month == reference.month and not strict)
        return (reference.year if after else reference.year + 1), month
    before = month < reference.month or (month == reference.month and not strict)
    return (reference.year if before else reference.year - 1), month


def _direction(part: _Part, ctx: _Context) -> tuple[bool, bool]:
    """(forward, strict) for a part without a year."""
    if part.relation is not None and part.relation != 0:
        return part.relation > 0, True
    return ctx.points_forward(part.start), False


class _Unresolvable(Exception):
    pass


def _day_value(part: _Part, ctx: _Context, after: dt.date | None = None) -> dt.date:
    """The calendar day of an explicit or numeric part; `after`: the start of its range."""
    if part.kind == "weekday":
        forward, strict = _direction(part, ctx)
        p = ctx.published
        if forward:
            ahead = (part.weekday - p.weekday()) % 7 or (7 if strict else 0)
            return p + dt.timedelta(days=ahead)
        back = (p.weekday() - part.weekday) % 7 or (7 if strict else 0)
        return p - dt.timedelta(days=back)
    if part.year is not None:
        try:
            return dt.date(part.year, part.month, part.day)
        except ValueError:
            raise _Unresolvable(f"{month_name(part.month)} {part.year} has no day {part.day}") from None
    if part.relation == 0:
        try:
            return dt.date(ctx.published.year, part.month, part.day)
        except ValueError:
            raise _Unresolvable(f"there is no day {part.day} in that month") from None
    if after is not None:
        found = _nearest_day(part.month, part.day, after, forward=True, strict=False)
    else:
        forward, strict = _direction(part, ctx)
        found = _nearest_day(part.month, part.day, ctx.published, forward, strict)
    if found is None:
        raise _Unresolvable(f"{month_name(part.month)} never has a day {part.day}")
    return found


def _month_value(part: _Part, ctx: _Context, after: tuple[int, int] | None = None) -> tuple[int, int]:
    if part.year is not None:
        return part.year, part.month
    if part.relation == 0:
        return ctx.published.year, part.month
    if after is not None:
        year = after[0] if part.month >= after[1] else after[0] + 1
        return year, part.month
    forward, strict = _direction(part, ctx)
    return _nearest_month(part.month, ctx.published, forward, strict)


def _resolve(part: _Part, ctx: _Context) -> tuple[str, str | None]:
    if part.value is not None:
        return part.value, part.end_value
    end = part.until
    if part.precision == "year":
        if end is None:
            return f"{part.year:04d}", None
        if end.year < part.year:
            raise _Unresolvable("the range ends before it starts")
        return f"{part.year:04d}", f"{end.year:04d}"
    if part.precision == "month":
        if end is None:
            year, month = _month_value(part, ctx)
            return f"{year:04d}-{month:02d}", None
        if part.year is None and end.year is not None:
            first = (end.year if part.month <= end.month else end.year - 1, part.month)
        else:
            first = _month_value(part, ctx)
        last = _month_value(end, ctx, after=first)
        if last < first:
            raise _Unresolvable("the range ends before it starts")
        return f"{first[0]:04d}-{first[1]:02d}", f"{last[0]:04d}-{last[1]:02d}"
    if end is None:
        return _day_value(part, ctx).isoformat(), None
    if part.year is None and end.year is not None:
        last = _day_value(end, ctx)
        first = _nearest_day(part.month, part.day, last, forward=False, strict=False)
        if first is None:
            raise _Unresolvable(f"{month_name(part.month)} never has a day {part.day}")
    else:
        first = _day_value(part, ctx)
        last = _day_value(end, ctx, after=first)
    if last < first:
        raise _Unresolvable("the range ends before it starts")
    return first.isoformat(), last.isoformat()


@dataclass(frozen=True)
class _Found:
    start: int  # offsets into the original text
    end: int
    mention: DateMention | None
    issue: str | None  # a message for the maintainer


def _not_a_date(written: str, reason: object) -> str:
    return (f"'{written}' is not a calendar date ({reason}); correct it in the text, "
            "otherwise it is left out of the chronology")


def _weekday_check(part: _Part, written: str, value: str, end_value: str | None, lex: _Lexicon) -> str | None:
    """A weekday written beside an explicit or Hijri date must be that date's weekday."""
    if part.weekday is None or part.kind in ("weekday", "relative") or end_value is not None:
        return None
    day = dt.date.fromisoformat(value)
    if day.weekday() == part.weekday:
        return None
    return (f"'{written}' names {lex.weekday_names[part.weekday]}, but {format_day(day, weekday=False)} is a "
            f"{lex.weekday_names[day.weekday()]}; check which of the two the source meant")


def _analyse(text: str, published: dt.date) -> list[_Found]:
    folded = fold_with_offsets(text)
    ctx = _Context(text, folded, published, lexicon(), tuple(split_sentences(text)))
    results: list[_Found] = []
    last_year = None  # the last year written in the text, for "من العام نفسه"
    for part in _join_ranges(_scan(ctx), ctx):
        if part.same_year and last_year is not None:
            part = replace(part, year=last_year)
        start, end = folded.span(part.start, part.end)
        end = _TRAILING_MARKS.match(text, end).end()
        written = text[start:end]
        if part.problem:
            results.append(_Found(start, end, None, _not_a_date(written, part.problem)))
            continue
        try:
            value, end_value = _resolve(part, ctx)
        except (_Unresolvable, OverflowError) as exc:
            results.append(_Found(start, end, None, _not_a_date(written, exc)))
            continue
        if part.year is not None or part.kind in ("numeric", "hijri"):
            last_year = int((end_value or value)[:4])
        mention = DateMention(written, start, end, value, part.precision, end_value, part.kind)
        warning = part.warning or _weekday_check(part, written, value, end_value, ctx.lex)
        results.append(_Found(start, end, mention, warning))
    return results


# --- Public API --------------------------------------------------------------------------


def find_dates(text: str, published: dt.date) -> list[DateMention]:
    """Every date expression of `text`, resolved against the publication date; sorted, not overlapping."""
    return [f.mention for f in _analyse(text, published) if f.mention is not None]


def date_problems(article: Article) -> list[Problem]:
    """Weekdays that contradict a date, and date expressions that are not calendar dates."""
    return article_dates(article)[1]


def article_dates(article: Article) -> tuple[list[DateMention], list[Problem]]:
    """find_dates and date_problems of an article from one reading of its text."""
    found = _analyse(article.body, article.date)
    problems = [Problem(article.path, article.body_line + line_of(article.body, f.start) - 1, "warning", f.issue)
                for f in found if f.issue]
    return [f.mention for f in found if f.mention is not None], problems
