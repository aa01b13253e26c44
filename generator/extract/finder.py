"""Discovery's finder: the words of a text with their clitics and frequencies, the cues of
generator/data/unknown.yml, and the scan that marks where a person, an organisation, a place or
an agreement is named (`Finder.find`). The passes that add what a head noun, a local place word
or a credit names (organisations.py, local_places.py, agency_credits.py) and the last look at each
candidate (proposal_guard.py) read this module; generator/extract/unknown.py runs them all and
makes the proposals."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from wordfreq import zipf_frequency

from generator.extract.agencies import head_nouns as agency_head_nouns
from generator.extract.entities import load_rules, skeleton_of
from generator.extract.dates.tense import is_future_verb, is_present_verb
from generator.extract.longer_names import QUOTES, names_an_outlet, outlet_words
from generator.extract.places import (Place, division_word_zipf, load_gazetteer, load_local_place_cues, noun_of_general_arabic,
                                     place_countries)
from generator.model import Mention
from generator.text.name_guard import load_guard
from generator.text import orthography
from generator.text.analysis import AnalysedText
from generator.text.orthography import ARABIC_ALPHABET, DASH_CLASS, DASHES, TATWEEL, fold, remove_diacritics, remove_tatweel

SENTENCE_BREAK = re.compile(r"[.!?؟…:\n;؛()\[\]]")
_INDEFINITE_NISBA = ("يه", "يون", "يين")  # folded: ة is ه
_ENDS_CLAUSE = re.compile(r"[.!?؟…:;؛«»“”\"]")  # not a line break: a masthead puts the name under its role
_COMMA = ("،", ",")
_YEAR = re.compile(r"(?:19|20)\d\d")  # folded: Arabic-Indic digits are Western
_PRONOUN_ENDINGS = ("ه", "ها", "هم")  # as written: ة is ta marbuta, ه a pronoun (مهامه، دوره)
DATELINE_SEPARATOR = re.compile(rf"\s*[{DASH_CLASS}/]\s*")  # "القاهرة - أ ش أ", "بغداد/المسلة"
_SHADDA_ONLY = re.compile("[\u064b-\u0650\u0652\u0640]")  # every mark but the shadda
# A final alef maqsura as written, or the Persian ya that Persian keyboards write for both ى and ي:
# a word that folding merges with a name (على / علي) is the common word when it ends so.
_FINAL_ALEF_MAQSURA = ("ى", "ی")
_CREDIT_MARKS = {"(": ")", "[": "]", "/": "/"}  # what encloses a credit ("(قنا)", "/ وام /")


@dataclass(frozen=True)
class VerbPrefixes:
    future: str  # سـ
    person: tuple[str, ...]  # after the future's prefix
    connecting_alef: tuple[str, ...]
    conjunctions: tuple[str, ...]  # a present is not read behind them
    masculine: str = "ي"  # the present's prefix of the third person masculine (يهدد, not تهدد)


@dataclass(frozen=True)
class Cues:
    person: tuple[tuple[str, ...], ...]  # folded cue phrases, longest first
    verbs: frozenset[str]
    organization: frozenset[str]
    agreement: frozenset[str]
    organization_links: tuple[tuple[str, ...], ...]
    place: frozenset[str]
    place_openers: frozenset[str]
    particles: frozenset[str]
    honorifics: frozenset[str]
    article_names: frozenset[str]
    linking: frozenset[str]
    agreeing_adjectives: frozenset[str]  # الأحرار، الأول: after a definite genitive, its adjective
    adjectives: frozenset[str]
    common: frozenset[str]
    written_with_alef_maqsura: frozenset[str]  # common words whose ى folding merges with a name's ي
    rare_zipf: float
    construct_zipf: float
    clitic_margin: float
    adverb_stem_zipf: float
    weak_cue_zipf: float
    max_words: int
    min_person_words: int
    verb_prefixes: VerbPrefixes  # how a verb is written at a name's edge (verb_like)
    given_names: frozenset[str] = frozenset()  # the commonest Arab and foreign given names (given_names.yml)
    arab_given_names: frozenset[str] = frozenset()  # the Arab ones: an Arab family name may follow
    given_names_alone: frozenset[str] = frozenset()  # those that are not also common words
    match_verbs: frozenset[str] = frozenset()  # سجل، أهدر: a player's name follows ...
    scorer_prepositions: tuple[tuple[str, ...], ...] = ()  # عبر، عن طريق: ... or follows these ...
    match_objects: frozenset[str] = frozenset()  # الهدف، ركلة، الدقيقة: ... and ends before these
    match_object_links: frozenset[str] = frozenset()  # في، من: ... or before these and one of them
    # the given names that keep a word out of an outlet's credit: all but the common words Wikidata
    # records as given names too (دنيا "world": رام الله - دنيا الوطن)
    credit_given_names: frozenset[str] = frozenset()
    given_name_next_zipf: float = 0.0
    common_genitive_zipf: float = 0.0  # a definite noun after a given name that is a word too: its genitive (proposal_guard.py)
    list_item_zipf: float = 0.0  # beside a person in a list, an item whose words are all rarer (or a given name first)
    company_tails: frozenset[str] = frozenset()  # هواوي تكنولوجيز: a company's name, not a person's
    participle_plural_zipf: float = 99.0  # سرمين نازحين: a plural participle, not a town's second word
    credit_line_words: int = 0  # a line this short may be a name alone (a caption, a credit)
    common_noun_zipf: float = 99.0
    organization_descriptors: frozenset[str] = frozenset()
    kind_adjectives: frozenset[tuple[str, str]] = frozenset()  # (head, adjective): مستشفى ... العام
    kind_descriptors: frozenset[tuple[str, str]] = frozenset()  # (head, adjective): معبر ... البري, out of the name
    affairs_links: frozenset[str] = frozenset()  # لشؤون: "وزارة الدولة لشؤون الإعلام"
    deputy_titles: tuple[tuple[str, ...], ...] = ()  # نائب رئيس: a deputy's portfolio follows the body
    time_relations: frozenset[str] = frozenset()  # الماضي، المقبل: "العام الماضي" is a year, no kind
    outlet_heads: frozenset[str] = frozenset()
    facilities: frozenset[str] = frozenset()  # heads of places named like organisations (مطار، ملعب)
    # those written with a final ي (كبري "bridge"): written with ى the word is another (كبرى "major")
    facilities_with_final_ya: frozenset[str] = frozenset()
    facility_verbal_nouns: frozenset[str] = frozenset()  # سجن "prison" and "imprisoning"
    division_verbal_nouns: frozenset[str] = frozenset()  # مقاطعة "province" and "boycott"
    verbal_noun_heads: frozenset[str] = frozenset()  # تنظيم "organisation" and "organising"
    number_words: frozenset[str] = frozenset()  # ألف، مليون، مائة: a number, no name's word
    landmarks: frozenset[str] = frozenset()  # those that are common nouns too, taking adjectives (قلعة، نهر)
    name_after_common_head_zipf: float = 0.0
    divisions: frozenset[str] = frozenset()  # place cues that are part of the name (ولاية، محافظة)
    named_with: frozenset[str] = frozenset()  # other place cues kept before a common word (منطقة الحدث)
    agreement_before_place: frozenset[str] = frozenset()  # اتفاق: an agreement's head before a place only
    districts: frozenset[str] = frozenset()  # words for a district that are common words too (مديرية، محلية)
    district_bodies: frozenset[str] = frozenset()  # those that head bodies too (مركز، دائرة)
    rare_word_districts: frozenset[str] = frozenset()  # those that name a district before rare words (دائرة قطور)
    bare_name_gap: float = 1.5  # two words this much rarer with the article than without: a name
    lineage_particles: frozenset[str] = frozenset()  # ولد، بنت: a name by themselves between name words
    filiation_particles: frozenset[str] = frozenset()  # بن، بنت، ولد: between a given name and the father's
    brand_heads: frozenset[str] = frozenset()  # heads left out before a one-word brand (شركة أبل)
    company_kinds: frozenset[str] = frozenset()  # القابضة: a company's kind after its name, which keeps its head
    category_heads: frozenset[str] = frozenset()  # heads of a price index's groups of goods too (مجموعة اللحوم والدواجن)
    trade_heads: frozenset[str] = frozenset()  # السوق المصرية: a country's trade, no institution
    byline_labels: frozenset[str] = frozenset()  # كتب، بقلم: a writer's name follows
    unit_heads: frozenset[str] = frozenset()  # مكتب، قسم: a unit of a body, whose genitive names no person
    office_heads: frozenset[str] = frozenset()  # مكتب: bare before a nisba or a bare word, someone's office
    line_labels: frozenset[str] = frozenset()  # words before a colon that open a line and name no one
    final_particles: frozenset[str] = frozenset()  # a particle whose word ends a name (آل)
    definite_particles: frozenset[str] = frozenset()  # a particle with the article in a family name of two words (العبد الله)
    family_titles: frozenset[str] = frozenset()  # titles that are family names after a given name
    verb_present_zipf: float = 99.0
    name_article_gap: float = 99.0
    noun_zipf: float = 99.0
    squad_labels: tuple[tuple[str, ...], ...] = ()  # خط الدفاع: a line-up's players follow the colon
    speaker_followers: frozenset[str] = frozenset()  # إن، قائلا: what a speaker said follows his name
    person_nouns: frozenset[str] = frozenset()  # المتهم، الشاب، نجله: a weak cue before a name
    heading_line_words: int = 0  # a line above the first paragraph has at most these words
    object_noun_zipf: float = 99.0  # a feminine noun with the article this frequent after a given name: the object
    day_words: frozenset[str] = frozenset()  # يوم، أمس، اليوم: a time that opens the next phrase
    name_titles: frozenset[str] = frozenset()  # اللواء، المهندس: before a name, governing no object
    relative_nouns: frozenset[str] = frozenset()  # ابنته، زوجها: a given name alone after them is the relative's
    age_words: frozenset[str] = frozenset()  # (45 عاما) after a name: the person's age
    named_by_one_genitive: frozenset[str] = frozenset()  # مجلس النواب، وزارة الصحة: one genitive names the body
    member_plurals: frozenset[str] = frozenset()  # مجلس نواب الشعب: the members a council is of, in construct
    purpose_min_letters: int = 5  # للشغل، للرصد (5 letters): the shortest لل + noun that says what a body is for
    seated_heads: frozenset[str] = frozenset()  # وزارة: named by its genitive and its seat (في غزة)
    state_bodies: tuple[tuple[str, ...], ...] = ()  # الدفاع المدني، البنك المركزي: every state has one
    purpose_after_place_heads: frozenset[str] = frozenset()  # مركز أبوظبي للغة العربية
    purpose_not_nouns: frozenset[str] = frozenset()  # للمرة، للعام، للأسف: when or how, not what a body is for
    purpose_elatives: frozenset[str] = frozenset()  # الأعلى، العليا: after them a common noun behind لل is the body's too
    purpose_nouns_with_an: frozenset[str] = frozenset()  # للدفاع عن المستهلك: عن and its object are the name's
    seat_links: frozenset[str] = frozenset()
    credit_max_words: int = 3  # an outlet's credit in common words (دنيا الوطن) ...
    credit_sentence_words: int = 99  # ... before a dash and at least this many words of its paragraph
    title_genitives: frozenset[str] = frozenset()  # رئيس مجلس الوزراء: after a role, a title's words
    clitic_stem_zipf: float = 0.0  # a stem behind و ف ب ل ك at least this common, or the clitic is the name's letter
    conjunction_margin: float = 0.0  # a name's stem behind و this much more common than the word: و is the conjunction
    conjunction_margin_alone: float = 0.0  # any stem behind و this much more common than the word: و is the conjunction
    list_openers: frozenset[str] = frozenset()  # الحراس، النواب: a list of names follows at once
    list_quantifiers: frozenset[str] = frozenset()  # كل، كلا: before من, each of the list's items follows
    list_pronouns: frozenset[str] = frozenset()  # وهم: "and they are", a list's items follow
    titles_before_full_names: frozenset[str] = frozenset()  # الأمير، الشيخ: never before one word alone
    rank_qualifiers: frozenset[str] = frozenset()  # ركن، طيار: after a military rank, still the title
    kunya_particles: frozenset[str] = frozenset()  # أبو: with a given name after it, a person
    # the last look at each candidate (proposal_guard.py)
    after_name_descriptors: frozenset[str] = frozenset()  # السابق، البالغ: they follow a name, not end it
    regnal_ordinals: frozenset[str] = frozenset()  # فرانسوا الأول، إليزابيث الثانية: a monarch's number after a foreign given name
    regnal_names: frozenset[str] = frozenset()  # the given names monarchs and popes reign by (لويس، هنري، إليزابيث)
    time_descriptors: frozenset[str] = frozenset()  # السابق، الأسبق، الجديد: they qualify a role before its name
    nisba_feminine_zipf: float = 99.0
    club_heads: frozenset[str] = frozenset()  # سبارتاك موسكو: a city after them is the club's
    competition_heads: frozenset[str] = frozenset()  # كأس، بطولة: a place after them is the competition's
    club_tails: frozenset[str] = frozenset()  # أوكلاند سيتي: ... and before them
    city_club_heads: frozenset[str] = frozenset()  # نفط ميسان: club_heads that are common words too, before a city only
    work_nouns: frozenset[str] = frozenset()  # مسلسل، رواية: a title in quotes after them is a work's
    glued_word_zipf: float = 99.0
    unseen_zipf: float = 0.0  # rarer than this and never with the article: a transliterated name's word
    common_phrase_zipf: float = 99.0  # no given name, every word this common: a phrase, not a person
    noun_phrase_zipf: float = 99.0  # a noun written this often with and without the article opens no person's name
    phrase_genitive_zipf: float = 99.0  # a definite noun this common ending it: a noun's genitive, not a family name
    # credits (agencies.yml): national agencies' short names, however common a word (قنا، سبأ), and
    # the labels a credit follows (المصدر: وام)
    credit_short_names: frozenset[str] = frozenset()
    credit_source_labels: frozenset[str] = frozenset()
    credit_told_words: frozenset[str] = frozenset()

    @property
    def heads(self) -> frozenset[str]:
        """Head nouns of organisations, agreements and facilities."""
        return self.organization | self.agreement | self.facilities


@functools.lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """How common a written word is in general Arabic (wordfreq's Zipf scale, 0 = unseen)."""
    return zipf_frequency(remove_tatweel(remove_diacritics(word)), "ar")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    written: str
    word: str  # folded
    stems: tuple[str, ...]  # the word, then the word without each clitic it may carry
    plain_stems: tuple[str, ...]  # the same, as written (without diacritics), for wordfreq
    covered: bool  # inside a mention of a registry entity
    gap: str  # the text between the previous token and this one
    article: bool  # carries the article (ال, للـ, والـ ...), as written
    tanwin: bool = False  # ends in the accusative ـًا / ـاً as written: a noun or adverb, never a name

    @property
    def plain_article(self) -> bool:
        """The article with no clitic before it (الروسية, not للأنباء)."""
        return self.article and self.word.startswith("ال")

    @property
    def joined(self) -> bool:
        """Nothing but a space between this token and the previous one."""
        return self.gap.strip() == ""

    @property
    def after_break(self) -> bool:
        return bool(SENTENCE_BREAK.search(self.gap)) or any(q in self.gap for q in QUOTES)

    @property
    def after_comma(self) -> bool:
        return any(c in self.gap for c in _COMMA)


@functools.lru_cache(maxsize=None)
def _clitics() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """Bare clitics, the clitics written لل before a stem, and their first letters."""
    bare = tuple(c for c in sorted(orthography.bare_prefixes(), key=len) if c)
    lam_article = tuple(c for c in sorted(orthography.article_prefixes(), key=len) if c.endswith(orthography.LAM_ARTICLE))
    return bare, lam_article, frozenset(c[0] for c in bare)


def _tokens(analysed_text: AnalysedText, mentions: Iterable[Mention]) -> list[Token]:
    text = analysed_text.text
    spans = sorted((m.start, m.end) for m in mentions)
    bare, lam_article, first_letters = _clitics()
    tokens, previous_end, k = [], 0, 0
    for found in analysed_text.words:
        start, end = found.start, found.end
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        covered = k < len(spans) and spans[k][0] < end
        word = found.folded
        written = text[start:end]
        # Folding keeps the length unless it removed marks: then the plain form is the text.
        plain = written if len(written) == len(word) else remove_tatweel(remove_diacritics(written))
        stems, plain_stems = (word,), (plain,)
        if word[0] in first_letters and len(plain) == len(word):
            cuts = [c for c in bare if word.startswith(c) and len(word) - len(c) >= 2]
            stems += tuple(word[len(c):] for c in cuts)
            plain_stems += tuple(plain[len(c):] for c in cuts)
            # للسودان -> السودان: ل before the article is written لل.
            cuts = [c for c in lam_article if word.startswith(c) and len(word) - len(c) >= 2]
            stems += tuple("ال" + word[len(c):] for c in cuts)
            plain_stems += tuple("ال" + plain[len(c):] for c in cuts)
        # (after a hamza or a ta marbuta the accusative's tanwin takes no alef: احتفاءً، مرةً)
        tanwin = written.endswith(("ًا", "ءً", "ةً")) or written.endswith(("ا", "ء", "ة")) and text[end:end + 1] == "\u064b"
        tokens.append(Token(start, end, written, word, stems, plain_stems, covered, text[previous_end:start],
                             _has_article(plain, word), tanwin))
        previous_end = end
    return tokens


def _has_article(plain: str, word: str) -> bool:
    """Does the word carry the article, alone or behind a clitic (الروسي، للصحفيين، والوزير)?
    A bare ال only as written (إليزابيث has a hamza); behind و ف ب ك only before a long
    enough stem, so that والاس (Wallace) stays a name."""
    if plain.startswith("ال"):
        return len(word) > 3
    if word.startswith("لل"):
        return len(word) >= 5
    return word.startswith(("وال", "فال", "بال", "كال")) and len(word) >= 7


def _carries_clitic(token: Token, margin: float) -> bool:
    """و ف ب ل ك before a stem that general Arabic uses much more than the whole word
    (ومولود, بالتراضي, لرئاسة; not وليد or فيصل)."""
    if len(token.stems) == 1:
        return False
    whole = token.plain_stems[0]
    if whole.startswith("ف") and not whole.startswith("فال"):
        return False  # names start with ف (فيصل، فتحي، فيدان) far more often than sentences do
    # Each letter taken off must buy its margin: و + ليد is وليد, not و + ل + يد.
    return any(zipf(stem) >= zipf(whole) + margin * (len(whole) - len(stem) if not stem.startswith("ال") else 1)
               for stem in token.plain_stems[1:])


def stem_in(token: Token, words) -> str | None:
    """The token, or the token without its clitic, if it is one of `words`."""
    return next((stem for stem in token.stems if stem in words), None)


def _adjective_like(token: Token) -> bool:
    """An adjective with the article that agrees with a head (العليا، المستقلة، الوطني): a nisba,
    or a feminine or elative form (العليا، الكبرى، المستقلة, as written with ة or ى)."""
    plain = token.plain_stems[0]
    return token.plain_article and (token_is_nisba(token) or plain.endswith(("ة", "ى", "يا")) and len(plain) >= 5)


def _adjective_shaped(token: Token) -> bool:
    """A word with the article that can agree with a noun before it: a nisba, a feminine or an
    elative written as one (_adjective_like), the patterns أفعل (الأحمر، الأعلى) and فعيل (السريع،
    الكبير) of four letters, or a sound masculine plural (المسلمين، المتحدون). A broken plural or a
    verbal noun (الجهود، المصدر، المركز) is none."""
    bare = token.plain_stems[0].removeprefix("ال")
    return (token_is_nisba(token) or _adjective_like(token) or len(bare) == 4 and (bare[0] in "أا" or bare[2] == "ي")
            or len(bare) >= 5 and bare.endswith(orthography.MASCULINE_PLURAL_ENDINGS))


def feminine_nisba(plain: str, cues) -> bool:
    """A word in ية that general Arabic writes as an adjective: its masculine (سياسية: سياسي،
    شمالية: شمالي) or its form with the article (النائية 3.8، الاصطناعية 3.5) at least
    nisba_feminine_zipf. A town's or a brand's name in ية has no such twin (بجاية، غرداية: 0)."""
    return (plain.endswith(orthography.FEMININE_NISBA_ENDING) and len(plain) >= 5
            and max(zipf(plain[:-1]), zipf(orthography.ARTICLE + plain)) >= cues.nisba_feminine_zipf)


def token_is_nisba(token: Token) -> bool:
    """An adjective of relation with the article (المصري، الروسية، الدولي، القضائية); not a noun
    whose hamza folding writes like one (الهيئة، البيئة، الفئة: ئة folds to يه)."""
    plain = token.plain_stems[0]
    return (token.plain_article and token.word.endswith(orthography.NISBA_ENDINGS + orthography.NISBA_PLURAL_ENDINGS)
            and not (plain.endswith(("ئة", "ئه")) and not plain.endswith(("ائة", "ائه", "وئة", "وئه"))))


_NATIONALITIES: dict[tuple, bool] = {}  # Finder.nationality's answer for each written word


@dataclass
class Found:
    start: int  # token index
    end: int
    type: str
    role: str | None = None
    place: Place | None = None
    conjunction: bool = False  # the first word carries و (... خلوصي أكار ومولود جاويش أوغلو)
    head: int | None = None  # an outlet's head left out of its name (صحيفة "عكاظ"): kept as a spelling
    short: int | None = None  # where a spelling without the name's first word starts (ولاية النعامة: النعامة)
    named_as: str | None = None  # the head a cue implied (نادي for "لاعب الاتحاد"): a spelling with it
    # A credit's name (an agency's, a source line's, a dateline's, one in quotes), kept as written:
    # no clitic to read off its first word (وام، وفا), no descriptor to cut off its end (الرأي الجديد).
    as_written: bool = False
    spelling_end: int | None = None  # where a spelling without the name's last word ends (الجزائر العاصمة: الجزائر)
    state: Place | None = None  # the one state a body named by one genitive belongs to (وزارة الصحة)
    # Where a credit line signs the news (a dateline's, a source line's, one opening the line before a
    # dash): there a very common word is the outlet's name ("الحقيقة / نواكشوط /"), which discovery keeps.
    credit_line: bool = False
    tagged: bool = False  # added by the name tagger (name_tagger.py), where no rule candidate stood


class Finder:
    """Every candidate in one text, by cue; each token belongs to one candidate at most."""

    def __init__(self, analysed_text: AnalysedText, mentions: Iterable[Mention], cues: Cues, body_start: int = 0):
        self.text = analysed_text.text
        self.cues = cues
        self.tokens = _tokens(analysed_text, mentions)
        # The first token of the body (after a title read on a line of its own): a dateline's place.
        self.body_first = next((k for k, t in enumerate(self.tokens) if t.start >= body_start), len(self.tokens))
        self.gazetteer = load_gazetteer()
        self._states: frozenset[Place] | None = None
        self._words: frozenset[str] | None = None
        self.cues_by_head: dict[str, list[tuple[str, ...]]] = {}
        for phrase in cues.person:
            self.cues_by_head.setdefault(phrase[0], []).append(phrase)

    # --- what a word is ---------------------------------------------------------------

    def carries_clitic(self, token: Token) -> bool:
        if (self.given_word(token, self.cues.given_names) and not token.article
                and all(zipf(stem) < self.cues.given_name_next_zipf for stem in token.plain_stems[1:])):
            return False  # وجدي: the given name as written, not و + جدي (not باسمه، لحسن: ب + اسمه، ل + حسن)
        return _carries_clitic(token, self.cues.clitic_margin)

    def possessed(self, token: Token) -> bool:
        """A noun with a pronoun after it (خارجيته, دفاعه, قراراته), behind a clitic too
        (ودباباته): its stem is the more frequent word. A word with the article takes no pronoun
        (المهنا is a family name, not المهن + نا)."""
        return not token.article and any(self._possessed(plain) for plain in token.plain_stems)

    def _possessed(self, plain: str) -> bool:
        if len(plain) < 4 or not plain.endswith(("ه", "ها", "هم", "هما")) and not (len(plain) >= 5 and plain.endswith(("نا", "كم"))):
            return False
        # ه is one letter to take off (دعاله is no دعا + له); ها، هم، نا، كم two.
        bases = [plain[:-1]] if plain.endswith("ه") else [plain[:-1], plain[:-2]]
        if len(plain) >= 6 and plain.endswith("هما"):
            bases += [plain[:-3], plain[:-4]]  # رصيديهما: the dual's pronoun, after the dual's ي (رصيد)
        bases += [base[:-1] + "ة" for base in bases if base.endswith("ت")]  # مواكبتها: مواكبة
        bases += [base[:-1] + "ى" for base in bases if base.endswith("ا")]  # مرماه: مرمى
        return any(zipf(base) >= max(zipf(plain) + self.cues.clitic_margin, self.cues.rare_zipf)
                   for base in bases if len(base) >= 2)

    def name_word(self, token: Token) -> bool:
        """Could this word be part of a person's name, wherever it stands?"""
        c = self.cues
        return (
            len(token.word) >= 2
            and token.word.isalpha()
            and not token.word.isascii()
            and not token.covered
            and not any(w in c.verbs or w in c.match_verbs or w in c.adjectives or w in c.linking or w in c.organization
                        or w in c.place or (w,) in c.person for w in token.stems)
            and token.word not in c.speaker_followers  # قائلا، مضيفا: what follows a speaker
            and stem_in(token, c.match_objects) is None  # الهدف، ركلة: what a player did, after his name
            and not (token.word.endswith("ا") and (token.word[:-1],) in c.person)  # عين ... محافظا
            and not self.plural_verb(token)  # نشروا تغريدة تقول: they posted
            and not token.tanwin
            and not self.common(token)
            and not (token.article and not token.plain_article)  # للصحفيين, والوزير
            and not self.carries_clitic(token)
            and not self.possessed(token)
            and not any(self.gazetteer.lookup((w,)) for w in token.stems)  # الجزائر، لمصر
        )

    def preposition(self, token: Token) -> bool:
        """A preposition (name_guard.yml), which starts no name (ضد ضمك، علی اسماء), unless it is
        written as the given name that folding merges it with (علي / على: given_word decides)."""
        return (orthography.name_key(token.word) in load_guard().prepositions
                and not self.given_word(token, self.cues.given_names))

    def given_word(self, token: Token, names: frozenset[str]) -> bool:
        """Is the word, as written, one of the given names `names`? Folding writes ى as ي, so a
        preposition or a common word written with ى (على، لدى) is not the name it folds to (علي)."""
        if token.word not in names:
            return False
        if not token.plain_stems[0].endswith(_FINAL_ALEF_MAQSURA):
            return True  # the common case, decided before the lookups below
        return not (orthography.name_key(token.word) in load_guard().prepositions
                    or token.word in self.cues.written_with_alef_maqsura)

    def family_name_behind_letter(self, token: Token) -> bool:
        """A rare word after a given name that reads as و ف ب ل ك before a stem general Arabic
        hardly uses either (كيفن وارش: و + ارش, بوسعيد: ب + وسعيد): the letter is the family
        name's own."""
        if not token.word.isalpha() or token.covered or token.article or not self.rare(token):
            return False
        if any(zipf(stem) >= self.cues.clitic_stem_zipf for stem in token.plain_stems[1:]):
            return False
        if token.plain_stems[0].startswith("و") and any(self.another_behind_and(token, stem, plain)
                                                       for stem, plain in zip(token.stems[1:], token.plain_stems[1:])):
            return False  # حمد وغزالة، موزة وعقيلة: and another (not وارش، ونيس)
        return self.name_word(replace(token, stems=token.stems[:1], plain_stems=token.plain_stems[:1]))

    def letter_family_name_closing(self, k: int, after_given: bool = False) -> bool:
        """A family name that reads as ك or ل before a frequent word (كروما: ك + روما، لحبيبي: ل +
        حبيبي), right after an Arab given name, that closes the name's item: a comma, a sentence's or
        a line's end, or the list's next item behind و and a given name (وثائر كروما وخالد: `after_given`,
        the given name behind و before it). General Arabic writes the whole word (rarer than rare_zipf, not unseen); "like" or "to" before a noun
        ends no list item after a given name. Not a place behind ل (لروما: to Rome), a given name
        behind ل (لأحمد), a noun with its pronoun (لصديقه) or a verb."""
        tokens, c = self.tokens, self.cues
        token = tokens[k]
        if (k == 0 or token.article or token.covered or not token.word.isalpha() or token.word[0] not in "كل"
                or len(token.word) < 4 or len(token.stems) < 2 or not (after_given or self.given_at(k - 1, arab=True))
                or not token.joined or "\n" in token.gap or not 0 < zipf(token.written) < c.rare_zipf
                or self.possessed(token) or self.verb_like(token, past=False)
                or self.adverb(token) and zipf(token.plain_stems[0][:-1]) >= zipf(token.plain_stems[1])):
            return False  # كروما: ك + روما rather than كروم + ا (an adverb's accusative)
        stem = token.word[1:]
        if token.word[0] == "ل" and (stem in c.given_names or self.gazetteer.lookup((stem,))):
            return False
        if k + 1 >= len(tokens) or tokens[k + 1].after_comma or tokens[k + 1].after_break or "\n" in tokens[k + 1].gap:
            return True
        after = tokens[k + 1]
        return (after.joined and after.word.startswith("و") and len(after.stems) > 1
                and after.stems[1] in c.given_names and not after.covered)

    def another_behind_and(self, token: Token, stem: str, plain: str) -> bool:
        """Is the word behind و (its stem `stem`, written `plain`) "and" another name or word rather
        than a family name that starts with و? General Arabic writes the stem alone much more often
        than with و, and it is a given name, a place, or a word this text writes alone too (شكري
        ولافروف، موزة وعقيلة، وواسط); or far more often (حمد وغزالة). The margins are unknown.yml's."""
        c = self.cues
        gain = zipf(plain) - zipf(token.written)
        if gain >= c.conjunction_margin_alone:
            return True
        return gain >= c.conjunction_margin and (
            stem in c.given_names or bool(self.gazetteer.lookup((stem,))) or stem in self.words())

    def words(self) -> frozenset[str]:
        """Every word of the text as the tokens fold it."""
        if self._words is None:
            self._words = frozenset(t.word for t in self.tokens)
        return self._words

    def plural_verb(self, token: Token) -> bool:
        """A verb in the past plural (نشروا، رفعوا، أغلقوا): its present (ي + the stem, after a
        hamza's alef) is as frequent as general Arabic's words; a name in وا is not (بونوا)."""
        plain = token.plain_stems[0]
        if len(plain) < 5 or not plain.endswith("وا"):
            return False
        stem = plain[:-2]
        stems = (stem, stem[1:]) if stem[0] in "أا" else (stem,)
        return any(zipf("ي" + s) >= self.cues.rare_zipf for s in stems)

    def common(self, token: Token) -> bool:
        """A common word, however it is joined; "على" is the preposition, "علي" the name
        (folding makes them one word, so the written ending decides)."""
        c = self.cues
        for stem, plain in zip(token.stems, token.plain_stems):
            if stem in c.common and not (stem in c.written_with_alef_maqsura and not plain.endswith(_FINAL_ALEF_MAQSURA)):
                return True
        return False

    def rare(self, token: Token) -> bool:
        return zipf(token.written) < self.cues.rare_zipf and not self.adverb(token)

    def adverb(self, token: Token) -> bool:
        """An accusative adverb (متوجها، مؤكدا): ends in alef after a word general Arabic
        uses (the threshold and its limits are in unknown.yml)."""
        plain = token.plain_stems[0]
        return plain.endswith("ا") and len(plain) > 3 and zipf(plain[:-1]) >= self.cues.adverb_stem_zipf

    def place_at(self, i: int, known_too: bool = False) -> tuple[int, Place] | None:
        """(end token, place) of the longest gazetteer name starting at token i; `known_too`:
        also where the registry matched it (a place inside an organisation's name)."""
        tokens = self.tokens
        if tokens[i].covered and not known_too:
            return None
        if not any(stem in self.gazetteer.first_words for stem in tokens[i].stems):
            # Only a name told apart by its shadda is left (عمّان is Amman).
            marked = self.gazetteer.marked.get(_SHADDA_ONLY.sub("", tokens[i].written))
            return (i + 1, marked) if marked else None
        for length in range(min(self.gazetteer.longest, len(tokens) - i), 0, -1):
            # A registry name may be inside a longer place (صعيد مصر), not start it.
            if any(not tokens[i + k].joined for k in range(1, length)) or tokens[i].covered and not known_too:
                continue
            rest = tuple(t.word for t in tokens[i + 1:i + length])
            for stem in tokens[i].stems:
                place = self.gazetteer.lookup((stem, *rest))
                if place and length == 1 and stem in self.gazetteer.word_like and not (
                        i > 0 and tokens[i].joined and (tokens[i - 1].word in self.gazetteer.word_like_after
                                                         or self.after_district_word(i))
                        or self.behind_preposition_clitic(tokens[i], stem) or _hamza_written(place.name, tokens[i])
                        or self.opens_a_dateline(i) or self.named_by_place_after(i)):
                    continue  # دعم مالي is financial support; في مالي is Mali, and so is "مالي - "; جامعة ذمار
                if place and length == 1 and stem in self.gazetteer.nisba_like and self.adjective_of_noun_before(i):
                    continue  # المرأة السعودية is the Saudi woman
                if place:
                    return i + length, place
                if length == 1 and (place := self.gazetteer.after_cue.get((stem,))) and (i > 0 and tokens[i].joined and (
                        tokens[i - 1].word in self.gazetteer.word_like_after or stem_in(tokens[i - 1], self.cues.place)
                        or self.after_district_word(i)
                        or stem_in(tokens[i - 1], load_local_place_cues().plural_place_words))
                        or self.opens_a_dateline(i) or self.named_by_place_after(i)):
                    return i + 1, place  # في ديالى، محافظة ديالى، مناطق عسير؛ "ذمار / 14 أكتوبر :"
        return None

    def behind_preposition_clitic(self, token: Token, stem: str) -> bool:
        """Is the one-word place `stem` written behind ب "in", as after في ("بالمنيا"، "بحولي")?"""
        return token.word == "ب" + stem

    def after_district_word(self, i: int) -> bool:
        """Is token i right after a bare word for a district (مديرية، دائرة، مركز)? There a town or
        region whose name is also a word is the place ("دائرة معسكر"), unless a nisba describes the
        word ("مركز مالي" a financial centre)."""
        tokens = self.tokens
        return (i > 0 and tokens[i].joined and not tokens[i - 1].article and not self.nisba_describing(tokens[i])
                and stem_in(tokens[i - 1], self.cues.districts) is not None)

    def named_by_place_after(self, i: int) -> bool:
        """Is token i right after the bare head of a body named by a place (unknown.yml
        purpose_after_place_heads: "جامعة ذمار"، "مركز ديالى")? There a town or region whose name
        is also a word is the place, as after "في"."""
        tokens = self.tokens
        return (i > 0 and tokens[i].joined and not tokens[i - 1].article and not self.nisba_describing(tokens[i])
                and stem_in(tokens[i - 1], self.cues.purpose_after_place_heads) is not None)

    def nisba_describing(self, token: Token) -> bool:
        """A nisba without the article whose feminine general Arabic writes often: it describes the
        noun before it ("مجلس وزاري"، "مركز مالي" a financial centre), it names no place or body."""
        return token.word.endswith("ي") and zipf(token.plain_stems[0] + "ة") >= self.cues.nisba_feminine_zipf

    def opens_a_dateline(self, i: int) -> bool:
        """Does the one word at token i open a line, a dateline's mark after it ("ذمار / 14 أكتوبر :"،
        "المسيلة/ حضر الوالي")? A dateline opens with the place where the news was written."""
        tokens = self.tokens
        return ((i == 0 or "\n" in tokens[i].gap) and i + 1 < len(tokens) and "\n" not in tokens[i + 1].gap
                and bool(DATELINE_SEPARATOR.fullmatch(tokens[i + 1].gap)))

    def adjective_of_noun_before(self, i: int) -> bool:
        """Is token i, a place with the article written as a feminine nisba, the adjective of the
        feminine definite noun right before it (المرأة، للمرأة السعودية)? Not behind a clitic (والسعودية), nor after
        a place word, a place or a nisba, after which a place stands in apposition (المدينة
        الساحلية المهدية)."""
        tokens = self.tokens
        if i == 0 or tokens[i].gap != " " or not tokens[i].plain_article:
            return False
        before = tokens[i - 1]
        feminine = before.word.endswith((*orthography.FEMININE_ENDINGS, orthography.FEMININE_PLURAL_ENDING))  # the adjective agrees: not "زار الوزير السعودية"
        return (feminine and before.article and not before.covered and not token_is_nisba(before)
                and stem_in(before, self.cues.place) is None and self.place_at(i - 1, known_too=True) is None)

    # --- people ---------------------------------------------------------------------

    def cue_at(self, i: int) -> int:
        """Length in words of the person cue that starts at token i, or 0."""
        for stem in self.tokens[i].stems:
            for phrase in self.cues_by_head.get(stem, ()):  # longest first
                if i + len(phrase) <= len(self.tokens) and all(
                    self.tokens[i + k].word == phrase[k] and self.tokens[i + k].joined for k in range(1, len(phrase))
                ):
                    return len(phrase)
        return 0

    def skip_complements(self, j: int) -> int:
        """The first token after the words that may stand between a title and a name:
        genitives and nisba adjectives with the article, linking words, organisations'
        heads, places and registry names, honorifics and other titles."""
        c, tokens = self.cues, self.tokens
        while j < len(tokens):
            token = tokens[j]
            if token.after_break:
                if self.quoted_title(j):
                    return j + 1  # سماحة "الشيخ عبدالحسين عبدالله": the title inside the quotes, then the name
                return self.quoted_complement_end(j) or j  # القيادي في "التيار الصدري" حاكم الزاملي
            if token.after_comma:
                # An apposition: the name comes after the comma, unless the comma ends the cue.
                return j
            previous = tokens[j - 1]
            # After في، لدى، باسم one word is the place or body (في روسيا، باسم حماس), and after
            # an organisation's head its own name (لمجمع سوناطراك، حركة حماس).
            after_link = previous.word in c.linking and not (  # النائب العام الصديق الصور: العام ends the role
                previous.plain_article and self.definite_given_before_definite(j)) or (
                head_stem(previous, c.organization) is not None and not token.article and not self.common(token)
                and (self.rare(token) or self.brand_after_bare_head(previous, token))) or (
                token.word in c.member_plurals and stem_in(previous, c.named_by_one_genitive) is not None)  # رئيس هيئة كبار العلماء
            if token.covered and not (after_link or previous.covered):
                break  # a known name right after the title: the name slot is taken
            if self.given_before_particle(j):
                break  # المستشار تركي آل الشيخ: a given name that is an adjective too (تركي), then آل
            if not token.article and self.lineage_name(j) is not None:
                break  # المدير السابق للميناء حسنه ولد اعل: a lineage particle holds the name from here
            place = self.place_at(j)
            if place:
                j = place[0]
                continue
            if self.cue_at(j) == 1 and self.common_given_before_name(j) is not None:
                break  # المهندس رائد مظفر أبو السعود، الروائي أمير تاج السر: a title's word that is a given name, before a name
            if self.cue_at(j) and j + self.cue_at(j) < len(tokens):
                j += self.cue_at(j)  # a title after a title: الرئيس السابق ... ، المستشار
                continue
            behind_clitic = any(st.startswith("ال") and len(st) > 3 and zipf(plain) >= zipf(token.plain_stems[0])
                                for st, plain in zip(token.stems[1:], token.plain_stems[1:])) or (  # والصيد, not فاليري
                token.word.startswith(("ب", "ل")) and self.carries_clitic(token) and j + 1 < len(tokens) and tokens[j + 1].joined
                and self.name_word(tokens[j + 1]) and not tokens[j + 1].article
                and (self.given_at(j + 1) or zipf(tokens[j + 1].written) < c.weak_cue_zipf)) or (  # القيادي بحماس عطالله، الرئيس التنفيذي لتويتر باراج أجراوال
                token.word.startswith("و") and j + 1 < len(tokens) and tokens[j + 1].plain_article
                and tokens[j + 1].joined and self.carries_clitic(token))  # وذوي الحقوق
            construct = (token.written.endswith("ة") and j + 1 < len(tokens) and tokens[j + 1].plain_article
                         and tokens[j + 1].joined and not self.definite_given_name(j)
                         and not self.given_at(j, alone=True))  # مدير إدارة الشرق، رئيس هيئة الأركان; not الممثلة الزاهية الزاهري, اللواء أسامة القاضي
            if behind_clitic and self.letter_word_before_given(j) and self.name_from(j + 1, strong=True) is None:
                break  # الممثل بيومي فؤاد: the words after it make no name alone, so the clitic word starts the name
            if (after_link or token.covered or token.word in c.linking or token.word in c.adjectives
                    or construct or behind_clitic or self.possessed(token)
                    or token.word in c.honorifics or stem_in(token, c.organization)
                    or token.word in c.time_descriptors  # وزير الصناعة الأسبق عبد السلام بوشوارب
                    or ("ال" + token.word,) in c.person  # الفريق مهندس ...: a title without the article
                    or token.word in c.rank_qualifiers and self.rank_before(j)  # الفريق ركن ياسر العطا، العميد طيار
                    or (token.article and token.word not in c.common and not self._family_name_first(j)
                        and not (previous.article and self.definite_given_name(j))
                        and not self.definite_given_before_bare(j)  # رئيس الجامعة المهدي الزواوي، الرئيس الصادق عمروس، والي تونس الشاذلي بوعلاق
                        and not self.definite_given_before_definite(j))):  # النائب العام الصديق الصور،
                j += 1
                continue
            break
        return j

    def rank_before(self, j: int) -> bool:
        """Is token j right after a military rank, or after another qualifier of one (الفريق أول
        ركن، اللواء الركن طيار)? The rank is a person cue of one word or ends one (الفريق أول)."""
        tokens, qualifiers = self.tokens, self.cues.rank_qualifiers
        k = j - 1
        while k > 0 and (tokens[k].word in qualifiers or tokens[k].word[2:] in qualifiers or tokens[k].word == "اول"):
            k -= 1
        return bool(self.cue_at(k))

    def brand_after_bare_head(self, head: Token, token: Token) -> bool:
        """An organisation's head without the article (لشركة، مجموعة) is in construct: the word
        after it is its genitive, the body's own name, even a brand general Arabic knows (الرئيس
        التنفيذي لشركة أرامكو السعودية أمين ناصر); not a given name, which a name slot may hold."""
        return (not head.article and zipf(token.written) < self.cues.weak_cue_zipf
                and not self.given_word(token, self.cues.given_names))

    def quoted_title(self, j: int) -> bool:
        """Does a quote open at token j on a title of a name (الشيخ، الدكتور، اللواء) with a name word
        joined after it (سماحة "الشيخ عبدالحسين عبدالله")?"""
        tokens, c = self.tokens, self.cues
        token = tokens[j]
        return (quote_only(token) and j + 1 < len(tokens) and tokens[j + 1].joined and self.name_word(tokens[j + 1])
                and (token.word in c.family_titles or token.word in c.name_titles or token.word in c.titles_before_full_names))

    def quoted_complement_end(self, j: int) -> int | None:
        """Where a body's name in quotes that opens at token j after a linking word (في، عن) or an
        organisation's head ends: the token after the closing quote; or None."""
        tokens, c = self.tokens, self.cues
        previous = tokens[j - 1]
        if (j == 0 or not quote_only(tokens[j])
                or not (previous.word in c.linking or head_stem(previous, c.organization) is not None)):
            return None
        k = j + 1
        while k < len(tokens) and tokens[k].joined and k - j < 5:
            k += 1
        return k if k < len(tokens) and quote_only(tokens[k]) else None

    def _family_name_first(self, j: int) -> bool:
        """A rare word with the article that a name follows (الباجي قايد السبسي): the name's
        first word, not a complement of the title."""
        tokens = self.tokens
        token = tokens[j]
        if not token.plain_article or token_is_nisba(token):
            return False
        return (self.rare(token) and j + 1 < len(tokens) and tokens[j + 1].joined
                and not tokens[j + 1].article and self.name_word(tokens[j + 1]) and self.rare(tokens[j + 1])
                and not self.conjugated(tokens[j + 1]))

    @staticmethod
    def conjugated(token: Token) -> bool:
        """A verb in the present, told by its other person: general Arabic writes it with ت for ي
        too (يحاضر / تحاضر), as a name is not (يوسف، يعقوب)."""
        plain = token.plain_stems[0]
        if len(plain) < 4 or plain[0] not in "يت":
            return False
        return zipf(("ت" if plain[0] == "ي" else "ي") + plain[1:]) >= 1.0 and zipf(plain) > 0

    def coordinated_name(self, j: int) -> tuple[int, int] | None:
        """A second name joined to a person's name by و, with a cue of its own or as rare
        as a name (وزيري الدفاع والخارجية خلوصي أكار ومولود جاويش أوغلو); the next item of a
        list after a comma too ("هيبت الحلبوسي، وعامر عبد الجبار، وسالم العيساوي"), and a
        given name of two words behind و (وعبد الرحمن الصانبي)."""
        tokens, c = self.tokens, self.cues
        if (j + 1 < len(tokens) and tokens[j].word == "و" and not tokens[j].after_break and tokens[j + 1].joined
                and self.given_at(j + 1) and not tokens[j + 1].covered):
            # "محمد جمال و عادل طه و أحمد حمدي": و written apart, then a given name: the list's next item
            end = self.name_from(j + 1, strong=False)
            return (j + 1, end) if end and end - j - 1 >= c.min_person_words and (
                self.weak_name_ok(j + 1, end) or all(self.given_at(m) for m in range(j + 1, end))) else None
        if j >= len(tokens) or tokens[j].after_break or not tokens[j].word.startswith("و") or len(tokens[j].stems) < 2:
            return None
        stem = tokens[j].stems[1]
        if zipf(tokens[j].plain_stems[1]) < zipf(tokens[j].plain_stems[0]) and stem not in c.given_names:
            return None  # وزير is a word, not و + زير (شريف فاروق وزير التموين)
        if self.gazetteer.lookup((stem,)) and j + 1 < len(tokens) and tokens[j + 1].joined:
            # A list of office holders by country: "رئيسي فرنسا إيمانويل ماكرون، وفنلندا ألكسندر ستوب".
            end = self.name_from(j + 1, strong=False)
            return (j + 1, end) if end and self.weak_name_ok(j + 1, end) else None
        if tokens[j].article and (end := self.lineage_name(j, behind_and=True)) is not None:
            return j, end  # "، والطالب ولد عبدي فال،": a list's next item held together by ولد
        if self.definite_given_behind_and(j):
            return j, j + 2  # "والسعيد فيصل والسيد ...": a given name with the article, then a given name
        listed = not tokens[j].joined  # "، وعامر عبد الجبار": only a given name opens a list's next item
        if listed and not (tokens[j].gap.strip() in _COMMA and stem in c.given_names):
            return None
        if stem in c.common or stem in c.verbs or stem in c.organization or (stem,) in c.person or tokens[j].article:
            return None
        # a given name behind و and given names after it, common words too (وصبحي صالح، ومحمد علي)
        compound = (stem in c.particles and j + 1 < len(tokens) and tokens[j + 1].joined
                    and stem + tokens[j + 1].word in c.given_names)  # وعبد الرحمن، وعبد الإله
        given_first = stem in c.given_names or compound
        k = j + 1
        while k < len(tokens) and tokens[k].joined and k - j < c.max_words:
            previous = stem if k == j + 1 else tokens[k - 1].word
            if not (self.name_word(tokens[k]) and (tokens[k].article or self.rare(tokens[k]) or previous in c.particles
                                                   or tokens[k].word in c.particles and k + 1 < len(tokens) and tokens[k + 1].joined)
                    or given_first and self.given_at(k) and not tokens[k].covered
                    or given_first and k == j + 1 + compound and (self.family_name_behind_letter(tokens[k])
                                                                  or self.letter_family_name_closing(k, after_given=True))
                    or given_first and k == j + 1 + compound and self.title_as_family_name(k)  # وطارق الشيخ، ومحمد العمدة و...
                    or given_first and k == j + 1 + compound and self.word_closing_an_item(k)):  # وجهاد ذكري، كما
                break
            k += 1
            if tokens[k - 1].article and not (compound and k == j + 2) and previous not in c.particles:
                break  # a family name with the article ends the name (not الرحمن of عبد الرحمن)
        titled = given_first and k == j + 2 + compound and self.title_as_family_name(k - 1)
        # "، وجمال العلوي، فيما": a list's item that a comma or a break closes, a given name first; behind
        # a joined و too when its second word is a bare name word right before the comma (وجهاد ذكري،)
        closed_item = given_first and (k == len(tokens) or tokens[k].after_comma or tokens[k].after_break) and (
            listed or k == j + 2 + compound and self.word_closing_an_item(k - 1))
        if k - j < c.min_person_words + compound or not (
                self.weak_name_ok(j + 1, k) or given_first and all(self.given_at(m) for m in range(j + 1, k)) or titled
                or closed_item):
            return None
        return j, k

    def definite_given_behind_and(self, j: int) -> bool:
        """Is token j a list's next item behind و that opens with an Arab given name written with the
        article (والسعيد، والمهدي، والصادق), no title (والأمير، والشيخ), before a bare given name
        (والسعيد فيصل)? The adjective (والسعيد: and the happy one) takes no given name after it."""
        tokens, c = self.tokens, self.cues
        token = tokens[j]
        if (j + 1 >= len(tokens) or token.covered or not token.word.startswith("وال")
                or len(token.stems) < 2 or not token.stems[1].startswith("ال")  # والتاج: a short stem, the article still
                or token.stems[1][2:] not in c.arab_given_names
                or token.stems[1] in c.family_titles or token.stems[1] in c.titles_before_full_names):
            return False
        after = tokens[j + 1]
        return (after.joined and "\n" not in after.gap and not after.article and not after.covered
                and self.given_at(j + 1, arab=True) == 1)

    def word_closing_an_item(self, k: int) -> bool:
        """A bare name word, no verb or adverb, right before a comma, a sentence's break or the text's
        end: the family name that closes a list's item after its given name (وجهاد ذكري، كما ضمت)."""
        tokens = self.tokens
        token = tokens[k]
        if (token.article or not token.joined or "\n" in token.gap or not self.name_word(token)
                or self.verb_like(token, past=False) or self.adverb(token)):
            return False
        return k + 1 >= len(tokens) or tokens[k + 1].after_comma or tokens[k + 1].after_break or "\n" in tokens[k + 1].gap

    def byline_name(self, i: int) -> int | None:
        """The end of the writer's name after a byline label that opens a line at token i
        ("كتب: محمود عبد الراضي", "كتبت - نورهان مصطفى", "بقلم ياسر رزق"), or None. The name
        ends with its line."""
        tokens, c = self.tokens, self.cues
        if tokens[i].word not in c.byline_labels or (i > 0 and "\n" not in tokens[i].gap) or i + 1 >= len(tokens):
            return None
        if "\n" in tokens[i + 1].gap:
            return None
        line_end = next((k for k in range(i + 2, len(tokens)) if "\n" in tokens[k].gap or ":" in tokens[k].gap),
                        len(tokens))
        end = self.name_from(i + 1, strong=True, self_cued=True)
        if end is None:
            return None
        end = min(end, line_end)
        return end if end - (i + 1) >= c.min_person_words else None

    def abbreviated_title(self, k: int) -> bool:
        """Is token k a title cut to one letter and a full stop (د. م. أ.)? A letter with a full
        stop is no Arabic word."""
        tokens = self.tokens
        return (k + 1 < len(tokens) and len(tokens[k].word) == 1 and not tokens[k].word.isascii()
                and tokens[k + 1].gap.strip() == ".")

    def name_after_abbreviated_title(self, i: int) -> int | None:
        """The end of a name after a title cut to one letter and a full stop (د. for دكتور، م.
        for مهندس، أ. for أستاذ: "د.يامن علي احموده"، "م. علاء العطار"), or None. A list's letter
        (أ. تطوير البنية) is told apart by what follows: a given name or a word less frequent than
        weak_cue_zipf."""
        tokens = self.tokens
        if not self.abbreviated_title(i) or not (self.given_at(i + 1) or zipf(tokens[i + 1].written) < self.cues.weak_cue_zipf):
            return None
        end = self.name_from(i + 1, strong=True, self_cued=True)
        return end if end is not None and end - (i + 1) >= self.cues.min_person_words else None

    def byline_by_place(self, i: int) -> tuple[int, int] | None:
        """(start, end) of a reporter's name on a dateline that opens the line at token i: after
        the place and a colon or a dash ("بغداد: زيدان الربيع") or before a dash and the place
        ("أحمد جودة - القاهرة -"). The name is two or three words and starts with a given name."""
        tokens = self.tokens
        if i > 0 and "\n" not in tokens[i].gap:
            return None
        place = self.place_at(i, known_too=True)
        if place and place[0] < len(tokens) and self.dateline_separator(tokens[place[0]]):
            start = place[0]
            end = start
            while end < len(tokens) and end - start < 3 and (end == start or tokens[end].joined) and self.name_word(tokens[end]):
                end += 1
            line_ends = end == len(tokens) or "\n" in tokens[end].gap
            return (start, end) if line_ends and end - start >= 2 and self.given_at(start) and not tokens[start].article else None
        end = i
        while end < len(tokens) and end - i < 3 and (end == i or tokens[end].joined) and self.name_word(tokens[end]):
            end += 1
        if (end - i >= 2 and end < len(tokens) and self.given_at(i) and self.dateline_separator(tokens[end])
                and (place := self.place_at(end, known_too=True)) and place[0] < len(tokens)
                and self.dateline_separator(tokens[place[0]])):
            return i, end
        return None

    def name_on_credit_line(self, i: int) -> int | None:
        """The end of a name that fills a short line by itself or one of its parts between dashes
        or commas (a caption, a writer's or a reporter's credit: "ثناء دبسي"، "أثير - ريما
        الشيخ"، "ألفت سليمان – دمشق", two writers between commas), starting at token i, or None.
        Two or three name words: a given name first (one that is a common word too, جمال, only
        before rare words), or every word rarer than rare_zipf when no part of the line is a known
        place. The line holds at most credit_line_words words."""
        tokens, c = self.tokens, self.cues
        opens = i == 0 or "\n" in tokens[i].gap or tokens[i].after_comma or (
            self.dateline_separator(tokens[i]) and tokens[i].gap.strip() != ":")
        if not opens or tokens[i].article:
            return None
        line_start = next((m for m in range(i, -1, -1) if m == 0 or "\n" in tokens[m].gap), 0)
        line_end = next((m for m in range(i + 1, len(tokens)) if "\n" in tokens[m].gap), len(tokens))
        if line_end - line_start > c.credit_line_words:
            return None
        end = i
        while (end < line_end and end - i < 3 and (end == i or tokens[end].joined)
               and (self.name_word(tokens[end]) or end == i and self.given_at(i) == 1 and not tokens[i].covered)  # كريمة بندو: a given name that is a word too
               and ("ال" + tokens[end].word,) not in c.person):  # نزار عليمي مراسل: a role without the article
            end += 1
        if end - i < 2 or not (end == line_end or self.dateline_separator(tokens[end]) or tokens[end].after_comma
                               or ("ال" + tokens[end].word,) in c.person):
            return None
        if self.given_at(i, alone=True):
            return end
        # A dateline ("معرة مصرين - إدلب") has a known place in the line: only a given name first there.
        if any(self.place_at(m, known_too=True) for m in range(line_start, line_end)):
            return None
        given = self.given_at(i)  # a given name that is a common word too (جمال) only before rare words
        # In the lines above the first paragraph, set off by blank lines, a writer's byline: before a
        # family name rarer than given_name_next_zipf (سعيد شفيق: 4.0).
        rest = tokens[i + given:end]
        if given and i == line_start and self.byline_in_heading(line_start, line_end):
            rare = all(zipf(t.written) < c.given_name_next_zipf and not t.article for t in rest)
        else:
            rare = all(zipf(t.written) < c.rare_zipf for t in rest)
        return end if rare and not self.company_words(rest) else None

    def byline_in_heading(self, start: int, end: int) -> bool:
        """Is the line of tokens [start, end) set off by blank lines among the text's heading lines,
        none of the lines before it as long as a paragraph (more than title_words words)?"""
        tokens = self.tokens
        if start == 0 or "\n\n" not in tokens[start].gap.replace(" ", "") or (end < len(tokens) and "\n\n" not in tokens[end].gap.replace(" ", "")):
            return False
        words = 0
        for token in tokens[:start]:
            words = 1 if "\n" in token.gap else words + 1
            if words > self.cues.heading_line_words:
                return False
        return True

    def company_words(self, tokens: Sequence[Token]) -> bool:
        """Do rare words hold a word that closes a company's name (هواوي تكنولوجيز), so that they
        name a company, not a person?"""
        return any(t.word in self.cues.company_tails for t in tokens)

    @staticmethod
    def dateline_separator(token: Token) -> bool:
        """A dash, a slash or a colon between the parts of a dateline, on one line."""
        return "\n" not in token.gap and (bool(DATELINE_SEPARATOR.fullmatch(token.gap)) or token.gap.strip() == ":")

    def squad_label_end(self, i: int) -> int | None:
        """The first token after "label:" when a line-up's position label (squad_labels.yml key)
        opens the line at token i (a preposition before it is left out: "في خط الدفاع:")."""
        tokens, c = self.tokens, self.cues
        if i > 0 and "\n" not in tokens[i].gap:
            return None
        start = i + 1 if tokens[i].word in c.linking and i + 1 < len(tokens) and tokens[i + 1].joined else i
        for phrase in c.squad_labels:  # longest first
            end = start + len(phrase)
            if end < len(tokens) and ":" in tokens[end].gap and "\n" not in tokens[end].gap and all(
                    tokens[start + k].word == phrase[k] and (k == 0 or tokens[start + k].joined) for k in range(len(phrase))):
                return end
        return None

    def squad_players(self, j: int) -> tuple[list[Found], int]:
        """The players listed from token j to the end of the line: items between commas (or a
        closing bracket), each of one to three name words; a nationality before a name and a
        club in brackets after it are left out, and an item that is a place is no player."""
        tokens = self.tokens
        found, k = [], j
        while k < len(tokens) and (k == j or "\n" not in tokens[k].gap):
            start = k
            while start < len(tokens) and token_is_nisba(tokens[start]) and start + 1 < len(tokens) and tokens[start + 1].joined:
                start += 1  # البرازيلي رومارينهو
            end = start
            while (end < len(tokens) and (end == start or tokens[end].joined and "\n" not in tokens[end].gap)
                   and end - start < 4 and self.player_word(end, first=end == start)):
                end += 1
            stop = end
            while stop < len(tokens) and (stop == k or not self.item_break(tokens[stop])):
                stop += 1  # the rest of the item: a club in brackets, a stray word
            place = self.place_at(start)
            if end > start and self.item_break_after(stop) and not (place and place[0] >= end):
                # the last item takes و (... سانتوري، وأندرسن): a conjunction, unless a given name
                last = stop >= len(tokens) or "\n" in tokens[stop].gap or "." in tokens[stop].gap
                conjunction = (last and tokens[start].word.startswith("و") and len(tokens[start].word) > 3
                               and not self.given_at(start))
                found.append(Found(start, end, "person", conjunction=conjunction))
            k = stop
        return found, k

    def player_word(self, k: int, first: bool) -> bool:
        """A word of a player's name in a line-up: a family name with the article only after
        the name's first word (مدالله العليان); a clitic and the article only on a word that is
        no Arabic word without them either (فالفيردي is a name, فالمدرب is not)."""
        token = self.tokens[k]
        if not token.word.isalpha() or token.word.isascii() or token.covered or self.common(token) or "(" in token.gap:
            return False
        if token.plain_article:
            return not first
        if token.article:
            return all(zipf(plain) < self.cues.rare_zipf for plain in token.plain_stems)
        return True

    @staticmethod
    def item_break(token: Token) -> bool:
        """Does a list's next item start at this token (a comma, a closing bracket, a new line)?"""
        return any(c in token.gap for c in _COMMA) or ")" in token.gap or "\n" in token.gap

    def item_break_after(self, k: int) -> bool:
        """Does the item end where the list goes on or the line ends?"""
        return k >= len(self.tokens) or self.item_break(self.tokens[k])

    def lineage_name(self, i: int, behind_and: bool = False) -> int | None:
        """The end of a name that a lineage particle holds together (المختار ولد أجاي، محمد
        أحمد ولد محمد الأمين، زينب بنت أحمدناه), starting at token i, or None. The words around
        the particle are name words: a given name, or a rare word, or a family title before one."""
        tokens, c = self.tokens, self.cues
        start = i
        if self.given_at(i) and i + 2 < len(tokens) and tokens[i + 1].joined and tokens[i + 2].word in c.lineage_particles:
            i += 1  # محمد أحمد ولد، محمد عالي ولد ...: a given name, then the name before the particle
        if i + 2 >= len(tokens) or tokens[i + 1].word not in c.lineage_particles:
            return None
        first = tokens[i]
        if behind_and:  # والطالب ولد عبدي: a list's next item, read without its و
            if i > start or not first.word.startswith("و") or len(first.stems) < 2:
                return None
            first = replace(first, written=first.written[1:], word=first.stems[1], stems=first.stems[1:],
                            plain_stems=first.plain_stems[1:])
        first_ok = (i > start or self.given_at(i) or self.rare(first) or first.plain_article and not self.common(first)
                    and zipf(first.written) < c.common_noun_zipf and not token_is_nisba(first)
                    or self.opens_item(i) and not first.article  # "– سيدي ولد مولاي الزين،": a list's item opens with the name
                    or first.word in c.family_titles and not self.common(first))  # الشيخ ولد امحيميد: the given name, no title before ولد
        if not first_ok or not (first.plain_article or self.name_word(first) or self.rare(first) and self.possessed(first)) or (
                self.verb_like(first, past=False)):  # حسنه ولد اعل: a rare word that reads as a noun and its pronoun
            return None
        k = i + 1
        while k + 1 < len(tokens) and tokens[k].word in c.lineage_particles and tokens[k].joined and tokens[k + 1].joined:
            after = tokens[k + 1]
            if after.word in c.family_titles and k + 2 < len(tokens) and tokens[k + 2].joined and self.name_word(tokens[k + 2]):
                k += 3  # ولد الشيخ الغزواني
            elif self.name_word_as_written(after) and (self.given_at(k + 1) or zipf(after.written) < c.given_name_next_zipf):
                k += 2  # ولد بوبات: after the particle, a word that reads as ب + وبات is the father's name
            else:
                break
        if k == i + 1:
            return None
        if (k + 1 < len(tokens) and tokens[k].word in c.final_particles and tokens[k].joined and tokens[k + 1].joined
                and tokens[k + 1].word.isalpha() and not tokens[k + 1].covered):
            return k + 2  # المياسة بنت حمد آل ثاني: the family after آل ends the name
        # the name's last word: a rare family name with the article, or a second given name (محمد الأمين)
        if k < len(tokens) and tokens[k].joined and tokens[k].plain_article and not tokens[k].covered and (
                self.rare(tokens[k]) and not self.common(tokens[k]) or self.given_at(k - 1) and tokens[k].word[2:] in c.given_names
                or tokens[k].word[2:] in c.given_names and self.item_break_after(k + 1)):  # ولد مولاي الزين،
            k += 1
        elif (k < len(tokens) and tokens[k].joined and not tokens[k].covered and tokens[k].word in c.arab_given_names
              and tokens[k - 2].word in c.lineage_particles and self.given_at(k - 1, arab=True)):
            k += 1  # ولد سيدي محمد: the father's name in two given names
        elif k < len(tokens) and self.lineage_last_word(k):
            k += 1  # ولد إبراهيم فال، ولد الشيخ محمد فال،: the father's name ends on a bare word before the item's end
        return k if k - start >= c.min_person_words else None

    def name_word_as_written(self, token: Token) -> bool:
        """A name word, or a word that reads as a clitic before a stem only because of its first letter
        (فال: ف + ال، بوبات: ب + وبات): read whole, after ولد, it is a name word."""
        return self.name_word(token) or self.name_word(replace(token, stems=token.stems[:1], plain_stems=token.plain_stems[:1]))

    def lineage_last_word(self, k: int) -> bool:
        """After ولد and the father's name, a bare word that is a name word no more frequent than
        given_name_next_zipf (فال، عبدي) right before a comma, a bracket, a full stop or the line's
        end: the father's name goes on to it (أحمد سالم ولد إبراهيم فال (المرخي))."""
        tokens, c = self.tokens, self.cues
        token = tokens[k]
        if (not token.joined or "\n" in token.gap or token.covered or token.article or not self.name_word_as_written(token)
                or zipf(token.written) >= c.given_name_next_zipf or self.verb_like(token, past=False) or self.adverb(token)):
            return False
        return k + 1 >= len(tokens) or not tokens[k + 1].joined or "\n" in tokens[k + 1].gap or tokens[k + 1].word == "و"

    def kunya(self, i: int) -> bool:
        """Is token i a kunya's particle before a given name (أبو عمار، أبو وديع، أبو عاقلة)?"""
        tokens = self.tokens
        return (tokens[i].word in self.cues.kunya_particles and not tokens[i].covered and i + 1 < len(tokens)
                and tokens[i + 1].joined and not tokens[i + 1].covered and not tokens[i + 1].article
                and self.given_word(tokens[i + 1], self.cues.given_names))

    def kunya_name(self, i: int) -> int | None:
        """The end of a person named by a kunya at token i (أبو عمار), with the family name after
        it when there is one (أبو عاقلة كيكل); None where a given name before it begins a longer
        name (موسى أبو مرزوق is read from موسى) or a place begins there (أبو ظبي)."""
        tokens = self.tokens
        if not self.kunya(i) or i > 0 and tokens[i].joined and self.given_at(i - 1) or self.place_at(i):
            return None
        return max(self.name_from(i, strong=True) or 0, i + 2)

    def bare_name(self, i: int) -> int | None:
        """The end of a name with no cue, two or three words each written like a name (far
        more often without the article than with it: غافين بيريرا، محمدو دومبيا), or None.
        Not after a number (6.7 تريليون وون is an amount)."""
        tokens = self.tokens
        if i > 0 and (any(ch.isdigit() for ch in tokens[i - 1].word) and not tokens[i].after_break):
            return None
        k = i
        # a word hardly written at all goes on a name that opens with one as rare (ايلكو شاتوري), not
        # with a common word (شركتي بوناتي "the two companies of", بلدتي اتسكوندي)
        unseen_ok = zipf(tokens[i].plain_stems[0]) < 2 * self.cues.unseen_zipf
        while k < len(tokens) and k - i < 3 and (k == i or tokens[k].joined) and (
                self.name_like(tokens[k]) or unseen_ok and self.unseen_name_word(tokens[k])):
            k += 1
        if k - i >= 2 and self.quoted(i, k):
            return None  # كبسولة الفضاء "كرو دراغون": a thing's name in quotes, with no cue for a person
        return k if k - i >= 2 else None

    def given_name_as_place(self, i: int) -> int | None:
        """The end of a person's name whose given name is a town's too (بغداد بونجاح), or None: a
        city's one-word name without the article or a clitic, joined to a word rarer than rare_zipf that is written
        as names are and never with the article (name_like; بونجاح 2.0, البونجاح 0), then any more
        such words. A place is followed by its adjective, a genitive or a verb, not by a word that
        general Arabic never writes with the article."""
        tokens = self.tokens
        place = self.place_at(i)
        if (place is None or place[0] != i + 1 or tokens[i].article or self.gazetteer.lookup((tokens[i].word,)) is None
                or place[1].kind != "city" or i + 1 >= len(tokens)):
            return None
        end = i + 1
        while end < len(tokens) and end - i < 3 and tokens[end].joined and self.family_word_after_place(tokens[end]):
            end += 1
        return end if end > i + 1 else None

    def family_word_after_place(self, token: Token) -> bool:
        """A bare word rarer than rare_zipf that general Arabic never writes with the article, no
        verb, no feminine noun and no noun with its pronoun: a transliterated family name. It does
        not start with a clitic's letter (و ف ب ل ك: "and", "for" another word) but for a name's بو (بونجاح)."""
        plain = token.plain_stems[0]
        if plain[0] in orthography.PROCLITICS and not plain.startswith("بو"):
            return False  # مسقط وظفار، مصراتة لاحتضان: "and", "for" another word
        return (token.word.isalpha() and not token.word.isascii() and not token.covered and not token.article
                and "\n" not in token.gap and self.rare(token) and zipf(orthography.ARTICLE + plain) == 0
                and not plain.endswith("ة") and not self.verb_like(token) and not self.possessed(token)
                and not self.plural_verb(token) and not self.common(token) and not self.adverb(token)
                and not any(self.gazetteer.lookup((w,)) for w in token.stems))

    def quoted(self, i: int, k: int) -> bool:
        """Do quotes open right before token i and close right after token k-1?"""
        tokens = self.tokens
        after = tokens[k].gap if k < len(tokens) else self.text[tokens[k - 1].end:]
        return tokens[i].gap[-1:] in QUOTES and after[:1] in QUOTES

    def name_like(self, token: Token) -> bool:
        """A bare word written as names are: no article, no feminine noun's ending, no verb,
        and far rarer with the article than without it."""
        plain, c = token.plain_stems[0], self.cues
        return (not token.article and self.name_word(token)
                and not plain.endswith("ة") and not self.adverb(token) and not self.verb_like(token)
                and zipf(plain) < c.weak_cue_zipf  # not a function word (مما، هؤلاء، به)
                and not (len(plain) > 3 and plain[0] in "يتن")  # a present verb (يكشف، نبذل، يتحصن)
                and not self.feminine_past(token)  # قدمت: a verb in the past
                and not self.verb_first(token)  # أنقذ فراس البريكان: a verb before a name
                and zipf(plain) - zipf("ال" + plain) >= c.bare_name_gap)

    def unseen_name_word(self, token: Token) -> bool:
        """A bare word general Arabic hardly writes at all, never with the article (شاتوري،
        ديولا، إيفانكوفيتش): a foreign name transliterated, when it is written as names are
        (no clitic و before it, no verb's or feminine noun's shape)."""
        plain = token.plain_stems[0]
        return (not token.article and zipf("ال" + plain) == 0 and zipf(plain) < self.cues.unseen_zipf
                and not plain.startswith("و") and not plain.endswith(("ها", "هم")) and all(ch in ARABIC_ALPHABET for ch in plain)
                and self.name_word(token) and not plain.endswith("ة") and not self.verb_like(token)
                and not (len(plain) > 3 and plain[0] in "يتن") and not self.verb_first(token))

    def next_name_behind_and(self, k: int) -> bool:
        """Does token k, after a whole name, open the next name behind و: a word that is no given
        name as written (وليد، وائل are), whose rest after و is a given name or a rare word, before
        another name word (عمر خريبين وثائر كروما)?"""
        tokens = self.tokens
        token = tokens[k]
        if (not token.word.startswith("و") or len(token.word) < 4 or token.article or token.covered
                or self.given_word(token, self.cues.given_names) or k + 1 >= len(tokens)):
            return False
        rest, after = token.word[1:], tokens[k + 1]
        return ((rest in self.cues.given_names or zipf(token.written[1:]) < self.cues.rare_zipf)
                and after.joined and not after.covered and (self.name_word(after) or after.plain_article and self.rare(after)))

    def coordinated_names(self, i: int, found: list[Found]) -> int:
        """Append the names that و joins to the person's name ending at token i (a list of
        office holders, of defendants, of guests); the end of the last one."""
        while (more := self.coordinated_name(i)) is not None:
            if more[0] > i and (place := self.place_at(i)):
                found.append(Found(i, place[0], _place_type(place[1]), place=place[1]))
            found.append(Found(more[0], more[1], "person", conjunction=more[0] == i))
            i = more[1]
        return i

    def _given_name_in_apposition(self, j: int) -> bool:
        """A given name with the article between commas after a role ("وزير المجاهدين، العيد
        ربيقة،"): the word after it is rare and ends the apposition."""
        tokens = self.tokens
        if not tokens[j].after_comma or token_is_nisba(tokens[j]) or j + 1 >= len(tokens):
            return False
        after = tokens[j + 2] if j + 2 < len(tokens) else None
        return (tokens[j + 1].joined and not tokens[j + 1].article and self.name_word(tokens[j + 1])
                and self.rare(tokens[j + 1]) and (after is None or not after.joined))

    def name_from(self, j: int, strong: bool, self_cued: bool = False, after_title: bool = False) -> int | None:
        """The end of a person's name that starts at token j, or None.

        A name is made of units: a word, or a particle with the word after it (بن فرحان،
        آل سعود، عبد الله، أبو زيد). After a strong cue (a role) any two units are a name;
        after a weak one two frequent words are a phrase (قال مصدر مطلع). Past the second
        unit only rare words go on. Family names with the article (السوداني، الصباح) end
        most Arab names: after one, only more of them (صباح الأحمد الجابر الصباح) or a
        particle follow, and a frequent nisba does not (a nisba after a family name is the
        next phrase). `after_title`: a work's title in quotes may end right before the name
        («حجر السعادة» أزهر جرجيس)."""
        tokens, c = self.tokens, self.cues
        if j >= len(tokens) or tokens[j].after_break and not self_cued and not (after_title and quote_only(tokens[j])) and (
                not strong or _ENDS_CLAUSE.search(tokens[j].gap)):
            return None  # a role's name may stand in brackets, not in the next sentence or a quote
        first = tokens[j]
        # A given name that is also a common word, before a family name (الشيخ صباح الأحمد).
        common_first = strong and (self.common_given_name(j) or self.given_before_particle(j)
                                   or self.common_given_before_given(j) or self.letter_word_before_given(j))
        # A given name in two words (شمس الدين، قمر الدين) starts a name though its first word is common.
        two_word_given = not first.article and not first.covered and self.given_at(j) == 2
        if strong and not (self.name_word(first) or common_first or two_word_given) and (
                end := self.common_given_before_name(j)) is not None:
            return end
        if not (self.name_word(first) or common_first or two_word_given) or first.word in c.particles and first.word not in ("عبد", "ابو", "بن"):
            return None
        if self.preposition(first) or first.word in c.byline_labels or first.word in c.line_labels:
            return None  # تصوير موسى الحسيني: a label opens a line before a name, not the name
        if self.construct(j) or strong and self.noun_phrase(j):
            return None
        if first.article and strong and self.definite_given_before_definite(j):
            return j + 2  # النائب العام الصديق الصور،: a given name with the article, its family name with it
        if first.article and not (strong and (self._family_name_first(j) or self._given_name_in_apposition(j))
                                  or self.definite_given_name(j) and (strong or tokens[j + 1].word in c.particles)
                                  or strong and self.definite_given_before_bare(j)):
            return None
        k, units, in_family = j + 1, 1, False  # an article on the first word is a given name (الباجي، العيد)
        given_with_article = self.given_at(j) == 2 and tokens[j + 1].article and tokens[j + 1].word != "الدين"
        if two_word_given or given_with_article:
            k = j + 2  # فاطمة الزهراء، نور الهدى: the article's word is the given name's, not a family name
        while k < len(tokens) and tokens[k].joined and "\n" not in tokens[k].gap and k - j < c.max_words:
            token, previous = tokens[k], tokens[k - 1]  # a name does not run over a line's end
            joined_by_particle = (previous.word in c.particles or self.glued_ben(previous) and previous.word[2:] in c.particles
                                  or k - 1 > j and previous.word in c.definite_particles)  # أحمد العبد الله: a family name of the article, عبد and its word
            if joined_by_particle and token.word.isalpha() and not token.covered and (
                    not self.common(token) or previous.word in c.final_particles):  # آل ثاني: the family, a word too
                k += 1  # عبد الملك، أبو الغيط: after a particle any word is the name's
                if previous.word in c.final_particles and token.word not in c.particles:
                    break  # آل مكتوم، آل ثاني: the family ends the name (not آل عبد الرحمن: a forebear's name in two words)
                continue
            if (units >= 1 and not token.article and k + 2 <= j + c.max_words and self.given_at(k) == 2
                    and tokens[k + 1].word != "الدين"):
                units += 1
                k += 2  # كرم الله حامد خلف الله: a name in two words (a word and الله) goes on past the second
                continue
            if not in_family and token.plain_article and token.word in c.family_titles and not self.possessed(token):
                in_family = True  # خير الدين السيد، أحمد الشيخ عبد القادر: a title after a given name is a family name
                units += 1
                k += 1
                continue
            if strong and units <= 2 and self.definite_role_family_name(j, k):
                units += 1
                k += 1
                break  # اللواء أسامة القاضي محافظ المنيا، المهندس كامل الوزير،
            if strong and units >= 2 and not self.name_word(token) and self.last_before_phrase(k):
                units += 1
                k += 1
                break  # إسماعيل عمر جيله يوم أمس، الطيب حسن بدوى وحضور: a word that is a word too, then the next phrase
            if (units >= 2 and not self.given_at(k) and any(t.word in c.lineage_particles for t in tokens[j + 1:k])
                    and self.lineage_last_word(k)):
                k += 1
                break  # أحمد سالم ولد إبراهيم فال،: the father's name ends on a bare word before the item's end
            if strong and units == 1 and self.given_at(j) and self.given_word_ending_slot(k):
                units += 1
                k += 1
                break  # رئيس الحكومة نواف سلام من، رئيس البلدية علي سلام:، a given name that is a word too, then the slot's end
            if not (self.name_word(token) or strong and self.common_given_name(k)
                    or self.letter_family_name_after(j, k, units, strong) and (self.family_name_behind_letter(token)
                                                                               or self.letter_family_name_closing(k, after_given=True))
                    or self.glued_ben(token)
                    or strong and units == 1 and self.role_word_family_name(j, k)) or self.construct(k):
                break  # a father's name that is a common word before a family name: محمد صباح السالم
            if units == 1 and not token.article and not self.given_at(k) and self.verb_like(token, past=False):
                break  # محافظ مطروح يتفقد: a verb in the present (يتفقد / تتفقد) is the next clause, not a family name
            if units >= 2 and self.verb_like(token, past=False, other_person=True) and not self.given_at(k):
                break  # كمال أبو الرب يستقبل، جعفر حسان يستلمون: the verb after a whole name opens the next clause
            if units >= 2 and self.next_name_behind_and(k):
                break  # فراس ضياء وميرخاس دوسكي: و opens the next person of a list, not a family name
            if units >= 2 and self.role_opens_at(k):
                break  # أحمد أبو الغيط الأمين العام، عاصم سعدون نائب المحافظ: the role after a whole name
            if token.word == "الدين" and not previous.article:
                k += 1  # صلاح الدين، خير الدين: one given name in two words
                continue
            if token.word in c.particles:
                units += 1  # the particle and its word are one unit (بن فرحان، آل سعود)
            elif joined_by_particle:
                pass
            elif token.article:
                if units >= 2 and self.noun_before_its_qualifier(k):
                    break  # ركان ناصر الدين المرضى الذين، حمد حسن التوصيات الصادرة: the verb's object
                if in_family and token_is_nisba(token) and not self.rare(token):
                    break
                if units >= 2 and token.written.endswith("ة") and not self.rare(token):
                    break  # لحكومة فتحي باشاغا المكلفة: a feminine adjective agrees with the noun before the name
                after_lineage = k >= j + 2 and tokens[k - 2].word in c.lineage_particles  # ولد أحمدو, then this word
                if ((in_family or after_lineage) and not token_is_nisba(token) and not self.rare(token)
                        and token.word[2:] not in c.given_names and token.word not in c.family_titles):
                    break  # حيدر الزاملي الوفد، المختار ولد أحمدو الوفد: after a family name or a father's name only a rare one or a given name's (الجابر) goes on
                if self.before_role(k):
                    pass  # محمود محمد الشريف وزيرًا للعدل: right before an office the word is the family name
                elif self_cued and not in_family and units >= 2 and zipf(token.written) >= c.weak_cue_zipf and not token_is_nisba(token):
                    break  # حكيم زياش الهدف: with no role before it, a frequent word after two bare names is the next phrase
                if not in_family and units >= 2 and zipf(token.written) >= c.common_noun_zipf and not token_is_nisba(token):
                    break  # توم بيرللو البلاد: after two bare names, a common noun is the object
                if (not in_family and units >= 2 and not self.given_at(j, arab=True) and not token_is_nisba(token)
                        and (zipf(token.written) >= c.noun_zipf or token.word.endswith(orthography.FEMININE_PLURAL_ENDING) and not self.rare(token))):
                    break  # ماركوس ليوناردو الهدف، إيلون ماسك الصفحات: a name not begun by an Arab given name takes no frequent noun, nor a plural, as its family
                if units == 1 and self.given_at(j) and self.feminine_object(token):
                    break  # نالت الممثلة ريم الجائزة: a frequent feminine noun after a given name is the verb's object
                if (units == 1 and zipf(token.written) >= c.common_noun_zipf and not self.given_at(j)
                        and zipf(first.written) >= c.weak_cue_zipf):
                    break  # جنوب البلاد، جهود الدولة: a noun before a common noun, not a family name
                if units == 1 and self.given_at(j) and self.definite_given_before_rare(k):
                    units += 1  # محمد الناصر جبيرة، محمد الهادي بوعزة: the Maghreb's given name in two words,
                    k += 1  # the second with the article; the rare bare word after it is the family name
                    continue
                in_family = True
                units += 1
            elif in_family:
                if (previous.word in c.family_titles and (self.given_at(k) or self.rare(token))
                        and tokens[k - 2].word not in c.honorifics and (self.given_at(k - 2) or self.name_word(tokens[k - 2]))):
                    in_family = False  # محمد الشيخ نجيب، محمد علي الشيخ عبدالمجيد الشيخ علي: the title of the next forebear
                    units += 1
                    k += 1
                    continue
                if strong and self.rare(token) and self.last_before_punctuation(k):
                    k += 1  # a role's name slot ends at the comma: وزير العمل، عبد الله الشارف أرحومة،
                elif self.given_at(k, arab=True) and self.before_role(k) and not tokens[k + 1].article:
                    k += 1  # ومحمد العبلي صالح وزيرا: a given name right before a bare office is the name's last (not مساعد المدعي العام)
                break  # after a family name with the article, a bare word starts the next phrase
            elif (token.word.endswith(_INDEFINITE_NISBA) and len(token.word) >= 5
                  and not (units == 1 and self.given_at(j) and token.word.endswith(_INDEFINITE_NISBA[0]))):
                break  # تقارير مناخية، مسؤولون رسميون: an adjective without the article (a given name takes none: أحمد مدنية)
            elif units >= 2 and not self.rare(token) and not self.given_at(k):
                if (strong and self.family_name_after(k) and self.rare(tokens[k + 1]) and self.name_word(token)
                        and zipf(token.written) < c.given_name_next_zipf):
                    units += 1  # حجر أحمد حجر البنعلي: a forebear's name that is a word too, before a rare family name
                    k += 1
                    continue
                if (strong and k + 1 < len(tokens) and self.name_word(token) and "\n" not in token.gap
                        and not token.plain_stems[0].endswith(_PRONOUN_ENDINGS)  # مهامه رئيسا: his duties
                        and "\n" not in tokens[k + 1].gap and self.before_role(k)):
                    k += 1  # right before a role the word is the name's last (محمد صابر عرب وزير الثقافة)
                elif strong and self.last_before_punctuation(k):
                    k += 1  # the role's name slot ends at the comma: المستشار حمادة محمد شكري،
                elif self.last_before_clause(k, strong):
                    k += 1  # عصام بن عبدالله خلف بأن، إبراهيم عبد الله خاطر المدير العام: the clause after the name
                elif strong and self.transliterated_last(k):
                    k += 1  # شي جين بينغ: a word general Arabic never writes with the article ends a role's name
                elif strong and self.last_before_phrase(k):
                    k += 1  # مصطفى غالب مخيف من منصبه: a family name that is a word too, right before the next phrase
                break  # a frequent word ends the name, unless it is a father's given name (عمر أحمد سامي)
            elif units >= 2 and self.verb_like(token) and not self.given_at(k):
                break  # ياسين بونو تصدى لكرة: the next verb
            else:
                units += 1
            k += 1
        while k - 1 > j and tokens[k - 1].word in c.particles and not (k - 2 > j and self.given_at(k - 2) == 2):
            k -= 1  # a name does not end on بن or أبو (it may on the الله of a name in two words: خلف الله)
        if units < c.min_person_words and not (k - j >= 2 and (tokens[j].word in c.particles or given_with_article)):
            return None
        if k - j < c.min_person_words:
            return None
        if not self.given_at(j) and (self.national_nisba(tokens[k - 1]) or k - j == 2 and self.described(tokens[j + 1])):
            return None  # سيتي النيوزيلندي، أمينة عامة: words and their adjective, not a name
        return k

    def opens_item(self, k: int) -> bool:
        """Does token k open a line, a sentence, a list's item after a comma or a number?"""
        tokens = self.tokens
        return (k == 0 or tokens[k].after_break or tokens[k].after_comma or "\n" in tokens[k].gap
                or tokens[k - 1].word.isdigit())

    def noun_before_its_qualifier(self, k: int) -> bool:
        """Is the word with the article at token k a plural noun, by what follows it: a plural or
        dual relative (المرضى الذين), or, for a plural in ات, a feminine adjective with the article
        (التوصيات الصادرة)? A person's family name takes neither."""
        tokens = self.tokens
        if k + 1 >= len(tokens) or not tokens[k + 1].joined:
            return False
        after = tokens[k + 1]
        if orthography.name_key(after.word) in load_guard().plural_relatives:
            return True
        return (tokens[k].word.endswith(orthography.FEMININE_PLURAL_ENDING) and after.plain_article
                and after.written.endswith(orthography.FEMININE_ENDING))

    def role_opens_at(self, k: int) -> bool:
        """Does a role in apposition start at token k, after a whole name? A bare role word that
        heads a role (نائب، وزير، مدير: "نائب المحافظ") or a role of two words or more with the
        article (الأمين العام، المدير العام). A one-word title with the article is a family name
        as often (البابا، القاضي), and so are the family titles (السيد، الشيخ)."""
        token = self.tokens[k]
        if token.word in self.cues.family_titles or self.given_at(k):
            return False
        if not token.article:
            return token.word in self.cues_by_head and not self.possessed(token)
        return self.cue_at(k) >= 2

    def before_role(self, k: int) -> bool:
        """Does a role follow token k at once (وزير الثقافة، وزيرًا للعدل)? Not one behind ل or ب
        (تعليمات لرؤساء الدوائر: the object's complement, not an apposition)."""
        if k + 1 >= len(self.tokens) or not self.tokens[k + 1].joined:
            return False
        after = self.tokens[k + 1]
        if after.word.startswith(("ل", "ب")) and self.carries_clitic(after):
            return False
        return bool(self.cue_at(k + 1) or self.appointed_role(k + 1))

    def described(self, token: Token) -> bool:
        """A second word that describes the first rather than names a family: a frequent
        feminine adjective without the article (عامة، جديدة). A country's nisba last describes
        the words before it too (a team, a company: أوكلاند سيتي النيوزيلندي). A name that starts
        with a given name keeps either (خالد المصري، محمد جمعة)."""
        return not token.article and token.written.endswith("ة") and zipf(token.written) >= self.cues.noun_zipf

    def name_after_noun(self, i: int, nouns: frozenset[str], listed: bool) -> tuple[int, int] | None:
        """(start, end) of a name right after one of `nouns` at token i and its nisba adjectives
        (الشاب الفلسطيني، اللاعبين السعوديين), or None. A plural that opens a list (list_openers,
        `listed`: الحراس نواف العقيدي، النواب هيبت الحلبوسي) promises names as a role does; a noun
        for one person that is no title (person_nouns: المتهم، الشاب، نجله) is a weaker cue, so its
        name needs a given name first or only rare words, none behind a clitic (not بجروح خطيرة)."""
        tokens = self.tokens
        if stem_in(tokens[i], nouns) is None:
            return None
        j = i + 1
        while j < len(tokens) and tokens[j].joined and token_is_nisba(tokens[j]) and not tokens[j].covered:
            j += 1
        if j >= len(tokens) or not tokens[j].joined or "\n" in tokens[j].gap:
            return None  # a headline ending in النواب, then a byline on the next line
        first = tokens[j]
        if (listed and first.word.startswith("و") and len(first.stems) > 1 and not self.given_word(first, self.cues.given_names)
                and zipf(first.plain_stems[1]) > zipf(first.plain_stems[0])):
            return None  # أمام المواطنين وتسهيل تنقلاتهم: و opens the next phrase, not the list's first name
        end = self.name_from(j, strong=listed, self_cued=not listed)
        if end is None or not (self.given_at(j) or (
                self.weak_name_ok(j, end) if listed
                else all(self.rare(t) and not self.carries_clitic(t) for t in tokens[j:end]))):
            return None
        return j, end

    def name_after_each_of(self, i: int) -> tuple[int, int] | None:
        """(start, end) of a name right after "كل من" / "كلا من" / "بكل من" or "وهم" at token i (a list of
        scorers, defendants, guests: "سجل الأهداف كلا من مصطفى جودة، ..."), or None. The phrase
        opens lists of places and bodies too, so the name starts with a given name, or with a rare
        word before a given name (the family name first: كوليبالي موسى)."""
        tokens, c = self.tokens, self.cues
        if i + 1 < len(tokens) and tokens[i].word in c.list_pronouns:
            j = i + 1  # "، وهم عنبر وليد، وعلي حسن": they are, then the list
        elif (i + 2 < len(tokens) and stem_in(tokens[i], c.list_quantifiers) is not None and tokens[i + 1].word == "من"
              and not tokens[i + 1].gap.strip(" \u064b\u064c\u064d")):  # كلاً من: the tanwin is the word's
            j = i + 2
        else:
            return None
        if not tokens[j].joined or "\n" in tokens[j].gap or tokens[j].article:
            return None
        end = self.name_from(j, strong=True)
        if end is None or not (self.given_at(j) or self.rare(tokens[j]) and any(self.given_at(m) for m in range(j + 1, end))):
            return None  # كل من دائرتي البرج: a rare word and no given name, a place's
        return j, end

    def given_name_after_relative(self, i: int) -> bool:
        """Is the word after a relative's noun with its pronoun at token i (relative_nouns: ابنته،
        وابنه) a given name standing alone, the relative named by it ("مع ابنته آية وابنه عمرو")?
        The given name is one of given_names, written as it, on the same line, and no family name
        follows it: a word with the article, another given name or a rare word (ابنه محمد الفايد is
        person_nouns' to read)."""
        tokens, c = self.tokens, self.cues
        if stem_in(tokens[i], c.relative_nouns) is None or i + 1 >= len(tokens):
            return False
        token = tokens[i + 1]
        if (not token.joined or "\n" in token.gap or token.covered or not self.given_word(token, c.given_names)
                or not self.bare_more_than_definite(token)):
            return False  # نشر نجله بيان آخر: a noun as often with the article (البيان) is the noun
        if i + 2 >= len(tokens):
            return True
        after = tokens[i + 2]
        return (not after.joined or "\n" in after.gap
                or not (after.plain_article or self.given_at(i + 2) or self.rare(after) or self.family_name_behind_letter(after)))

    def feminine_object(self, token: Token) -> bool:
        """A feminine noun with the article (no nisba) at least object_noun_zipf frequent (الجائزة
        4.6، المباراة 5.0): after a given name it is the verb's object, no family name (الخليفة 4.3،
        الزهراء stay names)."""
        return (token.plain_article and token.written.endswith("ة") and not token_is_nisba(token)
                and zipf(token.written) >= self.cues.object_noun_zipf)

    def name_alone_after_role(self, i: int, j: int) -> bool:
        """One word right after a role with the article that names a person by itself (a singer,
        an actress: "الفنانة الراحلة فيروز،"): written like a name, rarer than weak_cue_zipf, and
        rare or more often without the article than with it; followed at once by a comma, a full
        stop, the line's end or a verb of saying. A longer name is read by name_from first."""
        tokens, c = self.tokens, self.cues
        if (j >= len(tokens) or j == i or not tokens[i].article or not tokens[j].joined or tokens[j].after_comma
                or tokens[j - 1].word in c.titles_before_full_names):
            return False
        token = tokens[j]
        given = token.word in c.given_names_alone and not token.covered  # يسرا، موزة: a woman's name that is a word too
        if not given and (token.article or not self.name_word(token) or zipf(token.written) >= c.weak_cue_zipf
                          or self.verb_like(token, past=False) or self.adverb(token)
                          or not (self.rare(token) or self.bare_more_than_definite(token))):
            return False
        if j + 1 >= len(tokens):
            return True
        after = tokens[j + 1]
        ends = "\n" in after.gap or any(p in after.gap for p in (*_COMMA, ".", ":"))
        return (ends or after.joined and stem_in(after, c.verbs) is not None or self.next_titled_person(j + 1)
                or self.clause_behind_and(j + 1) or given and after.joined and self.feminine_object(after))

    def clause_behind_and(self, k: int) -> bool:
        """Does token k open a new clause behind و, a past verb whose present general Arabic
        uses (الممثلة بوسي واستمر زواجهما)? A family name does not start with و + a verb."""
        if k >= len(self.tokens):
            return False
        token = self.tokens[k]
        if not (token.joined and token.word.startswith("و") and len(token.stems) > 1 and not token.article):
            return False
        verb = replace(token, word=token.stems[1], stems=token.stems[1:], plain_stems=token.plain_stems[1:])
        return self.verb_like(verb)

    def title_as_family_name(self, k: int) -> bool:
        """A family title or a role word with the article (الشيخ، العمدة) after a listed given name,
        where the item ends (a comma, or the next item behind و): the family name, not an office
        whose holder follows."""
        tokens, c = self.tokens, self.cues
        token = tokens[k]
        if not token.plain_article or not (token.word in c.family_titles or (token.word,) in c.person):
            return False
        return self.item_break_after(k + 1) or (tokens[k + 1].joined and tokens[k + 1].word.startswith("و")
                                                 and len(tokens[k + 1].stems) > 1)

    def given_before_particle(self, j: int) -> bool:
        """A given name that is a common word or an adjective too (تركي "Turkish", سلطان) right
        before a name particle (آل، بن، أبو): a name begins there."""
        tokens, c = self.tokens, self.cues
        return (tokens[j].word in c.given_names and not tokens[j].article and j + 1 < len(tokens)
                and tokens[j + 1].joined and tokens[j + 1].word in c.particles and tokens[j + 1].word != "عبد")

    def role_word_family_name(self, j: int, k: int) -> bool:
        """A family name that is a role word without the article (ياسمين رئيس، حسن وزير) right
        after a given name that a role introduces: a word behind a clitic, a verb or a comma follows
        it (بجائزة، ونال), no genitive, so it names no office."""
        tokens, c = self.tokens, self.cues
        token = tokens[k]
        if k != j + 1 or not self.given_at(j) or token.article or (token.word,) not in c.person or token.covered:
            return False
        if k + 1 >= len(tokens) or not tokens[k + 1].joined:
            return True
        after = tokens[k + 1]
        return (not after.article and not self.place_at(k + 1) and stem_in(after, c.organization) is None
                and (self.carries_clitic(after) or self.verb_first(after) or self.verb_like(after)))

    def definite_role_family_name(self, j: int, k: int) -> bool:
        """A family name that is a one-word role with the article (القاضي، الوزير) right after a given
        name that a title of rank or learning introduces (name_titles, right before it: "اللواء أسامة
        القاضي"), or after a given name and the father's ("الأستاذ عبداللطيف محمد النقيب،"), where the
        name's slot ends: a comma or a full stop, the text's end, or a bare role in apposition (محافظ المنيا)."""
        tokens, c = self.tokens, self.cues
        token = tokens[k]
        father = k == j + 2 and self.given_at(j + 1, arab=True) == 1 and not tokens[j + 1].article  # عبداللطيف محمد النقيب
        if (k != j + 1 and not father or j == 0 or tokens[j - 1].word not in c.name_titles or not self.given_at(j, arab=True)
                or not token.plain_article or (token.word,) not in c.person or token.covered or not token.joined):
            return False
        if k + 1 >= len(tokens):
            return True
        after = tokens[k + 1]
        return (any(p in after.gap for p in (*_COMMA, ".")) and "\n" not in after.gap
                or after.joined and not after.article and self.role_opens_at(k + 1))

    def role_apposition(self, j: int, k: int) -> bool:
        """A name begun by an Arab given name whose role follows it after a comma ("وقال خالد
        المصري، عضو هيئة الدفاع"): the role is the cue a frequent family name lacks."""
        tokens = self.tokens
        return (self.given_at(j, arab=True) > 0 and k < len(tokens) and tokens[k].after_comma
                and not tokens[k].after_break and self.cue_at(k) > 0)

    def definite_given_name(self, j: int) -> bool:
        """A given name written with the article (المصطفى الرميد، الحبيب بن الطالب), as the
        Maghreb writes many: the word without it is an Arab given name, and a particle or a
        rare family name with the article follows."""
        tokens, c = self.tokens, self.cues
        token = tokens[j]
        if not token.plain_article or token.word[2:] not in c.arab_given_names or j + 1 >= len(tokens):
            return False
        after = tokens[j + 1]
        return after.joined and (after.word in c.particles or after.plain_article and self.rare(after))

    def definite_given_before_rare(self, k: int) -> bool:
        """Is token k an Arab given name with the article (الناصر، الهادي) before a bare rare word that
        is written as a name and is no verb?"""
        tokens, c = self.tokens, self.cues
        token = tokens[k]
        if not token.plain_article or token.word[2:] not in c.arab_given_names or k + 1 >= len(tokens):
            return False
        after = tokens[k + 1]
        return (after.joined and "\n" not in after.gap and not after.article and not after.covered
                and self.name_word(after) and self.rare(after) and not self.verb_like(after, past=False))

    def definite_given_before_definite(self, j: int) -> bool:
        """After a role, an Arab given name with the article (the Maghreb's الصديق، المهدي), no title,
        then a name word with the article less frequent than common_noun_zipf, no nationality and no
        nisba unless rare or a given name's (المهدي),
        and the name's slot ends: a comma, a full stop, a preposition (والنائب العام الصديق الصور،،
        اللاعب المهدي المفضل في الدقيقة 34). Not a role of two words (الأمين العام: العام is common)."""
        tokens, c = self.tokens, self.cues
        token = tokens[j]
        if (j + 1 >= len(tokens) or not token.plain_article or token.word[2:] not in c.arab_given_names
                or token.word in c.family_titles or token.word in c.titles_before_full_names):
            return False
        after = tokens[j + 1]
        if (not after.joined or "\n" in after.gap or not after.plain_article or after.covered or not self.name_word(after)
                or token_is_nisba(after) and not (self.rare(after) or after.word[2:] in c.arab_given_names)  # الصادق المهدي
                or self.nationality(after) or zipf(after.written) >= c.common_noun_zipf
                or (after.word,) in c.person or self.cue_at(j + 1)):
            return False
        if j + 2 >= len(tokens):
            return True
        end = tokens[j + 2]
        return not end.joined or "\n" in end.gap or self.preposition(end)

    def definite_given_before_bare(self, j: int) -> bool:
        """After a role, a given name with the article (the Maghreb's الصادق، الطيب، الحبيب) before a
        rare family name or another Arab given name without it (الرئيس الصادق عمروس، الوزير الطيب
        زيتوني، الدكتور الهادي إدريس): no adjective of the role's takes a rare bare word or a given name
        after it."""
        tokens, c = self.tokens, self.cues
        token = tokens[j]
        if (not token.plain_article or token.word[2:] not in c.arab_given_names or j + 1 >= len(tokens)
                or self.nisba_after_definite(j)):
            return False
        after = tokens[j + 1]
        return (after.joined and not after.article and self.name_word(after) and not self.nationality(token)
                and (zipf(after.written) < c.given_name_next_zipf and not self.adverb(after)
                     or self.given_at(j + 1, arab=True) > 0)
                and not self.verb_like(after, past=False))

    def nisba_after_definite(self, j: int) -> bool:
        """Is token j a nisba with the article right after a word with the article (للاتحاد البرلماني
        العربي نور الدين): the adjective of the noun before it, not a given name written with the
        article (العربي بن مهيدي)?"""
        tokens = self.tokens
        return (j > 0 and tokens[j].joined and "\n" not in tokens[j].gap and token_is_nisba(tokens[j])
                and tokens[j - 1].article)

    def genitive_before_given_name(self, j: int) -> bool:
        """Right after a role or a complement without the article (ملك، رئيس، محافظة), a word that
        is no given name before one that is: the genitive (a realm, a body), and the name after it."""
        tokens = self.tokens
        role = tokens[j - 1]
        # after a role with the article only before a foreign given name and a rare family name
        # (السيناتور تينيسي بيل هاجرتي: a state no gazetteer has, then the name)
        foreign_name_after = (j + 2 < len(tokens) and tokens[j + 1].word in self.cues.given_names_alone
                              and tokens[j + 1].word not in self.cues.arab_given_names and tokens[j + 2].joined
                              and self.name_word(tokens[j + 2]) and self.rare(tokens[j + 2]) and self.rare(tokens[j]))
        return (j + 1 < len(tokens) and (not role.article or foreign_name_after) and tokens[j].joined
                and tokens[j + 1].joined and not tokens[j].article and self.name_word(tokens[j])
                and not self.given_at(j) and self.given_at(j + 1, alone=True) > 0)

    def age_at(self, i: int) -> bool:
        """Does a person's age in brackets open at token i ("(45 عاما)")?"""
        tokens = self.tokens
        return (i > 0 and tokens[i].gap.rstrip(" ").endswith("(") and tokens[i].word.isdigit() and i + 1 < len(tokens)
                and tokens[i + 1].joined and tokens[i + 1].word in self.cues.age_words)

    def name_before_person_noun(self, i: int) -> int | None:
        """The start of a name right before a bare noun for what a person is (person_nouns
        without the article: لاعب، مدرب، مهاجم، حارس، نجم) and its genitive, a club, a team or a
        place (مؤمن سليمان مدرب الشرطة العراقي، لامين يامال لاعب برشلونة): an apposition; or None."""
        tokens = self.tokens
        token = tokens[i]
        if (i == 0 or token.article or not token.joined or "\n" in token.gap or token.word not in self.cues.person_nouns
                or self.possessed(token) or i + 1 >= len(tokens) or not tokens[i + 1].joined):
            return None
        after = tokens[i + 1]
        if not (after.plain_article or after.covered or self.place_at(i + 1, known_too=True)):
            return None
        return self.name_before(i, given_ok=True)

    def country_in_brackets(self, i: int) -> bool:
        """Does a country alone in brackets open at token i, right after a word: where a person
        is from, after the name in a list of authors, players or candidates ("أزهر جرجيس (العراق)")?"""
        tokens = self.tokens
        if i == 0 or not tokens[i].gap.strip(" ") == "(":
            return False
        place = self.place_at(i, known_too=True)
        if place is None or place[1].kind != "country":
            return False
        end = place[0]
        after = tokens[end].gap if end < len(tokens) else self.text[tokens[end - 1].end:]
        return after.strip(" ").startswith(")")

    def appointed_role(self, i: int) -> bool:
        """A role in the accusative right after a name, to an office (an appointment or a decree:
        "... وسلام سفاف وزيرة للتنمية الإدارية"، "عين فلان سفيرا لدى ..."): a one-word role
        with its alef of tanwin or its ta marbuta, before ل."""
        tokens, c = self.tokens, self.cues
        token = tokens[i]
        if i + 1 >= len(tokens) or not token.joined or not tokens[i + 1].joined or not tokens[i + 1].word.startswith("ل"):
            return False
        plain = token.plain_stems[0]
        return not token.article and plain.endswith(("ا", "ة")) and (fold(plain[:-1]),) in c.person

    def name_before_appointment(self, i: int) -> tuple[int, bool] | None:
        """(start, behind و) of the name right before an appointed role at token i: the name
        words before it, the first of them behind the و of a list (وسلام سفاف), as name_from
        reads a name after a role."""
        tokens, c = self.tokens, self.cues
        k = i
        while k > 0 and i - k < c.max_words and tokens[k].joined and self.name_word(tokens[k - 1]):
            k -= 1
        starts = [(k, False)]
        first = tokens[k - 1] if k > 0 else None
        if first is not None and k < i and tokens[k].joined and first.word.startswith("و") and len(first.word) > 3:
            if first.word[1:] in c.given_names:
                return k - 1, True  # وسلام حداد: a given name (a word too) and the name words after it
            if not self.common(replace(first, stems=first.stems[1:2], plain_stems=first.plain_stems[1:2])):
                starts.insert(0, (k - 1, True))
        for start, conjunction in starts:
            for begin in range(start, i - c.min_person_words + 1):
                behind = conjunction and begin == start
                saved = self.tokens
                if behind:
                    word = tokens[begin]
                    self.tokens = tokens[:begin] + [replace(word, word=word.word[1:], written=word.written[1:],
                                                            stems=(word.word[1:],), plain_stems=(word.plain_stems[0][1:],))] + tokens[begin + 1:]
                try:
                    end = (self.name_from(begin, strong=True)
                           if not self.tokens[begin].article or self.definite_given_name(begin) else None)
                finally:
                    self.tokens = saved
                if end == i:
                    return begin, behind
        return None

    def speaker_alone(self, j: int) -> bool:
        """One word after a verb of saying that is the speaker's name by itself: what he said
        follows it at once (إن، قائلا or a colon: speaker_followers), and it is written like a
        name, far more often without the article than with it (ترامب، نتنياهو; not مصدر،
        مسؤول)."""
        tokens, c = self.tokens, self.cues
        if j + 1 >= len(tokens) or not tokens[j].joined or tokens[j].article or self.given_at(j):
            return False
        token, after = tokens[j], tokens[j + 1]
        said = ":" in after.gap and "\n" not in after.gap or after.joined and after.word in c.speaker_followers
        plain = token.plain_stems[0]
        return (said and self.name_word(token) and not self.verb_like(token, past=False) and not self.adverb(token)
                and zipf(plain) < c.given_name_next_zipf and self.bare_more_than_definite(token))

    def headline_subject(self, i: int) -> bool:
        """One word that opens a line or a crawl's item ("|") before a verb in the masculine
        present is the subject of a headline, a person named by his name alone ("ترامب يهدد ...",
        "خامنئي ينفي ..."): written like a name as speaker_alone reads it; a company, a country
        or a body takes the feminine (أبل تطلق، روسيا تعلن)."""
        tokens = self.tokens
        if i + 1 >= len(tokens) or not (i == 0 or "\n" in tokens[i].gap or "|" in tokens[i].gap):
            return False
        token, after = tokens[i], tokens[i + 1]
        plain = token.plain_stems[0]
        return (after.joined and not token.article and not token.covered and not self.given_at(i)
                and after.plain_stems[0].startswith(self.cues.verb_prefixes.masculine)
                and self.verb_like(after, past=False)
                and self.name_word(token) and not self.verb_like(token, past=False) and not self.adverb(token)
                and zipf(plain) < self.cues.given_name_next_zipf and self.bare_more_than_definite(token))

    def headline_quote(self, i: int) -> bool:
        """One word that opens a line or a bulleted item ("- ") right before a colon and the words
        said after it on that line is a person quoted by name alone ("ترامب: حاملة طائرات ثانية
        ستغادر"): written like a name as headline_subject reads it; no place of the gazetteer (a
        dateline: "دمشق:") and no line's label (المصدر:، عاجل:)."""
        tokens, c = self.tokens, self.cues
        if i + 2 >= len(tokens) or not (i == 0 or "\n" in tokens[i].gap):
            return False
        if tokens[i].gap.strip(" \n") not in ("", "-", "–", "•"):
            return False
        token, after = tokens[i], tokens[i + 1]
        plain = token.plain_stems[0]
        return (after.gap.strip() == ":" and "\n" not in after.gap and "\n" not in tokens[i + 2].gap
                and not token.article and not token.covered and not self.given_at(i)
                and token.word not in c.line_labels and token.word not in c.byline_labels
                and not any(self.gazetteer.lookup((w,)) for w in token.stems)
                and self.name_word(token) and not self.verb_like(token, past=False) and not self.adverb(token)
                and zipf(plain) < c.given_name_next_zipf and self.bare_more_than_definite(token))

    def given_word_ending_slot(self, k: int) -> bool:
        """A given name that is a common word too (سلام، أمين، نصر), bare and no verb, right before the
        end of a role's name slot: a comma, a full stop, a colon, the line's or the text's end, or a
        preposition (رئيس الحكومة نواف سلام من ...): the family name after the given name before it."""
        tokens, c = self.tokens, self.cues
        token = tokens[k]
        if (token.article or token.covered or "\n" in token.gap or not self.given_word(token, c.given_names)
                or self.verb_like(token, past=False) or self.adverb(token)):
            return False
        if k + 1 >= len(tokens):
            return True
        after = tokens[k + 1]
        if "\n" in after.gap or any(p in after.gap for p in (*_COMMA, ".", ":")):
            return True
        return after.joined and self.preposition(after) and not self.given_at(k + 1)  # not علي، خلف الله

    def last_before_punctuation(self, k: int) -> bool:
        """After a role and two name words, a word of middling frequency right before a comma or
        a full stop is the name's last (a family name that is a word too: شكري، رزق), not a
        common noun, a verb in the present or an adverb (a past verb's root is many a name's)."""
        tokens, c = self.tokens, self.cues
        token = tokens[k]
        after = tokens[k + 1].gap if k + 1 < len(tokens) else self.text[token.end:token.end + 1]
        return (self.name_word(token) and not token.article and "\n" not in token.gap
                and any(p in after for p in (*_COMMA, ".")) and not self.verb_like(token, past=False)
                and not self.adverb(token) and not token.plain_stems[0].endswith(_PRONOUN_ENDINGS)
                and zipf(token.written) < c.given_name_next_zipf)

    def transliterated_last(self, k: int) -> bool:
        """A word past a role's two name words that is a transliterated name's, though general Arabic
        uses it a little more than rare_zipf (بينغ 3.7): far more often without the article than
        with it (bare_name_gap: البينغ 1.9), rarer than given_name_next_zipf, no verb, adverb, noun
        with its pronoun or behind a clitic, and the name's slot ends after it (no name word joined
        to it)."""
        tokens, c = self.tokens, self.cues
        token = tokens[k]
        plain = token.plain_stems[0]
        if (token.article or token.covered or not token.word.isalpha() or token.word.isascii()
                or zipf(plain) - zipf(orthography.ARTICLE + plain) < c.bare_name_gap
                or zipf(token.written) >= c.given_name_next_zipf
                or self.verb_like(token, past=False) or self.adverb(token) or self.possessed(token)
                or self.carries_clitic(token) or token.word.endswith(orthography.FEMININE_PLURAL_ENDING)
                or plain.endswith(_PRONOUN_ENDINGS)):
            return False  # تبون مهامه رئيسا: his duties
        return k + 1 >= len(tokens) or not tokens[k + 1].joined or not self.name_word(tokens[k + 1])

    def last_before_phrase(self, k: int) -> bool:
        """After a role and two name words, a word rarer than given_name_next_zipf that a reading of
        general Arabic takes for a noun with its pronoun or a word behind a clitic (جيله: جيل + ه،
        بدوى), right before what opens the next phrase on the line: a preposition, a day's word
        (يوم، أمس، اليوم), a word with the article behind a clitic (للولاية) or و before a word of
        general Arabic (وحضور). It is the name's last. Not a verb, present or past (زار اليوم)."""
        tokens, c = self.tokens, self.cues
        token = tokens[k]
        if k + 1 >= len(tokens) or not token.joined or "\n" in token.gap:
            return False
        if (token.article or token.covered or not token.word.isalpha() or token.word.isascii() or len(token.word) < 3
                or token.plain_stems[0][0] in orthography.PROCLITICS.replace("ب", "")  # بدوى: ب opens names too
                or token.plain_stems[0].endswith(("هما", "كم", "نا"))
                or zipf(token.written) >= c.given_name_next_zipf or self.verb_like(token) or self.adverb(token)
                or self.common(token) or (token.word,) in c.person or any(self.gazetteer.lookup((w,)) for w in token.stems)
                or orthography.name_key(token.word) in load_guard().function_words
                or token.plain_stems[0].endswith(_PRONOUN_ENDINGS) and (self.carries_clitic(token) or not self.rare(token))):
            return False  # بجهوده، بدوره: a noun with its pronoun that general Arabic writes often (جيله 3.1 does not)
        after = tokens[k + 1]
        if not after.joined or "\n" in after.gap:
            return False
        if after.word in c.day_words:
            return True
        if self.possessed(token):
            return False  # مرماه من هدف: a noun and its pronoun before a preposition is the verb's object
        if orthography.name_key(after.word) in load_guard().prepositions:
            return True
        if after.article and not after.plain_article:
            return True  # للولاية، بالقصر
        return (after.word.startswith("و") and len(after.stems) > 1 and not self.given_at(k + 1)
                and zipf(after.plain_stems[1]) >= c.weak_cue_zipf and after.stems[1] not in c.given_names)

    def last_before_clause(self, k: int, strong: bool) -> bool:
        """After two name words, a word that is a word too (خلف، خاطر) right before what the
        speaker said (بأن، إن) or before a role in apposition is the family name, the name's
        last: the next clause starts after it. With no role before the name, only a word of
        middling frequency (خاطر, not خلف)."""
        tokens, c = self.tokens, self.cues
        token = tokens[k]
        if k + 1 >= len(tokens) or not tokens[k + 1].joined or "\n" in tokens[k + 1].gap or token.article:
            return False
        if not (tokens[k + 1].word in c.speaker_followers or self.role_opens_at(k + 1)):
            return False
        return (self.name_word(token) and not self.verb_like(token, past=False) and not self.adverb(token)
                and not token.plain_stems[0].endswith(_PRONOUN_ENDINGS)
                and (strong or zipf(token.written) < c.given_name_next_zipf))

    def common_given_before_given(self, j: int) -> bool:
        """After a title, a given name that is also a common word (صباح، سعيد، أمين) when another
        given name follows it at once: a nasab chain (الدكتور صباح احمد الشايع), not a phrase."""
        tokens = self.tokens
        return (j + 1 < len(tokens) and tokens[j + 1].joined and self.common(tokens[j])
                and self.given_word(tokens[j], self.cues.given_names) and not tokens[j].article
                and self.given_at(j + 1, arab=True) > 0 and not tokens[j + 1].article)

    def common_given_before_name(self, j: int) -> int | None:
        """After a title, a given name that is also a common word (باسم، رائد، أمير) right before
        a name of two words or more that the title would take alone (المهندس باسم عبد الكريم
        الشمخاني، الروائي أمير تاج السر): the given name opens that name; the end of the whole
        name, or None."""
        tokens = self.tokens
        first = tokens[j]
        if (first.article or first.covered or j + 1 >= len(tokens) or not tokens[j + 1].joined
                or not self.given_word(first, self.cues.given_names)):
            return None
        end = self.name_from(j + 1, strong=True)
        return end if end is not None and end - (j + 1) >= 2 else None

    def glued_ben(self, token: Token) -> bool:
        """بن written onto the name after it, as Moroccan family names are (بنعبد الله، بنموسى،
        بنسعيد): what follows بن is a given name or a particle (عبد), so the word is no ب + a verb
        (نعبد) or a noun."""
        rest = token.word[2:]
        return (token.word.startswith("بن") and len(rest) >= 3 and not token.article and not token.covered
                and (rest in self.cues.given_names or rest in self.cues.particles))

    def letter_word_before_given(self, j: int) -> bool:
        """After a title, a rare word that reads as ب ل ك before a word (بيومي: ب + يومي), with a
        given name right after it: the person's given name, the given name after it his father's
        (الممثل بيومي فؤاد); "المتحدث باسم الجيش" has no given name after its clitic word."""
        tokens = self.tokens
        token = tokens[j]
        return (j + 1 < len(tokens) and tokens[j + 1].joined and not token.article and not token.covered
                and token.word[:1] in "بلك" and self.rare(token) and self.carries_clitic(token)
                and self.given_at(j + 1, arab=True) > 0 and not tokens[j + 1].article)

    def letter_family_name_after(self, j: int, k: int, units: int, strong: bool) -> bool:
        """May the word at k be a family name that starts with و ف ب ل ك (بيداي، كاساس)? Right
        after a given name (بن علي بيداي), or after a role's first word when that word is rare in
        general Arabic, as a transliterated given name is, right after a one-word role (المدرب
        خيسوس كاساس; not "الراحلة إلى مثواه الأخير في مشهد مهيب ومفجع": an adjective and و + another)."""
        tokens = self.tokens
        if units != 1:
            return False
        if self.given_at(j) or self.given_word(tokens[k - 1], self.cues.given_names) or tokens[j].word in self.cues.kunya_particles:
            return True  # بن علي بيداي، أبو عاقلة كيكل
        return (strong and k == j + 1 and self.rare(tokens[j]) and not tokens[j].article
                and j > 0 and tokens[j].joined and self.cue_at(j - 1) == 1)

    def next_titled_person(self, k: int) -> bool:
        """Does token k open the next titled person of a list, behind و (الفنانة يسرا والفنان
        فاروق الفيشاوي): a role word with the article right after the conjunction?"""
        tokens = self.tokens
        if k >= len(tokens) or not tokens[k].joined or not tokens[k].word.startswith("وال"):
            return False
        return any((stem,) in self.cues.person for stem in tokens[k].stems[1:] if stem.startswith("ال"))

    def common_given_name(self, j: int) -> bool:
        """A given name that is also a common word (صباح، مشعل) where a family name with the
        article follows it (صباح الأحمد، صباح السالم)."""
        tokens = self.tokens
        return (self.common(tokens[j]) and zipf(tokens[j].written) < 5.5 and self.family_name_after(j)
                and not tokens[j].written.endswith("ة"))

    def family_name_after(self, j: int) -> bool:
        """Is token j followed at once by a word that may be a family name with the article
        (السالم، البنعلي)?"""
        tokens = self.tokens
        return (j + 1 < len(tokens) and tokens[j + 1].joined and tokens[j + 1].plain_article
                and self.name_word(tokens[j + 1]) and not self.common(tokens[j + 1]))

    def verb_like(self, token: Token, past: bool = True, other_person: bool = False) -> bool:
        """A verb, no name's word: the one test of every cue and of the last look at each candidate
        (proposal_guard.py), with the prefixes of unknown.yml's `verb_prefixes`.
        - the present or the future as the dates' tense rules read it (يلقي، سيلقي), not behind a
          conjunction (فيلبي is a name, not "and he answers"); the future of a frequent present
          (ستؤجل: تؤجل; names in س are not: سيرغي، ستيفن); a past plural (نشروا);
        - with `other_person`, a present general Arabic writes with either person's prefix (يحاضر /
          تحاضر، يستلمون / تستلمون): read after a whole name, where a family name is no longer
          expected (تبون is a name: يبون is a word too);
        - a past of the forms with a connecting alef whose present is frequent (استعد / يستعد);
        - with `past`, any past whose present (ي + the word: تصدى / يتصدى، سجل / يسجل) is a word of
          general Arabic, a name's is not (بونو / يبونو), also behind ف (فسجل). Many Arab given and
          family names share a verb's root (ضيف / يضيف): callers read the past only past a name's
          second word.
        Given names that are verbs too (أحمد، أشرف، يزيد) and words of a registry name are names."""
        plain = token.plain_stems[0]
        if token.article or token.covered or token.word in self.cues.given_names:
            return False
        prefixes, common = self.cues.verb_prefixes, self.cues.verb_present_zipf
        future = len(plain) >= 3 and plain[0] == prefixes.future and plain[1] in prefixes.person
        if plain[0] not in prefixes.conjunctions and (is_present_verb(plain) or future and is_future_verb(plain)):
            return True
        if other_person and (self.conjugated(token) or plain.endswith(orthography.VERB_PLURAL_AND_DUAL_ENDINGS)
                             and self.conjugated(replace(token, plain_stems=(plain[:-2],)))):
            return True
        if self.plural_verb(token):
            return True
        if future and len(plain) >= 4 and zipf(plain[1:]) >= common and zipf(plain[1:]) > zipf(plain):
            return True
        if plain[0] in prefixes.connecting_alef and len(plain) >= 4 and zipf("ي" + plain[1:]) >= self.cues.rare_zipf:
            return True
        if past and plain[0] in prefixes.conjunctions and len(plain) > 3 and zipf("ي" + plain[1:]) >= common:
            return True  # فسجل: "and he scored"
        return past and zipf("ي" + plain) >= common

    def given_at(self, i: int, alone: bool = False, arab: bool = False) -> int:
        """Words in the common given name at token i (محمد; عبد الله as two words), or 0.
        `alone`: only names that are not also common words (not سعيد، أمين); `arab`: only
        Arab given names (not توماس)."""
        if arab:  # the Arab names are a part of given_names
            names = self.cues.given_names_alone & self.cues.arab_given_names if alone else self.cues.arab_given_names
        else:
            names = self.cues.given_names_alone if alone else self.cues.given_names
        tokens = self.tokens
        if i + 1 < len(tokens) and tokens[i + 1].joined and tokens[i].word + tokens[i + 1].word in names:
            return 2  # عبد الله، نور الدين، صلاح الدين (the longer name first: صلاح is one too)
        if self.given_word(tokens[i], names):
            return 1
        return 0

    def name_after_given_name(self, i: int) -> int | None:
        """The end of a person's name that a common given name begins, with no other cue
        (محمد ضيف، أحمد عبدالرحيم): the next word is rare, another given name, or a rare
        family name with the article; the name goes on as name_from reads it."""
        tokens, c = self.tokens, self.cues
        alone = self.given_at(i, alone=True)
        # A given name that is also a common word (سالم، حكيم) only before a rare word (حكيم زياش).
        next_zipf = c.given_name_next_zipf if alone else c.rare_zipf
        n = alone or self.given_at(i)
        j = i + n
        if not n or j >= len(tokens) or not tokens[j].joined:
            return None
        if not alone and (place := self.place_at(i)) and place[0] > j:
            return None  # خميس مشيط: a town's name that a given name and common word opens
        after = tokens[j]
        if n == 1 and after.plain_article and after.word in c.regnal_ordinals and tokens[i].word in c.regnal_names:
            return j + 1  # فرانسوا الأول، هنري الثامن: a foreign monarch's given name and his number
        if self.verb_first(after):
            return None  # عن عمر ناهز: a verb after a given name that is also "age"
        if after.word in c.particles and after.word != "بن":
            pass  # صفوان أبو سعدة، علي عبد الله
        elif after.plain_article and after.word in c.family_titles and j + 1 < len(tokens) and tokens[j + 1].joined:
            if not alone and self.given_at(j + 1):
                return None  # في عهد الإمام تركي: a common word, then the title of the name after it
            # أحمد الشيخ عبد القادر: the title is his family name
        elif after.plain_article and after.word in c.family_titles and self.item_break_after(j + 1) and i > 0 and tokens[i].after_comma:
            return j + 1  # "، وطارق الشيخ،": a list's item that the title ends
        elif not (self.name_word(after) or self.family_name_behind_letter(after)) or self.adverb(after) or self.verb_like(after, past=False) and not self.given_at(j) or not (
                zipf(after.written) < next_zipf or self.given_at(j) and next_zipf > c.rare_zipf
                or token_is_nisba(after) and zipf(after.written) < c.weak_cue_zipf):  # سالم الدوسري
            return None
        end = self.name_from(i, strong=True, self_cued=True)  # the given name is the cue: a byline too
        return end if end and end > j else None

    def conjoined_given_name(self, i: int) -> int | None:
        """The end of a name whose first word is a common given name behind و, ل or ب
        (وأحمد الشيخ عبد القادر، وصفوان أبو سعدة، لأحمد علاء الدين), or None."""
        tokens, c = self.tokens, self.cues
        token = tokens[i]
        # و joins it to a list; ل and ب make it the object of a verb or a noun (سامحا لأحمد علاء الدين)
        if not token.word.startswith(("و", "ل", "ب")) or token.word[1:] not in c.given_names_alone or len(token.word) < 4:
            return None
        if i + 1 >= len(tokens) or not tokens[i + 1].joined:
            return None
        if zipf(token.plain_stems[0]) > zipf(token.plain_stems[0][1:]):
            return None  # لدينا "we have" is a word of its own, not ل + دينا
        plain = replace(token, word=token.word[1:], written=token.written[1:], stems=(token.word[1:],),
                        plain_stems=(token.plain_stems[0][1:],), gap=token.gap)
        saved, self.tokens = tokens, tokens[:i] + [plain] + tokens[i + 1:]
        try:
            return self.name_after_given_name(i)
        finally:
            self.tokens = saved

    @staticmethod
    def feminine_past(token: Token) -> bool:
        """A verb in the feminine past: general Arabic writes it more often without its ت (قدمت،
        تضررت)."""
        plain = token.plain_stems[0]
        return plain.endswith("ت") and zipf(plain[:-1]) > zipf(plain)

    def verb_first(self, token: Token) -> bool:
        """A word general Arabic writes as a verb in the past more than as itself: its present
        (ي + the word, or for the alef of أفعل ي + the rest) is the more frequent (ناهز / يناهز،
        أنقذ / ينقذ); a name's is not (ضيف / يضيف، أحمد / يحمد)."""
        plain = token.plain_stems[0]
        presents = ("ي" + plain, "ي" + plain[1:]) if plain[:1] in "أا" else ("ي" + plain,)
        return not token.article and len(plain) >= 3 and any(zipf(p) > zipf(plain) for p in presents)

    def construct(self, j: int) -> bool:
        """A feminine noun before a genitive with the article (مهمة البعثة، إدارة الشرق): a
        phrase, not a name; a given name in ة (حمزة، فاطمة) is less frequent."""
        tokens = self.tokens
        return (tokens[j].written.endswith("ة") and zipf(tokens[j].written) >= self.cues.construct_zipf and j + 1 < len(tokens)
                and tokens[j + 1].joined and tokens[j + 1].plain_article)

    def noun_phrase(self, j: int) -> bool:
        """A frequent noun before a frequent genitive (مكتب التحقيقات، قسم الشرطة) after a role:
        a phrase, not a name, unless the noun is a given name or the genitive a nisba (a family)."""
        tokens, c = self.tokens, self.cues
        return (j + 1 < len(tokens) and not self.given_at(j) and tokens[j].word not in c.particles
                and zipf(tokens[j].written) >= c.noun_zipf
                and tokens[j + 1].joined and tokens[j + 1].plain_article and not token_is_nisba(tokens[j + 1])
                and zipf(tokens[j + 1].written) >= c.weak_cue_zipf)

    def player_before_match_object(self, i: int) -> tuple[int, int] | None:
        """A player's name between a match verb or a preposition of means at token i and what he
        did: "سجل فلان الهدف الأول"، "أهدر فلان ركلة جزاء"، "عبر فلان في الدقيقة 17", past his
        nationality ("أدرك الغاني فلان التعادل"; a family name of that shape stays: "يضيف الفلاني
        فلان الهدف"). The name has two to four name words, a given name or a word rarer than a role's
        first (لاعب، حارس) and one of them rare (الفريق الضيف is no player), and ends where a name read from its start
        ends (a role after it is no part of it)."""
        tokens, c = self.tokens, self.cues
        token = tokens[i]
        verb = stem_in(token, c.match_verbs)
        if not (verb and not token.word.removesuffix(verb).endswith(("ل", "ب", "ك")) or self.scorer_preposition_ends(i)):
            return None
        nisba_first = i + 1 < len(tokens) and (self.nationality(tokens[i + 1]) or token_is_nisba(tokens[i + 1]))
        for j in (i + 2, i + 1) if nisba_first else (i + 1,):
            if (end := self._player_from(j)) is not None:
                return j, end
        return None

    def scorer_preposition_ends(self, i: int) -> bool:
        """Does a preposition of means end at token i (عبر; عن طريق, not طريق alone)?"""
        tokens = self.tokens
        return any(len(words) <= i + 1 and all(tokens[i - n].word == w for n, w in enumerate(reversed(words)))
                   and all(tokens[m].joined for m in range(i - len(words) + 2, i + 1))
                   for words in self.cues.scorer_prepositions)

    def _player_from(self, j: int) -> int | None:
        """The end of a player's name that starts at token j and ends before a match's object."""
        tokens, c = self.tokens, self.cues
        for k in range(j, min(j + 5, len(tokens))):
            if not tokens[k].joined:
                return None
            if k - j >= c.min_person_words and self.match_object_at(k):
                if not (self.given_at(j) or zipf(tokens[j].written) < c.weak_cue_zipf) or not self.weak_name_ok(j, k):
                    return None  # لاعب الفريق فلان الهدف: a role first, read by its own cue
                if not any(self.given_at(m) for m in range(j, k - 1)) and (self.plural_in_construct(j) or self.common_noun_first(j)):
                    return None  # a team's nickname: محاربو الصحراء، عيال زايد (not مفضل محمد الحسن)
                return min(k, self.name_from(j, strong=False) or k)
            if not self.name_word(tokens[k]):
                return None
        return None

    def plural_in_construct(self, j: int) -> bool:
        """Is token j a sound masculine plural that lost its ن before a genitive (محاربو الصحراء:
        general Arabic knows محاربون; أبو، زيزو have no such plural)?"""
        tokens = self.tokens
        return (tokens[j].written.endswith("و") and j + 1 < len(tokens) and tokens[j + 1].joined
                and zipf(tokens[j].written[:-1] + "ون") >= self.cues.participle_plural_zipf)

    def common_noun_first(self, j: int) -> bool:
        """Is token j a bare noun that general Arabic writes with the article more often (نسور /
        النسور، عيال)? A family name is not (بونو، حمدان)."""
        plain = self.tokens[j].plain_stems[0]
        return not self.tokens[j].article and zipf("ال" + plain) > zipf(plain)

    def match_object_at(self, k: int) -> bool:
        """Does a match's object start at token k (الهدف، ركلة), behind في or من (في الدقيقة، من ركلة)?"""
        tokens, c = self.tokens, self.cues
        if tokens[k].word in c.match_object_links and k + 1 < len(tokens) and tokens[k + 1].joined:
            k += 1
        return tokens[k].word in c.match_objects  # لكرة القدم after a league's name is no object

    def weak_name_ok(self, j: int, k: int) -> bool:
        """After a verb of saying or before one, a name needs one word rarer than general
        Arabic's frequent words, or a particle."""
        return any(zipf(t.written) < self.cues.weak_cue_zipf or t.word in self.cues.particles for t in self.tokens[j:k])

    def verb_object(self, j: int, k: int) -> bool:
        """Are the words j..k-1 after a verb its object rather than its subject's name? Their first
        is a noun that general Arabic writes with the article as often as without (عقد، عموم، مشروع),
        no given name, and none of them is rare (أعلنت عقد اجتماعات، دعت عموم المسلمين)."""
        tokens, c = self.tokens, self.cues
        first = tokens[j]
        return (not first.article and not self.given_at(j) and first.word not in c.particles
                and not self.bare_more_than_definite(first) and zipf(first.written) >= c.rare_zipf
                and not any(self.rare(t) and not t.article for t in tokens[j:k])  # أضاف هدف الحسم
                and not self.family_name_last(j, k))

    def family_name_last(self, j: int, k: int) -> bool:
        """Do the words j..k-1 end in a family name: a rare word with the article after a first word
        that is no frequent noun (أعلن عاصي الحلاني)? A noun's object has a word general Arabic
        uses after it (أعلنت عقد الاجتماعات، بدأ تشغيل المحطة)."""
        tokens, c = self.tokens, self.cues
        return (k - j >= 2 and zipf(tokens[j].written) < c.weak_cue_zipf and tokens[k - 1].plain_article
                and self.rare(tokens[k - 1]) and not self.common(tokens[k - 1]))

    def name_before(self, i: int, given_ok: bool = False) -> int | None:
        """The start of a person's name that ends right before token i (an apposition after
        it, or a verb of saying), or None. `given_ok`: a name begun by a given name needs no
        rare word (the cue after it is strong: a country in brackets)."""
        tokens = self.tokens
        j = i
        while j > 0 and i - j < self.cues.max_words and (j == i or tokens[j].joined) and (
                self.name_word(tokens[j - 1]) or j > 1 and self.given_at(j - 2) and self.family_name_behind_letter(tokens[j - 1])):
            j -= 1
        starts = [start for start in range(j, i - self.cues.min_person_words + 1) if not tokens[start].article
                  and not self.verb_first(tokens[start])  # أنقذ فراس البريكان مهاجم الفتح: the verb before the name
                  and self.name_from(start, strong=False, after_title=given_ok) == i
                  and (self.weak_name_ok(start, i) or given_ok and self.given_at(start))]
        # مشروعات جيف بيزوس: a word that is neither a given name nor rare, where the words after it
        # are a name too, is the noun the name depends on
        named = [start for start in starts if self.given_at(start) or self.rare(tokens[start])]
        return named[0] if named else starts[-1] if starts else None

    # --- organisations, agreements, places ------------------------------------------------

    def head_at(self, i: int) -> str | None:
        token = self.tokens[i]
        if token.covered:
            return None
        stems = token.stems + tuple(s[2:] for s in token.stems if s.startswith("ال") and len(s) > 4)
        if any(s in self.cues.agreement for s in stems):
            return "agreement"
        if (not token.article and any(s in self.cues.agreement_before_place for s in stems) and i + 1 < len(self.tokens)
                and self.tokens[i + 1].joined and (place := self.place_at(i + 1, known_too=True)) is not None
                and place[1].kind != "country"):
            return "agreement"  # اتفاق الطائف: named by the city where it was made (اتفاق مصر is one Egypt makes)
        if any(s in self.cues.organization for s in stems):
            return "organization"
        if any(s in self.cues.facilities for s in stems) and not (
                token.plain_stems[0].endswith(_FINAL_ALEF_MAQSURA) and set(stems) & self.cues.facilities_with_final_ya):
            return "place"  # مطار الكويت الدولي، قصر الأمم; not كبرى المؤسسات ("the major institutions")
        return None

    def company_kind_after(self, k: int) -> int | None:
        """The end of a company's kind (unknown.yml company_kinds: القابضة) at token k or after one
        more name word (a person's given name too: "طلعت مصطفى القابضة"), or None."""
        tokens, c = self.tokens, self.cues
        for m in (k, k + 1):
            if m >= len(tokens) or not tokens[m].joined:
                return None
            if tokens[m].word in c.company_kinds:
                return m + 1
            if m > k or tokens[m].article or not self.name_word(tokens[m]):
                return None
        return None

    def agency_of_a_head(self, i: int) -> int | None:
        """The end of an agency's name whose head (وكالة, without the article) is token i and whose
        name opens with another head's name ("وكالة سرايا الإخبارية"): that inner name, when its
        words make it one, is the agency's."""
        tokens = self.tokens
        if (tokens[i].article or stem_in(tokens[i], agency_head_nouns()) is None or i + 1 >= len(tokens)
                or not tokens[i + 1].joined or tokens[i + 1].article or self.head_at(i + 1) != "organization"):
            return None
        body = self.body_from(i + 1)
        return body[0] if body and body[1] else None

    def body_from(self, i: int) -> tuple[int, bool] | None:
        """The end of an organisation's name whose head is token i, and whether its words
        make it a name (a quote, a place, a rare word, a nisba, two genitives)."""
        tokens, c = self.tokens, self.cues
        j = i + 1
        if j >= len(tokens) or tokens[j].covered and not self.place_at(j, known_too=True):
            return None
        if (not tokens[i].article and stem_in(tokens[i], c.office_heads) is not None
                and (token_is_nisba(tokens[j]) or not tokens[j].article) and not self.place_at(j, known_too=True)):
            return None  # مكتب السوداني، مكتب اليونيسف: someone's office (مكتب أبوظبي التنفيذي is named by its place)
        if any(q in tokens[j].gap for q in QUOTES) and not SENTENCE_BREAK.search(tokens[j].gap):
            k = j + 1
            while k < len(tokens) and tokens[k].joined and k - j < 5:
                k += 1
            closing = tokens[k].gap if k < len(tokens) else self.text[tokens[k - 1].end:tokens[k - 1].end + 1]
            if not any(q in closing for q in QUOTES) or any(t.covered for t in tokens[j:k]):
                return None
            return k, True
        k, genitives, named, named_by_place = j, 0, False, False
        place_end = -1  # where a place right after the head ends: what the body is for may follow (مركز أبوظبي للغة العربية)
        known_places: set[int] = set()  # tokens of a registry place inside the name (مهرجان القاهرة ...)
        kept = j  # the name's words up to here stay, common or not (قناة روسيا اليوم)
        # A head with the article takes no word without it (المجلس أطيب التهاني is a sentence).
        definite_head = tokens[i].article
        more_adjectives = None  # where adjectives after a nisba began: kept only before what the body is for
        members = False  # a plural of its members after the head (مجلس وزراء ...): their adjective may end the name
        brand_end = -1  # where a company's brand right after its head ends: what it does may follow (جهينة للصناعات الغذائية)
        while k < len(tokens) and tokens[k].joined and k - j < c.max_words:
            token = tokens[k]
            link = next((p for p in c.organization_links if tuple(t.word for t in tokens[k:k + len(p)]) == p
                         and all(t.joined for t in tokens[k + 1:k + len(p)])), None)
            # a place behind a clitic (بفاس، ومصر) is where the body is, not its name
            bare = token.word in self.gazetteer.first_words or token.covered and len(token.stems) == 1
            place = self.place_at(k, known_too=True) if bare and (not token.article or token.plain_article) else None
            if place and token.covered and any(t.covered for t in tokens[place[0]:place[0] + 1]):
                place = None  # a registry name goes on past the place: it is not this one's
            after_place = (place_end > j and all(token_is_nisba(t) for t in tokens[place_end:k])
                           and stem_in(tokens[i], c.purpose_after_place_heads) is not None) or k == brand_end
            if (generic := self.purpose_link(i, k, genitives, after_place)) > len(link or ()):
                # الهيئة العامة للترفيه، وزارة الدولة لشؤون الإعلام: named by what it is for
                named = named or self.public_body(i, k) or token.word in c.affairs_links
                link = tokens[k:k + generic]
                kept = k + generic  # للبحوث والدراسات: its nouns joined by و stay
            if link and self.deputy_portfolio(i, k, genitives):
                break  # نائب رئيس مجلس الوزراء للتنمية البشرية: the deputy's portfolio, even a body's link
            if link:
                k += len(link)
                more_adjectives = None
            elif "\n" in token.gap:
                break  # a name goes on to the next line only by what the body is for (a masthead's "للبحوث")
            elif (named and (head_stem(tokens[i], c.heads), token.word) in c.kind_adjectives
                  and not (k + 1 < len(tokens) and tokens[k + 1].joined and tokens[k + 1].word in c.time_relations)):
                k += 1  # مستشفى الكندي العام: the body's kind ends its name
                kept = k
                break
            elif (k == j and not definite_head and token.word in c.member_plurals
                  and stem_in(tokens[i], c.named_by_one_genitive) is not None
                  and k + 1 < len(tokens) and tokens[k + 1].joined and tokens[k + 1].plain_article):
                k += 1  # مجلس نواب الشعب، هيئة كبار العلماء: a council of its members, then what they are of
                members = True
            elif (token.word in c.organization_descriptors or token.word in c.honorifics or (token.word,) in c.person
                  or (head_stem(tokens[i], c.heads), token.word) in c.kind_descriptors):  # معبر رفح البري
                break  # وكالة أنباء الكويت الرسمية، مجلس الوزراء الدكتور ...
            elif place:
                known_places.update(range(k, place[0]))
                outlet = self._outlet_after(k, place[0])  # قناة روسيا اليوم
                if k == j:
                    place_end = place[0]  # the place right after the head names the body
                k, named, named_by_place = place[0] + outlet, True, True
                kept = k  # a place's words stay, a common one too (ميناء جبل علي: علي folds as على)
            elif token.covered:
                break
            elif (k == j and not token.article and not definite_head and not self.common(token)
                  and not self.carries_clitic(token) and k + 1 < len(tokens) and self.head_at(i) != "place"
                  and tokens[k + 1].joined and self.place_at(k + 1, known_too=True)):
                k += 1  # a construct before a place: وكالة أنباء الكويت، وزارة خارجية مصر (not after a
                # facility's head, a verb as often as a noun: "وسجن ملك النمسا" is "and the king imprisoned")
            elif token.word in c.article_names and k == j:
                k, named = k + 1, True  # حزب الله
            elif (named and definite_head and genitives and token.plain_article and _adjective_like(token) and not token_is_nisba(token)
                  and token.word not in c.common and token.word not in c.verbs):
                genitives += 1  # المفوضية الوطنية العليا (للانتخابات): a definite body's adjectives agree on
                more_adjectives = k if more_adjectives is None else more_adjectives
                k += 1
            elif named and members and token.word in c.agreeing_adjectives:
                k += 1  # مجلس وزراء الشؤون الاجتماعية العرب: the members' adjective ends the name
                break
            elif named and not token_is_nisba(token):
                break  # after the name itself only nisba adjectives go on (حزب الله المنصب)
            elif (token.plain_article and token.word not in c.common and token.word not in c.verbs
                  and (token_is_nisba(token) or not token_is_nisba(tokens[k - 1]))  # a nisba closes the chain
                  # after a definite genitive only an adjective agrees: "هيئة البيئة الجهود" is the verb's object
                  and not (k > j and tokens[k - 1].plain_article and not _adjective_shaped(token) and token.word not in c.linking
                           and token.word not in c.agreeing_adjectives)):
                genitives += 1
                named = named or token_is_nisba(token)
                k += 1
            elif (genitives and token.word[:1] == "و" and "ل" + token.word[1:] in c.affairs_links
                  and k + 1 < len(tokens) and tokens[k + 1].joined and tokens[k + 1].plain_article):
                k += 1  # وزارة الأشغال وشؤون البلديات: a second portfolio joined by و, its genitive after it
            elif genitives and stem_in(tokens[i], c.seated_heads) is not None and self._second_portfolio(k):
                k += 1  # وزارة الاتصالات وتكنولوجيا المعلومات: a ministry's second portfolio, its genitive after it
            elif (token.article and token.word.startswith(("وال", "فال")) and genitives and not self.role_behind_and(token)
                  and token.word[1:] != tokens[k - 1].word):  # "رئيس مجلس الوزراء والوزراء": the ministers beside
                k += 1  # وزارة الفلاحة والصيد البحري (not "والوكيل": a person beside the body)
            elif (not token.article and k == j and not definite_head and self.name_word(token)
                  and not self.feminine_past(token)  # جماعة تضررت: the head's verb
                  and (self.rare(token) or len(token.stems) == 1 and self.brand_like(k))
                  and not token.word.endswith(_INDEFINITE_NISBA)  # اتفاقية متبقية: an adjective
                  and not self.nisba_describing(token)  # مجلس وزاري
                  and not self.landmark_adjective(i, token)):
                named = True
                k += 1
                # a transliterated name goes on over rare words, an outlet's tail (ريا نوفوستي، أسوشيتد برس)
                # and words written like names, without the article (سبيس إكس)
                while (k < len(tokens) and k - j < 3 and tokens[k].joined and not tokens[k].article
                       and self.name_word(tokens[k]) and not self.verb_like(tokens[k], past=False)
                       and (self.rare(tokens[k]) or tokens[k].word in outlet_words().tails or self.brand_like(k))):
                    k += 1
                if k < len(tokens) and k - j < 3 and tokens[k].joined and self.transliterated_article(tokens[k]):
                    k += 1  # سامسونج الكترونيكس: a foreign word that starts like the article
                if stem_in(tokens[i], c.brand_heads) is not None and (kind_at := self.company_kind_after(k)) is not None:
                    k = brand_end = kind_at  # مجموعة طلعت مصطفى القابضة: a person's name and the company's kind
                    continue  # what it does may follow (للتطوير العقاري)
                if stem_in(tokens[i], c.brand_heads) is not None:
                    brand_end = k
            else:
                break
        if more_adjectives is not None:
            k = more_adjectives  # المنظمة الدولية الكبرى: the nisba's own name, its adjectives describe it
        if self.office_portfolio(i, j, k):
            kept, named = k, True  # مكتب التربية والتعليم: an office named by its portfolio, two nouns joined by و
        while k > max(j, kept) and (tokens[k - 1].word in c.common or tokens[k - 1].word.startswith(("وال", "فال"))):
            k -= 1
        # استاد جاسم بن حمد، مسجد عمرو بن العاص: a name does not end on بن, and a person's name goes on past it
        if k > j and k < len(tokens) and tokens[k - 1].word in c.particles and self._after_particle(k):
            k += 1
        while k > j and k + 1 < len(tokens) and tokens[k].word in c.particles and tokens[k].joined and self._after_particle(k + 1):
            k += 2
        if i > 0 and tokens[i].joined and not tokens[i - 1].article and tokens[i - 1].written.endswith(
                (orthography.FEMININE_ENDING, orthography.FEMININE_PLURAL_ENDING)) and not tokens[i].written.endswith(orthography.FEMININE_ENDING):
            # جلسة مجلس الأمة الاعتيادية، فعاليات تلفزيون سوريا الثقافية: after a masculine head a feminine
            # adjective agrees with the noun before it
            while k - 1 > j and tokens[k - 1].plain_article and tokens[k - 1].written.endswith("ة") and token_is_nisba(tokens[k - 1]):
                k -= 1
        if k == j or any(tokens[m].covered and m not in known_places for m in range(j, k)):
            return None
        head = head_stem(tokens[i], c.heads | c.agreement_before_place) or ""
        if (head.startswith("ال") and k - j < 2 and not named_by_place
                and not self.national_nisba(tokens[k - 1])):
            return k, False  # المنظمة الدولية، الحركة الإسلامية: a description, not a name
        if (head.startswith("ال") and head[2:] in c.outlet_heads | c.brand_heads
                and all(token_is_nisba(t) for t in tokens[j:k])):
            return k, False  # الصحيفة الأمريكية، الشركة النفطية اليابانية: a country has many, so they describe one
        if head.startswith("ال") and head[2:] in c.trade_heads and k - j == 1:
            return k, False  # السوق المصرية: the country's trade (السوق المالية السعودية names its exchange)
        # A country's own (الجيش الإسرائيلي، القوات الروسية، المنتخب المغربي) is its institution.
        return k, named or genitives >= 2 or genitives == 1 and (
            self.named_by_its_genitive(i, k) or self.definite_more_than_bare(tokens[k - 1]))

    def office_portfolio(self, i: int, j: int, k: int) -> bool:
        """Do the words from token j to k after an office's head (unknown.yml office_heads, without the
        article) name its portfolio, two definite nouns joined by و ("مكتب التربية والتعليم"، "مكتب
        الأوقاف والإرشاد"، "مكتب الزراعة والري"), as a ministry's local office is named? One genitive
        alone is someone's office ("مكتب الرئيس"), and so is a person beside it ("مكتب الرئيس والنائب")."""
        tokens, c = self.tokens, self.cues
        return (k - j == 2 and not tokens[i].article and stem_in(tokens[i], c.office_heads) is not None
                and tokens[j].plain_article and tokens[j + 1].word.startswith("وال") and not self.role_behind_and(tokens[j + 1])
                and (tokens[j].word,) not in c.person and ("ال" + tokens[j + 1].word[3:],) not in c.person
                and tokens[j].word[2:] not in self.cues_by_head and tokens[j + 1].word[3:] not in self.cues_by_head)

    def seat_after(self, i: int, end: int) -> int | None:
        """The end of a ministry's name that its seat completes: a head of unknown.yml
        seated_heads without the article, one genitive, then "في" and a place ("وزارة الصحة في
        غزة"، "وزارة الداخلية في إقليم كردستان"); without a place every government has one."""
        tokens, c = self.tokens, self.cues
        if (stem_in(tokens[i], c.seated_heads) is None or tokens[i].article or end != i + 2
                or end + 1 >= len(tokens) or tokens[end].word not in c.seat_links or not tokens[end].joined
                or not tokens[end + 1].joined or tokens[end + 1].covered and not self.place_at(end + 1, known_too=True)):
            return None
        place = self.place_at(end + 1, known_too=True)
        return place[0] if place else None

    def one_genitive_state(self, i: int, end: int) -> Place | None:
        """The state a ministry named by its head and one genitive belongs to (وزارة الصحة,
        وزارة الداخلية: every government has one) when its text names exactly one state, as a
        country or a country's nisba; None where it names none or several."""
        tokens, c = self.tokens, self.cues
        if (stem_in(tokens[i], c.seated_heads) is None or tokens[i].article or end != i + 2
                or not tokens[i + 1].plain_article or tokens[i + 1].covered):
            return None
        states = self.states()
        return next(iter(states)) if len(states) == 1 else None

    def state_body_at(self, i: int) -> tuple[int, Place] | None:
        """The end of a state's body named by a definite head and its adjective (unknown.yml
        state_bodies: الدفاع المدني، البنك المركزي، النيابة العامة; every state has one) at token i,
        and the state it belongs to: the one its text names, as for a ministry named by one genitive
        (one_genitive_state). None where the text names none or several states, or where a nisba
        after it says whose it is ("البنك المركزي الأوروبي": a longer name, read by its head)."""
        tokens = self.tokens
        if tokens[i].covered or i > 0 and tokens[i].joined and not tokens[i - 1].article and (
                self.head_at(i - 1) == "organization" or stem_in(tokens[i - 1], self.cues.unit_heads)):
            return None  # مديرية الدفاع المدني، مصلحة الدفاع المدني: the genitive of a longer body's name
        for phrase in self.cues.state_bodies:
            if not self._phrase_at(i, phrase):
                continue
            end = i + len(phrase)
            if any(self._phrase_at(k, phrase) and k + len(phrase) < len(tokens) and tokens[k + len(phrase)].joined
                   and token_is_nisba(tokens[k + len(phrase)]) for k in range(len(tokens))):
                return None  # "البنك المركزي اليمني" in the text: the bare name is that bank, named so
            states = self.states()
            return (end, next(iter(states))) if len(states) == 1 else None
        return None

    def _phrase_at(self, i: int, phrase: tuple[str, ...]) -> bool:
        """Do the tokens from i read the folded phrase, its first word behind a clitic too?"""
        tokens = self.tokens
        return i + len(phrase) <= len(tokens) and phrase[0] in tokens[i].stems and all(
            t.word == w and t.joined and not t.covered for t, w in zip(tokens[i + 1:i + len(phrase)], phrase[1:]))

    def states(self) -> frozenset[Place]:
        """The countries a text names, by name (the registry's too) or by a nisba with the article;
        where it names none, the countries its cities and regions are in (القيروان: Tunisia)."""
        if self._states is None:
            found: dict[str, Place] = {}  # by English name: الأردن and المملكة الأردنية الهاشمية are one state
            within: dict[str, Place] = {}
            countries = place_countries()
            for k, token in enumerate(self.tokens):
                place = self.place_at(k, known_too=True)
                if place is not None and place[1].kind == "country":
                    found.setdefault(place[1].name_en, place[1])
                elif place is not None and (country := countries.get(fold(place[1].name))) is not None:
                    within.setdefault(country.name_en, country)
                elif token.article and (country := self.nisba_country(token)) is not None:
                    found.setdefault(country.name_en, country)
            self._states = frozenset((found or within).values())
        return self._states

    def named_by_its_genitive(self, i: int, end: int) -> bool:
        """Does the head at token i name a body with its one genitive (مجلس النواب، وزارة الصحة)?
        Not after a role whose title it completes (رئيس مجلس الوزراء، رئيسا لمجلس الإدارة)."""
        tokens, c = self.tokens, self.cues
        if stem_in(tokens[i], c.named_by_one_genitive) is None:
            return False
        after_role = i > 0 and not tokens[i].after_break and not tokens[i].after_comma and any(
            s in self.cues_by_head or s.endswith("ا") and s[:-1] in self.cues_by_head for s in tokens[i - 1].stems)
        return not (after_role and tokens[end - 1].word in c.title_genitives)

    def deputy_portfolio(self, i: int, k: int, genitives: int) -> bool:
        """Is the ل-genitive at token k, after a body named by its genitive whose head is token i, a
        deputy's portfolio (نائب رئيس مجلس الوزراء لشؤون الخدمات، ... للتنمية البشرية), not what the
        cabinet is for? (نائب رئيس المجلس الأعلى للقضاء: an adjective asks for it.)"""
        tokens = self.tokens
        return bool(genitives and not _adjective_like(tokens[k - 1])
                    and any(i >= len(t) and tuple(x.word for x in tokens[i - len(t):i]) == t for t in self.cues.deputy_titles))

    def purpose_link(self, i: int, k: int, genitives: int, after_place: bool = False) -> int:
        """Length in words of a genitive with ل that names what a body with a definite head and
        its adjectives is for (الهيئة العليا المستقلة للانتخابات، اللجنة الوطنية لمراقبة الأهلة،
        المركز الوطني لتمويل الإنتربنك، behind a preposition too: للمؤسسة الوطنية لتنمية ...), or
        what a body named by its place is for (مركز أبوظبي للغة العربية، مؤسسة قطر للتربية), or 0:
        a noun with the article behind لل, or a bare noun behind ل with its genitive, and the
        genitives joined to it by و."""
        tokens = self.tokens
        if self.deputy_portfolio(i, k, genitives):
            return 0
        affairs = tokens[k].word in self.cues.affairs_links and genitives > 0  # وزارة الدولة لشؤون الإعلام
        if not (genitives and _adjective_like(tokens[k - 1]) and (tokens[i].article or genitives >= 2)
                or after_place or affairs or self.public_body(i, k)):
            return 0  # حزب التجمع الوطني للأحرار: a head without the article, a genitive and its adjective
        token = tokens[k]
        if token.covered or token_is_nisba(token) or not token.word.isalpha():
            return 0
        c = self.cues
        noun = "ال" + token.word[2:] if token.word.startswith("لل") else token.word[1:]
        bare = noun.removeprefix("ال")
        person = ((noun,) in c.person or (bare,) in c.person) and not self._plural_of_things(k)
        if (noun in c.common or bare in c.common or bare in c.organization or person) and not (
                token.word.startswith("لل") and tokens[k - 1].word in c.purpose_elatives and not (noun,) in c.person):
            return 0  # للحكومة، للوزارة، للرئيس: to whom the sentence gives something (المجلس الأعلى للدولة: the body's)
        if bare in c.purpose_not_nouns:
            return 0  # للمرة الأولى، للعام الثالث: when the sentence's act happens
        if token.word.startswith("لل") and (len(token.word) >= c.purpose_min_letters or len(token.word) == c.purpose_min_letters - 1
                                            and self._nisba_after(k)):  # للغة العربية: a short noun its nisba describes
            end = k + 1 + (bare in c.purpose_nouns_with_an and self._object_after_an(k + 1))
        elif affairs and k + 1 < len(tokens) and tokens[k + 1].joined and tokens[k + 1].plain_article:
            end = k + 2
        elif (not after_place and token.word.startswith("ل") and not token.article and len(token.word) >= 5 and k + 1 < len(tokens)
              and tokens[k + 1].joined and tokens[k + 1].plain_article and zipf(token.written[1:]) >= self.cues.rare_zipf):
            end = k + 2  # لمراقبة الأهلة: ل and a verbal noun, then its genitive
        elif (not after_place and token.word.startswith("ل") and not token.article and len(token.word) >= 5 and k + 2 < len(tokens)
              and zipf(token.written[1:]) >= self.cues.rare_zipf and self._second_verbal_noun(k + 1)):
            end = k + 3  # لإغاثة وتشغيل اللاجئين: two verbal nouns joined by و, then their genitive
        else:
            return 0
        while end < len(tokens) and tokens[end].joined and not tokens[end].covered and (
                token_is_nisba(tokens[end]) or tokens[end].plain_article and tokens[end].word in c.linking  # للعلاقات العامة
                or tokens[end].word in c.agreeing_adjectives  # للفنانين العرب
                or tokens[end].word.startswith(("وال", "و")) and len(tokens[end].word) > 4
                and not tokens[end].word[1:].startswith(("بال", "كال", "لل"))  # وبالتعاون مع: a new clause
                and tokens[end].word not in self.cues.common and self.head_at(end) is None
                and not self.role_behind_and(tokens[end])):
            end += 1  # للأنواء الجوية والرصد الزلزالي، للقبول وتقويم وتوثيق الشهادات
            if (end < len(tokens) and tokens[end - 1].word.startswith("و") and tokens[end].joined
                    and tokens[end].plain_article and not tokens[end].covered and tokens[end].word not in c.common
                    and tokens[end].word not in c.honorifics and (tokens[end].word,) not in c.person
                    and self.head_at(end) is None):
                end += 1  # the noun after و keeps its own genitive or adjective: ومكافحة الإقصاء، والمناطق الحرة
        return end - k

    def _second_portfolio(self, k: int) -> bool:
        """Is token k و and a bare noun of general Arabic (as frequent as rare_zipf) that is no head,
        no role and no common word, a definite genitive right after it (وتكنولوجيا المعلومات)?"""
        tokens, c = self.tokens, self.cues
        token = tokens[k]
        if not (token.word[:1] == "و" and not token.article and len(token.word) >= 4 and not token.covered
                and k + 1 < len(tokens) and tokens[k + 1].joined and tokens[k + 1].plain_article and not tokens[k + 1].covered):
            return False
        bare = token.written[1:]
        return (token.word[1:] not in c.common and tokens[k + 1].word not in c.common and self.head_at(k) is None
                and not self.role_behind_and(token) and not self.verb_like(token) and zipf(bare) >= c.rare_zipf)

    def _nisba_after(self, k: int) -> bool:
        """Is token k followed by a nisba with the article that describes it?"""
        tokens = self.tokens
        return (k + 1 < len(tokens) and tokens[k + 1].joined and tokens[k + 1].plain_article
                and not tokens[k + 1].covered and token_is_nisba(tokens[k + 1]))

    def _plural_of_things(self, k: int) -> bool:
        """Is the noun at token k (behind لل) followed by a feminine nisba that agrees with it, as
        with a plural of things and never with a man (للمعارض الدولية "for international exhibitions",
        not المعارض "the opponent", a person's role)?"""
        tokens = self.tokens
        if tokens[k].written.endswith(orthography.FEMININE_ENDING) or k + 1 >= len(tokens):
            return False
        after = tokens[k + 1]
        return (after.joined and after.plain_article and token_is_nisba(after)
                and after.written.endswith(orthography.FEMININE_ENDING))

    def _second_verbal_noun(self, k: int) -> bool:
        """Is token k و and a bare noun of general Arabic (وتشغيل), a definite genitive right after it?"""
        tokens = self.tokens
        token = tokens[k]
        return (token.joined and token.word.startswith("و") and not token.article and not token.covered
                and len(token.word) >= 4 and token.word not in self.cues.common and self.head_at(k) is None
                and zipf(token.written[1:]) >= self.cues.rare_zipf
                and tokens[k + 1].joined and tokens[k + 1].plain_article and not tokens[k + 1].covered)

    def _object_after_an(self, k: int) -> int:
        """Length in words of عن and its object at token k (عن المستهلك، عن حقوق الإنسان), or 0."""
        tokens = self.tokens
        if not (k + 1 < len(tokens) and tokens[k].word == "عن" and tokens[k].joined and tokens[k + 1].joined
                and not tokens[k + 1].covered and tokens[k + 1].word not in self.cues.common):
            return 0
        if tokens[k + 1].plain_article:
            return 2  # عن المستهلك
        genitive = tokens[k + 2] if k + 2 < len(tokens) else None
        if not tokens[k + 1].article and genitive is not None and genitive.joined and genitive.plain_article:
            return 3  # عن حقوق الإنسان
        return 0

    def public_body(self, i: int, k: int) -> bool:
        """Is token k right after a definite head and its العام / العامة (a linking word with the
        article), where what the body is for names it: الهيئة العامة للترفيه، المؤسسة العامة للضمان
        الاجتماعي، الإدارة العامة للقبول?"""
        tokens = self.tokens
        return k == i + 2 and tokens[i].article and tokens[k - 1].plain_article and tokens[k - 1].word in self.cues.linking

    def role_behind_and(self, token: Token) -> bool:
        """Is the token a person's role behind و (والرئيس، والنائب، والمدير): a coordinated person beside
        a body ("حزب التجمع الوطني للأحرار والرئيس السابق لجهة الشرق"), not a word of its name?"""
        return token.word[:1] in orthography.PROCLITIC_CONJUNCTIONS and token.word[1:] in self.cues_by_head

    def _after_particle(self, k: int) -> bool:
        """Can token k be the word a particle (بن، أبو، عبد) joins to a name?"""
        token = self.tokens[k]
        return token.joined and token.word.isalpha() and not token.covered and not self.common(token)

    def brand_like(self, k: int) -> bool:
        """A word that general Arabic writes far more often without the article than with it,
        as names are (أبل 4.2 / الأبل 2.6، جوجل، أرامكو) and nouns are not (نفط / النفط،
        طيران / الطيران), and that no genitive follows (شركة أبل, not قوات حفظ السلام)."""
        tokens = self.tokens
        if (k + 1 < len(tokens) and tokens[k + 1].joined and tokens[k + 1].plain_article
                and not self.transliterated_article(tokens[k + 1])):
            return False
        return self.bare_more_than_definite(tokens[k])

    def bare_more_than_definite(self, token: Token) -> bool:
        """Written far more often without the article than with it, as names are (أبل 4.2 /
        الأبل 2.6) and nouns are not (نفط / النفط)."""
        plain = token.plain_stems[0]
        return zipf(plain) - zipf("ال" + plain) >= self.cues.name_article_gap

    def definite_more_than_bare(self, token: Token) -> bool:
        """A word with the article that general Arabic writes far more often with it than without,
        as a proper name is (العريش 3.8 / عريش 2.8، الأزهر، القصيم) and a noun is not (التمريض
        3.8 / تمريض 3.3، الطب، الأطفال): after a head it is the body's own name (جامعة العريش)."""
        plain = token.plain_stems[0]
        return (token.plain_article and not token_is_nisba(token) and token.word not in self.cues.common
                and zipf(plain) - zipf(plain[2:]) >= self.cues.name_article_gap)

    def transliterated_article(self, token: Token) -> bool:
        """A rare word that starts like the article but is a transliteration (الكترونيكس،
        الكتريك): without its ال it is no Arabic word at all, as a genitive would be."""
        plain = token.plain_stems[0]
        return (token.plain_article and len(plain) > 5 and self.rare(token) and not token_is_nisba(token)
                and zipf(plain[2:]) == 0 and token.word not in self.cues.common)

    def national_nisba(self, token: Token) -> bool:
        """A nisba with the article made from a country's name (الإسرائيلي، الروسية، المغربي،
        الكندي: إسرائيل، روسيا، المغرب، كندا), not from a word (الدولي، العربي، الوطني)."""
        return self.nisba_country(token) is not None

    def nisba_country(self, token: Token) -> Place | None:
        """The country a nisba with the article is made from (الأردنية: الأردن), or None."""
        if not token_is_nisba(token):
            return None
        stem = token.word[2:]
        for suffix in ("يين", "يون", "يه", "ي"):
            if stem.endswith(suffix):
                stem = stem[:-len(suffix)]
                break
        if len(stem) < 2:
            return None
        return next((place for name in (stem, "ال" + stem, stem + "يا", stem + "يه", stem + "ا")
                     if (place := self.gazetteer.lookup((name,))) is not None and place.kind == "country"), None)

    def nationality(self, token: Token) -> bool:
        """A country's nisba with the article, also behind و or ل (الجزائري، والغاني، للمصري):
        before a name it tells the person's nationality, as a role would."""
        if not token.word.endswith(orthography.NISBA_ENDINGS + orthography.NISBA_PLURAL_ENDINGS):
            return False  # most words: no lookup
        key = (token.stems, token.plain_stems)
        if key not in _NATIONALITIES:  # the gazetteer is the same for every text: read once a word
            _NATIONALITIES[key] = any(
                self.national_nisba(replace(token, word=stem, stems=(stem,), plain_stems=(plain,), article=True))
                for stem, plain in zip(token.stems, token.plain_stems) if stem.startswith("ال"))
        return _NATIONALITIES[key]

    def place_name_after_cue(self, j: int) -> int | None:
        """The end of a place's name after a place word and its nisba adjectives; a name in
        quotes is the words the quotes hold (منطقة «غوط رباح»)."""
        tokens, c = self.tokens, self.cues
        if j < len(tokens) and any(q in tokens[j].gap for q in QUOTES) and not SENTENCE_BREAK.search(tokens[j].gap):
            k = j + 1
            while k < len(tokens) and tokens[k].joined and k - j < 4:
                k += 1
            closing = tokens[k].gap if k < len(tokens) else self.text[tokens[k - 1].end:tokens[k - 1].end + 1]
            if any(q in closing for q in QUOTES) and not any(t.covered for t in tokens[j:k]) and all(
                    t.word.isalpha() and t.word not in c.common for t in tokens[j:k]):
                return k
        first_nisba = j
        while j < len(tokens) and tokens[j].joined and token_is_nisba(tokens[j]):
            j += 1  # العاصمة البريطانية لندن
        if (j == first_nisba + 1 and self.rare(tokens[first_nisba]) and not tokens[first_nisba].covered
                and tokens[first_nisba].word[2:] not in c.adjectives
                and (j >= len(tokens) or not tokens[j].joined or self.common(tokens[j])
                     or stem_in(tokens[j], load_local_place_cues().directions))):
            return j  # قرية الجرية جنوب ...: a rare word shaped like a nisba, with no name after it, is the name
        if j >= len(tokens) or not tokens[j].joined or tokens[j].covered:
            return None
        first = tokens[j]
        if (not first.word.isalpha() or first.word in c.common or (first.article and not first.plain_article)
                or not first.article and self.head_at(j) == "place"):
            return None  # منطقة نهر عطبرة: the river is named by its own head (حي القلعة، محافظة البحيرة are names)
        if (first.word,) in c.person:
            return None  # مدينة الرئيس الشهيد رفيق الحريري: a person's title opens an epithet, no place's name
        if (self.carries_clitic(first) or first.word in c.adjectives or first.word in c.place
                or first.plain_article and first.word[2:] in c.adjectives  # العاصمة المؤقتة
                or self.feminine_adjective(first)):  # مدينة نائية، جزيرة اصطناعية
            return None
        if (not first.article and first.word not in c.place_openers and zipf(first.written) >= c.weak_cue_zipf
                and not self.bare_more_than_definite(first)
                and not (j + 1 < len(tokens) and tokens[j + 1].joined and self.place_at(j + 1, known_too=True))):
            return None  # حملة مقاطعة منتجات: a common noun after the word, which is no place word there
        k = j + 1
        if (k < len(tokens) and tokens[k].joined and not tokens[k].covered and tokens[k].word not in c.common
                and tokens[k].word not in c.organization_descriptors and tokens[k].word[2:] not in c.adjectives):
            second = tokens[k]  # not بقرية الكرم التابعة لمركز: the village's description
            if first.word in c.place_openers or (first.plain_article and second.plain_article and not token_is_nisba(second)
                                                 and ((known := self.place_at(j, known_too=True)) is None or known[0] != j + 1)):
                k += 1  # أم درمان، النيل الأبيض; not "محافظة الأنبار المهندس": a known place, then the next phrase
            elif (not first.article and not first.plain_stems[0].endswith(orthography.FEMININE_NISBA_ENDINGS) and self.rare(first)
                  and self.rare(second) and second.word.isalpha() and not second.word.isascii() and second.word != first.word and second.word[0] not in "وبف"
                  and not stem_in(second, load_local_place_cues().directions) and not self.verb_like(second)
                  and second.word not in load_local_place_cues().time_adverbs  # منبج غداة الهجوم
                  and not self.participle_plural(second)  # سرمين نازحين كثر
                  and not self.place_at(k, known_too=True)):  # two places side by side
                k += 1  # بلدة سويد حميرة، منطقة خشم القربة: two words general Arabic hardly knows, not "طهطا وقراها" nor an indefinite nisba
        return k

    def feminine_adjective(self, token: Token) -> bool:
        """A bare word in ية that general Arabic knows as an adjective (feminine_nisba), so that
        after a feminine place word it describes the place."""
        return not token.article and feminine_nisba(token.plain_stems[0], self.cues)

    def participle_plural(self, token: Token, definite: bool = False) -> bool:
        """Is a bare token an indefinite sound plural (-ين، -ون، -ات) of a participle (نازحين:
        فاعل; مسلحين، متظاهرين: م...) or of a nisba (حوثيين) whose singular general Arabic knows?
        `definite`: with the article too (المواطنين)."""
        word = token.word[2:] if definite and token.plain_article else token.word
        if token.article and not (definite and token.plain_article) or len(word) < 5 or not word.endswith(orthography.SOUND_PLURAL_ENDINGS):
            return False
        singular = word[:-2]
        shaped = singular.endswith("ي") or (len(singular) == 4 and singular[1] == "ا") or (len(singular) >= 4 and singular[0] == "م")
        return shaped and zipf(singular) >= self.cues.participle_plural_zipf and not self.gazetteer.lookup((singular,))

    def landmark_adjective(self, i: int, token: Token) -> bool:
        """Is a bare token after the landmark head at token i (قلعة، نهر، جبال) read as its
        adjective or a common noun ("قلعة حصينة"، "حقل ألغام"): a word that wordfreq knows well
        enough (name_after_common_head_zipf)?"""
        return stem_in(self.tokens[i], self.cues.landmarks) is not None and zipf(token.written) >= self.cues.name_after_common_head_zipf

    def district_name_after(self, i: int) -> int | None:
        """The end of a district's name after token i when it is a word for a district that is a
        common word too (مديرية "directorate", محلية "local", ناحية "side"): a known place, a
        direction and a known place (محلية غرب كسلا), or rare words (مديرية الصلو، ناحية القيارة).
        A directorate's sector (مديرية الصحة) and what a local thing is are words of general Arabic."""
        tokens = self.tokens
        j = i + 1
        if j >= len(tokens) or not tokens[j].joined or tokens[j].covered or not stem_in(tokens[i], self.cues.districts):
            return None
        if (stem_in(tokens[j], load_local_place_cues().directions) and j + 1 < len(tokens) and tokens[j + 1].joined
                and (place := self.place_at(j + 1)) is not None):
            return place[0]  # غرب كسلا
        if (place := self.place_at(j)) is not None:
            return None if self.body_goes_on(i, place[0]) else place[0]
        if stem_in(tokens[i], self.cues.district_bodies) is not None and stem_in(tokens[i], self.cues.rare_word_districts) is None:
            return None  # مركز الثلاسيميا: before no known place, the body's head
        if not tokens[j].article and tokens[j].word.endswith("ه") and zipf(tokens[j].written) >= self.cues.name_after_common_head_zipf:
            return None  # عزلة خانقة، صحف محلية موريتانية: every district word is feminine, this is its adjective
        end = self.place_name_after_cue(j)
        # a place's opener and a word no common one: a name as a tribe's (عزلة بني مسلم، مديرية بيت الفقيه)
        opener = end is not None and end == j + 2 and tokens[j].word in self.cues.place_openers
        # a Persian keyboard's letters are read as Arabic's for the frequency (المشاریع is المشاريع)
        if end is None or not all((opener and not t.article
                                   or self.rare(t) and zipf(orthography.fold_persian_letters(t.written)) < self.cues.rare_zipf)
                                  and not self.common(t) and not self.verb_like(t, past=False)
                                  and not self.possessed(t) and not self.adjective_of_a_noun(t) for t in tokens[j + opener:end]):
            return None  # محلية ستعرض: a verb; ناحية ثبوته: a noun and its pronoun; محلية ريفي: an adjective
        return None if self.body_goes_on(i, end) else end

    def body_goes_on(self, i: int, end: int) -> bool:
        """After a district word that heads bodies too (مركز، دائرة) at token i and a place's name
        ending at `end`, does a body's name go on: a purpose behind ل or an adjective with the article
        ("مركز أبوظبي للغة العربية"، "مركز دبي المالي")? Then it is the body's, no district."""
        tokens = self.tokens
        if stem_in(tokens[i], self.cues.district_bodies) is None or end >= len(tokens) or not tokens[end].joined:
            return False
        after = tokens[end]
        return after.word.startswith("ل") or after.plain_article and (
            token_is_nisba(after) or after.word[2:] in self.cues.adjectives)

    def district_found(self, i: int, end: int, place: Place | None = None) -> Found:
        """The district named after the district word at token i: its bare name ("مديرية الشحر":
        الشحر), but the word stays before a direction, which alone reads as one ("محلية غرب كسلا",
        as "محافظة شمال سيناء"), with the bare name as a spelling."""
        head = self.tokens[i]
        if stem_in(self.tokens[i + 1], load_local_place_cues().directions) is None:
            return Found(i + 1, end, "place", place=place)
        return Found(i, end, "place", conjunction=stem_in(head, self.cues.districts) != head.word, short=i + 1)

    def adjective_of_a_noun(self, token: Token) -> bool:
        """An indefinite nisba of a word of general Arabic (ريفي "rural" of ريف), or a noun with
        its pronoun."""
        plain = token.plain_stems[0]
        if token.article or len(plain) < 4:
            return False
        return zipf(plain[:-1]) >= self.cues.rare_zipf if plain.endswith("ي") else self.noun_with_pronoun(token)

    def noun_with_pronoun(self, token: Token) -> bool:
        """A noun with a pronoun after it whose noun is more frequent than the word (ثبوته: ثبوت،
        إحالتهم: إحالة), however rare the noun: a looser possessed(), for where a name is expected."""
        c = self.cues
        if token.article:
            return False
        for plain in token.plain_stems:  # behind its clitic too (وإحالتهم)
            for ending in orthography.THIRD_PERSON_ENDINGS:
                base = plain[:-len(ending)]
                if plain.endswith(ending) and len(base) >= 3:
                    bases = (base, base[:-1] + "ة") if base.endswith("ت") else (base,)
                    if any(zipf(b) >= max(zipf(plain) + c.clitic_margin, c.adverb_stem_zipf) for b in bases):
                        return True
        return False

    # --- the scan -----------------------------------------------------------------------

    # --- credits -------------------------------------------------------------------------

    def credit_at(self, i: int) -> tuple[int, int] | None:
        """(start, end) of an outlet's or agency's credit that opens the line at token i: after
        a dateline's place and a dash or a slash ("القدس المحتلة-سانا", "بغداد/المسلة:"), or
        alone before a colon ("الراصد: ترأس ..."). Its words are rare, as names are."""
        tokens = self.tokens
        if i > 0 and "\n" not in tokens[i].gap:
            return None
        start = i
        place = self.place_at(i, known_too=True)
        if place:
            k = place[0]
            while k < len(tokens) and k - place[0] < 2 and tokens[k].joined and tokens[k].plain_article:
                k += 1  # القدس المحتلة
            if k >= len(tokens) or not DATELINE_SEPARATOR.fullmatch(tokens[k].gap):
                return None
            start = k
        end = start
        while (end < len(tokens) and end - start < 3 and (end == start or tokens[end].joined)
               and self.credit_word(tokens[end])):
            end += 1
        if end == start:
            return self.outlet_credit_at(i, start)
        after = self.text[tokens[end - 1].end:tokens[end].start if end < len(tokens) else len(self.text)]
        if after.lstrip(" ").startswith(":") or start > i and (end == len(tokens) or "\n" in after):
            return start, end
        rest = after.strip(" ")
        if rest[:1] in (*DASHES, "/", "|") and rest[1:].lstrip(" ")[:1] in ("\n", ""):
            return start, end  # "المؤتمرنت -" alone on its line: the outlet's credit above its text
        return self.outlet_credit_at(i, start)

    def outlet_credit_at(self, i: int, start: int) -> tuple[int, int] | None:
        """An outlet's credit in words of general Arabic (دنيا الوطن، الوكيل الإخباري): the rest of
        a dateline's line after its place and dash ("رام الله - دنيا الوطن"), or the words that open
        a line before a dash with the paragraph's sentence after it ("الوكيل الإخباري - أصيب ...")."""
        tokens, c = self.tokens, self.cues
        end = start
        while (end < len(tokens) and end - start < c.credit_max_words
               and (end == start or tokens[end].joined and "\n" not in tokens[end].gap)  # the first opens the line
               and self.outlet_credit_word(tokens[end])):
            end += 1
        if end == start:
            return None
        if start > i:  # after a dateline: the credit ends the line
            return (start, end) if end == len(tokens) or "\n" in tokens[end].gap else None
        line_end = end
        while line_end < len(tokens) and "\n" not in tokens[line_end].gap:
            line_end += 1
        mark = tokens[end].gap.strip(" ") if end < len(tokens) else ""
        if mark in (*DASHES, TATWEEL) and (line_end - end >= c.credit_sentence_words
                                           or self.name_on_credit_line(end) == line_end):
            return start, end  # the paragraph's sentence after it, or its writer's name ("المواطن - مروة يوسف")
        if (end == line_end and end < len(tokens) and mark[:1] in DASHES and mark[1:].strip() == ""
                and tokens[start].gap.strip() == ""):  # not a widget's "+ الخط -"
            next_line = end + 1  # "أخبار البلد -" alone on its line, the article's first sentence under it
            while next_line < len(tokens) and "\n" not in tokens[next_line].gap:
                next_line += 1
            return (start, end) if next_line - end >= c.credit_sentence_words else None
        return None

    def outlet_credit_word(self, token: Token) -> bool:
        """A word of an outlet's name, frequent or not: no given name, label, place, number or clitic."""
        c = self.cues
        return (token.word.isalpha() and not token.word.isascii() and not token.covered
                and token.word not in c.credit_given_names and token.word not in c.line_labels
                and not self.carries_clitic(token) and not (token.article and not token.plain_article)
                and not self.verb_like(token) and not any(self.gazetteer.lookup((w,)) for w in token.stems)
                and not any(w in c.organization or (w,) in c.person for w in token.stems))

    def enclosed(self, start: int, end: int) -> str | None:
        """What follows the closing mark when tokens start..end-1 stand alone between brackets or
        slashes ("(قنا)", "[واس]", "/ وام /"): the one reading of a credit's enclosing marks, for
        this scan and for agency_credits.py; None when they do not."""
        tokens = self.tokens
        before = tokens[start].gap.rstrip(" ")
        after = (tokens[end].gap if end < len(tokens) else self.text[tokens[end - 1].end:]).lstrip(" ")
        opening = before[-1:]
        if opening not in _CREDIT_MARKS or after[:1] != _CREDIT_MARKS[opening]:
            return None
        return after[1:]

    def credit_in_brackets(self, i: int, after_organization: bool) -> int | None:
        """The end of a credit in round brackets at token i: an agency's or outlet's short name that
        closes a paragraph ("... (قنا)"), follows a dateline ("الرياض (واس) -") or an
        organisation's full name ("وكالة الأنباء السورية (سانا)")."""
        tokens = self.tokens
        if not tokens[i].gap.rstrip(" ").endswith("("):
            return None
        end = i
        while end < len(tokens) and end - i < 2 and (end == i or tokens[end].joined) and self.credit_word(tokens[end], True):
            end += 1
        if end == i or (rest := self.enclosed(i, end)) is None:
            return None
        rest = rest.strip(" ")
        return end if after_organization or rest[:1] in ("", ".", "\n", *DASHES, TATWEEL) else None  # ـ: a dash typed as tatweel

    def credit_word(self, token: Token, bracketed: bool = False) -> bool:
        """A word of a credit: a national agency's short name (agencies.yml: قنا، سبأ are words too,
        a credit's place makes them the agency), or a rare word, not a label, a given name or a
        place; alone in brackets a word is not read as a clitic and a stem (واس، وام)."""
        c = self.cues
        if not token.word.isalpha() or token.word.isascii() or token.covered:
            return False
        if token.word in c.credit_short_names:
            return True
        if bracketed:
            common = token.word in c.common
        else:
            common = self.common(token) or self.carries_clitic(token) or token.article and not token.plain_article
        return (not common and token.word not in c.line_labels and token.word not in c.given_names
                and zipf(token.written) < c.rare_zipf and not self.gazetteer.lookup((token.word,)))

    def find(self) -> list[Found]:
        found: list[Found] = []
        tokens, c = self.tokens, self.cues
        # The items of a list of appointments (a line, a comma or و, then a name and its office in
        # the accusative: "9- جوهر نبيل محمد وزيرًا للشباب") are read first: a given name inside
        # them must not start a shorter name of its own (نبيل محمد).
        roles = {k: named for k in range(1, len(tokens))  # an office and the name before it, read once
                 if self.appointed_role(k) and (named := self.name_before_appointment(k)) is not None}
        appointed = {}
        for k, named in roles.items():
            if named[1] or self.opens_item(named[0]):
                appointed.setdefault(named[0], (k, named[1]))
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if self.country_in_brackets(i) and (start := self.name_before(i, given_ok=True)) is not None:
                _whole_name(found, start, i)  # «حجر السعادة» أزهر جرجيس (العراق); also مي التلمساني (مصر), مصر known
            if token.covered:
                i += 1
                continue
            if i in appointed:
                end, conjunction = appointed[i]
                found.append(Found(i, end, "person", conjunction=conjunction))
                i = end
                continue
            if (named := roles.get(i)) is not None and not (found and found[-1].end > named[0]):
                found.append(Found(named[0], i, "person", conjunction=named[1]))
            after_organization = bool(found) and found[-1].type == "organization" and (found[-1].end == i or all(
                t.word in c.organization_descriptors and not t.after_break for t in tokens[found[-1].end:i]))  # الرسمية (سانا)
            if (credit_end := self.credit_in_brackets(i, after_organization)) is not None:
                found.append(Found(i, credit_end, "organization"))
                i = credit_end
                continue
            if (credit := self.credit_at(i)) is not None:
                if credit[0] > i and (place := self.place_at(i)):  # the dateline's place
                    found.append(Found(i, place[0], _place_type(place[1]), place=place[1]))
                found.append(Found(credit[0], credit[1], "organization", credit_line=True))
                i = credit[1]
                continue
            if (end := self.district_name_after(i)) is not None:
                known = self.place_at(i + 1)
                found.append(self.district_found(i, end, known[1] if known and known[0] == end else None))
                i = end
                continue
            if (state_body := self.state_body_at(i)) is not None:
                found.append(Found(i, state_body[0], "organization", state=state_body[1]))  # البنك المركزي in a text about Iraq only
                i = state_body[0]
                continue
            kind = self.head_at(i)
            if (kind == "organization" and (inner := self.agency_of_a_head(i)) is not None):
                found.append(Found(i, inner, kind))  # وكالة سرايا الإخبارية: an agency named by another head's name
                i = inner
                continue
            if kind:
                body = self.body_from(i)
                if body and body[1]:
                    found.append(self.organisation_named(i, body[0], kind))
                    i = body[0]
                    continue
                if body and (seat := self.seat_after(i, body[0])) is not None:
                    found.append(Found(i, seat, kind))  # وزارة الصحة في غزة (its place inside it, as مهرجان الجونة's)
                    i = seat
                    continue
                if body and (state := self.one_genitive_state(i, body[0])) is not None:
                    found.append(Found(i, body[0], kind, state=state))  # وزارة الصحة in a text about Jordan only
                    i = body[0]
                    continue
            cue = self.cue_at(i)
            if cue:
                j = self.skip_complements(i + cue)
                if j < len(tokens) and not tokens[j].after_break and self.genitive_before_given_name(j):
                    j += 1  # ملك إنجلترا ريتشارد، محافظة نينوى أحمد الجبوري: a realm no gazetteer has, then the name
                complements = self.inside_complements(i + cue, j)  # after the role: added once the name before it is read
                quoted = i + cue < j < len(tokens) and quote_only(tokens[j])
                end = self.name_from(j, strong=True, self_cued=quoted)  # after a quoted body: the name at once
                if end and tokens[j].after_comma and not (self.weak_name_ok(j, end) or self.given_at(j)):
                    end = None  # "أمير دولة قطر، حفل استقبال": after the role's comma, two frequent words are the next clause
                if end:
                    role = self.text[_after_clitic(self.text, token, self.cues_by_head):tokens[j - 1].end]
                    found += complements
                    found.append(Found(j, end, "person", role.strip(" ،,")))
                    i = self.coordinated_names(end, found)
                    continue
                if self.name_alone_after_role(i, j):
                    role = self.text[_after_clitic(self.text, token, self.cues_by_head):tokens[j - 1].end]
                    found += complements
                    found.append(Found(j, j + 1, "person", role.strip(" ،,")))
                    i = j + 1
                    continue
                if (start := self.quoted_name_before(i)) is not None and not (found and found[-1].end > start):
                    found.append(Found(start, i, "person"))  # قال "تيم كوك" المدير التنفيذي للشركة
                elif i > 0 and (token.after_comma or not token.article and token.word in self.cues_by_head):
                    # An apposition after a name: "مصطفى الكاظمي، رئيس حكومة ...", "مهدي المشاط رئيس ...";
                    # without a comma only a bare role, with no clitic (الحل الدبلوماسي is an adjective,
                    # "سياسية ... لإخراج ليبيا" a purpose).
                    self._before(i, found, weak=not token.after_comma)
                found += complements
            before_bare = i + 1 < len(tokens) and not tokens[i + 1].article
            nationality = before_bare and self.nationality(token)
            if before_bare and (token_is_nisba(token) or nationality) and not self.common(token):
                # A nationality before a foreign name: "الفرنسي كريستيان جوركيف". A weak cue:
                # the name must end in a rare word (a verb or a noun after a nisba does not).
                # A country's nisba (behind و or ل too) may also stand before a given name:
                # "الجزائري محمد بن يطو", "للكويتي خالد النصر لله", "والغاني هاريسون أفول".
                end = self.name_from(i + 1, strong=False)
                if (end and not tokens[i + 1].after_comma and self.rare(tokens[end - 1])
                        and (not tokens[end - 1].article and all(zipf(t.written) < c.weak_cue_zipf and not _carries_clitic(t, 0.0)
                                                                 for t in tokens[i + 1:end])
                             or nationality and self.given_at(i + 1))):
                    found.append(Found(i + 1, end, "person"))
                    i = end
                    continue
            if (byline := self.byline_by_place(i)) is not None:
                if byline[0] > i and (place := self.place_at(i)):
                    found.append(Found(i, place[0], _place_type(place[1]), place=place[1]))
                found.append(Found(byline[0], byline[1], "person"))
                i = byline[1]
                continue
            if (end := self.name_on_credit_line(i)) is not None:
                found.append(Found(i, end, "person"))
                i = end
                continue
            if (players_from := self.squad_label_end(i)) is not None:
                players, i = self.squad_players(players_from)
                found += players
                continue
            if (end := self.byline_name(i)) is not None:
                found.append(Found(i + 1, end, "person"))
                i = end
                continue
            if (end := self.name_after_abbreviated_title(i)) is not None:
                found.append(Found(i + 1, end, "person"))
                i = self.coordinated_names(end, found)
                continue
            if (end := self.kunya_name(i)) is not None:
                found.append(Found(i, end, "person"))
                i = self.coordinated_names(end, found)
                continue
            if (end := self.lineage_name(i)) is not None:
                found.append(Found(i, end, "person"))
                i = self.coordinated_names(end, found)
                continue
            if self.given_at(i) and (end := self.name_after_given_name(i)):
                found.append(Found(i, end, "person"))
                i = self.coordinated_names(end, found)  # محمود الخضيري وسعد الكتاتني ومحمد العمدة
                continue
            if (end := self.conjoined_given_name(i)) is not None:
                found.append(Found(i, end, "person", conjunction=True))
                i = self.coordinated_names(end, found)
                continue
            if (end := self.bare_name(i)) is not None:
                found.append(Found(i, end, "person"))
                i = self.coordinated_names(end, found)
                continue
            if self.age_at(i) and (start := self.name_before(i)) is not None and not (found and found[-1].end > start):
                found.append(Found(start, i, "person"))  # ضحى الشامي (23 عاما)
            if (listed := self.name_after_each_of(i)) is not None:
                found.append(Found(listed[0], listed[1], "person"))
                i = self.coordinated_names(listed[1], found)
                continue
            if (listed := self.name_after_noun(i, c.list_openers, listed=True)) is not None:
                found.append(Found(listed[0], listed[1], "person"))
                i = self.coordinated_names(listed[1], found)
                continue
            if self.given_name_after_relative(i):
                found.append(Found(i + 1, i + 2, "person"))  # مع ابنته آية وابنه عمرو
                i += 2
                continue
            if (end := self.name_after_noun(i, c.person_nouns, listed=False)) is not None:
                found.append(Found(end[0], end[1], "person"))
                i = self.coordinated_names(end[1], found)
                continue
            if (start := self.name_before_person_noun(i)) is not None:
                _whole_name(found, start, i)  # مؤمن سليمان مدرب الشرطة العراقي
            if (player := self.player_before_match_object(i)) is not None:
                found.append(Found(player[0], player[1], "person"))
                i = player[1]
                continue
            if self.headline_subject(i):
                found.append(Found(i, i + 1, "person"))  # ترامب يهدد بإغلاق ...
                i += 1
                continue
            if self.headline_quote(i):
                found.append(Found(i, i + 1, "person"))  # ترامب: حاملة طائرات ثانية ستغادر
                i += 1
                continue
            verb = stem_in(token, c.verbs)
            if verb and not token.word.removesuffix(verb).endswith(("ل", "ب", "ك")):  # لبحث is "to discuss"
                end = self.name_from(i + 1, strong=False)
                if (end and (self.weak_name_ok(i + 1, end) or self.role_apposition(i + 1, end))
                        and not tokens[i + 1].after_comma and not self.verb_object(i + 1, end)):
                    found.append(Found(i + 1, end, "person"))
                    i = end
                    continue
                # one word: only after a verb in the masculine (قالت أرامكو is a company, as a country or a body)
                if not verb.endswith("ت") and self.speaker_alone(i + 1):
                    found.append(Found(i + 1, i + 2, "person"))
                    i += 2
                    continue
                self._before(i, found, weak=True)
            if stem_in(token, c.place):
                end = self.place_name_after_cue(i + 1)
                if end:
                    start = next(k for k in range(i + 1, end) if not token_is_nisba(tokens[k]) or k == end - 1)
                    known = self.place_at(start)
                    if known and known[0] > end and not (stem_in(token, c.divisions)
                                                         and stem_in(tokens[start], load_local_place_cues().directions)):
                        end = known[0]  # مدينة رام الله: the gazetteer's name runs over a common word (الله); not
                        # محافظة شمال غزة, a division named by a direction (local_places.with_directions)
                    known = known[1] if known and known[0] == end else None
                    if (known is None and start == i + 1 and stem_in(token, c.divisions) and self.general_noun(start, end)
                            and not stem_in(tokens[start], load_local_place_cues().directions)  # ولاية شمال دارفور
                            and end < len(tokens) and tokens[end].joined and self.place_at(end, known_too=True)):
                        i = end  # ولاية أمن طنجة، ولاية جهة العيون: the division's office of a place named after it
                        continue
                    if (known is None and start == i + 1 and self.general_noun(start, end) and not tokens[start].article
                            and stem_in(token, c.division_verbal_nouns)):
                        i = end  # لمقاطعة استفتاء: the boycott of a thing, no province (مقاطعة النعمة is one)
                        continue
                    if known is None and start == i + 1 and self.general_noun(start, end) and (
                            stem_in(token, c.divisions) or end == start + 1 and stem_in(token, c.named_with)):
                        cue = stem_in(token, c.divisions | c.named_with)
                        while (end < len(tokens) and tokens[end].joined and not tokens[end].covered
                               and tokens[end].plain_article and token_is_nisba(tokens[end]) and self.place_at(end) is None
                               and self.nisba_country(tokens[end]) is None and not stem_in(tokens[start], c.place)
                               and tokens[start].word.removeprefix("ال") not in c.place):
                            end += 1  # منطقة السوق الشعبي، مدينة الحسين الرياضية: the common noun's adjective is the name's
                        found.append(Found(i, end, "place", short=start, conjunction=cue != token.word))  # ولاية معسكر "camp", بمنطقة الحدث; also the bare name
                    else:
                        found.append(Found(start, end, "place", place=known))
                    i = end
                    continue
                if (stem_in(token, c.divisions) and i + 1 < len(tokens) and tokens[i + 1].joined
                        and token_is_nisba(tokens[i + 1]) and not tokens[i + 1].covered
                        and (i + 2 >= len(tokens) or not tokens[i + 2].joined or not tokens[i + 2].article)):
                    found.append(Found(i, i + 2, "place"))  # محافظة الغربية: a division named by an adjective
                    i += 2
                    continue
            if (end := self.given_name_as_place(i)) is not None:
                found.append(Found(i, end, "person"))  # الجزائري بغداد بونجاح: a town's name as a given name
                i = end
                continue
            place = self.place_at(i)
            if place and self._outlet_after(i, place[0]):
                found.append(Found(i, place[0] + 1, "organization"))  # مأرب برس، القاهرة الإخبارية
                i = place[0] + 1
                continue
            if (place and self.quoted(i, place[0]) and place[1].kind != "organization"
                    and not any(stem_in(tokens[m], c.place) for m in range(max(0, i - 2), i))):
                i = place[0]  # «الشرق الأوسط»: a paper's name in quotes, not the region (العاصمة العمانية "مسقط" is)
                continue
            if (place and place[0] == i + 1 and place[1].name.endswith("ة") and token.written.endswith("ه")
                    and self.possessed(token)):
                i = place[0]  # ميله "his inclination", not ميلة (Mila): a noun and its pronoun
                continue
            if place and self._word_before_adjective(i, place[0]):
                i = place[0]  # في الزاوية اليمنى: a word that is a town's name too, with its adjective
                continue
            if place and not self._adjective_of(i, place[0]) and not (self._event_after(place[0]) and not self._in_place(i)):
                found.append(Found(i, place[0], _place_type(place[1]), place=place[1]))
                i = place[0]
                continue
            i += 1
        return self.list_items_beside_people(self.with_given_names_before(found))

    def with_given_names_before(self, found: list[Found]) -> list[Found]:
        """A person's name that a cue read from a given name on takes the given names written right
        before it: a nasab chain may open with a given name that is a word too, which no cue reads
        as a name's first (سيد أحمد سالمي، جوهر نبيل محمد، أزهار محمد جاسم، سلمان صباح سالم الحمود
        الصباح), or with a given name and a particle of filiation (محسن بن محمد حسين أحمد)."""
        taken = {k for f in found for k in range(f.start, f.end)}
        extended = []
        for f in found:
            if f.type == "person" and not f.conjunction and self.given_at(f.start):
                start = self.given_name_start_before(f.start, f.end, taken)
                if start < f.start:
                    taken.update(range(start, f.start))
                    f = replace(f, start=start)
            if f.type == "person" and not f.conjunction and self.given_behind_and_before(f.start, f.end, taken):
                taken.add(f.start - 1)
                f = replace(f, start=f.start - 1, conjunction=True)  # وليث نائل العابد، وفريد هيكل الخازن
            extended.append(f)
        return extended

    def given_behind_and_before(self, start: int, end: int, taken: set[int]) -> bool:
        """Is the word right before a person's name a given name behind و that opens it, a list's
        item ("المواطنين أشرف خطاب وليث نائل العابد"، "وفريد هيكل الخازن"): a given name that is a
        word too (ليث، فريد) marks no name alone, so the cue read the name from the word after it."""
        tokens, c = self.tokens, self.cues
        before = start - 1
        if before < 0 or end - before > c.max_words or before in taken or not tokens[start].joined:
            return False
        token = tokens[before]
        return (not token.covered and not token.article and len(token.stems) > 1 and token.word.startswith("و")
                and token.stems[1] in c.given_names and not self.given_word(token, c.given_names)
                and zipf(token.plain_stems[1]) > zipf(token.plain_stems[0]))

    def given_name_start_before(self, start: int, end: int, taken: set[int]) -> int:
        """Where the name at tokens start..end-1 starts once the given names joined before it are
        read (start when there is none)."""
        tokens, c = self.tokens, self.cues
        while start > 0 and end - start < c.max_words:
            if "\n" in tokens[start].gap or not tokens[start].joined:
                break
            before = start - 1
            if tokens[before].word in c.filiation_particles and before > 0:
                if "\n" in tokens[before].gap or not tokens[before].joined:
                    break
                before -= 1
            if before > 0 and self.given_at(before - 1) == 2:
                before -= 1  # عبد الله بن علي: a given name in two words
            elif not self.given_word(tokens[before], c.given_names):
                break
            elif before == start - 1 and tokens[before].after_comma and not self.given_word(tokens[before], c.given_names_alone):
                break  # "، نجاح يوسف المساكني": after a comma a word that is a given name too opens a phrase
            if any(k in taken or tokens[k].covered or tokens[k].article and tokens[k].word not in c.article_names
                   for k in range(before, start)):
                break
            start = before
        return start

    def list_items_beside_people(self, found: list[Found]) -> list[Found]:
        """Add the items of a list that stand beside a person's name read in it: the items of a
        list are alike, so an item between commas (or behind "، و") of two or three name words,
        a given name first or a rare word last, is a person too ("مرشحين: فلحة بريزات، وطارق
        المومني"; "سهام غنوشي، ولبيب خويلدي، وهيفاء شعبوني")."""
        taken = {k for f in found for k in range(f.start, f.end)}
        people = [f for f in found if f.type == "person"]
        added: list[Found] = []
        while people:
            person = people.pop()
            whole = self.list_item_around(person)
            if whole is not None and not any(k in taken for k in range(whole.start, person.start)):
                # "، وعبد الله عطية العتيبي،": the item read whole, with the given name of two words
                # behind و that the cue left out (عطية العتيبي)
                found = [whole if f is person else f for f in found]
                taken.update(range(whole.start, person.start))
                person = whole
            for item in (self.list_item_after(person.end), self.list_item_before(person.start)):
                if item is None or any(k in taken for k in range(item.start, item.end)):
                    continue
                taken.update(range(item.start, item.end))
                added.append(item)
                people.append(item)
        return sorted(found + added, key=lambda f: f.start) if added else found

    def list_item_around(self, person: Found) -> Found | None:
        """The list's item that a person's name ends and a given name of two words behind و opens
        after a comma ("، وعبد الله عطية العتيبي،"), when the name was read without it."""
        k = person.start - 2
        if k < 0 or not self.tokens[k].after_comma or "\n" in self.tokens[k].gap:
            return None
        item = self.name_item(k)
        return item if item is not None and item.end == person.end and item.start == k else None

    def list_item_after(self, end: int) -> Found | None:
        """The list's next item after a name that ends at token `end` (past an aside in brackets:
        "رياض الفهري (عرض 2)، وكريم الثليبي"), when it reads as a person's name."""
        tokens = self.tokens
        k = end
        if k < len(tokens) and "(" in tokens[k].gap and ")" not in tokens[k].gap:
            k = next((m for m in range(k + 1, min(k + 8, len(tokens))) if ")" in tokens[m].gap), len(tokens))
        if k >= len(tokens) or not tokens[k].after_comma or "\n" in tokens[k].gap:
            return None
        return self.name_item(k)

    def list_item_before(self, start: int) -> Found | None:
        """The list's item before a name that starts at token `start` after a comma: the words
        back to the comma or colon that opens it, or to a function word (مثل، مع) before it."""
        tokens = self.tokens
        if start >= len(tokens) or not tokens[start].after_comma or "\n" in tokens[start].gap:
            return None
        for begin in range(start - 2, max(start - 4, -1), -1):
            opened = begin >= 1 and tokens[begin].joined and (
                self.preposition(tokens[begin - 1])
                or orthography.name_key(tokens[begin - 1].word) in load_guard().function_words)
            if begin >= 0 and (opened or any(c in tokens[begin].gap for c in (*_COMMA, ":")) and "\n" not in tokens[begin].gap):
                item = self.name_item(begin)
                return item if item is not None and item.end == start else None
        return None

    def name_item(self, k: int) -> Found | None:
        """A list's item of two or three name words from token k to the next comma, bracket,
        full stop or line, or to a given name behind و that opens the next item (the last item,
        behind و, to a preposition too); its first word
        a given name (behind و too) or every word rarer than list_item_zipf (one with the article,
        a family name's, rarer than rare_zipf)."""
        tokens, c = self.tokens, self.cues
        first = tokens[k]
        behind_and = (first.word.startswith("و") and len(first.stems) > 1 and not first.article
                      and not self.given_word(first, c.given_names)
                      and zipf(first.written[1:]) >= zipf(first.written))  # وزير is a word, not و + زير
        if behind_and:
            first = replace(first, word=first.stems[1], stems=first.stems[1:], plain_stems=first.plain_stems[1:],
                            written=first.written[1:])
        # a given name of two words (وعبد الله عطية العتيبي): its particle and the word after it
        compound = (first.word in c.particles and k + 1 < len(tokens) and tokens[k + 1].joined
                    and not tokens[k + 1].covered and first.word + tokens[k + 1].word in c.given_names)
        # a given name that is a word too (وأمير، وأسماء) opens an item of rare words or given names only
        word_too = not compound and not self.name_word(first) and self.given_word(first, c.given_names) and not first.covered
        if first.article or not (compound or self.name_word(first) or word_too) or not compound and self.verb_like(first):
            return None
        end = k + 1 + compound
        while end < len(tokens) and end - k < 3 + compound and tokens[end].joined and self.name_word(tokens[end]) and not (
                tokens[end].word.startswith("و") and len(tokens[end].stems) > 1 and tokens[end].stems[1] in c.given_names):
            end += 1
        closed = end == len(tokens) or any(mark in tokens[end].gap for mark in (*_COMMA, "(", ")", ".", ":", "\n")) or (
            tokens[end].joined and tokens[end].word.startswith("و") and len(tokens[end].stems) > 1
            and tokens[end].stems[1] in c.given_names) or (
            behind_and and self.preposition(tokens[end]))  # the last item, its clause going on (ولطيفة العرفاوي إلى جانب)
        if end - k < 2 + compound or not closed:
            return None
        if word_too and not all(self.rare(tokens[m]) or self.given_at(m, alone=True) for m in range(k + 1, end)):
            return None  # وأمين الصندوق، وأسماء الضحايا: a noun and its genitive
        if not (compound or self.given_word(first, c.given_names)
                or all(zipf(t.written) < (c.rare_zipf if t.article else c.list_item_zipf)  # آليات التمويل: an idafa
                       for t in (first, *tokens[k + 1:end])) and not self.company_words((first, *tokens[k + 1:end]))):
            return None
        return Found(k, end, "person", conjunction=behind_and)

    def general_noun(self, start: int, end: int) -> bool:
        """Is a word of tokens start..end a noun of general Arabic, written with and without the
        article (معسكر "camp", الحوض "basin"), so that a division's word is needed to make it a place?"""
        return any(noun_of_general_arabic(remove_diacritics(remove_tatweel(t.written)), division_word_zipf())
                   for t in self.tokens[start:end])

    def organisation_named(self, i: int, end: int, kind: str) -> Found:
        """The organisation whose head is token i and whose body ends before `end`, named as a
        reader names it. صحيفة "الأهرام"، منصة «إكس»: an outlet's name is what the quotes hold;
        شركة أبل، شركة سبيس إكس: a company's is its brand, words without the article (a nisba
        after it says where it is from: سامسونج الكترونيكس الكورية)."""
        tokens, c = self.tokens, self.cues
        token = tokens[i]
        quoted = any(q in tokens[i + 1].gap for q in QUOTES)
        brand_end = next((m for m in range(i + 1, end)
                          if tokens[m].article and not self.transliterated_article(tokens[m])), end)
        if brand_end < end and tokens[brand_end].word.startswith("لل"):
            brand_end = end  # جهينة للصناعات الغذائية: what the company does is its brand's name too
        brand = (brand_end <= i + 4 and stem_in(token, c.brand_heads) and not tokens[i + 1].article
                 and not (brand_end < end and tokens[brand_end].word in c.company_kinds)  # ... القابضة keeps its head
                 # شركة نفط البصرة: words of general Arabic in construct with a place (not a nisba: أرامكو
                 # السعودية) name what it does where, no brand
                 and not (brand_end < end and not any(self.rare(t) for t in tokens[i + 1:brand_end])
                          and not token_is_nisba(tokens[brand_end]) and self.place_at(brand_end, known_too=True) is not None))
        start = i + 1 if quoted and stem_in(token, c.outlet_heads) or brand else i
        return Found(start, brand_end if brand else end, kind, head=i if start > i else None)

    def inside_complements(self, start: int, end: int) -> list[Found]:
        """Organisations and places named inside a role (رئيس مجلس السيادة السوداني، سفير
        ليبيا في اليونان): proposed on their own, named as find names them."""
        found, k = [], start
        while k < end:
            if (district := self.district_name_after(k)) is not None and district <= end:
                known = self.place_at(k + 1)
                found.append(self.district_found(k, district, known[1] if known and known[0] == district else None))  # المحافظ في مديرية الشحر: the district
                k = district
            elif self.head_at(k) and (body := self.body_from(k)) and body[1] and body[0] <= end:
                found.append(self.organisation_named(k, body[0], self.head_at(k)))
                k = body[0]
            elif (place := self.place_at(k)) and place[0] <= end:
                if not self._outlet_after(k, place[0]):  # لقناة روسيا اليوم: the outlet is proposed after the role
                    found.append(Found(k, place[0], _place_type(place[1]), place=place[1]))
                k = place[0]
            else:
                k += 1
        return found

    def quoted_name_before(self, i: int) -> int | None:
        """The start of a name of two or three words in quotes right before the role at token i
        (قال "تيم كوك" المدير التنفيذي), or None."""
        tokens = self.tokens
        if i < 2 or not any(q in tokens[i].gap for q in QUOTES) or SENTENCE_BREAK.search(tokens[i].gap.replace('"', "")):
            return None
        j = i - 1
        while j > 0 and i - j < 3 and tokens[j].joined:
            j -= 1
        if not any(q in tokens[j].gap for q in QUOTES) or not 2 <= i - j <= 3:
            return None
        words = tokens[j:i]
        if not all(self.name_word(t) and not t.article for t in words) or not self.weak_name_ok(j, i):
            return None
        return j

    def _before(self, i: int, found: list[Found], weak: bool) -> None:
        """A name right before token i (a comma and a role, or a verb of saying)."""
        if weak and (not self.tokens[i].joined or "\n" in self.tokens[i].gap):
            return  # a verb opening the next line does not take the last words of a headline
        if not weak and not self.tokens[i].after_comma:
            return
        start = self.name_before(i)
        conjunction = (start is None and not weak
                       and (start := self.conjoined_name_before(i)) is not None)
        last = self.tokens[i - 1]
        if weak and stem_in(self.tokens[i], self.cues.verbs) is None and not (last.article or self.rare(last)):
            return  # a role right after a phrase that ends in a common word (الذي عين مستشارا للرئيس)
        if start is not None and not (found and found[-1].end > start):
            found.append(Found(start, i, "person", conjunction=conjunction))

    def conjoined_name_before(self, i: int) -> int | None:
        """The start of a name behind و that ends right before token i, a role in apposition after
        a comma ("كاظم جلالي سفير إيران، وأليكسي ديدوف، سفير روسيا"), or None: و joins the name to a
        list; its words are all rare, as a foreign name's are (a common word behind و is more often
        the next clause), or a given name opens it ("سعيد الحداد، الرئيس السابق للنادي، وعبد الكريم
        بعيوي، الرئيس السابق للجهة")."""
        tokens = self.tokens
        j = i - 1
        while j > 0 and i - j < self.cues.max_words and tokens[j].joined and self.name_word(tokens[j]):
            j -= 1
        token = tokens[j]
        if j == i - 1 or not token.word.startswith("و") or len(token.word) < 4 or token.covered:
            return None
        plain = replace(token, word=token.word[1:], written=token.written[1:], stems=(token.word[1:],),
                        plain_stems=(token.plain_stems[0][1:],),
                        article=_has_article(token.plain_stems[0][1:], token.word[1:]))
        # a given name behind و opens the list's next item too (وعبد الكريم بعيوي، الرئيس السابق ...،)
        given = plain.word in self.cues.given_names or (
            plain.word in self.cues.particles and plain.word + tokens[j + 1].word in self.cues.given_names)
        if not (given or all(self.rare(t) for t in [plain] + tokens[j + 1:i])) or not self.name_word(plain):
            return None  # rare words only: a common word behind و is more often the next clause
        self.tokens = tokens[:j] + [plain] + tokens[j + 1:]
        try:
            return j if self.name_before(i) == j else None
        finally:
            self.tokens = tokens

    def _adjective_of(self, i: int, end: int) -> bool:
        """A country named like a feminine nisba right after a noun with the article agrees
        with it (الحضارة السعودية "Saudi civilisation"): an adjective, not the place."""
        tokens = self.tokens
        return (end == i + 1 and tokens[i].plain_article and tokens[i].word.endswith("يه") and i > 0
                and tokens[i].joined and tokens[i - 1].plain_article and not tokens[i - 1].covered)

    def _word_before_adjective(self, i: int, end: int) -> bool:
        """Is the one-word place at token i one that is a common word too (gazetteer `word_like`),
        with a definite adjective after it: the word, described (الزاوية اليمنى "the right corner")?"""
        tokens = self.tokens
        if end != i + 1 or end >= len(tokens) or not tokens[end].joined or not tokens[end].plain_article:
            return False
        stem = next((s for s in tokens[i].stems if s in self.gazetteer.word_like), None)
        return stem is not None and not tokens[end].covered and self.place_at(end) is None

    def _in_place(self, i: int) -> bool:
        """Is the place at token i brought by في "in" ("في جدة 2023": the city that year, no event)?"""
        tokens = self.tokens
        return i > 0 and tokens[i].joined and tokens[i - 1].word in load_local_place_cues().within

    def _event_after(self, k: int) -> bool:
        """Is the place the first word of an event's name, its year after it ("قطر 2022")?"""
        return k < len(self.tokens) and self.tokens[k].joined and bool(_YEAR.fullmatch(self.tokens[k].word))

    def _outlet_after(self, i: int, k: int) -> bool:
        """Is the place at tokens i..k-1 the first word of an outlet (القاهرة الإخبارية، فرانس 24،
        قناة روسيا اليوم)?"""
        tokens = self.tokens
        if k >= len(tokens) or not tokens[k].joined or tokens[k].covered:
            return False
        if tokens[k].word.isdigit() and (
                k + 1 < len(tokens) and tokens[k + 1].word.isdigit() and tokens[k + 1].gap.strip() in ("-", "/")
                or i > 0 and tokens[i - 1].word.isdigit()):
            return False  # "كسلا 24-3-2021" a dateline's date, "دهوك 26 ،السليمانية 24" a list of readings
        previous = tokens[i - 1].stems if i > 0 and not tokens[i].after_break else ()
        to = tokens[i].word != tokens[i].stems[-1] and tokens[i].word.removesuffix(tokens[i].stems[-1]).endswith("ل")
        return names_an_outlet(tokens[k].word, previous, any(q in tokens[i].gap for q in QUOTES), to)


def _hamza_written(name: str, token: Token) -> bool:
    """Is a place whose name has a hamza on a seat inside it written so (سئول), not as the word
    folding makes of it (سيول "floods")?"""
    return ("ئ" in name[1:] or "ؤ" in name[1:]) and name in token.plain_stems


def _whole_name(found: list[Found], start: int, end: int) -> None:
    """Add the person's name at tokens start..end-1 that a cue after it marked, in place of a
    shorter name inside it read before (لينا هويان of لينا هويان الحسن), unless a name overlaps it."""
    if found and found[-1].type == "person" and start <= found[-1].start and found[-1].end <= end:
        found.pop()
    if not (found and found[-1].end > start):
        found.append(Found(start, end, "person"))


def quote_only(token: Token) -> bool:
    """Is the gap before the token one quotation mark (and spaces)?"""
    gap = token.gap.strip()
    return len(gap) == 1 and gap in QUOTES


def _place_type(place: Place) -> str:
    return "organization" if place.kind == "organization" else "place"


def _after_clitic(text: str, token: Token, words) -> int:
    """Offset in `text` where the token starts once a clitic in front of one of `words` is
    left out (لوكالة -> وكالة); diacritics and tatweel count for nothing."""
    stem = stem_in(token, words) or token.word
    return skip_letters(text, token, len(token.word) - len(stem))


def skip_letters(text: str, token: Token, letters: int) -> int:
    """Offset after `letters` letters of the token (diacritics and tatweel count for nothing)."""
    pos = token.start
    while letters > 0 and pos < token.end:
        if fold(text[pos]):
            letters -= 1
        pos += 1
    while pos < token.end and not fold(text[pos]):
        pos += 1
    return pos


def head_stem(token: Token, words: frozenset[str]) -> str | None:
    """The stem of the token that is one of `words`, with or without the article."""
    return next((s for s in token.stems if s in words or (s.startswith("ال") and s[2:] in words)), None)


@functools.lru_cache(maxsize=None)
def _first_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(phrase[0] for phrase in phrases)


def written_span(text: str, tokens: list[Token], start: int, end: int, cues: Cues, conjunction: bool = False,
             person: bool = False) -> str:
    """The words start..end-1 as written, the first without its clitic (لوكالة -> وكالة,
    بالخرطوم -> الخرطوم, للسودان -> السودان); a person's first word keeps its letters unless
    a conjunction was read off it (فراس is a name, not ف + راس)."""
    first = tokens[start]
    stem = None if person else (head_stem(first, cues.heads) or stem_in(first, load_gazetteer().first_words)
                                or stem_in(first, cues.divisions) or stem_in(first, cues.agreement_before_place)
                                or stem_in(first, _first_words(cues.state_bodies)) or stem_in(first, cues.club_heads))
    if conjunction:
        stem = first.word[1:]
        if not person and first.word.startswith("لل") and stem not in load_gazetteer().first_words:
            stem = "ال" + first.word[2:]  # للمشرية is ل + المشرية (للبنان stays ل + لبنان)
    if stem is None or stem == first.word and not first.word.startswith("لل"):
        head = first.written
    elif first.word.startswith("لل") and stem.startswith("ال") and stem[2:] == first.word[2:]:
        head = "ال" + text[skip_letters(text, first, 2):first.end]  # ل + ال is written لل
    else:
        head = text[skip_letters(text, first, len(first.word) - len(stem)):first.end]
    return " ".join([head] + [t.written for t in tokens[start + 1:end]])


# --- Keys, merging ----------------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def name_skeleton():
    return skeleton_of(load_rules())


def name_key(name: str) -> str:
    """Two spellings of one name meet here (ديمتري / دميتري بيسكوف, عبدالفتاح / عبد الفتاح)."""
    return name_skeleton()(orthography.name_key(name).replace("عبد ال", "عبدال"))
