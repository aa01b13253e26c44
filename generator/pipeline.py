"""The pipeline, stage by stage: read -> extract -> aggregate -> render -> write.

Reading and extracting go through generator/state.py (one way for every command). `generate`
computes every output file in memory (for tests and tools); `write_generated` renders only
the pages whose inputs changed (generator/render/inputs.py) and streams them into the docs
folder, writing nothing when any content has an error; `build_site` then runs MkDocs into a
temporary folder (hard links to the previous site when it can be reused) and swaps it into
`site/` only when everything succeeded, so a failed or interrupted build leaves the previous
site whole.
"""
from __future__ import annotations

import ctypes
import datetime as dt
import gc
import hashlib
import os
import shutil
import sys
import tempfile
from collections.abc import Collection
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

import wordfreq

from generator.aggregate import kept_chronology  # a build's: the chronology kept on disk by date
from generator.aggregate.archive import build_archive
from generator.aggregate.chronology import quote
from generator.aggregate.entities import Appearance
from generator.aggregate.kept_related import build_profiles  # a build's: the related lists kept on disk
from generator.aggregate.memo import AggregatesMemo
from generator.children import run_child
from generator.config import ASSETS, Settings, load_settings, mkdocs_config, site_url
from generator.safe_pickle import no_cycle_collection as without_gc_pauses  # the one pause of the cycle collector
from generator.files import DocsWriter, files_under, link_files, replace_dir, sync_tree, write_new
from generator.lock import build_lock
from generator.model import Article, BuildFailed, Entity, Extraction, Problem
from generator.progress import SILENT, Reporter
from generator.render.exports import (KeptRecords, atom_feed, feed_arguments, feed_entry, feed_inputs,
                                      load_event_lines, open_data_parts, save_event_lines)
from generator.render.inputs import Fingerprints, shared_inputs
from generator.render.markup import excerpt
from generator.render.pages import forget_events, make_environment
from generator.render.search_index import forget_keys, index_site, load_keys_cache, save_keys_cache
from generator.render.security import has_policy, secure_site
from generator.render.site import KeptInputs, SiteData, article_html, description_html, site_pages, unlisted_entities
from generator.render.strings import BROWSER_MODULE, load_strings
from generator.render.workers import drawn_events, processes_for_site, render_pages, render_share
from generator.state import ArchiveState, read_archive
from generator.text.connectives import connective_length


class MemorySink:
    """Every output file in memory, every page rendered (generate)."""

    incremental = False

    def __init__(self):
        self.files: dict[str, bytes] = {}

    def fresh(self, rel: str, fingerprint) -> bool:
        return False

    def put(self, rel: str, fingerprint, data: bytes) -> None:
        self.files[rel] = data

    def put_parts(self, rel: str, fingerprint, parts) -> None:
        self.files[rel] = b"".join(parts)


@dataclass
class Generated:
    files: dict[str, bytes]  # every output file, from generate(); empty when written as rendered (write_generated)
    articles: list[Article]
    problems: list[Problem] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    extractions: list[Extraction] = field(default_factory=list)
    outputs: int = 0  # files of the docs tree
    written: int = 0  # files written (rendered with inputs that changed, and bytes that changed)
    deleted: int = 0
    pages: int = 0
    rendered: int = 0  # pages rendered; the others' inputs had not changed
    pages_with_keys: int = 0  # pages Pagefind indexes

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]


# Whether what exists is frozen between passes (a preview's archive: freeze_kept). Kept here,
# not asked of gc.get_freeze_count(), which walks every frozen object (0.2-0.5 s a save at
# 1,000 articles).
_kept_frozen = False


def freeze_kept(frozen: bool = True) -> None:
    """Set aside from every collection what exists now (the archive a preview keeps between
    saves), or give it back to them (frozen=False); a render pass leaves it as it is."""
    global _kept_frozen
    if frozen:
        gc.freeze()
    else:
        gc.unfreeze()
    _kept_frozen = frozen


