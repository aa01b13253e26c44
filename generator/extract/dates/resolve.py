"""A part's calendar value: its own, or the one the publication date gives it.

A date without a year takes the year that puts it nearest before the publication date, or
nearest after it when its sentence announces something to come (tense.py); "الماضي" and
"المقبل" fix the direction. Without a cue, a day or month that comes within a few weeks
after publication is that coming one (tense.near_future_days), not last year's. A bare
weekday is the latest such day on or before publication unless the sentence points forward
or a present-tense verb announces it, or the day the text gave that weekday before. The end of a range comes after its start.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from generator.extract.dates import tense
from generator.extract.dates.calendars import gregorian
from generator.extract.dates.lexicon import alternation, section, words
from generator.extract.dates.parts import Context, Part
from generator.extract.dates.rules.common import among
from generator.text.display import month_name


class Unresolvable(Exception):
    """The expression names no calendar date ("31 أبريل")."""


def _direction(part: Part, ctx: Context) -> tuple[bool, bool]:
    """(forward, strict) for a part without a year."""
    if part.relation is not None and part.relation != 0:
        return part.relation > 0, True
    if ctx.points_forward(part.start, part.end):
        return True, False
    # "ينطلق المسلسل الانتخابي شهر غشت", "تجرى الانتخابات يوم 21 سبتمبر": a present-tense verb
    # right before a day or month without its year announces it, as it does a bare weekday; not in
    # a headline, which tells the past in the present ("المدينة تستضيف المعرض منتصف يوليو")
    return (part.kind == "explicit" and not among(ctx.word_before(part.start), tense.past_cues())
            and ctx.present_verb_before(part.start, plain=True) and not _headline_like(part, ctx)), False


def _soon(part: Part, ctx: Context, first_day: dt.date | None) -> bool:
    """Is a date without a cue, starting on `first_day` if it is the coming one, close enough ahead?"""
    if first_day is None or part.relation is not None:
        return False
    if among(ctx.word_before(part.start), tense.past_cues()):
        return False
    if ctx.past_opened_before(part.start):
        return False  # "الفنان الذي توفي في 13 كانون الثاني": a clause about the past tells it
    return 0 < (first_day - ctx.published).days <= tense.near_future_days()


@lru_cache(maxsize=None)
def _first_day_after() -> re.Pattern:
    data = section("tense")
    return re.compile(rf"[^\S\n]*,?[^\S\n]*(?:{alternation(data['first_day_after_link'])}[^\S\n]+)?"
                      rf"{alternation(data['first_day_after'])}(?!\w)")


def _announced_first_day(part: Part, ctx: Context) -> bool:
    """"الأحد أول أيام عيد الفطر": a weekday announced as a first day is to come (or today)."""
    return (_first_day_after().match(ctx.f, part.end) is not None
            and ctx.word_before(part.start) not in words(section("tense")["first_day_not_after"]))


def _year_of_weekday(part: Part, ctx: Context) -> dt.date | None:
    """The day and month nearest publication that fall on the weekday written with them."""
    candidates = []
    for year in range(ctx.published.year - 6, ctx.published.year + 7):
        try:
            day = dt.date(year, part.month, part.day)
        except ValueError:
            continue
        if day.weekday() == part.weekday:
            candidates.append(day)
    return min(candidates, key=lambda d: abs(d - ctx.published), default=None)


def _day_value(part: Part, ctx: Context, after: dt.date | None = None) -> dt.date:
    """The calendar day of an explicit, numeric or weekday part; `after`: the start of its range."""
    if part.kind == "weekday":
        if (part.relation is None and part.weekday in ctx.named_weekdays and not ctx.points_forward(part.start, part.end)
                and not _announced_first_day(part, ctx)):  # "أن يوم الجمعة هو غرة شهر ذي الحجة": the coming one
            return ctx.named_weekdays[part.weekday]  # "يوم الثلاثاء المقبل ... مباراة الثلاثاء"
        if part.relation == 0:  # "الأحد من الأسبوع الجاري": the nearest such day
            back, ahead = (gregorian.nearest_weekday(part.weekday, ctx.published, f, strict=False) for f in (False, True))
            return back if ctx.published - back <= ahead - ctx.published else ahead
        forward, strict = _direction(part, ctx)
        if part.relation is None and not forward and (ctx.present_verb_before(part.start)
                                                     or ctx.sentence_of(part.start) in ctx.forward_sentences
                                                     or ctx.fronted_with_present_verb(part.start, part.end)
                                                     or _announced_first_day(part, ctx)):
            # "يعقد المجلس جلسته الأحد", "ويوم السبت، يسود طقس صاف": announced in the present
            # tense, or after such a day
            forward = True
        day = gregorian.nearest_weekday(part.weekday, ctx.published, forward, strict)
        if part.relation is not None and part.relation < -1:  # "الجمعة قبل الماضية"
            day -= dt.timedelta(days=7 * (-part.relation - 1))
        return day
    if part.year is not None:
        try:
            return dt.date(part.year, part.month, part.day)
        except ValueError:
            raise Unresolvable(f"{month_name(part.month)} {part.year} has no day {part.day}") from None
    if part.relation == 0:
        try:
            return dt.date(ctx.published.year, part.month, part.day)
        except ValueError:
            raise Unresolvable(f"there is no day {part.day} in that month") from None
    if after is not None:
        found = gregorian.nearest_day(part.month, part.day, after, forward=True, strict=False)
    elif part.weekday is not None and (found := _year_of_weekday(part, ctx)) is not None:
        near = nearest_of(gregorian.days_of(part.month, part.day, ctx.published), part, ctx)
        if (near is not None and abs((near - ctx.published).days) <= tense.near_future_days()
                and found != near):  # the same day and month: another year
            # "يوم الإثنين المقبل، الموافق 19 سبتمبر" six days on, a Tuesday: the weekday slipped,
            # not the year (the contradiction is reported); news of this week is not of last year
            return near
        return found  # "يوم الجمعة 4 فبراير": the year in which the 4th of February is a Friday
    else:
        found = nearest_of(gregorian.days_of(part.month, part.day, ctx.published), part, ctx)
    if found is None:
        raise Unresolvable(f"{month_name(part.month)} never has a day {part.day}")
    return found


def nearest_of(candidates: list[dt.date], part: Part, ctx: Context) -> dt.date | None:
    """Of the days a date without its year may be (one a year), the one it names: the latest on
    or before publication, or the first after it when the sentence points forward or that one
    comes soon (`_soon`)."""
    forward, strict = _direction(part, ctx)
    p = ctx.published
    before = [d for d in candidates if d < p or (d == p and not strict)]
    after = [d for d in candidates if d > p or (d == p and not strict)]
    if forward:
        coming, last = min(after, default=None), max((d for d in candidates if d < p), default=None)
        if not strict and _just_past(last, coming, p):
            # "وكان من المقرر إطلاقها يوم العاشر من أكتوبر" four days after it: the cue is no
            # tense of the date's own, and a date a year ahead is not written without its year
            return last
        return coming
    ahead = min((d for d in candidates if d > p), default=None)
    if _soon(part, ctx, ahead):
        return ahead
    return max(before, default=None)


def _just_past(last: dt.date | None, coming: dt.date | None, published: dt.date) -> bool:
    """A day without its year in a sentence that points forward is still the one just past when
    that one lies within `just_past_days` before publication and the coming one about a year away."""
    near = section("tense")["just_past_days"]
    return (last is not None and coming is not None and (published - last).days <= near
            and (coming - published).days >= 365 - near)


def _month_value(part: Part, ctx: Context, after: tuple[int, int] | None = None) -> tuple[int, int]:
    if part.year is not None:
        return part.year, part.month
    if part.relation == 0:
        return ctx.published.year, part.month
    if after is not None:
        year = after[0] if part.month >= after[1] else after[0] + 1
        return year, part.month
    forward, strict = _direction(part, ctx)
    if not forward:
        year, month = gregorian.nearest_month(part.month, ctx.published, forward=True, strict=True)
        if _soon(part, ctx, dt.date(year, month, 1)):
            return year, month
    elif not strict and 0 < (ctx.published.month - part.month) % 12 <= section("tense")["just_past_months"]:
        # the cue is no tense of the month's own (as _just_past for a day)
        return gregorian.nearest_month(part.month, ctx.published, forward=False, strict=True)
    return gregorian.nearest_month(part.month, ctx.published, forward, strict)


def listed_after(part: Part, previous: Part | None, previous_value: str | None, ctx: Context) -> str | None:
    """"مساء الأربعاء وصباح الخميس": a weekday listed after another is the first one after it;
    "يوم السبت الموافق 15 يونيو ... يوم الأحد الذي يليه": so is one that says it follows."""
    if part.kind != "weekday" or part.relation is not None or previous is None or previous_value is None:
        return None
    if part.after_previous and previous.precision == "day":
        last = (previous.end_value if previous.until is None else None) or previous_value
        return gregorian.nearest_weekday(part.weekday, dt.date.fromisoformat(last[:10]), forward=True,
                                         strict=True).isoformat()
    if previous.weekday is None or previous.precision != "day" or previous.until is not None:
        return None
    if not _LISTED.fullmatch(ctx.f, previous.end, part.start):
        return None
    day = gregorian.nearest_weekday(part.weekday, dt.date.fromisoformat(previous_value), forward=True, strict=True)
    return day.isoformat()


_LISTED = re.compile(r"\s*,?\s*و\s*")

# How far after a day written without its weekday, in its sentence, a bare weekday may name it
# (folded characters).
_WEEKDAY_TOLD_REACH = 80


def _apposition_before(part: Part, ctx: Context) -> bool:
    """Is the weekday said to be the day before it ("هو يوم الأربعاء", "وهو الأربعاء", "أي يوم
    الأربعاء")? Only then does it tell a year the day did not have."""
    before = ctx.f[max(0, part.start - 12):part.start].split()
    told = words(section("tense")["day_told_words"])
    return bool(before) and (before[-1] in told or (len(before) > 1 and before[-1] == "يوم" and before[-2] in told))


def weekday_of_the_day_told(part: Part, previous: Part | None, previous_value: str | None,
                            ctx: Context) -> str | None:
    """"يوم الثامن من شهر شتنبر، أي أنها ستجرى في يوم واحد، هو يوم الأربعاء": a bare weekday
    right after a day written without one, in its sentence, names that day when it falls on it;
    and when that day has no year written, the weekday tells which of the two around
    publication it is (as "يوم الأربعاء 8 شتنبر" would). The day's value, or None."""
    if (part.kind != "weekday" or part.relation is not None or previous is None or previous_value is None
            or previous.kind not in ("explicit", "numeric") or previous.precision != "day"
            or previous.until is not None or previous.weekday is not None or len(previous_value) != 10
            or part.start - previous.end > _WEEKDAY_TOLD_REACH
            or ctx.sentence_of(part.start) != ctx.sentence_of(previous.start)
            or _SENTENCE_END.search(ctx.f, previous.end, part.start)):
        return None
    if dt.date.fromisoformat(previous_value).weekday() == part.weekday:
        return previous_value
    if previous.year is not None or previous.relation is not None or not _apposition_before(part, ctx):
        return None  # "زار القاهرة في 5 مارس، وعاد الأربعاء": another day, which tells no year
    around = [d for d in gregorian.days_of(previous.month, previous.day, ctx.published)
              if abs((d - ctx.published).days) < 366 and d.weekday() == part.weekday]
    return around[0].isoformat() if len(around) == 1 else None


# A headline is a line of its own of at most this many words, with no full stop at its end.
_HEADLINE_WORDS = 16


def in_headline(part: Part, ctx: Context) -> bool:
    """Does the part stand in a headline (or a caption) above more text? A headline's bare weekday
    ("ليبيا: فتح باب الترشح للانتخابات الأحد") carries no tense of its own: the body tells which
    day it is ("سيفتح ظهيرة يوم الأحد القادم")."""
    line_start = ctx.f.rfind("\n", 0, part.start) + 1
    line_end = ctx.f.find("\n", part.end)
    if line_end < 0 or not ctx.f[line_end:].strip():
        return False
    line = ctx.f[line_start:line_end].strip()
    return len(line.split()) <= _HEADLINE_WORDS and line[-1:] not in ".!?"


def _headline_like(part: Part, ctx: Context) -> bool:
    """Does the part stand in a line as short as a headline with no full stop at its end (above
    more text or alone)?"""
    line_start = ctx.f.rfind("\n", 0, part.start) + 1
    line_end = ctx.f.find("\n", part.end)
    line = ctx.f[line_start:line_end if line_end >= 0 else len(ctx.f)].strip()
    return len(line.split()) <= _HEADLINE_WORDS and line[-1:] not in ".!?"


def body_weekday(value: str, weekday: int | None, named_weekdays: dict[int, dt.date]) -> str:
    """A headline's bare weekday (`value` as the publication date gave it) is the day the text
    ties that weekday to (by a date, by الماضي/المقبل, or as one to come: `named_weekdays`), when it does."""
    named = named_weekdays.get(weekday) if weekday is not None else None
    return named.isoformat() if named is not None else value


# How far after a date of an earlier year a day or month without its year still belongs to its
# story (folded characters: the same sentence or the next one).
_NARRATIVE_REACH = 200
# A sentence's end between two dates, also after a number ("في 20 سبتمبر 2024. وكان"), which the
# sentence splitter leaves joined
_SENTENCE_END = re.compile(r"[.!?\n](?!\d)")


def narrative_year(part: Part, previous: Part | None, previous_value: str | None, value: str,
                   ctx: Context) -> int | None:
    """"أعلن ترشحه فاتح مارس 2019 ... في انتخابات 22 من يونيو", "ولد سنة 1931 (15 اكتوبر)": a day
    or month without its year written right after a date of an earlier year is of the story told
    of that year (or of the next one, when the story has moved past that day), not of the year
    before publication. Only where the publication date would put it in the past anyway (`value`)
    and its sentence does not point forward. Right after a date to come, in its sentence, it is of
    that date's year when that puts it after publication (a timetable told without a verb of the
    future). A range whose end has no year either goes by its start ("من 22 مارس 2012 إلى 01 أفريل، على
    أن تكون من 15 مارس إلى 01 أفريل", "نهاية شهر فيفري 2020 ... بين شهري مارس وماي")."""
    if (part.kind != "explicit" or part.year is not None or part.relation is not None or part.weekday is not None
            or (part.until is not None and (part.until.year is not None or part.until.relation is not None))
            or part.precision not in ("day", "month") or previous is None
            or previous_value is None or previous.kind not in ("explicit", "numeric")
            or part.start - previous.end > _NARRATIVE_REACH or value[:10] > ctx.published.isoformat()):
        return None
    told = int(previous_value[:4])
    if previous.year is None:
        # "يوم الثامن من شتنبر (to come) ... ثم انتخابات مجالس العمالات يوم 21 شتنبر": a timetable
        # told without its year goes on after a date to come, in its sentence or the next, unless a
        # clause about the past opens between them
        candidate = f"{told:04d}-{value[5:]}"
        if (previous_value[:10] > ctx.published.isoformat() and candidate >= previous_value[:len(value)]
                and int(value[:4]) != told and _SENTENCE_END.subn("", ctx.f[previous.end:part.start])[1] <= 1
                and not _past_clause_between(ctx.f[previous.end:part.start])):
            return told
        return None
    if previous_value[:10] > ctx.published.isoformat():
        # "في يوم الأحد 31 أغسطس 2025 ..., يسبقه ... في 24 أغسطس": after a date to come, in its
        # sentence, a day or month the publication date would put in the past is of that date's year
        candidate = f"{told:04d}-{value[5:]}"
        same_sentence = (ctx.sentence_of(part.start) == ctx.sentence_of(previous.start)
                         and not _SENTENCE_END.search(ctx.f, previous.end, part.start))
        return told if same_sentence and int(value[:4]) != told and candidate > ctx.published.isoformat() else None
    if told >= ctx.published.year or int(value[:4]) == told or ctx.points_forward(part.start, part.end):
        return None
    if among(ctx.word_before(previous.start), tense.past_cues()):
        return None  # "منذ عام 1992": a duration's start, no story told of that year
    if _born_in(previous, ctx) and _SENTENCE_END.search(ctx.f, previous.end, part.start):
        # "ولد في مدينة حلب العام 1950. ... غادر عالمنا في 14 حزيران": a life's start, and the story
        # has moved on (in its own sentence: "ولد سنة 1931 (15 اكتوبر)" is the birthday)
        return None
    before = previous_value[:len(value)]  # the date told before, at this part's precision
    for year in (told, told + 1):
        candidate = f"{year:04d}-{value[5:]}"
        if candidate >= before:
            return year if candidate < ctx.published.isoformat() and year < ctx.published.year else None
    return None


# How many words before a year a birth word still tells it is a year of birth.
_BIRTH_REACH_WORDS = 5


def _born_in(previous: Part, ctx: Context) -> bool:
    """Is the date before a year of birth ("ولد في مدينة حلب العام 1950", "من مواليد 1950")?"""
    line_start = ctx.f.rfind("\n", 0, previous.start) + 1
    before = re.split(r"[.,؛;!?؟]", ctx.f[line_start:previous.start])[-1].split()[-_BIRTH_REACH_WORDS:]
    birth = words(section("tense")["birth_words"])
    birth_next = words(section("tense")["birth_next_words"])
    # the verb before where or when ("ولد في", "ولد عام", "ولد بمدينة"), not "ولد" of a Mauritanian
    # name ("محمد ولد الشيخ الغزواني"); "مواليد" right before the year
    return any(among(w, birth) and (i + 1 == len(before) or before[i + 1] in birth_next or before[i + 1].startswith("ب"))
               for i, w in enumerate(before))


@lru_cache(maxsize=None)
def _past_openers_pattern() -> re.Pattern:
    from generator.text.orthography import fold
    openers = sorted({fold(o) for o in section("tense")["past_clause_openers"]}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in openers) + r")(?!\w)")


