"""`make serve`: MkDocs' live-reloading server over the generated tree, regenerated on change.

MkDocs watches build/docs and reloads the browser; we watch content/ and site_config/, keep
the read and extracted archive in memory (`Preview`), re-read only the files that changed,
render only the pages whose inputs changed and write them in one burst, and MkDocs rebuilds
only those pages (--dirty; with site_config/hooks/html_blocks.py a few pages take a second or two).
When an edit breaks the build, the errors are written to build/preview/errors.json, which
MkDocs watches; its preview hook (site_config/hooks/preview.py) puts them into the site and
assets/javascripts/preview-errors.js (which main.html adds in preview only) shows them over
the page until the next good save. Stopping the preview by any of
SIGINT, SIGTERM or SIGHUP stops MkDocs' server too: it runs in a process group of its own,
which is stopped as a whole.
"""
from __future__ import annotations

import ctypes
import gc
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

from generator.config import PREVIEW_VARIABLE
from generator.files import DocsWriter, write_new
from generator.lock import build_lock
from generator.pipeline import BuildFailed, without_gc_pauses, write_generated
from generator.read.tree import unsafe_entries
from generator.render.search_index import save_keys_cache
from generator.state import ArchiveState, refresh

WATCHED = ("content", "site_config")
_QUIET_PERIOD = 0.3  # seconds without changes before regenerating (editors save in bursts)
FULL_COLLECTION_EVERY = 20  # saves between collections that walk what the preview keeps
ERRORS_FILE = Path("build") / "preview" / "errors.json"  # watched by MkDocs' server
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class Preview:
    """The archive held in memory across saves: each save re-reads the files that changed,
    extracts what they reach, renders the pages whose inputs changed and writes them in one
    burst, which MkDocs' server (--dirty) rebuilds once. Caches go to build/cache/ on close."""

    def __init__(self, root: Path):
        self.root = root
        self.state = ArchiveState(root)
        self.table: dict | None = None  # what each file of the docs folder was made from; None: build/cache's
        self.saves = 0

    def regenerate(self) -> bool:
        started = time.monotonic()
        root = self.root
        try:
            with build_lock(root):  # a `make site` running meanwhile finishes first
                with without_gc_pauses():
                    refresh(self.state)
                generated, writer = write_generated(self.state, table=self.table)
                self.table = writer.table
                # After the burst (MkDocs builds meanwhile): this save's cycles are collected, and
                # what the preview keeps is frozen, so collections skip it. Walking everything
                # kept (seconds at 1,000 articles) for cycles of what earlier saves let go is
                # done once every FULL_COLLECTION_EVERY saves only.
                self.saves += 1
                if self.saves % FULL_COLLECTION_EVERY == 0:
                    gc.unfreeze()
                gc.collect()
                gc.freeze()
        except BuildFailed as exc:
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            print("not regenerated: the site shows the last good version until the errors above are fixed", file=sys.stderr)
            show_errors(root, [str(problem) for problem in exc.problems])
            return False
        except Exception as exc:  # keep serving whatever a half-typed file does
            print(f"not regenerated: {exc}", file=sys.stderr)
            show_errors(root, [f"{type(exc).__name__}: {exc}"])
            return False
        (root / ERRORS_FILE).unlink(missing_ok=True)
        for problem in generated.problems:
            print(problem, file=sys.stderr)
        print(f"regenerated in {time.monotonic() - started:.1f}s: {generated.rendered} pages rendered, "
              f"{generated.written} files written, {generated.deleted} removed", flush=True)
        return True

    def close(self) -> None:
        """Keep what the preview knows for the next build (extractions, docs inputs, search keys)."""
        self.state.save_cache()
        if self.table is not None:
            DocsWriter.write_table(self.root, self.table)
        save_keys_cache(self.root, prune=False)


def regenerate(root: Path) -> bool:
    """One regeneration in a preview of its own (what a save does, from the caches on disk)."""
    preview = Preview(root)
    try:
        return preview.regenerate()
    finally:
        preview.close()


def show_errors(root: Path, errors: list[str]) -> None:
    """The errors where the preview's pages read them (MkDocs sees the file change and reloads them)."""
    data = {"errors": errors, "message": "لم يُحدَّث الموقع: صحّح الأخطاء التالية، وتعرض الصفحات آخر نسخة سليمة حتى ذلك"}
    write_new(root / ERRORS_FILE, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


class _Debounced(FileSystemEventHandler):
    def __init__(self, preview: Preview):
        self.preview = preview
        self.changed = threading.Event()

    def on_any_event(self, event):
        if event.event_type in ("opened", "closed_no_write"):
            return
        name = Path(str(event.src_path)).name
        if name.startswith(".") or name.endswith(("~", ".swp", ".tmp")):
            return
        self.changed.set()

    def loop(self) -> None:
        while True:
            self.changed.wait()
            while self.changed.is_set():
                self.changed.clear()
                time.sleep(_QUIET_PERIOD)
            self.preview.regenerate()


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


class _Stopped(Exception):
    pass


def _raise_stopped(signum, frame):
    raise _Stopped(signum)


def _stop_with_parent() -> None:
    """In MkDocs' process (Linux): stop when the preview dies, even by SIGKILL."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _stop_group(server: subprocess.Popen) -> None:
    if server.poll() is not None:
        return
    for stop, wait in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        try:
            os.killpg(server.pid, stop)
        except ProcessLookupError:
            return
        try:
            server.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


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
    server = preview = None
    observer = Observer()
    errors = root / ERRORS_FILE
    try:
        errors.unlink(missing_ok=True)
        errors.parent.mkdir(parents=True, exist_ok=True)
        preview = Preview(root)
        preview.regenerate()
        # Its own process group, stopped as a whole: MkDocs' server and anything it started.
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dirty", "--dev-addr", f"{host}:{port}",
             "--watch", str(errors.parent)],
            cwd=root, env={**os.environ, PREVIEW_VARIABLE: str(errors.resolve())}, start_new_session=True,
            preexec_fn=_stop_with_parent)
        handler = _Debounced(preview)
        for folder in WATCHED:
            (root / folder).mkdir(exist_ok=True)
            observer.schedule(handler, str(root / folder), recursive=True)
        observer.start()
        threading.Thread(target=handler.loop, daemon=True).start()
        return server.wait()
    except _Stopped:
        return 0
    finally:
        for stop, handler_before in previous.items():
            signal.signal(stop, handler_before)
        if server is not None:
            _stop_group(server)
        if observer.is_alive():
            observer.stop()
        if preview is not None:
            with build_lock(root):  # not while a save is being regenerated
                preview.close()
