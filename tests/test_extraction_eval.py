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
# Every key an entry may have: a comma left unquoted in a flow mapping ({text: 2nd, November 2023, ...}) cuts
# the value short and leaves its rest as a stray key, which only this catches.
ENTITY_KEYS = {*ENTITY_REQUIRED, "role"}
DATE_KEYS = {*DATE_REQUIRED, "end_value"}
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


def _is_day_label(value) -> bool:
    """A batch or `added:` label: the day (a YAML date), or the day and -2 for its second batch."""
    if isinstance(value, dt.date):
        return True
    match = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(-\d)?", str(value))
    return bool(match) and bool(dt.date.fromisoformat(match[1]))


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
    if "batch" in data:  # a held-out batch added later, named by the day it was added (-2: the day's second)
        assert _is_day_label(data["batch"]), f"{path.name}: batch is not a date (YYYY-MM-DD, or YYYY-MM-DD-2 for a day's second)"
        assert data["split"] == "heldout", f"{path.name}: a later batch is held out"
    if "added" in data:  # development texts added after the floors were set, named by the day
        assert _is_day_label(data["added"]), f"{path.name}: added is not a date (YYYY-MM-DD, or YYYY-MM-DD-2)"
        assert data["split"] == "dev" and "batch" not in data, f"{path.name}: `added:` marks development texts"
    text = data["text"]
    assert isinstance(text, str) and text.strip(), f"{path.name}: empty text"

    registry = registry_ids()
    names = set()
    for entity in data["entities"]:
        where = f"{path.name}: entity {entity.get('name')!r}"
        missing = [key for key in ENTITY_REQUIRED if key not in entity]
        assert not missing, f"{where}: missing {missing}"
        stray = set(map(str, entity)) - ENTITY_KEYS
        assert not stray, f"{where}: unknown keys {sorted(stray)} (quote a value that holds a comma)"
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
        stray = set(map(str, date)) - DATE_KEYS
        assert not stray, f"{where}: unknown keys {sorted(stray)} (quote a value that holds a comma)"
        assert str(date["text"]) in text, f"{where}: not in the text"
        assert date["precision"] in VALUE_FORMS, f"{where}: precision {date['precision']!r}"
        check_value(date["value"], date["precision"], where)
        if date.get("end_value") is not None:
            check_value(date["end_value"], date["precision"], where)


