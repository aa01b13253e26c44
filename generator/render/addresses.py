"""Every kind of page and file the site has, and where it goes: one place for the URL scheme.

The addresses are patterns in site_config/site.yml (`addresses:`), as Pelican's ARTICLE_SAVE_AS
and Material's blog `*_url_format` settings are; a kind the file does not name keeps its default.
A pattern is a path inside the docs folder (pages end in .md; MkDocs turns "x/y.md" into the
directory URL "x/y/") with placeholders: {year} (four digits), {month} (two), {key} (an
article's), {type} and {id} (an entity's). Every listing is split by one paginator whose
numbered pages sit beside the first ("x/index.md" -> "x/page-2.md", "x/y.md" -> "x/y/page-2.md").
A listing that grows at its start (the newest first) is numbered from its other end, so that a
new item changes its first page and no other (see paginate).

MkDocs reads mkdocs.yml and the theme overrides, not site.yml: tests/test_addresses.py checks
that their nav, not_in_nav and feed link agree with these addresses.
"""
from __future__ import annotations

import re
import string
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

from generator.model import ContentError, Problem
from generator.read.content import RESERVED_NAMES

# kind -> (default pattern, the placeholders it must use: together they tell its pages apart)
KINDS: dict[str, tuple[str, frozenset]] = {
    "home": ("index.md", frozenset()),
    "archive": ("archive/index.md", frozenset()),
    "archive_year": ("archive/{year}/index.md", frozenset({"year"})),
    "archive_month": ("archive/{year}/{month}.md", frozenset({"year", "month"})),
    "article": ("articles/{year}/{key}.md", frozenset({"key"})),
    "entities": ("entities/index.md", frozenset()),
    "entity_type": ("entities/{type}/index.md", frozenset({"type"})),
    "entity": ("entities/{type}/{id}.md", frozenset({"type", "id"})),
    "entity_timeline": ("entities/{type}/{id}/timeline.md", frozenset({"type", "id"})),
    "chronology": ("chronology/index.md", frozenset()),
    "chronology_year": ("chronology/{year}/index.md", frozenset({"year"})),
    "chronology_type": ("chronology/{type}/index.md", frozenset({"type"})),
    "chronology_type_year": ("chronology/{type}/{year}/index.md", frozenset({"type", "year"})),
    "site_feed": ("feed.xml", frozenset()),
    "entity_feed": ("feeds/{type}/{id}.xml", frozenset({"type", "id"})),
    "open_data_articles": ("api/articles.json", frozenset()),
    "open_data_entities": ("api/entities.json", frozenset()),
    "open_data_events": ("api/events.json", frozenset()),
    "open_data_chronology": ("chronology.csv", frozenset()),
}
PLACEHOLDERS = frozenset({"year", "month", "key", "type", "id"})
FILE_KINDS = {"site_feed": ".xml", "entity_feed": ".xml", "open_data_articles": ".json",
              "open_data_entities": ".json", "open_data_events": ".json", "open_data_chronology": ".csv"}
# Placeholders filled from untrusted files (slugs, ids): a literal name beside one of them
# must be a reserved name (generator/read/content.py), or an article or entity could take it.
SLUG_PLACEHOLDERS = frozenset({"key", "id"})
# Page n > 1 of a listing (the slug rules reserve "page-<n>" for it).
NUMBERED_PAGE = "page-{number}.md"
SITE_YML = "site_config/site.yml"


