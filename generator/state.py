"""The archive as every command reads it: one way to read and extract, held between runs.

`ArchiveState` holds what was read from each content file (with the file's stamp), the
registry and its matcher, and the extractions. `refresh` brings it up to date with the files
on disk, reading again only the files whose stamp changed and extracting only the articles
that changed or that a changed registry name can reach (extract/cache.py). `build`, `site`,
`check`, `report`, `suggest` and `serve` all read through it; `serve` keeps one across saves,
the others start from the caches in build/cache/.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from generator import safe_pickle
from generator.aggregate.entities import share_record
from generator.aggregate.memo import AggregatesMemo
from generator.extract import cache as extraction_cache
from generator.extract.article import extract_all
from generator.extract.entities import EntityMatcher
from generator.files import write_new
from generator.model import Article, ContentError, Entity, Extraction, Problem
from generator.progress import SILENT, Reporter
from generator.read.content import ARTICLES_DIR, read_article, read_articles
from generator.read.registry import ENTITIES_DIR, load_registry, read_entity_file
from generator.read.tree import unsafe_entries
from generator.text.analysis import AnalysedText


def file_stamp(file: Path) -> tuple:
    """What changes when a file is saved, replaced or touched (no byte is read)."""
    info = os.lstat(file)
    return info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns


class _Remembered:
    """A reader of one kind of file that reads a file again only when its stamp changed."""

    def __init__(self, read):
        self.read = read
        self.known: dict[str, tuple[tuple, object]] = {}  # path -> (stamp, what reading it gave)
        self.seen: set[str] = set()
        self.read_now: list[str] = []  # the files read by the last pass
        self.forgotten = False  # the last pass let go of files no longer there

    def start(self) -> None:
        self.seen, self.read_now, self.forgotten = set(), [], False

    def __call__(self, file: Path, root: Path):
        path = str(file)
        self.seen.add(path)
        stamp = file_stamp(file)
        known = self.known.get(path)
        if known is None or known[0] != stamp:
            try:
                outcome = (True, self.read(file, root))
            except ContentError as exc:
                outcome = (False, exc)
            known = self.known[path] = (stamp, outcome)
            self.read_now.append(path)
        ok, value = known[1]
        if not ok:
            raise value
        return value

    def forget_unseen(self) -> None:
        for path in [p for p in self.known if p not in self.seen]:
            del self.known[path]
            self.forgotten = True

    @property
    def changed(self) -> bool:
        return bool(self.read_now) or self.forgotten

    def stored(self, sure_before_ns: int) -> dict:
        """What to keep for the next process: each file's stamp and what reading it gave (an
        error as its Problem), but not the files changed at or after `sure_before_ns`."""
        return {path: (stamp, ok, value.problem if not ok else value)
                for path, (stamp, (ok, value)) in self.known.items() if stamp[3] < sure_before_ns}

    def restore(self, stored: dict) -> None:
        self.known = {path: (stamp, (ok, value if ok else ContentError(value)))
                      for path, (stamp, ok, value) in stored.items()}


@dataclass
class ArchiveState:
    """The read and extracted archive of one repository."""

    root: Path
    articles: list[Article] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # reading's (links, articles, registry)
    matcher: EntityMatcher | None = None
    extractions: list[Extraction] = field(default_factory=list)  # in the order of `articles`
    extracted: list[str] = field(default_factory=list)  # paths of the articles the last refresh extracted
    share_records: list[tuple] = field(default_factory=list)  # in the order of `extractions`: aggregate/entities.share_record
    unsafe: bool = False  # a link or special file: nothing was read
    digests: dict = field(default_factory=dict)  # the fingerprints of model values, kept pages and feeds, between renders
    aggregates: AggregatesMemo = field(default_factory=AggregatesMemo)  # profiles, chronology, between renders
    outputs_checked: bool = False  # build/ and site/ were checked for links (once per state)
    _folders_read: dict = field(default_factory=dict)  # ARTICLES_DIR, ENTITIES_DIR -> what reading it gave
    _articles: _Remembered = field(default_factory=lambda: _Remembered(read_article))
    _registry: _Remembered = field(default_factory=lambda: _Remembered(read_entity_file))
    _cache: extraction_cache.ExtractionCache | None = None
    _fingerprints: dict = field(default_factory=dict)  # id(article) -> (article, its extraction_cache fingerprint)

    @property
    def extraction_problems(self) -> list[Problem]:
        return [p for x in self.extractions for p in x.problems]

    def save_cache(self) -> None:
        """Keep the extractions for the next process (a build, a check, the next preview)."""
        if self._cache is not None and self._cache.changed:
            extraction_cache.save(self.root, self._cache)


def refresh(state: ArchiveState, reporter: Reporter = SILENT, extract: bool = True,
            stop_at_links: bool = True, changed: Iterable[Path] | None = None) -> ArchiveState:
    """Bring `state` up to date with the files on disk; returns it. Files whose stamp did not
    change are not read again; only articles that changed, or that a changed registry name can
    reach, are extracted (none when `extract` is False). A link or special file stops
    everything (nothing is read; `unsafe` is set) unless `stop_at_links` is False (`check`,
    which reports everything: the readers refuse each link on their own). `changed` (a
    preview's watcher) is every path created, changed or removed since the last refresh: the
    articles or the registry are then listed again only when a path among them changed."""
    root = state.root
    # Links first: nothing is read while one is there. The output folders (thousands of files)
    # are checked once per state: a preview then checks only what the maintainer edits.
    unsafe = unsafe_entries(root, outputs=not state.outputs_checked)
    state.outputs_checked = True
    state.unsafe = bool(unsafe)
    if unsafe and stop_at_links:
        state.articles, state.entities, state.problems, state.extractions = [], [], unsafe, []
        state.extracted, state.share_records, state._folders_read = [], [], {}
        return state
    with reporter.stage("read"):
        articles, problems = _read_folder(state, ARTICLES_DIR, changed, state._articles, read_articles)
        entities, registry_problems = _read_folder(state, ENTITIES_DIR, changed, state._registry, load_registry)
        if entities != state.entities:
            state.matcher = None  # made anew when an article needs it
        state.articles, state.entities = articles, entities
        state.problems = unsafe + problems + registry_problems
    if extract:
        with reporter.stage("extract", len(articles)) as advance:
            _extract(state, advance)
    return state


def _read_folder(state: ArchiveState, folder: Path, changed: Iterable[Path] | None, remembered: _Remembered, read):
    """What `read` gives for the folder, from the last refresh when no path in it changed."""
    root = state.root
    if changed is not None and folder in state._folders_read:
        inside = root / folder
        if not any(path == inside or inside in path.parents or path in inside.parents
                   for path in (root / p for p in changed)):
            return state._folders_read[folder]
    remembered.start()
    found = read(root, remembered)
    remembered.forget_unseen()
    state._folders_read[folder] = found
    return found


def _extract(state: ArchiveState, advance) -> None:
    if state._cache is None:
        state._cache = extraction_cache.load(state.root, state.entities)
    elif state._cache.entities != state.entities:
        state._cache = state._cache.with_registry(state.entities)
    cache = state._cache
    # An article not read again is the same object: its fingerprint is the last refresh's.
    known = state._fingerprints
    keys = [known[id(a)][1] if id(a) in known and known[id(a)][0] is a else extraction_cache.article_fingerprint(a)
            for a in state.articles]
    state._fingerprints = {id(a): (a, key) for a, key in zip(state.articles, keys)}
    todo = [a for a, key in zip(state.articles, keys) if key not in cache.items]
    advance(len(state.articles) - len(todo))
    if todo:
        if state.matcher is None:
            state.matcher = EntityMatcher(state.entities)
        todo_keys = [key for key in keys if key not in cache.items]
        for key, extraction in zip(todo_keys, extract_all(todo, state.matcher, advance=advance)):
            cache.add(key, extraction)
    cache.keep_only(keys)
    state.extractions = [_with_article(cache, key, article) for article, key in zip(state.articles, keys)]
    state.share_records = [cache.record(key, share_record) for key in keys]
    state.extracted = [a.path for a in todo]


def _with_article(cache: extraction_cache.ExtractionCache, key: str, article: Article) -> Extraction:
    """The cached extraction of `article`, holding the article object that was read (an equal
    one, since the key is its fingerprint) instead of the copy the cache or a worker process
    made: the archive holds each article's text once."""
    extraction = cache.items[key]
    if extraction.article is not article:
        extraction = cache.items[key] = replace(extraction, article=article)
    return extraction


def matcher_of(state: ArchiveState) -> EntityMatcher:
    """The registry's matcher (made once per registry)."""
    if state.matcher is None:
        state.matcher = EntityMatcher(state.entities)
    return state.matcher


def read_archive(root: Path, reporter: Reporter = SILENT, extract: bool = True,
                 stop_at_links: bool = True) -> ArchiveState:
    """The archive read and extracted in this process, from build/cache/ where it holds (the
    files whose stamp did not change since the last command are not read again, READ_CACHE);
    both caches are saved for the next command."""
    state = ArchiveState(root)
    load_read_cache(state)
    state = refresh(state, reporter, extract, stop_at_links)
    state.save_cache()
    save_read_cache(state)
    return state


# What reading each content file gave, by the file's stamp (file_stamp: inode, size, modification
# and change times), for the next process: a file whose stamp is the same is not read again.
# An editor, `git checkout` or `touch` that sets the modification time back still moves the
# change time, which only the clock sets. A file changed within UNSURE_NS before the cache was
# written is not kept (its next edit could fall in the same tick of the change time, as git's
# "racily clean" entries), nor is anything when the reading code or its data changed.
READ_CACHE = Path("build") / "cache" / "read.pickle"
UNSURE_NS = 2_000_000_000
_READING_CODE = ("read/content.py", "read/registry.py", "read/tree.py", "read/encoding.py")


def _reading_fingerprint() -> str:
    digest = hashlib.sha256(extraction_cache.code_fingerprint().encode())  # model.py, text/, data/ among them
    package = Path(__file__).resolve().parent
    for name in _READING_CODE:
        digest.update(name.encode())
        digest.update((package / name).read_bytes())
    return digest.hexdigest()


def load_read_cache(state: ArchiveState) -> None:
    """Start `state` from what the last command read (nothing when the cache is missing, not
    ours, or made by other reading code)."""
    try:
        stored = safe_pickle.load(state.root / READ_CACHE)
    except safe_pickle.UNREADABLE:
        return
    if not isinstance(stored, dict) or stored.get("code") != _reading_fingerprint():
        return
    state._articles.restore(stored["articles"])
    state._registry.restore(stored["registry"])
    # Each article's extraction-cache key, so that the articles not read again are not hashed again.
    keys = stored["keys"]
    for path, (_, (ok, value)) in state._articles.known.items():
        if ok and path in keys:
            state._fingerprints[id(value[0])] = (value[0], keys[path])


def save_read_cache(state: ArchiveState) -> None:
    """Keep what this process read for the next one, when it read or dropped any file."""
    if state.unsafe or not (state._articles.changed or state._registry.changed):
        return
    sure_before = time.time_ns() - UNSURE_NS
    keys = {path: state._fingerprints[id(value[0])][1] for path, (_, (ok, value)) in state._articles.known.items()
            if ok and id(value[0]) in state._fingerprints}
    stored = {"code": _reading_fingerprint(), "articles": state._articles.stored(sure_before),
              "registry": state._registry.stored(sure_before), "keys": keys}
    write_new(state.root / READ_CACHE, pickle.dumps(stored, protocol=pickle.HIGHEST_PROTOCOL))


class KnownMentions:
    """The registry's matcher for discovery (extract/unknown.py), answering from the extractions
    for the texts of the archive's articles (title and body, as discovery reads them), so that
    no article is matched twice; any other text is matched."""

    def __init__(self, state: ArchiveState):
        self.state = state
        self.entities = state.entities
        self._found: dict[str, list] = {}
        for extraction in state.extractions:
            article = extraction.article
            if not article.title:
                self._found[article.body] = [m for m in extraction.mentions if m.field == "body"]
                continue
            shift = len(article.title) + 1
            found = [m for m in extraction.mentions if m.field == "title"]
            found += [replace(m, start=m.start + shift, end=m.end + shift) for m in extraction.mentions
                      if m.field == "body"]
            self._found[f"{article.title}\n{article.body}"] = found

    def find(self, text: str | AnalysedText) -> list:
        found = self._found.get(text.text if isinstance(text, AnalysedText) else text)
        return list(found) if found is not None else matcher_of(self.state).find(text)
