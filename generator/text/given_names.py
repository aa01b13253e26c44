"""The given names Arabic news uses (generator/data/given_names.yml), read in one place.

Discovery, the longer-name guard, places, dates and `suggest --write`'s transliteration all
read them from here, folded the one way matching folds.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from generator.data import DATA_DIR, read_yaml
from generator.text.orthography import fold

GIVEN_NAMES = DATA_DIR / "given_names.yml"


@dataclass(frozen=True)
class GivenNames:
    arab: frozenset[str]  # Arab given names, the commonest, those Wikidata records and the Maghreb's that are words, folded
    commonest: frozenset[str]  # the commonest Arab ones only: a town's name never opens with one
    foreign: frozenset[str]  # foreign given names as Arabic news transliterates them, folded
    also_words: frozenset[str]  # given names that are also common words (سعيد، كريم), folded
    spellings: dict[str, str]  # folded given names and name parts -> their usual English spelling

    @functools.cached_property
    def all(self) -> frozenset[str]:
        return self.arab | self.foreign

    @functools.cached_property
    def arab_alone(self) -> frozenset[str]:
        """Arab given names that are no common word: a name by themselves."""
        return self.arab - self.also_words


@functools.lru_cache(maxsize=None)
def load_given_names(path: Path = GIVEN_NAMES) -> GivenNames:
    data = read_yaml(path)

    def folded(key: str) -> frozenset[str]:
        return frozenset(fold(str(name)) for name in data.get(key) or ())

    spellings = {fold(str(arabic)): english
                 for table in ("given_names", "recorded_given_names", "maghreb_given_names", "foreign_given_names", "name_parts")
                 for arabic, english in (data.get(table) or {}).items()}
    return GivenNames(folded("given_names") | folded("recorded_given_names") | folded("maghreb_given_names"), folded("given_names"),
                      folded("foreign_given_names"), folded("also_words"), spellings)
