"""The render stage in forked processes gives the docs tree one process gives, byte for byte, and
a process that fails fails the build and leaves the docs tree as it was."""
from __future__ import annotations

import os
import pickle
import subprocess
from pathlib import Path

import pytest

from conftest import copy_repository, tree
from generator import pipeline
from generator.files import DocsWriter
from generator.pipeline import MemorySink
from generator.render import workers
from generator.render.search_index import KEYS_CACHE
from generator.render.site import LazyPage


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of three pages: the seeds' 64 pages are shared out between the processes."""
    monkeypatch.setattr(workers, "CHUNK_PAGES", 3)


def _table(root: Path) -> list:
    """What the docs folder was made from, in its order, without the files' stamps."""
    table = pickle.loads((root / DocsWriter.TABLE).read_bytes())
    return [(rel, fingerprint, indexed) for rel, (fingerprint, _, indexed) in table.items()]


def _retitle(root: Path) -> None:
    [article] = (root / "content/articles/2022").glob("2022-10-21-*.md")
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("title: ", "title: عنوان آخر ", 1), encoding="utf-8")


@pytest.mark.parametrize("processes, chunk", [("2", 3), ("3", 1000)])  # 1000: fewer chunks than processes
def test_render_processes_write_what_one_writes(tmp_path, monkeypatch, processes, chunk):
    monkeypatch.setattr(workers, "CHUNK_PAGES", chunk)
    adopted = []
    adopt = DocsWriter.adopt
    monkeypatch.setattr(DocsWriter, "adopt", lambda self, table, staged: (adopted.append(len(table)),
                                                                           adopt(self, table, staged)))
    built = {}
    for count in ("1", processes):
        root = copy_repository(tmp_path / count)
        monkeypatch.setenv(workers.PROCESSES_VARIABLE, count)
        generated = pipeline.build_docs(root)
        assert generated.rendered == generated.pages == 64
        keys = pickle.loads((root / KEYS_CACHE).read_bytes())["keys"]
        built[count] = (tree(root / "build/docs"), _table(root), sorted(keys.items()))
    assert adopted and (adopted[0] > 0 or chunk == 1000)  # the forked process rendered pages
    one, two = built["1"], built[processes]
    assert sorted(one[0]) == sorted(two[0])
    assert [name for name in one[0] if one[0][name] != two[0][name]] == []
    assert one[1] == two[1]  # each page's fingerprint, in the same order
    assert one[2] == two[2]  # the search keys kept for the next build


@pytest.mark.parametrize("failure", ["raises", "dies"])
def test_a_render_process_that_fails_fails_the_build_and_writes_nothing(tmp_path, monkeypatch, small_chunks,
                                                                         failure):
    root = copy_repository(tmp_path / "repo")
    pipeline.build_docs(root)
    before = tree(root / "build/docs")
    _retitle(root)
    (root / DocsWriter.TABLE).unlink()  # every page is rendered again
    parent, render_page = os.getpid(), workers.render_page

    def failing(env, page, settings, events=None):
        if os.getpid() != parent:
            if failure == "dies":
                os._exit(3)
            raise ValueError(f"cannot render {page.src}")
        return render_page(env, page, settings, events)

    monkeypatch.setattr(workers, "render_page", failing)
    monkeypatch.setenv(workers.PROCESSES_VARIABLE, "2")
    if failure == "raises":
        with pytest.raises(ValueError, match="cannot render") as raised:
            pipeline.build_docs(root)
        assert "raised in a render process" in raised.value.__notes__[0]
        assert "in failing" in raised.value.__notes__[0]  # its traceback, from where it was raised
    else:
        with pytest.raises(workers.RenderProcessFailed, match="exit code 3"):
            pipeline.build_docs(root)
    assert tree(root / "build/docs") == before
    assert list((root / "build").glob(".docs-*")) == []  # nothing staged is left
    monkeypatch.setattr(workers, "render_page", render_page)
    pipeline.build_docs(root)  # the next build is whole
    assert tree(root / "build/docs") != before


