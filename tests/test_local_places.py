"""Places that discovery reads from CLDR and the gazetteer's data, and towns that no gazetteer
names, read by where the news puts them (generator/extract/places.py, local_places.py), on
sentences written for these tests."""
from __future__ import annotations

from pathlib import Path

import yaml

from generator.extract.unknown import find_unknown_names


def places(text: str) -> dict[str, str | None]:
    return {p.name: p.name_en for p in find_unknown_names(text, []) if p.type == "place"}


def test_a_g_name_written_with_jim_is_the_same_place():
    assert places("صورت الأفلام في المكسيك وجواتيمالا.").get("غواتيمالا") == "Guatemala"
    assert places("وسافر المنتخب إلى أوروجواي الأسبوع الماضي.").get("أوروغواي") == "Uruguay"


def test_a_two_word_name_written_joined_is_the_same_place():
    # أبو, خان and أم are often written joined to the name's second word
    assert places("وتضررت قرى تابعة لمركز ابوقرقاص جنوب المحافظة.").get("أبو قرقاص") == "Abū Qurqāş"
    assert "خان يونس" in places("وصل النازحون إلى غرب خانيونس صباحا.")
    assert not places("وقال إن امكان الحل قائم، وإن ابوهم سافر.")


def test_a_city_in_a_year_after_fi_is_the_city():
    # "في جدة 2023" is the city that year (README); "قطر 2022" alone is the event's name
    assert "جدة" in places("وشارك الفريق في البطولة التي أقيمت في جدة 2023 بنجاح.")
    assert "قطر" not in places("وأشاد اللاعب بتنظيم قطر 2022 للبطولة.")


def test_a_city_whose_hamza_folds_onto_a_common_word():
    # سئول (Seoul) folds to سيول "floods": written without its hamza it is found only after a cue
    assert not places("جرفت سيول الأمطار عشرات المنازل.")
    assert places("وصل الوفد إلى سيول لإجراء محادثات.").get("سئول") == "Seoul"
    assert places("زار الرئيس الكوري سئول أمس.").get("سئول") == "Seoul"


def test_a_cldr_city_named_by_a_common_noun_with_the_article_is_word_like():
    # العيون (Laayoune) is "the eyes, the springs" as often: found only after a cue
    assert not places("وتتدفق مياه العيون في الوادي طوال الخريف.")
    assert places("وصل الوفد إلى العيون أمس.").get("العيون") == "El Aaiun"
    assert "الرياض" in places("وقال الوزير إن الرياض تدعم الاتفاق.")  # رياض "gardens" is rarer than the capital
    # so is places.yml's region الريف (the Rif), ريف "countryside" as often
    assert not places("وتعرضت قرى الريف الشمالي لقصف مدفعي، ويعاني الريف من العطش.")
    assert "الريف" in places("وتشهد مدن في الريف احتجاجات منذ أشهر.")


def test_continents_and_the_countries_of_the_united_kingdom():
    assert places("تراجعت مبيعات الشركة في أوروبا هذا العام.").get("أوروبا") == "Europe"
    found = places("ولد اللاعب في إنجلترا، وسرقت عصابة بنكا في أيرلندا الشمالية.")
    assert found.get("إنجلترا") == "England" and found.get("أيرلندا الشمالية") == "Northern Ireland"
    assert "أيرلندا" not in found


def test_states_and_cities_of_the_united_states_that_geonames_names_not_in_arabic():
    assert places("وسافر الوفد إلى تكساس ثم إلى سان فرانسيسكو.") == {"تكساس": "Texas", "سان فرانسيسكو": "San Francisco"}
    assert places("وعقد المؤتمر في نيويورك بحضور المستثمرين.") == {"نيويورك": "New York"}


