"""The extraction cache on disk: a build writes what it changed, and reading it back gives
exactly the cache it saved."""
from __future__ import annotations

import dataclasses

import pytest

from generator.aggregate.entities import share_record
from generator.extract import cache as extraction_cache
from generator.extract.article import extract_article
from generator.extract.entities import EntityMatcher
from test_associations import ARCHIVE, _article, registry  # noqa: F401  (the seeds' registry and matcher)

WHOLE, CHANGES = extraction_cache.CACHE_FILE, extraction_cache.CHANGES_FILE


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


def test_an_added_article_is_written_beside_the_whole_file_and_read_back_with_it(extracted, tmp_path, monkeypatch):
    monkeypatch.setattr(extraction_cache, "REWRITE_SHARE", 1 / 4)  # a few changes of this small archive
    entities, items = extracted
    keys = list(items)
    cache = _saved(tmp_path, entities, {key: items[key] for key in keys[:-1]})
    whole = (tmp_path / WHOLE).read_bytes()
    assert not (tmp_path / CHANGES).exists()
    loaded = extraction_cache.load(tmp_path, entities)
    _same(loaded, cache)
    loaded.add(keys[-1], items[keys[-1]])
    loaded.record(keys[-1], share_record)
    loaded.keep_only(keys[1:])  # and the first article removed
    extraction_cache.save(tmp_path, loaded)
    assert (tmp_path / WHOLE).read_bytes() == whole and (tmp_path / CHANGES).exists()
    again = extraction_cache.load(tmp_path, entities)
    _same(again, loaded)
    assert keys[0] not in again.items and keys[-1] in again.records
    # Changes build up over several builds: each writes every change since the whole file.
    again.add(keys[0], items[keys[0]])
    extraction_cache.save(tmp_path, again)
    _same(extraction_cache.load(tmp_path, entities), again)


def test_an_edited_description_writes_only_the_registry(extracted, tmp_path):
    entities, items = extracted
    _saved(tmp_path, entities, items)
    whole = (tmp_path / WHOLE).read_bytes()
    edited = [dataclasses.replace(e, description=e.description + " وصف") if n == 0 else e
              for n, e in enumerate(entities)]
    loaded = extraction_cache.load(tmp_path, edited)
    assert loaded.items.keys() == items.keys() and loaded.changed  # nothing to extract again
    extraction_cache.save(tmp_path, loaded)
    assert (tmp_path / WHOLE).read_bytes() == whole
    again = extraction_cache.load(tmp_path, edited)
    assert again.entities == edited and not again.changed


def test_the_whole_file_is_written_again_once_the_changes_are_a_large_share(extracted, tmp_path):
    entities, items = extracted
    keys = list(items)
    share = int(len(keys) * extraction_cache.REWRITE_SHARE)
    _saved(tmp_path, entities, {key: items[key] for key in keys[: -share - 1]})
    loaded = extraction_cache.load(tmp_path, entities)
    for key in keys[-share - 1:]:
        loaded.add(key, items[key])
    extraction_cache.save(tmp_path, loaded)
    assert not (tmp_path / CHANGES).exists()
    _same(extraction_cache.load(tmp_path, entities), loaded)


def test_changes_made_on_another_whole_file_are_not_read(extracted, tmp_path):
    entities, items = extracted
    keys = list(items)
    _saved(tmp_path, entities, {key: items[key] for key in keys[:-1]})
    loaded = extraction_cache.load(tmp_path, entities)
    loaded.add(keys[-1], items[keys[-1]])
    extraction_cache.save(tmp_path, loaded)
    changes = (tmp_path / CHANGES).read_bytes()
    _saved(tmp_path, entities, {key: items[key] for key in keys[:2]})  # a whole file written anew
    (tmp_path / CHANGES).write_bytes(changes)  # and the changes of the one before left behind
    assert extraction_cache.load(tmp_path, entities).items.keys() == set(keys[:2])


def test_a_renamed_entity_goes_through_the_changes_file(extracted, tmp_path, monkeypatch):
    """The articles that name a renamed entity are dropped and extracted again under the same
    fingerprints: each key is then both removed and added since the whole file, and loading
    must drop before it adds, or those articles are lost."""
    monkeypatch.setattr(extraction_cache, "REWRITE_SHARE", 10)  # keep every change beside the whole file
    entities, items = extracted
    _saved(tmp_path, entities, items)
    whole = (tmp_path / WHOLE).read_bytes()
    renamed = [dataclasses.replace(e, aliases=[*e.aliases, "الروس"]) if e.id == "russia" else e for e in entities]
    assert renamed != entities
    loaded = extraction_cache.load(tmp_path, renamed)
    dropped = items.keys() - loaded.items.keys()
    assert dropped  # the seeds' archive names Russia
    matcher = EntityMatcher(renamed)
    for key in dropped:
        loaded.add(key, extract_article(items[key].article, matcher))
        loaded.record(key, share_record)
    extraction_cache.save(tmp_path, loaded)
    assert (tmp_path / WHOLE).read_bytes() == whole and (tmp_path / CHANGES).exists()
    again = extraction_cache.load(tmp_path, renamed)
    _same(again, loaded)
    assert again.items.keys() == items.keys()


def test_records_made_by_other_code_are_written_again_whole(extracted, tmp_path, monkeypatch):
    """Share records from another version of the aggregate code are not loaded, and the next
    save writes the whole file again (changes beside a file of other records would mix the two)."""
    entities, items = extracted
    keys = list(items)
    _saved(tmp_path, entities, {key: items[key] for key in keys[:-1]})
    monkeypatch.setattr(extraction_cache, "record_fingerprint", lambda: "other record code")
    loaded = extraction_cache.load(tmp_path, entities)
    assert loaded.items.keys() == set(keys[:-1]) and not loaded.records
    loaded.add(keys[-1], items[keys[-1]])  # one change: a file beside the whole one would do
    loaded.record(keys[-1], share_record)
    extraction_cache.save(tmp_path, loaded)
    assert not (tmp_path / CHANGES).exists()
    _same(extraction_cache.load(tmp_path, entities), loaded)
