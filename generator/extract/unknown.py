"""Discovery: the people, organisations, places and agreements that the registry does not
know yet, proposed so that a maintainer can add them.

A name is proposed where Arabic news prose marks one (generator/data/unknown.yml):
- a role before it, with its complements and nisba adjectives ("وزير الخارجية المصري سامح
  شكري", "الأمين العام للأمم المتحدة أنطونيو غوتيريش"); the same roles after a name and a
  comma (apposition: "مصطفى الكاظمي، رئيس حكومة ...");
- a verb of saying right before or after it ("قال جون كيربي", "سامح شكري قال");
- a head noun before an organisation or an agreement ("قوات الدعم السريع", "حركة "النهضة"");
- a place word before a place ("بمدينة أم درمان", "العاصمة البريطانية لندن"), and every
  country, territory and city CLDR names (generator/extract/places.py).
Where a name ends is read from general Arabic word frequencies (wordfreq): past its second
word only particles (بن، آل، أبو، عبد) and rare words go on with a name; a word that is a
frequent stem behind و ف ب ل ك carries a clitic and ends it. A name that a cue marked once
is then counted everywhere in the archive, and a person's surname alone counts toward the
full name seen in the same text. Precision first: a person needs two words.
Beside the cues, a sequence tagger learned from hand-annotated news (name_tagger.py) adds names
no cue marks; its candidates get the same last look (proposal_guard.checked) as the cues'.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable

from generator.data import DATA_DIR, read_yaml
from generator.extract.agency_credits import with_agency_credits
from generator.extract.dates.lexicon import section as date_section
from generator.extract.finder import Cues, Finder, VerbPrefixes, name_key, name_skeleton, stem_in, written_span
from generator.extract.local_places import with_local_places
from generator.extract.name_tagger import with_tagged
from generator.extract.organisations import match_report, with_organisations
from generator.extract.proposal_guard import checked, written_as_place
from generator.model import Article, Mention
from generator.text.given_names import GIVEN_NAMES, load_given_names
from generator.text.name_guard import only_a_common_word, why_not_a_name
from generator.text import orthography
from generator.text.analysis import AnalysedText, analyse
from generator.text.orthography import fold

DATA = DATA_DIR
MAX_EXAMPLES = 3
OUTLET_QUALIFIER = "وسيلة إعلام"  # what a credit line's outlet of one common word is, beside its name


@dataclass(frozen=True)
class Proposal:
    """A name found in the archive that no registry entry matches."""

    name: str  # as written, without clitics
    type: str  # person, organization, place or agreement
    count: int
    examples: tuple[str, ...]  # sentences where it occurs, first ones first
    sources: tuple[str, ...] = ()
    role: str | None = None  # the title before it, when there was one
    spellings: tuple[str, ...] = ()  # other ways the texts write it
    name_en: str | None = None  # known for places (CLDR); None for the others
    # A body named by its head and one genitive (وزارة الصحة), which every government has: the one
    # state its text ties it to, CLDR's English and Arabic names ("Jordan", "الأردن").
    state: str | None = None
    state_name: str | None = None
    # An outlet's name that is a very common word (الحقيقة), read where a credit line signs the news:
    # the registry names it with what it is, as the word alone would link every text that has it.
    credit: bool = False

    @property
    def example(self) -> str:
        return self.examples[0] if self.examples else ""

    @property
    def registry_name(self) -> str:
        """The name its registry file gives it: with its state for a body every government has."""
        if self.credit:
            return f"{self.name} ({OUTLET_QUALIFIER})"
        return f"{self.name} ({self.state_name})" if self.state_name else self.name


@functools.lru_cache(maxsize=None)
def load_cues(path: Path = DATA / "unknown.yml", given_path: Path = GIVEN_NAMES,
              agencies_path: Path = DATA / "agencies.yml") -> Cues:
    data = read_yaml(path)
    agencies = read_yaml(agencies_path)
    given = load_given_names(given_path)

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in data.get(key) or ())

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted({tuple(fold(p).split()) for p in data[key]}, key=len, reverse=True))

    return Cues(
        person=phrases("person_cues"),
        verbs=words("reporting_verbs"),
        match_verbs=words("match_verbs"),
        scorer_prepositions=phrases("scorer_prepositions"),
        match_objects=words("match_objects"),
        match_object_links=words("match_object_links"),
        organization=words("organization_cues"),
        agreement=words("agreement_cues"),
        organization_links=phrases("organization_links"),
        place=words("place_cues"),
        place_openers=words("place_openers"),
        particles=words("name_particles"),
        honorifics=words("honorifics"),
        name_titles=words("name_titles"),
        day_words=words("day_words"),
        object_noun_zipf=float(data["object_noun_zipf"]),
        heading_line_words=int(data["heading_line_words"]),
        article_names=words("article_names"),
        linking=words("linking_words"),
        agreeing_adjectives=words("agreeing_adjectives"),
        adjectives=words("adjectives"),
        common=words("common_words"),
        written_with_alef_maqsura=frozenset(fold(w) for w in data["common_words"] if str(w).endswith("ى")),
        rare_zipf=float(data["rare_zipf"]),
        construct_zipf=float(data["construct_zipf"]),
        clitic_margin=float(data["clitic_margin"]),
        adverb_stem_zipf=float(data["adverb_stem_zipf"]),
        weak_cue_zipf=float(data["weak_cue_zipf"]),
        max_words=int(data["max_name_words"]),
        min_person_words=int(data["min_person_words"]),
        given_names=given.all,
        arab_given_names=given.arab,
        given_names_alone=given.all - given.also_words,
        credit_given_names=given.all - (given.also_words - given.commonest),
        given_name_next_zipf=float(data["given_name_next_zipf"]),
        common_genitive_zipf=float(data["common_genitive_zipf"]),
        list_item_zipf=float(data["list_item_zipf"]),
        company_tails=words("company_tails"),
        participle_plural_zipf=float(data["participle_plural_zipf"]),
        credit_line_words=int(data["credit_line_words"]),
        common_noun_zipf=float(data["common_noun_zipf"]),
        organization_descriptors=words("organization_descriptors") | words("time_descriptors"),
        kind_adjectives=frozenset((fold(str(head)), fold(str(adjective)))
                                  for head, adjectives in (data.get("name_kind_adjectives") or {}).items()
                                  for adjective in adjectives),
        kind_descriptors=frozenset((fold(str(head)), fold(str(adjective)))
                                   for head, adjectives in (data.get("name_kind_descriptors") or {}).items()
                                   for adjective in adjectives),
        time_relations=frozenset(fold(name) for names in date_section("shared")["relations"].values()
                                 for name in names if " " not in name),
        outlet_heads=words("outlet_heads"),
        facilities=words("facility_cues"),
        facilities_with_final_ya=frozenset(fold(str(w)) for w in data["facility_cues"] if str(w).endswith("ي")),
        facility_verbal_nouns=words("facility_verbal_nouns"),
        division_verbal_nouns=words("division_verbal_nouns"),
        verbal_noun_heads=words("verbal_noun_heads"),
        number_words=words("number_words"),
        landmarks=words("landmark_cues"),
        name_after_common_head_zipf=float(data["name_after_common_head_zipf"]),
        divisions=words("division_cues"),
        agreement_before_place=words("agreement_before_place_cues"),
        named_with=words("named_with_place_cues"),
        districts=words("district_cues") | words("district_body_cues"),
        district_bodies=words("district_body_cues"),
        rare_word_districts=words("district_cues"),
        brand_heads=words("brand_heads"),
        company_kinds=words("company_kinds"),
        category_heads=words("category_heads"),
        trade_heads=words("trade_heads"),
        lineage_particles=words("lineage_particles"),
        filiation_particles=words("filiation_particles"),
        bare_name_gap=float(data["bare_name_gap"]),
        line_labels=words("line_labels"),
        byline_labels=words("byline_labels"),
        unit_heads=words("unit_heads"),
        office_heads=words("office_heads"),
        final_particles=words("final_particles"),
        definite_particles=words("definite_particles"),
        family_titles=words("family_titles"),
        verb_present_zipf=float(data["verb_present_zipf"]),
        verb_prefixes=VerbPrefixes(**{key: tuple(value) if isinstance(value, list) else value
                                      for key, value in data["verb_prefixes"].items()}),
        name_article_gap=float(data["name_article_gap"]),
        noun_zipf=float(data["noun_zipf"]),
        squad_labels=phrases("squad_labels"),
        speaker_followers=words("speaker_followers"),
        person_nouns=words("person_nouns"),
        relative_nouns=words("relative_nouns"),
        age_words=words("age_words"),
        named_by_one_genitive=words("named_by_one_genitive"),
        member_plurals=words("member_plurals"),
        purpose_min_letters=int(data["purpose_min_letters"]),
        title_genitives=words("title_genitives"),
        clitic_stem_zipf=float(data["clitic_stem_zipf"]),
        conjunction_margin=float(data["conjunction_margin"]),
        conjunction_margin_alone=float(data["conjunction_margin_alone"]),
        list_openers=words("list_openers"),
        list_quantifiers=words("list_quantifiers"),
        list_pronouns=words("list_pronouns"),
        titles_before_full_names=words("titles_before_full_names"),
        rank_qualifiers=words("rank_qualifiers"),
        kunya_particles=words("kunya_particles"),
        seated_heads=words("seated_heads"),
        state_bodies=phrases("state_bodies"),
        purpose_after_place_heads=words("purpose_after_place_heads"),
        purpose_not_nouns=words("purpose_not_nouns"),
        purpose_elatives=words("purpose_elatives"),
        purpose_nouns_with_an=words("purpose_nouns_with_an"),
        seat_links=words("seat_links"),
        affairs_links=words("affairs_links"),
        deputy_titles=phrases("deputy_titles"),
        credit_max_words=int(data["credit_max_words"]),
        credit_sentence_words=int(data["credit_sentence_words"]),
        after_name_descriptors=words("after_name_descriptors") | words("time_descriptors"),
        regnal_ordinals=words("regnal_ordinals"),
        regnal_names=words("regnal_names"),
        nisba_feminine_zipf=float(data["nisba_feminine_zipf"]),
        club_heads=words("club_heads") | words("city_club_heads"),
        city_club_heads=words("city_club_heads"),
        competition_heads=words("competition_heads"),
        club_tails=words("club_tails"),
        work_nouns=words("work_nouns"),
        time_descriptors=words("time_descriptors"),
        glued_word_zipf=float(data["glued_word_zipf"]),
        unseen_zipf=float(data["unseen_zipf"]),
        noun_phrase_zipf=float(data["noun_phrase_zipf"]),
        common_phrase_zipf=float(data["common_phrase_zipf"]),
        phrase_genitive_zipf=float(data["phrase_genitive_zipf"]),
        credit_short_names=frozenset(fold(n) for n in agencies["national_credits"]),
        credit_source_labels=frozenset(fold(n) for n in agencies["source_labels"]),
        credit_told_words=frozenset(fold(n) for n in agencies["told_words"]),
    )


def _proposal_key(proposal: Proposal) -> str:
    """Places CLDR knows meet by their English name (فلسطين / دولة فلسطين); others by spelling."""
    if proposal.state:  # every government's وزارة الصحة: one proposal per state
        return f"{proposal.type}:{name_key(proposal.name)}:{proposal.state}"
    if proposal.type in ("place", "organization") and proposal.name_en:
        return f"{proposal.type}:{proposal.name_en}"
    return name_key(proposal.name)


def _merge(known: Proposal, other: Proposal) -> Proposal:
    """One proposal from two sightings: counts added, examples, spellings and sources kept."""
    spellings = tuple(dict.fromkeys((*known.spellings, other.name, *other.spellings)))
    return replace(
        known,
        count=known.count + other.count,
        examples=tuple(dict.fromkeys((*known.examples, *other.examples)))[:MAX_EXAMPLES],
        sources=tuple(dict.fromkeys((*known.sources, *other.sources))),
        role=known.role or other.role,
        spellings=tuple(s for s in spellings if s != known.name),
        name_en=known.name_en or other.name_en,
    )


# --- One text, the archive ----------------------------------------------------------------


@dataclass
class _Text:
    source: str
    analysed: AnalysedText
    finder: Finder
    places_only: bool = False  # a dateline taken out of the text: read for its place alone

    @property
    def text(self) -> str:
        return self.analysed.text

    def sentence(self, token: int) -> str:
        s, e = self.analysed.sentence_at(self.finder.tokens[token].start)
        return self.text[s:e]


def _article_text(item) -> tuple[str, str, int]:
    """(source, text, where the body starts in it) of an Article, a (source, title, body) or a
    (source, body) tuple: the title is read with the body, on a line of its own before it."""
    if isinstance(item, Article):
        title, body, source = item.title, item.body, item.path
    elif len(item) == 3:
        source, title, body = item
    else:
        (source, body), title = item, ""
    return (source, f"{title}\n{body}", len(title) + 1) if title else (source, body, 0)


def _proposals_in(doc: _Text) -> list[tuple[Proposal, tuple[str, ...], bool]]:
    """(proposal, folded words, found on a credit line) of every cue in one text."""
    out = []
    cues = doc.finder.cues
    sports = match_report(doc.finder.tokens)  # decided once: both readers ask it
    found_all = with_tagged(doc.finder, with_agency_credits(doc.finder, with_local_places(
        doc.finder, with_organisations(doc.finder, doc.finder.find(), sports), sports)))
    for found in checked(doc.finder, found_all):
        name = written_span(doc.text, doc.finder.tokens, found.start, found.end, cues, found.conjunction,
                        person=found.type == "person" or found.as_written)
        place = found.place
        joined = ()
        if found.type == "place" and place is not None and written_as_place(name, place.name):
            if " " in place.name and " " not in name:
                joined = (name,)  # ابوقرقاص: the joined spelling, counted too
            name = place.name  # CLDR's spelling (with its diacritics) for the registry
        with_head = joined + (() if found.head is None else (
            written_span(doc.text, doc.finder.tokens, found.head, found.end, cues),))
        if found.short is not None:
            with_head += (written_span(doc.text, doc.finder.tokens, found.short, found.end, cues),)
        if found.named_as is not None:
            with_head += (f"{found.named_as} {name}",)
        if found.spelling_end is not None:
            with_head += (written_span(doc.text, doc.finder.tokens, found.start, found.spelling_end, cues, found.conjunction),)
        proposal = Proposal(name, found.type, 0, (doc.sentence(found.start),), (doc.source,), found.role,
                            with_head, place.name_en if place else None,
                            found.state.name_en if found.state else None, found.state.name if found.state else None)
        out.append((proposal, tuple(orthography.name_key(name).split()), found.credit_line))
    return out


def discover(items: Iterable, matcher) -> list[Proposal]:
    """Every name the registry does not know, over the archive (Articles or (source, title,
    body) tuples): found by a cue somewhere, counted everywhere. Most frequent first."""
    cues = load_cues()
    docs = []
    for item in items:
        source, text, body_start = _article_text(item)
        texts = [(text, body_start, False)]
        if isinstance(item, Article) and item.dateline:
            # The dateline taken out of a pasted text ("بنغازي 14 مايو 2024") names where the news was
            # written: it is read alone (the lines around it change nothing of the rest), for its
            # place only: its other words are a date, a clock time, a page's section ("صيداويات -").
            texts.append((item.dateline, 0, True))
        for text, body_start, places_only in texts:
            analysed_text = analyse(text)  # once: the matcher, the finder and the examples read it
            mentions = matcher.find(analysed_text) if matcher else []
            docs.append(_Text(source, analysed_text, Finder(analysed_text, mentions, cues, body_start), places_only))
    cued: dict[str, Proposal] = {}
    words_of: dict[str, tuple[str, ...]] = {}
    spellings_of: dict[str, list[tuple[str, ...]]] = {}
    # An outlet's name that is a very common word, where a credit line signs the news ("الحقيقة /
    # نواكشوط /"): kept from those lines alone, and counted there only, not wherever the word is.
    credits: dict[str, Proposal] = {}
    for doc in docs:
        for proposal, words, credit_line in _proposals_in(doc):
            if doc.places_only and proposal.type != "place":
                continue
            key = _proposal_key(proposal)
            if credit_line and only_a_common_word(proposal.name):
                proposal = replace(proposal, count=1, credit=True)
                credits[key] = _merge(credits[key], proposal) if key in credits else proposal
                continue
            if key in cued:
                cued[key] = _merge(cued[key], replace(proposal, examples=()))
                if words not in spellings_of[key]:
                    spellings_of[key].append(words)
            else:
                cued[key], words_of[key], spellings_of[key] = proposal, words, [words]
    # A name the registry has that the matcher did not see where it was written (a quote
    # between its words: مجمع "سوناطراك") is not proposed again.
    known = {name_key(n) for e in getattr(matcher, "entities", ()) for n in (e.name, *e.aliases)}
    # Nor a name the registry would refuse (too short, a function word, a very common word),
    # unless a spelling with its head is not refused: "نادي الاتحاد" for الاتحاد, which is a word
    # too; only that spelling is counted.
    for key in [k for k, p in cued.items() if why_not_a_name(p.name)]:
        words = len(cued[key].name.split())
        longer = next((s for s in cued[key].spellings if len(s.split()) == words + 1 and not why_not_a_name(s)
                       and name_key(cued[key].name) in name_key(s)), None)
        if longer is None:
            continue
        cued[key] = replace(cued[key], name=longer, spellings=tuple(s for s in cued[key].spellings if s != longer))
        words_of[key] = tuple(orthography.name_key(longer).split())
        spellings_of[key] = [words_of[key]]
    # A spelling counts (مجمع سوناطراك in the registry: سوناطراك, its brand, is the same one).
    for key in [k for k, p in cued.items() if any(name_key(s) in known for s in (p.name, *p.spellings))
                or p.state_name and name_key(p.registry_name) in known  # as suggest --write names it
                or why_not_a_name(p.name)]:
        del cued[key], words_of[key], spellings_of[key]
    for key, proposal in credits.items():
        if key not in cued and not {name_key(proposal.name), name_key(proposal.registry_name)} & known:
            cued[key], words_of[key], spellings_of[key] = proposal, (name_key(proposal.name),), []
    # Nor a person's family name alone where a text that names him has the full name (وقال جيرارد
    # after ستيفن جيرارد): one person, whose surname is counted toward the full name.
    texts_of_surname: dict[str, set] = {}  # the last word of each longer person proposal -> its texts
    for key, proposal in cued.items():
        if proposal.type == "person" and len(words_of[key]) > 1:
            texts_of_surname.setdefault(words_of[key][-1], set()).update(proposal.sources)
    for key in [k for k, p in cued.items() if p.type == "person" and len(words_of[k]) == 1
                and texts_of_surname.get(words_of[k][0], set()) & set(p.sources)]:
        del cued[key], words_of[key], spellings_of[key]
    return _count_everywhere(docs, cued, words_of, spellings_of)


def _count_everywhere(docs: list[_Text], cued: dict[str, Proposal], words_of: dict[str, tuple[str, ...]],
                      spellings_of: dict[str, list[tuple[str, ...]]]) -> list[Proposal]:
    """Each cued name counted at every place the archive writes it (in any of the spellings
    its cues saw), and a person's surname alone where the same text has the full name."""
    by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    skeleton = name_skeleton()
    for key, spellings in spellings_of.items():
        for words in dict.fromkeys(tuple(skeleton(w) for w in spelling) for spelling in spellings):
            by_first.setdefault(words[0], []).append((key, words))
    for entries in by_first.values():
        entries.sort(key=lambda entry: -len(entry[1]))  # stable: of two as long, the one cued first
    counts = {key: 0 for key in cued}
    sources: dict[str, list[str]] = {key: [] for key in cued}
    examples: dict[str, list[str]] = {key: [] for key in cued}
    for doc in docs:
        tokens = doc.finder.tokens
        skeletons = [skeleton(t.word) for t in tokens]  # دميتري and ديمتري meet
        in_text: dict[str, None] = {}  # in the order the text names them: a set's order changes from run to run
        i = 0
        while i < len(tokens):
            hit, length = None, 0
            if not tokens[i].covered:
                for stem in tokens[i].stems:
                    for key, words in by_first.get(skeleton(stem), ()):
                        if cued[key].state and not _of_state(doc, cued[key].state):
                            continue  # Jordan's وزارة الصحة is not counted in a text about Egypt
                        if tuple(skeletons[i + 1:i + len(words)]) == words[1:] and all(
                                t.joined and not t.covered for t in tokens[i + 1:i + len(words)]):
                            hit, length = key, len(words)
                            break
                    if hit:
                        break
            if hit:
                counts[hit] += 1
                in_text.setdefault(hit)
                if doc.source not in sources[hit]:
                    sources[hit].append(doc.source)
                if len(examples[hit]) < MAX_EXAMPLES and (sentence := doc.sentence(i)) not in examples[hit]:
                    examples[hit].append(sentence)
                i += length
                continue
            i += 1
        _count_surnames(doc, in_text, cued, words_of, counts)
    result = []
    for key, proposal in cued.items():
        result.append(replace(proposal, count=max(counts[key], proposal.count, 1),
                              examples=tuple(dict.fromkeys((*examples[key], *proposal.examples)))[:MAX_EXAMPLES],
                              sources=tuple(dict.fromkeys((*sources[key], *proposal.sources)))))
    return sorted(result, key=lambda p: (-p.count, p.type, p.name))


