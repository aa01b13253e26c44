"""The search index in shards: one Pagefind bundle per shard, merged by the browser.

Pagefind has no incremental mode and holds about 0.5 MB per page while it indexes, so the
indexed pages are split into shards (articles by spans of years, entity pages apart) and
each shard is indexed on its own, two at a time: memory is bounded by the two largest
shards, and a shard whose pages did not change is not indexed again. A shard's bundle is
kept under build/ by the fingerprint of exactly what it indexed (each page's address and the
digest of what Pagefind reads in it, written by the generator in the keys block) and hard
linked into every site that has the same shard. The first shard's bundle is the site's
pagefind/ folder (with Pagefind's runtime), every other one pagefind/<shard>/ (index only);
pagefind/shards.json lists them for search.js, which merges them (mergeIndex) into one list:
the newest articles' and the entity pages' at once, the older years' (shard_list's `later`)
only when a search needs them.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Callable

from generator.files import files_under, link_files, write_new
from generator.render import search_contract as contract

# Articles in one shard of older years, at most (a single year with more is one shard): about
# 1 GB for Pagefind. See plan_shards and the README's section on shards.
ARTICLES_PER_SHARD = 2000
# The browser searches the newest article shards holding at least this share of a shard's
# articles (and the entity pages) at once, the older ones only when a search needs them
# (search.js): early in a year its own shard alone would leave most queries short of a page.
FIRST_SHARE = 0.25
ENTITIES = "entities"
OTHER_PAGES = "pages"
# Pagefind's runtime: only the first bundle's copy is loaded (merged indexes use its WebAssembly).
RUNTIME_FILES = ("pagefind.js", "pagefind-worker.js")
RUNTIME_SUFFIX = ".pagefind"  # wasm.<language>.pagefind
CACHE = Path("build") / "cache" / "search-shards"
# Bumped when the way a bundle is made changes without its pages changing.
BUNDLE_FORMAT = "1"

_BODY = b"data-pagefind-body"
_DIGEST = re.compile(rf'{contract.REGION_DIGEST}="([0-9a-f]+)"'.encode())
_KIND = re.compile(rb'data-pagefind-meta="kind">(\w+)<')
_YEAR = re.compile(rb'data-pagefind-sort="date">(\d{4})-')


@dataclass(frozen=True)
class IndexedPage:
    path: str  # relative to the site, as Pagefind sees it
    digest: str  # of what Pagefind reads in it
    keyed: bool  # the digest is the generator's (in the keys block), not that of all the page's bytes
    kind: str  # "article", "entity" or "" (contract.RESULT_KINDS)
    year: int | None


@dataclass(frozen=True)
class Shard:
    name: str
    pages: tuple[IndexedPage, ...]

    def fingerprint(self, salt: str) -> str:
        digest = hashlib.sha256(f"{BUNDLE_FORMAT}\0{salt}\0{_pagefind_version()}\0".encode())
        for page in self.pages:
            digest.update(f"{page.path}\0{page.digest}\n".encode())
        return digest.hexdigest()[:32]


def _pagefind_version() -> str:
    try:
        return metadata.version("pagefind_bin")
    except metadata.PackageNotFoundError:
        return "unknown"


def indexed_pages(site_dir: Path, known: dict | None = None) -> list[IndexedPage]:
    """The built pages Pagefind indexes (those with a data-pagefind-body region), read for the
    digest the generator wrote in them; a page without one (a site built elsewhere) is keyed by
    all its bytes. `known` ({path: (stamp, page or None)}, updated in place) holds what reading
    each page gave before: a page with the same stamp (site_stamp) is not read again."""
    pages = []
    seen = {}
    for path, stamp in _html_files(site_dir):
        remembered = known.get(path) if known is not None else None
        if remembered is not None and remembered[0] == stamp:
            page = remembered[1]
        else:
            page = _read_page(site_dir, path)
        seen[path] = (stamp, page)
        if page is not None:
            pages.append(page)
    if known is not None:
        known.clear()
        known.update(seen)
    return pages


def site_stamp(info: os.stat_result) -> tuple:
    """What tells a built page from another at its path: MkDocs writes every page it builds as
    a new file (site_config/hooks/new_files.py), a page kept from the previous site is a hard
    link to the same file (the same inode, size and modification time); a link moves the change
    time, so that is not part of it."""
    return info.st_ino, info.st_size, info.st_mtime_ns


def _html_files(site_dir: Path) -> list[tuple[str, tuple]]:
    """(path relative to the site, stamp) of every HTML file but Pagefind's, in the order of their path's parts."""
    found = []
    folders = [("", os.fspath(site_dir))]
    while folders:
        prefix, folder = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if prefix or entry.name != contract.OUTPUT_SUBDIR:
                        folders.append((f"{prefix}{entry.name}/", entry.path))
                elif entry.name.endswith(".html") and entry.is_file(follow_symlinks=False):
                    found.append((f"{prefix}{entry.name}", site_stamp(entry.stat(follow_symlinks=False))))
    found.sort(key=lambda item: item[0].split("/"))
    return found


def _read_page(site_dir: Path, path: str) -> IndexedPage | None:
    data = (site_dir / path).read_bytes()
    if _BODY not in data:
        return None
    found = _DIGEST.search(data)
    kind = _KIND.search(data)
    year = _YEAR.search(data)
    return IndexedPage(path=path, digest=found.group(1).decode() if found else hashlib.sha256(data).hexdigest(),
                       keyed=found is not None, kind=kind.group(1).decode() if kind else "",
                       year=int(year.group(1)) if year else None)


def plan_shards(pages: list[IndexedPage], articles_per_shard: int = ARTICLES_PER_SHARD) -> list[Shard]:
    """The newest year's articles; older articles in spans of whole years, each of at most
    `articles_per_shard` articles unless one year alone has more; then the entity pages; then
    anything else.

    Articles are added to the newest year, mostly: its shard alone is indexed again (at 1,000
    articles, 85 pages instead of 1,001). Older spans are grown from the oldest year, so they
    stay as they are while the archive grows. Every shard costs a query one more index piece
    to download (bench/run.py: about 25 to 35 kB), so the spans are as long as the memory
    Pagefind may take allows (about 0.5 MB an article). The newest shard comes first: it holds
    Pagefind's runtime, and a search by filter alone lists the newest articles first."""
    by_year: dict[int, list[IndexedPage]] = {}
    entities, others = [], []
    for page in pages:
        if page.kind == "article" and page.year is not None:
            by_year.setdefault(page.year, []).append(page)
        elif page.kind == "entity":
            entities.append(page)
        else:
            others.append(page)
    spans: list[list[int]] = []
    count = 0
    years = sorted(by_year)
    for year in years:
        if not spans or count + len(by_year[year]) > articles_per_shard or year == years[-1]:
            spans.append([])
            count = 0
        spans[-1].append(year)
        count += len(by_year[year])
    shards = [Shard(f"articles-{span[0]}" + (f"-{span[-1]}" if len(span) > 1 else ""),
                    tuple(sorted((p for year in span for p in by_year[year]), key=lambda p: p.path)))
              for span in reversed(spans)]
    if entities:
        shards.append(Shard(ENTITIES, tuple(sorted(entities, key=lambda p: p.path))))
    if others:
        shards.append(Shard(OTHER_PAGES, tuple(sorted(others, key=lambda p: p.path))))
    return shards


