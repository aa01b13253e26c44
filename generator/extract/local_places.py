"""Towns, villages and neighbourhoods that no gazetteer names, read by where the news puts them
(discovery's cues for places, over what finder.py's scan found in one text):

- a town and the larger place it is in: "في بلفاست بأيرلندا الشمالية", "في كيب كنافيرال بولاية
  فلوريدا", "وتقوع في بيت لحم", "بالمشرية (ولاية النعامة)", "بلدات دورا جنوبها": a rare word after
  a preposition of place, then ب or في and a known place or a word for a division;
- the items of a list after a plural place word: "بلدات دورا وتقوع وعزون", "قرى X وY";
- a dateline: a rare word opening a line before a dash and an agency's credit ("سول - د ب أ -");
- the other items of a list that names a known place, joined by و, a comma or a dash: a list's
  items are of one kind ("في بغداد وكربلاء المقدسة وبابل"، "جازان، عسير، الباحة، ومكة المكرمة"،
  "القاهرة – القليوبية – الدقهلية"), so a word rarer than weak_cue_zipf there is a place;
- a quarter, a camp or a street with its head, which is part of its name ("حي القلعة"، "مخيم
  شعفاط"، "شارع فلسطين"، "شارع محمد الخامس").

The words are data (generator/data/places.yml `local_places`; the place words are unknown.yml's).
Once a cue found a town, unknown.py counts it wherever the archive writes it.
"""
from __future__ import annotations

from dataclasses import replace

from generator.extract.dates.tense import is_present_verb
from generator.extract.places import Place, load_local_place_cues, noun_of_general_arabic
from generator.extract.finder import DATELINE_SEPARATOR, QUOTES, SENTENCE_BREAK, Found, Finder, quote_only, token_is_nisba, stem_in, zipf
from generator.text.orthography import remove_diacritics
from generator.text.orthography import (DASHES, NISBA_ENDINGS, NISBA_PLURAL_ENDINGS, PROCLITIC_CONJUNCTIONS, PROCLITICS,
                                        SOUND_PLURAL_ENDINGS,
                                        THIRD_PERSON_ENDINGS)

_LIST_SEPARATORS = frozenset(("،", ",", *DASHES))  # between a list's items, besides و
_DIRECTION_ADJECTIVES = 2  # a direction, then the one between two (إقليم الجنوب الغربي)


