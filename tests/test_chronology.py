"""The chronology: merging the same event from several articles, order, grouping, timelines."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from generator.aggregate.chronology import (
    ChronologyEntry,
    Passage,
    build_chronology,
    entity_timeline,
    group_by_year_month,
    quote,
    sentence_entries,
)
from generator.extract.dates import find_dates
from generator.extract.events import extract_events
from generator.model import Event
from generator.text.display import format_month
from test_events import CALLS_NAMES, CHANNELS_NAMES, mentions_of, seed_article


def event(value, key, sentence, ids=(), precision=None, end_value=None) -> Event:
    precision = precision or {10: "day", 7: "month", 4: "year"}[len(value)]
    return Event(value, precision, end_value, sentence, tuple(ids), key)


def test_the_same_event_from_two_articles_is_one_entry_with_both_sources():
    a = event("2022-11-28", "2022-11-28-tass", "أعلنت موسكو تأجيل محادثات نيو ستارت مع واشنطن.",
              ["moscow", "new-start", "washington"])
    b = event("2022-11-28", "2022-11-28-cnn", "واشنطن مستعدة لمحادثات نيو ستارت في القاهرة.",
              ["cairo", "new-start", "washington"])
    entries = build_chronology([a, b])
    assert entries == [ChronologyEntry(
        value="2022-11-28", precision="day", end_value=None,
        sentence=b.sentence,  # the first source: article keys in order
        entity_ids=("cairo", "moscow", "new-start", "washington"),
        sources=(("2022-11-28-cnn", b.sentence), ("2022-11-28-tass", a.sentence)),
    )]
    assert entries[0].article_keys == ("2022-11-28-cnn", "2022-11-28-tass")


def test_what_is_not_merged():
    day = "2022-11-28"
    entries = build_chronology([
        event(day, "a", "لقاء في موسكو.", ["moscow", "russia"]),
        event(day, "b", "قمة في القاهرة.", ["cairo", "egypt"]),  # no entity in common
        event(day, "c", "روسيا ومصر.", ["russia", "egypt", "x"]),  # one in common where both name several
        event(day, "d", "خبر بلا أسماء."),  # no entities: a date alone is not a story
        event(day, "e", "خبر آخر بلا أسماء."),
        event("2022-11-29", "f", "لقاء في موسكو.", ["moscow", "russia"]),  # another day
    ])
    assert len(entries) == 6
    assert all(len(e.sources) == 1 for e in entries)


def test_a_single_named_entity_is_enough_when_an_event_names_only_it():
    entries = build_chronology([
        event("2022-10-21", "a", "قال البنتاغون إن المكالمة مهمة.", ["pentagon"]),
        event("2022-10-21", "b", "أوستن وشويغو في مكالمة، حسب البنتاغون.", ["lloyd-austin", "pentagon", "sergei-shoigu"]),
    ])
    assert [(e.entity_ids, len(e.sources)) for e in entries] == [(("lloyd-austin", "pentagon", "sergei-shoigu"), 2)]


def test_two_sentences_of_one_article_stay_two_entries():
    entries = build_chronology([
        event("2022-11-28", "a", "أفادت الوزارة بأن واشنطن وموسكو تتواصلان.", ["russia", "united-states"]),
        event("2022-11-28", "a", "قالت رود إن الولايات المتحدة تتواصل مع روسيا.", ["russia", "united-states", "rood"]),
    ])
    assert len(entries) == 2


def test_order_by_date_then_first_source():
    entries = build_chronology([
        event("2022-05-13", "k2", "مكالمة", ["a"]),
        event("2022", "k9", "عام", ["y"]),
        event("2022-05", "k1", "شهر", ["m"]),
        event("2022-05-13", "k1", "مكالمة أخرى", ["b"]),
        event("2021-12-30", "k5", "قبل", ["z"]),
        event("2022-05-13", "k3", "مدى", ["c"], end_value="2022-05-20"),
    ])
    assert [(e.value, e.end_value, e.sources[0][0]) for e in entries] == [
        ("2021-12-30", None, "k5"),
        ("2022", None, "k9"),  # a year before the months in it, a month before its days
        ("2022-05", None, "k1"),
        ("2022-05-13", None, "k1"),
        ("2022-05-13", None, "k2"),
        ("2022-05-13", "2022-05-20", "k3"),
    ]


def test_ranges_merge_only_with_the_same_range():
    entries = build_chronology([
        event("2022-11-29", "a", "المحادثات", ["new-start", "cairo"], end_value="2022-12-06"),
        event("2022-11-29", "b", "المحادثات", ["new-start", "cairo"], end_value="2022-12-06"),
        event("2022-11-29", "c", "المحادثات", ["new-start", "cairo"]),
    ])
    assert [(e.end_value, len(e.sources)) for e in entries] == [(None, 1), ("2022-12-06", 2)]


def test_the_result_does_not_depend_on_the_order_of_events():
    events = [
        event("2022-11-28", f"k{i % 4}", f"جملة {i}", ids)
        for i, ids in enumerate([["a", "b"], ["b", "c"], ["a", "b", "c"], ["d"], ["d", "e"], [], ["a"], ["c", "b"]])
    ] + [event("2022-11-27", "k1", "أمس", ["a", "b"])]
    expected = build_chronology(events)
    for seed in range(20):
        shuffled = events[:]
        random.Random(seed).shuffle(shuffled)
        assert build_chronology(shuffled) == expected
    assert build_chronology(events + events) == expected  # the same event twice is one source


def _joined_by_scanning(events: list[Event]) -> list[tuple]:
    """The rule as the module states it, checked against every group made so far: each event,
    in the fixed order, joins the first group of another article that names the same entities."""
    groups: list[tuple[list, set, set]] = []
    for e in sorted(set(events), key=lambda e: (e.article_key, e.sentence, e.entity_ids, e.date_text)):
        ids = set(e.entity_ids)
        target = next((g for g in groups if e.article_key not in g[2] and len(ids & g[1]) > 0
                       and len(ids & g[1]) >= min(2, len(ids), len(g[1]))), None)
        if target is None:
            groups.append(([e], ids, {e.article_key}))
        else:
            target[0].append(e)
            target[1].update(ids)
            target[2].add(e.article_key)
    return sorted((g[0][0].value, tuple(sorted(g[1])), tuple((x.article_key, x.sentence) for x in g[0]))
                  for g in groups)


def test_an_event_joins_the_first_group_that_names_its_entities_among_many_of_one_date():
    """Groups gain entities as events join them, so the first group an event can join may be
    one that did not name its entities when it was made."""
    rng = random.Random(7)
    names = [f"e{n}" for n in range(12)]
    events = [event("2022-11-28", f"k{rng.randrange(40):02d}", f"جملة {i}", rng.sample(names, rng.randrange(4)))
              for i in range(400)]
    made = sorted((e.value, e.entity_ids, tuple(dict.fromkeys(e.sources))) for e in build_chronology(events))
    assert made == _joined_by_scanning(events)
    assert len(made) < len(events) - 100  # most events were merged: the case is not trivial


def test_a_chronology_made_again_keeps_the_entries_of_dates_whose_events_did_not_change():
    events = [event("2022-11-28", f"k{i % 3}", f"جملة {i}", ids)
              for i, ids in enumerate([["a", "b"], ["b", "c"], ["a", "b", "c"], ["d"], []])]
    events += [event("2022-11-27", "k1", "أمس", ["a", "b"]), event("2022-10", "k2", "في أكتوبر", ["d"])]
    kept: dict = {}
    first = build_chronology(events, kept)
    assert first == build_chronology(events)
    added = event("2022-11-28", "k9", "جملة أخرى عن ب وج", ["b", "c"])  # merges with an entry of its day
    again = build_chronology([added, *events], kept)
    assert again == build_chronology([added, *events])
    unchanged = [e for e in first if e.value != "2022-11-28"]
    assert len(unchanged) == 2 and all(any(e is f for f in again) for e in unchanged)
    assert not any(e is f for e in first if e.value == "2022-11-28" for f in again)


def test_the_two_seeds_in_one_chronology():
    calls = seed_article("003_b9b2ccb77d9719e0.txt", dt.date(2022, 10, 21), "calls")
    channels = seed_article("000_53dbe11990a2b156.txt", dt.date(2022, 11, 28), "channels")
    events = []
    for article, names in ((calls, CALLS_NAMES), (channels, CHANNELS_NAMES)):
        body = article.body
        events += extract_events(article, find_dates(body, article.date), mentions_of(body, names))
    entries = build_chronology(events)
    assert [(e.value, e.end_value, e.article_keys) for e in entries] == [
        ("2022-05-13", None, ("2022-10-21-calls",)),
        ("2022-05-19", None, ("2022-10-21-calls",)),
        ("2022-10-21", None, ("2022-10-21-calls",)),
        ("2022-10-21", None, ("2022-10-21-calls",)),
        ("2022-11-09", None, ("2022-11-28-channels",)),
        ("2022-11-28", None, ("2022-11-28-channels",)),
        ("2022-11-28", None, ("2022-11-28-channels",)),
        ("2022-11-28", None, ("2022-11-28-channels",)),
        ("2022-11-29", "2022-12-06", ("2022-11-28-channels",)),
    ]
    years = group_by_year_month(entries)
    # On the timeline a sentence is shown once a month with all its dates: the two May calls
    # are one entry, and so are "today" and the range of the talks announced today.
    assert [(y.year, [(m.month, len(m.entries)) for m in y.months]) for y in years] == [
        (2022, [(5, 1), (10, 2), (11, 4)])
    ]
    assert [e.dates for m in years[0].months for e in m.entries if len(e.dates) > 1] == [
        (("2022-05-13", None), ("2022-05-19", None)),
        (("2022-11-28", None), ("2022-11-29", "2022-12-06")),
    ]
    timeline = entity_timeline(entries, "sergei-shoigu")
    assert [e.value for e in timeline] == ["2022-05-13", "2022-05-19", "2022-10-21"]


def test_group_by_year_month_labels_and_year_only_entries():
    entries = build_chronology([
        event("2021-03-04", "a", "س", ["x"]),
        event("2022-05-13", "b", "ص", ["x"]),
        event("2022", "c", "ع", ["y"]),
        event("2022-05", "d", "ف", ["x"]),
        event("2022-01-30", "e", "ق", ["z"], end_value="2022-02-02"),
    ])
    years = group_by_year_month(entries)
    assert [y.year for y in years] == [2021, 2022]
    months = years[1].months
    assert [(m.month, m.label, [e.value for e in m.entries]) for m in months] == [
        (None, "2022", ["2022"]),
        (1, format_month(2022, 1), ["2022-01-30"]),  # a range under the month it starts in
        (5, format_month(2022, 5), ["2022-05", "2022-05-13"]),
    ]
    assert years[0].months[0].label == format_month(2021, 3)
    assert years[1].count == 4


def test_entity_timeline_keeps_the_order():
    entries = build_chronology([
        event("2022-05-13", "a", "س", ["x", "y"]),
        event("2021-01-01", "b", "ص", ["x"]),
        event("2022-01-01", "c", "ع", ["y"]),
    ])
    assert [e.value for e in entity_timeline(entries, "x")] == ["2021-01-01", "2022-05-13"]
    assert entity_timeline(entries, "nobody") == []


# --- how entries read: one entry per sentence and month, the dates marked, no leading connective

def test_a_sentence_with_two_dates_in_one_month_is_one_entry_with_both_marked():
    body = "وتعود آخر مكالمة بين أوستن وشويغو إلى 13 مايو/ أيار، قبل مكالمة ميلي في 19 مايو/ أيار. " \
           "والتقى أوستن وشويغو في 3 يونيو/ حزيران ثم في 9 يوليو/ تموز."
    article = _article(body)
    events = extract_events(article, find_dates(body, article.date), mentions_of(body, CALLS_NAMES))
    months = group_by_year_month(build_chronology(events))[0].months
    [may] = months[0].entries
    assert may.dates == (("2022-05-13", None), ("2022-05-19", None))
    assert may.passage.parts == (
        ("تعود آخر مكالمة بين أوستن وشويغو إلى ", False), ("13 مايو/ أيار", True),
        ("، قبل مكالمة ميلي في ", False), ("19 مايو/ أيار", True), (".", False))
    # dates in two months: an entry in each, each marking the date that places it there
    [june], [july] = months[1].entries, months[2].entries
    assert [p for p in june.passage.parts if p[1]] == [("3 يونيو/ حزيران", True)]
    assert [p for p in july.passage.parts if p[1]] == [("9 يوليو/ تموز", True)]
    assert june.passage.text == july.passage.text == "التقى أوستن وشويغو في 3 يونيو/ حزيران ثم في 9 يوليو/ تموز."


def _article(body: str):
    from generator.model import Article

    return Article(path="content/articles/t.md", title="عنوان", date=dt.date(2022, 10, 21), slug="t", body=body)


def test_an_articles_dates_box_has_one_entry_per_sentence_in_text_order():
    calls = seed_article("003_b9b2ccb77d9719e0.txt", dt.date(2022, 10, 21), "calls")
    events = extract_events(calls, find_dates(calls.body, calls.date), mentions_of(calls.body, CALLS_NAMES))
    assert len(events) == 4
    entries = sentence_entries(events)
    assert [e.dates for e in entries] == [
        (("2022-10-21", None),),
        (("2022-05-13", None), ("2022-05-19", None)),
        (("2022-10-21", None),),
    ]
    assert [[text for text, marked in e.passage.parts if marked] for e in entries] == [
        ["اليوم الجمعة"], ["13 مايو/ أيار", "19 مايو/ أيار"], ["يوم الجمعة"]]
    assert entries[1].passage.text.startswith("تعود آخر مكالمة")  # "وتعود" in the text


@pytest.mark.parametrize("sentence, quoted", [
    ("وقالت متحدثة باسم البنتاغون إن ما حدث يوم الجمعة مهم.", "قالت متحدثة باسم البنتاغون إن ما حدث يوم الجمعة مهم."),
    ("وفي هذا السياق، قالت القائمة بأعمال السفارة إن القنوات قائمة.", "قالت القائمة بأعمال السفارة إن القنوات قائمة."),
    ("ويذكر أنّ السفير الروسي صرح في 9 نوفمبر بأن الحوار متعثر.", "السفير الروسي صرح في 9 نوفمبر بأن الحوار متعثر."),
    ("جاء ذلك خلال مؤتمر صحفي عقده اليوم.", "خلال مؤتمر صحفي عقده اليوم."),
    ("كما أعلن الوزير اليوم عن خطة.", "أعلن الوزير اليوم عن خطة."),
    ("ثم التقى الوزيران أمس في القاهرة.", "التقى الوزيران أمس في القاهرة."),
    ("فقد أعلنت الوزارة أمس عن خطة.", "قد أعلنت الوزارة أمس عن خطة."),
    ("وأضاف الوزير أن الاتفاق قائم منذ 2020.", "أضاف الوزير أن الاتفاق قائم منذ 2020."),
    ("وَقالت الوزارة اليوم إن الخطة جاهزة.", "قالت الوزارة اليوم إن الخطة جاهزة."),
    # a word's own first letter stays
    ("واشنطن أعلنت اليوم خطة جديدة.", None),
    ("وزير الدفاع قال اليوم إن الخطة جاهزة.", None),
    ("وكالة الأنباء نقلت أمس الخبر.", None),
    ("فرنسا أعلنت أمس الخطة.", None),
    ("ورد في البيان أمس أن الخطة جاهزة.", None),
    ("فهم الأسباب صار ممكنا اليوم.", None),
    # never down to fewer than three words, nor a quotation mark left without its pair
    ("وقال اليوم", None),
    ("كما أعلن اليوم", None),
    ("«وقالت» الوزارة اليوم إن الخطة جاهزة.", None),
])
def test_a_quoted_sentence_loses_its_leading_connective(sentence, quoted):
    assert quote(sentence).text == (quoted or sentence)


def test_trimming_never_cuts_into_a_marked_date_and_moves_the_marks():
    sentence = "وأمس التقى الوزيران في القاهرة."  # the date's words take the conjunction with them
    assert quote(sentence).text == "أمس التقى الوزيران في القاهرة."
    assert quote(sentence, ((0, 4),)) == Passage(sentence, ((0, 4),))
    sentence = "كما أعلن الوزير أمس عن خطة."
    at = sentence.index("أمس")
    passage = quote(sentence, ((at, at + 3),))
    assert passage.text[slice(*passage.marks[0])] == "أمس"


def _timeline_entries(html: str) -> list[tuple[list[str], str]]:
    """(datetime of each date, text) of every entry of the timelines on a built page."""
    import re

    found = []
    for item in re.findall(r'<li class="timeline__event".*?</li>', html, re.S):
        dates = re.findall(r'<time datetime="([^"]+)"', re.search(r'<span class="timeline__date">(.*?)</span>', item, re.S).group(1))
        found.append((dates, re.search(r'<p class="timeline__text">(.*?)</p>', item, re.S).group(1)))
    return found


def test_built_timelines_and_dates_box_read_without_repetition(built_site):
    import re

    site = built_site / "site"
    chronology = _timeline_entries((site / "chronology/index.html").read_text(encoding="utf-8"))
    texts = [text for _, text in chronology]
    assert len(texts) == len(set(texts)), "a sentence is printed once"
    assert ["2022-05-13", "2022-05-19"] in [dates for dates, _ in chronology]
    for text in texts:
        assert '<mark class="event-date-text">' in text
        plain = re.sub(r"<[^>]+>", "", text)
        assert not plain.startswith(("و", "جاء ذلك", "كما")), plain
    # Shoigu's timeline is on his page: the two May calls once, both dates marked
    shoigu = _timeline_entries((site / "entities/person/sergei-shoigu/index.html").read_text(encoding="utf-8"))
    [may] = [text for dates, text in shoigu if dates[0].startswith("2022-05")]
    assert re.findall(r'<mark class="event-date-text">([^<]+)</mark>', may) == ["13 مايو/ أيار", "19 مايو/ أيار"]
    [calls] = site.glob("articles/2022/2022-10-21-*/index.html")
    box = re.search(r'<aside class="article-events".*?</aside>', calls.read_text(encoding="utf-8"), re.S).group()
    assert box.count("<li>") == 3 and box.count('<mark class="event-date-text">') == 4


def test_the_parts_of_a_chronology_made_again_keep_the_years_whose_entries_are_the_same():
    """chronology_parts_again gives what chronology_parts gives; a year whose entries are the
    same objects keeps its lists (what the pages made of them are found by)."""
    from generator.aggregate.chronology import chronology_parts, chronology_parts_again

    def entry(value: str, ids: tuple, source: str) -> ChronologyEntry:
        return ChronologyEntry(value=value, precision="day", end_value=None, sentence=f"جملة {source}",
                               entity_ids=ids, sources=((source, f"جملة {source}"),))

    type_of = {"a": "person", "b": "place", "c": "organization"}
    draw = random.Random(3)
    entries = sorted((entry(f"{draw.choice([2019, 2020, 2022])}-{draw.randint(1, 12):02d}-{draw.randint(1, 28):02d}",
                            tuple(sorted(draw.sample("abc", draw.randint(1, 2)))), f"s{n}") for n in range(60)),
                     key=lambda e: (e.value, e.sources[0]))
    entries.insert(0, ChronologyEntry(value="2019", precision="year", end_value=None, sentence="سنة",
                                      entity_ids=("a",), sources=(("y", "سنة"),)))
    before = chronology_parts(tuple(entries), type_of)
    changed = sorted([*[e for e in entries if e.year != 2020], entry("2020-06-01", ("a",), "new"),
                      *[e for e in entries if e.year == 2020], entry("2021-01-05", ("b", "c"), "other")],
                     key=lambda e: (e.value, e.sources[0]))
    again = chronology_parts_again(tuple(changed), type_of, before)
    whole = chronology_parts(tuple(changed), type_of)
    assert again.of_year == whole.of_year and again.of_type_year == whole.of_type_year
    assert again.of_type == whole.of_type
    assert again.of_year[2019] is before.of_year[2019] and again.of_year[2022] is before.of_year[2022]
    assert again.of_year[2020] is not before.of_year[2020]
    assert all(again.of_type_year[key] is before.of_type_year[key] for key in before.of_type_year if key[1] != 2020)
