"""Registry names that are also ordinary words, read as the word where the words around them say so.

القاهرة is Cairo and also the adjective "overpowering" (القوة القاهرة, force majeure); مصر is Egypt
and also the participle مُصِرّ "insisting" ("إنه مصر على موقفه"). The words that decide are data
(generator/data/variants.yml, `word_senses`); this module reads them and answers for one hit.
The matcher (entities.py) leaves such a hit unlinked.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from generator.data import DATA_DIR, read_yaml
from generator.extract.longer_names import TRAILING, word_stems
from generator.text.orthography import ARTICLE, article_prefixes, fold, is_nisba

DATA = DATA_DIR / "variants.yml"


@dataclass(frozen=True)
class Sense:
    """When one name is the word: all folded."""

    adjective_of: frozenset[str] = frozenset()  # nouns with the article it may describe
    participle_before: frozenset[str] = frozenset()  # the preposition the participle takes (على)
    subject_words: frozenset[str] = frozenset()  # words before it that are the participle's subject
    clause_openers: frozenset[str] = frozenset()  # words before a subject with the article


@functools.lru_cache(maxsize=None)
def load_senses(path: Path = DATA) -> dict[str, Sense]:
    data = read_yaml(path).get("word_senses") or {}

    def words(entry: dict, key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in entry.get(key) or ())

    return {fold(str(name)): Sense(words(entry, "adjective_of"), words(entry, "participle_before"),
                                   words(entry, "subject_words"), words(entry, "clause_openers"))
            for name, entry in data.items()}


def _stems(word: str) -> frozenset[str]:
    """A folded word as written and without each proclitic; behind ل or another clitic ending in
    the article, with the article given back (للقوه: القوه)."""
    word = word.rstrip(TRAILING)
    stems = word_stems(word)
    stems |= {ARTICLE + word[len(p):] for p in article_prefixes() if word.startswith(p) and len(word) > len(p) + 1}
    return stems


def _opens_a_clause(before: list[str], openers: frozenset[str]) -> bool:
    """Does nothing but a clause's opening stand before the last words (the text's or a line's
    start, punctuation, a conjunction such as إن، لكن)?"""
    if not before:
        return True
    last = before[-1]
    return last[-1:] in TRAILING or bool(_stems(last) & openers)


def reads_as_a_word(name: str, before: list[str], after: list[str]) -> bool:
    """Is the folded `name`, between the folded words `before` and `after` (a few each side, as
    split by spaces; a word ending in punctuation ends its clause), the ordinary word here?"""
    sense = load_senses().get(name)
    if sense is None:
        return False
    if sense.adjective_of and before and not before[-1][-1:] in TRAILING:
        words = list(before)
        while len(words) > 1 and is_nisba(words[-1]) and len(before) - len(words) < 2:
            words.pop()  # الظروف الاقتصادية القاهرة
        if _stems(words[-1]) & sense.adjective_of:
            return True
    if sense.participle_before and after and after[0].rstrip(TRAILING) in sense.participle_before and before:
        last = before[-1]
        if last[-1:] in TRAILING:
            return False
        stems = _stems(last)
        if stems & sense.subject_words:
            return True
        # a subject with the article that opens its clause or follows a verb of being: "والمدرب مصر
        # على", "أن الرئيس مصر على", "ما زال الرئيس مصر على"
        return any(s.startswith(ARTICLE) for s in stems) and _opens_a_clause(
            before[:-1], sense.clause_openers | sense.subject_words)
    return False
