"""Two builds at once: the second waits for the first (or, with --no-wait, stops in one line),
and site/ is always one whole build."""
from __future__ import annotations

import subprocess
import sys
import threading
import time

from conftest import REPO, copy_repository, tree
from generator.lock import LOCK_FILE, BuildLocked, build_lock



def _generator(root, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "generator", "--root", str(root), *args], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_second_holder_waits_and_says_so_in_one_line(tmp_path):
    said, order = [], []
    with build_lock(tmp_path):
        def second():
            with build_lock(tmp_path, say=said.append):
                order.append("second")

        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(0.3)
        order.append("first done")
    thread.join(5)
    assert order == ["first done", "second"]
    assert len(said) == 1 and "waiting for another build" in said[0] and "\n" not in said[0]


def test_without_waiting_a_second_holder_is_refused_at_once(tmp_path):
    outcome = []
    with build_lock(tmp_path):
        def second():
            try:
                with build_lock(tmp_path, wait=False):
                    outcome.append("entered")
            except BuildLocked as exc:
                outcome.append(str(exc))

        thread = threading.Thread(target=second)
        thread.start()
        thread.join(5)
    assert len(outcome) == 1 and "another build of this repository is running" in outcome[0]


def test_the_holder_may_take_it_again(tmp_path):
    with build_lock(tmp_path):
        with build_lock(tmp_path, wait=False):  # build_site -> write_docs
            pass
        with build_lock(tmp_path, wait=False):
            pass


def test_site_waits_for_a_running_build_then_builds_the_whole_site(tmp_path):
    root = copy_repository(tmp_path / "repo")
    with build_lock(root):
        build = _generator(root, "site")
        line = build.stderr.readline()
        assert "waiting for another build" in line
        assert build.poll() is None and not (root / "site").exists()
        refused = _generator(root, "--no-wait", "build")
        out, err = refused.communicate(timeout=60)
        assert refused.returncode == 75
        assert err.strip().count("\n") == 0 and "another build of this repository is running" in err
        assert not (root / "build/docs").exists()
    assert build.wait(timeout=300) == 0, build.stderr.read()
    assert (root / "site/index.html").exists() and (root / "site/pagefind").is_dir()


def test_two_builds_at_once_leave_one_whole_site(tmp_path, built_site):
    root = copy_repository(tmp_path / "repo")
    builds = [_generator(root, "site"), _generator(root, "site")]
    results = [(b.wait(timeout=600), b.stderr.read()) for b in builds]
    assert [code for code, _ in results] == [0, 0], results
    assert sum("waiting for another build" in err for _, err in results) == 1
    assert tree(root / "site") == tree(built_site / "site")  # the same as one build alone
    assert [p.name for p in (root / "build").iterdir() if p.name.startswith(".site-")] == []
    assert (root / LOCK_FILE).exists()