@contextmanager
def collecting_new_cycles():
    """The cycle collector on, for the objects made from here on only (gc.freeze sets aside
    what exists, the archive and its aggregates): each rendered page leaves cycles behind
    (Jinja's macros and the context they close over), which were kept until the end of the
    pass while the collector was off, and collecting them now walks only the young objects."""
    enabled, frozen_before = gc.isenabled(), _kept_frozen
    gc.freeze()
    gc.enable()
    try:
        yield
    finally:
        if not enabled:
            gc.disable()
        if not frozen_before:  # a preview keeps frozen what it froze (freeze_kept)
            gc.unfreeze()


def archive_problems(state: ArchiveState, settings: Settings) -> list[Problem]:
    """What reading and extracting the archive found, in the order the build reports it."""
    problems = list(state.problems)
    for extraction, named in zip(state.extractions, state.entities_named(), strict=True):
        problems += extraction.problems
        problems += unlisted_entities(extraction.article, named, settings)
    return problems


def generate(root: Path, settings: Settings | None = None, reporter: Reporter = SILENT) -> Generated:
    """Every output file in memory (nothing is written): for tests and tools that compare trees."""
    state = read_archive(root, reporter)
    if state.unsafe:
        return Generated({}, [], state.problems)
    settings = settings or load_settings(root)
    sink = MemorySink()
    generated = _generated(state, archive_problems(state, settings))
    with without_gc_pauses():
        render_outputs(state, settings, sink, reporter, generated)
    save_keys_cache(root)
    generated.files = dict(sorted(sink.files.items()))
    generated.outputs = generated.written = len(generated.files)
    return generated


def write_generated(state: ArchiveState, settings: Settings | None = None, reporter: Reporter = SILENT,
                    table: dict | None = None, one_pass: bool = False,
                    after_pages: Callable[[DocsWriter], None] | None = None,
                    first: Collection[str] = ()) -> tuple[Generated, DocsWriter]:
    """Render into the docs folder the pages whose inputs changed since they were written, and
    write them (and every other changed output) in one burst; refused (BuildFailed, nothing
    written) when content has errors. No page's bytes are held longer than it takes to stage
    them. `table` is what the docs folder was made from (DocsWriter.table of the last run; by
    default build/cache's); returns the writer, whose table is this run's. `one_pass`: nothing
    is kept in `state` for a next render (a build), so each page is let go once written.
    `after_pages(writer)`: called once the pages are staged, before the feeds and the open data
    are made (a preview builds and serves the pages first: writer.flush); with `first` (the
    docs-relative pages of what a preview's save changed), once these pages are staged, and the
    others follow."""
    if state.unsafe:
        raise BuildFailed(state.problems)
    settings = settings or load_settings(state.root)
    generated = _generated(state, archive_problems(state, settings))
    if generated.errors:
        raise BuildFailed(generated.errors)
    with build_lock(state.root):
        writer = DocsWriter(state.root, settings.docs_path, table)
        try:
            with without_gc_pauses():
                render_outputs(state, settings, writer, reporter, generated, one_pass,
                               after_pages and (lambda: after_pages(writer)), first)
            with reporter.stage("write"):
                generated.written, generated.deleted = writer.finish()
        finally:
            writer.discard()
    generated.outputs = len(writer.table)
    generated.pages_with_keys = writer.pages_with_keys()
    return generated, writer


def build_docs(root: Path, reporter: Reporter = SILENT) -> Generated:
    """The docs tree brought up to date with content/ (`build`, and the first step of `site`);
    the caches in build/cache/ are kept for the next command."""
    # The archive read and the extraction cache loaded are millions of objects that live to the
    # end of the render: the cycle collector is off while they are made (its collections walked
    # them again and again and freed nothing: about a tenth of the generator's processor time for
    # one added article at 10,000 articles); the render sets aside what exists by itself.
    with without_gc_pauses():
        state = read_archive(root, reporter)
    generated, writer = write_generated(state, reporter=reporter, one_pass=True)
    writer.save_table()
    save_keys_cache(root, prune=generated.rendered == generated.pages)
    return generated


