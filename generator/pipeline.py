"""The pipeline, stage by stage: read -> extract -> aggregate -> render -> write.

`generate` computes every output file in memory and writes nothing when any content has an
error; `build_site` then runs MkDocs into a temporary folder (hard links to the previous site
when it can be reused) and swaps it into `site/` only when everything succeeded, so a failed
or interrupted build leaves the previous site whole.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from generator.aggregate.archive import build_archive
from generator.aggregate.chronology import build_chronology
from generator.aggregate.entities import build_profiles
from generator.config import Settings, load_settings, mkdocs_config, site_url
from generator.extract import cache as extraction_cache
from generator.extract.article import extract_all
from generator.extract.entities import EntityMatcher
from generator.files import link_tree, replace_dir, sync_tree, write_new
from generator.lock import build_lock
from generator.model import Article, Entity, Extraction, Problem
from generator.progress import SILENT, Reporter
from generator.read.content import read_articles
from generator.read.registry import load_registry
from generator.read.tree import unsafe_entries
from generator.render.exports import feeds, open_data
from generator.render.markup import excerpt
from generator.render.search_index import OUTPUT_SUBDIR, SEARCH_DATA, index_site, load_keys_cache, save_keys_cache
from generator.render.security import has_policy, secure_site
from generator.render.site import SiteData, render_files, site_pages, unlisted_entities


@dataclass
class Generated:
    files: dict[str, bytes]
    articles: list[Article]
    problems: list[Problem] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    extractions: list[Extraction] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]


class BuildFailed(Exception):
    def __init__(self, problems: list[Problem], message: str = ""):
        super().__init__(message or f"{len(problems)} error(s)")
        self.problems = problems


def generate(root: Path, settings: Settings | None = None, reporter: Reporter = SILENT) -> Generated:
    unsafe = unsafe_entries(root)  # links first: nothing is read while one is there
    if unsafe:
        return Generated({}, [], unsafe)
    settings = settings or load_settings(root)
    with reporter.stage("read"):
        articles, problems = read_articles(root)
        entities, registry_problems = load_registry(root)
        problems += registry_problems
    with reporter.stage("extract", len(articles)) as advance:
        extractions = extract_with_cache(root, articles, entities, advance)
        for extraction in extractions:
            problems += extraction.problems
            problems += unlisted_entities(extraction, settings)
    with reporter.stage("aggregate"):
        data = SiteData(
            archive=build_archive(articles),
            extractions={x.article.key: x for x in extractions},
            profiles=build_profiles(entities, extractions),
            chronology=tuple(build_chronology([e for x in extractions for e in x.events])),
        )
        pages = site_pages(data, settings)
    with reporter.stage("render", len(pages)) as advance:
        load_keys_cache(root)  # search keys of pages rendered before are not computed again
        files = render_files(root, pages, settings, advance)
        save_keys_cache(root)
        excerpts = {a.key: a.summary or excerpt(a.body, settings.excerpt_words) for a in articles}
        files |= feeds(data, site_url(root), mkdocs_config(root).get("site_name", ""), excerpts, settings.addresses)
        files |= open_data(data, settings.addresses)
    return Generated(files, articles, problems, entities, extractions)


def extract_with_cache(root: Path, articles: list[Article], entities: list[Entity], advance) -> list[Extraction]:
    """Extractions of every article; only articles that changed since the last build are extracted."""
    cached = extraction_cache.load(root, entities)
    keys = [extraction_cache.article_fingerprint(a) for a in articles]
    todo = [a for a, key in zip(articles, keys) if key not in cached]
    advance(len(articles) - len(todo))
    fresh = iter(extract_all(todo, EntityMatcher(entities), advance=advance) if todo else [])
    extractions = [cached[key] if key in cached else next(fresh) for key in keys]
    if todo or len(cached) != len(articles):
        extraction_cache.save(root, entities, extractions)
    return extractions


def write_docs(root: Path, generated: Generated, settings: Settings | None = None) -> tuple[int, int]:
    """Write the generated Markdown; refused (nothing written) when content has errors."""
    settings = settings or load_settings(root)
    if generated.errors:
        raise BuildFailed(generated.errors)
    with build_lock(root):
        return sync_tree(generated.files, settings.docs_path)


def run_mkdocs(root: Path, site_dir: Path, strict: bool = False, newest: dt.date | None = None,
               dirty: bool = False) -> None:
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site_dir)]
    if strict:
        command.append("--strict")
    if dirty:
        command.append("--dirty")
    env = dict(os.environ)
    if newest and "SOURCE_DATE_EPOCH" not in env:
        # Reproducible: the sitemap's dates follow the content, not the clock.
        env["SOURCE_DATE_EPOCH"] = str(int(dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.timezone.utc).timestamp()))
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
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
    generated = generate(root, reporter=reporter)
    if generated.errors:
        raise BuildFailed(generated.errors)
    settings = load_settings(root)
    with reporter.stage("write"):
        _, deleted = write_docs(root, generated, settings)
    target = root / "site"
    stamp = root / "build" / "cache" / "site-fingerprint"
    fingerprint = theme_fingerprint(root)
    reuse = (incremental and deleted == 0 and (target / "index.html").exists()
             and stamp.exists() and stamp.read_text() == fingerprint
             and NEW_FILES_HOOK in (mkdocs_config(root).get("hooks") or []))
    for stale in (root / "build").glob(".site-*"):  # left by a build that was killed
        shutil.rmtree(stale, ignore_errors=True)
    work = Path(tempfile.mkdtemp(prefix=".site-", dir=root / "build"))
    try:
        if reuse:
            with reporter.stage("link previous site"):
                link_tree(target, work, skip=(OUTPUT_SUBDIR,))  # hard links keep the times --dirty compares
        with reporter.stage("mkdocs"):
            run_mkdocs(root, work, strict=strict, dirty=reuse,
                       newest=max((a.date for a in generated.articles), default=None))
        with reporter.stage("search index"):  # into the new site before it replaces site/
            index_site(work, pages_with_keys=sum(SEARCH_DATA.encode() in data for name, data in generated.files.items()
                                                 if name.endswith(".md")),
                       root=root, articles_per_shard=settings.search_shard_articles, salt=fingerprint, reuse=incremental)
        if not has_policy((work / "index.html").read_text(encoding="utf-8")):
            with reporter.stage("security policy"):  # mkdocs.yml without its security_policy hook
                secure_site(work, settings.content_security_policy, keep_existing=reuse)
        if not reuse:  # the stamp may describe the old site, not the new one
            stamp.unlink(missing_ok=True)
        replace_dir(work, target)
        write_new(stamp, fingerprint.encode())
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    return generated
