"""Property tests where the input is untrusted text: the entity matcher, the date reader,
discovery and the front-matter reader, on arbitrary Unicode (mixed scripts, combining marks,
bidi controls, presentation forms that expand, very long tokens). No crash; every offset
inside its text and `text[start:end] == mention.text`. Time per kilobyte is measured in
bench/fuzz_speed.py, not here. Only the public functions are called."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import REPO
from generator.extract.dates import find_dates
from generator.extract.entities import EntityMatcher
from generator.extract.unknown import find_unknown_names, suggest
from generator.model import ContentError
from generator.read.content import article_from_parsed, parse_front_matter
from generator.read.registry import load_registry
from generator.text.orthography import fold, remove_marks

ENTITIES, _ = load_registry(REPO)
MATCHER = EntityMatcher(ENTITIES)
NAMES = sorted({name for e in ENTITIES for name in (e.name, *e.aliases)})

# Pieces that meet the code's special cases: clitics, names and their variants, dates in every
# system, marks that folding removes, characters whose folded or NFKC form has another length.
PIECES = [
    "و", "ب", "ل", "ك", "ف", "ال", "وال", "لل", "وبال", "قال", "وزير الدفاع", "الرئيس", "المتحدث باسم",
    " قال وزير الخارجية المصري سامح شكري ", " بحسب وكالة أنباء الشرق ", " ذكر الرئيس رجب طيب أردوغان ",
    "21 أكتوبر 2022", "29 تشرين الثاني/نوفمبر", "13 مايو/ أيار", "اليوم الجمعة", "أمس", "يومه الأربعاء",
    "12-03-2021 09:15 PM", "٢١/١٠/٢٠٢٢", "7\\3\\2024", "1445 هـ", "نوفمبر 2011م", "أواخر يناير", "الثالث من مايو",
    "\u064b", "\u0651", "\u0670", "\u0301", "\u0640", "\u200e", "\u200f", "\u202b", "\u202e", "\u2066", "\u2069",
    "\u061c", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u00a0", "\u2009", "\t", "\n", "\r\n", " ", "،", "؛", "؟", ".",
    "\ufdf2", "\ufdfa", "\ufefb", "\ufe8e", "ﷺ", "İ", "ß", "ﬁ", "Σ", "ǅ", "𝔸", "😀", "\U000e0041", "ـــ",
    "أ", "إ", "آ", "ٱ", "ى", "ة", "ؤ", "ئ", "ی", "ک", "گ", "ڤ", "پ", "٠", "۹", "ه",
]
BIDI_AND_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0300\u0301\u20d7\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\u200b\u200c\u200d"
ARABIC_LETTERS = "".join(chr(c) for c in range(0x0621, 0x064B))

long_token = st.builds(lambda letters, n: (letters * n)[:n] or "ا",
                       st.text(alphabet=ARABIC_LETTERS + BIDI_AND_MARKS, min_size=1, max_size=6),
                       st.integers(200, 3000))
piece = st.one_of(
    st.sampled_from(PIECES),
    st.sampled_from(NAMES),
    st.text(max_size=8),  # any Unicode, any script
    st.text(alphabet=ARABIC_LETTERS + BIDI_AND_MARKS + " ", max_size=12),
)
untrusted_text = st.one_of(
    st.lists(piece, max_size=60).map("".join),
    st.lists(st.one_of(piece, long_token), max_size=6).map(" ".join),
)
published = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ISO_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?\Z")


@FUZZ
@given(untrusted_text)
def test_entity_mentions_are_exact_spans_of_the_text(text):
    mentions = MATCHER.find(text)
    known = {e.id for e in ENTITIES}
    previous_end = 0
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.text
        assert mention.entity_id in known
        assert mention.start >= previous_end  # sorted, not overlapping
        previous_end = mention.end


@FUZZ
@given(untrusted_text, published)
def test_dates_are_exact_spans_of_the_text(text, published_on):
    for found in find_dates(text, published_on):
        assert 0 <= found.start < found.end <= len(text)
        assert text[found.start:found.end] == found.text
        assert ISO_VALUE.match(found.value), found
        assert found.end_value is None or ISO_VALUE.match(found.end_value), found


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(untrusted_text)
@example("ووهيئة الأركان العامة للقوات المسلحة الروسية")  # found by this test: a name behind لل
@example(":بوًن")  # found by this test: a known city written with a tanween is proposed without it
@example("وزارة الدفاع الأمريكية\u202a0")  # and a name that keeps a bidi mark the text has
@example("وآهآ:")  # found by this test: a place is written as the gazetteer spells it (واها)
def test_discovery_names_come_from_the_text(text):
    for unknown in find_unknown_names(text, MATCHER.find(text)):
        assert unknown.name.strip() and unknown.count >= 1
        assert all(written_in(word, text) for word in unknown.name.split()), unknown.name


def written_in(word: str, text: str) -> bool:
    """A name's word stands in the text as it is, both without diacritics, tatweel and format marks
    (a proposal's name is mostly written without them), or, for a word with the article, behind the
    preposition ل that swallows the article's alef: "للقوات" is ل + "القوات"; or, for a place the
    gazetteer spells (CLDR, GeoNames), the same word once hamza, alef and ya forms are folded."""
    text, word = remove_marks(text), remove_marks(word)
    return (word in text or (word.startswith("ال") and "ل" + word[1:] in text)
            or re.search(rf"(?<!\w){re.escape(fold(word))}", fold(text)) is not None)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(untrusted_text, min_size=1, max_size=3))
def test_suggest_over_several_texts_never_crashes(texts):
    paths = [f"content/articles/2023/{n}.md" for n in range(len(texts))]
    for unknown in suggest(list(zip(paths, texts)), MATCHER):
        assert set(unknown.sources) <= set(paths) and unknown.count >= 1


front_matter_line = st.one_of(
    st.sampled_from(["title: عنوان", "date: 2022-10-21", "date: 2023-02-30", "slug: ../x", "slug: a-b",
                     "agencies: [فرانس برس, الأناضول]", "format: text", "url: javascript:x", "- item", "  nested: 1",
                     "key: &a [1]", "other: *a", "!!python/object:os.system x", "title: {", "? complex", "---", "..."]),
    untrusted_text.map(lambda t: t.replace("\r", "")[:80]),
)
content_file = st.builds(
    lambda lines, body, newline: newline.join(["---", *lines, "---", body]),
    st.lists(front_matter_line, max_size=8), untrusted_text, st.sampled_from(["\n", "\r\n", "\r"]),
) | untrusted_text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content_file)
def test_the_front_matter_reader_gives_an_article_or_an_error_with_a_line(text):
    path = "content/articles/2023/fuzz.md"
    lines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 2
    try:
        parsed = parse_front_matter(text, path)
        article, warnings = article_from_parsed(parsed, path)
    except ContentError as exc:
        assert exc.problem.path == path and exc.problem.level == "error" and exc.problem.message
        assert 1 <= exc.problem.line <= lines
        return
    normalised = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if parsed.body:  # the body is the file from its first line on, exactly
        assert normalised.split("\n")[parsed.body_line - 1:] == parsed.body.split("\n")
    assert article.title and article.slug
    assert all(1 <= w.line <= lines for w in warnings)


@pytest.mark.parametrize("text", ["\ufdfa" * 50 + " سيرغي شويغو", "ﷲ" + "\u0651" * 300 + "موسكو",
                                  "\u202e" + "و" * 5000 + " لويد أوستن", "شويغو" + "\u064b" * 2000])
def test_expanding_forms_and_long_runs_of_marks_keep_offsets_exact(text):
    for mention in MATCHER.find(text):
        assert text[mention.start:mention.end] == mention.text
    for found in find_dates(text, dt.date(2022, 10, 21)):
        assert text[found.start:found.end] == found.text