def _generated(state: ArchiveState, problems: list[Problem]) -> Generated:
    return Generated({}, state.articles, problems, state.entities, state.extractions)


def render_outputs(state: ArchiveState, settings: Settings, sink, reporter: Reporter, generated: Generated,
                   one_pass: bool = False, after_pages: Callable[[], None] | None = None,
                   first: Collection[str] = ()) -> None:
    """Aggregate the archive and give `sink` every output file: pages whose inputs it already
    holds (sink.fresh) are neither made nor rendered. `one_pass`: nothing is kept in `state`
    for a next pass (fingerprints), and each page is let go once the sink has it. `after_pages`:
    called when the sink has the pages and assets, before the feeds and the open data; or, when
    pages named in `first` are among them, once the sink has these (a preview's save: the page
    saved is served before the listings and charts it changes, which can be hundreds)."""
    root = state.root
    with reporter.stage("aggregate"):
        address = site_url(root)
        inputs = None
        if sink.incremental:
            shared = shared_inputs(root, settings, address)
            inputs = Fingerprints(shared, state.digests.get(shared), one_pass)
        kept_dates = None
        if one_pass:  # a build's: the chronology and what its entries show kept on disk by the last build
            digests = [state.extraction_digests[x.article.key] for x in state.extractions]
            kept_dates, kept = chronology_from_kept(root, state.extractions, digests)
        elif inputs is not None:  # a preview's last pass, while what all pages share is the same
            last = state.digests.get(_KEPT)
            kept = last[1] if last and last[0] == inputs.shared else KeptInputs()
        else:  # (generate: its entries' digests key the open data's records all the same)
            kept = KeptInputs(keep=False)
        data = SiteData(
            archive=build_archive(state.articles),
            extractions={x.article.key: x for x in state.extractions},
            profiles=(build_profiles(root, state.entities, state.extractions, state.share_records, digests)
                      if one_pass else state.aggregates.profiles(state.entities, state.extractions, state.share_records)),
            chronology=kept_dates.entries if one_pass else state.aggregates.chronology(state.extractions),
            kept=kept,
            digests=state.extraction_digests,
            named={x.article.key: named for x, named in zip(state.extractions, state.entities_named(), strict=True)},
        )
        if one_pass:  # what the profiles were summed from, and the matcher, are kept only for a next pass
            state.aggregates, state.matcher = AggregatesMemo(), None
        made = site_pages(data, settings)  # each page's inputs; no page is made yet
        pages, first_pages = [], []
        if first and after_pages is not None:  # a preview's save: the others' inputs once its own are served
            for page in made:
                (first_pages if page.src in first else pages).append(page)
                if len(first_pages) == len(first):
                    break
        if not first_pages:
            pages += made
        generated.pages = len(first_pages) + len(pages)
    with reporter.stage("render", len(pages)) as advance:
        load_keys_cache(root)  # search keys of pages rendered before are not computed again
        strings = load_strings(root, settings.digits)
        # A preview keeps the templates' environment (and the templates it compiled) while
        # what every page shares is the same.
        kept_env = state.digests.get(_ENVIRONMENT)
        env = kept_env[1] if inputs and kept_env and kept_env[0] == inputs.shared else make_environment(root, strings)
        if kept_env and env is not kept_env[1]:
            forget_events(kept_env[1])
        sink.put(BROWSER_MODULE, None, strings.browser_module())
        (root / "build").mkdir(exist_ok=True)
        with collecting_new_cycles():
            if first_pages:  # (a preview: one process, its events drawn for both batches)
                with drawn_events(env, root / "build", keep=True) as events:
                    generated.pages = len(first_pages)
                    generated.rendered += render_share(first_pages, inputs, sink, env, settings, events, False, advance)
                    after_pages()
                    after_pages = None
                    pages += made
                    generated.pages += len(pages)
                    generated.rendered += render_share(pages, inputs, sink, env, settings, events, False, advance)
            else:
                generated.rendered += render_pages(pages, inputs, sink, env, settings, root / "build", one_pass,
                                                   advance)
        if one_pass:  # the feeds and the open data read little of what the pages did: the rest goes
            data = _after_the_pages(state, data, generated)
            inputs = inputs and Fingerprints(inputs.shared, None, one_pass)  # its memo held every extraction
            # (kept before the open data's records are made: what saving it holds is not added to them)
            keep_chronology(root, kept_dates, kept)
        assets = root / ASSETS
        for file in sorted(p for p in assets.rglob("*") if p.is_file()):
            sink.put(f"assets/{file.relative_to(assets).as_posix()}", None, file.read_bytes())
        if after_pages is not None:
            after_pages()
        excerpts = {a.key: a.summary or excerpt(a.body, settings.excerpt_words) for a in state.articles}
        site_name = mkdocs_config(root).get("site_name", "")
        # A feed's inputs are compared with the last pass's (mostly the same article objects)
        # before they are digested: an edit changes few of the thousands of entity feeds.
        feeds_before, feeds = state.digests.get(_FEEDS, (None, {})), {}
        feeds_before = feeds_before[1] if inputs and feeds_before[0] == inputs.shared else {}
        for path, arguments in feed_arguments(data, address, site_name, excerpts, settings.addresses).items():
            fingerprint = None
            if inputs:
                made_of = feed_inputs(*arguments)
                known = feeds_before.get(path)
                fingerprint = known[1] if known is not None and known[0] == made_of else inputs.of(*made_of)
                feeds[path] = (made_of, fingerprint)
            if not sink.fresh(path, fingerprint):
                sink.put(path, fingerprint, atom_feed(*arguments))
        records_before = state.digests.get(_RECORDS)
        if inputs and records_before and records_before[0] == inputs.shared:
            records = KeptRecords(records_before[1])
        else:  # a first pass: the event records the last build kept on disk
            records = KeptRecords(lines=load_event_lines(root))
        for path, parts in open_data_parts(data, settings.addresses, records).items():
            sink.put_parts(path, None, parts)  # written as made: the files are never held whole
        if inputs is None or one_pass:  # a preview keeps them in memory instead
            save_event_lines(root, records.lines)
    if inputs is not None and not one_pass:
        state.digests = {inputs.shared: inputs.lasting(), _FEEDS: (inputs.shared, feeds),
                         _ENVIRONMENT: (inputs.shared, env), _RECORDS: (inputs.shared, records),
                         _KEPT: (inputs.shared, kept)}


