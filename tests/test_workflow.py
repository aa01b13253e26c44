"""The maintainers' path: check, the pull-request report, the workflows, live regeneration."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, SEED_CALLS, copy_repository, generator_cli
from generator import pipeline
from generator.serve import regenerate

BAD_DATE_ARTICLE = """---
title: مقال بتاريخ خاطئ
date: 2023-13-45
---
نص المقال.
"""

CLEAN_ARTICLE = """---
title: أوستن يتصل بشويغو مجددا
date: 2023-03-15
format: text
---
تحدث وزير الدفاع الأميركي لويد أوستن مع نظيره الروسي سيرغي شويغو اليوم الأربعاء بشأن أوكرانيا.
وقال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو منفتحة على الحوار.
"""


def test_check_passes_on_the_repository():
    run = generator_cli(REPO, "check")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 error(s)" in run.stderr


def test_check_names_file_and_line_and_fails(repo_copy):
    bad = repo_copy / "content/articles/2023/2023-01-01-bad.md"
    bad.parent.mkdir(parents=True)
    bad.write_text(BAD_DATE_ARTICLE, encoding="utf-8")
    run = generator_cli(repo_copy, "check")
    assert run.returncode == 1
    assert "content/articles/2023/2023-01-01-bad.md:3: error:" in run.stdout
    github = generator_cli(repo_copy, "check", "--format", "github")
    assert github.returncode == 1
    assert "::error file=content/articles/2023/2023-01-01-bad.md,line=3::" in github.stdout


def test_check_reports_registry_clash_and_weekday_contradiction(repo_copy):
    entity = repo_copy / "content/entities/person/lloyd-austin.md"
    entity.write_text(entity.read_text(encoding="utf-8").replace("aliases:", "aliases:\n  - شويغو", 1), encoding="utf-8")
    article = repo_copy / "content/articles/2023/2023-03-17-x.md"
    article.parent.mkdir(parents=True)
    article.write_text(CLEAN_ARTICLE.replace("2023-03-15", "2023-03-17"), encoding="utf-8")  # a Friday
    run = generator_cli(repo_copy, "check")
    assert "content/entities/person/lloyd-austin.md" in run.stdout and "شويغو" in run.stdout
    assert "content/articles/2023/2023-03-17-x.md:6: warning:" in run.stdout  # "اليوم الأربعاء" on a Friday


MARKDOWN_WITH_HTML = """---
title: مقال فيه وسوم
date: 2023-03-15
---
فقرة أولى عن <span>لويد أوستن</span>.

<script>alert(1)</script>

فقرة فيها <iframe src="https://example.org/"></iframe> مضمن.

