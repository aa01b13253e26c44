"""A registry name written inside another name (generator/extract/longer_names.py) or used as an
ordinary word (word_senses.py) is not linked, on sentences written for these tests; the same names
alone still link."""
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
    # a place before a feminine definite adjective: another place (Heliopolis, New Cairo, Old Cairo)
    ("وقع الحادث في حي مصر الجديدة شرق العاصمة.", "egypt", "وقع الحادث في مصر أمس."),
    ("ارتفعت أسعار الشقق في القاهرة الجديدة والشيخ زايد.", "cairo", "ارتفعت أسعار الشقق في القاهرة والجيزة."),
    ("وزار الوفد مصر القديمة ومسجد عمرو بن العاص.", "egypt", "وتستضيف مصر الجولة الجديدة من المفاوضات."),
    ("وطالب سكان مصر الجديدة بتحسين الخدمات.", "egypt", "وطالب سكان مصر بتحسين الخدمات."),
    # an outlet named by a place and اليوم, or by صوت and a place, without its head noun: after a
    # verb of publishing, a word for its staff, an interview, ل or a source word
    ("وذكرت روسيا اليوم أن القوات تقدمت.", "russia", "وأعلنت روسيا اليوم الاثنين أنها ستوقف صادرات الغاز."),
    ("ونقلت روسيا اليوم أن الجيش تقدم.", "russia", "وذكرت روسيا اليوم الثلثاء أن القوات تقدمت."),  # Levantine spelling
    ("وقال مراسل روسيا اليوم في دمشق إن القصف توقف.", "russia", "وتواجه روسيا اليوم عقوبات غير مسبوقة."),
    ("وقال في مقابلة مع روسيا اليوم إن بلاده لن تتراجع.", "russia", "وقال في مقابلة مع روسيا إن الحوار ممكن."),
    ("وذكرت صوت أمريكا أن الاجتماع انتهى.", "united-states", "وذكرت أمريكا أن الاجتماع انتهى."),
    ("وقال في تصريح لصوت أمريكا إن الوضع خطير.", "united-states", "صوت أمريكا في مجلس الأمن ضد القرار."),
    ("ونقلت صوت أميركا عن مسؤولين قولهم إن الهدنة صامدة.", "united-states", "وأصبح صوت أميركا مسموعا في المنطقة."),
    # another person with a registry person's surname: a foreign given name before it
    ("وقال هانتر بايدن إنه لن يترشح.", "joe-biden", "وقال الرئيس الأمريكي بايدن إنه لن يترشح."),
    ("وقال نجله هانتر بايدن إن القضية سياسية.", "joe-biden", "وقال جون كيربي إن بايدن سيلتقي نظيره."),
    ("وصرحت آشلي بايدن بأن العائلة متماسكة.", "joe-biden", "وصرح بايدن بأن العائلة متماسكة."),
    ("وقال إيغور شويغو إن الشركة ستتوسع.", "sergei-shoigu", "وقال شويغو إن القوات ستتوسع."),
    ("وقالت ماريا بوتين إن المعرض سيفتتح.", "vladimir-putin", "واستقبل ماكرون بوتين في باريس."),
    ("وتابع قائلا \"أنا وجيل بايدن نحب ابننا\".", "joe-biden", "وقال بايدن في بيان إنه يحب ابنه."),
    # a name that is also a word, where the words around make it the word (word_senses.py):
    # القاهرة the adjective "overpowering" after القوة، الظروف ...
    ("وأعلنت الشركة حالة القوة القاهرة في حقل الغاز.", "cairo", "وأعلنت الشركة من القاهرة وقف العمل في حقل الغاز."),
    ("تأجل المشروع بسبب الظروف القاهرة التي تمر بها البلاد.", "cairo", "وصل الوفد إلى العاصمة القاهرة صباح اليوم."),
    ("في ظل الظروف الاقتصادية القاهرة التي يعيشها المواطنون.", "cairo", "وزار الوفد القاهرة الأسبوع الماضي."),
    ("ورفعت الشركة حالة القوة القاهرة عن الصادرات.", "cairo", "وأكد أن قوة القاهرة الناعمة تتزايد."),
    # ... and مصر the participle مُصِرّ "insisting" after its subject, before على
    ("وقال الوزير إنه مصر على المضي في الإصلاحات.", "egypt", "وقال الوزير إن مصر على استعداد لاستضافة المفاوضات."),
    ("والمدرب مصر على إشراك اللاعب الشاب في التشكيلة.", "egypt", "وحصلت مصر على قرض جديد من صندوق النقد الدولي."),
    ("لكنه مصر على استكمال المشروع رغم الانتقادات.", "egypt", "وتعتمد مصر على واردات القمح من روسيا وأوكرانيا."),
    ("وأكد أن الرئيس مصر على إجراء الانتخابات في موعدها.", "egypt", "زار الرئيس مصر على رأس وفد كبير."),
    ("ولا يزال مصر على موقفه.", "egypt", "ولا تزال مصر على موقفها."),
    # a prosecution named after the district that holds it, as a court is (organisations.yml seated_institutions)
    ("قررت نيابة مصر الجديدة حبس المتهم أربعة أيام على ذمة التحقيق.", "egypt", "ألقى كلمة نيابة عن مصر في القمة."),
    ("وأمرت نيابة القاهرة بحبس المتهمين.", "cairo", "وعاد الوفد إلى القاهرة مساء أمس."),
    # a company named by a country and its trade with لل, rare in general Arabic; a purpose is not
    ("وقالت شركة مصر للمقاصة إن التسوية تمت في موعدها.", "egypt", "سافر الوفد إلى مصر للمشاركة في المؤتمر."),
    ("وأعلنت مصر للمقاصة اكتمال التسوية.", "egypt", "وتسعى مصر للإسراع في تنفيذ المشروع."),
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


