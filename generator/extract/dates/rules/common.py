"""Pattern pieces and checks that several rules share."""
from __future__ import annotations

import re
import re._constants as re_constants
import re._parser as re_parser
from functools import lru_cache

from generator.extract.dates.calendars import gregorian
from generator.extract.dates.lexicon import Names, alternation, key, section, words
from generator.extract.dates.parts import Context
from generator.text.orthography import ARTICLE, DUAL_ENDINGS, PROCLITIC_CONJUNCTIONS, PROCLITICS, fold, proclitic_pattern, proclitic_stems

# The name ends here; digits may follow in run-together text ("مايو2023").
LETTER_END = r"(?![^\W\d_])"
# The clitics a date may carry: "ومايو", "بـ9 نوفمبر", "للعام", "فالخميس".
CLITIC = r"(?<!\w)" + proclitic_pattern("cl")
# A number may follow letters without a space in crawled text ("الثلاثاء29يونيو2021").
GLUED_OR_WORD_START = r"(?:(?<!\w)|(?<=[^\W\d_])(?=\d))"
SHAHR = r"(?:ال|(?<=ل)ل)?شهر"
# Where a year ends: no digit follows, unless a clock time glued to it does (a crawl's date line,
# "12 مارس 202411:20", "08 Jun 201718:37 PM").
YEAR_END = r"(?:(?!\d)|(?=(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)))"
# What may stand before a word that opens its clause, or after one that ends it ("" is the text's edge).
CLAUSE_END = ("", ".", ",", ";", "!", "?", ":", "»", '"', ")", "-")


def starts_here(heads: set[str]) -> str:
    """Python's re tries every alternative at every position: a date that starts with a number
    or one of a few words is only tried where the first two letters of one stand (checked
    first by one character class, which costs least where nothing starts)."""
    heads = set(heads) | {"ل" + h[1] for h in heads if h.startswith("ا")}  # للخميس
    first = "".join(sorted({h[0] for h in heads} | set(PROCLITICS)))
    return _noted_start(rf"(?=[\d{first}]){GLUED_OR_WORD_START}"
                        rf"(?=[{PROCLITICS}]{{0,2}}(?:\d|{'|'.join(sorted(heads))}))", heads, False)


def starts_with(prefixes, digits: bool = True) -> str:
    """Like `starts_here`, with whole first words ("الخميس", "الحادي", "رمضان") rather than two
    letters: a definite word that is none of them costs one failed lookahead, not a full match."""
    folded = {fold(p).split()[0] for p in prefixes if p}
    folded |= {p[1:] for p in folded if p.startswith("ال")}  # "للخميس": ل + لخميس
    first = "".join(sorted({p[0] for p in folded} | set(PROCLITICS)))
    alternatives = "|".join(re.escape(p) for p in sorted(folded, key=len, reverse=True))
    number = r"(?:ال\s?)?\d|" if digits else ""  # "الـ15 من أيار"
    return _noted_start(rf"(?=[\d{first}]){GLUED_OR_WORD_START}"
                        rf"(?=[{PROCLITICS}]{{0,2}}(?:{number}{alternatives}))", folded, digits)


# The start patterns above, with the words they let a date start with: `Rule.finditer` tries a
# rule only where one stands (found once per text for every rule) instead of letting re try it
# at every character of the text (most of the time extraction spent on dates).
_START_WORDS: dict[str, tuple[frozenset[str], bool]] = {}


def _noted_start(pattern: str, words: set[str], article_before_number: bool) -> str:
    if all(w and re.escape(w) == w and w[0].isalnum() for w in words):  # literal words only
        _START_WORDS[pattern] = (frozenset(words), article_before_number)
    return pattern


def first_words(*name_lists) -> list[str]:
    """Every name of some lists of names (dates.yml lists, or {value: [names]} sections)."""
    names: list[str] = []
    for names_or_groups in name_lists:
        values = names_or_groups.values() if isinstance(names_or_groups, dict) else [names_or_groups]
        for group in values:
            names.extend(group if isinstance(group, list) else [group])
    return names


# Before a pattern that starts with a number: fails at once where no digit stands.
DIGIT_HERE = r"(?=\d)"
# Numbers with no letter or digit before them (and "و2024") stand at a word's start, where the
# start index knows every number (`Rule.finditer`).
for _number_start in (DIGIT_HERE + r"(?<![\w", r"(?=و?\d)(?<![\w"):
    _START_WORDS[_number_start] = (frozenset(), False)


def heads(*name_lists) -> set[str]:
    return {fold(n)[:2] for names in name_lists for n in names}


