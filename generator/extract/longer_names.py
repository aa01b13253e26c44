"""Names that hold a place's name and are not the place: outlets named after a place
("القاهرة الإخبارية", "فرانس 24", "مأرب برس", "واشنطن بوست", "قناة روسيا اليوم") and
institutions and facilities named by a head noun and a place ("جامعة القاهرة", "بنك مصر",
"مطار القاهرة"). The place inside
is not linked there (entities.py); discovery (unknown.py) proposes the outlet instead.

The words are data in generator/data/unknown.yml: `outlet_words` after a place make it an
outlet's name wherever it stands; `outlet_words_after_head` (اليوم) only after an outlet's
head noun (`outlet_heads`: قناة، صحيفة، موقع …) or inside quotes, since "تشهد مصر اليوم" is
Egypt, today.

Any registry name can stand inside another (names_another): a person's surname inside another
person's name ("أحمد بوتين"), an agency's short name inside a region's ("جنوب شرق الأناضول") or a
product's ("لقاح سبوتنيك"), a country inside a company's ("مصر للطيران") or a quoted outlet's
("أهل مصر"), a city inside a title in brackets ("(ماكيت القاهرة)"), a city inside a mission's ("السفارة الأمريكية في القاهرة"); the words are unknown.yml's, organisations.yml's and given_names.yml's.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from wordfreq import zipf_frequency

from generator.data import DATA_DIR, read_yaml
from generator.extract.dates.calendars.gregorian import weekday_words
from generator.extract.dates.tense import is_future_verb, is_present_verb
from generator.text.given_names import load_given_names
from generator.text.name_guard import load_guard
from generator.text.orthography import ARTICLE, DASHES, PROCLITICS, VERB_PLURAL_AND_DUAL_ENDINGS, bare_prefixes, fold

DATA = DATA_DIR / "unknown.yml"
ORGANISATIONS = DATA.with_name("organisations.yml")
QUOTES = "\"«»“”„'‘’"
_ANY_QUOTE = re.compile(f"[{re.escape(QUOTES)}]")
TRAILING = ".,،:;؛!?؟»\"')]”’"  # what may close a word split off by spaces


@dataclass(frozen=True)
class OutletWords:
    tails: frozenset[str]  # folded
    tails_after_head: frozenset[str]
    heads: frozenset[str]
    sources: frozenset[str]  # words that credit a source (بحسب، نقلا عن)
    institutions: frozenset[str]  # head nouns of organisations, without the article
    openers: frozenset[str] = frozenset()  # words before a place that open an outlet's name (صوت)
    context: frozenset[str] = frozenset()  # words before an outlet without its head (ذكرت، مراسل)
    according: frozenset[str] = frozenset()  # the sources' words that credit a document too (بحسب، وفق)


@functools.lru_cache(maxsize=None)
def outlet_words(path: Path = DATA) -> OutletWords:
    data = read_yaml(path)

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in data.get(key) or ())

    # Agreements, competitions and clubs are named after a place too (اتفاقية فيينا، كأس مصر،
    # سبارتاك موسكو): not the place.
    # The prosecution of a district (نيابة مصر الجديدة) is named after its seat as a court is.
    seated = read_yaml(ORGANISATIONS).get("seated_institutions") or ()
    named_heads = (words("organization_cues") | words("facility_cues") | words("agreement_cues")
                   | words("competition_heads") | words("club_heads") | frozenset(fold(str(w)) for w in seated))
    institutions = frozenset(w for w in named_heads if not w.startswith("ال"))
    return OutletWords(words("outlet_words"), words("outlet_words_after_head"), words("outlet_heads"),
                       words("outlet_source_words") | words("outlet_according_words"),
                       institutions, words("outlet_openers_after_head"), words("outlet_context_words"),
                       words("outlet_according_words"))


@functools.lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    """The weekdays in Arabic, as the date rules read them (CLDR's and other spellings):
    "روسيا اليوم الاثنين" is Russia, today Monday."""
    return frozenset(fold(day) for day in weekday_words())


def _outlet_cue(previous_stems: Iterable[str], quoted: bool, to: bool, then: str) -> bool:
    """Is a name that only an outlet's head would make an outlet's (روسيا اليوم، صوت أمريكا) one
    here? After a head, inside quotes, with ل, after a word that credits a source, or after a
    verb of publishing or a word for an outlet's staff or screen (ذكرت، مراسل، شاشة): the
    last unless a weekday follows ("ذكرت روسيا اليوم الاثنين": Russia said, today)."""
    words = outlet_words()
    stems = set(previous_stems)
    if quoted or to or stems & words.heads:
        return True
    if then.rstrip(TRAILING) in _weekdays():
        return False
    return bool(stems & (words.sources | words.context))


def opens_an_outlet(previous_stems: Iterable[str], earlier_stems: Iterable[str], quoted: bool, to: bool,
                    following: str = "") -> bool:
    """Does the word before a place (its stems `previous_stems`: صوت) open an outlet's name with
    it ("صوت أمريكا")? `earlier_stems`, `quoted`, `to`: the word, the quote mark and the ل
    before that opener, read as for اليوم (_outlet_cue): "صوت مصر في المحافل" is Egypt's voice."""
    if not set(previous_stems) & outlet_words().openers:
        return False
    return _outlet_cue(earlier_stems, quoted, to, following)


def outlet_name_around(previous_stems: Iterable[str], place: str, following: str, then: str = "") -> str:
    """The outlet's name that a place makes with the word before it (صوت) or after it (اليوم),
    whether or not a cue says here that it is one ("" when neither, or when a weekday follows
    اليوم): once one mention of a text has a cue, the name is the outlet's in all of them ("قال
    لصوت أمريكا ... إن صوت أمريكا ليست مكانا للأنظمة"). All folded."""
    words = outlet_words()
    opener = next((s for s in previous_stems if s in words.openers), None)
    if opener is not None:
        return f"{opener} {place}"
    following = following.rstrip(TRAILING)
    if following in words.tails_after_head and then.rstrip(TRAILING) not in _weekdays():
        return f"{place} {following}"
    return ""


def names_an_outlet(following: str, previous_stems: Iterable[str], quoted: bool, to: bool = False,
                    then: str = "") -> bool:
    """Does a place's name start an outlet's name? `following`: the folded word after it;
    `previous_stems`: the folded word before it, with and without its clitics (لقناة, قناة);
    `quoted`: a quote mark opens right before the place; `to`: the place carries ل (لروسيا);
    `then`: the folded word after `following`, if known."""
    words = outlet_words()
    following = following.rstrip(TRAILING)
    if following in words.tails:
        return True
    if following not in words.tails_after_head:
        return False
    return _outlet_cue(previous_stems, quoted, to, then)


def names_an_institution(previous_stems: Iterable[str], word_between: str | None = None) -> bool:
    """Does the word before a place's name make it an institution's (جامعة القاهرة، بنك مصر)?
    Only a head without the article: "الحكومة مصر" is no name, and "وزارة الخارجية" has none.
    With `word_between` (folded), the head stands one word earlier, joined to the place by a
    noun of the name's chain (محكمة جنايات القاهرة، هيئة موانئ دبي): a noun without the article
    that is no function word nor verb ("مطار في القاهرة", "بعثة تزور القاهرة" name Cairo)."""
    if word_between is not None and (word_between.startswith(ARTICLE) or not word_between.isalpha()
                                     or word_between in load_guard().function_words
                                     or is_present_verb(word_between) or is_future_verb(word_between)):
        return False
    return any(stem in outlet_words().institutions for stem in previous_stems)


# --- A registry name inside another name ------------------------------------------------


@dataclass(frozen=True)
class OtherNameWords:
    given_names: frozenset[str]  # folded, Arab and foreign: a person's one-word form after one is another person's name
    place_words: frozenset[str]  # folded: an organisation's one-word form after one is a place's name
    product_heads: frozenset[str]  # folded: ... and after one, a product's (لقاح سبوتنيك)
    organization_links: frozenset[str]  # folded first words: a place before one is a company's name
    mission_heads: frozenset[str]  # folded: سفارة ... في <city>: the city is in the mission's name
    mission_links: frozenset[str]
    rare_zipf: float
    verb_present_zipf: float


@functools.lru_cache(maxsize=None)
def other_name_words() -> OtherNameWords:
    unknown = read_yaml(DATA)
    organisations = read_yaml(ORGANISATIONS)

    def words(data: dict, key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in data.get(key) or ())

    links = frozenset(fold(str(p)).split()[0] for p in unknown["organization_links"] if fold(str(p)).startswith("لل"))
    given = load_given_names()
    # Foreign given names count even when they are words too (جيل "generation", مارك "brand"): none
    # stands before a foreign family name as a word; Arab ones that are words (نصر "victory") may.
    return OtherNameWords(given.arab_alone | given.foreign,
                          words(unknown, "place_cues") | words(organisations, "direction_words"),
                          words(organisations, "product_heads"), links,
                          words(organisations, "mission_heads"), words(organisations, "mission_links"),
                          float(unknown["rare_zipf"]), float(unknown["verb_present_zipf"]))


@functools.lru_cache(maxsize=1 << 16)  # the same words stand around many names
def word_stems(word: str) -> frozenset[str]:
    """A folded word and the word without each proclitic it may carry."""
    return frozenset({word} | {word[len(p):] for p in bare_prefixes() if p and word.startswith(p) and len(word) - len(p) >= 2})


def _own_given_name(given: str, own: str) -> bool:
    """Is the folded given name `given` a spelling of the entity's own English given name `own`
    (جوزيف for Joe, أنطوني for Antony): the same two first letters, or one inside the other?"""
    english = load_given_names().spellings.get(given, "").lower()
    own = own.lower()
    return bool(english and own) and (english[:2] == own[:2] or english in own or own in english)


def names_another(entity_type: str, one_word: bool, before: str, after: str, own_given: str = "") -> bool:
    """Is a registry name, found between the folded texts `before` and `after`, part of another
    name? A person's one-word form (a surname, an alias) after a common given name or before a
    rare word written as a name ("هانتر بايدن", "أحمد بوتين", "أوستن تايس": another person; the
    person's own given name in another spelling, `own_given` in English, is his), or
    after a word for a place ("مدينة أوستن": a city); an
    organisation's one-word form after a place word or a product's head ("جنوب شرق الأناضول",
    "لقاح سبوتنيك"); a place before a company's genitive ("مصر للطيران") or after a mission's
    name ("السفارة الأمريكية في القاهرة"); any name inside a short quoted name with other words
    ("أهل مصر" in quotes: an outlet)."""
    words = other_name_words()
    if inside_quoted_name(before, after):
        return True
    joined_before = bool(before) and before[-1] == " " and before.rstrip()[-1:].isalnum()
    joined_after = bool(after) and after[0] == " " and after[1:2].isalnum()
    previous = before.split()[-1] if joined_before else ""
    following = after.split()[0].rstrip(TRAILING) if joined_after else ""
    if entity_type == "place":
        return (following in words.organization_links or _a_trade_after(following, words)
                or _in_a_missions_name(before.split(), words)
                or _inside_a_bracketed_title(before, after, words))
    if not one_word:
        return False
    if entity_type == "person":
        given = next((w for w in word_stems(previous) if w in words.given_names), None) if previous else None
        if given is not None and not _own_given_name(given, own_given):
            return True  # هانتر بايدن، وجيل بايدن
        if previous and word_stems(previous) & words.place_words:
            return True  # مدينة أوستن: a city that a person's surname also names
        return bool(following) and _written_as_a_name(following, words)
    return bool(previous) and bool(word_stems(previous) & (words.place_words | words.product_heads))


def _a_trade_after(following: str, words: OtherNameWords) -> bool:
    """Is the folded word after a place a company's trade with لل, rare in general Arabic (مصر
    للمقاصة "Misr for Clearing"), as a purpose after a place is not ("مصر للمشاركة"، "للمرة")? Not a
    noun that opens with alef: the verbal nouns of purpose do, rare ones too ("للإسراع"، "للانضمام")."""
    rest = following[2:]
    if not following.startswith("لل") or len(following) < 6 or rest.startswith("ا"):
        return False
    spellings = {ARTICLE + rest, ARTICLE + rest[:-1] + "ة"} if rest.endswith("ه") else {ARTICLE + rest}  # folded ة is ه
    return max(zipf_frequency(w, "ar") for w in spellings) < words.rare_zipf


def _in_a_missions_name(before: list[str], words: OtherNameWords) -> bool:
    """Do the words before a place end in a mission's name and في or لدى ("سفارة المملكة العربية
    السعودية في", "السفارة الأمريكية في")? Between the head and the link, words with the article or
    the one word the head is joined to (سفارة روسيا في) say whose mission it is; with none
    ("السفارة في موسكو") the place is named for itself."""
    if not before or before[-1] not in words.mission_links:
        return False
    for back in range(2, min(len(before), 6) + 1):
        word = before[-back]
        stems = word_stems(word) | {w[2:] for w in word_stems(word) if w.startswith(ARTICLE)}
        if stems & words.mission_heads:
            between = before[-back + 1:-1]  # whose mission it is: "السفارة في موسكو" alone names the city
            return bool(between) and all(w.startswith(ARTICLE) or (k == 0 and w.isalpha()) for k, w in enumerate(between))
        if not word.isalpha():
            return False
    return False


def _written_as_a_name(word: str, words: OtherNameWords) -> bool:
    """A word that goes on a person's name: rare, no article nor clitic, no function word nor verb."""
    if not word.isalpha() or word.isascii() or word.startswith(ARTICLE) or len(word) < 3:
        return False
    if word[0] in PROCLITICS:
        return False  # وماكرون، بأن: a clitic starts the next phrase
    if word[0] in "يتن" and len(word) > 3 and (word.endswith(VERB_PLURAL_AND_DUAL_ENDINGS) or zipf_frequency(
            ("ت" if word[0] == "ي" else "ي") + word[1:], "ar") >= words.verb_present_zipf):
        return False  # يبحثان، تعلن: a verb in the present (its other persons are words; تايس's are not)
    if word in load_guard().function_words or is_present_verb(word) or is_future_verb(word):
        return False
    return zipf_frequency(word, "ar") < words.rare_zipf and zipf_frequency("ي" + word, "ar") < words.verb_present_zipf


def _inside_a_bracketed_title(before: str, after: str, words: OtherNameWords) -> bool:
    """Does a place stand in round brackets with one or two other words that are no place word and
    no list ("(ماكيت القاهرة)": a novel's title, as quotes hold one)? "(القاهرة)", "(جنوب مصر)",
    "(مصر وليبيا)" and "(القاهرة - رويترز)" name the place."""
    opening, closing = before.rfind("("), after.find(")")
    if opening < 0 or closing < 0 or ")" in before[opening:] or "(" in after[:closing]:
        return False
    others = before[opening + 1:].split() + after[:closing].split()
    if not 1 <= len(others) <= 2 or any(c in before[opening:] + after[:closing] for c in ".،,:؛!؟?\n/" + "".join(DASHES)):
        return False
    return not any(w[:1] == "و" or w.isdigit() or word_stems(w) & words.place_words for w in others)


def inside_quoted_name(before: str, after: str) -> bool:
    """Do quotes hold the name together with one or two other words ("أهل مصر")?"""
    if not _ANY_QUOTE.search(before):
        return False  # most names: no quote opens before them
    opening = max(before.rfind(q) for q in QUOTES)
    closing = min((i for i in (after.find(q) for q in QUOTES) if i >= 0), default=-1)
    if opening < 0 or closing < 0:
        return False
    inside_before, inside_after = before[opening + 1:], after[:closing]
    if inside_before[:1].isspace() or inside_after[-1:].isspace():
        return False  # a quote that closes before the name, or opens after it
    if any(c in inside_before + inside_after for c in ".،,:؛!؟?\n"):
        return False
    others = len(inside_before.split()) + len(inside_after.split())
    return 1 <= others <= 2
