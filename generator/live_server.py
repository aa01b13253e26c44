"""The preview's web server: the built site as static files, and live reload per page.

Every HTML page it serves gets a small script that asks the server, with a long poll, whether
that page changed since it was served; the server answers as soon as a build rewrites the page
(or everything: a full build, the preview's errors appearing or going), and the browser reloads
it. Pages that a save did not rewrite are not reloaded. While a build writes files, requests
wait for it to finish, so a reader never gets half a site.
"""
from __future__ import annotations

import mimetypes
import posixpath
import socket
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

POLL_SECONDS = 60  # a poll with no news is answered after this long, and the browser asks again
POLL_PATH = "/.live-reload"

# Reloads the page when the server says it changed after `version` (the site's version when the
# page was served). Polling stops while the tab is hidden and starts again when it is shown.
_SCRIPT = """<script>(() => {
  const version = %d, page = location.pathname;
  let request, timer;
  const poll = () => {
    request = new XMLHttpRequest();
    request.onloadend = function () {
      if (this.status === 200 && Number(this.responseText) > version) { location.reload(); return; }
      timer = setTimeout(poll, this.status === 200 ? 0 : 3000);
    };
    request.open("GET", "%s?since=" + version + "&page=" + encodeURIComponent(page));
    request.send();
  };
  const stop = () => { if (request) request.abort(); clearTimeout(timer); request = timer = undefined; };
  const start = () => { stop(); if (document.visibilityState === "visible") poll(); };
  window.addEventListener("load", start);
  document.addEventListener("visibilitychange", start);
  window.addEventListener("beforeunload", stop);
})();</script>"""


class Versions:
    """Which version of the site each page was last rewritten in.

    `building()` holds requests while a build writes; `changed(paths)` (site-relative files)
    and `changed_all()` start a new version and wake the polls of the pages it concerns."""

    def __init__(self) -> None:
        self.current = 0
        self._all = 0  # the version of the last change to every page
        self._pages: dict[str, int] = {}  # site-relative file -> the version it last changed in
        self._condition = threading.Condition()
        self._builds = 0  # builds in progress

    def building(self) -> "_Building":
        return _Building(self)

    def changed(self, paths) -> None:
        with self._condition:
            self.current += 1
            for path in paths:
                self._pages[path] = self.current
            self._condition.notify_all()

    def changed_all(self) -> None:
        with self._condition:
            self.current += 1
            self._all = self.current
            self._pages.clear()
            self._condition.notify_all()

    def of(self, path: str) -> int:
        return max(self._all, self._pages.get(path, 0))

    def wait_for_change(self, path: str, since: int, timeout: float) -> int:
        with self._condition:
            self._condition.wait_for(lambda: self.of(path) > since, timeout=timeout)
            return self.of(path)

    def settled(self) -> int:
        """Wait until no build is writing; the site's version then."""
        with self._condition:
            self._condition.wait_for(lambda: self._builds == 0)
            return self.current


class _Building:
    def __init__(self, versions: Versions):
        self.versions = versions

    def __enter__(self):
        with self.versions._condition:
            self.versions._builds += 1

    def __exit__(self, *exc):
        with self.versions._condition:
            self.versions._builds -= 1
            self.versions._condition.notify_all()


def site_file(url_path: str, mount: str) -> str | None:
    """The site-relative file a URL path names under `mount` ("/" or "/sub/"); None outside it
    or when it climbs out of the site."""
    path = urllib.parse.unquote(url_path)
    if not (path + "/").startswith(mount):
        return None
    rel = path[len(mount):]
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    rel = posixpath.normpath("/" + rel).lstrip("/")
    return None if rel.startswith("..") else rel


def content_type(name: str) -> str:
    if name.endswith((".js", ".mjs")):
        return "application/javascript"
    if name.endswith(".gz"):
        return "application/gzip"
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


class LiveServer(ThreadingHTTPServer):
    """Serves `site` at `mount` on (host, port); `versions` says which pages changed when."""

    daemon_threads = True

    def __init__(self, host: str, port: int, site: Path, mount: str = "/"):
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.site, self.mount = site, mount
        self.versions = Versions()
        super().__init__((host, port), _Handler)

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a browser that left: nothing to say
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    server: LiveServer

    def log_message(self, format, *args):  # a preview prints what it built, not every request
        pass

    def do_HEAD(self):
        self.do_GET(body=False)

    def do_GET(self, body: bool = True):
        url = urllib.parse.urlsplit(self.path)
        if url.path == POLL_PATH:
            return self._poll(urllib.parse.parse_qs(url.query))
        server = self.server
        if url.path == "/" and server.mount != "/":
            return self._redirect(server.mount)
        rel = site_file(url.path, server.mount)
        version = server.versions.settled()
        file = server.site / rel if rel is not None else None
        if file is None or not file.is_file():
            if file is not None and file.is_dir() and (file / "index.html").is_file() and not url.path.endswith("/"):
                return self._redirect(url.path + "/")
            return self._send(404, "text/html", self._not_found(), body)
        data = file.read_bytes()
        if rel.endswith(".html"):
            data = with_reload_script(data, version)
        self._send(200, content_type(rel), data, body)

    def _not_found(self) -> bytes:
        page = self.server.site / "404.html"
        return page.read_bytes() if page.is_file() else b"404 Not Found"

    def _poll(self, query: dict) -> None:
        try:
            since = int(query.get("since", ["0"])[0])
        except ValueError:
            since = 0
        page = site_file(query.get("page", ["/"])[0], self.server.mount) or ""
        version = self.server.versions.wait_for_change(page, since, POLL_SECONDS)
        self._send(200, "text/plain", str(version).encode())

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", urllib.parse.quote(location))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, status: int, kind: str, data: bytes, body: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if body:
            self.wfile.write(data)


def with_reload_script(page: bytes, version: int) -> bytes:
    script = (_SCRIPT % (version, POLL_PATH)).encode()
    end = page.rfind(b"</body>")
    end = len(page) if end < 0 else end
    return page[:end] + script + page[end:]
