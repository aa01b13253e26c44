"""A cache of extractions between builds, so `make serve` and rebuilds redo only what changed.

Kept in build/cache/ (outside content/, safe to delete). An entry is an article's extraction,
found by a hash of the article; it is dropped when the extraction code or data change (a hash
of each), and when the registry changes only where the change can reach: an article is
extracted again when its text holds a name key of an entity whose names changed (added,
removed or edited names, aliases or English name), as written or as a variant. An edited
description or role re-extracts nothing.

Beside each extraction the cache keeps what the article adds to the entity profiles (its
share_record, aggregate/entities.py: plain tuples and offsets), so that a build aggregates the
unchanged articles without reading them again; a record goes with its extraction (dropped
when the extraction is), and all of them when the code that makes them changes.

On disk the cache is a folder of shards, the entries whose fingerprint starts with the same
two hex digits, each pickled alone, and a head file naming the registry and the token of every
shard it was written with: a build writes again only the shards it changed (and the head), and
no save holds more than one shard's pickler memo. A shard whose token is not the head's (cut
short, from a save that stopped half way, or from another version) is not read: its articles
are extracted again.

A shard holds its extractions already compact (`stored_shard`): each distinct text once in a
table, and every mention, date and event as a row of numbers (a text's place in the table, an
offset as itself) in one byte string per kind. Reading it makes each value once, every text
interned and the offsets the shared ints, instead of unpickling every value as an object of
its own and then making it compact again (loading 10,000 extractions: about 0.6 times the
processor time).
"""
from __future__ import annotations

import dataclasses
import hashlib
import secrets
import sys
from array import array
from collections.abc import Callable
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

from generator import safe_pickle
from generator.extract.agencies import agency_key
from generator.extract.entities import EntityMatcher
from generator.model import AGENCY_JOINER, Article, DateMention, Entity, Event, Extraction, Mention
from generator.read.content import MAX_ARTICLE_BYTES
from generator.safe_pickle import no_cycle_collection, read_pickle, text_to_write, write_pickle
from generator.text.orthography import fold_with_offsets