def _pages(count: int) -> list[LazyPage]:
    return [LazyPage(f"p/{n}.md", "t.j2", (n,), lambda: None) for n in range(count)]


def test_one_process_renders_a_preview_an_incremental_build_and_a_small_archive(tmp_path, monkeypatch):
    monkeypatch.delenv(workers.PROCESSES_VARIABLE, raising=False)
    monkeypatch.setattr(workers, "SPLIT_FROM", 10)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    clean = DocsWriter(tmp_path, tmp_path / "docs", {})
    assert workers.processes_for(_pages(10), clean, one_pass=True) == 2
    assert workers.processes_for(_pages(9), clean, one_pass=True) == 1  # a small archive
    assert workers.processes_for(_pages(10), clean, one_pass=False) == 1  # a preview keeps its pages
    assert workers.processes_for(_pages(10), MemorySink(), one_pass=True) == 1  # generate(): in memory
    known = DocsWriter(tmp_path, tmp_path / "docs", {page.src: (b"", None, False) for page in _pages(5)})
    assert workers.processes_for(_pages(14), known, one_pass=True) == 1  # an incremental build: 9 new pages
    monkeypatch.setattr(workers.multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    assert workers.processes_for(_pages(10), clean, one_pass=True) == 1  # no fork


def test_the_pages_made_together_stay_in_one_chunk(monkeypatch):
    monkeypatch.setattr(workers, "CHUNK_PAGES", 2)
    shared = ("entity",)
    pages = _pages(3) + [LazyPage(f"e/{n}.md", "t.j2", shared, lambda: None) for n in range(3)] + _pages(1)
    chunks = workers.chunks_of(pages)
    assert [[page.src for page in chunk] for chunk in chunks] == [
        ["p/0.md", "p/1.md"], ["p/2.md", "e/0.md", "e/1.md", "e/2.md"], ["p/0.md"]]


def _mkdocs_commands(monkeypatch, fail_share: str | None = None) -> list:
    """The MkDocs commands a build runs; the one of share `fail_share` fails."""
    commands, run_child = [], pipeline.run_child

    def recording(command, **options):
        commands.append(command)
        if fail_share is not None and command[2:4] == ["generator.mkdocs_shares", fail_share]:
            return subprocess.CompletedProcess(command, 1, "", f"share {fail_share} failed")
        return run_child(command, **options)

    monkeypatch.setattr(pipeline, "run_child", recording)
    return commands


def test_mkdocs_in_two_processes_builds_the_site_one_builds(tmp_path, monkeypatch):
    sites = {}
    for processes in ("1", "2"):
        root = copy_repository(tmp_path / processes)
        monkeypatch.setenv(workers.PROCESSES_VARIABLE, processes)
        commands = _mkdocs_commands(monkeypatch)
        pipeline.build_site(root, strict=True)
        assert len(commands) == int(processes)
        sites[processes] = tree(root / "site")
    one, two = sites["1"], sites["2"]
    assert sorted(one) == sorted(two)
    assert [name for name in one if one[name] != two[name]] == []


def test_a_failing_mkdocs_share_fails_the_build_and_leaves_the_site(tmp_path, monkeypatch):
    root = copy_repository(tmp_path / "repo")
    pipeline.build_site(root)
    before = tree(root / "site")
    _retitle(root)
    monkeypatch.setenv(workers.PROCESSES_VARIABLE, "2")
    _mkdocs_commands(monkeypatch, fail_share="1")
    with pytest.raises(pipeline.BuildFailed) as failed:
        pipeline.build_site(root, incremental=False)
    assert "share 1 failed" in failed.value.problems[0].message
    assert tree(root / "site") == before


def test_the_shares_of_mkdocs_pages_are_about_half_each_and_fixed():
    from generator.mkdocs_shares import share_of

    sources = [f"articles/2022/{n}.md" for n in range(1000)]
    counts = [sum(1 for src in sources if share_of(src, 2) == share) for share in (0, 1)]
    assert sum(counts) == 1000 and min(counts) > 400  # about half each, the same in every process
