"""An incremental `site` build of an archive of bench/corpus.py, part by part, in wall and CPU seconds.

    .venv/bin/python bench/site_parts.py /tmp/archive-3000 [--change add|entity|none] [--code DIR]

Makes one change (`add`: one article in a new year, as bench/run.py's "+1 article"; `entity`: one
registry entity's description edited; `none`: nothing), then runs `site` in this process and
prints the wall and CPU seconds of every part of it that is not the generator's aggregate and
render: starting Python and importing the generator, the check for links, reading the content
tree, the extraction cache, the docs tree's table and search keys, linking the previous site,
MkDocs' dirty build, the search index (the pages listed, Pagefind, the bundles placed), the
swap of the new site into place, and what is left. CPU seconds are this process's and its
children's (MkDocs, Pagefind); on a machine shared with other jobs compare those. The archive
must have been built once (`make site`) first. `--code` is the repository whose generator
runs (default: the archive's own copy).
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

def cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class Parts:
    """Wall and CPU seconds of named calls; a call made inside another counts in both."""

    def __init__(self):
        self.seconds: dict[str, list[float]] = {}
        self.order: list[str] = []

    def wrap(self, module, name: str, label: str) -> None:
        original = getattr(module, name)

        def timed(*args, **kwargs):
            wall, used = time.perf_counter(), cpu()
            try:
                return original(*args, **kwargs)
            finally:
                if label not in self.seconds:
                    self.seconds[label] = [0.0, 0.0, 0]
                    self.order.append(label)
                totals = self.seconds[label]
                totals[0] += time.perf_counter() - wall
                totals[1] += cpu() - used
                totals[2] += 1

        setattr(module, name, timed)


def change(root: Path, kind: str) -> str:
    if kind == "add":
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from run import NEW_ARTICLE

        added = root / "content/articles/2025/2025-12-31-bench-added-article.md"
        if added.exists():  # a run before this one added it: a new one each time
            added = added.with_name(f"2025-12-31-bench-added-article-{time.time_ns()}.md")
            text = NEW_ARTICLE.replace("slug: bench-added-article", f"slug: bench-added-{time.time_ns()}")
        else:
            text = NEW_ARTICLE
        added.parent.mkdir(parents=True, exist_ok=True)
        added.write_text(text, encoding="utf-8")
        return f"added {added.relative_to(root)}"
    if kind == "entity":  # as bench/run.py's "edit entity": a sentence added to a person's description
        entity = sorted((root / "content/entities/person").glob("*.md"))[0]
        entity.write_text(entity.read_text(encoding="utf-8") + "\nوصف أضيف للقياس.\n", encoding="utf-8")
        return f"edited the description of {entity.relative_to(root)}"
    return "nothing changed"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--change", choices=("add", "entity", "none"), default="add")
    parser.add_argument("--code", type=Path, help="the repository whose generator runs (default: the archive)")
    args = parser.parse_args()
    root = args.archive.resolve()
    code = (args.code or root).resolve()
    print(change(root, args.change), file=sys.stderr)
    # Starting Python and importing what `site` imports, in a process of its own.
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", "import generator.cli, generator.pipeline"], cwd=code, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    start_wall = time.perf_counter() - started
    start_cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)

    sys.path.insert(0, str(code))
    os.chdir(root)
    from generator import files, pipeline, state
    from generator.extract import cache
    from generator.read import kept as kept_reading
    from generator.render import search_shards

    parts = Parts()
    # Names of the code before and after the previous site was kept (link_tree, place_bundle):
    # either version of the generator can be measured.
    wrapped = [
        (state, "unsafe_entries", "check for links"),
        (kept_reading, "load", "kept reading: load"),
        (kept_reading, "save", "kept reading: save"),
        (state, "read_articles", "read articles"),
        (state, "load_registry", "read registry"),
        (cache, "load", "extraction cache: load"),
        (cache, "save", "extraction cache: save"),
        (state, "_extract", "extract (with cache)"),
        (pipeline, "render_outputs", "aggregate + render (not this lane)"),
        (files.DocsWriter, "finish", "docs: write, list removed"),
        (files.DocsWriter, "_load_table", "docs table: load"),
        (files.DocsWriter, "save_table", "docs table: save"),
        (pipeline, "save_keys_cache", "search keys: save"),
        (pipeline, "theme_fingerprint", "theme fingerprint"),
        (pipeline, "link_tree", "link previous site"),
        (pipeline, "link_files", "link previous site"),
        (pipeline, "run_mkdocs", "mkdocs (child)"),
        (search_shards, "indexed_pages", "search: list indexed pages"),
        (search_shards, "_build_shards", "search: pagefind (children)"),
        (search_shards, "place_bundle", "search: place bundles"),
        (search_shards, "link_files", "search: place bundles"),
        (pipeline, "index_site", "search index in all"),
        (pipeline, "replace_dir", "swap site into place"),
        (pipeline.gc, "collect", "gc.collect"),
    ]
    for module, name, label in wrapped:
        if hasattr(module, name):
            parts.wrap(module, name, label)
    wall, used = time.perf_counter(), cpu()
    pipeline.build_site(root)
    total_wall, total_cpu = time.perf_counter() - wall, cpu() - used
    print(f"{'part':38} {'wall s':>8} {'CPU s':>8} calls")
    print(f"{'python start + imports (own process)':38} {start_wall:8.2f} {start_cpu:8.2f}")
    for label in parts.order:
        seconds_wall, seconds_cpu, calls = parts.seconds[label]
        print(f"{label:38} {seconds_wall:8.2f} {seconds_cpu:8.2f} {calls}")
    print(f"{'site in all (after imports)':38} {total_wall:8.2f} {total_cpu:8.2f}")
    print(f"load average {os.getloadavg()[0]:.1f}, peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
