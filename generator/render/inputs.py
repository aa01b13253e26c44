"""What a generated page is made from, as one fingerprint: a rebuild renders only the pages
whose fingerprint changed.

A page is its template, its front matter and its context (generator/render/site.py); all of
them are small dataclasses, containers and text, walked here into a digest. What every page
shares (the generator's code and data, site_config/, the settings) is one more fingerprint,
`shared_inputs`, that goes into every page's. An object met on many pages (an article, an
entity's view) is digested once per pass.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from pathlib import Path
from types import BuiltinFunctionType, FunctionType, MethodType

from generator.model import Article, DateMention, Entity, Event, Extraction, Mention
from generator.render.pages import Page
from generator.render.site import EntityView

_PACKAGE = Path(__file__).resolve().parents[1]


def shared_inputs(root: Path, settings, *extra: str) -> bytes:
    """Everything besides a page's own context that shapes it: the generator's code and data,
    site_config/ (templates, strings, assets, site.yml), the settings, and `extra` (the site's
    address, for the feeds)."""
    where = dataclasses.replace(settings, root=Path()) if dataclasses.is_dataclass(settings) else settings
    digest = hashlib.blake2b(repr(where).encode("utf-8"), digest_size=20)  # not where the repository is
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

    def __init__(self, shared: bytes, lasting: dict | None = None):
        self.shared = shared
        # The model's values (articles, entities, extractions) are immutable and, in a preview,
        # the same objects from one save to the next: their digests last (`lasting()`).
        self._memo: dict[int, tuple[object, bytes]] = dict(lasting or {})
        self._fields: dict[type, tuple[str, ...]] = {}

    def lasting(self) -> dict:
        """The digests of this pass's model values, for the next pass over the same objects."""
        return {key: entry for key, entry in self._memo.items() if type(entry[0]) in LASTING}

    def page(self, page: Page) -> bytes:
        known = self._memo.get(id(page))
        if known is None:
            known = self._memo[id(page)] = (page, self.of(page.src, page.template, page.meta, page.context))
        return known[1]

    def of(self, *values) -> bytes:
        digest = hashlib.blake2b(self.shared, digest_size=20)
        for value in values:
            digest.update(self._digest(value))
        return digest.digest()

    def _digest(self, value) -> bytes:
        """The digest of one value; atoms (text, numbers, dates) are fed to their container's
        digest as they are, so that only containers and dataclasses cost a call and a hash."""
        kind = type(value)
        if kind in _ATOMS or isinstance(value, str):
            digest = hashlib.blake2b(digest_size=20)
            self._feed(digest, (value,))
            return digest.digest()
        known = self._memo.get(id(value))
        if known is not None:
            return known[1]
        digest = hashlib.blake2b(kind.__qualname__.encode(), digest_size=20)
        if kind in SUMMARIES:
            self._feed(digest, SUMMARIES[kind](value))
        elif dataclasses.is_dataclass(value):
            names = self._fields.get(kind)
            if names is None:
                names = self._fields[kind] = tuple(f.name for f in dataclasses.fields(value))
            self._feed(digest, [getattr(value, name) for name in names])
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
            raise TypeError(f"a page's context holds a {kind.__qualname__}, which render/inputs.py cannot "
                            "fingerprint; add it there")
        result = digest.digest()
        self._memo[id(value)] = (value, result)
        return result

    def _feed(self, digest, values) -> None:
        update = digest.update
        for value in values:
            kind = type(value)
            if kind is str or isinstance(value, str):  # Markup too: the same text renders the same
                data = value.encode("utf-8", "surrogatepass")
                update(b"s%d:" % len(data))
                update(data)
            elif kind in _ATOMS:
                update(b"%s:%s;" % (kind.__name__.encode(), (value.isoformat() if kind in _DATES else repr(value)).encode()))
            else:
                update(b"o")
                update(self._digest(value))


_DATES = (dt.date, dt.datetime)
# Kept from one pass to the next (a preview): immutable values, and the pages an entity's
# unchanged inputs let the last pass keep (render/site.py, EntityPagesMemo).
LASTING = frozenset({Article, Entity, Extraction, Mention, DateMention, Event, Page})
_ATOMS = frozenset({type(None), bool, int, float, *_DATES})
