"""A command reads again only the content files whose stamp changed since the last command
(generator/state.py, READ_CACHE), and what it builds is what reading every file gives."""
from __future__ import annotations

import os

import pytest

from conftest import copy_repository, tree
from generator import pipeline, state
from test_incremental import clean_docs


@pytest.fixture
def counted_reads(monkeypatch):
    """The articles and registry files read from disk, and files treated as older than they are
    (UNSURE_NS 0: the tests write files a moment before they build)."""
    monkeypatch.setattr(state, "UNSURE_NS", 0)
    read: list[str] = []
    real_article, real_entity = state.read_article, state.read_entity_file
    monkeypatch.setattr(state, "read_article", lambda file, root: read.append(str(file)) or real_article(file, root))
    monkeypatch.setattr(state, "read_entity_file", lambda file, root: read.append(str(file)) or real_entity(file, root))
    return read


def test_a_second_command_reads_no_file_that_did_not_change(tmp_path, counted_reads):
    root = copy_repository(tmp_path / "repo")
    pipeline.build_docs(root)
    files = [*(root / "content/articles").rglob("*.md"), *(root / "content/entities").rglob("*.md")]
    assert len(counted_reads) == len(files)
    counted_reads.clear()
    again = pipeline.build_docs(root)
    assert counted_reads == [] and again.rendered == 0 and again.written == 0


def test_an_edit_that_keeps_size_and_modification_time_is_still_read(tmp_path, counted_reads):
    """The same number of bytes and the old modification time put back (as `touch -r` or an
    editor keeping times would): the change time moved, so the file is read again."""
    root = copy_repository(tmp_path / "repo")
    pipeline.build_docs(root)
    [article] = (root / "content/articles/2022").glob("2022-10-21-*.md")
    before = os.stat(article)
    text = article.read_text(encoding="utf-8")
    edited = text.replace("أول اتصال", "ثاني اتصال"[:len("أول اتصال")], 1)
    assert edited != text and len(edited.encode()) == len(text.encode())
    article.write_text(edited, encoding="utf-8")
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(article).st_size == before.st_size
    counted_reads.clear()
    pipeline.build_docs(root)
    assert counted_reads == [str(article)]
    assert tree(root / "build/docs") == clean_docs(root)


def test_a_file_changed_just_before_the_cache_was_written_is_read_again(tmp_path, monkeypatch, counted_reads):
    monkeypatch.setattr(state, "UNSURE_NS", 10**18)  # every file changed "just before"
    root = copy_repository(tmp_path / "repo")
    pipeline.build_docs(root)
    first = len(counted_reads)
    counted_reads.clear()
    pipeline.build_docs(root)
    assert len(counted_reads) == first


def test_added_and_removed_files_and_errors_are_seen_from_the_cache(tmp_path, counted_reads):
    root = copy_repository(tmp_path / "repo")
    pipeline.build_docs(root)
    broken = root / "content/articles/2022/2022-12-01-broken.md"
    broken.write_text("---\ntitle: بلا تاريخ\n---\nنص.\n", encoding="utf-8")
    with pytest.raises(pipeline.BuildFailed) as first:
        pipeline.build_docs(root)
    counted_reads.clear()
    with pytest.raises(pipeline.BuildFailed) as again:  # the error comes from the cache, the same
        pipeline.build_docs(root)
    assert counted_reads == [] and again.value.problems == first.value.problems
    broken.unlink()
    [entity] = (root / "content/entities/person").glob("elizabeth-rood.md")
    entity.unlink()
    pipeline.build_docs(root)
    assert counted_reads == []
    assert tree(root / "build/docs") == clean_docs(root)


def test_a_cache_of_other_reading_code_or_not_ours_is_not_used(tmp_path, monkeypatch, counted_reads):
    root = copy_repository(tmp_path / "repo")
    pipeline.build_docs(root)
    everything = len(counted_reads)
    monkeypatch.setattr(state, "_reading_fingerprint", lambda: "other code")
    counted_reads.clear()
    pipeline.build_docs(root)
    assert len(counted_reads) == everything
    (root / state.READ_CACHE).write_bytes(b"not a pickle")
    counted_reads.clear()
    pipeline.build_docs(root)
    assert len(counted_reads) == everything