def chronology_from_kept(root: Path, extractions: list[Extraction], digests: list[bytes]
                         ) -> tuple[kept_chronology.KeptChronology, KeptInputs]:
    """A build's chronology, with the entries of the dates its changes do not reach as the last
    build kept them, and what the render resolves of its pages starting from what that build
    kept of its entries (`digests`: the extractions', in their order)."""
    kept_dates = kept_chronology.build_chronology(root, extractions, digests)
    return kept_dates, KeptInputs.from_last_build(kept_dates.render_kept, kept_dates.kept_entries_shown())


def keep_chronology(root: Path, kept_dates: kept_chronology.KeptChronology, kept: KeptInputs) -> None:
    """The chronology kept for the next build, once the render made what its entries show
    (nothing written when no extraction, link or source changed)."""
    if not (kept_dates.unchanged and kept.unchanged()):
        kept_chronology.save(root, kept_dates, kept.for_next_build(), kept.entry)


# Keys of ArchiveState.digests besides the shared fingerprint: each feed's inputs and
# fingerprint, the templates' environment, the open data's records and what the pages' inputs
# resolved (render/site.py, KeptInputs), each with the shared fingerprint they were made under
# (a change to it keeps none of them).
_FEEDS, _ENVIRONMENT, _RECORDS, _KEPT = "feeds", "environment", "records", "kept inputs"


