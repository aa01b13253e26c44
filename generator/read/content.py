"""Read articles from content/articles/ and write new ones (only `import` writes there).

A content file is YAML front matter plus the body exactly as the maintainer gave it.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.data import QUICK_LOADER
from generator.model import Article, ContentError, Problem
from generator.read.tree import read_inside, regular_files

ARTICLES_DIR = Path("content") / "articles"

REQUIRED_KEYS = ("title", "date")
OPTIONAL_KEYS = ("slug", "source", "agencies", "url", "lang", "summary", "format", "dateline")
BODY_FORMATS = ("markdown", "text")
# The largest files accepted (README, "Safety"): far above any news article (a long one is
# 60 KiB of Arabic), low enough that a hostile file cannot make the build slow.
MAX_ARTICLE_BYTES = 1024 * 1024
MAX_FRONT_MATTER_BYTES = 64 * 1024

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)


@dataclass(frozen=True)
class ParsedFile:
    meta: dict
    body: str
    body_line: int
    key_lines: dict  # front-matter key -> 1-based line in the file


class _SafeLoaderNoAliases(yaml.SafeLoader):
    """Safe YAML without anchors/aliases: no alias bombs from a contributor's file."""

    def compose_node(self, parent, index):  # noqa: D401 - PyYAML hook
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(
                "while reading front matter", None, "YAML aliases (*name) are not allowed", event.start_mark
            )
        return super().compose_node(parent, index)


# libyaml, when PyYAML has it, reads a front matter ten times quicker; it is used only where
# no alias can occur (no '*' in the text) and only for valid YAML: everything else goes to
# the loader above, whose errors and refusals are the ones maintainers see.
def _load_yaml(raw: str):
    if QUICK_LOADER is not None and "*" not in raw:
        try:
            return yaml.load(raw, Loader=QUICK_LOADER) or {}
        except (yaml.YAMLError, ValueError):
            pass
    return yaml.load(raw, Loader=_SafeLoaderNoAliases) or {}


