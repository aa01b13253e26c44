"""Discovery on real text and at scale: recall and precision on the annotated sets, and the
time `suggest` takes over a synthetic archive.

    python bench/discovery.py [N]     # N articles in the synthetic archive (default 1000)

Prints, for tests/data/discovery_sentences.yml (development) and discovery_heldout.yml, the
share of annotated people, organisations and places proposed and the share of proposals
that are annotated names; then the seconds `discover` takes over N generated articles with
a registry of 5,000 entities (bench/corpus.py), and how many names it proposes.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "tests"))

import corpus  # noqa: E402
from test_discovery_set import FLOORS, measure  # noqa: E402

from generator.extract.entities import EntityMatcher  # noqa: E402
from generator.extract.unknown import discover  # noqa: E402
from generator.read.content import read_articles  # noqa: E402
from generator.read.registry import load_registry  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    for file in sorted(FLOORS):
        figures = measure(file)
        print(f"{file}: " + ", ".join(f"{k} {v:.2f}" for k, v in figures.items()))
    with tempfile.TemporaryDirectory() as tmp:
        root = corpus.generate(n, seed=1, out=Path(tmp) / "archive")
        articles, _ = read_articles(root)
        entities, _ = load_registry(root)
        matcher = EntityMatcher(entities)
        start = time.perf_counter()
        proposals = discover(articles, matcher)
        seconds = time.perf_counter() - start
    kinds = {k: sum(p.type == k for p in proposals) for k in ("person", "organization", "place", "agreement")}
    print(f"{len(articles)} articles: discover {seconds:.1f} s ({1000 * seconds / len(articles):.1f} ms an article); "
          f"{len(proposals)} proposals {kinds}")


if __name__ == "__main__":
    main()
