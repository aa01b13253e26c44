"""The chronology: events from every article, the same event from several articles merged.

Two events are the same when they have the same date (value, end_value, precision), come from
different articles, and name the same entities: at least two in common, or the one entity of
an event that names only one. Events that name no entity are never merged: a date alone does
not make two reports the same story. Events of one article are not merged with each other
(two sentences of an article are two statements, even on one day).

The result does not depend on the order the events come in: they are first put in a fixed
order (date, article key, sentence), and each one joins the first entry it matches.

How an entry reads: its sentence is quoted without the connective it opens with (و، كما،
جاء ذلك …: generator/data/connectives.yml), with the date expressions that place it marked.
A sentence with two dates is two events (two calls on two days), but printed twice in one
month it reads as a repetition: on a timeline, the entries of a month that quote the same
sentences are shown as one entry with all their dates; an article's dates box shows one entry
per sentence.
"""
from __future__ import annotations

import bisect
import operator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import groupby

from generator.model import Event
from generator.text.connectives import connective_length
from generator.text.display import format_month

Span = tuple[int, int]


@dataclass(frozen=True)
class Passage:
    """A sentence as a timeline quotes it, with the spans to mark (its date expressions)."""

    text: str
    marks: tuple[Span, ...] = ()

    @cached_property  # quote() gives the same Passage to every page that draws the sentence
    def parts(self) -> tuple[tuple[str, bool], ...]:
        """The text in pieces, each with whether it is marked; overlapping marks are joined."""
        parts, at = [], 0
        for start, end in sorted(self.marks):
            start = max(start, at)
            if end <= start:
                continue
            if start > at:
                parts.append((self.text[at:start], False))
            parts.append((self.text[start:end], True))
            at = end
        if at < len(self.text):
            parts.append((self.text[at:], False))
        return tuple(parts)


@lru_cache(maxsize=4096)  # a sentence quoted by several entries (each event is drawn once a pass: pages.EventFragments)
def quote(sentence: str, marks: tuple[Span, ...] = ()) -> Passage:
    """`sentence` without its leading connective (never cutting into a mark), marks moved along."""
    cut = min([connective_length(sentence), *(start for start, _ in marks)])
    return Passage(sentence[cut:], tuple((start - cut, end - cut) for start, end in marks))


def date_span(event: Event) -> tuple[Span, ...]:
    """Where the event's date expression is in its sentence (nothing when not known)."""
    if event.date_start >= 0:
        return ((event.date_start, event.date_start + len(event.date_text)),)
    at = event.sentence.find(event.date_text) if event.date_text else -1
    return ((at, at + len(event.date_text)),) if at >= 0 else ()


@dataclass(frozen=True, slots=True)  # one per event: 231,000 at 10,000 articles
class ChronologyEntry:
    value: str
    precision: str
    end_value: str | None
    sentence: str  # the representative: the sentence of the first source
    entity_ids: tuple[str, ...]  # union over the sources, sorted
    sources: tuple[tuple[str, str], ...]  # (article key, sentence), first source first
    marks: tuple[Span, ...] = ()  # the date expressions in `sentence` that place the entry
    also: tuple[tuple[str, str | None], ...] = ()  # further dates (value, end_value) shown with it
    # Made from the fields above once (read for every page and chart that shows the entry).
    article_keys: tuple[str, ...] = field(init=False, repr=False, compare=False)
    year: int = field(init=False, repr=False, compare=False)
    month: tuple[int, int] | None = field(init=False, repr=False, compare=False)  # None: known only to its year

    def __post_init__(self) -> None:
        year, sources = int(self.value[:4]), self.sources
        # (Most entries have one source: 215,000 of 231,000 events at 10,000 articles.)
        object.__setattr__(self, "article_keys", (sources[0][0],) if len(sources) == 1
                           else tuple(dict.fromkeys(map(_KEY_OF_SOURCE, sources))))
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "month", (year, int(self.value[5:7])) if len(self.value) >= 7 else None)

    @property
    def dates(self) -> tuple[tuple[str, str | None], ...]:
        """(value, end_value) of every date the entry is shown with, the one it is listed at first."""
        return ((self.value, self.end_value), *self.also)

    @property
    def passage(self) -> Passage:
        return quote(self.sentence, self.marks)


