"""Entity profiles: for every registry entry, the articles that mention it and in what words,
and the entities it goes with."""
from __future__ import annotations

import bisect
import heapq
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from operator import attrgetter

from generator.model import Article, Entity, Extraction, Mention
from generator.text.sentences import sentence_at, split_sentences
from generator.text.connectives import connective_length

MAX_CONTEXTS_PER_ARTICLE = 3
# A sentence that names both entities links them directly; an article that names both may be
# about two different things. So each shared sentence counts as much as this many articles.
SENTENCE_WEIGHT = 2
# The neighbours kept in a profile: those its page shows. An entity of a large archive is seen
# with thousands of others, and keeping every pair made the profiles the largest thing held.
MAX_ASSOCIATIONS = 12
TITLE = -1  # the sentence number of an article's title, when mentions come from it


@dataclass(frozen=True, slots=True)
class Context:
    """A sentence of an article split around one mention, for highlighting."""

    before: str
    match: str
    after: str


@dataclass(frozen=True, slots=True)
class Appearance:
    article: Article
    mention_count: int
    contexts: tuple[Context, ...]


@dataclass(frozen=True, slots=True)
class Association:
    """Another entity seen with this one, and where. How strongly that ties them (`score`) only
    orders a profile's list: it is not kept, since every added article moves it (the archive's
    size weighs it) while the list it orders mostly stays (`association_bounds`)."""

    entity_id: str
    articles: int  # articles that name both
    sentences: int  # sentences (or titles) that name both


@dataclass(frozen=True)
class EntityProfile:
    entity: Entity
    appearances: tuple[Appearance, ...]  # newest first
    mention_count: int
    related: tuple[Association, ...] = ()  # strongest first

    @property
    def article_count(self) -> int:
        return len(self.appearances)

    @property
    def first_seen(self):
        return self.appearances[-1].article.date if self.appearances else None

    @property
    def last_seen(self):
        return self.appearances[0].article.date if self.appearances else None


# Where a context is, as plain values (what the cache in build/cache/ keeps of it): the field
# ("title" or "body") and the offsets of the quoted sentence's start, the mention, and its end.
ContextSpan = tuple[str, int, int, int, int]


def context_spans(article: Article, mentions: list[Mention], spans: list[tuple[int, int]]) -> tuple[ContextSpan, ...]:
    """One context per sentence (the first mention in it), at most a few per article; a sentence
    is quoted without the connective it opens with.

    A mention in the title shows the whole title; a credit in the front matter shows none.
    """
    seen: set[tuple[str, int, int]] = set()
    found = []
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
        start += min(connective_length(text[start:end]), mention.start - start)  # "وقال" -> "قال"
        found.append((mention.field, start, mention.start, mention.end, end))
        if len(found) == MAX_CONTEXTS_PER_ARTICLE:
            break
    return tuple(found)


def context_at(article: Article, span: ContextSpan) -> Context:
    field, start, match_start, match_end, end = span
    text = article.title if field == "title" else article.body
    return Context(text[start:match_start], text[match_start:match_end], text[match_end:end])


def _sentence_numbers(mentions: list[Mention], spans: list[tuple[int, int]]) -> set[int]:
    """The sentences of the body (their numbers) a list of mentions falls in; a title is TITLE."""
    starts = [start for start, _ in spans]
    return {TITLE if mention.field == "title" else max(bisect.bisect_right(starts, mention.start) - 1, 0)
            for mention in mentions if mention.field in ("title", "body")}  # a credit is in no sentence


def associations(articles_of: dict[str, int], shared_articles: Counter, shared_sentences: Counter,
                 total_articles: int) -> tuple[Association, ...]:
    """One entity's strongest neighbours (MAX_ASSOCIATIONS of them), strongest first, from the
    archive's counts.

    The score is the evidence that the two go together (shared articles, plus SENTENCE_WEIGHT
    for each shared sentence) discounted by how common the other entity is: times the share of
    the archive that does not name it, 1 - n / (N + 1) for N articles of which n name it. A
    name found in every article (the country an archive is about) is found with everyone and
    so weighs almost nothing; a name found in half the archive needs twice the evidence of a
    rare one. (An idf's log(N / n) would instead reward rarity without bound, ranking a name
    seen once with this one above one seen with it in every article.) Ties: more shared
    sentences, more shared articles, then the id, so the order never depends on the input's.
    """
    ranked = []  # (-score, -sentences, -articles, id): the order, as plain tuples until the few kept
    for other, articles in shared_articles.items():
        sentences = shared_sentences[other]
        ranked.append((-score(articles, sentences, articles_of[other], total_articles), -sentences, -articles, other))
    ranked = heapq.nsmallest(MAX_ASSOCIATIONS, ranked)
    return tuple(Association(other, -articles, -sentences) for _, sentences, articles, other in ranked)