def span(m: re.Match) -> tuple[int, int]:
    """The match without its leading clitic (و ف ب ل ك): "ومايو" is the date "مايو".

    After ل the article's alef drops ("للعام"): then the ل stays, so the text reads "للعام".
    """
    if "cl" not in m.re.groupindex:
        return m.start(), m.end()
    start = m.end("cl")
    if m.group("cl").endswith("ل") and m.string.startswith("ل", start) and not m.string.startswith("ال", start):
        start -= 1
    return start, m.end()


@lru_cache(maxsize=None)
def ordinals() -> Names:
    return Names.of({int(k): v for k, v in section("shared")["ordinals"].items()})


@lru_cache(maxsize=None)
def bare_ordinals() -> tuple[str, ...]:
    """The day ordinals from the second on without their article, as Maghreb papers write them
    right before a month ("يوم تاسع شتنبر", "ثاني ماي"); "أول" is a first-day word already."""
    return tuple(name[2:] for day, names in section("shared")["ordinals"].items() if int(day) > 1
                 for name in names if name.startswith("ال"))


@lru_cache(maxsize=None)
def relations() -> Names:
    return Names.of({int(k): v for k, v in section("shared")["relations"].items()})


@lru_cache(maxsize=None)
def dual_relations() -> tuple[str, ...]:
    """The relations in the dual ("الماضيين", "المقبلين": the ending ين): after two month names
    they make the two one span without شهري ("يوليو وأغسطس الماضيين")."""
    return tuple(name for names in section("shared")["relations"].values() for name in names if name.endswith(DUAL_ENDINGS))


@lru_cache(maxsize=None)
def qualifiers() -> Names:
    """"مطلع", "أواخر" ... -> the month they mean on a year (None: the year itself)."""
    return Names.of({month: [name for name, m in section("shared")["qualifiers"].items() if m == month]
                     for month in set(section("shared")["qualifiers"].values())})


@lru_cache(maxsize=None)
def shared_words(name: str) -> frozenset[str]:
    return words(section("shared")[name])


@lru_cache(maxsize=None)
def year_words_pattern() -> str:
    names = section("shared")["year_words"]
    return alternation(["ال" + n for n in names] + names)


def month_pair() -> str:
    """A month, alone or paired with its name in another system: "تشرين الثاني/نوفمبر",
    "مايو/ أيار", "آذار (مارس)", "نوفمبر تشرين الثاني" (Reuters writes the pair with a space)."""
    p = gregorian.months().pattern
    return (rf"(?P<m1>{p}){LETTER_END}"
            rf"(?:\s*/\s*(?P<m2>{p}){LETTER_END}|\s*\(\s*(?P<m3>{p})\s*\)|[^\S\n]+(?P<m4>{p}){LETTER_END})?")


def year_tail(other: str = "") -> str:
    """What may follow a month: a year ("2022", "سنة 2023", "من 2026", "لعام 2024", "2011م", "/2024"), a relation
    (الماضي), a year counted from publication ("من العام الماضي"), "من العام نفسه", or
    `other` (a pattern of the caller's, tried first)."""
    year_unit = alternation(section("periods")["units"]["year"])
    return (
        rf"(?:{other + '|' if other else ''}\s*[,/\-]?\s*(?:من\s+)?(?:(?:ل|لل(?={year_words_pattern()}))?{year_words_pattern()}\s*)?(?P<year>\d{{4}}){YEAR_END}"
        rf"(?:\s*(?P<ysuf>{gregorian.year_mark_pattern()})(?!\w))?"
        rf"|\s+(?:من\s+)?{year_unit}\s+(?P<yrel>{relations().pattern})(?!\w)"
        rf"|\s+(?P<rel>{relations().pattern})(?!\w)|\s+(?P<same>{alternation(section('shared')['same_year'])}(?!\w)"
        rf"|{alternation(section('shared')['same_year_bare'])}(?=[^\S\n]*[.,;:!?)»\"\n]|\s*\Z)))?"
    )


def pair_warning(m: re.Match, ctx: Context) -> str | None:
    """"13 مايو/ حزيران": the two names of a pair must be the same month."""
    months = gregorian.months()
    first = months.value(m.group("m1"))
    other_name = m.group("m2") or m.group("m3")
    if other_name is None or months.value(other_name) == first:
        return None
    return (f"'{ctx.original(*span(m))}' names two different months; the first one is used. "
            "Correct the other name so that both say the same month")


def unpaired(m: re.Match) -> bool:
    """Two month names with only a space between that are not one month ("يناير فبراير") are a
    list, not a pair: no date."""
    months = gregorian.months()
    return bool(m.group("m4")) and months.value(m.group("m4")) != months.value(m.group("m1"))


