"""A text analysed once: offsets of its words and sentences point exactly into the text as
written, and every extractor of an article reads the one analysis."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.article import extract_article
from generator.extract.dates import find_dates
from generator.extract.entities import EntityMatcher
from generator.model import Article
from generator.read.registry import load_registry
from generator.text import analysis
from generator.text.analysis import analyse, analysed
from generator.text.orthography import fold

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "tests" / "fixtures" / "seeds"

# Diacritics, tatweel, a right-to-left mark, an Arabic letter mark and Arabic-Indic digits.
WRITTEN = "قال \u200fوَزِيرُ الدفـــاع\u200f الأميركي لويد أوستن\u061c، يوم ٢١ أكتوبر ٢٠٢٢: «بدأنا». ثم غادر القاهـرة."


def test_words_map_back_to_the_text_exactly():
    text = analyse(WRITTEN)
    written = [WRITTEN[w.start:w.end] for w in text.words]
    assert written == ["قال", "وَزِير", "الدفـــاع", "الأميركي", "لويد", "أوستن", "يوم", "٢١", "أكتوبر", "٢٠٢٢",
                       "بدأنا", "ثم", "غادر", "القاهـرة"]
    assert [w.folded for w in text.words] == [fold(w) for w in written]
    assert [w.folded for w in text.words][7:10] == ["21", "اكتوبر", "2022"]


def test_sentences_are_spans_of_the_text_as_written():
    text = analyse(WRITTEN)
    assert [WRITTEN[s:e] for s, e in text.sentences] == [
        "قال \u200fوَزِيرُ الدفـــاع\u200f الأميركي لويد أوستن\u061c، يوم ٢١ أكتوبر ٢٠٢٢: «بدأنا».",
        "ثم غادر القاهـرة.",
    ]
    assert text.sentence_at(WRITTEN.index("غادر")) == text.sentences[1]
    assert text.sentence_at(WRITTEN.index("أوستن")) == text.sentences[0]


def test_the_folded_text_maps_back_through_every_mark():
    text = analyse(WRITTEN)
    for written, key in (("الدفـــاع", "الدفاع"), ("٢٠٢٢", "2022"), ("أوستن", "اوستن")):
        start = text.folded.text.index(key)
        assert text.folded.span(start, start + len(key)) == (WRITTEN.index(written), WRITTEN.index(written) + len(written))


def test_extractors_take_the_text_or_its_analysis_alike():
    entities, _ = load_registry(REPO)
    matcher = EntityMatcher(entities)
    text = analyse(WRITTEN)
    assert analysed(text) is text
    assert matcher.find(text) == matcher.find(WRITTEN)
    assert [m.text for m in matcher.find(text)] == ["لويد أوستن", "القاهـرة"]
    assert find_dates(text, dt.date(2022, 10, 25)) == find_dates(WRITTEN, dt.date(2022, 10, 25))
    assert [d.text for d in find_dates(text, dt.date(2022, 10, 25))] == ["٢١ أكتوبر ٢٠٢٢"]


def test_an_article_is_folded_once_per_field(monkeypatch):
    entities, _ = load_registry(REPO)
    matcher = EntityMatcher(entities)
    body = (SEEDS / "003_b9b2ccb77d9719e0.txt").read_text(encoding="utf-8")
    article = Article(path="content/articles/t.md", title="أوستن يتصل بشويغو", date=dt.date(2022, 10, 21),
                      slug="t", body=body)
    folded: list[str] = []
    real = analysis.fold_with_offsets
    monkeypatch.setattr(analysis, "fold_with_offsets", lambda text: folded.append(text) or real(text))
    extraction = extract_article(article, matcher)
    assert folded == [article.title, article.body]  # entities, dates and events share them
    assert {m.field for m in extraction.mentions} >= {"title", "body"} and extraction.dates and extraction.events


marked_arabic = st.text(alphabet=st.sampled_from(
    list("ابتجدرسعفقلمنهوي أإآىةؤئ،.؟\n") + ["\u064e", "\u0651", "\u0640", "\u200f", "\u061c", "٢", "۴", "7"]),
    max_size=80)


@settings(max_examples=300, deadline=None)
@given(marked_arabic)
def test_offsets_map_back_on_any_marked_text(text):
    result = analyse(text)
    for word in result.words:
        assert fold(text[word.start:word.end]) == word.folded
    for start, end in result.sentences:
        assert text[start:end] == text[start:end].strip() and text[start:end]
