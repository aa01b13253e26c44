"""Arabic normalisation: each fold alone, their composition, and the way back to offsets."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.text.arabic import (
    expand_presentation_forms,
    fold,
    fold_alef,
    fold_ta_marbuta,
    fold_with_offsets,
    fold_ya,
    remove_diacritics,
    remove_format_chars,
    remove_tatweel,
    western_digits,
)


SEEDS = Path(__file__).resolve().parent / "fixtures" / "seeds"


@pytest.fixture(scope="module")
def seed_texts() -> list[str]:
    return [f.read_text(encoding="utf-8") for f in sorted(SEEDS.glob("*.txt"))]


def test_remove_diacritics_keeps_letters():
    assert remove_diacritics("وَصَلَ لُويد أُوستِن") == "وصل لويد أوستن"
    assert remove_diacritics("مُحَمَّدٌ") == "محمد"  # shadda and tanween too
    assert remove_diacritics("أوستن") == "أوستن"


def test_remove_tatweel():
    assert remove_tatweel("بوتيـــن") == "بوتين"
    assert remove_tatweel("لـ\"قدرتها\"") == "ل\"قدرتها\""


def test_remove_format_chars_drops_bidi_and_zero_width_marks():
    assert remove_format_chars("\u200fتاس\u200e") == "تاس"
    assert remove_format_chars("واش\u200dنطن\u200b") == "واشنطن"
    assert remove_format_chars("\u061cموسكو\ufeff") == "موسكو"


def test_fold_alef_all_hamza_forms():
    assert fold_alef("أوستن إليزابيث آسيا ٱلله") == "اوستن اليزابيث اسيا الله"
    assert fold_alef("اوستن") == "اوستن"


def test_fold_ya_and_alef_maqsura():
    assert fold_ya("مستوى على") == "مستوي علي"
    assert fold_ya("فارسی") == "فارسي"  # Persian ya


def test_fold_ta_marbuta():
    assert fold_ta_marbuta("القاهرة وزارة") == "القاهره وزاره"


def test_western_digits_both_arabic_indic_sets():
    assert western_digits("٢١ أكتوبر ٢٠٢٢") == "21 أكتوبر 2022"
    assert western_digits("۱۹ مايو") == "19 مايو"


def test_expand_presentation_forms():
    assert expand_presentation_forms("ﻻ") == "لا"
    assert expand_presentation_forms("ﺍﻟﻘﺎﻫﺮﺓ") == "القاهرة"


def test_fold_composes_every_fold():
    assert fold("وَأَكَّدَ بوتيـن\u200f أنّ روسيا") == "واكد بوتين ان روسيا"
    assert fold("القاهرة، مستشفى ٢٤") == "القاهره, مستشفي 24"
    assert fold("CNN و AFP") == "cnn و afp"
    assert fold("ﺍﻟﻘﺎﻫﺮﺓ") == fold("القاهرة")


def test_fold_is_idempotent_on_real_text(seed_texts):
    for text in seed_texts:
        assert fold(fold(text)) == fold(text)


def test_fold_with_offsets_gives_fold(seed_texts):
    for text in [*seed_texts, "وَصَلَ لُويد أُوستِن", "ﷺ ﻻ بوتيـــن"]:
        assert fold_with_offsets(text).text == fold(text)


def test_fold_with_offsets_maps_spans_back_exactly():
    text = "وَصَلَ \u200fلُويد\u200f أُوستِن إلى القاهـــرة"
    folded = fold_with_offsets(text)
    for word in ("لويد", "اوستن", "القاهره"):
        start = folded.text.index(word)
        o_start, o_end = folded.span(start, start + len(word))
        assert fold(text[o_start:o_end]) == word
    # The mapped span starts at the first letter and ends after the last one.
    start = folded.text.index("القاهره")
    o_start, o_end = folded.span(start, start + len("القاهره"))
    assert text[o_start:o_end] == "القاهـــرة"


def test_fold_with_offsets_expansion_maps_to_the_one_character():
    text = "قال ﷺ ثم ﻻ"
    folded = fold_with_offsets(text)
    start = folded.text.index("لا")
    assert folded.span(start, start + 2) == (text.index("ﻻ"), text.index("ﻻ") + 1)
    # Every character of a long expansion points at the ligature itself.
    first = folded.text.index("صلي")
    assert {folded.to_original(k) for k in range(first, first + 17)} == {text.index("ﷺ")}


def test_lower_case_never_moves_offsets():
    text = "İstanbul موسكو"
    folded = fold_with_offsets(text)
    assert len(folded.text) == len(text)
    start = folded.text.index("موسكو")
    assert folded.span(start, start + 5) == (text.index("موسكو"), len(text))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_fold_properties_on_any_text(text):
    folded = fold_with_offsets(text)
    assert folded.text == fold(text)
    assert fold(folded.text) == folded.text  # idempotent
    for start in range(len(folded.text) + 1):
        assert 0 <= folded.to_original(start) <= len(text)
    for start in range(len(folded.text)):
        for end in range(start + 1, min(start + 4, len(folded.text)) + 1):
            o_start, o_end = folded.span(start, end)
            assert 0 <= o_start < o_end <= len(text)


arabic_with_marks = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهوية أإآىؤئ،") + ["\u064e", "\u0651", "\u0640", "\u200f", "\u200d"]),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(arabic_with_marks)
def test_folded_spans_map_to_text_that_folds_back(text):
    folded = fold_with_offsets(text)
    for start in range(len(folded.text)):
        for end in range(start + 1, min(start + 6, len(folded.text)) + 1):
            o_start, o_end = folded.span(start, end)
            assert fold(text[o_start:o_end]) == folded.text[start:end]