@dataclass(frozen=True)
class Addresses:
    """The path of every page and file of the site, inside the docs (or site) folder."""

    patterns: dict = field(default_factory=lambda: {kind: default for kind, (default, _) in KINDS.items()})

    def _fill(self, kind: str, **values) -> str:
        return self.patterns[kind].format(**values)

    # Pages reached from the navigation, and files without placeholders.
    @property
    def home(self) -> str:
        return self.patterns["home"]

    @property
    def archive(self) -> str:
        return self.patterns["archive"]

    @property
    def entities(self) -> str:
        return self.patterns["entities"]

    @property
    def chronology(self) -> str:
        return self.patterns["chronology"]

    @property
    def site_feed(self) -> str:
        return self.patterns["site_feed"]

    def open_data(self, name: str) -> str:
        """articles, entities, events (JSON) or chronology (CSV)."""
        return self.patterns[f"open_data_{name}"]

    # Pages of one year, month, article, entity or entity type.
    def archive_year(self, year: int) -> str:
        return self._fill("archive_year", year=f"{year:04d}")

    def archive_month(self, year: int, month: int) -> str:
        return self._fill("archive_month", year=f"{year:04d}", month=f"{month:02d}")

    def article(self, article) -> str:
        return self._fill("article", year=f"{article.date.year:04d}", month=f"{article.date.month:02d}",
                          key=article.key)

    def entity(self, entity) -> str:
        return self._fill("entity", type=entity.type, id=entity.id)

    def entity_timeline(self, entity) -> str:
        return self._fill("entity_timeline", type=entity.type, id=entity.id)

    def entity_type(self, entity_type: str) -> str:
        return self._fill("entity_type", type=entity_type)

    def entity_feed(self, entity) -> str:
        return self._fill("entity_feed", type=entity.type, id=entity.id)

    def chronology_year(self, year: int) -> str:
        return self._fill("chronology_year", year=f"{year:04d}")

    def chronology_type(self, entity_type: str) -> str:
        return self._fill("chronology_type", type=entity_type)

    def chronology_type_year(self, entity_type: str, year: int) -> str:
        return self._fill("chronology_type_year", type=entity_type, year=f"{year:04d}")

    @staticmethod
    def numbered(first_src: str, number: int) -> str:
        """Page `number` of the listing whose first page is `first_src`: page 1 keeps its path."""
        return first_src if number == 1 else Addresses.page_beside(first_src, number)

    @staticmethod
    def page_beside(first_src: str, number: int) -> str:
        """The address numbered `number` beside a listing's first page ("x/y.md" -> "x/y/page-2.md")."""
        base = first_src[: -len("index.md")] if first_src.endswith("index.md") else first_src[: -len(".md")] + "/"
        return base + NUMBERED_PAGE.format(number=number)

    def top_folders(self) -> set[str]:
        """The first folder of every page address that has one (MkDocs' not_in_nav lists them)."""
        return {pattern.split("/")[0] for kind, pattern in self.patterns.items()
                if kind not in FILE_KINDS and "/" in pattern}


DEFAULT = Addresses()


@dataclass(frozen=True)
class Pagination:
    """One page of a listing: its items, its number, and the addresses of all the listing's pages."""

    items: list
    number: int
    pages: tuple  # the address of every page of the listing, page 1 first

    @property
    def src(self) -> str:
        return self.pages[self.number - 1]

    @property
    def count(self) -> int:
        return len(self.pages)

    @property
    def previous(self) -> str | None:
        return self.pages[self.number - 2] if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.pages[self.number] if self.number < len(self.pages) else None


