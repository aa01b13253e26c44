"""The extractions an archive holds, made compact: one object per distinct value.

An archive's extractions are millions of small values whose texts and numbers repeat: a
mention's text is one of a few spellings of its entity's name, a date's value one of a few
thousand days, the events of one sentence each have a copy of it, every event its article's
key. Sent back by an extraction process, each is an object of its own (the cache stores them
compact and reads them back so: extract/cache.py).
Made compact, equal texts are one interned string and equal numbers one int, and the
extraction holds the article object that was read (the archive holds each article's text
once). The values are equal to what they replace, so nothing made of them changes.
"""
from __future__ import annotations

import sys

from generator.model import Article, DateMention, Event, Extraction, Mention

_ints: dict[int, int] = {}  # one object per offset (small ints are already shared)


def _int(n: int) -> int:
    return n if -5 <= n <= 256 else _ints.setdefault(n, n)


def _text(text: str | None) -> str | None:
    return None if text is None else sys.intern(text)


def _mention(m: Mention) -> Mention:
    return Mention(sys.intern(m.entity_id), _int(m.start), _int(m.end), sys.intern(m.text), sys.intern(m.field))


def _date(d: DateMention) -> DateMention:
    return DateMention(sys.intern(d.text), _int(d.start), _int(d.end), sys.intern(d.value), sys.intern(d.precision),
                       _text(d.end_value), sys.intern(d.kind), sys.intern(d.field))


def _event(e: Event) -> Event:
    return Event(sys.intern(e.value), sys.intern(e.precision), _text(e.end_value), sys.intern(e.sentence),
                 tuple(map(sys.intern, e.entity_ids)), sys.intern(e.article_key), sys.intern(e.date_text),
                 _int(e.date_start))


def compact_extraction(extraction: Extraction, article: Article) -> Extraction:
    """`extraction` (of an article equal to `article`) holding `article` and shared values."""
    return Extraction(article, tuple(map(_mention, extraction.mentions)), tuple(map(_date, extraction.dates)),
                      tuple(map(_event, extraction.events)), extraction.problems)
