"""What the archive would extract from one file, and the pull-request report built from it.

`extract` and `report` show maintainers the same values the site is built from.
"""
from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

from generator.extract.agencies import Organizations
from generator.extract.article import extract_article
from generator.extract.entities import EntityMatcher
from generator.extract.unknown import discover
from generator.render.registry_files import proposed_id, proposed_name_en, registry_file
from generator.model import Article, ContentError, Entity, Extraction, Problem
from generator.read.content import article_from_parsed, parse_front_matter, read_article
from generator.read.encoding import UndecodableError, decode_bytes
from generator.read.raw import RawArticle, dateline_dates, parse_raw


@dataclass(frozen=True)
class Inspection:
    extraction: Extraction
    unknown: list
    entities: dict  # id -> Entity
    raw: RawArticle | None = None  # how a pasted text was read: guesses, removed and suspect lines


def read_source(file: Path, root: Path, date: dt.date | None = None, title: str | None = None,
                entities: list[Entity] | None = None) -> tuple[Article, RawArticle | None]:
    """A content file as the site reads it, or a raw pasted text as `import` would turn it (with its reading)."""
    shown = str(file)
    try:
        text, _ = decode_bytes(file.read_bytes())
    except (OSError, UndecodableError) as exc:
        raise ContentError(Problem(shown, 1, "error", f"cannot read the file: {exc}")) from None
    if text.lstrip("\ufeff").startswith("---"):
        parsed = parse_front_matter(text, shown)
        if date:
            parsed.meta["date"] = date
        if title:
            parsed.meta["title"] = title
        article, _ = article_from_parsed(parsed, shown)
        return article, None
    raw = parse_raw(text, shown, Organizations.of(entities or []), title=title, date=date)
    article = Article(path=shown, title=raw.title, date=raw.date, slug="extract", body=raw.body,
                      agencies=raw.agencies, body_format="text", dateline=raw.dateline)
    return article, raw


def inspect_article(article: Article, entities: list[Entity], matcher: EntityMatcher | None = None,
                    raw: RawArticle | None = None, extraction: Extraction | None = None) -> Inspection:
    """What the archive extracts from `article`; `extraction` when the pipeline has it already
    (then `matcher` may answer from it: generator.state.KnownMentions)."""
    matcher = matcher or EntityMatcher(entities)
    extraction = extraction or extract_article(article, matcher)
    if raw is not None:
        # Problems name lines of the body; a pasted text lost lines (title, dateline, chrome) on the way.
        problems = tuple(replace(p, line=raw.pasted_line(p.line - article.body_line + 1)) if p.path == article.path
                         else p for p in extraction.problems)
        extraction = replace(extraction, problems=problems)
    unknown = discover([article], matcher)
    return Inspection(extraction, unknown, {e.id: e for e in entities}, raw)


def as_json(inspection: Inspection) -> dict:
    """The `extract --json` object; its schema is documented in the README."""
    extraction = inspection.extraction
    article = extraction.article
    raw = inspection.raw
    # A dateline taken out of the text is still a date the text gives.
    dates = [*(dateline_dates(raw.dateline, article.date) if raw and raw.dateline else []), *extraction.dates]
    grouped: dict[str, list] = {}
    for mention in extraction.mentions:
        grouped.setdefault(mention.entity_id, []).append(
            {"field": mention.field, "text": mention.text, "start": mention.start, "end": mention.end})
    entities = []
    for entity_id, mentions in grouped.items():
        entity = inspection.entities[entity_id]
        entities.append({"id": entity.id, "type": entity.type, "name": entity.name, "name_en": entity.name_en,
                         "mentions": mentions})
    return {
        "title": article.title,
        "date": article.date.isoformat(),
        "body": article.body,
        "dateline": raw.dateline if raw else None,
        "entities": entities,
        "agencies": list(article.agencies),
        "dates": [{"field": d.field, "text": d.text, "start": d.start, "end": d.end, "value": d.value,
                   "end_value": d.end_value, "precision": d.precision} for d in dates],
        "events": [{"date": e.value, "end_date": e.end_value, "precision": e.precision, "text": e.sentence,
                    "entities": list(e.entity_ids)} for e in extraction.events],
        "unknown_names": [{"name": u.name, "type": u.type, "count": u.count, "example": u.example,
                           "name_en": proposed_name_en(u), "id": proposed_id(u),
                           **({"state": u.state} if u.state else {})} for u in inspection.unknown],
        "problems": [str(p) for p in extraction.problems],
        "guesses": list(raw.guesses) if raw else [],
        "removed": [{"line": r.line, "kind": r.kind, "text": r.text} for r in raw.removed] if raw else [],
        "suspects": [{"line": r.line, "why": r.kind, "text": r.text} for r in raw.suspects] if raw else [],
    }


