"""The chronology: events from every article, the same event from several articles merged.

Two events are the same when they have the same date (value, end_value, precision), come from
different articles, and name the same entities: at least two in common, or the one entity of
an event that names only one. Events that name no entity are never merged: a date alone does
not make two reports the same story. Events of one article are not merged with each other
(two sentences of an article are two statements, even on one day).

The result does not depend on the order the events come in: they are first put in a fixed
order (date, article key, sentence), and each one joins the first entry it matches.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from generator.model import Event
from generator.text.display import format_month


@dataclass(frozen=True)
class ChronologyEntry:
    value: str
    precision: str
    end_value: str | None
    sentence: str  # the representative: the sentence of the first source
    entity_ids: tuple[str, ...]  # union over the sources, sorted
    sources: tuple[tuple[str, str], ...]  # (article key, sentence), first source first

    @property
    def article_keys(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(key for key, _ in self.sources))


@dataclass(frozen=True)
class ChronologyMonth:
    year: int
    month: int | None  # None: entries known only to the year
    label: str  # "أكتوبر/تشرين الأول 2022", or "2022" for the year itself
    entries: tuple[ChronologyEntry, ...]


@dataclass(frozen=True)
class ChronologyYear:
    year: int
    months: tuple[ChronologyMonth, ...]  # oldest first; the year-only group comes first

    @property
    def count(self) -> int:
        return sum(len(m.entries) for m in self.months)


def _date_key(event: Event) -> tuple[str, str, str]:
    return event.value, event.end_value or "", event.precision


def _same_event(ids: frozenset[str], other: frozenset[str]) -> bool:
    shared = len(ids & other)
    return shared > 0 and shared >= min(2, len(ids), len(other))


@dataclass
class _Group:
    events: list[Event]
    ids: set[str]
    articles: set[str]


def build_chronology(events: list[Event]) -> list[ChronologyEntry]:
    """One entry per event, the same event reported by several articles merged; sorted by date."""
    ordered = sorted(set(events), key=lambda e: (_date_key(e), e.article_key, e.sentence, e.entity_ids, e.date_text))
    entries: list[ChronologyEntry] = []
    for _, same_date in groupby(ordered, key=_date_key):
        groups: list[_Group] = []
        for event in same_date:
            ids = frozenset(event.entity_ids)
            target = next(
                (g for g in groups if event.article_key not in g.articles and _same_event(ids, frozenset(g.ids))),
                None,
            )
            if target is None:
                groups.append(_Group([event], set(ids), {event.article_key}))
            else:
                target.events.append(event)
                target.ids |= ids
                target.articles.add(event.article_key)
        entries.extend(_entry(g) for g in groups)
    entries.sort(key=lambda e: (e.value, e.end_value or "", e.sources[0]))
    return entries


def _entry(group: _Group) -> ChronologyEntry:
    first = group.events[0]
    sources = tuple(dict.fromkeys((e.article_key, e.sentence) for e in group.events))
    return ChronologyEntry(
        value=first.value,
        precision=first.precision,
        end_value=first.end_value,
        sentence=first.sentence,
        entity_ids=tuple(sorted(group.ids)),
        sources=sources,
    )


def group_by_year_month(entries: list[ChronologyEntry]) -> tuple[ChronologyYear, ...]:
    """Entries by year, then month, oldest first; a range is listed under the month it starts in."""
    def year_month(entry: ChronologyEntry) -> tuple[int, int]:
        parts = entry.value.split("-")
        return int(parts[0]), int(parts[1]) if len(parts) > 1 else 0

    ordered = sorted(entries, key=lambda e: (year_month(e), e.value, e.end_value or "", e.sources[0]))
    years = []
    for year, in_year in groupby(ordered, key=lambda e: year_month(e)[0]):
        months = []
        for month, in_month in groupby(in_year, key=lambda e: year_month(e)[1]):
            label = format_month(year, month) if month else str(year)
            months.append(ChronologyMonth(year, month or None, label, tuple(in_month)))
        years.append(ChronologyYear(year, tuple(months)))
    return tuple(years)


def entity_timeline(entries: list[ChronologyEntry], entity_id: str) -> list[ChronologyEntry]:
    """The entries that name `entity_id`, in chronological order."""
    return [e for e in entries if entity_id in e.entity_ids]
