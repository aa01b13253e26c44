"""Dates in Arabic news: the seeds, a table of expressions, properties, and date problems."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from babel.dates import get_month_names
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.dates import article_dates, date_problems, find_dates
from generator.extract.dates.accuracy import score
from generator.model import Article
from generator.text.analysis import analyse
from generator.text.display import format_day

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures" / "seeds"
SEED_CHANNELS = FIXTURES / "000_53dbe11990a2b156.txt"  # published Monday 2022-11-28
SEED_CALLS = FIXTURES / "003_b9b2ccb77d9719e0.txt"  # published Friday 2022-10-21
EXPRESSIONS = yaml.safe_load((HERE / "data" / "date_expressions.yml").read_text(encoding="utf-8"))


def found(text: str, published: dt.date) -> list[tuple[str, str, str | None]]:
    return [(d.text, d.value, d.end_value) for d in find_dates(text, published)]


# --- The seeds ------------------------------------------------------------------------------


def test_seed_channels_finds_every_date_and_nothing_else():
    text = SEED_CHANNELS.read_text(encoding="utf-8")
    assert found(text, dt.date(2022, 11, 28)) == [
        ("اليوم الاثنين", "2022-11-28", None),
        ("اليوم", "2022-11-28", None),  # "في وقت سابق من اليوم": earlier today
        ("اليوم", "2022-11-28", None),  # "في وقت سابق اليوم"
        # "كان من المقرر عقدها": announced, so the 29th still to come, not a year earlier
        ("من 29 تشرين الثاني/نوفمبر، حتى 6 كانون الأول/ديسمبر", "2022-11-29", "2022-12-06"),
        ("9 تشرين الثاني/نوفمبر", "2022-11-09", None),
    ]


def test_seed_channels_today_is_the_time_word_in_its_context():
    text = SEED_CHANNELS.read_text(encoding="utf-8")
    todays = [d for d in find_dates(text, dt.date(2022, 11, 28)) if d.text == "اليوم"]
    assert [text[: d.start].endswith(before) for d, before in zip(todays, ["في وقت سابق من ", "في وقت سابق "])] == [True, True]
    assert len(todays) == 2
    assert {d.kind for d in todays} == {"relative"}


def test_seed_calls_finds_every_date_and_nothing_else():
    text = SEED_CALLS.read_text(encoding="utf-8")
    assert found(text, dt.date(2022, 10, 21)) == [
        ("مايو الماضي", "2022-05", None),  # the title: "منذ مايو الماضي"
        ("21 أكتوبر 2022", "2022-10-21", None),  # the dateline
        ("اليوم الجمعة", "2022-10-21", None),
        ("مايو/ أيار", "2022-05", None),  # "منذ مايو/ أيار"
        ("13 مايو/ أيار", "2022-05-13", None),
        ("19 مايو/ أيار", "2022-05-19", None),
        ("يوم الجمعة", "2022-10-21", None),
    ]


def test_seed_precisions_and_kinds():
    text = SEED_CALLS.read_text(encoding="utf-8")
    by_text = {d.text: d for d in find_dates(text, dt.date(2022, 10, 21))}
    assert (by_text["مايو الماضي"].precision, by_text["مايو/ أيار"].precision) == ("month", "month")
    assert by_text["21 أكتوبر 2022"].kind == "explicit"
    assert by_text["يوم الجمعة"].kind == "weekday"


def test_seed_offsets_point_into_the_original_text():
    for path, published in ((SEED_CHANNELS, dt.date(2022, 11, 28)), (SEED_CALLS, dt.date(2022, 10, 21))):
        text = path.read_text(encoding="utf-8")
        for date in find_dates(text, published):
            assert text[date.start : date.end] == date.text


def test_a_year_without_a_cue_goes_back_and_the_cue_sends_it_forward():
    announced = "كان من المقرر عقدها خلال الفترة من 29 تشرين الثاني/نوفمبر، حتى 6 كانون الأول/ديسمبر."
    held = "عقدت المحادثات خلال الفترة من 29 تشرين الثاني/نوفمبر، حتى 6 كانون الأول/ديسمبر."
    published = dt.date(2022, 10, 15)  # the 29th is 45 days ahead: too far to be the coming one without a cue
    assert [(d.value, d.end_value) for d in find_dates(announced, published)] == [("2022-11-29", "2022-12-06")]
    assert [(d.value, d.end_value) for d in find_dates(held, published)] == [("2021-11-29", "2021-12-06")]


def test_a_day_a_few_days_ahead_is_the_coming_one_unless_since():
    published = dt.date(2021, 1, 23)
    assert found("من 25 يناير إلى 14 فبراير، يستمر حظر التجول.", published) == [
        ("من 25 يناير إلى 14 فبراير", "2021-01-25", "2021-02-14")]
    assert found("تراجعت المبيعات منذ فبراير.", published) == [("فبراير", "2020-02", None)]
    assert found("تنطلق الحملة في فبراير.", published) == [("فبراير", "2021-02", None)]


def test_the_cue_of_another_sentence_does_not_count():
    text = "سيعقد المجلس جلسة جديدة. واجتمع المجلس في 29 نوفمبر."
    assert found(text, dt.date(2022, 10, 15)) == [("29 نوفمبر", "2021-11-29", None)]


def test_the_future_of_a_later_clause_does_not_count():
    friday = dt.date(2022, 10, 21)
    assert found("وأعلنت الوزارة، الخميس، أن الحدود ستغلق.", friday) == [("الخميس", "2022-10-20", None)]
    assert found("أعلنت الوزارة أنها ستعقد مؤتمرا الخميس.", friday) == [("الخميس", "2022-10-27", None)]
    assert found("من المقرر أن يصل الوفد الأحد.", friday) == [("الأحد", "2022-10-23", None)]


def test_weekday_names_in_context():
    friday = dt.date(2022, 10, 21)
    assert found("وقال الرئيس الأحد إن الحكومة ستستقيل.", friday) == [("الأحد", "2022-10-16", None)]
    assert found("وقع الاتفاق بين الاثنين بعد مفاوضات.", friday) == []
    assert found("واتفق الاثنين على مواصلة الحوار.", friday) == []
    assert found("اجتمع الوزيران يوم الاثنين.", friday) == [("يوم الاثنين", "2022-10-17", None)]
    assert found("يجتمع الوزيران الاثنين المقبل.", friday) == [("الاثنين المقبل", "2022-10-24", None)]


def test_a_bare_weekday_after_a_present_tense_verb_is_the_coming_one():
    friday = dt.date(2022, 10, 21)
    assert found("يزور الرئيس الجزائر الثلاثاء في جولة إقليمية.", friday) == [("الثلاثاء", "2022-10-25", None)]
    assert found("وتنطلق الأحد فعاليات المعرض الدولي.", friday) == [("الأحد", "2022-10-23", None)]
    # a past-tense verb, or a verb of saying in a headline's present, keeps the one before
    assert found("زار الرئيس الجزائر الثلاثاء في جولة إقليمية.", friday) == [("الثلاثاء", "2022-10-18", None)]
    assert found("ماكرون يعلن الثلاثاء خطة جديدة للطاقة", friday) == [("الثلاثاء", "2022-10-18", None)]
    # a noun in ت (تقرير) is no verb, and another clause's verb is not the weekday's
    assert found("وأظهر تقرير نشر الثلاثاء تراجع الأسعار.", friday) == [("الثلاثاء", "2022-10-18", None)]
    assert found("وتقول الحكومة إن الوزير وصل الثلاثاء.", friday) == [("الثلاثاء", "2022-10-18", None)]


def test_a_weekday_set_off_by_a_comma_is_of_the_clause_before_it():
    friday = dt.date(2022, 10, 21)
    # the clause before the comma opens with a present-tense verb: the coming day
    assert found("تستضيف المدينة، مساء السبت، مهرجانا للشعر.", friday) == [("مساء السبت", "2022-10-22", None)]
    assert found("يلتقي المنتخب، الأحد، نظيره المغربي.", friday) == [("الأحد", "2022-10-23", None)]
    # a past tense, or a verb in ت that is as well the past of a verb in use (ترأس, يترأس), keeps the one before
    assert found("استضافت المدينة، مساء السبت، مهرجانا للشعر.", friday) == [("مساء السبت", "2022-10-15", None)]
    assert found("ترأس الوزير، الأحد، اجتماع اللجنة.", friday) == [("الأحد", "2022-10-16", None)]


def test_today_only_as_a_time_word():
    friday = dt.date(2022, 10, 21)
    # "this day" of another year is that year's day and month, never today
    assert found("في مثل هذا اليوم من عام 1948 أعلن قيام الدولة.", friday) == [
        ("مثل هذا اليوم من عام 1948", "1948-10-21", None)]
    # "حتى اليوم" (to this day) is today: README, "Dates: conventions" ("اليوم" meaning nowadays)
    assert found("لا يزال الخلاف قائما حتى اليوم.", friday) == [("اليوم", "2022-10-21", None)]
    assert found("احتفل في يومه الأول بالفوز.", friday) == []
    assert found("وصرح الوزير اليوم، بأن", friday) == [("اليوم", "2022-10-21", None)]


def test_a_day_and_a_dash_before_a_numeric_date_make_a_span():
    published = dt.date(2024, 6, 1)
    # "8 – 11 /7 / 2024", "3-5/9/2025": the first day borrows the month and year (made-up sentences)
    assert found("تعقد الدورة خلال الفترة 8 – 11 /7 / 2024 في المقر.", published) == [
        ("8 – 11 /7 / 2024", "2024-07-08", "2024-07-11")]
    assert found("تنطلق الورشة من 3-5/9/2024 بالعاصمة.", published) == [("من 3-5/9/2024", "2024-09-03", "2024-09-05")]
    # no span backwards, and a number glued after a dash is no date alone
    assert found("ورد في الجدول تحت الرقم 12-5/9/2024 للمراجعة.", published) == []
    assert found("صدر القرار في 2024-05-12 بعد التصويت.", published) == [("2024-05-12", "2024-05-12", None)]


def test_a_hijri_day_written_with_the_article_joins_its_weekday():
    published = dt.date(2024, 6, 26)
    # "يوم الثلاثاء الـ 19 ربيع الآخر 1446 هـ": one day, the weekday with it (made-up sentence)
    assert found("تبدأ العطلة يوم الثلاثاء الـ 19 ربيع الآخر 1446 هـ في المدارس.", published) == [
        ("يوم الثلاثاء الـ 19 ربيع الآخر 1446 هـ", "2024-10-22", None)]


def test_a_numeric_date_glued_to_the_word_that_calls_for_it():
    published = dt.date(2024, 6, 1)
    # crawled text runs "من", "الموافق", "بتاريخ" into the number (made-up sentences)
    assert found("عمل في القسم خلال الفترة من26/ 5 / 2006م الى 5 / 6 / 2006م بلا انقطاع.", published) == [
        ("من26/ 5 / 2006م الى 5 / 6 / 2006م", "2006-05-26", "2006-06-05")]
    assert found("صدر القرار بتاريخ12/3/2024 عن الوزارة.", published) == [("12/3/2024", "2024-03-12", None)]
    # glued to another word it stays a reference or a number
    assert found("اتصل على الهاتف12/03/2024 للاستعلام.", published) == []


def test_weekdays_listed_before_listed_days_linked_by_the_dual():
    published = dt.date(2023, 11, 1)
    # "يومي الخميس والجمعة الموافقين 9 و10 نوفمبر": each weekday is its day (made-up sentence)
    assert found("يقام المعرض يومي الخميس والجمعة الموافقين 9 و10 نوفمبر 2023 في القاعة.", published) == [
        ("يومي الخميس", "2023-11-09", None), ("الجمعة", "2023-11-10", None),
        ("9", "2023-11-09", None), ("10 نوفمبر 2023", "2023-11-10", None)]


def test_days_listed_with_a_comma_are_each_a_date():
    published = dt.date(2024, 1, 20)
    # "يومي 7،8 من فبراير": the Arabic comma lists days as و does (made-up sentences)
    assert found("تتلقى اللجنة الطعون يومي 7،8 من فبراير المقبل.", published) == [
        ("7", "2024-02-07", None), ("8 من فبراير المقبل", "2024-02-08", None)]
    assert found("تعقد الورشة يومي ٣، ٤ مارس ٢٠٢٤ في المركز.", published) == [
        ("٣", "2024-03-03", None), ("٤ مارس ٢٠٢٤", "2024-03-04", None)]
    # weekdays before them are each their day
    assert found("تنظر المحكمة الطعون الأحد والإثنين 11، 12 فبراير المقبل.", published)[:2] == [
        ("الأحد", "2024-02-11", None), ("الإثنين", "2024-02-12", None)]
    # the first day run into the link word before it, as crawled text writes it
    assert found("تتلقى اللجنة التظلمات يومي الخميس والجمعة الموافقين1،2من فبراير المقبل.", published) == [
        ("يومي الخميس", "2024-02-01", None), ("الجمعة", "2024-02-02", None),
        ("1", "2024-02-01", None), ("2من فبراير المقبل", "2024-02-02", None)]
    # not an ordinal, nor a number far from the day: "الفصل الأول، الثلاثاء 21 ..." and "دورته 3، 21 ..."
    assert found("في دورته 3، 21 فبراير المقبل.", published) == [("21 فبراير المقبل", "2024-02-21", None)]
    assert found("من الفصل التشريعي الأول، الثلاثاء المقبل الموافق 23 يناير.", published) == [
        ("الثلاثاء المقبل الموافق 23 يناير", "2024-01-23", None)]


def test_a_day_and_a_month_after_almuwafiq_even_glued_to_it():
    published = dt.date(2024, 1, 20)
    # "الأربعاء الموافق31/1": crawled text runs the link word into the date (made-up sentences)
    assert found("تعلن القائمة الأربعاء الموافق31/1 في الصحف.", published) == [
        ("الأربعاء الموافق31/1", "2024-01-31", None)]
    assert found("تعلن القائمة الأربعاء الموافق 31/1 في الصحف.", published) == [
        ("الأربعاء الموافق 31/1", "2024-01-31", None)]
    assert found("خلال الفترة من الاثنين الموافق12/2وحتى الأربعاء 21/2 تنشر الأحكام.", published) == [
        ("من الاثنين الموافق12/2وحتى الأربعاء 21/2", "2024-02-12", "2024-02-21")]
    # glued to another word, or without a word that calls for a date, it stays a number or a score
    assert found("انتهت المباراة بنتيجة 3/1 للضيوف.", published) == []
    assert found("راجع الملحق31/1 من التقرير.", published) == []
    # other shapes: a dash after a word that links or dates, Arabic-Indic digits, a court's session
    assert found("تعقد الجلسة يوم الأحد الموافق ١٨-٢ في القاعة.", published) == [
        ("يوم الأحد الموافق ١٨-٢", "2024-02-18", None)]
    assert found("من الأحد الموافق 18-2 حتى الخميس الموافق 22-2 تستمر الحملة.", published) == [
        ("من الأحد الموافق 18-2 حتى الخميس الموافق 22-2", "2024-02-18", "2024-02-22")]
    assert found("أجلت المحكمة القضية لجلسة 17/3 للاطلاع.", published) == [("17/3", "2024-03-17", None)]
    # a dash after a weekday is a score as often
    assert found("فاز الفريق الأحد 3-1 على ضيفه.", published) == [("الأحد", "2024-01-14", None)]


def test_a_timetable_without_years_told_in_the_present():
    published = dt.date(2021, 5, 9)
    # a present-tense verb right before a month or a day without its year announces it (made-up sentences)
    assert found("ويقترح أن تنطلق الدورة شهر غشت بمدينة فاس.", published) == [("شهر غشت", "2021-08", None)]
    assert found("تجرى الانتخابات يوم 21 سبتمبر في كل الدوائر.", published) == [("21 سبتمبر", "2021-09-21", None)]
    # a bare weekday that names the day just written tells its year, and the timetable goes on
    # after it in that year ("ثم ... يوم 21 شتنبر"), unless a clause about the past opens between
    assert found("وحسب ما نشرته الصحف، الاقتراع يوم 8 شتنبر، أي في يوم واحد، هو يوم الأربعاء. "
                 "ثم انتخابات المجالس يوم 21 شتنبر، فيما انتخاب الرئيس يوم الخامس من شهر أكتوبر.", published) == [
        ("8 شتنبر", "2021-09-08", None), ("يوم الأربعاء", "2021-09-08", None),
        ("21 شتنبر", "2021-09-21", None), ("الخامس من شهر أكتوبر", "2021-10-05", None)]
    assert found("ستعقد القمة في 20 يونيو المقبل. وكانت القمة السابقة عقدت في 25 يونيو.", published) == [
        ("20 يونيو المقبل", "2021-06-20", None), ("25 يونيو", "2020-06-25", None)]
    # not a verb in ت that is as often a past one, nor توفي (يوفي is a word too)
    assert found("توجه الوفد في 9 سبتمبر إلى القاهرة.", published) == [("9 سبتمبر", "2020-09-09", None)]
    assert found("توفي الكاتب في 9 سبتمبر بعد صراع مع المرض.", published) == [("9 سبتمبر", "2020-09-09", None)]
    # nor after منذ, nor in the formula that brings background ("يأتي ذلك بعد")
    assert found("يستمر الإضراب منذ 9 سبتمبر في المصانع.", published) == [("9 سبتمبر", "2020-09-09", None)]
    assert found("يأتي ذلك بعد اجتماع 9 سبتمبر بين الطرفين.", published) == [("9 سبتمبر", "2020-09-09", None)]
    # a weekday to come is no timetable's day: the day after it, in the past, stays there
    assert found("تنعقد القمة الأحد المقبل. ووقع الاتفاق في 5 مايو بين الطرفين.", dt.date(2024, 3, 10)) == [
        ("الأحد المقبل", "2024-03-17", None), ("5 مايو", "2023-05-05", None)]
    # a weekday that is another day ("وعاد الأربعاء") tells the day no year; one said to be it does
    assert found("زار الوزير القاهرة في 5 مارس، وعاد الأربعاء إلى بلاده.", dt.date(2024, 3, 10)) == [
        ("5 مارس", "2024-03-05", None), ("الأربعاء", "2024-03-06", None)]
    assert found("تجرى الانتخابات يوم 5 مارس، وهو يوم الأربعاء.", dt.date(2024, 3, 10)) == [
        ("5 مارس", "2025-03-05", None), ("يوم الأربعاء", "2025-03-05", None)]
    # a weekday that falls on no day around publication of that date leaves it alone
    assert found("وصل الوفد في 5 مايو 2021 وغادر الخميس.", published) == [
        ("5 مايو 2021", "2021-05-05", None), ("الخميس", "2021-05-06", None)]


def test_a_day_of_it_after_alyawm_is_a_day_of_the_month_before():
    published = dt.date(2021, 5, 9)
    # "في اليوم الثامن منه": the eighth of the month just named (made-up sentences)
    assert found("وتنطلق المرحلة الأولى شهر غشت، على أن تجرى الانتخابات في اليوم الثامن منه.", published) == [
        ("شهر غشت", "2021-08", None), ("الثامن منه", "2021-08-08", None)]
    assert found("بدأ الإضراب في 3 مارس 2021 وانتهى اليوم العاشر منه.", published) == [
        ("3 مارس 2021", "2021-03-03", None), ("العاشر منه", "2021-03-10", None)]
    # with no month before it, none
    assert found("وفي اليوم الثامن منه عاد الوفد.", published) == []


def test_a_year_of_birth_is_not_the_year_of_the_story_after_it():
    published = dt.date(2024, 12, 20)
    # a life's summary: the day after "ولد في ... العام 1950", in a later sentence, is not of 1950 (made-up)
    assert found("رحل الممثل هذا العام. ولد في مدينة حمص العام 1948، واشتهر بأدواره. "
                 "وغادر عالمنا في 3 آب عن عمر ناهز 76 عاما.", published) == [
        ("هذا العام", "2024", None), ("العام 1948", "1948", None), ("3 آب", "2024-08-03", None)]
    assert found("الكاتب ولد عام 1950 في دمشق. توفي في 9 أيلول بعد صراع مع المرض.", published) == [
        ("عام 1950", "1950", None), ("9 أيلول", "2024-09-09", None)]
    # in its own sentence the day is the birthday; and "ولد" of a Mauritanian name is no birth
    assert found("ولد سنة 1931 (15 اكتوبر) في تونس.", published) == [
        ("سنة 1931", "1931", None), ("15 اكتوبر", "1931-10-15", None)]
    assert found("أعلن محمد ولد الشيخ ترشحه في مارس 2019. وفاز في انتخابات 22 من يونيو.", published) == [
        ("مارس 2019", "2019-03", None), ("22 من يونيو", "2019-06-22", None)]


def test_an_event_named_by_its_day_is_no_date_with_its_year_too():
    published = dt.date(2024, 3, 10)
    # README conventions: "ثورة 25 يناير", "حرب أكتوبر 1973" are names (made-up sentences)
    assert found("تغير المشهد منذ ثورة 25 يناير 2011 في البلاد.", published) == []
    assert found("التسلسل الزمني منذ انطلاق مسار 25 جويلية 2021 /وثيقة/", published) == []
    assert found("شارك الطلبة في حراك 22 فبراير 2019 بكثافة.", published) == []
    assert found("أطلق الرئيس مسار 25 جويلية بعد الاحتجاجات.", published) == []
    # the day told as a day stays a date
    assert found("اندلعت الاحتجاجات في 25 يناير 2011 في القاهرة.", published) == [("25 يناير 2011", "2011-01-25", None)]


def test_a_week_or_a_month_with_the_demonstrative_after_it():
    published = dt.date(2017, 9, 28)
    # "جولة الأسبوع هذا": Gulf and spoken usage (made-up sentences)
    assert found("تألق اللاعبون في جولة الأسبوع هذا من الدوري.", published) == [
        ("الأسبوع هذا", "2017-09-25", "2017-10-01")]
    assert found("ارتفعت الأسعار الشهر هذا بنسبة 3%.", published) == [("الشهر هذا", "2017-09", None)]
    # not the year ("الرأي العام هذا الأسبوع"), nor before a noun the demonstrative points to
    assert found("انشغل الرأي العام هذا الأسبوع بالقضية.", published) == [
        ("هذا الأسبوع", "2017-09-25", "2017-10-01")]
    assert found("صرح الأمين العام هذا المساء.", published) == []


def test_a_weekday_and_its_date_linked_by_bitarikh_are_one_day():
    published = dt.date(2024, 6, 1)
    # "يوم الأحد بتاريخ 5 مايو 2024": one date, not a Sunday of its own (made-up sentences)
    assert found("عقدت اللجنة اجتماعها يوم الأحد بتاريخ 5 مايو 2024 في المقر.", published) == [
        ("يوم الأحد بتاريخ 5 مايو 2024", "2024-05-05", None)]
    assert found("عقدت اللجنة اجتماعها يوم الأحد بتاريخ 5/5/2024 في المقر.", published) == [
        ("يوم الأحد بتاريخ 5/5/2024", "2024-05-05", None)]


def test_weekdays_before_a_span_of_days_are_one_mention_with_it():
    published = dt.date(2024, 3, 1)
    # README, "Dates: conventions": weekday names before "7-8 فبراير" do not split it (made-up sentences)
    assert found("يعقد الملتقى يومي الثلاثاء و الأربعاء 12-13 مارس 2024 بالعاصمة.", published) == [
        ("يومي الثلاثاء و الأربعاء 12-13 مارس 2024", "2024-03-12", "2024-03-13")]
    assert found("يعقد الملتقى يوم الثلاثاء 12-13 مارس بالعاصمة.", published) == [
        ("يوم الثلاثاء 12-13 مارس", "2024-03-12", "2024-03-13")]


def test_a_range_to_the_end_of_its_last_day():
    published = dt.date(2024, 5, 10)
    # "حتى نهاية دوام يوم الجمعة 24 مايو": the last day of the range (made-up sentence)
    assert found("يفتح باب التسجيل من يوم الاثنين 13 مايو 2024، حتى نهاية دوام يوم الجمعة 24 مايو 2024.", published) == [
        ("من يوم الاثنين 13 مايو 2024، حتى نهاية دوام يوم الجمعة 24 مايو 2024", "2024-05-13", "2024-05-24")]


def test_an_outlet_named_with_today_on_a_credit_line_after_a_generic_word():
    published = dt.date(2024, 6, 1)
    # "متابعات السودان اليوم": the outlet credited, not today (made-up lines)
    assert found("متابعات ليبيا اليوم\nأعلنت الحكومة خطة جديدة.", published) == []
    assert found("رصد عدن اليوم\nأعلنت الحكومة خطة جديدة.", published) == []
    assert found("تنطلق الامتحانات اليوم\nفي كل المدارس.", published) == [("اليوم", "2024-06-01", None)]


def test_an_english_date_line_with_no_space_after_its_comma():
    # a crawled date line "Wednesday, Feb 26,2025" (made-up line); a comma between two numbers alone is none
    assert found("Monday, Mar 3,2025\nأعلنت الوزارة نتائج المسابقة.", dt.date(2025, 3, 3)) == [
        ("Monday, Mar 3,2025", "2025-03-03", None)]
    assert found("He scored 21,2022 points", dt.date(2025, 3, 3)) == []


@pytest.mark.parametrize("text, expected", [
    # an English date line with the year's last two digits, its clock time after it (made-up lines)
    ("Sep 14 24|10:15PM :نشر بتاريخ\nقال الوزير إن العمل مستمر.", [("Sep 14 24", "2024-09-14", None)]),
    ("Mar 03 23 at 11:40 AM\nأعلنت البلدية غلق الطريق.", [("Mar 03 23", "2023-03-03", None)]),
    # without the clock the numbers may be a day and a count
    ("سجل اللاعب May 22 22 هدفا في الموسم.", []),
])
def test_an_english_date_line_with_two_digits_of_the_year(text, expected):
    assert found(text, dt.date(2024, 9, 15)) == expected


def test_today_before_an_ordinal_number_counts_days():
    friday = dt.date(2022, 10, 21)
    # "اليوم الـ 39": the 39th day of something, not today (made-up sentences)
    assert found("تتواصل المعارك في اليوم الـ 39 من الحصار.", friday) == []
    assert found("نفذ العمال إضرابهم لليوم الـ12 على التوالي.", friday) == []
    assert found("أعلن الجيش اليوم أن الـ 15 جنديا عادوا.", friday) == [("اليوم", "2022-10-21", None)]


# --- The table of expressions -----------------------------------------------------------


def test_the_table_is_large_and_has_negatives():
    assert len(EXPRESSIONS) >= 60
    assert sum(1 for case in EXPRESSIONS if not case["expect"]) >= 10
    assert len({case["id"] for case in EXPRESSIONS}) == len(EXPRESSIONS)


def _expected_to_pass(case):
    """A case the extractor is known to get wrong says why; the test then fails if it starts passing."""
    if case.get("known_miss"):
        return pytest.param(case, marks=pytest.mark.xfail(reason=case["known_miss"], strict=True), id=case["id"])
    return pytest.param(case, id=case["id"])


@pytest.mark.parametrize("case", [_expected_to_pass(case) for case in EXPRESSIONS])
def test_expression(case):
    published = case["published"]
    got = [(d.text, d.value, d.end_value, d.precision) for d in find_dates(case["sentence"], published)]
    expected = [(e["text"], e["value"], e.get("end_value"), e["precision"]) for e in case["expect"]]
    assert got == expected
    for date in find_dates(case["sentence"], published):
        assert case["sentence"][date.start : date.end] == date.text


REAL = [case for case in EXPRESSIONS if case.get("source")]


def test_the_real_text_set_is_broad():
    assert len(REAL) >= 60
    assert sum(len(case["expect"]) for case in REAL) >= 140
    assert len({case["source"].split("/")[2] for case in REAL}) >= 40  # sites


def test_real_text_recall_and_precision():
    result = score(REAL)
    report = "\n".join(["missed:"] + result.misses + ["wrong:"] + result.wrong)
    assert result.recall >= 0.95, report
    assert result.precision >= 0.95, report


def test_the_score_counts_misses_and_wrong_values():
    case = {"id": "t", "sentence": "وقال الوزير أمس إن الاجتماع عقد في 3 مارس 2023.", "published": dt.date(2023, 5, 2),
            "expect": [{"text": "أمس", "value": "2023-05-01", "precision": "day"},
                       {"text": "3 مارس 2023", "value": "2023-03-04", "precision": "day"},
                       {"text": "الوزير", "value": "2023-05-02", "precision": "day"}]}
    result = score([case])
    assert (result.expected, result.found, result.right) == (3, 2, 1)
    assert result.wrong == ["t: 3 مارس 2023 -> 2023-03-03 "]


# --- Properties -------------------------------------------------------------------------

PIECES = [
    "مايو", "أيار", "/", "/ ", " ", "، ", ".", "\n", "29", "٢٠٢٢", "2022", "۱۲", "من", "حتى", "بين", "و", "إلى",
    "اليوم", "الاثنين", "الجمعة", "يوم", "يومه", "أمس", "غداً", "غدا", "هـ", "رمضان", "صفر", "1443", "1300",
    "-", "\\", "12", "03", "0", "31", "32", "فبراير", "الماضي", "المقبل", "عام", "سنة", "الثالث", "الحادي والعشرين",
    "الشهر", "الجاري", "ل", "بـ", "ال", "ـ", "ً", "\u200f", "ﻻ", "تشرين الثاني", "كانون", "الأول", "(", ")",
    "الأسبوع", "عامي", "2011", "و2014", "3", "5", "سيعقد", "المقرر", "October 21, 2022", "ماي", "جوان", "م",
]
TEXTS = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى٠١٢٣٤٥٦٧٨٩0123456789 /-.،", max_size=6)),
    max_size=16,
).map("".join)
DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
ISO = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-(0[1-9]|1[0-2])", "year": r"\d{4}"}


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(TEXTS, st.text(max_size=60)), published=DATES)
def test_results_are_well_formed_on_any_text(text, published):
    dates = find_dates(text, published)
    previous_end = 0
    for date in dates:
        assert 0 <= date.start < date.end <= len(text)
        assert date.text == text[date.start : date.end]
        assert date.start >= previous_end  # sorted and not overlapping
        previous_end = date.end
        assert re.fullmatch(ISO[date.precision], date.value)
        if date.precision == "day":
            dt.date.fromisoformat(date.value)
        if date.end_value is not None:
            assert re.fullmatch(ISO[date.precision], date.end_value)
            assert date.end_value >= date.value
        assert date.kind in ("explicit", "relative", "weekday", "hijri", "numeric")


@settings(max_examples=200, deadline=None)
@given(text=TEXTS, published=DATES)
def test_a_sentence_before_does_not_change_what_is_found(text, published):
    prefix = "خبر عاجل.\n"
    alone = [(d.start, d.end, d.value, d.end_value) for d in find_dates(text, published)]
    after = [(d.start - len(prefix), d.end - len(prefix), d.value, d.end_value)
             for d in find_dates(prefix + text, published)]
    assert after == alone


LOCALES = ["ar", "ar_SY", "ar_MA", "ar_DZ", "ar_TN", "ar_IQ"]
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@settings(max_examples=300, deadline=None)
@given(day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
       locale=st.sampled_from(LOCALES), indic=st.booleans(), published=DATES)
def test_any_written_date_is_read_back(day, locale, indic, published):
    month = get_month_names("wide", locale=locale)[day.month]
    numbers = f"{day.day} {month} {day.year}"
    sentence = f"وأعلنت اللجنة في {numbers.translate(INDIC) if indic else numbers} نتائج التحقيق."
    assert [(d.value, d.precision) for d in find_dates(sentence, published)] == [(day.isoformat(), "day")]


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_the_sites_own_date_display_is_read_back_without_a_problem(day):
    shown = format_day(day)  # "الجمعة 21 أكتوبر/تشرين الأول 2022"
    assert [(d.text, d.value) for d in find_dates(shown, day)] == [(shown, day.isoformat())]
    assert date_problems(_article(shown, day)) == []


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), published=DATES,
       order=st.sampled_from(["dmy", "ymd"]), sep=st.sampled_from(["-", "/", "\\", "."]))
def test_numeric_dates_are_day_first_unless_the_year_leads(day, published, order, sep):
    parts = [f"{day.day:02d}", f"{day.month:02d}", str(day.year)]
    written = sep.join(parts if order == "dmy" else parts[::-1])
    assert [d.value for d in find_dates(f"نشر في {written} 09:15 PM", published)] == [day.isoformat()]


# --- date_problems ----------------------------------------------------------------------


def _article(body: str, date: dt.date, body_line: int = 1) -> Article:
    return Article(path="content/articles/2022/test.md", title="عنوان", date=date, slug="test", body=body,
                   body_line=body_line)


def test_a_weekday_that_contradicts_the_publication_date():
    body = "عنوان فرعي\n\nأفادت الوزارة، اليوم الاثنين، بأن المحادثات تأجلت."
    problems = date_problems(_article(body, dt.date(2022, 10, 21), body_line=6))
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.path, problem.line, problem.level) == ("content/articles/2022/test.md", 8, "warning")
    assert "اليوم الاثنين" in problem.message
    assert format_day(dt.date(2022, 10, 21)) in problem.message  # the date it contradicts, as the site shows it
    assert "date:" in problem.message  # what to do


def test_the_seed_dated_right_has_no_problem_and_dated_wrong_has_one():
    text = SEED_CHANNELS.read_text(encoding="utf-8")
    assert date_problems(_article(text, dt.date(2022, 11, 28))) == []
    wrong = date_problems(_article(text, dt.date(2022, 11, 25)))
    assert [(p.line, "اليوم الاثنين" in p.message) for p in wrong] == [(2, True)]


def test_today_named_as_the_day_before_publication_is_that_day_and_still_a_warning():
    # a statement of Monday evening on a page dated Tuesday morning: the Monday, and the
    # maintainer is told the text and the date disagree
    article = _article("سطر\nاجتمعت اللجنة مساء اليوم الإثنين.", dt.date(2023, 7, 18))
    assert [(d.text, d.value) for d in find_dates(article.body, article.date)] == [("مساء اليوم الإثنين", "2023-07-17")]
    assert [p.line for p in date_problems(article)] == [2]
    # a weekday two days off is not read as the evening before
    assert [d.value for d in find_dates("اجتمعت اللجنة اليوم الأحد.", dt.date(2023, 7, 18))] == ["2023-07-18"]


def test_a_today_of_the_day_before_moves_the_other_days_only_with_its_evening_and_says_so():
    # page dated Wednesday 1 May 2024; a bare "اليوم الثلاثاء" may be a quoted issue's day: it
    # moves itself alone, and yesterday and tomorrow stay counted from the page
    quoted = "قال المدير أمس إن المعرض يفتح غدا.\nونشرت المجلة في عددها الصادر اليوم الثلاثاء مقالا."
    assert [(d.text, d.value) for d in find_dates(quoted, dt.date(2024, 5, 1))] == [
        ("أمس", "2024-04-30"), ("غدا", "2024-05-02"), ("اليوم الثلاثاء", "2024-04-30")]
    # "مساء اليوم الثلاثاء" says the text was written on Tuesday evening: every day moves, and
    # each moved one is a warning on its line
    evening = "سطر\nقال المدير أمس إن المعرض يفتح غدا.\nوكانت اللجنة قد اجتمعت مساء اليوم الثلاثاء."
    article = _article(evening, dt.date(2024, 5, 1))
    assert [(d.text, d.value) for d in find_dates(article.body, article.date)] == [
        ("أمس", "2024-04-29"), ("غدا", "2024-05-01"), ("مساء اليوم الثلاثاء", "2024-04-30")]
    problems = date_problems(article)
    assert [p.line for p in problems] == [2, 2, 3]
    assert "'أمس'" in problems[0].message and format_day(dt.date(2024, 4, 30)) in problems[0].message


def test_a_weekday_that_contradicts_its_own_date():
    problems = date_problems(_article("سطر\nالأحد 21 أكتوبر 2022", dt.date(2022, 10, 21)))
    assert [p.line for p in problems] == [2]
    assert "الأحد" in problems[0].message and "الجمعة" in problems[0].message


@pytest.mark.parametrize("body, expression", [
    ("وقع الحادث في 31 فبراير 2022.", "31 فبراير 2022"),
    ("وقال في 31 أبريل إن الحكومة ستستقيل.", "31 أبريل"),
    ("وقع الحادث في 0 مايو.", "0 مايو"),
    ("توفي في 5 رمضان 1300 هـ.", "5 رمضان 1300 هـ"),
    ("توفي في 30 صفر 1443 هـ.", "30 صفر 1443 هـ"),
])
def test_an_expression_that_is_not_a_calendar_date(body, expression):
    text = "مقدمة الخبر.\n" + body
    assert find_dates(text, dt.date(2022, 10, 21)) == []  # never a made-up value
    problems = date_problems(_article(text, dt.date(2022, 10, 21), body_line=5))
    assert [(p.line, p.level) for p in problems] == [(6, "warning")]
    assert f"'{expression}'" in problems[0].message and "not a calendar date" in problems[0].message


def test_two_names_of_different_months():
    problems = date_problems(_article("التقيا في 13 مايو/ حزيران.", dt.date(2022, 10, 21)))
    assert len(problems) == 1 and "13 مايو/ حزيران" in problems[0].message
    assert [d.value for d in find_dates("التقيا في 13 مايو/ حزيران.", dt.date(2022, 10, 21))] == ["2022-05-13"]


def test_yesterday_named_with_the_wrong_weekday():
    problems = date_problems(_article("وقال أمس الأحد إن", dt.date(2022, 10, 21)))
    assert len(problems) == 1 and "أمس الأحد" in problems[0].message


def test_proclitic_stems_strip_at_most_two_letters():
    from generator.text.orthography import proclitic_stems

    assert proclitic_stems("ومنذ") == ["ومنذ", "منذ"]
    assert proclitic_stems("وللعام") == ["وللعام", "للعام", "لعام"]
    assert proclitic_stems("منذ") == ["منذ"]


_TENSE_PIECES = ["أعلنت", "الوزارة", "سيعقد", "المقبل", "أن", "وقال", "سيارة", "الخميس", "5", "مايو",
                 "بـ21", "الـ", "،", "وسيتأخر", "كان", "من", "المقرر", "عقدها", "ستة", "(29", "نوفمبر)"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TENSE_PIECES), min_size=1, max_size=14), st.data())
def test_sentence_tense_reads_a_sentence_once_with_the_same_answers(pieces, data):
    from generator.extract.dates.tense import SentenceTense, points_forward

    sentence = " ".join(pieces)
    first = data.draw(st.integers(0, len(sentence)))
    last = data.draw(st.integers(first, len(sentence)))
    assert SentenceTense(sentence).points_forward(first, last) == points_forward(sentence[:first], sentence[last:])


# --- Conventions (README "Dates: conventions") ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a week counted from publication is its Monday to Sunday (publication: Wednesday 12 March 2025)
    ("قال الوزير إن المفاوضات ستستأنف الأسبوع المقبل في القاهرة.", [("الأسبوع المقبل", "2025-03-17", "2025-03-23")]),
    ("عقدت اللجنة اجتماعها الأسبوع الماضي.", [("الأسبوع الماضي", "2025-03-03", "2025-03-09")]),
    ("تصل البعثة هذا الأسبوع إلى الرباط.", [("هذا الأسبوع", "2025-03-10", "2025-03-16")]),
    # a start or end qualifier on a year is its first or last month
    ("وفي مطلع 2024 أعلنت الشركة عن خطتها.", [("مطلع 2024", "2024-01", None)]),
    ("وبحلول أواخر العام الماضي تراجعت الأسعار.", [("أواخر العام الماضي", "2024-12", None)]),
    # a year inside a name (a tournament, a fair, a plan) is no date; the year after عام is
    ("وتنطلق بطولة كأس العالم 2026 في الولايات المتحدة.", []),
    ("أعلن المنظمون برنامج معرض الكتاب 2025 في الرياض.", []),
    ("أطلقت الوزارة رؤية 2030 لتنويع الاقتصاد في عام 2016.", [("عام 2016", "2016", None)]),
])
def test_weeks_year_qualifiers_and_years_in_names_follow_the_conventions(text, expected):
    assert found(text, dt.date(2025, 3, 12)) == expected


@pytest.mark.parametrize("text, expected", [
    ("لينطلق العام الدراسي الجديد 2024 - 2025 بعودة المعلمين.", [("2024 - 2025", "2024", "2025")]),
    ("ويبدأ الموسم الرياضي المقبل 2025-2026 في ملاعب المدينة.", [("2025-2026", "2025", "2026")]),
    ("نشرت المديرية التقويم المدرسي 2025-2026 للمدارس الحكومية.", [("2025-2026", "2025", "2026")]),
    # after a name's definite words, two years in a row stay the competition's season in its name
    ("وتوج الفريق بلقب دوري نجوم دوحة البنك 2025-2026 في الدوحة.", []),
])
def test_a_season_word_keeps_its_years_after_its_adjectives(text, expected):
    assert found(text, dt.date(2025, 6, 1)) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال الوزير إن هذا اليوم المبارك يوم فخر للجميع.", []),
    ("وصل الوفد هذه الليلة الباردة إلى المطار.", []),
    ("ونلتقي هذا اليوم في العاصمة.", [("هذا اليوم", "2025-06-01", None)]),
    ("ويصل الوفد هذه الليلة إلى المطار.", [("هذه الليلة", "2025-06-01", None)]),
    # "اليوم الرسمي" is a day the text names (an official day), after a preposition too
    ("وتتزامن الاحتفالات مع اليوم الرسمي للمدينة.", []),
    ("وأعلن الوزير اليوم أن العطلة الرسمية تبدأ في الصيف.", [("اليوم", "2025-06-01", None)]),
])
def test_this_day_with_an_adjective_is_the_day_not_today(text, expected):
    assert found(text, dt.date(2025, 6, 1)) == expected


def test_a_weekly_range_with_the_glued_maghreb_connector_is_no_date():
    text = "برنامج الظهيرة كل نهار من الاثنين للجمعة على الإذاعة. وأعلن المدير الاثنين أن الحلقة تعاد للجمعة المقبلة."
    assert found(text, dt.date(2025, 6, 4)) == [("الاثنين", "2025-06-02", None), ("للجمعة المقبلة", "2025-06-06", None)]


@pytest.mark.parametrize("text, expected", [
    # a later number before a noun counts it: each listed year comes after the one before
    ("استقبلت المدينة عام 2019 و2000 زائر.", [("عام 2019", "2019", None)]),
    # an indefinite accusative noun after the number counts it
    ("شارك عام 2022 و2050 متطوعا في الحملة.", [("عام 2022", "2022", None)]),
    ("نفذ المشروع عام 2019 و2020 و2021.",
     [("عام 2019", "2019", None), ("2020", "2020", None), ("2021", "2021", None)]),
])
def test_years_listed_after_a_year_word_rise_and_count_nothing(text, expected):
    assert found(text, dt.date(2024, 5, 1)) == expected


def test_a_slash_joins_two_days_in_a_row_only():
    # a night between two days is one span; two days far apart are no span
    assert found("يقام الحفل ليلة 12/13 أبريل 2025.", dt.date(2025, 4, 1)) == [
        ("12/13 أبريل 2025", "2025-04-12", "2025-04-13")]
    assert found("جرى ذلك 25/30 مايو 2023.", dt.date(2024, 5, 1)) == [("30 مايو 2023", "2023-05-30", None)]


@pytest.mark.parametrize("text, expected", [
    # an outlet named by its day and month, as a credit: after a slash or first on its line
    ("صنعاء / 14 أكتوبر :أعلنت الوزارة أمس خطة جديدة.", [("أمس", "2024-03-23", None)]),
    ("توقعات الطقس\n21 سبتمبر || طقس:\nتوقع المركز هطول أمطار.", []),
    # the same day and month in a sentence, or another day in a credit's place, is a date
    ("وقعت الحادثة في 14 أكتوبر الماضي.", [("14 أكتوبر الماضي", "2023-10-14", None)]),
    ("عدن / 15 أكتوبر: وصل الوفد.", [("15 أكتوبر", "2023-10-15", None)]),
])
def test_an_outlet_named_by_a_day_and_month_on_a_credit_line_is_no_date(text, expected):
    assert found(text, dt.date(2024, 3, 24)) == expected


def test_a_bare_weekday_of_the_title_is_the_day_the_body_ties_it_to():
    saturday = dt.date(2017, 9, 2)
    article = Article(path="content/articles/2017/test.md", title="قرى تقيم صلاة العيد يوم الجمعة خلافا للقرار",
                      date=saturday, slug="test",
                      body="أقام سكان القرى صلاة العيد يوم الجمعة الموافق 1 سبتمبر 2017، قبل موعدها الرسمي.")
    dates, _ = article_dates(article, analyse(article.body), analyse(article.title))
    # alone, the title's present tense would make it the coming Friday (8 September)
    assert find_dates(article.title, saturday)[0].value == "2017-09-08"
    assert [(d.field, d.text, d.value) for d in dates] == [
        ("title", "يوم الجمعة", "2017-09-01"), ("body", "يوم الجمعة الموافق 1 سبتمبر 2017", "2017-09-01")]
    # a body that ties no Friday leaves the title's as the publication date gives it
    quiet = dt.date(2017, 9, 2)
    other = Article(path="content/articles/2017/o.md", title=article.title, date=quiet, slug="o", body="أقيمت الصلاة.")
    assert [d.value for d in article_dates(other, analyse(other.body), analyse(other.title))[0]] == ["2017-09-08"]


@pytest.mark.parametrize("text, expected", [
    # a date line whose day, clock time, year and month a crawl reordered, alone on its line
    ("عنوان الخبر\n:تحديث 7 09:30 2021 أوت\nقال الوزير إن العمل مستمر.", [("7 09:30 2021 أوت", "2021-08-07", None)]),
    ("تاريخ النشر2020 14 March ساعة 10:05\nرقم : 1234", [("2020 14 March", "2020-03-14", None)]),
    # in a sentence the same numbers are no date line
    ("سجلت المحطة 15 10:00 2019 أوت نقطة\nثم توقفت.", []),
])
def test_a_reordered_date_line_is_its_day(text, expected):
    assert found(text, dt.date(2021, 8, 9)) == expected


def test_the_title_of_a_this_day_column_names_the_columns_day_not_today():
    published = dt.date(2023, 3, 14)
    body = "حدث في مثل هذا اليوم\n1879 – ولد ألبرت أينشتاين، عالم فيزياء."
    column = Article(path="content/articles/2023/c.md", title="ذاكرة اليوم.. ميلاد أينشتاين", date=published,
                     slug="c", body=body)
    dates, _ = article_dates(column, analyse(column.body), analyse(column.title))
    assert [(d.field, d.text) for d in dates] == [("body", "1879")]
    # over a report, the same title's اليوم is today
    report = Article(path="content/articles/2023/r.md", title=column.title, date=published, slug="r",
                     body="احتفلت الجامعة بذكرى العالم.")
    assert [(d.field, d.text, d.value) for d in article_dates(report, analyse(report.body), analyse(report.title))[0]] == [
        ("title", "اليوم", "2023-03-14")]


def test_a_month_of_the_title_without_its_year_is_of_the_year_the_body_gives_it():
    published = dt.date(2016, 5, 9)
    article = Article(path="content/articles/2016/m.md", title="المدينة تستضيف المعرض الأول منتصف يوليو",
                      date=published, slug="m", body="تستعد المدينة للمعرض المقرر منتصف شهر يوليو المقبل.")
    dates, _ = article_dates(article, analyse(article.body), analyse(article.title))
    # alone, the title's July would be the last one (2015); the ordinal before منتصف is the fair's
    assert [d.value for d in find_dates(article.title, published)] == ["2015-07"]
    assert [(d.field, d.text, d.value) for d in dates] == [
        ("title", "منتصف يوليو", "2016-07"), ("body", "منتصف شهر يوليو المقبل", "2016-07")]


@pytest.mark.parametrize("text, expected", [
    # a month whose clause counts its days names its length, not a time (made-up sentences)
    ("وعليه يكون شهر شعبان قد استكمل الثلاثين يوما، ويكون الاثنين أول أيام رمضان.",
     [("الاثنين أول أيام رمضان", "2024-03-11", None)]),
    ("وسيكون شهر رمضان المبارك هذا العام 29 يوما على الأرجح.", [("هذا العام", "2024", None)]),
    # a month's start after the occasion or the fixing of it is the thing named
    ("جالت الوزيرة في الأسواق بمناسبة بداية شهر رمضان المبارك.", []),
    ("تعمل اللجنة على تحديد بداية شهر رمضان شرعيا.", []),
    # the same start after a word of time, and a month after a verb, tell when
    ("تنطلق الحملة مع بداية شهر رمضان المبارك.", [("شهر رمضان المبارك", "2024-03-11", "2024-04-09")]),
    ("ويبدأ شهر رمضان يوم الاثنين.", [("شهر رمضان", "2024-03-11", "2024-04-09"), ("يوم الاثنين", "2024-03-11", None)]),
])
def test_a_hijri_month_counted_or_named_as_an_occasion_is_no_time(text, expected):
    assert found(text, dt.date(2024, 3, 9)) == expected


def test_a_day_a_few_days_ahead_in_a_clause_about_the_past_is_last_years():
    published = dt.date(2024, 12, 20)
    # made-up sentences: a relative clause of the past, or وكانت ... قد, tells the day is behind
    assert found("نعت النقابة الممثل الذي توفي مساء الجمعة بتاريخ 12 كانون الثاني عن عمر ناهز 80 عاما.",
                 published) == [("مساء الجمعة بتاريخ 12 كانون الثاني", "2024-01-12", None)]
    assert found("وكانت الوزارة قد أعلنت في 5 يناير عن الخطة.", published) == [("5 يناير", "2024-01-05", None)]
    # without it the day a few weeks ahead is still the coming one
    assert found("ينطلق المهرجان في 12 كانون الثاني.", published) == [("12 كانون الثاني", "2025-01-12", None)]


@pytest.mark.parametrize("text, expected", [
    # places and institutions named by a whole date (made-up sentences; the README's "ملعب 8 ماي 1945")
    ("أقيمت المباراة على ملعب 8 ماي 1945 بسطيف.", []),
    ("يدرس الطالب بجامعة 20 أوت 1955 بسكيكدة.", []),
    ("حطت الطائرة في مطار 5 جويلية 1962 مساء.", []),
    # the same date after a definite noun or a preposition is a date
    ("افتتح الملعب في 26 مارس 1991.", [("26 مارس 1991", "1991-03-26", None)]),
    # a council's session named by its month without a year is no time; with its year it is
    ("انطلقت الدورة العادية لشهر ماي للمجلس الجماعي.", []),
    ("تعقد الجماعة دورتها العادية لشهر يونيو بمقرها.", []),
    ("افتتحت الدورة العادية لشهر فبراير 2024 للمجلس.", [("شهر فبراير 2024", "2024-02", None)]),
    ("صادق المجلس خلال دورة شهر أكتوبر الماضي على الميزانية.", [("شهر أكتوبر الماضي", "2023-10", None)]),
])
def test_a_date_or_month_that_names_a_place_or_a_session(text, expected):
    assert found(text, dt.date(2024, 3, 20)) == expected


@pytest.mark.parametrize("text, expected", [
    # a Hijri month's first day without its year, right after its announcing or fixing, is the day to
    # be announced (made-up headlines), and its month no time either
    ("وزارة الأوقاف تعلن أول أيام شهر رمضان", []),
    ("دار الإفتاء تحدد غرة شهر رمضان", []),
    ("موعد أول أيام شهر رمضان في مصر", []),
    # after a word of time, or with its weekday, it is that day
    ("في أول أيام رمضان... الاحتلال يواصل قصفه", [("أول أيام رمضان", "2024-03-11", None)]),
    ("أعلنت الوزارة أن الاثنين أول أيام شهر رمضان", [("الاثنين أول أيام شهر رمضان", "2024-03-11", None)]),
])
def test_a_hijri_first_day_announced_without_a_written_day_is_no_date(text, expected):
    assert found(text, dt.date(2024, 3, 9)) == expected