def _past_clause_between(folded: str) -> bool:
    """Does a clause about the past open in `folded` ("وكانت", "بعد أن")?"""
    return _past_openers_pattern().search(folded) is not None


def remember_weekday(part: Part, value: str, ctx: Context) -> None:
    """A weekday the text has tied to a day (by a date, by الماضي/المقبل, or as one to come)
    names that day again later; after a weekday to come, the sentence's other weekdays come too."""
    if part.weekday is None or part.precision != "day" or part.until is not None:
        return
    day = dt.date.fromisoformat(value)
    ahead = part.kind == "weekday" and part.relation is None and day > ctx.published
    if part.kind in ("explicit", "numeric", "hijri") or (part.kind == "weekday" and part.relation) or ahead:
        ctx.named_weekdays[part.weekday] = day
    if ahead and (k := ctx.sentence_of(part.start)) is not None:
        ctx.forward_sentences.add(k)


def _end_settles(part: Part, end: Part) -> bool:
    """Does the end of a range say its year, where the start does not ("من 29 نوفمبر إلى 1 ديسمبر
    المقبل", "من 3 إلى 5 مارس 2023")? Then the start is the nearest before the end."""
    return part.year is None and part.relation is None and (end.year is not None or end.relation not in (None, 0))


def _weekday_range(part: Part, end: Part, ctx: Context) -> tuple[str, str]:
    """"من السبت حتى الأربعاء": the first weekday as it reads alone, then the next day that is the
    second one; an end that says its week ("حتى الخميس المقبل") settles it, and the start is the
    day of the first weekday before it."""
    if end.relation not in (None, 0):
        last = _day_value(end, ctx)
        first = last - dt.timedelta(days=(last.weekday() - part.weekday) % 7 or 7)
    else:
        first = _day_value(part, ctx)
        last = first + dt.timedelta(days=(end.weekday - first.weekday()) % 7 or 7)
    return first.isoformat(), last.isoformat()


