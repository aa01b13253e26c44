"""The render's shortcuts give what the long way gives: a plain line of Markdown (an entity's
description) as Python-Markdown and the cleaner make it, a dict's item read as Jinja reads it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.render import markup
from generator.render.pages import make_environment
from generator.render.strings import load_strings

ROOT = Path(__file__).resolve().parents[1]


def the_long_way(body: str) -> str:
    converter = markup._markdown()
    converter.reset()
    return markup.clean_html(re.sub(r"<(/?)h1\b", r"<\1h2", converter.convert(body)))


def descriptions() -> list[str]:
    """The seeds' entity descriptions (the text after each file's front matter, stripped as the
    registry reads it)."""
    found = []
    for file in sorted((ROOT / "content/entities").rglob("*.md")):
        text = file.read_text(encoding="utf-8")
        found.append(text.split("\n---\n", 1)[1].strip() if "\n---\n" in text else text.strip())
    return [d for d in found if d]


LINES = [
    "كيان اصطناعي لقياس الأداء: طارق نصار.",
    "Lloyd Austin (born 1953) is a retired U.S. Army general; وزير الدفاع «السابق».",
    "نسبة 50% + 3 = 53 - 1 / 2 \"مقتبس\" 'مفرد'!",
    "1. قائمة مرقمة", "- قائمة", "# عنوان", "> اقتباس", "    شيفرة", "نص *مائل* و**ثقيل**", "نص_مع_شرطة",
    "رمز & آخر", "أقل < أكثر > منه", "`شيفرة`", "[رابط](https://example.org)", "نص\\هروب",
    "نص  ", "نص\u00a0بفاصل", "سطر\nثان", "سطر  \nمع فاصل", "ﻻ شكل", "تشكيلٌ", "---", "|أ|ب|",
    "<b>وسم</b>", "https://example.org/a_b", "نص\tجدولة",
]


@pytest.mark.parametrize("body", LINES)
def test_a_line_comes_out_as_markdown_and_the_cleaner_make_it(body):
    assert markup.markdown_to_html(body, []) == the_long_way(body)


def test_every_description_of_the_seeds_comes_out_the_same_and_plain_lines_take_the_shortcut():
    found = descriptions()
    assert found
    for body in found:
        assert markup.markdown_to_html(body, []) == the_long_way(body)
    assert markup._PLAIN_LINE.fullmatch(LINES[0])  # the shortcut is taken where it can be


def test_a_dicts_item_reads_as_jinja_reads_it():
    env = make_environment(ROOT, load_strings(ROOT, "latin"))
    template = env.from_string("{{ d.name }}|{{ d.items is callable }}|{{ d.missing is defined }}|{{ o.real }}")
    assert template.render(d={"name": "اسم", "items": "not the method"}, o=3) == "اسم|True|False|3"
