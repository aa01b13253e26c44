"""Which entities an entity "often appears with": shared sentences weigh more than shared
articles, and a name found everywhere is no one's best neighbour.

The archive is written for the test, with the repository's registry and the real entity
matcher, so that the right answer is plain from reading it.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from conftest import REPO
from generator import safe_pickle
from generator.aggregate.entities import (MAX_ASSOCIATIONS, ProfileTotals, article_share, association_bounds,
                                         associations, build_profiles, score, share_record,
                                         sound_share_record)
from generator.aggregate.memo import AggregatesMemo
from generator.extract import cache as extraction_cache
from generator.extract.article import extract_article
from generator.extract.entities import EntityMatcher
from generator.model import Article
from generator.read.registry import load_registry

# Russia is named in every article. Shoigu shares three sentences with Austin (in one article),
# only the article with Blinken, and a sentence with Russia in each of his three articles.
ARCHIVE = [
    "التقى وزير الدفاع سيرغي شويغو نظيره لويد أوستن في القاهرة. وقال أوستن إن شويغو وعد بالرد. "
    "وأكد شويغو لأوستن أن روسيا ستواصل المحادثات. "
    "وفي سياق آخر، قال أنتوني بلينكن إن الصادرات تراجعت.",
    "قالت روسيا إن شويغو زار فيينا.",
    "أعلنت روسيا أن شويغو سيلتقي فلاديمير بوتين.",
    "قال أوستن إن روسيا لم ترد.",
    "تراجعت صادرات روسيا في الربع الأول.",
    "زار وفد من روسيا القاهرة.",
]


def _article(n: int, body: str, title: str | None = None) -> Article:
    return Article(path=f"content/articles/2023/a{n}.md", title=title or f"مقال {n}", date=dt.date(2023, 1, n + 1),
                   slug=f"a{n}", body=body)


@pytest.fixture(scope="module")
def registry():
    entities, problems = load_registry(REPO)
    assert not [p for p in problems if p.level == "error"]
    return entities, EntityMatcher(entities)


@pytest.fixture(scope="module")
def extracted(registry):
    entities, matcher = registry
    return entities, [extract_article(_article(n, body), matcher) for n, body in enumerate(ARCHIVE)]


@pytest.fixture(scope="module")
def profiles(extracted):
    return build_profiles(*extracted)


def neighbours(profiles, entity_id):
    return [(a.entity_id, a.sentences, a.articles) for a in profiles[entity_id].related]


def test_the_archive_is_read_as_written(profiles):
    assert profiles["russia"].article_count == len(ARCHIVE)
    assert profiles["sergei-shoigu"].article_count == 3
    assert profiles["antony-blinken"].article_count == 1


def test_mentions_are_quoted_without_the_connective_their_sentence_opens_with(profiles):
    [appearance] = [a for a in profiles["lloyd-austin"].appearances if a.article.slug == "a0"]
    assert [(c.before, c.match) for c in appearance.contexts] == [
        ("التقى وزير الدفاع سيرغي شويغو نظيره ", "لويد أوستن"), ("قال ", "أوستن"), ("أكد شويغو ل", "أوستن")]


def test_shared_sentences_outrank_a_shared_article(profiles):
    ranked = neighbours(profiles, "sergei-shoigu")
    ids = [entity_id for entity_id, _, _ in ranked]
    assert ranked[0] == ("lloyd-austin", 3, 1)
    assert ("antony-blinken", 0, 1) in ranked
    assert ids.index("lloyd-austin") < ids.index("antony-blinken")


def test_a_name_in_every_article_is_no_ones_top_neighbour(profiles):
    # Russia shares a sentence with Shoigu in all three of his articles, more than anyone: still
    # not first, as it shares a sentence with everyone.
    shoigu = neighbours(profiles, "sergei-shoigu")
    assert ("russia", 3, 3) in shoigu and shoigu[0][0] != "russia"
    tops = {eid: p.related[0].entity_id for eid, p in profiles.items() if p.related}
    assert len(tops) >= 5
    assert "russia" not in tops.values(), tops


def test_the_order_is_symmetric_in_evidence_and_stable(profiles):
    # Austin sees Shoigu first too; the counts are the same from both sides.
    assert neighbours(profiles, "lloyd-austin")[0] == ("sergei-shoigu", 3, 1)
    articles_of = {eid: p.article_count for eid, p in profiles.items()}
    scores = [score(a.articles, a.sentences, articles_of[a.entity_id], len(ARCHIVE))
              for a in profiles["sergei-shoigu"].related]
    assert scores == sorted(scores, reverse=True)


def _related_section(html: str) -> str:
    match = re.search(r'<h2 id="related"[^>]*>([^<]*)</h2>\s*<ul class="related-list">(.*?)</ul>', html, re.S)
    assert match, "the entity page has a related list"
    return match.group(1), match.group(2)


def test_the_entity_page_shows_the_evidence_and_says_appeared_with_for_one_article(built_site):
    site = built_site / "site"
    # Shoigu is in one of the two seeds: every neighbour comes from that article.
    heading, items = _related_section((site / "entities/person/sergei-shoigu/index.html").read_text(encoding="utf-8"))
    assert heading == "ظهر مع"
    assert re.search(r">لويد أوستن</a> <span class=\"count\">\(جمل مشتركة: \d+، مقالات مشتركة: 1\)</span>", items)
    # Moscow is in both seeds and so is its first neighbour.
    heading, items = _related_section((site / "entities/place/moscow/index.html").read_text(encoding="utf-8"))
    assert heading == "يظهر غالبًا مع"
    assert "مقالات مشتركة: 2" in items


def test_a_preview_makes_again_only_the_profiles_an_edit_reaches_and_they_equal_a_full_pass(registry):
    entities, matcher = registry
    extractions = [extract_article(_article(n, body), matcher) for n, body in enumerate(ARCHIVE)]
    memo = AggregatesMemo()

    def save(changes: dict[int, str | None], title: str | None = None) -> tuple[dict, dict]:
        """Articles edited (a new body), removed (None) or added (a new number), as a save reads them."""
        before = memo.profiles(entities, extractions)
        for n, body in changes.items():
            if body is None:
                extractions[:] = [x for x in extractions if x.article.slug != f"a{n}"]
                continue
            edited = extract_article(_article(n, body, title), matcher)
            at = [i for i, x in enumerate(extractions) if x.article.slug == f"a{n}"]
            if at:
                extractions[at[0]] = edited
            else:
                extractions.append(edited)
        after = memo.profiles(entities, extractions)
        assert after == build_profiles(entities, extractions)
        return before, after

    before, after = save({3: "قال أوستن إن روسيا لم ترد."}, title="مقال معدل")  # the title only
    assert after["vladimir-putin"] is before["vladimir-putin"]  # not in the article: kept as it was
    assert after["lloyd-austin"] is not before["lloyd-austin"]  # its appearance shows the new title
    before, after = save({3: "قال أوستن إن الصادرات تراجعت."})  # Russia goes from one article
    assert after["russia"].article_count == len(ARCHIVE) - 1
    # Russia weighs otherwise for Putin: made again, his list the same, so the same object
    assert after["vladimir-putin"] is before["vladimir-putin"]
    before, after = save({1: None})  # an article removed: every association's discount changes
    save({len(ARCHIVE): "التقى بوتين شويغو في موسكو."})  # one added
    save({0: ARCHIVE[0].replace("لويد أوستن", "وزيرا")})  # Austin leaves the article he shares with Shoigu


def test_profiles_from_the_records_a_build_kept_on_disk_equal_profiles_made_anew(extracted, tmp_path):
    entities, extractions = extracted
    keys = [extraction_cache.article_fingerprint(x.article) for x in extractions]
    kept = extraction_cache.ExtractionCache(entities)
    for key, extraction in zip(keys, extractions):
        kept.add(key, extraction)
        kept.record(key, share_record)
    extraction_cache.save(tmp_path, kept)
    assert not kept.changed
    loaded = extraction_cache.load(tmp_path, entities, sound_share_record)
    assert loaded.records.keys() == set(keys)
    shares = [article_share(x, loaded.records[key]) for key, x in zip(keys, extractions)]
    assert build_profiles(entities, extractions, shares) == build_profiles(entities, extractions)
    # An article extracted again (a name of the registry changed) has its record made again.
    loaded.add(keys[0], extractions[0])
    assert keys[0] not in loaded.records
    assert loaded.record(keys[0], share_record) == share_record(extractions[0]) and loaded.changed


def test_records_made_by_other_code_are_not_read(extracted, tmp_path, monkeypatch):
    entities, extractions = extracted
    key = extraction_cache.article_fingerprint(extractions[0].article)
    kept = extraction_cache.ExtractionCache(entities, {key: extractions[0]})
    kept.record(key, share_record)
    extraction_cache.save(tmp_path, kept)
    stored = safe_pickle.load(tmp_path / extraction_cache.CACHE_DIR / f"{extraction_cache.shard_of(key)}.pickle")
    assert stored["records"] == {key: share_record(extractions[0])}
    monkeypatch.setattr(extraction_cache, "record_fingerprint", lambda: "other code")
    loaded = extraction_cache.load(tmp_path, entities, sound_share_record)
    assert key in loaded.items and loaded.records == {}


def test_a_profile_keeps_only_the_neighbours_its_page_shows(profiles):
    # Russia is in every article, so every other entity found is its neighbour.
    found = [p for p in profiles.values() if p.article_count and p.entity.id != "russia"]
    assert len(profiles["russia"].related) == min(MAX_ASSOCIATIONS, len(found))
    assert max(len(p.related) for p in profiles.values()) <= MAX_ASSOCIATIONS


def test_an_association_list_stays_within_its_bounds_and_changes_past_them():
    """An entity seen with many others: its list ordered at every archive size, against the sizes
    association_bounds says it holds for. Past a bound it must change (the bound is where two
    candidates' lines meet), never within."""
    import random
    draw = random.Random(7)
    for trial in range(200):
        others = [f"e{n}" for n in range(draw.randint(1, 30))]
        shared_articles = Counter({o: draw.randint(1, 6) for o in others})
        shared_sentences = Counter({o: draw.randint(0, 4) for o in others})
        articles_of = {o: shared_articles[o] + draw.randint(0, 400) for o in others}
        size = max(articles_of.values()) + draw.randint(0, 300)
        related = associations(articles_of, shared_articles, shared_sentences, size)
        lowest, highest = association_bounds(related, articles_of, shared_articles, shared_sentences, size)
        assert lowest <= size <= highest
        for other_size in range(max(articles_of.values()), size + 600):
            same = associations(articles_of, shared_articles, shared_sentences, other_size) == related
            if lowest <= other_size <= highest:
                assert same, (trial, other_size)
        if lowest == highest == size:  # two lines meet at this size: its list is all that is known
            continue
        for edge in (lowest - 1, highest + 1):  # a meeting point of two lines: the list changes there or just past
            if max(articles_of.values()) <= edge < size + 600 and edge != size:
                past = edge - 1 if edge < lowest else edge + 1
                assert (associations(articles_of, shared_articles, shared_sentences, edge) != related
                        or associations(articles_of, shared_articles, shared_sentences, past) != related), trial


def profiles_made(monkeypatch) -> list[str]:
    """The ids of the profiles made from now on, in order (ProfileTotals.profile's calls)."""
    made: list[str] = []
    profile = ProfileTotals.profile

    def counting(self, entity, articles_of, total):
        made.append(entity.id)
        return profile(self, entity, articles_of, total)

    monkeypatch.setattr(ProfileTotals, "profile", counting)
    return made


def test_an_added_article_makes_again_only_the_profiles_whose_lists_it_can_change(registry, monkeypatch):
    """The archive's size weighs every association, but an article that names few entities
    makes again only their profiles, their neighbours' and those whose order the new size
    changes: the others are the same objects, and every profile equals a full pass's."""
    entities, matcher = registry
    extractions = [extract_article(_article(n, body), matcher) for n, body in enumerate(ARCHIVE)]
    memo = AggregatesMemo()
    memo.profiles(entities, extractions)
    memo.prepare()
    made = profiles_made(monkeypatch)
    before = memo.profiles(entities, extractions)
    extractions.append(extract_article(_article(len(ARCHIVE), "زار بلينكن فيينا."), matcher))
    after = memo.profiles(entities, extractions)
    remade = list(made)  # (build_profiles below makes every one)
    assert after == build_profiles(entities, extractions)
    assert "antony-blinken" in remade
    assert len(remade) < len(entities) // 4, remade  # not every profile again
    assert all(after[eid] is before[eid] for eid in after if eid not in remade)
    extractions.pop()  # and taken away again
    assert memo.profiles(entities, extractions) == build_profiles(entities, extractions)
