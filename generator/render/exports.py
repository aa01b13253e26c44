"""Feeds and open data: Atom feeds and JSON/CSV exports, dated from front matter only.

Dates come from the articles themselves, never from the file system (a fresh clone has
every file dated today) nor from the clock, so two builds of one commit are identical.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET
from urllib.parse import quote

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
    """An Atom 1.0 feed of `articles` (newest first)."""
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
    for article in articles[:FEED_SIZE]:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        url = absolute(site_url, to.article(article))
        ET.SubElement(entry, f"{{{ATOM}}}id").text = url
        ET.SubElement(entry, f"{{{ATOM}}}title").text = article.title
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _timestamp(article.date)
        ET.SubElement(entry, f"{{{ATOM}}}published").text = _timestamp(article.date)
        ET.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "href": url})
        if article.source:
            ET.SubElement(ET.SubElement(entry, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = article.source
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = excerpts.get(article.key, "")
    ET.indent(feed)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8") + b"\n"


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
    """What of atom_feed's arguments its bytes depend on (the addresses are in the settings)."""
    shown = articles[:FEED_SIZE]
    return (title, site_url, feed_path, page_src, shown, [excerpts.get(a.key, "") for a in shown],
            max((a.date for a in articles), default=None))


def _json(value) -> bytes:
    """A list as one record per line (readable, diffable, and written by json's C encoder, which
    `indent` would turn off)."""
    def one(item) -> str:
        return json.dumps(item, ensure_ascii=False, sort_keys=True)

    text = "[\n" + ",\n".join(map(one, value)) + "\n]" if isinstance(value, list) and value else one(value)
    return (text + "\n").encode("utf-8")


def open_data(data: SiteData, to: Addresses) -> dict[str, bytes]:
    """api/articles.json, api/entities.json, api/events.json and chronology.csv (schemas in the README)."""
    articles = []
    for article in data.archive.newest_first:
        extraction = data.extractions.get(article.key)
        entity_ids = sorted({m.entity_id for m in extraction.mentions}) if extraction else []
        articles.append({
            "key": article.key, "title": article.title, "date": article.date.isoformat(),
            "url": page_url(to.article(article)), "source": article.source, "agencies": list(article.agencies),
            "original_url": article.url, "lang": article.lang, "summary": article.summary, "entities": entity_ids,
        })
    entities = []
    for entity_id, profile in sorted(data.profiles.items()):
        entity = profile.entity
        entities.append({
            "id": entity.id, "type": entity.type, "name": entity.name, "name_en": entity.name_en,
            "aliases": list(entity.aliases), "role": entity.role, "wikidata": entity.wikidata,
            "url": page_url(to.entity(entity)), "articles": profile.article_count, "mentions": profile.mention_count,
            "first_seen": profile.first_seen.isoformat() if profile.first_seen else None,
            "last_seen": profile.last_seen.isoformat() if profile.last_seen else None,
        })
    keys = {a.key: a for a in data.archive.articles}
    events = []
    for entry in data.chronology:
        events.append({
            "date": entry.value, "end_date": entry.end_value, "precision": entry.precision, "text": entry.sentence,
            "entities": list(entry.entity_ids),
            "sources": [{"article": key, "url": page_url(to.article(keys[key])), "text": sentence}
                        for key, sentence in entry.sources if key in keys],
        })
    table = io.StringIO()
    writer = csv.writer(table, lineterminator="\n")
    writer.writerow(["date", "end_date", "precision", "text", "entities", "articles"])
    for event in events:
        writer.writerow([event["date"], event["end_date"] or "", event["precision"], event["text"],
                         " ".join(event["entities"]), " ".join(s["article"] for s in event["sources"])])
    return {
        to.open_data("articles"): _json(articles),
        to.open_data("entities"): _json(entities),
        to.open_data("events"): _json(events),
        to.open_data("chronology"): table.getvalue().encode("utf-8"),
    }