def _after_the_pages(state: ArchiveState, data: SiteData, generated: Generated) -> SiteData:
    """What the feeds and the open data read, once a build has rendered its pages: of an
    extraction its article (the entities it names are `data.named`), of a profile its articles
    and counts (not the quoted contexts). The extractions themselves, the cache's included, are
    let go: with the contexts, about a third of what the generator held."""
    state.let_go_of_extractions()
    generated.extractions = []
    if data.kept is not None:
        data.kept.let_go_of_pages()
    extractions = {key: Extraction(x.article) for key, x in data.extractions.items()}
    profiles = {key: replace(profile, appearances=tuple(
        Appearance(a.article, a.mention_count, ()) for a in profile.appearances)) for key, profile in data.profiles.items()}
    return replace(data, extractions=extractions, profiles=profiles)


def forget_rendered() -> None:
    """Let go of the HTML kept for the next render (a build renders once; a preview keeps it)."""
    article_html.cache_clear()
    description_html.cache_clear()
    excerpt.cache_clear()
    feed_entry.cache_clear()


def forget_word_frequencies() -> None:
    """wordfreq keeps each word list it read for the life of the process (Arabic's: about 70 MB
    as Python values); the chronology's passages read it (connectives) until the last page."""
    wordfreq.get_frequency_list.cache_clear()
    wordfreq.get_frequency_dict.cache_clear()
    getattr(wordfreq, "_wf_cache", {}).clear()  # its word -> frequency memo (up to 100,000 entries)


def release_memory() -> None:
    """Give back what the generator held before MkDocs and Pagefind run (child processes that
    need it more): the texts kept for a next render and the pages' search keys (saved in
    build/cache/, read again by a next build), the cycles left, and the free pages of the C
    heap, which glibc keeps for the process otherwise (the texts of a rendered archive are
    hundreds of megabytes of blocks too large for Python's own allocator)."""
    forget_rendered()
    forget_keys()
    forget_word_frequencies()
    for cache in (quote, connective_length):  # the chronology's sentences, quoted
        cache.cache_clear()
    gc.collect()
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: its allocator gives back what it gives back
        pass


def write_docs(root: Path, generated: Generated, settings: Settings | None = None) -> tuple[int, int]:
    """Write generate()'s files; refused (nothing written) when content has errors."""
    settings = settings or load_settings(root)
    if generated.errors:
        raise BuildFailed(generated.errors)
    with build_lock(root):
        return sync_tree(generated.files, settings.docs_path)


def run_mkdocs(root: Path, site_dir: Path, strict: bool = False, newest: dt.date | None = None,
               dirty: bool = False, processes: int = 1) -> None:
    """MkDocs into `site_dir`; a clean build in `processes` processes at once, each building its
    share of the pages (generator/mkdocs_shares.py) into `site_dir`, which must be empty."""
    arguments = ["build", "--quiet", "--site-dir", str(site_dir)]
    if strict:
        arguments.append("--strict")
    if dirty:
        arguments.append("--dirty")
    env = dict(os.environ)
    if newest and "SOURCE_DATE_EPOCH" not in env:
        # Reproducible: the sitemap's dates follow the content, not the clock.
        env["SOURCE_DATE_EPOCH"] = str(int(dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.timezone.utc).timestamp()))
    if processes > 1 and not dirty:
        commands = [[sys.executable, "-m", "generator.mkdocs_shares", str(share), str(processes), *arguments]
                    for share in range(processes)]
    else:
        commands = [[sys.executable, "-m", "mkdocs", *arguments]]
    with ThreadPoolExecutor(len(commands)) as pool:  # the children run at once; threads only wait
        results = list(pool.map(lambda command: run_child(command, cwd=root, env=env), commands))
    failed = [result for result in results if result.returncode != 0]
    if failed:
        output = "\n".join((result.stdout + result.stderr).strip() or f"exit code {result.returncode}"
                           for result in failed)
        raise BuildFailed([Problem("mkdocs.yml", 1, "error", f"mkdocs build failed:\n{output}")])


# Besides site_config/ (the hooks included): the code MkDocs' hooks run, which shapes every page
# a rebuild keeps. (Search keys are in the generated Markdown: a change to them rewrites pages.)
AFTER_MKDOCS = ("generator/render/security.py",)


