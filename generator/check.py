"""`python -m generator check`: every problem in content/ and the registry, in plain words."""
from __future__ import annotations

from pathlib import Path

from generator.config import Settings, load_settings
from generator.extract.article import extract_all
from generator.extract.entities import EntityMatcher
from generator.extract.unknown import find_unknown_names
from generator.model import Article, ContentError, Problem
from generator.read.content import read_articles
from generator.read.raw import text_fingerprint
from generator.read.registry import load_registry
from generator.read.tree import unsafe_entries
from generator.render.site import unlisted_entities
from generator.text.arabic import line_of
from generator.text.name_guard import why_not_a_name


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


def unknown_name_warnings(article: Article, mentions) -> list[Problem]:
    problems = []
    for unknown in find_unknown_names(article.body, list(mentions)):
        if why_not_a_name(unknown.name) is not None:
            continue  # the registry would refuse it: never proposed
        position = article.body.find(unknown.name)
        line = article.body_line + line_of(article.body, max(position, 0)) - 1
        problems.append(Problem(article.path, line, "warning",
                                f"'{unknown.name}' looks like a {unknown.type_guess} the registry does not know; "
                                "add it with the stub from 'python -m generator suggest " + article.path + "'"))
    return problems


def check(root: Path) -> list[Problem]:
    articles, problems = read_articles(root)
    entities, registry_problems = load_registry(root)
    problems = unsafe_entries(root) + problems + registry_problems + duplicate_texts(articles)
    try:
        settings = load_settings(root)
    except ContentError as exc:  # a linked or wrong site.yml: reported, and the defaults used
        problems.append(exc.problem)
        settings = Settings(root)
    for extraction in extract_all(articles, EntityMatcher(entities)):
        problems += extraction.problems
        problems += filter(None, [unlisted_entities(extraction, settings)])
        problems += unknown_name_warnings(extraction.article, extraction.mentions)
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.level, p.message))


def github_annotation(problem: Problem) -> str:
    """A GitHub Actions workflow command, so the problem shows on the pull request's line."""
    def escape_data(text: str) -> str:
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def escape_property(text: str) -> str:
        return escape_data(text).replace(":", "%3A").replace(",", "%2C")

    return f"::{problem.level} file={escape_property(problem.path)},line={problem.line}::{escape_data(problem.message)}"
