"""The sequence-tagger experiment (bench/tagger.py, bench/tagger_model.py): the parts its measured
figures rest on. Its training data is the development texts only; the annotations' forms become
token labels where discovery's own tokens stand, clitics and all; each token's features say what
the project's word lists say of it. (The tagger itself needs python-crfsuite, which the generator
does not depend on: these tests do not train.)
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
EVAL_DIR = REPO / "tests" / "data" / "extraction_eval"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", REPO / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def model():
    return _load("tagger_model")


@pytest.fixture(scope="module")
def bench():
    return _load("tagger")


@pytest.fixture(scope="module")
def austin(model):
    """A development text whose forms carry clitics (لأوستن، وأوكرانيا) and span two words."""
    data = yaml.safe_load((EVAL_DIR / "aawsat-austin-kyiv.yml").read_text(encoding="utf-8"))
    assert data["split"] == "dev" and "batch" not in data
    finder = model.finder_for(data["text"])
    return data["text"], finder.tokens, model.gold_labels(finder.tokens, data["text"], data["entities"]), finder


def _label_of(text, tokens, labels, written: str, nth: int = 0) -> list[str]:
    at = -1
    for _ in range(nth + 1):
        at = text.find(written, at + 1)
    return [label for token, label in zip(tokens, labels) if at <= token.start and token.end <= at + len(written)]


def test_training_reads_only_development_texts(bench):
    """No held-out text and no text of a held-out batch is ever training data."""
    names = {name for name, *_ in bench.development_items()}
    for path in EVAL_DIR.glob("*.yml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert (path.stem in names) == (data["split"] == "dev" and "batch" not in data), path.name


def test_forms_become_labels_on_discoverys_tokens(austin):
    text, tokens, labels, _ = austin
    assert _label_of(text, tokens, labels, "لويد أوستن") == ["B-person", "I-person"]
    assert _label_of(text, tokens, labels, "الولايات المتحدة") == ["B-place", "I-place"]
    # A clitic stays on its word: the label covers the written word, as the form does.
    assert _label_of(text, tokens, labels, "لأوستن") == ["B-person"]
    assert _label_of(text, tokens, labels, "وأوكرانيا") == ["B-place"]
    # Words no form names stay outside; a form is only read at word edges (not روسيا in الروسي).
    assert _label_of(text, tokens, labels, "وزير الدفاع") == ["O", "O"]
    assert _label_of(text, tokens, labels, "الروسي") == ["O"]


def test_features_read_the_projects_own_lists(model, austin):
    text, tokens, _, finder = austin
    rows = model.features(finder)
    assert len(rows) == len(tokens)
    at = {text[t.start:t.end]: row for t, row in zip(tokens, rows)}
    assert "f=role" in at["وزير"] and "f=verb" in at["قال"]
    assert "f=place1" in at["كييف"] and "f=placecue" in at["العاصمة"]
    assert "f=orghead" in at["لوكالة"] and "f=adjective" in at["الأوكراني"]
    # The clitic is read off into a stem of its own, and the neighbours are seen from both sides.
    assert {"clitic=ل", "s=اوستن"} <= set(at["لأوستن"])
    assert "-1:f=role" in at["الدفاع"] and "1:w=الدفاع" in at["وزير"] and "2:f=adjective" in at["وزير"]


def test_acceptance_rules_as_written_on_the_command_line(model):
    accept = model.parse_accept("person=0.9,organization=0.5:1")
    assert accept == {"person": {"threshold": 0.9}, "organization": {"threshold": 0.5, "max_words": 1}}
    assert model._accepted(accept, "person", 3, 0.95)
    assert not model._accepted(accept, "person", 2, 0.85)
    assert not model._accepted(accept, "organization", 2, 0.99)  # several words: not from the tagger
    assert not model._accepted(accept, "place", 1, 1.0)  # a type not listed is never proposed


def test_the_candidates_hook_reaches_discovery(model):
    # The experiment adds the tagger's names where discovery looks at its candidates; a hook that
    # patched a name discovery does not call would leave every "rules + tagger" figure the rules'.
    from generator.extract.unknown import find_unknown_names

    text = "وقال وزير الخارجية الأوغندي جيجي أودونغو إن المحادثات مستمرة."
    assert any(p.name == "جيجي أودونغو" for p in find_unknown_names(text, []))
    with model.with_candidates(lambda finder, found: []):
        assert find_unknown_names(text, []) == []
    assert any(p.name == "جيجي أودونغو" for p in find_unknown_names(text, []))
