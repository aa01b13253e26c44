"""`python -m generator import`: pasted text -> content files, with refusals that lose nothing."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import frontmatter
import pytest

from conftest import SEED_CALLS, SEED_CHANNELS
from generator.importer import import_files
from generator.read.content import read_articles

CALLS_TITLE = "أول اتصال بين وزيري دفاع أميركا وروسيا منذ مايو الماضي"
CHANNELS_TITLE = "البنتاغون: الاستخدام الأخير لقنوات الاتصال بين واشنطن وموسكو كان مشجعاً"


def run_import(root: Path, files: list[Path], **options):
    existing, problems = read_articles(root)
    assert not [p for p in problems if p.level == "error"]
    return import_files(files, root, existing, **options)


def articles_in(root: Path) -> list[Path]:
    return sorted((root / "content" / "articles").rglob("*.md"))


def test_seed_with_dateline_becomes_content_file(empty_repo):
    results, errors = run_import(empty_repo, [SEED_CALLS])
    assert errors == []
    [result] = results
    post = frontmatter.load(empty_repo / result.path)
    assert post["title"] == CALLS_TITLE
    assert post["date"] == dt.date(2022, 10, 21)
    assert post["agencies"] == ["فرانس برس", "الأناضول"]
    assert post["format"] == "text"
    assert result.path.startswith("content/articles/2022/2022-10-21-")

    kinds = {(r.kind, r.text) for r in result.removed}
    assert kinds == {
        ("dateline", "21 أكتوبر 2022"),
        ("caption", "مكالمة هاتفية بين لويد أوستن ونظيره الروسي سيرغي شويغو (Getty)"),
        ("chrome", "+ الخط -"),
        ("credits", "(فرانس برس، الأناضول)"),
        ("chrome", "المساهمون"),
    }


def test_body_is_the_pasted_text_minus_removed_lines(empty_repo):
    results, _ = run_import(empty_repo, [SEED_CALLS])
    raw_lines = SEED_CALLS.read_text(encoding="utf-8").split("\n")
    body = (empty_repo / results[0].path).read_text(encoding="utf-8").split("---\n", 2)[2]
    assert body.startswith("تحدث وزير الدفاع الأميركي لويد أوستن")
    assert body.endswith("لكنه يحصل على نتيجة عكسية\".\n")
    # Every line of the body is a line of the paste, in order, byte for byte.
    removed_numbers = {r.line for r in results[0].removed} | {1}
    expected = [line for number, line in enumerate(raw_lines, start=1) if number not in removed_numbers]
    while not expected[0].strip():
        expected.pop(0)
    while not expected[-1].strip():
        expected.pop()
    assert body == "\n".join(expected) + "\n"


def test_seed_without_date_is_refused_and_nothing_written(empty_repo):
    results, errors = run_import(empty_repo, [SEED_CHANNELS])
    assert results == []
    [error] = errors
    assert error.path == str(SEED_CHANNELS)
    assert "--date" in error.message
    assert articles_in(empty_repo) == []


def test_seed_without_date_imports_with_date_option(empty_repo):
    results, errors = run_import(empty_repo, [SEED_CHANNELS], date=dt.date(2022, 11, 28), source="العربي الجديد")
    assert errors == []
    post = frontmatter.load(empty_repo / results[0].path)
    assert post["title"] == CHANNELS_TITLE
    assert post["date"] == dt.date(2022, 11, 28)
    assert post["source"] == "العربي الجديد"
    raw = SEED_CHANNELS.read_text(encoding="utf-8")
    body = (empty_repo / results[0].path).read_text(encoding="utf-8").split("---\n", 2)[2]
    assert body == raw.split("\n", 1)[1] + "\n"  # the seed has no final newline; the file gets one
    assert "agencies" not in post.metadata


def test_duplicate_article_is_refused_with_existing_path(empty_repo, tmp_path):
    first, _ = run_import(empty_repo, [SEED_CALLS])
    # The same article pasted again from elsewhere: other chrome, other line endings.
    again = tmp_path / "again.txt"
    again.write_bytes(SEED_CALLS.read_bytes().replace(b"\n", b"\r\n") + "\r\nشارك\r\n".encode())
    results, errors = run_import(empty_repo, [again])
    assert results == []
    assert first[0].path in errors[0].message
    assert len(articles_in(empty_repo)) == 1


def test_existing_file_is_never_overwritten(empty_repo, tmp_path):
    target = empty_repo / "content/articles/2022/2022-10-21-أول-اتصال-بين-وزيري-دفاع-أميركا-وروسيا-منذ.md"
    target.parent.mkdir(parents=True)
    target.write_text("---\ntitle: شيء آخر\ndate: 2022-10-21\nslug: x\n---\nنص آخر\n", encoding="utf-8")
    before = target.read_bytes()
    # Its slug differs, so the key differs, but the path the import would choose is taken.
    results, errors = run_import(empty_repo, [SEED_CALLS])
    assert results == []
    assert "never overwritten" in errors[0].message
    assert target.read_bytes() == before


UNSEEN = [
    # (dateline as an outlet writes it, expected date)
    ("21 أكتوبر 2022", dt.date(2022, 10, 21)),
    ("الجمعة 15 تشرين الأول 2021", dt.date(2021, 10, 15)),
    ("3 كانون الثاني/يناير 2023", dt.date(2023, 1, 3)),
    ("الأربعاء 8 شتنبر 2021 - 14:20", dt.date(2021, 9, 8)),
    ("12 جويلية 2020", dt.date(2020, 7, 12)),
    ("نشر في: ٥ فيفري ٢٠٢٤", dt.date(2024, 2, 5)),
    ("25-03-2021 09:15 PM", dt.date(2021, 3, 25)),  # day first: 25 cannot be a month
    ("2023-05-09 | 14:20", dt.date(2023, 5, 9)),
]


@pytest.mark.parametrize("dateline, expected", UNSEEN)
def test_unseen_article_with_dateline_in_any_month_system(empty_repo, tmp_path, dateline, expected):
    paste = tmp_path / "paste.txt"
    paste.write_text(
        "الحكومة تعلن خطة جديدة لدعم المزارعين\n"
        f"{dateline}\n"
        "شارك\n"
        "أعلنت الحكومة اليوم خطة لدعم المزارعين في المناطق المتضررة من الجفاف.\n"
        "وقال الوزير إن الخطة تبدأ الشهر المقبل.\n",
        encoding="utf-8",
    )
    results, errors = run_import(empty_repo, [paste])
    assert errors == []
    post = frontmatter.load(empty_repo / results[0].path)
    assert post["title"] == "الحكومة تعلن خطة جديدة لدعم المزارعين"
    assert post["date"] == expected
    assert post.content.startswith("أعلنت الحكومة")
    assert "شارك" not in post.content


@pytest.mark.parametrize("encoding, label", [("cp1256", "Windows-1256"), ("utf-16", "UTF-16"), ("utf-8-sig", "UTF-8 with BOM")])
def test_encodings_are_detected_and_stored_as_utf8(empty_repo, tmp_path, encoding, label):
    paste = tmp_path / "paste.txt"
    paste.write_bytes(SEED_CALLS.read_text(encoding="utf-8").replace("(Getty)", "").encode(encoding, errors="ignore"))
    results, errors = run_import(empty_repo, [paste])
    assert errors == []
    assert results[0].encoding == label
    assert CALLS_TITLE in (empty_repo / results[0].path).read_bytes().decode("utf-8")


def test_undecodable_bytes_are_an_error_naming_the_file(empty_repo, tmp_path):
    paste = tmp_path / "binary.txt"
    paste.write_bytes(bytes(range(256)) * 4)
    results, errors = run_import(empty_repo, [paste])
    assert results == [] and str(paste) in str(errors[0])
    assert articles_in(empty_repo) == []


def test_cli_reports_what_it_removed(empty_repo):
    run = subprocess.run([sys.executable, "-m", "generator", "--root", str(empty_repo), "import", str(SEED_CALLS)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "removed line 5 (chrome): + الخط -" in run.stdout
    assert "date: 2022-10-21" in run.stdout
    run = subprocess.run([sys.executable, "-m", "generator", "--root", str(empty_repo), "import", str(SEED_CHANNELS)],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert str(SEED_CHANNELS) in run.stderr and "--date" in run.stderr