def resolve(part: Part, ctx: Context) -> tuple[str, str | None]:
    """(value, end_value) as ISO strings of the part's precision."""
    if part.value is not None and (part.until is None or part.end_value is not None):
        return part.value, part.end_value
    end = part.until
    if part.value is not None:  # "من اليوم وحتى الخميس المقبل": from a day counted from publication
        first = dt.date.fromisoformat(part.value)
        if end.kind == "weekday" and end.relation is None:
            last = gregorian.nearest_weekday(end.weekday, first, True, False)  # "حتى الخميس": the next one
        else:
            last = dt.date.fromisoformat(end.value) if end.value is not None else _day_value(end, ctx, after=first)
        if last < first:
            raise Unresolvable("the range ends before it starts")
        return first.isoformat(), last.isoformat()
    if part.precision == "year":
        if end is None:
            return f"{part.year:04d}", None
        if end.year < part.year:
            raise Unresolvable("the range ends before it starts")
        return f"{part.year:04d}", f"{end.year:04d}"
    if part.precision == "month":
        if end is None:
            year, month = _month_value(part, ctx)
            return f"{year:04d}-{month:02d}", None
        if _end_settles(part, end):
            end_year, end_month = _month_value(end, ctx)
            first = (end_year if part.month <= end_month else end_year - 1, part.month)
        else:
            first = _month_value(part, ctx)
        last = _month_value(end, ctx, after=first)
        if last < first:
            raise Unresolvable("the range ends before it starts")
        return f"{first[0]:04d}-{first[1]:02d}", f"{last[0]:04d}-{last[1]:02d}"
    if end is None:
        return _day_value(part, ctx).isoformat(), None
    if part.kind == "weekday":
        return _weekday_range(part, end, ctx)
    if _end_settles(part, end):
        last = _day_value(end, ctx)
        first = gregorian.nearest_day(part.month, part.day, last, forward=False, strict=False)
        if first is None:
            raise Unresolvable(f"{month_name(part.month)} never has a day {part.day}")
    else:
        first = _day_value(part, ctx)
        last = _day_value(end, ctx, after=first)
    if last < first:
        raise Unresolvable("the range ends before it starts")
    return first.isoformat(), last.isoformat()
