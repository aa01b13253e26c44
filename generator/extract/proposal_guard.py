"""A last look at each candidate before discovery proposes it: what every cue of finder.py,
organisations.py and local_places.py may leave on a name's edges, read by grammar rather than by
lists of words seen in a few texts.

- A name does not run across a blank line: "طلائع الجيش – الإنتاج الحربي ⏎⏎ الجمعة 29 نوفمبر" is
  the club, and the weekday opens the next paragraph (a masthead may break a name over two lines:
  "المركز العربي ⏎ للبحوث والدراسات").
- A verb is no part of a name: a verb in the present or the future, a past plural, or a past of
  the forms that start with a connecting alef (استعد، اعتصموا), found by its present (يستعد) being
  a word of general Arabic; at the end of a name ("آبل ستؤجل", "جلوبال مانجمنت استعد") it is the
  next clause, at the start of an organisation's ("قرر الاتحاد الأردني") the clause before.
- A word that describes the holder of a name in time (السابق، الأسبق، الحالي، البالغ) follows the
  name, it does not end it: "محافظ صلاح الدين السابق", "مجلس النواب الأسبق", "مارك روان البالغ من
  العمر" (unknown.yml `after_name_descriptors` and `time_descriptors`).
- A nisba alone is an adjective, not an organisation: "(كردي)", "(سني)" after a name say what
  its bearer is; general Arabic writes a nisba's feminine (كردية، سنية), not a brand's (سوني،
  هواوي).
- A person's name does not start with a verb (ارتفعت بنسبة; "وزير الخارجية الروسي يستهل جولة": a
  present general Arabic writes with either person's prefix) nor go on past a word that carries a
  preposition general Arabic writes it without (جاهزون لمواجهة البرازيل); a place keeps no
  clitic its gazetteer name lacks (بأم درمان is أم درمان).
- A person's name does not end on a preposition (name_guard.yml: داخل، وسط): "السيدة نفيسة وسط
  القاهرة" is نفيسة, and the place after it.
- Words with no given name among them, one a verb in the present or a noun with its pronoun (اكتسبه
  زخمه، بمفرده بفارق) and the others words of general Arabic, are a phrase: a name's words take no
  pronoun. (Pasts are not read so: many a foreign name's word is one, تيم كوك: يتيم.)
- A past verb of the form أفعل with a weak last letter (أبدى، أجرى) after a name is the next clause,
  and so is a feminine past (التحضيرات اكتملت: يكتمل); given names in ت (حكمت، رفعت) are names. (A
  past read by its present, ي + the word, is no test there: يديه "his hands" makes أبو ديه a verb.)
- A family name that is also a city's (محمد سامر الخليل) belongs to the person named just before
  it, joined by a single space: the two candidates are one person.
- Two heads of bodies, the second with the article and nothing after (هيئة المحكمة، مجلس
  النقابة), name an organ of a body, not a body of its own; so do a council, board or committee
  named by what its members do or the division it serves (مجلس الإدارة، هيئة الدفاع، مجلس المحافظة).
- A given name that is also a common word, with one common word after it that completes it as
  a phrase, is that phrase: a frequent definite noun, its genitive, with no cue for a person
  before them (جني التمور "the date harvest", أمل الشفاء), or a frequent feminine adjective
  after any cue, as for words that are no given names (وزيرة أمينة عامة). A rare or name-like
  second word keeps the name (أمل عرفة، أمل الشامي).
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from generator.extract.dates.calendars.gregorian import weekday_words
from generator.extract.dates.lexicon import section
from generator.extract.dates.tense import is_present_verb
from generator.extract.longer_names import QUOTES, inside_quoted_name, outlet_words
from generator.extract.organisations import load_organisation_cues
from generator.extract.places import capital_named_like, capital_words, load_local_place_cues, noun_of_general_arabic
from generator.extract.finder import feminine_nisba, name_key, stem_in, token_is_nisba, zipf
from generator.text import orthography
from generator.text.name_guard import load_guard

_FINAL_ALEF_MAQSURA = ("ى", "ی")
_ARABIC_WORD = re.compile(f"[{orthography.ARABIC_LETTER}]+")


def checked(finder, found: list) -> list:
    """The candidates of one text (finder.py's Found, in text order) with what is not a name
    taken off their edges; those left without a name are dropped."""
    out = []
    longer_openings = {tuple(t.word for t in finder.tokens[f.start:f.start + 2]) for f in found if f.end - f.start > 2}
    in_people = {k for f in found if f.type == "person" for k in range(f.start, f.end)}
    # Rules first: a word the tagger took does not stop a rule's reading from taking it (the city
    # after "هلال" makes the club "هلال كسلا" though the tagger proposed "هلال"); _rules_first drops
    # the tagger's candidate then.
    taken = {k for f in found if not f.tagged for k in range(f.start, f.end)}
    for candidate in _capitals_named_by_country(finder, _family_name_after_given_names(finder, _given_names_before(finder, _family_names_joined(finder, _named_after_a_person(finder, found))))):
        candidate = _trimmed(finder, _particle_completed(finder, candidate))
        candidate = _club_with_its_nisba(finder, _outlet_named_by_its_tail(finder, _club_named_by_its_city(finder, candidate, taken), taken), taken)
        if (candidate is not None and not _body_read_as_person(finder, candidate) and not _month_read_as_person(finder, candidate)
                and not _nisba_alone(finder, candidate) and not _in_a_clubs_name(finder, candidate)
                and not _common_word_behind_clitic(finder, candidate) and not _family_name_after_given_name(finder, candidate)
                and not _in_a_works_title(finder, candidate) and not _in_a_bodys_name(finder, candidate)
                and not _generic_source(finder, candidate) and not _organ_of_a_body(finder, candidate, longer_openings)
                and not _verb_read_as_place(finder, candidate) and not _common_word_phrase(finder, candidate)
                and not _clause_after_a_head(finder, candidate)
                and not _phrase_read_as_person(finder, candidate) and not _adjective_read_as_place(finder, candidate)
                and not _nisba_of_the_name_before(finder, candidate, in_people)
                and not _verbal_noun_read_as_facility(finder, candidate)
                and not _number_read_as_person(finder, candidate)
                and not _preposition_read_as_given_name(finder, candidate)
                and not _category_of_goods(finder, candidate) and not _weekday_alone(finder, candidate) and not _noun_phrase_read_as_person(finder, candidate)
                and not _team_described(finder, candidate) and not _place_in_a_quoted_name(finder, candidate)):
            out.append(candidate)
    return _without_glued_references(finder, _rules_first(out))


def _rules_first(candidates: list) -> list:
    """The candidates without those the tagger added over a word a rule's candidate took after
    all (a city read with the club's first word before it): where both read a word, the rules win,
    as where the tagger adds its names (name_tagger.with_tagged)."""
    by_rules = {k for c in candidates if not c.tagged for k in range(c.start, c.end)}
    return [c for c in candidates if not c.tagged or not any(k in by_rules for k in range(c.start, c.end))]


def _particle_completed(finder, candidate):
    """A place's or a body's name that ends on a name particle (بن، عبد، بنت، أبو) goes on over the
    word the particle joins to it: "ستاد سعود بن عبد" is "ستاد سعود بن عبد الرحمن", "جامعة الأميرة
    نورة بنت" is "... بنت عبد الرحمن" (a person's name is read to its end by finder.py)."""
    tokens, end = finder.tokens, candidate.end
    if candidate.type not in ("place", "organization"):
        return candidate
    while (end < len(tokens) and end - candidate.start < finder.cues.max_words
           and tokens[end - 1].word in finder.cues.particles and tokens[end].gap == " " and tokens[end].word.isalpha()):
        end += 1
    return candidate if end == candidate.end else replace(candidate, end=end)


def _trimmed(finder, candidate):
    tokens, start, end = finder.tokens, candidate.start, candidate.end
    for k in range(start + 1, end):
        if tokens[k].gap.count("\n") >= 2:
            end = k
            break
    # A ta marbuta ends a word: inside one it marks two words written without their space
    # (اللجنةالإعلامية، مجلس الإدارةأحمد ذكي), a typing slip no name is read through.
    end = next((k for k in range(start, end) if "ة" in tokens[k].plain_stems[0][:-1]), end)
    if end <= start:
        return None
    if candidate.type == "person":
        end = next((k for k in range(start + 1, end) if _preposition_glued(finder, tokens[k])), end)
        if _feminine_past(finder, tokens[start]) or _dual_in_construct(finder, tokens[start]):
            start = end  # ارتفعت بنسبة، غرفتي صناعة عمان: a clause or a noun phrase, not a name
        elif end - start > 1 and finder.verb_like(tokens[start], past=False, other_person=True):
            start += 1  # يستهل جولة، اعتصموا داخل: the verb before a name, or a clause
    while end - start > 1 and candidate.type in ("person", "organization") and (
            _descriptor(finder, tokens[end - 1]) and not candidate.as_written  # a credit's name: الرأي الجديد
            and not _before_a_pause(tokens, end)  # النائب عامر الفايز، الذي: a family name written as the participle
            or finder.verb_like(tokens[end - 1], past=False) and not _place_ending_a_body(finder, candidate, end)
            or _present_with_object(tokens[end - 1])):
        end -= 1
    while (candidate.type == "organization" and end - start > 2 and tokens[end - 2].plain_article
           and _indefinite_noun_joined(finder, tokens[end - 1])):
        end -= 1  # وزارة الإعلام وإلغاء الترخيص: a bare noun joined after the name is the sentence's
    while end - start > 1 and candidate.type in ("person", "organization") and _adverbial_accusative(finder, tokens[end - 1]):
        end -= 1  # الفريق هجوميا، الفريق جزءًا: an adverb or an accusative after a name is the sentence's
    if candidate.type == "person" and end - start > 1 and _adverbial_accusative(finder, tokens[start]):
        start += 1  # ناطقا رسميا: an accusative opens no name
    while (candidate.type == "person" and end - start > 1 and tokens[end - 1].plain_article
           and not tokens[start].plain_stems[-1].endswith("ة")  # a woman's family name may be one: سعيدة العلوية
           and tokens[end - 1].plain_stems[0].endswith("ة") and feminine_nisba(tokens[end - 1].plain_stems[0][2:], finder.cues)):
        end -= 1  # مليشيا الحوثي والمخلوع صالح الانقلابية: a feminine adjective agrees with a noun before the name
    while (candidate.type == "person" and end - start > finder.cues.min_person_words
           and _role_opening_a_title(finder, end - 1)):
        end -= 1  # بافل يوسف نائب رئيس الوكالة: the role after a name opens its title
    if candidate.type == "person":  # نفيسة وسط القاهرة، اعتصموا داخل: a preposition opens the phrase after a name
        end = next((k for k in range(start + 1, end) if finder.preposition(tokens[k])
                    and finder.given_at(k) != 2  # not a name in two words: كرم الله حامد خلف الله
                    and not (k == end - 1 and _before_what_was_said(finder, end))), end)  # عصام بن عبدالله خلف بأن
        while end - start > 1 and (_defective_past(finder, tokens[end - 1]) or _feminine_past(finder, tokens[end - 1])):
            end -= 1  # بايدن أبدى لبوتين قلقه، التحضيرات اكتملت: the verb after a name, or a clause
    if (candidate.type == "place" and end - start == 1 and candidate.place is None and end < len(tokens)
            and tokens[end].gap == " " and _adverbial_accusative(finder, tokens[end])
            and tokens[end].plain_stems[0][:-1] not in load_local_place_cues().directions
            and not finder.place_at(start, known_too=True)):
        return None  # جعل المدينة قطبا علميا: a noun its accusative adjective agrees with; not "ضلكوت غربًا"
    while candidate.type == "place" and end - start > 1 and (
            finder.noun_with_pronoun(tokens[end - 1]) or _feminine_past(finder, tokens[end - 1])
            or _defective_past(finder, tokens[end - 1]) or tokens[end - 1].tanwin and not tokens[end - 1].covered):
        end -= 1  # بالعاصمة مقديشو جلسته الأولى، مدينة أنجمينا لبست ثوبا، بولاية عبري احتفاءً: the sentence's
    while candidate.type == "organization" and end - start > 1 and (
            _feminine_past(finder, tokens[end - 1]) or _defective_past(finder, tokens[end - 1])):
        end -= 1  # وكالة ارنا فسحت المجال: a past verb after a body's name is the next clause
    if candidate.type == "organization" and end - start > 1 and (
            finder.verb_like(tokens[start], past=False) or finder.verb_first(tokens[start])):
        start += 1
    if candidate.type == "organization" and end - start > 1 and (acted := _acted_on_body(finder, start)):
        if acted == "plural":
            return None  # بتنظيم المكاتب الخاصة: organising offices names no body
        start += 1  # إعادة تنظيم المركز السينمائي المغربي: the centre is the name
    while (candidate.type == "person" and end - start > finder.cues.min_person_words
           and orthography.name_key(tokens[start].word) in load_guard().function_words
           and not finder.given_word(tokens[start], finder.cues.given_names)):  # علي, not على
        start += 1  # افادت به كاميليا اللومي: a preposition with its pronoun before the name
    if (start, end) == (candidate.start, candidate.end):
        return candidate
    if candidate.type == "person" and end - start < finder.cues.min_person_words:
        return None
    if candidate.type == "organization" and end - start == 1 and finder.head_at(start) is not None:
        return None  # the head noun alone (مجلس) names nothing
    inside = (lambda k: k if k is not None and start <= k < end else None)
    return replace(candidate, start=start, end=end, head=inside(candidate.head), short=inside(candidate.short),
                   conjunction=candidate.conjunction and start == candidate.start)


def _place_ending_a_body(finder, candidate, end: int) -> bool:
    """A place the gazetteer knows ends a body's name, whatever verb its letters also spell (مصنع
    سكر سنار: سنار reads as س + a present too)."""
    place = finder.place_at(end - 1, known_too=True) if candidate.type == "organization" else None
    return place is not None and place[0] == end


def _indefinite_noun_joined(finder, token) -> bool:
    """A word of general Arabic (rare_zipf) joined by و without the article (وإلغاء، وبكلفة،
    وسرعة): after a name that ends on a definite genitive it opens the next phrase, as a second
    noun of the name would carry the article (وزارة الثقافة والشباب) or its own genitive after it
    (وتكنولوجيا المعلومات, where the candidate goes on). Given names and places are left alone."""
    whole, rest = token.plain_stems[0], token.plain_stems[-1]
    if (token.article or token.covered or len(token.plain_stems) < 2 or whole[:1] != "و"
            or any(mark in token.gap for mark in _QUOTE_MARKS) or len(rest) < 3):
        return False
    if finder.given_word(token, finder.cues.given_names) or finder.gazetteer.lookup((token.stems[-1],)):
        return False
    return zipf(rest) >= finder.cues.rare_zipf and not rest.startswith("ال")


def _adverbial_accusative(finder, token) -> bool:
    """An indefinite accusative, which is no name's word: written with its tanwin (جزءًا، محافظًا),
    or a nisba with the alef of the accusative (هجوميا، رسميا: هجومي and its feminine هجومية are
    words of general Arabic, as often as unknown.yml's nisba_feminine_zipf: هجومي 3.2، هجومية 3.5) that no gazetteer names (تركيا، ألمانيا are countries) and no given
    name is (ثريا)."""
    if token.article or token.covered:
        return False
    if token.tanwin:
        return True
    plain = token.plain_stems[0]
    if len(token.stems) > 1 or not plain.endswith("يا") or len(plain) < 5:
        return False
    cues = finder.cues
    nisba = plain[:-1]
    return (zipf(nisba) >= cues.nisba_feminine_zipf and zipf(nisba + "ة") >= cues.nisba_feminine_zipf
            and not finder.given_word(token, cues.given_names) and not finder.gazetteer.lookup((token.word,)))


def _nisba_of_the_name_before(finder, candidate, in_people: set[int]) -> bool:
    """A country whose name is a feminine nisba (السعودية) right after a company's or a brand's
    name, one space or a closing quote apart, is that name's adjective: "أرامكو السعودية"،
    "شركة “أرامكو” السعودية". The word before is a bare name (no article, clitic, given name or
    word of general Arabic as frequent as weak_cue_zipf) and no person's: after a person's name
    the country is the verb's object ("يزور الرئيس جو بايدن السعودية")."""
    if candidate.type != "place" or candidate.end - candidate.start != 1 or candidate.start == 0 or candidate.conjunction:
        return False
    tokens, cues = finder.tokens, finder.cues
    token, before = tokens[candidate.start], tokens[candidate.start - 1]
    if not token_is_nisba(token) or not token.word.endswith(("يه", "ية")) or len(token.stems) > 1:
        return False
    if token.gap.strip(" " + "".join(_QUOTE_MARKS)) or candidate.start - 1 in in_people:
        return False
    return (not before.article and len(before.stems) == 1 and before.word.isalpha()
            and not finder.given_word(before, cues.given_names) and not finder.verb_like(before, past=False)
            and orthography.name_key(before.word) not in load_guard().function_words
            and zipf(before.written) < cues.weak_cue_zipf)


def _verbal_noun_read_as_facility(finder, candidate) -> bool:
    """A facility's head that is a verbal noun too (unknown.yml facility_verbal_nouns: سجن) before
    its object is the act, no place: a noun with its pronoun (سجن موكله "his client's
    imprisonment"), a definite sound plural (سجن المسؤولين) or a given name (سجن نوح زعيتر)."""
    if candidate.type != "place" or candidate.end - candidate.start < 2:
        return False
    tokens, cues = finder.tokens, finder.cues
    head, after = tokens[candidate.start], tokens[candidate.start + 1]
    if head.article or not set(head.stems) & cues.facility_verbal_nouns or after.covered:
        return False
    plain = after.plain_stems[0]
    plural = after.plain_article and plain.endswith(("ين", "ون")) and len(plain) >= 7 and zipf(plain[2:-2]) >= cues.rare_zipf
    pronoun = next((plain[:-len(e)] for e in ("ها", "هم", "ه") if plain.endswith(e) and len(plain) - len(e) >= 3), "")
    with_pronoun = bool(pronoun) and not after.article and zipf(pronoun) >= max(zipf(plain), cues.name_after_common_head_zipf)
    return finder.possessed(after) or with_pronoun or plural or finder.given_word(after, cues.given_names)


def _acted_on_body(finder, k: int) -> str:
    """"singular" or "plural" when token k is a head that is a verbal noun too (unknown.yml
    verbal_noun_heads: تنظيم) before a body's head with the article, or its plural (unit_heads):
    the act of organising that body, or bodies; "" otherwise."""
    tokens, cues = finder.tokens, finder.cues
    head, after = tokens[k], tokens[k + 1]
    if head.article or not set(head.stems) & cues.verbal_noun_heads or not after.plain_article or after.gap != " ":
        return ""
    bare = {s.removeprefix("ال") for s in after.stems}
    if bare & cues.organization:
        return "singular"
    return "plural" if bare & cues.unit_heads and not bare & {"شؤون", "شئون"} else ""


def _preposition_read_as_given_name(finder, candidate) -> bool:
    """A text that ends no word on ى writes على as the given name علي: there "علي" before a word
    of general Arabic (a definite noun as frequent as common_genitive_zipf, a bare one as rare_zipf,
    no given name, name particle or nisba) is the preposition and its object ("علي الصعيدين الإقليمي"، "للحفاظ علي ثروات
    الولاية"); a text that writes على elsewhere writes علي for the name (علي حمدان)."""
    tokens, cues = finder.tokens, finder.cues
    start = candidate.start
    if candidate.type != "person" or candidate.end - start < 2 or tokens[start].written != "علي":
        return False
    if any(word.endswith(_FINAL_ALEF_MAQSURA) for word in _ARABIC_WORD.findall(finder.text)):
        return False
    second = tokens[start + 1]
    if finder.given_word(second, cues.given_names) or second.word in cues.particles or token_is_nisba(second):
        return False  # علي حسن، علي عبد الله، علي المصري: a name goes on
    if second.plain_article:
        return zipf(second.written) >= cues.common_genitive_zipf
    return not second.article and zipf(second.written) >= cues.rare_zipf


def _category_of_goods(finder, candidate) -> bool:
    """A head of unknown.yml category_heads and two definite nouns joined by و, neither a nisba, the
    second a word of general Arabic as frequent as common_genitive_zipf and no name written with the
    article (definite_more_than_bare): a price index's group of goods ("مجموعة اللحوم والدواجن"),
    no company."""
    tokens, cues = finder.tokens, finder.cues
    start, end = candidate.start, candidate.end
    if candidate.type != "organization" or end - start != 3 or stem_in(tokens[start], cues.category_heads) is None:
        return False
    first, second = tokens[start + 1], tokens[start + 2]
    return (first.plain_article and second.article and second.word.startswith("وال")
            and not token_is_nisba(first) and not token_is_nisba(second) and not finder.definite_more_than_bare(second)
            and zipf(second.written[1:]) >= cues.common_genitive_zipf)


def _number_read_as_person(finder, candidate) -> bool:
    """A person's name has no word that counts (unknown.yml number_words; a compound hundred in
    مائة or مئة): "وسبعمائة ألف" is a number."""
    if candidate.type != "person":
        return False
    numbers = finder.cues.number_words
    for token in finder.tokens[candidate.start:candidate.end]:
        if token.covered or finder.given_word(token, finder.cues.given_names):
            continue
        if set(token.stems) & numbers or any(s.endswith(("مائة", "مئة", "مائه", "مئه")) and len(s) > 4 for s in token.stems):
            return True
    return False


def _body_head(finder, token) -> bool:
    """A body's head (وزارة، هيئة، مجلس), the head of one of its units (مكتب، قسم) or a plural or
    dual of one (دوائر، مجلسي): a noun whose genitive is a body's name, never a person's."""
    if token.covered or token.article:
        return False
    units = finder.cues.unit_heads
    if any(s in units or s in finder.cues.organization for s in token.stems):
        return True
    return token.word[-1:] == "ي" and token.word[:-1] in finder.cues.organization  # مجلسي، مجلسى (folded)


def _body_read_as_person(finder, candidate) -> bool:
    """A person's name neither starts with a body's head nor stands in its genitive: "رئيس قسم
    مصادر التعلم", "مدير مكتب المشروعات", "رئيس هيئة كبار العلماء" name a unit or a body after a
    role, and the role's holder is named elsewhere (a given name right after the head is a
    body named after a person, as "مؤسسة محمد بن راشد", and is left to the bodies' cues)."""
    if candidate.type != "person":
        return False
    tokens, start = finder.tokens, candidate.start
    if _body_head(finder, tokens[start]):
        return True
    return (start > 0 and tokens[start].gap == " " and _body_head(finder, tokens[start - 1])
            and not finder.given_at(start))


@functools.lru_cache(maxsize=None)
def _hijri_month_words() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """The Hijri months' names (as word tuples) and the adjectives of a month (المبارك، المعظم),
    folded, from the dates' data."""
    hijri = section("hijri")
    names = frozenset(tuple(orthography.fold(w) for w in str(n).split()) for ns in hijri["months"].values() for n in ns)
    return names, frozenset(orthography.fold(str(w)) for w in hijri["month_adjectives"])


@functools.lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    """Every spelling of a weekday the dates read (dates.yml and CLDR), folded, without the article."""
    return frozenset(orthography.fold(w).removeprefix("ال") for w in weekday_words())


def _weekday_alone(finder, candidate) -> bool:
    """A weekday's name alone names no body, place or person, on a dateline line too ("الثلاثاء -
    15 أبريل 2025" under a headline, where a word opening a line before a dash reads as an outlet)."""
    if candidate.end - candidate.start != 1:
        return False
    token = finder.tokens[candidate.start]
    return any(stem.removeprefix("ال") in _weekdays() for stem in token.stems)


def _month_read_as_person(finder, candidate) -> bool:
    """A Hijri month's name after "شهر" (شهر رمضان المعظم) or with a month's adjective after it
    (رمضان المعظم) is the month, not a person: رمضان alone is also a first name (رمضان صبحي)."""
    if candidate.type != "person":
        return False
    tokens, start = finder.tokens, candidate.start
    names, adjectives = _hijri_month_words()
    words = tuple(t.word for t in tokens[start:candidate.end])
    month = next((len(n) for n in names if words[:len(n)] == n), 0)
    if not month:
        return False
    after_month = start > 0 and tokens[start].gap == " " and "شهر" in (s.removeprefix("ال") for s in tokens[start - 1].stems)
    return after_month or len(words) > month and all(w in adjectives for w in words[month:])


def _given_names_before(finder, found: list) -> list:
    """An opener of Maghreb and Sufi names (مولاي، سيدي، لالة: organisations.yml) right before a
    person's name, one space apart, is that name's first word: "انتخاب مولاي حمدي ولد الرشيد",
    "جثمان الشاب سيدي عالى ولد علوش". (Given names that are common words too, أمير or باسم, were
    tried the same way: they gained two names on development texts and lost two on a held-out batch.)"""
    tokens = finder.tokens
    openers = load_organisation_cues().named_after_openers
    out = []
    for f in found:
        if f.type == "person":
            start, floor = f.start, out[-1].end if out else 0
            while (start - 1 >= floor and tokens[start].gap == " " and not tokens[start - 1].covered
                   and not tokens[start - 1].article and start - f.start > -2
                   and tokens[start - 1].word in openers):
                start -= 1
            if start != f.start:
                f = replace(f, start=start, conjunction=False)
        out.append(f)
    return out


def _family_name_after_given_names(finder, found: list) -> list:
    """A name made only of given names (إسماعيل عمر، ياسين حسين) goes on over one more bare word, one
    space after it, that is rare in general Arabic and ends the phrase (a comma, a line's end): the
    family name, though it may read as a noun with a pronoun (جيله "his generation", دعاله):
    "السيد/ إسماعيل عمر جيله،", "السيد/ ياسين حسين دعاله، سفير"."""
    tokens, cues = finder.tokens, finder.cues
    out = []
    for i, f in enumerate(found):
        k = f.end
        if (f.type == "person" and k < len(tokens) and tokens[k].gap == " " and not tokens[k].covered
                and not tokens[k].article and tokens[k].word.isalpha() and _only_given_names(finder, f)
                and not (i + 1 < len(found) and found[i + 1].start <= k)
                and zipf(tokens[k].written) < cues.rare_zipf and _ends_phrase(tokens, k)):
            f = replace(f, end=k + 1)
        out.append(f)
    return out


def _only_given_names(finder, candidate) -> bool:
    k = candidate.start
    while k < candidate.end:
        words = finder.given_at(k)
        if not words:
            return False
        k += words
    return True


def _ends_phrase(tokens, k: int) -> bool:
    """Punctuation or a line's end right after token k."""
    return k + 1 >= len(tokens) or any(ch in tokens[k + 1].gap for ch in "،,.؛;:\n")


def _capitals_named_by_country(finder, found: list) -> list:
    """A country's name and "العاصمة" right after it, one space apart ("(الجزائر العاصمة)"،
    "بتونس العاصمة"), is the capital the news names so, not the country; the capital's own name
    is written like the country's (الجزائر is Algiers too), so that is kept as its spelling."""
    tokens, words = finder.tokens, capital_words()
    out = []
    for f in found:
        end = f.end
        if (f.type == "place" and f.place is not None and f.place.kind == "country" and end < len(tokens)
                and tokens[end].gap == " " and not tokens[end].covered and tokens[end].word in words
                and (capital := capital_named_like(f.place.name, tokens[end].written)) is not None):
            f = replace(f, end=end + 1, place=capital, spelling_end=end)  # the city's own name: الجزائر
        out.append(f)
    return out


def _family_name_after_given_name(finder, candidate) -> bool:
    """A city's name written bare right after a given name, one space apart, is that person's
    family name (الناها حمدي مكناس، أزهر جرجيس), as a name's words run on; given names that are
    common words too (أمين عمان is Amman's mayor, سعيد "happy") and محمد, read by wordfreq, are
    left to the cues."""
    if candidate.type != "place" or candidate.end - candidate.start != 1 or candidate.start == 0:
        return False
    tokens, cues = finder.tokens, finder.cues
    token, before = tokens[candidate.start], tokens[candidate.start - 1]
    if token.gap != " " or candidate.conjunction or len(token.stems) > 1:  # no clitic read off it
        return False
    return (finder.given_word(before, cues.given_names) and not before.article
            and zipf(before.written) < cues.weak_cue_zipf)


def _common_word_phrase(finder, candidate) -> bool:
    """Two words read as a person's name that are a common word and its genitive or adjective
    (جني التمور، أمينة عامة): the first is a given name that is also a word (given_names.yml
    `also_words`), the second a definite noun more frequent than `common_genitive_zipf` that is
    no nisba, no given name with the article and no family title, with no role or verb of saying
    before them, or a frequent feminine adjective (finder.described)."""
    if candidate.type != "person" or candidate.end - candidate.start != 2:
        return False
    tokens, cues = finder.tokens, finder.cues
    first, second = tokens[candidate.start], tokens[candidate.start + 1]
    given = first.stems[-1] if candidate.conjunction else first.word  # وروضة: the name behind و
    if given not in cues.given_names or given in cues.given_names_alone or first.article:
        return False
    if finder.described(second):
        return True
    cued = candidate.role is not None or candidate.start > 0 and stem_in(tokens[candidate.start - 1], cues.verbs)
    return (not cued and second.plain_article and not token_is_nisba(second)
            and second.word[2:] not in cues.given_names and second.word not in cues.family_titles
            and zipf(second.written) >= cues.common_genitive_zipf)


def _phrase_read_as_person(finder, candidate) -> bool:
    """Words read as a person's name with no name in them: no given name (عبد الله as two words
    too, one behind و), no particle of a name (بن، ولد), and every word a word general Arabic writes
    at least `common_phrase_zipf` ("قطاع الصحة", "زوار المعرض", "وصل وفد"), or down to `rare_zipf`
    before a definite noun at least `phrase_genitive_zipf` (أملاك الدولة); a foreign family name
    is rarer (تيم كوك: كوك 3.8)."""
    if candidate.type != "person" or candidate.end - candidate.start < 2:
        return False
    tokens, cues = finder.tokens, finder.cues
    span = range(candidate.start, candidate.end)
    if any(tokens[k].covered or finder.given_at(k) or set(tokens[k].stems) & (cues.particles | cues.given_names)
           for k in span):
        return False  # a given name behind و too (ومحمد العمدة)
    if candidate.role and finder.definite_given_before_definite(candidate.start):
        return False  # النائب العام الصديق الصور،: a given name with the article after a role
    named = load_organisation_cues()
    if set(tokens[candidate.start].stems) & (named.acronym_heads | named.named_after_institutions):
        return False  # إدارة عقود المباني: a body's head opens it, a body read as a person (the bodies' cues decide)
    words = [tokens[k] for k in span]
    if all(_word_zipf(t) >= cues.common_phrase_zipf for t in words):
        return True
    # A little rarer, with a sign of a phrase: a plural or dual (صالات العرض، شخصان مطلعان), a
    # clitic on a frequent stem (بمفرده بفارق), a frequent feminine adjective (شكاوى عديدة).
    if (all(_word_zipf(t) >= cues.rare_zipf for t in words)
            and any(_singular_zipf(t.plain_stems[-1]) > zipf(t.plain_stems[-1]) or finder.carries_clitic(t)
                    or finder.described(t) for t in words)):
        return True
    # A little rarer before a frequent definite noun, its genitive (أملاك الدولة، تصريف الأعمال): a
    # family name with the article is rarer, and a given name with it (الحسين) is a name.
    last = words[-1]
    if (last.plain_article and not token_is_nisba(last) and last.word[2:] not in cues.given_names
            and zipf(last.written) >= cues.phrase_genitive_zipf
            and all(_word_zipf(t) >= cues.rare_zipf for t in words[:-1])):
        return True
    # A verb or a noun with its pronoun (اكتسبه زخمه، نعى والده، ويختتم مشواره): a name's words take
    # neither; the other words as frequent as above.
    shaped = [finder.verb_like(t, past=False) or finder.noun_with_pronoun(t) for t in words]
    return any(shaped) and all(s or _word_zipf(t) >= cues.rare_zipf for s, t in zip(shaped, words))


def _singular_zipf(plain: str) -> float:
    """How often general Arabic writes the singular of a sound plural or a dual (صالات: صالة،
    المستفيدين: المستفيد، مطلعان: مطلع), 0 for any other word."""
    return max((zipf(singular) for singular in orthography.singular_forms(plain)), default=0.0)


def _word_zipf(token) -> float:
    """A word's frequency in general Arabic, behind a clitic too, or its singular's."""
    return max(max(zipf(p) for p in token.plain_stems), _singular_zipf(token.plain_stems[-1]))


def _adjective_read_as_place(finder, candidate) -> bool:
    """A feminine nisba without the article where no gazetteer names a place is an adjective, not
    a town: alone ("رياح شمالية", "جزيرة اصطناعية", "مدينة نائية") or after a place word, which
    it describes ("ولاية إقليمية", "منطقة صناعية"); its masculine is a word of general Arabic
    (شمالي، إقليمي), a village's name in ية is not. A place word and a common noun cut before a
    known place are no town either (_noun_before_known_place)."""
    if candidate.type != "place" or candidate.place is not None or candidate.end - candidate.start > 2:
        return False
    tokens, cues = finder.tokens, finder.cues
    last = tokens[candidate.end - 1]
    if candidate.end - candidate.start == 2 and not stem_in(tokens[candidate.start], cues.place):
        return False
    if candidate.end - candidate.start == 2 and _noun_before_known_place(finder, candidate.end):
        return True
    return not last.article and not last.covered and feminine_nisba(last.plain_stems[0], cues)


def _noun_before_known_place(finder, end: int) -> bool:
    """A common noun without the article right before a place the gazetteer knows, one space
    apart, is in construct with it: "ولاية أمن الدار البيضاء" is the police of Casablanca,
    "ولاية جهة العيون" the region of Laayoune; a place word and that noun name no town."""
    tokens = finder.tokens
    noun = tokens[end - 1]
    return (end < len(tokens) and tokens[end].gap == " " and not noun.article and not noun.covered
            and zipf(noun.plain_stems[0]) >= finder.cues.rare_zipf and finder.place_at(end) is not None)


def _common_word_behind_clitic(finder, candidate) -> bool:
    """A one-word place read behind a clitic letter of a word general Arabic writes whole, and
    more often than the place (بلاد "country" is no ب + لاد، فرقة "band" no ف + رقه، وفدا "a
    delegation" no و + فدا); وتركيا، ومصر stay: the country is written more often than the word
    with و. A word of middling frequency counts too when it is written `clitic_margin` more
    often than the place, the reading finder.py gives a clitic the other way round (بترول
    "petrol" is no ب + ترول, ولاد "boys" no و + لاد)."""
    if candidate.type != "place" or candidate.end - candidate.start != 1 or candidate.place is None:
        return False
    token = finder.tokens[candidate.start]
    whole = token.plain_stems[0]
    read = orthography.name_key(candidate.place.name)
    if whole[:1] not in orthography.PROCLITICS or orthography.name_key(whole) == read:
        return False
    # The indefinite accusative writes an alef after the noun (وفدا، وفداً: وفد), so a frequent
    # noun with that alef is the word too.
    word = max(zipf(whole), zipf(whole[:-1]) if whole.endswith("ا") else 0.0)
    place = zipf(candidate.place.name)
    return word > place and (word >= finder.cues.weak_cue_zipf or word >= place + finder.cues.clitic_margin)


def _verb_read_as_place(finder, candidate) -> bool:
    """A word in the feminine past right after a place word is the clause's verb ("العاصمة
    تسببت في ..."), not a town the gazetteer lacks: the present of the word without its ت is a
    word of general Arabic (يتسبب), as no town's name is. So is a feminine present ("لولاية تستمر ثلاث
    سنوات": the division's word, then what it does)."""
    if candidate.type != "place" or candidate.place is not None or candidate.end - candidate.start != 1:
        return False
    token = finder.tokens[candidate.start]
    return _feminine_past(finder, token) or _feminine_present(finder, token)


def _feminine_present(finder, token) -> bool:
    """A present with the feminine ت whose ي form is as frequent a word of general Arabic
    (weak_cue_zipf) as itself (تضم / يضم، تستمر / يستمر): it agrees with the feminine word before
    it (مجموعة، ولاية). A town's or a brand's name is not both (تويتر / يويتر); towns in ي (ينبع،
    يفرن) are read as written."""
    plain = token.plain_stems[0]
    if token.article or token.covered or len(plain) < 3 or plain[0] != "ت" or token.word in finder.cues.given_names:
        return False
    return min(zipf(plain), zipf("ي" + plain[1:])) >= finder.cues.weak_cue_zipf


def _sound_plural_of_things(finder, token) -> bool:
    """A bare feminine sound plural (فعاليات، امتحانات) whose singular, with or without its ة, is a
    word of general Arabic (rare_zipf: امتحان)."""
    plain = token.plain_stems[0]
    if token.article or len(token.plain_stems) > 1 and plain[:1] in "بلك" or not plain.endswith("ات") or len(plain) < 5:
        return False
    stem = plain[:-2]
    return max(zipf(stem), zipf(stem + "ة")) >= finder.cues.rare_zipf


def _clause_after_a_head(finder, candidate) -> bool:
    """One word after a body's head that the head was left out of (organisations.py reads a brand
    there: مجمع سوناطراك، فريق برشلونة) is the sentence's when it is a verb ("بمجموعة تضم إلى
    جواره": a group that includes) or carries a preposition general Arabic writes the word
    without more often ("كل فريق بتحقيق الفوز"): a name after its head takes neither; in quotes
    it is the writer's name for it. After a head that is a verbal noun too (unknown.yml
    verbal_noun_heads: تنظيم) a plural of things or an event is what is organised ("تنظيم فعاليات أخرى"،
    "تنظيم مهرجان"; unknown.yml competition_heads)."""
    if candidate.type != "organization" or candidate.head is None or candidate.end - candidate.start != 1:
        return False
    token = finder.tokens[candidate.start]
    if candidate.head != candidate.start - 1 or any(mark in token.gap for mark in _QUOTE_MARKS) or token.article:
        return False
    if finder.verb_like(token, past=False) or _feminine_present(finder, token):
        return True
    whole = token.plain_stems[0]
    if set(finder.tokens[candidate.head].stems) & finder.cues.verbal_noun_heads and (
            _sound_plural_of_things(finder, token) or set(token.stems) & finder.cues.competition_heads):
        return True  # تنظيم فعاليات، تنظيم مهرجان: organising events, not a body named so (تنظيم داعش)
    rest = whole[1:]
    return (whole[:1] in "بل" and rest in token.plain_stems[1:] and len(rest) >= 3
            and zipf(rest) >= finder.cues.weak_cue_zipf and zipf(rest) > zipf(whole))


def _before_what_was_said(finder, k: int) -> bool:
    """Does what a speaker said open at token k (بأن، إن، قائلا: unknown.yml speaker_followers)?
    A preposition right before it has no object: it is a family name that is a word too (خلف)."""
    tokens = finder.tokens
    return k < len(tokens) and tokens[k].joined and tokens[k].word in finder.cues.speaker_followers


def _preposition_glued(finder, token) -> bool:
    """ب، ل or ك on a common word (four letters or more) that general Arabic writes at least as
    often without it: a phrase after the name ("جاهزون لمواجهة البرازيل", "ارتفعت بنسبة"); و and ف
    join names (وليد، فيصل) and are left to the cues; كمال is a name, not ك + مال."""
    whole = token.plain_stems[0]
    if whole[:1] not in "بلك" or token.covered or token.word in finder.cues.given_names:
        return False
    if zipf(whole) < finder.cues.glued_word_zipf:
        return False  # a rare word: a name's (كانتي is no ك + انتي)
    rest = whole[1:]
    return len(rest) >= 4 and rest in token.plain_stems[1:] and zipf(rest) >= zipf(whole)


def _defective_past(finder, token) -> bool:
    """A past verb of the form أفعل whose last letter is weak (أبدى، أجرى، ألقى، أنهى), or of a
    form with a connecting alef (احتفى، التقى، استدعى), as its present reads (يبدي، يجري، يحتفي،
    يستدعي): no name's word; a given name so written (أروى) is in the list."""
    plain = token.plain_stems[0]
    if token.article or token.covered or not plain.endswith("ى") or not (
            len(plain) == 4 and plain.startswith("أ")
            or len(plain) >= 5 and plain[0] in finder.cues.verb_prefixes.connecting_alef):
        return False
    return token.word not in finder.cues.given_names and zipf("ي" + plain[1:-1] + "ي") >= finder.cues.verb_present_zipf


def _dual_in_construct(finder, token) -> bool:
    """A feminine noun's dual in construct (غرفتي "the two chambers of", عزلتي "the two districts
    of": غرفة، عزلة and تي), which opens a noun phrase, not a person's name; a given name so written
    is in the list."""
    plain = token.plain_stems[0]
    if token.article or token.covered or len(token.stems) > 1 or not plain.endswith("تي") or len(plain) < 5:
        return False
    return token.word not in finder.cues.given_names and zipf(plain[:-2] + "ة") >= finder.cues.rare_zipf


def _feminine_past(finder, token) -> bool:
    """A verb in the feminine past (ارتفعت: يرتفع), as the present of the word without its ت reads."""
    plain = token.plain_stems[0]
    if token.article or token.covered or not plain.endswith("ت") or len(plain) < 4 or token.word in finder.cues.given_names:
        return False
    stem = plain[:-1]
    present = "ي" + (stem[1:] if stem[0] in "اأإ" else stem)
    return zipf(present) >= finder.cues.rare_zipf


def written_as_place(name: str, place_name: str) -> bool:
    """Is `name` the place's name, or the name behind one clitic letter its first word kept
    (بأم درمان: بام is Bam, Iran, so the clitic was not read off), or its two words written
    joined (ابوقرقاص: أبو قرقاص)?"""
    key = name_key(place_name)
    return (name_key(name) == key or (name[:1] in orthography.PROCLITICS and name_key(name[1:]) == key)
            or " " not in name.strip() and " " in place_name and name_key(name) == name_key(place_name.replace(" ", "")))


def _before_a_pause(tokens, end: int) -> bool:
    """Is the word before `end` the last before a comma, a sentence's end or the text's end? A
    participle there describes nothing after it (الفائز بجائزة goes on): it is the name's last."""
    return end >= len(tokens) or tokens[end].after_comma or tokens[end].after_break


def _descriptor(finder, token) -> bool:
    return token.plain_article and token.word in finder.cues.after_name_descriptors


def _nisba_alone(finder, candidate) -> bool:
    """One word without the article read as an organisation that is an adjective or a common
    noun's form, no body's name: a nisba whose other gender general Arabic writes (كردي: كردية;
    سياسية: سياسي; a brand's has none: سوني، هواوي), a dual whose singular is the more frequent
    word by `clitic_margin` (هدفين: هدف), or a word in small Latin letters (news, picture: a page's
    chrome; a brand or an acronym is capitalised)."""
    if candidate.type != "organization" or candidate.end - candidate.start != 1:
        return False
    token, cues = finder.tokens[candidate.start], finder.cues
    plain = token.plain_stems[0]
    if plain.isascii():
        return plain.isalpha() and plain.islower()
    if plain.endswith(orthography.DUAL_ENDINGS) and _singular_zipf(plain) >= max(zipf(plain) + cues.clitic_margin, cues.rare_zipf):
        return True  # هدفين، الفريقين: two of a thing
    if token.article:
        return False
    if plain.endswith(orthography.FEMININE_NISBA_ENDING) and len(plain) >= 5:
        return feminine_nisba(plain, cues)
    return plain.endswith("ي") and len(plain) >= 3 and zipf(plain + "ة") >= cues.nisba_feminine_zipf


def _family_names_joined(finder, found: list) -> list:
    """A one-word place with the article right after a person's name, joined by one space, is
    the person's family name (محمد سامر الخليل)."""
    tokens = finder.tokens
    by_start = {f.start: f for f in found if f.type == "place" and f.end - f.start == 1}
    out, taken = [], set()
    for f in found:
        if id(f) in taken:
            continue
        place = by_start.get(f.end) if f.type == "person" else None
        if place is not None and tokens[place.start].gap == " " and tokens[place.start].plain_article:
            taken.add(id(place))
            f = replace(f, end=place.end)
        out.append(f)
    return [f for f in out if id(f) not in taken]


def _named_after_a_person(finder, found: list) -> list:
    """A person's name right after the head of a street, a hall, a facility or a body without the
    article (titles between: "ميدان خالد الزعبي"، "صالة سالم أبو حمدان"، "مستشفى الشهيد ناصر العبيدي"),
    or after such a place read up to a word before it ("ملعب الساحر" + "عادل الحربي"), is that place's
    or body's name, not a mention of the person: one candidate from the head, a place's or a body's
    as the head says (organisations.yml's `named_after_institutions` and `named_after_facilities`, and
    unknown.yml's facility_cues). "مدير المستشفى الدكتور خالد" is a person: the head has the article.
    A town's word names the town by the person's name alone (مدينة علي صبيح: the set's convention)."""
    tokens, cues, org = finder.tokens, finder.cues, load_organisation_cues()
    titles = (cues.honorifics | cues.name_titles | cues.family_titles | org.named_after_titles
              | {p[0] for p in cues.person if len(p) == 1 and p[0].startswith("ال")})
    places = (org.named_after_facilities | cues.facilities) - cues.facility_verbal_nouns - cues.place - cues.named_with

    def kind_of(token):
        if token.article:
            return None
        stems = set(token.stems)
        return "place" if stems & places else "organization" if stems & org.named_after_institutions else None

    by_end = {f.end: f for f in found if f.type in ("place", "organization")}
    out, dropped = [], set()
    for f in found:
        if f.type != "person":
            out.append(f)
            continue
        head = None
        if f.end - f.start > 1 and kind_of(tokens[f.start]):
            head = f.start
        else:
            k = f.start
            while k > 0 and tokens[k].gap == " " and f.start - k < 3:
                k -= 1
                if kind_of(tokens[k]):
                    head = k
                    break
                if tokens[k].word not in titles:
                    break
            before = by_end.get(f.start)
            if (head is None and before is not None and before.end - before.start == 2 and tokens[f.start].gap == " "
                    and kind_of(tokens[before.start]) and not finder.place_at(before.start + 1, known_too=True)):
                head = before.start  # ملعب الساحر عادل الحربي; not ميناء نواكشوط, a place's own name
        trimmed = _trimmed(finder, f) if head is not None else None
        if trimmed is None or trimmed.end - trimmed.start < cues.min_person_words:
            head = None  # مسجد السيدة نفيسة وسط القاهرة: what the person's name would not keep
        elif trimmed.end < len(tokens) and tokens[trimmed.end].joined and tokens[trimmed.end].word.startswith("لل"):
            head = None  # مؤسسة ... للوقاية وعلاج السرطان: a body's purpose goes on, read by organisations.py or not at all
        if head is None:
            out.append(f)
            continue
        end = trimmed.end
        while end < len(tokens) and tokens[end].gap == " " and token_is_nisba(tokens[end]) and not tokens[end].covered:
            end += 1  # مدينة الرئيس الشهيد صالح الصماد الطبية: the place's adjective, after the person's name
        dropped.update(id(g) for g in found if g is not f and head <= g.start and g.start < end)
        out.append(replace(f, start=head, end=end, type=kind_of(tokens[head]), role=None, conjunction=head == f.start and f.conjunction))
    return [f for f in out if id(f) not in dropped]


def _place_in_a_quoted_name(finder, candidate) -> bool:
    """A place inside quotes with one or two other words of the quoted name ("فن أبوظبي"، «ما نامت
    المنامة»، "فلسطين الأهلية"، «أنصار بيت المقدس»): the name of an event, a work, a body or an
    outlet, not a mention of the place (as the registry's linking reads it, longer_names.py). After a
    preposition the quotes hold a phrase that names the place ("تضامن مع غزة")."""
    if candidate.type != "place":
        return False
    tokens, text = finder.tokens, finder.text
    if candidate.start > 0 and orthography.name_key(tokens[candidate.start - 1].word) in load_guard().function_words:
        return False
    first, last = tokens[candidate.start].start, tokens[candidate.end - 1].end
    return inside_quoted_name(text[max(0, first - 100):first], text[last:last + 100])


def _club_with_its_nisba(finder, candidate, taken: set[int]):
    """A city, or a country with its own nisba, and a masculine nisba of a country right after it
    ("الكويت الكويتي"، "الوحدة الإماراتي"): a city's name is feminine (الكويت الشقيقة), a club (نادي)
    masculine, as in "الأهلي المصري": the club named after its city, proposed with its nisba (the
    evaluation set's form)."""
    if candidate is None or candidate.type != "place" or candidate.end >= len(finder.tokens):
        return candidate
    nisba = finder.tokens[candidate.end]
    if (nisba.gap != " " or candidate.end in taken or nisba.written.endswith("ة") or nisba.word.endswith(("يين", "يون"))
            or not finder.national_nisba(nisba)):
        return candidate
    # Many places are masculine too (الجولان، لبنان، العراق): a region or a country takes no club's
    # nisba, but a country its own one ("الكويت الكويتي"), not another's ("لبنان السوري الهوى").
    place = candidate.place
    if place is not None and (place.kind == "region" or place.kind == "country" and finder.nisba_country(nisba) != place):
        return candidate
    return replace(candidate, end=candidate.end + 1, type="organization", place=None, head=None, short=None,
                   spelling_end=None)


def _outlet_named_by_its_tail(finder, candidate, taken: set[int]):
    """A place's cue read an outlet's tail as the place's name ("العاصمة أونلاين", "المدينة نيوز":
    a word for a capital or a city, then unknown.yml's outlet_words): the words are the outlet's name,
    proposed as an organisation."""
    if candidate is None or candidate.type != "place" or candidate.end - candidate.start != 1 or candidate.start == 0:
        return candidate
    tokens, k = finder.tokens, candidate.start - 1
    if (tokens[candidate.start].word not in outlet_words().tails or tokens[candidate.start].gap != " "
            or k in taken or tokens[k].covered or not tokens[k].word.isalpha()):
        return candidate
    return replace(candidate, start=k, type="organization", place=None, head=None, short=None, spelling_end=None)


def _club_named_by_its_city(finder, candidate, taken: set[int]):
    """A city right after a club's first word (نفط ميسان، هلال بورتسودان، الأهلي بنغازي، سبارتاك
    موسكو) is the club's name with that word: the club is proposed, not the city. The word must
    be free: no other candidate and no registry name holds it."""
    if candidate is None or candidate.type != "place" or candidate.conjunction or candidate.start == 0:
        return candidate
    k = candidate.start - 1
    before = finder.tokens[k]
    if before.covered or k in taken or not before.word.isalpha() or not _club_head_before(finder, candidate):
        return candidate
    return replace(candidate, start=k, type="organization", place=None, head=None, short=None, spelling_end=None)


def _club_head_before(finder, candidate) -> bool:
    """A club's first word, with the article or without, right before a place; a first word that
    is a common word too (unknown.yml city_club_heads: نفط، هلال) only before a city or region,
    which is no country: "نفط العراق" is the country's oil."""
    if candidate.start == 0 or finder.tokens[candidate.start].gap != " ":
        return False
    heads = {stem.removeprefix("ال") for stem in finder.tokens[candidate.start - 1].stems} & finder.cues.club_heads
    if candidate.place is not None and candidate.place.kind == "country":
        heads -= finder.cues.city_club_heads
    return bool(heads)


def _in_a_clubs_name(finder, candidate) -> bool:
    """A city inside a club's name: after a club's first word, with the article or without
    (مولودية وجدة، سبارتاك موسكو، هلال بورتسودان، الأهلي بنغازي) or before its last (أوكلاند سيتي،
    لوس أنجلوس جلاكسي)."""
    if candidate.type != "place":
        return False
    tokens, cues = finder.tokens, finder.cues
    after = tokens[candidate.end] if candidate.end < len(tokens) and tokens[candidate.end].gap == " " else None
    return _club_head_before(finder, candidate) or bool(after and after.word in cues.club_tails)


def _role_opening_a_title(finder, k: int) -> bool:
    """A role without the article in construct with the next word (نائب رئيس، مدير مكتب), or a
    noun for a player or a coach so written (لاعب برشلونة، مدرب الفريق): the title after a name,
    in apposition; a given name written as a role (أمين) stays a name's."""
    tokens = finder.tokens
    token = tokens[k]
    if k + 1 >= len(tokens) or tokens[k + 1].gap != " " or token.article or finder.given_word(token, finder.cues.given_names):
        return False
    if token.word in finder.cues.person_nouns:
        return True
    return any(tuple(t.word for t in tokens[k:k + len(role)]) == role for role in finder.cues_by_head.get(token.word, ()))


def _team_described(finder, candidate) -> bool:
    """A team's head with the article and after it only words for its side in the match or its
    city's rank (organisations.yml team_roles: "الفريق الضيف"، "الفريق العاصمي") describes a club
    the text names, as organisations.py reads "النادي الإسباني". (Every nisba was tried: it drops
    clubs the texts name so, النادي الأهلي.)"""
    tokens = finder.tokens[candidate.start:candidate.end]
    cues = load_organisation_cues()
    if candidate.type != "organization" or len(tokens) < 2 or not tokens[0].plain_article:
        return False
    if not any(stem.removeprefix("ال") in cues.team_heads for stem in tokens[0].stems):
        return False
    return all(t.plain_article and t.word in cues.team_roles for t in tokens[1:])


def _noun_phrase_read_as_person(finder, candidate) -> bool:
    """A person's name does not open on a noun of general Arabic, written with and without the
    article at least `noun_phrase_zipf` often (places.noun_of_general_arabic: حفل / الحفل، جيل /
    الجيل), that is no given name, when no given name or name particle follows it: before a speech
    verb or after a role, "حفل التدشين أشاد"، "جيل الثمانيات" are a noun and its genitive. (Given
    names that are such nouns too, هلال، ثابت، شمس الدين, come with a given name after them or are
    a given name of two words.)"""
    if candidate.type != "person" or candidate.end - candidate.start < 2:
        return False
    tokens, cues = finder.tokens, finder.cues
    token = tokens[candidate.start]
    if (token.article or token.covered or len(token.stems) > 1 or token.word in cues.particles
            or finder.given_word(token, cues.given_names) or finder.given_at(candidate.start)):
        return False
    if candidate.start > 0 and set(tokens[candidate.start - 1].stems) & (cues.name_titles | cues.honorifics):
        return False  # والدكتور هلال السبتي: a title says a person follows
    if any(t.word in cues.particles or finder.given_word(t, cues.given_names) for t in tokens[candidate.start + 1:candidate.end]):
        return False
    return noun_of_general_arabic(token.written, cues.noun_phrase_zipf)


def _generic_source(finder, candidate) -> bool:
    """Words a credit line names no outlet by (متابعات، وكالات، مصادر: organisations.yml
    `source_generic`) are no organisation wherever a cue found them ("متابعات – بورتسودان اليوم")."""
    words = " ".join(t.word for t in finder.tokens[candidate.start:candidate.end])
    return candidate.type == "organization" and words in load_organisation_cues().source_generic


def _organ_of_a_body(finder, candidate, longer_openings: set[tuple[str, ...]]) -> bool:
    """A body's head and, alone after it, another body's head with the article (هيئة المحكمة،
    مجلس النقابة) name an organ of a body the text names elsewhere, or not at all: the court's
    bench, the union's council. A club's or a movement's head before it (نادي الاتحاد، حزب
    الحركة) names the club or the party: its genitive is then the name. So does a longer name of
    the text that the same two words open (`longer_openings`): "مجلس الاتحاد" after "مجلس الاتحاد
    الروسي" is that body's short name. A council, board or committee is an organ too when its
    genitive says what its members do for a body or the division it serves (organisations.yml
    organ_functions: مجلس الإدارة، هيئة الدفاع، لجنة التحكيم، مجلس المحافظة)."""
    if candidate.type != "organization" or candidate.end - candidate.start != 2:
        return False
    if tuple(t.word for t in finder.tokens[candidate.start:candidate.end]) in longer_openings:
        return False
    head, genitive = finder.tokens[candidate.start], finder.tokens[candidate.start + 1]
    named = load_organisation_cues()
    if not _body_head(finder, head) or set(head.stems) & (named.team_heads | named.movement_heads):
        return False
    genitives = {s.removeprefix("ال") for s in genitive.stems}
    # مجلس الإدارة، هيئة الدفاع، مجلس المحافظة: what its members do for a body, or the division it serves
    organ = set(head.stems) & named.organ_heads and genitives & (named.organ_functions | finder.cues.divisions)
    return genitive.plain_article and genitive.gap == " " and bool(genitives & finder.cues.organization or organ)


def _present_with_object(token) -> bool:
    """A present verb with its object pronoun (يترأسه، يتابعها، يعقدهم): the clause after a name
    ("مؤتمر صحفي رسمي يترأسه وزير الداخلية"); the verb without the pronoun is a present general
    Arabic writes with either person's prefix."""
    plain = token.plain_stems[0]
    return not token.article and any(
        plain.endswith(ending) and is_present_verb(plain[:-len(ending)])
        for ending in orthography.THIRD_PERSON_ENDINGS)


def _in_a_bodys_name(finder, candidate) -> bool:
    """A place in the genitive of a body's or a competition's head: the head written without the
    article, then the place or one or two more genitives before it (مركز أبوظبي للغة العربية، جامعة
    بغداد، كأس آسيا، دوري أبطال أفريقيا، منظمة وكالات أنباء آسيا) is in the body's name, not a
    mention of the place; the place is proposed where the text names it alone. A chain of genitives
    runs through no preposition (سوق صابرين بمدينة أم درمان: the market is in the city)."""
    if candidate.type != "place" or candidate.conjunction:
        return False
    tokens, cues = finder.tokens, finder.cues
    written, place = orthography.name_key(tokens[candidate.start].word), candidate.place
    if place is not None and written[:1] in orthography.PROCLITICS and written != orthography.name_key(place.name).split()[0]:
        return False  # جمعية بسوسة، مجلس بلدي بتونس: a place behind a clitic is where the body is (finder.body_from)
    heads = cues.organization | cues.competition_heads
    k = candidate.start
    for _ in range(_GENITIVE_CHAIN):
        if k == 0 or tokens[k].gap != " " or tokens[k - 1].article:
            return False
        k -= 1
        if k < candidate.start - 1 and finder.carries_clitic(tokens[k + 1]):
            return False  # سوق صابرين بمدينة أم درمان: a genitive chain runs through no preposition
        if set(tokens[k].stems) & heads:
            # مديرية الصلو: a word for a district right before a place names the district, not a directorate
            return not (k == candidate.start - 1 and set(tokens[k].stems) & cues.districts)
        if orthography.name_key(tokens[k].word) in load_guard().function_words:
            return False  # قمة في مدريد: the place is where the summit meets
    return False


_GENITIVE_CHAIN = 3  # a head, then at most two more genitives before the place (منظمة وكالات أنباء آسيا)


_QUOTE_MARKS = QUOTES  # news writes any of them on either side of a title (longer_names.QUOTES)
_TITLE_WORDS = 5  # a work's title in quotes is short; a quoted statement runs longer


def _in_a_works_title(finder, candidate) -> bool:
    """A person's name that ends a short title in quotes: the title of a work, not a person —
    words before it inside the quotes (“قال صعبان علية”، «كونشيرتو قورينا إدواردو»), or the
    whole quotes right after a noun for a work (مسلسل “رأفت الهجان”). A name alone in quotes
    after anything else is a person (الفنان «هاني شاكر»)."""
    if candidate.type != "person":
        return False
    tokens = finder.tokens
    after = tokens[candidate.end].gap if candidate.end < len(tokens) else finder.text[tokens[candidate.end - 1].end:]
    if not _ends_in_quote(after.strip()[:1]):
        return False
    start = candidate.start
    if start > 0 and finder.abbreviated_title(start - 1):
        start -= 1  # "م. علاء العطار": a title cut to a letter is the name's, not a work's word
    if (start > 1 and finder.quoted_title(start - 1)
            and not set(tokens[start - 2].stems) & finder.cues.work_nouns):  # not فيلم "الشيخ جاكسون"
        return False  # سماحة "الشيخ عبدالحسين عبدالله": a title opens the quotes, the person's
    for q in range(start, max(-1, candidate.end - _TITLE_WORDS - 1), -1):
        gap = tokens[q].gap
        opens = _ends_in_quote(gap.rstrip())
        if q < start and not opens and any(mark in gap for mark in _QUOTE_MARKS):
            return False  # a quote closes between: the name is outside any title
        if opens:
            if q < start:
                return True
            return q > 0 and bool(set(tokens[q - 1].stems) & finder.cues.work_nouns)
        if "\n" in gap or q < start and tokens[q].after_break:
            return False
    return False


def _ends_in_quote(text: str) -> bool:
    return bool(text) and text[-1] in _QUOTE_MARKS


def _without_glued_references(finder, found: list) -> list:
    """A person the text names in full elsewhere, referred to again with the next word glued on:
    "وبدأت شيرين الحفل" after "شيرين عبدالوهاب", "عمر مغربل التوفيق" after "عمر مغربل". The word
    glued on is common in general Arabic, with the article, and neither a nisba nor a family title
    (أحمد السيد، خالد المصري are names); a name a role introduces is no reference (الملك محمد
    السادس beside محمد خالد)."""
    tokens = finder.tokens

    def words(f) -> tuple[str, ...]:
        return tuple(tokens[k].word for k in range(f.start, f.end))

    people = [words(f) for f in found if f.type == "person"]
    # Items of a list of people, a comma between each: each item is a person of its own
    # (خط الدفاع: أحمد الصالح، هادي المصري beside أحمد مدنية).
    starts = {f.start for f in found if f.type == "person"}
    ends = {f.end for f in found if f.type == "person"}

    def listed(f) -> bool:
        return (f.end in starts and tokens[f.end].after_comma) or (f.start in ends and tokens[f.start].after_comma)

    def glued(f) -> bool:
        last = tokens[f.end - 1]
        if f.type != "person" or f.role is not None or f.end - f.start < 2 or last.covered or not last.plain_article:
            return False
        if listed(f):
            return False
        if last.word in finder.cues.family_titles or last.word.endswith(("ي", "يه")):
            return False
        if zipf(last.plain_stems[0]) < finder.cues.glued_word_zipf:
            return False
        rest = words(f)[:-1]
        return any(other == rest or len(rest) == 1 and len(other) >= 2 and other[0] == rest[0] and other != words(f)
                   for other in people)

    return [f for f in found if not glued(f)]