def as_text(inspection: Inspection) -> str:
    data = as_json(inspection)
    lines = [f"title: {data['title']}", f"date: {data['date']}", "", f"entities ({len(data['entities'])}):"]
    for entity in data["entities"]:
        spellings = sorted({m["text"] for m in entity["mentions"]})
        lines.append(f"  {entity['type']:<12} {entity['id']:<28} {entity['name']} ×{len(entity['mentions'])}"
                     f"  [{'، '.join(spellings)}]")
    lines += ["", f"dates ({len(data['dates'])}):"]
    for d in data["dates"]:
        value = d["value"] + (f" .. {d['end_value']}" if d["end_value"] else "")
        lines.append(f"  {value:<24} {d['text']}" + (f"  ({d['field']})" if d["field"] != "body" else ""))
    lines += ["", f"events ({len(data['events'])}):"]
    for e in data["events"]:
        lines.append(f"  {e['date']}: {e['text'][:120]}")
    lines += ["", f"unknown names ({len(data['unknown_names'])}):"]
    for u in data["unknown_names"]:
        lines.append(f"  {u['type']:<12} {u['name']} ×{u['count']}: {u['example'][:100]}")
    if data["problems"]:
        lines += ["", "problems:"] + [f"  {p}" for p in data["problems"]]
    raw = inspection.raw
    if raw is not None and (notes := read_notes(raw.guesses, raw.removed, raw.suspects)):
        lines += ["", "how the text was read:"] + notes
    return "\n".join(lines) + "\n"


def read_notes(guesses, removed, suspects) -> list[str]:
    """How a pasted text was read, for `import` and `extract`: guesses, lines removed, lines suspect."""
    lines = [f"  guessed: {g}" for g in guesses]
    lines += [f"  removed line {r.line} ({r.kind}): {r.text}" for r in removed]
    lines += [f"  suspect line {r.line} ({r.kind}), kept; delete it if it is not article text: {r.text}"
              for r in suspects]
    return lines


def changed_content(root: Path, since: str) -> list[tuple[str, str]]:
    """(status, path) of files under content/ that differ from `since`: committed, uncommitted or untracked.

    Paths are read NUL-separated (-z): otherwise git quotes every non-ASCII path
    ("content/articles/2023/\\331\\210…"), and every imported article has an Arabic name.
    """
    run = subprocess.run(["git", "diff", "-z", "--name-status", "--no-renames", since, "--", "content/"],
                         cwd=root, capture_output=True)
    if run.returncode != 0:
        message = run.stderr.decode("utf-8", "replace").strip()
        raise ContentError(Problem("git", 1, "error", f"cannot compare with '{since}': {message}"))
    fields = run.stdout.decode("utf-8", "surrogateescape").split("\0")
    changes = {(fields[k], fields[k + 1]) for k in range(0, len(fields) - 1, 2) if fields[k]}
    untracked = subprocess.run(["git", "ls-files", "-z", "--others", "--exclude-standard", "--", "content/"],
                               cwd=root, capture_output=True).stdout.decode("utf-8", "surrogateescape")
    return sorted(changes | {("A", path) for path in untracked.split("\0") if path})


def pull_request_report(root: Path, since: str, entities: list[Entity], problems: list[Problem],
                        state=None) -> str:
    """Markdown for the pull request: what each added or changed article gives the archive.
    With `state` (generator.state.ArchiveState, read already) its extractions are used."""
    changes = changed_content(root, since)
    new_entities = {Path(p).stem for s, p in changes if s == "A" and p.startswith("content/entities/")}
    articles = [p for s, p in changes if s in ("A", "M") and p.startswith("content/articles/")]
    if state is not None:
        from generator.state import KnownMentions

        matcher = KnownMentions(state)
        extracted = {x.article.path: x for x in state.extractions}
    else:
        matcher, extracted = EntityMatcher(entities), {}
    by_path: dict[str, list[Problem]] = {}
    for problem in problems:
        by_path.setdefault(problem.path, []).append(problem)
    out = ["## تقرير الاستخراج / Extraction report", ""]
    if not articles and not new_entities:
        out.append(f"No article or entity changed since `{since}`.")
    if new_entities:
        out.append("**New entities:** " + ", ".join(f"`{e}`" for e in sorted(new_entities)))
        out.append("")
    for path in articles:
        out += [f"### `{path}`", ""]
        extraction = extracted.get(path)
        try:
            article = extraction.article if extraction else read_article(root / path, root)[0]
        except ContentError as exc:
            out += [f"- :x: {exc.problem}", ""]
            continue
        inspection = inspect_article(article, entities, matcher, extraction=extraction)
        data = as_json(inspection)
        out.append(f"**{article.title}** — {article.date.isoformat()}")
        out.append("")
        out.append(f"**Entities ({len(data['entities'])}):** " + (", ".join(
            f"{e['name']} (`{e['id']}`{', new' if e['id'] in new_entities else ''})" for e in data["entities"]) or "none"))
        out.append("")
        if data["events"]:
            out.append(f"**Events ({len(data['events'])}):**")
            out += [f"- {e['date']}{' .. ' + e['end_date'] if e['end_date'] else ''}: {e['text']}" for e in data["events"]]
            out.append("")
        if inspection.unknown:
            out.append(f"**Unknown names ({len(inspection.unknown)})** — add the ones that matter to the registry:")
            out.append("")
            for unknown in inspection.unknown:
                stub_path, stub = registry_file(unknown)
                out += [f"<details><summary>{unknown.name} ({unknown.type}, ×{unknown.count})</summary>", "",
                        f"`{stub_path}`", "", "```yaml", stub.rstrip("\n"), "```", "", "</details>", ""]
        warnings = by_path.get(path, [])
        if warnings:
            out.append("**Problems:**")
            out += [f"- {p.level}: line {p.line}: {p.message}" for p in warnings]
            out.append("")
    return "\n".join(out) + "\n"