@pytest.fixture(scope="module")
def bench():
    """bench/extraction.py as a module (it is a script, not a package)."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("bench_extraction", REPO / "bench" / "extraction.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def test_the_benchmark_reads_every_file(bench):
    """bench/extraction.py loads the same files with the same values the format describes."""
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


def test_names_match_through_folding_and_clitics_only(bench):
    def meet(a: str, b: str) -> bool:
        return bool(bench.name_keys(a) & bench.name_keys(b))

    assert meet("بالمغرب", "المغرب") and meet("المغرب", "مغرب")
    assert meet("للهلال", "الهلال") and meet("وبوتين", "بوتين")
    assert meet("إبراهيم جابر", "ابراهيم جابر")  # hamza folded
    assert meet("#عبدالفتاح_البرهان", "عبدالفتاح البرهان")  # a hashtag
    assert not meet("الدبيبة بمدينة", "الدبيبة")  # the next word glued on is not the name
    assert not meet("عبد الحميد", "عبد الحميد الدبيبة")
    assert not meet("وكالة أنباء الكويت الرسمية", "وكالة أنباء الكويت")


def _toy_text(bench):
    text = "بوتين يزور مصر اليوم\nقال الرئيس فلاديمير بوتين اليوم الاثنين إن وزير الخارجية سامح شكري سيزور موسكو.\n"
    entities = (
        bench.GoldEntity("فلاديمير بوتين", "Vladimir Putin", "person", ("بوتين", "فلاديمير بوتين"), "vladimir-putin"),
        bench.GoldEntity("مصر", "Egypt", "place", ("مصر",), "egypt"),
        bench.GoldEntity("سامح شكري", "Sameh Shoukry", "person", ("سامح شكري",), None),
        bench.GoldEntity("موسكو", "Moscow", "place", ("موسكو",), "moscow"),
        bench.GoldEntity("وكالة تاس", "TASS", "organization", ("تاس",), None),
    )
    dates = bench._place_dates(text, [
        {"text": "اليوم", "value": dt.date(2022, 11, 28), "precision": "day"},
        {"text": "اليوم الاثنين", "value": "2022-11-28", "precision": "day"},
    ])
    return bench.EvalText("toy", "toy outlet", "dev", "seed", dt.date(2022, 11, 28), text, entities, dates)


def test_scores_follow_the_documented_rules(bench):
    item = _toy_text(bench)
    title, body = item.text.split("\n", 1)
    at = body.index("اليوم")
    result = {
        "title": title, "body": body,
        "entities": [{"id": "vladimir-putin"}, {"id": "moscow"}, {"id": "france"}],
        "dates": [
            {"text": "اليوم", "start": title.index("اليوم"), "end": title.index("اليوم") + 5, "value": "2022-11-28",
             "precision": "day", "field": "title"},  # the headline's date, offsets into the title
            {"text": "اليوم الاثنين", "start": at, "end": at + 13, "value": "2022-11-21", "precision": "day"},
        ],
        "unknown_names": [{"name": "وسامح شكري", "type": "person", "count": 1}, {"name": "الرئيس", "type": "person"}],
    }
    score = bench.score_text(item, result)
    assert (score.linking_found, score.linking_gold) == (2, 3)  # Egypt missed
    assert (score.linked_correct, score.linked) == (2, 3)  # France is not in the text
    assert score.discovery_found["person"] == 1 and score.discovery_gold["person"] == 1
    assert score.discovery_gold["agency"] == 1 and score.discovery_found["agency"] == 0
    assert (score.proposals_correct, score.proposals) == (1, 2)
    # by the proposal's own type: both were people, one right
    assert (score.proposals_correct_by_type, score.proposals_by_type) == ({"person": 1}, {"person": 2})
    by_type = bench.figures([score])["discovery_precision"]["by_type"]
    assert by_type["person"] == {"precision": 0.5, "correct": 1, "proposals": 2}
    assert by_type["place"] == {"precision": None, "correct": 0, "proposals": 0}
    assert (score.dates_found, score.dates_gold) == (1, 2)  # the body's weekday has the wrong value
    assert (score.dates_correct, score.dates_extracted) == (1, 2)

    refused = bench.score_text(item, None, "only a title was found")
    assert refused.refused and refused.linking_found == 0 and refused.dates_found == 0
    assert refused.linking_gold == 3 and refused.dates_gold == 2


def test_both_splits_are_used():
    # the split of the set rules were written against; later batches are all held out and later
    # development texts (`added:`) all dev (checked above): the first set keeps its proportions
    splits = [data["split"] for data in map(load, FILES) if "batch" not in data and "added" not in data]
    assert splits.count("heldout") >= len(splits) // 4, "about a third of the texts are held out"
    assert splits.count("dev") >= len(splits) // 2


def test_a_place_meets_its_gold_by_cldr_english_name_only(bench):
    kuwait = bench.GoldEntity("الكويت", "Kuwait", "place", ("الكويت",), None)
    item = bench.EvalText("toy", "toy outlet", "dev", "gulf", dt.date(2024, 1, 1), "تحل دولة الكويت ضيف الشرف.",
                          (kuwait,), ())
    long_form = {"name": "دولة الكويت", "type": "place", "name_en": "Kuwait"}
    score = bench.score_text(item, {"unknown_names": [long_form]})
    assert score.discovery_found["place"] == 1 and score.proposals_correct == 1
    # a transliterated English name is no evidence, nor is a person with the same English name
    for proposal in ({"name": "دولة الكويت", "type": "place", "name_en": bench.transliterate("دولة الكويت")},
                     {"name": "دولة الكويت", "type": "person", "name_en": "Kuwait"}):
        score = bench.score_text(item, {"unknown_names": [proposal]})
        assert score.discovery_found["place"] == 0 and score.proposals_correct == 0


# The figures bench/extraction.py prints on the set as it stood when they were set (the texts
# without a `batch:` or an `added:` key; README: "Extraction on real news"), held as floors a little below what is measured, so that a rule that helps one text and hurts
# others shows here. Raise them as extraction improves; the goals are above them.
FLOORS = {
    "refused": 0,
    "linking recall": 0.97, "linking precision": 0.93,
    "people proposed": 0.88, "organisations proposed": 0.73, "places proposed": 0.84,
    "proposal precision": 0.91,
    "dates recall": 0.97, "dates precision": 0.94,
}  # dates recall 0.95 -> 0.97 when the measured 0.989 rose to 0.994 (rules of the 2026-11-30-5 round)
# people 0.86 -> 0.88 when the measured 0.911 rose to 0.918 (ranks, laqabs, kunyas, آل: the 2026-11-30-6 round)


# A held-out batch added later, measured alone: nobody writing rules had seen it. Its floors sit a
# little below its first measurement (bench/extraction.py --batch 2026-11-29); the floors above stay
# on the texts they were measured on, so adding unseen text does not silently lower them. People
# rose from 0.70 to 0.78 with rules written on development texts only: the floor keeps that.
FRESH_BATCH = "2026-11-29"
FRESH_BATCH_FLOORS = {
    "linking recall": 0.85, "linking precision": 0.75,
    "people proposed": 0.81, "organisations proposed": 0.52, "places proposed": 0.65,
    "proposal precision": 0.84, "dates recall": 0.95, "dates precision": 0.90,
}  # people: 0.80 -> 0.83 with one-word names after a role, given names with the article, role words as family names
# proposal precision 0.85 -> 0.84: the convention of 2026-12-13 (an event is no entity) made a right proposal of an
# event's name a false one (108/127 -> 0.847 with the rule that proposes no event)

# A second held-out batch, collected from other outlets while rules were being written against the first
# (bench/extraction.py --batch 2026-11-30); its floors sit a little below its own first measurement.
# People rose from 0.81 to 0.83 (the first batch from 0.78 to 0.80) with rules written on development
# texts only (lists joined by و, lists of appointments, bylines on datelines): the floors keep that.
SECOND_BATCH = "2026-11-30"
SECOND_BATCH_FLOORS = {
    "linking recall": 0.80, "linking precision": 0.80,
    "people proposed": 0.80, "organisations proposed": 0.50, "places proposed": 0.80,
    "proposal precision": 0.85, "dates recall": 0.82, "dates precision": 0.84,
}  # places 0.81 -> 0.83 with a head and a name written with the article, a division by its direction (round 2026-11-30-6)
# A third, the day's second (23 texts from 23 further outlets), collected by someone who wrote no rule
# and read by no rule writer: it measured people 0.61, organisations 0.30, places 0.68, proposal
# precision 0.75 with the code of its day, and the floors below keep what the rules written on
# development texts since then gave it (people 0.67, organisations 0.45, places 0.73, precision 0.80;
# people 0.70 and precision 0.81 with whole names after titles and given names, and works' titles).
THIRD_BATCH = "2026-11-30-2"
THIRD_BATCH_FLOORS = {
    "linking recall": 0.80, "linking precision": 0.80,
    "people proposed": 0.68, "organisations proposed": 0.45, "places proposed": 0.70,
    "proposal precision": 0.77, "dates recall": 0.86, "dates precision": 0.90,
}
# A fourth, the day's third (18 texts from 18 further outlets in 17 countries, eleven topics outside
# politics), collected by someone who wrote no rule and never looked at what the extractor found on it:
# its first measurement was linking 1.00 / 1.00 (7 registry mentions), people 0.80, organisations 0.25,
# places 0.63, proposal precision 0.78, dates 0.85 / 0.93; the floors sit a little below (linking's
# where the other batches' are: with 7 registry mentions one miss is 0.86). The rules written on
# development texts the same day changed none of these figures.
FOURTH_BATCH = "2026-11-30-3"
FOURTH_BATCH_FLOORS = {
    "linking recall": 0.80, "linking precision": 0.80,
    "people proposed": 0.76, "organisations proposed": 0.26, "places proposed": 0.59,
    "proposal precision": 0.74, "dates recall": 0.81, "dates precision": 0.89,
}
# A fifth, the day's fourth (20 texts from 20 further outlets in 17 countries, fourteen topics), collected by
# someone who wrote no rule and never looked at what the extractor found on it: its first measurement was
# people 0.70, organisations 0.40, places 0.60, proposal precision 0.74, dates 0.90 / 0.87; the floors sit a
# little below. None of its texts names an entity of the registry, so it has no linking floor.
FIFTH_BATCH = "2026-11-30-4"
FIFTH_BATCH_FLOORS = {
    "people proposed": 0.66, "organisations proposed": 0.40, "places proposed": 0.60,
    "proposal precision": 0.70, "dates recall": 0.88, "dates precision": 0.85,
}  # dates 0.90 / 0.87 -> 0.92 / 0.88 with the dates rules written on development texts (2026-11-30-6 round)
# Organisations rose on the third, fourth and fifth batches (0.45 -> 0.48, 0.25 -> 0.28, 0.40 -> 0.42) and the
# fifth's places (0.60 -> 0.64) with rules written on development texts only (a country's body by its nisba,
# a court by its city, a body of the highest rank, a source line's outlets, a quarter or street with its head).
# A sixth (20 texts from 20 further outlets in 18 countries, twenty topics), collected by someone who wrote
# no rule and never ran the extractor: with the code from before the round's rules it measured people 0.69,
# organisations 0.50, places 0.62, proposal precision 0.74, dates 0.88 / 0.82; with them people 0.72,
# organisations 0.53, places 0.62, precision 0.77, dates unchanged. One registry mention: no linking floor.
# Places 0.62 -> 0.63 with the rules of the round 2026-11-30-6 (a division named by a direction and a place).
SIXTH_BATCH = "2026-11-30-5"
SIXTH_BATCH_FLOORS = {
    "people proposed": 0.68, "organisations proposed": 0.50, "places proposed": 0.62,
    "proposal precision": 0.75, "dates recall": 0.85, "dates precision": 0.80,
}  # precision 0.74 -> 0.75 when the measured 0.766 (85/111) rose to 0.780 (85/109): a place in a body's or a
# competition's name, a generic source word, written on development texts only
# A seventh (20 texts from 20 further outlets in 16 countries, seventeen topics), collected by someone who wrote
# no rule and never ran the extractor on it before it was annotated: its first measurement was people 0.69,
# organisations 0.34, places 0.78, proposal precision 0.75, dates 0.93 / 0.95; the floors sit 0.01 under them.
# Three registry mentions only (Egypt, France, Anadolu): no linking floor.
SEVENTH_BATCH = "2026-11-30-6"
SEVENTH_BATCH_FLOORS = {
    "people proposed": 0.68, "organisations proposed": 0.33, "places proposed": 0.77,
    "proposal precision": 0.73, "dates recall": 0.92, "dates precision": 0.94,
}
# An eighth (20 texts from 20 further outlets in 11 countries, sixteen topics, five one-paragraph crawls), collected
# by someone who wrote no rule, annotated and committed before the extractor was first run on it: its first
# measurement was people 0.69, organisations 0.30, places 0.63, proposal precision 0.79, dates 1.00 / 0.94 (no text
# refused); the floors sit 0.01 under them. Five registry mentions only (AFP, Anadolu, France, Washington, Cairo;
# 4/5 linked, 4/5 links right): too few for a linking floor.
EIGHTH_BATCH = "2026-12-01"
EIGHTH_BATCH_FLOORS = {
    "people proposed": 0.68, "organisations proposed": 0.29, "places proposed": 0.62,
    "proposal precision": 0.76, "dates recall": 0.99, "dates precision": 0.92,
}  # dates precision 0.93 -> 0.92 when a gold convention moved it (a year inside a quoted title is no date, 2026-12-03:
# the measured 0.943 (50/53) became 0.925 (49/53) with the code unchanged)
# precision 0.78 -> 0.76 when the measured 0.785 (62/79) fell to 0.768 (62/81): places read from a list that holds a
# known place (written on development texts) made two false proposals here and found nothing; on the six batches
# before it found four places for one false proposal, so the rule stays and this batch's floor says what it costs
# A ninth (20 texts from 20 further outlets in 9 countries, nineteen topics, five one-paragraph crawls, a PDF page in
# presentation forms), collected by someone who wrote no rule, annotated and committed before the extractor was first
# run on it: its first measurement was people 0.71, organisations 0.54, places 0.50, proposal precision 0.80, dates
# 0.91 / 0.89 (no text refused); the floors sit 0.01 under them. Two registry mentions only (Xinhua, the US government;
# 2/2 linked, 2/2 links right): too few for a linking floor. The rules written while it was collected cost it a place
# (17 -> 16 of 34; right proposals 69 -> 68 of 86): the rules of the regions of ISO 3166-2 and of a division's word,
# which found five places on the older held-out batches. Its places and precision floors were lowered to 0.46 and 0.78
# for that, nothing else.
# Gold conventions (2026-12-03: a division's word in a place's name, a year inside a name) then took it to places 0.53
# (18/34), precision 0.82 (71/87), dates 0.92 / 0.91 with the code unchanged; the floors follow, 0.01 under.
NINTH_BATCH = "2026-12-02"
NINTH_BATCH_FLOORS = {
    "people proposed": 0.70, "organisations proposed": 0.53, "places proposed": 0.52,
    "proposal precision": 0.81, "dates recall": 0.90, "dates precision": 0.89,
}
# A tenth (20 texts from 20 further outlets in Lebanon, Palestine, Qatar, Tunisia, Jordan, the Emirates, Libya and
# Mauritania, sixteen topics, three one-paragraph crawls), collected by someone who wrote no rule, annotated and committed
# before the extractor was first run on it: its first measurement (the code of 35fa024) was people 0.77 (17/22),
# organisations 0.34 (14/41), places 0.73 (35/48), proposal precision 0.74 (66/89), dates 0.89 / 0.92 (34/38, 48/52), no
# text refused; the rules written while it was collected, read by no rule writer, took organisations to 0.44 (18/41) and
# precision to 0.77 (70/91). The floors sit 0.01 under that. Two registry mentions (Egypt, the United States; both
# linked, both right): too few for a linking floor.
# Session 17's rules (development texts only) took its organisations to 0.46 (19/41) and cost it one place (35 -> 34
# of 48): a division word before a common word now stays in the place's name (the set's README convention, "منطقة
# الحدث"), and this batch's gold lists one such place bare. The places floor went 0.72 -> 0.70 with that trade
# written here; the lead read that one line of the miss list to find the cause and wrote no rule on it.
TENTH_BATCH = "2026-12-03"
TENTH_BATCH_FLOORS = {
    "people proposed": 0.76, "organisations proposed": 0.43, "places proposed": 0.70,
    "proposal precision": 0.76, "dates recall": 0.88, "dates precision": 0.91,
}
# An eleventh (20 texts from 20 further outlets in 15 countries, eighteen topics, four one-paragraph crawls), collected by
# someone who wrote no rule, annotated and committed before the extractor was first run on it (a person named only by a
# title taken out first, by the convention settled then): its first measurement (the code of e6894d4) was people 0.84
# (16/19), organisations 0.56 (18/32), places 0.74 (26/35), proposal precision 0.75 (64/85), dates 0.85 / 0.96 (41/48,
# 44/46), no text refused; the rules written while it was collected, read by no rule writer, took places to 0.77 (27/35)
# and precision to 0.77 (65/84). The floors sit 0.01 under that. One registry mention (Egypt): no linking floor.
# Session 16's rules (written on development texts only) took its people to 0.89 (17/19) and dates recall to 0.88,
# and cost it two false proposals (66/87 = 0.759): the precision floor went 0.76 -> 0.75 with that trade written
# here, rather than a rule written on what the lead read in its miss list. Its dates recall no longer measures
# one form unseen (a year glued to its clock time: bench/RESULTS.md had quoted that line to the rule writers).
ELEVENTH_BATCH = "2026-12-04"
ELEVENTH_BATCH_FLOORS = {
    "people proposed": 0.83, "organisations proposed": 0.55, "places proposed": 0.76,
    "proposal precision": 0.75, "dates recall": 0.84, "dates precision": 0.95,
}
# A twelfth (20 texts from 20 further outlets in 15 countries, fourteen topics, one one-paragraph crawl), collected
# and annotated by someone who wrote no rule while session 16's rules were written, brought to that session's new
# conventions before it was first measured: with the code of 348a84f (before the session's rules) people 0.80
# (20/25), organisations 0.42 (16/38), places 0.70 (33/47), proposal precision 0.82 (71/87), dates 0.95 / 0.96
# (39/41, 45/47), linking 2/2; with the session's rules, read by no rule writer, precision 0.81 (72/89), the rest
# the same. The floors sit 0.01 under that. Two registry mentions: no linking floor.
TWELFTH_BATCH = "2026-12-05"
# Session 18's rules (development texts only) cost it a place and two false proposals (places 33 -> 32 of 47, 0.702
# -> 0.681; precision 72/89 -> 72/91, 0.809 -> 0.791), each commit of the organisations lane measured alone on it: a
# hospital named by one genitive (e32ebf2: one false proposal) and an office named by a place (53348dd: a place read
# as an office's, one false proposal). On all 292 held-out texts the two gave +2 organisations, -1 place, +4 false
# proposals; on development +7 organisations, +2 false. Kept, and the places and precision floors went 0.69 -> 0.68
# and 0.80 -> 0.79 with that trade written here; the lead bisected by commit and read none of the batch's misses.
# Session 19's rules cost it a date and two false proposals (dates precision 46/48 -> 45/48, 0.958 -> 0.938;
# precision 72/91 -> 74/95, 0.791 -> 0.779), found the same way: the dates lane's 78980c4 (a yearless date after a
# present verb points forward, a weekday after a date names it, a timetable goes on forward; +5 dates on
# development, on all held-out text dates precision 884 -> 883 of 938) and the organisations lane's d54c9fc (clubs
# named bare in a match report: +1 organisation and +1 false here; +23 organisations on development) and 8236df2
# (بريس as an outlet's tail: +1 false here, +1 agency on development). Kept; precision 0.79 -> 0.77 and dates
# precision 0.95 -> 0.93.
TWELFTH_BATCH_FLOORS = {
    "people proposed": 0.79, "organisations proposed": 0.41, "places proposed": 0.68,
    "proposal precision": 0.77, "dates recall": 0.94, "dates precision": 0.93,
}
# A thirteenth (20 texts from 20 further outlets in 13 named countries, fifteen topics, four one-paragraph crawls),
# collected and annotated by someone who wrote no rule and never ran the extractor on it, while session 17's rules
# were written: with the code of 2f712fd (before them) people 0.82 (33/40), organisations 0.38 (22/58), places 0.89
# (57/64), agencies 0/2, proposal precision 0.85 (114/134), dates 0.96 / 0.91 (52/54, 61/67), linking 4/4; with the
# session's rules, read by no rule writer, people 0.85 (34/40), organisations 0.41 (24/58), precision 0.87
# (118/135), the rest the same. The floors sit 0.01 under that. Four registry mentions: no linking floor.
THIRTEENTH_BATCH = "2026-12-06"
# With the name tagger (generator/extract/name_tagger.py) discovery adds 3 proposals here, 1 right (organisations
# 27 -> 28 of 58): precision 0.865 -> 0.854, its floor 0.86 -> 0.85.
THIRTEENTH_BATCH_FLOORS = {
    "people proposed": 0.84, "organisations proposed": 0.40, "places proposed": 0.88,
    "proposal precision": 0.85, "dates recall": 0.95, "dates precision": 0.90,
}
# A fourteenth (20 texts from 20 further outlets in 16 countries, fifteen topics, four one-paragraph crawls and four
# with the dateline inside the first paragraph), collected and annotated by someone who wrote no rule and never ran the
# extractor on it, while session 18's rules were written: with the code of 88789d7 (before them) people 0.68 (15/22),
# organisations 0.62 (16/26), places 0.61 (27/44), agencies 1/4, proposal precision 0.81 (61/75), dates 0.91 / 0.89
# (30/33, 34/38), linking 5/5; with the session's rules, read by no rule writer, organisations 0.65 (17/26), precision
# 0.82 (62/76), the rest the same. The floors sit 0.01 under that. Five registry mentions: no linking floor.
FOURTEENTH_BATCH = "2026-12-07"
FOURTEENTH_BATCH_FLOORS = {
    "people proposed": 0.67, "organisations proposed": 0.64, "places proposed": 0.60,
    "proposal precision": 0.80, "dates recall": 0.90, "dates precision": 0.88,
}
# A fifteenth (20 texts from 20 further outlets in 17 countries, fifteen topics, four one-paragraph crawls and four
# with the dateline inside the first paragraph), collected and annotated by someone who wrote no rule and never ran the
# extractor on it, while session 19's rules were written: with the code of 02a07bf (before them) people 0.87 (20/23),
# organisations 0.45 (19/42), places 0.81 (34/42), agencies 3/3, proposal precision 0.82 (80/98), dates 0.97 / 0.96
# (37/38, 45/47), linking 2/2; with the session's rules, read by no rule writer, every figure the same (none of its
# misses is of a pattern the rules were written for). The floors sit 0.01 under that. Two registry mentions: no
# linking floor.
FIFTEENTH_BATCH = "2026-12-09"
FIFTEENTH_BATCH_FLOORS = {
    "people proposed": 0.86, "organisations proposed": 0.44, "places proposed": 0.80,
    "proposal precision": 0.80, "dates recall": 0.96, "dates precision": 0.94,
}
# A sixteenth (20 texts from 20 further outlets in 14 countries, 18 topics, none of them politics), collected and
# annotated by someone who wrote no rule and never ran the extractor on it, while the name tagger was wired in:
# with the code of b70a128 (rules alone) people 0.88 (15/17), organisations 0.48 (20/42), places 0.85 (34/40),
# agencies 2/2, proposal precision 0.79 (71/90), dates 0.93 / 0.90 (38/41, 47/52), no registry mention; with the
# tagger every figure the same. The floors sit 0.01 under that.
SIXTEENTH_BATCH = "2026-12-11"
SIXTEENTH_BATCH_FLOORS = {
    "people proposed": 0.87, "organisations proposed": 0.46, "places proposed": 0.84,
    "proposal precision": 0.78, "dates recall": 0.91, "dates precision": 0.89,
}
# A seventeenth (20 texts from 20 further outlets in 14 countries, 15 topics), collected and annotated by someone who
# wrote no rule and never ran the extractor on it: with the code of 6478981 people 0.91 (20/22), organisations 0.53
# (23/43), places 0.83 (30/36), proposal precision 0.82 (75/92), dates 0.83 / 0.93 (25/30, 26/28), linking 2/3 and
# 2/2. The conventions of 2026-12-13 then applied to it (2 files) and the rule that proposes no event (written on
# development text): organisations 0.57 (25/44), places 29/35, precision 0.84 (76/91), the rest the same. The floors
# sit 0.01 under that. Three registry mentions: no linking floor.
SEVENTEENTH_BATCH = "2026-12-13"
SEVENTEENTH_BATCH_FLOORS = {
    "people proposed": 0.90, "organisations proposed": 0.55, "places proposed": 0.81,
    "proposal precision": 0.82, "dates recall": 0.82, "dates precision": 0.91,
}
# An eighteenth (20 texts from 20 further outlets in 17 countries, 19 topics), collected and annotated by someone who
# wrote no rule and never ran the extractor on it: with the code of 6d2cfdd (session 21's end) people 0.93 (13/14),
# organisations 0.52 (16/31), places 0.76 (29/38), proposal precision 0.86 (64/74), dates 1.00 / 0.93 (39/39, 43/46),
# linking 2/2 and 2/3. The floors sit 0.01 under that.
EIGHTEENTH_BATCH = "2026-12-15"
EIGHTEENTH_BATCH_FLOORS = {
    "people proposed": 0.92, "organisations proposed": 0.51, "places proposed": 0.75,
    "proposal precision": 0.85, "dates recall": 0.99, "dates precision": 0.92,
}
HELD_OUT_BATCHES = {FRESH_BATCH: FRESH_BATCH_FLOORS, SECOND_BATCH: SECOND_BATCH_FLOORS, THIRD_BATCH: THIRD_BATCH_FLOORS,
                    FOURTH_BATCH: FOURTH_BATCH_FLOORS, FIFTH_BATCH: FIFTH_BATCH_FLOORS, SIXTH_BATCH: SIXTH_BATCH_FLOORS,
                    SEVENTH_BATCH: SEVENTH_BATCH_FLOORS, EIGHTH_BATCH: EIGHTH_BATCH_FLOORS, NINTH_BATCH: NINTH_BATCH_FLOORS,
                    TENTH_BATCH: TENTH_BATCH_FLOORS, ELEVENTH_BATCH: ELEVENTH_BATCH_FLOORS,
                    TWELFTH_BATCH: TWELFTH_BATCH_FLOORS, THIRTEENTH_BATCH: THIRTEENTH_BATCH_FLOORS,
                    FOURTEENTH_BATCH: FOURTEENTH_BATCH_FLOORS, FIFTEENTH_BATCH: FIFTEENTH_BATCH_FLOORS,
                    SIXTEENTH_BATCH: SIXTEENTH_BATCH_FLOORS, SEVENTEENTH_BATCH: SEVENTEENTH_BATCH_FLOORS,
                    EIGHTEENTH_BATCH: EIGHTEENTH_BATCH_FLOORS}


def measured_figures(figures: dict) -> dict:
    return {
        "linking recall": figures["linking"]["recall"], "linking precision": figures["linking"]["precision"],
        "people proposed": figures["discovery_recall"]["person"]["recall"],
        "organisations proposed": figures["discovery_recall"]["organization"]["recall"],
        "places proposed": figures["discovery_recall"]["place"]["recall"],
        "proposal precision": figures["discovery_precision"]["precision"],
        "dates recall": figures["dates"]["recall"], "dates precision": figures["dates"]["precision"],
    }


@pytest.mark.parametrize("batch", HELD_OUT_BATCHES)
def test_the_fresh_batch_holds_its_floors(bench, batch):
    texts = [item for item in bench.load_texts(EVAL_DIR) if item.batch == batch]
    assert len(texts) >= 16 and {t.split for t in texts} == {"heldout"}
    figures = bench.figures([bench.score_text(item, *bench.run_extract(item)) for item in texts])
    assert figures["refused"] == 0, figures["refused_texts"]
    measured = measured_figures(figures)
    floors = HELD_OUT_BATCHES[batch]
    # a figure a batch gives nothing to measure (no registry entity in it) has no floor
    below = {name: measured[name] for name in floors if measured[name] < floors[name]}
    assert not below, f"below the floors {floors}: {below}"


# Every held-out batch together (318 texts, 2026-12-02): each batch alone is small, and a rule or a model that costs a
# little everywhere shows here first. Measured with the name tagger: people 0.830 (459/553), organisations 0.551
# (403/732), proposal precision 0.828 (1525/1842); the rules alone gave 0.814, 0.531 and 0.827. After the round's
# rules and the model trained on 644 development texts: 0.828 (458/553), 0.556 (407/732), 0.830 (1543/1859).
# Session 21 (the conventions of 2026-12-13, a seventeenth batch, seven lanes' rules, the model of 672 texts): 0.843
# (people), 0.573 (organisations), 0.840 (proposal precision) over the 17 batches; the floors follow, 0.01 under.
HELD_OUT_BATCHES_TOGETHER_FLOORS = {"people proposed": 0.83, "organisations proposed": 0.56, "proposal precision": 0.83}


def test_the_held_out_batches_together_hold_their_floors(bench):
    texts = [item for item in bench.load_texts(EVAL_DIR) if item.batch in HELD_OUT_BATCHES]
    measured = measured_figures(bench.figures([bench.score_text(item, *bench.run_extract(item)) for item in texts]))
    below = {name: measured[name] for name, floor in HELD_OUT_BATCHES_TOGETHER_FLOORS.items() if measured[name] < floor}
    assert not below, f"below the floors {HELD_OUT_BATCHES_TOGETHER_FLOORS}: {below}"


def test_extraction_on_real_news_holds_its_floors(bench):
    texts = [item for item in bench.load_texts(EVAL_DIR) if item.batch is None and item.added is None]
    scores = [bench.score_text(item, *bench.run_extract(item)) for item in texts]
    figures = bench.figures(scores)
    measured = {"refused": figures["refused"], **measured_figures(figures)}
    assert measured["refused"] <= FLOORS["refused"], figures["refused_texts"]
    below = {name: value for name, value in measured.items() if name != "refused" and value < FLOORS[name]}
    assert not below, f"below the floors {FLOORS}: {below}"
    # The held-out texts alone: what to expect on outlets no rule was written for. A rule tuned to
    # the development texts that costs the held-out ones fails here, not only in the average.
    held = bench.figures([score for score in scores if score.split == "heldout"])
    assert held["refused"] == 0, held["refused_texts"]
    assert held["linking"]["recall"] >= 0.95 and held["dates"]["recall"] >= 0.95, held  # measured 0.955 -> 0.977
    assert held["dates"]["precision"] >= 0.90 and held["discovery_recall"]["person"]["recall"] >= 0.76, held
    assert held["discovery_recall"]["place"]["recall"] >= 0.70, held
    assert held["discovery_recall"]["organization"]["recall"] >= 0.65, held
    assert held["discovery_precision"]["precision"] >= 0.77, held
