"""One build at a time in a repository: `site`, `build` and `serve`'s rebuilds take this lock.

Two builds at once (a `make site` while `make serve` runs, two CI steps) would write
build/docs together and clear each other's temporary site; with the lock the second one
waits (saying so in one line) or, with --no-wait, stops at once. The lock is an flock on
build/.lock: the kernel releases it when its holder exits, even killed, so a crash never
leaves the repository locked. Taking it again in the thread that holds it is free.
"""
from __future__ import annotations

import errno
import fcntl
import os
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

from generator.model import ContentError
from generator.read.tree import output_link_problem

LOCK_FILE = Path("build") / ".lock"
_held = threading.local()  # per thread: lock file -> how many times taken


class BuildLocked(Exception):
    """Another build holds the lock and the caller asked not to wait."""


def _say_waiting(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextmanager
def build_lock(root: Path, wait: bool = True, say=_say_waiting):
    """Hold the repository's build lock for the duration of the block."""
    path = root / LOCK_FILE
    key = str(path.resolve())
    counts = _held.__dict__.setdefault("counts", {})
    if counts.get(key):
        counts[key] += 1
        try:
            yield
        finally:
            counts[key] -= 1
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    try:  # neither build/ nor the lock file may be a link: nothing is created through one
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        try:
            fd = os.open(path.name, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644, dir_fd=folder)
        finally:
            os.close(folder)
    except OSError as exc:
        if exc.errno not in (errno.ELOOP, errno.ENOTDIR):
            raise
        link = LOCK_FILE.parent if os.path.islink(path.parent) else LOCK_FILE
        raise ContentError(output_link_problem(link.as_posix())) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise BuildLocked(f"another build of this repository is running (it holds {LOCK_FILE}); "
                                  "try again when it has finished") from None
            say(f"waiting for another build of this repository to finish (it holds {LOCK_FILE}) ...")
            fcntl.flock(fd, fcntl.LOCK_EX)
        counts[key] = 1
        try:
            yield
        finally:
            counts[key] = 0
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
