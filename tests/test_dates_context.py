"""Dates whose value the rest of the text settles: the year of a story told of an earlier year,
the month before the month a report is about, a headline's weekday the body names, a Hijri
first day written with من, a Hijri month after a verb with its clitic, and the Tunisian موفى."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import find_dates


def found(text: str, published: dt.date) -> list[tuple[str, str, str | None]]:
    return [(d.text, d.value, d.end_value) for d in find_dates(text, published)]


# --- A day or month without its year right after a date of an earlier year -----------------

@pytest.mark.parametrize("text, published, expected", [
    # a candidacy anniversary: the election of the year the story is told of, not last year's
    ("تحل اليوم الاثنين الذكرى الثانية لإعلان ترشح الرئيس محمد ولد الشيخ الغزواني فاتح مارس 2019.\n"
     "و تصدر حفل إعلان الترشح خطاب للغزواني وعد فيه بإصلاحات جوهرية عند انتخابه رئيسا للجمهورية في "
     "انتخابات 22 من يونيو التي فاز خلال شوطها الأول.", dt.date(2021, 3, 1),
     [("اليوم الاثنين", "2021-03-01", None), ("فاتح مارس 2019", "2019-03-01", None),
      ("22 من يونيو", "2019-06-22", None)]),
    # an obituary: the birthday after the birth year
    ("و قد ولد الفقيد سنة 1931 في حي القلعة (15 اكتوبر) و قد سطع نجمه في المسرح.", dt.date(2020, 5, 30),
     [("سنة 1931", "1931", None), ("15 اكتوبر", "1931-10-15", None)]),
    # the story moves past the year's end: the next year
    ("وصل الوفد إلى العاصمة في 20 ديسمبر 2019، ثم غادرها في 5 يناير بعد جولة من المحادثات.", dt.date(2021, 6, 1),
     [("20 ديسمبر 2019", "2019-12-20", None), ("5 يناير", "2020-01-05", None)]),
])
def test_a_date_without_its_year_is_of_the_story_told(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # an announcement: the coming day, whatever year was written before
    ("تأسس الحزب عام 2012، ويعقد مؤتمره العام في 15 مارس المقبل.", dt.date(2024, 2, 20),
     [("عام 2012", "2012", None), ("15 مارس المقبل", "2024-03-15", None)]),
    # the year written before is this year's: nothing to change
    ("أعلنت الوزارة في 3 يناير 2024 عن الخطة، وبدأ تنفيذها في 20 فبراير.", dt.date(2024, 6, 1),
     [("3 يناير 2024", "2024-01-03", None), ("20 فبراير", "2024-02-20", None)]),
    # far from the year written (another paragraph's story): the year before publication
    ("ولد الكاتب عام 1950 في القاهرة، وكتب عشرات الروايات التي ترجمت إلى لغات عدة ونال عنها جوائز عربية "
     "ودولية كثيرة، وعمل في الصحافة الثقافية سنوات طويلة قبل أن يتفرغ للكتابة ويؤسس دارا للنشر في الإسكندرية "
     "ومجلة أدبية شهرية.\nوكان الكاتب قد أصيب بوعكة صحية في 12 مارس نقل على إثرها إلى المستشفى.", dt.date(2024, 6, 1),
     [("عام 1950", "1950", None), ("12 مارس", "2024-03-12", None)]),
])
def test_the_story_year_holds_only_close_behind_and_in_the_past(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a timetable after a date to come: its other days are of that year (made-up sentences)
    ("وحدد البرنامج موعد الافتتاح في 20 سبتمبر 2024، يسبقه التسجيل في 5 سبتمبر.", dt.date(2024, 5, 1),
     [("20 سبتمبر 2024", "2024-09-20", None), ("5 سبتمبر", "2024-09-05", None)]),
    # another sentence tells its own story: the day before publication
    ("يفتتح المعرض في 20 سبتمبر 2024. وكان المعرض السابق قد أغلق في 5 سبتمبر.", dt.date(2024, 5, 1),
     [("20 سبتمبر 2024", "2024-09-20", None), ("5 سبتمبر", "2023-09-05", None)]),
])
def test_a_day_without_its_year_after_a_date_to_come_is_of_its_year(text, published, expected):
    assert found(text, published) == expected


# --- الشهر السابق, للشهر الذي سبقه: the month before the month a report is about -----------

@pytest.mark.parametrize("text, published, expected", [
    ("انخفاض نسق تطوّر أسعار المواد الغذائية إلى 5,9 بالمائة خلال جانفي 2026 مقابل 6,1 بالمائة في ديسمبر 2025، "
     "وتراجع نسق تطوّر أسعار خدمات المطاعم إلى 5,5 بالمائة مقابل 6 بالمائة خلال الشهر السابق.", dt.date(2026, 2, 5),
     [("جانفي 2026", "2026-01", None), ("ديسمبر 2025", "2025-12", None), ("الشهر السابق", "2025-12", None)]),
    ("كما بلغ الرقم القياسي لشهر آذار من عام 2024 ما مقداره 110.61 مقابل 110.02 للشهر الذي سبقه من نفس العام.",
     dt.date(2024, 4, 8),
     [("شهر آذار من عام 2024", "2024-03", None), ("للشهر الذي سبقه من نفس العام", "2024-02", None)]),
    # no month written before: the month before publication's
    ("ارتفعت أسعار المستهلكين بنسبة 0.4 بالمئة مقارنة بالشهر السابق.", dt.date(2024, 4, 8),
     [("الشهر السابق", "2024-03", None)]),
    # a month announced ahead is no month a report is about
    ("تبدأ المرحلة الثانية في 24 ديسمبر المقبل، وكانت الأسعار قد ارتفعت 2 بالمئة خلال الشهر السابق.",
     dt.date(2023, 11, 1),
     [("24 ديسمبر المقبل", "2023-12-24", None), ("الشهر السابق", "2023-10", None)]),
])
def test_the_previous_month_is_the_one_before_the_month_reported(text, published, expected):
    assert found(text, published) == expected


# --- A headline's bare weekday is the day the body names -----------------------------------

def test_a_headline_weekday_takes_the_day_the_body_gives_it():
    text = ("ليبيا: فتح باب الترشح للانتخابات الرئاسية والبرلمانية الأحد\n\n"
            "قالت المفوضية الوطنية العليا للانتخابات إن باب الترشح «سيفتح ظهيرة يوم الأحد القادم».\n")
    assert found(text, dt.date(2021, 11, 4)) == [("الأحد", "2021-11-07", None),
                                                  ("ظهيرة يوم الأحد القادم", "2021-11-07", None)]


def test_a_headline_weekday_the_body_does_not_name_stays_the_last_one():
    text = ("مباحثات بين الرئيس ووزير الخارجية الأحد\n\n"
            "استقبل الرئيس وزير الخارجية في قصر الرئاسة وبحث معه العلاقات الثنائية.\n")
    assert found(text, dt.date(2021, 11, 4)) == [("الأحد", "2021-10-31", None)]


def test_a_weekday_in_a_sentence_of_the_body_keeps_its_own_tense():
    # the same words ending with a full stop, more text after: a sentence, not a headline
    text = ("وعقد الرئيس اجتماعا مع الحكومة الأحد.\n"
            "وأعلن المتحدث أن المجلس سيجتمع يوم الأحد المقبل.\n")
    assert found(text, dt.date(2021, 11, 4)) == [("الأحد", "2021-10-31", None),
                                                  ("يوم الأحد المقبل", "2021-11-07", None)]


# --- Hijri: a first day written with من, a month after a verb with its clitic -------------

@pytest.mark.parametrize("text, expected", [
    ("يواصل جيش الاحتلال قصفه في اليوم الـ157 الموافق للفاتح من شهر رمضان المعظم، وقالت الوزارة",
     [("للفاتح من شهر رمضان المعظم", "2024-03-11", None)]),
    ("ليحلّ شهر رمضان في قطاع غزة والآلة الحربية مستمرة في تدمير منازل السكان.",
     [("شهر رمضان", "2024-03-11", "2024-04-09")]),
    # the month as a thing, not a time
    ("وحددت دار الإفتاء قيمة فدية شهر رمضان لهذا العام.", [("هذا العام", "2024", None)]),
])
def test_hijri_first_day_and_month_after_a_verb(text, expected):
    assert found(text, dt.date(2024, 3, 11)) == expected


# --- موفى: the end of (Tunisian papers) ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("وزير الصحة: انطلاق أشغال المستشفى الجهوي بتالة قبل موفى 2018", [("موفى 2018", "2018-12", None)]),
    ("المستشفى الذي ستنطلق أشغال إنجازه قبل موفى سنة 2018، وقد أكد الوزير", [("موفى سنة 2018", "2018-12", None)]),
    ("على أن تنتهي الأشغال موفى شهر جوان القادم.", [("موفى شهر جوان القادم", "2018-06", None)]),
])
def test_mawfa_is_the_end_of_a_year_or_a_month(text, expected):
    assert found(text, dt.date(2018, 1, 6)) == expected


def test_a_year_after_since_tells_no_story():
    text = ("فاز نبيه بري بولاية سادسة لرئاسة مجلس النواب منذ عام 1992، بعد الانتخابات النيابية التي جرت "
            "في السادس من ماي.")
    assert found(text, dt.date(2018, 5, 23)) == [("عام 1992", "1992", None), ("السادس من ماي", "2018-05-06", None)]


def test_a_dateline_is_no_month_a_report_is_about():
    text = ("08-04-2024 11:50 AM\nوبلغ الرقم القياسي لشهر آذار من عام 2024 ما مقداره 110.61 مقابل 110.02 "
            "للشهر الذي سبقه من نفس العام.")
    assert found(text, dt.date(2024, 4, 8))[-1] == ("للشهر الذي سبقه من نفس العام", "2024-02", None)


# --- 05/23 23:49: a day and a month with a clock time after them, a dateline without its year ---

@pytest.mark.parametrize("text, expected", [
    ("نقابة الفنانين السورية تنعى الراحل سمير صبري | الفن | جريدة الطريق\n\n05/23 23:49\n\nنعت نقابة الفنانين",
     [("05/23", "2022-05-23", None)]),  # the month first: 23 cannot be a month
    ("23/05 09:15\nنعت نقابة الفنانين الراحل", [("23/05", "2022-05-23", None)]),
    ("انتهى الشوط الأول 2/1 لصالح الفريق الضيف", []),  # a score: no time after it
])
def test_a_day_and_month_before_a_clock_time_are_a_dateline(text, expected):
    assert found(text, dt.date(2022, 5, 23)) == expected


# --- العام السابق: the year before the year reported; العام after a role noun is "general" ----

@pytest.mark.parametrize("text, published, expected", [
    ("بلغ النمو 3 في المئة في 2023 مقارنة بـ 2.5 في المئة في العام السابق.", dt.date(2024, 3, 1),
     [("2023", "2023", None), ("العام السابق", "2022", None)]),
    ("وفي عام 2019 تراجعت المبيعات بنسبة 4 بالمائة عن العام الذي سبقه.", dt.date(2024, 3, 1),
     [("عام 2019", "2019", None), ("العام الذي سبقه", "2018", None)]),
    # no year written before: the year before publication's
    ("ارتفعت الصادرات بنسبة 12 بالمائة مقارنة بالسنة السابقة.", dt.date(2024, 3, 1), [("السنة السابقة", "2023", None)]),
])
def test_the_previous_year_is_the_one_before_the_year_reported(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال الأمين العام السابق للأمم المتحدة بان كي مون إن الأزمة طويلة.", []),
    ("أصدر النائب العام السابق قرارا بحفظ القضية.", []),
    ("ويعقد الحزب المؤتمر العام المقبل في الرباط.", []),
    ("وقال الأمين العام إن العام المقبل سيشهد انتخابات.", [("العام المقبل", "2025", None)]),
    ("أجريت الانتخابات البرلمانية العام الماضي.", [("العام الماضي", "2023", None)]),
])
def test_aam_after_a_role_noun_is_general_not_the_year(text, expected):
    assert found(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize("text", ["تجمع المتظاهرون في ساحة 14 آذار وسط بيروت.", "أغلقت الشرطة دوار 7 نوفمبر أمام السيارات."])
def test_a_square_named_by_its_day_is_no_date(text):
    assert found(text, dt.date(2024, 3, 13)) == []


# --- The writer's today: a page dated after the day its text calls today ------------------

def test_a_today_weekday_before_the_page_date_is_that_earlier_day():
    # a digest put out on Tuesday: "اليوم السبت" is the Saturday before, not the page's Tuesday
    text = "باماكو، 8 مارس 2025 — افتتح الرئيس اليوم السبت معرضا للصناعات التقليدية."
    assert found(text, dt.date(2025, 3, 11)) == [("8 مارس 2025", "2025-03-08", None),
                                                ("اليوم السبت", "2025-03-08", None)]


def test_bare_today_words_follow_the_day_the_text_calls_today():
    # written on Monday evening, dated Tuesday: tonight and yesterday count from Monday
    text = ("قال مسؤول في الميناء إن السفينة لن تبحر الليلة بسبب الرياح، بعد أن تأخرت أمس.\n"
            "وكانت الإدارة قد اجتمعت مساء اليوم الإثنين لبحث الأمر.")
    assert found(text, dt.date(2025, 3, 11)) == [("الليلة", "2025-03-10", None), ("أمس", "2025-03-09", None),
                                                ("مساء اليوم الإثنين", "2025-03-10", None)]


def test_a_yesterday_that_fits_the_page_date_keeps_it():
    # "أمس الأحد" on a Monday says the page's date is the writer's; "اليوم الأحد" is a quoted day
    text = ("نقلت الوكالة يوم أمس الأحد بيان الديوان، وجاء فيه أن الصلاة أقيمت عصر اليوم الأحد، "
            "على أن يستقبل المعزون غدا في القصر.")
    assert found(text, dt.date(2025, 3, 10)) == [("يوم أمس الأحد", "2025-03-09", None),
                                                ("عصر اليوم الأحد", "2025-03-09", None), ("غدا", "2025-03-11", None)]


# --- A Hijri day written with its weekday -----------------------------------------------------

def test_the_weekday_beside_a_sighted_hijri_day_decides_which_day_it_is():
    # Umm al-Qura's 29 Shaban 1446 is Friday 28 February 2025; a committee whose Shaban began a
    # day earlier by sighting meets on its 29th, Thursday the 27th
    text = "تجتمع لجنة الرؤية يوم الخميس التاسع والعشرين من شهر شعبان لتحري الهلال."
    assert found(text, dt.date(2025, 2, 25)) == [
        ("يوم الخميس التاسع والعشرين من شهر شعبان", "2025-02-27", None)]


def test_a_hijri_day_whose_weekday_fits_the_calendar_keeps_its_day():
    text = "تجتمع لجنة الرؤية يوم غد الجمعة التاسع والعشرين من شهر شعبان لتحري الهلال."
    assert found(text, dt.date(2025, 2, 27)) == [
        ("يوم غد الجمعة التاسع والعشرين من شهر شعبان", "2025-02-28", None)]