def day_of(m: re.Match) -> int:
    """The day of a match with a `day` (digits), an `ord` (ordinal word) or a `first` group."""
    if m.group("day"):
        return int(m.group("day"))
    if "first" in m.re.groupindex and m.group("first"):
        return 1
    if "bord" in m.re.groupindex and m.group("bord"):
        return ordinals().value(m.group("bord"))  # the value's key has no article either
    return ordinals().value(m.group("ord"))


def counts_a_period(m: re.Match, ctx: Context) -> bool:
    """"الأسبوع الأول من أبريل": the ordinal of a match (group `ord`) counts weeks or quarters, not days."""
    return bool(m.group("ord")) and among(ctx.word_before(m.start()), shared_words("ordinal_not_after"))


def year_of(m: re.Match, ctx: Context) -> int | None:
    """The year written after a month, or counted from publication ("مارس من العام الماضي")."""
    if m.group("year"):
        return int(m.group("year"))
    if m.group("yrel"):
        return ctx.published.year + relations().value(m.group("yrel"))
    return None


def is_annual(m: re.Match, ctx: Context) -> bool:
    """"الثاني من ديسمبر كل عام": every year, not one date."""
    return bool(_annual().match(ctx.f, m.end()))


@lru_cache(maxsize=None)
def _annual() -> re.Pattern:
    return re.compile(rf"\s*,?\s*{alternation(section('shared')['annual'])}(?!\w)")


def habitual(start: int, ctx: Context) -> bool:
    """"اعتادت الشركة إطلاق هواتفها قبل نهاية شهر أغسطس": a day or month without its year in a
    sentence that tells a habit recurs, it is no one date."""
    cues = shared_words("habitual")
    return any(stem in cues for w in _WORD.findall(fold(ctx.sentence_before(start))) for stem in proclitic_stems(w))


_WORD = re.compile(r"\w+")


def general_adjective(start: int, ctx: Context) -> bool:
    """Is "العام" at folded `start` the adjective "general" after a noun it qualifies ("الأمين العام
    السابق": the former secretary-general), not the year?"""
    word = ctx.word_before(start)
    if word is not None and word[:1] in PROCLITIC_CONJUNCTIONS and word[1:3] == "لل":
        word = word[1:]
    if word is not None and word.startswith("لل"):
        word = "ال" + word[2:]  # "للصالح العام", "وللأمين العام": ل before ال drops the alef
    return among(word, shared_words("general_after"))


def relation_of(m: re.Match) -> int | None:
    return relations().value(m.group("rel")) if m.group("rel") else None


def among(word: str | None, vocabulary: frozenset[str]) -> bool:
    """`word`, or the word after its clitics (و ف ب ل ك), is in `vocabulary` ("ومنذ", "لثورة")."""
    return word is not None and any(stem in vocabulary for stem in proclitic_stems(word))


def is_ambiguous_month(name: str) -> bool:
    return key(name) in {key(n) for n in shared_words("ambiguous_months")}


class Rule:
    """One form of date: its pattern (built lazily from dates.yml and CLDR) and its scanner,
    which turns a match into a `Part` or None (the words around say it is no date)."""

    def __init__(self, name: str, pattern, scan, gate=None):
        self.name = name
        self._pattern = pattern  # () -> str
        self.scan = scan  # (re.Match, Context) -> Part | None
        self._gate = gate  # () -> str: a cheap pattern that must occur somewhere for the rule to run

    @property
    def regex(self) -> re.Pattern:
        if not hasattr(self, "_regex"):
            pattern = self._pattern()
            self._regex = re.compile(pattern)
            self._gate_regex = re.compile(self._gate()) if self._gate else None
            self._starts = _start_words_of(pattern, self._regex)
        return self._regex

    def finditer(self, text: str):
        regex = self.regex
        if self._gate_regex is not None and not self._gate_regex.search(text):
            return iter(())
        if self._starts is not None:
            found = _matches_at(regex, text, _StartIndex.of(text).positions(self._starts))
            if found is not None:
                return iter(found)
        return regex.finditer(text)

    def __repr__(self) -> str:
        return f"Rule({self.name})"


def _start_words_of(pattern: str, regex: re.Pattern) -> tuple[frozenset[str], bool] | None:
    """The start words of a pattern that begins with a noted start (`starts_here`, `starts_with`)
    that every match passes: not when the pattern is an alternation at its top."""
    for start, start_words in _START_WORDS.items():
        if pattern.startswith(start):
            parsed = re_parser.parse(pattern, regex.flags)
            return start_words if parsed.data and parsed.data[0][0] is re_constants.ASSERT else None
    return None


