"""Shared fixtures: the repository, the raw seeds, and throw-away copies to build in."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests explore new random inputs on a developer's machine; in CI (CI=true) they run a
# fixed sequence, so a pull request's result does not depend on the draw. What a local run
# finds is kept as an @example beside its property.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
SEEDS = FIXTURES / "seeds"
SEED_CALLS = SEEDS / "003_b9b2ccb77d9719e0.txt"  # 2022-10-21, dateline in the text
SEED_CHANNELS = SEEDS / "000_53dbe11990a2b156.txt"  # 2022-11-28, no date in the text


def copy_repository(target: Path, with_articles: bool = True) -> Path:
    """The parts of the repository a build reads, copied to `target`."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", target / "mkdocs.yml")
    # symlinks=True: a link in a pull request is copied as a link (the build refuses it), never
    # replaced by the file it points to.
    shutil.copytree(REPO / "site_config", target / "site_config", symlinks=True)
    ignore = None if with_articles else shutil.ignore_patterns("articles")
    shutil.copytree(REPO / "content", target / "content", ignore=ignore, symlinks=True)
    (target / "content" / "articles").mkdir(parents=True, exist_ok=True)
    return target


def tree(folder: Path) -> dict[str, bytes]:
    """Every file below `folder`, by relative path, with its bytes: two trees compare with ==."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def generator_cli(root: Path, *args: str) -> subprocess.CompletedProcess:
    """`python -m generator --root ROOT ARGS`, as CI runs it (no progress bars)."""
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(root), *args],
                          capture_output=True, text=True, env={**os.environ, "CI": "true"})


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    return copy_repository(tmp_path / "repo")


@pytest.fixture
def empty_repo(tmp_path: Path) -> Path:
    """A repository copy with the registry but no articles."""
    return copy_repository(tmp_path / "repo", with_articles=False)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The repository's content built once, strictly, into a temporary copy; returns its root."""
    from generator.pipeline import build_site

    root = copy_repository(tmp_path_factory.mktemp("built") / "repo")
    build_site(root, strict=True)
    return root
