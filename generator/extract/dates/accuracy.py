"""Recall and precision of find_dates on annotated excerpts (tests/data/date_expressions.yml).

A found date counts when it overlaps an annotated one and has its value, end value and
precision; each annotation is matched at most once.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from generator.extract.dates import find_dates


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)  # "case: expected text -> value"
    wrong: list[str] = field(default_factory=list)  # "case: found text -> value"

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0


def _spans(sentence: str, texts: list[str]) -> list[tuple[int, int]]:
    """Where each annotated text stands, in order (the same text twice is two places)."""
    spans, pos = [], 0
    for text in texts:
        start = sentence.find(text, pos)
        if start < 0:
            start = sentence.find(text)
        if start < 0:
            raise ValueError(f"annotated text {text!r} is not in its sentence")
        spans.append((start, start + len(text)))
        pos = start + len(text)
    return spans


def score(cases: list[dict]) -> Score:
    result = Score()
    for case in cases:
        expected = case["expect"]
        spans = _spans(case["sentence"], [e["text"] for e in expected])
        used = [False] * len(expected)
        found = find_dates(case["sentence"], case["published"])
        result.expected += len(expected)
        result.found += len(found)
        for date in found:
            got = (date.value, date.end_value, date.precision)
            match = next((i for i, (e, (s, t)) in enumerate(zip(expected, spans))
                          if not used[i] and s < date.end and date.start < t
                          and (e["value"], e.get("end_value"), e["precision"]) == got), None)
            if match is None:
                result.wrong.append(f"{case['id']}: {date.text} -> {date.value} {date.end_value or ''}")
            else:
                used[match] = True
                result.right += 1
        result.misses += [f"{case['id']}: {e['text']} -> {e['value']}" for e, u in zip(expected, used) if not u]
    return result
