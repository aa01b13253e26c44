"""The archive in time: articles by year and month, and each article's neighbours."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from generator.model import Article


@dataclass(frozen=True)
class Month:
    year: int
    month: int
    articles: tuple[Article, ...]  # newest first


@dataclass(frozen=True)
class Year:
    year: int
    months: tuple[Month, ...]  # newest first

    @property
    def count(self) -> int:
        return sum(len(m.articles) for m in self.months)


@dataclass(frozen=True)
class Archive:
    articles: tuple[Article, ...]  # oldest first
    years: tuple[Year, ...]  # newest first
    previous: dict  # article key -> the article published just before, or None
    following: dict  # article key -> the article published just after, or None

    @property
    def newest_first(self) -> tuple[Article, ...]:
        return tuple(reversed(self.articles))


def build_archive(articles: list[Article]) -> Archive:
    ordered = tuple(sorted(articles, key=lambda a: (a.date, a.key)))
    by_month: dict[tuple[int, int], list[Article]] = defaultdict(list)
    for article in ordered:
        by_month[(article.date.year, article.date.month)].append(article)
    years: dict[int, list[Month]] = defaultdict(list)
    for (year, month), items in sorted(by_month.items(), reverse=True):
        years[year].append(Month(year, month, tuple(reversed(items))))
    previous = {a.key: (ordered[i - 1] if i > 0 else None) for i, a in enumerate(ordered)}
    following = {a.key: (ordered[i + 1] if i + 1 < len(ordered) else None) for i, a in enumerate(ordered)}
    return Archive(
        articles=ordered,
        years=tuple(Year(y, tuple(ms)) for y, ms in sorted(years.items(), reverse=True)),
        previous=previous,
        following=following,
    )