def theme_fingerprint(root: Path) -> str:
    """Everything besides the generated Markdown that shapes every page."""
    digest = hashlib.sha256(os.environ.get("SITE_URL", "").encode())
    package = Path(__file__).resolve().parent.parent  # the generator that runs, wherever root is
    files = [(root / name, name) for name in ["mkdocs.yml", *sorted(p.relative_to(root).as_posix()
                                                                   for p in (root / "site_config").rglob("*"))]]
    files += [(package / name, name) for name in AFTER_MKDOCS]
    for file, name in files:
        if file.is_file():
            digest.update(name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


# The site that site/ replaced, kept by the last rebuild that linked it: hard links to the same
# files but those that build changed, so the next rebuild starts from it and links again only
# what differs (instead of linking every file of site/ and removing every file of the old one).
PREVIOUS_SITE = Path("build") / ".previous-site"
# The hook that makes a dirty MkDocs build write new files (never into a hard-linked old one).
NEW_FILES_HOOK = "site_config/hooks/new_files.py"


def build_site(root: Path, strict: bool = False, reporter: Reporter = SILENT, incremental: bool = True) -> Generated:
    """build_site_unlocked while holding the repository's build lock: site/ is always one whole build."""
    with build_lock(root):
        return build_site_unlocked(root, strict, reporter, incremental)


def build_site_unlocked(root: Path, strict: bool = False, reporter: Reporter = SILENT, incremental: bool = True) -> Generated:
    """Generate, build with MkDocs into a temporary folder, then replace site/ in one step.

    When only articles or entities changed since the last build, the new site starts as hard
    links to the old one (nothing is copied) and MkDocs rebuilds only the pages whose Markdown
    changed (--dirty); every step writes new files and renames them into place, so until the
    new site replaces the old one, the old one stays whole, whatever happens to the build.
    """
    generated = build_docs(root, reporter)  # its stages say how long it wrote
    deleted = generated.deleted
    settings = load_settings(root)
    newest = max((a.date for a in generated.articles), default=None)
    generated.entities, generated.extractions = [], []
    release_memory()  # what the generator held is not held while MkDocs and Pagefind run
    target = root / "site"
    stamp = root / "build" / "cache" / "site-fingerprint"
    fingerprint = theme_fingerprint(root)
    reuse = (incremental and deleted == 0 and (target / "index.html").exists()
             and stamp.exists() and stamp.read_text() == fingerprint
             and NEW_FILES_HOOK in (mkdocs_config(root).get("hooks") or []))
    for stale in (root / "build").glob(".site-*"):  # left by a build that was killed
        shutil.rmtree(stale, ignore_errors=True)
    work = Path(tempfile.mkdtemp(prefix=".site-", dir=root / "build"))
    previous = root / PREVIOUS_SITE
    try:
        if reuse:
            with reporter.stage("link previous site"):
                if previous.is_dir():  # the site before the last one: most of its links are the right ones
                    os.rmdir(work)
                    os.replace(previous, work)
                link_files(files_under(target), work)  # hard links keep the times --dirty compares
        elif previous.exists():
            shutil.rmtree(previous)
        with reporter.stage("mkdocs"):
            run_mkdocs(root, work, strict=strict, dirty=reuse, newest=newest,
                       processes=processes_for_site(generated.pages))
        with reporter.stage("search index"):  # into the new site before it replaces site/
            index_site(work, pages_with_keys=generated.pages_with_keys,
                       root=root, articles_per_shard=settings.search_shard_articles, salt=fingerprint, reuse=incremental)
        if not has_policy((work / "index.html").read_text(encoding="utf-8")):
            with reporter.stage("security policy"):  # mkdocs.yml without its security_policy hook
                secure_site(work, settings.content_security_policy, keep_existing=reuse)
        if not reuse:  # the stamp may describe the old site, not the new one
            stamp.unlink(missing_ok=True)
        replace_dir(work, target, keep=previous if reuse else None)
        write_new(stamp, fingerprint.encode())
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    return generated
