"""Print recall and precision of the dates extractor on the real-text excerpts of
tests/data/date_expressions.yml (cases with a `source`), and what it misses or gets wrong.

    python bench/dates_accuracy.py
"""
from __future__ import annotations

from pathlib import Path

import yaml

from generator.extract.dates.accuracy import score

CASES = Path(__file__).resolve().parent.parent / "tests" / "data" / "date_expressions.yml"


def main() -> None:
    real = [c for c in yaml.safe_load(CASES.read_text(encoding="utf-8")) if c.get("source")]
    for name, cases in (("development", [c for c in real if not c.get("set")]),
                        ("held out 1", [c for c in real if c.get("set") == "heldout"]),
                        ("held out 2", [c for c in real if c.get("set") == "heldout2"]),
                        ("held out 3", [c for c in real if c.get("set") == "heldout3"]),
                        ("held out 4", [c for c in real if c.get("set") == "heldout4"]),
                        ("held out 5", [c for c in real if c.get("set") == "heldout5"]),
                        ("held out 6", [c for c in real if c.get("set") == "heldout6"])):
        result = score(cases)
        outlets = len({c["source"].split("/")[2] for c in cases})
        print(f"{name}: {len(cases)} excerpts from {outlets} sites, {result.expected} dates annotated, "
              f"{result.found} found; recall {result.recall:.3f}, precision {result.precision:.3f}")
        for line in result.misses:
            print("  missed:", line)
        for line in result.wrong:
            print("  wrong: ", line)


if __name__ == "__main__":
    main()
