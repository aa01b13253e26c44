"""Names the registry does not know yet, so that a maintainer can add them.

A name is proposed only where Arabic news prose marks one: a title or role before it
(وزير الدفاع الأوكراني أولكسي ريزنيكوف), an apposition between commas (الدبلوماسي الروسي
المقيم في فيينا، قسطنطين جافريلوف،), a verb of saying (قال جون كيربي), or a word that opens
an organisation's name (وكالة "سبوتنيك"، حركة حماس). The cues are data in
generator/data/unknown.yml. Precision comes first: a person needs at least two words that
are not common words, followed by punctuation, a common word or a conjunction.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable

import yaml

from generator.extract.entities import has_article, load_rules, match_key, skeleton_of
from generator.model import Mention
from generator.read.registry import ENTITIES_DIR, entity_id
from generator.text.arabic import WORD_RE, fold, fold_with_offsets, sentence_at, split_sentences

DATA = Path(__file__).resolve().parents[1] / "data"
_QUOTES = "\"«»“”„'‘’"
# Ta marbuta and pronoun suffixes end Arabic words, not the foreign names cues point at.
_ARABIC_ENDINGS = ("ة", "ه", "ها", "هما", "هم", "كم")
_SENTENCE_BREAK = re.compile(r"[.!?؟…:\n;؛()\[\]]")


@dataclass(frozen=True)
class UnknownName:
    """A name found in the text that no registry entry matches."""

    name: str  # as written, without clitics
    type_guess: str  # "person" or "organization"
    count: int
    example: str  # a sentence where it occurs
    sources: tuple[str, ...] = ()
    role: str | None = None  # the title before it, when there was one
    spellings: tuple[str, ...] = ()  # other ways the texts write it


@dataclass(frozen=True)
class Cues:
    person: tuple[tuple[str, ...], ...]  # folded cue phrases, longest first
    verbs: frozenset[str]
    organization: frozenset[str]
    linking: frozenset[str]
    adjectives: frozenset[str]
    common: frozenset[str]
    max_words: int
    min_person_words: int


@functools.lru_cache(maxsize=None)
def load_cues(path: Path = DATA / "unknown.yml") -> Cues:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    phrases = {tuple(fold(p).split()) for p in data["person_cues"]}

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in data.get(key) or ())

    return Cues(
        person=tuple(sorted(phrases, key=len, reverse=True)),
        verbs=words("reporting_verbs"),
        organization=words("organization_cues"),
        linking=words("linking_words"),
        adjectives=words("adjectives"),
        common=words("common_words"),
        max_words=int(data["max_name_words"]),
        min_person_words=int(data["min_person_words"]),
    )


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    word: str  # folded
    stems: tuple[str, ...]  # the word, then the word without each clitic it may carry
    covered: bool  # inside a mention of a registry entity
    gap: str  # the text between the previous token and this one
    article: bool  # carries the article (ال, للـ, والـ ...), as written: إليزابيث does not


def _tokens(text: str, mentions: list[Mention]) -> list[_Token]:
    spans = sorted((m.start, m.end) for m in mentions)
    clitics = [c for c in sorted(load_rules().bare_prefixes, key=len) if c]
    first_letters = frozenset(c[0] for c in clitics)
    tokens, previous_end, k = [], 0, 0
    folded = fold_with_offsets(text)  # once for the text: folding word by word is slower
    for match in WORD_RE.finditer(folded.text):
        start, end = folded.span(*match.span())
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        covered = k < len(spans) and spans[k][0] < end
        word = match.group()
        stems = (word,)
        if word[0] in first_letters:
            stems += tuple(word[len(c):] for c in clitics if word.startswith(c) and len(word) - len(c) >= 2)
        article = _has_article(text[start:end], word)
        tokens.append(_Token(start, end, word, stems, covered, text[previous_end:start], article))
        previous_end = end
    return tokens


def _has_article(written: str, word: str) -> bool:
    """Does the word carry the article, alone or behind a clitic (الروسي، للصحفيين، والوزير)?
    A bare ال only as written (إليزابيث has a hamza); behind و ف ب ك only before a long
    enough stem, so that والاس (Wallace) stays a name."""
    if has_article(written):
        return len(word) > 3
    if word.startswith("لل"):
        return len(word) >= 5
    return word.startswith(("وال", "فال", "بال", "كال")) and len(word) >= 7


def _plain_article(token: _Token) -> bool:
    """The article with no clitic before it (الروسية, not للأنباء)."""
    return token.article and token.word.startswith("ال")


def _stem_in(token: _Token, words) -> str | None:
    """The token, or the token without its clitic, if it is one of `words`."""
    return next((stem for stem in token.stems if stem in words), None)


def _joined(token: _Token) -> bool:
    """Does this token follow the previous one with nothing but a space between?"""
    return token.gap.strip() == ""


class _Finder:
    def __init__(self, text: str, mentions: list[Mention], cues: Cues):
        self.text = text
        self.cues = cues
        self.tokens = _tokens(text, mentions)
        self.cues_by_head: dict[str, list[tuple[str, ...]]] = {}
        for phrase in cues.person:
            self.cues_by_head.setdefault(phrase[0], []).append(phrase)
        self.cue_heads = frozenset(self.cues_by_head)

    def is_common(self, token: _Token) -> bool:
        c = self.cues
        return any(
            w in c.common or w in c.adjectives or w in c.verbs or w in c.organization or (w,) in c.person
            for w in token.stems
        )

    def name_like(self, token: _Token) -> bool:
        """Could this word be part of a person's name?"""
        original = self.text[token.start:token.end]
        return (
            len(token.word) >= 2
            and token.word.isalpha()
            and not token.word.isascii()
            and not token.article
            and not original.endswith(_ARABIC_ENDINGS)
            and not self.is_common(token)
        )

    def cue_at(self, i: int) -> int:
        """Length in words of the person cue that starts at token i, or 0."""
        for stem in self.tokens[i].stems:
            for phrase in self.cues_by_head.get(stem, ()):  # longest first
                if i + len(phrase) <= len(self.tokens) and all(
                    self.tokens[i + k].word == phrase[k] and _joined(self.tokens[i + k]) for k in range(1, len(phrase))
                ):
                    return len(phrase)
        return 0

    def skip_complements(self, j: int) -> int:
        """The first token after the words that may stand between a title and a name."""
        c = self.cues
        while j < len(self.tokens):
            token = self.tokens[j]
            if _SENTENCE_BREAK.search(token.gap) or any(q in token.gap for q in _QUOTES):
                break
            if "،" in token.gap or "," in token.gap:
                break  # an apposition: the name comes after the comma
            previous = self.tokens[j - 1]
            after_link = previous.word in c.linking
            if token.covered and not (after_link or previous.covered):
                break  # a known name right after the title: the name slot is taken
            # After في، لدى، باسم one word is the place or body (في روسيا، باسم حماس), known or not.
            if after_link or token.covered or token.word in c.linking or token.word in c.adjectives or (
                token.article and token.word not in c.common
            ):
                j += 1
                continue
            break
        return j

    def name_at(self, j: int, min_words: int) -> tuple[int, int] | None:
        """Tokens j..k-1 as a person's name, if they look like one and end where a name ends."""
        tokens = self.tokens
        if j >= len(tokens) or _SENTENCE_BREAK.search(tokens[j].gap):
            return None
        k = j
        while k < len(tokens) and (k == j or _joined(tokens[k])) and self.name_like(tokens[k]) and k - j <= self.cues.max_words:
            k += 1
        if not (min_words <= k - j <= self.cues.max_words):
            return None
        if any(t.covered for t in tokens[j:k]):
            return None  # the registry knows this name
        if k < len(tokens) and _joined(tokens[k]) and not self._boundary(tokens[k]):
            return None
        return j, k

    def _boundary(self, token: _Token) -> bool:
        """Can a name end before this word? A common word, a conjunction, a verb of saying,
        a preposition with the article (قال ديمتري بيسكوف للصحفيين)."""
        return (
            self.is_common(token)
            or (token.word[0] in "وف" and len(token.stems) > 1)
            or (token.article and not _plain_article(token))
        )

    def org_at(self, i: int) -> tuple[int, int] | None:
        """An organisation's name opened by the cue at token i: cue + quoted words, or cue +
        words that end in a name or in an adjective of the article (وزارة الخارجية الصينية)."""
        tokens, c = self.tokens, self.cues
        cue = tokens[i]
        if cue.covered or _stem_in(cue, c.organization) is None:
            return None
        j = i + 1
        if j >= len(tokens) or tokens[j].covered:
            return None
        if any(q in tokens[j].gap for q in _QUOTES) and not _SENTENCE_BREAK.search(tokens[j].gap):
            k = j + 1
            while k < len(tokens) and _joined(tokens[k]) and k - j < c.max_words:
                k += 1
            closing = tokens[k].gap if k < len(tokens) else self.text[tokens[k - 1].end:tokens[k - 1].end + 1]
            if not any(q in closing for q in _QUOTES) or any(t.covered for t in tokens[j:k]):
                return None
            return i, k
        k, named = j, False
        while k < len(tokens) and _joined(tokens[k]) and k - j < c.max_words:
            token = tokens[k]
            if _plain_article(token) and token.word not in c.common:
                k += 1
            elif self.name_like(token) and len(token.stems) == 1:
                named = True
                k += 1
            else:
                break
        if k == j or any(t.covered for t in tokens[j:k]):
            return None
        last = tokens[k - 1].word
        adjective = _plain_article(tokens[k - 1]) and last.endswith(("ي", "يه"))
        return (i, k) if named or adjective else None

    def find(self) -> list[tuple[int, int, str, str | None]]:
        """(start token, end token, type, role) of every candidate, in text order."""
        found = []
        i = 0
        while i < len(self.tokens):
            token = self.tokens[i]
            cue = self.cue_at(i)
            if cue and not token.covered:
                j = self.skip_complements(i + cue)
                span = self.name_at(j, self.cues.min_person_words)
                if span:
                    role = self.text[_after_clitic(self.text, token, self.cue_heads):self.tokens[j - 1].end]
                    found.append((*span, "person", role.strip(" ،,")))
                    i = span[1]
                    continue
            if _stem_in(token, self.cues.verbs):
                span = self.name_at(i + 1, self.cues.min_person_words)
                if span:
                    found.append((*span, "person", None))
                    i = span[1]
                    continue
            span = self.org_at(i)
            if span:
                found.append((*span, "organization", None))
                i = span[1]
                continue
            i += 1
        return found


