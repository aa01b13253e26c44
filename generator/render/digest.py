"""The digest of a plain value (text, numbers, dates, bytes and tuples or lists of them), the
unit a page's fingerprint is composed of (render/inputs.py, render/site.py).

The value is written by marshal (version 2) in C, which has no memo: what is written depends
on the values only, never on which of them are the same object or interned (version 3 on marks
both, so equal values would digest apart) (a value read from the cache
and the same value made again digest alike). Not repr: repr checks every letter of Arabic
text for whether it prints, several times slower on an article's body. Not pickle: it leaves a
UTF-8 copy inside every text it writes (CPython caches it in the string), which the archive's
texts then carry to the end of the build (tens of MB at 3,000 articles). What marshal does not
write (a date, a str subclass) is pickled, without a memo; its bytes never begin as marshal's.
"""
from __future__ import annotations

import hashlib
import io
import marshal
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


_pickled = _PlainWriter()


def plain_bytes(value) -> bytes:
    """A plain value written as digest_of writes it: equal values give equal bytes in any process."""
    try:
        return marshal.dumps(value, 2)
    except ValueError:  # a type marshal does not write
        return _pickled(value)


def digest_of(value, kind: str = "") -> bytes:
    """The digest of a plain value; `kind` (a type's name) keeps equal fields of two types apart."""
    digest = hashlib.blake2b(kind.encode() + b"\0", digest_size=DIGEST_SIZE)  # a kind never runs into a value
    digest.update(plain_bytes(value))
    return digest.digest()


def digest_of_digests(digests) -> bytes:
    """The digest of digests in order (a listing, a timeline: its items' digests joined)."""
    return hashlib.blake2b(b"".join(digests), digest_size=DIGEST_SIZE).digest()


def fields_getter(kind: type):
    """What gives a dataclass's field values, in order, as one tuple."""
    return attrgetter(*(f.name for f in fields(kind)))


_MENTION, _DATE, _EVENT, _PROBLEM = map(fields_getter, (Mention, DateMention, Event, Problem))
_ARTICLE_FIELDS = fields_getter(Article)
_DATE_AT = next(i for i, f in enumerate(fields(Article)) if f.name == "date")


def _ARTICLE(article: Article) -> tuple:
    """An article's field values, its date as a day number (so that marshal writes it all)."""
    values = list(_ARTICLE_FIELDS(article))
    values[_DATE_AT] = article.date.toordinal()
    return tuple(values)


def article_digest(article: Article) -> bytes:
    return digest_of(_ARTICLE(article), "Article")


def extraction_digest(extraction: Extraction) -> bytes:
    """The digest of an article and all its extraction found: what its page, and everything
    made of the extraction alone (its appearances in the entities' profiles), show of it."""
    return digest_of([_ARTICLE(extraction.article), [*map(_MENTION, extraction.mentions)],
                      [*map(_DATE, extraction.dates)], [*map(_EVENT, extraction.events)],
                      [*map(_PROBLEM, extraction.problems)]], "Extraction")
