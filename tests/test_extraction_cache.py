"""The extraction cache on disk: a build writes what it changed, and reading it back gives
exactly the cache it saved."""
from __future__ import annotations

import dataclasses

import pytest

from generator import safe_pickle
from generator.aggregate.entities import share_record, sound_share_record
from generator.extract import cache as extraction_cache
from generator.extract.article import extract_article
from generator.extract.entities import EntityMatcher
from test_associations import ARCHIVE, _article, registry  # noqa: F401  (the seeds' registry and matcher)

HEAD = extraction_cache.HEAD_FILE


def _shards(root) -> dict[str, bytes]:
    return {f.name: f.read_bytes() for f in sorted((root / extraction_cache.CACHE_DIR).glob("*.pickle"))
            if f.name != HEAD.name}


@pytest.fixture(scope="module")
def extracted(registry):
    entities, matcher = registry
    extractions = [extract_article(_article(n, body), matcher) for n, body in enumerate(ARCHIVE * 4)]
    return entities, {extraction_cache.article_fingerprint(x.article): x for x in extractions}


def _saved(tmp_path, entities, items: dict) -> extraction_cache.ExtractionCache:
    cache = extraction_cache.ExtractionCache(entities)
    for key, extraction in items.items():
        cache.add(key, extraction)
        cache.record(key, share_record)
    extraction_cache.save(tmp_path, cache)
    return cache


def _same(loaded: extraction_cache.ExtractionCache, cache: extraction_cache.ExtractionCache) -> None:
    assert loaded.items == cache.items and loaded.records == cache.records and loaded.entities == cache.entities
    assert not loaded.changed


def test_an_added_and_a_removed_article_rewrite_only_their_shards(extracted, tmp_path):
    entities, items = extracted
    keys = list(items)
    cache = _saved(tmp_path, entities, {key: items[key] for key in keys[:-1]})
    before = _shards(tmp_path)
    assert len(before) == len({extraction_cache.shard_of(key) for key in keys[:-1]}) > 1
    loaded = extraction_cache.load(tmp_path, entities, sound_share_record)
    _same(loaded, cache)
    loaded.add(keys[-1], items[keys[-1]])
    loaded.record(keys[-1], share_record)
    loaded.keep_only(keys[1:])  # and the first article removed
    extraction_cache.save(tmp_path, loaded)
    after = _shards(tmp_path)
    touched = {f"{extraction_cache.shard_of(key)}.pickle" for key in (keys[0], keys[-1])}
    assert {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)} == touched
    again = extraction_cache.load(tmp_path, entities, sound_share_record)
    _same(again, loaded)
    assert keys[0] not in again.items and keys[-1] in again.records and again.note is None


def test_an_edited_description_writes_only_the_head(extracted, tmp_path):
    entities, items = extracted
    _saved(tmp_path, entities, items)
    shards = _shards(tmp_path)
    edited = [dataclasses.replace(e, description=e.description + " وصف") if n == 0 else e
              for n, e in enumerate(entities)]
    loaded = extraction_cache.load(tmp_path, edited, sound_share_record)
    assert loaded.items.keys() == items.keys() and loaded.changed  # nothing to extract again
    extraction_cache.save(tmp_path, loaded)
    assert _shards(tmp_path) == shards
    again = extraction_cache.load(tmp_path, edited, sound_share_record)
    assert again.entities == edited and not again.changed


