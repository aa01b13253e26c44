"""Arabic orthography for matching and search: small pure functions, each doing one thing.

Every table comes from generator/data/orthography.yml (named letter folds, the marks to drop,
the clitics, the letter classes of transliterated names); the entity matcher, discovery, the
dates, the registry's name keys and the search keys all read it through this module, and the
browser's search keys read the same tables as JSON. Text shown to readers is never changed:
these functions only build keys to compare. `fold_with_offsets` returns the folded text with
the way back to offsets in the original, so what a matcher finds can be shown as written.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass

from generator.data import DATA_DIR, read_yaml

DATA = DATA_DIR / "orthography.yml"


def _unescape(class_body: str) -> str:
    r"""A character-class body as written in the YAML (\uXXXX escapes, shared with JavaScript)
    with the escapes turned into the characters."""
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), class_body)


@functools.lru_cache(maxsize=1)
def tables() -> dict:
    """orthography.yml as written (the search keys send parts of it to the browser)."""
    data = read_yaml(DATA)
    for name, table in data["folds"].items():
        bad = [k for k, v in table.items() if len(k) != 1 or len(v) != 1]
        if bad:
            raise ValueError(f"{DATA}: fold '{name}' must map one character to one character: {bad}")
    return data


_DATA = tables()

# --- Character classes (regular-expression class bodies) ----------------------------------

DIACRITICS = _unescape(_DATA["drop"]["diacritics"])
TATWEEL = _unescape(_DATA["drop"]["tatweel"])
FORMAT_CHARS = _unescape(_DATA["drop"]["format_marks"])
PRESENTATION_FORMS = _unescape(_DATA["presentation_forms"])
ARABIC_LETTER = _unescape(_DATA["arabic_letters"])
ARABIC_ALPHABET = frozenset(_DATA["arabic_alphabet"])
# The dashes as a tuple of characters (so `in` tests one dash, never a substring) and escaped
# for a regular-expression class.
DASHES = tuple(_unescape(_DATA["dashes"]))
DASH_CLASS = "".join(re.escape(dash) for dash in DASHES)
ARABIC_INDIC_DIGITS = "".join(k for k in _DATA["folds"]["digits"])
# A word of running text: letters with their marks, Latin letters and digits of every set.
WORD_CHARS = f"{ARABIC_LETTER}{DIACRITICS}{TATWEEL}A-Za-z0-9{ARABIC_INDIC_DIGITS}"
WORD_RE = re.compile(f"[{WORD_CHARS}]+")

_REMOVABLE = re.compile(f"[{DIACRITICS}{TATWEEL}{FORMAT_CHARS}]")
_DIACRITICS_RE = re.compile(f"[{DIACRITICS}]")
_TATWEEL_RE = re.compile(f"[{TATWEEL}]")
_FORMAT_RE = re.compile(f"[{FORMAT_CHARS}]")
_PRESENTATION_RE = re.compile(f"[{PRESENTATION_FORMS}]+")
# Everything fold_with_offsets must remove or expand, found in one scan.
_CHANGED = re.compile(f"[{DIACRITICS}{TATWEEL}{FORMAT_CHARS}{PRESENTATION_FORMS}]")


# --- Named folds ----------------------------------------------------------------------------

def fold_map(*names: str) -> dict[int, str]:
    """The named letter folds of orthography.yml merged into one str.translate table."""
    merged: dict[int, str] = {}
    for name in names:
        merged.update({ord(k): v for k, v in _DATA["folds"][name].items()})
    return merged


def key_folds(key: str) -> tuple[str, ...]:
    """The names of the folds a key applies ("match", "search")."""
    return tuple(_DATA["keys"][key])


_ALEF_TABLE = fold_map("alef")
_YA_TABLE = fold_map("ya")
_WASLA_TABLE = fold_map("wasla")
_HAMZA_TABLE = fold_map("hamza_carriers")
_TA_TABLE = fold_map("ta_marbuta")
_PERSIAN_TABLE = fold_map("persian_letters")
_DIGIT_TABLE = fold_map("digits")
_PUNCTUATION_TABLE = fold_map("punctuation")
_SPACE_PAIRS = tuple((chr(k), v) for k, v in fold_map("spaces").items())
# Everything a match key folds, as one 1:1 translation (the removals are done apart).
_MATCH_TABLE = fold_map(*key_folds("match"))


def remove_diacritics(text: str) -> str:
    return _DIACRITICS_RE.sub("", text)


def remove_tatweel(text: str) -> str:
    return _TATWEEL_RE.sub("", text)


def remove_format_chars(text: str) -> str:
    """Drop bidi marks, zero-width joiners and the BOM."""
    return _FORMAT_RE.sub("", text)


def remove_marks(text: str) -> str:
    """Diacritics, tatweel and format characters dropped: every `drop` class at once."""
    return _REMOVABLE.sub("", text)


def is_mark(char: str) -> bool:
    """Is this one character a diacritic, a tatweel or a format character (never a letter)?"""
    return _REMOVABLE.fullmatch(char) is not None


def fold_alef(text: str) -> str:
    return text.translate(_ALEF_TABLE)


def plain_wasla(text: str) -> str:
    """Vocalised text's alef wasla written as plain text writes it (ٱلْمَهْرَة: المهرة), hamzas kept."""
    return text.translate(_WASLA_TABLE)


