"""`python -m generator check`: every problem in content/ and the registry, in plain words."""
from __future__ import annotations

import re
from pathlib import Path

from generator.config import Settings, load_settings
from generator.extract.unknown import discover
from generator.model import Article, ContentError, Problem
from generator.read.raw import text_fingerprint
from generator.render.markup import ALLOWED_TAGS
from generator.render.site import unlisted_entities
from generator.state import ArchiveState, KnownMentions, read_archive
from generator.text.sentences import line_of


def duplicate_texts(articles: list[Article]) -> list[Problem]:
    """The same article twice, however it was pasted (compared by normalised text)."""
    seen: dict[str, Article] = {}
    problems = []
    for article in articles:
        fingerprint = text_fingerprint(article.body)
        if fingerprint in seen:
            problems.append(Problem(article.path, article.body_line, "error",
                                    f"this is the same text as {seen[fingerprint].path}; delete one of the two files"))
        else:
            seen[fingerprint] = article
    return problems


_RAW_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>])[^>]*>")
_CODE = re.compile(r"```.*?```|~~~.*?~~~|`[^`\n]+`", re.S)


def removed_html_warnings(article: Article) -> list[Problem]:
    """Raw HTML in a Markdown body that the page will not show (<script>, <iframe> …): said, with its line."""
    if article.body_format != "markdown":
        return []  # a text body shows every character as written
    code = [(m.start(), m.end()) for m in _CODE.finditer(article.body)]
    problems = []
    for tag in _RAW_TAG.finditer(article.body):
        name = tag.group(1).lower()
        if name in ALLOWED_TAGS or any(s <= tag.start() < e for s, e in code):
            continue
        line = article.body_line + line_of(article.body, tag.start()) - 1
        problems.append(Problem(article.path, line, "warning",
                                f"<{name}> is removed from the page: articles may not carry it. "
                                "Delete it, or link to what it showed"))
    return problems


def unknown_name_warnings(articles: list[Article], matcher) -> list[Problem]:
    """A warning at the first line of each article that names someone or something the
    registry does not know (title and body are read)."""
    by_path = {a.path: a for a in articles}
    problems = []
    for proposal in discover(articles, matcher):
        for path in proposal.sources:
            article = by_path[path]
            position = article.body.find(proposal.name)
            line = article.body_line + line_of(article.body, max(position, 0)) - 1
            problems.append(Problem(article.path, line, "warning",
                                    f"'{proposal.name}' looks like a {proposal.type} the registry does not know; "
                                    "add it with 'python -m generator suggest --write " + article.path + "'"))
    return problems


def check(root: Path, state: ArchiveState | None = None) -> list[Problem]:
    """Every problem of the archive; `state` is the archive read already (report reads it once
    for the check and for itself). Each article is extracted once (or taken from the cache),
    and discovery takes the extractions' mentions instead of matching again."""
    state = state or read_archive(root, stop_at_links=False)
    articles = state.articles
    problems = state.problems + duplicate_texts(articles)
    try:
        settings = load_settings(root)
    except ContentError as exc:  # a linked or wrong site.yml: reported, and the defaults used
        problems.append(exc.problem)
        settings = Settings(root)
    for extraction, named in zip(state.extractions, state.entities_named(), strict=True):
        problems += extraction.problems
        problems += unlisted_entities(extraction.article, named, settings)
        problems += removed_html_warnings(extraction.article)
    problems += unknown_name_warnings(articles, KnownMentions(state))
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.level, p.message))


def github_annotation(problem: Problem) -> str:
    """A GitHub Actions workflow command, so the problem shows on the pull request's line."""
    def escape_data(text: str) -> str:
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def escape_property(text: str) -> str:
        return escape_data(text).replace(":", "%3A").replace(",", "%2C")

    return f"::{problem.level} file={escape_property(problem.path)},line={problem.line}::{escape_data(problem.message)}"
