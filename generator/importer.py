"""`python -m generator import`: pasted articles become content files, never overwriting one."""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, replace
from pathlib import Path

from generator.extract.agencies import Organizations
from generator.files import create_new_file
from generator.model import Article, ContentError, Problem
from generator.read.content import (
    article_from_parsed,
    content_path,
    parse_front_matter,
    render_content_file,
    slugify,
)
from generator.read.encoding import UndecodableError, decode_bytes
from generator.read.raw import RemovedLine, parse_raw, text_fingerprint


@dataclass(frozen=True)
class ImportResult:
    source_file: str
    path: str  # the content file written, relative to the root
    article: Article
    encoding: str
    removed: tuple[RemovedLine, ...]
    warnings: tuple[Problem, ...]
    suspects: tuple[RemovedLine, ...] = ()  # lines kept that may be leftovers
    guesses: tuple[str, ...] = ()  # what was guessed (a title, a date's reading)


def prepare_import(
    file: Path,
    root: Path,
    existing: list[Article],
    date: dt.date | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    organizations: Organizations | None = None,
) -> tuple[str, str, ImportResult]:
    """Everything `import` decides for one file, without writing: (relative path, file text, result)."""
    shown = str(file)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise ContentError(Problem(shown, 1, "error", f"cannot read the file: {exc.strerror}")) from None
    try:
        text, encoding = decode_bytes(data)
    except UndecodableError as exc:
        raise ContentError(Problem(shown, 1, "error", str(exc))) from None

    warnings: list[Problem] = []
    suspects: tuple[RemovedLine, ...] = ()
    guesses: tuple[str, ...] = ()
    if text.lstrip("\ufeff").startswith("---"):
        parsed = parse_front_matter(text, shown)
        meta = dict(parsed.meta)
        if date:
            meta["date"] = date
        if title:
            meta["title"] = title
        if not meta.get("date"):
            raise ContentError(Problem(shown, 1, "error", "no date in the front matter; add 'date: YYYY-MM-DD' or pass --date"))
        meta.setdefault("source", source)
        meta.setdefault("url", url)
        meta.setdefault("format", "markdown")
        article, warnings = article_from_parsed(parsed.__class__(meta, parsed.body, parsed.body_line, parsed.key_lines), shown)
        removed: tuple[RemovedLine, ...] = ()
        body = parsed.body
    else:
        raw = parse_raw(text, shown, organizations, title=title, date=date)
        warnings += raw.warnings
        meta = {
            "title": raw.title,
            "date": raw.date,
            "slug": slugify(raw.title),
            "source": source,
            "agencies": list(raw.agencies),
            "url": url,
            "lang": "ar",
            "format": "text",
            "dateline": raw.dateline,  # taken out of the body; extraction still reads its place
        }
        parsed = parse_front_matter(render_content_file(meta, raw.body), shown)
        article, more = article_from_parsed(parsed, shown)
        warnings += more
        removed, suspects, guesses = raw.removed, raw.suspects, raw.guesses
        body = raw.body

    fingerprint = text_fingerprint(body)
    for other in existing:
        if text_fingerprint(other.body) == fingerprint:
            raise ContentError(Problem(shown, 1, "error",
                                       f"this article is already in the archive as {other.path}; nothing was written"))
    rel = content_path(article.date, article.slug).as_posix()
    for other in existing:
        if other.key.casefold() == article.key.casefold():
            raise ContentError(Problem(shown, 1, "error",
                                       f"{other.path} already has date {article.date} and slug '{article.slug}'; "
                                       "give this one another slug (add 'slug:' front matter) — nothing was overwritten"))
    if os.path.lexists(root / rel):  # a link there counts too: it is never written through
        raise ContentError(Problem(shown, 1, "error", f"{rel} already exists and is never overwritten; nothing was written"))
    meta["date"] = article.date
    meta["slug"] = article.slug
    content = render_content_file(meta, body)
    final = replace(article, path=rel)  # as the archive will read the file back (NFC)
    return rel, content, ImportResult(shown, rel, final, encoding, removed, tuple(warnings), suspects, guesses)


def import_files(files: list[Path], root: Path, existing: list[Article], **options) -> tuple[list[ImportResult], list[Problem]]:
    """Import each file; one file's error does not stop the others and never leaves a partial file."""
    from generator.read.registry import load_registry

    results: list[ImportResult] = []
    errors: list[Problem] = []
    known = list(existing)
    # The registry's organisations tell a credit line "(فرانس برس، الأناضول)" from text.
    organizations = options.pop("organizations", None) or Organizations.of(load_registry(root)[0])
    for file in files:
        try:
            rel, content, result = prepare_import(file, root, known, organizations=organizations, **options)
            create_new_file(root, rel, content.encode("utf-8"))
        except ContentError as exc:
            errors.append(exc.problem)
            continue
        except FileExistsError:
            errors.append(Problem(str(file), 1, "error", f"{rel} appeared while importing; nothing was overwritten"))
            continue
        results.append(result)
        known.append(result.article)
    return results, errors
