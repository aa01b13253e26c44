"""Discovery proposes real names of the right type: each class of false proposal met on real news
(a common phrase read as a name, a name with the next word glued on, a place inside a longer name,
a description read as an organisation) in a short sentence of the kind that showed it, beside the
real name the same rule must keep."""
from __future__ import annotations

import pytest

from generator.extract import name_tagger
from generator.extract.unknown import find_unknown_names


def found(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.type) for p in find_unknown_names(text, [])}


def names(text: str) -> set[str]:
    return {name for name, _ in found(text)}


@pytest.mark.parametrize("text, wrong", [
    # a preposition starts no name, however a role before it reads (الفريق is also a general's rank)
    ("وتنطلق مباريات الغد بمواجهة الفريق الأول لكرة القدم بنادي الاتفاق ضد ضمك عند الساعة 5:40 مساء.", "ضد ضمك"),
    # على written with the Persian ya that Persian keyboards use for ى too: the preposition, not علي
    ("ان یجتمع مجلس المفوضین من اجل المصادقة علی اسماء المرشحین في منتصف الاسبوع المقبل.", "علی اسماء المرشحین"),
    # a given name that is a word too, before a word written more often as a verb (يناهز > ناهز)
    ("رحل الفنان عن عمر ناهز الـ 77 عامًا، بعد تعرضه لأزمة صحية.", "عمر ناهز"),
    # a clitic and a given name that are a word of their own: لدينا "we have", not ل + دينا
    ("للإشارة لدينا الإحصائيات المتعلقة بالامتحانات الرسمية.", "دينا الإحصائيات"),
    # a verb of saying's object: nouns that take the article as often as not, none rare
    ("وكانت الحكومة اللبنانية أعلنت عقد اجتماعات يومية بكامل نصابها.", "عقد اجتماعات"),
    ("وكانت المحكمة العليا دعت عموم المسلمين في أنحاء المملكة إلى تحري الهلال.", "عموم المسلمين"),
    # nouns with their pronoun behind و are a list of things, not a name
    ("وكبدت العدو خسائر فادحة في آلياته ودباباته وجنوده المرتزقة.", "ودباباته وجنوده"),
    # a family name first and a verb in the present after it (يحاضر / تحاضر)
    ("اللواء المعايطة يحاضر في كلية الدفاع الوطني.", "المعايطة يحاضر"),
    # a noun with its pronoun, a verb with its object pronoun: a phrase, however rare as written
    ("وحافظ النادي على الصدارة بمفرده بفارق أربع نقاط عن ملاحقه.", "بمفرده بفارق"),
    ("وهو الموسم الذي اكتسبه زخمه الكبير من الجمهور.", "اكتسبه زخمه"),
    # a noun of middling frequency before a frequent definite noun: its genitive, no family name
    ("وطالب النائب الحكومة بحماية أملاك الدولة من التعدي عليها.", "أملاك الدولة"),
    # a verb of saying (أشاد "praised", written without its hamza) after an agency's name ends it
    ("طهران- ارنا اشاد مساعد وزير الخارجية الايراني بالاتفاق.", "ارنا اشاد"),
])
def test_a_phrase_is_not_proposed_as_a_person(text, wrong):
    assert wrong not in names(text)


@pytest.mark.parametrize("text, person", [
    ("وقال علي عبد الله صالح إن الوضع خطير.", "علي عبد الله صالح"),
    ("وقال عمر ضيف إن الوضع خطير.", "عمر ضيف"),  # ضيف is written more often than يضيف: a name
    ("وقال جون كيربي إن الوضع خطير.", "جون كيربي"),  # جون is written as a name, without the article
    ("وأكد وزير الصحة فراس الهواري أن الوضع مستقر.", "فراس الهواري"),
    ("وقال تيم كوك إن المبيعات ارتفعت.", "تيم كوك"),
    ("وقال جبر الكسيح إن الوضع خطير.", "جبر الكسيح"),  # a family name with the article is no frequent noun
    ("وأشادت سلمى الحفار بالمبادرة.", "سلمى الحفار"),  # يتيم، يكوك: a name's words read as pasts are no verbs here
])
def test_the_same_rules_keep_real_names(text, person):
    assert (person, "person") in found(text)


def test_a_head_before_a_persons_family_name_is_his_not_a_name():
    text = ("وكان المستشار أولاف شولتس قد فقد ثقة البرلمان. ويظهر حزب البديل في المقدمة بفارق ضئيل "
            "عن حزب شولتس.")
    assert ("أولاف شولتس", "person") in found(text)
    assert "حزب شولتس" not in names(text) and "شولتس" not in names(text)


@pytest.mark.parametrize("text, wrong", [
    ("وذلك وفقًا لتحقيق الصحيفة الأمريكية.", "الصحيفة الأمريكية"),  # one paper of many: a description
    ("وأبلغت أرامكو الشركة النفطية اليابانية بحصول تغييرات.", "الشركة النفطية اليابانية"),
])
def test_an_outlet_or_a_company_described_by_its_country_is_not_a_name(text, wrong):
    assert wrong not in names(text)
    assert ("الجيش الإسرائيلي", "organization") in found("وقال الجيش الإسرائيلي إن الوضع هادئ.")  # one per country


def test_a_feminine_adjective_after_a_masculine_head_belongs_to_the_noun_before():
    proposed = names("سيطر الغضب على مجريات جلسة مجلس الأمة الاعتيادية أمس.")
    assert "مجلس الأمة الاعتيادية" not in proposed and "مجلس الأمة" in proposed
    assert "منظمة الصحة العالمية" in names("وقالت منظمة الصحة العالمية إن الوضع خطير.")


def test_a_town_whose_name_folding_makes_a_common_word_is_not_proposed():
    # GeoNames' هوئه (Huế) meets هوية "identity" once the hamza's seat is folded
    assert names("ويترقب الموريتانيون المرسوم الذي سيكشف هوية الشخص.") == set()


@pytest.mark.parametrize("text, wrong", [
    ("مشيرا إلى أن 19 ألف هكتار في 31 جماعة تضررت من هذه العاصفة.", "تضررت"),  # a head, then its verb
    ("نتذكر حملة مقاطعة منتجات الشركة التي يمتلكها أخنوش.", "مقاطعة منتجات"),  # a place word as a common noun
    ("جاء ذلك خلال حواره مع مراسل دام برس خلال زيارته.", "مراسل دام برس"),  # a role before an outlet
    ("ويتحدث خلاله وزير النقل، الفريق مهندس كامل الوزير، عن تطوير الطرق.", "مهندس كامل"),  # a bare title
    ("وانطلق الصاروخ حاملاً كبسولة الفضاء \"كرو دراغون\"، المصممة حديثاً.", "كرو دراغون"),  # a spacecraft
    ("تسديدة أرضية سكنت الشباك في الزاوية اليمنى للمرمى.", "الزاوية"),  # a word that names a town too
])
def test_a_common_word_a_role_or_a_thing_is_not_proposed(text, wrong):
    assert wrong not in names(text)


def test_an_outlet_quoted_as_the_one_spoken_to_is_no_place():
    # to the rules; the name tagger takes it for the region (a known false proposal: a check on
    # places set off in quotes removed 3 of its proposals on development text, all 3 right)
    with name_tagger.model_in_use(None):
        assert "الشرق الأوسط" not in names("كما طالب مواطنون تحدثت إليهم «الشرق الأوسط»، المجلس الجديد، بالشفافية.")


@pytest.mark.parametrize("text, expected", [
    ("وأعلنت حركة حماس أن الهدنة صامدة.", ("حماس", "organization")),
    ("جاء ذلك خلال حواره مع مراسل دام برس خلال زيارته.", ("دام برس", "organization")),
    ("في العاصمة العُمانية “مسقط”، قال المبعوث إنه بحث الهدنة.", ("مسقط", "place")),  # quoted after a place word
    ("من مركز كنيدي للفضاء التابع لناسا.", ("مركز كنيدي للفضاء", "organization")),
])
def test_the_same_rules_keep_real_organisations_and_places(text, expected):
    assert expected in found(text)


def test_an_organisation_ends_before_a_word_that_says_when_it_is():
    assert "مجلس الشعب الجديد" not in names("تصدرت مطالب السوريين من مجلس الشعب الجديد تحسين الأوضاع.")


@pytest.mark.parametrize("text, wrong", [
    ("وقعت أحداث شغب بقرية الكرم التابعة لمركز أبوقرقاص في جنوب المنيا.", "الكرم التابعة"),  # its description
    ("وبذلك يواصل سعر برميل «الذهب الأسود» لـ«أوبك» ميله المعمم نحو الانخفاض.", "ميلة"),  # ميله "his bent"
    ("يسعى فريق المدرب الفرنسي كريستوف جالتييه لتحقيق الفوز الثالث في الدوري بعد المباراة والهدف.",
     "المدرب الفرنسي"),  # the coach's team: a role is no club's name
    ("واللاعب فابيو مارتينيز الذي أضاف هدف الحسم في الدقيقة 85.", "هدف الحسم"),  # the verb's object
    ("وفي مدينة أبها، أنقذ فراس البريكان مهاجم فريق الفتح، فريقه من تعثر جديد.", "أنقذ فراس"),  # a verb (ينقذ)
    ("وانفذ حارس الخليج انتوني موريس مرماه من هدف محقق.", "انتوني موريس مرماه"),  # مرماه: مرمى + ه
])
def test_a_word_glued_to_a_name_or_a_description_is_not_proposed(text, wrong):
    assert wrong not in names(text)


