"""`make serve`: a maintainer's edit under content/ or site_config/ shows without a restart."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from conftest import copy_repository


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, text: str, seconds: float = 90) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = fetch(url)
        if page is not None and text in page:
            return page
        time.sleep(0.3)
    raise AssertionError(f"'{text}' did not appear at {url} within {seconds}s")


def test_serve_regenerates_on_content_and_template_changes(tmp_path):
    root = copy_repository(tmp_path / "repo")
    [article] = (root / "content/articles/2022").glob("2022-10-21-*.md")
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen([sys.executable, "-m", "generator", "--root", str(root), "serve",
                               "--dev-addr", f"127.0.0.1:{port}"], stdout=log, stderr=log, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        page_url = f"{base}/articles/2022/{urllib.parse.quote(article.stem)}/"
        wait_for(page_url, "أول اتصال بين وزيري دفاع")

        article.write_text(article.read_text(encoding="utf-8").replace(
            "title: أول اتصال بين وزيري", "title: أول اتصال هاتفي بين وزيري", 1), encoding="utf-8")
        wait_for(page_url, "أول اتصال هاتفي بين وزيري")

        template = root / "site_config/templates/home.md.j2"
        template.write_text(template.read_text(encoding="utf-8") + "\n<p>علامة-المعاينة</p>\n", encoding="utf-8")
        wait_for(f"{base}/", "علامة-المعاينة")
        assert server.poll() is None  # the same server, never restarted
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        log.close()
