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
        "cairo",  # the dateline taken out of the text ("القاهرة - ١٥ مارس ٢٠٢٣") names it
    }
    assert [m["field"] for e in data["entities"] if e["id"] == "cairo" for m in e["mentions"]] == ["dateline"]
    spellings = {m["text"] for e in data["entities"] if e["id"] == "sergei-shoigu" for m in e["mentions"]}
    assert spellings == {"سيرجي شويجو", "شويجو"}


def field_text(data: dict, field: str) -> str:
    return {"title": data["title"], "body": data["body"], "agencies": "، ".join(data["agencies"]),
            "dateline": data["dateline"]}[field]


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
    assert set(data) == {"title", "date", "body", "dateline", "agencies", "entities", "dates", "events", "unknown_names",
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


CRAWL = FIXTURES / "unseen" / "one_paragraph_crawl.txt"


def test_one_paragraph_crawl_gives_title_date_and_the_whole_text():
    data = extract(str(CRAWL))
    # The headline is the first sentence after the dateline "القاهرة - 14 مارس 2023 (أ ف ب) -".
    assert data["title"].startswith("بحث وزير الدفاع الأميركي لويد أوستن مع نظيره الروسي سيرغي شويغو")
    assert data["date"] == "2023-03-14"
    assert data["body"] == CRAWL.read_text(encoding="utf-8")
    assert_offsets_point_into_their_field(data)
    fields = {(e["id"], m["field"]) for e in data["entities"] for m in e["mentions"]}
    assert {("lloyd-austin", "title"), ("sergei-shoigu", "title"), ("ukraine", "title")} <= fields
    # The first paragraph's dateline and credit: the city and the agency are found, not lost.
    assert {("cairo", "body"), ("agence-france-presse", "body"), ("nato", "body"), ("moscow", "body")} <= fields
    dates = {(d["field"], d["text"], d["value"]) for d in data["dates"]}
    assert ("title", "اليوم الثلاثاء", "2023-03-14") in dates
    assert ("body", "21 أكتوبر الماضي", "2022-10-21") in dates
    assert any(g.startswith("title from the first sentence of line 1") for g in data["guesses"])


def test_title_option_of_extract():
    data = extract(str(CRAWL), "--title", "اتصال بين أوستن وشويغو في القاهرة")
    assert data["title"] == "اتصال بين أوستن وشويغو في القاهرة"
    in_title = {e["id"] for e in data["entities"] for m in e["mentions"] if m["field"] == "title"}
    assert in_title == {"lloyd-austin", "sergei-shoigu", "cairo"}


def test_problems_of_a_raw_text_name_the_pasted_line(tmp_path):
    paste = tmp_path / "paste.txt"
    paste.write_text("الحكومة تعلن خطة جديدة\n\n21 أكتوبر 2022\n+ الخط -\n\nأعلنت الحكومة خطة جديدة لدعم المزارعين.\n"
                     "وقال الوزير اليوم الخميس إن الخطة تبدأ قريبا.\n", encoding="utf-8")
    data = extract(str(paste))
    # "اليوم الخميس" on Friday 21 October 2022 stands on line 7 of the paste (the body's second line).
    assert [p.split(": warning:")[0] for p in data["problems"]] == [f"{paste}:7"]


def test_a_headline_dated_to_the_day_is_an_event_and_its_month_is_not(tmp_path):
    paste = tmp_path / "paste.txt"
    paste.write_text("لويد أوستن يزور القاهرة في 5 مايو\n21 أكتوبر 2022\nقال البنتاغون إن الزيارة تهدف إلى بحث التعاون.\n",
                     encoding="utf-8")
    data = extract(str(paste))
    [event] = data["events"]
    assert event == {"date": "2022-05-05", "end_date": None, "precision": "day", "text": "لويد أوستن يزور القاهرة في 5 مايو",
                     "entities": ["cairo", "lloyd-austin"]}
    # The seed's headline "… منذ مايو الماضي" names May only to compare: no event of its own.
    assert all(e["text"] != data["title"] for e in extract(str(SEED_CALLS))["events"])


def test_entity_pages_quote_headlines_and_count_agency_credits(tmp_path):
    from conftest import copy_repository
    from generator.pipeline import generate

    files = generate(copy_repository(tmp_path / "repo")).files
    moscow = files["entities/place/moscow.md"].decode("utf-8")
    # "… بين واشنطن وموسكو كان مشجعاً": the headline is quoted whole, the mention marked.
    assert ('<blockquote class="mention-context">البنتاغون: الاستخدام الأخير لقنوات الاتصال بين واشنطن و'
            '<mark>موسكو</mark> كان مشجعاً</blockquote>') in moscow
    # The seed credited "(فرانس برس، الأناضول)": both agency pages list it.
    for agency in ("agence-france-presse", "anadolu-agency"):
        page = files[f"entities/organization/{agency}.md"].decode("utf-8")
        assert "أول اتصال بين وزيري دفاع أميركا وروسيا منذ مايو الماضي</a>" in page
    # Only the body is linked in the article; the headline stays plain text.
    [article] = [v.decode("utf-8") for k, v in files.items() if k.startswith("articles/2022/2022-11-28-")]
    assert "# البنتاغون: الاستخدام الأخير لقنوات الاتصال بين واشنطن وموسكو كان مشجعاً" in article


def test_a_dateline_taken_out_of_the_text_is_still_a_date_of_it(tmp_path):
    paste = tmp_path / "paste.txt"
    paste.write_text("الحكومة تقر موازنة العام الجديد\n\nالخميس، 15 فبراير 2024 - 06:30 م\n\n"
                     "أقر مجلس الوزراء اليوم الخميس مشروع الموازنة بعد نقاش دام أسبوعين.\n", encoding="utf-8")
    data = extract(str(paste))
    assert data["dateline"] == "الخميس، 15 فبراير 2024 - 06:30 م"
    assert data["dateline"] not in data["body"]
    dates = [(d["field"], d["text"], d["value"]) for d in data["dates"]]
    assert dates[0][0] == "dateline" and dates[0][1].endswith("15 فبراير 2024") and dates[0][2] == "2024-02-15"
    assert ("body", "اليوم الخميس", "2024-02-15") in dates
    assert_offsets_point_into_their_field(data)


def test_a_dateline_read_month_first_takes_the_publication_date(tmp_path):
    paste = tmp_path / "paste.txt"
    paste.write_text("افتتاح معرض الكتاب في الرباط\n\n05/03/2024\n\nافتتح وزير الثقافة اليوم الجمعة معرض الكتاب.\n",
                     encoding="utf-8")
    data = extract(str(paste))  # 3 May 2024 was a Friday, 5 March a Tuesday
    assert data["date"] == "2024-05-03"
    assert ("dateline", "05/03/2024", "2024-05-03") in {(d["field"], d["text"], d["value"]) for d in data["dates"]}


def test_a_dateline_that_stays_in_the_paragraph_is_a_body_date():
    data = extract(str(CRAWL))
    assert data["dateline"] is None
    assert {d["field"] for d in data["dates"]} <= {"title", "body"}
