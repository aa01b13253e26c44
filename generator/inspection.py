"""What the archive would extract from one file, and the pull-request report built from it.

`extract` and `report` show maintainers the same values the site is built from.
"""
from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from pathlib import Path

from generator.extract.article import extract_article
from generator.extract.entities import EntityMatcher
from generator.extract.unknown import discover
from generator.render.registry_files import proposed_id, proposed_name_en, registry_file
from generator.model import Article, ContentError, Entity, Extraction, Problem
from generator.read.content import article_from_parsed, parse_front_matter, read_article
from generator.read.encoding import UndecodableError, decode_bytes
from generator.read.raw import parse_raw


@dataclass(frozen=True)
class Inspection:
    extraction: Extraction
    unknown: list
    entities: dict  # id -> Entity


def article_from_file(file: Path, root: Path, date: dt.date | None = None) -> Article:
    """A content file as the site reads it, or a raw pasted text as `import` would turn it."""
    shown = str(file)
    try:
        text, _ = decode_bytes(file.read_bytes())
    except (OSError, UndecodableError) as exc:
        raise ContentError(Problem(shown, 1, "error", f"cannot read the file: {exc}")) from None
    if text.lstrip("\ufeff").startswith("---"):
        parsed = parse_front_matter(text, shown)
        if date:
            parsed.meta["date"] = date
        article, _ = article_from_parsed(parsed, shown)
        return article
    raw = parse_raw(text, shown)
    chosen = date or raw.date
    if chosen is None:
        raise ContentError(Problem(shown, raw.title_line, "error",
                                   "no publication date found; pass --date YYYY-MM-DD (relative dates need it)"))
    return Article(path=shown, title=raw.title, date=chosen, slug="extract", body=raw.body,
                   agencies=raw.agencies, body_format="text")


def inspect_article(article: Article, entities: list[Entity], matcher: EntityMatcher | None = None) -> Inspection:
    matcher = matcher or EntityMatcher(entities)
    extraction = extract_article(article, matcher)
    unknown = discover([article], matcher)
    return Inspection(extraction, unknown, {e.id: e for e in entities})


def as_json(inspection: Inspection) -> dict:
    """The `extract --json` object; its schema is documented in the README."""
    extraction = inspection.extraction
    article = extraction.article
    grouped: dict[str, list] = {}
    for mention in extraction.mentions:
        grouped.setdefault(mention.entity_id, []).append(
            {"text": mention.text, "start": mention.start, "end": mention.end})
    entities = []
    for entity_id, mentions in grouped.items():
        entity = inspection.entities[entity_id]
        entities.append({"id": entity.id, "type": entity.type, "name": entity.name, "name_en": entity.name_en,
                         "mentions": mentions})
    return {
        "title": article.title,
        "date": article.date.isoformat(),
        "body": article.body,
        "entities": entities,
        "dates": [{"text": d.text, "start": d.start, "end": d.end, "value": d.value, "end_value": d.end_value,
                   "precision": d.precision} for d in extraction.dates],
        "events": [{"date": e.value, "end_date": e.end_value, "precision": e.precision, "text": e.sentence,
                    "entities": list(e.entity_ids)} for e in extraction.events],
        "unknown_names": [{"name": u.name, "type": u.type, "count": u.count, "example": u.example,
                           "name_en": proposed_name_en(u), "id": proposed_id(u)} for u in inspection.unknown],
        "problems": [str(p) for p in extraction.problems],
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
        lines.append(f"  {value:<24} {d['text']}")
    lines += ["", f"events ({len(data['events'])}):"]
    for e in data["events"]:
        lines.append(f"  {e['date']}: {e['text'][:120]}")
    lines += ["", f"unknown names ({len(data['unknown_names'])}):"]
    for u in data["unknown_names"]:
        lines.append(f"  {u['type']:<12} {u['name']} ×{u['count']}: {u['example'][:100]}")
    if data["problems"]:
        lines += ["", "problems:"] + [f"  {p}" for p in data["problems"]]
    return "\n".join(lines) + "\n"


def changed_content(root: Path, since: str) -> list[tuple[str, str]]:
    """(status, path) of files under content/ that differ from `since` (committed or not)."""
    run = subprocess.run(["git", "diff", "--name-status", "--no-renames", since, "--", "content/"],
                         cwd=root, capture_output=True, text=True)
    if run.returncode != 0:
        raise ContentError(Problem("git", 1, "error", f"cannot compare with '{since}': {run.stderr.strip()}"))
    untracked = subprocess.run(["git", "ls-files", "--others", "--exclude-standard", "--", "content/"],
                               cwd=root, capture_output=True, text=True).stdout.split()
    changes = [tuple(line.split("\t", 1)) for line in run.stdout.splitlines() if "\t" in line]
    return sorted(set(changes) | {("A", path) for path in untracked})


def pull_request_report(root: Path, since: str, entities: list[Entity], problems: list[Problem]) -> str:
    """Markdown for the pull request: what each added or changed article gives the archive."""
    changes = changed_content(root, since)
    new_entities = {Path(p).stem for s, p in changes if s == "A" and p.startswith("content/entities/")}
    articles = [p for s, p in changes if s in ("A", "M") and p.startswith("content/articles/")]
    matcher = EntityMatcher(entities)
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
        try:
            article, _ = read_article(root / path, root)
        except ContentError as exc:
            out += [f"- :x: {exc.problem}", ""]
            continue
        inspection = inspect_article(article, entities, matcher)
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
