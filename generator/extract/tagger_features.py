"""What the name tagger (name_tagger.py) reads of each word: the features its model is trained on
(bench/tagger_model.py) and tags with. A change here changes what the model means: `make tagger`
trains it again (the model's record keeps a digest of this file, and a test compares it).

It reads the tokens discovery already makes (finder.py's `Finder` over the one per-article
analysis), so a word, its clitic-free stems, the gap of punctuation before it and whether a
registry name covers it are the same for the rules and the tagger. Features: the folded word, its
stem without a clitic, prefixes and suffixes, its wordfreq Zipf bucket, membership in the project's
own lists (given names, role words, reporting verbs, organisation heads, place cues, the
CLDR/GeoNames gazetteer), the punctuation around it, its place in the sentence, and the same for
two neighbours each side.
"""
from __future__ import annotations

import functools

from generator.extract.finder import token_is_nisba, zipf

BRACKETS_OPEN = "([{«“"
BRACKETS_CLOSE = ")]}»”"
QUOTES = "\"'‘’„"
_ZIPF_BUCKETS = (0.0, 1.5, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 5.5, 6.0)


def _bucket(value: float) -> int:
    return sum(1 for edge in _ZIPF_BUCKETS if value > edge)


@functools.lru_cache(maxsize=4096)
def _gap_class(gap: str) -> str:
    """What stands between two words, by kind: the same mark in either script counts once."""
    marks = gap.strip()
    if not marks:
        return "nl" if "\n" in gap else "sp"
    kinds = []
    for char in marks:
        kind = ("comma" if char in "،," else "stop" if char in ".!?؟…" else "colon" if char in ":;؛"
                else "open" if char in BRACKETS_OPEN else "close" if char in BRACKETS_CLOSE
                else "quote" if char in QUOTES else "dash" if char in "-–—/" else "other")
        if kind not in kinds:
            kinds.append(kind)
    return "+".join(kinds) + ("+nl" if "\n" in gap else "")


class _Lexicon:
    """What the project's data lists say of a folded word (read once, cached by word)."""

    def __init__(self, cues, gazetteer):
        self.cues = cues
        self.gazetteer = gazetteer
        self.role_words = frozenset(p[0] for p in cues.person)  # وزير of وزير الخارجية
        self.role_inner = frozenset(w for p in cues.person for w in p[1:])
        self.org_heads = cues.organization | cues.outlet_heads | cues.brand_heads
        self.one_word_places = frozenset(words[0] for words in gazetteer.by_words if len(words) == 1)

    @functools.lru_cache(maxsize=100_000)
    def flags(self, stems: tuple[str, ...]) -> tuple[str, ...]:
        """The lists a word's stems (with or without the article) belong to."""
        c = self.cues
        bare = tuple(s[2:] for s in stems if s.startswith("ال") and len(s) > 3)
        every = (*stems, *bare)
        out = []
        for name, words in (("given", c.given_names), ("arabgiven", c.arab_given_names), ("verb", c.verbs),
                            ("role", self.role_words), ("rolein", self.role_inner), ("orghead", self.org_heads),
                            ("agrhead", c.agreement), ("placecue", c.place), ("division", c.divisions),
                            ("facility", c.facilities), ("particle", c.particles), ("honorific", c.honorifics),
                            ("linking", c.linking), ("adjective", c.adjectives), ("common", c.common),
                            ("nisbaword", c.organization_descriptors), ("follower", c.speaker_followers),
                            ("personnoun", c.person_nouns)):
            if any(s in words for s in every):
                out.append(name)
        if any(s in self.one_word_places for s in stems):
            out.append("place1")
        elif any(s in self.gazetteer.first_words for s in stems):
            out.append("placefirst")
        return tuple(out)


@functools.lru_cache(maxsize=None)
def _lexicon() -> _Lexicon:
    from generator.extract.places import load_gazetteer
    from generator.extract.unknown import load_cues

    return _Lexicon(load_cues(), load_gazetteer())


def _word_features(token, finder, lexicon: _Lexicon) -> list[str]:
    """What a word says by itself (its letters, stems, frequency, lists), the same wherever it stands."""
    word = token.word
    clitic = finder.carries_clitic(token)
    stem = max(token.stems[1:], key=lambda s: zipf(s)) if clitic and len(token.stems) > 1 else word
    plain_stem = stem[2:] if token.article and stem.startswith("ال") and len(stem) > 3 else stem
    whole = zipf(token.plain_stems[0])
    out = [f"w={word}", f"s={plain_stem}", f"p2={plain_stem[:2]}", f"p3={plain_stem[:3]}",
           f"x1={plain_stem[-1:]}", f"x2={plain_stem[-2:]}", f"x3={plain_stem[-3:]}",
           f"z={_bucket(whole)}", f"zs={_bucket(zipf(stem))}", f"len={min(len(plain_stem), 8)}"]
    if clitic:
        out.append(f"clitic={word[:len(word) - len(stem)]}")
    if token.article:
        out.append("article")
    if token_is_nisba(token):
        out.append("nisba")
    if word.isascii():
        out.append("latin" if word.isalpha() else "digits" if word.isdigit() else "ascii")
    elif any(ch.isdigit() for ch in word):
        out.append("digits")
    if token.tanwin:
        out.append("tanwin")
    out += [f"f={flag}" for flag in lexicon.flags(token.stems)]
    return out


_NEIGHBOUR_KEEP = ("w=", "s=", "z=", "f=", "article", "nisba", "latin", "digits")
_OFFSETS = (-2, -1, 1, 2)
_CACHE_SIZE = 200_000
_word_cache: dict[tuple, tuple[tuple[str, ...], dict[int, tuple[str, ...]]]] = {}


def _cached_word_features(token, finder, lexicon: _Lexicon) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]]]:
    """A word's own features and, for each neighbour offset, those its neighbours see, made once
    per spelling (a 10,000-article archive repeats its words)."""
    key = (token.word, token.plain_stems, token.article, token.tanwin)
    cached = _word_cache.get(key)
    if cached is None:
        own = _word_features(token, finder, lexicon)
        near = [f for f in own if f.startswith(_NEIGHBOUR_KEEP)]
        cached = (tuple(own), {offset: tuple(f"{offset}:{f}" for f in near) for offset in _OFFSETS})
        if len(_word_cache) >= _CACHE_SIZE:
            _word_cache.clear()
        _word_cache[key] = cached
    return cached


def features(finder) -> list[list[str]]:
    """The features of every token of one text (finder.py's Finder), neighbours included: what
    the model is trained on (bench/tagger_model.py) and what it tags."""
    lexicon = _lexicon()
    tokens = finder.tokens
    words = [_cached_word_features(t, finder, lexicon) for t in tokens]
    gaps = [_gap_class(t.gap) for t in tokens]
    out = []
    position = 0
    last = len(tokens) - 1
    for i, (own, _) in enumerate(words):
        if i == 0 or tokens[i].after_break:
            position = 0
        row = ["bias", f"pos={min(position, 3)}", f"gap={gaps[i]}", *own,
               f"gapnext={gaps[i + 1]}" if i < last else "EOS"]
        for offset in _OFFSETS:
            j = i + offset
            if 0 <= j <= last:
                row += words[j][1][offset]
                row.append(f"{offset}:gap={gaps[j]}")
            else:
                row.append(f"{offset}:none")
        out.append(row)
        position += 1
    return out
