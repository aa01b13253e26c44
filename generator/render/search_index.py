"""The search index: our search keys in the pages, then Pagefind over the built site.

1. the generator gives every page it renders with a search-data block (article and entity pages:
   main.html wraps the content of such pages in `data-pagefind-body`) a hidden keys block at the
   end of its body (`with_search_keys`): the keys of the words Pagefind will index there that
   differ from the words, the keys of the entity names the page lists in `.search-name`
   elements, and their skeletons (generator/text/search_keys.py). The keys come from the text
   the generator has just rendered; no built page is read again;
2. the key tables are written as assets/javascripts/search-keys.json for the browser, which
   computes the query's keys with them;
3. Pagefind indexes the site into pagefind/, in shards that the browser merges, each indexed
   only when its pages changed (search_shards.py; its binary comes in the pagefind_bin wheel
   and downloads nothing).
"""
from __future__ import annotations

import asyncio
import dataclasses
import gzip
import hashlib
import html
import json
import os
import pickle
import re
import shutil
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

from generator import safe_pickle
from generator.children import run_child
from generator.files import files_under, write_new
from generator.model import BuildFailed, Problem
from generator.render import cbor
from generator.render import search_contract as contract
from generator.render import search_shards
from generator.render.search_contract import EXCLUDED_CLASSES, OUTPUT_SUBDIR, TABLES_JSON
from generator.text.search_keys import load_tables, search_keys

UNUSED_FILES = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
                "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")

# How Pagefind reads a page (pagefind/src/fossick/parser.rs, mirrored so that the keys are the
# keys of the words Pagefind indexes): these elements are dropped, these end a sentence (a space
# around them), br is a space, and every other element's text runs on into its neighbours'.
_REMOVED_TAGS = {"head", "style", "script", "noscript", "label", "form", "svg", "footer", "nav", "iframe", "template"}
_SENTENCE_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "td", "div", "ul", "li", "article", "section"}
_VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

# The keys block at the end of an indexed page's body; filled by `with_search_keys`.
KEYS_BLOCK = (f'<div class="{contract.SEARCH_KEYS_CLASS}" hidden data-pagefind-weight="0.5" '
              f'{contract.REGION_DIGEST}="{{digest}}">{{keys}}</div>')
KEYS_BLOCK_RE = re.compile(rf'(<div class="{contract.SEARCH_KEYS_CLASS}"[^>]*>)([^<]*)(</div>)')
_SPACES = re.compile(r"\s+")
# What makes a page indexed (the block _search.j2 writes; main.html looks for the same).
SEARCH_DATA = f'class="{contract.SEARCH_DATA_CLASS}"'


class _Node:
    __slots__ = ("tag", "text", "body", "dropped", "name", "excluded", "recorded")

    def __init__(self, tag: str, body: bool, dropped: bool, name: bool, excluded: bool, recorded: bool):
        self.tag, self.body, self.dropped, self.name = tag, body, dropped, name
        self.excluded, self.recorded = excluded, recorded
        self.text: list[str] = []


