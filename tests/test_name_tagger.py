"""The name tagger (generator/extract/name_tagger.py) and its training (bench/tagger_model.py,
bench/tagger.py): it learns only from development texts; the annotations' forms become token labels
where discovery's own tokens stand, clitics and all; each token's features say what the project's
word lists say of it; the model in generator/data/ is the one today's development texts and
features make; and discovery proposes what it adds, after the same last look as the rules'.
"""
from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

from generator.extract import name_tagger
from generator.extract.unknown import find_unknown_names

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
    from generator.extract.name_tagger import accepted

    def words(n: int):
        return model.finder_for("وصل جون ماكدونالد روبرتسون أمس").tokens[1:1 + n]

    accept = model.parse_accept("person=0.9,organization=0.5:1")
    assert accept == {"person": {"threshold": 0.9}, "organization": {"threshold": 0.5, "max_words": 1}}
    assert accepted(accept, "person", words(3), 0.95)
    assert not accepted(accept, "person", words(2), 0.85)
    assert not accepted(accept, "organization", words(2), 0.99)  # several words: not from the tagger
    assert not accepted(accept, "place", words(1), 1.0)  # a type not listed is never proposed


def test_a_place_of_one_word_is_taken_from_the_tagger_only_if_it_is_a_rare_word(model):
    from generator.extract.name_tagger import ACCEPT, accepted

    _, countryside, _, city = model.finder_for("زار الريف ثم نواذيبو").tokens
    assert accepted(ACCEPT, "place", [city], 0.95)
    assert not accepted(ACCEPT, "place", [countryside], 0.95)  # a word first
    assert not accepted(ACCEPT, "place", [city], 0.85)


def test_the_model_is_the_one_todays_development_texts_make(model, bench):
    """The model in generator/data/ was trained on today's development texts with today's features
    and parameters (its record says so); if not, `make tagger` trains it again."""
    record = yaml.safe_load(model.RECORD.read_text(encoding="utf-8"))
    items = [(name, text, entities) for name, text, entities, _ in bench.development_items()]
    assert record["texts"] == len(items)
    assert record["training_digest"] == model.training_digest(items), (
        "the development texts, the tagger's features or its training parameters changed since "
        "generator/data/name_tagger.crfsuite was trained: run `make tagger` and commit both files")
    assert record["model_sha256"] == hashlib.sha256(name_tagger.MODEL.read_bytes()).hexdigest()


def test_training_is_deterministic(model, tmp_path):
    """The same texts give the same model bytes: the committed model can be checked by anyone."""
    items = [(path.stem, data["text"], data["entities"]) for path in sorted(EVAL_DIR.glob("a*.yml"))[:12]
             if (data := yaml.safe_load(path.read_text(encoding="utf-8")))["split"] == "dev"]
    model.train(items, tmp_path / "one.crfsuite", {**model.TRAINING, "max_iterations": 20})
    model.train(items, tmp_path / "two.crfsuite", {**model.TRAINING, "max_iterations": 20})
    assert (tmp_path / "one.crfsuite").read_bytes() == (tmp_path / "two.crfsuite").read_bytes()


# Clubs no cue marks here (one sports word is too little for the rules' match report), which the
# rules alone leave and the tagger reads from the words themselves and their neighbours.
# Two clubs no cue marks (with "فريق" before the first, the model of session 21 reads "فريق الوداد" whole, the
# head being one of the club's forms since the convention of 2026-12-13, and several-word organisations are left out)
UNCUED = "ويستعد الوداد لمواجهة الرجاء في الديربي."


def test_discovery_proposes_what_the_tagger_adds():
    with name_tagger.model_in_use(None):
        assert find_unknown_names(UNCUED, []) == []
    found = {p.name: p.type for p in find_unknown_names(UNCUED, [])}
    assert found == {"الوداد": "organization", "الرجاء": "organization"}


@pytest.mark.parametrize("text, not_proposed", [
    ("عاجل - بيروت\nأعلنت الوزارة عن خطة جديدة لتوزيع المياه على الأحياء.", "عاجل"),  # a line's label
    ("وجاء ماركو الثاني في الترتيب العام للسباق.", "ماركو الثاني"),  # a rank, not a monarch's number
    ("وسجلت إصابة جديدة بمتلازمة الشرق الأوسط التنفسية \"ميرس\" في المدينة.", "ميرس"),  # a disease's short name
    ("ووقعت شركة سوناطراك (SONATRACH) عقدا جديدا.", "SONATRACH"),  # a name's Latin gloss
])
def test_what_the_tagger_reads_as_a_name_obeys_the_rules_grammar(text, not_proposed):
    assert not_proposed not in {p.name for p in find_unknown_names(text, [])}


def test_the_tagger_adds_nothing_where_a_rule_candidate_stands(model):
    from generator.extract.finder import Found

    finder = model.finder_for(UNCUED)
    at = {token.word: k for k, token in enumerate(finder.tokens)}
    club, rival = at["الوداد"], at["الرجاء"]
    with name_tagger.model_in_use(None):
        assert name_tagger.with_tagged(finder, []) == []
    assert [(f.start, f.end) for f in name_tagger.with_tagged(finder, [])] == [(club, club + 1), (rival, rival + 1)]
    # where a rule candidate stands the tagger says nothing; it adds the rest after it, in text order
    rule = Found(club - 1, club + 1, "organization")
    assert [(f.start, f.end) for f in name_tagger.with_tagged(finder, [rule])] == [(club - 1, club + 1), (rival, rival + 1)]


def test_the_extraction_cache_is_keyed_by_the_model():
    from generator.extract.cache import fingerprinted_files

    assert name_tagger.MODEL in fingerprinted_files()


def test_a_missing_model_says_how_to_make_it(tmp_path):
    with name_tagger.model_in_use(tmp_path / "gone.crfsuite"), pytest.raises(FileNotFoundError, match="make tagger"):
        find_unknown_names(UNCUED, [])