def test_a_family_name_alone_is_the_person_the_text_names_in_full():
    text = ("أعرب الإنجليزي ستيفن جيرارد، مدرب الاتفاق، عن سعادته بالفوز. وقال جيرارد: «استمتعت بالمباراة».")
    people = [p for p in find_unknown_names(text, []) if p.type == "person"]
    assert [p.name for p in people] == ["ستيفن جيرارد"] and people[0].count == 2


def test_a_town_named_with_ta_marbuta_is_still_found_so_written():
    assert ("ميلة", "place") in found("وقعت اشتباكات في مدينة ميلة شرق الجزائر.")
    assert ("فراس البريكان", "person") in found("وفي مدينة أبها، أنقذ فراس البريكان مهاجم فريق الفتح، فريقه.")


# --- A last look at each candidate's edges (generator/extract/proposal_guard.py) ----------------

@pytest.mark.parametrize("text, wrong, kept", [
    # a fixtures list: the club ends its line, the next day opens the next
    ("وتستأنف المباريات يوم الإثنين 25 نوفمبر، بإقامة مباراتين، الأولي من الجولة الخامسة وتقام في الخامسة والنصف "
     "مساءاً وتجمع بين الجونة والأهلي والثانية تقام في السابعة والنصف بين إنبي والزمالك ضمن مباريات الجولة السادسة ."
     "\n\nويوم الثلاثاء 26 نوفمبر،تتواصل مباريات الأسبوع السادس، حيث يلتقي في الخامسة مساءاً نادي مصر مع وادي دجلة "
     "وعند السابعة والنصف يواجه مصر للمقاصة فريق حرس الحدود .\n\nالأربعاء 27 نوفمبر\n\n30 : 2 طنطا – سموحة\n\n"
     "00 : 5 بيراميدز – أسوان\n\nالخميس 28 نوفمبر\n\n00 : 5 طلائع الجيش – الإنتاج الحربي\n\nالجمعة 29 نوفمبر\n\n"
     "30 : 7 الاتحاد السكندري – الإسماعيلي", "الإنتاج الحربي الجمعة", "الإنتاج الحربي"),
    # a verb in the future or a past of the forms with a connecting alef is the next clause (one
    # verb test, unknown.py's verb_like, for the scan and the last look: without it both glue on)
    ("وقالت مصادر إن شركة آبل ستؤجل إنتاج هواتفها من أجهزة آيفون.", "آبل ستؤجل", "آبل"),
    ("قال شخصان مطلعان على الأمر إن رئيس شركة أبولو جلوبال مانجمنت استعد بشكل مكثف للمقابلة.",
     "جلوبال مانجمنت استعد", "جلوبال مانجمنت"),
    # a word that describes the name's holder follows the name and does not end it
    ("برز الملياردير الأمريكي مارك روان، كأحد أبرز المرشحين لمنصب وزير الخزانة. ويحظى روان بدعم العديد من "
     "المقربين من ترامب. ويواجه مارك روان البالغ من العمر 62 عامًا منافسة شرسة على الدور.", "روان البالغ", "مارك روان"),
    ("ومحافظ الأنبار السابق محمد الحلبوسي، ومقرر مجلس النواب الأسبق محمد الخالدي.",
     "مجلس النواب الأسبق", "مجلس النواب"),
])
def test_a_line_break_a_verb_or_a_description_is_no_part_of_a_name(text, wrong, kept):
    proposed = names(text)
    assert wrong not in proposed
    assert kept is None or kept in proposed


def test_a_nisba_in_brackets_is_not_an_organisation():
    text = ("والنائب عن الحزب الديمقراطي الكردستاني شاخوان عبد الله (كردي) نائبين لرئيس البرلمان المُعاد "
            "انتخابه، محمد الحلبوسي (سني).")
    proposed = found(text)
    assert ("كردي", "organization") not in proposed and ("سني", "organization") not in proposed
    assert ("محمد الحلبوسي", "person") in proposed
    assert ("سوني", "organization") in found("وذكرت سوني في بطاقة الدعوة أنها ستعلن عن هواتف جديدة (سوني).")


def test_a_family_name_that_is_a_citys_belongs_to_the_person():
    text = "وسلام سفاف وزيرة للتنمية الإدارية، ومحمد سامر الخليل وزيراً للصناعة، واللواء محمد خالد الرحمون وزيراً للداخلية."
    proposed = found(text)
    assert ("محمد سامر الخليل", "person") in proposed
    assert ("الخليل", "place") not in proposed and ("محمد سامر", "person") not in proposed
    assert ("الخليل", "place") in found("واقتحمت القوات مدينة الخليل جنوب الضفة.")


def test_a_common_word_is_no_town_through_the_egyptian_g():
    # جريان "flow" would be غريان (Gharyan) written with Egyptian text's ج for a "g"; its غ is a ghain
    assert names("تستمر الفرصة لهطول أمطار رعدية، مما يؤدي إلى جريان السيول في بعض المناطق.") == set()
    assert ("غواتيمالا", "place") in found("ووصل الوفد إلى جواتيمالا أمس.")  # a transliterated g


# --- Registry links: a place inside the name of an agreement, a competition or a club -------------

def linked(text: str) -> list[str]:
    from pathlib import Path

    from generator.extract.entities import EntityMatcher
    from generator.read.registry import load_registry
    from generator.text.analysis import analyse

    entities, _ = load_registry(Path(__file__).resolve().parents[1])
    return [m.entity_id for m in EntityMatcher(entities).find(analyse(text))]


@pytest.mark.parametrize("text", [
    "وأسفرت قرعة بطولة كأس مصر لدور الـ32 عن وقوع الزمالك حامل لقب البطولة في مواجهة سهلة.",
    "وتعرض سبارتاك موسكو بذلك للهزيمة الأولى بعد تعادل وأربعة انتصارات على التوالي.",
    "بداية مخيبة لسبارتاك موسكو في الدوري",
    "وتنص اتفاقية فيينا للعلاقات الدبلوماسية على حصانة المبعوثين.",
])
def test_a_place_inside_an_agreements_a_competitions_or_a_clubs_name_is_not_linked(text):
    assert linked(text) == []


def test_a_place_inside_a_title_in_brackets_is_not_linked():
    # a novel's title in round brackets, as quotes hold one; the place alone, a list or a credit is the place
    assert linked("ضمت القائمة القصيرة روايات (ماكيت القاهرة) للمصري طارق إمام.") == []
    assert linked("ولد الكاتب في (القاهرة) عام 1950.") == ["cairo"]
    assert linked("اتفق البلدان (مصر وروسيا) على التعاون.") == ["egypt", "russia"]
    assert linked("(القاهرة - أ ش أ) أعلنت الحكومة اليوم.") == ["cairo", "middle-east-news-agency"]


def test_the_place_itself_is_still_linked():
    assert linked("فعلى إستاد لوجنيكي في العاصمة الروسية موسكو دخل أصحاب الأرض.") == ["moscow"]


@pytest.mark.parametrize("text, wrong", [
    ("ومن المقرر أن يلتقي فريق الاتحاد السعودي مع نظيره أوكلاند سيتي النيوزيلندي، في المباراة.", "أوكلاند"),
    ("وارتقى للمرتبة الـ14 مناصفة مع مولودية وجدة برصيد 10 نقاط لكل منهما.", "وجدة"),
])
def test_a_city_inside_a_clubs_name_is_not_proposed_as_a_place(text, wrong):
    assert (wrong, "place") not in found(text)
    assert ("وجدة", "place") in found("ووصل الوفد إلى مدينة وجدة شرق المغرب.")


@pytest.mark.parametrize("text, club, city", [
    ("وفاز نفط كركوك على ضيفه بثلاثة أهداف في الجولة الخامسة.", "نفط كركوك", "كركوك"),
    ("وسجل المهاجم هدفين لهلال كسلا في مرمى الضيوف.", "هلال كسلا", "كسلا"),
    ("وتعادل الأهلي مصراتة مع ضيفه بهدف لمثله.", "الأهلي مصراتة", "مصراتة"),
])
def test_a_club_named_by_a_common_word_and_its_city_is_proposed_instead_of_the_city(text, club, city):
    # the club's first word is a word of general Arabic (oil, crescent, national): the club's name
    # is that word and the city, so the club is proposed, not the city
    assert (club, "organization") in found(text)
    assert (city, "place") not in found(text)


def test_a_countrys_oil_is_no_club():
    # before a country the same word is a phrase: the country is named
    assert ("الكويت", "place") in found("وارتفعت صادرات نفط الكويت خلال الشهر الماضي.")
    assert ("مصراتة", "place") in found("ووصل الوفد إلى مدينة مصراتة صباح اليوم.")


