"""A cache of extractions between builds, so `make serve` and rebuilds redo only what changed.

Kept in build/cache/ (outside content/, safe to delete). An entry is an article's extraction,
found by a hash of the article; it is dropped when the extraction code or data change (a hash
of each), and when the registry changes only where the change can reach: an article is
extracted again when its text holds a name key of an entity whose names changed (added,
removed or edited names, aliases or English name), as written or as a variant. An edited
description or role re-extracts nothing.

Beside each extraction the cache keeps what the article adds to the entity profiles (its
share_record, aggregate/entities.py: plain tuples and offsets), so that a build aggregates the
unchanged articles without reading them again; a record goes with its extraction (dropped
when the extraction is), and all of them when the code that makes them changes.

On disk the cache is one file of every entry and a file of what changed since it was written
(entries added, entries dropped, the registry): a build that adds an article or edits an
entity writes what it changed, not the whole archive's extractions again; the whole file is
written again once the changes grow past a share of it.
"""
from __future__ import annotations

import copyreg
import dataclasses
import gc
import hashlib
import os
import pickle
import secrets
from functools import lru_cache
from pathlib import Path

from generator import model, safe_pickle
from generator.extract.agencies import agency_key
from generator.extract.entities import EntityMatcher
from generator.model import AGENCY_JOINER, Article, Entity, Extraction
from generator.text.orthography import fold_with_offsets