class _RegionText(HTMLParser):
    """The text Pagefind indexes in a page (its data-pagefind-body regions, without ignored and
    excluded elements), and the names listed in `.search-name` elements. Also `markup`: the
    tags (with their attributes) and text of what Pagefind reads, and inside ignored elements
    those of the elements with data-pagefind-* attributes (metadata, filters, sort keys, which
    Pagefind reads there too) and their contents; never those of excluded elements and the
    keys block. Its digest tells whether a page's entry in the index can have changed (an
    entity page's list of articles and its counts cannot change it)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack = [_Node("#root", False, False, False, False, True)]
        self.regions: list[str] = []
        self.names: list[str] = []
        self.markup: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.start(tag, _start_facts(tag, attrs))

    def start(self, tag: str, facts: "_StartFacts") -> None:
        """A start tag, by what its attributes say (_start_facts)."""
        parent = self.stack[-1]
        excluded = parent.excluded or facts.excluded
        dropped = parent.dropped or excluded or facts.dropped
        recorded = not excluded and (not dropped or (parent.recorded and parent.dropped) or facts.pagefind)
        if recorded:
            self.markup.append(facts.markup)
        if tag in _VOID_TAGS:
            if tag == "br":
                parent.text.append(" ")
            return
        self.stack.append(_Node(tag, facts.body, dropped, facts.name, excluded, recorded))

    def handle_endtag(self, tag: str) -> None:
        stack = self.stack
        if len(stack) > 1 and stack[-1].tag == tag and tag not in _VOID_TAGS:  # (mostly: the element last opened)
            self._close(stack.pop())
            return
        if tag in _VOID_TAGS or all(node.tag != tag for node in stack[1:]):
            return
        while len(stack) > 1:
            node = stack.pop()
            self._close(node)
            if node.tag == tag:
                break

    def close(self) -> None:
        super().close()
        while len(self.stack) > 1:
            self._close(self.stack.pop())

    def _close(self, node: _Node) -> None:
        if node.recorded:
            self.markup.append(f"</{node.tag}>")
        text = "".join(node.text)
        if node.name:
            self.names.append(text)
        if node.body:
            self.regions.append(text)
            return
        if node.dropped:
            return
        if node.tag in _SENTENCE_TAGS:
            text = f" {text} "
        self.stack[-1].text.append(text)

    def handle_data(self, data: str) -> None:
        self.stack[-1].text.append(data)
        if self.stack[-1].recorded:
            # Pagefind reads a run of spaces and line breaks as one space, wherever it is
            text = _SPACES.sub(" ", data)
            if text != " " or not self.markup or self.markup[-1] != " ":
                self.markup.append(text)


class _StartFacts(NamedTuple):
    """What a start tag's name and attributes say to _RegionText, whatever its parents."""

    body: bool  # data-pagefind-body
    excluded: bool  # of an excluded class, or the keys block
    dropped: bool  # an element Pagefind drops, or data-pagefind-ignore
    name: bool  # a .search-name
    pagefind: bool  # a data-pagefind-* attribute besides data-pagefind-ignore (read inside ignored elements)
    markup: str  # the tag as the digest records it


def _start_facts(tag: str, attrs: list) -> _StartFacts:
    a = dict(attrs)
    classes = set((a.get("class") or "").split())
    return _StartFacts("data-pagefind-body" in a,
                       bool(classes.intersection(EXCLUDED_CLASSES)) or "search-keys" in classes,
                       tag in _REMOVED_TAGS or "data-pagefind-ignore" in a,
                       "search-name" in classes,
                       any(k.startswith("data-pagefind-") and k != "data-pagefind-ignore" for k in a),
                       f"<{tag} {sorted((k, v or '') for k, v in attrs)}>")


# The HTML the generator writes: text, start tags whose attributes are bare names or values in
# double quotes without < or >, and end tags. html.parser makes the same calls for it as
# `_simple_events` does, which is several times quicker; anything else (comments, declarations,
# script and style, other quoting, a < in text) is read by html.parser itself.
_SIMPLE_TOKEN = re.compile(r'([^<]+)'
                           r'|<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][-.:a-zA-Z0-9_]*(?:="[^"<>]*")?)*)\s*(/?)>'
                           r'|</([a-zA-Z][a-zA-Z0-9-]*)\s*>')
