"""What a generated page is made from, as one fingerprint: a rebuild builds and renders only
the pages whose fingerprint changed.

A page comes with its inputs (generator/render/site.py, LazyPage): what its context is made
from, in the form it shows them (another entity as its link, not its counts), before the
context is made. They are small dataclasses, containers and text, written here into a digest.
What every page shares (the generator's code and data, site_config/, the settings) is one more
fingerprint, `shared_inputs`, that goes into every page's. An object met on many pages (an
article, an entity's view) is digested once per pass; sequences and the small values only one
object holds are written into their holder's digest.

What is most of an archive comes already digested, once per object and pass (render/site.py,
KeptInputs, with render/digest.py): an article's page holds its extraction's digest (the
article's included), an entity's its profile's (composed of its entity and of the extraction
digests of its articles, which its appearances are made of), a timeline the digests of its
entries (each with its entities' links and its sources' addresses and titles), joined. A page's
fingerprint is then a small digest of digests; its context is made only when it changed.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from operator import attrgetter
from pathlib import Path
from types import BuiltinFunctionType, FunctionType, MethodType

from generator.model import Article, DateMention, Entity, Event, Extraction, Mention, Problem
from generator.aggregate.archive import Month, Year
from generator.aggregate.chronology import ChronologyEntry, ChronologyMonth, ChronologyYear
from generator.aggregate.entities import Appearance, Association, Context, EntityProfile
from generator.render.digest import DIGEST_SIZE, article_digest, digest_of
from generator.render.site import ArticleView, EntityLink, EntityView, LazyPage, SharedInputs, SourceView

_PACKAGE = Path(__file__).resolve().parents[1]


def shared_inputs(root: Path, settings, *extra: str) -> bytes:
    """Everything besides a page's own context that shapes it: the generator's code and data,
    site_config/ (templates, strings, assets, site.yml), the settings, and `extra` (the site's
    address, for the feeds)."""
    where = dataclasses.replace(settings, root=Path()) if dataclasses.is_dataclass(settings) else settings
    digest = hashlib.blake2b(repr(where).encode("utf-8"), digest_size=DIGEST_SIZE)  # not where the repository is
    files = [(p, p.relative_to(_PACKAGE)) for pattern in ("*.py", "*.yml") for p in sorted(_PACKAGE.rglob(pattern))]
    files += [(p, p.relative_to(root)) for p in sorted((root / "site_config").rglob("*")) if p.is_file()]
    for file, name in files:
        digest.update(name.as_posix().encode("utf-8", "surrogateescape"))
        digest.update(file.read_bytes())
    for value in extra:
        digest.update(value.encode("utf-8"))
    return digest.digest()


# Types digested through a summary of what pages read of them (see each function).
SUMMARIES = {EntityView: EntityView.as_neighbour}


class Fingerprints:
    """Digests of page inputs; objects are remembered by identity for one pass (the pages hold
    them, so no identity is reused while it lasts)."""

    def __init__(self, shared: bytes, lasting: tuple | None = None, one_pass: bool = False):
        self.shared = shared
        # One pass (a build, nothing kept for a next one): only values that outlive a page are
        # remembered, so that a page's own inputs can go once it is rendered.
        self._remembered = OUTLIVE_A_PAGE if one_pass else None
        self._memo: dict[int, tuple[object, bytes]] = {}
        # What the last pass knew (a preview): the model's values (articles, entities,
        # extractions) are immutable and the same objects from one save to the next, so their
        # digests last by identity; values rebuilt on every pass (chronology entries, views of
        # articles) are found again by value.
        # An entity's view is made anew on every pass around the same entity and profile (a
        # preview keeps the profiles an edit does not reach): its digest lasts while they do.
        self._before, self._values_before, self._views_before, self._pages_before = lasting or ({}, {}, {}, {})
        # Each page's inputs and fingerprint (a preview): inputs equal to the last pass's (mostly
        # the same objects, compared by identity first) have the same fingerprint.
        self._pages: dict[str, tuple] = {}
        self._values: dict[object, bytes] = {}
        self._views: dict[tuple, tuple] = {}  # (id(entity), id(profile), src) -> (entity, profile, digest)
        self._fields: dict[type, tuple[str, ...] | None] = {}
        self._getters: dict[type, object] = {}  # a dataclass -> what gives its field values as a tuple

    def lasting(self) -> tuple:
        """What this pass used of what lasts, for the next pass."""
        return ({key: entry for key, entry in self._memo.items() if type(entry[0]) in LASTING}, self._values,
                self._views, self._pages)

    def page(self, page: LazyPage) -> bytes:
        """A page's fingerprint, from what it is made of (its context is not made)."""
        before = self._pages_before.get(page.src)
        if before is not None and before[0] == page.template and before[1] == page.inputs:
            fingerprint = before[2]
        else:
            fingerprint = self.of(page.src, page.template, page.inputs)
        if self._remembered is None:
            self._pages[page.src] = (page.template, page.inputs, fingerprint)
        return fingerprint

    def of(self, *values) -> bytes:
        digest = hashlib.blake2b(self.shared, digest_size=DIGEST_SIZE)
        for value in values:
            digest.update(self._digest(value))
        return digest.digest()

    def _digest(self, value) -> bytes:
        """The digest of one value; atoms (text, numbers, dates) are fed to their container's
        digest as they are, so that only containers and dataclasses cost a call and a hash."""
        kind = type(value)
        if kind in _ATOMS or isinstance(value, str):
            digest = hashlib.blake2b(digest_size=DIGEST_SIZE)
            self._feed(digest, (value,))
            return digest.digest()
        known = self._memo.get(id(value)) or self._before.get(id(value))
        if known is not None and known[0] is value:
            self._memo[id(value)] = known
            return known[1]
        if kind is EntityView:
            key = (id(value.entity), id(value.profile), value.src)
            found = self._views.get(key) or self._views_before.get(key)
            if found is None or found[0] is not value.entity or found[1] is not value.profile:
                found = (value.entity, value.profile, self._walk(kind, value))
            self._views[key] = found
            self._memo[id(value)] = (value, found[2])
            return found[2]
        if kind in BY_VALUE:
            result = self._values.get(value) or self._values_before.get(value)
            if result is None:
                result = self._flat(kind, value) if kind in FLAT else self._walk(kind, value)
            self._values[value] = result
            self._memo[id(value)] = (value, result)
            return result
        result = self._flat(kind, value) if kind in FLAT else self._walk(kind, value)
        # A build's containers are mostly one page's own (its context): walked once, held by no
        # one after; a preview's are met again (a profile's appearances on each of its pages).
        if self._remembered is None or kind in self._remembered:
            self._memo[id(value)] = (value, result)
        return result

    def _flat(self, kind: type, value) -> bytes:
        """The digest of a value of FLAT: its fields as one plain value, written in C (render/digest.py)."""
        if kind is Article:
            return article_digest(value)
        return digest_of(self._field_values(kind)(value), kind.__qualname__)

    def _walk(self, kind: type, value) -> bytes:
        digest = hashlib.blake2b(kind.__qualname__.encode(), digest_size=DIGEST_SIZE)
        if kind in SUMMARIES:
            self._feed(digest, SUMMARIES[kind](value))
        elif self._fields_of(kind) is not None:
            self._feed(digest, self._field_values(kind)(value))
        elif isinstance(value, dict):
            self._feed(digest, [part for item in value.items() for part in item])
        elif isinstance(value, (list, tuple)):
            self._feed(digest, value)
        elif isinstance(value, (set, frozenset)):
            for item in sorted(self._digest(item) for item in value):
                digest.update(item)
        elif isinstance(value, (FunctionType, MethodType, BuiltinFunctionType)):
            # A function of the generator (an address pattern): its code is in the shared inputs.
            digest.update(f"{value.__module__}.{value.__qualname__}".encode())
        else:
            raise TypeError(f"a page's inputs hold a {kind.__qualname__}, which render/inputs.py cannot "
                            "fingerprint; add it there")
        return digest.digest()

    def _fields_of(self, kind: type) -> tuple[str, ...] | None:
        """A dataclass's field names (None for any other type), looked up once per type."""
        if kind not in self._fields:
            self._fields[kind] = (tuple(f.name for f in dataclasses.fields(kind))
                                  if dataclasses.is_dataclass(kind) else None)
        return self._fields[kind]

    def _field_values(self, kind: type):
        """What gives a dataclass's field values, in order, as one tuple (made once per type)."""
        getter = self._getters.get(kind)
        if getter is None:
            names = self._fields_of(kind)
            getter = self._getters[kind] = attrgetter(*names) if len(names) > 1 else lambda value: (
                getattr(value, names[0]),)
        return getter

    def _feed(self, digest, values) -> None:
        """Feed `values` to `digest` as one text, each value written so that no two sequences
        of values write the same text (texts with their length, sequences with their count)."""
        parts: list[str] = []
        self._write(values, parts)
        digest.update("".join(parts).encode("utf-8", "surrogatepass"))

    def _write(self, values, parts: list[str]) -> None:
        append = parts.append
        for value in values:
            kind = type(value)
            if kind is str:
                append(f"s{len(value)}:")
                append(value)
            elif kind is int:
                append(f"i{value};")
            elif value is None:
                append("N")
            elif kind is tuple or kind is list:  # written into their container's digest: none of their own
                append(f"({len(value)}:")
                self._write(value, parts)
            elif kind in INLINE:
                append(f"<{kind.__qualname__}:")
                self._write(self._field_values(kind)(value), parts)
            elif isinstance(value, str):  # Markup: the same text renders the same
                append(f"s{len(value)}:")
                append(value)
            elif kind is bytes:  # a digest made by the page's maker (render/site.py)
                append(f"b{len(value)}:")
                append(value.hex())
            elif kind in _ATOMS:
                append(f"{kind.__name__}:{value.isoformat() if kind in _DATES else repr(value)};")
            else:
                append("o")
                append(self._digest(value).hex())