def parse_front_matter(text: str, path: str) -> ParsedFile:
    """Split a content file into its front matter and body; errors name the file and line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    match = _FRONT_MATTER.match(text)
    if not match:
        raise ContentError(
            Problem(path, 1, "error", "the file must start with front matter between two '---' lines "
                    "(title and date at least); see the README, section 'Content files'")
        )
    raw = match.group(1) or ""
    if len(raw.encode("utf-8")) > MAX_FRONT_MATTER_BYTES:
        raise ContentError(Problem(path, 1, "error", "the front matter is larger than 64 KiB; keep long text in the body"))
    try:
        meta = _load_yaml(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 2
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ContentError(Problem(path, line, "error", f"the front matter is not valid YAML: {reason}")) from None
    except ValueError as exc:  # YAML read "2023-02-30" as a date that does not exist
        numbered = list(enumerate(raw.split("\n"), start=2))
        line = next((n for n, text in numbered if re.match(r"[\w-]+:\s*\d{4}-\d{1,2}-\d{1,2}", text)), 2)
        raise ContentError(Problem(path, line, "error", f"the front matter is not valid YAML: {exc}; "
                                   "write an existing date as YYYY-MM-DD")) from None
    if not isinstance(meta, dict):
        raise ContentError(Problem(path, 2, "error", "the front matter must be a list of 'key: value' lines"))
    key_lines = {}
    for number, line in enumerate(raw.split("\n"), start=2):
        key = line.split(":", 1)[0].strip()
        if key and not line.startswith((" ", "\t", "-")) and key not in key_lines:
            key_lines[key] = number
        elif key in key_lines and re.match(r"[A-Za-z_][\w-]*\s*:", line):
            # YAML would keep the last value without a word: the maintainer must choose.
            raise ContentError(Problem(path, number, "error", f"'{key}' is given twice (also on line "
                                       f"{key_lines[key]}); keep one of the two lines"))
    body = text[match.end():]
    body_line = text.count("\n", 0, match.end()) + 1
    return ParsedFile(meta, body, body_line, key_lines)


def _as_date(value, path: str, line: int) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ContentError(Problem(path, line, "error", f"date '{value}' is not a calendar date; write it as YYYY-MM-DD, e.g. date: 2022-10-21"))


def _as_text(value, key: str, path: str, line: int) -> str | None:
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = unicodedata.normalize("NFC", str(value)).strip()
        return text or None
    raise ContentError(Problem(path, line, "error", f"'{key}' must be a single line of text"))


# Names Windows cannot create, and names our own listing pages use.
RESERVED_NAMES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10)),
                  "index", "page", "feed", "api", "assets", "search", "pagefind"}
MAX_NAME_BYTES = 200


def path_segment_problem(name: str) -> str | None:
    """Why `name` cannot be one segment of an output path, or None when it can.

    Slugs and ids come from untrusted files: only letters, digits and '-' may pass, so no
    '..', '/', '\\', NUL or drive letter can reach the file system.
    """
    if not name:
        return "it is empty"
    if unicodedata.normalize("NFC", name) != name:
        return "it is not in Unicode NFC form"
    if not re.fullmatch(r"[^\W_]+(?:-[^\W_]+)*", name):
        return "it may hold only letters, digits and single '-' between them"
    if name.lower() in RESERVED_NAMES or re.fullmatch(r"page-\d+", name.lower()):
        return f"'{name}' is a reserved name"
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        return f"it is longer than {MAX_NAME_BYTES} bytes"
    return None


def slugify(text: str, max_words: int = 8) -> str:
    """A URL slug from a title: its first words, letters and digits only, joined by '-'.

    Arabic letters are kept (browsers show them as written); everything else is dropped.
    """
    from generator.text.orthography import WORD_RE, remove_diacritics, remove_tatweel

    words = WORD_RE.findall(remove_tatweel(remove_diacritics(unicodedata.normalize("NFC", text))))
    slug = "-".join(words[:max_words]).lower()
    while len(slug.encode("utf-8")) > 120:
        slug = slug.rsplit("-", 1)[0] if "-" in slug else slug[:40]
    return slug or "article"


def article_from_parsed(parsed: ParsedFile, path: str) -> tuple[Article, list[Problem]]:
    """Validate front matter and build an Article; returns warnings alongside."""
    meta, lines = parsed.meta, parsed.key_lines
    warnings: list[Problem] = []
    for key in REQUIRED_KEYS:
        if key in meta and (meta[key] is None or (isinstance(meta[key], str) and not meta[key].strip())):
            raise ContentError(Problem(path, lines.get(key, 1), "error", f"'{key}' is empty; write it after '{key}:'"
                                       + (" (YYYY-MM-DD)" if key == "date" else "")))
        if key not in meta:
            raise ContentError(Problem(path, 1, "error", f"front matter has no '{key}'; add a line '{key}: ...'"
                                       + (" (YYYY-MM-DD)" if key == "date" else "")))
    for key in meta:
        if key not in REQUIRED_KEYS + OPTIONAL_KEYS:
            warnings.append(Problem(path, lines.get(key, 1), "warning",
                                    f"unknown front matter key '{key}' is ignored; known keys: "
                                    + ", ".join(REQUIRED_KEYS + OPTIONAL_KEYS)))
    title = _as_text(meta["title"], "title", path, lines.get("title", 1))
    date = _as_date(meta["date"], path, lines.get("date", 1))
    agencies = meta.get("agencies") or ()
    if isinstance(agencies, str):
        agencies = [a for a in re.split(r"[،,]", agencies)]
    if not isinstance(agencies, (list, tuple)):
        raise ContentError(Problem(path, lines.get("agencies", 1), "error", "'agencies' must be a list, e.g. agencies: [فرانس برس, الأناضول]"))
    agencies = tuple(a for a in (_as_text(a, "agencies", path, lines.get("agencies", 1)) for a in agencies) if a)
    body_format = _as_text(meta.get("format"), "format", path, lines.get("format", 1)) or "markdown"
    if body_format not in BODY_FORMATS:
        raise ContentError(Problem(path, lines.get("format", 1), "error", f"format must be 'markdown' or 'text', not '{body_format}'"))
    slug = _as_text(meta.get("slug"), "slug", path, lines.get("slug", 1)) or slugify(title)
    if (reason := path_segment_problem(slug.lower())) is not None:
        raise ContentError(Problem(path, lines.get("slug", 1), "error",
                                   f"slug '{slug}' cannot be used: {reason}; try '{slugify(slug.replace('-', ' '), 12)}'"))
    url = _as_text(meta.get("url"), "url", path, lines.get("url", 1))
    if url and not re.match(r"https?://[^\s<>\"']+\Z", url):
        raise ContentError(Problem(path, lines.get("url", 1), "error", f"url '{url}' must be an http:// or https:// address"))
    article = Article(
        path=path,
        title=title,
        date=date,
        slug=slug.lower(),
        body=unicodedata.normalize("NFC", parsed.body),
        source=_as_text(meta.get("source"), "source", path, lines.get("source", 1)),
        agencies=agencies,
        url=url,
        lang=_as_text(meta.get("lang"), "lang", path, lines.get("lang", 1)) or "ar",
        summary=_as_text(meta.get("summary"), "summary", path, lines.get("summary", 1)),
        body_line=parsed.body_line,
        body_format=body_format,
        dateline=_as_text(meta.get("dateline"), "dateline", path, lines.get("dateline", 1)),
    )
    return article, warnings


def read_article(file: Path, root: Path) -> tuple[Article, list[Problem]]:
    """One article file inside `root`; a link, a special file or a file too large is an error."""
    path = file.relative_to(root).as_posix() if file.is_absolute() else file.as_posix()
    data = read_inside(root, file, MAX_ARTICLE_BYTES, "article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(Problem(path, 1, "error", f"the file is not UTF-8 (byte {exc.start}); save it as UTF-8 "
                                   "or add it with 'python -m generator import', which converts it")) from None
    return article_from_parsed(parse_front_matter(text, path), path)


def article_files(root: Path) -> tuple[list[Path], list[Problem]]:
    """The article files, and an error for every link or special file among them."""
    return regular_files(root, ARTICLES_DIR, ".md")


def read_articles(root: Path, read=read_article) -> tuple[list[Article], list[Problem]]:
    """Every article under content/articles/, sorted by date then key; problems collected, not raised.
    `read` reads one file as read_article does (the pipeline's state passes one that remembers)."""
    articles: list[Article] = []
    files, problems = article_files(root)
    for file in files:
        try:
            article, warnings = read(file, root)
        except ContentError as exc:
            problems.append(exc.problem)
            continue
        articles.append(article)
        problems.extend(warnings)
    articles.sort(key=lambda a: (a.date, a.key))
    problems.extend(duplicate_keys(articles))
    return articles, problems


def duplicate_keys(articles: list[Article]) -> list[Problem]:
    """Two articles that would land on one URL: an error, never an overwrite."""
    seen: dict[str, Article] = {}
    problems = []
    for article in articles:
        key = article.key.casefold()
        if key in seen:
            problems.append(Problem(article.path, 1, "error",
                                    f"date and slug are the same as in {seen[key].path}, so both would get one URL; "
                                    "change the 'slug' of one of them"))
        else:
            seen[key] = article
    return problems


def render_content_file(meta: dict, body: str) -> str:
    """Front matter (in a fixed key order) plus the body, as `import` writes it.

    Block style, one key a line, a list on its line ("agencies: [فرانس برس, الأناضول]"), as the
    README shows: never the whole mapping folded onto one line.
    """
    ordered = {k: meta[k] for k in REQUIRED_KEYS + OPTIONAL_KEYS if meta.get(k) not in (None, "", [], ())}
    front = yaml.dump(ordered, Dumper=_FrontMatterDumper, allow_unicode=True, sort_keys=False, width=1000,
                      default_flow_style=False)
    return f"---\n{front}---\n{body}"


class _FrontMatterDumper(yaml.SafeDumper):
    """Block mappings, lists in brackets on one line."""


_FrontMatterDumper.add_representer(
    list, lambda dumper, data: dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True))


def content_path(date: dt.date, slug: str) -> Path:
    return ARTICLES_DIR / f"{date.year:04d}" / f"{date.isoformat()}-{slug}.md"