@pytest.mark.parametrize("text, wrong", [
    ("وتنظم جمعية الفنون مهرجان «ليالي صلالة» للمرة الثالثة هذا الصيف.", "صلالة"),
    ("وعرض المخرج فيلمه \"نهار طرابلس\" في الدورة الأخيرة.", "طرابلس"),
])
def test_a_place_inside_a_short_quoted_name_is_not_proposed(text, wrong):
    # an event's, a work's or a body's name in quotes holds the place with its other words
    assert (wrong, "place") not in found(text)


def test_a_place_alone_in_quotes_or_after_a_preposition_in_them_is_the_place():
    assert ("صلالة", "place") in found("ووصل الوفد إلى صلالة مساء أمس.")
    assert ("صلالة", "place") in found("ورفع المتظاهرون شعار \"تضامنا مع صلالة\" أمام المبنى.")


def test_an_outlets_tail_after_a_word_for_a_capital_is_the_outlet_not_a_place():
    # a place's cue (العاصمة) reads the next word as the capital's name; an outlet's tail is no place
    text = "وأفاد شهود عيان لـ\" العاصمة أونلاين\" أن السيول جرفت عددا من السيارات."
    assert ("أونلاين", "place") not in found(text)
    assert ("العاصمة أونلاين", "organization") in found(text)


def test_a_place_after_two_genitives_of_a_bodys_head_is_in_the_bodys_name():
    # head, two genitives, the place: "the association of keepers of bees of Hodeidah"
    assert ("الحديدة", "place") not in found("وعقدت جمعية مربي نحل الحديدة اجتماعها السنوي.")
    # ... but a preposition between ends the chain: the market is in the city
    assert ("الحلة", "place") in found("واحترق سوق الخضار الشعبي بمدينة الحلة مساء أمس.")


def test_a_place_with_a_masculine_nisba_of_its_country_is_a_club():
    # a city is feminine (الشارقة الإماراتية); a club, masculine, takes the masculine nisba
    assert ("الشارقة الإماراتي", "organization") in found("وتعادل الشارقة الإماراتي مع ضيفه بهدف لمثله.")
    assert ("الشارقة", "place") not in found("وتعادل الشارقة الإماراتي مع ضيفه بهدف لمثله.")
    assert ("الشارقة", "place") in found("ووصل الوفد إلى الشارقة الإماراتية صباح أمس.")
    assert ("الكويت الكويتي", "organization") in found("وفاز الكويت الكويتي على ضيفه بهدفين.")  # a country, its own nisba
    # many places are masculine: a region, or a country with another's nisba, stays the place
    assert ("الجولان", "place") in found("وقال إن الجولان السوري المحتل سيبقى في صلب المفاوضات.")
    assert ("لبنان", "place") in found("وعاد الكاتب إلى لبنان السوري الهوى كما يصفه خصومه.")


@pytest.mark.parametrize("text, factory, town", [
    ("وأعلن مصنع ألبان كسلا عن زيادة إنتاجه هذا العام.", "مصنع ألبان كسلا", "كسلا"),
    # سنار reads as س + a present too: a known place still ends the name
    ("وتوقف مصنع نسيج سنار عن العمل منذ أشهر.", "مصنع نسيج سنار", "سنار"),
])
def test_a_factory_named_by_its_product_and_town_is_proposed_not_the_town(text, factory, town):
    assert (factory, "organization") in found(text)
    assert (town, "place") not in found(text)


def test_a_person_named_in_full_and_referred_to_with_the_next_word_glued_on():
    text = ("تألقت النجمة المصرية شيرين عبدالوهاب في حفل “ليلة الدموع” التي أقيمت مساء الخميس. "
            "وبدأت شيرين الحفل بأغنية “مشاعر”، وسط تفاعل الجمهور.")
    assert names(text) == {"شيرين عبدالوهاب"}
    # a name a role introduces is no reference, whoever else shares its given name
    text = "حول البرنامج الذي أطلقه الملك محمد السادس، لمحاربة تداعيات الجفاف. وقال محمد صديقي إن البرنامج بدأ."
    assert {"محمد السادس", "محمد صديقي"} <= names(text)


def test_a_family_name_after_a_foreign_given_name_is_no_verb_behind_a_conjunction():
    # فيلبي reads as ف + يلبي "and he answers": a name's last word keeps its ف
    text = "في خط الدفاع: أحمد حجازي، لويس فيلبي، عمر هوساوي، سلطان الفرحان، زكريا هوساوي، حسن كادش."
    assert "لويس فيلبي" in names(text)


def test_a_persons_surname_after_a_word_for_a_place_is_the_place():
    # أوستن is Lloyd Austin's one-word form in the registry, and a city in Texas
    assert linked("وأقيم الحفل في مدينة أوستن بولاية تكساس الأمريكية.") == []
    assert linked("وقال أوستن في العاصمة الأوكرانية كييف إن الدعم مستمر.") == ["lloyd-austin"]


@pytest.mark.parametrize("text, wrong, kept", [
    # a verb in the feminine past opens a clause after a role's long genitive, not a name
    ("وأشار رئيس مجلس الإدارة والعضو المنتدب للشركة إلى أن الأرباح ارتفعت بنسبة 20 بالمئة.", "ارتفعت بنسبة", None),
    # a name does not go on past a common word that carries ب or ل (بحضور: حضور is the commoner)
    ("وقالت نائبة الرئيس لشؤون العلاقات الدولية الدكتورة ناهد عميش بحضور مدير وحدة الإعلام إن الجامعة مستعدة.",
     "ناهد عميش بحضور", "ناهد عميش"),
    # a headline's role and the verb in the present after it (يستهل / تستهل): no name starts with a verb
    ("وزير الخارجية الروسي يستهل جولة أفريقية بزيارة مصر", "يستهل جولة", None),
    # ساليس is no future verb (سـ + أليس): a name of the lineup
    ("خط الوسط: توماس بارتي، ساليس عبد الصمد، محمد قدوس.", None, "ساليس عبد الصمد"),
])
def test_a_clause_after_a_role_is_no_name(text, wrong, kept):
    proposed = names(text)
    assert wrong is None or wrong not in proposed
    assert kept is None or kept in proposed


def test_a_place_keeps_no_clitic_its_name_lacks():
    # بام is Bam (Iran): the clitic of بأم درمان was kept as if it were a name's first letters
    proposed = found("وقال شهود عيان إن الاشتباكات تجددت بأم درمان وفي مدينة بحري.")
    assert ("أم درمان", "place") in proposed and ("بأم درمان", "place") not in proposed


@pytest.mark.parametrize("text, wrong", [
    # a preposition after a one-word name opens the phrase after it (وسط القاهرة)
    ("وودع المشيعون الفنانة من مسجد السيدة زينب وسط القاهرة.", "زينب وسط القاهرة"),
    # the dual's pronoun (رصيد + يهما) is the object after a name, not its family name
    ("وسجل اللاعبان الإيطالي لورينزو بيليغريني رصيديهما في المباراة.", "لورينزو بيليغريني رصيديهما"),
    # a role's complements may run far (الراحلة إلى مثواه الأخير في مشهد): an adjective there and
    # و + a rare word are no given name and family name
    ("وتم تشييع جثمان الراحلة إلى مثواه الأخير في مشهد مهيب ومفجع للغاية.", "مهيب ومفجع"),
    # a name that ends a short title in quotes, with words before it inside them: a song, a novel
    ("وغنت في الحفل أغنيات “على بالي” و“قال سامح عيسى” و“حبيبي”.", "سامح عيسى"),
    ("وضمت القائمة «بيت الجدة» لسعاد الكبيسي و«رسائل ماريو فالنتي» للكاتب العراقي.", "ماريو فالنتي"),
    # the whole quotes right after a noun for a work: a series named after its hero
    ("واشتهر بدوره في مسلسل “رأفت الهجان” في ثمانينيات القرن الماضي.", "رأفت الهجان"),
    # a past verb of the form أفعل with a weak last letter after a name (يبدي: أبدى)
    ("وأضاف المصدر أن هاريس أبدى لنتنياهو قلق الإدارة من العملية.", "هاريس أبدى"),
])
def test_a_name_does_not_run_into_a_preposition_a_possessed_noun_or_a_works_title(text, wrong):
    assert not any(wrong in name for name in names(text)), names(text)


@pytest.mark.parametrize("text, person", [
    ("وسجل اللاعبان الإيطالي لورينزو بيليغريني رصيديهما في المباراة.", "لورينزو بيليغريني"),  # without the dual
    ("ونعى الفنان الكبير «هاني شاكر» زميله الراحل.", "هاني شاكر"),  # a name alone in quotes after a title
])
def test_the_name_itself_is_kept(text, person):
    assert (person, "person") in found(text)