def _matches_at(regex: re.Pattern, text: str, positions: list[int]) -> list[re.Match] | None:
    """What `regex.finditer(text)` yields when a match can only start at one of `positions`
    (sorted): the first match at or after the end of the last one. None after an empty match
    (finditer's rule for the next search differs there; the caller falls back to it)."""
    found: list[re.Match] = []
    resume = 0
    match = regex.match
    for position in positions:
        if position < resume:
            continue
        m = match(text, position)
        if m is not None:
            if m.end() == position:
                return None
            found.append(m)
            resume = m.end()
    return found


class _StartIndex:
    """Where each noted start can match in one folded text: at the start of a word (or of a
    number glued to letters), after at most two proclitics, a digit or one of its words; the
    article before a number ("الـ15") for `starts_with`. A superset is enough (the rule's
    pattern decides at each place); one pass over the words serves every rule."""

    _last: "_StartIndex | None" = None  # the text every rule reads in turn
    _tables: "_StartTables | None" = None

    def __init__(self, text: str):
        self.text = text
        self.tables = tables = self.tables_now()
        self._numbers: list[int] = []  # where a number stands: every start may match there
        self._article_numbers: list[int] = []  # where the article stands before a number
        self._by_start: list[list[int]] = [[] for _ in tables.starts]  # where one of its words does
        self._sorted: dict[int, list[int]] = {}
        self._index(tables)

    @classmethod
    def of(cls, text: str) -> "_StartIndex":
        last = cls._last
        if last is None or last.text is not text or last.tables is not cls.tables_now():
            last = cls._last = cls(text)
        return last

    def _index(self, tables: "_StartTables") -> None:
        text, by_start = self.text, self._by_start
        lengths, starts_of = tables.lengths, tables.starts_of
        size = len(text)
        for m in tables.union.finditer(text):
            p = m.start()
            for q in range(p, min(p + 3, size)):
                c = text[q]
                if c.isdecimal():
                    self._numbers.append(p)
                elif text.startswith(ARTICLE, q) and q + 2 < size and (
                        text[q + 2].isdecimal() or text[q + 2].isspace() and q + 3 < size and text[q + 3].isdecimal()):
                    self._article_numbers.append(p)
                for length in lengths.get(text[q:q + 2], ()):
                    for start in starts_of.get(text[q:q + length], ()):
                        by_start[start].append(p)
                if c not in PROCLITICS:
                    break

    def positions(self, start: tuple[frozenset[str], bool]) -> list[int]:
        """Sorted; a place may come twice (the rule's pattern is tried there once more, in vain)."""
        number = self.tables.number[start]
        found = self._sorted.get(number)
        if found is None:
            article_numbers = self._article_numbers if start[1] else []
            found = self._sorted[number] = sorted(self._numbers + article_numbers + self._by_start[number])
        return found

    @classmethod
    def tables_now(cls) -> "_StartTables":
        """The tables of every start noted so far (patterns are compiled when a rule first runs)."""
        if cls._tables is None or cls._tables.noted != len(_START_WORDS):
            cls._tables = _StartTables(list(dict.fromkeys(_START_WORDS.values())), len(_START_WORDS))
        return cls._tables


class _StartTables:
    """The noted starts' words, for one pass over a text: by their first two letters, their
    lengths; by the word, which starts it begins; and where any of them can match."""

    def __init__(self, starts: list[tuple[frozenset[str], bool]], noted: int):
        self.starts, self.noted = starts, noted
        self.number = {start: k for k, start in enumerate(starts)}
        starts_of: dict[str, set[int]] = {}
        lengths: dict[str, set[int]] = {}
        for k, (start_words, _) in enumerate(starts):
            for word in start_words:
                starts_of.setdefault(word, set()).add(k)
                lengths.setdefault(word[:2], set()).add(len(word))
        self.starts_of = {word: tuple(sorted(ks)) for word, ks in starts_of.items()}
        self.lengths = {key: tuple(sorted(ls)) for key, ls in lengths.items()}
        self.union = self._union_of_starts(set(starts_of))

    @staticmethod
    def _union_of_starts(every: set[str]) -> re.Pattern:
        """Where any noted start can match: one pass of re, its words as a trie (re tries the
        alternatives of a list one by one), before the pass in Python that tells them apart."""
        first = "".join(sorted({w[0] for w in every} | set(PROCLITICS)))
        return re.compile(rf"(?=[\d{re.escape(first)}]){GLUED_OR_WORD_START}"
                          rf"(?=[{PROCLITICS}]{{0,2}}(?:\d|{ARTICLE}\s?\d|{_trie(every)}))")


def _trie(words: set[str]) -> str:
    """A pattern that matches where one of `words` starts, letter by letter."""
    tree: dict = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def branch(node: dict) -> str:
        if "" in node:
            return ""  # a whole word: what follows does not matter
        alternatives = [re.escape(letter) + branch(child) for letter, child in sorted(node.items())]
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return branch(tree)