CACHE_DIR = Path("build") / "cache" / "extractions"
HEAD_FILE = CACHE_DIR / "head.pickle"
# The cache of the versions before the shards (one file, and its changes beside it): removed.
OLD_FILES = (Path("build") / "cache" / "extractions.pickle", Path("build") / "cache" / "extractions-changes.pickle")
FORMAT = 3  # of the head and the shards
SHARD_DIGITS = 2  # an entry's shard: the first hex digits of its fingerprint (256 shards)
_PACKAGE = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The extraction code, its language data and the shape of what it returns (model.py, e.g. a
    mention's `field`): a change to any of them empties the cache."""
    return safe_pickle.code_fingerprint(tuple(file.relative_to(_PACKAGE).as_posix() for file in fingerprinted_files()))


def fingerprinted_files() -> list[Path]:
    """model.py and every file of extract/, text/ and data/, packages below them included (the
    dates package has rules/ and calendars/, with a hijri.py in each), the name tagger's model too."""
    found = [path for folder in ("extract", "text", "data")
             for pattern in ("*.py", "*.yml", "*.crfsuite") for path in (_PACKAGE / folder).rglob(pattern)]
    return [_PACKAGE / "model.py", *sorted(found)]


# The code that makes the records kept beside each extraction (state.kept_record), besides what code_fingerprint covers (text/, data/).
RECORD_FILES = ("aggregate/entities.py", "render/digest.py", "state.py")  # state.kept_record: a record's shape


@lru_cache(maxsize=1)
def record_fingerprint() -> str:
    return hashlib.sha256(f"{code_fingerprint()} {safe_pickle.code_fingerprint(RECORD_FILES)}".encode()).hexdigest()


def article_fingerprint(article: Article) -> str:
    return hashlib.sha256(repr(article).encode("utf-8")).hexdigest()


def matched_as(entity: Entity) -> tuple:
    """What of an entity extraction reads (its names, for the matcher and the agencies); the
    rest (description, role, wikidata, its file) never changes what an article mentions."""
    return entity.id, entity.type, entity.name, entity.name_en, entity.aliases


def changed_entities(before: list[Entity], after: list[Entity]) -> list[Entity]:
    """The entities, in either version, whose names differ between two registries."""
    old = {e.id: e for e in before}
    new = {e.id: e for e in after}
    changed = []
    for entity_id in sorted(old.keys() | new.keys()):
        was, now = old.get(entity_id), new.get(entity_id)
        if was is None or now is None or matched_as(was) != matched_as(now):
            changed += [e for e in (was, now) if e is not None]
    return changed


class NameProbe:
    """Can an article's extraction depend on these entities? Yes when its title, dateline, body or
    agencies hold a key of their names: any place where the matcher's automata (exact
    spellings, and the skeletons of transliterated names) hit, before the checks that turn a
    hit into a mention, and any agency written as one of their organisations' names."""

    def __init__(self, entities: list[Entity]):
        self.matcher = EntityMatcher(entities)
        self.agency_keys = frozenset(agency_key(form) for e in entities if e.type == "organization"
                                     for form in (e.name, e.name_en, *e.aliases) if form and agency_key(form))

    def reaches(self, article: Article) -> bool:
        if any(agency_key(name) in self.agency_keys for name in article.agencies):
            return True
        text = "\n".join((article.title, article.dateline or "", article.body, AGENCY_JOINER.join(article.agencies)))
        return self.matcher.hits_anywhere(fold_with_offsets(text).text)


def shard_of(fingerprint: str) -> str:
    return fingerprint[:SHARD_DIGITS]


class ExtractionCache:
    """The extractions of one registry, by article fingerprint, held between runs."""

    def __init__(self, entities: list[Entity], items: dict[str, Extraction] | None = None,
                 records: dict[str, tuple] | None = None):
        self.entities = list(entities)
        self.items: dict[str, Extraction] = dict(items or {})
        # article fingerprint -> the share record of its extraction in `items`
        self.records: dict[str, tuple] = {key: record for key, record in (records or {}).items() if key in self.items}
        self.changed = False  # since it was loaded or saved
        self.tokens: dict[str, str] = {}  # shard -> the token of its file on disk
        self.dirty: set[str] = {shard_of(key) for key in self.items}  # shards to write again
        self.note: str | None = None  # why the cache on disk was not read (said once by the build)

    def _changed(self, key: str) -> None:
        self.dirty.add(shard_of(key))
        self.changed = True

    def with_registry(self, entities: list[Entity]) -> "ExtractionCache":
        """The entries still valid under another registry: those of articles whose text holds
        no name of an entity that changed."""
        changed = changed_entities(self.entities, entities)
        if not changed:
            kept = self.items
        else:
            probe = NameProbe(changed)
            kept = {key: x for key, x in self.items.items() if not probe.reaches(x.article)}
        cache = ExtractionCache(entities, kept, self.records)
        cache.changed = self.changed or bool(changed) or self.entities != list(entities)
        cache.tokens, cache.note = self.tokens, self.note
        cache.dirty = self.dirty | {shard_of(key) for key in self.items.keys() - kept.keys()}
        return cache

    def keep_only(self, fingerprints) -> None:
        """Forget the extractions of articles that are gone."""
        wanted = set(fingerprints)
        for key in [k for k in self.items if k not in wanted]:
            del self.items[key]
            self.records.pop(key, None)
            self._changed(key)

    def add(self, fingerprint: str, extraction: Extraction) -> None:
        self.items[fingerprint] = extraction
        self.records.pop(fingerprint, None)
        self._changed(fingerprint)

    def record(self, fingerprint: str, make) -> tuple:
        """The share record of the extraction at `fingerprint`, made (make(extraction)) and kept
        when there is none."""
        record = self.records.get(fingerprint)
        if record is None:
            record = self.records[fingerprint] = make(self.items[fingerprint])
            self._changed(fingerprint)  # its shard goes to disk with it
        return record


def load(root: Path, entities: list[Entity], sound_record: Callable[[object], bool]) -> ExtractionCache:
    """The last build's extractions that still hold for this registry (none when the extraction
    code or data changed). A shard holding a record that is not `sound_record` is not read (its
    ids reach the open data and the warnings: planted, they would repeat an entity or crash)."""
    with no_cycle_collection():
        return _load(root, entities, sound_record)


def _load(root: Path, entities: list[Entity], sound_record: Callable[[object], bool]) -> ExtractionCache:
    head = read_pickle(root / HEAD_FILE)
    if not isinstance(head, dict) or head.get("format") != FORMAT or head.get("code") != code_fingerprint():
        cache = ExtractionCache(entities)
        if head is not None or (root / HEAD_FILE).exists():
            cache.note = "the extraction cache was written by another version or is damaged: every article is extracted again"
        elif any((root / old).exists() for old in OLD_FILES):
            cache.note = "the extraction cache is in an older format: every article is extracted again"
        return cache
    same_records = head.get("record_code") == record_fingerprint()
    items, records, tokens, lost = {}, {}, {}, []
    for shard, token in head["shards"].items():
        stored = read_pickle(root / CACHE_DIR / f"{shard}.pickle")
        try:
            if not isinstance(stored, dict) or stored.get("token") != token:
                raise ValueError("not the shard the head names")
            found = extractions_of(stored)
            kept = dict(stored["records"]) if same_records else {}
            if not all(map(sound_record, kept.values())):
                raise ValueError("a shard's record is not one the build makes")
        except (ValueError, TypeError, IndexError, KeyError, AttributeError):
            lost.append(shard)
            continue
        items.update(found)
        records.update(kept)
        tokens[shard] = token
    cache = ExtractionCache(head["entities"], items, records)
    cache.tokens, cache.dirty = tokens, set(lost)
    if not same_records:  # every record is made again, and every shard written with them
        cache.dirty = {shard_of(key) for key in items} | set(lost)
    if lost:
        cache.note = (f"{len(lost)} of {len(head['shards'])} parts of the extraction cache could not be read "
                      "(damaged or left by a stopped build): their articles are extracted again")
        cache.changed = True
    return cache.with_registry(entities)


def save(root: Path, cache: ExtractionCache) -> None:
    """The shards that changed since the cache was read, each pickled alone (a pickler's memo
    holds every object it wrote until the end: one shard's, not the archive's), then the head
    that names them. A save stopped half way leaves shards the head does not name: not read."""
    by_shard: dict[str, list[str]] = {}
    for key in cache.items:
        shard = shard_of(key)
        if shard in cache.dirty:
            by_shard.setdefault(shard, []).append(key)
    folder = root / CACHE_DIR
    for shard in sorted(cache.dirty):
        keys = sorted(by_shard.get(shard, ()))
        if not keys:
            cache.tokens.pop(shard, None)
            (folder / f"{shard}.pickle").unlink(missing_ok=True)
            continue
        token = secrets.token_hex(8)
        write_pickle(folder / f"{shard}.pickle", {"token": token, **stored_shard([(key, cache.items[key]) for key in keys]),
                                            "records": {key: cache.records[key] for key in keys if key in cache.records}})
        cache.tokens[shard] = token
    write_pickle(root / HEAD_FILE, {"format": FORMAT, "code": code_fingerprint(), "record_code": record_fingerprint(),
                              "entities": cache.entities, "shards": dict(sorted(cache.tokens.items()))})
    for old in OLD_FILES:
        (root / old).unlink(missing_ok=True)
    cache.dirty, cache.changed = set(), False


# The rows of a shard: each kind's fields in order; an int field is stored as itself (plus one,
# so that -1, "not known", fits an unsigned number), any other as its value's place in the table.
_ROWS = {"mentions": Mention, "dates": DateMention, "events": Event}
_INT_FIELDS = {kind: tuple(str(f.type) == "int" for f in dataclasses.fields(kind)) for kind in _ROWS.values()}
_FIELD_VALUES = {kind: attrgetter(*(f.name for f in dataclasses.fields(kind))) for kind in _ROWS.values()}
_ROW_TYPE = "I"  # unsigned, 4 bytes: a table of a shard or an offset in an article is far below 2**32
_LARGEST_OFFSET = MAX_ARTICLE_BYTES + 1  # an offset (stored plus one) counts characters, at most the file's bytes: a larger one is not ours
_shared_ints: list[int] = []  # _shared_ints[n + 1] is n: every offset read is one object per value


def stored_shard(entries: list[tuple[str, Extraction]]) -> dict:
    """The shard's extractions as a table of their distinct values and rows of numbers per kind
    (see the module's doc); extractions_of reads them back. The table is stored as its texts,
    then its lists of names, then None: each part read back in one pass, every text interned
    (names, date values, fields and the sentences of a generated corpus recur across shards)."""
    kinds = [(name, _INT_FIELDS[kind], _FIELD_VALUES[kind]) for name, kind in _ROWS.items()]
    parts: tuple[dict, dict] = ({}, {})  # texts, lists of names: value -> place
    for _, extraction in entries:
        for name, ints, fields_of in kinds:
            for value in getattr(extraction, name):
                for field, is_int in zip(fields_of(value), ints):
                    if not is_int and field is not None:
                        part = parts[type(field) is tuple]
                        part.setdefault(field, len(part))
    texts, name_lists = parts
    places = {None: len(texts) + len(name_lists)}
    for shift, part in ((0, texts), (len(texts), name_lists)):
        places.update((value, shift + place) for value, place in part.items())
    rows = {name: array(_ROW_TYPE) for name in _ROWS}
    heads = {}
    for key, extraction in entries:
        for name, ints, fields_of in kinds:
            row = rows[name]
            for value in getattr(extraction, name):
                row.extend([field + 1 if is_int else places[field] for field, is_int in zip(fields_of(value), ints)])
        heads[key] = (extraction.article, len(extraction.mentions), len(extraction.dates), len(extraction.events),
                      extraction.problems)
    return {"byte_order": sys.byteorder, "name_lists": list(name_lists),
            "texts": list(map(text_to_write, texts)),
            "items": heads, **{name: row.tobytes() for name, row in rows.items()}}


def extractions_of(stored: dict) -> dict[str, Extraction]:
    """The extractions of a shard that stored_shard wrote (raises ValueError, TypeError or
    IndexError when the shard is not one it wrote), each a StoredExtraction: its mentions, dates
    and events are made from the rows when first read. The rows are checked whole here, so
    that making them later cannot fail."""
    if stored["byte_order"] != sys.byteorder:
        raise ValueError("a shard written on another kind of machine")
    texts, name_lists = stored["texts"], stored["name_lists"]
    if not (type(texts) is list and all(type(text) is str for text in texts) and type(name_lists) is list
            and all(type(names) is tuple and all(type(name) is str for name in names) for names in name_lists)):
        raise TypeError("a shard's table holds what no extraction does")
    size = len(texts) + len(name_lists) + 1
    rows = _ShardRows(texts, name_lists, {name: _checked_rows(stored[name], kind, size) for name, kind in _ROWS.items()})
    found, at = {}, dict.fromkeys(_ROWS, 0)
    for key, (article, *counts, problems) in stored["items"].items():
        if type(article) is not Article:
            raise TypeError("a shard's article is not an article")
        if len(counts) != len(_ROWS):  # zip would drop a count, or read `problems` as one
            raise ValueError("a shard's item does not count each kind of row once")
        spans = []
        for name, count in zip(_ROWS, counts):
            if type(count) is not int or count < 0:
                raise TypeError("a shard's count of rows is not one")
            spans.append((at[name], at[name] + count))
            at[name] += count
        found[key] = StoredExtraction.of_rows(article, tuple(problems), rows, tuple(spans))
    if any(at[name] != rows.count(name) for name in _ROWS):
        raise ValueError("a shard's rows and its extractions disagree")
    return found


def _checked_rows(data: bytes, kind: type, table_size: int) -> memoryview:
    """A kind's rows as numbers, refused when they are not what stored_shard writes: cut
    short, an offset beyond any article or a place beyond the table."""
    numbers = memoryview(data).cast(_ROW_TYPE)
    ints = _INT_FIELDS[kind]
    if len(numbers) % len(ints):
        raise ValueError("a shard's rows are cut short")
    for column, is_int in enumerate(ints):
        if max(numbers[column::len(ints)], default=0) > (_LARGEST_OFFSET if is_int else table_size - 1):
            raise ValueError("an offset beyond any article" if is_int else "a place beyond the table")
    return numbers


class _ShardRows:
    """A shard's table and rows, each kind made into values (all of the shard's at once) when
    one of its extractions is first asked for them; the table's texts interned then too."""

    def __init__(self, texts: list[str], name_lists: list[tuple], rows: dict[str, memoryview]):
        self.texts, self.name_lists, self.rows = texts, name_lists, rows
        self.counts = {name: len(numbers) // len(_INT_FIELDS[_ROWS[name]]) for name, numbers in rows.items()}
        self.made: dict[str, list] = {}
        self._table: list | None = None

    def count(self, name: str) -> int:
        return self.counts[name]

    def values(self, name: str) -> list:
        made = self.made.get(name)
        if made is None:
            made = self.made[name] = _rows_of(self.rows.pop(name), _ROWS[name], self.table())
        return made

    def table(self) -> list:
        if self._table is None:
            self._table = [*map(sys.intern, self.texts), *(tuple(map(sys.intern, names)) for names in self.name_lists),
                           None]
            self.texts = self.name_lists = None
        return self._table


def _rows_of(numbers: memoryview, kind: type, table: list) -> list:
    ints = _INT_FIELDS[kind]
    if any(ints) and len(numbers):
        largest = max(max(numbers[i::len(ints)]) for i, is_int in enumerate(ints) if is_int)
        if largest >= len(_shared_ints):
            _shared_ints.extend(range(len(_shared_ints) - 1, largest))
    columns = [map((_shared_ints if is_int else table).__getitem__, numbers[i::len(ints)]) for i, is_int in enumerate(ints)]
    return list(map(kind, *columns))


def _made_when_read(name: str) -> property:
    """An extraction's part (mentions, dates or events) as a StoredExtraction gives it: the
    value set, or else made from its shard's rows and set."""
    slot = Extraction.__dict__[name]  # the slot Extraction keeps the part in
    place = list(_ROWS).index(name)

    def read(extraction: "StoredExtraction"):
        try:
            return slot.__get__(extraction, Extraction)
        except AttributeError:  # not made yet
            start, end = extraction._spans[place]
            value = tuple(extraction._rows.values(name)[start:end])
            slot.__set__(extraction, value)
            return value

    return property(read, slot.__set__)


_PARTS = attrgetter(*(f.name for f in dataclasses.fields(Extraction)))


class StoredExtraction(Extraction):
    """An extraction read from the cache, equal to the one saved. Its mentions, dates and events
    are made from its shard's rows when first read: a build that adds an article renders a few
    pages again, and what every page's inputs and the aggregate read of the others is kept
    beside them (their share records and digests), so most are never made."""

    __slots__ = ("_rows", "_spans")

    mentions = _made_when_read("mentions")
    dates = _made_when_read("dates")
    events = _made_when_read("events")

    @classmethod
    def of_rows(cls, article: Article, problems: tuple, rows: _ShardRows, spans: tuple) -> "StoredExtraction":
        """`spans`: where its mentions, dates and events are in the shard's rows of each."""
        extraction = object.__new__(cls)
        for name, value in (("article", article), ("problems", problems), ("_rows", rows), ("_spans", spans)):
            object.__setattr__(extraction, name, value)
        return extraction

    def with_article(self, article: Article) -> Extraction:
        """The same extraction holding `article` (an equal object), its parts not made for it."""
        if hasattr(self, "_rows"):
            return StoredExtraction.of_rows(article, self.problems, self._rows, self._spans)
        return super().with_article(article)

    def __eq__(self, other):
        return _PARTS(self) == _PARTS(other) if isinstance(other, Extraction) else NotImplemented

    __hash__ = Extraction.__hash__
