"""`python -m generator import`: pasted text -> content files, with refusals that lose nothing."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import frontmatter
import pytest

from conftest import FIXTURES, SEED_CALLS, SEED_CHANNELS
from generator.importer import import_files
from generator.read.content import read_articles

CALLS_TITLE = "أول اتصال بين وزيري دفاع أميركا وروسيا منذ مايو الماضي"
CHANNELS_TITLE = "البنتاغون: الاستخدام الأخير لقنوات الاتصال بين واشنطن وموسكو كان مشجعاً"


def run_import(root: Path, files: list[Path], **options):
    existing, problems = read_articles(root)
    assert not [p for p in problems if p.level == "error"]
    return import_files(files, root, existing, **options)


def import_paste(root: Path, tmp_path: Path, text: str, **options):
    """Import `text` saved as a pasted file: (results, errors)."""
    paste = tmp_path / "paste.txt"
    paste.write_text(text, encoding="utf-8")
    return run_import(root, [paste], **options)


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


def test_a_dateline_taken_out_is_kept_in_the_front_matter_for_extraction(empty_repo, tmp_path):
    paste = tmp_path / "paste.txt"
    paste.write_text("افتتاح معرض الكتاب\nطرابلس 14 مايو 2024\nافتتح الوزير المعرض بحضور عدد من الناشرين.\n",
                     encoding="utf-8")
    [result], errors = run_import(empty_repo, [paste])
    assert errors == []
    post = frontmatter.load(empty_repo / result.path)
    assert post["dateline"] == "طرابلس 14 مايو 2024"
    assert post.content.strip() == "افتتح الوزير المعرض بحضور عدد من الناشرين."  # not back in the body
    assert result.article.dateline == "طرابلس 14 مايو 2024"


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
    ("date 2024-01-09", dt.date(2024, 1, 9)),
    # Hijri and Gregorian, a day apart by the sighting of the month: the Gregorian is the date.
    ("الخميس 26 ربيع الأول 1445 هـ - 12 أكتوبر 2023 م", dt.date(2023, 10, 12)),
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


def cli_import(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "import", *args],
                          capture_output=True, text=True)


CRAWL = FIXTURES / "unseen" / "one_paragraph_crawl.txt"
CRAWL_TITLE = ("بحث وزير الدفاع الأميركي لويد أوستن مع نظيره الروسي سيرغي شويغو في اتصال هاتفي اليوم الثلاثاء "
               "الوضع في أوكرانيا")


def test_one_paragraph_crawl_is_an_article_with_a_guessed_title(empty_repo):
    run = cli_import(empty_repo, str(CRAWL))
    assert run.returncode == 0, run.stderr
    [file] = articles_in(empty_repo)
    post = frontmatter.load(file)
    assert post["title"] == CRAWL_TITLE
    assert post["date"] == dt.date(2023, 3, 14)  # "القاهرة - 14 مارس 2023 (أ ف ب) - …", inside the paragraph
    # Nothing is lost: the body is the whole paste, dateline and all.
    assert post.content + "\n" == CRAWL.read_text(encoding="utf-8")
    assert "guessed: title from the first sentence of line 1" in run.stdout
    assert "guessed: date read from the start of line 1: 'القاهرة - 14 مارس 2023'" in run.stdout
    assert "suspect" not in run.stdout


def test_title_option_names_the_headline(empty_repo):
    results, errors = run_import(empty_repo, [CRAWL], title="أوستن وشويغو يتحدثان")
    assert errors == []
    assert results[0].article.title == "أوستن وشويغو يتحدثان"
    assert results[0].article.body == CRAWL.read_text(encoding="utf-8")
    assert results[0].guesses == ("date read from the start of line 1: 'القاهرة - 14 مارس 2023' (it stays in the text)",)


LEFTOVERS = """date 2024-01-09
الجيش يعلن السيطرة على مدينة ود مدني بعد معارك عنيفة استمرت أياما، وفق ما أفاد مصدر عسكري. وقال المصدر إن القوات دخلت المدينة فجرا.
IMG_2024.jpg
share To
Facebook Twitter WhatsApp
1,234 مشاهدة
وأضاف أن المعارك أسفرت عن خسائر كبيرة في صفوف الطرفين.
photo-1.webp الوزير خلال زيارته
12 تعليقا
TikTok
"""


def test_chrome_is_removed_and_suspects_are_kept_and_reported(empty_repo, tmp_path):
    paste = tmp_path / "paste.txt"
    paste.write_text(LEFTOVERS, encoding="utf-8")
    run = cli_import(empty_repo, str(paste))
    assert run.returncode == 0, run.stderr
    post = frontmatter.load(articles_in(empty_repo)[0])
    assert post["date"] == dt.date(2024, 1, 9)  # a stray "date …" first line is the dateline, not the title
    assert post["title"] == "الجيش يعلن السيطرة على مدينة ود مدني بعد معارك عنيفة استمرت أياما، وفق ما أفاد مصدر عسكري"
    for line, kind, text in [(1, "dateline", "date 2024-01-09"), (3, "chrome", "IMG_2024.jpg"), (4, "chrome", "share To"),
                             (5, "chrome", "Facebook Twitter WhatsApp"), (6, "chrome", "1,234 مشاهدة"),
                             (9, "chrome", "12 تعليقا")]:
        assert f"removed line {line} ({kind}): {text}" in run.stdout
        assert text not in post.content
    assert "suspect line 8 (an image file name), kept" in run.stdout
    assert "suspect line 10 (Latin words alone), kept" in run.stdout
    assert "photo-1.webp الوزير خلال زيارته" in post.content and "TikTok" in post.content


def test_headline_repeated_under_itself_is_removed(empty_repo, tmp_path):
    [result], errors = import_paste(empty_repo, tmp_path, "الحكومة تعلن خطة جديدة\nالحكومة تعلن  خطة جديدة\n"
                                    "21 أكتوبر 2022\nأعلنت الحكومة خطة.\nالحكومة تعلن خطة جديدة لدعم المزارعين\n")
    assert errors == []
    assert ("repeated headline", 2) in {(r.kind, r.line) for r in result.removed}
    assert [(s.line, s.kind) for s in result.suspects] == [(5, "repeats the headline")]
    assert result.article.body == "أعلنت الحكومة خطة.\nالحكومة تعلن خطة جديدة لدعم المزارعين\n"


def paste_with(tmp_path: Path, dateline: str, text: str) -> Path:
    paste = tmp_path / "paste.txt"
    paste.write_text(f"الحكومة تعلن خطة جديدة\n{dateline}\n{text}\n", encoding="utf-8")
    return paste


def test_weekday_of_the_text_decides_a_numeric_dateline(empty_repo, tmp_path):
    # 11/9/2023 is Monday 11 September day first, Thursday 9 November month first.
    paste = paste_with(tmp_path, "11/9/2023", "أعلنت الحكومة اليوم الخميس خطة جديدة.")
    [result], errors = run_import(empty_repo, [paste])
    assert errors == []
    assert result.article.date == dt.date(2023, 11, 9)
    assert any("read month first" in g and "اليوم الخميس" in g for g in result.guesses)
    # The day-first reading, when the text agrees with it, is taken without a word.
    other = tmp_path / "other"
    other.mkdir()
    paste = paste_with(other, "11/9/2023", "أعلنت الحكومة اليوم الاثنين خطة جديدة أخرى.")
    [result], errors = run_import(empty_repo, [paste])
    assert errors == [] and result.article.date == dt.date(2023, 9, 11) and result.guesses == ()


def test_undecided_numeric_dateline_asks_for_the_date(empty_repo, tmp_path):
    paste = paste_with(tmp_path, "11/9/2023", "أعلنت الحكومة اليوم خطة جديدة.")
    results, [error] = run_import(empty_repo, [paste])
    assert results == [] and articles_in(empty_repo) == []
    assert error.line == 2
    assert "2023-09-11 (day first) or 2023-11-09 (month first)" in error.message and "--date" in error.message
    [result], errors = run_import(empty_repo, [paste], date=dt.date(2023, 11, 9))
    assert errors == [] and result.article.date == dt.date(2023, 11, 9) and result.warnings == ()


def test_dateline_whose_weekday_contradicts_its_date_is_an_error(empty_repo, tmp_path):
    paste = paste_with(tmp_path, "الجمعة 21 أكتوبر 2023", "أعلنت الحكومة خطة جديدة.")  # a Saturday
    results, [error] = run_import(empty_repo, [paste])
    assert results == [] and articles_in(empty_repo) == []
    assert "says Friday" in error.message and "2023-10-21 is a Saturday" in error.message
    assert "--date 2023-10-21 (the date) or --date 2023-10-20 (the nearest Friday)" in error.message
    [result], errors = run_import(empty_repo, [paste], date=dt.date(2023, 10, 20))
    assert errors == [] and result.article.date == dt.date(2023, 10, 20)


@pytest.mark.parametrize("title", [
    "البنتاغون: الاستخدام الأخير لقنوات الاتصال 'مشجع'",
    'قال "نعم": NATO و EU - #1 {x} [y] & *z*',
    "- عنوان يبدأ بشرطة",
    "2023-01-01",
])
def test_front_matter_is_block_style_and_reads_back_the_same(empty_repo, tmp_path, title):
    paste = tmp_path / "paste.txt"
    paste.write_text(SEED_CALLS.read_text(encoding="utf-8"), encoding="utf-8")
    [result], errors = run_import(empty_repo, [paste], title=title, source="العربي الجديد: لندن",
                                  url="https://example.org/a?b=1#c")
    assert errors == []
    text = (empty_repo / result.path).read_text(encoding="utf-8")
    front = text.split("---\n")[1].splitlines()
    assert [line.split(":", 1)[0] for line in front] == ["title", "date", "slug", "source", "agencies", "url",
                                                        "lang", "format", "dateline"]
    assert not any(line.startswith("{") for line in front)
    assert "agencies: [فرانس برس, الأناضول]" in front
    post = frontmatter.load(empty_repo / result.path)
    assert post["title"] == title
    assert post["source"] == "العربي الجديد: لندن" and post["url"] == "https://example.org/a?b=1#c"
    assert post["date"] == dt.date(2022, 10, 21)


def test_front_matter_without_a_list_is_block_style_too(empty_repo):
    # YAML writes a mapping of plain values as one "{title: …, date: …}" line unless told not to.
    [result], errors = run_import(empty_repo, [SEED_CHANNELS], date=dt.date(2022, 11, 28))
    assert errors == []
    text = (empty_repo / result.path).read_text(encoding="utf-8")
    assert text.startswith(f"---\ntitle: '{CHANNELS_TITLE}'\ndate: 2022-11-28\nslug: ")
    assert text.split("---\n")[1].count("\n") == 5  # title, date, slug, lang, format
    assert frontmatter.load(empty_repo / result.path)["title"] == CHANNELS_TITLE


@pytest.mark.parametrize("paragraph, expected", [
    ("القاهرة - 9 يناير 2024 14:20 - أعلنت الوزارة خطة جديدة.", dt.date(2024, 1, 9)),
    ("الرباط في 9 يناير 2024 (أ ف ب) - أعلنت الوزارة خطة جديدة.", dt.date(2024, 1, 9)),
    ("ريو دي جانيرو - الخميس 11/1/2024: أعلنت الوزارة خطة جديدة.", dt.date(2024, 1, 11)),  # 1 November is a Friday
    ("واشنطن، 3 مارس 2023 | أعلن البيت الأبيض خطة جديدة.", dt.date(2023, 3, 3)),
    ("عدن، الأحد 10 أغسطس-آب 2025 الساعة 03 مساءً / أعلنت الوزارة خطة جديدة.", dt.date(2025, 8, 10)),
    # A date inside the first sentence is no dateline.
    ("وقعت الحكومة الاتفاقية في 5 مايو 2020، وقال الوزير إنها مهمة.", None),
    ("أعلنت وزارة الخارجية أن الوزير يزور روسيا في 9 يناير 2024 - وقال إن الزيارة مهمة.", None),
])
def test_dateline_at_the_start_of_the_first_paragraph(empty_repo, tmp_path, paragraph, expected):
    results, errors = import_paste(empty_repo, tmp_path,
                                   f"الحكومة تعلن خطة جديدة\n{paragraph}\nوقال الوزير إن الخطة تبدأ قريبا.\n")
    if expected is None:
        assert results == [] and "--date" in errors[0].message
        return
    assert errors == []
    [result] = results
    assert result.article.date == expected
    assert result.article.title == "الحكومة تعلن خطة جديدة"
    assert result.article.body.startswith(paragraph)  # the dateline stays in the text
    assert any(g.startswith("date read from the start of line 2") for g in result.guesses)


def test_credits_are_read_with_the_registry_and_unknown_ones_are_suspect(empty_repo, tmp_path):
    paste = tmp_path / "paste.txt"
    paste.write_text("الحكومة تعلن خطة جديدة\n21 أكتوبر 2022\nأعلنت الحكومة خطة جديدة.\n(رويترز، أ.ف.ب)\n", encoding="utf-8")
    [result], errors = run_import(empty_repo, [paste])
    assert errors == [] and result.article.agencies == ("رويترز", "أ.ف.ب")
    assert [r.kind for r in result.removed] == ["dateline", "credits"]
    # Organisations that are no news agency ("وكالة …" in the registry) are text, not credits or captions.
    other = tmp_path / "other.txt"
    other.write_text("الحلف يجتمع\n21 أكتوبر 2022\nاجتمع قادة حلف شمال الأطلسي (الناتو)\n(وزارة الدفاع الروسية)\n"
                     "وقال مصور إن الصورة التقطت أمس /رويترز\n", encoding="utf-8")
    [result], errors = run_import(empty_repo, [other])
    assert errors == [] and result.article.agencies == ("رويترز",)  # the agency credited with the photo
    assert result.article.body == "اجتمع قادة حلف شمال الأطلسي (الناتو)\n(وزارة الدفاع الروسية)\n"
    assert [r.kind for r in result.removed] == ["dateline", "caption"]
    # An archive whose registry has no agencies keeps the line and says why.
    bare = tmp_path / "bare"
    bare.mkdir()
    [result], errors = import_files([paste], bare, [])
    assert errors == [] and result.article.agencies == ()
    assert [(s.line, s.text) for s in result.suspects] == [(4, "(رويترز، أ.ف.ب)")]
    assert "content/entities/organization/" in result.suspects[0].kind


def test_a_single_line_is_the_title_and_the_body(empty_repo, tmp_path):
    [result], errors = import_paste(empty_repo, tmp_path, "الحكومة تعلن خطة جديدة لدعم المزارعين\n21 أكتوبر 2022\n")
    assert errors == []
    assert result.article.title == "الحكومة تعلن خطة جديدة لدعم المزارعين"
    assert result.article.body == "الحكومة تعلن خطة جديدة لدعم المزارعين\n"
    assert [r.kind for r in result.removed] == ["dateline"]


def test_chrome_alone_is_refused_naming_what_was_taken(empty_repo, tmp_path):
    results, [error] = import_paste(empty_repo, tmp_path, "\n\nشارك\nIMG_1.jpg\n")
    assert results == [] and error.line == 3
    assert "line 3 (chrome); line 4 (chrome)" in error.message


def test_dateline_after_the_headline_on_its_line(empty_repo, tmp_path):
    [result], errors = import_paste(empty_repo, tmp_path,
                                    "الحكومة تعلن خطة جديدة | الخميس 12 أكتوبر 2023\nأعلنت الحكومة اليوم خطة جديدة.\n")
    assert errors == []
    assert (result.article.title, result.article.date) == ("الحكومة تعلن خطة جديدة", dt.date(2023, 10, 12))
    assert result.guesses == ("date read from the end of the title line 1: 'الخميس 12 أكتوبر 2023'; "
                              "the title is what stands before it",)
    # Without a separator the date belongs to the headline, which names an event.
    results, errors = import_paste(empty_repo, tmp_path, "قمة الرياض في 5 مايو 2024\nانطلقت القمة بحضور القادة.\n")
    assert results == [] and "--date" in errors[0].message


def test_breadcrumbs_are_chrome_and_credits_are_not(empty_repo, tmp_path):
    [result], errors = import_paste(empty_repo, tmp_path, "أخبار | سياسة\nالسبت 4 نوفمبر 2023 10:00 م\n"
                                    "وزيرا خارجية مصر والأردن يبحثان الأوضاع في غزة\n"
                                    "اجتمع وزير الخارجية المصري مع نظيره الأردني اليوم السبت.\nرويترز / أ.ف.ب\n")
    assert errors == []
    assert result.article.title == "وزيرا خارجية مصر والأردن يبحثان الأوضاع في غزة"
    assert [(r.line, r.kind) for r in result.removed] == [(1, "chrome"), (2, "dateline"), (5, "credits")]
    assert result.article.agencies == ("رويترز", "أ.ف.ب")


def test_a_byline_with_a_slash_is_no_breadcrumb(empty_repo, tmp_path):
    # "كتبت/ آيه النجار" has the shape of a breadcrumb, but its label says it names the writer:
    # it stays in the text, where discovery reads the name.
    results, errors = import_paste(empty_repo, tmp_path, "الدوري المصري.. جدول مواعيد الجولة الثانية\n"
                                    "كتبت/ آيه النجار\nتنطلق منافسات الجولة الثانية يوم الاثنين 25 سبتمبر 2023.\n",
                                    date=dt.date(2023, 9, 20))
    assert errors == []
    [result] = results
    assert "كتبت/ آيه النجار" in result.article.body
    assert "chrome" not in [r.kind for r in result.removed]


def test_a_byline_with_a_slash_glued_to_the_name_is_no_breadcrumb(empty_repo, tmp_path):
    # "اعداد/سالم الحربي": no space on either side of the slash, the label still opens the line.
    results, errors = import_paste(empty_repo, tmp_path, "ارتفاع أسعار الأرز في الأسواق\n"
                                    "اعداد/سالم الحربي\nارتفعت أسعار الأرز يوم الاثنين 25 سبتمبر 2023.\n",
                                    date=dt.date(2023, 9, 26))
    assert errors == []
    [result] = results
    assert "اعداد/سالم الحربي" in result.article.body
    assert "chrome" not in [r.kind for r in result.removed]


def test_an_outlets_credit_with_a_slash_is_no_breadcrumb(empty_repo, tmp_path):
    # "المنارة نيوز/ محلي" has the shape of a breadcrumb, but its part ends with an outlet's tail
    # (unknown.yml outlet_words): it stays in the text, where discovery reads the outlet.
    results, errors = import_paste(empty_repo, tmp_path, "افتتاح جسر جديد في المدينة\n"
                                    "المنارة نيوز/ محلي\nافتتح المحافظ الجسر الجديد يوم الاثنين 25 سبتمبر 2023.\n",
                                    date=dt.date(2023, 9, 26))
    assert errors == []
    [result] = results
    assert "المنارة نيوز/ محلي" in result.article.body
    assert "chrome" not in [r.kind for r in result.removed]


def test_an_outlets_credit_before_a_word_that_names_no_outlet_is_no_breadcrumb(empty_repo, tmp_path):
    # "الرصد/ متابعات": its second part names no one outlet (organisations.yml source_generic), so
    # the first is the outlet's credit; a page's section before it stays a breadcrumb
    results, errors = import_paste(empty_repo, tmp_path, "افتتاح جسر جديد في المدينة\n"
                                    "الرصد/ متابعات\nافتتح المحافظ الجسر الجديد يوم الاثنين 25 سبتمبر 2023.\n",
                                    date=dt.date(2023, 9, 26))
    assert errors == []
    [result] = results
    assert "الرصد/ متابعات" in result.article.body
    results, errors = import_paste(empty_repo, tmp_path, "تدشين مدرسة جديدة في القرية\n"
                                    "محليات/ متابعات\nدشن المحافظ المدرسة الجديدة يوم الثلاثاء 26 سبتمبر 2023.\n",
                                    date=dt.date(2023, 9, 27))
    assert errors == []
    [result] = results
    assert "محليات/ متابعات" not in result.article.body


def test_a_caption_ending_with_a_dash_and_a_photo_credit_is_not_the_title(empty_repo, tmp_path):
    results, errors = import_paste(empty_repo, tmp_path,
                                   "مبنى البرلمان - أرشيفية\nمبنى البرلمان - أرشيفية\n\nالبرلمان يقر قانون الانتخابات الجديد\n\n"
                                   "21 أكتوبر 2022\n\nأقر البرلمان القانون بعد جلسة طويلة.\n")
    assert errors == []
    [result] = results
    assert result.article.title == "البرلمان يقر قانون الانتخابات الجديد"
    assert [r.kind for r in result.removed][:2] == ["caption", "caption"]


def test_a_headline_ending_with_a_dash_and_an_agency_stays_the_title(empty_repo, tmp_path):
    results, errors = import_paste(empty_repo, tmp_path,
                                   "الحكومة تعلن خطة جديدة - رويترز\n21 أكتوبر 2022\nأعلنت الحكومة خطة جديدة.\n")
    assert errors == []
    assert results[0].article.title == "الحكومة تعلن خطة جديدة - رويترز"
