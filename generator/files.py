"""The few places that touch the file system for writing, kept together.

`import` creates content files and never replaces one; builds replace their output folders
only once the new output is complete, so an interrupted run leaves the old one whole.
"""
from __future__ import annotations

import errno
import os
import secrets
import shutil
from pathlib import Path

from generator.model import ContentError
from generator.read.tree import link_problem


def create_new_file(root: Path, rel: str | Path, data: bytes) -> None:
    """Write root/rel whole or not at all; FileExistsError if it exists (never overwrite).

    The folders on the way are opened without following links (a linked content/articles/2022
    must not send a new article outside the repository) and created where missing; a link on
    the way is a ContentError naming it.
    """
    parts = Path(rel).parts
    directory = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for depth, part in enumerate(parts[:-1], start=1):
            try:
                os.mkdir(part, dir_fd=directory)
            except FileExistsError:
                pass
            try:
                inner = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=directory)
            except OSError as exc:
                if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                    raise ContentError(link_problem(Path(*parts[:depth]).as_posix(), folder=True)) from None
                raise
            os.close(directory)
            directory = inner
        name = parts[-1]
        tmp = f".import-{os.getpid()}-{secrets.token_hex(4)}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644, dir_fd=directory)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            # link() fails with FileExistsError instead of replacing, and never follows a link
            # already at the name.
            os.link(tmp, name, src_dir_fd=directory, dst_dir_fd=directory, follow_symlinks=False)
        finally:
            os.unlink(tmp, dir_fd=directory)
    finally:
        os.close(directory)


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