_SIMPLE_ATTRIBUTE = re.compile(r'\s+([^\s=]+)(="([^"]*)")?')
_facts_memo: dict[tuple[str, str], _StartFacts] = {}  # (tag, its attribute text) -> what they say
# A page is of the simple kind when the tokens cover it: every < begins a tag. The same tokens
# without groups, each taken whole once matched (possessive): otherwise a page that is not simple
# (a comment after a long text) is tried at every way of cutting its text, which takes
# exponential time.
_SIMPLE_PAGE = re.compile(r'(?:[^<]++'
                          r'|<[a-zA-Z][a-zA-Z0-9-]*+(?:\s++[a-zA-Z_:][-.:a-zA-Z0-9_]*+(?:="[^"<>]*+")?+)*+\s*+/?>'
                          r'|</[a-zA-Z][a-zA-Z0-9-]*+\s*+>)*+')
# A start tag of an element whose content html.parser reads as raw text (script, style).
_CDATA_START = re.compile(r"<(?:%s)[\s/>]" % "|".join(HTMLParser.CDATA_CONTENT_ELEMENTS), re.I)


def _facts(tag: str, attributes: str) -> _StartFacts:
    found = _facts_memo.get((tag, attributes))
    if found is None:
        if len(_facts_memo) > 100_000:
            _facts_memo.clear()
        found = _facts_memo[tag, attributes] = _start_facts(
            tag, [(name.lower(), html.unescape(value) if given else None)
                  for name, given, value in _SIMPLE_ATTRIBUTE.findall(attributes)])
    return found


def _simple_events(page_html: str, parser: "_RegionText") -> bool:
    """Give `parser` the calls html.parser would (text unescaped, as with convert_charrefs);
    False, and no call made, when the HTML is not of the generator's simple kind."""
    if _SIMPLE_PAGE.fullmatch(page_html) is None or _CDATA_START.search(page_html):
        return False
    unescape, handle_data, start, handle_endtag = html.unescape, parser.handle_data, parser.start, parser.handle_endtag
    for text, tag, attributes, closed, end_tag in _SIMPLE_TOKEN.findall(page_html):
        if text:
            handle_data(unescape(text) if "&" in text else text)
        elif tag:
            tag = tag.lower()
            start(tag, _facts(tag, attributes))
            if closed:
                handle_endtag(tag)
        else:
            handle_endtag(end_tag.lower())
    return True


def _read_regions(page_html: str) -> tuple[str, str]:
    """The keys block's text for a page (the sentinel, then the keys), and the digest of what
    Pagefind can read in the page's regions (their markup and the keys)."""
    parser = _RegionText()
    # Only the regions are read: start at the first one (the page's header and navigation
    # before it are half of its HTML; end tags of elements opened before it are ignored).
    first_region = page_html.find("data-pagefind-body")
    read = page_html[page_html.rfind("<", 0, first_region):] if first_region > 0 else page_html
    if not _simple_events(read, parser):
        parser.feed(read)
    parser.close()
    tables = load_tables()
    keys = " ".join([tables.sentinel, *search_keys(" ".join(parser.regions), parser.names, tables)])
    digest = hashlib.blake2b("\x00".join([keys, *parser.markup]).encode("utf-8"), digest_size=16).hexdigest()
    return keys, digest


# The start tag of an element of an excluded class (its contents are read neither by Pagefind
# nor for the keys), and of an element of one tag name, opening or closing.
_EXCLUDED_START = re.compile(r'<([a-z][a-z0-9]*)\b[^>]*\sclass="(?:[^"]*\s)?(?:%s)(?:\s[^"]*)?"[^>]*>'
                             % "|".join(map(re.escape, EXCLUDED_CLASSES)))


def _hollowed(body: str) -> str:
    """`body` with the contents of its excluded elements taken out, their tags left where they
    are (the text around them reads as before): what the parser reads of the page is the same,
    and lists and timelines that grow with the archive are not walked tag by tag for nothing."""
    parts, at = [], 0
    while (start := _EXCLUDED_START.search(body, at)) is not None:
        tag = start.group(1)
        if tag in _VOID_TAGS:
            parts.append(body[at:start.end()])
            at = start.end()
            continue
        pattern = re.compile(rf"<(/?){tag}[\s>/]")  # re keeps the compiled patterns
        depth, end = 1, None
        for found in pattern.finditer(body, start.end()):
            depth += -1 if found.group(1) else 1
            if depth == 0:
                end = found.start()
                break
        if end is None:  # not closed: leave the rest as it is
            break
        parts.append(body[at:start.end()])
        at = end
    parts.append(body[at:])
    return "".join(parts)


