"""Agencies the registry does not know, read from the credits of real dispatches (discovery)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.extract.agencies import Organizations
from generator.extract.unknown import find_unknown_names
from generator.read.raw import caption_credit, parse_raw
from generator.read.registry import load_registry

REPO = Path(__file__).resolve().parents[1]


def organisations(text: str) -> list[str]:
    return [p.name for p in find_unknown_names(text, []) if p.type == "organization"]


def test_an_agency_named_by_its_nisba_after_the_papers_credit():
    # shabiba.com (Oman): the paper's name, a dash, the Oman News Agency's own short name
    text = "الإعلان عن إجازة عيد الأضحى\n\nالشبيبة - العمانية \n\nبمناسبة قرب حلول عيد الأضحى المبارك لعام 1443هـ، فقد تقرر أن تكون إجازة العيد للموظفين."
    assert "العمانية" in organisations(text)


def test_a_nisba_in_running_text_is_no_agency():
    text = "وقالت الصحيفة إن الأسعار ارتفعت في المدن العمانية خلال الشهر الماضي بسبب الطلب."
    assert "العمانية" not in organisations(text)


def test_an_agencys_initials_with_dots_after_the_papers_credit():
    # assahifa (Morocco): the agency's initials (و.م.ع: Maghreb Arabe Presse) under the headline
    text = "انعقاد مجلس للحكومة بعد غد الأربعاء\nالصحيفة - و.م.ع\nالأثنين 10 يونيو 2024 - 14:01\n\nينعقد، بعد غد الأربعاء، مجلس للحكومة."
    assert "و م ع" in organisations(text)


def test_a_national_agencys_short_name_in_a_dateline_and_between_slashes():
    assert "سبأ" in organisations("صنعاء - سبأ: أعلنت وزارة الصحة اليوم عن حملة للتطعيم في المحافظات.")
    assert "وام" in organisations("أبوظبي في 3 يناير / وام / أعلنت وزارة الصحة اليوم عن حملة للتطعيم.")
    assert "وام" in organisations("أعلنت وزارة الصحة اليوم عن حملة للتطعيم في المدن.\nالمصدر: وام")


def test_a_short_name_that_is_a_word_outside_a_credit_is_no_agency():
    assert "سبأ" not in organisations("وتحكي الأسطورة أن ملكة سبأ زارت المدينة قبل قرون طويلة.")


def test_a_paragraph_that_ends_with_its_agencys_credit_is_no_caption():
    organizations = Organizations.of(load_registry(REPO)[0])
    assert caption_credit("الرئيس الفرنسي إيمانويل ماكرون في باريس (رويترز)", organizations) == "رويترز"
    assert caption_credit("أعلنت الحكومة الفرنسية اليوم عن حزمة جديدة من الإجراءات لدعم الاقتصاد. (رويترز)", organizations) is None


def test_an_agency_that_credits_the_photo_is_credited_in_the_article():
    organizations = Organizations.of(load_registry(REPO)[0])
    text = ("الرئيس الفرنسي يزور القاهرة\n\nالرئيس الفرنسي لدى وصوله إلى القاهرة / رويترز\n\n"
            "وصل الرئيس الفرنسي إلى القاهرة في زيارة رسمية تستمر يومين يلتقي خلالها كبار المسؤولين.\n")
    article = parse_raw(text, "content/visit.txt", organizations, date=dt.date(2024, 5, 6))
    assert article.agencies == ("رويترز",) and "رويترز" not in article.body
    # a photographer's credit ("(Getty)") is a caption too, but no agency
    article = parse_raw(text.replace("/ رويترز", "(Getty)"), "content/visit.txt", organizations,
                        date=dt.date(2024, 5, 6))
    assert article.agencies == () and "Getty" not in article.body


def test_a_national_agencys_short_name_after_a_datelines_date_in_two_calendars():
    # the Saudi Press Agency signs after the date and its mark, with no dash
    text = "الرياض 09 ذو القعدة 1444 هـ الموافق 29 مايو 2023 م واس\nأعلنت وزارة الصحة اليوم عن حملة للتطعيم."
    assert "واس" in organisations(text)


def test_a_national_agencys_short_name_told_a_statement():
    # "a statement to KUNA", "to SANA's correspondent": the agency the speaker talked to
    assert "كونا" in organisations("وأضاف رئيس الجمعية في تصريح لـ «كونا» أن العمل مستمر منذ سنوات.")
    assert "سانا" in organisations("وفي تصريح لمراسلة سانا بين مدير المعرض أن الأعمال تنوعت.")
    # the same word after another phrase is not told anything
    assert "سبأ" not in organisations("وفي حديث عن سبأ القديمة قال الباحث إن آثارها كثيرة.")
    assert "قنا" not in organisations("وتحدث الوزير عن قنا الري التي حفرت في الوادي.")
