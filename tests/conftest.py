"""Shared fixtures: the repository, the raw seeds, and throw-away copies to build in."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

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
