"""The extract stage for one article, and for the whole archive on every core."""
from __future__ import annotations

import os
import weakref
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from typing import Callable

from generator.compact import compact_extraction
from generator.extract.agencies import Organizations, front_matter_mentions
from generator.extract.dates import article_dates
from generator.extract.entities import EntityMatcher
from generator.extract.events import extract_events
from generator.model import Article, Extraction
from generator.text.analysis import analyse

# Below this many articles, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 400
_worker_matcher: EntityMatcher | None = None


_organizations: "weakref.WeakKeyDictionary[EntityMatcher, Organizations]" = weakref.WeakKeyDictionary()


def organizations_of(matcher: EntityMatcher) -> Organizations:
    """The registry's organisations by every way they are written, once per matcher."""
    if matcher not in _organizations:
        _organizations[matcher] = Organizations.of(list(matcher.entities))
    return _organizations[matcher]


def extract_article(article: Article, matcher: EntityMatcher) -> Extraction:
    """Entities and dates of the whole article: title, body, the dateline taken out of a pasted
    text and credited agencies.

    The title and the body are analysed once (folded, split into sentences) and every
    extractor reads that analysis. Each mention and date says its `field`; its offsets point
    into that field's text.
    """
    title, body = analyse(article.title), analyse(article.body)
    # The dateline the importer took out ("القاهرة - 9 يناير 2024") names where the news was written.
    dateline = [replace(m, field="dateline") for m in matcher.find(analyse(article.dateline))] if article.dateline else []
    mentions = ([replace(m, field="title") for m in matcher.find(title)]
                + matcher.find(body)
                + dateline
                + front_matter_mentions(article, organizations_of(matcher)))
    dates, problems = article_dates(article, body, title)
    events = extract_events(article, dates, mentions, body)
    return Extraction(article, tuple(mentions), tuple(dates), tuple(events), tuple(problems))


def _init_worker(matcher: EntityMatcher) -> None:
    global _worker_matcher
    _worker_matcher = matcher


def _extract_in_worker(article: Article) -> Extraction:
    return extract_article(article, _worker_matcher)


def extract_all(articles: list[Article], matcher: EntityMatcher, workers: int | None = None,
                advance: Callable[[int], None] = lambda n=1: None) -> list[Extraction]:
    """Extraction of every article, in the order given; on all cores when the archive is large.
    Each is kept compact, holding the article given, as it is made or sent back by a worker
    process (which sends a copy of everything, its article included)."""
    workers = workers or os.cpu_count() or 1
    results: list[Extraction] = []
    if workers == 1 or len(articles) < PARALLEL_THRESHOLD:
        for article in articles:
            results.append(compact_extraction(extract_article(article, matcher), article))
            advance(1)
        return results
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(matcher,)) as pool:
        for article, extraction in zip(articles, pool.map(_extract_in_worker, articles, chunksize=64)):
            results.append(compact_extraction(extraction, article))
            advance(1)
    return results