def _after_clitic(text: str, token: _Token, words) -> int:
    """Offset in `text` where the token starts once a clitic in front of one of `words` is
    left out (لوكالة -> وكالة); diacritics and tatweel count for nothing."""
    stem = _stem_in(token, words) or token.word
    skip = len(token.word) - len(stem)
    pos = token.start
    while skip > 0 and pos < token.end:
        if fold(text[pos]):
            skip -= 1
        pos += 1
    while pos < token.end and not fold(text[pos]):
        pos += 1
    return pos


def _written(text: str, tokens: list[_Token], start: int, end: int, cue_words: frozenset[str]) -> str:
    """The words start..end-1 as written; an organisation's cue without its clitic (لوكالة)."""
    first = tokens[start]
    pieces = [text[_after_clitic(text, first, cue_words):first.end]]
    pieces += [text[t.start:t.end] for t in tokens[start + 1:end]]
    return " ".join(pieces)


def _merge(known: UnknownName, other: UnknownName) -> UnknownName:
    """One unknown name from two sightings: counts added, every spelling and source kept."""
    spellings = tuple(dict.fromkeys((*known.spellings, other.name, *other.spellings)))
    sources = tuple(dict.fromkeys((*known.sources, *other.sources)))
    return replace(known, count=known.count + other.count, sources=sources, role=known.role or other.role,
                   spellings=tuple(s for s in spellings if s != known.name))


