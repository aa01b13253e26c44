"""The archive as every command reads it: one way to read and extract, held between runs.

`ArchiveState` holds what was read from each content file (with the file's stamp), the
registry and its matcher, and the extractions. `refresh` brings it up to date with the files
on disk, reading again only the files whose stamp changed and extracting only the articles
that changed or that a changed registry name can reach (extract/cache.py). `build`, `site`,
`check`, `report`, `suggest` and `serve` all read through it; `serve` keeps one across saves,
the others start from the caches in build/cache/.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from generator.aggregate.entities import named_in_record, share_record, sound_share_record
from generator.aggregate.memo import AggregatesMemo
from generator.extract import cache as extraction_cache
from generator.extract.article import extract_all
from generator.extract.entities import EntityMatcher
from generator.model import Article, ContentError, Entity, Extraction, Problem
from generator.render.digest import extraction_digest
from generator.progress import SILENT, Reporter
from generator.read import kept as kept_reading
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
        self.unsaved: set[str] = set()  # files read or forgotten since `known` was kept on disk
        self.racy: set[str] = set()  # files read right after they changed: not kept on disk (read/kept.py)

    def start(self) -> None:
        self.seen, self.read_now = set(), []

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
            self.unsaved.add(path)
            (self.racy.add if kept_reading.racy(stamp) else self.racy.discard)(path)
        ok, value = known[1]
        if not ok:
            raise value
        return value

    def forget_unseen(self) -> None:
        for path in [p for p in self.known if p not in self.seen]:
            del self.known[path]
            self.unsaved.add(path)


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
    extraction_digests: dict = field(default_factory=dict)  # article key -> render/digest.extraction_digest, kept with the extraction
    unsafe: bool = False  # a link or special file: nothing was read
    digests: dict = field(default_factory=dict)  # the fingerprints of model values, kept pages and feeds, between renders
    aggregates: AggregatesMemo = field(default_factory=AggregatesMemo)  # profiles, chronology, between renders
    outputs_checked: bool = False  # build/ and site/ were checked for links (once per state)
    _folders_read: dict = field(default_factory=dict)  # ARTICLES_DIR, ENTITIES_DIR -> what reading it gave
    _articles: _Remembered = field(default_factory=lambda: _Remembered(read_article))
    _registry: _Remembered = field(default_factory=lambda: _Remembered(read_entity_file))
    _cache: extraction_cache.ExtractionCache | None = None
    _fingerprints: dict = field(default_factory=dict)  # id(article) -> (article, its extraction_cache fingerprint)
    _kept_read: bool = False  # what reading gave was taken from build/cache/ (read/kept.py)

    def read_again(self) -> tuple[list[Article], list[Entity]]:
        """The articles and entities whose files the last refresh read (again): in a preview's
        save, what the maintainer saved."""
        def values(remembered: _Remembered) -> list:
            outcomes = (remembered.known[path][1] for path in remembered.read_now if path in remembered.known)
            return [value[0] for ok, value in outcomes if ok and value[0] is not None]
        return values(self._articles), values(self._registry)

    def entities_named(self) -> list[tuple[str, ...]]:
        """The ids of the entities each article names, in the order first named, in the order of
        `extractions` (kept in their share records: no mention is read)."""
        return [named_in_record(record) for record in self.share_records]

    @property
    def extraction_problems(self) -> list[Problem]:
        return [p for x in self.extractions for p in x.problems]

    def let_go_of_extractions(self) -> None:
        """Drop the extractions and the cache holding them (a build whose pages are rendered:
        the cache was saved when the archive was read)."""
        self.extractions, self.share_records, self._cache = [], [], None
        self.extraction_digests = {}

    def save_cache(self) -> None:
        """Keep the extractions and what reading each file gave for the next process (a build, a
        check, the next preview)."""
        if self._cache is not None and self._cache.changed:
            extraction_cache.save(self.root, self._cache)
        if self._articles.unsaved or self._registry.unsaved:
            known = {id(article): key for article, key in self._fingerprints.values()}
            fingerprints = {path: known[id(outcome[1][0])] for path, (_, outcome) in self._articles.known.items()
                            if outcome[0] and id(outcome[1][0]) in known}
            kept_reading.save(self.root, {"articles": self._articles.known, "registry": self._registry.known},
                              fingerprints, self._articles.unsaved | self._registry.unsaved,
                              self._articles.racy | self._registry.racy)
            self._articles.unsaved, self._registry.unsaved = set(), set()


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
        state.extraction_digests = {}
        return state
    with reporter.stage("read"):
        if not state._kept_read:  # the last command's reading, for the files whose stamp is the same
            state._kept_read = True
            kinds, fingerprints, note = kept_reading.load(root)
            if note:
                print(note, file=sys.stderr)
            state._articles.known.update(kinds.get("articles", {}))
            state._registry.known.update(kinds.get("registry", {}))
            for path, (_, (_, (article, _))) in kinds.get("articles", {}).items():
                if path in fingerprints:  # the same object, so its fingerprint is not computed again
                    state._fingerprints[id(article)] = (article, fingerprints[path])
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
            remembered.read_now = []
            return state._folders_read[folder]
    remembered.start()
    found = read(root, remembered)
    remembered.forget_unseen()
    state._folders_read[folder] = found
    return found


def _extract(state: ArchiveState, advance) -> None:
    if state._cache is None:
        state._cache = extraction_cache.load(state.root, state.entities, sound_kept_record)
        if state._cache.note:
            print(state._cache.note, file=sys.stderr)
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
    records = [cache.record(key, kept_record) for key in keys]
    state.share_records = [share for share, _ in records]
    state.extraction_digests = {article.key: digest for article, (_, digest) in zip(state.articles, records)}
    state.extracted = [a.path for a in todo]


def kept_record(extraction: Extraction) -> tuple:
    """What the extraction cache keeps beside an extraction: its share of the profiles and its
    digest (what its pages are fingerprinted with: made once, not by every build)."""
    return share_record(extraction), extraction_digest(extraction)


def sound_kept_record(record: object) -> bool:
    """Is `record` (read from disk) shaped as kept_record makes one."""
    return type(record) is tuple and len(record) == 2 and sound_share_record(record[0]) and type(record[1]) is bytes


def _with_article(cache: extraction_cache.ExtractionCache, key: str, article: Article) -> Extraction:
    """The cached extraction of `article`, holding the article object that was read (an equal
    one, since the key is its fingerprint) instead of the copy the cache or a worker process
    made: the archive holds each article's text once."""
    extraction = cache.items[key]
    if extraction.article is not article:
        extraction = cache.items[key] = extraction.with_article(article)
    return extraction


def matcher_of(state: ArchiveState) -> EntityMatcher:
    """The registry's matcher (made once per registry)."""
    if state.matcher is None:
        state.matcher = EntityMatcher(state.entities)
    return state.matcher


def read_archive(root: Path, reporter: Reporter = SILENT, extract: bool = True,
                 stop_at_links: bool = True) -> ArchiveState:
    """The archive read and extracted anew in this process, from build/cache/ where it holds;
    the extraction cache is saved for the next command."""
    state = refresh(ArchiveState(root), reporter, extract, stop_at_links)
    state.save_cache()
    return state


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