def paginate(items: list, size: int, first_src: str, newest_first: bool = False,
             key: Callable[[object], str] | None = None) -> list[Pagination]:
    """A listing split into pages of `size` items: at least one page, even when empty. Readers
    meet the pages in the listing's order, page 1 (`first_src`) first.

    A listing read oldest first grows at its end: pages of `size` from its start, the last one
    holding the rest, so that a new item changes the last page only.
    `newest_first`: the listing grows at its start (an archive's month, an entity's articles).
    Its pages are cut from its oldest end, as archived feeds are (RFC 5005): every page but the
    first holds `size` items and is numbered from the oldest (its address is "page-1" for the
    oldest), so it keeps its items and its address while newer items arrive; the first page
    holds the newest, between `size` and 2 × `size` − 1 of them (all of them when fewer), and a
    new item changes it alone, until it has 2 × `size` items and gives up its oldest `size` to
    a new page. (The position a page shows, counted from the first, moves then.)
    `key`: the listing takes new items anywhere (a year's chronology: an article may tell of any
    day), read oldest first. A page ends after an item whose `key` (a text that stays the same
    while the item does) hashes to one of two values in `size`, once it holds `size` / 2 items,
    and at 2 × `size` items at most: where a page ends depends on its own items, not on how many
    come before it, so a new item changes its own page, and the numbers of the pages after it
    only when it is such an item itself (about two times in `size`)."""
    if not newest_first:
        chunks = (_cut_at_marked(items, size, key) if key is not None
                  else [items[i : i + size] for i in range(0, len(items), size)] or [[]])
        srcs = tuple(Addresses.numbered(first_src, n) for n in range(1, len(chunks) + 1))
        return [Pagination(chunk, number, srcs) for number, chunk in enumerate(chunks, start=1)]
    archived = max(len(items) // size - 1, 0)  # full pages behind the first, counted from the oldest
    first = len(items) - archived * size
    chunks = [items[:first]] + [items[first + i * size : first + (i + 1) * size] for i in range(archived)]
    srcs = (first_src,) + tuple(Addresses.page_beside(first_src, archived - i) for i in range(archived))
    return [Pagination(chunk, number, srcs) for number, chunk in enumerate(chunks, start=1)]


def page_holding(pages: list[Pagination], index: int) -> Pagination:
    """The page of a listing (paginate's) that shows the listing's item at `index`."""
    for page in pages:
        if index < len(page.items):
            return page
        index -= len(page.items)
    return pages[-1]


def _cut_at_marked(items: list, size: int, key: Callable[[object], str]) -> list[list]:
    """Pages of `items` that end at items marked by their key's hash (paginate), `size` long on average."""
    least, most = max(size // 2, 1), 2 * size
    marked = [zlib.crc32(key(item).encode("utf-8")) % size < 2 for item in items]
    chunks, start = [], 0
    while start < len(items):
        end = min(start + least, len(items))
        while end < len(items) and end - start < most and not marked[end - 1]:
            end += 1
        chunks.append(items[start:end])
        start = end
    return chunks or [[]]


def load_addresses(values, text: str) -> Addresses:
    """The `addresses:` mapping of site.yml (None: every default); a bad pattern is a ContentError
    naming site.yml and its line."""
    if values is None:
        return DEFAULT
    if not isinstance(values, dict):
        raise _error(text, "addresses", "addresses must be a mapping of page kinds to patterns, e.g. "
                                        "article: \"articles/{year}/{key}.md\"")
    patterns = dict(DEFAULT.patterns)
    for kind, pattern in values.items():
        problem = pattern_problem(kind, pattern)
        if problem:
            raise _error(text, kind, f"addresses.{kind}: {problem}")
        patterns[kind] = pattern
    clash = shared_problem(patterns) or reserved_problem(patterns)
    if clash:
        kind, message = clash
        raise _error(text, kind, f"addresses.{kind}: {message}")
    return Addresses(patterns)


def pattern_problem(kind, pattern) -> str | None:
    """Why `pattern` cannot be the address of `kind`, or None."""
    if kind not in KINDS:
        return f"unknown page kind; the kinds are {', '.join(KINDS)}"
    if not isinstance(pattern, str) or not pattern:
        return "the pattern must be a non-empty text"
    try:
        names = {name for _, name, spec, _ in string.Formatter().parse(pattern) if name is not None}
    except ValueError as error:
        return f"'{pattern}' is not a pattern ({error})"
    unknown = names - PLACEHOLDERS
    if unknown or any(spec for _, name, spec, _ in string.Formatter().parse(pattern) if name):
        return (f"'{pattern}' uses {', '.join('{' + n + '}' for n in sorted(unknown)) or 'a format spec'}; "
                f"the placeholders are {', '.join('{' + n + '}' for n in sorted(PLACEHOLDERS))}")
    missing = KINDS[kind][1] - names
    if missing:
        return f"'{pattern}' must use {', '.join('{' + n + '}' for n in sorted(missing))} (else pages overwrite each other)"
    parts = pattern.split("/")
    if pattern.startswith("/") or any(part in ("", ".", "..") for part in parts) or "\\" in pattern:
        return f"'{pattern}' must be a relative path inside the site, without '..' or empty parts"
    suffix = FILE_KINDS.get(kind, ".md")
    if not pattern.endswith(suffix):
        return f"'{pattern}' must end in {suffix}"
    return None


def shared_problem(patterns: dict) -> tuple[str, str] | None:
    """(kind, message) when two kinds have the same pattern: one would overwrite the other."""
    first_of: dict[str, str] = {}
    for kind, pattern in patterns.items():
        if pattern in first_of:
            return kind, f"'{pattern}' is also the address of {first_of[pattern]}; each kind needs its own"
        first_of[pattern] = kind
    return None


def _shape(pattern: str) -> tuple[str, str]:
    """(folder with every placeholder as '*', last name) of a pattern."""
    folder, _, name = pattern.rpartition("/")
    return re.sub(r"\{\w+\}", "*", folder), name


def reserved_problem(patterns: dict) -> tuple[str, str] | None:
    """(kind, message) when a fixed name sits in a folder where an article's key or an entity's id
    also names files, and is not a reserved name (an article or entity could take its address)."""
    slug_folders = {_shape(p)[0] for p in patterns.values()
                    if re.fullmatch(r"\{(%s)\}\.\w+" % "|".join(SLUG_PLACEHOLDERS), _shape(p)[1])}
    for kind, pattern in patterns.items():
        folder, name = _shape(pattern)
        stem = name.rsplit(".", 1)[0]
        if folder in slug_folders and "{" not in name and stem.lower() not in RESERVED_NAMES:
            return kind, (f"'{pattern}' shares its folder with articles or entities; '{stem}' is not a "
                          "reserved name (RESERVED_NAMES in generator/read/content.py), so one could take it")
    return None


def _error(text: str, key: str, message: str) -> ContentError:
    """The error at the line of `key` in site.yml's addresses mapping (at `addresses:` itself
    when the key is not found)."""
    rows = text.split("\n")
    start = next((n for n, row in enumerate(rows) if re.match(r"addresses\s*:", row)), 0)
    line = next((n for n, row in enumerate(rows[start:], start=start + 1)
                 if re.match(rf"\s*{re.escape(key)}\s*:", row)), start + 1)
    return ContentError(Problem(SITE_YML, line, "error", message))
