"""Search keys: our own normalised forms of words, for the Pagefind index and the query.

Pagefind's Arabic stemmer already meets some spellings (إسرائيل / اسرائيل, الحكومة / حكومة) but
not all (فالحكومة, a name typed without its ال, شويغو / شويجو). So every indexed page carries,
hidden, the keys of its words whose key differs from the word, and the browser sends Pagefind
the keys of the query: both sides compute keys from the same tables
(generator/data/orthography.yml), this module in Python and search-keys.js in the browser.

Small pure functions, each doing one thing:

- `fold_word`: one word's letters normalised (hamza, ya, ta marbuta, diacritics, tatweel …);
- `page_keys`: every key a word of a page answers to (its clitic prefixes stripped each way);
- `query_key`: the one key a word of the query is searched by (only article prefixes stripped);
- `skeleton`: a looser key for transliterated names (غ / ج / ق merged, inner long vowels dropped);
- `join_initials`: initials written apart as one key (سي إن إن -> سيانان).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from generator.text import orthography as ortho


@dataclass(frozen=True)
class Tables:
    raw: dict  # what search-keys.js reads, written into the site as JSON
    word_re: re.Pattern
    letter_map: dict  # ord -> str
    article: tuple[str, ...]
    particle: tuple[str, ...]
    min_stem: int
    min_query_stem: int
    skeleton_map: dict  # ord -> str
    drop_inner: frozenset
    skeleton_min_key: int
    skeleton_min_length: int
    marker: str
    sentinel: str
    initials_max: int
    # word -> (its page keys, their skeletons): a page's words mostly recur in other pages
    word_memo: dict = field(default_factory=dict, compare=False, repr=False)
    # name -> every key it adds to a page (search_keys' `names`): a name is listed on many pages
    name_memo: dict = field(default_factory=dict, compare=False, repr=False)


def _longest_first(prefixes) -> list[str]:
    return sorted(prefixes, key=lambda p: (-len(p), p))


def browser_tables() -> dict:
    """The search-key tables of orthography.yml, in the shape search-keys.js reads: the marks to
    drop, the `search` folds, the clitic prefixes and the skeleton letters, all from the one file."""
    data = ortho.tables()
    search, skeleton_data = data["search"], data["search"]["skeleton"]
    return {
        "version": search["version"],
        "word_chars": search["word_chars"],
        "presentation_forms": data["presentation_forms"],
        "remove": "".join(data["drop"][name] for name in ("diacritics", "tatweel", "format_marks")),
        "map": {chr(k): v for k, v in ortho.fold_map(*ortho.key_folds("search")).items()},
        "prefixes": {
            "article": _longest_first(ortho.article_prefixes()),
            "particle": _longest_first(ortho.bare_prefixes() - {""}),
            "min_stem": search["min_stem"],
            "min_query_stem": search["min_query_stem"],
        },
        "initials": {"max_length": search["initials_max_length"]},
        "skeleton": {
            "min_key": skeleton_data["min_key"],
            "min_length": skeleton_data["min_length"],
            "map": ortho.search_skeleton_map(),
            "drop_inner": ortho.long_vowels() + skeleton_data["drop_inner_also"],
            "marker": skeleton_data["marker"],
        },
        "sentinel": search["sentinel"],
    }


@functools.lru_cache(maxsize=1)
def load_tables() -> Tables:
    raw = browser_tables()
    prefixes, skel = raw["prefixes"], raw["skeleton"]
    return Tables(
        raw=raw,
        word_re=re.compile(f"[{raw['word_chars']}]+"),
        letter_map={ord(k): v for k, v in raw["map"].items()},
        article=tuple(prefixes["article"]),
        particle=tuple(prefixes["particle"]),
        min_stem=int(prefixes["min_stem"]),
        min_query_stem=int(prefixes["min_query_stem"]),
        skeleton_map={ord(k): v for k, v in skel["map"].items()},
        drop_inner=frozenset(skel["drop_inner"]),
        skeleton_min_key=int(skel["min_key"]),
        skeleton_min_length=int(skel["min_length"]),
        marker=str(skel["marker"]),
        sentinel=str(raw["sentinel"]),
        initials_max=int(raw["initials"]["max_length"]),
    )


def words(text: str, tables: Tables | None = None) -> list[str]:
    """The words of a text, as written (presentation forms expanded)."""
    t = tables or load_tables()
    return t.word_re.findall(ortho.expand_presentation_forms(text))


def fold_word(word: str, tables: Tables | None = None) -> str:
    """A word's letters normalised: nothing removed but marks, nothing stripped."""
    t = tables or load_tables()
    return ortho.ascii_lower(ortho.remove_marks(ortho.expand_presentation_forms(word)).translate(t.letter_map))


def _strip(key: str, prefixes: tuple[str, ...], min_stem: int) -> list[str]:
    return [key[len(p):] for p in prefixes if key.startswith(p) and len(key) - len(p) >= min_stem]