def fold_ya(text: str) -> str:
    return text.translate(_YA_TABLE)


def fold_hamza_carriers(text: str) -> str:
    return text.translate(_HAMZA_TABLE)


def fold_ta_marbuta(text: str) -> str:
    return text.translate(_TA_TABLE)


def fold_persian_letters(text: str) -> str:
    return text.translate(_PERSIAN_TABLE)


def western_digits(text: str) -> str:
    """Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits to 0-9; same length."""
    return text.translate(_DIGIT_TABLE)


def plain_spaces(text: str) -> str:
    """No-break, narrow, thin and figure spaces and tabs to a plain space; same length."""
    for space, plain in _SPACE_PAIRS:
        if space in text:
            text = text.replace(space, plain)
    return text


def latin_punctuation(text: str) -> str:
    """Arabic comma, semicolon, question mark and number signs to their Latin twins."""
    return text.translate(_PUNCTUATION_TABLE)


def expand_presentation_forms(text: str) -> str:
    return _PRESENTATION_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


# str.translate looks every character up in a dict; one str.replace per folded letter is
# about 25 times faster on Arabic text, and gives the same result because no replacement is
# itself a letter that gets replaced.
_MATCH_PAIRS = tuple((chr(k), v) for k, v in _MATCH_TABLE.items())


def _translate_match(text: str) -> str:
    for letter, replacement in _MATCH_PAIRS:
        if letter in text:
            text = text.replace(letter, replacement)
    return text