CACHE_FILE = Path("build") / "cache" / "extractions.pickle"
CHANGES_FILE = Path("build") / "cache" / "extractions-changes.pickle"  # what changed since CACHE_FILE was written
# The whole file is written again when the changes since it hold more entries than this share of it.
REWRITE_SHARE = 1 / 16
_PACKAGE = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The extraction code, its language data and the shape of what it returns (model.py, e.g. a
    mention's `field`): a change to any of them empties the cache."""
    digest = hashlib.sha256()
    for file in fingerprinted_files():
        digest.update(file.relative_to(_PACKAGE).as_posix().encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


def fingerprinted_files() -> list[Path]:
    """model.py and every file of extract/, text/ and data/, packages below them included (the
    dates package has rules/ and calendars/, with a hijri.py in each)."""
    found = [path for folder in ("extract", "text", "data")
             for pattern in ("*.py", "*.yml") for path in (_PACKAGE / folder).rglob(pattern)]
    return [_PACKAGE / "model.py", *sorted(found)]


# The code that makes the share records, besides what code_fingerprint covers (text/, data/).
RECORD_FILES = ("aggregate/entities.py",)


@lru_cache(maxsize=1)
def record_fingerprint() -> str:
    digest = hashlib.sha256(code_fingerprint().encode())
    for name in RECORD_FILES:
        digest.update(name.encode())
        digest.update((_PACKAGE / name).read_bytes())
    return digest.hexdigest()


def article_fingerprint(article: Article) -> str:
    return hashlib.sha256(repr(article).encode("utf-8")).hexdigest()


def matched_as(entity: Entity) -> tuple:
    """What of an entity extraction reads (its names, for the matcher and the agencies); the
    rest (description, role, wikidata, its file) never changes what an article mentions."""
    return entity.id, entity.type, entity.name, entity.name_en, entity.aliases


def changed_entities(before: list[Entity], after: list[Entity]) -> list[Entity]:
    """The entities, in either version, whose names differ between two registries."""
    old = {e.id: e for e in before}
    new = {e.id: e for e in after}
    changed = []
    for entity_id in sorted(old.keys() | new.keys()):
        was, now = old.get(entity_id), new.get(entity_id)
        if was is None or now is None or matched_as(was) != matched_as(now):
            changed += [e for e in (was, now) if e is not None]
    return changed


class NameProbe:
    """Can an article's extraction depend on these entities? Yes when its title, body or
    agencies hold a key of their names: any place where the matcher's automata (exact
    spellings, and the skeletons of transliterated names) hit, before the checks that turn a
    hit into a mention, and any agency written as one of their organisations' names."""

    def __init__(self, entities: list[Entity]):
        self.matcher = EntityMatcher(entities)
        self.agency_keys = frozenset(agency_key(form) for e in entities if e.type == "organization"
                                     for form in (e.name, e.name_en, *e.aliases) if form and agency_key(form))

    def reaches(self, article: Article) -> bool:
        if any(agency_key(name) in self.agency_keys for name in article.agencies):
            return True
        text = "\n".join((article.title, article.body, AGENCY_JOINER.join(article.agencies)))
        return self.matcher.hits_anywhere(fold_with_offsets(text).text)


class ExtractionCache:
    """The extractions of one registry, by article fingerprint, held between runs."""

    def __init__(self, entities: list[Entity], items: dict[str, Extraction] | None = None,
                 records: dict[str, tuple] | None = None):
        self.entities = list(entities)
        self.items: dict[str, Extraction] = dict(items or {})
        # article fingerprint -> the share record of its extraction in `items`
        self.records: dict[str, tuple] = {key: record for key, record in (records or {}).items() if key in self.items}
        self.changed = False  # since it was loaded or saved
        # Since the file of every entry was written (its token `base`; None: none to build on):
        # the entries added or made again, and those dropped.
        self.base: str | None = None
        self.added: set[str] = set()
        self.removed: set[str] = set()

    def with_registry(self, entities: list[Entity]) -> "ExtractionCache":
        """The entries still valid under another registry: those of articles whose text holds
        no name of an entity that changed."""
        changed = changed_entities(self.entities, entities)
        if not changed:
            kept = self.items
        else:
            probe = NameProbe(changed)
            kept = {key: x for key, x in self.items.items() if not probe.reaches(x.article)}
        cache = ExtractionCache(entities, kept, self.records)
        cache.changed = self.changed or bool(changed) or self.entities != list(entities)
        cache.base, cache.added = self.base, self.added & kept.keys()
        cache.removed = self.removed | (self.items.keys() - kept.keys())
        return cache

    def keep_only(self, fingerprints) -> None:
        """Forget the extractions of articles that are gone."""
        wanted = set(fingerprints)
        for key in [k for k in self.items if k not in wanted]:
            del self.items[key]
            self.records.pop(key, None)
            self.added.discard(key)
            self.removed.add(key)
            self.changed = True

    def add(self, fingerprint: str, extraction: Extraction) -> None:
        self.items[fingerprint] = extraction
        self.records.pop(fingerprint, None)
        self.added.add(fingerprint)
        self.changed = True

    def record(self, fingerprint: str, make) -> tuple:
        """The share record of the extraction at `fingerprint`, made (make(extraction)) and kept
        when there is none."""
        record = self.records.get(fingerprint)
        if record is None:
            record = self.records[fingerprint] = make(self.items[fingerprint])
            self.added.add(fingerprint)  # its extraction goes to disk with it
            self.changed = True
        return record


def load(root: Path, entities: list[Entity]) -> ExtractionCache:
    """The last build's extractions that still hold for this registry (none when the extraction
    code or data changed)."""
    stored, changes = _read(root / CACHE_FILE), _read(root / CHANGES_FILE)
    if not isinstance(stored, dict) or stored.get("code") != code_fingerprint():
        return ExtractionCache(entities)
    same_records = stored.get("record_code") == record_fingerprint()
    items, records = stored.get("items", {}), stored.get("records", {}) if same_records else {}
    known_entities, added, removed = stored.get("entities", []), set(), set()
    if isinstance(changes, dict) and stored.get("token") is not None and changes.get("base") == stored.get("token"):
        removed, known_entities = set(changes["removed"]), changes["entities"]
        for key in removed:
            items.pop(key, None)
            records.pop(key, None)
        items.update(changes["items"])
        added = set(changes["items"])
        if same_records:
            records.update(changes["records"])
    cache = ExtractionCache(known_entities, items, records)
    # Records made by other code are not built on: the next save writes every entry and record again.
    cache.base = stored.get("token") if same_records else None
    cache.added, cache.removed = added, removed
    return cache.with_registry(entities)


def _read(path: Path):
    """A cache file (None when missing or unreadable). Unpickling makes millions of objects
    that all live on: the cycle collector would walk them again and again, and free nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return safe_pickle.load(path)  # a committed, planted pickle runs nothing
    except safe_pickle.UNREADABLE:
        return None
    finally:
        if enabled:
            gc.enable()


def save(root: Path, cache: ExtractionCache) -> None:
    """What changed since the file of every entry was written, or that file again (with no
    file to build on, or once the changes are more than REWRITE_SHARE of it)."""
    changes = len(cache.added) + len(cache.removed)
    if cache.base is None or changes > max(len(cache.items) * REWRITE_SHARE, 1):
        token = secrets.token_hex(8)
        _write(root / CACHE_FILE, {"code": code_fingerprint(), "token": token, "entities": cache.entities,
                                   "items": cache.items, "record_code": record_fingerprint(),
                                   "records": cache.records})
        (root / CHANGES_FILE).unlink(missing_ok=True)
        cache.base, cache.added, cache.removed = token, set(), set()
    else:
        _write(root / CHANGES_FILE, {"base": cache.base, "entities": cache.entities, "removed": sorted(cache.removed),
                                     "items": {key: cache.items[key] for key in sorted(cache.added)},
                                     "records": {key: cache.records[key] for key in sorted(cache.added)
                                                 if key in cache.records}})
    cache.changed = False


def _write(target: Path, payload: dict) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    with tmp.open("wb") as f:
        pickler = pickle.Pickler(f, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.dispatch_table = _AS_ARGUMENTS
        pickler.dump(payload)
    os.replace(tmp, target)


def _as_arguments(kind: type):
    """The model's values pickled as their class and field values (read back by calling the
    class): a slotted dataclass's own state is a dict made field by field, several times slower
    to write and to read."""
    names = tuple(f.name for f in dataclasses.fields(kind))

    def reduce(value):
        return kind, tuple([getattr(value, name) for name in names])
    return reduce


_AS_ARGUMENTS = copyreg.dispatch_table.copy()
_AS_ARGUMENTS.update({kind: _as_arguments(kind) for kind in vars(model).values()
                      if isinstance(kind, type) and dataclasses.is_dataclass(kind) and kind.__module__ == model.__name__})
