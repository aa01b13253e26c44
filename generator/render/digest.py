"""The digest of a plain value (text, numbers, dates, bytes and tuples or lists of them), the
unit a page's fingerprint is composed of (render/inputs.py, render/site.py).

The value is written by pickle in C, with no memo: what is written depends on the values
only, never on which of them are the same object (a value read from the cache and the same
value made again digest alike). Pickle, not repr: repr checks every letter of Arabic text
for whether it prints, several times slower on an article's body.
"""
from __future__ import annotations

import hashlib
import io
import pickle
from dataclasses import fields
from operator import attrgetter

from generator.model import Article, DateMention, Event, Extraction, Mention, Problem

DIGEST_SIZE = 20


class _PlainWriter:
    """One pickler, written into one buffer again and again (a pickler costs more to make than
    a small value costs to write)."""

    def __init__(self) -> None:
        self.buffer = io.BytesIO()
        self.pickler = pickle.Pickler(self.buffer, protocol=5)
        self.pickler.fast = True  # no memo: equal values write equal bytes

    def __call__(self, value) -> bytes:
        buffer = self.buffer
        buffer.seek(0)
        buffer.truncate()
        self.pickler.dump(value)
        return buffer.getvalue()


_write = _PlainWriter()


def digest_of(value, kind: str = "") -> bytes:
    """The digest of a plain value; `kind` (a type's name) keeps equal fields of two types apart."""
    digest = hashlib.blake2b(kind.encode(), digest_size=DIGEST_SIZE)
    digest.update(_write(value))
    return digest.digest()


def digest_of_digests(digests) -> bytes:
    """The digest of digests in order (a listing, a timeline: its items' digests joined)."""
    return hashlib.blake2b(b"".join(digests), digest_size=DIGEST_SIZE).digest()


def fields_getter(kind: type):
    """What gives a dataclass's field values, in order, as one tuple."""
    return attrgetter(*(f.name for f in fields(kind)))


_ARTICLE, _MENTION, _DATE, _EVENT, _PROBLEM = map(fields_getter, (Article, Mention, DateMention, Event, Problem))


def article_digest(article: Article) -> bytes:
    return digest_of(_ARTICLE(article), "Article")


def extraction_digest(extraction: Extraction) -> bytes:
    """The digest of an article and all its extraction found: what its page, and everything
    made of the extraction alone (its appearances in the entities' profiles), show of it."""
    return digest_of([_ARTICLE(extraction.article), [*map(_MENTION, extraction.mentions)],
                      [*map(_DATE, extraction.dates)], [*map(_EVENT, extraction.events)],
                      [*map(_PROBLEM, extraction.problems)]], "Extraction")
