"""What reading each content file gave, kept in build/cache/ with the file's stamp between
commands, so that a build reads and parses again only the files saved since the last one (a
preview keeps the same in memory between saves: state._Remembered).

Only what a file gave without an error is kept (a file with an error is read again and its
error said again). A file changed in the last RACY_SECONDS before the save is not kept: a save
within the clock's step of a read could leave the stamp as it was.
"""
from __future__ import annotations

import hashlib
import time
from functools import lru_cache
from pathlib import Path

from generator.extract import cache as extraction_cache

FILE = Path("build") / "cache" / "read-files.pickle"
FORMAT = 1
RACY_SECONDS = 2.0
_PACKAGE = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def reading_fingerprint() -> str:
    """The code and data that turn a file into what is kept: the reading code, besides the model,
    text and data that the extraction cache's fingerprint covers."""
    digest = hashlib.sha256(extraction_cache.code_fingerprint().encode())
    for file in sorted((_PACKAGE / "read").glob("*.py")):
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


def load(root: Path) -> tuple[dict[str, dict], str | None]:
    """Each kind's {path: (stamp, what reading gave)} from the last save, and a note when a file
    was there but could not be used (it is then read anew)."""
    stored = extraction_cache.read_pickle(root / FILE)
    if isinstance(stored, dict) and stored.get("format") == FORMAT and stored.get("code") == reading_fingerprint():
        return stored["kinds"], None
    if stored is None and not (root / FILE).exists():
        return {}, None
    return {}, "the kept reading of the content files was written by another version or is damaged: every file is read again"


def save(root: Path, kinds: dict[str, dict]) -> None:
    """Keep each kind's {path: (stamp, (ok, what reading gave))} (see module docstring)."""
    newest = time.time_ns() - int(RACY_SECONDS * 1e9)
    kept = {kind: {path: (stamp, outcome) for path, (stamp, outcome) in known.items()
                   if outcome[0] and max(stamp[2], stamp[3]) < newest}
            for kind, known in kinds.items()}
    extraction_cache.write_pickle(root / FILE, {"format": FORMAT, "code": reading_fingerprint(), "kinds": kept})