def test_a_town_and_the_larger_place_it_is_in():
    assert "بلفاست" in places("سرقت عصابة مبلغا كبيرا من بنك في بلفاست بأيرلندا الشمالية.")
    assert "كيب كنافيرال" in places("انطلق الصاروخ من مركز الفضاء في كيب كنافيرال بولاية فلوريدا.")
    assert "المشرية" in places("وبدأ مشواره الدراسي بعد أن ولد بالمشرية (ولاية النعامة) عام 1945.")
    found = places("اقتحمت القوات أحياء في الخليل، وتقوع في بيت لحم، وعزون في قلقيلية، ومردا في سلفيت.")
    assert {"تقوع", "عزون", "مردا"} <= set(found)


def test_a_verb_with_a_clitic_before_a_place_is_no_town():
    # بلغت is "reached", not ب + لغت
    assert not {"لغت", "بلغت"} & set(places("حيث بلغت الحرارة في المغرب 47 درجة."))


def test_a_match_verb_with_a_clitic_is_no_town():
    # وقلص is "and narrowed", not و + a town قلص
    assert "قلص" not in places("وقلص بغداد سليمان النتيجة للفريق الزائر في الدقيقة 66.")


def test_a_common_word_after_a_preposition_is_no_town():
    assert not {"الاجتماع", "اجتماع"} & set(places("وعقد الوزير اجتماعا في الرياض بعد اجتماع في جدة."))


def test_a_facility_head_that_is_a_verb_leaves_the_country():
    assert places("وسجن ملك النمسا ملك إنجلترا بعد الحملة.").get("النمسا") == "Austria"


def test_a_quoted_name_after_a_place_word():
    assert "غوط رباح" in places("تفقد المحافظ منطقة «غوط رباح» بمدينة مرسى مطروح.")


def test_towns_named_like_nisbas_in_a_list_after_a_place_word():
    found = places("استهدف القصف سيارة مدنية بين بلدتي الشعيتية والقليلية جنوبي لبنان.")
    assert {"الشعيتية", "القليلية"} <= set(found) and "القليلية جنوبي" not in found


def test_a_division_the_iso_table_writes_vocalised():
    found = places("وتوقع المركز أمطارا على محافظات المحويت وحجة ومأرب خلال الساعات القادمة.")
    assert found.get("المحويت") == "Mahwit"


def test_a_known_place_after_a_place_word_is_read_whole():
    assert "رام الله" in places("التقى الوزير وفدا أوروبيا في مدينة رام الله، وبحث معه المساعدات.")
    assert "جنوب دارفور" in places("وصل الوفد إلى نيالا عاصمة جنوب دارفور أمس.")
    assert "محافظة شمال غزة" in places("وتتواصل الحملة في محافظة شمال غزة حتى الأحد.")


def test_a_division_named_by_a_common_word_is_a_lists_item():
    found = places("وتوقعت الأرصاد أمطارا على محافظات صعدة، حجة، ريمة، والبيضاء خلال الساعات القادمة.")
    assert found.get("حجة") == "Hajjah" and found.get("ريمة") == "Raymah"
    assert "حجة" not in places("وقدم المحامي حجة قوية أمام القاضي في صعدة.")
    assert "مبارك الكبير" in places("وتوزعت الفرق على الأحمدي وحولي والجهراء ومبارك الكبير، وفق الخطة.")


def test_a_facility_named_by_a_known_place_keeps_its_last_word():
    assert "ميناء جبل علي" in places("ورست السفينة في ميناء جبل علي صباح الأحد.")


def test_a_title_after_a_place_word_opens_no_place():
    found = places("واحتفلت مدينة الرئيس الراحل سعيد الهاشمي طرابلس بذكراه أمس.")
    assert "الرئيس الراحل" not in found and "مدينة الرئيس الراحل" not in found


def test_a_crossings_kind_after_its_name_stays_out():
    found = places("وأغلقت السلطات معبر رفح البري أمام المسافرين أمس.")
    assert "معبر رفح" in found and "معبر رفح البري" not in found


