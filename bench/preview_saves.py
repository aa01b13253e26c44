"""A live preview's saves that each add one article, in CPU seconds, without MkDocs.

    .venv/bin/python bench/preview_saves.py /tmp/archive-3000 [--saves 3]

Runs a preview (generator/serve.py, Preview) in this process with the archive's own copy of the
generator, on an archive built before (`make site`): its first pass, what it makes while it
waits for a save (Preview.warm), then `--saves` saves, each adding one article dated on the
archive's last day of 2025 (bench/run.py's, each with a slug of its own; the first one's
event opens a year the chronology did not have), and prints each one's CPU seconds and pages
rendered. The added articles stay: remove them before running again. CPU seconds, because on a
machine shared with other jobs the wall seconds follow the load.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from run import NEW_ARTICLE


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--saves", type=int, default=3)
    args = parser.parse_args()
    root = args.archive.resolve()
    sys.path.insert(0, str(root))  # the archive's copy of the generator
    os.chdir(root)
    from generator.serve import Preview

    preview = Preview(root)
    started = time.process_time()
    preview.regenerate()
    print(f"first pass {time.process_time() - started:.2f} s", flush=True)
    started = time.process_time()
    preview.warm()
    print(f"made while waiting {time.process_time() - started:.2f} s", flush=True)
    for number in range(args.saves):
        added = root / f"content/articles/2025/2025-12-31-bench-preview-{number}.md"
        added.parent.mkdir(parents=True, exist_ok=True)
        added.write_text(NEW_ARTICLE.replace("slug: bench-added-article", f"slug: bench-preview-{number}"),
                         encoding="utf-8")
        started = time.process_time()
        preview.regenerate({added.relative_to(root)})
        print(f"save {number + 1}: one article added, {time.process_time() - started:.2f} s", flush=True)
        time.sleep(1)  # a later save, as a maintainer's (the files' stamps tell saves apart)
    return 0


if __name__ == "__main__":
    sys.exit(main())