@pytest.mark.parametrize("text, wrong", [
    # a competition's head, the continent in its genitive (and one more genitive before it)
    ("وتوج المنتخب بلقب كأس آسيا للمرة الثانية في تاريخه.", "آسيا"),
    ("ويشارك الهلال والأهلي في دوري أبطال آسيا للنخبة هذا الموسم.", "آسيا"),
    ("عقد رئيس الوزراء لقاء على هامش قمة أفريقيا للمناخ التي تستضيفها كينيا.", "أفريقيا"),
])
def test_a_place_in_a_bodys_or_a_competitions_name_is_not_proposed(text, wrong):
    assert wrong not in names(text)


@pytest.mark.parametrize("text, place", [
    # a preposition between the head and the place: the place where the summit meets
    ("اجتمع قادة دول الناتو في قمة في مدريد الأربعاء لبحث تعزيز الجناح الشرقي.", "مدريد"),
    # the same place named alone in the same text is still proposed
    ("ويشارك الفريقان في دوري أبطال آسيا، وهي البطولة الأهم في قارة آسيا.", "آسيا"),
])
def test_a_place_after_a_body_in_another_construction_is_still_proposed(text, place):
    assert place in names(text)


def test_a_present_verb_with_its_object_pronoun_ends_no_name():
    # the verb after an adjective is the clause that follows, not a family name (يترأسه)
    assert "رسمي يترأسه" not in names("وذلك من خلال مؤتمر صحفي رسمي يترأسه وزير الداخلية.")
    # the name before such a verb is kept
    assert "محمد الحمصاني" in names("وصرح المتحدث باسم الحكومة محمد الحمصاني يرافقه وفد رسمي.")


def test_a_generic_source_word_is_no_organisation():
    # "متابعات" (follow-ups) opens a credit line without naming an outlet; the city and اليوم after it
    # are the outlet (the development text portsudan-today-budget-2025 lists "بورتسودان اليوم")
    text = "متابعات – بورتسودان اليوم\nأجاز الاجتماع المشترك لمجلسي السيادة والوزراء الموازنة."
    assert ("متابعات", "organization") not in found(text)
    assert ("بورتسودان اليوم", "organization") in found(text)


def test_a_source_line_ends_at_its_line():
    text = "المصدر: وكالات + الجزيرة\nقال مسؤول إن الأوضاع تحسنت."
    assert not [name for name in names(text) if "قال" in name]
    assert ("صحيفة عاجل", "organization") in found("وقال المسؤول إن الأوضاع تحسنت.\nالمصدر: صحيفة عاجل")


def test_a_role_after_a_name_opens_its_title():
    # "نائب رئيس" after the name is his title in apposition, not the end of his name
    text = "التقى ديدوف، سفير روسيا في إيران، و بافل يوسف نائب رئيس الوكالة الروسية للتعاون العلمي."
    assert "بافل يوسف" in names(text) and "بافل يوسف نائب" not in names(text)
    # a given name that is also a role's word stays the name's
    assert "محمد أمين" in names("واستقبل الوزير محمد أمين مدير مكتب الأمم المتحدة.")


def test_no_place_is_read_behind_a_clitic_of_a_word_written_whole():
    # بلاد "country" is a word of its own, more common than the town لاد behind ب
    text = "وضمت القائمة الوافدين الجديدين إيزاكيل العم وإبراهيم هيسار من بلاد الاغتراب."
    assert "لاد" not in names(text) and "إبراهيم هيسار" in names(text)
    # a country behind و is written more often than the word with و: still the country
    assert "تركيا" in names("وصل الوفد إلى اليونان وتركيا في جولة إقليمية.")
    # a noun in the indefinite accusative writes an alef after it: وفدا is "a delegation", not و + فدا
    assert "فدا" not in names("واستقبل المحافظ وفدا من رجال الأعمال أمس.")
    assert "فدا" not in names("واستقبل المحافظ وفداً من رجال الأعمال أمس.")
    # a word of middling frequency written far more often than the town behind its first letter:
    # بترول "petrol", ولاد "boys"
    assert "ترول" not in names("وارتفع سعر بترول السيارات في المدينة هذا الشهر.")
    assert "لاد" not in names("ولعب ولاد الحارة الكرة في الساحة.")


@pytest.mark.parametrize("text", [
    "أجلت محكمة سيدي امحمد (الجزائر العاصمة)، هذا الاثنين، محاكمة مسؤولين سابقين.",
    "أدى الرئيس اليمين الدستورية بقصر الأمم بالجزائر العاصمة إثر نيله ثقة الشعب.",
])
def test_a_country_with_the_word_capital_after_it_is_its_capital(text):
    proposals = {p.name: p for p in find_unknown_names(text, [])}
    assert "الجزائر العاصمة" in proposals and "الجزائر" not in proposals
    assert (proposals["الجزائر العاصمة"].type, proposals["الجزائر العاصمة"].name_en) == ("place", "Algiers")
    # the country alone stays the country
    assert ("الجزائر", "place") in found("وصل الوفد إلى الجزائر أمس قادما من باريس.")


def test_a_town_after_lam_and_the_article_is_read_with_its_article():
    # لل is ل + ال: the town is المشرية, and a common word behind لل (المؤتمرات) is no town
    assert ("المشرية", "place") in found("وقع انفجار في مصنع للمشرية في ولاية النعامة أمس.")
    text = "افتتحت الأميرة اليوم الثلاثاء بمركز قطر الوطني للمؤتمرات في الدوحة أشغال المؤتمر."
    assert not {n for n in names(text) if n.startswith(("المؤتمرات", "للمؤتمرات"))}
    # what the centre is for belongs to its name, no town's (مركز قطر الوطني للمؤتمرات)
    assert not {n for n in names(text) if "مؤتمرات" in n} - {"مركز قطر الوطني للمؤتمرات"}


def test_a_city_written_after_a_given_name_is_the_family_name():
    # مكناس is Meknes, and here the minister's family name after her given name حمدي
    text = "أشرفت وزيرة الصحة الناها حمدي مكناس، صباح اليوم من مدينة كيفه، على انطلاق الحملة."
    assert "مكناس" not in names(text)
    # a given name that is a common word too, before a city: the city stays (أمين بغداد is Baghdad's mayor)
    assert "بغداد" in names("واستقبل أمين بغداد عمار موسى كاظم الوفد في مقر الأمانة.")


@pytest.mark.parametrize("text, wrong, kept", [
    # a unit's head after a role: the unit is named, the person before the role
    ("وقالت السيدة نوال التميمي رئيس قسم مصادر التعلم بوزارة التربية والتعليم.", "قسم مصادر التعلم", "نوال التميمي"),
    ("وحضر الاجتماع مدير مكتب مشروعات مصراتة بجهاز تنمية المراكز الإدارية.", "مكتب مشروعات", None),
    # the genitive of a body's head is the body's name (هيئة كبار العلماء), not a person's
    ("افتتح المفتي العام للمملكة، رئيس هيئة كبار العلماء، الشيخ عبدالعزيز آل الشيخ الدورة.", "كبار العلماء",
     "عبدالعزيز آل الشيخ"),
    # a dual of a body's head in a masthead
    ("رئيس مجلسى الإدارة والتحرير\nأحمد عامر", "مجلسى الإدارة", None),
])
def test_a_body_or_its_unit_is_not_read_as_a_person(text, wrong, kept):
    assert wrong not in names(text)
    if kept:
        assert (kept, "person") in found(text)


@pytest.mark.parametrize("text, name", [
    # an opener of Maghreb names
    ("أسفرت الجلسة عن انتخاب مولاي حمدي ولد الرشيد عن حزب الاستقلال نائبا أول للرئيس.", "مولاي حمدي ولد الرشيد"),
    # given names, then a rare family name before a comma, though it reads as a noun and a pronoun
    ("عاد رئيس الجمهورية، السيد/ إسماعيل عمر جيله، مساء يوم أمس الأول الثلاثاء، إلى البلاد.", "إسماعيل عمر جيله"),
    ("والسيد/ ياسين حسين دعاله، سفير جمهورية جيبوتي لدى جمهورية مصر العربية.", "ياسين حسين دعاله"),
])
def test_a_name_is_read_whole_past_an_opener_or_a_rare_family_name(text, name):
    assert (name, "person") in found(text)


def test_a_preposition_written_like_a_given_name_opens_no_name():
    # على folds to علي: a preposition before a name is not the name's first word
    assert "محمد صلاح" in names("واعتمد المدرب على محمد صلاح في الشوط الثاني من المباراة.")
    assert not {n for n in names("قال محمد علي إن الوضع مستقر في المدينة.") if n != "محمد علي"}


@pytest.mark.parametrize("text", [
    "مع اقتراب نفحات شهر رمضان المعظم، تتجه الأنظار اليوم نحو حفل رؤية الهلال.",
    "في اليوم الـ157 الموافق للفاتح من شهر رمضان المعظم، قالت وزارة الصحة إن القصف تواصل.",
    "ويبدأ رمضان المبارك يوم الأحد في أغلب الدول العربية.",
])
def test_a_hijri_month_after_the_word_month_or_with_its_adjective_is_no_person(text):
    assert not {n for n in names(text) if n.startswith("رمضان")}


