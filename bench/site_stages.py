"""A clean `site` build of an archive of bench/corpus.py, each stage in wall and CPU seconds.

    .venv/bin/python bench/site_stages.py /tmp/archive-1000

Removes the archive's build/ (the extraction cache and every other cache) and site/, then runs
`site` in this process with the archive's own copy of the generator, and prints each stage's
wall seconds, this process's CPU seconds and its children's (the extraction's worker processes,
MkDocs, Pagefind), with the load average at its end; then the whole build's, with the peak
memory of this process and of its largest child. On a machine shared with other jobs the wall
seconds follow the load and the parallel stages (extraction, search index) gain from it; the
CPU seconds do not, so compare those.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import time
from contextlib import contextmanager
from pathlib import Path


def children_cpu() -> float:
    """CPU seconds of the children this process has waited for (pool workers, MkDocs, Pagefind)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    args = parser.parse_args()
    root = args.archive.resolve()
    sys.path.insert(0, str(root))  # the archive's copy of the generator
    os.chdir(root)
    from generator.pipeline import build_site
    from generator.progress import Reporter

    for made in ("build", "site"):
        shutil.rmtree(root / made, ignore_errors=True)

    class Timed(Reporter):
        @contextmanager
        def stage(self, label, total=None):
            wall, cpu, children = time.perf_counter(), time.process_time(), children_cpu()
            with super().stage(label, total) as advance:
                yield advance
            print(f"{label}: {time.perf_counter() - wall:.1f} s wall, {time.process_time() - cpu:.1f} s CPU, "
                  f"children {children_cpu() - children:.1f} s CPU; load average {os.getloadavg()[0]:.1f}",
                  file=sys.stderr, flush=True)

    wall, cpu, children = time.perf_counter(), time.process_time(), children_cpu()
    build_site(root, reporter=Timed(quiet=True))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    peak_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    print(f"site: {time.perf_counter() - wall:.1f} s wall, {time.process_time() - cpu:.1f} s CPU, children "
          f"{children_cpu() - children:.1f} s CPU; peak {peak} MB (this process), {peak_child} MB (largest child)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
