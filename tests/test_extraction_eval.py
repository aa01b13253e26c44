"""The extraction evaluation set (tests/data/extraction_eval/): every file follows the shared format.

Real Arabic news excerpts, annotated by hand; bench/extraction.py scores the extractor on them.
These tests check the annotations themselves, not the extractor: required keys, every form and
date text an exact substring of the text, valid types, precisions and ISO values, registry ids
that exist, a source address. A slip here would silently skew every figure the benchmark prints.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
EVAL_DIR = REPO / "tests" / "data" / "extraction_eval"
REGISTRY = REPO / "content" / "entities"

REQUIRED = ("source", "outlet", "outlet_country", "topic", "published", "published_from", "shape", "split",
            "text", "entities", "dates")
ENTITY_REQUIRED = ("name", "name_en", "type", "forms", "registry")
DATE_REQUIRED = ("text", "value", "precision")
ENTITY_TYPES = {"person", "organization", "place", "agreement"}
SHAPES = {"one-paragraph", "lines", "dateline-first-paragraph"}
SPLITS = {"dev", "heldout"}
VALUE_FORMS = {"day": (r"\d{4}-\d\d-\d\d", "%Y-%m-%d"), "month": (r"\d{4}-\d\d", "%Y-%m"), "year": (r"\d{4}", "%Y")}
FILE_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+\.yml")

FILES = sorted(EVAL_DIR.glob("*.yml"))


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def registry_ids() -> dict[str, str]:
    """id -> type folder, for every registry file."""
    return {f.stem: f.parent.name for f in REGISTRY.glob("*/*.md")}


def check_value(value, precision: str, where: str) -> None:
    """A date value is ISO at its precision and a real calendar date."""
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    pattern, fmt = VALUE_FORMS[precision]
    assert re.fullmatch(pattern, text), f"{where}: value {text!r} is not {pattern} for precision {precision}"
    dt.datetime.strptime(text, fmt)  # raises on 2024-02-30


def test_the_set_is_there():
    assert len(FILES) >= 20, "the evaluation set should hold at least 20 texts"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_file_follows_the_format(path: Path):
    assert FILE_NAME.fullmatch(path.name), f"{path.name}: name it <outlet-slug>-<short-topic-slug>.yml in ASCII"
    data = load(path)
    missing = [key for key in REQUIRED if key not in data]
    assert not missing, f"{path.name}: missing keys {missing}"

    url = urlparse(str(data["source"]))
    assert url.scheme in ("http", "https") and url.netloc, f"{path.name}: source is not a URL"
    assert re.fullmatch(r"[A-Z]{2}", str(data["outlet_country"])), f"{path.name}: outlet_country is not ISO"
    assert re.fullmatch(r"[a-z]+", str(data["topic"])), f"{path.name}: topic is one lower-case word"
    published = data["published"]
    assert isinstance(published, dt.date) or dt.date.fromisoformat(str(published)), path.name
    assert data["shape"] in SHAPES, f"{path.name}: shape {data['shape']!r}"
    assert data["split"] in SPLITS, f"{path.name}: split {data['split']!r}"
    text = data["text"]
    assert isinstance(text, str) and text.strip(), f"{path.name}: empty text"

    registry = registry_ids()
    names = set()
    for entity in data["entities"]:
        where = f"{path.name}: entity {entity.get('name')!r}"
        missing = [key for key in ENTITY_REQUIRED if key not in entity]
        assert not missing, f"{where}: missing {missing}"
        assert entity["type"] in ENTITY_TYPES, f"{where}: type {entity['type']!r}"
        assert str(entity["name_en"]).strip(), f"{where}: empty name_en"
        assert entity["forms"], f"{where}: no forms"
        for form in entity["forms"]:
            assert str(form) in text, f"{where}: form {form!r} is not in the text"
        assert len(set(map(str, entity["forms"]))) == len(entity["forms"]), f"{where}: a form listed twice"
        if entity["registry"] is not None:
            assert entity["registry"] in registry, f"{where}: no registry file {entity['registry']}"
            assert registry[entity["registry"]] == entity["type"], f"{where}: registry type differs"
        assert (entity["name"], entity["type"]) not in names, f"{where}: listed twice"
        names.add((entity["name"], entity["type"]))

    for date in data["dates"]:
        where = f"{path.name}: date {date.get('text')!r}"
        missing = [key for key in DATE_REQUIRED if key not in date]
        assert not missing, f"{where}: missing {missing}"
        assert str(date["text"]) in text, f"{where}: not in the text"
        assert date["precision"] in VALUE_FORMS, f"{where}: precision {date['precision']!r}"
        check_value(date["value"], date["precision"], where)
        if date.get("end_value") is not None:
            check_value(date["end_value"], date["precision"], where)


def test_the_benchmark_reads_every_file():
    """bench/extraction.py loads the same files with the same values the format describes."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("bench_extraction", REPO / "bench" / "extraction.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # dataclasses look their module up while the file runs
    spec.loader.exec_module(bench)
    texts = bench.load_texts(EVAL_DIR)
    assert [t.name for t in texts] == [p.stem for p in FILES]
    for text in texts:
        assert text.split in SPLITS
        spans = []
        for date in text.dates:
            # Every gold date has its own place: same texts are listed as often as they occur, and a
            # short one ("اليوم") is not put inside a longer one ("اليوم الاثنين").
            assert date.start >= 0, f"{text.name}: {date.text!r} listed more often than it occurs apart"
            assert text.text[date.start:date.end] == date.text
            assert not any(date.start < e and s < date.end for s, e in spans), f"{text.name}: {date.text!r}"
            spans.append((date.start, date.end))


def test_both_splits_are_used():
    splits = [load(p)["split"] for p in FILES]
    assert splits.count("heldout") >= len(FILES) // 4, "about a third of the texts are held out"
    assert splits.count("dev") >= len(FILES) // 2
