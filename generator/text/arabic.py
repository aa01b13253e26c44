"""Arabic normalisation for matching and search: small pure functions, each doing one thing.

Text shown to readers is never normalised; these functions only build keys to compare.
`fold_with_offsets` returns the folded text together with a way back to offsets in the
original, so that what a matcher finds can be highlighted in the text as written.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

# Harakat, tanween, shadda, sukun, superscript alef, Quranic annotation marks.
DIACRITICS = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
)
TATWEEL = "\u0640"
# Bidi controls, zero-width characters and the byte order mark: invisible in the text.
FORMAT_CHARS = "\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad"

_REMOVABLE = re.compile(f"[{DIACRITICS}{TATWEEL}{FORMAT_CHARS}]")
_DIACRITICS_RE = re.compile(f"[{DIACRITICS}]")
_FORMAT_RE = re.compile(f"[{FORMAT_CHARS}]")

_ALEF_FORMS = {c: "ا" for c in "أإآٱٲٳٵ"}
_YA_FORMS = {"ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي"}
_HAMZA_CARRIERS = {"ؤ": "و", "ئ": "ي"}
_TA_MARBUTA = {"ة": "ه", "ۃ": "ه"}
_PERSIAN_LETTERS = {"ک": "ك", "ڪ": "ك", "ھ": "ه", "ە": "ه", "ہ": "ه"}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_PUNCTUATION = {"،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ","}


def _table(*maps: dict[str, str]) -> dict[int, str]:
    merged: dict[int, str] = {}
    for mapping in maps:
        merged.update({ord(k): v for k, v in mapping.items()})
    return merged


_ALEF_TABLE = _table(_ALEF_FORMS)
_YA_TABLE = _table(_YA_FORMS)
_TA_TABLE = _table(_TA_MARBUTA)
_DIGIT_TABLE = _table(_DIGITS)
# Everything a match key folds, as one 1:1 translation (the removals are done apart).
_FOLD_TABLE = _table(
    _ALEF_FORMS, _YA_FORMS, _HAMZA_CARRIERS, _TA_MARBUTA, _PERSIAN_LETTERS, _DIGITS, _PUNCTUATION
)

# Arabic presentation forms (ﻻ, ﺍ ...) as pasted from old PDFs: NFKC gives the letters back.
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
# Everything fold_with_offsets must remove or expand, found in one scan.
_CHANGED = re.compile(f"[{DIACRITICS}{TATWEEL}{FORMAT_CHARS}\ufb50-\ufdff\ufe70-\ufefe]")


def remove_diacritics(text: str) -> str:
    return _DIACRITICS_RE.sub("", text)


def remove_tatweel(text: str) -> str:
    return text.replace(TATWEEL, "")


def remove_format_chars(text: str) -> str:
    """Drop bidi marks, zero-width joiners and the BOM."""
    return _FORMAT_RE.sub("", text)


def fold_alef(text: str) -> str:
    return text.translate(_ALEF_TABLE)


def fold_ya(text: str) -> str:
    return text.translate(_YA_TABLE)


def fold_ta_marbuta(text: str) -> str:
    return text.translate(_TA_TABLE)


def western_digits(text: str) -> str:
    """Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits to 0-9; same length."""
    return text.translate(_DIGIT_TABLE)


def expand_presentation_forms(text: str) -> str:
    return _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


# str.translate looks every character up in a dict; one str.replace per folded letter is
# about 25 times faster on Arabic text, and gives the same result because no replacement is
# itself a letter that gets replaced.
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD_TABLE.items())


def _translate_fold(text: str) -> str:
    for letter, replacement in _FOLD_PAIRS:
        if letter in text:
            text = text.replace(letter, replacement)
    return text


def _lower_keeping_length(text: str) -> str:
    """Lower case, except the few letters whose lower case is longer (İ): offsets must not move."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def fold(text: str) -> str:
    """The match key of a text: every fold above, composed. Idempotent."""
    text = expand_presentation_forms(text)
    return _lower_keeping_length(_translate_fold(_REMOVABLE.sub("", text)))


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
        replacement = "" if _REMOVABLE.fullmatch(match.group()) else _REMOVABLE.sub("", expand_presentation_forms(match.group()))
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
    folded = _lower_keeping_length(_translate_fold("".join(pieces)))
    return FoldedText(folded, original, tuple(starts), tuple(shifts))


# --- Words and sentences -------------------------------------------------------------

ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06fc"
WORD_CHARS = f"{ARABIC_LETTER}{DIACRITICS}{TATWEEL}A-Za-z0-9\u0660-\u0669\u06f0-\u06f9"
WORD_RE = re.compile(f"[{WORD_CHARS}]+")

# A sentence ends at . ! ? ؟ … or a line break, unless the dot sits between digits (3.5).
_SENTENCE_END = re.compile(r"(?<!\d)[.!?؟…]+(?!\d)[\"'”»)\]]*|\n+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, without surrounding white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end() if match.group()[0] != "\n" else match.start()
        spans.append((start, end))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def sentence_at(text: str, pos: int, spans: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The sentence span containing offset `pos`."""
    spans = spans if spans is not None else split_sentences(text)
    starts = [s for s, _ in spans]
    k = max(bisect.bisect_right(starts, pos) - 1, 0)
    return spans[k] if spans else (0, len(text))


def line_of(text: str, pos: int) -> int:
    """1-based line number of offset `pos`."""
    return text.count("\n", 0, pos) + 1


# --- Proclitics ------------------------------------------------------------------------

# Letters written in front of a word: a conjunction (و ف), then a preposition (ب ل ك):
# "ومايو", "بـ9 نوفمبر", "وللعام". (The entity matcher reads the same from data/variants.yml.)
PROCLITIC_CONJUNCTIONS = "وف"
PROCLITIC_PREPOSITIONS = "بلك"
PROCLITICS = PROCLITIC_CONJUNCTIONS + PROCLITIC_PREPOSITIONS


def proclitic_pattern(group: str) -> str:
    """A named regex group for the proclitics a (folded) word may carry: conjunction, then preposition."""
    return f"(?P<{group}>[{PROCLITIC_CONJUNCTIONS}]?[{PROCLITIC_PREPOSITIONS}]?)"


def proclitic_stems(word: str, most: int = 2) -> list[str]:
    """`word` and what is left of it without one, then two, leading proclitic letters ("ومنذ" -> منذ)."""
    stems = [word]
    while len(stems) <= most and stems[-1][:1] in PROCLITICS and len(stems[-1]) > 1:
        stems.append(stems[-1][1:])
    return stems
