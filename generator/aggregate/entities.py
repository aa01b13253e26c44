"""Entity profiles: for every registry entry, the articles that mention it and in what words."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from generator.model import Article, Entity, Extraction, Mention
from generator.text.arabic import sentence_at, split_sentences

MAX_CONTEXTS_PER_ARTICLE = 3


@dataclass(frozen=True)
class Context:
    """A sentence of an article split around one mention, for highlighting."""

    before: str
    match: str
    after: str


@dataclass(frozen=True)
class Appearance:
    article: Article
    mention_count: int
    contexts: tuple[Context, ...]


@dataclass(frozen=True)
class EntityProfile:
    entity: Entity
    appearances: tuple[Appearance, ...]  # newest first
    mention_count: int
    related: tuple[tuple[str, int], ...]  # (entity id, articles in common), most first

    @property
    def article_count(self) -> int:
        return len(self.appearances)

    @property
    def first_seen(self):
        return self.appearances[-1].article.date if self.appearances else None

    @property
    def last_seen(self):
        return self.appearances[0].article.date if self.appearances else None


def contexts_of(article: Article, mentions: list[Mention], spans: list[tuple[int, int]]) -> tuple[Context, ...]:
    """One context per sentence (the first mention in it), at most a few per article.

    A mention in the title shows the whole title; a credit in the front matter shows none.
    """
    seen: set[tuple[str, int, int]] = set()
    contexts = []
    for mention in mentions:
        if mention.field == "title":
            text, (start, end) = article.title, (0, len(article.title))
        elif mention.field == "body":
            text, (start, end) = article.body, sentence_at(article.body, mention.start, spans)
        else:
            continue
        if (mention.field, start, end) in seen:
            continue
        seen.add((mention.field, start, end))
        contexts.append(Context(text[start : mention.start], text[mention.start : mention.end], text[mention.end : end]))
        if len(contexts) == MAX_CONTEXTS_PER_ARTICLE:
            break
    return tuple(contexts)


def build_profiles(entities: list[Entity], extractions: list[Extraction]) -> dict[str, EntityProfile]:
    appearances: dict[str, list[Appearance]] = defaultdict(list)
    mention_counts: Counter = Counter()
    together: dict[str, Counter] = defaultdict(Counter)
    for extraction in extractions:
        by_entity: dict[str, list[Mention]] = defaultdict(list)
        for mention in extraction.mentions:
            by_entity[mention.entity_id].append(mention)
        if not by_entity:
            continue
        spans = split_sentences(extraction.article.body)
        for entity_id, mentions in by_entity.items():
            mention_counts[entity_id] += len(mentions)
            appearances[entity_id].append(
                Appearance(extraction.article, len(mentions), contexts_of(extraction.article, mentions, spans))
            )
            for other in by_entity:
                if other != entity_id:
                    together[entity_id][other] += 1
    profiles = {}
    for entity in entities:
        items = sorted(appearances.get(entity.id, []), key=lambda a: (a.article.date, a.article.key), reverse=True)
        related = tuple(sorted(together[entity.id].items(), key=lambda kv: (-kv[1], kv[0])))
        profiles[entity.id] = EntityProfile(entity, tuple(items), mention_counts[entity.id], related)
    return profiles
