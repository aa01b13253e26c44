"""Find registry entities in a text, however outlets spell them.

Two Aho-Corasick automata are built once from the registry, so the cost of a text does not
grow with the number of entities:

- the *exact* automaton runs over the folded text (hamza, ya, ta marbuta, diacritics,
  tatweel and bidi marks folded away by generator.text.orthography) and holds every name and
  alias, plus spellings generated from generator/data/variants.yml (أمريكي for أميركي,
  شويجو for شويغو, the words run together);
- the *skeleton* automaton runs over the same text with its inner long vowels (ا و ي
  before another letter) removed and the letters of one foreign sound merged (غ ج ق for
  "g"), and holds the skeletons of long transliterated names (four letters or more besides
  their vowels). A skeleton hit is kept only when the word differs from the name by at most
  one long vowel inside it (بيلاوسوف / بيلوسوف, البينتاغون / البنتاغون). Shorter names,
  whose skeleton would be an ordinary Arabic root, get those few variants written out in
  the exact automaton instead (أوستين for أوستن).

Every hit must be a whole word or a whole word behind proclitics (و ف ب ل ك and the
article); the longest match wins; a surname alone links to a person only when the same text
names him in full (or the registry lists it as an alias); a form shared by two entities
links to neither.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable

import ahocorasick

from generator.data import DATA_DIR, read_yaml
from generator.extract.longer_names import (
    QUOTES, names_an_institution, names_an_outlet, names_another, opens_an_outlet, other_name_words,
    outlet_name_around, outlet_words,
)
from generator.extract.places import other_place_starting
from generator.extract.word_senses import load_senses, reads_as_a_word
from generator.model import Entity, Mention
from generator.text.orthography import (
    ARTICLE, DASH_CLASS, DIACRITICS, article_prefixes, bare_prefixes, fold, has_article, letter_classes, long_vowels,
    name_key, plain_spaces, spelling_pairs,
)
from generator.text.analysis import AnalysedText, analysed
from generator.text.name_guard import load_guard, why_not_a_name

DATA = DATA_DIR / "variants.yml"

_MAX_GENERATED_SPELLINGS = 48  # per form: a bound on the keys a many-letter name can make
_DIACRITICS_RE = re.compile(f"[{DIACRITICS}]")
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.I)
# A credit that opens a line: the outlet's name, then a dash or a bar ("روسيا اليوم - موسكو").
_CREDIT_AFTER = re.compile(rf"[^\S\n]+\S+[^\S\n]*[{DASH_CLASS}|]")


@dataclass(frozen=True)
class Rules:
    """variants.yml, compiled: everything the matcher knows about Arabic spelling."""

    bare_prefixes: frozenset[str]  # clitics before a name without article: "", و, وب ...
    article_prefixes: frozenset[str]  # clitics ending in the article: ال, وال, لل ...
    short_name_letters: int
    never_names: frozenset[str]
    longer_name_heads: frozenset[str]
    longer_name_tails: frozenset[str]
    min_letters: int
    vowels: frozenset[str]
    min_consonants: int
    max_vowel_edits: int
    letter_classes: tuple[tuple[str, str], ...]  # (latin letter, its Arabic letters)
    native_words: frozenset[str]
    arabic_endings: tuple[str, ...]
    arabic_beginnings: tuple[str, ...]
    spelling_pairs: tuple[tuple[str, str], ...]
    joined_min_letters: int

    @property
    def skeleton_prefix_letters(self) -> frozenset[str]:
        """Letters a proclitic leaves in the skeleton text (و and the article's ا vanish)."""
        return frozenset("".join(self.bare_prefixes | self.article_prefixes)) - self.vowels


@functools.lru_cache(maxsize=None)
def load_rules(path: Path = DATA) -> Rules:
    data = read_yaml(path)
    translit = data["transliteration"]
    return Rules(
        bare_prefixes=bare_prefixes(),
        article_prefixes=article_prefixes(),
        short_name_letters=int(data["short_name_letters"]),
        never_names=frozenset(fold(w) for w in data.get("never_names") or ()),
        longer_name_heads=frozenset(fold(w) for w in data.get("longer_name_heads") or ()),
        longer_name_tails=frozenset(fold(w) for w in data.get("longer_name_tails") or ()),
        min_letters=int(translit["min_letters"]),
        vowels=frozenset(long_vowels()),
        min_consonants=int(translit["min_consonants"]),
        max_vowel_edits=int(translit["max_vowel_edits"]),
        letter_classes=letter_classes(),
        native_words=frozenset(fold(w) for w in translit.get("native_words") or ()),
        # Arabic words inside a name (ta marbuta at the end, the article at the start) are
        # matched as written, never as transliterations.
        arabic_endings=tuple(fold(e) for e in translit.get("arabic_endings") or ()),
        arabic_beginnings=(ARTICLE,),
        spelling_pairs=spelling_pairs(),
        joined_min_letters=int(data["joined_words_min_letters"]),
    )


# --- Keys of a name ------------------------------------------------------------------


@dataclass(frozen=True)
class Form:
    """One way the registry writes an entity, ready to be matched."""

    entity_id: str
    entity_type: str
    words: tuple[str, ...]  # folded words; the first without its article
    article: bool  # the name starts with ال (الناتو): found only with it
    kind: str  # "name", "alias" or "surname" (a surname links only beside the full name)
    loose: tuple[bool, ...]  # per word: a transliteration, whose spelling may vary
    classes: str  # the Latin letters (of letter_classes) this entity's English name has
    skeleton: str = ""  # key in the skeleton automaton, if the form has one

    @property
    def key(self) -> str:
        return " ".join(self.words)

    @property
    def strong(self) -> bool:
        return self.kind != "surname"


def _is_transliteration(word: str, rules: Rules) -> bool:
    """May this word of a name be spelled another way? Only long transliterated words."""
    return (
        len(word) >= rules.min_letters
        and word.isalpha()
        and word not in rules.native_words
        and not word.endswith(rules.arabic_endings)
        and not word.startswith(rules.arabic_beginnings)
    )


def entity_forms(entity: Entity, rules: Rules | None = None) -> list[Form]:
    """The name, the aliases and (for people) the surname of an entity, as match forms."""
    rules = rules or load_rules()
    classes = "".join(latin for latin, _ in rules.letter_classes if latin in entity.name_en.lower())
    surfaces = [(entity.name, "name")] + [(a, "alias") for a in entity.aliases]
    forms: list[Form] = []
    seen: set[tuple] = set()

    def add(words: list[str], article: bool, kind: str) -> None:
        if not words or not words[0] or (kind, article, tuple(words)) in seen:
            return
        seen.add((kind, article, tuple(words)))
        loose = tuple(_is_transliteration(w, rules) for w in words)
        forms.append(Form(entity.id, entity.type, tuple(words), article, kind, loose, classes))

    for surface, kind in surfaces:
        words = name_key(surface).split()
        if not words or why_not_a_name(surface) is not None:
            continue  # "و" or "الحكومة" would link every article: never, even from an unchecked registry
        article = has_article(surface) and len(words[0]) > 3
        if article:
            words[0] = words[0][2:]
        add(words, article, kind)
        if entity.type == "person" and len(words) > 1 and len(words[-1]) >= 3:
            add([words[-1]], False, "surname")
    return forms


def _spellings(form: Form, rules: Rules) -> set[str]:
    """The exact keys of a form: as written, with the spelling pairs and the letter classes
    its English name allows, and with words run together."""
    keys = {form.key}
    for a, b in rules.spelling_pairs:
        for key in list(keys):
            if a in key:
                keys.add(key.replace(a, b))
            if b in key:
                keys.add(key.replace(b, a))
    if any(form.loose):

        def alternatives(c: str) -> str:
            return next((letters for latin, letters in rules.letter_classes
                         if c in letters and may_vary(c, latin, letters, form.classes)), c)

        # Words long enough for the skeleton automaton are left to it; the short ones get
        # their other letters written out here (شويجو for شويغو).
        short = [loose and _consonants(w, rules) < rules.min_consonants for w, loose in zip(form.words, form.loose)]
        for key in list(keys):
            options = []
            for word, vary in zip(key.split(" "), short):
                spellings = itertools.product(*map(alternatives, word)) if vary else [word]
                options.append(["".join(s) for s in itertools.islice(spellings, _MAX_GENERATED_SPELLINGS)])
            for combo in itertools.islice(itertools.product(*options), _MAX_GENERATED_SPELLINGS):
                keys.add(" ".join(combo))
        # One long vowel more or less in one short word (أوستين for أوستن); longer words are
        # left to the skeleton automaton.
        words = form.key.split(" ")
        for k, (word, loose) in enumerate(zip(words, form.loose)):
            if loose and _consonants(word, rules) < rules.min_consonants:
                keys.update(" ".join([*words[:k], v, *words[k + 1:]]) for v in vowel_variants(word, rules))
    if len(form.words) > 1:
        for key in list(keys):
            # Each space before an article dropped alone, and all of them at once.
            cuts = [k for k in range(1, len(key)) if key[k - 1] == " " and key.startswith("ال", k)]
            variants = [key[: k - 1] + key[k:] for k in cuts] + ([key.replace(" ال", "ال")] if len(cuts) > 1 else [])
            keys.update(v for v in variants if max(map(len, v.split(" "))) >= rules.joined_min_letters)
    return keys


def _consonants(word: str, rules: Rules) -> int:
    return sum(c not in rules.vowels for c in word)


def vowel_variants(word: str, rules: Rules) -> set[str]:
    """`word` with one long vowel added or dropped between two of its other letters."""
    letters = [k for k, c in enumerate(word) if c not in rules.vowels]
    variants = set()
    for a, b in zip(letters, letters[1:]):
        for k in range(a + 1, b):
            variants.add(word[:k] + word[k + 1:])
        for k in range(a + 1, b + 1):
            variants.update(word[:k] + v + word[k:] for v in rules.vowels)
    return {v for v in variants if len(v) >= rules.min_letters}


@dataclass(frozen=True)
class Skeleton:
    """How text becomes its skeleton: long vowels before a letter dropped (a word keeps its
    final vowels, so كولونا and كولونيا stay apart), one letter for each letter class."""

    vowel_runs: re.Pattern
    replacements: tuple[tuple[str, str], ...]

    def __call__(self, text: str) -> str:
        text = self.vowel_runs.sub("", text)
        for letter, replacement in self.replacements:
            if letter in text:
                text = text.replace(letter, replacement)
        return text


def skeleton_of(rules: Rules) -> Skeleton:
    vowels = "".join(sorted(rules.vowels))
    replacements = []
    for _, letters in rules.letter_classes:
        replacements += [(letter, letters[0]) for letter in letters[1:]]
    return Skeleton(re.compile(f"[{vowels}]+(?=\\w)"), tuple(replacements))


# --- Comparing a word of the text with a word of a name -------------------------------


def may_vary(letter: str, latin: str, letters: str, classes: str) -> bool:
    """May this letter of a name be written with another of its class? The class's first
    letter may (غ in a long transliterated word is a "g"); the others are common Arabic
    letters (ج is also "j") and may only in names whose English form has the sound."""
    return letter == letters[0] or latin in classes


def _shape(word: str, vowels: frozenset[str]) -> tuple[str, list[str]]:
    """A word as (consonants, the runs of long vowels around and between them)."""
    consonants, gaps, run = [], [], []
    for c in word:
        if c in vowels:
            run.append(c)
        else:
            gaps.append("".join(run))
            run = []
            consonants.append(c)
    gaps.append("".join(run))
    return "".join(consonants), gaps


def _vowel_edits(a: str, b: str) -> int:
    """Long vowels added or dropped to turn one run into the other (no substitutions)."""
    if a == b:
        return 0
    # Longest common subsequence of two runs of one to three letters.
    previous = [0] * (len(b) + 1)
    for ca in a:
        current = [0]
        for j, cb in enumerate(b):
            current.append(previous[j] + 1 if ca == cb else max(previous[j + 1], current[j]))
        previous = current
    return len(a) + len(b) - 2 * previous[-1]


def same_transliteration(text_word: str, name_word: str, classes: str, rules: Rules) -> bool:
    """Is `text_word` another spelling of the transliterated `name_word`? Same letters (up to
    the letter classes the English name allows), the same vowels at both ends, and at most
    max_vowel_edits long vowels added or dropped inside."""
    if text_word == name_word:
        return True
    if len(text_word) < rules.min_letters:
        return False  # بادن is not بايدن: the rules are for long words on both sides
    consonants_t, gaps_t = _shape(text_word, rules.vowels)
    consonants_n, gaps_n = _shape(name_word, rules.vowels)
    if len(consonants_t) != len(consonants_n) or gaps_t[0] != gaps_n[0] or gaps_t[-1] != gaps_n[-1]:
        return False
    for t, n in zip(consonants_t, consonants_n):
        if t != n and not any(t in letters and n in letters and may_vary(n, latin, letters, classes)
                              for latin, letters in rules.letter_classes):
            return False
    edits = sum(_vowel_edits(a, b) for a, b in zip(gaps_t[1:-1], gaps_n[1:-1]))
    return edits <= rules.max_vowel_edits


# --- The matcher -----------------------------------------------------------------------


class _Forms:
    """What one automaton key stands for, worked out once when the matcher is built."""

    __slots__ = ("forms", "strong", "weak", "full", "skeletons", "plain")

    def __init__(self, forms: tuple[Form, ...]):
        self.forms = forms
        self.strong = frozenset(f.entity_id for f in forms if f.strong)
        self.weak = frozenset(f.entity_id for f in forms if not f.strong)
        # Entities this key names in full (a name of several words): their surnames may link.
        self.full = frozenset(f.entity_id for f in forms if f.strong and len(f.words) > 1)
        self.skeletons = frozenset(f.skeleton for f in forms if f.skeleton)
        # True when a bare word (no clitic) is enough for every form: the common case.
        self.plain = not any(f.article for f in forms)

    def subset(self, forms: list[Form]) -> "_Forms":
        return self if len(forms) == len(self.forms) else _Forms(tuple(forms))


# A hit: (start, end, forms, exact) in folded offsets; start includes a written article.
_Hit = tuple


class _SkeletonText:
    """The skeleton of a folded text, with the way back to folded offsets, line by line."""

    def __init__(self, folded: str, skeleton: Skeleton):
        self.text = skeleton(folded)
        self._vowel_runs = skeleton.vowel_runs
        self._folded_lines = folded.split("\n")
        self._folded_starts = [0, *itertools.accumulate(len(line) + 1 for line in self._folded_lines)]
        self._skeleton_starts = [0, *itertools.accumulate(len(line) + 1 for line in self.text.split("\n"))]
        self._removed: dict[int, list[int]] = {}

    def to_folded(self, pos: int) -> int:
        """Folded offset of the skeleton character at `pos`."""
        k = bisect.bisect_right(self._skeleton_starts, pos) - 1
        local = pos - self._skeleton_starts[k]
        removed = self._removed.get(k)
        if removed is None:
            # For each removed vowel of the line: how many kept characters come before it.
            removed, dropped = [], 0
            for run in self._vowel_runs.finditer(self._folded_lines[k]):
                removed += [run.start() - dropped] * (run.end() - run.start())
                dropped += run.end() - run.start()
            self._removed[k] = removed
        return self._folded_starts[k] + local + bisect.bisect_right(removed, local)


def _word_start(text: str, pos: int, limit: int) -> int:
    """Start of the word that `pos` is in, or -1 if more than `limit` letters come before."""
    start = pos
    while start > 0 and text[start - 1].isalnum():
        start -= 1
        if pos - start > limit:
            return -1
    return start


class EntityMatcher:
    """Built once from the registry; `find` gives the mentions of a text."""

    def __init__(self, entities: Iterable[Entity], rules: Rules | None = None):
        self.entities = tuple(entities)
        self.rules = rules or load_rules()
        self._types = {e.id: e.type for e in self.entities}
        self._senses = load_senses()
        self._given_en = {e.id: e.name_en.split()[0] for e in self.entities if e.type == "person" and e.name_en.split()}
        self._skeleton = skeleton_of(self.rules)
        self._stem_skeletons: dict[str, frozenset[str]] = {}  # a word -> the skeletons of its stems
        # A person's own given names, as skeletons: before his surname any spelling of them is
        # his (أليكسي ريزنيكوف is أولكسي ريزنيكوف), not another person's.
        self._own_given = {e.id: frozenset(self._skeleton(fold(n.split()[0])) for n in (e.name, *e.aliases)
                                           if len(n.split()) > 1)
                           for e in self.entities if e.type == "person"}
        self._prefix_limit = max(len(p) for p in self.rules.bare_prefixes | self.rules.article_prefixes)
        written: dict[str, list[Form]] = {}
        generated: dict[str, list[Form]] = {}
        loose: dict[str, list[Form]] = {}
        for entity in self.entities:
            for form in entity_forms(entity, self.rules):
                key = self._skeleton_key(form)
                if key:
                    form = replace(form, skeleton=key)
                    loose.setdefault(key, []).append(form)
                written.setdefault(form.key, []).append(form)
                for spelling in _spellings(form, self.rules) - {form.key}:
                    generated.setdefault(spelling, []).append(form)
        # A spelling the registry writes belongs to its entities only, never also to
        # another entity whose name merely varies into it.
        self._exact = _automaton({**generated, **written})
        self._loose = _automaton(loose)

    def __reduce__(self):
        # Rebuilt from the entities in the worker (milliseconds for the seeds' registry, about
        # a second for 5,000 entities): no bigger to send, and identical by construction.
        return (EntityMatcher, (self.entities, self.rules))

    def _skeleton_key(self, form: Form) -> str:
        """The form's key in the skeleton automaton; "" if no word of it is a transliteration
        long enough to be compared without its vowels."""
        if not any(form.loose):
            return ""
        if not any(loose and _consonants(w, self.rules) >= self.rules.min_consonants
                   for w, loose in zip(form.words, form.loose)):
            return ""
        if any(_consonants(w, self.rules) == 0 for w in form.words):
            return ""
        return self._skeleton(form.key)

    # -- matching --

    def hits_anywhere(self, folded: str) -> bool:
        """Does any name's spelling or skeleton occur in this folded text, before the rules that
        turn a hit into a mention (whole words, clitics, longer names)? What an extraction could
        depend on (extract/cache.py)."""
        if self._exact is not None and next(self._exact.iter(folded), None) is not None:
            return True
        return self._loose is not None and next(self._loose.iter(self._skeleton(folded)), None) is not None

    def find(self, text: str | AnalysedText) -> list[Mention]:
        """Mentions in `text`, sorted by start, not overlapping; offsets into `text`."""
        analysed_text = analysed(text)
        text, folded_text = analysed_text.text, analysed_text.folded
        folded = plain_spaces(folded_text.text)
        hits: list[_Hit] = []
        if self._exact is not None:
            hits = self._exact_hits(folded)
        if self._loose is not None:
            hits += self._skeleton_hits(folded, hits)
        mentions = []
        size = len(text)
        # A web address names no one, whatever words its path spells.
        addresses = [m.span() for m in _WEB_ADDRESS.finditer(folded)] if "/" in folded else []
        address_starts = [a for a, _ in addresses]
        resolved = self._resolve(hits, len(folded))
        # Places inside longer names, and the outlets named by a place and a word that needs a cue
        # (صوت أمريكا، روسيا اليوم) where one had it: the same name is the outlet's everywhere in the text.
        in_longer = {start for start, end, entity_id in resolved
                     if self._types[entity_id] == "place" and self._in_longer_name(folded, start, end)}
        outlets = {self._outlet_name(folded, start, end) for start, end, _ in resolved if start in in_longer} - {""}
        for start, end, entity_id in resolved:
            if start in in_longer or outlets and self._types[entity_id] == "place" and (
                    self._outlet_name(folded, start, end) in outlets):
                continue
            if folded[start:end] in self._senses and reads_as_a_word(
                    folded[start:end], folded[max(0, start - 60):start].split()[-4:], folded[end:end + 40].split()):
                continue  # القوة القاهرة، إنه مصر على موقفه
            if not self._after_own_given_name(entity_id, folded, start) and names_another(
                    self._types[entity_id], " " not in folded[start:end].strip(),
                    folded[max(0, start - 40):start], folded[end:end + 40], self._given_en.get(entity_id, "")):
                continue  # هانتر بايدن، جنوب شرق الأناضول، مصر للطيران، "أهل مصر"
            if addresses and (i := bisect.bisect_right(address_starts, start) - 1) >= 0 and start < addresses[i][1]:
                continue
            o_start, o_end = folded_text.span(start, end)
            while o_end < size and _DIACRITICS_RE.match(text, o_end):
                o_end += 1  # the harakat of the last letter belong to the name
            mentions.append(Mention(entity_id, o_start, o_end, text[o_start:o_end]))
        return mentions

    def _outlet_name(self, folded: str, start: int, end: int) -> str:
        """The outlet's name that the place at start..end makes with a word beside it, if any."""
        before, after = folded[max(0, start - 30):start].split(), folded[end:end + 40].split()
        return outlet_name_around(self._stems(before[-1]) if before else [], folded[start:end],
                                  after[0] if after else "", after[1] if len(after) > 1 else "")

    def _after_own_given_name(self, entity_id: str, folded: str, start: int) -> bool:
        """Does the word before a person's name at `start` spell one of his own given names?"""
        own = self._own_given.get(entity_id)
        before = folded[max(0, start - 40):start].split() if own else []
        if not before:
            return False
        skeletons = self._stem_skeletons.get(before[-1])
        if skeletons is None:  # the same words stand before many names
            skeletons = self._stem_skeletons[before[-1]] = frozenset(map(self._skeleton, self._stems(before[-1])))
        return not own.isdisjoint(skeletons)

    def _stems(self, word: str) -> list[str]:
        """A folded word without each proclitic it may carry (and as it is)."""
        return [word[len(p):] for p in self.rules.bare_prefixes if word.startswith(p)]

    def _in_longer_name(self, folded: str, start: int, end: int) -> bool:
        """Whether the word before a place's name, or the one after it, makes it part of a longer
        name (صعيد مصر, واشنطن بوست, القاهرة الإخبارية, قناة روسيا اليوم, جامعة القاهرة)."""
        text_before = folded[max(0, start - 30):start]
        before, after = text_before.split(), folded[end:end + 30].split()
        previous = self._stems(before[-1]) if before else []
        quoted = bool(text_before.rstrip()) and text_before.rstrip()[-1] in QUOTES
        line_start = not text_before.strip(" ") or text_before.rstrip(" ").endswith("\n")
        credit = line_start and bool(_CREDIT_AFTER.match(folded, end))
        clitic = text_before[len(text_before) - len(text_before.split(" ")[-1]):]  # the letters before it in its word
        if "مع" in previous and len(before) >= 2:
            previous = previous + self._stems(before[-2])  # مقابلة مع روسيا اليوم: the cue stands before مع
        if after and names_an_outlet(after[0], previous, quoted or credit, to=clitic.endswith("ل"),
                                     then=after[1] if len(after) > 1 else ""):
            return True
        if previous and len(before) >= 1 and self._opens_an_outlet(folded, start, before, after):
            return True
        if any(stem in self.rules.longer_name_heads for stem in previous) or names_an_institution(previous):
            return True
        if after and after[0].rstrip(".,،:;؛!?؟»\"')") in self.rules.longer_name_tails and not self._described_head(before):
            return True  # مصر الجديدة، القاهرة الجديدة: another place
        if len(before) >= 2 and names_an_institution(self._stems(before[-2]), before[-1]):
            return True
        # the first words of another place's name (روسيا البيضاء، أمريكا اللاتينية)
        return other_place_starting(tuple(folded[start:end].split()), tuple(w.rstrip(".,،:;»\"')") for w in after[:2]))

    def _described_head(self, before: list[str]) -> bool:
        """Does a feminine noun without the article stand before a place, alone or at the head of
        a chain of such nouns, that an adjective after the place may describe ("حكومة مصر
        الجديدة", "رئيسة وزراء فرنسا الجديدة": the new government, prime minister)? Not a place
        word (مدينة القاهرة الجديدة), a function word or a verb (شهدت ends in ت, not ة)."""
        for word in reversed(before[-2:]):
            stems = [s for s in self._stems(word) if len(s) > 2]
            if not stems or any(not s.isalpha() or s.startswith(ARTICLE) or s in load_guard().function_words
                                or s in other_name_words().place_words for s in stems):
                return False
            if any(s.endswith("ه") for s in stems):
                return True
        return False

    def _opens_an_outlet(self, folded: str, start: int, before: list[str], after: list[str]) -> bool:
        """Is the word before the place the first of an outlet's name (صوت أمريكا), with a cue
        before that word: a head, a source, a verb of publishing, a quote, or ل on it (لصوت)?"""
        opener = before[-1]
        opener_stems = self._stems(opener)
        if outlet_words().openers.isdisjoint(opener_stems):
            return False  # most places: no word before them opens an outlet's name
        earlier = self._stems(before[-2]) if len(before) >= 2 else []
        text_before = folded[max(0, start - 30 - len(opener)):start - len(opener) - 1]
        quoted = bool(text_before.rstrip()) and text_before.rstrip()[-1] in QUOTES
        to = any(opener.startswith(p) and p.endswith("ل") for p in self.rules.bare_prefixes if p)
        return opens_an_outlet(opener_stems, earlier, quoted, to, after[0] if after else "")

    def _prefix_ok(self, folded: str, word_start: int, stem_start: int, stem_end: int, form: Form) -> int:
        """Where the mention starts if the letters before the stem are clitics that suit
        `form`, else -1. A written article is part of the mention (الناتو), other clitics not."""
        prefix = folded[word_start:stem_start]
        if form.article:
            if prefix not in self.rules.article_prefixes:
                return -1
            return stem_start - 2 if prefix.endswith("ال") else stem_start
        if prefix not in self.rules.bare_prefixes:
            return -1
        if prefix:
            word = form.words[0]
            if len(form.words) == 1 and len(word) <= self.rules.short_name_letters and form.entity_type != "place" and not word.isascii():
                return -1
            if folded[word_start:stem_end] in self.rules.never_names:
                return -1
        return stem_start

    def _exact_hits(self, folded: str) -> list[_Hit]:
        hits = []
        size = len(folded)
        limit = self._prefix_limit
        for last, (length, value) in self._exact.iter(folded):
            end = last + 1
            if end < size and folded[end].isalnum():
                continue  # inside a longer word
            start = end - length
            if value.plain and (start == 0 or not folded[start - 1].isalnum()):
                hits.append((start, end, value, True))  # a whole word: the common case
                continue
            word_start = _word_start(folded, start, limit)
            if word_start < 0:
                continue
            passing, mention_start = [], end
            for form in value.forms:
                position = self._prefix_ok(folded, word_start, start, end, form)
                if position >= 0:
                    passing.append(form)
                    mention_start = min(mention_start, position)
            if passing:
                hits.append((mention_start, end, value.subset(passing), True))
        return hits

    def _skeleton_hits(self, folded: str, exact_hits: list[_Hit]) -> list[_Hit]:
        """Transliteration variants. Every exact hit of a transliterated name also shows in
        the skeleton text; only where a skeleton has more hits than exact ones is there a
        variant spelling to look at, so most texts need no offset mapping at all."""
        skeleton_text = _SkeletonText(folded, self._skeleton)
        bare = skeleton_text.text
        size = len(bare)
        prefix_letters = self.rules.skeleton_prefix_letters
        found: dict[str, list[tuple[int, int, _Forms]]] = {}
        for last, (length, value) in self._loose.iter(bare):
            end = last + 1
            if end < size and bare[end].isalnum():
                continue
            start = end - length
            if start and bare[start - 1].isalnum():
                word_start = _word_start(bare, start, self._prefix_limit)
                if word_start < 0 or any(c not in prefix_letters for c in bare[word_start:start]):
                    continue
            found.setdefault(value.forms[0].skeleton, []).append((start, end, value))
        if not found:
            return []
        explained: dict[str, int] = {}
        for hit in exact_hits:
            for key in hit[2].skeletons:
                explained[key] = explained.get(key, 0) + 1
        hits = []
        for key, places in found.items():
            if len(places) <= explained.get(key, 0):
                continue
            for start, end, value in places:
                hit = self._variant_hit(folded, skeleton_text, start, end, value)
                if hit is not None:
                    hits.append(hit)
        return hits

    def _variant_hit(self, folded: str, skeleton_text: _SkeletonText, start: int, end: int, value: _Forms) -> _Hit | None:
        f_start = skeleton_text.to_folded(start)
        f_end = skeleton_text.to_folded(end - 1) + 1
        # Back to whole words of the folded text: the vowels around the skeleton belong to them.
        word_start = _word_start(folded, f_start, self._prefix_limit + 3)
        if word_start < 0:
            return None
        while f_end < len(folded) and folded[f_end].isalnum():
            f_end += 1
        words = folded[word_start:f_end].split(" ")
        matched, mention_start = [], f_end
        for form in value.forms:
            if len(words) == len(form.words):
                position = self._variant_start(folded, word_start, words, form)
                if position >= 0:
                    matched.append(form)
                    mention_start = min(mention_start, position)
        return (mention_start, f_end, value.subset(matched), False) if matched else None

    def _variant_start(self, folded: str, word_start: int, words: list[str], form: Form) -> int:
        """Start of the mention if `words` are `form` spelled another way, else -1."""
        def same(text_word: str, name_word: str, loose: bool) -> bool:
            if loose:
                return same_transliteration(text_word, name_word, form.classes, self.rules)
            return text_word == name_word

        if not all(same(t, n, loose) for t, n, loose in zip(words[1:], form.words[1:], form.loose[1:])):
            return -1
        first = words[0]
        prefixes = self.rules.article_prefixes if form.article else self.rules.bare_prefixes
        for cut in range(0, min(len(first), self._prefix_limit) + 1):
            if first[:cut] in prefixes and same(first[cut:], form.words[0], form.loose[0]):
                position = self._prefix_ok(folded, word_start, word_start + cut, word_start + len(first), form)
                if position >= 0:
                    return position
        return -1

    @staticmethod
    def _resolve(hits: list[_Hit], size: int) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, entity id): longest first, exact before variant. A
        span links when exactly one entity can be meant: those it names or is an alias of,
        and those it is the surname of if the text names them in full. Otherwise (a form of
        two entities) it links to none, but still keeps shorter forms out of its words."""
        taken = bytearray(size + 1)
        spans = []
        for hit in sorted(hits, key=lambda h: (h[0] - h[1], h[0], not h[3])):
            start, end, value, _ = hit
            if taken.find(1, start, end) < 0:
                taken[start:end] = b"\x01" * (end - start)
                spans.append(hit)
        in_full: set[str] = set()
        for _, _, value, _ in spans:
            if len(value.strong) == 1:
                in_full |= value.full
        chosen = []
        for start, end, value, _ in spans:
            candidates = value.strong | (value.weak & in_full) if value.weak else value.strong
            if len(candidates) == 1:
                (entity_id,) = candidates
                chosen.append((start, end, entity_id))
        chosen.sort()
        return chosen


def _automaton(keys: dict[str, list[Form]]):
    """One automaton for all keys; each key carries its length and what it stands for (shared
    by the many spellings of one form)."""
    if not keys:
        return None
    automaton = ahocorasick.Automaton()
    shared: dict[tuple[int, ...], _Forms] = {}
    for key, forms in keys.items():
        ids = tuple(map(id, forms))
        value = shared.get(ids)
        if value is None:
            value = shared[ids] = _Forms(tuple(forms))
        automaton.add_word(key, (len(key), value))
    automaton.make_automaton()
    return automaton


def first_mentions(mentions: Iterable[Mention]) -> dict[str, Mention]:
    """The first mention of every entity, by entity id."""
    first: dict[str, Mention] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        first.setdefault(mention.entity_id, mention)
    return first