def page_keys(word: str, tables: Tables | None = None) -> list[str]:
    """Every key a word of a page answers to: its fold, and the fold without each clitic prefix,
    keeping only the keys a query can produce (those `query_key` leaves as they are: a query
    never keeps its article, so الحكومه is never searched for and حكومه is)."""
    t = tables or load_tables()
    key = fold_word(word, t)
    if not key:
        return []
    keys = [key] + _strip(key, t.article, t.min_stem) + _strip(key, t.particle, t.min_stem)
    return [k for k in dict.fromkeys(keys) if _query_key_of_fold(k, t) == k]


def query_key(word: str, tables: Tables | None = None) -> str:
    """The key a query word is searched by: its fold without the article (longest that fits)."""
    t = tables or load_tables()
    return _query_key_of_fold(fold_word(word, t), t)


def _query_key_of_fold(key: str, t: Tables) -> str:
    stripped = _strip(key, t.article, t.min_stem)
    return stripped[0] if stripped else key


def query_variant(key: str, tables: Tables | None = None) -> str | None:
    """A query key without a leading conjunction or preposition (وموسكو -> موسكو), if long enough."""
    t = tables or load_tables()
    stripped = _strip(key, t.particle, t.min_query_stem)
    return _query_key_of_fold(stripped[0], t) if stripped else None


def skeleton(key: str, tables: Tables | None = None) -> str | None:
    """The consonant skeleton of a key, between markers; None for short keys."""
    t = tables or load_tables()
    if len(key) < t.skeleton_min_key or key.isascii():
        return None
    letters = key.translate(t.skeleton_map)
    inner = [c for c in letters[1:-1] if c not in t.drop_inner]
    chars = [letters[0], *inner, letters[-1]]
    collapsed = [c for i, c in enumerate(chars) if i == 0 or c != chars[i - 1]]
    if len(collapsed) < t.skeleton_min_length:
        return None
    return f"{t.marker}{''.join(collapsed)}{t.marker}"


def join_initials(keys: list[str], tables: Tables | None = None) -> list[str]:
    """Keys with every run of two or more short keys (initials) written together as one."""
    t = tables or load_tables()
    out: list[str] = []
    run: list[str] = []
    for key in [*keys, None]:
        if key is not None and len(key) <= t.initials_max:
            run.append(key)
            continue
        out.extend(["".join(run)] if len(run) > 1 else run)
        run = []
        if key is not None:
            out.append(key)
    return out


_WORD_MEMO_LIMIT = 500_000


def _keys_of_word(word: str, t: Tables) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A word's page keys, their skeletons and the keys that differ from the word as written
    (the others Pagefind indexes already, where the word is indexed as text), remembered."""
    found = t.word_memo.get(word)
    if found is None:
        if len(t.word_memo) >= _WORD_MEMO_LIMIT:
            t.word_memo.clear()
        keys = tuple(page_keys(word, t))
        as_written = ortho.ascii_lower(word)
        found = t.word_memo[word] = (keys, tuple(filter(None, (skeleton(key, t) for key in keys))),
                                     tuple(key for key in keys if key != as_written))
    return found


def _keys_of_name(name: str, t: Tables) -> tuple[str, ...]:
    """Every key of a name's words, their skeletons and the name's keys with its initials
    joined, remembered."""
    found = t.name_memo.get(name)
    if found is None:
        if len(t.name_memo) >= _WORD_MEMO_LIMIT:
            t.name_memo.clear()
        keys: set[str] = set()
        name_words = words(name, t)
        for word in name_words:
            word_keys, skeletons, _ = _keys_of_word(word, t)
            keys.update(word_keys)
            keys.update(skeletons)
        keys.update(join_initials([query_key(w, t) for w in name_words], t))
        found = t.name_memo[name] = tuple(keys)
    return found


def search_keys(text: str, names: list[str] | tuple[str, ...] = (), tables: Tables | None = None) -> list[str]:
    """The keys block of a page: keys of the page's words that differ from the words as written,
    every key of the extra `names` (entity names and aliases, not in the indexed text) with their
    initials joined, and the skeletons of them all. Sorted, each once."""
    t = tables or load_tables()
    out: set[str] = set()
    for word in set(words(text, t)):
        _, skeletons, differing = _keys_of_word(word, t)
        out.update(differing)
        out.update(skeletons)
    for name in names:
        out.update(_keys_of_name(name, t))
    return sorted(out)


def query_terms(query: str, tables: Tables | None = None) -> dict:
    """What the browser sends Pagefind for a query (search-keys.js does the same):
    `keys` (one per word), `variant` (the keys with leading particles stripped, or None when no
    word has one) and `skeletons` (each word's skeleton, or its key when it has none)."""
    t = tables or load_tables()
    keys = join_initials([k for k in (query_key(w, t) for w in words(query, t)) if k], t)
    variants = [query_variant(k, t) for k in keys]
    skeletons = [skeleton(k, t) or k for k in keys]
    return {
        "keys": keys,
        "variant": [v or k for k, v in zip(keys, variants)] if any(variants) else None,
        "skeletons": skeletons,
    }