def shard_list(shards: list[Shard], articles_per_shard: int = ARTICLES_PER_SHARD) -> dict:
    """What search.js reads in shards.json: the shards in order, the folders of all but the first
    (merged into it), the article shards, and the older ones merged only when a search needs them
    (those after the newest that hold FIRST_SHARE of articles_per_shard)."""
    articles = [s for s in shards if s.name not in (ENTITIES, OTHER_PAGES)]
    first, held = 0, 0
    while first < len(articles) and held < FIRST_SHARE * articles_per_shard:
        held += len(articles[first].pages)
        first += 1
    return {"shards": [s.name for s in shards], "merge": [f"{s.name}/" for s in shards[1:]],
            "articles": [s.name for s in articles], "later": [s.name for s in articles[first:]]}


def _link(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:  # another file system
        shutil.copy2(source, target)


def build_bundle(site_dir: Path, shard: Shard, bundle: Path, run_pagefind: Callable[[Path, Path], None],
                 canonicalise: Callable[[Path], None], unused: tuple[str, ...],
                 read_part: Callable[[bytes], bytes | None] | None = None) -> None:
    """Index exactly the shard's pages (in a folder of their own, at the same paths) into
    `bundle`, which appears whole or not at all. Each page is there as `read_part` gives it
    (the part of it Pagefind reads, which it indexes the same way several times faster than
    the whole built page), or a hard link to it where that gives None."""
    bundle.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".{bundle.name}-", dir=bundle.parent) as work:
        pages = Path(work) / "site"
        for page in shard.pages:
            part = read_part((site_dir / page.path).read_bytes()) if read_part else None
            if part is None:
                _link(site_dir / page.path, pages / page.path)
            else:
                (pages / page.path).parent.mkdir(parents=True, exist_ok=True)
                (pages / page.path).write_bytes(part)
        output = Path(work) / "bundle"
        run_pagefind(pages, output)
        for name in unused:
            (output / name).unlink(missing_ok=True)
        canonicalise(output)
        if bundle.exists():  # left by a build killed after the rename: the same pages, the same bundle
            shutil.rmtree(bundle)
        output.rename(bundle)


