"""The small values that flow through the pipeline: read -> extract -> aggregate -> render.

Every stage takes these and returns new ones; nothing here does I/O. They have __slots__: an
archive of 10,000 articles holds millions of mentions, dates and events, and an instance
without a __dict__ takes less than half the memory.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

ENTITY_TYPES = ("person", "organization", "place", "agreement")
# The front-matter agencies read as one text, for mentions with field "agencies".
AGENCY_JOINER = "، "


@dataclass(frozen=True, slots=True)
class Problem:
    """Something a maintainer must know about, tied to a file and a line (1-based)."""

    path: str
    line: int
    level: str  # "error" or "warning"
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.level}: {self.message}"


class ContentError(Exception):
    """A problem that stops the command; carries the Problem to print."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


class BuildFailed(Exception):
    """A build refused: nothing was written; carries every Problem that stopped it."""

    def __init__(self, problems: list[Problem], message: str = ""):
        super().__init__(message or f"{len(problems)} error(s)")
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Article:
    """One article from content/articles/. `body` is exactly what the maintainer wrote."""

    path: str  # relative to the repository root, with forward slashes
    title: str
    date: dt.date
    slug: str
    body: str
    source: str | None = None
    agencies: tuple[str, ...] = ()
    url: str | None = None
    lang: str = "ar"
    summary: str | None = None
    body_line: int = 1  # line of the file where the body starts, for error messages
    body_format: str = "markdown"  # "text": pasted plain text, one paragraph per line
    # The dateline the importer took out of the pasted text ("بنغازي 14 مايو 2024"), as written:
    # not shown in the body, but its place is named there, so extraction and discovery read it.
    dateline: str | None = None

    @property
    def key(self) -> str:
        """Unique id used for URLs: the date plus the slug."""
        return f"{self.date.isoformat()}-{self.slug}"


@dataclass(frozen=True, slots=True)
class Entity:
    """One registry entry from content/entities/<type>/<id>.md."""

    id: str
    type: str  # one of ENTITY_TYPES
    name: str
    name_en: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    wikidata: str | None = None
    description: str = ""
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity found in a text; start/end are offsets into the original text of `field`.

    field: "body", "title", or "agencies" (the front-matter agencies joined by AGENCY_JOINER).
    """

    entity_id: str
    start: int
    end: int
    text: str
    field: str = "body"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression found in a text, resolved to a calendar value.

    value / end_value are ISO strings: YYYY-MM-DD, YYYY-MM or YYYY (by precision).
    """

    text: str
    start: int
    end: int
    value: str
    precision: str  # "day", "month" or "year"
    end_value: str | None = None
    kind: str = "explicit"  # explicit, relative, weekday, hijri, numeric
    field: str = "body"  # "body" or "title": the text that start/end point into


@dataclass(frozen=True, slots=True)
class Event:
    """A sentence of an article that carries a resolved date."""

    value: str
    precision: str
    end_value: str | None
    sentence: str
    entity_ids: tuple[str, ...]
    article_key: str
    date_text: str = ""
    date_start: int = -1  # where date_text starts in `sentence` (-1: not known)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the extract stage found in one article."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    events: tuple[Event, ...] = ()
    problems: tuple[Problem, ...] = field(default=())

    def with_article(self, article: Article) -> "Extraction":
        """The same extraction holding `article` (an equal object: the one read, not a copy)."""
        return replace(self, article=article)
