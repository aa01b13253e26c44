"""Pages of the site: which pages exist, what each one's template gets, and their URLs.

Templates live in site_config/templates, so a maintainer can change how a page looks
without touching Python. Every page is Markdown with front matter that any engine reading
mkdocs.yml can build; dynamic parts are HTML blocks the templates write.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
import weakref
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from generator.config import TEMPLATES, Settings
from generator.render.search_index import with_search_keys
from generator.render.strings import Strings
from generator.text.display import format_day, format_month, format_value, isolate_latin, month_name, text_direction


@dataclass(frozen=True)
class Page:
    src: str  # path inside the docs folder, e.g. "articles/2022/2022-10-21-x.md"
    template: str
    meta: dict  # front matter of the generated page
    context: dict = field(default_factory=dict)


def page_url(src: str) -> str:
    """The directory URL MkDocs gives a page (use_directory_urls), relative to the site root."""
    if src == "index.md":
        return ""
    if src.endswith("/index.md"):
        return src[: -len("index.md")]
    return src[: -len(".md")] + "/"


@lru_cache(maxsize=1 << 16)
def _url_segments(src: str) -> tuple[str, ...]:
    return tuple(segment for segment in page_url(src).split("/") if segment)


def relative_url(from_src: str, to_src: str, anchor: str = "") -> str:
    """The link from one page to another, as posixpath.relpath would give it (without its cost:
    a site of 10,000 articles has millions of links)."""
    here, there = _url_segments(from_src), _url_segments(to_src)
    common = 0
    for mine, theirs in zip(here, there):
        if mine != theirs:
            break
        common += 1
    parts = [".."] * (len(here) - common) + list(there[common:])
    url = "/".join(parts) + "/" if parts else "./"
    return url + (f"#{anchor}" if anchor else "")


# Characters that Markdown would read as syntax in a heading or a list item.
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")


def mdtext(value) -> Markup:
    """Untrusted text in a Markdown context: HTML-escaped and with Markdown syntax neutralised."""
    return Markup(_MARKDOWN_SPECIALS.sub(r"\\\1", str(escape(value))))


# What a dict has as attributes: `d.items` in a template is the method, as Jinja reads it.
_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Environment(jinja2.Environment):
    """Jinja's environment, which reads `value.name` of a dict (the interface words, a page's
    context) as the item at once: Jinja tries the attribute first and a dict has none of that
    name, so the result is the same without the exception raised and caught for every one."""

    def getattr(self, obj, attribute):
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


def make_environment(root: Path, strings: Strings) -> jinja2.Environment:
    """The templates' environment. `ui` is the table of interface words (site_config/strings.yml);
    numbers and dates come out in the site's digits."""
    number = strings.number
    date_range = strings.table["dates"]["range"]
    env = _Environment(
        loader=jinja2.FileSystemLoader(str(root / TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # Templates are not checked for changes on every page (a stat per template and import):
        # a preview makes a new environment when site_config/ changes.
        auto_reload=False,
    )
    # A date is shown on many pages (its articles' listings, timelines, feeds): written once.
    shown = lru_cache(maxsize=1 << 14)
    env.filters.update(
        mdtext=mdtext,
        day=shown(lambda d: number(format_day(d))),
        day_short=shown(lambda d: number(format_day(d, weekday=False))),
        month=lambda year, month: number(format_month(year, month)),
        month_name=month_name,
        value=shown(lambda value, end=None: number(format_value(value, end, date_range))),
        num=number,
        counted=lambda n, noun: strings.count(noun, n),
        fill=strings.html,
        isolate=isolate_latin,
        direction=text_direction,
    )
    env.globals.update(ui=strings.table)
    return env


# The front-matter key of a page the generator rendered completely: its body is ATX headings and
# finished block-level HTML only, which MkDocs may take as it is (site_config/hooks/html_blocks.py).
HTML_BLOCKS_KEY = "html_blocks"


def front_matter(meta: dict) -> str:
    """Front matter of a generated page. MkDocs themes print `title` and `description` as HTML
    without escaping them, so untrusted text is escaped here."""
    safe = {key: str(escape(value)) if isinstance(value, str) else value for key, value in meta.items()}
    # JSON is YAML and a hundred times quicker to write than yaml.safe_dump; the characters
    # YAML does not accept raw are written as escapes.
    lines = [f"{json.dumps(key)}: {_YAML_UNSAFE.sub(_escaped, json.dumps(value, ensure_ascii=False))}"
             for key, value in sorted(safe.items())]
    return "---\n" + "\n".join(lines) + "\n---\n\n"


# What a YAML reader refuses unescaped (PyYAML's printable set), and line separators.
_YAML_UNSAFE = re.compile("[^\x09\x0a\x0d\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029\ufeff]")


def _escaped(match: re.Match) -> str:
    return f"\\u{ord(match.group()):04x}"


# Where the links of a shared fragment start: the site's root, which each page that shows the
# fragment turns into its own way there ("../../"). Jinja escapes "<" in every value, so no
# text of the archive can write it.
ROOT_MARK = "<~root~>"


def from_root(to_src: str) -> Markup:
    """A link to a page from the site's root, for a fragment that many pages show."""
    return Markup(ROOT_MARK) + page_url(to_src)


# What each environment's passes drew before (a preview keeps its environment from one save to
# the next, while the templates and strings are the same: KeptEvents); a build, one pass, keeps
# nothing and lets its events go with the pass.
_LAST_PASS: "weakref.WeakKeyDictionary[jinja2.Environment, KeptEvents]" = weakref.WeakKeyDictionary()


class KeptEvents:
    """The events a preview's passes drew, for the passes after them: the last pass's, in memory
    (found by value), and the first pass's, which may be the whole archive's, on disk (found by
    their entry, and taken only when their entities' links and sources hash as they did then)."""

    def __init__(self, spilled: "SpilledTexts | None" = None, places: dict | None = None) -> None:
        self.last: dict = {}
        self._spilled, self._places = spilled, {} if places is None else places

    def get(self, event, last: dict) -> Markup | None:
        """`event`'s HTML drawn by the `last` pass (this object's `last` before the pass began)
        or by the first."""
        html = last.get(event)
        if html is None and self._spilled is not None:
            known = self._places.get(event.entry)
            if known is not None and known[0] == _resolved_as(event):
                html = Markup(self._spilled.get(known[1]))
        return html


def forget_events(env: jinja2.Environment) -> None:
    """An environment replaced (a preview's templates or strings changed): its kept events go now,
    with their file, not when the collector finds its cycles (a preview sets them aside until a
    full collection)."""
    kept = _LAST_PASS.pop(env, None)
    if kept is not None and kept._spilled is not None:
        kept._spilled.close()


def _resolved_as(event) -> int:
    """What an entry's event was resolved to in a pass (its entities' links and its sources)."""
    return hash((event.entities, event.sources))


class SpilledTexts:
    """Texts written once to an anonymous temporary file and read back by where they are: an
    archive's events' HTML (hundreds of megabytes at 10,000 articles) waits there, in the
    system's page cache, instead of in the process."""

    def __init__(self, folder: Path | None = None) -> None:
        # unlinked already: gone with the process. In the archive's build/, not the system's
        # temporary folder, which is memory on many systems (tmpfs).
        self._file = tempfile.TemporaryFile(prefix="generator-", dir=folder)
        self._fd = self._file.fileno()
        self._end = 0

    def put(self, text: str) -> int:
        """Where `text` is (one int: its offset and its length in bytes)."""
        data = text.encode("utf-8", "surrogatepass")
        os.pwrite(self._fd, data, self._end)
        place = self._end << _LENGTH_BITS | len(data)
        self._end += len(data)
        return place

    def get(self, place: int) -> str:
        return os.pread(self._fd, place & _LENGTH_MASK, place >> _LENGTH_BITS).decode("utf-8", "surrogatepass")

    def close(self) -> None:
        self._file.close()


_LENGTH_BITS = 32
_LENGTH_MASK = (1 << _LENGTH_BITS) - 1


class EventFragments:
    """Each chronology event's HTML, drawn once per pass by the template's macro (_timeline.j2:
    timeline_event) and shown as it is on every page that has the event: its year's, its entity
    types', each of its entities' timelines. An event is drawn from its entry, its entities'
    links and its sources (a TimelineEntry), so it is found again by their value: in this pass,
    and (from an environment's second pass on) in the passes before, so that a save that
    renders a timeline again draws only the events it changed.

    An environment's first pass (every build, and a preview's first pass) holds its events on
    disk (SpilledTexts), found by their entry alone, since within one pass an entry's links and
    sources are resolved the same way on every page (the entry holds no more than the chronology
    does; the resolved event holds new objects). A build lets them go with the pass; a preview
    (`keep`) keeps them for its next passes, with what each entry was resolved to, so that its
    first save does not draw again every event of the pages it renders."""

    def __init__(self, env: jinja2.Environment, folder: Path | None = None, keep: bool = False):
        self._macro = env.get_template("_timeline.j2").module.timeline_event
        self._drawn: dict = {}
        self._before = _LAST_PASS.get(env)
        self._spilled = SpilledTexts(folder) if self._before is None else None
        self._keep = keep
        if self._before is not None:  # what this pass draws is the next one's last pass
            self._last, self._before.last = self._before.last, self._drawn
        elif keep:
            _LAST_PASS[env] = KeptEvents(self._spilled, self._drawn)

    def __call__(self, event) -> Markup:  # a TimelineEntry (render/site.py)
        if self._spilled is not None:
            known = self._drawn.get(event.entry)
            if known is None:
                html = self._macro(event, from_root)
                place = self._spilled.put(html)
                self._drawn[event.entry] = (_resolved_as(event), place) if self._keep else place
                return html
            return Markup(self._spilled.get(known[1] if self._keep else known))
        html = self._drawn.get(event)
        if html is None:
            html = self._before.get(event, self._last)
            if html is None:
                html = self._macro(event, from_root)
            self._drawn[event] = html
        return html

    def close(self) -> None:
        """Let the events go (the pass is over), unless a next pass keeps them."""
        if self._spilled is not None and not self._keep:
            self._spilled.close()
            self._drawn = {}


def render_page(env: jinja2.Environment, page: Page, settings: Settings, events: EventFragments | None = None) -> str:
    """A page's Markdown; `events` keeps each chronology event's HTML for the pages after it."""
    template = env.get_template(page.template)

    def link(to_src: str, anchor: str = "") -> str:
        return relative_url(page.src, to_src, anchor)

    def file_link(path: str) -> str:
        """A link to a file of the site that is not a page (a feed)."""
        return "../" * len(_url_segments(page.src)) + path

    body = template.render(page.context, page=page, link=link, file_link=file_link, settings=settings,
                           addresses=settings.addresses, event_html=events or EventFragments(env))
    if ROOT_MARK in body:
        body = body.replace(ROOT_MARK, "../" * len(_url_segments(page.src)))
    return front_matter({**page.meta, HTML_BLOCKS_KEY: True}) + with_search_keys(body.strip() + "\n")

