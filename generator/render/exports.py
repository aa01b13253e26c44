"""Feeds and open data: Atom feeds and JSON/CSV exports, dated from front matter only.

Dates come from the articles themselves, never from the file system (a fresh clone has
every file dated today) nor from the clock, so two builds of one commit are identical.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from generator import safe_pickle
from generator.render.addresses import Addresses
from generator.render.pages import page_url
from generator.render.site import SiteData

ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 50


def absolute(site_url: str, src: str) -> str:
    return site_url + quote(page_url(src))


def _timestamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def atom_feed(title: str, site_url: str, feed_path: str, page_src: str, articles: list, excerpts: dict,
              to: Addresses) -> bytes:
    """An Atom 1.0 feed of `articles` (newest first). An article's entry is the same in every
    feed that has it (the site's, each of its entities'): it is written once (feed_entry) and
    put after the feed's own elements as ElementTree puts each child of the feed."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "ar"})
    ET.SubElement(feed, f"{{{ATOM}}}id").text = site_url + quote(feed_path)
    ET.SubElement(feed, f"{{{ATOM}}}title").text = title
    updated = max((a.date for a in articles), default=dt.date(1970, 1, 1))
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _timestamp(updated)
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "href": site_url + quote(feed_path)})
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "alternate", "href": absolute(site_url, page_src)})
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = title
    ET.indent(feed)
    head = ET.tostring(feed, encoding="utf-8")
    entries = [feed_entry(absolute(site_url, to.article(article)), article.title, article.date, article.source,
                          excerpts.get(article.key, "")) for article in articles[:FEED_SIZE]]
    # The feed's last child ends with a line break; each one before it with the break and indent
    # that the entries after it start on (ET.indent).
    body = head[: -len(_FEED_END)] + b"".join(_CHILD_START + entry for entry in entries) + _FEED_END
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + body + b"\n"


_FEED_END = b"\n</feed>"
_CHILD_START = b"\n  "


@lru_cache(maxsize=1 << 15)
def feed_entry(url: str, title: str, date: dt.date, source: str, summary: str) -> bytes:
    """An article's entry as ElementTree writes it among a feed's children (indented one level,
    without what follows it): cut out of a feed that has it alone."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
    ET.SubElement(entry, f"{{{ATOM}}}id").text = url
    ET.SubElement(entry, f"{{{ATOM}}}title").text = title
    ET.SubElement(entry, f"{{{ATOM}}}updated").text = _timestamp(date)
    ET.SubElement(entry, f"{{{ATOM}}}published").text = _timestamp(date)
    ET.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "href": url})
    if source:
        ET.SubElement(ET.SubElement(entry, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = source
    ET.SubElement(entry, f"{{{ATOM}}}summary").text = summary
    ET.indent(feed)
    written = ET.tostring(feed, encoding="utf-8")
    return written[written.index(b"<entry>"): written.rindex(b"</entry>") + len(b"</entry>")]


def feeds(data: SiteData, site_url: str, site_name: str, excerpts: dict, to: Addresses) -> dict[str, bytes]:
    return {path: atom_feed(*arguments) for path, arguments in feed_arguments(data, site_url, site_name, excerpts, to).items()}


def feed_arguments(data: SiteData, site_url: str, site_name: str, excerpts: dict, to: Addresses) -> dict[str, tuple]:
    """Each feed's path and the arguments of atom_feed that make it."""
    files = {to.site_feed: (site_name, site_url, to.site_feed, to.home, list(data.archive.newest_first), excerpts, to)}
    for profile in data.profiles.values():
        entity = profile.entity
        articles = [appearance.article for appearance in profile.appearances]
        files[to.entity_feed(entity)] = (f"{site_name}: {entity.name}", site_url, to.entity_feed(entity),
                                         to.entity(entity), articles, excerpts, to)
    return files


