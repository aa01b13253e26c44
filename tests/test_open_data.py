"""The open data (api/*.json, chronology.csv) is written as its records are made, never held
whole, into a staged file that replaces the docs folder's only when its bytes differ."""
from __future__ import annotations

import json
import os

import pytest

from conftest import copy_repository
from generator import pipeline
from generator.config import load_settings
from generator.files import DocsWriter
from generator.render.addresses import DEFAULT


def _open_data_paths() -> list[str]:
    return [DEFAULT.open_data(name) for name in ("articles", "entities", "events", "chronology")]


def test_the_written_open_data_is_what_generate_makes_and_an_unchanged_file_is_not_rewritten(tmp_path, monkeypatch):
    root = copy_repository(tmp_path / "repo")
    pieces: dict[str, list[int]] = {}
    original = DocsWriter.put_parts

    def counted(self, rel, fingerprint, parts):
        sizes = pieces.setdefault(rel, [])
        original(self, rel, fingerprint, (sizes.append(len(part)) or part for part in parts))
    monkeypatch.setattr(DocsWriter, "put_parts", counted)
    pipeline.build_docs(root)
    docs = root / load_settings(root).docs_path
    generated = pipeline.generate(root).files
    events = json.loads((docs / DEFAULT.open_data("events")).read_text(encoding="utf-8"))
    assert len(events) > 5
    for rel in _open_data_paths():
        assert (docs / rel).read_bytes() == generated[rel]
        assert len(pieces[rel]) > 2 and max(pieces[rel]) < len(generated[rel])  # never the file whole
    # Each piece is at most one record: the events' file comes in two pieces an event.
    assert len(pieces[DEFAULT.open_data("events")]) == 2 * len(events) + 1
    stamps = {rel: os.stat(docs / rel) for rel in _open_data_paths()}
    pipeline.build_docs(root)
    for rel in _open_data_paths():  # the same bytes: the file is not written again
        assert (os.stat(docs / rel).st_ino, os.stat(docs / rel).st_mtime_ns) == \
            (stamps[rel].st_ino, stamps[rel].st_mtime_ns)


def test_a_file_given_in_pieces_replaces_the_old_one_only_when_finished(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "same.csv").write_bytes(b"a,b\n1,2\n")
    (docs / "changed.csv").write_bytes(b"a,b\n1,2\n")
    before = {name: os.stat(docs / name).st_ino for name in ("same.csv", "changed.csv")}
    writer = DocsWriter(tmp_path, docs, table={})
    writer.put_parts("same.csv", None, iter([b"a,b\n", b"1,2\n"]))
    writer.put_parts("changed.csv", None, iter([b"a,b\n", b"1,3\n"]))
    writer.put_parts("new/added.json", None, iter([b"[\n", b"1", b"\n]\n"]))
    # Nothing in the docs folder has changed yet: a build that fails now leaves it whole.
    assert (docs / "changed.csv").read_bytes() == b"a,b\n1,2\n"
    assert not (docs / "new").exists()
    try:
        assert writer.finish() == (2, 0)
    finally:
        writer.discard()
    assert (docs / "changed.csv").read_bytes() == b"a,b\n1,3\n"
    assert (docs / "new/added.json").read_bytes() == b"[\n1\n]\n"
    assert os.stat(docs / "same.csv").st_ino == before["same.csv"]  # not written again
    assert os.stat(docs / "changed.csv").st_ino != before["changed.csv"]  # a new file, renamed into place
    assert sorted(writer.table) == ["changed.csv", "new/added.json", "same.csv"]


def test_the_site_data_is_never_made_without_the_ids_each_article_names():
    """After the pages a build keeps of each extraction its article alone (no mentions): the
    open data reads the entities each article names from `named`, so no caller may leave it out
    (articles.json would list no entity, and nothing would say so)."""
    from generator.render.site import SiteData

    with pytest.raises(TypeError, match="named"):
        SiteData(None, {}, {})
