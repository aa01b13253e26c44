"""Organisations that news names without a head noun, or with a head that is not part of the
name: discovery's cues for them, read over what finder.py's scan found in one text.

- a team's head before one word with the article names the club by that word ("فريق الهلال"
  is الهلال); with the article and a nisba it only describes one ("النادي الإسباني");
- a movement's head before one bare word names it by that word ("حركة حماس" is حماس);
- a noun whose complement is an organisation ("المتحدث باسم حماس", "مسؤولي حماس", "لاعب
  برشلونة") before a bare word that is no common word, place, given name nor verb;
- a verb in the feminine before one word that general Arabic writes as a name (far more often
  without the article than with it, or rarely at all), with no second name word after it
  ("أعلنت ناسا"; a person needs two words), and the same word before a verb in the feminine;
- a short name in brackets after an organisation's name or a definite noun phrase
  ("منظمة البلدان المصدرة للنفط (أوبك+)", "إدارة الطيران والفضاء الأميركية (ناسا)");
- a description in quotes' place: a head and its definite words, then the name in quotes or
  written as a name ("منصة التواصل الاجتماعي تويتر", "موقع التواصل الاجتماعي "فيسبوك"");
- names in Latin letters on Arabic lines: an acronym in capitals ("TNW") or capitalised words
  in a row ("Wall Street Journal");
- a product's or a work's head before a name takes it out of the organisations ("جهاز «آي فون»");
- a national head with the article and its country's nisba ("الحكومة العراقية"), a definite head
  and an adjective of the highest rank ("المحكمة العليا"), a court or a ministry with its seat
  after ب ("المحكمة الابتدائية بالرباط"، "وزارة الصحة بولاية الخرطوم"), a government named by its
  seat ("البيت الأبيض"), and every outlet of a source line ("المصدر: صحيفة عاجل").

The words are data (generator/data/organisations.yml; the head nouns are unknown.yml's). Once a
cue found a name, unknown.py counts it wherever the archive writes it.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from generator.data import DATA_DIR, read_yaml
from generator.extract.dates.calendars.gregorian import months, weekdays
from generator.extract.dates.lexicon import key
from generator.extract.dates.tense import is_present_verb
from generator.extract.finder import SENTENCE_BREAK, Found, Finder, token_is_nisba, stem_in, zipf
from generator.extract.longer_names import QUOTES, outlet_words
from generator.extract.places import load_local_place_cues
from generator.text.name_guard import load_guard
from generator.text.orthography import DASH_CLASS, DASHES, TATWEEL, fold, name_key

DATA = DATA_DIR / "organisations.yml"
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_NOT_A_SCORE = re.compile(rf"[^\d\s:.{DASH_CLASS}]")  # what a score before a fixture may not hold
# The marks between the parts of a dateline, with spaces and quotes around them ("الساحل الجديد – صيدا"،
# "صيدا | الساحل الجديد"، "صيدا ـ « الساحل»:"، "صيدا _ الساحل الجديد").
_DATELINE_MARK = re.compile(rf"[\s{re.escape(QUOTES)}]*[{DASH_CLASS}/|_:،{TATWEEL}]+[\s{re.escape(QUOTES)}]*")


@dataclass(frozen=True)
class OrganisationCues:
    team_heads: frozenset[str]
    movement_heads: frozenset[str]
    member_nouns: tuple[tuple[str, ...], ...]  # folded phrases, longest first
    product_heads: frozenset[str]
    latin_not_names: frozenset[str]
    max_acronym_letters: int
    acronym_heads: frozenset[str]
    sport_words: frozenset[str]
    min_sport_words: int
    sport_not_clubs: frozenset[str] = frozenset()
    club_cues_before: tuple[tuple[str, ...], ...] = ()  # folded phrases, longest first
    club_cues_after: frozenset[str] = frozenset()
    club_word_zipf: float = 0.0
    club_head: str = ""
    club_nisba_zipf: float = 0.0
    points_words: frozenset[str] = frozenset()
    fixture_words: frozenset[str] = frozenset()
    max_fixture_words: int = 0
    named_after_institutions: frozenset[str] = frozenset()
    named_after_facilities: frozenset[str] = frozenset()
    named_after_titles: frozenset[str] = frozenset()
    named_after_openers: frozenset[str] = frozenset()
    group_heads: frozenset[str] = frozenset()
    venue_heads: frozenset[str] = frozenset()
    national_heads: frozenset[str] = frozenset()
    seated_institutions: frozenset[str] = frozenset()
    seated_in_divisions: frozenset[str] = frozenset()
    direction_words: frozenset[str] = frozenset()
    sovereign_adjectives: frozenset[str] = frozenset()
    source_generic: frozenset[str] = frozenset()  # folded phrases, their words joined by a space
    section_labels: frozenset[str] = frozenset()  # اقتصاد، أخبار محلية: a page's section, no outlet
    max_source_words: int = 0
    seat_names: tuple[tuple[str, ...], ...] = ()  # folded words, longest first
    club_partner_words: frozenset[str] = frozenset()  # مع: يلتقي القادسية مع النجمة
    organ_heads: frozenset[str] = frozenset()  # مجلس الإدارة، هيئة الدفاع: an organ of a body ...
    organ_functions: frozenset[str] = frozenset()  # ... named by what its members do for it
    receiving_verbs: frozenset[str] = frozenset()  # توصلت "X": the one who receives the news
    learning_verbs: frozenset[str] = frozenset()  # اطلعت عليه "X": only with عليه between
    statement_nouns: frozenset[str] = frozenset()  # تصريحات لـ"X"، بيان لـ"X": spoken to, or the speaker
    max_quoted_words: int = 0
    department_titles: frozenset[tuple[str, str]] = frozenset()  # (head, title): إدارة after مدير
    titled_national_heads: frozenset[str] = frozenset()  # حكومة: "رئيس الحكومة اليمنية" names the government too
    named_after_untitled: frozenset[str] = frozenset()  # جامعة، ستاد: named after a whole name with no title, or two titles
    breadcrumb_roots: frozenset[str] = frozenset()  # الرئيسية: a line it opens is a page's breadcrumb, no credit
    club_pair_cues: tuple[tuple[str, ...], ...] = ()  # بين: a club's cue only where "و" and a second club follow
    platform_names: frozenset[tuple[str, ...]] = frozenset()  # read with seat_names; not after follow_words
    follow_words: frozenset[str] = frozenset()  # تابعنا على واتساب: the page's own chrome
    team_roles: frozenset[str] = frozenset()  # الضيف، المضيف: الفريق الضيف is a team by its role in a match
    seated_locally: frozenset[str] = frozenset()  # دائرة، كلية: a local body its seat names when its words only describe it
    dual_heads: frozenset[str] = frozenset()  # شركتي، ناديي: a head's dual before two names joined by و
    organ_of_body_heads: frozenset[str] = frozenset()  # الأمانة العامة لمجلس الوزراء: an organ's head ...
    organ_adjectives: frozenset[str] = frozenset()  # ... and its adjective, before ل and the body it serves
    seat_of_organ_words: frozenset[str] = frozenset()  # إمارة، بلدية: a division it serves, before its name
    local_government_heads: frozenset[str] = frozenset()  # حكومة: a division's government before its name
    local_government_adjectives: frozenset[str] = frozenset()  # المحلية: after the division's name
    embassy_heads: frozenset[str] = frozenset()  # سفارة: a country's mission named by the country
    mission_links: frozenset[str] = frozenset()  # في، لدى: before the mission's seat
    chamber_heads: frozenset[str] = frozenset()  # غرفة: a body only before the trades it is of
    chamber_trades: frozenset[str] = frozenset()  # تجارة، صناعة، سياحة
    un_body_heads: frozenset[str] = frozenset()  # برنامج، صندوق، مفوضية: a UN body's head before the UN's name
    un_name: tuple[str, ...] = ()  # الأمم المتحدة, folded
    un_adjectives: frozenset[str] = frozenset()  # السامية، الإنمائي: after the UN's name in a body's
    un_offices: frozenset[str] = frozenset()  # مكتب، وكالة: a bare noun behind ل after them is what the body is for
    regional_adjectives: frozenset[str] = frozenset()  # الجهوي، المحلي: a region's own body, named by its seat
    states_links: frozenset[str] = frozenset()  # لدول: a body of the states of a region (مجلس التعاون لدول الخليج العربية)
    enclosed_party_heads: frozenset[str] = frozenset()  # حركة، تيار: a party named whole inside quotes or brackets

    @functools.cached_property
    def seat_firsts(self) -> frozenset[str]:
        return frozenset(words[0] for words in self.seat_names)


@functools.lru_cache(maxsize=None)
def load_organisation_cues(path: Path = DATA) -> OrganisationCues:
    data = read_yaml(path)

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in data.get(key) or ())

    phrases = sorted({tuple(fold(str(p)).split()) for p in data["member_nouns"]}, key=len, reverse=True)
    club_before = sorted({tuple(fold(str(p)).split()) for p in data["club_cues_before"]}, key=len, reverse=True)
    return OrganisationCues(words("team_heads"), words("movement_heads"), tuple(phrases), words("product_heads"),
                            frozenset(str(w) for w in data["latin_not_names"]), int(data["max_acronym_letters"]),
                            words("acronym_heads"), words("sport_words"), int(data["min_sport_words"]),
                            words("sport_not_clubs"), tuple(club_before), words("club_cues_after"),
                            float(data["club_word_zipf"]), str(data["club_head"]), float(data["club_nisba_zipf"]),
                            words("points_words"), words("fixture_words"),
                            int(data.get("max_fixture_words") or 0),
                            words("named_after_institutions"), words("named_after_facilities"), words("named_after_titles"),
                            words("named_after_openers"), words("group_heads"), words("venue_heads"),
                            words("national_heads"), words("seated_institutions"), words("seated_in_divisions"),
                            words("direction_words"), words("sovereign_adjectives"),
                            words("source_generic"), words("section_labels"), int(data.get("max_source_words") or 0),
                            tuple(sorted({tuple(fold(str(n)).split())
                                          for n in [*(data.get("seat_names") or ()), *(data.get("platform_names") or ())]},
                                         key=len, reverse=True)),
                            words("club_partner_words"), words("organ_heads"), words("organ_functions"),
                            words("receiving_verbs"), words("learning_verbs"), words("statement_nouns"),
                            int(data.get("max_quoted_words") or 0),
                            frozenset((fold(str(head)), fold(str(title)))
                                      for head, titles in (data.get("department_titles") or {}).items() for title in titles),
                            words("titled_national_heads"), words("named_after_untitled"),
                            breadcrumb_roots=words("breadcrumb_roots"),
                            club_pair_cues=tuple(sorted({tuple(fold(str(p)).split()) for p in data.get("club_pair_cues") or ()},
                                                        key=len, reverse=True)),
                            platform_names=frozenset(tuple(fold(str(n)).split()) for n in data.get("platform_names") or ()),
                            follow_words=words("follow_words"), team_roles=words("team_roles"), seated_locally=words("seated_locally"), dual_heads=words("dual_heads"),
                            organ_of_body_heads=words("organ_of_body_heads"), organ_adjectives=words("organ_adjectives"),
                            seat_of_organ_words=words("seat_of_organ_words"),
                            local_government_heads=words("local_government_heads"),
                            local_government_adjectives=words("local_government_adjectives"),
                            embassy_heads=words("embassy_heads"), mission_links=words("mission_links"),
                            chamber_heads=words("chamber_heads"), chamber_trades=words("chamber_trades"),
                            un_body_heads=words("un_body_heads"), un_name=tuple(fold(str(data.get("un_name") or "")).split()),
                            un_adjectives=words("un_adjectives"), un_offices=words("un_offices"),
                            regional_adjectives=words("regional_adjectives"), states_links=words("states_links"),
                            enclosed_party_heads=words("enclosed_party_heads"))



def _in_place_of(found: list[Found], names: list[Found], covering: list[tuple[int, int]] | None = None) -> list[Found]:
    """The candidates found with `names` in place of every one inside the tokens they cover (their
    own spans, or `covering`), in text order: a longer reading wins over what it contains."""
    if not names:
        return found
    inside = {m for start, end in (covering or [(f.start, f.end) for f in names]) for m in range(start, end)}
    kept = [f for f in found if inside.isdisjoint(range(f.start, f.end))]
    return sorted(kept + names, key=lambda f: f.start)

@functools.lru_cache(maxsize=1)
def _calendar_keys() -> frozenset[str]:
    """The weekdays and the months as the date rules read them (their lookup keys)."""
    return frozenset(k for names in (weekdays(), months()) for group in names.names() for k in group)


def match_report(tokens) -> bool:
    """Is a text with these tokens (finder.py's) a match report: at least min_sport_words of the
    words of sport (كأس is no ك + أس, so every stem of a word is looked at)?"""
    org = load_organisation_cues()
    return len({s for t in tokens for s in t.stems} & org.sport_words) >= org.min_sport_words


class _Reader:
    """The cues of this module over one text's tokens, with finder.py's Finder for what a word is."""

    def __init__(self, finder: Finder, sports: bool):
        self.finder = finder
        self.tokens = finder.tokens
        self.cues = finder.cues
        self.org = load_organisation_cues()
        # A team's head names a club in a match report; elsewhere "فريق التحقيق" is a working group.
        self.sports = sports

    # --- what a word is ---------------------------------------------------------------

    def short_name(self, k: int, limit: float) -> bool:
        """Can token k alone be an organisation's short name: a bare word that is no common
        word, place, given name, head, verb, adjective nor possessed noun, rarer than `limit`?
        In quotes or brackets a final alef is the name's (ناسا), not an adverb's."""
        f, c, token = self.finder, self.cues, self.tokens[k]
        plain = token.plain_stems[0]
        marked = self.marked(k)
        return (not token.covered and token.word.isalpha() and not token.word.isascii() and len(token.word) >= 3
                and not token.article and zipf(token.written) < limit  # the cheapest test first
                and not f.common(token) and not f.carries_clitic(token)
                and token.word not in c.given_names and token.word not in c.particles
                and not any(f.gazetteer.lookup((w,)) for w in token.stems)
                and f.head_at(k) is None and stem_in(token, c.place) is None
                and not any(w in c.verbs or w in c.linking or (w,) in c.person for w in token.stems)
                and not plain.endswith("ة") and not token.tanwin and not (f.adverb(token) and not marked)
                and not f.possessed(token)
                and not f.verb_like(token, past=False) and not f.feminine_past(token)
                and not token.word.endswith(("يه", "يون", "يين")))

    def marked(self, k: int) -> bool:
        """Is token k alone between quotes or brackets ("ناسا"، (ناسا)، «أبل»)?"""
        tokens, text = self.tokens, self.finder.text
        after = text[tokens[k].end:tokens[k + 1].start if k + 1 < len(tokens) else len(text)].lstrip(" +")
        before = tokens[k].gap.rstrip(" ")
        return bool(before) and bool(after) and (before[-1] == "(" and after[0] == ")"
                                                  or before[-1] in QUOTES and after[0] in QUOTES)

    def written_as_name(self, k: int) -> bool:
        """A word general Arabic writes as a name: rare, or far more often without the article."""
        token = self.tokens[k]
        return self.finder.rare(token) or self.finder.bare_more_than_definite(token)

    def feminine_verb(self, k: int) -> bool:
        """A verb of saying in the feminine past (قالت، أعلنت، نفت), as unknown.yml lists them."""
        verbs = self.cues.verbs
        for stem in self.tokens[k].stems:
            if stem.endswith("ت") and len(stem) >= 3 and any(v in verbs for v in (stem[:-1], stem[:-1] + "ي", stem[:-1] + "ا")):
                return True
        return False

    def feminine_present(self, k: int) -> bool:
        """A verb in the feminine present (تعلن، تكشف): its ي form is a word of general Arabic."""
        plain = self.tokens[k].plain_stems[0]
        return len(plain) >= 4 and plain.startswith("ت") and zipf("ي" + plain[1:]) >= self.cues.verb_present_zipf

    def member_noun_at(self, k: int) -> int:
        """Length in words of a member noun ending right before token k ("المتحدث باسم"), or 0."""
        tokens = self.tokens
        for phrase in self.org.member_nouns:
            start = k - len(phrase)
            if start < 0:
                continue
            words = [t.word for t in tokens[start:k]]
            first = tokens[start].stems
            if phrase[0] in first and words[1:] == list(phrase[1:]) and all(t.joined for t in tokens[start + 1:k + 1]):
                return len(phrase)
        return 0

    def clitic_member(self, k: int) -> str | None:
        """The one-letter clitic ب or ل that joins token k to a member noun before it ("القيادي بحماس")."""
        tokens = self.tokens
        token = tokens[k]
        if token.word[:1] not in ("ب", "ل") or len(token.word) < 5 or not token.joined or k == 0:
            return None
        for phrase in self.org.member_nouns:
            if len(phrase) == 2 and phrase[1] == token.word[0] and k >= 1 and phrase[0] in tokens[k - 1].stems:
                return token.word[0]
        return None

    # --- institutions named after a person ---------------------------------------------

    def named_after_person(self, k: int) -> Found | None:
        """An institution or a facility named after a titled person, its head at token k: the
        head without the article, the title with it and the person's name ("جامعة الملك سعود"،
        "مستشفى الملك فهد"، "جامعة السلطان مولاي سليمان"): one name, not a person after a title."""
        tokens, org = self.tokens, self.org
        head = tokens[k]
        if head.covered or head.article or k + 2 >= len(tokens):
            return None
        if stem_in(head, org.named_after_institutions):
            kind = "organization"
        elif stem_in(head, org.named_after_facilities):
            kind = "place"
        else:
            return None
        untitled = stem_in(head, org.named_after_untitled) is not None
        m = k + 1
        while m < len(tokens) and self.title_at(m) and (m == k + 1 or untitled):
            m += 1  # مستشفى الرئيس الشهيد صالح الصماد: two titles
        if m == k + 1:  # no title: a whole name from an Arab given name on (جامعة عبد المالك السعدي)
            if not untitled:
                return None
            if not (tokens[m].joined and self.finder.given_at(m, arab=True)):
                return None
            end = self.finder.name_from(m, strong=True)
            if end is None or end - m < 2 or self.finder.given_at(m) == end - m:
                return None
        else:
            end = self.titled_name_end(m)
        if end is None:
            return None
        if end < len(tokens) and tokens[end].joined and tokens[end].word.startswith("لل") and tokens[end].plain_stems[0][2:].isalpha():
            end += 1  # جامعة الملك سعود للعلوم الصحية
            while (end < len(tokens) and tokens[end].joined and tokens[end].word.startswith(("وال", "فال"))
                   and len(tokens[end].word) > 5 and self.finder.head_at(end) is None):
                end += 1  # مركز الملك سلمان للإغاثة والأعمال الإنسانية
                while end < len(tokens) and tokens[end].joined and tokens[end].plain_article and token_is_nisba(tokens[end]):
                    end += 1
        while end < len(tokens) and tokens[end].joined and tokens[end].plain_article and token_is_nisba(tokens[end]) \
                and not self.finder.national_nisba(tokens[end]):
            end += 1  # مستشفى الملك فهد الجامعي
        before = tokens[k - 1] if k > 0 else None
        if (before is not None and head.joined and not before.article and not before.covered
                and stem_in(before, org.named_after_facilities | org.named_after_institutions)):
            k -= 1  # استاد مدينة الأمير سعود بن جلوي الرياضية: the stadium of a city named after him
            kind = "place" if stem_in(before, org.named_after_facilities) else "organization"
        return Found(k, end, kind)

    def title_at(self, m: int) -> bool:
        """Is token m one of the titles an institution's namesake bears (الملك، الشهيد)?"""
        token = self.tokens[m]
        return token.joined and token.plain_article and not token.covered and token.word in self.org.named_after_titles

    def titled_name_end(self, m: int) -> int | None:
        """The end of a person's name after a title at token m: a given name (عبد الله as two
        words) or a name word, after a Maghreb honorific given name (مولاي سليمان), and the words
        a name particle joins to it (سلطان بن عبدالعزيز)."""
        tokens, f, c = self.tokens, self.finder, self.cues
        if m >= len(tokens) or not tokens[m].joined:
            return None
        if tokens[m].word in self.org.named_after_openers and m + 1 < len(tokens) and tokens[m + 1].joined:
            m += 1
        end = m + (f.given_at(m) or (1 if f.name_word(tokens[m]) and not tokens[m].article else 0))
        if end == m:
            return None
        given_end = end
        while end + 1 < len(tokens) and tokens[end].joined and tokens[end].word in c.particles and tokens[end + 1].joined:
            step = f.given_at(end + 1) or (1 if f.name_word(tokens[end + 1]) else 0)  # بنت عبد الرحمن: two words
            if not step:
                break
            end += 1 + step
        family = tokens[end] if end < len(tokens) else None
        if (family is not None and end == given_end and family.joined and family.plain_article and f.rare(family)
                and f.name_word(family) and not token_is_nisba(family)):
            end += 1  # الأمير عبد الله الفيصل: the family name (after a lineage its own words end it)
        return end

    # --- names in Latin letters ---------------------------------------------------------

    def latin_name_at(self, k: int) -> int | None:
        """The end of a name in Latin letters starting at token k on a line written in Arabic:
        an acronym in capitals in quotes or brackets or after an organisation's words, or two or
        more capitalised words in a row with an acronym among
        them or after an organisation's words (a person's name in Latin often follows his
        Arabic one: "إيلون ماسك (Elon Musk)")."""
        tokens, text = self.tokens, self.finder.text
        token = tokens[k]
        if not token.word.isascii() or not token.word.isalpha() or token.covered:
            return None
        if k > 0 and tokens[k - 1].word.isascii() and tokens[k - 1].joined:
            return None  # inside a run already read
        line_start = text.rfind("\n", 0, token.start) + 1
        line_end = text.find("\n", token.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if len(_LATIN_LETTER.findall(line)) >= len(_ARABIC_LETTER.findall(line)):
            return None  # an English sentence or a chrome line, not a name inside Arabic prose
        end = k
        while (end < len(tokens) and tokens[end].word.isascii() and tokens[end].word.isalnum()
               and (end == k or tokens[end].gap.strip() in ("", "&"))
               and tokens[end].written[:1].isupper() and not tokens[end].covered):
            end += 1
        written = tokens[k].written
        if end - k >= 2 and (any(t.written.isupper() and len(t.written) > 1 for t in tokens[k:end])
                             or k > 0 and self.organisation_phrase_before(k - 1)):
            return end  # a company's or a paper's name, not a person's written in Latin after his Arabic one
        if (written.isupper() and 2 <= len(written) <= self.org.max_acronym_letters
                and written not in self.org.latin_not_names
                and (self.marked(k) or k > 0 and self.organisation_phrase_before(k - 1))):
            return k + 1  # لموقع "TNW"; bare capitals are as often a fuel's or a unit's (LNG, MW)
        return None

    # --- the cues -----------------------------------------------------------------------

    def refine(self, found: Found) -> Found | None:
        """A found organisation as this module reads it: a club by its name alone, a team's
        description dropped, a product dropped."""
        tokens, c = self.tokens, self.cues
        if (found.type == "person" and self.sports and found.end - found.start == 2
                and self.club_cue_before(found.start + 1) and self.club_word_end(found.start + 1) == found.end):
            return Found(found.start + 1, found.end, "organization", named_as=self.org.club_head)  # ضد ضمك: a cue and a club
        if found.type != "organization":
            return found
        first = found.start if found.head is None else found.head
        if found.end - first >= 3 and not tokens[found.end - 1].article and zipf(
                tokens[found.end - 1].written) >= c.common_noun_zipf and tokens[found.end - 1].word not in outlet_words().tails:
            found = Found(found.start, found.end - 1, found.type, head=found.head)  # شركة هواوي واحدة: a numeral, not the name
        if found.head is not None:
            return found
        if (brand := self.group_brand(found)) is not None:
            return brand
        if (found.end > found.start + 1 and stem_in(tokens[found.start], self.org.movement_heads)
                and any(q in tokens[found.start + 1].gap for q in QUOTES)
                and all(self.finder.rare(t) for t in tokens[found.start + 1:found.end])):
            # حزب “البام”: the quotes hold the name; "حركة "أمل"" keeps its head, أمل being "hope"
            return Found(found.start + 1, found.end, found.type, head=found.start)
        if found.state is not None and self.finder.state_body_at(found.start) is not None:
            return found  # البنك المركزي والتزامها: و after a state's body opens a new clause
        end = self.second_nouns_end(found.end, found.start)  # وزارة الداخلية واللامركزية
        found = Found(found.start, end, found.type) if end > found.end else found
        if (found.end - found.start >= 2 and any(q in tokens[found.start + 1].gap for q in QUOTES)
                and (link := self.link_after(found.end))):
            found = Found(found.start, found.end + link, found.type)  # وكالة «بلومبرغ» للأنباء
        if (found.end - found.start >= 2 and stem_in(tokens[found.start], c.outlet_heads)
                and all(t.plain_article for t in tokens[found.start + 1:found.end])
                and found.end < len(tokens) and tokens[found.end].joined and not tokens[found.end].after_break
                and self.short_name(found.end, c.common_noun_zipf) and self.written_as_name(found.end)):
            end = found.end + 1
            while (end < len(tokens) and end - found.end < 3 and tokens[end].joined and not tokens[end].article
                   and self.short_name(end, c.common_noun_zipf) and self.written_as_name(end)):
                end += 1  # سناب شات
            return Found(found.end, end, found.type, head=found.start)  # منصة التواصل الاجتماعي تويتر
        if stem_in(tokens[found.start], c.outlet_heads) and self.outlet_number(found.end):
            found = Found(found.start, found.end + 1, found.type)  # جريدة الأخبار 24: the number is the name's
        if tokens[found.end - 1].word in outlet_words().tails and found.end < len(tokens) and self.outlet_nisba(found.end):
            found = Found(found.start, found.end + 1, found.type)  # قناة سكاي نيوز عربية
        head = tokens[found.start]
        team = stem_in(head, self.org.team_heads) or next(
            (s[2:] for s in head.stems if s.startswith("ال") and s[2:] in self.org.team_heads), None)  # بالنادي
        if team and head.article:
            return None if all(token_is_nisba(t) for t in tokens[found.start + 1:found.end]) else found  # النادي الإسباني
        if team and found.end > found.start + 1 and (end := self.club_name_end(found.start + 1)) is not None:
            if end < found.end and tokens[end].plain_article and not token_is_nisba(tokens[end]):
                found = Found(found.start, end, "organization")  # فريق الهلال (الكلاسيكو السعودي): the next genitive is the object
            if end >= found.end or (found.end == end + 1 and token_is_nisba(tokens[end])
                                    and not tokens[found.start + 1].article):
                # فريق الهلال، فريق العين الإماراتي: the club is named without its head (kept as a
                # spelling); a club named by bare words leaves its country's nisba out (ريال مدريد)
                return Found(found.start + 1, end, "organization", head=found.start)
        if (found.end == found.start + 2 and not tokens[found.start + 1].article
                and self.finder.verb_like(tokens[found.start + 1], past=False)):
            return None  # حركة تحمل وسمًا: a verb after the head starts a clause
        if stem_in(head, self.org.product_heads) and found.end > found.start + 1 and (
                not tokens[found.start + 1].article or any(q in tokens[found.start + 1].gap for q in QUOTES)):
            return None  # جهاز «آي فون»: a product
        return found

    def group_brand(self, found: Found) -> Found | None:
        """A group named by its brand after its head ("لمجمع سوناطراك"، مجمع"سونطراك" النفطي): the
        bare words written as a name, the head kept as a spelling; what follows them is said of it."""
        tokens, c = self.tokens, self.cues
        head = tokens[found.start]
        if head.article or not stem_in(head, self.org.group_heads) or self.after_place_preposition(found.start):
            return None  # في مجمع "أميرال": a complex, where something is
        end = found.start + 1
        while (end < found.end and end - found.start <= 3 and not tokens[end].article
               and self.short_name(end, c.common_noun_zipf) and self.written_as_name(end)):
            end += 1
        return Found(found.start + 1, end, found.type, head=found.start) if end > found.start + 1 else None

    def after_place_preposition(self, k: int) -> bool:
        """Does a preposition of place (places.yml local_places: في، قرب) or ب stand before token k?"""
        tokens = self.tokens
        if tokens[k].word.startswith("ب") and tokens[k].word[1:] in tokens[k].stems:
            return True
        return k > 0 and tokens[k].joined and stem_in(tokens[k - 1], load_local_place_cues().prepositions) is not None

    def scan(self, taken: set[int]) -> list[Found]:
        """Organisations the scan of finder.py left: by the cues above, on free tokens."""
        tokens = self.tokens
        found: list[Found] = []
        k = 0
        while k < len(tokens):
            token = tokens[k]
            if (credit := self.dateline_credit(k, taken)) is not None:
                found.append(credit)
                k = credit.end
                continue
            if k in taken or token.covered:
                k += 1
                continue
            if sources := self.source_line(k, taken):
                found += sources
                k = sources[-1].end
                continue
            if (end := self.latin_name_at(k)) is not None:
                if not (token.gap.rstrip(" ").endswith("(") and k - 1 in taken):
                    found.append(Found(k, end, "organization"))  # not "سوناطراك (SONATRACH)": the same one
                k = end
                continue
            name = (self.quoted_speaker(k, taken) or self.venue(k, taken) or self.seat_name(k, taken) or self.national_body(k, taken)
                    or self.department(k, taken)
                    or self.sovereign_body(k, taken)
                    or self.cued_short_name(k, taken)
                    or self.standings_club(k, taken)
                    or self.club_by_cue(k, taken, found)
                    or self.company_of_country(k, taken) or self.club_by_nisba(k, taken))
            if name is not None:
                found.append(name)
                k = name.end
                continue
            k += 1
        return found

    def with_seats(self, found: list[Found]) -> list[Found]:
        """The institutions found, and those named by a head and its words (a definite head with
        one adjective too: "المحكمة الابتدائية")، completed by their seat; what was found inside
        the seat (the city) goes."""
        tokens, finder = self.tokens, self.finder
        seated: list[Found] = []
        starts = {f.start: f for f in found}
        heads = self.org.seated_institutions | self.org.seated_in_divisions | self.org.seated_locally
        for k, token in enumerate(tokens):
            f = starts.get(k)
            if f is not None and f.type != "organization":
                continue
            if f is None and (token.covered or not token.word.isalpha()
                              or not any(s.removeprefix("ال") in heads for s in token.stems)
                              or finder.head_at(k) is None or any(o.start < k < o.end for o in found)):
                continue
            end = f.end if f is not None else (finder.body_from(k) or (None,))[0]
            if end is None or (seat := self.seat_end(k if f is None or f.head is None else f.head, end,
                                                     described=self.described(k, end))) is None:
                continue
            seated.append(Found(k, seat, "organization", head=f.head if f is not None else None,
                                 conjunction=f.conjunction if f is not None else False))
        return _in_place_of(found, seated)

    def with_embassies(self, found: list[Found]) -> list[Found]:
        """A country's embassy named by the country (organisations.yml embassy_heads without the
        article, then a country found there: "سفارة قطر"، "بسفارة الجزائر في باريس"، "سفارة فرنسا
        بالجزائر"), with its seat after في or لدى or behind ب when a place is found there; the
        places inside go (they are the embassy's name)."""
        tokens = self.tokens
        starts = {f.start: f for f in found}
        embassies: list[Found] = []
        for k, head in enumerate(tokens[:-1]):
            country = starts.get(k + 1)
            if (head.article or self.org.embassy_heads.isdisjoint(head.stems) or not tokens[k + 1].joined
                    or country is None or country.place is None or country.place.kind != "country"
                    or any(f.start <= k < f.end for f in found)):
                continue
            end = country.end
            if end + 1 < len(tokens) and tokens[end].joined and tokens[end].word in self.org.mission_links and tokens[end + 1].joined:
                seat = starts.get(end + 1)
                end = seat.end if seat is not None and seat.place is not None else end  # في باريس، لدى البحرين
            elif end < len(tokens) and tokens[end].joined and tokens[end].word.startswith("ب"):
                seat = starts.get(end)
                end = seat.end if seat is not None and seat.place is not None else end  # بالجزائر
            embassies.append(Found(k, end, "organization", conjunction=head.word not in self.org.embassy_heads))
        return _in_place_of(found, embassies)

    def with_chambers(self, found: list[Found]) -> list[Found]:
        """A chamber of commerce, industry or tourism: its head (organisations.yml chamber_heads: غرفة,
        behind a clitic too), the trades it is of joined by و (chamber_trades, with the article or
        without: "غرفة تجارة وصناعة"، "غرفة التجارة والصناعة والخدمات"), then what names it: a place
        ("غرفة صناعة الأردن"، "غرفة سياحة جنوب سيناء"، "غرفة تجارة وصناعة عمان"), after a division's word
        too ("غرفة تجارة وصناعة محافظة الخليل"), its seat behind ب ("غرفة التجارة والصناعة بمكناس") or
        nisba adjectives ("غرفة التجارة الدولية"); what was found inside goes (the place, a role's
        complement read as a person). Without them it is any town's chamber, and before another word
        a room ("غرفة العمليات")."""
        tokens, org, finder = self.tokens, self.org, self.finder
        bodies = [f for f in found if f.type == "organization"]
        chambers: list[Found] = []
        for k, head in enumerate(tokens[:-1]):
            if head.article or stem_in(head, org.chamber_heads) is None or any(f.start <= k < f.end for f in bodies):
                continue
            m = k + 1
            while (m < len(tokens) and tokens[m].joined and not tokens[m].covered
                   and (m == k + 1) != tokens[m].word.startswith("و")
                   and any(s.removeprefix("ال") in org.chamber_trades for s in tokens[m].stems)):
                m += 1
            if m == k + 1 or m >= len(tokens) or not tokens[m].joined:
                continue
            name = m + 1 if stem_in(tokens[m], self.cues.divisions) is not None and m + 1 < len(tokens) and tokens[m + 1].joined else m
            end = self.place_end(name)  # محافظة الخليل
            if end is None:
                end = m
                while end < len(tokens) and tokens[end].joined and tokens[end].plain_article and token_is_nisba(tokens[end]):
                    end += 1  # التجارة الدولية، التجارة العربية البريطانية
                if end == m:
                    continue
            if any(f.start < end and k < f.end for f in bodies):
                continue
            chambers.append(Found(k, end, "organization", conjunction=head.word not in org.chamber_heads))
        return _in_place_of(found, chambers)

    def with_un_bodies(self, found: list[Found]) -> list[Found]:
        """A body of the UN named with the UN's name (organisations.yml un_name): after its head
        (un_body_heads, without the article: "برنامج الأمم المتحدة للبيئة"، "مكتب الأمم المتحدة لتنسيق
        الشؤون الإنسانية"، "برنامج الأمم المتحدة الإنمائي"), with its adjectives and what it is for
        after ل; or after its own name, behind ل ("منظمة الأغذية والزراعة للأمم المتحدة"). One name:
        the UN inside it is no mention of its own. Not after a body of a state ("وزارة الخارجية للأمم
        المتحدة" is what the ministry sent, and to whom) nor after "التابع" (a descriptor)."""
        tokens, org = self.tokens, self.org
        un = org.un_name
        if not un:
            return found
        bodies: list[Found] = []
        for k in range(len(tokens) - len(un) + 1):
            if un[0] not in tokens[k].stems or not tokens[k].joined or [t.word for t in tokens[k + 1:k + len(un)]] != list(un[1:]) \
                    or not all(t.joined for t in tokens[k + 1:k + len(un)]):
                continue
            if tokens[k].word == un[0] and k > 0 and not tokens[k - 1].article and stem_in(tokens[k - 1], org.un_body_heads):
                start, end = k - 1, self.un_body_end(k + len(un), stem_in(tokens[k - 1], org.un_body_heads))
            elif tokens[k].word == "ل" + un[0][1:] and (agency := next(
                    (f for f in found if f.type == "organization" and f.end in (k, k + 1) and k - f.start >= 2
                     and not tokens[f.start].article and stem_in(tokens[f.start], org.un_body_heads)), None)) is not None:
                start, end = agency.start, k + len(un)  # منظمة الأغذية والزراعة للأمم المتحدة (its ل read as a purpose too)
            else:
                continue
            if any(f.type == "organization" and f.start < start < f.end for f in found):
                continue
            bodies.append(Found(start, end, "organization", conjunction=tokens[start].word not in org.un_body_heads))
        return _in_place_of(found, bodies)

    def un_body_end(self, m: int, head: str) -> int:
        """The end of a UN body's name after the UN's words at token m: its adjectives ("السامية"،
        "الإنمائي"), then what it is for behind ل ("للسكان"، "لشؤون اللاجئين"، "لتنسيق الشؤون
        الإنسانية"، "لإغاثة وتشغيل اللاجئين الفلسطينيين") with its genitives, the nouns joined to them by
        و and their adjectives. A bare noun behind ل says what the body is for only after the heads of
        organisations.yml un_offices ("مكتب الأمم المتحدة لتنسيق ..."); after the others it is as often what
        the sentence asks of it ("دعت منظمة الأمم المتحدة لوقف الحرب")."""
        tokens, c = self.tokens, self.cues
        end = m

        def free(n: int) -> bool:
            t = tokens[n]
            return (t.joined and not t.after_break and not t.covered and t.word.isalpha() and t.word not in c.common
                    and t.word not in c.organization_descriptors and t.word not in c.verbs)

        while end < len(tokens) and free(end) and tokens[end].word in self.org.un_adjectives:
            end += 1
        link = next((p for p in c.organization_links if tuple(t.word for t in tokens[end:end + len(p)]) == p), None)
        purpose = end < len(tokens) and free(end) and (
            tokens[end].word.startswith("لل") or tokens[end].word in c.affairs_links or link is not None
            or head in self.org.un_offices and tokens[end].word.startswith("ل") and len(tokens[end].word) > 3)
        if purpose and not tokens[end].plain_article:
            end += 1
            while (end < len(tokens) and end - m < 6 and free(end)
                   and (tokens[end].plain_article or tokens[end].word.startswith("و") and len(tokens[end].word) > 3)):
                end += 1
        return end

    def with_regional_seats(self, found: list[Found]) -> list[Found]:
        """A region's own body: a definite head, an adjective that makes it the region's
        (organisations.yml regional_adjectives: "المستشفى الجهوي"، "الاتحاد الجهوي للشغل"، "المستشفى
        المحلي"), what it is for behind لل, then its seat behind ب, a place found there ("المستشفى
        الجهوي بتالة"، "الاتحاد الجهوي للشغل بباجة"، "الإدارة الجهوية للصحة بتوزر"): one name, the place
        inside it no mention of its own. A proper name after the adjective names the body without its
        seat ("المستشفى الإقليمي الزموري بالقنيطرة")."""
        tokens, finder = self.tokens, self.finder
        starts = {f.start: f for f in found}
        bodies: list[Found] = []
        for k in range(len(tokens) - 2):
            if (not tokens[k].article or finder.head_at(k) != "organization" or not tokens[k + 1].joined
                    or tokens[k + 1].word not in self.org.regional_adjectives
                    or any(f.start < k < f.end and f.type == "organization" for f in found)):
                continue
            m = k + 2
            if m < len(tokens) and tokens[m].joined and tokens[m].word.startswith("لل") and not tokens[m].covered:
                m += 1  # للشغل، للصحة
                while m < len(tokens) and tokens[m].joined and tokens[m].plain_article and token_is_nisba(tokens[m]):
                    m += 1  # للحماية المدنية
            if m >= len(tokens) or not tokens[m].joined or not tokens[m].word.startswith("ب"):
                continue
            seat = starts.get(m)
            if seat is not None and seat.type == "place" and seat.place is not None:
                if seat.place.kind == "country":
                    continue  # الإدارة الإقليمية بموريتانيا: a country's department, not a town's own
                end = seat.end
            elif (seat is None and not tokens[m].covered and not any(f.start < m < f.end for f in found)
                  and tokens[m].word[1:] in tokens[m].stems and tokens[m].word[1:].isalpha()
                  and zipf(tokens[m].written[1:]) < self.cues.rare_zipf and (m + 1 >= len(tokens) or not tokens[m + 1].joined
                                                                           or not self.finder.rare(tokens[m + 1]))):
                end = m + 1  # بتالة، بالسبيخة: a town the gazetteer does not know, one rare word
            else:
                continue
            bodies.append(Found(k, end, "organization", conjunction=not tokens[k].plain_article))
        return _in_place_of(found, bodies)

    def with_states_of_a_region(self, found: list[Found]) -> list[Found]:
        """A body of the states of a region: its name, then ل and "دول" (organisations.yml states_links)
        and the region ("مجلس التعاون لدول الخليج العربية"، "منظمة التعاون لدول آسيا"): a place, or a
        definite noun and its nisba, and their nisba adjectives. One name. Without a region named it
        says to whom the body gives ("وزارة الخارجية لدول الجوار")."""
        tokens, c = self.tokens, self.cues
        bodies: list[Found] = []

        def definite_noun(n: int) -> bool:
            t = tokens[n]
            return (t.joined and not t.after_break and t.plain_article and t.word.isalpha() and t.word not in c.common
                    and t.word not in c.verbs and t.word not in c.organization_descriptors)

        for f in found:
            m = f.end
            if f.type != "organization" or m + 1 >= len(tokens) or not tokens[m].joined or tokens[m].word not in self.org.states_links:
                continue
            end = self.place_end(m + 1) if tokens[m + 1].joined else None  # آسيا، البلقان
            if end is None and definite_noun(m + 1) and m + 2 < len(tokens) and tokens[m + 2].joined \
                    and tokens[m + 2].plain_article and token_is_nisba(tokens[m + 2]):
                end = m + 3  # الخليج العربية: a region named by its noun and its nisba
            if end is None:
                continue  # وزارة الخارجية لدول الجوار: to whom it gives, no region named
            while end < len(tokens) and tokens[end].joined and tokens[end].plain_article and token_is_nisba(tokens[end]):
                end += 1  # العربية
            bodies.append(Found(f.start, end, "organization", head=f.head, conjunction=f.conjunction))
        return _in_place_of(found, bodies)

    def with_enclosed_parties(self, found: list[Found]) -> list[Found]:
        """A party, a movement or a coalition named whole inside quotes or brackets, its head first
        (organisations.yml enclosed_party_heads): «حركة أمل»، "التيار الصدري"، a member's party in brackets
        after his name ("بسمة الجبالي (حركة النهضة)"، "(تيار وطني حر)"). The marks close the name, whose
        words are common ones as often (أمل، المستقبل، النهضة); what was found inside goes."""
        tokens = self.tokens
        bodies: list[Found] = []
        for k, head in enumerate(tokens):
            opening = head.gap.rstrip(" ")
            if not opening or not (opening[-1] in QUOTES or opening[-1] == "(") or head.word.startswith("و"):
                continue
            if not any(s in self.org.enclosed_party_heads for s in head.stems) or stem_in(head, self.org.enclosed_party_heads) != head.word:
                continue
            closing = ")" if opening[-1] == "(" else QUOTES
            end = k + 1
            while end < len(tokens) and end - k <= 4 and tokens[end].joined:
                end += 1
            after = tokens[end].gap if end < len(tokens) else self.finder.text[tokens[end - 1].end:tokens[end - 1].end + 1]
            if end == k + 1 or end - k > 4 or not any(q in after.lstrip(" ")[:1] for q in closing) \
                    or not all(t.word.isalpha() for t in tokens[k:end]) \
                    or any(f.type == "organization" and f.start < end and k < f.end and (f.start, f.end) != (k, end) and f.end - f.start > end - k
                           for f in found):
                continue
            second = tokens[k + 1]
            if not second.article and second.written.endswith(("ة", "ي")) and not (end > k + 2 and tokens[k + 2].plain_article):
                continue  # "حركة نشطة"، "تيار سياسي": an adjective that describes the head (not "ائتلاف دولة القانون")
            if second.word in self.cues.common:
                continue
            bodies.append(Found(k, end, "organization"))
        return _in_place_of(found, bodies)

    def place_end(self, k: int) -> int | None:
        """The end of a place's name at token k, known to the registry too, behind a clitic too,
        or one the gazetteer reads two ways (عمان is Amman and Oman: a place either way)."""
        tokens, finder = self.tokens, self.finder
        place = finder.place_at(k, known_too=True)
        if place is not None:
            return place[0]
        for length in range(min(3, len(tokens) - k), 0, -1):
            if any(not t.joined for t in tokens[k + 1:k + length]):
                continue
            rest = tuple(t.word for t in tokens[k + 1:k + length])
            if any(finder.gazetteer.lookup((stem, *rest)) for stem in tokens[k].stems):
                return k + length
        if not tokens[k].article and self._marked_places.intersection(tokens[k].stems):
            return k + 1  # عمان: Amman (عمّان) or Oman
        return None

    @functools.cached_property
    def _marked_places(self) -> frozenset[str]:
        """The gazetteer's names found only with their shadda (عمّان), folded: read once per text."""
        return frozenset(fold(w) for w in self.finder.gazetteer.marked)

    def with_local_governments(self, found: list[Found]) -> list[Found]:
        """A government named by the division it governs (organisations.yml local_government_heads
        without the article, then a place found there that is no country, or a division's word and
        its name: "حكومة واسط المحلية"، "وحكومة البحر الأحمر"، "حكومة ولاية نهر النيل"); the place
        inside goes. A country's government so named is as often a phrase ("حكومة سلطنة عمان
        وجمهورية ..."), a person's ("حكومة جعفر حسان") or a period's is none."""
        tokens, finder, c = self.tokens, self.finder, self.cues
        starts = {f.start: f for f in found}
        governments: list[Found] = []
        for k, head in enumerate(tokens[:-1]):
            if (head.article or self.org.local_government_heads.isdisjoint(head.stems) or not tokens[k + 1].joined
                    or any(f.start <= k < f.end for f in found)):
                continue
            if tokens[k + 1].word in c.divisions:  # ولاية كسلا، ولاية نهر النيل: the division's word stays
                named = starts.get(k + 2)
                end = finder.place_name_after_cue(k + 2) or (
                    named.end if named is not None and named.type in ("city", "region", "place") else None)
            else:
                place = starts.get(k + 1)
                end = place.end if place is not None and place.type in ("city", "region", "place") and (
                    place.place is None or place.place.kind != "country") else None
            if end is None:
                continue
            if end < len(tokens) and tokens[end].joined and tokens[end].word in self.org.local_government_adjectives:
                end += 1  # حكومة واسط المحلية
            governments.append(Found(k, end, "organization", conjunction=head.word not in self.org.local_government_heads))
        return _in_place_of(found, governments)

    def with_organs(self, found: list[Found]) -> list[Found]:
        """The organs named by the body they serve ("الأمانة العامة لمجلس الوزراء"، "المجلس التنفيذي
        لإمارة الشارقة"، "المكتب التنفيذي لمجلس محافظة حمص"): a definite head of organisations.yml
        organ_of_body_heads, one organ adjective, then ل and a body found there, or a division's word
        and the place found after it; the body inside goes (it is the organ's name)."""
        tokens, org = self.tokens, self.org
        starts = {f.start: f for f in found}
        organs: list[Found] = []
        for k in range(len(tokens) - 2):
            head, adjective, served = tokens[k:k + 3]
            if (not head.article or org.organ_of_body_heads.isdisjoint(s.removeprefix("ال") for s in head.stems)
                    or not adjective.joined or adjective.word not in org.organ_adjectives
                    or not served.joined or not served.word.startswith("ل") or any(f.start < k < f.end for f in found)):
                continue
            body = starts.get(k + 2)
            if body is None and not org.seat_of_organ_words.isdisjoint(served.stems):
                body = starts.get(k + 3) if k + 3 < len(tokens) and tokens[k + 3].joined else None
            if body is None or body.type not in ("organization", "place", "city", "region"):
                continue
            organs.append(Found(k, body.end, "organization"))
        return _in_place_of(found, organs)

    def with_dual_heads(self, found: list[Found]) -> list[Found]:
        """The two names a head's dual introduces ("ناديي الهلال والمريخ"، "شركتي توتال الفرنسية
        وإيني الإيطالية"): each is a name of its own, without the head they share (it names neither
        alone); what was found over them goes."""
        names = [n for k in range(len(self.tokens)) if (n := self.dual_names(k))]
        return _in_place_of(found, [f for pair in names for f in pair],
                           covering=[(first.start - 1, second.end) for first, second in names])  # the head too

    def dual_names(self, k: int) -> tuple[Found, Found] | None:
        """The two names after a head's dual at token k (organisations.yml dual_heads), the second
        behind و; each one or two words, a nisba of its city going on (الرجاء البيضاوي), a
        country's nisba left out (توتال الفرنسية). None unless both stand."""
        tokens, finder = self.tokens, self.finder
        if self.org.dual_heads.isdisjoint(tokens[k].stems):
            return None
        first = k + 1
        first_end = self._dual_name_end(first)
        if first_end is None:
            return None
        second = first_end
        while second < len(tokens) and tokens[second].joined and finder.national_nisba(tokens[second]):
            second += 1  # توتال الفرنسية وإيني: the country's nisba describes the first
        if (second >= len(tokens) or not tokens[second].joined or not tokens[second].word.startswith("و")
                or len(tokens[second].word) < 4):
            return None
        second_end = self._dual_name_end(second, conjunction=True)
        if second_end is None:
            return None
        return Found(first, first_end, "organization"), Found(second, second_end, "organization", conjunction=True)

    def _dual_name_end(self, start: int, conjunction: bool = False) -> int | None:
        """The end of one name after a head's dual, from token `start` (its و read off the second)."""
        tokens, finder, c = self.tokens, self.finder, self.cues
        if start >= len(tokens) or not tokens[start].joined or tokens[start].covered:
            return None
        token = tokens[start]
        word = token.word[1:] if conjunction else token.word
        if not word.isalpha() or word in c.common or (word,) in c.person or finder.verb_like(token):
            return None
        end = start + 1
        if end < len(tokens) and tokens[end].joined and not token.article and (
                place := finder.place_at(end, known_too=True)) is not None:
            return place[0]  # هلال البصرة: a construct with its city
        if (end < len(tokens) and tokens[end].joined and not tokens[end].covered and token_is_nisba(tokens[end])
                and not finder.national_nisba(tokens[end])):
            end += 1  # الرجاء البيضاوي، المغرب الفاسي: the city's nisba is the club's name
        return end

    def described(self, head: int, end: int) -> bool:
        """Do the words after a head without the article, up to token `end`, only describe the body
        (each with the article, none a place: "كلية الحقوق"، "دائرة التنمية الزراعية")?"""
        tokens = self.tokens
        return (not tokens[head].article and end > head + 1
                and all(tokens[m].article and not tokens[m].covered and self.finder.place_at(m, known_too=True) is None
                        for m in range(head + 1, end)))

    def seat_end(self, head: int, end: int, described: bool = False) -> int | None:
        """The end of an institution's name whose head is token `head` and whose words end before
        token `end`, completed by its seat after ب: a known place for a court ("بالرباط"; after في a
        city of one word, "في نابل"), or a
        division and its name ("بولاية الخرطوم") for a court or a ministry; for a local body
        (organisations.yml seated_locally) only where its own words just describe it (`described`:
        "كلية الحقوق بصفاقس"، "دائرة التنمية الزراعية بصحم")."""
        tokens, org, finder = self.tokens, self.org, self.finder
        heads = org.seated_institutions | org.seated_in_divisions
        if described:
            heads = heads | org.seated_locally
        stem = next((s.removeprefix("ال") for s in tokens[head].stems if s.removeprefix("ال") in heads), None)
        if stem is None or end >= len(tokens) or not tokens[end].joined or tokens[end].after_break:
            return None
        seat = tokens[end]
        if ((described and stem in org.seated_locally or stem in org.seated_institutions) and seat.word == "في" and end + 1 < len(tokens)
                and tokens[end + 1].joined and (place := finder.place_at(end + 1, known_too=True)) is not None
                and place[1].kind in ("city", "region") and place[0] == end + 2):
            return place[0]  # مديرية المياه في الحسكة، المحكمة الابتدائية في نابل: "في" and its city's one word, as ب
        if not seat.word.startswith("ب") or seat.word[1:] not in seat.stems:
            return None
        if stem_in(seat, self.cues.divisions) and end + 1 < len(tokens) and tokens[end + 1].joined:
            name = end + 2 if tokens[end + 1].word in org.direction_words and end + 2 < len(tokens) else end + 1
            place = finder.place_at(name, known_too=True) if tokens[name].joined else None  # شمال دارفور
            named = place[0] if place else self.finder.place_name_after_cue(end + 1)
            return named if named is not None and named > end + 1 else None  # بولاية الخرطوم، بولاية شمال دارفور
        if stem not in org.seated_institutions and not (described and stem in org.seated_locally):
            return None
        place = finder.place_at(end, known_too=True)
        kinds = ("city", "region") if stem not in org.seated_institutions else ("city", "country", "region")
        return place[0] if place and place[1].kind in kinds else None  # a local body's seat: no country

    def department(self, k: int, taken: set[int]) -> Found | None:
        """A department named after the title of the one who runs it ("مدير إدارة الخدمات العامة"،
        "رئيس قسم التصميم"): organisations.yml department_titles, then the head's genitives with the
        article and those joined by و (not a person behind و: "والمهندسة")."""
        tokens, c, org = self.tokens, self.cues, self.org
        token = tokens[k]
        if (k == 0 or token.article or not token.joined
                or not any((token.word, title) in org.department_titles for title in tokens[k - 1].stems)):
            return None
        end = k + 1
        if (end + 1 < len(tokens) and not tokens[end].article and tokens[end].joined and tokens[end].word.isalpha()
                and tokens[end + 1].plain_article and tokens[end + 1].joined and not self.finder.common(tokens[end])):
            end += 1  # إدارة نظم المعلومات: a construct's bare noun
        start_genitives = end
        while (end < len(tokens) and end - k <= c.max_words and tokens[end].joined and self._free(end, taken)
               and not tokens[end].covered and tokens[end].word.isalpha() and tokens[end].word not in c.honorifics
               and (tokens[end].word,) not in c.person and tokens[end].word not in c.time_descriptors
               and (tokens[end].plain_article and tokens[end].word not in c.common
                    or end > start_genitives and tokens[end].word.startswith("وال")
                    and not self.finder.role_behind_and(tokens[end]) and (tokens[end].word[1:],) not in c.person)):
            end += 1
        if end == start_genitives or not all(self._free(m, taken) for m in range(k, end)):
            return None
        return Found(k, end, "organization")

    def seat_name(self, k: int, taken: set[int]) -> Found | None:
        """A government named by its seat ("البيت الأبيض"، "والكرملين"), or a platform by its name
        ("على تويتر"، "وفيسبوك": organisations.yml platform_names), behind one clitic too."""
        tokens = self.tokens
        if self.org.seat_firsts.isdisjoint(tokens[k].stems):
            return None
        for words in self.org.seat_names:
            end = k + len(words)
            first = tokens[k].word
            if (end <= len(tokens) and (first == words[0] or first[1:] == words[0] and words[0] in tokens[k].stems)
                    and all(t.joined for t in tokens[k + 1:end]) and [t.word for t in tokens[k + 1:end]] == list(words[1:])
                    and all(self._free(m, taken) for m in range(k, end))
                    and not (end < len(tokens) and tokens[end].joined and tokens[end].word in self.cues.time_descriptors)):
                # "لرئاسة الحكومة الجديدة": to head the new government, no office
                if words in self.org.platform_names and any(
                        self.org.follow_words & set(tokens[m].stems) for m in range(max(0, k - 3), k)
                        if not any(t.after_break for t in tokens[m + 1:k + 1])):
                    return None  # "تابعنا على واتساب": the page's invitation, no mention of the platform
                return Found(k, end, "organization", conjunction=first != words[0])  # one clitic read off: والكرملين
        return None

    def source_line(self, k: int, taken: set[int]) -> list[Found]:
        """The outlets a source line opening at token k names ("المصدر: صحيفة عاجل"، "المصدر:
        وكالات + الجزيرة"): each part up to "+", a comma or a slash, up to a number that is no
        outlet's tail (a date) or the line's end."""
        tokens, org = self.tokens, self.org
        if (k + 1 >= len(tokens) or k > 0 and "\n" not in tokens[k].gap or tokens[k].word not in self.cues.credit_source_labels
                or ":" not in tokens[k + 1].gap or "\n" in tokens[k + 1].gap):
            return []
        out: list[Found] = []
        start = k + 1
        while start < len(tokens):
            end = start
            while (end < len(tokens) and end - start < org.max_source_words
                   and (end == start or tokens[end].joined and "\n" not in tokens[end].gap)
                   and (tokens[end].word.isalpha() or end > start and tokens[end].word in outlet_words().tails)):
                end += 1
            if end == start:
                break
            if " ".join(t.word for t in tokens[start:end]) not in org.source_generic and not any(
                    tokens[m].covered for m in range(start, end)):  # a place's word there is the outlet's
                out.append(Found(start, end, "organization", as_written=True, credit_line=True))  # وام is no و + ام
            if end >= len(tokens) or "\n" in tokens[end].gap or tokens[end].gap.strip() not in ("+", "،", ",", "/", "|"):
                break
            start = end
        return out

    def dateline_credit(self, k: int, taken: set[int]) -> Found | None:
        """An outlet's name in a dateline that opens the line at token k: one of its first two
        parts, beside the dateline's place or a word that names no one outlet (source_generic:
        خاص، متابعات), in either order, each part closed by a dateline's mark or the line's end
        ("الساحل الجديد – صيدا"، "الفجر الجديد/ متابعات"، "طرابلس : المنارة"، "صيدا- “الساحل”-")."""
        if k > 0 and "\n" not in self.tokens[k].gap:
            return None
        parts = self.dateline_parts(k)
        if parts and " ".join(t.word for t in self.tokens[slice(*parts[0])]) in self.org.breadcrumb_roots:
            return None  # "الرئيسية / اقتصاد /": the page's path, not a credit
        generic = any(" ".join(t.word for t in self.tokens[slice(*part)]) in self.org.source_generic for part in parts[:2])
        if k < self.finder.body_first and parts and not self.runs_on(parts[-1][1]) and not generic:
            return None  # a title's "مصر: ارتفاع الأسعار" is a headline's topic; "متابعات – X" no title
        for outlet, other in (parts[:2], parts[1::-1]) if len(parts) >= 2 else ():
            if self.outlet_part(*outlet, taken) and self.place_or_generic(*other):
                return Found(outlet[0], outlet[1], "organization", as_written=True, credit_line=True)
        if len(parts) == 1 and parts[0][1] - k >= 2 and self.tokens[k].word in self.org.source_generic \
                and (parts[0][1] == len(self.tokens) or "\n" in self.tokens[parts[0][1]].gap) \
                and self.outlet_part(k + 1, parts[0][1], taken):
            return Found(k + 1, parts[0][1], "organization", as_written=True, credit_line=True)  # متابعات السودان اليوم
        return None

    def runs_on(self, end: int) -> bool:
        """Does a dateline's mark follow the word before token `end` on its line (the body runs on
        after a dateline: "مسقط ـ «الوطن»:"، "الحقيقة / نواكشوط / أسفر ...")? A headline ends on its topic."""
        tokens = self.tokens
        after = tokens[end].gap if end < len(tokens) else self.finder.text[tokens[end - 1].end:]
        return bool(after.split("\n")[0].strip(f" {QUOTES}"))

    def dateline_parts(self, k: int) -> list[tuple[int, int]]:
        """The first two parts of the line opening at token k that a dateline's mark or the
        line's end closes: up to max_source_words words each, nothing but spaces between them."""
        tokens, parts, start = self.tokens, [], k
        while start < len(tokens) and len(parts) < 2:
            end = start + 1
            while (end < len(tokens) and end - start < self.org.max_source_words and tokens[end].joined
                   and "\n" not in tokens[end].gap):
                end += 1
            if end < len(tokens) and "\n" not in tokens[end].gap and not _DATELINE_MARK.fullmatch(tokens[end].gap):
                break
            parts.append((start, end))
            if end == len(tokens) or "\n" in tokens[end].gap:
                break
            start = end
        return parts

    def outlet_part(self, start: int, end: int, taken: set[int]) -> bool:
        """Can these free words be an outlet's name in a credit (finder.py's outlet_credit_word, or
        an outlet's tail after them: نيوز، 24)? Not a page's section (اقتصاد - الرياض) nor a
        weekday or a month (الخرطوم: الثلاثاء)."""
        tokens = self.tokens
        written = " ".join(t.word for t in tokens[start:end])
        # a credit's place is an outlet's head's: the tails read only after a head count too (بورتسودان اليوم)
        tails = outlet_words().tails | outlet_words().tails_after_head
        tailed = end - start >= 2 and tokens[end - 1].word in tails  # المرسى نيوز: a place and a tail
        return (written not in self.org.source_generic | self.org.section_labels and key(written) not in _calendar_keys()
                and all((self._free(m, taken) or tailed and m < end - 1 and self.finder.place_at(m, known_too=True))
                        and (self.finder.outlet_credit_word(tokens[m])
                                                   or m > start and tokens[m].word in tails
                                                   or tailed and tokens[m].word.isalpha() and not tokens[m].word.isascii())
                        for m in range(start, end)))

    def place_or_generic(self, start: int, end: int) -> bool:
        """Are these words a place's name, a word that names no one outlet (خاص، متابعات) or a
        page's section (محلي: "الداعي نيوز/ محلي")?"""
        place = self.finder.place_at(start, known_too=True)
        return (place is not None and place[0] == end
                or " ".join(t.word for t in self.tokens[start:end]) in self.org.source_generic | self.org.section_labels)

    def quoted_speaker(self, k: int, taken: set[int]) -> Found | None:
        """A name in quotes opening at token k after a verb of publishing or receiving, a word that
        credits an outlet, or after ل that a verb of saying or a statement's noun comes just before
        ("حسبما نشرت «الرابية اليوم»"، "توصلت "أصداء المدينة""، "في تصريحات خاصة لـ"صدى الموانئ"");
        not a work's title ("فيلم الصمت الطويل")."""
        tokens, org = self.tokens, self.org
        opening = tokens[k].gap.rstrip(" ")[-1:]
        if k == 0 or not opening or opening not in QUOTES or tokens[k].gap.strip(f" {TATWEEL}{QUOTES}"):
            return None
        end = k + 1
        while end < len(tokens) and end - k < org.max_quoted_words and tokens[end].joined:
            end += 1
        closing = tokens[end].gap if end < len(tokens) else self.finder.text[tokens[end - 1].end:]
        closing = closing.lstrip(" ")[:1]
        if not closing or closing not in QUOTES or not all(
                self._free(m, taken) and (tokens[m].word.isalpha() or m > k and tokens[m].word in outlet_words().tails)
                and name_key(tokens[m].word) not in load_guard().function_words and not self.finder.verb_like(tokens[m])
                and not self.finder.carries_clitic(tokens[m]) and tokens[m].word not in self.cues.given_names
                for m in range(k, end)) or self.finder.participle_plural(tokens[k], definite=True):
            return None  # "نحن مستعدون للحوار": what was said; "المواطنين الكرام": people spoken to
        if end - k == 1 and not self.written_as_name(k):
            return None  # a word in quotes: "الحوار"
        if set(tokens[k].stems) & (org.product_heads | self.cues.work_nouns):
            return None  # a work's title: "فيلم الصمت الطويل"
        return Found(k, end, "organization", as_written=True) if self.speaker_cue_before(k) else None

    def speaker_cue_before(self, k: int) -> bool:
        """Does a verb of publishing or receiving or a word that credits an outlet come right before
        token k, a verb of receiving or learning with عليه between, or ل after a verb of saying, of
        publishing or a statement's noun, three words back at most? Right after a verb of saying
        the quotes hold what was said."""
        tokens, org = self.tokens, self.org
        outlets = outlet_words()

        def cue(m: int, words: frozenset[str]) -> bool:
            return m >= 0 and bool(set(tokens[m].stems) & words)

        before = k - 1
        if (tokens[before].word in ("عليه", "عليها") and tokens[before].joined
                and cue(before - 1, org.receiving_verbs | org.learning_verbs)):
            return True
        if tokens[before].word != "ل":  # not after a verb of saying: "قال "..."" quotes what was said
            word = tokens[before].word
            bare = word[1:] if word[:1] in ("و", "ف") else word  # بنشر "باتريوت" is a noun (deploying)
            return (bare in outlets.context | outlets.sources - outlets.according | org.receiving_verbs
                    and not self.finder.preposition(tokens[before]))  # عن "إلغاء": about, not from
        speaking = self.cues.verbs | outlets.context | org.statement_nouns
        return any(cue(m, speaking) and not any(tokens[n].after_break for n in range(m + 1, k))
                   for m in range(max(0, before - 3), before))

    def sovereign_body(self, k: int, taken: set[int]) -> Found | None:
        """A body named by a definite head and adjectives of the state's highest rank ("المحكمة
        العليا"، "والديوان الملكي"، "للمجلس الأعلى للقضاء"، "المحكمة الدستورية العليا")."""
        tokens, finder = self.tokens, self.finder
        if (k + 1 >= len(tokens) or not tokens[k + 1].joined or tokens[k + 1].word not in self.org.sovereign_adjectives
                or not any(s.startswith("ال") and s[2:] in self.cues.named_by_one_genitive for s in tokens[k].stems)):
            return None
        body = finder.body_from(k)
        end = max(body[0] if body else k + 2, k + 2)
        while end < len(tokens) and tokens[end].joined and tokens[end].word in self.org.sovereign_adjectives:
            end += 1  # المحكمة الدستورية العليا
        if end < len(tokens) and tokens[end].joined and not tokens[end].covered:
            end += max(self.link_after(end), finder.purpose_link(k, end, 2))  # المجلس الأعلى للقضاء
        if any(not self._free(m, taken) for m in range(k, end)):
            return None
        return Found(k, end, "organization")

    def national_body(self, k: int, taken: set[int]) -> Found | None:
        """A country's body named by a national head with the article and the country's nisba
        ("الحكومة العراقية"، "والرئاسة الفرنسية"). Not an adjective of the definite noun before it
        ("السياسة الخارجية الروسية"), nor a role's title ("وزير الخارجية الروسي"), nor a nisba that
        agrees with another noun (الخارجية الروسي: the minister's). A government is named inside a
        title and behind ب or ل too ("رئيس الحكومة اليمنية"، "وزير الصحة بالحكومة الليبية":
        organisations.yml titled_national_heads)."""
        tokens = self.tokens
        head = tokens[k]
        conjunction = head.word.startswith("وال")
        bare = next((s[2:] for s in head.stems if s.startswith("ال")), "")
        titled = bare in self.org.titled_national_heads and head.article  # بالحكومة الليبية، للحكومة اليمنية
        if not (head.plain_article or conjunction or titled) or bare not in self.org.national_heads:
            return None
        if k + 1 >= len(tokens) or not self._free(k + 1, taken) or not tokens[k + 1].joined:
            return None
        if k > 0 and head.joined and not head.after_break and not conjunction and (
                tokens[k - 1].article and head.plain_article  # behind ب or ل it is no adjective of the noun before
                or not titled and self.finder.cues_by_head.keys() & set(tokens[k - 1].stems)):
            return None
        nisba = tokens[k + 1]
        if head.written.endswith("ة") != nisba.written.endswith("ة") or not self.finder.national_nisba(nisba):
            return None
        return Found(k, k + 2, "organization", conjunction=not head.plain_article)  # its clitic read off: بالحكومة

    def venue(self, k: int, taken: set[int]) -> Found | None:
        """A sports venue named by its head without the article and one genitive with it ("على
        ملعب البيت"، "ستاد السلام"), or a bare word and its genitive ("ستاد غزل المحلة")."""
        tokens, org, c = self.tokens, self.org, self.cues
        head = tokens[k]
        if head.article or not stem_in(head, org.venue_heads) or k + 1 >= len(tokens):
            return None
        end = k + 1
        if not tokens[end].article and end + 1 < len(tokens) and tokens[end + 1].joined and tokens[end + 1].plain_article:
            if not self._free(end, taken) or self.finder.common(tokens[end]) or not tokens[end].word.isalpha():
                return None
            end += 1  # غزل المحلة
        word = tokens[end]
        if not (word.joined and word.plain_article and self._free(end, taken) and word.word.isalpha()
                and word.word not in c.common and word.word not in org.sport_words and word.word not in org.sport_not_clubs
                and not token_is_nisba(word)):
            return None
        end += 1
        if (end < len(tokens) and tokens[end].joined and not tokens[end].article and self._free(end, taken)
                and self.finder.rare(tokens[end]) and self.finder.name_word(tokens[end])):
            end += 1  # استاد المملكة أرينا: a borrowed word of the name
        return Found(k, end, "place")

    def club_by_nisba(self, k: int, taken: set[int]) -> Found | None:
        """A club named by its team's head with the article and a club's nisba, in a match report
        ("النادي الأهلي"، "النادي الإسماعيلي"); a country's nisba describes one ("النادي الإسباني")."""
        tokens = self.tokens
        head = tokens[k]
        if not (self.sports and head.plain_article and head.word[2:] in self.org.team_heads
                and self._free(k + 1, taken) and tokens[k + 1].joined and self.club_nisba(tokens[k + 1])):
            return None
        if k + 2 < len(tokens) and tokens[k + 2].joined and tokens[k + 2].plain_article:
            return None  # النادي الأهلي المصري ... is read with its heads in finder.py
        return Found(k, k + 2, "organization")

    def company_of_country(self, k: int, taken: set[int]) -> Found | None:
        """A company or an outlet named by rare words without the article and its country's nisba
        in the feminine ("سامسونج الكورية، وآبل الأمريكية"، "نيويورك تايمز الأمريكية"): a company
        (شركة) or a newspaper (صحيفة) agrees with it; a person takes the masculine (ماكرون الفرنسي)."""
        tokens, finder = self.tokens, self.finder
        conjunction = tokens[k].word.startswith("و") and tokens[k].word[1:] not in self.cues.common
        if k > 0 and tokens[k].joined and self._free(k - 1, taken) and self._brand_word(k - 1, False):
            return None  # the name starts earlier
        end = k
        while end < len(tokens) and end - k < 3 and self._free(end, taken) and (end == k or tokens[end].joined) \
                and self._brand_word(end, conjunction and end == k):
            end += 1
        if end == k or end >= len(tokens) or not tokens[end].joined:
            return None
        nisba = tokens[end]
        if not (nisba.plain_article and nisba.written.endswith("ة") and finder.national_nisba(nisba)):
            return None
        if finder.given_at(k) or (end < len(tokens) - 1 and tokens[end + 1].joined and tokens[end + 1].plain_article):
            return None  # ميركل الألمانية ...; أرامكو السعودية الحكومية: an adjective of a phrase
        return Found(k, end, "organization", conjunction=conjunction)

    def _brand_word(self, m: int, conjunction: bool) -> bool:
        token, finder = self.tokens[m], self.finder
        if conjunction:  # وآبل: the word behind و
            plain = token.plain_stems[0][1:]
            return (len(plain) > 2 and plain.isalpha() and not token.article and not token.covered
                    and plain not in self.cues.common and zipf(plain) - zipf("ال" + plain) >= self.cues.name_article_gap)
        return (finder.name_word(token) and not token.article
                and (finder.rare(token) or finder.bare_more_than_definite(token)))

    def fixtures(self) -> list[Found]:
        """The clubs of every fixtures line; they go before what the scan read there (طنطا ضد
        أسوان names two clubs, not two cities)."""
        found: list[Found] = []
        k = 0
        while k < len(self.tokens):
            pair = self.fixture(k, set())
            found.extend(pair)
            k = pair[-1].end if pair else k + 1
        return found

    def fixture(self, k: int, taken: set[int]) -> list[Found]:
        """The two clubs of a fixtures or results line in a match report: the words that open the
        line (after a time or a score) up to "ضد" or a dash, and the words after it up to the
        line's end or a comma ("البنك الأهلي ضد بيراميدز، الساعة الرابعة"، "30 : 2 طنطا – سموحة"),
        each a few words long; a line with a verb or a preposition in it is a sentence."""
        tokens, org = self.tokens, self.org
        if not (self.sports and self._opens_line(k)):
            return []
        sep = k
        while sep < len(tokens) and sep - k <= org.max_fixture_words and (sep == k or tokens[sep].joined
                                                                          or tokens[sep].gap.strip() in DASHES):
            if sep > k and tokens[sep].word in org.fixture_words:
                break
            if sep > k and (mark := tokens[sep].gap.strip()) and mark in DASHES:
                break
            sep += 1
        if sep == k or sep >= len(tokens) or sep - k > org.max_fixture_words:
            return []
        if not (tokens[sep].word in org.fixture_words or tokens[sep].gap.strip() in DASHES):
            return []
        by_word = tokens[sep].word in org.fixture_words
        second = sep + 1 if by_word else sep
        end = second
        while end < len(tokens) and (end == second and (not by_word or tokens[end].joined)
                                     or end > second and tokens[end].joined) and end - second < org.max_fixture_words:
            end += 1
        if end == second or not all(self._fixture_word(m, taken, first=m in (k, second))
                                    for m in [*range(k, sep), *range(second, end)]):
            return []
        return [Found(k, sep, "organization", named_as=org.club_head),
                Found(second, end, "organization", named_as=org.club_head)]

    def _opens_line(self, k: int) -> bool:
        """Does token k open its line, after no more than a time, a score or a list's dash?"""
        tokens = self.tokens
        while k > 0 and "\n" not in tokens[k].gap and tokens[k - 1].word.isdigit():
            k -= 1
        gap = tokens[k].gap
        return (k == 0 or "\n" in gap) and not _NOT_A_SCORE.search(gap.rsplit("\n", 1)[-1])

    def _fixture_word(self, m: int, taken: set[int], first: bool) -> bool:
        """Can token m be in a club's name on a fixtures line? A club's first word may share a
        verb's root (غزل المحلة، حرس الحدود); a verb after it ends the line's names ("تم تأجيلها")."""
        token, finder = self.tokens[m], self.finder
        return (self._free(m, taken) and token.word.isalpha() and not finder.preposition(token)
                and not finder.verb_like(token, past=not first) and token.word not in self.org.sport_words
                and token.word not in self.org.sport_not_clubs and not (finder.common(token) and zipf(token.written) >= 6))

    def _free(self, k: int, taken: set[int]) -> bool:
        return 0 <= k < len(self.tokens) and k not in taken and not self.tokens[k].covered

    def next_is_name(self, k: int) -> bool:
        """Does a name word follow token k (a person's second name)?"""
        tokens = self.tokens
        return (k + 1 < len(tokens) and tokens[k + 1].joined and not tokens[k + 1].after_break
                and self.finder.name_word(tokens[k + 1]) and not tokens[k + 1].article
                and self.finder.rare(tokens[k + 1]))

    def cued_short_name(self, k: int, taken: set[int]) -> Found | None:
        tokens, c = self.tokens, self.cues
        token = tokens[k]
        previous = k - 1 if k > 0 and token.joined and not token.after_break else None
        marked = self.marked(k)
        quoted_or_joined = previous is not None or (k > 0 and marked and len(token.gap.strip(" ")) == 1)
        before = k - 1 if quoted_or_joined else None  # the word right before, across a quote or a bracket
        # a short name in brackets or quotes after an organisation or a definite noun phrase:
        # (أوبك+)، (ناسا)، الأميركية «أبل»، موقع التواصل الاجتماعي "فيسبوك"
        bracketed = token.gap.rstrip(" ").endswith("(")
        if (marked and before is not None and (before in taken or tokens[before].plain_article
                                               and self.organisation_phrase_before(before))
                and not self.after_product(k) and self.short_name(k, c.weak_cue_zipf + 0.5)
                and (self.written_as_name(k) or before in taken or bracketed or any(q in token.gap for q in QUOTES))):
            return Found(k, k + 1, "organization")
        # an outlet's or a platform's head without the article, then its name in quotes: بموقع “فايسبوك”
        if (marked and before is not None and before not in taken and any(q in token.gap for q in QUOTES)
                and not tokens[before].article and stem_in(tokens[before], c.outlet_heads)
                and self.short_name(k, c.common_noun_zipf)):
            return Found(k, k + 1, "organization", head=before)
        # a head (of a movement, or an outlet's) then one bare word as its name: حركة حماس، موقع إنستغرام
        if (previous is not None and not marked and previous not in taken and not tokens[previous].article
                and self.short_name(k, c.common_noun_zipf) and not self.next_is_name(k)):
            if stem_in(tokens[previous], self.org.movement_heads):
                return Found(k, k + 1, "organization", head=previous)
            if stem_in(tokens[previous], c.outlet_heads) and self.written_as_name(k):
                return Found(k, k + 1, "organization", head=previous)
        # a team's head, then its name: نادي الزمالك، لنادي ريال مدريد
        if previous is not None and previous not in taken and stem_in(tokens[previous], self.org.team_heads) \
                and not tokens[previous].article:
            end = self.club_name_end(k)
            if end is not None:
                return Found(k, end, "organization", head=previous)
        # a member noun, then the organisation: المتحدث باسم حماس، مسؤولي حماس، لاعب برشلونة
        length = self.member_noun_at(k) if before is not None else 0
        if length and all(self._free(m, taken) for m in range(k - length, k)) and not token.after_comma:
            if self.short_name(k, c.common_noun_zipf) and not self.next_is_name(k):
                return Found(k, k + 1, "organization")
        if previous is not None and self.clitic_member(k):
            stripped = token.word[1:]
            if (stripped not in c.common and zipf(token.written[1:]) < c.common_noun_zipf
                    and not self.finder.gazetteer.lookup((stripped,)) and not self.next_is_name(k)):
                return Found(k, k + 1, "organization", conjunction=True)  # القيادي بحماس
        # a verb in the feminine, then one word written as a name: أعلنت ناسا
        if (previous is not None and self.feminine_verb(previous) and self.short_name(k, c.weak_cue_zipf + 0.5)
                and self.written_as_name(k) and not self.next_is_name(k)):
            return Found(k, k + 1, "organization")
        # the same word before a verb in the feminine, opening a sentence: ناسا تطلق
        if ((k == 0 or token.after_break) and k + 1 < len(tokens) and tokens[k + 1].joined
                and self.feminine_present(k + 1) and self.short_name(k, c.weak_cue_zipf + 0.5) and self.written_as_name(k)):
            return Found(k, k + 1, "organization")
        # one or two words and an outlet's tail word: صراحة نيوز، عربي بوست، وول ستريت جورنال
        for tail in (k + 1, k + 2):
            loan_tail = tail < len(tokens) and not tokens[tail].word.startswith("ال")
            if tail < len(tokens) and self.outlet_tail(tail, taken) and all(
                    self.outlet_word(m, taken, definite=m == k and loan_tail and tail == k + 1)
                    and (m == k or tokens[m].joined and "\n" not in tokens[m].gap)
                    for m in range(k, tail)):
                end = tail + 1
                if end < len(tokens) and self.outlet_nisba(end):
                    end += 1  # سكاي نيوز عربية: a nisba without the article is the name's
                return Found(k, end, "organization")
        return None

    def club_by_cue(self, k: int, taken: set[int], found: list[Found]) -> Found | None:
        """A club named by its one word in a match report, by the words around it (organisations.yml
        club_cues_before and club_cues_after: "لاعب الاتحاد"، "الفيحاء ضد النصر"، "تغلب على
        الريان") or joined by و to a club found before it or after it ("مباراة الاتحاد والهلال"), or
        by مع to a club found right before it ("يلتقي القادسية مع النجمة")."""
        tokens, org = self.tokens, self.org
        if not self.sports or not self._free(k, taken):
            return None
        conjunction = tokens[k].word.startswith("و") and not tokens[k].article or tokens[k].word.startswith("وال")
        end = self.club_word_end(k, conjunction)
        if end is None:
            return None
        after = (end < len(tokens) and not tokens[end].after_break and tokens[end].word in org.club_cues_after
                 or self.standings_row(end))
        joined_to_club = (conjunction and self.club_ends_at(k, found)) or (
            end < len(tokens) and tokens[end].joined and tokens[end].word.startswith("و")
            and self.club_named(tokens[end].word[1:], found)) or (
            not conjunction and k >= 2 and tokens[k].joined and tokens[k - 1].joined
            and tokens[k - 1].word in org.club_partner_words and self.club_ends_at(k - 1, found))
        paired = (not conjunction and end < len(tokens) and tokens[end].joined and tokens[end].word.startswith("و")
                  and self.club_cue_before(k, org.club_pair_cues))  # بين ضمك والحزم: a pair of clubs
        if self.club_cue_before(k) or after or joined_to_club or paired:
            return Found(k, end, "organization", conjunction=conjunction, named_as=self.org.club_head)
        return None

    def club_word_end(self, k: int, conjunction: bool = False) -> int | None:
        """The end of a club's one-word name at token k (behind و if `conjunction`): a word with
        the article that is no nisba, common word nor word of a match report (الاتحاد، الفيحاء),
        with its country's nisba if one follows (الأهلي المصري) or its city (الأهلي طرابلس), or a bare
        word that is no common word, place nor given name (ضمك، نيوم), with its genitive when it is
        rare and no verb (شبيبة القبائل، مولودية الجزائر)."""
        tokens, c, org = self.tokens, self.cues, self.org
        token = tokens[k]
        if token.covered or not token.word.isalpha() or token.word.isascii():
            return None
        word, plain = (token.word[1:], token.plain_stems[0][1:]) if conjunction else (token.word, token.plain_stems[0])
        if word.startswith("ال"):
            if (len(word) < 5 or word in c.common or word in org.sport_words or word in org.sport_not_clubs
                    or word[2:] in org.team_heads or (word[2:],) in c.person
                    or word.endswith(("ي", "يه", "يين", "يون")) and not self.club_nisba(token)
                    or zipf(plain) >= org.club_word_zipf
                    or self.finder.gazetteer.lookup((word,))):
                return None
            nisba = k + 1 < len(tokens) and tokens[k + 1].joined and self.finder.national_nisba(tokens[k + 1])
            if not nisba and k + 1 < len(tokens) and tokens[k + 1].joined and tokens[k + 1].plain_article and (
                    word[2:] in c.organization or token_is_nisba(tokens[k + 1])):
                if self.club_of_two_words(k):
                    return k + 2  # النجم الساحلي، الأولمبي الباجي: a word and its club's nisba
                return None  # الاتحاد الآسيوي لكرة القدم: a longer name, its head's
            if not nisba and (city := self.city_after(k)) is not None:
                return city  # الأهلي طرابلس: a club named by a word and its city
            return k + 2 if nisba else k + 1
        if conjunction:  # وبيراميدز right after a club (club_by_cue joins it to that one): a rare bare word, no verb
            return k + 1 if (len(word) >= 4 and word.isalpha() and word not in c.given_names and word not in c.common
                             and not self.finder.gazetteer.lookup((word,)) and zipf(plain) < c.rare_zipf
                             and zipf(token.written) < c.rare_zipf and stem_in(token, c.place) is None
                             and not is_present_verb(token.word) and not word.endswith(("ا", "ة"))
                             and word not in org.sport_words and "ال" + word not in org.sport_words | org.sport_not_clubs) else None
        if (len(word) < 3 or word in c.given_names or self.finder.common(token)
                or self.finder.carries_clitic(token) or self.finder.gazetteer.lookup((word,))
                or self.finder.head_at(k) is not None or self.finder.verb_like(token, past=False)
                or self.finder.adverb(token) or self.finder.possessed(token) or stem_in(token, c.place) or word in org.sport_words
                or "ال" + word in org.sport_words or "ال" + word in org.sport_not_clubs):
            return None
        if (city := self.city_after(k)) is not None and zipf(plain) < c.common_noun_zipf:
            return city  # نهضة بركان، مولودية وجدة، سريع وادي زم: a club named by a word and its city
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        if (following is not None and following.joined and following.plain_article and not following.covered
                and following.word.isalpha() and following.word not in c.common and not token_is_nisba(following)
                and following.word not in org.sport_words and following.word not in org.sport_not_clubs
                and following.word not in org.club_cues_after and self.finder.head_at(k + 1) is None):
            # شبيبة القبائل، مولودية الجزائر: a rare bare noun and its genitive, as after a team's head
            # (not a verb: "حقق الشمال فوزه" names الشمال)
            if zipf(plain) < c.rare_zipf and not self.finder.verb_like(token):
                return k + 2
            return k + 1 if zipf(plain) < c.rare_zipf else None
        return k + 1 if zipf(plain) < c.rare_zipf else None

    def club_of_two_words(self, k: int) -> bool:
        """Is the word with the article at token k and the nisba after it one club's name (النجم
        الساحلي، الأولمبي الباجي): no head of unknown.yml, a club's nisba (rare, no country's), and
        nothing after it that a longer body's name goes on with (الاتحاد الآسيوي لكرة القدم)?"""
        tokens, c = self.tokens, self.cues
        after = tokens[k + 2] if k + 2 < len(tokens) and tokens[k + 2].joined else None
        return (tokens[k].word[2:] not in c.organization and not self.finder.head_at(k)
                and self.club_nisba(tokens[k + 1]) and tokens[k + 1].word not in c.common
                and (after is None or not (after.plain_article or after.word.startswith("ل"))))

    def standings_club(self, k: int, taken: set[int]) -> Found | None:
        """The club of a standings table's row that opens at token k ("- الجيش الملكي - 20 نقطة"):
        every word up to its points, in a match report."""
        tokens = self.tokens
        if not self.sports or (k > 0 and "\n" not in tokens[k].gap):
            return None
        end = k
        while end < len(tokens) and end - k < 4 and (end == k or tokens[end].joined) and self._free(end, taken) and (
                tokens[end].word.isalpha() and not tokens[end].word.isascii()):
            end += 1
        return Found(k, end, "organization", named_as=self.org.club_head) if end > k and self.standings_row(end) else None

    def standings_row(self, end: int) -> bool:
        """Do points follow the club ending before token `end`, as in a table's row ("الوداد - 32
        نقطة")?"""
        tokens = self.tokens
        return (end + 1 < len(tokens) and tokens[end].word.isdigit() and tokens[end].gap.strip() in ("", *DASHES, ":", "|")
                and "\n" not in tokens[end].gap and tokens[end + 1].word in self.org.points_words)

    def city_after(self, k: int) -> int | None:
        """The end of a known place's name right after token k (بركان، وادي زم)."""
        tokens = self.tokens
        if k + 1 >= len(tokens) or not tokens[k + 1].joined or tokens[k + 1].word not in self.finder.gazetteer.first_words:
            return None  # the city's word as written, no clitic read off it
        place = self.finder.place_at(k + 1, known_too=True)
        return place[0] if place and place[1].kind == "city" else None

    def club_nisba(self, token) -> bool:
        """A club named by a nisba (الأهلي، الترجي): no country's, no adjective of unknown.yml, and
        rarer than the nisbas that describe (الدولي، الوطني)."""
        return (not self.finder.national_nisba(token) and not any(s in self.cues.adjectives for s in token.stems)
                and zipf(token.written) < self.org.club_nisba_zipf)

    def club_cue_before(self, k: int, phrases: tuple[tuple[str, ...], ...] | None = None) -> bool:
        """Does a club's cue end right before token k (لاعب، ضد، بمواجهة، تغلب على)? Or one of
        `phrases` instead (the cues of a pair: بين)."""
        tokens = self.tokens
        for phrase in self.org.club_cues_before if phrases is None else phrases:
            start = k - len(phrase)
            if start < 0 or any(t.after_break for t in tokens[start + 1:k + 1]):
                continue
            if phrase[0] in tokens[start].stems and [t.word for t in tokens[start + 1:k]] == list(phrase[1:]):
                return True
        return False

    def club_named(self, word: str, found: list[Found]) -> bool:
        """Is `word` the one-word name of a club found before in this text?"""
        return any(f.type == "organization" and f.end - f.start == 1 and word in self.tokens[f.start].stems
                   for f in found)

    def club_ends_at(self, k: int, found: list[Found]) -> bool:
        """Does a club's one-word name end right before token k (الاتحاد before والهلال)?"""
        return any(f.type == "organization" and f.end == k and f.end - f.start <= 2 for f in found)

    def outlet_nisba(self, k: int) -> bool:
        """A nisba without the article right after an outlet's name (سكاي نيوز عربية)."""
        token = self.tokens[k]
        return (token.joined and not token.after_break and not token.article and not token.covered
                and token.word.isalpha() and len(token.word) >= 4 and token.word.endswith(("ي", "يه"))
                and not self.finder.common(token)
                and self.finder.gazetteer.lookup((token.word,)) is None and zipf(token.written) >= self.cues.rare_zipf)

    def outlet_number(self, k: int) -> bool:
        """A number right after an outlet's name that ends its clause (جريدة الأخبار 24): the name's,
        as the outlets' tail 24 is (outlet_words); "24 ساعة" counts."""
        tokens = self.tokens
        if (k >= len(tokens) or not tokens[k].joined or "\n" in tokens[k].gap or not tokens[k].word.isdigit()
                or tokens[k - 1].word.isdigit()):
            return False
        if k + 1 < len(tokens) and tokens[k + 1].word.isdigit():
            return False  # 05/23: a date on the next words
        return k + 1 >= len(tokens) or not tokens[k + 1].joined or tokens[k + 1].word in outlet_words().tails

    def outlet_tail(self, k: int, taken: set[int]) -> bool:
        token = self.tokens[k]
        return token.joined and token.word.isalpha() and token.word in outlet_words().tails and self._free(k, taken)

    def outlet_word(self, k: int, taken: set[int], definite: bool = False) -> bool:
        """A word of an outlet's name before its tail: bare, no common word nor clitic; the first
        word before a tail borrowed from English may have the article (الجديد برس، الصحراء ميديا),
        not before an Arabic one (النشرة الإخبارية is a bulletin)."""
        token, c = self.tokens[k], self.cues
        if definite and token.plain_article:  # a nisba too before a borrowed tail: المغربية أنفو، السودانية نيوز
            return self._free(k, taken) and token.word.isalpha() and token.word not in c.common
        return (self._free(k, taken) and token.word.isalpha() and not token.article
                and not self.finder.carries_clitic(token) and token.word not in c.common
                and not self.finder.adverb(token) and not self.finder.verb_like(token, past=False)
                and zipf(token.written) < c.common_noun_zipf
                and not {(token.word,), ("ال" + token.word,)} & set(c.person))  # مراسل دام برس: a role, then the outlet

    def organisation_phrase_before(self, k: int) -> bool:
        """Does the definite noun phrase ending at token k start with an organisation's or an
        outlet's head ("منظمة الأمم المتحدة للطفولة", "إدارة الطيران والفضاء الأميركية", "موقع
        التواصل الاجتماعي")? Then a word in brackets or quotes after it is the organisation's short
        name, not a disease's (متلازمة الشرق الأوسط التنفسية "ميرس") or a programme's."""
        heads = self.cues.organization | self.cues.outlet_heads | self.org.acronym_heads
        m = k
        while m >= 0 and k - m < 6:
            if stem_in(self.tokens[m], heads):
                return True
            if not self.tokens[m].joined:
                break
            m -= 1
        return False

    def club_name_end(self, k: int) -> int | None:
        """The end of a club's name after a team's head at k-1: one word with the article that
        is no nisba nor common word (الزمالك، الهلال) with its country's nisba if one follows
        (العين الإماراتي), or a bare word that is no place, and a city after it (ريال مدريد):
        "نادي قطر" is a club named by its country, whose name is not the country alone."""
        tokens, c = self.tokens, self.cues
        token = tokens[k]
        if token.covered or not token.word.isalpha() or not self.sports:
            return None
        if token.plain_article:
            ok = ((not token_is_nisba(token) or self.club_nisba(token)) and token.word not in c.common
                  and zipf(token.written) < self.org.club_word_zipf
                  and (token.word,) not in c.person)  # فريق المدرب الفرنسي: the coach's team
            if not ok or self.finder.head_at(k) is not None and self.club_word_end(k) is None:
                return None  # فريق الاتحاد: a head's word names a club when no genitive of its own follows
            nisba = k + 1 < len(tokens) and tokens[k + 1].joined and self.finder.national_nisba(tokens[k + 1])
            return k + 2 if nisba else k + 1  # العين الإماراتي، الشرطة العراقي: the club of that country
        if not token.article and (city := self.city_after(k)) is not None and self.finder.head_at(k) is None:
            return city  # نادي سريع وادي زم
        end = k
        while (end < len(tokens) and end - k < 2 and (end == k or tokens[end].joined) and not tokens[end].article
               and tokens[end].word.isalpha() and not tokens[end].covered and tokens[end].word not in c.common
               and (self.finder.gazetteer.lookup((tokens[end].word,)) if end > k
                    else zipf(tokens[end].written) < c.common_noun_zipf and not self.finder.gazetteer.lookup((token.word,)))):
            end += 1
        if end == k or self.finder.head_at(k) is not None or self.finder.verb_like(token, past=False):
            return None
        following = tokens[end] if end == k + 1 and end < len(tokens) else None
        if (following is not None and following.joined and following.plain_article and not following.covered
                and not token_is_nisba(following) and following.word not in self.org.sport_words
                and following.word not in self.org.sport_not_clubs and self.finder.head_at(end) is None):
            return end + 1  # فريق حرس الحدود، فريقا طنطا وطلائع الجيش: a bare noun and its genitive
        return end

    def second_nouns_end(self, k: int, start: int) -> int:
        """The end of the nouns joined by و to an organisation's genitive that ends before token k
        (وزارة الداخلية واللامركزية، وزارة الخارجية والتعاون الدولي): one body named by two nouns,
        unless a country's nisba closed the name or the noun is a head of its own ("وزارة الخارجية
        الليبية والحكومة": two bodies) or a place ("مجلس التعاون الخليجي والصين": the body and a
        country)."""
        tokens, c = self.tokens, self.cues
        end = k
        while (end < len(tokens) and end - start < c.max_words and tokens[end].joined and not tokens[end].covered
               and tokens[end].word.startswith(("وال", "فال")) and len(tokens[end].word) > 5
               and tokens[end - 1].plain_article and not self.finder.national_nisba(tokens[end - 1])
               and not token_is_nisba(tokens[end]) and self.finder.head_at(end) is None and tokens[end].stems[-1] not in c.common
               and self.finder.place_at(end) is None and not self.role_beside(end)):
            end += 1
            while (end < len(tokens) and end - start < c.max_words and tokens[end].joined and tokens[end].plain_article
                   and token_is_nisba(tokens[end]) and not tokens[end].covered):
                end += 1  # والتعاون الدولي، والصيد البحري
        return end

    def role_beside(self, k: int) -> bool:
        """Is token k (و and a noun with the article) a person's role beside the body (رئيس مجلس الوزراء
        والوزراء: the ministers, a role of person_cues) or the noun before it said again?"""
        tokens = self.tokens
        noun = tokens[k].word[1:]
        return (noun == tokens[k - 1].word or self.finder.role_behind_and(tokens[k])
                or any((stem,) in self.cues.person for stem in (noun, noun[2:])))

    def link_after(self, k: int) -> int:
        """Length in words of a genitive with ل that belongs to an organisation's name at token k
        (للأنباء، لكرة القدم: unknown.yml's organization_links), or 0."""
        tokens = self.tokens
        for phrase in self.cues.organization_links:
            if tuple(t.word for t in tokens[k:k + len(phrase)]) == phrase and all(t.joined for t in tokens[k + 1:k + len(phrase)]):
                return 0 if SENTENCE_BREAK.search(tokens[k].gap) else len(phrase)
        return 0

    def ends_an_organisation(self, place: Found, found: list[Found]) -> bool:
        """Is this place the last word of an organisation's name found elsewhere in the text, and
        written with it here ("ريال مدريد" after "نادي ريال مدريد": not Madrid)? The name is
        compared with and without its head."""
        if place.type != "place" or place.end - place.start != 1:
            return False
        tokens = self.tokens
        for f in found:
            if f.type != "organization" or f.end - f.start < 2:
                continue
            starts = (f.start, f.start + 1) if self.finder.head_at(f.start) else (f.start,)
            for start in starts:
                n = f.end - start
                if n < 2 or place.start - n + 1 < 0 or tokens[f.end - 1].word != tokens[place.start].word:
                    continue
                here = tokens[place.start - n + 1:place.end]
                if all(t.joined for t in here[1:]) and here[0].stems[-1] == tokens[start].stems[-1] and all(
                        a.word == b.word for a, b in zip(here[1:], tokens[start + 1:f.end])):
                    return True
        return False

    def a_persons_own(self, organisation: Found, found: list[Found]) -> bool:
        """Is this a head before the family name of a person the text names (حزب شولتس after
        المستشار أولاف شولتس: his party, not a party named شولتس)?"""
        if organisation.type != "organization":
            return False
        if organisation.head is None:  # حزب شولتس read as a head and its rare word
            if organisation.end - organisation.start != 2 or self.finder.head_at(organisation.start) is None:
                return False
        elif organisation.end - organisation.start != 1:
            return False
        surnames = {self.tokens[f.end - 1].word for f in found if f.type == "person" and f.end - f.start >= 2}
        return any(stem in surnames for stem in self.tokens[organisation.end - 1].stems)

    def after_product(self, k: int) -> bool:
        """Does a product's or a work's head stand within the two words before token k?"""
        return any(stem_in(self.tokens[m], self.org.product_heads) for m in range(max(0, k - 3), k))

def with_organisations(finder: Finder, found: list[Found], sports: bool) -> list[Found]:
    """What finder.py's scan found in one text, with the organisations this module reads;
    `sports`: the text is a match report (`match_report`, decided once per text)."""
    reader = _Reader(finder, sports)
    named = [f for f in map(reader.named_after_person, range(len(reader.tokens))) if f is not None]
    if named:  # their words are no person's, nor another organisation's
        inside = {k for f in named for k in range(f.start, f.end)}
        kept = []
        for f in found:
            words = range(f.head if f.head is not None else f.start, f.end)
            if inside.isdisjoint(words):
                kept.append(f)
            elif f.type == "person" and f.end - max(inside.intersection(words)) > 2:
                kept.append(Found(max(inside.intersection(words)) + 1, f.end, "person"))  # جامعة القاضي عياض محمد مرزاق: its head
        found = kept + named
    fixtures = reader.fixtures()
    on_fixtures = {k for f in fixtures for k in range(f.start, f.end)}
    kept = [f for f in (reader.refine(f) for f in found) if f is not None
            and not on_fixtures.intersection(range(f.head if f.head is not None else f.start, f.end))]
    taken = {k for f in kept for k in range(f.head if f.head is not None else f.start, f.end)} | on_fixtures
    scanned = reader.scan(taken)
    named = {k for f in scanned if f.type == "organization" for k in range(f.start, f.end)}
    kept = [f for f in kept if f.type != "place" or named.isdisjoint(range(f.start, f.end))]  # المصدر: الجزيرة
    kept = sorted(kept + fixtures + scanned, key=lambda f: f.start)
    # Longer names read over what was found, in this order (each pass sees the ones before it).
    for longer_names in (reader.with_seats, reader.with_dual_heads, reader.with_organs, reader.with_local_governments,
                         reader.with_embassies, reader.with_chambers, reader.with_un_bodies, reader.with_regional_seats,
                         reader.with_states_of_a_region, reader.with_enclosed_parties):
        kept = longer_names(kept)
    return [f for f in kept if not reader.ends_an_organisation(f, kept) and not reader.a_persons_own(f, kept)]