def test_a_direction_of_a_place_named_after_it_is_no_region():
    # "المنطقة الغربية بالقرية": the western part of the village, no region's name
    assert not places("وتضررت خاصة المنطقة الغربية بالقرية من انقطاع المياه.")
    assert "المنطقة الشرقية" in places("وتشمل الأمطار المنطقة الشرقية، وتستمر حتى الغد.")


def test_a_region_named_by_its_place_word_and_a_direction():
    assert "المنطقة الوسطى" in places("وافتتح المحافظ ثلاث مدارس في المنطقة الوسطى خلال الشهر الماضي.")
    assert "المنطقة الشمالية" in places("وتتأثر المنطقة الشمالية بموجة برد مساء الخميس.")
    assert not any(p.startswith("المنطقة") for p in places("وانتقل الفريق إلى المنطقة الشرقية الجديدة للمدينة."))


def test_an_outlets_credit_before_a_dash_is_no_town():
    assert "المؤتمرنت" not in places("المؤتمرنت -\nتعز.. فتح طريق جولة القصر")


def test_a_quarter_a_camp_and_a_street_keep_their_head():
    found = places("وأصيب ثلاثة شبان في حي الزيتون، واقتحمت القوات مخيم بلاطة فجرا، فيما أغلقت الشرطة شارع "
                   "بغداد وسط المدينة وشارع محمد الخامس.")
    assert "حي الزيتون" in found and "الزيتون" not in found  # olives, not a place, without its head
    assert "مخيم بلاطة" in found and "بلاطة" not in found
    assert "شارع بغداد" in found and "بغداد" not in found  # a street, not the city
    assert "شارع محمد الخامس" in found
    # with the article they are the quarter, the street of the sentence, no name
    assert not places("وخرج سكان الحي إلى الشارع الرئيسي للاحتجاج.")


def test_a_division_named_by_a_direction_and_a_place_is_whole():
    found = places("وبالتعاون بين محافظة شمال سيناء وجامعة العريش تم استلام الموقع.")
    assert "محافظة شمال سيناء" in found and "محافظة شمال" not in found and "سيناء" not in found
    assert "ولاية جنوب دارفور" in places("وزار الوفد ولاية جنوب دارفور أمس.")


def test_the_other_items_of_a_list_that_names_a_known_place():
    # A list's items are of one kind: after a known place, rare words joined by و, commas or dashes
    # are places too, a value after an item (a weather table's) does not end the list.
    found = places("وتراوحت درجات الحرارة بين 28 في بغداد وبابل 29، ديالى 30 وميسان 31.")
    assert {"بابل", "ديالى", "ميسان"} <= set(found)
    found = places("وتجري الانتخابات في محافظات القاهرة – القليوبية – الدقهلية – المنوفية – الجيزة.")
    assert {"القليوبية", "الدقهلية", "المنوفية"} <= set(found)
    # A place the gazetteer has that is a word too is one in such a list, with its English name.
    assert places("هطلت أمطار غزيرة على الرياض، جازان، عسير والباحة.").get("جازان") == "Jizan"


def test_the_gazetteers_places_listed_before_a_known_place():
    # word-like regions (found only after a cue) listed before a known place are its list's items
    found = places("وتشمل التحذيرات مناطق عديدة تضم جازان، عسير، الباحة، ومكة المكرمة.")
    assert {"جازان", "عسير", "الباحة", "مكة المكرمة"} <= set(found)
    # read back only over a list's marks, and only the gazetteer's places: a rare word may end a clause
    found = places("قال المتحدث كرتالي، إن الوفد وصل إلى بغداد أمس.")
    assert "كرتالي" not in found


def test_a_comma_or_an_adjective_after_a_known_place_opens_no_list():
    assert set(places("وصل الوزير إلى الرباط، مستذكرا زيارته الأولى قبل عامين.")) == {"الرباط"}
    assert "الساحلية" not in places("ويكون الطقس حارا في الأغوار والمناطق السهلية والساحلية.")
    assert "الساحلية" not in places("ويكون الطقس حارا في الأغوار والساحلية.")


