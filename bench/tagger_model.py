"""An experiment: a statistical sequence tagger (a linear-chain CRF, python-crfsuite) as one more
source of discovery candidates beside the hand-written cues of generator/extract/. Measured by
bench/tagger.py; NOT wired into the generator (it did not raise held-out recall without lowering
proposal precision: the README's extraction section has the figures). Needs
`pip install python-crfsuite==0.9.12`, which the generator itself does not depend on.

It reads the tokens discovery already makes (finder.py's `Finder` over the one per-article
analysis), so a word, its clitic-free stems, the gap of punctuation before it and whether a
registry name covers it are the same for the rules and the tagger. Each token gets a label:
B-/I- and a type (person, organization, place, agreement) or O, projected from the annotations'
`forms`. Features: the folded word, its stem without a clitic, prefixes and suffixes, its wordfreq
Zipf bucket, membership in the project's own lists (given names, role words, reporting verbs,
organisation heads, place cues, the CLDR/GeoNames gazetteer), the punctuation around it, its place
in the sentence, and the same for two neighbours each side.

An attached clitic (و ف ب ل ك ال) stays on the token: the label covers the whole written word, as
the annotations' `forms` do; the proposal's name is written without it the way rule proposals are
(finder.py's `written_span`: a clitic letter read off a one-word name, a head noun's or a gazetteer
name's clitic off the others); a person's words carry none (the rules' `name_word`).

While `in_discovery(model)` is active, discovery adds the tagger's names where no cue found one,
before the same last look (proposal_guard.checked) and registry matching as the rules' candidates.
"""
from __future__ import annotations

import contextlib
import functools
from pathlib import Path
from typing import Iterable

TYPES = ("person", "organization", "place", "agreement")
# python-crfsuite's L-BFGS training: L1 and L2 regularisation. c1 0.3 / c2 0.01 measured the same in
# cross-validation as 0.1 / 0.05, with a model half the size (about 400 kB).
TRAINING = {"c1": 0.3, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
# Which of the tagger's names are proposed, by type: each of its labels has at least this marginal
# probability, and it has at most max_words words; a type not listed is never proposed by the
# tagger. Chosen by cross-validation on the development texts: its several-word organisations
# (مجلس الوزراء، البنك المركزي) and its places were right about half the time, under the rules'
# precision; its persons at 0.9 and its one-word organisations (brands, acronyms) were not.
ACCEPT = {"person": {"threshold": 0.9}, "organization": {"threshold": 0.5, "max_words": 1}}
_BRACKETS_OPEN = "([{«“"
_BRACKETS_CLOSE = ")]}»”"
_QUOTES = "\"'‘’„"
_ZIPF_BUCKETS = (0.0, 1.5, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 5.5, 6.0)


# --- Features -------------------------------------------------------------------------------

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
                else "open" if char in _BRACKETS_OPEN else "close" if char in _BRACKETS_CLOSE
                else "quote" if char in _QUOTES else "dash" if char in "-–—/" else "other")
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
    from generator.extract.finder import token_is_nisba, zipf

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
    """The features of every token of one text (finder.py's Finder), neighbours included."""
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


# --- Labels from the annotations ------------------------------------------------------------

def gold_labels(tokens, text: str, entities: Iterable[dict]) -> list[str]:
    """BIO labels of the tokens from the annotations' forms: each form found where it starts
    at a token's first letter and ends at a token's last, longest form first, a token labelled once."""
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    forms = sorted({(str(form), e["type"]) for e in entities if e["type"] in TYPES for form in e["forms"]},
                   key=lambda f: (-len(f[0]), f))
    labels = ["O"] * len(tokens)
    for form, kind in forms:
        at = text.find(form)
        while at >= 0:
            first, last = starts.get(at), ends.get(at + len(form))
            if first is not None and last is not None and all(lab == "O" for lab in labels[first:last + 1]):
                labels[first] = f"B-{kind}"
                for k in range(first + 1, last + 1):
                    labels[k] = f"I-{kind}"
            at = text.find(form, at + 1)
    return labels


def finder_for(text: str, mentions=()):
    """Discovery's view of a text (its tokens and cues), as the tagger reads it."""
    from generator.extract.unknown import load_cues
    from generator.extract.finder import Finder
    from generator.text.analysis import analyse

    return Finder(analyse(text), mentions, load_cues())


