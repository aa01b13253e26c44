"""Caches under build/: written (write_pickle), and read back without running anything they hold.

A pull request can commit a file under build/ (`git add -f`), and pickle.load runs whatever
a pickle names. Our caches hold only the model's dataclasses, dates and containers, so the
reader accepts exactly those classes and refuses every other name: a planted pickle is then
an unreadable cache, which is ignored and rebuilt.
"""
from __future__ import annotations

import copyreg
import dataclasses
import gc
import hashlib
import os
import pickle
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from generator import model

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


@contextmanager
def no_cycle_collection():
    """Unpickling makes millions of objects that all live on: the cycle collector would walk
    them again and again (between two files of a cache too), and free nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_pickle(path: Path):
    """A cache file (None when missing or unreadable)."""
    with no_cycle_collection():
        try:
            return load(path)  # a committed, planted pickle runs nothing
        except UNREADABLE:
            return None


def write_pickle(target: Path, payload: dict, shares: bool = True) -> None:
    """`payload` pickled into `target` (through a file renamed into place; a write that fails
    leaves no .tmp file behind). `shares=False` pickles without a memo (which holds every object
    written until the end: tens of MB for a file of hundreds of thousands of records), for a
    payload where no object is in it twice: an object reached twice is then written twice and
    read back as two objects, and a cycle raises ValueError."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    try:
        with tmp.open("wb") as f:
            pickler = pickle.Pickler(f, protocol=pickle.HIGHEST_PROTOCOL)
            pickler.dispatch_table = _AS_ARGUMENTS
            pickler.fast = not shares
            pickler.dump(payload)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _as_arguments(kind: type):
    """The model's values pickled as their class and field values (read back by calling the
    class): a slotted dataclass's own state is a dict made field by field, several times slower
    to write and to read."""
    names = tuple(f.name for f in dataclasses.fields(kind))
    texts = tuple(i for i, f in enumerate(dataclasses.fields(kind)) if str(f.type).startswith("str"))

    def reduce(value):
        values = [getattr(value, name) for name in names]
        for i in texts:
            if type(values[i]) is str:
                values[i] = text_to_write(values[i])
        return kind, tuple(values)
    return reduce


# Pickle leaves in each text it writes a UTF-8 copy of it (CPython caches it in the string),
# which an archive's texts would then carry to the end of the build: a long text (an article's
# body, an event's sentence) is written from a copy of it, let go with the pickler.
_LONG_TEXT = 64


def text_to_write(text: str) -> str:
    """What a cache file is pickled from for `text`: a copy of a long one (see _LONG_TEXT)."""
    return text[:1] + text[1:] if len(text) >= _LONG_TEXT else text


_AS_ARGUMENTS = copyreg.dispatch_table.copy()
_AS_ARGUMENTS.update({kind: _as_arguments(kind) for kind in vars(model).values()
                      if isinstance(kind, type) and dataclasses.is_dataclass(kind) and kind.__module__ == model.__name__})
