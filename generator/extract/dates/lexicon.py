"""generator/data/dates.yml read once, and the few ways every rule turns names into patterns.

A rule never holds a word list of its own: it reads its section of dates.yml through
`section`, and builds its regular expression from `Names` (a closed class of names, each
standing for a value: months, ordinals, weekdays) or from `alternation` (a list of words).
Everything is matched on folded text (generator.text.orthography.fold).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from generator.data import DATA_DIR, read_yaml
from generator.text.orthography import fold


@lru_cache(maxsize=None)
def _data() -> dict:
    return read_yaml(DATA_DIR / "dates.yml")


def section(name: str) -> dict | list:
    """One section of dates.yml, as written there."""
    return _data()[name]


def key(name: str) -> str:
    """Lookup key of a folded name: without spaces, and without the "ال" that starts a word."""
    return re.sub(r"\s+", "", re.sub(r"(?<!\w)(و?)ال", r"\1", name))


def name_pattern(name: str) -> str:
    """A regular expression for one folded name; a later word's "ال" may be left out."""
    words = name.split()
    parts = []
    for i, word in enumerate(words):
        if i > 0 and word.startswith("وال") and len(word) > 4:
            parts.append(r"و\s*(?:ال)?" + re.escape(word[3:]))
        elif word.startswith("ال") and len(word) > 3:
            # "للعام": the clitic ل before ال drops the alef, so ال can be a single ل after it.
            parts.append((r"(?:ال|(?<=ل)ل)" if i == 0 else r"(?:ال)?") + re.escape(word[2:]))
        else:
            parts.append(re.escape(word))
    return r"\s+".join(parts)


def alternation(names: Iterable[str]) -> str:
    """One group matching any of `names` (folded here), the longest first."""
    unique = sorted({fold(n) for n in names if n}, key=lambda n: (-len(n), n))
    return "(?:" + "|".join(name_pattern(n) for n in unique) + ")"


def words(names: Iterable[str]) -> frozenset[str]:
    """Folded words, for membership tests on the words around a match."""
    return frozenset(fold(n) for n in names)


@dataclass(frozen=True)
class Names:
    """A closed class of names, each standing for a value ("أيار" -> 5, "الثالث" -> 3)."""

    values: dict  # lookup key -> value
    pattern: str  # one group matching any of the names on folded text

    @classmethod
    def of(cls, groups: dict) -> "Names":
        """From {value: [name, ...]}."""
        values = {key(fold(n)): value for value, names in groups.items() for n in names}
        return cls(values, alternation(n for names in groups.values() for n in names))

    def value(self, matched: str):
        """The value of a matched name; "لخميس" is "الخميس" after the clitic ل ("للخميس")."""
        k = key(matched)
        if k not in self.values and matched.startswith("ل"):
            k = key("ا" + matched)
        return self.values[k]

    def names(self) -> tuple[tuple[str, ...], ...]:
        """The names, grouped by value (for patterns that need their first letters)."""
        groups: dict = {}
        for k, value in self.values.items():
            groups.setdefault(value, []).append(k)
        return tuple(tuple(g) for g in groups.values())

    def __contains__(self, matched: str) -> bool:
        return key(matched) in self.values
