"""A registry name written inside another name is not linked (generator/extract/longer_names.py,
names_another), on sentences written for these tests; the same names alone still link."""
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


@pytest.mark.parametrize("text, entity, other", [
    # a person's one-word form after a common given name, or before a rare word written as a name
    ("وقال الكاتب أحمد بوتين إن روايته الجديدة ستصدر قريبا.", "vladimir-putin", "وقال بوتين إن المحادثات ستستمر."),
    ("وأكد والد الصحفي أوستن تايس أن ابنه لا يزال حيا.", "lloyd-austin", "وقال أوستن الثلاثاء إن الدعم مستمر."),
    # an organisation's one-word form after a place word or a product's head
    ("وضرب زلزال قوي جنوب شرق الأناضول صباح اليوم.", "anadolu-agency", "وقالت الأناضول إن الوفد وصل."),
    ("وتلقى مليون شخص لقاح سبوتنيك في الحملة.", "sputnik", "وذكرت وكالة سبوتنيك أن الاجتماع انتهى."),
    # a place before a company's genitive
    ("وهبطت طائرة مصر للطيران في مطار جدة.", "egypt", "وعادت الطائرة إلى مصر مساء أمس."),
    # a place inside a short quoted name: an outlet, a work
    ("ويستعرض \"أهل مصر\" في التقرير التالي أبرز المباريات.", "egypt", "وأضاف أن \"مصر\" دولة محورية في المنطقة."),
    # a city after a mission's name and في: the mission's
    ("وقالت السفارة الأمريكية في القاهرة إن الرحلات مستمرة.", "cairo", "وقال المدير إن مكتبه في القاهرة مغلق."),
    ("وأقامت سفارة المملكة العربية السعودية في القاهرة حفلا.", "cairo", "وقال السفير في القاهرة إن الحفل أقيم."),
])
def test_a_name_inside_another_is_not_linked(matcher, text, entity, other):
    assert entity not in linked(matcher, text)
    assert entity in linked(matcher, other)


def test_a_surname_after_a_verb_or_a_title_still_links(matcher):
    assert "joe-biden" in linked(matcher, "وهنأ بايدن نظيره الفرنسي بالفوز.")
    assert "vladimir-putin" in linked(matcher, "وأكد بوتين وماكرون ضرورة الحوار.")
    assert "lloyd-austin" in linked(matcher, "وصرح وزير الدفاع الأمريكي لويد أوستن بأن الدعم مستمر.")
    assert "sergei-shoigu" in linked(matcher, "أوستن وشويغو يبحثان الوضع في أوكرانيا")  # a verb, rare in its dual
    assert "moscow" in linked(matcher, "وأكد أن تواصل السفارة في موسكو عملها.")  # whose embassy is not said