def test_a_shard_the_head_does_not_name_is_not_read(extracted, tmp_path):
    """A save stopped between a shard and the head leaves a shard of a registry the head does
    not describe: its articles are extracted again, the others kept."""
    entities, items = extracted
    shards = [extraction_cache.shard_of(key) for key in items]
    late = next(key for key, shard in zip(items, shards) if shards.count(shard) > 1)  # a shard of two
    _saved(tmp_path, entities, {key: x for key, x in items.items() if key != late})
    head = (tmp_path / HEAD).read_bytes()
    loaded = extraction_cache.load(tmp_path, entities, sound_share_record)
    loaded.add(late, items[late])
    extraction_cache.save(tmp_path, loaded)
    (tmp_path / HEAD).write_bytes(head)  # the shard written again, the head of the save before
    stale = extraction_cache.shard_of(late)
    again = extraction_cache.load(tmp_path, entities, sound_share_record)
    assert again.items.keys() == {key for key in items if extraction_cache.shard_of(key) != stale}
    assert "could not be read" in again.note and again.changed
    extraction_cache.save(tmp_path, again)  # and the next save writes that shard as it now is
    assert extraction_cache.load(tmp_path, entities, sound_share_record).items.keys() == again.items.keys()


@pytest.mark.parametrize("damage", ["cut short", "old format", "other format"])
def test_a_damaged_or_old_cache_is_extracted_again_with_a_plain_note(extracted, tmp_path, damage):
    entities, items = extracted
    _saved(tmp_path, entities, items)
    if damage == "cut short":
        (tmp_path / HEAD).write_bytes((tmp_path / HEAD).read_bytes()[:40])
    elif damage == "old format":  # the single file of the versions before the shards
        (tmp_path / HEAD).unlink()
        (tmp_path / extraction_cache.OLD_FILES[0]).write_bytes(b"old")
    else:
        stored = safe_pickle.load(tmp_path / HEAD)
        safe_pickle.write_pickle(tmp_path / HEAD, {**stored, "format": extraction_cache.FORMAT - 1})
    loaded = extraction_cache.load(tmp_path, entities, sound_share_record)
    assert loaded.items == {} and "extracted again" in loaded.note
    for key, extraction in items.items():
        loaded.add(key, extraction)
    extraction_cache.save(tmp_path, loaded)
    assert not (tmp_path / extraction_cache.OLD_FILES[0]).exists()
    assert extraction_cache.load(tmp_path, entities, sound_share_record).items == items


def test_a_renamed_entity_rewrites_the_shards_of_the_articles_extracted_again(extracted, tmp_path):
    entities, items = extracted
    _saved(tmp_path, entities, items)
    renamed = [dataclasses.replace(e, aliases=[*e.aliases, "الروس"]) if e.id == "russia" else e for e in entities]
    assert renamed != entities
    loaded = extraction_cache.load(tmp_path, renamed, sound_share_record)
    dropped = items.keys() - loaded.items.keys()
    assert dropped  # the seeds' archive names Russia
    matcher = EntityMatcher(renamed)
    for key in dropped:
        loaded.add(key, extract_article(items[key].article, matcher))
        loaded.record(key, share_record)
    assert loaded.dirty == {extraction_cache.shard_of(key) for key in dropped}
    extraction_cache.save(tmp_path, loaded)
    again = extraction_cache.load(tmp_path, renamed, sound_share_record)
    _same(again, loaded)
    assert again.items.keys() == items.keys()


def test_records_made_by_other_code_are_made_and_written_again(extracted, tmp_path, monkeypatch):
    """Share records from another version of the aggregate code are not loaded, and every shard
    is written again with the records made anew."""
    entities, items = extracted
    keys = list(items)
    _saved(tmp_path, entities, {key: items[key] for key in keys[:-1]})
    monkeypatch.setattr(extraction_cache, "record_fingerprint", lambda: "other record code")
    loaded = extraction_cache.load(tmp_path, entities, sound_share_record)
    assert loaded.items.keys() == set(keys[:-1]) and not loaded.records
    assert loaded.dirty == {extraction_cache.shard_of(key) for key in keys[:-1]}
    for key in keys[:-1]:
        loaded.record(key, share_record)
    extraction_cache.save(tmp_path, loaded)
    _same(extraction_cache.load(tmp_path, entities, sound_share_record), loaded)


