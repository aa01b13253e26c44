"""`make serve`: the generated site on localhost, regenerated and rebuilt on every save.

We watch content/, site_config/ and mkdocs.yml, keep the read and extracted archive in memory
(`Preview`), re-read only the files that changed, render only the pages whose inputs changed and
write them in one burst; MkDocs, running in this process (generator/live_site.py), then builds
only the pages the generator wrote, and the server (generator/live_server.py) serves the built
site from build/preview/site/ and reloads the browsers showing a page that changed. When an
edit breaks the build, the errors are written to build/preview/errors.json; the preview hook
(site_config/hooks/preview.py) puts them into the site and assets/javascripts/preview-errors.js
(which main.html adds in preview only) shows them over every page until the next good save.
SIGINT, SIGTERM and SIGHUP stop the preview, its server with it.
"""
from __future__ import annotations

import gc
import json
import logging
import os
import signal
import socket
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

from generator.config import PREVIEW_VARIABLE, load_settings, site_url
from generator.files import DocsWriter, write_new
from generator.live_server import LiveServer, Versions
from generator.live_site import LiveSite
from generator.lock import build_lock
from generator.pipeline import BuildFailed, freeze_kept, without_gc_pauses, write_generated
from generator.read.tree import unsafe_entries
from generator.render.addresses import Addresses
from generator.render.search_index import save_keys_cache
from generator.extract.article import extract_article
from generator.state import ArchiveState, matcher_of, refresh

WATCHED = ("content", "site_config")
WATCHED_FILES = ("mkdocs.yml",)  # in the repository's folder, watched without its subfolders
_QUIET_PERIOD = 0.1  # seconds without changes before regenerating (an editor's save is a burst of events within milliseconds)
FULL_COLLECTION_EVERY = 20  # saves between collections that walk what the preview keeps
ERRORS_FILE = Path("build") / "preview" / "errors.json"  # put into the site by hooks/preview.py
SITE_DIR = Path("build") / "preview" / "site"  # what the preview serves (never site/: builds own it)
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
SAVED_FILES_FIRST = 10  # files read again by a save at most, for their pages to be served before the others