def test_a_word_for_a_district_that_is_a_common_word_too():
    # مديرية is a directorate too, محلية "local", ناحية "side": a district only before a place's name
    assert "حيفان" in places("وصلت القافلة إلى مديرية حيفان صباح أمس.")
    # a direction and a place keep the district's word: "شمال الخرطوم" alone reads as a direction
    assert "محلية شمال الخرطوم" in places("افتتح المعتمد مدرسة في محلية شمال الخرطوم.")
    assert not places("أعلنت مديرية التربية عن موعد الامتحانات، وقالت مصادر محلية إن الوضع هادئ.")
    assert not places("من ناحية ثبوته أو عدمه، و625 شركة محلية ستعرض منتجاتها.")
    # a place's opener (بني، بيت) and a bare word no common one name a district as rare words do
    assert "بني حماد" in places("وانهارت منازل في عزلة بني حماد بعد الأمطار.")
    assert not places("وقال مدير مديرية بيت المال إن الرواتب صرفت.")


def test_a_district_word_that_heads_bodies_too_before_a_known_place():
    # Egypt's مركز and the Maghreb's دائرة name a district before a known place whose name ends there
    def organisations(text: str) -> set[str]:
        return {p.name for p in find_unknown_names(text, []) if p.type == "organization"}

    text = "انقطعت الكهرباء عن ثلاث قرى تابعة لمركز فاقوس، وقال رئيس دائرة معسكر إن الأشغال تنتهي غدا."
    assert {"فاقوس", "معسكر"} <= set(places(text)) and not organisations(text)
    # with a purpose or an adjective after the place, or before no known place, the word heads a body
    assert "مركز دبي المالي العالمي" in organisations("افتتح الوفد مكتبا في مركز دبي المالي العالمي.")
    assert "أبوظبي" not in places("نظم مركز أبوظبي للغة العربية ندوة أمس.")
    assert not places("زار الوزير مركز الثلاسيميا واجتمع بمدير دائرة المشاريع.")


def test_a_town_whose_name_is_a_word_too_behind_bi_is_the_place():
    # ب "in" places it as في does: بالمنيا، بحولي (both word-like, found only after a cue)
    assert "المنيا" in places("توقفت الحافلات بالمنيا، وعادت مساء.")
    assert "المنيا" in places("توقفت الحافلات في المنيا، وعادت مساء.")


def test_a_definite_noun_behind_wa_is_no_town_inside_a_larger_place():
    # "والأعطال بالمنيا": و joins the noun to the one before it, no town in Minya
    found = places("تأخر العمل بسبب الصيانة والأعطال بالمنيا، وقال المسؤول إنه سينتهي.")
    assert "الأعطال" not in found and "المنيا" in found
    # a bare rare word behind و is still a town in one ("وتقوع في بيت لحم")
    assert "دورقا" in places("اعتقلت القوات شابين من الخليل ودورقا بمحافظة الخليل.")


def test_a_governor_names_his_governorate_and_a_dual_district_word_lists_two():
    # محافظ and والي are a division's head as رئيس is a country's: a word-like region after them is the place
    assert "مطروح" in places("وقال محافظ مطروح إن الطرق فتحت.")
    assert not places("وقال محافظ البنك المركزي إن الاحتياطي مستقر.")
    # عزلتي, the dual of عزلة (a Yemeni sub-district), lists the two after it
    assert "نخلان" in places("وجرفت السيول المدرجات في عزلتي نخلان والنقيلين.")


def test_wa_and_a_common_word_is_no_second_word_of_a_listed_town():
    # "والمخادر وريف إب": و joins the next item (ريف "countryside" is a word), no town "المخادر وريف"
    found = places("جرفت السيول الأراضي في مديريات القفر والمخادر وريف إب.")
    assert "المخادر" in found and "المخادر وريف" not in found


