"""Events: dated sentences of an article, with the entities they name.

Mentions are made by hand here (the entity matcher has its own tests), by finding names
as whole words, after an optional clitic, in the article body.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from generator.extract.dates import find_dates
from generator.extract.events import extract_events, is_dateline
from generator.model import Article, Mention

FIXTURES = Path(__file__).parent / "fixtures" / "seeds"

CALLS_NAMES = {
    "أوستن": "lloyd-austin", "شويغو": "sergei-shoigu", "غيراسيموف": "valery-gerasimov", "ميلي": "mark-milley",
    "البنتاغون": "pentagon", "بلينكن": "antony-blinken",
}
CHANNELS_NAMES = {
    "الولايات المتحدة": "united-states", "روسيا": "russia", "موسكو": "moscow", "رود": "elizabeth-rood",
    "بايدن": "joe-biden", "نيو ستارت": "new-start", "القاهرة": "cairo", "أنطونوف": "anatoly-antonov",
}


def mentions_of(body: str, names: dict[str, str]) -> list[Mention]:
    found = []
    for name, entity_id in names.items():
        for m in re.finditer(rf"(?<!\w)[وبل]?({re.escape(name)})(?!\w)", body):
            found.append(Mention(entity_id, m.start(1), m.end(1), m.group(1)))
    return sorted(found, key=lambda m: m.start)


def seed_article(name: str, published: dt.date, slug: str) -> Article:
    """The pasted seed with its first line as the title and the rest as the body."""
    title, body = (FIXTURES / name).read_text(encoding="utf-8").split("\n", 1)
    return Article(path=f"content/articles/{slug}.md", title=title, date=published, slug=slug, body=body, body_line=6)


def events_of(article: Article, names: dict[str, str]):
    return extract_events(article, find_dates(article.body, article.date), mentions_of(article.body, names))


def test_seed_calls_events():
    article = seed_article("003_b9b2ccb77d9719e0.txt", dt.date(2022, 10, 21), "calls")
    events = events_of(article, CALLS_NAMES)
    assert [(e.value, e.end_value, e.date_text, e.entity_ids) for e in events] == [
        # "اليوم الجمعة، لأول مرة منذ مايو/ أيار": the day, not the month it is compared with
        ("2022-10-21", None, "اليوم الجمعة", ("antony-blinken", "lloyd-austin", "sergei-shoigu")),
        # one sentence, two calls on two days: two events
        ("2022-05-13", None, "13 مايو/ أيار", ("lloyd-austin", "mark-milley", "sergei-shoigu", "valery-gerasimov")),
        ("2022-05-19", None, "19 مايو/ أيار", ("lloyd-austin", "mark-milley", "sergei-shoigu", "valery-gerasimov")),
        ("2022-10-21", None, "يوم الجمعة", ("pentagon",)),
    ]
    assert {e.article_key for e in events} == {"2022-10-21-calls"}
    assert events[0].sentence.startswith("تحدث وزير الدفاع الأميركي") and events[0].sentence.endswith("في أوكرانيا.")
    assert events[1].sentence == events[2].sentence
    for event in events:
        assert event.sentence in article.body
        assert event.sentence[event.date_start : event.date_start + len(event.date_text)] == event.date_text
    # where its words are, not just what they are: "اليوم" and "اليوم الجمعة" are the same day, the first is kept
    body = "قال الوزير اليوم إن الاجتماع عقد اليوم الجمعة وإن الجولة الثانية في 13 مايو 2022."
    events = extract_events(_article(body), find_dates(body, dt.date(2022, 10, 21)), [])
    assert [(e.date_text, e.date_start) for e in events] == [("اليوم", body.index("اليوم")),
                                                            ("13 مايو 2022", body.index("13 مايو"))]


def test_the_dateline_is_not_an_event():
    article = seed_article("003_b9b2ccb77d9719e0.txt", dt.date(2022, 10, 21), "calls")
    dates = find_dates(article.body, article.date)
    assert "21 أكتوبر 2022" in [d.text for d in dates]  # found as a date ...
    assert "21 أكتوبر 2022" not in [e.date_text for e in extract_events(article, dates, [])]  # ... not an event


def test_seed_channels_events_today_and_the_announced_range():
    article = seed_article("000_53dbe11990a2b156.txt", dt.date(2022, 11, 28), "channels")
    events = events_of(article, CHANNELS_NAMES)
    assert [(e.value, e.end_value, e.date_text, e.entity_ids) for e in events] == [
        ("2022-11-28", None, "اليوم الاثنين", ("russia", "united-states")),
        ("2022-11-28", None, "اليوم", ("elizabeth-rood", "joe-biden", "moscow", "russia", "united-states")),
        # a statement made today about talks planned for later: both are events, both day precision
        ("2022-11-28", None, "اليوم", ("cairo", "new-start")),
        ("2022-11-29", "2022-12-06", "من 29 تشرين الثاني/نوفمبر، حتى 6 كانون الأول/ديسمبر", ("cairo", "new-start")),
        ("2022-11-09", None, "9 تشرين الثاني/نوفمبر", ("anatoly-antonov", "russia", "united-states")),
    ]
    assert all(e.precision == "day" for e in events)


def _article(body: str, published=dt.date(2022, 10, 21)) -> Article:
    return Article(path="content/articles/t.md", title="عنوان", date=published, slug="t", body=body)


def test_a_sentence_keeps_its_finest_dates_each_once():
    body = "التقى الوزيران في 13 مايو 2022 ثم في 13 مايو 2022 مجددا خلال عام 2022 وفي مارس 2022."
    events = extract_events(_article(body), find_dates(body, dt.date(2022, 10, 21)), [])
    assert [(e.value, e.precision) for e in events] == [("2022-05-13", "day")]
    coarse = "تراجعت الصادرات في مارس 2022 وفي مايو 2022 وعلى مدى عام 2022."
    events = extract_events(_article(coarse), find_dates(coarse, dt.date(2022, 10, 21)), [])
    assert [(e.value, e.precision) for e in events] == [("2022-03", "month"), ("2022-05", "month")]


def test_entities_of_the_sentence_only_sorted_and_once():
    body = "التقى بلينكن أوستن. وقال أوستن أمس إن أوستن وبلينكن متفقان. وغادر شويغو."
    dates = find_dates(body, dt.date(2022, 10, 21))
    events = extract_events(_article(body), dates, mentions_of(body, CALLS_NAMES))
    assert [(e.value, e.entity_ids, e.sentence) for e in events] == [
        ("2022-10-20", ("antony-blinken", "lloyd-austin"), "وقال أوستن أمس إن أوستن وبلينكن متفقان."),
    ]


def test_sentences_without_dates_give_nothing():
    body = "قال الوزير إن المحادثات مستمرة. ولم يحدد موعدا."
    assert extract_events(_article(body), find_dates(body, dt.date(2022, 10, 21)), []) == []


def test_dateline_lines_of_several_kinds():
    for line in ("21 أكتوبر 2022", "نشر في: 12-03-2021 09:15 PM", "الجمعة، 21 أكتوبر 2022 - 14:20", "2023-05-09 | 14:20"):
        dates = find_dates(line, dt.date(2022, 10, 21))
        assert dates and is_dateline(line, dates), line
    sentence = "وقع الاتفاق في 21 أكتوبر 2022"
    assert not is_dateline(sentence, find_dates(sentence, dt.date(2022, 10, 21)))


def test_events_of_a_text_with_a_dateline_line_and_a_dated_sentence():
    body = "نشر في: 12-03-2021 09:15 PM\nوأعلنت الحكومة أمس عن خطة جديدة."
    events = extract_events(_article(body, dt.date(2021, 3, 12)), find_dates(body, dt.date(2021, 3, 12)), [])
    assert [(e.value, e.date_text) for e in events] == [("2021-03-11", "أمس")]
