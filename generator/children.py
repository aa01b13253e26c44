"""Child processes (MkDocs, Pagefind) that die with the build that started them.

A build killed half-way must leave nothing behind: a child left running would go on writing
into the temporary site after the next build has cleaned it up.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import signal
import subprocess
import sys

_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a child gets when its parent dies
# Loaded here, not in the child: between fork and exec the child should only make the call.
_LIBC = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6") if sys.platform.startswith("linux") else None


def _die_with_parent() -> None:
    """Runs in the child between fork and exec."""
    _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def run_child(command: list[str], **options) -> subprocess.CompletedProcess:
    """subprocess.run with captured text output, killed when this process dies."""
    if _LIBC is not None:
        options["preexec_fn"] = _die_with_parent
    return subprocess.run(command, capture_output=True, text=True, **options)