class _Reader:
    def __init__(self, finder: Finder, sports: bool):
        self.finder = finder
        self.tokens = finder.tokens
        self.cues = finder.cues
        self.local = load_local_place_cues()
        self.sports = sports  # a match report, where a city names its club too

    def town_word(self, k: int, taken: set[int], behind: str = "", limit: float | None = None,
                  listed: bool = False) -> bool:
        """Can token k (without the clitic `behind`) be a town's word: rarer than `limit`, no
        common word, given name, head, verb, adjective or known place? A word like a nisba
        (الشعيتية) only in a list after a place word, where no adjective stands."""
        f, c, token = self.finder, self.cues, self.tokens[k]
        if k in taken or token.covered or not token.word.isalpha() or token.word.isascii():
            return False
        word, plain = token.word[len(behind):], token.plain_stems[0][len(behind):]
        if behind == "ل" and plain.startswith("ل"):
            word, plain = "ا" + word, "ا" + plain  # للمؤتمرات is ل + المؤتمرات: the article's alef goes under لل
        if len(word) < 3 or (word.startswith("ال") and token_is_nisba(token) and not listed):
            return False
        if stem_in(token, self.local.plural_place_words) or self.definite_plural(plain):
            return False  # مدن وبلدات؛ "والصيدليات في صيدا"، "والمزارعين في عدن": plurals, no towns
        if behind and (token.word in c.place or zipf(token.written) >= (c.rare_zipf if limit is None else limit)):
            return False  # ولاية is a word, not و + لاية: a clitic comes off only a word that is none whole
        if token.word.startswith("و") and f.noun_with_pronoun(token):
            return False  # وإحالتهم: و, a noun and its pronoun
        return (zipf(plain) < (c.rare_zipf if limit is None else limit) and word not in c.common and word not in c.given_names
                and word not in c.particles and word not in c.place and not f.gazetteer.lookup((word,))
                and f.head_at(k) is None and not f.verb_like(token, past=False)
                and not f.possessed(token) and not token.tanwin and not word.endswith(("يين", "يون"))
                and not any(w in c.verbs or w in c.match_verbs or w in c.adjectives or (w,) in c.person for w in (word, *token.stems)))

    def definite_plural(self, plain: str) -> bool:
        """A sound plural with the article whose singular general Arabic writes (الصيدليات: صيدلية،
        المزارعين: مزارع), at least as often as a name's word is not (name_after_common_head_zipf)."""
        if not plain.startswith("ال") or not plain.endswith(SOUND_PLURAL_ENDINGS) or len(plain) < 7:
            return False
        singular = plain[2:-2]
        return max(zipf(singular), zipf(singular + "ة")) >= self.cues.name_after_common_head_zipf

    def name_end(self, k: int, taken: set[int], behind: str = "", listed: bool = False) -> int | None:
        """The end of a town's name of one or two words at token k: a rare word, or two words of
        which one is rare and the other no common word (كيب كنافيرال)."""
        tokens, weak = self.tokens, self.cues.weak_cue_zipf
        if (listed and k + 1 < len(tokens) and k not in taken and not tokens[k].covered
                and tokens[k].word[len(behind):] in self.cues.place_openers and tokens[k + 1].joined
                and self.town_word(k + 1, taken, "", listed=True)):
            return k + 2  # بلدتي بيانون وتل مصيبين: a place's opener (تل، أم، بني) and a rare word
        if not self.town_word(k, taken, behind, weak, listed):
            return None
        rare = self.town_word(k, taken, behind, listed=listed)
        if listed and k + 1 < len(tokens) and self.opens_next_item(k + 1, taken):
            return k + 1  # بلدتي اتسكوندي واشيلي: و opens the list's next town
        if k + 1 < len(tokens) and tokens[k + 1].joined and not tokens[k + 1].article and self.town_word(
                k + 1, taken, "", weak) and (rare or self.town_word(k + 1, taken)) and not stem_in(
                tokens[k + 1], self.local.directions) and not self.conjunction_and_word(tokens[k + 1]) and not (
                listed and tokens[k + 1].word.startswith("ب") and self.town_word(k + 1, taken, "ب")):
            return k + 2  # not "القويفلة بدقاش" in a list: the town, then ب and the larger town it lies in
        return k + 1 if rare else None

    def conjunction_and_word(self, token) -> bool:
        """Is the token و and a word of general Arabic ("وريف": و + ريف), which joins the next item,
        no second word of a town's name?"""
        return token.word.startswith("و") and (token.word[1:] in self.cues.place_openers
                                                or len(token.word) > 3 and zipf(token.plain_stems[0][1:]) >= self.cues.rare_zipf)

    def opens_next_item(self, k: int, taken: set[int]) -> bool:
        """In a list of towns, does token k open the next one: و before a town's word (واشيلي)?"""
        token = self.tokens[k]
        return token.joined and token.word.startswith("و") and self.town_word(k, taken, "و", self.cues.weak_cue_zipf, listed=True)

    def known_place_at(self, k: int, behind: str = "") -> bool:
        """Is there a known place, or a word for a division, at token k (behind ب or في)?"""
        tokens, f = self.tokens, self.finder
        if k >= len(tokens):
            return False
        token = tokens[k]
        stems = [s for s in token.stems if token.word.startswith(behind) and len(s) <= len(token.word) - len(behind)]
        if any(s in self.cues.place for s in stems):
            return True  # بولاية فلوريدا، بمحافظة الغربية
        if token.covered:
            return True  # a registry place (or name) there
        return f.place_at(k, known_too=True) is not None and (not behind or token.word.startswith(behind))

    def inside_larger_place(self, end: int) -> bool:
        """Does a larger place follow the town ending before token `end`: "بأيرلندا"، "في بيت لحم"،
        "(ولاية النعامة)"، "جنوبها"?"""
        tokens = self.tokens
        if end >= len(tokens):
            return False
        after = tokens[end]
        gap = after.gap.strip()
        if gap == "(" and stem_in(after, self.cues.divisions):
            return True
        if gap and gap not in ("،", ","):
            return False
        if not gap and after.word in self.local.within and self.known_place_at(end + 1):
            return True  # في بيت لحم
        if not gap and after.word.startswith("ب") and self.known_place_at(end, "ب"):
            return True  # بأيرلندا، بولاية فلوريدا
        return not gap and any(after.word.startswith(d) and after.word[len(d):] in THIRD_PERSON_ENDINGS
                               for d in self.local.directions)

    def after_preposition(self, k: int) -> str | None:
        """The clitic to read off token k when a preposition of place stands before the town
        ("" for a preposition word before it), or None."""
        tokens = self.tokens
        token = tokens[k]
        if k > 0 and token.joined and not token.after_break and stem_in(tokens[k - 1], self.local.prepositions):
            return ""
        for clitic in PROCLITICS:  # not a word of its own (بلغت "reached" is no ب + لغت)
            if token.word.startswith(clitic) and len(token.word) - len(clitic) >= 3 and zipf(token.written) < self.cues.rare_zipf:
                if clitic in PROCLITIC_CONJUNCTIONS and token.word[len(clitic):].startswith("ال"):
                    return None  # "الصيانة والأعطال بالمنيا": و joins a definite noun to the one before, no town
                return clitic
        return None

    def scan(self, taken: set[int], found: list[Found]) -> list[Found]:
        tokens = self.tokens
        out: list[Found] = []
        k = 0
        while k < len(tokens):
            listed = self.listed_after_place_word(k, taken)
            if listed:
                out += listed
                k = listed[-1].end
                continue
            behind = self.after_preposition(k)
            end = self.name_end(k, taken, behind) if behind is not None else None
            if end is not None and self.inside_larger_place(end):
                out.append(Found(k, end, "place", conjunction=bool(behind)))
                k = end
                continue
            if (end := self.dateline_town(k, taken, found)) is not None:
                out.append(Found(k, end, "place"))
                k = end
                continue
            k += 1
        return out

    def listed_after_place_word(self, k: int, taken: set[int]) -> list[Found]:
        """The towns listed after a plural place word at token k ("بلدات دورا وتقوع")."""
        tokens = self.tokens
        if stem_in(tokens[k], self.local.plural_place_words) is None:
            return []
        if any(plain.startswith("إ") for plain in tokens[k].plain_stems):
            return []  # إحياء للذكرى "reviving" (a verbal noun of أفعل), not أحياء "quarters": folding merges them
        out, m, behind = [], k + 1, ""
        closed = 1  # the towns up to here are sure: the first, then each list closed by و
        known = 0  # the known places listed: a list that names them is one of places
        while m < len(tokens) and (m == k + 1 and (tokens[m].joined or quote_only(tokens[m])
                                                   or remove_diacritics(tokens[m].gap).strip() in ("", "("))  # بلدتيّ (
                                   or (out or known) and tokens[m].gap.strip() in ("", "،", ",")):
            town_end = self.name_end(m, taken, behind, listed=True)
            if (place := self.listed_known_place(m, taken, behind)) is not None and (town_end is None or place[0] >= town_end) and (
                    place[0] >= len(tokens) or not tokens[place[0]].joined or tokens[place[0]].word.startswith("و")):
                end, gazetteer_place = place  # محافظات (صعدة، حجة، ...): a known place is an item too
                if gazetteer_place is not None:
                    out.append(Found(m, end, "place", place=gazetteer_place, conjunction=bool(behind)))
                known += 1
            elif (end := town_end) is not None and not (known and end < len(tokens) and tokens[end].joined
                                                        and not tokens[end].word.startswith("و")):
                out.append(Found(m, end, "place", conjunction=bool(behind)))  # not رهيد of "ورهيد البردي"
            else:
                break
            if behind or known:
                closed = len(out)
            m = end
            if m < len(tokens) and tokens[m].joined and tokens[m].word.startswith("ب") and self.town_word(m, taken, "ب"):
                m += 1  # القويفلة بدقاش والظافرية: where the town lies, then the list goes on
            if m < len(tokens) and self.inside_larger_place(m):
                m += 1  # دورا جنوبها: the direction is the list's, not a town
                while m < len(tokens) and tokens[m].joined and not tokens[m].word.startswith("و"):
                    m += 1
            behind = "و" if m < len(tokens) and tokens[m].word.startswith("و") and not tokens[m].word.startswith("ال") else ""
            if not behind and not (m < len(tokens) and tokens[m].gap.strip() in ("،", ",")):
                break  # the list goes on after و or a comma (محليات تلس، قريضة، ورهيد البردي)
        # Towns after a comma are a list's only when و or a closing quote closes it, or the sentence
        # ends right after a rare word: "قرى الهويدية، مرجحة وقوع" goes on into the next clause.
        gap = tokens[m].gap if m < len(tokens) else "."
        if out and not any(q in gap for q in QUOTES) and not (
                SENTENCE_BREAK.search(gap) and all(self.finder.rare(t) for t in tokens[out[-1].start:out[-1].end])):
            out = out[:closed]
        return out

    def listed_known_place(self, k: int, taken: set[int], behind: str) -> tuple[int, Place | None] | None:
        """(end, place) of a known place listed at token k behind the clitic `behind`: one the scan
        or the registry found (place None: it is proposed already), or the gazetteer's, a word too
        (ريمة، البيضاء) where a list of places names it; the list's mark closes it (not رهيد of
        "ورهيد البردي")."""
        tokens = self.tokens
        if k in taken or tokens[k].covered:
            end = k + 1
            while end < len(tokens) and (end in taken or tokens[end].covered) and tokens[end].joined:
                end += 1
            return end, None
        return self.gazetteer_item(k, behind)

    def gazetteer_item(self, k: int, behind: str) -> tuple[int, Place] | None:
        """(end, place) of the gazetteer's place of two words or one at token k behind the clitic
        `behind`, a word too or not: a list's item. A list of places is a place's cue, so a division
        found only after one (ديالى، عسير), or whose name is a common word or a given name (حجة،
        الغربية، صلاح الدين), is an item too."""
        tokens, gazetteer = self.tokens, self.finder.gazetteer
        stem = tokens[k].word[len(behind):]
        for length in (2, 1):
            words = (stem, *(t.word for t in tokens[k + 1:k + length]))
            if len(words) == length and all(t.joined for t in tokens[k + 1:k + length]) and (
                    place := gazetteer.lookup(words) or gazetteer.after_cue.get(words) or gazetteer.listed.get(words)) is not None:
                return k + length, place
        return None

    def kept_head(self, k: int) -> bool | None:
        """Is token k a head that stays in its place's name (حي، ومخيم، بشارع), and does a clitic
        of one letter stand before it (True), or none (False)? None: no such head."""
        token = self.tokens[k]
        if token.covered or token.article:
            return None
        if token.word in self.local.kept_heads:
            return False
        return True if len(token.word) > 3 and token.word[0] in PROCLITICS and token.word[1:] in self.local.kept_heads else None

    def with_kept_heads(self, found: list[Found]) -> list[Found]:
        """The places found right after a head that is part of their name, with it ("مخيم شعفاط"،
        "حي الصحافة"، "شارع فلسطين"), and the names after such a head that nothing found: rare
        words ("شارع سوننآلي") or, after a street's head, a person's name ("شارع محمد الخامس")."""
        tokens, finder = self.tokens, self.finder
        by_start = {f.start: f for f in found}
        inside = {m for f in found for m in range(f.start, f.end)}
        out: list[Found] = []
        replaced: set[int] = set()
        for k in range(len(tokens) - 1):
            if k in inside or (clitic := self.kept_head(k)) is None or not tokens[k + 1].joined:
                continue
            after = by_start.get(k + 1)
            if after is not None:
                if after.type == "place" and after.head is None:
                    out.append(Found(k, after.end, "place", conjunction=clitic, short=k + 1))
                    replaced.add(k + 1)
                continue
            if k + 1 in inside:
                continue
            end = self.name_end(k + 1, inside)
            if end is None and stem_in(tokens[k], self.local.street_heads):
                end = finder.name_from(k + 1, strong=True)
            if end is not None and not any(m in inside for m in range(k + 1, end)):
                out.append(Found(k, end, "place", conjunction=clitic, short=k + 1))
        if not out:
            return found
        return sorted([f for f in found if f.start not in replaced] + out, key=lambda f: f.start)

    def with_directions(self, found: list[Found]) -> list[Found]:
        """A division named by a direction and a known place, whole: "محافظة شمال سيناء" (also
        "شمال سيناء"), not "محافظة شمال" and سيناء apart. Only after a division's head: "في
        شمال سوريا" alone is where in Syria, not a place of its own."""
        tokens, c = self.tokens, self.cues
        by_start = {f.start: f for f in found}
        out, dropped = [], set()
        for f in found:
            last = f.end - 1
            if (f.type != "place" or f.short is None or f.short != last or not stem_in(tokens[f.start], c.divisions)
                    or tokens[last].word not in self.local.directions or f.end >= len(tokens)
                    or not tokens[f.end].joined or (place := self.finder.place_at(f.end, known_too=True)) is None):
                out.append(f)
                continue
            out.append(Found(f.start, place[0], "place", conjunction=f.conjunction, short=f.short))
            if f.end in by_start and by_start[f.end].end <= place[0]:
                dropped.add(f.end)
        return [f for f in out if f.start not in dropped]

    def direction_adjective(self, k: int) -> bool:
        """A direction's adjective with the article (الشرقي، الغربية: a direction of places.yml
        with ي, and ة for the feminine)."""
        token = self.tokens[k]
        return (token.plain_article and not token.covered and token.word.endswith(("ي", "يه"))
                and token.word[2:].removesuffix("ه") in self.local.directions)

    def regions_by_direction(self, taken: set[int]) -> list[Found]:
        """A region named by its place word and a direction's adjective, whole: "المنطقة الوسطى"،
        "في المنطقة الشرقية" (a name that starts with a place word is kept whole)."""
        tokens = self.tokens
        return [Found(k, k + 2, "place") for k in range(len(tokens) - 1)
                if k not in taken and k + 1 not in taken and not tokens[k].covered
                and stem_in(tokens[k], self.local.region_heads) and tokens[k + 1].gap == " "
                and (self.direction_adjective(k + 1) or tokens[k + 1].word in self.local.middle_adjectives)
                and not (k + 2 < len(tokens) and tokens[k + 2].gap == " " and tokens[k + 2].plain_article)
                and not self.part_of_a_place_word(k + 2)]

    def part_of_a_place_word(self, k: int) -> bool:
        """Is token k ب or من and a place word with the article ("المنطقة الغربية بالقرية" "the western
        part of the village"): the region is a part of that place, no region's name?"""
        tokens = self.tokens
        if k >= len(tokens) or not tokens[k].joined:
            return False
        word = tokens[k].word
        if word == "من" and k + 1 < len(tokens) and tokens[k + 1].joined:
            word = tokens[k + 1].word
        elif word.startswith("ب"):
            word = word[1:]
        return word.startswith("ال") and word[2:] in self.cues.place

    def with_direction_adjectives(self, found: list[Found]) -> list[Found]:
        """A place and a direction's adjective right after it, one space apart, are one place,
        as the news names regions and divisions ("ولاية الحوض الشرقي"، "نواكشوط الشمالية"،
        "إقليم الجنوب الغربي"): the place without it is another, larger one, so a known place's
        data is not kept."""
        tokens = self.tokens
        starts = {f.start for f in found}
        out = []
        for f in found:
            end = f.end
            while (f.type == "place" and end < len(tokens) and end - f.end < _DIRECTION_ADJECTIVES
                   and tokens[end].gap == " " and end not in starts and self.direction_adjective(end)
                   and not self.genitive_of_noun_before(f)):
                end += 1
            if end == f.end:
                out.append(f)
            elif f.short is None or tokens[f.short].word.removeprefix("ال") in self.local.directions:
                out.append(replace(f, end=end, place=None, spelling_end=None))  # إقليم الشمال الشرقي: a direction alone
            else:  # ولاية الحوض الغربي: the two words name it without the division's word
                out.append(Found(f.short, end, "place"))
        return out

    def genitive_of_noun_before(self, f: Found) -> bool:
        """Is the place found the genitive of a bare noun right before it ("حدود لبنان الجنوبية"،
        "سواحل ليبيا الغربية")? Then a direction's adjective after it describes that noun."""
        tokens, k = self.tokens, f.start
        if f.short is not None or k == 0 or not tokens[k].joined or self.after_preposition(k) is not None:
            return False
        before = tokens[k - 1]
        return (not before.article and not before.covered and stem_in(before, self.cues.place) is None
                and stem_in(before, self.cues.divisions) is None and not self.finder.verb_like(before)
                and any(noun_of_general_arabic(stem, self.cues.rare_zipf) for stem in before.plain_stems))

    def dateline_town(self, k: int, taken: set[int], found: list[Found]) -> int | None:
        """A town opening a line before a dash and an agency's credit ("سول - د ب أ -"); not an
        outlet's credit before a dash and a place ("المؤتمرنت -\nتعز")."""
        tokens = self.tokens
        if k > 0 and "\n" not in tokens[k].gap:
            return None
        end = self.name_end(k, taken)
        if end is None or end >= len(tokens) or not DATELINE_SEPARATOR.fullmatch(tokens[end].gap):
            return None
        credit = tokens[end].covered or any(f.start == end and f.type == "organization" for f in found)
        return end if credit and "\n" not in tokens[end].gap else None

    def listed_with_known_places(self, taken: set[int], found: list[Found]) -> list[Found]:
        """The items of a list that names known places (the gazetteer's or the registry's), joined
        by و, a comma or a dash, each of one or two words rarer than weak_cue_zipf: "بغداد وكربلاء
        المقدسة وبابل 29، ديالى"، "جازان، عسير، الباحة"، "بلغاريا والتشيك وإستونيا والمجر". A value
        after an item (a table's "29") does not end the list. Not in a match report, where a city
        names its club too ("الرياض والهلال"), nor a word the text's other cues made a name of."""

        tokens, f = self.tokens, self.finder
        if self.sports:
            return []
        in_names = {m for x in found if x.type != "place" for m in range(x.start, x.end)}
        names = {tokens[m].word for m in in_names}
        # The known places: what the scan found by the gazetteer, and the registry's mentions.
        starts = sorted({x.start for x in found if x.type == "place" and x.place is not None}
                        | {k for k, t in enumerate(tokens) if t.covered and (k == 0 or not tokens[k - 1].covered)})
        out: list[Found] = []
        done = 0
        for k in starts:
            if k < done or k in in_names or self.in_a_name(k) or (known := f.place_at(k, known_too=True)) is None:
                continue
            items = self.items_before(k, taken, names) + self.items_after(known[0], taken, names)
            for item in items:
                taken.update(range(item.start, item.end))
            out += items
            done = max([known[0], *(i.end for i in items)])
        return out

    def in_a_name(self, k: int) -> bool:
        """Is the place at token k the genitive of an organisation's head (مصرف لبنان والمهجر)?"""
        return k > 0 and self.tokens[k].joined and self.finder.head_at(k - 1) is not None

    def list_item_end(self, k: int, taken: set[int], names: set[str], behind: str) -> tuple[int, Place | None] | None:
        """The end of a list's item of one or two words at token k (behind the clitic `behind`), and
        the gazetteer's place when it is one that is a word too (جازان، الباحة: a place only where
        the text says so, as a list of places does)."""
        tokens, weak = self.tokens, self.cues.weak_cue_zipf
        token = tokens[k]
        if k in taken or token.covered or token.word[len(behind):] in names:
            return None
        stem = token.word[len(behind):]
        if (item := self.gazetteer_item(k, behind)) is not None:
            return item
        if is_present_verb(token.written[len(behind):]) or behind and stem.startswith("ال") and stem.endswith(
                NISBA_ENDINGS + NISBA_PLURAL_ENDINGS) or not self.town_word(k, taken, behind, weak, listed=not behind):
            return None  # وتصيب: the clause's verb; والساحلية: an adjective, as a list's nisba stands only
            # between commas or dashes (القاهرة – القليوبية – الدقهلية)
        if (k + 1 < len(tokens) and tokens[k + 1].joined and not tokens[k + 1].article
                and self.town_word(k + 1, taken, "", weak) and (self.town_word(k, taken, behind) or self.town_word(k + 1, taken))):
            return k + 2, None
        return k + 1, None

    def list_separator(self, k: int) -> str | None:
        """The clitic و ("و") or "" when a list's next item starts at token k, else None."""
        token = self.tokens[k]
        gap = token.gap.strip(" ")
        if gap in _LIST_SEPARATORS:
            return "و" if token.word.startswith("و") and len(token.word) > 3 else ""
        return "و" if gap == "" and token.word.startswith("و") and len(token.word) > 3 else None

    def list_goes_on(self, end: int, last: bool, taken: set[int], names: set[str]) -> bool:
        """Does a list's item ending before token `end` stand in the list: another item follows it
        (after a value: "وبابل 29، ديالى"), or, joined by و or a dash (`last`), it is the last before
        the clause ends? A comma after a place often ends its clause ("في الرباط، مستذكرا")."""
        tokens, f = self.tokens, self.finder
        value = end
        while value < len(tokens) and tokens[value].joined and tokens[value].word.isdigit():
            value += 1
        if value >= len(tokens):
            return last
        behind = self.list_separator(value)
        if behind is not None and (f.place_at(value, known_too=True) is not None
                                   or self.list_item_end(value, taken, names, behind) is not None):
            return True
        after = tokens[value]
        return last and (after.after_break or after.after_comma or "\n" in after.gap)

    def items_before(self, k: int, taken: set[int], names: set[str]) -> list[Found]:
        """The gazetteer's places listed before the known place at token k that are words too or
        found only after a cue ("جازان، عسير، الباحة، ومكة المكرمة"): before a place, a list's
        mark (a comma, a dash, و) joins places only; a rare word there may end a clause, so
        only the gazetteer's items are read back."""
        tokens = self.tokens
        out: list[Found] = []
        while k > 0 and self.list_separator(k) is not None:
            item = None
            for length in (2, 1):
                start = k - length
                if start < 0 or any(not tokens[m].joined for m in range(start + 1, k)):
                    continue
                behind = "و" if start > 0 and self.list_separator(start) == "و" else ""
                if start in taken or tokens[start].covered or tokens[start].word[len(behind):] in names:
                    continue
                if (found := self.gazetteer_item(start, behind)) is not None and found[0] == k:
                    item = Found(start, k, "place", place=found[1], conjunction=bool(behind))
                    break
            if item is None:
                break
            out.insert(0, item)
            k = item.start
        return out

    def items_after(self, m: int, taken: set[int], names: set[str]) -> list[Found]:
        """The items of a list after a known place that ends before token m (the list may name more
        known places). Not the words before it: a word before a comma and a place ends a clause as
        often as it opens a list."""
        tokens, f = self.tokens, self.finder
        out: list[Found] = []
        while True:
            while m < len(tokens) and tokens[m].joined and tokens[m].word.isdigit():
                m += 1  # a table's value after the item
            if m >= len(tokens) or (behind := self.list_separator(m)) is None:
                return out
            known = f.place_at(m, known_too=True)
            if known is not None:
                m = known[0]
                continue
            item = self.list_item_end(m, taken, names, behind)
            last = behind == "و"  # و may end a list, not a comma
            if item is None or not self.list_goes_on(item[0], last, taken, names):
                return out
            out.append(Found(m, item[0], "place", place=item[1], conjunction=bool(behind)))
            m = item[0]


def with_local_places(finder: Finder, found: list[Found], sports: bool) -> list[Found]:
    """What the scans found in one text, with the towns this module reads and the quarters,
    camps and streets named with their head; `sports`: the text is a match report."""
    reader = _Reader(finder, sports)
    found = reader.with_directions(reader.with_kept_heads(found))
    taken = {k for f in found for k in range(f.head if f.head is not None else f.start, f.end)}
    towns = reader.scan(taken, found)
    taken.update(k for f in towns for k in range(f.start, f.end))
    towns += reader.regions_by_direction(taken)
    taken.update(k for f in towns for k in range(f.start, f.end))
    return reader.with_direction_adjectives(
        sorted(found + towns + reader.listed_with_known_places(taken, found + towns), key=lambda f: f.start))
