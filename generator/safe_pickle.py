"""Caches under build/ read back without running anything they hold.

A pull request can commit a file under build/ (`git add -f`), and pickle.load runs whatever
a pickle names. Our caches hold only the model's dataclasses, dates and containers, so the
reader accepts exactly those classes and refuses every other name: a planted pickle is then
an unreadable cache, which is ignored and rebuilt.
"""
from __future__ import annotations

import hashlib
import pickle
from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent

# Everything a cache of ours holds besides what pickle writes without naming a class (str, int,
# tuples, lists, dicts, sets at the highest protocol): dates, and the model's dataclasses.
_ALLOWED = {("datetime", "date")}
_ALLOWED_MODULES = ("generator.model",)
# What reading a cache may raise when the file is missing, cut short, from an older version of
# the code, or not ours: each means "no cache", and the build makes it anew.
UNREADABLE = (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError)


class UnsafeCache(pickle.UnpicklingError):
    """A cache file names something a cache of ours never holds."""


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        if module in _ALLOWED_MODULES:
            found = super().find_class(module, name)
            if isinstance(found, type) and found.__module__ == module:  # the model's own classes only
                return found
        raise UnsafeCache(f"a cache may not hold {module}.{name}")


def load(path: Path):
    """The cache at `path`; raises one of UNREADABLE (UnsafeCache included) when it is missing,
    cut short or not one of ours. Read as a stream: the file's bytes are never held whole
    beside what they unpickle to (the extraction cache of a large archive is hundreds of MB)."""
    with path.open("rb") as file:
        return _Unpickler(file).load()


@lru_cache(maxsize=8)
def code_fingerprint(names: tuple[str, ...]) -> str:
    """A fingerprint of the generator's files `names` (paths under generator/): the code that
    made what a cache file holds, kept in it (a file of other code is not read)."""
    digest = hashlib.sha256()
    for name in names:
        digest.update(name.encode())
        digest.update((_PACKAGE / name).read_bytes())
    return digest.hexdigest()