def test_towns_in_brackets_after_a_dual_written_with_its_shadda():
    # "بلدتيّ (X، وY)": the shadda the analysis leaves outside the word is no punctuation
    found = places("وقصفت المدفعية بلدتيّ (كفرنبودة، وتل شغيب) صباح أمس.")
    assert {"كفرنبودة", "تل شغيب"} <= set(found)


def test_a_places_opener_behind_wa_opens_the_lists_next_town():
    # "وتل مصيبين": و, the opener تل and a rare word are the next town, not a second word of the first
    found = places("وقصفت المدفعية بلدتي (كفرنبودة، وتل شغيب) صباح أمس.")
    assert "تل شغيب" in found and not any("وتل" in name for name in found)


def test_districts_listed_after_their_plural_with_commas():
    found = places("وشملت الحملة مديريات “حيفان، المقاطرة، الوازعية” جنوب المحافظة.")
    assert {"حيفان", "المقاطرة", "الوازعية"} <= set(found)


def test_a_village_named_like_a_nisba_after_its_place_word():
    assert "الهويدية" in places("ولد الشاعر في قرية الهويدية شمال المدينة.")
    assert "البريطانية" not in places("وعاد إلى العاصمة البريطانية أمس.")


def test_rivers_mountains_fields_and_castles_are_named_by_their_head():
    assert "جبال زاغروس" in places("وتمتد جبال زاغروس عبر إيران.")
    assert "نهر عطبرة" in places("وصلت المياه من منطقة نهر عطبرة إلى المدينة.")
    assert "نهر" not in places("وصلت المياه من منطقة نهر عطبرة إلى المدينة.")
    assert "قلعة حلب" in places("زار الوفد قلعة حلب القديمة.")
    assert not places("سقط الجنود في ساحة المعركة، ويعمل أخوه في حقل التعليم.")


def test_in_a_list_of_towns_wa_opens_the_next_town():
    found = places("أوقفت الشرطة مصلين في بلدتي نتسودجيني وإيكوني وفومبوني وإحالتهم إلى المخفر.")
    assert {"نتسودجيني", "إيكوني", "فومبوني"} <= set(found)
    assert not any(" " in name for name in found) and "إحالتهم" not in found


def test_a_direction_adjective_after_a_place_is_the_places_own():
    # A region or division named by a place and a direction's adjective is one place, not the
    # larger place the first word names; two directions (the one between) are both kept.
    # The two words are the name, without the division's word (the evaluation set's convention);
    # a direction alone keeps it.
    found = places("ووصلت القافلة إلى ولاية الحوض الغربي مساء أمس.")
    assert "الحوض الغربي" in found and not {"ولاية الحوض الغربي", "ولاية الحوض"} & set(found)
    found = places("وارتفعت البطالة في إقليم الشمال الشرقي خلال العام.")
    assert "إقليم الشمال الشرقي" in found
    # A known place keeps its English name only when nothing is added to it.
    assert places("ووصل الوزير إلى نواكشوط الجنوبية ليلا.") == {"نواكشوط الجنوبية": None}


def test_a_common_noun_head_takes_no_adjective_as_a_name():
    # قلعة، نهر، ميدان، حقل are common nouns: an indefinite adjective or a common noun after them
    # describes the thing, only a word wordfreq hardly knows names it
    assert not places("احتمى الرعاة في قلعة منيعة ثم عبروا نهر عميق نحو ميدان رحب.")
    assert not places("انفجر لغم في حقل ألغام، وصعد المتسلقون جبال وعرة.")
    assert "جبال زاغروس" in places("وتمتد جبال زاغروس عبر إيران.")


def test_a_district_word_takes_no_agreeing_adjective_as_a_place():
    # every district word is feminine: a bare word in ة after it is its adjective
    assert not places("يعيش القرويون في عزلة مطبقة منذ سنوات.")
    assert not places("ومن ناحية مناقضة رفض الوزير الاقتراح.")
    assert "حيفان" in places("وصلت القافلة إلى مديرية حيفان صباح أمس.")


