"""Raw text pasted from a news site -> the fields of a content file.

The first line is the title; a dateline gives the date; a line of agency credits gives
`agencies`; site chrome and photo captions are taken out of the body and reported.
Every other line stays exactly as pasted.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from generator.model import ContentError, Problem
from generator.text.arabic import fold, western_digits

# A clock time on a dateline ("09:15 PM", "14:20", "١٤:٢٠ بتوقيت مكة") is not part of the date.
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|ص|م)?\b(?:\s*(?:بتوقيت|ت\.?غ|gmt|utc)\s*\S*)?", re.I)
_DATELINE_WORDS = re.compile(
    r"\b(?:نشر|نشر في|بتاريخ|تاريخ النشر|اخر تحديث|تحديث|محدث|updated|published|on|في)\b\s*[:：]?", re.I
)
_SPACES = re.compile(r"\s+")
_DATELINE_MAX_WORDS = 9
# A dateline is looked for among the first lines of the article (and the last few).
_DATELINE_HEAD_LINES = 10
_DATELINE_TAIL_LINES = 3


@dataclass(frozen=True)
class RemovedLine:
    line: int  # 1-based, in the pasted file
    kind: str  # dateline, chrome, caption, credits
    text: str


@dataclass(frozen=True)
class RawArticle:
    """What the importer made of a pasted text."""

    title: str
    title_line: int
    date: dt.date | None
    date_text: str | None
    agencies: tuple[str, ...]
    body: str
    removed: tuple[RemovedLine, ...] = field(default=())


@lru_cache(maxsize=None)
def import_rules() -> dict:
    with resources.files("generator.data").joinpath("import.yml").open(encoding="utf-8") as f:
        rules = yaml.safe_load(f)
    agencies = {}
    for canonical, variants in rules["agencies"].items():
        for variant in [canonical, *variants]:
            agencies[_agency_key(variant)] = canonical
    return {
        "chrome_lines": {_line_key(line) for line in rules["chrome_lines"]},
        "chrome_patterns": [re.compile(p, re.I) for p in rules["chrome_patterns"]],
        "photo_credits": {_line_key(c) for c in rules["photo_credits"]},
        "caption_max_words": rules["caption_max_words"],
        "agencies": agencies,
    }


def _line_key(line: str) -> str:
    return _SPACES.sub(" ", fold(line)).strip()


def _agency_key(name: str) -> str:
    # "أ ف ب", "أ.ف.ب" and "AFP" compare equal once dots and spaces are gone.
    return re.sub(r"[\s.\-ـ]", "", fold(name))


def is_chrome(line: str) -> bool:
    rules = import_rules()
    key = _line_key(line)
    return key in rules["chrome_lines"] or any(p.search(key) for p in rules["chrome_patterns"])


def credited_agencies(line: str) -> tuple[str, ...] | None:
    """The agencies of a credit line such as "(فرانس برس، الأناضول)", or None if it is not one."""
    stripped = line.strip()
    match = re.fullmatch(r"[(\[](.+)[)\]]\.?", stripped) or re.fullmatch(r"(?:المصدر|المصادر|وكالات)\s*[:：]\s*(.+)", stripped)
    if not match:
        return None
    parts = [p for p in re.split(r"\s*[،,/+]\s*|\s+و(?=\S)", match.group(1)) if p.strip()]
    known = import_rules()["agencies"]
    names = [known.get(_agency_key(p)) for p in parts]
    if not names or None in names:
        return None
    return tuple(dict.fromkeys(names))


def is_caption(line: str) -> bool:
    """A photo caption: a short line that ends with a photo credit, "(Getty)" or "/ فرانس برس"."""
    rules = import_rules()
    match = re.search(r"(?:\(([^()]{1,40})\)|[/|]\s*([^/|]{1,40}))\s*$", line.strip())
    if not match:
        return False
    credit = _line_key(match.group(1) or match.group(2))
    words = len(line.split())
    return credit in rules["photo_credits"] and words <= rules["caption_max_words"]


def dateline_date(line: str) -> tuple[dt.date, str] | None:
    """The publication date of a dateline ("21 أكتوبر 2022", "12-03-2021 09:15 PM"), or None."""
    from generator.extract.dates import find_dates

    text = western_digits(line).strip()
    if not text or len(text.split()) > _DATELINE_MAX_WORDS:
        return None
    # The dates extractor needs a reference date; a dateline carries its own year.
    found = [d for d in find_dates(text, dt.date.today()) if d.precision == "day" and re.search(r"\d{4}", d.text)]
    if len(found) != 1:
        return None
    mention = found[0]
    rest = text[: mention.start] + " " + text[mention.end:]
    rest = _DATELINE_WORDS.sub(" ", _TIME.sub(" ", fold(rest)))
    rest = re.sub(r"[\s|\-–—:،,/()]+", " ", rest).strip()
    leftover = [w for w in rest.split() if w not in _folded_weekdays()]
    if len(leftover) > 2:
        return None
    return dt.date.fromisoformat(mention.value), line.strip()


@lru_cache(maxsize=None)
def _folded_weekdays() -> frozenset[str]:
    from babel.dates import get_day_names

    names = get_day_names("wide", locale="ar").values()
    return frozenset(fold(n) for n in names) | frozenset(fold("ال" + n[2:]) for n in names if n.startswith("ال"))


def parse_raw(text: str, path: str) -> RawArticle:
    """Split a pasted article into title, date, agencies and body; nothing is guessed silently."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = text.split("\n")
    title_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if title_index is None:
        raise ContentError(Problem(path, 1, "error", "the file is empty; paste the article text, title on the first line"))
    title = _SPACES.sub(" ", lines[title_index]).strip()

    removed: list[RemovedLine] = []
    keep: list[bool] = [True] * len(lines)
    date: dt.date | None = None
    date_text: str | None = None
    agencies: tuple[str, ...] = ()
    non_blank = [i for i in range(title_index + 1, len(lines)) if lines[i].strip()]
    dateline_candidates = set(non_blank[:_DATELINE_HEAD_LINES] + non_blank[-_DATELINE_TAIL_LINES:])

    for i in non_blank:
        line = lines[i]
        kind = None
        if date is None and i in dateline_candidates and (found := dateline_date(line)):
            date, date_text = found
            kind = "dateline"
        elif is_chrome(line):
            kind = "chrome"
        elif (names := credited_agencies(line)) is not None:
            agencies = tuple(dict.fromkeys(agencies + names))
            kind = "credits"
        elif is_caption(line):
            kind = "caption"
        if kind:
            keep[i] = False
            removed.append(RemovedLine(i + 1, kind, line.strip()))

    body_lines = [line for i, line in enumerate(lines) if i > title_index and keep[i]]
    while body_lines and not body_lines[0].strip():
        body_lines.pop(0)
    while body_lines and not body_lines[-1].strip():
        body_lines.pop()
    if not body_lines:
        raise ContentError(Problem(path, title_index + 1, "error",
                                   "only a title was found; the article text must follow the title line"))
    body = "\n".join(body_lines) + "\n"
    return RawArticle(title, title_index + 1, date, date_text, agencies, body, tuple(removed))


def text_fingerprint(body: str) -> str:
    """A key that two copies of one article share however they were pasted."""
    import hashlib

    words = re.findall(r"\w+", fold(body))
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()