class Preview:
    """The archive held in memory across saves: each save re-reads the files that changed,
    extracts what they reach, renders the pages whose inputs changed and writes them in one
    burst; with a `site` (LiveSite), MkDocs then builds the pages written, and `versions` (the
    server's) learns which pages changed. Caches go to build/cache/ on close."""

    def __init__(self, root: Path, site: LiveSite | None = None, versions: Versions | None = None):
        self.root = root
        self.state = ArchiveState(root)
        self.table: dict | None = None  # what each file of the docs folder was made from; None: build/cache's
        self.site = site
        self.versions = versions or Versions()
        self.errors: list[str] | None = None  # what the site's pages show (None: no errors)
        self.saves = 0

    def regenerate(self, changed: set[Path] | None = None) -> bool:
        """One save: True when the docs folder and the site are up to date with it. `changed`:
        the paths the watcher saw change since the last save (None: anything may have). With
        a site, the pages are built and served before the feeds and the open data are made."""
        started, cpu = time.monotonic(), time.process_time()
        root = self.root
        writer, errors, pages = None, None, Pages()

        def serve_pages(writer: DocsWriter) -> None:
            (root / ERRORS_FILE).unlink(missing_ok=True)  # (a save with errors renders nothing)
            pages.written = writer.flush()
            pages.generated_in = time.monotonic() - started
            pages.built = self._build_site(pages.written, [], None, sitemap=False)
            pages.served_in, pages.processor = time.monotonic() - started, time.process_time() - cpu

        with build_lock(root):  # a `make site` running meanwhile finishes first
            try:
                with without_gc_pauses():
                    refresh(self.state, changed=changed)
                settings = load_settings(root)
                # What shapes every page unchanged: the pages of the files saved are built and
                # served before the others the save changed (MkDocs would build the site whole).
                first = saved_pages(self.state, settings.addresses) if self.site and self.site.current() else set()
                generated, writer = write_generated(self.state, settings, table=self.table,
                                                    after_pages=serve_pages if self.site else None, first=first)
                self.table = writer.table
            except BuildFailed as exc:
                for problem in exc.problems:
                    print(problem, file=sys.stderr)
                print("not regenerated: the site shows the last good version until the errors above are fixed",
                      file=sys.stderr)
                errors = [str(problem) for problem in exc.problems]
            except Exception as exc:  # keep serving whatever a half-typed file does
                print(f"not regenerated: {exc}", file=sys.stderr)
                errors = [f"{type(exc).__name__}: {exc}"]
                if pages.written:  # served before the failure, in no table: the next save lists the folder again
                    self.table = None
            if errors is None:
                (root / ERRORS_FILE).unlink(missing_ok=True)
            else:
                show_errors(root, errors)
            generated_in = time.monotonic() - started
            rest = None if writer is None else writer.written[len(pages.written):]
            built = self._build_site(rest, writer and writer.deleted, errors)
            self._collect()
        if writer is not None:
            for problem in generated.problems:
                print(problem, file=sys.stderr)
            site = ""
            if built and pages.built:
                files = None if None in (built[1], pages.built[1]) else built[1] + pages.built[1]
                site = (f", MkDocs {built[0] + pages.built[0]:.1f}s: " + ("every page" if files is None else f"{files} site files")
                        + f"; its pages served after {pages.served_in:.1f}s, {pages.processor:.1f}s of processor time")
            # The processor time too: on a machine shared with other work, the seconds say little.
            print(f"regenerated in {time.monotonic() - started:.1f}s, {time.process_time() - cpu:.1f}s of processor time "
                  f"(generator {generated_in - (pages.served_in - pages.generated_in):.1f}s{site}): "
                  f"{generated.rendered} pages rendered, {generated.written} files written, "
                  f"{generated.deleted} removed", flush=True)
        return errors is None and (self.site is None or built is not None)

    def warm(self) -> None:
        """Make, after the first pass and before the preview serves, what the first save that
        extracts an article (a new one, an edited body or title) would make first: the registry's
        matcher and the extractors' data, which they read and compile on first use in this
        process (word lists, date patterns: about 0.6 s of processor time; a first pass that
        read everything from the cache made neither, and one that extracted in forked processes
        made them there only). And what a new article checks each entity's related list
        against (aggregate/memo.py)."""
        state = self.state
        state.aggregates.prepare()
        if state.articles:
            try:
                extract_article(state.articles[0], matcher_of(state))
            except Exception:  # the save that needs them reports what fails
                pass

    def _build_site(self, written: list[str] | None, deleted: list[str] | None, errors: list[str] | None,
                    sitemap: bool = True) -> tuple[float, int | None] | None:
        """MkDocs over what the save wrote and deleted (docs-relative; all of the docs folder
        when what shapes every page changed; None: the save wrote nothing), then the server told
        which pages changed: all of them when the errors shown changed. `sitemap`: see
        LiveSite.update. Returns (seconds, site files changed, None for all); None when MkDocs failed."""
        if self.site is None:
            return None
        started = time.monotonic()
        site, versions = self.site, self.versions
        try:
            with versions.building(), without_gc_pauses():
                if not site.current():
                    site.build_all()
                    changed = None
                elif written is not None:
                    changed = site.update(written, deleted, sitemap)
                else:
                    site.post_build()  # the errors into the site; the pages stay the last good version
                    changed = []
        except Exception as exc:  # a template or hook that fails: shown, and the next save builds all
            site.theme = None
            print(f"not built: {type(exc).__name__}: {exc}", file=sys.stderr)
            show_errors(self.root, [*(errors or []), f"MkDocs: {type(exc).__name__}: {exc}"])
            if site.config is not None:  # mkdocs.yml itself may be what failed to load
                site.post_build()
            self.errors = None
            versions.changed_all()
            return None
        if changed is None or errors != self.errors:
            versions.changed_all()  # every page, or the errors overlay shown on every page
            self.errors = errors
        else:
            versions.changed(changed)
        return time.monotonic() - started, None if changed is None else len(changed)

    def _collect(self) -> None:
        """After the save (its page is served already): this save's cycles are collected, and
        what the preview keeps is frozen, so collections skip it. Walking everything kept
        (seconds at 1,000 articles) for cycles of what earlier saves let go is done once every
        FULL_COLLECTION_EVERY saves only."""
        self.saves += 1
        if self.saves % FULL_COLLECTION_EVERY == 0:
            freeze_kept(False)
        gc.collect()
        freeze_kept()

    def close(self) -> None:
        """Keep what the preview knows for the next build (extractions, docs inputs, search keys)."""
        self.state.save_cache()
        if self.table is not None:
            DocsWriter.write_table(self.root, self.table)
        save_keys_cache(self.root, prune=False)
        if self.site is not None:
            self.site.close()


@dataclass
class Pages:
    """A save's pages, built and served before its feeds and open data."""
    written: list[str] = field(default_factory=list)  # docs-relative
    generated_in: float = 0.0  # seconds from the save to the pages written
    served_in: float = 0.0  # to the pages served
    processor: float = 0.0  # processor seconds the save used until then
    built: tuple[float, int | None] | None = None  # Preview._build_site's


def saved_pages(state: ArchiveState, addresses: Addresses) -> set[str]:
    """The pages of the articles and entities whose files the last refresh read again (a save's:
    what the maintainer is looking at), docs-relative; none when it read many (a first pass)."""
    articles, entities = state.read_again()
    if len(articles) + len(entities) > SAVED_FILES_FIRST:
        return set()
    return {addresses.article(a) for a in articles} | {addresses.entity(e) for e in entities}


def regenerate(root: Path) -> bool:
    """One regeneration in a preview of its own (what a save does, from the caches on disk)."""
    preview = Preview(root)
    try:
        return preview.regenerate()
    finally:
        preview.close()