def test_the_adjective_may_describe_the_noun_before_the_place(matcher):
    # a feminine noun without the article before the place: the new government is Egypt's
    assert "egypt" in linked(matcher, "وتشكلت حكومة مصر الجديدة برئاسة رئيس الوزراء.")
    assert "france" in linked(matcher, "وقالت رئيسة وزراء فرنسا الجديدة إن بلادها ستدعم الاتفاق.")
    assert "cairo" not in linked(matcher, "وقال رئيس جهاز مدينة القاهرة الجديدة إن العمل مستمر.")  # a place word


def test_the_persons_own_given_name_in_another_spelling_keeps_the_surname():
    from generator.extract.longer_names import names_another

    assert names_another("person", True, "وقال هانتر ", " إن", "Joe")
    assert not names_another("person", True, "وقال جوزيف ", " إن", "Joe")  # Joseph is Joe


def test_an_outlet_named_with_a_cue_once_is_the_outlet_in_the_whole_text(matcher):
    text = "وقال في كلمة لصوت أميركا إنه متفائل. وأضاف: \"إن صوت أميركا ليست مكانا للأنظمة المستبدة\"."
    assert "united-states" not in linked(matcher, text)
    assert "united-states" in linked(matcher, "وأضاف: \"إن صوت أميركا ليست مكانا للأنظمة المستبدة\".")
    # a weekday after اليوم is the country, today, even beside the outlet
    assert "russia" in linked(matcher, "وقال لروسيا اليوم إنه متفائل، فيما أعلنت روسيا اليوم الاثنين موقفها.")


def test_a_surname_after_the_persons_own_given_name_in_another_spelling_is_his(matcher):
    # the registry writes أولكسي and أوليكسي; news also writes أليكسي (Alexei): the same skeleton
    assert "oleksii-reznikov" in linked(matcher, "وقال وزير الدفاع الأوكراني أليكسي ريزنيكوف إن الدعم سيصل.")
    assert "oleksii-reznikov" not in linked(matcher, "وقال اللاعب مايكل ريزنيكوف إن الفريق جاهز.")
