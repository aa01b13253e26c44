"""Does a date's sentence announce something to come? It decides which way a date without a year goes.

"كان من المقرر عقدها من 29 نوفمبر" points forward, "عقدت المحادثات في 29 نوفمبر" back,
and so does "أعلنت الوزارة، الخميس، أن الحدود ستغلق" (the future is another clause's).
The cues are words of dates.yml (سوف، المقرر، المرتقب، المقبل ...) and verbs with the future
prefix سـ, read before the date in its sentence and after it up to the next clause. A word that starts with س is such a verb when, without the س, it is an imperfect
verb that is more frequent in general Arabic than the whole word: "سيعقد" (يعقد), "ستزور"
(تزور), but not "سيارة" (يارة), "سياسة", "ستة", "سيدي" (يدي is rarer than سيدي).

A bare weekday right after a verb in the present tense points forward too: news announces with
it ("يعقد المجلس جلسته الأحد", "تنطلق الثلاثاء"). Such a verb starts with ي or ت, and the same
word with the other letter is a word as well (يعقد / تعقد); a noun is not (تقرير / يقرير).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from wordfreq import zipf_frequency

from generator.extract.dates.lexicon import section, words
from generator.text.orthography import (
    DASH_CLASS, PROCLITIC_CONJUNCTIONS, VERB_PLURAL_AND_DUAL_ENDINGS, WORD_RE, fold, proclitic_stems, remove_diacritics, remove_tatweel,
)

# Every text folded here is one word, and the same words come back in every sentence.
fold = lru_cache(maxsize=1 << 16)(fold)

_IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")
_PERSON_PREFIXES = {"ي": "ت", "ت": "ي"}  # he / she (or you) of one imperfect verb
# Below this Zipf frequency the word without its س is too rare to be the verb it seems.
_VERB_MIN_ZIPF = 3.5
# Both persons of a present-tense verb are at least this frequent (يعقد 3.9 / تعقد 3.8).
_PRESENT_MIN_ZIPF = 2.5
# And of the three-letter stem of a dual or plural verb ("يحلان": يحل 4.4 / تحل 4.3; not "يونان":
# يون 3.8 / تون 3.7, "تبيان": تبي 3.5).
_SHORT_STEM_MIN_ZIPF = 4.0
# A word تفعل is as often a past verb when يتفعل is this frequent (يتقدم 4.1, يتعرض 4.5; not
# يتبقى 3.6, يتعود 3.0, يتصبح 1.3).
_FORM_FIVE_MIN_ZIPF = 3.75
# Across a comma a verb in ت counts only when no form-five verb يتـ of its letters is in use at all
# ("ترأس الأمير والرئيس، الاثنين، الاجتماع": يترأس is rarer than 3.75, still a word).
_FORM_FIVE_IN_USE_ZIPF = 3.0


@lru_cache(maxsize=None)
def _cues() -> frozenset[str]:
    return words(section("tense")["future_cues"])


@lru_cache(maxsize=None)
def _cues_before() -> frozenset[str]:
    return words(section("tense")["future_cues_before"])


@lru_cache(maxsize=None)
def _clause_openers() -> frozenset[str]:
    return words(section("tense")["clause_openers"])


def near_future_days() -> int:
    return section("tense")["near_future_days"]


@lru_cache(maxsize=None)
def past_cues() -> frozenset[str]:
    return words(section("tense")["past_cues"])


@lru_cache(maxsize=4096)
def is_future_verb(word: str) -> bool:
    """"سيعقد", "ستنطلق", "وسيتأخر": a verb with the future prefix سـ (as written, without
    diacritics: the frequency list keeps the hamza, "يتأخر" is frequent where "يتاخر" is not)."""
    if word[:1] in PROCLITIC_CONJUNCTIONS and word[1:2] == "س":
        word = word[1:]
    if len(word) < 4 or not word.startswith("س") or not fold(word[1:]).startswith(_IMPERFECT_PREFIXES):
        return False
    verb = max(zipf_frequency(word[1:], "ar"), zipf_frequency(fold(word[1:]), "ar"))
    if verb >= _VERB_MIN_ZIPF and verb > zipf_frequency(word, "ar"):
        return True
    # The dual and the plural ("سيلتقيان", "سيوقعان", "سيحلون") are rarer than the singular: their
    # present without the س is a verb by its singular (is_present_verb), and more frequent than the word.
    # A stem of three letters at least ("سيحلان"; not "سيدان", "ستان": يدان, تان are too short).
    return (len(word) >= 6 and word[1:].endswith(VERB_PLURAL_AND_DUAL_ENDINGS)
            and verb > zipf_frequency(word, "ar") and is_present_verb(word[1:], shortest=3))


@lru_cache(maxsize=4096)
def is_present_verb(word: str, shortest: int = 4) -> bool:
    """"يعقد", "وتنطلق", "يلتقي": a verb in the present tense (as written, without diacritics),
    of at least `shortest` letters (3 lets in "يصل", where names and nouns are not at stake)."""
    if word[:1] in PROCLITIC_CONJUNCTIONS and word[1:2] in _PERSON_PREFIXES:
        word = word[1:]
    other = _PERSON_PREFIXES.get(word[:1])
    if other is None or len(word) < shortest or fold(word) in _not_verbs():
        return False
    if min(zipf_frequency(word, "ar"), zipf_frequency(other + word[1:], "ar")) >= _PRESENT_MIN_ZIPF:
        return True
    # The plural and the dual ("ينتخبون", "يلتقيان"): their second person is rare in news, so
    # the singular stands for them (ينتخب / تنتخب); not a noun ("يونانيون": توناني is no word).
    # A stem of three letters (a hollow or doubled root: "يحلان", "يعودون", "يصلان") where `shortest`
    # lets it, only when both its persons are common verbs ("يونان": يون / تون is no such pair).
    stem = word[:-2] if word.endswith(VERB_PLURAL_AND_DUAL_ENDINGS) else ""
    if len(stem) < max(shortest, 3):
        return False
    floor = _PRESENT_MIN_ZIPF if len(stem) >= 4 else _SHORT_STEM_MIN_ZIPF
    return min(zipf_frequency(stem, "ar"), zipf_frequency(other + stem[1:], "ar")) >= floor


@lru_cache(maxsize=None)
def _not_verbs() -> frozenset[str]:
    return words(section("tense")["present_not_verbs"])


def present_verb_before(before: str, plain: bool = False) -> bool:
    """Is one of the last words before a bare weekday, in its clause, a verb in the present
    tense ("يعقد المجلس جلسته الأحد")? `before`: the weekday's sentence up to it. A weekday set
    off by a comma is of the clause before the comma when that clause opens with such a verb
    ("تستقبل شبيبة القبائل، مساء السبت، ضيفها"; not "تلقى الأمير فيصل، الجمعة،": a past tense, a name)."""
    clauses = re.split(r"([،,؛;:.!?؟()«»\"])", before)
    clause = clauses[-1]
    if not _words(clause) and len(clauses) >= 3 and clauses[-2] in "،,":
        opening = _words(clauses[-3])[:1]
        return bool(opening) and _plainly_present(opening[0], _FORM_FIVE_IN_USE_ZIPF)
    openers = _clause_openers()
    recent = []
    for w in reversed(_words(clause)):
        if fold(w) in openers or len(recent) == section("tense")["present_verb_words"]:
            break
        recent.append(w)
    if plain:  # not a verb in ت that is as often a past one ("تلقى", "توجه": يتلقى, يتوجه)
        return any(_plainly_present(w[1:] if w[:1] in PROCLITIC_CONJUNCTIONS and len(w) > 3 else w,
                                    _FORM_FIVE_IN_USE_ZIPF) for w in recent)
    return any(is_present_verb(w, shortest=3) for w in recent)


def fronted_with_present_verb(before: str, after: str) -> bool:
    """Does a weekday open its clause as a time adverbial, with a present-tense verb right after it
    ("ويوم السبت، يسود طقس صاف", "وفي يوم الاثنين يطرأ ارتفاع", "الأثنين: يكون الجو حارا")? A
    forecast or a schedule: the day is to come. `before`: the sentence up to the weekday and its
    time word, `after`: the rest."""
    clause = re.split(r"[،,؛;:.!?؟()«»\"\n]", before)[-1]
    if any(fold(w) not in _fronting_words() for w in _words(clause)):
        return False
    if _after_closing_mark(before[:len(before) - len(clause)]):
        return False  # "التفجير الذي استهدف مصرف "لبنان والمهجر" مساء الاحد يهدف": the day ends a name's phrase
    following = _words(_expectation().sub("", re.sub(rf"\A[\s،,:؛;{DASH_CLASS}]*", "", after), count=1))[:1]
    if not following:
        return False
    verb = following[0][1:] if following[0][:1] == "ف" and len(following[0]) > 3 else following[0]
    return _plainly_present(verb)


def _plainly_present(verb: str, form_five_zipf: float = _FORM_FIVE_MIN_ZIPF) -> bool:
    """Is `verb` a present-tense verb that is not as often a past one (a verb in ت whose form-five
    present يتـ has at least `form_five_zipf`: "تقدم" is as often the past of يتقدم)?"""
    if verb.startswith("ت") and zipf_frequency("يت" + verb[1:], "ar") >= form_five_zipf:
        return False  # "تقدم", "تعرض": as often the past of يتقدم, يتعرض ("ويوم الأحد، تقدم الجيش")
    return is_present_verb(verb, shortest=3)


@lru_cache(maxsize=None)
def _expectation() -> re.Pattern:
    """"من المتوقع أن" at the start of a clause (as written, hamza or not): the verb comes after it."""
    def written(word: str) -> str:
        return "".join(_ALEFS if fold(c) == "ا" else re.escape(c) for c in word)

    phrases = sorted(section("tense")["expectation_phrases"], key=len, reverse=True)
    return re.compile(r"\A(?:" + "|".join(r"\s+".join(map(written, p.split())) for p in phrases) + r")\s+")


_ALEFS = "[اأإآ]"


def _after_closing_mark(before: str) -> bool:
    """Does `before` end with a closing quotation mark or bracket (a name or an aside ends there,
    and the clause goes on), rather than with a mark that ends a clause?"""
    mark = before.rstrip()[-1:]
    return mark != "" and (mark in "»)" or (mark == '"' and before.count('"') % 2 == 0))


@lru_cache(maxsize=None)
def _fronting_words() -> frozenset[str]:
    return words(section("tense")["fronting_words"])


@lru_cache(maxsize=8192)
def is_future_cue(word: str) -> bool:
    """`word` as written (diacritics and tatweel removed). A cue that is a present-tense verb is one
    in either person: "تترقب الأوساط جلسة الاثنين" as "يترقب"."""
    cues = _cues()
    return any(stem in cues or _other_person(stem) in cues
               for stem in proclitic_stems(fold(word), most=1)) or is_future_verb(word)


def _other_person(verb: str) -> str:
    """يترقب -> تترقب and back; another word unchanged."""
    other = _PERSON_PREFIXES.get(verb[:1])
    return other + verb[1:] if other else verb


@lru_cache(maxsize=8192)
def is_cue_before(word: str) -> bool:
    """A future cue, or one that points forward only from before the date ("أجلت", "اعتبارا")."""
    return is_future_cue(word) or any(stem in _cues_before() for stem in proclitic_stems(fold(word), most=1))


@lru_cache(maxsize=None)
def _past_openers() -> tuple[frozenset[str], frozenset[str]]:
    """(one-word openers, first words of two-word ones): "وكانت", "بعدما"; "بعد أن"."""
    single, double = set(), set()
    for opener in section("tense")["past_clause_openers"]:
        parts = fold(opener).split()
        (single if len(parts) == 1 else double).add(tuple(parts) if len(parts) > 1 else parts[0])
    return frozenset(single), frozenset(double)


@lru_cache(maxsize=None)
def _relative_pronouns() -> frozenset[str]:
    return words(section("tense")["relative_pronouns"])


def _past_opener_at(words: list[str], i: int) -> bool:
    """Does a clause about the past open at words[i] ("وكانت المحكمة قد نظرتها", "بعد أن
    نظرتها", "التي عقدها")? Not when a present-tense or future verb follows ("بعد أن يصل الوفد",
    "التي ستعقد": still to come)."""
    single, double = _past_openers()
    word = fold(words[i])
    if word in _relative_pronouns():
        return (i + 1 < len(words) and not is_present_verb(words[i + 1], shortest=3)
                and not is_future_verb(words[i + 1]) and not is_cue_before(words[i + 1]))
    if word in single:
        rest = i + 1
    elif i + 1 < len(words) and (word, fold(words[i + 1])) in double:
        rest = i + 2
    else:
        return False
    return rest >= len(words) or not is_present_verb(words[rest], shortest=3)


def _state(words: list[str]) -> bool:
    """After `words`, does a future cue hold (one read before the date, and no clause about the
    past opened after it)?"""
    state = False
    for i, w in enumerate(words):
        if is_cue_before(w):
            state = True
        elif _past_opener_at(words, i):
            state = False
    return state


def _words(text: str) -> list[str]:
    return WORD_RE.findall(remove_tatweel(remove_diacritics(text)))


def points_forward(before: str, after: str) -> bool:
    """Does a date announce something to come? `before`: its sentence up to it, `after`: the rest.
    (The definition; SentenceTense gives the same answers for many dates of one sentence.)"""
    return _state(_words(before)) or bool(_decision(_words(after)))


_TOKEN = re.compile(r"\S+")


def _decision(words: list[str]) -> bool | None:
    """What the first telling word after a date says: a clause opener ends the search (False), a future cue points forward."""
    openers = _clause_openers()
    for w in words:
        if fold(w) in openers:
            return False
        if is_future_cue(w):
            return True
    return None


@lru_cache(maxsize=1 << 15)
def _read_token(token: str) -> tuple[tuple[str, ...], bool | None]:
    """The words of one token and what they decide (`_decision`): the same tokens come back in
    every sentence."""
    token_words = _words(token)
    return tuple(token_words), _decision(token_words)


class SentenceTense:
    """points_forward for every date of one sentence, its words read once: the same answers in
    time linear in the sentence, where asking points_forward for each of many dates of one long
    sentence reads it again for each."""

    def __init__(self, sentence: str):
        self.text = sentence
        spans, decisions, ends = [], [], []
        words: list[str] = []
        for m in _TOKEN.finditer(sentence):
            token_words, decision = _read_token(m.group())
            spans.append(m.span())
            decisions.append(decision)
            words.extend(token_words)
            ends.extend([m.end()] * len(token_words))
        self._starts = [s for s, _ in spans]
        self._spans = spans
        # Where a future cue starts to hold or a clause about the past ends it (the end of the
        # token of each); and from each token on, the first decision.
        self._switches: list[tuple[int, bool]] = []
        for i, w in enumerate(words):
            if is_cue_before(w):
                self._switches.append((ends[i], True))
            elif _past_opener_at(words, i):
                self._switches.append((ends[i], False))
        self._switch_ends = [e for e, _ in self._switches]
        following: list[bool] = [False] * (len(spans) + 1)
        for i in range(len(spans) - 1, -1, -1):
            following[i] = decisions[i] if decisions[i] is not None else following[i + 1]
        self._following = following

    def past_opened(self, first: int) -> bool:
        """Does a clause about the past open before sentence[first] ("الذي توفي مساء ..."), no
        future cue after it?"""
        j = bisect.bisect_right(self._switch_ends, first) - 1
        return j >= 0 and not self._switches[j][1]

    def points_forward(self, first: int, last: int) -> bool:
        """points_forward(sentence[:first], sentence[last:])."""
        k = bisect.bisect_right(self._starts, first) - 1  # a token cut by the date's start
        if k >= 0 and self._spans[k][0] < first < self._spans[k][1]:
            if _state(_words(self.text[:first])):
                return True
        else:
            j = bisect.bisect_right(self._switch_ends, first) - 1
            if j >= 0 and self._switches[j][1]:
                return True
        k = bisect.bisect_right(self._starts, last) - 1  # a token cut by the date's end
        if k >= 0 and self._spans[k][0] < last < self._spans[k][1]:
            decided = _decision(_words(self.text[last:self._spans[k][1]]))
            if decided is not None:
                return decided
        return self._following[bisect.bisect_left(self._starts, last)]