def test_a_compact_extraction_equals_what_it_replaces_and_digests_alike(extracted, registry):
    """Compaction shares equal values; every field it rewrites by position must keep its value
    (a field added to Mention, DateMention or Event and missed there would fall to its default)."""
    from generator.compact import compact_extraction
    from generator.render.digest import extraction_digest

    _, items = extracted
    dated = extract_article(_article(20, "التقى سيرغي شويغو في موسكو يوم 5 مارس 2022 نظيره الأمريكي لويد أوستن."),
                            registry[1])
    assert dated.mentions and dated.dates and dated.events
    for extraction in (dated, *items.values()):
        compact = compact_extraction(extraction, extraction.article)
        assert compact == extraction
        assert extraction_digest(compact) == extraction_digest(extraction)


def test_equal_texts_digest_alike_whether_interned_or_shared():
    """What a page's fingerprint is made of depends on values only: the cache's interned, shared
    texts and the same texts made again must give one digest (marshal version 3 would not)."""
    import sys

    from generator.render.digest import digest_of

    text = sys.intern("نص طويل يتكرر في الصفحة " * 8)
    copy, other_copy = "".join(list(text)), "".join(list(text))
    assert copy is not text
    assert digest_of((text, text, 70000), "Extraction") == digest_of((copy, other_copy, 70000), "Extraction")
    assert digest_of((text,), "Article") != digest_of((text,), "Entity")


def test_a_stored_shard_reads_back_equal_and_compact(extracted, registry):
    """A shard's table and rows give back every field of every mention, date and event (an
    offset of -1 included), the texts that recur across shards one interned object, and the
    extractions digest as before."""
    import sys

    from generator.render.digest import extraction_digest

    _, items = extracted
    dated = extract_article(_article(20, "التقى سيرغي شويغو في موسكو يوم 5 مارس 2022 نظيره الأمريكي لويد أوستن."),
                            registry[1])
    unknown = dataclasses.replace(dated.events[0], date_start=-1, end_value="2022-03-06")
    dated = dataclasses.replace(dated, events=(*dated.events, unknown))
    entries = [("dated", dated), *items.items()]
    halves = [extraction_cache.extractions_of(extraction_cache.stored_shard(part)) for part in (entries[:3], entries[3:])]
    read = {**halves[0], **halves[1]}
    assert read == dict(entries)
    assert all(extraction_digest(read[key]) == extraction_digest(x) for key, x in entries)
    mentions = [m for x in read.values() for m in x.mentions]
    assert mentions and all(m.text is sys.intern(m.text) and m.field is sys.intern("body") for m in mentions
                            if m.field == "body")
    assert any(x.events and x.events[-1].date_start == -1 for x in halves[0].values())


@pytest.mark.parametrize("damage", ["an offset beyond any article", "rows cut short", "a place beyond the table",
                                    "a number for a text", "an item with a count too few"])
def test_a_shard_with_rows_no_save_writes_is_not_read(extracted, tmp_path, damage):
    """A shard whose token is the head's but whose rows or table are not what a save writes
    (planted, or written by a bug) is not read: its articles are extracted again."""
    from array import array

    entities, items = extracted
    _saved(tmp_path, entities, items)
    shard = min(_shards(tmp_path))
    stored = safe_pickle.load(tmp_path / extraction_cache.CACHE_DIR / shard)
    rows = array("I", stored["mentions"])
    if damage == "an offset beyond any article":
        rows[1] = 2**31
    elif damage == "rows cut short":
        rows = rows[:-1]
    elif damage == "a place beyond the table":
        rows[0] = 2**31
    elif damage == "a number for a text":
        stored["texts"] = [1, *stored["texts"][1:]]
    else:  # the events' count left out: with no events in the shard, every count still adds up
        stored["items"] = {key: (article, mentions, dates, problems)
                           for key, (article, mentions, dates, _, problems) in stored["items"].items()}
        stored["events"] = b""
    stored["mentions"] = rows.tobytes()
    safe_pickle.write_pickle(tmp_path / extraction_cache.CACHE_DIR / shard, stored)
    loaded = extraction_cache.load(tmp_path, entities, sound_share_record)
    lost = {key for key in items if f"{extraction_cache.shard_of(key)}.pickle" == shard}
    assert lost and loaded.items.keys() == items.keys() - lost and "could not be read" in loaded.note


