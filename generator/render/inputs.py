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


def _neighbour_view(view: EntityView) -> tuple:
    """What a page may show of another entity (a link, its names, its counts): not its whole
    profile nor its description, so that an article that changes one entity's appearances, or
    an edited description, does not re-render every page that links to it. The entity's own
    page gets its entity and profile in its context, whole. A template that shows more of
    another entity than this must add it here."""
    profile = view.profile
    return (dataclasses.replace(view.entity, description=""), view.src, profile.article_count,
            profile.mention_count, profile.first_seen, profile.last_seen)


# Types digested through a summary of what pages read of them (see each function).
SUMMARIES = {EntityView: _neighbour_view}


class Fingerprints:
    """Digests of page inputs; objects are remembered by identity for one pass (the pages hold
    them, so no identity is reused while it lasts)."""

    def __init__(self, shared: bytes):
        self.shared = shared
        self._memo: dict[int, tuple[object, bytes]] = {}
        self._fields: dict[type, tuple[str, ...]] = {}

    def page(self, page: Page) -> bytes:
        return self.of(page.src, page.template, page.meta, page.context)

    def of(self, *values) -> bytes:
        digest = hashlib.blake2b(self.shared, digest_size=20)
        for value in values:
            digest.update(self._digest(value))
        return digest.digest()

    def _digest(self, value) -> bytes:
        kind = type(value)
        if value is None or kind is bool or kind is int or kind is float:
            return b"%s:%r;" % (kind.__name__.encode(), value)
        if isinstance(value, str):  # Markup included: the same text renders the same
            data = value.encode("utf-8", "surrogatepass")
            return b"s%d:%s" % (len(data), data) if len(data) < 64 else b"S" + hashlib.blake2b(data, digest_size=20).digest()
        if isinstance(value, (dt.date, dt.datetime)):
            return b"d" + value.isoformat().encode()
        known = self._memo.get(id(value))
        if known is not None:
            return known[1]
        digest = hashlib.blake2b(kind.__qualname__.encode(), digest_size=20)
        if kind in SUMMARIES:
            digest.update(self._digest(SUMMARIES[kind](value)))
        elif dataclasses.is_dataclass(value):
            names = self._fields.get(kind)
            if names is None:
                names = self._fields[kind] = tuple(f.name for f in dataclasses.fields(value))
            for name in names:
                digest.update(self._digest(getattr(value, name)))
        elif isinstance(value, dict):
            for key, item in value.items():
                digest.update(self._digest(key))
                digest.update(self._digest(item))
        elif isinstance(value, (list, tuple)):
            for item in value:
                digest.update(self._digest(item))
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