def test_a_hijri_month_name_stays_a_first_name():
    assert ("رمضان صبحي", "person") in found("قال اللاعب رمضان صبحي إن الفريق جاهز للمباراة.")


def test_a_bodys_organ_named_by_two_heads_is_not_proposed():
    # هيئة المحكمة is the court's bench, مجلس النقابة the union's council: organs of a body, no
    # name; a longer name (هيئة المحكمة الدستورية) and a club or party named by a head stay.
    assert not {n for n, kind in found("ورفضت هيئة المحكمة طلب المحامين أمس.") if kind == "organization"}
    assert not {n for n, kind in found("وانتخب مجلس النقابة رئيسا جديدا أمس.") if kind == "organization"}
    assert ("هيئة المحكمة الدستورية", "organization") in found("وقالت هيئة المحكمة الدستورية إن الطعن مرفوض.")
    assert ("حزب الحركة الشعبية", "organization") in found("وأعلن حزب الحركة الشعبية أمس.")


def test_after_a_definite_genitive_only_an_adjective_goes_on_with_the_name():
    # a definite word after a definite genitive agrees with it (an adjective) or starts the
    # sentence's next part: the verb's object (الجهود), a predicate (المصدر، المركز الثالث)
    text = ("وثمّن رئيس هيئة المياه الجهود التي تبذلها الشركة، وقالت إذاعة الشمس المصدر إن حزب الأحرار "
            "المركز الثالث، وأعلنت قوات الدعم السريع وجمعية الهلال الأحمر وجماعة الإخوان المسلمين بيانات.")
    organisations = {n for n, kind in found(text) if kind == "organization"}
    assert {"هيئة المياه", "إذاعة الشمس", "حزب الأحرار"} <= organisations
    # the adjectives of the patterns فعيل and أفعل, and a sound plural, agree and stay
    assert {"قوات الدعم السريع", "جمعية الهلال الأحمر", "جماعة الإخوان المسلمين"} <= organisations


def test_a_broken_plural_adjective_or_an_ordinal_after_a_definite_genitive_goes_on_with_the_name():
    # no adjective's shape shows, yet they agree (unknown.yml agreeing_adjectives)
    text = "وأصدرت حركة الفلاحين الأحرار بيانا، وأعلن مصرف الوادي الثاني أرباحه."
    organisations = {n for n, kind in found(text) if kind == "organization"}
    assert {"حركة الفلاحين الأحرار", "مصرف الوادي الثاني"} <= organisations


def test_a_market_with_one_countrys_nisba_is_its_trade_not_an_institution():
    # السوق التونسية is Tunisia's market (where goods are sold); with more words the market is an exchange
    text = "وارتفعت صادرات الشركة إلى السوق التونسية هذا العام، وأعلنت السوق المالية السعودية نتائجها."
    assert found(text) == {("السوق المالية السعودية", "organization")}


def test_a_head_and_a_nisba_without_the_article_is_a_description():
    # مجلس وزاري is "a ministerial council" (general Arabic writes its feminine وزارية); a brand
    # that ends like a nisba (هواوي, no هواوية) names the company
    text = "ومن المقرر أن يعقد مجلس وزاري اجتماعا الأسبوع المقبل، وأعلنت شركة هواوي أرباحها أمس."
    assert found(text) == {("هواوي", "organization")}


def test_a_council_named_by_what_its_members_do_or_the_division_it_serves_is_an_organ():
    # every company has its board, every trial its defence, every governorate its council: no
    # name; a ministry with the same genitive (وزارة الدفاع) is a body of its own.
    text = ("طالبت هيئة الدفاع عن المتهمين بتأجيل الجلسة، فيما قرر مجلس الإدارة رفع رأس المال، "
            "وأعلنت وزارة الدفاع السعودية عن مناورات، وناقش مجلس المحافظة خطة الطرق.")
    organisations = {n for n, kind in found(text) if kind == "organization"}
    assert not organisations & {"هيئة الدفاع", "مجلس الإدارة", "مجلس المحافظة"}
    assert "وزارة الدفاع السعودية" in organisations


def test_two_heads_that_open_a_longer_name_of_the_text_are_its_short_name():
    # مجلس الاتحاد after مجلس الاتحاد الأوروبي is that council written short, not an organ
    text = "واجتمع مجلس الاتحاد الأوروبي في بروكسل، ثم وافق مجلس الاتحاد على الخطة."
    organisations = {n for n, kind in found(text) if kind == "organization"}
    assert "مجلس الاتحاد" in organisations


def test_a_verb_in_the_feminine_past_after_a_place_word_is_no_town():
    # تسببت "caused" after العاصمة is the clause's verb (its present يتسبب is a word), not a town
    assert "تسببت" not in names("هبت رياح قوية على العاصمة تسببت في سقوط أشجار.")
    assert "تسببت" not in names("وذكر أن سيولا جرفت سيارات في مدينة تسببت الأمطار بعزلها.")


def test_a_place_joined_by_waw_after_a_body_is_no_part_of_its_name():
    # a country after و is the body's partner, not a second noun of its name (وزارة الداخلية واللامركزية)
    found_names = names("انعقد اجتماع مجلس التعاون الخليجي والصين في الرياض أمس.")
    assert "مجلس التعاون الخليجي" in found_names and "الصين" in found_names
    assert "مجلس التعاون الخليجي والصين" not in found_names
    assert "الاتحاد الأوروبي والهند" not in names("وبحث وزير الخارجية الاتحاد الأوروبي والهند التعاون.")
    assert "وزارة الداخلية واللامركزية" in names("وقالت وزارة الداخلية واللامركزية إن الطريق مغلق.")


@pytest.mark.parametrize("text, wrong, kept", [
    # a given name that is a word too (جني "harvest", رائد "pioneer") and a frequent definite noun,
    # its genitive, with no cue for a person: the phrase, not a name
    ("وبدأ المزارعون في الواحة موسم جني التمور هذا الأسبوع.", "جني التمور", None),
    ("وكرم المهرجان رائد التنوير في المدينة.", "رائد التنوير", None),
    # the same given name and a frequent feminine adjective after a role: a second title
    ("وعين الرئيس مريم بنت سيداتي وزيرة أمينة عامة للرئاسة.", "أمينة عامة", "مريم بنت سيداتي"),
    # a rare family name with the article keeps the name, with or without a cue
    ("وحضرت الحفل جني القنبر مع والدتها.", None, "جني القنبر"),
    ("وزارت الفنانة أمينة الشعلان المعرض.", None, "أمينة الشعلان"),
    # so do a nisba, a given name with the article and a family title, frequent as they are
    ("وحضرت أمل الشامي الحفل.", None, "أمل الشامي"),
    ("وحضرت أمل الخالد الحفل.", None, "أمل الخالد"),
    ("وحضرت جني الشيخ الحفل.", None, "جني الشيخ"),
    # a frequent one keeps it after a role or a verb of saying
    ("وقالت الفنانة أمل الخطيب إن العمل جاهز.", None, "أمل الخطيب"),
    ("وقالت جني النجار إن العمل جاهز.", None, "جني النجار"),
])
def test_a_given_name_that_is_a_word_and_a_common_word_after_it_are_a_phrase(text, wrong, kept):
    _person_proposals_are(text, wrong, kept)


def _person_proposals_are(text: str, wrong: str | None, kept: str | None) -> None:
    proposed = {name for name, kind in found(text) if kind == "person"}
    assert wrong is None or wrong not in proposed
    assert kept is None or kept in proposed


@pytest.mark.parametrize("text, wrong, kept", [
    # no given name, no particle, every word a frequent word of general Arabic: a phrase that a
    # verb of saying, a role or a credit's dash put where a name stands
    ("والطفل سامي (10 أعوام) أحد زوار المعرض قال للصحفيين إنه اشترى كتابين.", "زوار المعرض", None),
    ("وحضر الافتتاح مدير عام قطاع الصحة د٠سامي النجار.", "قطاع الصحة", None),
    ("المنبر (وزير الصحة) – أدى وزير الصحة، السيد كمال الخطيب، زيارة إلى المستشفى.", "أدى وزير", "كمال الخطيب"),
    # a little rarer, with a plural or a dual whose singular is the commoner word
    ("وقال شخصان مطلعان على المحادثات إن الاتفاق قريب.", "شخصان مطلعان", None),
    ("وقال مسؤولان مطلعان إن الوزير سامي العلي سيزور المدينة.", "مسؤولان مطلعان", "سامي العلي"),
    ("وطالب رئيس البلدية بتعزيز إمكانيات الإطفاء داخل المدينة.", "إمكانيات الإطفاء", None),
    # a foreign name the given-name lists lack has a rarer word in it, and stays
    ("وقال رئيس فريق الإنقاذ تيم كوك إن العمل مستمر.", None, "تيم كوك"),
    ("وأوضح مدير الإدارة جوزيه مورينيو أن الفريق جاهز.", None, "جوزيه مورينيو"),
])
def test_common_words_with_no_name_among_them_are_no_person(text, wrong, kept):
    _person_proposals_are(text, wrong, kept)