def _lower_keeping_length(text: str) -> str:
    """Lower case, except the few letters whose lower case is longer (İ): offsets must not move."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def ascii_lower(text: str) -> str:
    """Only A-Z lower-cased: Python's and JavaScript's lower case disagree on a few other letters."""
    return re.sub(r"[A-Z]", lambda m: m.group().lower(), text)


def fold(text: str) -> str:
    """The match key of a text: presentation forms expanded, marks dropped, every `match` fold,
    lower case. Idempotent."""
    text = expand_presentation_forms(text)
    return _lower_keeping_length(_translate_match(remove_marks(text)))


def name_key(text: str) -> str:
    """How two spellings of a name are compared (registry clashes, proposals, the name guard):
    folded, one space between words."""
    return " ".join(fold(text).split())


@dataclass(frozen=True)
class FoldedText:
    """Folded text plus the offsets back to the original.

    `_folded_starts[k]` is where the k-th piece starts in the folded text and
    `_shifts[k]` is what to add to a folded offset inside it to get the original one.
    """

    text: str
    original: str
    _folded_starts: tuple[int, ...]
    _shifts: tuple[int, ...]

    def to_original(self, pos: int) -> int:
        k = bisect.bisect_right(self._folded_starts, pos) - 1
        return min(pos + self._shifts[k], len(self.original))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) for a folded span [start, end)."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1


def fold_with_offsets(original: str) -> FoldedText:
    """Fold `original` and keep the way back; fast when nothing has to be removed."""
    starts = [0]
    shifts = [0]
    pieces: list[str] = []
    consumed = 0  # characters of the original already handled
    produced = 0  # characters of folded text already written
    for match in _CHANGED.finditer(original):
        pieces.append(original[consumed : match.start()])
        produced += match.start() - consumed
        # An expansion may itself hold diacritics or tatweel (ﹱ -> ـً): fold removes them too.
        replacement = "" if _REMOVABLE.fullmatch(match.group()) else remove_marks(expand_presentation_forms(match.group()))
        if replacement:
            # Every character of an expansion (ﻻ -> لا) stands for the one original character.
            pieces.append(replacement)
            for k in range(1, len(replacement)):
                starts.append(produced + k)
                shifts.append(match.start() - (produced + k))
            produced += len(replacement)
        consumed = match.end()
        starts.append(produced)
        shifts.append(consumed - produced)
    pieces.append(original[consumed:])
    folded = _lower_keeping_length(_translate_match("".join(pieces)))
    return FoldedText(folded, original, tuple(starts), tuple(shifts))


# --- Clitics --------------------------------------------------------------------------------

_CLITICS = _DATA["clitics"]
# Letters written in front of a word: a conjunction (و ف), then a preposition (ب ل ك):
# "ومايو", "بـ9 نوفمبر", "وللعام".
PROCLITIC_CONJUNCTIONS = "".join(fold(c) for c in _CLITICS["conjunctions"])
PROCLITIC_PREPOSITIONS = "".join(fold(p) for p in _CLITICS["prepositions"])
PROCLITICS = PROCLITIC_CONJUNCTIONS + PROCLITIC_PREPOSITIONS
ARTICLE = fold(_CLITICS["article"])
LAM_ARTICLE = fold(_CLITICS["lam_article"])  # ل + ال, written لل
# Pronouns of the third person at a word's end (جنوبها "south of it", مهامه "his duties"), folded.
THIRD_PERSON_ENDINGS = tuple(fold(e) for e in _CLITICS["pronoun_endings"]["third_person"])
# The endings of an adjective of relation (nisba), folded: ي، يه (ية); its plurals يين، يون.
NISBA_ENDINGS = tuple(fold(e) for e in _CLITICS["nisba_endings"]["singular"])
NISBA_PLURAL_ENDINGS = tuple(fold(e) for e in _CLITICS["nisba_endings"]["plural"])


# --- Endings ---------------------------------------------------------------------------------

_ENDINGS = _DATA["endings"]
FEMININE_ENDING = _ENDINGS["feminine"]
FEMININE_NISBA_ENDING = _ENDINGS["feminine_nisba"]
# The same as written or folded (ة is ه folded), for a word that may have been either.
FEMININE_ENDINGS = tuple(dict.fromkeys((FEMININE_ENDING, fold(FEMININE_ENDING))))
FEMININE_NISBA_ENDINGS = tuple(dict.fromkeys((FEMININE_NISBA_ENDING, fold(FEMININE_NISBA_ENDING))))
FEMININE_PLURAL_ENDING = _ENDINGS["feminine_plural"]
MASCULINE_PLURAL_ENDINGS = tuple(_ENDINGS["masculine_plural"])
DUAL_ENDINGS = tuple(_ENDINGS["dual"])
SOUND_PLURAL_ENDINGS = MASCULINE_PLURAL_ENDINGS + (FEMININE_PLURAL_ENDING,)
VERB_PLURAL_AND_DUAL_ENDINGS = tuple(_ENDINGS["verb_plural_and_dual"])
_SINGULAR_OF = {ending: tuple(singulars) for ending, singulars in _ENDINGS["singular_of"].items()}


def singular_forms(word: str, shortest_stem: int = 3) -> tuple[str, ...]:
    """The singulars a sound plural or a dual may come from (صالات: صالة، صال; المستفيدين:
    المستفيد), none for any other word or when less than `shortest_stem` letters would be left."""
    for ending, singular_endings in _SINGULAR_OF.items():
        if word.endswith(ending) and len(word) >= len(ending) + shortest_stem:
            return tuple(word[:-len(ending)] + singular for singular in singular_endings)
    return ()


def is_nisba(word: str) -> bool:
    """A definite adjective of relation, folded (المصري، الاقتصاديه): the article, at least three
    letters, a nisba ending."""
    return len(word) >= 6 and word.startswith(ARTICLE) and word.endswith(NISBA_ENDINGS)


def proclitic_pattern(group: str) -> str:
    """A named regex group for the proclitics a (folded) word may carry: conjunction, then preposition."""
    return f"(?P<{group}>[{PROCLITIC_CONJUNCTIONS}]?[{PROCLITIC_PREPOSITIONS}]?)"


def proclitic_stems(word: str, most: int = 2) -> list[str]:
    """`word` and what is left of it without one, then two, leading proclitic letters ("ومنذ" -> منذ)."""
    stems = [word]
    while len(stems) <= most and stems[-1][:1] in PROCLITICS and len(stems[-1]) > 1:
        stems.append(stems[-1][1:])
    return stems


def _clitic_combinations() -> list[tuple[str, str]]:
    """(conjunction, preposition) pairs, each possibly empty, in the data's order."""
    return list(itertools.product(["", *PROCLITIC_CONJUNCTIONS], ["", *PROCLITIC_PREPOSITIONS]))


