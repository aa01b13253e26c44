"""The benchmark corpus (bench/corpus.py): deterministic, valid, and as varied as real news."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import tree
from generator.extract.article import extract_article
from generator.extract.entities import EntityMatcher
from generator.extract.unknown import find_unknown_names
from generator.read.content import read_articles
from generator.read.registry import entity_id, load_registry

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
import corpus  # noqa: E402

SEED_ENTITIES = len(list((REPO / "content/entities").rglob("*.md")))


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    return corpus.generate(40, seed=7, out=tmp_path_factory.mktemp("corpus") / "archive", entities=400)


@pytest.fixture(scope="module")
def read(archive):
    articles, problems = read_articles(archive)
    entities, registry_problems = load_registry(archive)
    return articles, problems, entities, registry_problems


def test_same_seed_same_bytes_other_seed_other_articles(archive, tmp_path):
    again = corpus.generate(40, seed=7, out=tmp_path / "again", entities=400)
    other = corpus.generate(40, seed=8, out=tmp_path / "other", entities=400)
    assert tree(archive) == tree(again)
    articles = {name: data for name, data in tree(archive).items() if name.startswith("content/articles/")}
    other_articles = {name: data for name, data in tree(other).items() if name.startswith("content/articles/")}
    assert len(articles) == len(other_articles) == 40
    assert set(articles.values()).isdisjoint(other_articles.values())


def test_the_copy_is_a_repository_without_its_articles_tests_or_outputs(archive):
    for kept in ("Makefile", "mkdocs.yml", "pyproject.toml", "generator/cli.py", "site_config/site.yml",
                 "content/entities/person/sergei-shoigu.md"):
        assert (archive / kept).is_file(), kept
    for left_out in (".git", ".venv", "site", "build", "tests", "bench/out"):
        assert not (archive / left_out).exists(), left_out
    assert not list((archive / "content/articles").rglob("*أوستن*"))  # no seed article
    assert not list(archive.rglob("__pycache__"))


def test_articles_are_valid_and_300_to_1200_words(read):
    articles, problems, _, _ = read
    assert problems == []
    assert len(articles) == 40
    for article in articles:
        assert 300 <= len(article.body.split()) <= 1200, article.path
        assert re.fullmatch(r"content/articles/(\d{4})/\1-\d\d-\d\d-bench-\d{5}\.md", article.path)
        assert article.source and article.url.startswith("https://")
    assert len({article.date.year for article in articles}) > 3


def test_the_registry_grows_by_the_synthetic_entities_without_clashes(read, archive):
    _, _, entities, problems = read
    assert [p for p in problems if p.level == "error"] == []
    assert [p for p in problems if p.level == "warning"] == []
    assert len(entities) == SEED_ENTITIES + 400
    by_type = {}
    for entity in entities:
        by_type[entity.type] = by_type.get(entity.type, 0) + 1
        assert Path(entity.path).stem == entity.id == entity_id(entity.name_en)
    assert set(by_type) == {"person", "organization", "place", "agreement"}
    assert sum(1 for entity in entities if entity.aliases and "كيان اصطناعي" in entity.description) > 20


def test_dates_come_in_every_month_system(read):
    articles, *_ = read
    text = "\n".join(article.body for article in articles)
    for months in (["يناير", "فبراير", "أبريل", "أغسطس"],           # Egyptian (CLDR ar)
                   ["كانون الثاني", "شباط", "آذار", "أيلول"],       # Levantine (ar_SY)
                   ["جانفي", "فيفري", "جويلية", "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر"],  # Maghreb
                   ["محرم", "رمضان", "شوال", "ذو الحجة", "شعبان"]):  # Hijri
        assert any(month in text for month in months), months
    assert re.search(r"[٠-٩]{4}", text), "Arabic-Indic digits"
    assert re.search(r"\d+ [^\s/]+/ ?[^\s/]+", text), "paired month names"
    assert " هـ" in text


def test_the_generator_finds_synthetic_entities_in_other_spellings_and_unknown_people(read):
    articles, _, entities, _ = read
    matcher = EntityMatcher(entities)
    synthetic = {entity.id for entity in entities if "كيان اصطناعي" in entity.description}
    names = {entity.id: {entity.name, *entity.aliases} for entity in entities}
    respelled = clitic = unknown = 0
    for article in articles:
        extraction = extract_article(article, matcher)
        found = [m for m in extraction.mentions if m.entity_id in synthetic]
        assert found, article.path
        respelled += sum(1 for m in found if m.text not in names[m.entity_id])
        clitic += sum(1 for m in found if article.body[m.start - 1:m.start] in ("و", "ب", "ل", "ف"))
        assert len(extraction.dates) >= 2, article.path
        unknown += len(find_unknown_names(article.body, list(extraction.mentions)))
    assert respelled > 200 and clitic > 100 and unknown > 30, (respelled, clitic, unknown)


def test_command_line_writes_an_archive_and_refuses_a_full_folder(tmp_path):
    out = tmp_path / "cli"
    command = [sys.executable, str(REPO / "bench/corpus.py"), "3", "--seed", "2", "--entities", "20", "--out", str(out)]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "3 articles" in done.stdout
    assert len(list((out / "content/articles").rglob("*.md"))) == 3
    again = subprocess.run(command, capture_output=True, text=True)
    assert again.returncode != 0 and "not empty" in again.stderr
