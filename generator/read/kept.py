"""What reading each content file gave, kept in build/cache/ with the file's stamp between
commands, so that a build reads and parses again only the files saved since the last one (a
preview keeps the same in memory between saves: state._Remembered).

Only what a file gave without an error is kept (a file with an error is read again and its
error said again). A file changed in the last RACY_SECONDS before it was read is not kept: a
save within the clock's step of the read could leave the stamp as it was.
"""
from __future__ import annotations

import hashlib
import time
from functools import lru_cache
from pathlib import Path

from generator import safe_pickle
from generator.extract import cache as extraction_cache

FOLDER = Path("build") / "cache" / "read"  # one file per folder of content files
FORMAT = 3
RACY_SECONDS = 2.0
_PACKAGE = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def reading_fingerprint() -> str:
    """The code and data that turn a file into what is kept: the reading code, besides the model,
    text and data that the extraction cache's fingerprint covers."""
    reading = safe_pickle.code_fingerprint(tuple(f"read/{file.name}" for file in sorted((_PACKAGE / "read").glob("*.py"))))
    return hashlib.sha256(f"{extraction_cache.code_fingerprint()} {reading}".encode()).hexdigest()


def part_of(path: str) -> str:
    """The file that keeps a content file's reading: one per folder (an article's year, an
    entity type), so that a build writes again only the folders where files changed."""
    return hashlib.sha256(str(Path(path).parent).encode("utf-8", "surrogateescape")).hexdigest()[:16]


def load(root: Path) -> tuple[dict[str, dict], dict[str, str], str | None]:
    """Each kind's {path: (stamp, what reading gave)} from the last saves, the extraction
    cache's fingerprint of each article file's article, and a note when a file was there but
    could not be used (its folder's files are then read anew). A folder's file from an older
    save is still right: each entry holds only while its file's stamp is the same. A file that
    cannot be used is removed: it may name a folder no build here reads (of the archive this one
    was copied from: a part is named by its folder's absolute path), and would be noted again
    at every build."""
    kinds: dict[str, dict] = {}
    fingerprints: dict[str, str] = {}
    damaged = 0
    with safe_pickle.no_cycle_collection():
        for file in sorted((root / FOLDER).glob("*.pickle")):
            stored = safe_pickle.read_pickle(file)
            if not isinstance(stored, dict) or stored.get("format") != FORMAT or stored.get("code") != reading_fingerprint():
                damaged += 1
                file.unlink(missing_ok=True)
                continue
            for kind, known in stored["kinds"].items():
                kinds.setdefault(kind, {}).update(known)
            fingerprints.update(stored["fingerprints"])
    note = (f"{damaged} file(s) of the kept reading of the content files were written by another version or are "
            "damaged: their folders are read again") if damaged else None
    return kinds, fingerprints, note


def racy(stamp: tuple) -> bool:
    """Whether a file read now was changed too lately for its stamp to tell a next change."""
    return max(stamp[2], stamp[3]) >= time.time_ns() - int(RACY_SECONDS * 1e9)


def save(root: Path, kinds: dict[str, dict], fingerprints: dict[str, str], changed: set[str],
         racy_paths: set[str]) -> None:
    """Keep each kind's {path: (stamp, (ok, what reading gave))} (see module docstring) but the
    `racy_paths`, and `fingerprints` (path -> the fingerprint of the article read from it),
    writing again the files of the folders where a path in `changed` was read or went away."""
    parts = {part_of(path) for path in changed}
    by_part: dict[str, dict] = {part: {} for part in parts}
    for kind, known in kinds.items():
        for path, (stamp, outcome) in known.items():
            part = part_of(path)
            if part in parts and outcome[0] and path not in racy_paths:
                by_part[part].setdefault(kind, {})[path] = (stamp, outcome)
    for part, kept in sorted(by_part.items()):
        file = root / FOLDER / f"{part}.pickle"
        if not kept:
            file.unlink(missing_ok=True)
            continue
        paths = {path for known in kept.values() for path in known}
        safe_pickle.write_pickle(file, {"format": FORMAT, "code": reading_fingerprint(), "kinds": kept,
                                             "fingerprints": {p: fingerprints[p] for p in paths if p in fingerprints}})
