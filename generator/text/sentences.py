"""Sentences and lines of a text, as offsets into it (the text itself is never changed)."""
from __future__ import annotations

import bisect
import re

# A sentence ends at . ! ? ؟ … or a line break, unless the dot sits between digits (3.5).
_SENTENCE_END = re.compile(r"(?<!\d)[.!?؟…]+(?!\d)[\"'”»)\]]*|\n+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, without surrounding white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end() if match.group()[0] != "\n" else match.start()
        spans.append((start, end))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def sentence_at(text: str, pos: int, spans: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The sentence span containing offset `pos`."""
    spans = spans if spans is not None else split_sentences(text)
    starts = [s for s, _ in spans]
    k = max(bisect.bisect_right(starts, pos) - 1, 0)
    return spans[k] if spans else (0, len(text))


def line_of(text: str, pos: int) -> int:
    """1-based line number of offset `pos`."""
    return text.count("\n", 0, pos) + 1