`<script>` في الشيفرة لا يحذف شيئا.
"""


def test_check_warns_of_html_the_page_drops_with_its_line(repo_copy):
    article = repo_copy / "content/articles/2023/2023-03-15-html.md"
    article.parent.mkdir(parents=True)
    article.write_text(MARKDOWN_WITH_HTML, encoding="utf-8")
    run = generator_cli(repo_copy, "check")
    warned = [line for line in run.stdout.splitlines() if "is removed from the page" in line]
    assert warned == [
        "content/articles/2023/2023-03-15-html.md:7: warning: <script> is removed from the page: articles may not "
        "carry it. Delete it, or link to what it showed",
        "content/articles/2023/2023-03-15-html.md:9: warning: <iframe> is removed from the page: articles may not "
        "carry it. Delete it, or link to what it showed",
    ]


@pytest.mark.parametrize("folder, text, expected", [
    ("articles/2023", "---\ntitle: أ\ndate: 2023-03-15\ntitle: ب\n---\nنص.\n",
     ":4: error: 'title' is given twice (also on line 2)"),
    ("articles/2023", "---\ntitle:\ndate: 2023-03-15\n---\nنص.\n", ":2: error: 'title' is empty"),
    ("entities/person", "---\nname: اسم\nname_en: Some Name\ntype: person\nname_en: Other\n---\nوصف.\n",
     ":5: error: 'name_en' is given twice (also on line 3)"),
])
def test_check_names_duplicated_keys_and_empty_titles(repo_copy, folder, text, expected):
    file = repo_copy / "content" / folder / "some-name.md"
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(text, encoding="utf-8")
    run = generator_cli(repo_copy, "check")
    assert run.returncode == 1
    assert f"content/{folder}/some-name.md{expected}" in run.stdout


def test_links_to_entity_pages_are_followed_and_links_out_are_not():
    from generator.render.markup import Link, markdown_to_html

    body = "قال لويد أوستن، بحسب [البيان](https://example.org/statement)، إن الحوار مهم."
    start = body.index("لويد أوستن")
    html = markdown_to_html(body, [Link(start, start + len("لويد أوستن"), "../../entities/person/lloyd-austin/")])
    assert '<a href="../../entities/person/lloyd-austin/">لويد أوستن</a>' in html
    assert '<a rel="noopener noreferrer nofollow" href="https://example.org/statement">البيان</a>' in html


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=root, check=True,
                   capture_output=True)


def test_pull_request_report_lists_entities_events_and_unknown_names(repo_copy):
    git(repo_copy, "init", "-q")
    git(repo_copy, "add", "-A")
    git(repo_copy, "commit", "-qm", "base")
    article = repo_copy / "content/articles/2023/2023-03-15-x.md"
    article.parent.mkdir(parents=True)
    article.write_text(CLEAN_ARTICLE, encoding="utf-8")
    run = generator_cli(repo_copy, "report", "--since", "HEAD")
    assert run.returncode == 0, run.stderr
    report = run.stdout
    assert "content/articles/2023/2023-03-15-x.md" in report
    assert "`lloyd-austin`" in report and "`sergei-shoigu`" in report
    assert "2023-03-15" in report
    assert "ديمتري بيسكوف" in report and "content/entities/person/" in report


def test_report_since_main_lists_an_imported_article_with_an_arabic_file_name(empty_repo):
    (empty_repo / ".gitignore").write_text("/build/\n/site/\n")  # as the repository's: caches are never committed
    git(empty_repo, "init", "-q", "-b", "main")
    git(empty_repo, "add", "-A")
    git(empty_repo, "commit", "-qm", "base")
    git(empty_repo, "checkout", "-q", "-b", "new-article")
    imported = generator_cli(empty_repo, "import", str(SEED_CALLS))
    assert imported.returncode == 0, imported.stderr
    [path] = [p.relative_to(empty_repo).as_posix() for p in (empty_repo / "content/articles").rglob("*.md")]
    assert path.startswith("content/articles/2022/2022-10-21-أول-اتصال")
    # Not yet added to git, then committed on the branch: the report has it both times.
    for commit in (False, True):
        if commit:
            git(empty_repo, "add", "-A")
            git(empty_repo, "commit", "-qm", "article")
        report = generator_cli(empty_repo, "report", "--since", "main")
        assert report.returncode == 0, report.stderr
        assert f"### `{path}`" in report.stdout
        assert "No article or entity changed" not in report.stdout
        assert "`lloyd-austin`" in report.stdout and "`agence-france-presse`" in report.stdout
    # A change to it that is not committed yet shows too.
    git(empty_repo, "checkout", "-q", "main")
    git(empty_repo, "checkout", "-q", "-b", "edit")
    git(empty_repo, "checkout", "-q", "new-article", "--", path)
    assert f"### `{path}`" in generator_cli(empty_repo, "report", "--since", "main").stdout


@pytest.mark.parametrize("workflow", sorted((REPO / ".github/workflows").glob("*.yml")), ids=lambda p: p.name)
def test_workflows_are_valid(workflow):
    checker = Path(sys.executable).parent / "check-jsonschema"
    run = subprocess.run([str(checker), "--builtin-schema", "vendor.github-workflows", str(workflow)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_regeneration_rewrites_only_what_changed(tmp_path):
    root = copy_repository(tmp_path / "repo")
    assert regenerate(root)
    docs = root / "build/docs"
    untouched = docs / "archive/2022/11.md"
    stamp = untouched.stat().st_mtime_ns
    [article] = (root / "content/articles/2022").glob("2022-10-21-*.md")
    article.write_text(article.read_text(encoding="utf-8").replace("أول اتصال بين وزيري", "أول اتصال هاتفي بين وزيري", 1),
                       encoding="utf-8")
    assert regenerate(root)
    [page] = (docs / "articles/2022").glob("2022-10-21-*.md")
    assert "أول اتصال هاتفي بين وزيري" in page.read_text(encoding="utf-8")
    assert untouched.stat().st_mtime_ns == stamp


def test_regeneration_with_an_error_keeps_the_last_good_pages(tmp_path):
    root = copy_repository(tmp_path / "repo")
    assert regenerate(root)
    before = {p: p.read_bytes() for p in (root / "build/docs").rglob("*") if p.is_file()}
    bad = root / "content/articles/2023/2023-01-01-bad.md"
    bad.parent.mkdir(parents=True)
    bad.write_text(BAD_DATE_ARTICLE, encoding="utf-8")
    assert not regenerate(root)
    assert {p: p.read_bytes() for p in (root / "build/docs").rglob("*") if p.is_file()} == before


def test_rebuild_extracts_only_changed_articles_and_an_entity_edit_only_what_its_names_reach(tmp_path, monkeypatch):
    import generator.state as state

    root = copy_repository(tmp_path / "repo")
    extracted: list[list[str]] = []
    real = state.extract_all
    monkeypatch.setattr(state, "extract_all", lambda articles, *a, **k:
                        extracted.append(sorted(Path(x.path).name[:10] for x in articles)) or real(articles, *a, **k))

    def build() -> list[str]:
        extracted.clear()
        files = pipeline.generate(root).files
        return (extracted or [[]])[0], files

    both = ["2022-10-21", "2022-11-28"]
    assert build()[0] == both
    assert build()[0] == []  # nothing changed
    [article] = (root / "content/articles/2022").glob("2022-10-21-*.md")
    article.write_text(article.read_text(encoding="utf-8") + "\nوقال أوستن إن الاتصال مهم.\n", encoding="utf-8")
    assert build()[0] == ["2022-10-21"]
    austin = root / "content/entities/person/lloyd-austin.md"
    austin.write_text(austin.read_text(encoding="utf-8") + "\nوصف إضافي.\n", encoding="utf-8")
    assert build()[0] == []  # a description changes no mention
    rood = root / "content/entities/person/elizabeth-rood.md"
    original = rood.read_text(encoding="utf-8")
    rood.write_text(original.replace("aliases: []", "aliases: [القائمة بأعمال السفارة]"), encoding="utf-8")
    assert build()[0] == ["2022-11-28"]  # the only article that writes her name or the alias
    rood.write_text(original, encoding="utf-8")  # the alias removed again
    assert build()[0] == ["2022-11-28"]
    (root / "content/entities/person/pedro-sanchez.md").write_text(
        "---\nname: بيدرو سانشيز\nname_en: Pedro Sanchez\ntype: person\n---\n", encoding="utf-8")
    names_nowhere, incremental = build()
    assert names_nowhere == []  # a new entity no article names
    shutil.rmtree(root / "build/cache")  # safe to delete
    assert build() == (both, incremental)  # what a clean build extracts and makes


def test_an_entity_probe_sees_every_spelling_the_matcher_could_link():
    """The probe that decides what an entity edit re-extracts reaches an article whenever the
    entity's matcher finds a mention in it (variants and clitics included), and not otherwise."""
    from generator.extract.cache import NameProbe
    from generator.extract.entities import EntityMatcher
    from generator.model import Article, Entity

    shoigu = Entity("sergei-shoigu", "person", "سيرغي شويغو", "Sergei Shoigu", aliases=("شويغو",))
    probe = NameProbe([shoigu])
    for body, named in [("وقال سيرجي شويجو إن", True), ("وبشويغو", True), ("التقى الوزير الروسي", False)]:
        article = Article("a.md", "عنوان", dt.date(2022, 1, 1), "a", body)
        assert bool(EntityMatcher([shoigu]).find(body)) == named, body
        assert probe.reaches(article) == named, body
