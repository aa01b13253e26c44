"""The chronology kept in build/cache/ between builds, by date, so that a build makes again only
the entries of the dates its changes reach (a preview keeps it in memory: memo.py).

A date's entries are made of that date's events alone (chronology.py), and an article's events
of its extraction alone: so a date's entries stay what they were while the extractions that
have events on it are the same ones, known by their digests (render/digest.extraction_digest,
kept with each extraction in the cache). A build keeps each date with the digests of those
extractions and its entries (their field values), and, beside them, what the render made of
each entry (`shown`: its digest with what timelines show of it, render/site.py, KeptInputs), so
that an added article makes the entries of its own dates and digests only what changed. The
file carries a format number and a fingerprint of the code that makes what it holds; one of
another version, cut short or planted is not read (the chronology is made again whole).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from operator import attrgetter
from pathlib import Path

from generator import safe_pickle
from generator.aggregate.chronology import ChronologyEntry, date_key, entries_of_date, in_order
from generator.model import Extraction

FILE = Path("build") / "cache" / "chronology.pickle"
FORMAT = 1
# What makes the entries and what the render keeps of them (`shown`).
_CODE = ("aggregate/chronology.py", "aggregate/kept_chronology.py", "model.py", "render/digest.py", "render/site.py")
# An entry's fields as it is made from them (all of its init fields: one added later is kept too).
_FIELDS = attrgetter(*(f.name for f in dataclass_fields(ChronologyEntry) if f.init))


def code_fingerprint() -> str:
    return safe_pickle.code_fingerprint(_CODE)


@dataclass
class KeptChronology:
    """A build's chronology with what it was made from, by date, and what the last build's
    render kept of its entries (`shown_before`)."""

    entries: tuple  # ChronologyEntry, oldest first
    dates: dict  # date key -> (the digests of the extractions with events on it, its entries)
    of_extraction: dict  # extraction digest -> the date keys of its events
    fields: dict = field(default_factory=dict)  # date key -> its entries' field values, as kept (the dates kept)
    shown_before: dict = field(default_factory=dict)  # what the render kept (render/site.py, KeptInputs.for_next_build)
    entry_shown: list = field(default_factory=list)  # (entry, what the render kept of it) of the last build's entries
    unchanged: bool = False  # the last build's, no extraction added or gone


def load(root: Path) -> dict | None:
    """What the last build kept (None when missing, damaged, planted or of other code)."""
    from generator.extract.cache import read_pickle  # the safe reader of every cache file

    stored = read_pickle(root / FILE)
    if (isinstance(stored, dict) and stored.get("format") == FORMAT and stored.get("code") == code_fingerprint()
            and all(isinstance(stored.get(part), dict) for part in ("dates", "of_extraction", "shown"))):
        return stored
    return None


def build_chronology(root: Path, extractions: list[Extraction], digests: list[bytes]) -> KeptChronology:
    """The chronology of the extractions' events (as chronology.build_chronology makes it), with
    the last build's entries for the dates whose extractions are the same. `digests` are the
    extractions' digests, in their order."""
    now = dict(zip(digests, extractions))
    stored = load(root) if len(now) == len(extractions) else None
    try:
        return _again(stored, now) if stored is not None else _anew(now)
    except (TypeError, ValueError, KeyError, IndexError, AttributeError):  # not what a build writes
        return _anew(now)


def _anew(now: dict) -> KeptChronology:
    events_of: dict[tuple, list] = {}  # date key -> its events
    digests_of: dict[tuple, list] = {}  # date key -> the digests of the extractions they come from
    of_extraction = {}
    for digest, extraction in now.items():
        keys: dict[tuple, None] = {}
        for event in extraction.events:
            key = date_key(event)
            keys[key] = None
            events_of.setdefault(key, []).append(event)
        of_extraction[digest] = tuple(keys)
        for key in keys:
            digests_of.setdefault(key, []).append(digest)
    dates = {key: (tuple(sorted(digests_of[key])), tuple(entries_of_date(events))) for key, events in events_of.items()}
    return KeptChronology(_in_order(dates), dates, of_extraction)


def _again(stored: dict, now: dict) -> KeptChronology:
    before, of_before = stored["dates"], stored["of_extraction"]
    added = [digest for digest in now if digest not in of_before]
    gone = {digest for digest in of_before if digest not in now}
    of_extraction = {digest: keys for digest, keys in of_before.items() if digest not in gone}
    reached: dict[tuple, set] = {}  # date key -> the digests of its extractions now
    for digest in gone:
        for key in of_before[digest]:
            reached.setdefault(key, set(before[key][0])).discard(digest)
    for digest in added:
        keys = of_extraction[digest] = tuple(dict.fromkeys(map(date_key, now[digest].events)))
        for key in keys:
            reached.setdefault(key, set(before[key][0]) if key in before else set()).add(digest)
    dates, kept_fields, entry_shown, shown = {}, {}, [], stored["shown"]["entries"]
    for key, (made_of, fields) in before.items():
        if key in reached:
            continue
        entries = tuple(ChronologyEntry(*values) for values in fields)
        dates[key], kept_fields[key] = (made_of, entries), fields
        entry_shown.extend(zip(entries, shown.get(key, ())))
    for key, made_of in reached.items():
        if made_of:
            events = [event for digest in made_of for event in now[digest].events if date_key(event) == key]
            dates[key] = (tuple(sorted(made_of)), tuple(entries_of_date(events)))
    return KeptChronology(_in_order(dates), dates, of_extraction, kept_fields, stored["shown"]["render"], entry_shown,
                          unchanged=not added and not gone)


def _in_order(dates: dict) -> tuple:
    return tuple(in_order((key, entries) for key, (_, entries) in dates.items()))


def save(root: Path, kept: KeptChronology, shown: dict, entry_shown) -> None:
    """Keep the chronology by date for the next build, with what the render made of it: `shown`
    (what it keeps of the pass) and `entry_shown(entry)` (what it keeps of an entry)."""
    from generator.extract.cache import write_pickle

    dates, of_entries, kept_fields = {}, {}, kept.fields
    for key, (made_of, entries) in kept.dates.items():
        fields = kept_fields.get(key)
        dates[key] = (made_of, fields if fields is not None else tuple(map(_FIELDS, entries)))
        of_entries[key] = tuple(map(entry_shown, entries))
    write_pickle(root / FILE, {"format": FORMAT, "code": code_fingerprint(), "dates": dates,
                               "of_extraction": kept.of_extraction, "shown": {"render": shown, "entries": of_entries}})
