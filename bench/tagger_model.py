"""Training the name tagger of generator/extract/name_tagger.py (a linear-chain CRF, python-crfsuite)
on the hand-annotated development texts, and the record of what a model was trained on.

Each token of discovery's own tokenisation (finder.py's `Finder`) gets a label: B-/I- and a type
(person, organization, place, agreement) or O, projected from the annotations' `forms`. An attached
clitic (و ف ب ل ك ال) stays on the token: the label covers the whole written word, as the forms do.
The features are the generator's own (tagger_features.features), so a model is trained on exactly what
it will read. Training is deterministic: the same texts and features give the same model bytes.
"""
from __future__ import annotations

import hashlib
import inspect
import json
from pathlib import Path
from typing import Iterable

from generator.extract import name_tagger, tagger_features
from generator.extract.name_tagger import TYPES
from generator.extract.tagger_features import features

# python-crfsuite's L-BFGS training: L1 and L2 regularisation. c1 0.3 / c2 0.01 measured the same in
# cross-validation as 0.1 / 0.05, with a model half the size.
TRAINING = {"c1": 0.3, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
RECORD = name_tagger.MODEL.with_suffix(".yml")


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
    from generator.extract.finder import Finder
    from generator.extract.unknown import load_cues
    from generator.text.analysis import analyse

    return Finder(analyse(text), mentions, load_cues())


def training_digest(items: Iterable[tuple[str, str, list[dict]]], params: dict = TRAINING) -> str:
    """What a model is made from: the training texts and their annotations, the feature code
    (tagger_features.py) and the training parameters. The model's record keeps it; a test compares
    it with today's."""
    digest = hashlib.sha256()
    for name, text, entities in sorted(items, key=lambda item: item[0]):
        digest.update(json.dumps([name, text, entities], ensure_ascii=False, sort_keys=True, default=str).encode())
    digest.update(inspect.getsource(tagger_features).encode())
    digest.update(json.dumps(params, sort_keys=True).encode())
    return digest.hexdigest()


def train(items: Iterable[tuple[str, str, list[dict]]], model: Path, params: dict = TRAINING) -> None:
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


def record_text(items: list, model: Path, params: dict = TRAINING) -> str:
    """The record written beside the generator's model (generator/data/name_tagger.yml)."""
    return (f"# Written by `make tagger` (bench/tagger.py --train): what {model.name} was trained on.\n"
            f"# tests/test_name_tagger.py compares training_digest with the development texts and the\n"
            f"# tagger's feature code of today: when they differ, run `make tagger` and commit both files.\n"
            f"texts: {len(items)}\n"
            f"training_digest: {training_digest(items, params)}\n"
            f"model_sha256: {hashlib.sha256(model.read_bytes()).hexdigest()}\n"
            f"params: {json.dumps(params, sort_keys=True)}\n")


def parse_accept(text: str) -> dict:
    """Acceptance rules written "person=0.9,organization=0.5:1" (type=least marginal[:most words])."""
    accept = {}
    for part in filter(None, text.split(",")):
        kind, _, rule = part.partition("=")
        threshold, _, words = rule.partition(":")
        accept[kind.strip()] = {"threshold": float(threshold), **({"max_words": int(words)} if words else {})}
    return accept
