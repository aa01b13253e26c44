"""Two builds of one commit are byte-identical, and a build killed half-way loses nothing."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import copy_repository, tree
from generator import pipeline
from generator.pipeline import build_site
from generator.progress import Reporter


def test_two_clean_builds_are_byte_identical(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = copy_repository(tmp_path / "one")
    second = copy_repository(tmp_path / "two")
    build_site(first)
    build_site(second)
    for folder in ("site", "build/docs"):
        a, b = tree(first / folder), tree(second / folder)
        assert sorted(a) == sorted(b), folder
        different = [name for name in a if a[name] != b[name]]
        assert different == [], folder
    sitemap = (first / "site/sitemap.xml").read_text(encoding="utf-8")
    assert "<lastmod>2022-11-28</lastmod>" in sitemap  # the newest article's date, not today's


def test_a_build_killed_half_way_leaves_the_previous_site_whole(built_site, tmp_path):
    root = copy_repository(tmp_path / "repo")
    build_site(root)
    site_before = tree(root / "site")
    content_before = tree(root / "content")
    article = next((root / "content/articles/2022").glob("2022-10-21-*.md"))
    article.write_text(article.read_text(encoding="utf-8").replace("أول اتصال", "أول اتصال مباشر", 1), encoding="utf-8")
    content_before = tree(root / "content")

    build = subprocess.Popen([sys.executable, "-m", "generator", "--root", str(root), "site"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    # Kill it while MkDocs writes the new site into its temporary folder.
    while time.monotonic() < deadline and not any((root / "build").glob(".site-*/index.html")):
        time.sleep(0.01)
    assert any((root / "build").glob(".site-*")), "the build never reached MkDocs"
    build.send_signal(signal.SIGKILL)
    build.wait()

    assert tree(root / "site") == site_before
    assert tree(root / "content") == content_before
    build_site(root)  # the next build succeeds and cleans up after the killed one
    assert "أول اتصال مباشر" in next((root / "site/articles/2022").glob("2022-10-21-*/index.html")).read_text(encoding="utf-8")
    assert not any((root / "build").glob(".site-*"))


def _with_year_shards(root: Path) -> Path:
    """The archive with an article of 2023 beside the seeds of 2022, and a search index shard per year."""
    with (root / "site_config/site.yml").open("a", encoding="utf-8") as settings:
        settings.write("\nsearch_shard_articles: 2\n")
    (root / "content/articles/2023").mkdir()
    (root / "content/articles/2023/2023-03-01-other-year.md").write_text(
        "---\ntitle: مقال من عام آخر\ndate: 2023-03-01\nformat: text\n---\n"
        "قالت الحكومة اليوم الأربعاء إن المفاوضات مستمرة.\n", encoding="utf-8")
    return root


def _bundle_files(site: Path) -> dict[str, dict[str, int]]:
    """Each search index shard's files (the first shard is pagefind/ itself): name -> inode."""
    folder = site / "pagefind"
    shards = json.loads((folder / "shards.json").read_text(encoding="utf-8"))["shards"]
    return {name: {f.relative_to(folder).as_posix(): f.stat().st_ino
                   for f in (folder if i == 0 else folder / name).rglob("*")
                   if f.is_file() and f.name != "shards.json" and (i > 0 or f.relative_to(folder).parts[0] not in shards)}
            for i, name in enumerate(shards)}