def test_a_direction_adjective_after_the_genitive_of_a_noun_is_the_nouns():
    # "حدود X الجنوبية" are X's southern borders, not a place "X الجنوبية"
    found = places("وانتشر الجيش على حدود موريتانيا الشرقية وقرب سواحل تونس الجنوبية.")
    assert not any(name.endswith(("الشرقية", "الجنوبية")) for name in found)
    assert places("ووصل الوزير إلى نواكشوط الجنوبية ليلا.") == {"نواكشوط الجنوبية": None}


def test_a_list_after_a_plural_stops_at_a_comma_no_wa_closes():
    found = places("وقال سكان في قرى العطيفية، محذرة من نزوح العائلات.")
    assert set(found) == {"العطيفية"}
    found = places("وشمل المشروع محليات تلس، قريضة، ورهيد البردي.")
    assert {"تلس", "قريضة"} <= set(found)


def test_a_list_after_a_plural_place_word_names_known_places_too():
    # a known place, a word too (صعدة), is one of the list's items, in brackets too
    assert {"صعدة", "المحويت", "تعز"} <= set(places("وتوقعت الهيئة أمطارا على محافظات (صعدة، المحويت، تعز) غدا."))
    assert {"صعدة", "المحويت", "تعز"} <= set(places("وتوقعت الهيئة أمطارا على محافظات صعدة، المحويت، تعز غدا."))
    # an item known alone that a longer name goes on from is not cut from it
    assert "رهيد" not in places("وشمل المشروع محليات تلس، قريضة، ورهيد البردي.")


def test_a_municipality_is_read_one_way():
    # بلدية is an organisation's head only (unknown.yml says why), so scan order decides nothing
    data = yaml.safe_load((Path(__file__).parent.parent / "generator/data/unknown.yml").read_text(encoding="utf-8"))
    assert not set(data["organization_cues"]) & set(data["place_cues"])
    found = {p.name: p.type for p in find_unknown_names("وقال رئيس بلدية الغبيري إن الأضرار كبيرة.", [])}
    assert found == {"بلدية الغبيري": "organization"}


def test_a_place_word_takes_two_words_general_arabic_hardly_knows():
    assert "دوقمار زنبيلة" in places("وشب حريق في بلدة دوقمار زنبيلة مساء أمس.")
    # not a word behind و (the town's villages), nor an indefinite nisba before the name
    assert "دوقمار" in places("ووصل الوفد إلى بلدة دوقمار وقراها.")
    assert "إنجامينا" in places("زار الوزير العاصمة اتشادية انجامينا أمس.")


def test_a_time_adverb_or_a_known_place_is_no_towns_second_word():
    assert "دوقمار" in places("وشهدت بلدة دوقمار غداة القصف حركة نزوح.")
    assert "دوقمار غداة" not in places("وشهدت بلدة دوقمار غداة القصف حركة نزوح.")
    assert set(places("وزار الوفد بلدة دوقمار زاخو أمس.")) == {"دوقمار", "زاخو"}


def test_a_known_place_after_a_place_word_ends_before_the_next_noun():
    found = places("وقال مدير الصحة في محافظة الأنبار المهندس سامر خليل إن العمل مستمر.")
    assert "الأنبار" in found and "محافظة الأنبار المهندس" not in found
    assert "ولاية النيل الأبيض" in places("ووصل الوفد إلى ولاية النيل الأبيض أمس.")


def test_a_plural_noun_is_no_town():
    # a plural place word, and sound plurals with the article whose singular is a word (صيدلية، مزارع)
    assert places("وقصف الاحتلال مدن وبلدات في القطاع.") == {}
    assert set(places("اتخذت البلدية قرارا بإغلاق المخابز والصيدليات في صيدا.")) == {"صيدا"}
    assert set(places("واجتمع الوزير مع الصيادين والمزارعين في عدن أمس.")) == {"عدن"}


