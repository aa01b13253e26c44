"""Property tests of the importer: any bytes in, no crash, and a whole file or nothing out."""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.importer import import_files
from generator.read.content import read_article

PIECES = [
    "أول", "اتصال", "بين", "وزيري", "الدفاع", "لويد أوستن", "شويغو", "21 أكتوبر 2022", "٢١ تشرين الأول ٢٠٢٢",
    "12-03-2021 09:15 PM", "(فرانس برس، الأناضول)", "+ الخط -", "المساهمون", "(Getty)", "---", "title: x",
    "date: 2022-13-45", "\u200f", "\u202e", "\ufeff", "ـــ", "َ", "\r\n", "\n", "\r", " ", "،", "؟", ":", "\"", "'",
    "{{ x }}", "{% y %}", "<script>", "*", "#", "\x00", "\t", "ﻻ", "ي", "ى", "ة", "a", "1", "٠",
]
pasted_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=40).map("".join)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1256"])


def run_import(data: bytes, date: dt.date | None):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        paste = root / "paste.txt"
        paste.write_bytes(data)
        results, errors = import_files([paste], root, [], date=date)
        written = sorted((root / "content").rglob("*")) if (root / "content").exists() else []
        files = [p for p in written if p.is_file()]
        assert not [p for p in files if p.name.endswith(".tmp")], "a temporary file was left behind"
        assert len(results) + len(errors) == 1
        if errors:
            assert files == []
            assert errors[0].path == str(paste) and errors[0].message
        else:
            [file] = files
            article, _ = read_article(file, root)  # the file written is whole and reads back
            assert article.title == results[0].article.title
            assert article.body == results[0].article.body


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pasted_text, encodings, st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
def test_import_of_any_text_never_crashes_and_writes_whole_files(text, encoding, date):
    run_import(text.encode(encoding, errors="ignore"), date)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), st.none() | st.just(dt.date(2022, 10, 21)))
def test_import_of_any_bytes_never_crashes(data, date):
    run_import(data, date)
