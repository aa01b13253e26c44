"""The chronology kept in build/cache/ between builds, by date, so that a build makes again only
the entries of the dates its changes reach (a preview keeps it in memory: memo.py).

A date's entries are made of that date's events alone (chronology.py), and an article's events
of its extraction alone: so a date's entries stay what they were while the extractions that
have events on it are the same ones, known by their digests (render/digest.extraction_digest,
kept with each extraction in the cache). A build keeps each date with the digests of those
extractions and its entries (their field values), and, beside them, what the render made of
each entry (`shown`: its digest with what timelines show of it, render/site.py, KeptInputs), so
that an added article makes the entries of its own dates and digests only what changed.

On disk it is a folder: a file per year holding that year's dates, each pickled alone, and a
head naming the token of every year file it was written with, beside what is kept of the whole
(the dates of each extraction, the links and sources the render resolved). A build writes again
only the years whose dates or entries' digests changed (and the head), and no save holds more
than one year's pickler memo. The head carries a format number and a fingerprint of the code
that makes what the files hold; a head of another version, cut short or planted, or a year file
whose token is not the head's (from a save that stopped half way), is not read: the chronology
is made again whole.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from operator import attrgetter
from pathlib import Path

from generator import safe_pickle
from generator.aggregate.chronology import ChronologyEntry, date_key, entries_of_date, in_order
from generator.model import Extraction
from generator.safe_pickle import text_to_write

FOLDER = Path("build") / "cache" / "chronology"
HEAD_FILE = FOLDER / "head.pickle"
OLD_FILE = Path("build") / "cache" / "chronology.pickle"  # every date in one file (format 1): removed
FORMAT = 2
# What makes the entries and what the render keeps of them (`shown`).
_CODE = ("aggregate/chronology.py", "aggregate/kept_chronology.py", "model.py", "render/digest.py", "render/site.py")
# An entry's fields as it is made from them (all of its init fields: one added later is kept too).
_FIELDS = attrgetter(*(f.name for f in dataclass_fields(ChronologyEntry) if f.init))


def code_fingerprint() -> str:
    return safe_pickle.code_fingerprint(_CODE)


@dataclass
class KeptChronology:
    """A build's chronology with what it was made from, by date, and what the last build's
    render kept: of the whole pass (`render_kept`) and of each date's entries (`entries_shown`)."""

    entries: tuple  # ChronologyEntry, oldest first
    dates: dict  # date key -> (the digests of the extractions with events on it, its entries)
    of_extraction: dict  # extraction digest -> the date keys of its events
    fields: dict = field(default_factory=dict)  # date key -> its entries' field values, as kept (the dates kept)
    render_kept: dict = field(default_factory=dict)  # what the render kept (render/site.py, KeptInputs.for_next_build)
    unchanged: bool = False  # the last build's, no extraction added or gone
    tokens: dict = field(default_factory=dict)  # year -> the token of its file, as the last build kept it
    entries_shown: dict = field(default_factory=dict)  # date key -> what the render kept of each entry (every date read)

    def kept_entries_shown(self):
        """(entry, what the last build's render kept of it) for the entries of the dates kept."""
        for key in self.fields:
            yield from zip(self.dates[key][1], self.entries_shown.get(key, ()))


def load(root: Path) -> dict | None:
    """What the last build kept, its years' files joined (None when the head or a year's file
    is missing, damaged, planted, of other code or of another save)."""
    head = safe_pickle.read_pickle(root / HEAD_FILE)
    if not (isinstance(head, dict) and head.get("format") == FORMAT and head.get("code") == code_fingerprint()
            and all(isinstance(head.get(part), dict) for part in ("of_extraction", "shown", "years"))):
        return None
    dates, shown = {}, {}
    for year, token in head["years"].items():
        if not (type(year) is str and year.isdigit()):  # a file's name: a planted head leads nowhere else
            return None
        part = safe_pickle.read_pickle(root / FOLDER / f"{year}.pickle")
        if not (isinstance(part, dict) and part.get("token") == token
                and isinstance(part.get("dates"), dict) and isinstance(part.get("shown"), dict)):
            return None
        dates.update(part["dates"])
        shown.update(part["shown"])
    return {"dates": dates, "of_extraction": head["of_extraction"], "years": head["years"],
            "shown": {"render": head["shown"], "entries": shown}}


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
    dates, kept_fields = {}, {}
    for key, (made_of, fields) in before.items():
        if key in reached:
            continue
        dates[key], kept_fields[key] = (made_of, tuple(ChronologyEntry(*values) for values in fields)), fields
    for key, made_of in reached.items():
        if made_of:
            events = [event for digest in made_of for event in now[digest].events if date_key(event) == key]
            dates[key] = (tuple(sorted(made_of)), tuple(entries_of_date(events)))
    return KeptChronology(_in_order(dates), dates, of_extraction, kept_fields, stored["shown"]["render"],
                          unchanged=not added and not gone, tokens=stored["years"], entries_shown=stored["shown"]["entries"])


def _in_order(dates: dict) -> tuple:
    return tuple(in_order((key, entries) for key, (_, entries) in dates.items()))


def save(root: Path, kept: KeptChronology, shown: dict, entry_shown) -> None:
    """Keep the chronology by date for the next build, with what the render made of it: `shown`
    (what it keeps of the pass) and `entry_shown(entry)` (what it keeps of an entry). A year's
    file is written again only when one of its dates was made again, added or gone, or one of its
    entries' digests changed; then the head that names the years' files."""
    by_year: dict[str, list] = {}
    for key in kept.dates:
        by_year.setdefault(_year(key), []).append(key)
    kept_by_year: dict[str, set] = {}
    for key in kept.entries_shown:
        kept_by_year.setdefault(_year(key), set()).add(key)
    folder, tokens = root / FOLDER, {}
    for year, keys in sorted(by_year.items()):
        of_entries = {key: tuple(map(entry_shown, kept.dates[key][1])) for key in keys}
        token = kept.tokens.get(year)
        if (token is None or kept_by_year.get(year) != set(keys)
                or any(key not in kept.fields or of_entries[key] != kept.entries_shown[key] for key in keys)):
            token, texts = secrets.token_hex(8), {}  # (each text written from one copy: see text_to_write)
            dates = {}
            for key in keys:
                made_of, entries = kept.dates[key]
                fields = kept.fields.get(key) or tuple(map(_FIELDS, entries))
                dates[key] = (made_of, _texts_to_write(texts, fields))
            safe_pickle.write_pickle(folder / f"{year}.pickle", {"token": token, "dates": dates, "shown": of_entries})
        tokens[year] = token
    for file in folder.glob("[0-9]*.pickle"):  # the years with no date left, and any a head does not name
        if file.stem not in tokens:
            file.unlink()
    for file in folder.glob("*.tmp"):  # left by a save that was stopped while writing
        file.unlink()
    safe_pickle.write_pickle(root / HEAD_FILE, {"format": FORMAT, "code": code_fingerprint(),
                                                "of_extraction": kept.of_extraction, "shown": shown, "years": tokens})
    (root / OLD_FILE).unlink(missing_ok=True)


def _year(key: tuple) -> str:
    return key[0][:4]


def _texts_to_write(texts: dict, value):
    """`value` (an entry's field values, or one of them) with each text as text_to_write gives it,
    one copy per text object in `texts` (a text shared by fields stays shared in the file)."""
    if type(value) is tuple:
        return tuple(_texts_to_write(texts, part) for part in value)
    if type(value) is str:
        copy = texts.get(id(value))
        if copy is None:
            copy = texts[id(value)] = (value, text_to_write(value))
        return copy[1]
    return value