@pytest.mark.parametrize("text, wrong, kept", [
    # a feminine nisba alone (a page's section labels, a caption's label) is an adjective
    ("صحيفة الغد\nسياسية - اجتماعية - ثقافية - عامة، تأسست عام 2010", "سياسية", "صحيفة الغد"),
    ("توضيحية: سيارة إسعاف في موقع الحادث. (أرشيف)", "توضيحية", None),
    # a dual whose singular is the commoner word is two of a thing, not a club: the clubs stay
    ("وانتهت مباراة الوحدة والشباب بالتعادل في الدوري، كما شهدت المباراة أحداثا مؤسفة بين لاعبي الفريقين عقب نهايتها.",
     "الفريقين", "الوحدة"),
])
def test_an_adjective_or_a_dual_alone_is_no_organisation(text, wrong, kept):
    proposed = {name for name, kind in found(text) if kind == "organization"}
    assert wrong not in proposed
    assert kept is None or kept in proposed


@pytest.mark.parametrize("text, wrong, kept", [
    # a feminine nisba without the article, alone or after a place word, describes: no town
    ("ويكون الطقس مائلا للحرارة مع رياح متقلبة الاتجاه إلى شمالية غربية.", "شمالية", None),
    ("ويجري بناء المحطة على جزيرة اصطناعية في مياه الخليج قبالة سواحل المدينة.", "اصطناعية", None),
    ("التعريف: هيرشبيلي ولاية إقليمية تتمتع بحكم ذاتي في الصومال.", "ولاية إقليمية", "الصومال"),
    # a town after the same place word stays
    ("وتقع المحطة في مدينة زاخو شمال البلاد.", None, "زاخو"),
    # a place word and a common noun in construct with a known place: the noun's place, no town
    ("وأوقفت عناصر ولاية أمن مراكش شخصين مساء أمس.", "ولاية أمن", "مراكش"),
    ("وانعقد اجتماع بمقر ولاية جهة طنجة صباح اليوم.", "ولاية جهة", "طنجة"),
    ("وزار الوزير ولاية الجزيرة أمس.", None, "ولاية الجزيرة"),
])
def test_a_feminine_nisba_or_a_noun_before_a_known_place_is_no_place(text, wrong, kept):
    proposed = {name for name, kind in found(text) if kind == "place"}
    assert wrong is None or wrong not in proposed
    assert kept is None or kept in proposed


def test_a_family_name_that_is_a_preposition_too_before_what_was_said():
    # خلف "behind" right before بأن has no object: the name's last word
    assert ("سامر بن عبدالله خلف", "person") in found("وصرح المدير سامر بن عبدالله خلف بأن العمل مستمر.")
    # a preposition with its object after a name still ends it
    assert "نفيسة وسط" not in names("وصلت السيدة نفيسة وسط القاهرة أمس.")


def test_a_feminine_adjective_after_a_mans_name_agrees_with_a_noun_before_it():
    # الانقلابية describes the militia, not صالح's family
    assert "صالح الانقلابية" not in names("وصدت القوات هجوما شنته مليشيا الحوثي والمخلوع صالح الانقلابية على مواقعها.")
    # a woman's family name may be a feminine nisba
    assert ("سعيدة العلوية", "person") in found("وقالت الباحثة سعيدة العلوية إن الدراسة اكتملت.")


def _guarded_person(text: str, words: str) -> str | None:
    """What the last look (proposal_guard.checked) leaves of a person candidate over `words`."""
    from generator.extract.finder import Finder, Found, written_span
    from generator.extract.proposal_guard import checked
    from generator.extract.unknown import load_cues
    from generator.text.analysis import analyse

    finder = Finder(analyse(text), [], load_cues())
    first = words.split()[0]
    start = next(i for i, t in enumerate(finder.tokens) if finder.text[t.start:t.end] == first)
    candidate = Found(start, start + len(words.split()), "person")
    left = checked(finder, [candidate])
    return written_span(finder.text, finder.tokens, left[0].start, left[0].end, finder.cues) if left else None


@pytest.mark.parametrize("text, words, left", [
    # a verb in the feminine past after a plural noun is the clause a headline is, no name
    ("الاستعدادات اكتملت والملعب البلدي ينتظر جمهوره", "الاستعدادات اكتملت", None),
    ("وقال المدرب سامي الخطيب اكتملت الاستعدادات للمباراة.", "سامي الخطيب اكتملت", "سامي الخطيب"),
    # a family name in ت that is a given name too (حكمت، رفعت) stays the name's
    ("وقال مدير الزراعة دريد حكمت إن الكميات كبيرة.", "دريد حكمت", "دريد حكمت"),
    ("وأكد المهندس سامي رفعت أن العمل مستمر.", "سامي رفعت", "سامي رفعت"),
])
def test_a_past_verb_ends_no_persons_name(text, words, left):
    assert _guarded_person(text, words) == left


@pytest.mark.parametrize("text, name", [
    # a second portfolio joined by و (وشؤون + its genitive) is the ministry's name, not the next phrase
    ("وأعلنت وزارة الزراعة وشؤون المياه أن الموسم الزراعي جيد.", "وزارة الزراعة وشؤون المياه"),
    ("وقال مدير في وزارة النقل وشؤون الموانئ إن العمل مستمر.", "وزارة النقل وشؤون الموانئ"),
])
def test_a_ministry_goes_on_over_a_second_portfolio(text, name):
    assert (name, "organization") in found(text)


@pytest.mark.parametrize("text, name, wrong", [
    # after "نائب رئيس" and a body named by its genitive, a ل-genitive is the deputy's portfolio
    ("وحضر نائب رئيس مجلس الوزراء لشؤون الخدمات الدكتور سامي العلي الافتتاح.", "مجلس الوزراء", "مجلس الوزراء لشؤون الخدمات"),
    ("وقال نائب رئيس مجلس النواب لشؤون اللجان إن الجلسة تأجلت.", "مجلس النواب", "مجلس النواب لشؤون اللجان"),
    # a body whose adjective asks for what it is for keeps it (المجلس الأعلى للقضاء)
    ("وترأس الجلسة نائب رئيس المجلس الأعلى للقضاء المستشار سامي العلي.", "المجلس الأعلى للقضاء", "المجلس الأعلى"),
])
def test_a_deputys_portfolio_is_no_part_of_the_body(text, name, wrong):
    assert (name, "organization") in found(text)
    assert wrong not in names(text)


def test_a_place_behind_a_clitic_after_a_bodys_head_is_where_the_body_is():
    assert ("سوسة", "place") in found("وانتخب رئيسا لجمعية بسوسة قبل عامين.")
    assert ("سوسة", "place") not in found("وزار الوفد جامعة سوسة أمس.")


@pytest.mark.parametrize("text, wrong, kept", [
    # و before a given name, a place, or a word the text writes alone too: "and" another, no family name
    ("وزارت الشيخة سلمى وعقيلة السفير المعرض أمس.", "سلمى وعقيلة", None),
    ("وتتراوح درجات الحرارة في ديالى وصلاح الدين وواسط بين 28 و30.", "صلاح الدين وواسط", "واسط"),
    ("بوتين وماكرون\nوقال ماكرون إن الحوار مستمر.", "بوتين وماكرون", "ماكرون"),
    # ... or before a word general Arabic writes far more often alone (غزالة)
    ("وقدمت الفرقة فقرات منها الحاج حمد وغزالة، وروضة الفرس.", "حمد وغزالة", None),
])
def test_a_word_behind_and_after_a_given_name_is_another_not_a_family_name(text, wrong, kept):
    assert wrong not in names(text)
    assert kept is None or kept in names(text)


@pytest.mark.parametrize("text, person", [
    # a family name that starts with و, its stem rare or no name, stays the person's
    ("وقال المرشح كيفن وارش إن الفائدة ستنخفض.", "كيفن وارش"),
    ("وقال الوزير سمير ونيس إن العمل مستمر.", "سمير ونيس"),
    ("بقلم مصطفى واعراب\nتشير الأرقام الرسمية إلى أن الأسعار ارتفعت.", "مصطفى واعراب"),
])
def test_a_family_name_that_starts_with_waw_is_kept(text, person):
    assert person in names(text)


def test_a_place_the_gazetteer_knows_in_two_words_is_read_whole_after_a_place_word():
    # مدينة رام الله: not the town "رام" with the next word left out
    assert ("رام الله", "place") in found("وعقد الاجتماع في مدينة رام الله، بحضور الوزراء.")
    assert "رام" not in names("وعقد الاجتماع في مدينة رام الله، بحضور الوزراء.")
    # after a division's word its own convention holds: the word stays in the name
    assert ("محافظة شمال غزة", "place") in found("وقصفت الطائرات محافظة شمال غزة أمس.")


