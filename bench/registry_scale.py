"""Benchmark: does a registry of 50,000 entities still build? Time and peak memory of
`generate` (the `build` command: read, extract, aggregate, render, write build/docs) and of
`check`, in a temporary copy of the repository.

    python bench/registry_scale.py [--entities 50000] [--articles 100] [--seed 1] [--site] [--keep DIR]

The registry and the articles are bench/corpus.py's synthetic ones (the real registry plus
--entities more, people named with a father's name between, articles that mention them). Each command runs in its own process, twice:
cold (no extraction cache) and again (cache warm). Peak memory is the resident set of that
process. --site also times a whole `site` (MkDocs and the search index: one page per entity).
Timings are wall-clock seconds on this machine; compare rows, not absolutes.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import corpus  # noqa: E402
from run import stages  # noqa: E402

PROBE = ("import resource, subprocess, sys, time; t = time.perf_counter();"
         "r = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True);"
         "sys.stderr.write(r.stderr); sys.stderr.write(r.stdout);"
         "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)")


def _person_with_father(rng: random.Random) -> corpus.SyntheticEntity:
    """A person named with a father's name between (سامي خالد الأحمد): corpus.py's first and
    family names make 9,600 pairs, too few for the 25,000 people of a 50,000-entity registry."""
    person = corpus._person(rng)
    father, father_en = rng.choice(corpus.DATA["first_names"])
    first, family = person.name.split(" ", 1)
    first_en, family_en = person.name_en.split(" ", 1)
    return corpus.SyntheticEntity("person", f"{first} {father} {family}", f"{first_en} {father_en} {family_en}",
                                  role=person.role)


def write_archive(root: Path, articles: int, seed: int, entities: int) -> None:
    makers = dict(corpus.MAKERS)
    corpus.MAKERS["person"] = _person_with_father
    try:
        corpus.generate(articles, seed, root, entities)
    finally:
        corpus.MAKERS.update(makers)


def measured(command: list[str], cwd: Path) -> tuple[float, int, int, str]:
    """(seconds, peak resident MB, exit status, output) of one command and its children."""
    run = subprocess.run([sys.executable, "-c", PROBE, *command], cwd=cwd, capture_output=True, text=True,
                         env={**os.environ, "CI": "true"})
    seconds, max_kb, code = run.stdout.split()
    return float(seconds), int(max_kb) // 1024, int(code), run.stderr


def generator(root: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "generator", "--root", str(root), *args]


def summary(output: str) -> str:
    errors = output.count(": error: ")
    warnings = output.count(": warning: ")
    return f"{errors} errors, {warnings} warnings"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entities", type=int, default=50000)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--site", action="store_true", help="also build the whole site (MkDocs, search index)")
    parser.add_argument("--keep", type=Path, help="write the archive here and keep it (default: a temporary folder)")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="registry-scale-"))
    root = folder / "archive"
    try:
        started = time.perf_counter()
        write_archive(root, args.articles, args.seed, args.entities)
        seconds = time.perf_counter() - started
        files = sum(1 for _ in (root / "content/entities").rglob("*.md"))
        size = sum(f.stat().st_size for f in (root / "content/entities").rglob("*.md"))
        print(f"registry: {files:,} entity files, {size / 2**20:.1f} MB; {args.articles} articles "
              f"(written in {seconds:.1f} s, not part of the build)")
        print(f"{'command':<22}{'seconds':>9}{'peak MB':>9}  exit  stages / problems")
        steps = [("build (cold cache)", ["-v", "build"]), ("build (warm cache)", ["-v", "build"]),
                 ("check", ["check"])]
        if args.site:
            steps.append(("site", ["-v", "site"]))
        for label, command in steps:
            seconds, peak, code, output = measured(generator(root, *command), REPO)
            timing = ", ".join(f"{name} {value:.1f}" for name, value in stages(output).items())
            print(f"{label:<22}{seconds:>9.1f}{peak:>9,d}  {code:>4}  {timing or summary(output)}", flush=True)
            if label == "check":
                refused = sum("cannot be a name" in line for line in output.splitlines())
                print(f"{'':<46}{summary(output)}; {refused} names refused by the name guard")
        docs = root / "build" / "docs"
        pages = sum(1 for _ in docs.rglob("*.md"))
        print(f"build/docs: {pages:,} pages, {sum(f.stat().st_size for f in docs.rglob('*') if f.is_file()) / 2**20:.0f} MB")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