@functools.lru_cache(maxsize=None)
def _skeleton():
    return skeleton_of(load_rules())


def _name_key(name: str) -> str:
    """Two spellings of one transliterated name meet here (ديمتري / دميتري بيسكوف)."""
    return _skeleton()(match_key(name))


def find_unknown_names(text: str, mentions: list[Mention]) -> list[UnknownName]:
    """Names in one text that the registry did not match, with how often they occur here."""
    finder = _Finder(text, list(mentions), load_cues())
    sentences = split_sentences(text)
    by_key: dict[str, UnknownName] = {}
    for start, end, type_guess, role in finder.find():
        name = _written(text, finder.tokens, start, end, finder.cues.organization)
        s, e = sentence_at(text, finder.tokens[start].start, sentences)
        found = UnknownName(name, type_guess, 1, text[s:e], (), role)
        key = _name_key(name)
        by_key[key] = _merge(by_key[key], found) if key in by_key else found
    return list(by_key.values())


def suggest(texts: Iterable[tuple[str, str]], matcher) -> list[UnknownName]:
    """Unknown names over (source path, body) pairs: most frequent first."""
    totals: dict[str, UnknownName] = {}
    for source, body in texts:
        for unknown in find_unknown_names(body, matcher.find(body)):
            unknown = replace(unknown, sources=(source,))
            key = _name_key(unknown.name)
            totals[key] = _merge(totals[key], unknown) if key in totals else unknown
    return sorted(totals.values(), key=lambda u: (-u.count, u.name))