def page_keys_text(page_html: str) -> str:
    """The keys block's text for a built page: the sentinel, then the keys."""
    return _read_regions(page_html)[0]


def with_search_keys(body: str) -> str:
    """A generated page's body (headings and HTML blocks), with its keys block when it is indexed.
    The body is read as Pagefind will read the page's region: Markdown heading marks and escapes
    are not letters, so they leave the words as the built headings have them. The block also
    carries the digest of what Pagefind reads there, which the index shards are keyed by. The
    keys of a body seen before (in this process, or in the last build: load_keys_cache) are not
    computed again."""
    if SEARCH_DATA not in body:
        return body
    read = _hollowed(body)  # an entity page whose list of articles grew reads the same
    digest = hashlib.blake2b(read.encode("utf-8"), digest_size=16).digest()
    packed = _keys_memo.get(digest)
    if packed is None:
        keys, region_digest = _read_regions(f"<div data-pagefind-body>{read}</div>")
        block = KEYS_BLOCK.format(digest=region_digest, keys=html.escape(keys, quote=False))
        _keys_memo[digest] = zlib.compress(block.encode("utf-8"), 1)
        _keys_new.append(digest)
    else:
        block = zlib.decompress(packed).decode("utf-8")
    _keys_used.add(digest)
    return f"{body.rstrip()}\n\n{block}\n"


KEYS_CACHE = Path("build") / "cache" / "search-keys.pickle"
# Body digest -> its keys block, compressed (a third of the text: every page's keys are held
# until the build saves them).
_keys_memo: dict[bytes, bytes] = {}
_keys_used: set[bytes] = set()  # the digests of the bodies rendered since the cache was saved
_keys_loaded: set[Path] = set()  # the repositories whose cache this process has read
_keys_new: list[bytes] = []  # keys computed since the cache was saved


def _keys_fingerprint() -> str:
    from generator.extract.cache import code_fingerprint  # the key rules and tables are in text/, data/

    return hashlib.sha256(code_fingerprint().encode() + Path(__file__).read_bytes()).hexdigest()


def load_keys_cache(root: Path) -> None:
    """The keys of the last build's pages, unless the code or tables that make keys changed.
    Read once per process (a preview keeps them in memory between saves)."""
    if root in _keys_loaded:
        return
    _keys_loaded.add(root)
    try:
        stored = safe_pickle.load(root / KEYS_CACHE)  # a committed, planted pickle runs nothing
    except safe_pickle.UNREADABLE:
        return
    keys = stored.get("keys") if isinstance(stored, dict) and stored.get("code") == _keys_fingerprint() else None
    if isinstance(keys, dict):  # keys of another format come with another code fingerprint
        _keys_memo.update(keys)


def save_keys_cache(root: Path, prune: bool = True) -> None:
    """Keep the keys for the next process; written only when keys were computed or dropped.
    With `prune` (every page was rendered since the last save) only the keys of those pages
    are kept; a build that rendered some pages only keeps the others' too."""
    dropped = [digest for digest in _keys_memo if digest not in _keys_used] if prune else []
    for digest in dropped:
        del _keys_memo[digest]
    if _keys_new or dropped or not (root / KEYS_CACHE).exists():
        # pickled into the file: the keys are not held twice
        safe_pickle.write_pickle(root / KEYS_CACHE, {"code": _keys_fingerprint(), "keys": _keys_memo})
    _keys_new.clear()
    if prune:
        _keys_used.clear()