@functools.lru_cache(maxsize=None)  # asked for at every word of a name's context
def bare_prefixes() -> frozenset[str]:
    """Every clitic sequence before a word without the article: "", و, ب, وب, فل ..."""
    return frozenset(conj + prep for conj, prep in _clitic_combinations())


@functools.lru_cache(maxsize=None)
def article_prefixes() -> frozenset[str]:
    """Every clitic sequence that ends in the article: ال, وال, بال, وبال, لل, ولل ...
    (ل + ال is written لل; every other preposition keeps the article whole)."""
    lam = PROCLITIC_PREPOSITIONS[PROCLITIC_PREPOSITIONS.index(LAM_ARTICLE[0])]
    return frozenset(conj + (LAM_ARTICLE if prep == lam else prep + ARTICLE) for conj, prep in _clitic_combinations())


def has_article(written: str) -> bool:
    """Does the first word start with the article? Only as written: ال with a bare alef
    (إليزابيث and ألكسندر start with a hamza, not with the article)."""
    return remove_tatweel(remove_diacritics(written)).lstrip().startswith(ARTICLE)


# --- Transliterated names -------------------------------------------------------------------

_TRANSLITERATION = _DATA["transliteration"]


def letter_classes() -> tuple[tuple[str, str], ...]:
    """(Latin letter, its Arabic letters, the class's own letter first), folded."""
    return tuple((c["latin"].lower(), "".join(dict.fromkeys(fold(letter) for letter in c["letters"])))
                 for c in _TRANSLITERATION["letter_classes"])


def long_vowels() -> str:
    """The long vowels transliterations add or drop, folded."""
    return fold("".join(_TRANSLITERATION["long_vowels"]))


def spelling_pairs() -> tuple[tuple[str, str], ...]:
    """Folded spellings that are the same word in every name (اميرك / امريك)."""
    return tuple((fold(a), fold(b)) for a, b in _TRANSLITERATION["spelling_pairs"])


def search_skeleton_map() -> dict[str, str]:
    """Letters a search skeleton writes as another: each letter class as its `key` letter, and
    the emphatic and interdental letters as their plain neighbours."""
    merged = {letter: c["key"] for c in _TRANSLITERATION["letter_classes"] for letter in c["letters"]
              if letter != c["key"]}
    return merged | _DATA["search"]["skeleton"]["plain_neighbours"]
