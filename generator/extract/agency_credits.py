"""News agencies named in credits that the registry does not know (discovery's cues for agencies,
over what finder.py's scan found in one text).

A credit is a short name where the news signs a dispatch: alone in brackets or between slashes
("(قنا)", "/ وام /"), after a dateline's place or an outlet's name and a dash, opening the line
("صنعاء - سبأ:", "دمشق-سانا", "الشبيبة - العمانية", "رام الله 3-1-2024 وفا-"), right after a
dateline's date ("الرياض 09 ذو القعدة 1444 هـ الموافق 29 مايو 2023 م واس"), or after a source
label ("المصدر: وام"). The name is one of the national agencies' short names (agencies.yml), the
initials of any agency with dots or spaces between the letters ("و.م.ع", "أ ش أ"), or, ending a
dateline's line, an agency named by its nisba ("مسقط - العمانية"). Agencies the registry knows are
matched as entities before discovery and are not proposed here.

Credit shapes are read once: finder.py's credit words take the national short names too, so its
scan reads them in round brackets and after a dateline's place and dash (credit_in_brackets,
credit_at), and what encloses a credit is `Finder.enclosed`. This module adds what that scan does
not read: initials, the nisba, a short name after a date, an outlet's name or a source label, and
the other enclosing marks; whatever the scan took is not read again.
"""
from __future__ import annotations

from generator.extract.dates.lexicon import section, words
from generator.extract.finder import Found, Finder, stem_in
from generator.text.orthography import DASHES, TATWEEL

_DASHES = (*DASHES, TATWEEL, "/")  # ـ: a dash typed as tatweel
# A credit opens its line: at most this many words before it (a place, a date, an outlet's name).
_LINE_HEAD_WORDS = 6
# A dateline with its date in two calendars ("الرياض 09 ذو القعدة 1444 هـ الموافق 29 مايو 2023 م"):
# at most this many words before the credit that follows its year.
_DATELINE_WORDS = 14
# The marks after a Gregorian or a Hijri year (م، ميلادية، هـ …), as the dates read them.
_YEAR_MARKS = words([*section("gregorian")["year_marks"], *section("hijri")["year_marks"]])
# Initials: this many single letters, each after a dot or a space.
_INITIALS = (2, 4)


def with_agency_credits(finder: Finder, found: list[Found]) -> list[Found]:
    """What the scans found in one text, with the agencies its credits name."""
    taken = {k for f in found for k in range(f.head if f.head is not None else f.start, f.end)}
    credits = [c for c in _credits(finder) if not taken.intersection(range(c.start, c.end))]
    return sorted(found + credits, key=lambda f: f.start)


def _credits(finder: Finder) -> list[Found]:
    tokens, cues = finder.tokens, finder.cues
    out: list[Found] = []
    line_start = 0
    i = 0
    while i < len(tokens):
        if i == 0 or "\n" in tokens[i].gap:
            line_start = i
        end = _initials_end(tokens, i)
        kind = "initials" if end else None
        if kind is None and tokens[i].word in cues.credit_short_names:
            end, kind = i + 1, "short"
        elif kind is None and _is_nisba_credit(tokens[i]):
            end, kind = i + 1, "nisba"
        if kind and not any(t.covered for t in tokens[i:end]) and _in_credit_place(finder, i, end, line_start, kind):
            out.append(Found(i, end, "organization", as_written=True))
            i = end
            continue
        i += 1
    return out


def _initials_end(tokens, i: int) -> int | None:
    """The end of initials starting at token i ("و.م.ع", "أ ش أ"), or None."""
    end = i
    while end < len(tokens) and len(tokens[end].word) == 1 and tokens[end].word.isalpha() and (
            end == i or tokens[end].gap.strip() in ("", ".")) and "\n" not in tokens[end].gap:
        end += 1
    low, high = _INITIALS
    return end if low <= end - i <= high else None


def _is_nisba_credit(token) -> bool:
    """"العمانية": the article, the feminine nisba ending; its place decides (a line's end)."""
    return token.plain_article and token.word.endswith("يه") and len(token.word) > 5


def _in_credit_place(finder: Finder, start: int, end: int, line_start: int, kind: str) -> bool:
    tokens, cues = finder.tokens, finder.cues
    before = tokens[start].gap
    after = tokens[end].gap if end < len(tokens) else "\n"
    line_end = "\n" in after or end == len(tokens)
    if kind != "nisba" and finder.enclosed(start, end) is not None:
        return True  # "(قنا)", "/ وام /"
    if (kind != "nisba" and start > line_start and tokens[start - 1].word in cues.credit_source_labels
            and before.strip(" ").startswith(":") and (line_end or after.strip(" ")[:1] in (".", ""))):
        return True  # "المصدر: وام"
    if kind == "short" and _told_to(finder, start, line_start):
        return True  # "في تصريح لـ«كونا»", "لمراسلة سانا"
    if kind == "short" and start > line_start and _after_a_dateline_date(tokens[start - 1]):
        return start - line_start <= _DATELINE_WORDS  # "الرياض ... 29 مايو 2023 م واس"
    if start - line_start > _LINE_HEAD_WORDS:
        return False
    dash_before = start > line_start and before.strip(" ")[-1:] in _DASHES
    if kind == "nisba":
        return dash_before and line_end  # "مسقط - العمانية" alone on its line
    rest = after.strip(" ")
    closes = line_end or rest[:1] in (":", *_DASHES)
    return closes and (dash_before or start > line_start and kind == "short" and rest[:1] in _DASHES)


def _told_to(finder: Finder, start: int, line_start: int) -> bool:
    """The short name at `start` is whom a statement was given to: after a word of statement with
    ل apart ("تصريح لـ «كونا»") or a correspondent's with ل glued on ("لمراسلة سانا")."""
    tokens, told = finder.tokens, finder.cues.credit_told_words
    before = start - 1
    if before > line_start and tokens[before].word == "ل":
        return stem_in(tokens[before - 1], told) is not None  # "تصريح لـ «كونا»"
    return before >= line_start and tokens[before].word.startswith("ل") and stem_in(tokens[before], told) is not None


def _after_a_dateline_date(token) -> bool:
    """The word before a credit ends a dateline's date: the mark after its year (م، هـ)."""
    return token.word in _YEAR_MARKS