def show_errors(root: Path, errors: list[str]) -> None:
    """The errors where the preview hook reads them (it puts them into the site as MkDocs builds)."""
    data = {"errors": errors, "message": "لم يُحدَّث الموقع: صحّح الأخطاء التالية، وتعرض الصفحات آخر نسخة سليمة حتى ذلك"}
    write_new(root / ERRORS_FILE, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


class Changes:
    """The paths saved since the last regeneration, and a signal that there are some."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self._paths: set[Path] = set()
        self._lock = threading.Lock()

    def add(self, *paths: Path) -> None:
        with self._lock:
            self._paths.update(paths)
        self.event.set()

    def take(self) -> set[Path]:
        with self._lock:
            paths, self._paths = self._paths, set()
        return paths


class _Debounced(FileSystemEventHandler):
    """Saves under a folder (or, with `names`, of these files only) go into `changes`."""

    def __init__(self, changes: Changes, names: tuple[str, ...] | None = None):
        self.changes, self.names = changes, names

    def on_any_event(self, event):
        if event.event_type in ("opened", "closed_no_write"):
            return
        paths = [Path(str(p)) for p in (event.src_path, getattr(event, "dest_path", "")) if p]
        # An editor's temporary or backup file alone is no save (its rename over the real file is)
        if all(p.name.startswith(".") or p.name.endswith(("~", ".swp", ".tmp")) for p in paths):
            return
        if self.names is None or any(p.name in self.names for p in paths):
            self.changes.add(*paths)


def regenerate_on_change(preview: Preview, changes: Changes) -> None:
    while True:
        changes.event.wait()
        while changes.event.is_set():
            changes.event.clear()
            time.sleep(_QUIET_PERIOD)
        preview.regenerate(changes.take())


def address(dev_addr: str, port: int | None = None) -> tuple[str, int]:
    host, _, given = dev_addr.rpartition(":")
    return host or "127.0.0.1", port if port is not None else int(given)


def port_in_use(host: str, port: int) -> bool:
    """Whether something listens on host:port already (a preview left running, another server)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server will
        try:
            probe.bind((host, port))
        except OSError:
            return True
    return False


class _Stopped(BaseException):  # not an Exception: a save's `except Exception` must not swallow it
    pass


def _raise_stopped(signum, frame):
    raise _Stopped(signum)


def _show_mkdocs_warnings() -> None:
    """MkDocs' warnings and errors on the terminal, as its command line shows them."""
    logger = logging.getLogger("mkdocs")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.WARNING)


def mount_path(url: str) -> str:
    """The path the site is served under ("/", or "/sub/" for a site_url of https://host/sub/)."""
    return ("/" + urllib.parse.urlsplit(url).path.strip("/") + "/").replace("//", "/")


def serve(root: Path, dev_addr: str = "127.0.0.1:8000", port: int | None = None) -> int:
    unsafe = unsafe_entries(root)  # MkDocs reads site_config/ itself: refuse links before it starts
    for problem in unsafe:
        print(problem, file=sys.stderr)
    if unsafe:
        print("not serving: replace the links above with the files themselves", file=sys.stderr)
        return 1
    host, port = address(dev_addr, port)
    if port_in_use(host, port):
        print(f"serve: {host}:{port} is in use (a preview still running?); stop it, or choose another port: "
              f"--port {port + 1}", file=sys.stderr)
        return 2
    previous = {stop: signal.signal(stop, _raise_stopped) for stop in STOP_SIGNALS}
    server = preview = serving = None
    observer = Observer()
    errors = root / ERRORS_FILE
    try:
        errors.unlink(missing_ok=True)
        errors.parent.mkdir(parents=True, exist_ok=True)
        os.environ[PREVIEW_VARIABLE] = str(errors.resolve())  # mkdocs.yml's extra.preview, hooks/preview.py
        _show_mkdocs_warnings()
        mount = mount_path(site_url(root))
        server = LiveServer(host, port, root / SITE_DIR, mount)  # the port is taken; served once built
        preview = Preview(root, LiveSite(root, root / SITE_DIR, f"http://{host}:{port}{mount}"), server.versions)
        # Watched before the first build: a save made while it runs (or as soon as a page is
        # served) is seen, and regenerated after it.
        changes = Changes()
        for folder in WATCHED:
            (root / folder).mkdir(exist_ok=True)
            observer.schedule(_Debounced(changes), str(root / folder), recursive=True)
        observer.schedule(_Debounced(changes, WATCHED_FILES), str(root), recursive=False)
        observer.start()
        preview.regenerate()
        started = time.process_time()
        preview.warm()  # before it says it serves: the first save then pays no more than the next ones
        print(f"made ready for the first save in {time.process_time() - started:.1f}s of processor time", flush=True)
        serving = threading.Thread(target=server.serve_forever, daemon=True)
        serving.start()
        print(f"serving on http://{host}:{port}{mount}", flush=True)
        threading.Thread(target=regenerate_on_change, args=(preview, changes), daemon=True).start()
        while True:
            time.sleep(3600)  # until a stop signal
    except _Stopped:
        return 0
    finally:
        for stop, handler_before in previous.items():
            signal.signal(stop, handler_before)
        if serving is not None:
            server.shutdown()  # (waits for serve_forever: only once it was started)
        if server is not None:
            server.server_close()
        if observer.is_alive():
            observer.stop()
        if preview is not None:
            with build_lock(root):  # not while a save is being regenerated
                preview.close()