def test_what_a_body_is_for_may_be_two_verbal_nouns_joined_by_and():
    # ل + a verbal noun, و + another, then their genitive: all of it names what the body is for
    assert ("الهيئة الوطنية لمكافحة وتحليل الفساد", "organization") in found("وقالت الهيئة الوطنية لمكافحة وتحليل الفساد إن التقرير جاهز.")
    assert ("الشركة الوطنية لإنتاج وتوزيع الكهرباء", "organization") in found("وأعلنت الشركة الوطنية لإنتاج وتوزيع الكهرباء انقطاع التيار.")


@pytest.mark.parametrize("text, name, wrong", [
    # after الأعلى / العليا, لل and a common noun are what the body is for ...
    ("ورفض المجلس الأعلى للدولة التعديلات الأخيرة.", "المجلس الأعلى للدولة", "المجلس الأعلى"),
    # ... not a person it speaks to
    ("وقدم المجلس الأعلى للرئيس تقريره السنوي.", "المجلس الأعلى", "المجلس الأعلى للرئيس"),
])
def test_an_elative_asks_for_what_the_body_is_for_even_a_common_noun(text, name, wrong):
    assert (name, "organization") in found(text)
    assert wrong not in names(text)


@pytest.mark.parametrize("text, wrong", [
    # a nisba with the accusative's alef is an adverb (رسمي / رسمية are words), and an accusative
    # opens no name
    ("وتقرر تعيين خالد عمر يوسف وزيرا للإعلام ناطقا رسميا باسم الحكومة.", "ناطقا رسميا"),
    ("وعين المجلس الصحفي كمال حسين جابر ناطقا رسميا باسمه.", "ناطقا رسميا"),
])
def test_an_adverbial_accusative_is_no_part_of_a_name(text, wrong):
    assert wrong not in names(text)
    # a country in يا (تركيا) stays a place after a body's word, a name before the accusative a name
    assert ("تركيا", "place") in found("وقال وزير خارجية تركيا إن بلاده مستعدة للحوار.")
    assert "خالد عمر يوسف" in names("وتقرر تعيين خالد عمر يوسف وزيرا للإعلام ناطقا رسميا باسم الحكومة.")


def test_a_country_named_by_a_nisba_after_a_companys_name_is_its_adjective():
    # السعودية after a brand's bare name (in quotes too) is the company's adjective, no place
    assert "السعودية" not in names("وقالت شركة “سابك” السعودية إن أرباحها تراجعت.")
    # after a preposition it is the country
    assert ("السعودية", "place") in found("وصل وفد الشركة إلى السعودية أمس.")


@pytest.mark.parametrize("text, wrong", [
    # سجن "imprisoning" before its object: a noun with its pronoun, a definite plural, a given name
    ("وطالب المحامي بإنهاء سجن موكله خلال فترة التحقيق.", "سجن موكله"),
    ("وقضت المحكمة بسجن المسؤولين المتورطين في القضية.", "سجن المسؤولين المتورطين"),
    ("الأردن .. سجن كريم زعرور عامين بعد إدانته.", "سجن كريم زعرور"),
])
def test_imprisoning_someone_is_no_prison(text, wrong):
    assert wrong not in names(text)
    # a prison named by a rare word stays a place
    assert ("سجن صيدنايا العسكري", "place") in found("ونقل المعتقلون إلى سجن صيدنايا العسكري.")


def test_a_number_written_in_words_is_no_person():
    # a compound hundred behind و and a thousand (unknown.yml number_words) count, they name no one
    assert "وثمانمائة ألف" not in names("وتوجه مليونين وثمانمائة ألف طالب وطالبة إلى المدارس مع بدء العام.")
    # a name is still read beside a number
    assert "سمير ونيس" in names("وقال الوزير سمير ونيس إن ثلاثمائة ألف تلميذ سجلوا.")


@pytest.mark.parametrize("text, wrong", [
    # a text that ends no word on ى writes على as علي: before a word of general Arabic it is the preposition
    ("وأكد الوزير حرص بلاده علي الصعيدين العربي والدولي في الاجتماع الذي عقد امس.", "علي الصعيدين"),
    ("وطالب المحافظ بالعمل علي حماية ثروات المنطقة من التهريب الي الخارج.", "علي حماية"),
])
def test_ala_written_with_ya_is_no_given_name(text, wrong):
    assert not any(n.startswith(wrong) for n in names(text))


def test_ali_is_a_given_name_where_the_text_writes_ala_with_alef_maqsura():
    assert "علي حمدان" in names("وأشرف على الجلسة مستشار رئيس المجلس علي حمدان.")


def test_a_price_index_group_of_goods_is_no_company():
    # مجموعة and two definite nouns of general Arabic joined by و: a group of goods (unknown.yml category_heads)
    assert not any(n.startswith("مجموعة") for n in names('وارتفعت أسعار مجموعة "الخضار والفواكه" بنسبة 3% خلال الشهر.'))
    # a company (شركة) named by such nouns keeps its name
    assert "شركة الخضار والفواكه" in names('ووقعت شركة "الخضار والفواكه" عقدا مع الوزارة.')


def test_a_noun_with_its_pronoun_after_a_place_is_no_part_of_its_name():
    # بالعاصمة مقديشو جلسته الأولى: the session is the object of the sentence's verb
    proposed = names("واختتم مجلس الشيوخ في مقره بالعاصمة مقديشو جلسته الأولى أمس.")
    assert "مقديشو" in proposed and not any("جلسته" in n for n in proposed)


@pytest.mark.parametrize("text, wrong", [
    # a feminine present after a body's or a division's word is what it does (تضم / يضم)
    ("ويلعب المنتخب في مجموعة تضم إلى جانبه منتخبات قوية من آسيا.", "تضم"),
    ("وانتخب أعضاء المجلس لولاية تستمر أربع سنوات.", "تستمر"),
    # a preposition on a frequent word after a team's word: the sentence's (بتحقيق: تحقيق)
    ("يلتقي الفريقان مساء اليوم في الجولة العاشرة من الدوري، ويطمح كل فريق بتحقيق الفوز وحصد النقاط "
     "الثلاث لتحسين مركزه في جدول الترتيب.", "بتحقيق"),
    # a plural of things after a head that is a verbal noun too: what is organised (تنظيم داعش stays)
    ("وتسهم الجمعية في تنظيم فعاليات أخرى مثل مهرجان العسل.", "فعاليات"),
    ("وأشاد الوزير بدور المدارس في تنظيم امتحانات الشهادة الثانوية رغم الظروف.", "امتحانات"),
])
def test_a_clause_after_a_head_or_a_division_is_no_name(text, wrong):
    assert wrong not in names(text)


def test_a_bare_noun_joined_after_a_bodys_name_is_the_sentences():
    proposed = found("ونفذت الجمعية الوطنية للتنمية الريفية وبكلفة تجاوزت مليون دينار مدرسة جديدة في القرية.")
    assert ("الجمعية الوطنية للتنمية الريفية", "organization") in proposed
    assert not any("وبكلفة" in name for name, _ in proposed)
    # a second noun with its own genitive, or with the article, is the name's
    assert "وزارة الاتصالات وتكنولوجيا المعلومات" in names("وأعلنت وزارة الاتصالات وتكنولوجيا المعلومات عن خطة جديدة.")
    assert "الهيئة العامة للاستثمار والمناطق الحرة" in names(
        "وقال رئيس الهيئة العامة للاستثمار والمناطق الحرة إن الأرقام مشجعة.")