_DATES = (dt.date, dt.datetime)
# Kept from one pass to the next (a preview): immutable values, and the parts of the profiles
# a save leaves as they were (aggregate/memo.py).
LASTING = frozenset({Article, Entity, Extraction, Appearance})
# Small values that only the value holding them holds (an extraction's mentions, a profile's
# quoted contexts): fed into its digest, as sequences are, without a digest of their own.
INLINE = frozenset({Mention, DateMention, Event, Problem, Context})
# Immutable values made anew on every pass, digested once while equal (hashable, compared by value).
BY_VALUE = frozenset({ChronologyEntry, ArticleView, SourceView, EntityLink})
_ATOMS = frozenset({type(None), bool, int, float, *_DATES})
# Values whose fields are all plain (text, numbers, dates, tuples of them): digested as the
# tuple of their fields, written in C (render/digest.py), not walked field by field. (What a page
# shows of an extraction, a profile or a chronology entry is digested once per pass by
# render/site.py, KeptInputs.)
FLAT = frozenset({Article, Entity, ChronologyEntry})
# The values met on many pages (the model's, the aggregates', the views of articles and
# entities): remembered for the whole pass even when nothing is kept for the next.
OUTLIVE_A_PAGE = LASTING | BY_VALUE | frozenset(SUMMARIES) | frozenset(
    {EntityProfile, Association, Year, Month, ChronologyYear, ChronologyMonth, SharedInputs})