def score(articles: int, sentences: int, articles_of_other: int, total_articles: int) -> float:
    """How strongly another entity is tied to one (`associations`): the evidence, discounted by
    how common the other is."""
    return (articles + SENTENCE_WEIGHT * sentences) * (1 - articles_of_other / (total_articles + 1))


def association_bounds(related: tuple[Association, ...], articles_of: dict[str, int], shared_articles: Counter,
                       shared_sentences: Counter, total_articles: int) -> tuple[float, float]:
    """The archive sizes (lowest, highest) at which `associations` gives `related` again, its
    list at `total_articles`, while the counts stay what they are: an article added or removed
    that names neither the entity nor one it is seen with changes only the size.

    Ordered by score, a candidate is a line in m = total + 1: evidence x (m - n), for n articles
    naming it. The ordered list changes only when two neighbours in it cross, or when a
    candidate left out crosses the last one kept; a crossing is found in whole numbers, and a
    size at which two lines meet is left out (their order is then the ties' rule, or rounding's)."""
    lowest, highest = -math.inf, math.inf
    if not related:
        return lowest, highest
    m = total_articles + 1

    def line(other: str) -> tuple[int, int]:
        evidence = shared_articles[other] + SENTENCE_WEIGHT * shared_sentences[other]
        return evidence, evidence * articles_of[other]

    def above(upper: tuple[int, int], lower: tuple[int, int]) -> None:
        """Narrow the bounds to the sizes at which `upper` stays above `lower`:
        slope x m' > offset, for slope and offset of their difference."""
        nonlocal lowest, highest
        slope, offset = upper[0] - lower[0], upper[1] - lower[1]
        if slope > 0:
            lowest = max(lowest, offset // slope + 1)
        elif slope < 0:
            highest = min(highest, -(offset // -slope) - 1)

    lines = [line(a.entity_id) for a in related]
    for upper, lower in zip(lines, lines[1:]):
        above(upper, lower)
    if len(related) == MAX_ASSOCIATIONS:  # candidates may be left out: none may pass the last one kept
        kept, last = {a.entity_id for a in related}, lines[-1]
        for other in shared_articles:
            if other not in kept:
                above(last, line(other))
    if not lowest <= m <= highest:  # two lines meet at this very size: nothing else is known
        return m - 1, m - 1
    return lowest - 1, highest - 1


@dataclass(frozen=True)
class ArticleShare:
    """What one article adds to the profiles: the entities it names (in the order first named),
    the appearance of each and, for each, the other entities it shares sentences with and how
    many (those it shares none with are left out)."""

    ids: tuple[str, ...]
    appearances: tuple[Appearance, ...]
    shared: tuple[tuple[tuple[str, int], ...], ...]


_ENTITY_ID = attrgetter("entity_id")


def named_in(extraction: Extraction) -> tuple[str, ...]:
    """The ids of the entities an extraction's mentions name, in the order first named (kept as
    the first part of its share record: named_in_record)."""
    return tuple(dict.fromkeys(map(_ENTITY_ID, extraction.mentions)))


def share_record(extraction: Extraction) -> tuple:
    """An article's share as plain values: (ids, mentions of each, context spans of each,
    sentences shared by each). Finding sentences and connectives is most of the aggregate
    stage's work, so a build keeps this beside the extraction it comes from."""
    ids = named_in(extraction)
    if not ids:
        return (), (), (), ()
    by_entity: dict[str, list[Mention]] = {entity_id: [] for entity_id in ids}
    for mention in extraction.mentions:
        by_entity[mention.entity_id].append(mention)
    article = extraction.article
    spans = split_sentences(article.body)
    sentences_of = {entity_id: _sentence_numbers(mentions, spans) for entity_id, mentions in by_entity.items()}
    shared = []
    for entity_id, numbers in sentences_of.items():
        counts = ((other, len(numbers & theirs)) for other, theirs in sentences_of.items() if other != entity_id)
        shared.append(tuple((other, n) for other, n in counts if n))
    return (ids, tuple(len(mentions) for mentions in by_entity.values()),
            tuple(context_spans(article, mentions, spans) for mentions in by_entity.values()), tuple(shared))


def sound_share_record(record: object) -> bool:
    """Is `record` (read from disk) shaped as share_record makes one: its ids distinct texts,
    and one count, one list of spans and one list of shared sentences per id."""
    if type(record) is not tuple or len(record) != 4 or type(record[0]) is not tuple:
        return False
    ids = record[0]
    return (all(type(entity_id) is str for entity_id in ids) and len(set(ids)) == len(ids)
            and all(type(part) is tuple and len(part) == len(ids) for part in record[1:]))


def named_in_record(record: tuple) -> tuple[str, ...]:
    """The ids of the entities a share record's article names, in the order first named."""
    return record[0]


def article_share(extraction: Extraction, record: tuple | None = None) -> ArticleShare:
    """What `extraction` adds to the profiles; from `record` (its share_record, kept) when given."""
    record = share_record(extraction) if record is None else record
    ids, counts, spans, shared = record
    article = extraction.article
    appearances = tuple(Appearance(article, count, tuple(context_at(article, span) for span in of_entity))
                        for count, of_entity in zip(counts, spans))
    return ArticleShare(ids, appearances, shared)


class ProfileTotals:
    """The sums the profiles are made from, kept so that an article's share can be added or
    taken away (a preview's save) and only the profiles it changes made again."""

    def __init__(self) -> None:
        self.appearances: dict[str, dict[int, Appearance]] = defaultdict(dict)  # by id(appearance)
        self.mention_counts: Counter = Counter()
        self.shared_articles: dict[str, Counter] = defaultdict(Counter)
        self.shared_sentences: dict[str, Counter] = defaultdict(Counter)
        self._placed: dict[str, list] = defaultdict(list)  # add_appearances: entity id -> [(share, its place)]

    def add(self, share: ArticleShare, sign: int = 1) -> None:
        """Count `share` in (sign -1: take it out again; the Appearance objects are the ones added)."""
        ids = share.ids
        for entity_id, appearance, shared in zip(ids, share.appearances, share.shared):
            self.mention_counts[entity_id] += sign * appearance.mention_count
            articles, sentences = self.shared_articles[entity_id], self.shared_sentences[entity_id]
            if sign > 0:
                self.appearances[entity_id][id(appearance)] = appearance
                for other, count in shared:
                    sentences[other] += count
                articles.update(ids)  # counted in C: an article of a large archive names dozens
                del articles[entity_id]  # not its own neighbour (ids are distinct)
                continue
            del self.appearances[entity_id][id(appearance)]
            for other, count in shared:
                sentences[other] -= count
            for other in ids:
                if other != entity_id:
                    articles[other] -= 1
                    if not articles[other]:  # no article names both any more
                        del articles[other]
                        sentences.pop(other, None)

    def add_appearances(self, share: ArticleShare) -> None:
        """Count `share` in as `add` does, but not what it adds to its entities' neighbours
        (most of the cost): those are counted only for the entities that need them
        (count_neighbours), from the shares kept here."""
        for position, (entity_id, appearance) in enumerate(zip(share.ids, share.appearances)):
            self.mention_counts[entity_id] += appearance.mention_count
            self.appearances[entity_id][id(appearance)] = appearance
            self._placed[entity_id].append((share, position))

    def count_neighbours(self, entity_id: str) -> None:
        """shared_articles and shared_sentences of one entity, as `add` counts them, from the
        shares add_appearances kept (once per entity)."""
        placed = self._placed.pop(entity_id, None)
        if placed is None:
            return
        articles, sentences = self.shared_articles[entity_id], self.shared_sentences[entity_id]
        for share, position in placed:
            articles.update(share.ids)
            for other, count in share.shared[position]:
                sentences[other] += count
        del articles[entity_id]  # not its own neighbour

    def reached(self, ids, articles_of: dict[str, int], counted_before: dict[str, int]) -> set[str]:
        """The entities whose related list a change can reach: `ids` (those the articles added
        and taken away name) and those seen with one of them whose article count changed from
        `counted_before` (its weight in their associations). The one rule of a preview's save
        (memo.py) and of a build's kept lists (kept_related.py)."""
        reached = set(ids)
        for entity_id in [e for e in reached if articles_of.get(e) != counted_before.get(e)]:
            self.count_neighbours(entity_id)
            reached.update(self.shared_articles.get(entity_id, ()))
        return reached

    def articles_of(self) -> dict[str, int]:
        return {entity_id: len(items) for entity_id, items in self.appearances.items() if items}

    def profile(self, entity: Entity, articles_of: dict[str, int], total_articles: int,
                related: tuple[Association, ...] | None = None) -> EntityProfile:
        """`entity`'s profile; `related`: its related list when known (else made here)."""
        items = sorted(self.appearances.get(entity.id, {}).values(), key=lambda a: (a.article.date, a.article.key),
                       reverse=True)
        if related is None:
            related = associations(articles_of, self.shared_articles.get(entity.id, Counter()),
                                   self.shared_sentences.get(entity.id, Counter()), total_articles)
        return EntityProfile(entity, tuple(items), self.mention_counts[entity.id], related)


def build_profiles(entities: list[Entity], extractions: list[Extraction],
                   shares: list[ArticleShare] | None = None) -> dict[str, EntityProfile]:
    """Every entity's profile; `shares` are the extractions' article_share when known."""
    totals = ProfileTotals()
    for share in shares if shares is not None else map(article_share, extractions):
        totals.add(share)
    articles_of = totals.articles_of()
    return {entity.id: totals.profile(entity, articles_of, len(extractions)) for entity in entities}
