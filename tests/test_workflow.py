"""The maintainers' path: check, the pull-request report, the workflows, live regeneration."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, copy_repository
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


def generator_cli(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(root), *args],
                          capture_output=True, text=True, env={**os.environ, "CI": "true"})


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


def test_rebuild_extracts_only_changed_articles_and_a_registry_edit_redoes_all(tmp_path, monkeypatch):
    import generator.pipeline as pipeline

    root = copy_repository(tmp_path / "repo")
    extracted: list[int] = []
    real = pipeline.extract_all
    monkeypatch.setattr(pipeline, "extract_all", lambda articles, *a, **k: extracted.append(len(articles)) or real(articles, *a, **k))
    first = pipeline.generate(root)
    assert pipeline.generate(root).files == first.files
    [article] = (root / "content/articles/2022").glob("2022-10-21-*.md")
    article.write_text(article.read_text(encoding="utf-8") + "\nوقال أوستن إن الاتصال مهم.\n", encoding="utf-8")
    pipeline.generate(root)
    entity = root / "content/entities/person/lloyd-austin.md"
    entity.write_text(entity.read_text(encoding="utf-8") + "\nوصف إضافي.\n", encoding="utf-8")
    pipeline.generate(root)
    assert extracted == [2, 1, 2]  # first build, one changed article, a changed registry
    shutil.rmtree(root / "build/cache")  # safe to delete
    assert pipeline.generate(root).files
