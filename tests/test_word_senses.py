"""A registry name that is also an ordinary word is not linked where the words around it make it
the word (generator/extract/word_senses.py, data in generator/data/variants.yml `word_senses`):
القاهرة the adjective "overpowering", مصر the participle مُصِرّ "insisting". Sentences written for
these tests, each trap beside the same name used as the place."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.entities import EntityMatcher
from generator.read.registry import load_registry

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def matcher():
    entities, _ = load_registry(REPO)
    return EntityMatcher(entities)


def linked(matcher, text: str) -> set[str]:
    return {m.entity_id for m in matcher.find(text)}


@pytest.mark.parametrize("word, place", [
    ("وأعلنت الشركة حالة القوة القاهرة في حقل الغاز.", "وأعلنت الشركة من القاهرة وقف العمل في حقل الغاز."),
    ("تأجل المشروع بسبب الظروف القاهرة التي تمر بها البلاد.", "وصل الوفد إلى العاصمة القاهرة صباح اليوم."),
    ("في ظل الظروف الاقتصادية القاهرة التي يعيشها المواطنون.", "وزار الوفد القاهرة الأسبوع الماضي."),
    ("ورفعت الشركة حالة القوة القاهرة عن الصادرات.", "وأكد أن قوة القاهرة الناعمة تتزايد."),
])
def test_cairo_as_an_adjective(matcher, word, place):
    assert "cairo" not in linked(matcher, word)
    assert "cairo" in linked(matcher, place)


@pytest.mark.parametrize("word, place", [
    ("وقال الوزير إنه مصر على المضي في الإصلاحات.", "وقال الوزير إن مصر على استعداد لاستضافة المفاوضات."),
    ("والمدرب مصر على إشراك اللاعب الشاب في التشكيلة.", "وحصلت مصر على قرض جديد من صندوق النقد الدولي."),
    ("لكنه مصر على استكمال المشروع رغم الانتقادات.", "وتعتمد مصر على واردات القمح من روسيا وأوكرانيا."),
    ("وأكد أن الرئيس مصر على إجراء الانتخابات في موعدها.", "زار الرئيس مصر على رأس وفد كبير."),
    ("ولا يزال مصر على موقفه.", "ولا تزال مصر على موقفها."),
])
def test_egypt_as_the_participle_insisting(matcher, word, place):
    assert "egypt" not in linked(matcher, word)
    assert "egypt" in linked(matcher, place)