@pytest.mark.parametrize("text, expected", [
    ("وفاز فريق برشلونة على ضيفه بثلاثة أهداف.", "فريق برشلونة"),  # a brand after its head stays
    ("وزار الوزير مدينة ينبع الصناعية أمس.", "ينبع"),  # a town in ي is no feminine present
    ("وزار الوفد ولاية تطاوين جنوب البلاد.", "تطاوين"),  # nor one in ت whose ي form is no word
    ("وقتل عنصران من تنظيم داعش في غارة جوية.", "تنظيم داعش"),  # no plural of things
])
def test_a_name_after_its_head_or_division_is_kept(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("text, person, short", [
    ("وشارك في الندوة كل من خالد المري، وعبد العزيز سالم الهاجري، وناصر الكعبي.", "عبد العزيز سالم الهاجري", "سالم الهاجري"),
    ("وحضر اللقاء كل من الوزراء سامي العنزي، وعبد الرحمن فهد الدوسري، والنائب محمد الشمري.",
     "عبد الرحمن فهد الدوسري", "فهد الدوسري"),
])
def test_a_list_item_opened_by_a_given_name_of_two_words_behind_and_is_read_whole(text, person, short):
    proposed = names(text)
    assert person in proposed and short not in proposed


@pytest.mark.parametrize("text, organ, body", [
    ("وأعلنت الأمانة العامة لمجلس الوزراء تعطيل الدوام الرسمي يوم الأحد.", "الأمانة العامة لمجلس الوزراء", "مجلس الوزراء"),
    ("وأصدر المكتب العام لمجلس الدولة الصيني إشعارا بشأن العطلة.", "المكتب العام لمجلس الدولة الصيني", "مجلس الدولة الصيني"),
])
def test_an_organ_named_by_the_body_it_serves_is_one_name(text, organ, body):
    proposed = names(text)
    assert organ in proposed and body not in proposed


def test_a_weekday_on_a_dateline_line_is_no_outlet():
    text = ("أخبار وتقارير\n\nالأمطار تغرق ضواحي المدينة\n\nالثلاثاء - 15 أبريل 2025 - 09:08 ص\n\n"
            "أغرقت الأمطار الغزيرة ضواحي صنعاء أمس.")
    assert "الثلاثاء" not in names(text) and ("صنعاء", "place") in found(text)


def test_a_country_inside_a_prizes_or_a_races_name_is_not_proposed():
    text = "ويتصدر السائق الهولندي الترتيب قبل سباق جائزة السعودية الكبرى الأسبوع المقبل في جدة."
    assert "السعودية" not in names(text) and "جدة" in names(text)
    assert "السعودية" in names("وفاز الروائي بجائزة الشيخ زايد للكتاب، وزار السعودية الشهر الماضي.")


def test_a_team_named_by_its_side_in_the_match_is_no_club():
    text = "فاز الرجاء على الجيش الملكي بهدفين في الجولة العاشرة، وسجل الفريق الضيف هدف حفظ ماء الوجه عن طريق مهاجمه."
    proposed = names(text)
    assert "الفريق الضيف" not in proposed and "الرجاء" in proposed


@pytest.mark.parametrize("text, wrong", [
    ("وأشار الوزير إلى وجود حلول آنية وسريعة للمشكلة.", "حلول آنية"),
    ("وحضر الاجتماع ممثل السلطة المحلية قائد قيادة عين الشق وخليفته.", "قيادة عين الشق"),
])
def test_a_noun_of_general_arabic_and_its_genitive_is_no_person(text, wrong):
    assert wrong not in names(text)


@pytest.mark.parametrize("text, person", [
    ("وعين المرسوم الدكتور هلال الكندي وزيرا للصحة.", "هلال الكندي"),  # a title before it
    ("وفي حفل الافتتاح أشاد وكيل المحافظة سالم العامري بالمبادرة الشبابية.", "سالم العامري"),
])
def test_a_name_after_a_title_or_a_role_is_kept(text, person):
    assert (person, "person") in found(text)


@pytest.mark.parametrize("text, wrong, right", [
    # a hall, a square, a street, a hospital named after a person: the place's or the body's name, whole
    ("وأقيمت المباراة على صالة سالم أبو حمدان بمدينة رفح مساء السبت.", "سالم أبو حمدان", ("صالة سالم أبو حمدان", "place")),
    ("وافتتح المحافظ ميدان خالد الزعبي في وسط المدينة أمس.", "خالد الزعبي", ("ميدان خالد الزعبي", "place")),
    ("وافتتحت البلدية شارع عمر المختار بعد صيانته.", "عمر المختار", ("شارع عمر المختار", "place")),
    ("ونقل المصابون إلى مستشفى الشهيد ناصر العبيدي في المدينة.", "ناصر العبيدي",
     ("مستشفى الشهيد ناصر العبيدي", "organization")),
    # the place's own adjective after the person's name stays with the place
    ("وتقام المباراة على ملعب الشهيد سالم العبدلي الدولي مساء اليوم.", "سالم العبدلي",
     ("ملعب الشهيد سالم العبدلي الدولي", "place")),
    ("وأدى المصلون صلاة الجمعة في جامع الإمام الهادي وسط البلدة.", "جامع الإمام", ("جامع الإمام الهادي", "place")),
])
def test_a_person_a_place_is_named_after_is_the_places_name(text, wrong, right):
    proposed = found(text)
    assert right in proposed and wrong not in {name for name, _ in proposed}


@pytest.mark.parametrize("text, person, place", [
    # the head with the article is the hospital itself, its doctor named after it
    ("وقال مدير المستشفى الدكتور خالد الحمادي إن الحالات مستقرة.", "خالد الحمادي", None),
    # a port named by a place, its director's name after it
    ("وقال مدير ميناء نواكشوط حسنه ولد اعل إن العمل مستمر.", "حسنه ولد اعل", "ميناء نواكشوط"),
])
def test_a_person_after_a_named_place_or_a_head_with_the_article_stays_a_person(text, person, place):
    proposed = found(text)
    assert (person, "person") in proposed and (place is None or (place, "place") in proposed)


@pytest.mark.parametrize("text, wrong, right", [
    # a feminine past verb after a town is the next clause (يلبس), not the town's second word
    ("وقالت الوزيرة إن مدينة أنجمينا لبست ثوبا جديدا هذا العام.", "أنجمينا لبست", "أنجمينا"),
    # an accusative with its tanwin after a hamza, with no alef (احتفاءً), is no name's word
    ("ونظمت البلدية بولاية عبري احتفاءً بالعيد الوطني.", "عبري احتفاء", "عبري"),
])
def test_a_verb_or_an_accusative_after_a_place_is_the_sentences(text, wrong, right):
    proposed = names(text)
    assert wrong not in proposed and right in proposed


def test_a_plural_place_word_written_with_hamza_below_is_the_verbal_noun():
    # إحياء "reviving" and أحياء "quarters" fold alike: the hamza below says the verbal noun
    assert names("وتنظم في أنحاء البلاد مسيرات حاشدة إحياء للذكرى السنوية للثورة.") == set()
    assert names("ويهدف المشروع إلى إحياء المنظومة الزراعية المتضررة.") == set()
    assert "الشجاعية" in names("وشهدت أحياء الشجاعية والتفاح قصفا عنيفا.")


@pytest.mark.parametrize("text, wrong", [
    # a ta marbuta inside a word: two words typed without their space, no name read through them
    ("غزة/اللجنةالرياضية-سامي الحلو", "اللجنةالرياضية"),
    ("رئيس مجلس الإدارةمحمود سالم", "مجلس الإدارةمحمود"),
])
def test_two_words_typed_without_their_space_are_no_name(text, wrong):
    assert wrong not in names(text)


@pytest.mark.parametrize("text", [
    # كبرى "major" folds as كبري "bridge", a facility's head: written with ى it is the adjective
    "وتجري الهيئة مفاوضات مع عدد من كبرى الشركات الصناعية الآسيوية لإقامة مصنع.",
    "وكان للحدث مكانة كبرى استدعت أن يكون محور النقاش.",
])
def test_a_word_written_with_alef_maqsura_is_no_facilitys_head_written_with_ya(text):
    assert not any(kind == "place" for _, kind in found(text))


def test_a_feminine_nouns_dual_in_construct_opens_no_persons_name():
    # غرفتي "the two chambers of" (غرفة + تي) is a noun phrase's first word, not a given name
    proposed = found("وكشف رئيس غرفتي تجارة دمشق وريفها المهندس سامر الدبس عن خطة جديدة.")
    assert ("سامر الدبس", "person") in proposed and "غرفتي تجارة" not in {name for name, _ in proposed}
    assert ("بيتي وليامز", "person") in found("وقالت بيتي وليامز إن الاتفاق صامد.")


def test_a_nisbas_accusative_after_a_name_is_the_sentences():
    # هجوميا: هجومي (3.2) and هجومية are words of general Arabic, the alef the accusative's
    text = ("سالم العتيبي ( لاعب الوحدة ):\n\nمباراة كبيرة قدمها قلب دفاع الفريق هجوميا ودفاعيا. دفاعيا وقف "
            "العتيبي في وجه هجمات الخصم أما هجوميا فهو سجل هدفين.")
    proposed = names(text)
    assert "الفريق هجوميا" not in proposed and "سالم العتيبي" in proposed


def test_a_division_word_that_is_a_verbal_noun_before_an_indefinite_word_is_the_act():
    # مقاطعة "boycott" before an indefinite noun; مقاطعة "province" before a name with the article
    assert names("وكانت المسيرة للدعوة لمقاطعة استفتاء الدستور الجديد.") == set()
    assert "مقاطعة النعمة" in names("وعين المجلس حاكما جديدا لمقاطعة النعمة في الشرق.")


def test_a_town_in_a_list_ends_before_the_larger_town_it_lies_in():
    # "X بY": the town X, in Y; the list goes on after it
    text = "وتقام الحملة في مناطق الخضيرة بدقاش والشبيكة وعين كرمة بتمغزة خلال الأسبوع."
    proposed = names(text)
    assert {"الخضيرة", "الشبيكة", "عين كرمة"} <= proposed and "الخضيرة بدقاش" not in proposed
    assert {"كفر بطنا", "دير بلوط"} <= names("وشملت الحملة قرى كفر بطنا ودير بلوط وعين ترما.")


def test_a_word_its_accusative_adjective_agrees_with_is_no_town():
    # قطبا اقتصاديا: an indefinite accusative noun and its nisba; a direction's accusative follows towns
    assert "قطبا" not in names("وتسعى الجهة إلى جعل مدينة العيون قطبا اقتصاديا في المنطقة.")
    assert "ضلكوت" in names("وتمتد السلسلة الجبلية من ولاية ضلكوت غربًا حتى مرباط شرقا.")
