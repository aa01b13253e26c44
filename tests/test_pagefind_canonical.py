"""Pagefind's index made the same for the same site: the CBOR codec and the canonical order."""
from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import tree
from generator.render import cbor, search_index


def pagefind_files(output: Path) -> list[Path]:
    return sorted([*output.glob("filter/*.pf_filter"), *output.glob("*.pf_meta"), *output.glob("index/*.pf_index")])


@pytest.fixture(scope="module")
def raw_index(built_site, tmp_path_factory) -> Path:
    """The seeds' site indexed by Pagefind, as Pagefind leaves it (not canonicalised)."""
    site = tmp_path_factory.mktemp("raw") / "site"
    shutil.copytree(built_site / "site", site)
    original = search_index.canonicalise_index
    search_index.canonicalise_index = lambda output: None
    try:
        search_index.index_site(site)
    finally:
        search_index.canonicalise_index = original
    return site / "pagefind"


def test_the_codec_reads_and_writes_pagefind_files_byte_for_byte(raw_index):
    files = pagefind_files(raw_index)
    assert len(files) >= 5  # filters, metadata, index chunks
    for file in files:
        data = gzip.decompress(file.read_bytes())
        assert data.startswith(b"pagefind_dcd")
        assert cbor.encode(cbor.decode(data[12:])) == data[12:], file.name


values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**63, 2**64 - 1) | st.text() | st.binary()
    | st.floats(allow_nan=False),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=5), inner, max_size=5),
    max_leaves=20)


@given(values)
def test_the_codec_round_trips_any_value(value):
    assert cbor.decode(cbor.encode(value)) == value


def test_cbor_heads_are_the_shortest(tmp_path):
    assert cbor.encode(23) == b"\x17" and cbor.encode(24) == b"\x18\x18"
    assert cbor.encode(-1) == b"\x20" and cbor.encode("ا") == b"\x62\xd8\xa7"
    assert cbor.encode([0] * 24)[:2] == b"\x98\x18"
    with pytest.raises(ValueError):
        cbor.decode(b"\x9f\x01\xff")  # indefinite length: Pagefind does not write it


def filters(output: Path) -> dict:
    """{filter name: {value: pages}} as the browser reads them."""
    result = {}
    for file in output.glob("filter/*.pf_filter"):
        name, entries = cbor.decode(gzip.decompress(file.read_bytes())[12:])
        result[name] = {value: pages for value, pages in entries}
    return result


def test_canonical_index_finds_the_same_and_is_sorted_and_stable(raw_index, tmp_path):
    canonical = tmp_path / "pagefind"
    shutil.copytree(raw_index, canonical)
    search_index.canonicalise_index(canonical)
    assert filters(canonical) == filters(raw_index)
    assert {"السنة", "النوع", "الكيان"} <= set(filters(canonical))
    for file in canonical.glob("filter/*.pf_filter"):
        _, entries = cbor.decode(gzip.decompress(file.read_bytes())[12:])
        assert [value for value, _ in entries] == sorted(value for value, _ in entries)

    entry = json.loads((canonical / "pagefind-entry.json").read_text(encoding="utf-8"))
    [language] = entry["languages"].values()
    meta = cbor.decode(gzip.decompress((canonical / f"pagefind.{language['hash']}.pf_meta").read_bytes())[12:])
    assert [name for name, _ in meta[3]] == sorted(name for name, _ in meta[3])
    for _, filter_hash in meta[3]:  # every filter the metadata names exists
        assert (canonical / "filter" / f"{filter_hash}.pf_filter").is_file()
    assert len(list(canonical.glob("*.pf_meta"))) == 1

    once = tree(canonical)
    search_index.canonicalise_index(canonical)
    assert tree(canonical) == once  # canonical already: nothing changes


def test_pages_are_named_by_the_bundles_fragments_and_their_place(raw_index, tmp_path):
    """The metadata names every page (a first search downloads it): short names, one prefix for
    the bundle (the digest of its fragments), each page's fragment file under its new name."""
    canonical = tmp_path / "pagefind"
    shutil.copytree(raw_index, canonical)
    search_index.canonicalise_index(canonical)
    [meta_file] = canonical.glob("*.pf_meta")
    [raw_meta_file] = raw_index.glob("*.pf_meta")
    pages = cbor.decode(gzip.decompress(meta_file.read_bytes())[12:])[1]
    raw_pages = cbor.decode(gzip.decompress(raw_meta_file.read_bytes())[12:])[1]
    prefix = pages[0][0][:search_index.PAGE_PREFIX_LENGTH]
    assert [name for name, _ in pages] == [f"{prefix}{i:x}" for i in range(len(raw_pages))]
    assert [count for _, count in pages] == [count for _, count in raw_pages]
    for (name, _), (raw_name, _) in zip(pages, raw_pages):
        assert (canonical / "fragment" / f"{name}.pf_fragment").read_bytes() == \
            (raw_index / "fragment" / f"{raw_name}.pf_fragment").read_bytes()
    assert len(list(canonical.glob("fragment/*"))) == len(pages)
    # a bundle whose pages changed names them anew
    changed = tmp_path / "changed"
    shutil.copytree(raw_index, changed)
    first = changed / "fragment" / f"{raw_pages[0][0]}.pf_fragment"
    first.write_bytes(first.read_bytes() + b"\0")
    search_index.canonicalise_index(changed)
    [changed_meta] = changed.glob("*.pf_meta")
    assert cbor.decode(gzip.decompress(changed_meta.read_bytes())[12:])[1][0][0][:search_index.PAGE_PREFIX_LENGTH] != prefix


def test_pagefind_indexes_the_part_of_a_page_it_reads_as_it_indexes_the_whole_built_page(built_site, tmp_path):
    """Each shard's bundle is made from the part of each page Pagefind reads (the indexed region,
    its excluded lists emptied), not from the built page with the theme's chrome: the same bytes."""
    from generator.render import search_shards

    site = built_site / "site"
    pages = search_shards.indexed_pages(site)
    parts = [search_index.indexed_part((site / page.path).read_bytes()) for page in pages]
    assert all(part is not None for part in parts)
    assert sum(map(len, parts)) < sum((site / page.path).stat().st_size for page in pages) / 2
    for shard in search_shards.plan_shards(pages, articles_per_shard=5):
        made = {}
        for read_part in (None, search_index.indexed_part):
            bundle = tmp_path / ("part" if read_part else "whole") / shard.name
            search_shards.build_bundle(site, shard, bundle, search_index._run_pagefind,
                                       search_index.canonicalise_index, search_index.UNUSED_FILES, read_part)
            made[read_part] = {path.relative_to(bundle): path.read_bytes() for path in bundle.rglob("*") if path.is_file()}
        assert made[None] == made[search_index.indexed_part], shard.name
