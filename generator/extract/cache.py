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
"""
from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path

from generator import safe_pickle
from generator.extract.agencies import agency_key
from generator.extract.entities import EntityMatcher
from generator.model import AGENCY_JOINER, Article, Entity, Extraction
from generator.text.orthography import fold_with_offsets

CACHE_FILE = Path("build") / "cache" / "extractions.pickle"
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
        return cache

    def keep_only(self, fingerprints) -> None:
        """Forget the extractions of articles that are gone."""
        wanted = set(fingerprints)
        for key in [k for k in self.items if k not in wanted]:
            del self.items[key]
            self.records.pop(key, None)
            self.changed = True

    def add(self, fingerprint: str, extraction: Extraction) -> None:
        self.items[fingerprint] = extraction
        self.records.pop(fingerprint, None)
        self.changed = True

    def record(self, fingerprint: str, make) -> tuple:
        """The share record of the extraction at `fingerprint`, made (make(extraction)) and kept
        when there is none."""
        record = self.records.get(fingerprint)
        if record is None:
            record = self.records[fingerprint] = make(self.items[fingerprint])
            self.changed = True
        return record


def load(root: Path, entities: list[Entity]) -> ExtractionCache:
    """The last build's extractions that still hold for this registry (none when the extraction
    code or data changed)."""
    try:
        stored = safe_pickle.load(root / CACHE_FILE)  # a committed, planted pickle runs nothing
    except safe_pickle.UNREADABLE:
        return ExtractionCache(entities)
    if not isinstance(stored, dict) or stored.get("code") != code_fingerprint():
        return ExtractionCache(entities)
    records = stored.get("records", {}) if stored.get("record_code") == record_fingerprint() else {}
    cache = ExtractionCache(stored.get("entities", []), stored.get("items", {}), records)
    return cache.with_registry(entities)


def save(root: Path, cache: ExtractionCache) -> None:
    target = root / CACHE_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = {"code": code_fingerprint(), "entities": cache.entities, "items": cache.items,
               "record_code": record_fingerprint(), "records": cache.records}
    tmp = target.with_suffix(".tmp")
    with tmp.open("wb") as f:
        pickle.dump(payload, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, target)
    cache.changed = False