def feed_inputs(title: str, site_url: str, feed_path: str, page_src: str, articles: list, excerpts: dict,
                to: Addresses) -> tuple:
    """What of atom_feed's arguments its bytes depend on (the addresses are in the settings).
    Not the excerpts: each is made of its article (its summary or its body, in the article's
    digest) and the settings, in every fingerprint; written again, they were about a third of
    the feeds' fingerprints (thousands of entity feeds on every build)."""
    shown = articles[:FEED_SIZE]
    return (title, site_url, feed_path, page_src, shown, max((a.date for a in articles), default=None))


def _one(item) -> bytes:
    """One record, in UTF-8 as it is written (as text, Arabic makes every character of a record
    two bytes wide, its keys and addresses included)."""
    return json.dumps(item, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _json(lines) -> Iterator[bytes]:
    """A list as one record per line (readable, diffable, and written by json's C encoder, which
    `indent` would turn off), in pieces: the events' records are tens of megabytes at 3,000
    articles, and the file is written as they come, never held whole."""
    separator = b"[\n"
    for line in lines:
        yield separator
        yield line
        separator = b",\n"
    yield b"[]\n" if separator == b"[\n" else b"\n]\n"


EVENT_LINES_FILE = Path("build") / "cache" / "event-records.pickle"
EVENT_LINES_FORMAT = 4  # 2: the lines in UTF-8; 3: keyed by render/digest.py's digest; 4: by the entry's


class EventLines:
    """Each chronology event's JSON line and CSV row by the digest of its entry with what
    timelines show of it (render/site.py, KeptInputs.entry: its date, sentence, entities and
    sources with their addresses, which the lines are made of, and the links and titles, which
    they are not), kept in build/cache/ between builds: a build makes again only the records of
    the events an edit changed, and digests nothing for them. Kept under a fingerprint of this
    file, which writes them, and of render/digest.py and render/site.py, which key them; a file
    of another version is not read."""

    def __init__(self, known: dict | None = None):
        self.known: dict[bytes, tuple[bytes, bytes]] = known or {}
        self.used: dict[bytes, tuple[bytes, bytes]] = {}
        self.made = 0

    def get(self, key: bytes | None, make) -> tuple[bytes, bytes]:
        """The lines of the event whose entry's digest is `key` (None: made, not kept)."""
        lines = self.known.get(key)
        if lines is None:
            lines = make()
            self.made += 1
        if key is not None:
            self.used[key] = lines
        return lines

    def unsaved(self) -> bool:
        return bool(self.made) or len(self.used) != len(self.known)


def _code() -> str:
    # this file, and those that make the records' keys (digest.py, site.py) and their pages' addresses
    return safe_pickle.code_fingerprint(("render/exports.py", "render/digest.py", "render/site.py", "render/pages.py"))


def load_event_lines(root: Path) -> EventLines:
    """The event records the last build kept (none when missing, damaged or of other code)."""
    stored = safe_pickle.read_pickle(root / EVENT_LINES_FILE)
    if isinstance(stored, dict) and stored.get("format") == EVENT_LINES_FORMAT and stored.get("code") == _code():
        return EventLines(stored["lines"])
    return EventLines()


def save_event_lines(root: Path, lines: EventLines) -> None:
    """Keep the records this pass used (those of events gone are dropped)."""
    if lines.unsaved():
        safe_pickle.write_pickle(root / EVENT_LINES_FILE, {"format": EVENT_LINES_FORMAT, "code": _code(), "lines": lines.used},
                                 shares=False)  # each event's digest and lines are its own
        lines.known, lines.used, lines.made = lines.used, {}, 0


class KeptRecords:
    """What each record of the open data became (its JSON line, its CSV row), kept by a preview
    from one pass to the next while the objects it is made from are the same ones."""

    def __init__(self, before: "KeptRecords | None" = None, lines: EventLines | None = None):
        self.lines = before.lines if before is not None else (lines or EventLines())  # by what they are made of
        self._before = before._now if before is not None else {}
        self._now: dict[tuple, tuple] = {}
        # The events' lines with what they are made of: (chronology, each article's address,
        # the lines, the KeptRecords of each event's)
        self.events_before = before.events if before is not None else None
        self.events: tuple | None = None

    def get(self, made_of: tuple, make):
        key = tuple(map(id, made_of))
        known = self._before.get(key)
        if known is None or any(a is not b for a, b in zip(known[0], made_of)):
            known = (made_of, make())
        self._now[key] = known
        return known[1]


def _csv_row(values: list) -> bytes:
    row = io.StringIO()
    csv.writer(row, lineterminator="\n").writerow(values)
    return row.getvalue().encode("utf-8")


def open_data(data: SiteData, to: Addresses, kept: KeptRecords | None = None) -> dict[str, bytes]:
    """open_data_parts, each file's bytes whole (for tests and tools)."""
    return {path: b"".join(parts) for path, parts in open_data_parts(data, to, kept).items()}


def open_data_parts(data: SiteData, to: Addresses, kept: KeptRecords | None = None) -> dict[str, Iterable[bytes]]:
    """api/articles.json, api/entities.json, api/events.json and chronology.csv (schemas in the
    README), each as the pieces of its bytes in order, to be written one after the other (the
    records are made before: each is held once, the files' bytes never); with `kept`, a record
    made from the same objects as in the last pass is not made again."""
    kept = kept or KeptRecords()

    def article_line(article, extraction) -> bytes:
        entity_ids = sorted(data.entities_named(article.key)) if extraction else []
        return _one({
            "key": article.key, "title": article.title, "date": article.date.isoformat(),
            "url": page_url(to.article(article)), "source": article.source, "agencies": list(article.agencies),
            "original_url": article.url, "lang": article.lang, "summary": article.summary, "entities": entity_ids,
        })

    def entity_line(profile) -> bytes:
        entity = profile.entity
        return _one({
            "id": entity.id, "type": entity.type, "name": entity.name, "name_en": entity.name_en,
            "aliases": list(entity.aliases), "role": entity.role, "wikidata": entity.wikidata,
            "url": page_url(to.entity(entity)), "articles": profile.article_count, "mentions": profile.mention_count,
            "first_seen": profile.first_seen.isoformat() if profile.first_seen else None,
            "last_seen": profile.last_seen.isoformat() if profile.last_seen else None,
        })

    def event_lines(entry, sources: tuple) -> tuple[bytes, bytes]:
        event = {
            "date": entry.value, "end_date": entry.end_value, "precision": entry.precision, "text": entry.sentence,
            "entities": list(entry.entity_ids),
            "sources": [{"article": article.key, "url": page_url(to.article(article)), "text": sentence}
                        for article, (_, sentence) in zip(sources, entry.sources) if article is not None],
        }
        return _one(event), _csv_row([event["date"], event["end_date"] or "", event["precision"], event["text"],
                                      " ".join(event["entities"]), " ".join(s["article"] for s in event["sources"])])

    articles = []
    for article in data.archive.newest_first:
        extraction = data.extractions.get(article.key)
        articles.append(kept.get((article, extraction), lambda: article_line(article, extraction)))
    entities = [kept.get((profile,), lambda: entity_line(profile)) for _, profile in sorted(data.profiles.items())]
    keys = {a.key: a for a in data.archive.articles}
    # An event's record shows its sources' keys and addresses: while the chronology and these
    # are the same, so are the records (an article's title or text edited changes neither).
    urls = {key: page_url(to.article(article)) for key, article in keys.items()}
    before = kept.events_before
    entry_digest = data.kept and data.kept.entry  # (none: open_data of a chronology no pass digested)
    if before is not None and before[0] is data.chronology and before[1] == urls:
        events, records = before[2], before[3]
    else:
        events, records = [], KeptRecords(before[3] if before is not None else None)
        for entry in data.chronology:
            sources = tuple(keys.get(key) for key, _ in entry.sources)
            events.append(records.get((entry, *sources), lambda: kept.lines.get(
                entry_digest and entry_digest(entry), lambda: event_lines(entry, sources))))
    kept.events = (data.chronology, urls, events, records)
    header = _csv_row(["date", "end_date", "precision", "text", "entities", "articles"])
    return {
        to.open_data("articles"): _json(articles),
        to.open_data("entities"): _json(entities),
        to.open_data("events"): _json(line for line, _ in events),
        to.open_data("chronology"): itertools.chain((header,), (row for _, row in events)),
    }