def train(items: Iterable[tuple[str, str, list[dict]]], model: Path, params: dict) -> None:
    """Train on (name, text, entities) items, in name order, and write the model."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for _, text, entities in sorted(items, key=lambda item: item[0]):
        finder = finder_for(text)
        if finder.tokens:
            trainer.append(features(finder), gold_labels(finder.tokens, text, entities))
    trainer.select("lbfgs", "crf1d")
    trainer.set_params(params)
    trainer.train(str(model))


# --- Tagging --------------------------------------------------------------------------------

def parse_accept(text: str) -> dict:
    """Acceptance rules written "person=0.9,organization=0.5:1" (type=least marginal[:most words])."""
    accept = {}
    for part in filter(None, text.split(",")):
        kind, _, rule = part.partition("=")
        threshold, _, words = rule.partition(":")
        accept[kind.strip()] = {"threshold": float(threshold), **({"max_words": int(words)} if words else {})}
    return accept


def _accepted(accept: dict, kind: str, words: int, confidence: float) -> bool:
    rule = accept.get(kind)
    return rule is not None and confidence >= rule["threshold"] and words <= rule.get("max_words", words)


def tagged_spans(finder, tagger) -> list[tuple[int, int, str, float]]:
    """(first token, end token, type, least marginal of its labels) of every name the model reads."""
    if not finder.tokens:
        return []
    labels = tagger.tag(features(finder))
    spans, i = [], 0
    while i < len(labels):
        if labels[i] == "O":
            i += 1
            continue
        kind = labels[i][2:]
        end = i + 1
        while end < len(labels) and labels[end] == f"I-{kind}":
            end += 1
        confidence = min(tagger.marginal(labels[k], k) for k in range(i, end))
        spans.append((i, end, kind, confidence))
        i = end
    return spans


def _reads_as_name(finder, kind: str, tokens) -> bool:
    """The grammar the rules' own names obey, asked of a tagged one: each word of a person's name
    could be a name's word where it stands (no verb, role, common word, place or clitic: unknown.py's
    `name_word`); an organisation of one word is no common word, nisba or adverb."""
    from generator.extract.finder import token_is_nisba

    if kind == "person":
        return all(finder.name_word(token) for token in tokens)
    if kind == "organization" and len(tokens) == 1:
        token = tokens[0]
        return not (finder.common(token) or token_is_nisba(token) or token.tanwin or finder.adverb(token))
    return True


def with_tagged(finder, found: list, tagger, accept: dict) -> list:
    """The rule candidates of one text with the tagger's added where no rule candidate and no
    registry name stands (rules first), in text order."""
    from generator.extract.finder import Found

    spans = tagged_spans(finder, tagger)
    taken = set()
    for candidate in found:
        taken.update(range(candidate.start, candidate.end))
    tokens = finder.tokens
    added = []
    for start, end, kind, confidence in spans:
        if not _accepted(accept, kind, end - start, confidence) or any(
                k in taken or tokens[k].covered for k in range(start, end)):
            continue
        if not _reads_as_name(finder, kind, tokens[start:end]):
            continue
        first = tokens[start]
        # One clitic letter read off the first word (لسوناطراك، والأهلي), as the rules do.
        conjunction = first.word[1:] in first.stems[1:] and finder.carries_clitic(first)
        added.append(Found(start, end, kind, conjunction=conjunction))
    return sorted([*found, *added], key=lambda candidate: (candidate.start, candidate.end))


@contextlib.contextmanager
def with_candidates(extra):
    """Discovery (unknown.py, through `extract` and `suggest`) with `extra(finder, found)` applied
    to the rules' candidates before the same last look every candidate gets. It replaces the name
    unknown.py calls: patching proposal_guard's own `checked` would leave discovery as it was."""
    from generator.extract import proposal_guard, unknown

    def checked(finder, found):
        return proposal_guard.checked(finder, extra(finder, found))

    unknown.checked = checked
    try:
        yield
    finally:
        unknown.checked = proposal_guard.checked


@contextlib.contextmanager
def in_discovery(model: Path | None, accept: dict = ACCEPT):
    """Discovery with this model's names added to the rules' candidates, before the same last look
    every candidate gets; None: the rules alone."""
    if model is None:
        yield
        return
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    try:
        with with_candidates(lambda finder, found: with_tagged(finder, found, tagger, accept)):
            yield
    finally:
        tagger.close()
