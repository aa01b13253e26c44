"""Organisations and places that discovery reads by the grammar of their names
(generator/extract/organisations.py, data in generator/data/organisations.yml), on sentences of
the development texts of the evaluation set (tests/data/extraction_eval/)."""
from __future__ import annotations

from generator.extract.unknown import find_unknown_names


def proposals(text: str) -> dict[str, str]:
    return {p.name: p.type for p in find_unknown_names(text, [])}


def test_a_university_named_after_a_titled_person_is_one_name():
    # shaabjo-jordan-university-medor: not the person "مولاي سليمان"
    found = proposals("صدى الشعب – أبرمت الجامعة الأردنية مذكرة تفاهم مع مؤسسة “ميد-أور” والمستشفى الجامعي "
                      "الإيطالي سان رافاييلي وجامعة السلطان مولاي سليمان المغربية، لتعزيز التعاون الدولي في المجال الطبي.")
    assert found.get("جامعة السلطان مولاي سليمان") == "organization"
    assert "مولاي سليمان" not in found


def test_a_stadium_named_after_a_prince_is_a_place():
    # alsaa-jordan-fixtures-moved
    found = proposals("فيما تقام مباراة عمان والبقعة عند الرابعة عصر الثلاثاء على ملعب الأمير محمد.")
    assert found.get("ملعب الأمير محمد") == "place"
    # almowaten-league-round10: the stadium of a sports city named after him
    found = proposals("وتنطلق مباريات الغد بمواجهة الفريق الأول لكرة القدم بنادي الاتفاق ضد ضمك عند الساعة 5:40 "
                      "مساء على استاد مدينة الأمير سعود بن جلوي الرياضية.")
    assert found.get("استاد مدينة الأمير سعود بن جلوي الرياضية") == "place"
    assert not any(name.startswith("سعود") for name in found)


def test_the_person_after_an_institution_named_after_another_keeps_his_name():
    # the role's institution is named after a judge; its president follows it
    found = proposals("مراكش 19 – 1 – 2010 - أكد رئيس جامعة القاضي عياض السيد محمد مرزاق اليوم الثلاثاء بمراكش "
                      "أن كلية الطب والصيدلة بمراكش تراهن على تكوين 3300 طبيبا.")
    assert found.get("جامعة القاضي عياض") == "organization"
    assert "عياض السيد محمد مرزاق" not in found
