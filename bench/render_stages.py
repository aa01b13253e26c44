"""The generator's stages on an archive of bench/corpus.py, in wall and CPU seconds.

    .venv/bin/python bench/render_stages.py /tmp/archive-10000 [--clean] [--add new-year|same-year]

Runs `build` (the docs tree, no MkDocs) in this process with the archive's own copy of the
generator, and prints each stage's wall and CPU seconds, the pages rendered and written and
the peak memory. On a machine shared with other jobs the wall seconds follow the load; the
CPU seconds of the single-process stages (aggregate, render, write) do not, so compare those.
`--clean` removes the docs tree, what it was made from, its search keys and the open data's
event records (not the extraction cache nor the kept reading of the content files) first;
`--add` adds one article, dated in a year the chronology does not have yet (the bench's
"+1 article") or in the archive's newest year, before building.
Each stage also prints the process's peak resident memory when it ends and its resident memory
then (and once the last page is rendered, before the feeds and the open data); `--holders N`
prints the N source lines that hold the most memory (tracemalloc, which slows the run and adds
its own memory) near the end of the pages' render; `--profile N` prints the N functions of the
render stage with the most time under them (cProfile, which slows the stage about twofold);
`--pages` prints the files given to the docs folder's writer by folder: how many, and how many
of them came out with the bytes the folder held already (made for nothing).
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import shutil
import sys
import time
import tracemalloc
from contextlib import contextmanager
from pathlib import Path

ADDED_IN_EXISTING_YEAR = """---
title: "مقال جديد للقياس في سنة قائمة"
date: 2025-06-30
slug: bench-added-same-year
source: "مصدر القياس"
format: text
---
قال وزير الخارجية الأميركي أنتوني بلينكن اليوم الاثنين إن واشنطن تتابع التطورات في أوكرانيا عن كثب.
وأضاف أن المحادثات مع موسكو ستستأنف في 15 تموز/يوليو المقبل.
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--clean", action="store_true")
    parser.add_argument("--add", choices=("new-year", "same-year"))
    parser.add_argument("--holders", type=int, default=0, metavar="N")
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--pages", action="store_true")
    args = parser.parse_args()
    root = args.archive.resolve()
    sys.path.insert(0, str(root))  # the archive's copy of the generator
    os.chdir(root)
    from generator.config import load_settings
    from generator.pipeline import build_docs
    from generator.progress import Reporter

    if args.clean:
        shutil.rmtree(root / load_settings(root).docs_path, ignore_errors=True)
        for pattern in ("docs*", "search-keys*", "event-records*"):  # what the docs tree was made from, its search keys
            for made_from in (root / "build/cache").glob(pattern):
                made_from.unlink() if made_from.is_file() else shutil.rmtree(made_from)
    if args.add:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from run import NEW_ARTICLE
        text, day = (NEW_ARTICLE, "2025-12-31-bench-added-article") if args.add == "new-year" else \
            (ADDED_IN_EXISTING_YEAR, "2025-06-30-bench-added-same-year")
        added = root / "content/articles/2025" / f"{day}.md"
        added.parent.mkdir(parents=True, exist_ok=True)
        added.write_text(text, encoding="utf-8")

    class Timed(Reporter):
        @contextmanager
        def stage(self, label, total=None):
            wall, cpu, children = time.perf_counter(), time.process_time(), children_cpu()
            profiler = cProfile.Profile() if args.profile and label == "render" else None
            with super().stage(label, total) as advance:
                if profiler:
                    profiler.enable()
                yield watched_render(advance, total) if label == "render" else advance
                if profiler:
                    profiler.disable()
                    pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(args.profile)
            print(f"{label}: {time.perf_counter() - wall:.1f} s wall, {time.process_time() - cpu:.1f} s CPU"
                  f" + {children_cpu() - children:.1f} s in child processes; "
                  f"peak {peak_mb()} MB (child processes {children_peak_mb()} MB), resident {resident_mb()} MB",
                  file=sys.stderr, flush=True)

    def watched_render(advance, total):
        """The render's `advance`, which also says the memory when the last page is rendered
        (what follows in the stage: assets, feeds, open data)."""
        done, at = 0, int(total * 0.97)
        started, children = time.process_time(), children_cpu()

        def counting(n=1):
            nonlocal done
            done += n
            if args.holders and done - n < at <= done:
                print_holders(args.holders)
            if done == total:
                print(f"render, the last page: {time.process_time() - started:.1f} s CPU + "
                      f"{children_cpu() - children:.1f} s in child processes since the stage began; "
                      f"peak {peak_mb()} MB, resident {resident_mb()} MB", file=sys.stderr)
            advance(n)
        return counting

    if args.holders:
        tracemalloc.start()
    if args.pages:
        given = count_given()

    wall, cpu = time.perf_counter(), time.process_time()
    generated = build_docs(root, reporter=Timed(quiet=True))
    peak = peak_mb()
    print(f"build: {time.perf_counter() - wall:.1f} s wall, {time.process_time() - cpu:.1f} s CPU (this process), "
          f"peak {peak} MB; {generated.pages} pages, {generated.rendered} rendered, {generated.written} written, "
          f"{generated.deleted} removed; load average {os.getloadavg()[0]:.1f}", file=sys.stderr)
    if args.pages:
        for folder, (count, same) in sorted(given.items()):
            print(f"  {folder}: {count} given, {same} with the bytes it had", file=sys.stderr)
    return 0


def count_given() -> dict:
    """{folder: [files given to the writer, of them with the bytes the docs folder had]}, filled
    as the build runs (the writer's put and put_parts wrapped)."""
    from generator.files import DocsWriter

    given: dict = {}

    def counted(method):
        def put(self, rel, fingerprint, data):
            staged = len(self.staged)
            method(self, rel, fingerprint, data)
            kind = rel.rsplit("/", 1)[0] if "/" in rel else rel
            if kind.startswith(("entities/", "articles/", "chronology/")):  # by its first two folders
                kind = "/".join(kind.split("/")[:2])
            counts = given.setdefault(kind, [0, 0])
            counts[0] += 1
            counts[1] += len(self.staged) == staged
        return put

    DocsWriter.put, DocsWriter.put_parts = counted(DocsWriter.put), counted(DocsWriter.put_parts)
    return given


def peak_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def children_cpu() -> float:
    """CPU seconds of the child processes that ended (forked render processes, extraction's pool)."""
    times = os.times()
    return times.children_user + times.children_system


def children_peak_mb() -> int:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024


def resident_mb() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 2**20


def print_holders(count: int) -> None:
    snapshot = tracemalloc.take_snapshot()
    stats = snapshot.statistics("lineno")
    print(f"traced: {sum(s.size for s in stats) / 2**20:.0f} MB; the {count} lines holding the most:", file=sys.stderr)
    for stat in stats[:count]:
        frame = stat.traceback[0]
        print(f"  {stat.size / 2**20:8.1f} MB {stat.count:9,} blocks  {frame.filename}:{frame.lineno}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