def is_runtime(name: str) -> bool:
    return name in RUNTIME_FILES or name.endswith(RUNTIME_SUFFIX)


def bundle_files(bundle: Path, folder: str, with_runtime: bool) -> dict[str, tuple[str, tuple]]:
    """A kept bundle's files (never written again) by their place in the site's pagefind/ folder
    (in `folder` of it), as files.link_files takes them."""
    return {f"{folder}{rel}": found for rel, found in files_under(bundle).items()
            if with_runtime or "/" in rel or not is_runtime(rel)}


# Shards indexed at the same time, at most: Pagefind reads a shard's pages on every core but
# writes its index on one, and our canonicalising of a bundle is Python on one, so two shards
# at once keep both cores busy; memory is then that of the two largest shards (each ~1 GB).
PARALLEL_SHARDS = 2


def _build_shards(site_dir: Path, todo: list[tuple[Shard, Path]], build_one) -> dict[Path, float]:
    """Build each (shard, bundle) of `todo`, up to PARALLEL_SHARDS at once, the largest first
    (the last to start is then a small one); returns each bundle's seconds. Each bundle is
    written on its own (build_bundle), so the order they finish in changes nothing."""
    def build(item: tuple[Shard, Path]) -> tuple[Path, float]:
        started = time.perf_counter()
        build_one(site_dir, *item)
        return item[1], time.perf_counter() - started

    ordered = sorted(todo, key=lambda item: -len(item[0].pages))
    workers = min(PARALLEL_SHARDS, os.cpu_count() or 1, len(ordered))
    if workers <= 1:
        return dict(map(build, ordered))
    with ThreadPoolExecutor(max_workers=workers) as pool:  # threads: each waits on its Pagefind process
        return dict(pool.map(build, ordered))


def index_in_shards(site_dir: Path, root: Path, build_one: Callable[[Path, Shard, Path], None],
                    articles_per_shard: int = ARTICLES_PER_SHARD, salt: str = "", reuse: bool = True,
                    pages: list[IndexedPage] | None = None) -> list[dict]:
    """Index the site's pages shard by shard into site_dir/pagefind, reusing the bundles kept
    under root/build for shards whose pages did not change; returns one record per shard
    (name, pages, reused, seconds). Kept bundles no build uses any more are removed."""
    cache = root / CACHE
    output = site_dir / contract.OUTPUT_SUBDIR
    shards = plan_shards(indexed_pages(site_dir) if pages is None else pages, articles_per_shard)
    bundles = [cache / shard.fingerprint(salt) for shard in shards]
    reused = [reuse and (bundle / "pagefind-entry.json").is_file() for bundle in bundles]
    seconds = _build_shards(site_dir, [(shard, bundle) for shard, bundle, is_reused in zip(shards, bundles, reused)
                                       if not is_reused], build_one)
    records, used, wanted = [], set(), {}
    for position, (shard, bundle, is_reused) in enumerate(zip(shards, bundles, reused)):
        wanted.update(bundle_files(bundle, "" if position == 0 else f"{shard.name}/", with_runtime=position == 0))
        used.add(bundle.name)
        records.append({"name": shard.name, "pages": len(shard.pages), "reused": is_reused,
                        "seconds": round(seconds.get(bundle, 0.0), 2)})
    # Hard links to the bundles; where the site started from the previous one (whose pagefind/
    # holds links to the bundles then), only the files of bundles made anew are linked.
    link_files(wanted, output)
    write_new(output / contract.SHARD_LIST, json.dumps(shard_list(shards, articles_per_shard), ensure_ascii=False).encode("utf-8"))
    if cache.is_dir():
        for kept in cache.iterdir():
            if kept.name not in used:
                shutil.rmtree(kept, ignore_errors=True) if kept.is_dir() else kept.unlink(missing_ok=True)
    return records
