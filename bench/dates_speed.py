"""Time the dates extractor on the synthetic archive of bench/corpus.py (4.5 kB articles with
dates in every month system, Hijri dates, weekdays and years).

    python bench/dates_speed.py [--articles 300] [--seed 1]

It writes the archive under bench/out/ once (bench/corpus.py), then prints the best of three
runs of find_dates over every article body: processor milliseconds per article (stable on a
shared machine, where the wall clock is not), the wall-clock time, and the dates found.
The first call in a process also loads the word frequencies of tense.py (about 2 s).
"""
from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.extract.dates import find_dates  # noqa: E402


def _articles(folder: Path) -> list[tuple[str, dt.date]]:
    articles = []
    for path in sorted((folder / "content" / "articles").rglob("*.md")):
        _, front, body = path.read_text(encoding="utf-8").split("---", 2)
        date = next(line for line in front.splitlines() if line.startswith("date:"))
        articles.append((body, dt.date.fromisoformat(date.split(":", 1)[1].strip().strip("'\""))))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    folder = REPO / "bench" / "out" / f"dates-{args.articles}-{args.seed}"
    if not folder.exists():
        subprocess.run([sys.executable, str(REPO / "bench" / "corpus.py"), str(args.articles), "--seed",
                        str(args.seed), "--out", str(folder), "--entities", "100"], check=True)
    articles = _articles(folder)
    for body, published in articles[:10]:  # patterns compiled, word frequencies loaded
        find_dates(body, published)
    best_cpu, best_wall, found = float("inf"), float("inf"), 0
    for _ in range(3):
        cpu, wall = time.process_time(), time.perf_counter()
        found = sum(len(find_dates(body, published)) for body, published in articles)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    size = sum(len(body) for body, _ in articles) / len(articles)
    print(f"{len(articles)} articles of {size / 1000:.1f} kB on average: {best_cpu * 1000 / len(articles):.1f} ms "
          f"of processor per article ({best_wall:.2f} s wall clock in all), {found} dates")


if __name__ == "__main__":
    main()
