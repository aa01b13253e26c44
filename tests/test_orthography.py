"""Arabic orthography: each fold and table alone, their composition, the way back to offsets, and
the browser's search keys computed from the same tables."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.text import orthography
from generator.text.orthography import (
    ARTICLE,
    PROCLITICS,
    article_prefixes,
    ascii_lower,
    bare_prefixes,
    expand_presentation_forms,
    fold,
    fold_alef,
    fold_hamza_carriers,
    fold_persian_letters,
    fold_ta_marbuta,
    fold_with_offsets,
    fold_ya,
    has_article,
    is_mark,
    latin_punctuation,
    letter_classes,
    long_vowels,
    name_key,
    plain_spaces,
    plain_wasla,
    proclitic_pattern,
    proclitic_stems,
    remove_diacritics,
    remove_format_chars,
    remove_marks,
    remove_tatweel,
    search_skeleton_map,
    spelling_pairs,
    western_digits,
)


REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "tests" / "fixtures" / "seeds"


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


def test_plain_wasla_keeps_the_hamzas():
    assert plain_wasla("ٱلْمَهْرَة") == "الْمَهْرَة"
    assert plain_wasla("أبين ٱلوسطى إب") == "أبين الوسطى إب"


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


# --- each named fold and table alone -----------------------------------------------------------

def test_remove_marks_drops_diacritics_tatweel_and_format_chars_only():
    assert remove_marks("\u200fوَصَلَ بوتيـــن\u200e\u061c") == "وصل بوتين"
    assert remove_marks("أ.ف.ب، ٢٠٢٢") == "أ.ف.ب، ٢٠٢٢"  # letters, dots, digits, comma stay


def test_is_mark_only_for_marks():
    assert all(is_mark(c) for c in "\u064e\u0651\u0640\u200f\u061c")
    assert not any(is_mark(c) for c in "اء ،1")


def test_fold_hamza_carriers():
    assert fold_hamza_carriers("مسؤول هيئة") == "مسوول هيية"
    assert fold_hamza_carriers("أوستن") == "أوستن"  # hamza on alef is another fold


def test_fold_persian_letters():
    assert fold_persian_letters("کرکوک ھذا") == "كركوك هذا"


def test_latin_punctuation():
    assert latin_punctuation("القاهرة، دمشق؛ لماذا؟ ٥٫٢٪") == "القاهرة, دمشق; لماذا? ٥.٢%"


def test_plain_spaces_keeps_length():
    written = "لويد\u00a0أوستن\u202fو\tشويغو"
    assert plain_spaces(written) == "لويد أوستن و شويغو" and len(plain_spaces(written)) == len(written)


def test_ascii_lower_leaves_other_letters():
    assert ascii_lower("CNN İstanbul") == "cnn İstanbul"


def test_name_key_folds_and_keeps_one_space():
    assert name_key("  وزارة\u00a0الدفاع   الأميركية ") == "وزاره الدفاع الاميركيه"
    assert name_key("سيرغي شويغو") == name_key("سيرغى  شويغو")


def test_clitics_come_from_the_data():
    assert PROCLITICS == "وفبلك" and ARTICLE == "ال"
    assert bare_prefixes() == {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}
    assert article_prefixes() == {"ال", "وال", "فال", "بال", "كال", "لل", "وبال", "وكال", "ولل",
                                  "فبال", "فكال", "فلل"}


def test_proclitic_pattern_and_stems():
    import re

    pattern = re.compile(proclitic_pattern("cl") + "مايو")
    assert pattern.fullmatch("وبمايو").group("cl") == "وب"
    assert pattern.fullmatch("بومايو") is None  # a preposition never comes before a conjunction
    assert proclitic_stems("ومنذ") == ["ومنذ", "منذ"]
    assert proclitic_stems("وبالخميس") == ["وبالخميس", "بالخميس", "الخميس"]
    assert proclitic_stems("و") == ["و"]


def test_has_article_only_as_written():
    assert has_article("الناتو") and has_article("  الـناتو")
    assert not has_article("إليزابيث") and not has_article("ألكسندر")


def test_letter_classes_long_vowels_and_spelling_pairs():
    classes = dict(letter_classes())
    assert classes["g"][0] == "غ" and "ج" in classes["g"] and "ق" in classes["g"]
    assert classes["v"] == "فڤ" and classes["p"] == "بپ"
    assert long_vowels() == "اوي"
    assert ("اميرك", "امريك") in spelling_pairs()


def test_search_skeleton_map_writes_each_class_as_its_key_letter():
    skeleton = search_skeleton_map()
    assert skeleton["غ"] == skeleton["ق"] == "ج" and "ج" not in skeleton  # ج is the key itself
    assert skeleton["ڤ"] == "ف" and skeleton["ط"] == "ت"


# --- offsets, on text as it arrives ----------------------------------------------------------

def test_fold_with_offsets_maps_back_through_every_kind_of_mark():
    text = "قال \u200fوَزِيرُ\u200f الدفـــاع\u061c يوم ٢١ أكتوبر"
    folded = fold_with_offsets(text)
    # A span runs from the first letter to the last one as written: a trailing haraka is not
    # part of it (the matcher adds it), inner marks, tatweel and Arabic-Indic digits are.
    for written, shown in (("وَزِيرُ", "وَزِير"), ("الدفـــاع", "الدفـــاع"), ("٢١", "٢١"), ("أكتوبر", "أكتوبر")):
        key = fold(written)
        start = folded.text.index(key)
        o_start, o_end = folded.span(start, start + len(key))
        assert text[o_start:o_end] == shown and o_start == text.index(written)


# --- Python and the browser's JavaScript fold the same way -----------------------------------

NODE = shutil.which("node")


def _real_spellings() -> list[str]:
    """Every word of the seeds, of the evaluation set's real news texts (forty outlets) and of
    the registry's names and aliases, as written."""
    import yaml

    from generator.read.registry import load_registry
    from generator.text.search_keys import words

    texts = [f.read_text(encoding="utf-8") for f in sorted(SEEDS.glob("*.txt"))]
    texts += [yaml.safe_load(f.read_text(encoding="utf-8"))["text"]
              for f in sorted((REPO / "tests/data/extraction_eval").glob("*.yml"))]
    entities, _ = load_registry(REPO / "content" / "entities")
    texts += [n for e in entities for n in (e.name, *e.aliases)]
    return sorted({w for text in texts for w in words(text)})


