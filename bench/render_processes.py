"""Would the render stage pay in two processes? Renders every page of an archive of
bench/corpus.py once in this process and once split over forked worker processes, and prints
each way's wall seconds and CPU seconds (this process and its workers) and whether every page
came out with the same bytes.

    .venv/bin/python bench/render_processes.py /tmp/archive-1000 [--workers 2] [--split interleaved|halves]

The archive's extraction cache should be warm (run bench/render_stages.py on it once). Only the
pages' rendering is compared (read, extract and aggregate run once, before); feeds and open data
are left out. Pages are hashed, not written. The workers are forked after the pages' list is
made, so they share the aggregated archive copy-on-write and send back only a digest per page
(a real split would have each write its own pages and send back their fingerprints).
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import multiprocessing
import os
import sys
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--split", choices=("interleaved", "halves"), default="interleaved")
    args = parser.parse_args()
    root = args.archive.resolve()
    sys.path.insert(0, str(root))  # the archive's copy of the generator
    os.chdir(root)
    from generator.aggregate.archive import build_archive
    from generator.config import load_settings, site_url
    from generator.render.inputs import Fingerprints, shared_inputs
    from generator.render.pages import EventFragments, make_environment, render_page
    from generator.render.search_index import load_keys_cache
    from generator.render.site import SiteData, site_pages
    from generator.render.strings import load_strings
    from generator.state import read_archive

    state = read_archive(root)
    settings = load_settings(root)
    data = SiteData(archive=build_archive(state.articles), extractions={x.article.key: x for x in state.extractions},
                    profiles=state.aggregates.profiles(state.entities, state.extractions, state.share_records),
                    chronology=state.aggregates.chronology(state.extractions))
    shared = shared_inputs(root, settings, site_url(root))
    strings = load_strings(root, settings.digits)
    load_keys_cache(root)  # as the build does (empty after a clean one)

    def render(selected: list) -> dict[str, bytes]:
        """What the render loop does for each page: its fingerprint, its context, its Markdown."""
        gc.disable()
        inputs = Fingerprints(shared, None, one_pass=True)
        env = make_environment(root, strings)
        events = EventFragments(env)
        made = {}
        for lazy in selected:
            inputs.page(lazy)
            made[lazy.src] = hashlib.sha256(render_page(env, lazy.build(), settings, events).encode("utf-8")).digest()
        return made

    def worker(selected: list, pipe) -> None:
        cpu = time.process_time()
        made = render(selected)
        pipe.send((made, time.process_time() - cpu))
        pipe.close()

    def split(n: int) -> list[list]:
        pages = list(site_pages(data, settings))  # anew: an entity's pages are made together, once
        if args.split == "interleaved":
            return [pages[i::n] for i in range(n)]
        size = -(-len(pages) // n)
        return [pages[i * size:(i + 1) * size] for i in range(n)]

    def forked(n: int) -> dict[str, bytes]:
        """The pages rendered by n workers forked from this process (each starts from what it
        holds now: no cache of the other runs)."""
        parts = split(n)
        context = multiprocessing.get_context("fork")
        wall = time.perf_counter()
        running = []
        for part in parts:
            mine, theirs = context.Pipe(duplex=False)
            process = context.Process(target=worker, args=(part, theirs))
            process.start()
            running.append((process, mine))
        made: dict[str, bytes] = {}
        seconds = []
        for process, pipe in running:
            pages, cpu = pipe.recv()
            made.update(pages)
            seconds.append(cpu)
            process.join()
        print(f"{n} process(es){f' ({args.split})' if n > 1 else ''}: {time.perf_counter() - wall:.1f} s wall, "
              f"CPU {' + '.join(f'{s:.1f}' for s in seconds)} = {sum(seconds):.1f} s, {len(made)} pages; "
              f"load average {os.getloadavg()[0]:.1f}", flush=True)
        return made

    gc.freeze()  # what exists now is shared with the workers and never collected
    alone = forked(1)
    together = forked(args.workers)
    different = [src for src in alone if together.get(src) != alone[src]]
    print(f"pages with other bytes: {len(different)} of {len(alone)}; pages missing: {len(set(alone) - set(together))}")
    return 1 if different else 0


if __name__ == "__main__":
    raise SystemExit(main())