def combined(entries: list[ChronologyEntry]) -> ChronologyEntry:
    """Entries quoting the same sentence as one, listed at the first one's date."""
    first = entries[0]
    if len(entries) == 1:
        return first
    dates = tuple(dict.fromkeys(date for entry in entries for date in entry.dates))
    return ChronologyEntry(
        value=first.value,
        precision=first.precision,
        end_value=first.end_value,
        sentence=first.sentence,
        entity_ids=tuple(sorted({eid for entry in entries for eid in entry.entity_ids})),
        sources=first.sources,
        marks=tuple(sorted({span for entry in entries for span in entry.marks})),
        also=dates[1:],
    )


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


def date_key(event: Event) -> tuple[str, str, str]:
    return event.value, event.end_value or "", event.precision


def _same_event(ids: frozenset[str], other: frozenset[str]) -> bool:
    shared = len(ids & other)
    return shared > 0 and shared >= min(2, len(ids), len(other))


@dataclass
class _Group:
    events: list[Event]
    ids: set[str]
    articles: set[str]


def build_chronology(events: list[Event], kept: dict | None = None) -> list[ChronologyEntry]:
    """One entry per event, the same event reported by several articles merged; sorted by date.
    With `kept` (what the last call made of each date: its events and entries), a date whose
    events are the same gives the last call's entries, the same objects; `kept` becomes this
    call's."""
    by_date: dict[tuple, list[Event]] = {}
    for event in events:
        by_date.setdefault(date_key(event), []).append(event)
    before = kept if kept is not None else {}
    made: dict[tuple, tuple] = {}
    for date in sorted(by_date):
        known = before.get(date)
        if known is None or known[0] != by_date[date]:
            known = (by_date[date], entries_of_date(by_date[date]))
        made[date] = known
    if kept is not None:
        kept.clear()
        kept.update(made)
    return in_order((date, entries) for date, (_, entries) in made.items())


def in_order(dates) -> list[ChronologyEntry]:
    """The entries of dates ((date key, its entries) pairs, in any order) as the chronology
    lists them."""
    entries = [entry for _, of_date in sorted(dates, key=_FIRST) for entry in of_date]
    entries.sort(key=lambda e: (e.value, e.end_value or "", e.sources[0]))
    return entries


def entries_of_date(same_date: list[Event]) -> list[ChronologyEntry]:
    """The entries of one date's events (whatever order they come in)."""
    ordered = sorted(set(same_date), key=lambda e: (e.article_key, e.sentence, e.entity_ids, e.date_text))
    groups: list[_Group] = []
    # Only a group that names one of an event's entities can take it (_same_event): each event
    # looks at those, first made first, not at every group of a date that has thousands.
    naming: dict[str, list[int]] = {}  # entity id -> the groups (their numbers) that name it
    for event in ordered:
        ids = frozenset(event.entity_ids)
        candidates = sorted({number for eid in ids for number in naming.get(eid, ())})
        target = next((number for number in candidates if event.article_key not in groups[number].articles
                       and _same_event(ids, groups[number].ids)), None)
        if target is None:
            target = len(groups)
            groups.append(_Group([event], set(), set()))
        else:
            groups[target].events.append(event)
        group = groups[target]
        for eid in ids - group.ids:
            naming.setdefault(eid, []).append(target)
        group.ids |= ids
        group.articles.add(event.article_key)
    return [_entry(g) for g in groups]


def _entry(group: _Group) -> ChronologyEntry:
    events = group.events
    first = events[0]
    sources = (((first.article_key, first.sentence),) if len(events) == 1
               else tuple(dict.fromkeys((e.article_key, e.sentence) for e in events)))
    return ChronologyEntry(
        value=first.value,
        precision=first.precision,
        end_value=first.end_value,
        sentence=first.sentence,
        entity_ids=tuple(sorted(group.ids)),
        sources=sources,
        marks=date_span(first),
    )


def sentence_entries(events: list[Event]) -> list[ChronologyEntry]:
    """An article's events as one entry per sentence with all its dates, in the order of the text."""
    by_sentence: dict[str, list[ChronologyEntry]] = {}
    for event in events:
        by_sentence.setdefault(event.sentence, []).append(_entry(_Group([event], set(event.entity_ids), {event.article_key})))
    return [combined(entries) for entries in by_sentence.values()]


