"""What long runs tell the person running them: a progress bar on a terminal, nothing in CI.

A bar is drawn only when standard error is a terminal and CI is not set; `--verbose` adds
each stage's time, `--quiet` leaves only errors.
"""
from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator


def is_interactive() -> bool:
    return sys.stderr.isatty() and os.environ.get("CI", "").lower() not in ("1", "true", "yes")


@dataclass
class Reporter:
    verbose: bool = False
    quiet: bool = False
    interactive: bool = False

    @contextmanager
    def stage(self, label: str, total: int | None = None) -> Iterator[Callable[[int], None]]:
        """A named stage; yields `advance(n)` for stages that count items."""
        started = time.perf_counter()
        if self.interactive and not self.quiet and total:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                          transient=True) as bar:
                task = bar.add_task(label, total=total)
                yield lambda n=1: bar.advance(task, n)
        else:
            yield lambda n=1: None
        if self.verbose and not self.quiet:
            print(f"{label}: {time.perf_counter() - started:.2f}s" + (f" ({total} items)" if total else ""),
                  file=sys.stderr)

    def info(self, message: str) -> None:
        if not self.quiet:
            print(message)


SILENT = Reporter(quiet=True)
