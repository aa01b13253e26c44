"""`extract --json` on articles the archive has never seen, from outlets with other conventions."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import FIXTURES, REPO, SEED_CALLS

EGYPTIAN = FIXTURES / "unseen" / "egyptian_outlet.txt"


def extract(*args: str) -> dict:
    run = subprocess.run([sys.executable, "-m", "generator", "--root", str(REPO), "extract", "--json", *args],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_egyptian_spellings_link_seed_entities_and_invent_none():
    data = extract(str(EGYPTIAN))
    assert data["title"] == "اوستن وشويجو يبحثان هاتفيا التصعيد في اوكرانيا"
    assert data["date"] == "2023-03-15"
    found = {entity["id"] for entity in data["entities"]}
    assert found == {
        "lloyd-austin", "sergei-shoigu", "ukraine", "us-department-of-defense", "moscow",
        "russian-ministry-of-foreign-affairs", "new-start", "nato", "washington",
    }
    spellings = {m["text"] for e in data["entities"] if e["id"] == "sergei-shoigu" for m in e["mentions"]}
    assert spellings == {"سيرجي شويجو", "شويجو"}


def field_text(data: dict, field: str) -> str:
    return {"title": data["title"], "body": data["body"], "agencies": "، ".join(data["agencies"])}[field]


def assert_offsets_point_into_their_field(data: dict) -> None:
    for entity in data["entities"]:
        for mention in entity["mentions"]:
            assert field_text(data, mention["field"])[mention["start"]:mention["end"]] == mention["text"]
    for found in data["dates"]:
        assert field_text(data, found["field"])[found["start"]:found["end"]] == found["text"]


def test_offsets_point_into_the_field_shown():
    data = extract(str(EGYPTIAN))
    assert_offsets_point_into_their_field(data)
    # The headline "اوستن وشويجو يبحثان …" is read too.
    in_title = {e["id"] for e in data["entities"] for m in e["mentions"] if m["field"] == "title"}
    assert in_title == {"lloyd-austin", "sergei-shoigu", "ukraine"}


def test_unseen_article_dates_are_resolved():
    data = extract(str(EGYPTIAN))
    values = {(d["value"], d["end_value"]) for d in data["dates"]}
    assert ("2023-03-15", None) in values  # "اليوم الاربعاء"
    assert ("2023-03-03", None) in values  # "3 مارس/آذار"
    assert ("2022-10-21", None) in values  # "21 اكتوبر/تشرين الاول الماضي": last year's
    assert any(e["date"] == "2023-03-15" and "lloyd-austin" in e["entities"] for e in data["events"])


def test_unknown_names_are_listed_not_linked():
    data = extract(str(EGYPTIAN))
    assert "ديمتري بيسكوف" in {u["name"] for u in data["unknown_names"]}


def test_raw_text_without_date_needs_date_option(tmp_path):
    paste = tmp_path / "paste.txt"
    paste.write_text("عنوان\nقال لويد أوستن اليوم الجمعة إن الحوار مهم.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "generator", "--root", str(REPO), "extract", str(paste)],
                         capture_output=True, text=True)
    assert run.returncode == 1 and "--date" in run.stderr
    data = extract(str(paste), "--date", "2022-10-21")
    assert [d["value"] for d in data["dates"]] == ["2022-10-21"]


def test_seed_extraction_has_the_documented_shape():
    data = extract(str(SEED_CALLS))
    assert set(data) == {"title", "date", "body", "agencies", "entities", "dates", "events", "unknown_names",
                         "problems", "guesses", "removed", "suspects"}
    assert data["date"] == "2022-10-21"
    for entity in data["entities"]:
        assert set(entity) == {"id", "type", "name", "name_en", "mentions"}
        for mention in entity["mentions"]:
            assert set(mention) == {"field", "text", "start", "end"}
    # The credits line "(فرانس برس، الأناضول)" became the agencies, each linked to its registry entity.
    assert data["agencies"] == ["فرانس برس", "الأناضول"]
    credited = {e["id"]: [m["text"] for m in e["mentions"] if m["field"] == "agencies"] for e in data["entities"]}
    assert credited["agence-france-presse"] == ["فرانس برس"] and credited["anadolu-agency"] == ["الأناضول"]
    assert {"line": 5, "kind": "chrome", "text": "+ الخط -"} in data["removed"]
    assert_offsets_point_into_their_field(data)
