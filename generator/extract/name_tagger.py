"""A statistical sequence tagger (a linear-chain CRF, python-crfsuite) as one more source of
discovery's candidates beside the cues of finder.py: it proposes names that no cue marks
("ذكرت شركة X", a surname in a list, a brand), learned from the hand-annotated development texts of
tests/data/extraction_eval/ (never from a held-out text). The model is generator/data/name_tagger.crfsuite,
written by `make tagger` (bench/tagger.py --train); name_tagger.yml beside it records what it was
trained on, and a test says when the training texts or the features (tagger_features.py) changed
since. A label covers the whole written word, clitic included (as the annotations' forms do); the
proposal's name is written without it, as a rule proposal is.

The tagger only adds: where a rule candidate or a registry name stands it says nothing, and what it
adds gets the same last look (proposal_guard.checked) as the rules' candidates. Which of its names
are proposed is ACCEPT, chosen by cross-validation on the development texts (bench/tagger.py).
"""
from __future__ import annotations

import contextlib
import functools
from pathlib import Path

from generator.data import DATA_DIR
from generator.extract.finder import Found, token_is_nisba, zipf
from generator.extract.tagger_features import BRACKETS_OPEN, QUOTES, features

MODEL = DATA_DIR / "name_tagger.crfsuite"
TYPES = ("person", "organization", "place", "agreement")  # the labels the model is trained on
# Which of the tagger's names are proposed, by type: each of its labels has at least this marginal
# probability, it has at most max_words words, and a name of one word is rarer in general Arabic
# than one_word_zipf_below (wordfreq); a type not listed is never proposed by the tagger. Chosen by
# cross-validation on the development texts: its several-word organisations (مجلس الوزراء، البنك
# المركزي) were right about half the time, under the rules' precision; its persons at 0.9 and its
# one-word organisations (brands, acronyms) were not; its places at 0.9 were right 7 times in 10,
# and 28 times in 30 once a one-word place is a rare word (الريف، بركة، العيون are words first).
ACCEPT = {"person": {"threshold": 0.9}, "organization": {"threshold": 0.5, "max_words": 1},
          "place": {"threshold": 0.9, "one_word_zipf_below": 4.0}}

_in_use: tuple[Path | None, dict] = (MODEL, ACCEPT)  # the model discovery tags with, and what it accepts


@functools.lru_cache(maxsize=4)
def _opened(model: Path):
    import pycrfsuite

    if not model.is_file():
        raise FileNotFoundError(f"{model}: the name tagger's model is missing; `make tagger` trains it again "
                                "from the development texts (tests/data/extraction_eval/)")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    return tagger


@contextlib.contextmanager
def model_in_use(model: Path | None, accept: dict = ACCEPT):
    """Discovery with another model or acceptance rules (the benchmark's cross-validation folds),
    or with no model: the rules alone."""
    global _in_use
    before = _in_use
    _in_use = (model, accept)
    try:
        yield
    finally:
        _in_use = before


def accepted(accept: dict, kind: str, tokens, confidence: float) -> bool:
    """Does a tagged name of these tokens, its least marginal `confidence`, pass ACCEPT's rule for its type?"""
    rule = accept.get(kind)
    if rule is None or confidence < rule["threshold"] or len(tokens) > rule.get("max_words", len(tokens)):
        return False
    return len(tokens) > 1 or zipf(tokens[0].plain_stems[0]) < rule.get("one_word_zipf_below", 99.0)


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


def _reads_as_name(finder, kind: str, start: int, end: int) -> bool:
    """The grammar the rules' own names obey, asked of a tagged one: each word of a person's name
    could be a name's word where it stands (no verb, role, common word, place or clitic: finder's
    `name_word`) and a monarch's number is the rules' to read (ماركو الثاني in a race is second);
    an organisation of one word is no common word, nisba or adverb, and one in brackets or quotes
    is the rules' to read (a body's short name, or a disease's, a programme's, a name's Latin
    gloss); a place has no common word and no nisba (الروسية is no place), of one word no clitic,
    and after a head that is a common noun too (حقل، قلعة) no word wordfreq knows well (finder's
    `landmark_adjective`: "حقل ألغام" is a minefield); a name in Latin letters is the rules' to read too; no name is a line's label (عاجل،
    المصدر: unknown.yml's line_labels and byline_labels)."""
    cues = finder.cues
    tokens = finder.tokens[start:end]
    if any(token.word in cues.line_labels or token.word in cues.byline_labels or token.word.isascii()
           for token in tokens):
        return False
    if kind == "person":
        return all(finder.name_word(token) for token in tokens) and tokens[-1].word not in cues.regnal_ordinals
    if kind == "organization" and len(tokens) == 1:
        token = tokens[0]
        set_off = any(mark in token.gap for mark in BRACKETS_OPEN + QUOTES)
        return not (set_off or finder.common(token) or token_is_nisba(token) or token.tanwin or finder.adverb(token))
    if kind == "place":
        if len(tokens) == 1:
            return not (finder.common(tokens[0]) or token_is_nisba(tokens[0]) or finder.carries_clitic(tokens[0]))
        return not (any(finder.common(token) or token_is_nisba(token) for token in tokens)
                    or not tokens[1].article and finder.landmark_adjective(start, tokens[1]))
    return True


def with_tagged(finder, found: list) -> list:
    """The rule candidates of one text with the tagger's added where no rule candidate and no
    registry name stands (rules first), in text order."""
    model, accept = _in_use
    if model is None or not finder.tokens:
        return found
    tagger = _opened(model)
    taken = set()
    for candidate in found:
        taken.update(range(candidate.start, candidate.end))
    tokens = finder.tokens
    added = []
    for start, end, kind, confidence in tagged_spans(finder, tagger):
        if not accepted(accept, kind, tokens[start:end], confidence) or any(
                k in taken or tokens[k].covered for k in range(start, end)):
            continue
        if not _reads_as_name(finder, kind, start, end):
            continue
        first = tokens[start]
        # One clitic letter read off the first word (لسوناطراك، والأهلي), as the rules do.
        conjunction = first.word[1:] in first.stems[1:] and finder.carries_clitic(first)
        added.append(Found(start, end, kind, conjunction=conjunction, tagged=True))
    return sorted([*found, *added], key=lambda candidate: (candidate.start, candidate.end))