def _of_state(doc: _Text, state: str) -> bool:
    """Does the text name that state, and no other?"""
    return [place.name_en for place in doc.finder.states()] == [state]


def _count_surnames(doc: _Text, in_text: dict[str, None], cued, words_of, counts) -> None:
    """"شكري" alone after "سامح شكري" in the same text is one more mention of him (of the
    first the text names, when two full names end with it)."""
    surnames: dict[str, str] = {}
    for key in in_text:
        words = words_of[key]
        if cued[key].type == "person" and len(words) > 1 and len(words[-1]) >= 3:
            surnames.setdefault(words[-1], key)
    if not surnames:
        return
    tokens = doc.finder.tokens
    for i, token in enumerate(tokens):
        stem = stem_in(token, surnames)
        if stem is None or token.covered:
            continue
        key = surnames[stem]
        words = words_of[key]
        skeleton = name_skeleton()
        inside_full = i >= len(words) - 1 and tuple(skeleton(t.word) for t in tokens[i - len(words) + 1:i]) == tuple(
            skeleton(w) for w in words[:-1])
        if not inside_full:
            counts[key] += 1


def find_unknown_names(text: str, mentions: list[Mention], source: str = "") -> list[Proposal]:
    """Names in one text that the registry did not match (`mentions`), with their counts."""
    return discover([(source, text)], _Fixed(mentions))


class _Fixed:
    """A matcher that gives back mentions already found."""

    def __init__(self, mentions):
        self.mentions = list(mentions)

    def find(self, text):
        return self.mentions


def suggest(texts: Iterable, matcher) -> list[Proposal]:
    """Unknown names over (source, body) pairs, (source, title, body) triples or Articles:
    most frequent first (the archive-wide name of discover, kept for callers)."""
    return discover(texts, matcher)
