"""The render stage of a clean build in one process and in several (generator/render/workers.py):
each way's CPU seconds in the build's process and in its forked render processes, and whether the
docs trees are the same, byte for byte.

    .venv/bin/python bench/render_processes.py /tmp/archive-3000 [--processes 2]

Runs bench/render_stages.py --clean on the archive (its own copy of the generator) with
BUILD_PROCESSES=1 and then =N, and prints their render lines. The archive's extraction cache
should be warm (run bench/render_stages.py on it once). On 2 idle cores the stage's wall time
is about the larger of the processes' CPU seconds plus what the build's process does after the
pages (feeds, open data); wall seconds on a shared machine follow the load.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def docs_digest(root: Path) -> str:
    """One digest of every file of the docs tree, with its path."""
    digest = hashlib.sha256()
    docs = root / "build" / "docs"
    for file in sorted(p for p in docs.rglob("*") if p.is_file()):
        digest.update(file.relative_to(docs).as_posix().encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    root = args.archive.resolve()
    digests = {}
    for processes in (1, args.processes):
        run = subprocess.run([sys.executable, str(HERE / "render_stages.py"), str(root), "--clean"],
                             capture_output=True, text=True, env={**os.environ, "BUILD_PROCESSES": str(processes)})
        if run.returncode != 0:
            raise SystemExit(run.stderr[-3000:])
        for line in run.stderr.splitlines():
            if line.startswith(("render", "build:")):
                print(f"{processes} process(es): {line}", flush=True)
        digests[processes] = docs_digest(root)
    same = digests[1] == digests[args.processes]
    print("docs trees byte-identical" if same else "docs trees DIFFER")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