def keys_made() -> tuple[dict[bytes, bytes], set[bytes]]:
    """The keys computed since the cache was saved, and the digests of the bodies rendered: what
    a render process hands its parent (render/workers.py)."""
    return {digest: _keys_memo[digest] for digest in _keys_new}, _keys_used


def take_keys(made: dict[bytes, bytes], used: set[bytes]) -> None:
    """A render process's keys_made(), as if this process had rendered its pages."""
    for digest, packed in made.items():
        if digest not in _keys_memo:
            _keys_memo[digest] = packed
            _keys_new.append(digest)
    _keys_used.update(used)


def forget_keys() -> None:
    """Let go of the keys held for a next render in this process (a build's are saved; a next
    build reads them again)."""
    _keys_memo.clear()
    _keys_used.clear()
    _keys_new.clear()
    _keys_loaded.clear()


def write_tables(site_dir: Path) -> Path:
    """The key tables as JSON for search-keys.js."""
    target = site_dir / TABLES_JSON
    write_new(target, json.dumps(load_tables().raw, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return target


def _run_pagefind(site_dir: Path, output: Path) -> None:
    """Pagefind's own command line, not its Python API: the API's service answers "written"
    before its last file is on disk and is then terminated, which left pagefind-entry.json
    empty now and then on a 1,000-article site; the command writes everything before it exits."""
    from pagefind.service import get_executable

    binary = get_executable()
    if binary is None:
        raise RuntimeError("the pagefind binary is missing: run `make site` again to reinstall (pagefind[bin])")
    command = [str(binary), "--site", str(site_dir), "--output-path", str(output), "--silent"]
    for name in EXCLUDED_CLASSES:
        command += ["--exclude-selectors", f".{name}"]
    # Run in the site, with no PAGEFIND_* variables: the command reads both as configuration.
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PAGEFIND_")}
    result = run_child(command, cwd=site_dir, env=environment)
    if result.returncode != 0:
        raise RuntimeError((result.stdout + result.stderr).strip() or f"exit status {result.returncode}")


async def _write_empty_index(site_dir: Path) -> None:
    """An empty index, so that the search box works and finds nothing. Pagefind's command refuses
    a site without pages to index; its API writes an empty index (a few small files, so the race
    above has nothing to cut short). With the body as the root it does not fall back to indexing
    every page whole (listings, navigation)."""
    from pagefind.index import IndexConfig, PagefindIndex

    config = IndexConfig(root_selector="[data-pagefind-body]", output_path=str(site_dir / OUTPUT_SUBDIR))
    async with PagefindIndex(config=config) as index:
        await index.add_directory(str(site_dir))


def indexed_part(page: bytes) -> bytes | None:
    """What Pagefind reads of a built page, as a page of its own that it indexes the same way:
    the root element's start tag (the language), then the content from the indexed region to
    the end of the page's <article> (Material's; the region closes just before it), with the
    contents of the excluded elements taken out (_hollowed: the lists of an entity page, the
    chrome of an article's). The theme's header, navigation and footer and the long lists are
    most of a page's bytes, and Pagefind's time follows them (5,042 entity pages at 3,000
    articles: 12.6 → 3.0 CPU seconds, the same bundle). None when the page is not of that shape."""
    region = page.find(b"data-pagefind-body")
    start = page.rfind(b"<", 0, region)
    head = page.find(b"<head")
    end = page.rfind(b"</article>")
    if region < 0 or head < 0 or not head < start < end or page.count(b"data-pagefind-body") != 1:
        return None
    content = _hollowed(page[start:end].decode("utf-8"))
    return b"%s<head><meta charset=\"utf-8\"></head><body>%s</body></html>" % (page[:head], content.encode("utf-8"))


def _build_bundle(site_dir: Path, shard: search_shards.Shard, bundle: Path) -> None:
    search_shards.build_bundle(site_dir, shard, bundle, _run_pagefind, canonicalise_index, UNUSED_FILES, indexed_part)


# What reading each built page gave (search_shards.indexed_pages), kept for the next build, which
# then reads only the pages MkDocs wrote again.
PAGES_CACHE = Path("build") / "cache" / "search-pages.pickle"


def _pages_code() -> str:
    """The code that reads a built page (its kind and year plan the shards): pages read by
    other code are read again."""
    return hashlib.sha256(Path(search_shards.__file__).read_bytes() + Path(contract.__file__).read_bytes()).hexdigest()


def _load_pages(file: Path) -> dict:
    """{path: (stamp, IndexedPage or None)} as _save_pages kept it (empty when missing, not ours
    or read by other code)."""
    try:
        stored = safe_pickle.load(file)
        if stored.get("code") != _pages_code():
            return {}
        return {path: (tuple(stamp), search_shards.IndexedPage(*page) if page else None)
                for path, (stamp, page) in stored["pages"].items()}
    except (*safe_pickle.UNREADABLE, KeyError, AttributeError):
        return {}


def _save_pages(file: Path, known: dict) -> None:
    # Plain tuples: the safe reader of build/ accepts no class of ours but the model's.
    stored = {path: (stamp, dataclasses.astuple(page) if page else None) for path, (stamp, page) in known.items()}
    write_new(file, pickle.dumps({"code": _pages_code(), "pages": stored}, protocol=pickle.HIGHEST_PROTOCOL))


def index_site(site_dir: Path, pages_with_keys: int | None = None, root: Path | None = None,
               articles_per_shard: int = search_shards.ARTICLES_PER_SHARD, salt: str = "",
               reuse: bool = True) -> dict:
    """Key tables and the Pagefind index for a built site, in shards (search_shards.py); returns
    statistics: pages (indexed by Pagefind), pages_with_keys (given by the generator, which
    wrote them, or counted in the site), index_bytes (the pagefind/ folder, the browser loading
    only the pieces a search needs), shards (name, pages, reused: kept from an earlier build)
    and seconds. The bundles are kept under root/build (the site's parent folder by default);
    `salt` is what else shapes the pages (the theme), and reuse=False indexes every shard anew."""
    site_dir = Path(site_dir).resolve()
    started = time.perf_counter()
    kept = Path(root or site_dir.parent) / PAGES_CACHE
    known = _load_pages(kept) if reuse else {}
    pages = search_shards.indexed_pages(site_dir, known)
    _save_pages(kept, known)
    with_keys = sum(page.keyed for page in pages) if pages_with_keys is None else pages_with_keys
    write_tables(site_dir)
    output = site_dir / OUTPUT_SUBDIR  # the previous site's, when the site started from it: brought up to date
    shards: list[dict] = []
    try:
        if pages:
            shards = search_shards.index_in_shards(site_dir, Path(root or site_dir.parent), _build_bundle,
                                                   articles_per_shard, salt, reuse, pages)
        else:
            if output.exists():
                shutil.rmtree(output)
            # In a thread of its own: the caller may be running an event loop already (Playwright's
            # sync API does, in the tests), and asyncio.run() refuses to nest.
            with ThreadPoolExecutor(max_workers=1) as pool:
                pool.submit(asyncio.run, _write_empty_index(site_dir)).result()
            for name in UNUSED_FILES:  # Pagefind's ready-made interfaces: we use its JS API only
                (output / name).unlink(missing_ok=True)
            write_new(output / contract.SHARD_LIST, json.dumps(search_shards.shard_list([])).encode("utf-8"))
    except Exception as exc:  # the binary missing, or Pagefind refusing the site
        raise BuildFailed([Problem("generator/render/search_index.py", 1, "error",
                                   f"the search index could not be built with Pagefind: {exc}")]) from exc
    entries = [output / "pagefind-entry.json"] + [output / s["name"] / "pagefind-entry.json" for s in shards[1:]]
    indexed = sum(language["page_count"] for entry in entries
                  for language in json.loads(entry.read_text(encoding="utf-8"))["languages"].values())
    index_bytes = sum(os.lstat(path).st_size for path, _ in files_under(output).values())
    return {
        "pages": indexed,
        "pages_with_keys": with_keys,
        "index_bytes": index_bytes,
        "shards": shards,
        "seconds": round(time.perf_counter() - started, 3),
    }


# --- the same index for the same site ------------------------------------------------------
# Pagefind writes its filter files and its metadata file with entries in the order of a Rust
# HashMap, which changes from run to run, and names files by their content: two builds of one
# commit would differ (Pagefind/pagefind#638). The order means nothing to the browser (the
# filters are looked up by value, the filter list by name), so the entries are sorted and the
# files named again by their content.

SIGNATURE = b"pagefind_dcd"


def _read_pagefind(file: Path):
    data = gzip.decompress(file.read_bytes())
    if not data.startswith(SIGNATURE):
        raise ValueError(f"{file} is not a Pagefind index file")
    return cbor.decode(data[len(SIGNATURE):])


def _pagefind_bytes(value) -> bytes:
    # mtime 0 and no file name in the header: the same bytes every time.
    return gzip.compress(SIGNATURE + cbor.encode(value), compresslevel=9, mtime=0)


def _content_name(data: bytes, language: str, length: int) -> str:
    return f"{language}_{hashlib.sha256(data).hexdigest()[:length]}"


# Every page is named in the metadata, which a first search downloads whole: Pagefind names a
# page (and its fragment file) by ten characters of its content's hash, about 6 bytes a page
# compressed, half of the metadata. Pages are named instead by their place in the metadata
# after a prefix that is the digest of all the bundle's fragments: about 3 bytes a page, and
# names that are new whenever any page of the bundle changed, so a browser never takes a page
# from its cache for another; the prefix also keeps names apart between merged bundles, for
# which the name is the result's id.
PAGE_PREFIX_LENGTH = 8


def _name_pages_shortly(output: Path, pages: list) -> None:
    """Name the metadata's pages (in place) and their fragment files by prefix and position."""
    folder = output / "fragment"
    digest = hashlib.sha256()
    for name, _ in pages:
        digest.update(hashlib.sha256((folder / f"{name}.pf_fragment").read_bytes()).digest())
    prefix = digest.hexdigest()[:PAGE_PREFIX_LENGTH]
    for position, page in enumerate(pages):
        short = f"{prefix}{position:x}"
        (folder / f"{page[0]}.pf_fragment").rename(folder / f"{short}.pf_fragment")
        page[0] = short


def canonicalise_index(output: Path) -> None:
    """Sort what Pagefind left in hash order, name the pages shortly (_name_pages_shortly) and
    rename the files it touches after their content."""
    entry_file = output / "pagefind-entry.json"
    entry = json.loads(entry_file.read_text(encoding="utf-8"))
    for language, about in sorted(entry["languages"].items()):
        renamed: dict[str, str] = {}
        for file in sorted((output / "filter").glob(f"{language}_*.pf_filter")):
            name, values = _read_pagefind(file)
            data = _pagefind_bytes([name, sorted(values, key=lambda item: item[0])])
            new = _content_name(data, language, len(file.stem) - len(language) - 1)
            file.unlink()
            (output / "filter" / f"{new}.pf_filter").write_bytes(data)
            renamed[file.stem] = new
        meta_file = output / f"pagefind.{about['hash']}.pf_meta"
        meta = _read_pagefind(meta_file)
        meta[3] = sorted([name, renamed.get(old, old)] for name, old in meta[3])
        _name_pages_shortly(output, meta[1])
        data = _pagefind_bytes(meta)
        about["hash"] = _content_name(data, language, len(about["hash"]) - len(language) - 1)
        meta_file.unlink()
        (output / f"pagefind.{about['hash']}.pf_meta").write_bytes(data)
    entry_file.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