def test_an_indefinite_plural_participle_is_no_towns_second_word():
    # نازحين، مسلحين: sound plurals of participles general Arabic knows, the next phrase.
    assert "دوقمار" in places("واستقبلت بلدة دوقمار نازحين كثرا من الريف.")
    assert "دوقمار نازحين" not in places("واستقبلت بلدة دوقمار نازحين كثرا من الريف.")
    assert "دوقمار مسلحين" not in places("وشهدت بلدة دوقمار مسلحين ملثمين في الشوارع.")
    # A town's own word in -ين (مصرين: no participle's shape) stays.
    assert "معرة مصرين" in places("وتعرضت بلدة معرة مصرين لقصف عنيف.")


def test_the_country_a_city_or_a_region_is_in():
    from generator.extract.places import place_countries
    from generator.text.orthography import fold
    countries = place_countries()
    assert countries[fold("القيروان")].name_en == "Tunisia"  # a GeoNames city
    assert countries[fold("بغداد")].name_en == "Iraq"  # a CLDR time zone's city
    assert countries[fold("نينوى")].name_en == "Iraq"  # an ISO 3166-2 governorate


def test_a_local_place_named_by_a_word_of_middling_frequency_keeps_its_division_word():
    # نزهة "outing" and بشرى "good news" are written with and without the article often enough
    # (places.yml division_word_zipf) to be words: the division's word stays in the name; a rare
    # town's name after a division's word is proposed bare
    found = places("وواصلت فرق البلدية أعمال الصيانة في منطقة النزهة، كما شملت الحملة منطقة بشرى وبلدة القويسمة.")
    assert "منطقة النزهة" in found and "منطقة بشرى" in found and "القويسمة" in found
    assert "النزهة" not in found and "بشرى" not in found


def test_a_daira_or_a_constituency_is_a_district_and_a_department_is_no_place():
    # دائرة before rare words is a district (unknown.yml district_cues): the bare name is the place
    found = places("وأعلنت اللجنة المشرفة على الانتخابات بدائرة سنهور النتائج، وزار الوالي دائرة تيمقاد.")
    assert "سنهور" in found and "تيمقاد" in found
    # before a word of general Arabic, in a Persian keyboard's letters too, it is a department
    proposed = {p.name: p.type for p in find_unknown_names("قامت البلدية ممثلة في دائرة المشاریع والصیانة بتنفیذ الأعمال.", [])}
    assert "المشاریع" not in proposed


def test_moroccos_regions_are_read_whole():
    # a region named by its cities (places.yml regions) is one place, not its first city
    found = places("وزار الوفد جهة طنجة تطوان الحسيمة ثم انتقل إلى جهة العيون الساقية الحمراء.")
    assert found.get("طنجة تطوان الحسيمة") == "Tanger-Tetouan-Al Hoceima"
    assert found.get("العيون الساقية الحمراء") == "Laâyoune-Sakia El Hamra"
    assert "طنجة" not in found and "العيون" not in found


def test_a_place_named_by_a_common_noun_keeps_the_nisba_after_it():
    # after a place word, a common noun and its adjective are the name (منطقة السوق الشعبي); a
    # country's nisba after it describes the place (مدينة العين الإماراتية), no part of its name
    found = places("ودارت اشتباكات في منطقة السوق المركزي ثم امتدت إلى مدينة الصدر الشرقية.")
    assert "منطقة السوق المركزي" in found and "منطقة السوق" not in found
    assert "مدينة العين" in places("وأقيم الحفل في مدينة العين الإماراتية أمس.")


def test_a_quarter_named_by_a_common_word_keeps_its_head():
    # حي before a word of general Arabic (الصحافة "the press") is part of the quarter's name
    found = places("وسقطت قذائف على حي الصحافة جنوبي المدينة.")
    assert "حي الصحافة" in found and "الصحافة" not in found