def group_by_year_month(entries: list[ChronologyEntry]) -> tuple[ChronologyYear, ...]:
    """Entries by year, then month, oldest first; a range is listed under the month it starts in.
    The entries of a month that quote the same sentences are one, at the first one's date."""
    def year_month(entry: ChronologyEntry) -> tuple[int, int]:
        parts = entry.value.split("-")
        return int(parts[0]), int(parts[1]) if len(parts) > 1 else 0

    ordered = sorted(entries, key=lambda e: (year_month(e), e.value, e.end_value or "", e.sources[0]))
    years = []
    for year, in_year in groupby(ordered, key=lambda e: year_month(e)[0]):
        months = []
        for month, in_month in groupby(in_year, key=lambda e: year_month(e)[1]):
            label = format_month(year, month) if month else str(year)
            same_quote: dict[tuple, list[ChronologyEntry]] = {}  # the month's entries by what they quote
            for entry in in_month:
                same_quote.setdefault(entry.sources, []).append(entry)
            months.append(ChronologyMonth(year, month or None, label,
                                          tuple(combined(entries) for entries in same_quote.values())))
        years.append(ChronologyYear(year, tuple(months)))
    return tuple(years)


def entity_timeline(entries: list[ChronologyEntry], entity_id: str) -> list[ChronologyEntry]:
    """The entries that name `entity_id`, in chronological order."""
    return [e for e in entries if entity_id in e.entity_ids]


@dataclass(frozen=True, eq=False)
class ChronologyParts:
    """The chronology as its pages divide it: each year's entries, each entity type's and each
    type's in each year, oldest first (an entry is in the part of every type it names)."""

    of_year: dict  # year -> [ChronologyEntry]
    of_type: dict  # type -> [ChronologyEntry]
    of_type_year: dict  # (type, year) -> [ChronologyEntry]


def chronology_parts(chronology: tuple, type_of: dict[str, str]) -> ChronologyParts:
    """`chronology` by year, by entity type (of the entities `type_of` knows) and by both."""
    of_year: dict[int, list] = {}
    of_type: dict[str, list] = {}
    of_type_year: dict[tuple, list] = {}
    for entry in chronology:
        of_year.setdefault(entry.year, []).append(entry)
        for entity_type in {type_of[eid] for eid in entry.entity_ids if eid in type_of}:
            of_type.setdefault(entity_type, []).append(entry)
            of_type_year.setdefault((entity_type, entry.year), []).append(entry)
    return ChronologyParts(of_year, of_type, of_type_year)


def chronology_parts_again(chronology: tuple, type_of: dict[str, str], before: ChronologyParts) -> ChronologyParts:
    """chronology_parts of a chronology made again from `before`'s (of the same `type_of`): a
    year whose entries are the same objects keeps its lists, only the years that changed are
    divided again. (The chronology is sorted by date, so each year's entries are one run of
    it, found by bisection.)"""
    of_year: dict[int, list] = {}
    of_type_year: dict[tuple, list] = {}
    start = 0
    while start < len(chronology):
        year = chronology[start].year
        end = bisect.bisect_left(chronology, f"{year + 1:04d}", lo=start, key=_VALUE)
        run, last = chronology[start:end], before.of_year.get(year)
        if last is not None and len(last) == len(run) and all(map(operator.is_, last, run)):
            of_year[year] = last
            of_type_year.update((key, entries) for key, entries in before.of_type_year.items() if key[1] == year)
        else:
            made = chronology_parts(run, type_of)
            of_year.update(made.of_year)
            of_type_year.update(made.of_type_year)
        start = end
    of_type: dict[str, list] = {}
    for (entity_type, _), entries in sorted(of_type_year.items(), key=lambda item: item[0][1]):
        of_type.setdefault(entity_type, []).extend(entries)
    return ChronologyParts(of_year, of_type, of_type_year)


_VALUE = operator.attrgetter("value")
_FIRST = operator.itemgetter(0)
_KEY_OF_SOURCE = operator.itemgetter(0)