@pytest.mark.parametrize("damage", ["an entity named twice", "a number for an id"])
def test_a_shard_with_a_record_no_build_makes_is_not_read(extracted, tmp_path, damage):
    """A record's ids reach the open data and the warnings: a planted one (an entity repeated,
    an id that is not a text) has its whole shard refused, its articles extracted again."""
    entities, items = extracted
    cache = _saved(tmp_path, entities, items)
    key = next(key for key, record in cache.records.items() if record[0])
    shard = f"{extraction_cache.shard_of(key)}.pickle"
    stored = safe_pickle.load(tmp_path / extraction_cache.CACHE_DIR / shard)
    ids, counts, spans, shared = stored["records"][key]
    if damage == "an entity named twice":  # every part still one per id
        planted = (ids + ids[:1], counts + counts[:1], spans + spans[:1], shared + shared[:1])
    else:
        planted = ((*ids[:-1], 7), counts, spans, shared)
    stored["records"][key] = planted
    safe_pickle.write_pickle(tmp_path / extraction_cache.CACHE_DIR / shard, stored)
    loaded = extraction_cache.load(tmp_path, entities, sound_share_record)
    lost = {k for k in items if f"{extraction_cache.shard_of(k)}.pickle" == shard}
    assert key in lost and loaded.items.keys() == items.keys() - lost and "could not be read" in loaded.note


def test_a_kept_record_is_sound_as_the_build_makes_it(extracted):
    from generator.state import kept_record, sound_kept_record

    _, items = extracted
    records = [kept_record(x) for x in items.values()]
    assert any(share[0] for share, _ in records) and all(map(sound_kept_record, records))
    share, digest = records[0]
    assert not sound_kept_record((share, digest.hex())) and not sound_kept_record(share)


def test_an_extraction_plain_or_read_from_a_shard_takes_the_article_read(extracted, tmp_path):
    """The state swaps a cached extraction's article for the equal object it read: one call,
    whatever the extraction's class; a stored one's parts are not made for it."""
    entities, items = extracted
    _saved(tmp_path, entities, items)
    loaded = extraction_cache.load(tmp_path, entities, sound_share_record)
    for key, extraction in items.items():
        for given in (extraction, loaded.items[key]):
            article = dataclasses.replace(given.article)
            moved = given.with_article(article)
            assert moved.article is article and type(moved) is type(given) and moved == extraction
    fresh = next(iter(extraction_cache.load(tmp_path, entities, sound_share_record).items.values()))
    fresh.with_article(dataclasses.replace(fresh.article))
    assert not fresh._rows.made


def test_a_write_that_fails_leaves_the_file_before_it_and_no_tmp_file(tmp_path):
    target = tmp_path / "kept.pickle"
    safe_pickle.write_pickle(target, {"kept": ["before"]})
    cycle: list = []
    cycle.append(cycle)
    with pytest.raises(ValueError):  # without a memo, a cycle cannot be written
        safe_pickle.write_pickle(target, {"kept": cycle}, shares=False)
    assert sorted(f.name for f in tmp_path.iterdir()) == ["kept.pickle"]
    assert safe_pickle.read_pickle(target) == {"kept": ["before"]}


def test_without_sharing_an_object_reached_twice_is_read_back_as_two(tmp_path):
    shared = ["الخرطوم"]
    for shares in (True, False):
        safe_pickle.write_pickle(tmp_path / "kept.pickle", {"twice": [shared, shared]}, shares=shares)
        first, second = safe_pickle.read_pickle(tmp_path / "kept.pickle")["twice"]
        assert first == second == shared and (first is second) == shares
