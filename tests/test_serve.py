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
from pathlib import Path

import pytest

from conftest import copy_repository
from test_search import CHROMIUM, CHROMIUM_ARGS


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
    server, log = start_serve(root, tmp_path, port)
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
        stop_serve(server, log)


def start_serve(root, tmp_path, port: int, *extra: str) -> tuple[subprocess.Popen, object]:
    log = (tmp_path / f"serve-{port}.log").open("w")
    server = subprocess.Popen([sys.executable, "-m", "generator", "--root", str(root), "serve",
                               "--dev-addr", f"127.0.0.1:{port}", *extra], stdout=log, stderr=log,
                              start_new_session=True)
    return server, log


def stop_serve(server: subprocess.Popen, log) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
    log.close()


def children_of(pid: int) -> list[int]:
    """Every process descended from pid, read from /proc."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = [], [pid]
    while frontier:
        current = frontier.pop()
        kids = [child for child, parent in parents.items() if parent == current]
        found += kids
        frontier += kids
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def port_free(port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_stop_signal_to_serve_stops_it_and_frees_the_port(tmp_path, stop):
    root = copy_repository(tmp_path / "repo")
    port = free_port()
    server, log = start_serve(root, tmp_path, port)
    try:
        wait_for(f"http://127.0.0.1:{port}/", "أرشيف الأخبار")
        children = children_of(server.pid)  # MkDocs runs in serve's own process: none expected
        server.send_signal(stop)  # to serve alone, not to its group
        assert server.wait(timeout=20) == 0
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(alive(pid) for pid in children):
            time.sleep(0.1)
        assert not any(alive(pid) for pid in children)
        assert port_free(port)
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
        log.close()


def test_a_stop_signal_during_the_first_build_stops_serve(tmp_path):
    """Not swallowed by the save's own error handling (which keeps serving whatever a file does)."""
    root = copy_repository(tmp_path / "repo")
    port = free_port()
    server, log = start_serve(root, tmp_path, port)
    try:
        deadline = time.monotonic() + 60
        while port_free(port) and time.monotonic() < deadline:  # taken just before the first build
            time.sleep(0.05)
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=30) == 0
        assert port_free(port)
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
        log.close()


def test_a_port_in_use_is_one_clear_line_that_suggests_another(tmp_path):
    root = copy_repository(tmp_path / "repo")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "serve", "--port", str(port)],
                                capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"127.0.0.1:{port} is in use" in lines[0] and f"--port {port + 1}" in lines[0]
    assert "Traceback" not in result.stderr + result.stdout


def test_a_build_error_shows_on_the_page_until_the_next_good_save(tmp_path):
    root = copy_repository(tmp_path / "repo")
    [article] = (root / "content/articles/2022").glob("2022-10-21-*.md")
    good = article.read_text(encoding="utf-8")
    port = free_port()
    server, log = start_serve(root, tmp_path, port)
    base = f"http://127.0.0.1:{port}"
    try:
        page = wait_for(f"{base}/", "أرشيف الأخبار")
        assert "assets/javascripts/preview-errors.js" in page  # the overlay's script, in preview only
        assert "preview-errors" in wait_for(f"{base}/assets/javascripts/preview-errors.js", "preview-errors.json")
        article.write_text(good.replace("date: 2022-10-21", "date: 2022-13-45", 1), encoding="utf-8")
        errors = wait_for(f"{base}/preview-errors.json", article.name)
        assert f"{article.name}:3: error:" in errors and "YYYY-MM-DD" in errors  # the file, its line, what to write
        assert server.poll() is None
        article.write_text(good, encoding="utf-8")
        wait_for(f"{base}/preview-errors.json", '"errors": []')
        shown = overlay_text(f"{base}/") if CHROMIUM.exists() else None
        assert shown in (None, "")
        article.write_text(good.replace("date: 2022-10-21", "date: 2022-13-45", 1), encoding="utf-8")
        wait_for(f"{base}/preview-errors.json", article.name)
        if CHROMIUM.exists():
            assert article.name in overlay_text(f"{base}/")
    finally:
        stop_serve(server, log)


def overlay_text(url: str) -> str:
    """The error overlay's text as a reader sees it in Chromium ("" when there is none)."""
    from playwright import sync_api

    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page()
            page.goto(url)
            page.wait_for_load_state("networkidle")
            overlay = page.locator(".preview-errors")
            return overlay.inner_text() if overlay.count() else ""
        finally:
            browser.close()


def test_a_render_pass_leaves_frozen_what_the_preview_froze():
    # The preview freezes what it keeps after each save so that collections skip it; a render
    # pass that unfroze it made every save walk the whole archive again (seconds at 1,000).
    import gc

    from generator.pipeline import collecting_new_cycles, freeze_kept

    gc.collect()
    freeze_kept()
    try:
        with collecting_new_cycles():
            pass
        assert gc.get_freeze_count() > 0
    finally:
        freeze_kept(False)
    with collecting_new_cycles():  # a build froze nothing: it leaves nothing frozen
        pass
    assert gc.get_freeze_count() == 0