def test_an_incremental_rebuild_equals_a_clean_build(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    incremental = _with_year_shards(copy_repository(tmp_path / "incremental"))
    build_site(incremental)
    before = _bundle_files(incremental / "site")
    assert list(before) == ["articles-2023", "articles-2022", "entities"]
    for root in (incremental, clean := _with_year_shards(copy_repository(tmp_path / "clean"))):
        added = root / "content/articles/2022/2022-12-01-added.md"
        added.write_text("---\ntitle: مقال مضاف\ndate: 2022-12-01\nformat: text\n---\n"
                         "قال لويد أوستن اليوم الخميس إن الاتصال مع موسكو مستمر.\n", encoding="utf-8")
    build_site(incremental)  # reuses the previous site; MkDocs rebuilds what changed
    build_site(clean, incremental=False)
    a, b = tree(incremental / "site"), tree(clean / "site")
    assert sorted(a) == sorted(b)
    assert [name for name in a if a[name] != b[name]] == []
    # Only the added article's shard was indexed again: the other bundles are the kept files,
    # linked again (the entity pages that list the new article index the same text).
    after = _bundle_files(incremental / "site")
    assert after["articles-2023"] == before["articles-2023"] and after["entities"] == before["entities"]
    assert not set(after["articles-2022"].values()) & set(before["articles-2022"].values())
    assert len(list((incremental / "build/cache/search-shards").iterdir())) == 3  # the replaced bundle is gone


class _Stages(Reporter):
    def __init__(self):
        super().__init__(quiet=True)
        self.names: list[str] = []

    def stage(self, label, total=None):
        self.names.append(label)
        return super().stage(label, total)


def test_a_rebuild_links_the_previous_site_and_a_failure_after_mkdocs_leaves_it_whole(tmp_path, monkeypatch):
    """A rebuild starts from hard links to the previous site, not copies; MkDocs and the search
    index write new files, so a build that fails after them leaves the previous site as it was."""
    root = copy_repository(tmp_path / "repo")
    build_site(root)
    before = tree(root / "site")
    stylesheet = root / "site/assets/stylesheets/archive.css"
    [page] = (root / "site/articles/2022").glob("2022-10-21-*/index.html")
    inodes = {stylesheet: stylesheet.stat().st_ino, page: page.stat().st_ino}
    article = next((root / "content/articles/2022").glob("2022-10-21-*.md"))
    article.write_text(article.read_text(encoding="utf-8").replace("أول اتصال", "أول اتصال مباشر", 1), encoding="utf-8")

    def fail(new, target, keep=None):
        raise RuntimeError("stopped before the new site replaces the old")

    monkeypatch.setattr(pipeline, "replace_dir", fail)
    stages = _Stages()
    with pytest.raises(RuntimeError):
        build_site(root, reporter=stages)
    assert {"link previous site", "mkdocs", "search index"} <= set(stages.names)
    assert tree(root / "site") == before
    assert not any((root / "build").glob(".site-*"))

    monkeypatch.undo()
    build_site(root)
    assert "أول اتصال مباشر" in page.read_text(encoding="utf-8")
    assert stylesheet.stat().st_ino == inodes[stylesheet]  # the same file, linked, not copied
    assert page.stat().st_ino != inodes[page]  # a new file


def test_link_files_changes_only_what_differs_and_never_writes_into_a_file(tmp_path):
    from generator.files import files_under, link_files

    source, target = tmp_path / "source", tmp_path / "target"
    for rel, text in {"a.html": "a", "x/b.html": "b", "x/y/c.html": "c", "gone/d.html": "d"}.items():
        (source / rel).parent.mkdir(parents=True, exist_ok=True)
        (source / rel).write_text(text)
    assert link_files(files_under(source), target) == 4
    # Each file's identity is read from its folder's entries; it is what stat() says of the file.
    assert {rel: identity for rel, (_, identity) in files_under(target).items()} == {
        rel: (path.stat().st_dev, path.stat().st_ino) for rel in tree(source) if (path := target / rel).is_file()}
    assert tree(target) == tree(source) and (target / "a.html").stat().st_ino == (source / "a.html").stat().st_ino
    old_b = (target / "x/b.html").stat().st_ino
    # The next state: one file replaced (a new file, as MkDocs writes it), one added, a folder gone,
    # a file where a folder was; the target also holds a stray file.
    (source / "a.html").unlink()
    (source / "a.html").write_text("a2")
    (source / "x/new.html").write_text("n")
    (source / "gone/d.html").unlink()
    (source / "gone").rmdir()
    (source / "x/y/c.html").unlink()
    (source / "x/y").rmdir()
    (source / "x/y").write_text("now a file")
    (target / "stray.html").write_text("s")
    assert link_files(files_under(source), target) == 3  # a.html, x/new.html, x/y
    assert tree(target) == tree(source)
    assert (target / "x/b.html").stat().st_ino == old_b  # kept, not linked again
    assert (tmp_path / "source/a.html").read_text() == "a2"


def test_a_rebuild_starts_from_the_site_before_and_relinks_only_what_changed(tmp_path, monkeypatch):
    """The site that site/ replaced is kept as build/.previous-site; the rebuild after starts from
    it: its site equals a clean build, and the file links it makes are few."""
    from generator import files

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    root = copy_repository(tmp_path / "repo")
    build_site(root)
    first = {rel: identity for rel, (_, identity) in files.files_under(root / "site").items()}
    first_tree = tree(root / "site")
    article = next((root / "content/articles/2022").glob("2022-10-21-*.md"))
    article.write_text(article.read_text(encoding="utf-8").replace("أول اتصال", "أول اتصال مباشر", 1), encoding="utf-8")
    build_site(root)
    previous = root / pipeline.PREVIOUS_SITE
    assert {rel: identity for rel, (_, identity) in files.files_under(previous).items()} == first
    assert tree(previous) == first_tree  # kept by links, never written into
    second = {rel: identity for rel, (_, identity) in files.files_under(root / "site").items()}
    differing = sum(1 for rel, identity in second.items() if first.get(rel) != identity)
    made: list[int] = []
    real = files.link_files
    monkeypatch.setattr(pipeline, "link_files", lambda wanted, target: made.append(real(wanted, target)) or made[-1])
    article.write_text(article.read_text(encoding="utf-8").replace("أول اتصال مباشر", "أول اتصال", 1), encoding="utf-8")
    build_site(root)
    assert made == [differing] and 0 < differing < len(second)  # the first site, brought up to date with the second
    clean = copy_repository(tmp_path / "clean")
    build_site(clean, incremental=False)
    a, b = tree(root / "site"), tree(clean / "site")
    assert sorted(a) == sorted(b) and [name for name in a if a[name] != b[name]] == []


def test_discovery_is_the_same_whatever_the_hash_seed(tmp_path):
    """Python orders a set of strings differently in every process (PYTHONHASHSEED): two full names
    ending with one surname, a surname alone after both, must still count and group the same way."""
    text = ("عين الملك الدكتور جعفر عبد الفتاح حسان رئيسا للوزراء.\n"
            "وأدت حكومة جعفر حسان اليمين الدستورية أمام الملك، وقال حسان إن الحكومة ستعمل بلا تأخير.\n"
            "وضمت حكومة جعفر حسان وزراء من حكومة بشر الخصاونة، وأكد حسان أن الأولوية للاقتصاد.\n")
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    outputs = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        run = subprocess.run([sys.executable, "-m", "generator", "extract", str(path), "--date", "2024-09-18", "--json"],
                             capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed}, check=True)
        outputs.add(json.dumps(json.loads(run.stdout)["unknown_names"], ensure_ascii=False, sort_keys=True))
    assert len(outputs) == 1, outputs