@pytest.mark.skipif(NODE is None, reason="no node on this machine (the browser test compares the same in Chromium)")
def test_python_and_javascript_search_keys_agree_on_real_spellings(tmp_path):
    """search-keys.js, run by node on the tables the build writes for it, gives every real
    spelling the same fold, keys and skeleton as the Python that writes the pages' keys."""
    from generator.text import search_keys as sk

    spellings = _real_spellings() + ["أوستين", "شويجو", "البينتاغون", "ڤلاديمير", "گازبروم", "\u200fموسكو\u200f",
                                     "الحُكـومة", "٢٠٢٢", "۱۴۰۲", "ﻻ", "فالحكومة", "وللولايات"]
    assert len(spellings) > 3000
    (tmp_path / "tables.json").write_text(json.dumps(sk.load_tables().raw, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "words.json").write_text(json.dumps(spellings, ensure_ascii=False), encoding="utf-8")
    script = (REPO / "site_config/assets/javascripts/search-keys.js").as_uri()
    run = f"""
        import {{ readFileSync }} from "node:fs";
        const {{ makeKeys }} = await import({json.dumps(script)});
        const k = makeKeys(JSON.parse(readFileSync("tables.json", "utf8")));
        const words = JSON.parse(readFileSync("words.json", "utf8"));
        console.log(JSON.stringify({{
          fold: words.map(k.foldWord), query: words.map(k.queryKey), page: words.map(k.pageKeys),
          skeleton: words.map((w) => k.skeleton(k.queryKey(w))), terms: k.queryTerms(words.join(" ")),
        }}));
    """
    result = subprocess.run([NODE, "--input-type=module", "-e", run], cwd=tmp_path, capture_output=True,
                            text=True, encoding="utf-8", check=True)
    actual = json.loads(result.stdout)
    expected = {
        "fold": [sk.fold_word(w) for w in spellings], "query": [sk.query_key(w) for w in spellings],
        "page": [sk.page_keys(w) for w in spellings], "skeleton": [sk.skeleton(sk.query_key(w)) for w in spellings],
        "terms": sk.query_terms(" ".join(spellings)),
    }
    for part in expected:
        mismatches = [(w, e, a) for w, e, a in zip(spellings, expected[part], actual[part])] if part != "terms" else []
        assert actual[part] == expected[part], [m for m in mismatches if m[1] != m[2]][:10]


@pytest.mark.parametrize("word, singulars", [
    ("صالات", ("صالة", "صال")),       # a sound feminine plural: the singular with or without ة
    ("المستفيدين", ("المستفيد",)),    # a sound masculine plural in the oblique case
    ("مطلعان", ("مطلع",)),            # a dual
    ("ماكرون", ()),                   # ون is left out: foreign names end so
    ("بنات", ()),                     # too short a stem to be a plural's
    ("وزير", ()),
])
def test_singular_forms_of_plurals_and_duals(word, singulars):
    assert orthography.singular_forms(word) == singulars


def test_endings_are_read_written_and_folded():
    assert orthography.FEMININE_ENDINGS == ("ة", "ه")
    assert orthography.FEMININE_NISBA_ENDINGS == ("ية", "يه")
    assert "الشمالية".endswith(orthography.FEMININE_NISBA_ENDING)
    assert orthography.fold("الشمالية").endswith(orthography.FEMININE_NISBA_ENDINGS)
    assert set(orthography.SOUND_PLURAL_ENDINGS) == {"ات", "ين", "ون"}
