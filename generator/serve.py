"""`make serve`: MkDocs' live-reloading server over the generated tree, regenerated on change.

MkDocs watches build/docs and reloads the browser; we watch content/ and site_config/ and
rewrite only the generated files whose text changed, so an edit shows in a second or two.
"""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

from generator.lock import build_lock
from generator.pipeline import BuildFailed, generate, write_docs
from generator.read.tree import unsafe_entries

WATCHED = ("content", "site_config")
_QUIET_PERIOD = 0.3  # seconds without changes before regenerating (editors save in bursts)


def regenerate(root: Path) -> bool:
    started = time.monotonic()
    try:
        with build_lock(root):  # a `make site` running meanwhile finishes first
            generated = generate(root)
            written, deleted = write_docs(root, generated)
    except BuildFailed as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print("not regenerated: the site shows the last good version until the errors above are fixed", file=sys.stderr)
        return False
    except Exception as exc:  # keep serving whatever a half-typed file does
        print(f"not regenerated: {exc}", file=sys.stderr)
        return False
    for problem in generated.problems:
        print(problem, file=sys.stderr)
    print(f"regenerated in {time.monotonic() - started:.1f}s: {written} files written, {deleted} removed", flush=True)
    return True


class _Debounced(FileSystemEventHandler):
    def __init__(self, root: Path):
        self.root = root
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
            regenerate(self.root)


def serve(root: Path, dev_addr: str = "127.0.0.1:8000") -> int:
    unsafe = unsafe_entries(root)  # MkDocs reads site_config/ itself: refuse links before it starts
    for problem in unsafe:
        print(problem, file=sys.stderr)
    if unsafe:
        print("not serving: replace the links above with the files themselves", file=sys.stderr)
        return 1
    regenerate(root)
    handler = _Debounced(root)
    observer = Observer()
    for folder in WATCHED:
        (root / folder).mkdir(exist_ok=True)
        observer.schedule(handler, str(root / folder), recursive=True)
    observer.start()
    threading.Thread(target=handler.loop, daemon=True).start()
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dev-addr", dev_addr], cwd=root)
    try:
        return server.wait()
    except KeyboardInterrupt:
        server.terminate()
        return 0
    finally:
        observer.stop()
