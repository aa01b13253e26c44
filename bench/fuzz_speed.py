"""Benchmark: time per kilobyte of the readers of untrusted text, on ordinary and hostile text.

    python bench/fuzz_speed.py [--sizes 1,10,100,1000] [--repeat 3] [--readers matcher,dates] [--kinds "long tokens"]

For each kind of text (the seed articles; very long tokens; runs of combining marks; bidi
controls between every letter; presentation forms that expand; clitics and names packed
together; random Unicode) and each size in kilobytes, it prints the milliseconds per
kilobyte of the entity matcher (EntityMatcher.find), the date reader (find_dates), discovery
(find_unknown_names) and the front-matter reader (parse_front_matter + article_from_parsed),
best of --repeat runs. Bounded time per kilobyte means the numbers stay flat as the size
grows: a quadratic case shows as ms/kB growing with the size. Compare rows, not absolutes.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.extract.dates import find_dates  # noqa: E402
from generator.extract.entities import EntityMatcher  # noqa: E402
from generator.extract.unknown import find_unknown_names  # noqa: E402
from generator.read.content import article_from_parsed, parse_front_matter  # noqa: E402
from generator.read.registry import load_registry  # noqa: E402

SEEDS = REPO / "tests" / "fixtures" / "seeds"
ARABIC = "".join(chr(c) for c in range(0x0621, 0x064B))
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
BIDI = "\u200e\u200f\u202b\u202e\u2066\u2069\u061c\u200d"


def _fill(unit, size: int) -> str:
    """Text of about `size` bytes (UTF-8) from a function that makes pieces."""
    pieces, total = [], 0
    while total < size:
        piece = unit()
        pieces.append(piece)
        total += len(piece.encode("utf-8"))
    return "".join(pieces)


def kinds(rng: random.Random, names: list[str]) -> dict:
    seed_text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    return {
        "seed articles": lambda: seed_text,
        "long tokens": lambda: "".join(rng.choice(ARABIC) for _ in range(rng.randint(500, 5000))) + " ",
        "combining marks": lambda: rng.choice(ARABIC) + "".join(rng.choice(MARKS) for _ in range(rng.randint(1, 40))),
        "bidi between letters": lambda: rng.choice(ARABIC) + rng.choice(BIDI),
        "expanding forms": lambda: rng.choice(["\ufdfa", "\ufdf2", "\ufefb", "ﷺ ", "\u0640" * 20, "İ"]),
        "clitics and names": lambda: rng.choice(["و", "وب", "لل", "وال", "ف"]) + rng.choice(names) + rng.choice([" ", "", "،"]),
        "dates packed": lambda: rng.choice(["21 أكتوبر 2022 ", "29 تشرين الثاني/نوفمبر ", "اليوم الجمعة ", "12-03-2021 ",
                                            "٢١/١٠/٢٠٢٢ ", "1445 هـ ", "أواخر يناير ", "من 3 حتى 6 مايو "]),
        "random unicode": lambda: "".join(chr(rng.choice([rng.randint(32, 0x2FFF), rng.randint(0x0600, 0x06FF),
                                                          rng.randint(0xFB50, 0xFEFF), rng.randint(0x1F300, 0x1FAFF)]))
                                          for _ in range(64)),
    }


def best_ms(function, text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        function(text)
        best = min(best, time.perf_counter() - started)
    return best * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,100,1000", help="sizes in kilobytes, comma-separated")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--readers", help="only these readers, comma-separated (matcher,dates,discovery,front matter)")
    parser.add_argument("--kinds", help="only these kinds of text, comma-separated")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    entities, _ = load_registry(REPO)
    matcher = EntityMatcher(entities)
    names = sorted({n for e in entities for n in (e.name, *e.aliases)})
    published = dt.date(2022, 10, 21)

    def front_matter(text: str) -> None:
        path = "content/articles/2022/bench.md"
        article_from_parsed(parse_front_matter(f"---\ntitle: عنوان\ndate: 2022-10-21\n---\n{text}", path), path)

    readers = {
        "matcher": matcher.find,
        "dates": lambda text: find_dates(text, published),
        "discovery": lambda text: find_unknown_names(text, matcher.find(text)),
        "front matter": front_matter,
    }
    if args.readers:
        readers = {name: readers[name] for name in args.readers.split(",")}
    print(f"ms per kB (best of {args.repeat}); sizes in kB: {', '.join(map(str, sizes))}")
    print(f"{'text':<22}{'reader':<14}" + "".join(f"{f'{s} kB':>10}" for s in sizes))
    for kind, unit in kinds(random.Random(1), names).items():
        if args.kinds and kind not in args.kinds.split(","):
            continue
        texts = {size: _fill(unit, size * 1024) for size in sizes}
        for reader, function in readers.items():
            row = [best_ms(function, texts[size], args.repeat) / (len(texts[size].encode("utf-8")) / 1024)
                   for size in sizes]
            print(f"{kind:<22}{reader:<14}" + "".join(f"{value:>10.3f}" for value in row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
