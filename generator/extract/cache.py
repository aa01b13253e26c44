"""A cache of extractions between builds, so `make serve` and rebuilds redo only what changed.

Kept in build/cache/ (outside content/, safe to delete). An entry is reused only when the
article, the whole registry and the extraction code and data are all unchanged: the key
holds a hash of each.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path

from generator import safe_pickle
from generator.model import Article, Entity, Extraction

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


def registry_fingerprint(entities: list[Entity]) -> str:
    return hashlib.sha256(repr(sorted(entities, key=lambda e: e.id)).encode("utf-8")).hexdigest()


def article_fingerprint(article: Article) -> str:
    return hashlib.sha256(repr(article).encode("utf-8")).hexdigest()


def load(root: Path, entities: list[Entity]) -> dict[str, Extraction]:
    """Cached extractions by article fingerprint, or nothing when anything they depend on changed."""
    try:
        stored = safe_pickle.load(root / CACHE_FILE)  # a committed, planted pickle runs nothing
    except safe_pickle.UNREADABLE:
        return {}
    if stored.get("code") != code_fingerprint() or stored.get("registry") != registry_fingerprint(entities):
        return {}
    return stored.get("items", {})


def save(root: Path, entities: list[Entity], extractions: list[Extraction]) -> None:
    target = root / CACHE_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "code": code_fingerprint(),
        "registry": registry_fingerprint(entities),
        "items": {article_fingerprint(x.article): x for x in extractions},
    }
    tmp = target.with_suffix(".tmp")
    with tmp.open("wb") as f:
        pickle.dump(payload, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, target)
