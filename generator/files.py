"""The few places that touch the file system for writing, kept together.

`import` creates content files and never replaces one; builds replace their output folders
only once the new output is complete, so an interrupted run leaves the old one whole.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def create_new_file(path: Path, data: bytes) -> None:
    """Write `path` whole or not at all; FileExistsError if it exists (never overwrite)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".import-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.link(tmp, path)  # fails with FileExistsError instead of replacing
    finally:
        os.unlink(tmp)


def sync_tree(files: dict[str, bytes], target: Path) -> tuple[int, int]:
    """Make `target` hold exactly `files` (relative path -> bytes), rewriting only what changed.

    Unchanged files keep their modification time, so `mkdocs serve` reloads only what moved.
    Returns (written, deleted).
    """
    target.mkdir(parents=True, exist_ok=True)
    written = 0
    for rel, data in files.items():
        dest = target / rel
        try:
            if dest.stat().st_size == len(data) and dest.read_bytes() == data:
                continue
        except FileNotFoundError:
            dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(f".{dest.name}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, dest)
        written += 1
    wanted = {Path(rel) for rel in files}
    deleted = 0
    for existing in sorted(target.rglob("*"), reverse=True):
        rel = existing.relative_to(target)
        if existing.is_file() and rel not in wanted:
            existing.unlink()
            deleted += 1
        elif existing.is_dir() and not any(existing.iterdir()):
            existing.rmdir()
    return written, deleted


def replace_dir(new: Path, target: Path) -> None:
    """Swap a fully built folder into place; the old one is removed only after the swap."""
    old = target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    if old.exists():
        shutil.rmtree(old)