# --- Registry stubs ---------------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def _transliteration() -> tuple[dict[str, str], dict[str, str]]:
    data = yaml.safe_load((DATA / "transliteration.yml").read_text(encoding="utf-8"))
    return data["letters"], data["vowels_inside_word"]


def transliterate(text: str) -> str:
    """A readable ASCII spelling of Arabic text, for file names only."""
    letters, inside = _transliteration()
    words = []
    for word in WORD_RE.findall(text):
        word = re.sub("[\u064b-\u0652\u0640]", "", word)
        out = []
        for k, c in enumerate(word):
            if c in inside and 0 < k < len(word) - 1:
                out.append(inside[c])
            else:
                out.append(letters.get(c, c if c.isascii() else ""))
        words.append("".join(out))
    return " ".join(w for w in words if w)


def registry_stub(unknown: UnknownName) -> tuple[str, str]:
    """(path relative to the repository, file text) of a registry entry for `unknown`.

    name_en cannot be guessed: it is left empty with a comment, and the registry check
    reports it until the maintainer fills it in (and renames the file to the id it gives)."""
    ident = entity_id(transliterate(unknown.name)) or "entity"
    path = (ENTITIES_DIR / unknown.type_guess / f"{ident}.md").as_posix()
    lines = [
        "---",
        f"name: {_yaml_text(unknown.name)}",
        "# name_en: write the English name in Latin letters. The entity's id and this file's",
        '# name come from it: "Lloyd Austin" -> lloyd-austin.md (rename the file to match).',
        'name_en: ""',
        f"type: {unknown.type_guess}",
    ]
    if unknown.spellings:
        lines += ["aliases:"] + [f"  - {_yaml_text(s)}" for s in unknown.spellings]
    else:
        lines.append("aliases: []")
    if unknown.role:
        lines.append(f"role: {_yaml_text(unknown.role)}")
    lines += ["---", ""]
    return path, "\n".join(lines)


def _yaml_text(value: str) -> str:
    return yaml.safe_dump(value, allow_unicode=True, width=1000).removesuffix("\n...\n").strip()
