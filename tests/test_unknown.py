"""Discovery of names the registry does not know, and the registry stubs it proposes."""
from __future__ import annotations

from pathlib import Path

import frontmatter
import pytest

from generator.extract.entities import EntityMatcher
from generator.extract.unknown import find_unknown_names, registry_stub, suggest, transliterate
from generator.read.registry import load_registry

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "tests" / "fixtures" / "seeds"


@pytest.fixture(scope="module")
def registry():
    entities, _ = load_registry(REPO)
    return entities


@pytest.fixture(scope="module")
def seed_texts():
    return [(f.name, f.read_text(encoding="utf-8")) for f in sorted(SEEDS.glob("*.txt"))]


def matcher_without(registry, *ids):
    return EntityMatcher([e for e in registry if e.id not in ids])


def test_nothing_unknown_in_the_seeds_with_the_full_registry(registry, seed_texts):
    assert suggest(seed_texts, EntityMatcher(registry)) == []


def test_a_person_removed_from_the_registry_is_proposed(registry, seed_texts):
    found = suggest(seed_texts, matcher_without(registry, "konstantin-gavrilov"))
    assert [(u.name, u.type_guess) for u in found] == [("قسطنطين جافريلوف", "person")]
    (gavrilov,) = found
    assert gavrilov.sources == ("003_b9b2ccb77d9719e0.txt",)
    assert gavrilov.role == "الدبلوماسي الروسي المقيم في فيينا"  # the apposition before the commas
    assert "قسطنطين جافريلوف" in gavrilov.example and gavrilov.example.startswith("ونقلت")


def test_a_title_with_a_registry_body_before_the_name(registry, seed_texts):
    found = suggest(seed_texts, matcher_without(registry, "valery-gerasimov", "elizabeth-rood"))
    assert {(u.name, u.role) for u in found} == {
        ("فاليري غيراسيموف", "رئيس هيئة الأركان الروسية"),
        ("إليزابيث رود", "القائمة بأعمال السفارة الأميركية في روسيا"),
    }


def test_with_no_registry_every_person_of_the_seeds_and_no_common_word(seed_texts):
    found = suggest(seed_texts, EntityMatcher([]))
    people = {u.name for u in found if u.type_guess == "person"}
    assert people == {
        "لويد أوستن", "سيرغي شويغو", "أنتوني بلينكن", "فلاديمير بوتين", "جو بايدن", "فاليري غيراسيموف",
        "مارك ميلي", "أناتولي أنطونوف", "إليزابيث رود", "قسطنطين جافريلوف", "أولكسي ريزنيكوف", "كاثرين كولونا",
    }
    organizations = {u.name for u in found if u.type_guess == "organization"}
    assert organizations == {
        "وزارة الدفاع الأميركية", "وزارة الدفاع الروسية", "وزارة الخارجية الروسية",
        "وكالة تاس", "وكالة سبوتنيك", "قناة سي إن إن",
    }
    counts = {u.name: u.count for u in found}
    assert counts["وزارة الدفاع الأميركية"] == 3 and counts["سيرغي شويغو"] == 2
    assert found[0].name == "وزارة الدفاع الأميركية"  # most frequent first


@pytest.mark.parametrize("text, expected", [
    ("وقال المتحدث باسم البيت الأبيض جون كيربي إن الرد سيكون حازما.", [("جون كيربي", "person")]),
    ("وأكد رئيس الوزراء الإسرائيلي بنيامين نتنياهو، أمس، أن العملية مستمرة.", [("بنيامين نتنياهو", "person")]),
    ("وقالت حركة حماس في بيان إن الوفد وصل.", [("حركة حماس", "organization")]),
    ("أعلنت وزارة الخارجية الصينية أن الوزير سيزور المنطقة.", [("وزارة الخارجية الصينية", "organization")]),
    # Common words after a title or a verb are not names.
    ("وقال دبلوماسي روسي كبير إن الاتصال كان ضروريا.", []),
    ("ورجحت المسؤولة الأميركية عدم تحسن العلاقات بسرعة.", []),
    ("واتهم الرئيس الروسي بأنه يحاول تدمير عزيمة الشعب.", []),
    ("وقالت الوزارة في تصريحات إن الحوار مستمر.", []),
    ("أعلنت وزارة الدفاع أن المناورات انتهت.", []),  # a ministry of no country is not a name
])
def test_find_unknown_names_in_sentences(text, expected):
    assert [(u.name, u.type_guess) for u in find_unknown_names(text, [])] == expected


def test_names_the_registry_matched_are_not_unknown(registry):
    text = "وقال وزير الخارجية الأميركي أنتوني بلينكن إن واشنطن لا تعارض الحل."
    assert find_unknown_names(text, EntityMatcher(registry).find(text)) == []
    assert [u.name for u in find_unknown_names(text, [])] == ["أنتوني بلينكن"]


def test_transliterate_for_file_names():
    assert transliterate("قسطنطين جافريلوف") == "qstntin jafriluf"
    assert transliterate("حركة حماس") == "hrka hmas"


def test_registry_stub_is_a_file_the_registry_reads_once_name_en_is_filled(registry, seed_texts, tmp_path):
    (unknown,) = suggest(seed_texts, matcher_without(registry, "konstantin-gavrilov"))
    path, text = registry_stub(unknown)
    assert path == "content/entities/person/qstntin-jafriluf.md"
    post = frontmatter.loads(text)
    assert post.metadata == {"name": "قسطنطين جافريلوف", "name_en": "", "type": "person", "aliases": [],
                             "role": "الدبلوماسي الروسي المقيم في فيينا"}
    assert "name_en" in text.split('name_en: ""')[0]  # the comment telling what to write comes first

    # As proposed, the registry refuses it and says what is missing ...
    stub = tmp_path / path
    stub.parent.mkdir(parents=True)
    stub.write_text(text, encoding="utf-8")
    entities, problems = load_registry(tmp_path)
    assert entities == [] and [p.level for p in problems] == ["error"] and "name_en" in problems[0].message
    # ... and once the maintainer writes the English name and renames the file, it is an entity.
    stub.unlink()
    (tmp_path / "content/entities/person/konstantin-gavrilov.md").write_text(
        text.replace('name_en: ""', "name_en: Konstantin Gavrilov"), encoding="utf-8")
    entities, problems = load_registry(tmp_path)
    assert problems == [] and [e.id for e in entities] == ["konstantin-gavrilov"]
    assert [m.entity_id for m in EntityMatcher(entities).find(dict(seed_texts)["003_b9b2ccb77d9719e0.txt"])] == [
        "konstantin-gavrilov", "konstantin-gavrilov"]


def test_spellings_of_one_name_are_one_suggestion():
    texts = [
        ("a.md", "وقال المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين إن موسكو منفتحة."),
        ("b.md", "وأوضح المتحدث باسم الكرملين دميتري بيسكوف أن الوزارة ستتغير."),
    ]
    (peskov,) = suggest(texts, EntityMatcher([]))
    assert (peskov.name, peskov.count, peskov.sources, peskov.spellings) == (
        "ديمتري بيسكوف", 2, ("a.md", "b.md"), ("دميتري بيسكوف",))
    path, text = registry_stub(peskov)
    assert frontmatter.loads(text).metadata["aliases"] == ["دميتري بيسكوف"]
