"""MkDocs hook: pages the generator rendered completely skip Python-Markdown's HTML parsing.

The generator marks such pages in their front matter (`html_blocks: true`, written by
generator/render/pages.py): their body is ATX headings and finished block-level HTML, nothing
else. Python-Markdown would run every HTML block through Python's html.parser twice (its own
HtmlBlockPreprocessor and MkDocs' anchor collector), which is most of a build's time. Here it
gets only the headings, with a placeholder paragraph for each HTML block, so heading ids, the
table of contents and the title come out as before; the blocks are read again from the source
file just before the page is written and put back where Python-Markdown would have put them.

Without this hook the same tree builds into the same bytes (tests/test_html_blocks.py), so the
tree stays buildable by any engine that reads mkdocs.yml. A marked page whose body does not
have that shape (a template edited by hand) is left to Python-Markdown whole.
"""
from __future__ import annotations

import functools
import hashlib
import logging
import re
from html.parser import HTMLParser

import markdown
from markdown.preprocessors import NormalizeWhitespace
from mkdocs.structure.toc import get_toc
from mkdocs.utils.meta import YAML_RE

from generator.render.pages import HTML_BLOCKS_KEY

log = logging.getLogger("mkdocs.hooks.html_blocks")

_HEADING = re.compile(r"#{1,6}(?:[ \t]|$)")
_TAG = re.compile(r"""<(/?)([A-Za-z][A-Za-z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>""")
# What html.parser reads other than as tags and text: left to Python-Markdown. The elements
# whose content it reads raw are its own lists (Python versions differ: newer ones add title,
# textarea, xmp, iframe, noembed, noframes), so an SVG <title> stays on the fast path where the
# parser running here reads it as an ordinary tag.
_RAW_CONTENT = (*HTMLParser.CDATA_CONTENT_ELEMENTS, *getattr(HTMLParser, "RCDATA_CONTENT_ELEMENTS", ()), "plaintext")
_UNUSUAL = re.compile(r"<[!?]|<(?:%s)\b" % "|".join(map(re.escape, _RAW_CONTENT)), re.I)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())

_shared: dict = {}  # the one Markdown object of a build, made from its config


def _markdown(config) -> markdown.Markdown:
    md = _shared.get(id(config))
    if md is None:
        _shared.clear()
        md = _shared[id(config)] = markdown.Markdown(extensions=config.markdown_extensions,
                                                     extension_configs=config.mdx_configs or {})
    return md


def normalised(md: markdown.Markdown, text: str) -> str:
    """The text as Python-Markdown reads it (line ends, tabs, blank lines)."""
    return "\n".join(NormalizeWhitespace(md).run(text.split("\n")))


Spans = list  # of (is_heading, start, end) in the normalised text, in order


def split_blocks(md: markdown.Markdown, text: str) -> Spans | None:
    """The normalised page's headings and HTML blocks, each HTML block's span being exactly the
    text Python-Markdown would keep of it; None when the page is not only headings and
    block-level HTML."""
    if _UNUSUAL.search(text):
        return None
    block_end = _block_end_by_name if not _QUOTED_BRACKET.search(text) else _block_end_by_stack
    spans: Spans = []
    pos, end = 0, len(text)
    while pos < end:
        line_end = text.find("\n", pos)
        line_end = end if line_end < 0 else line_end
        if line_end == pos:
            pos += 1
            continue
        if _HEADING.match(text, pos):
            if not text.startswith("\n", line_end + 1) and line_end + 1 < end:
                return None
            spans.append((True, pos, line_end))
            pos = line_end + 1
            continue
        found = _TAG.match(text, pos)
        if not found or found.group(1) or not md.is_block_level(found.group(2).lower()):
            return None
        closed = block_end(text, pos, found)
        if closed is None or not text.startswith("\n", closed):
            return None
        # Python-Markdown keeps the line break of a block followed by a blank line, and joins a
        # block that follows another on the next line to it with a line break.
        closed += text.startswith("\n\n", closed)
        if spans and not spans[-1][0] and text[pos - 2:pos] != "\n\n":
            spans[-1] = (False, spans[-1][1], closed)
        else:
            spans.append((False, pos, closed))
        pos = closed + 1 if text[closed - 1] != "\n" else closed
    return spans


# An attribute value with < or > in it: then only reading every tag finds where a block ends.
_QUOTED_BRACKET = re.compile(r"""=\s*(?:"[^"]*[<>]|'[^']*[<>])""")


def _block_end_by_stack(text: str, pos: int, first: re.Match) -> int | None:
    """Where the element opened at `pos` closes (Python-Markdown's raw-block rule: a stack of
    open tags; an end tag closes up to its opening)."""
    stack: list[str] = []
    for tag in _TAG.finditer(text, pos):
        closing, name = tag.group(1), tag.group(2).lower()
        if not closing:
            if name not in _VOID and not tag.group().endswith("/>"):
                stack.append(name)
        elif name in stack:
            while stack.pop() != name:
                pass
        if not stack:
            return tag.end()
    return None


@functools.lru_cache(maxsize=64)
def _same_name(name: str) -> re.Pattern:
    return re.compile(rf"<(/?){re.escape(name)}(?=[\s/>])[^>]*>", re.I)


def _block_end_by_name(text: str, pos: int, first: re.Match) -> int | None:
    """The same for well-formed HTML whose attributes hold no < or >: only the tags of the
    block's own name count (much quicker than reading every tag)."""
    name = first.group(2).lower()
    if name in _VOID or first.group().endswith("/>"):
        return first.end()
    depth = 0
    for tag in _same_name(name).finditer(text, pos):
        if tag.group(1):
            depth -= 1
        elif not tag.group().endswith("/>"):
            depth += 1
        if depth == 0:
            return tag.end()
    return None


_PLACEHOLDER = re.compile(r"<p>htmlblock([0-9a-f]{16})x(\d+)</p>")


def digest_of(text: str) -> str:
    """Names the placeholders of one version of a page (a heading cannot contain its own digest)."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def skeleton(text: str, spans: Spans, digest: str) -> str:
    """What Python-Markdown is given: the headings, and a placeholder paragraph per HTML block."""
    return "\n\n".join(text[start:end] if heading else f"htmlblock{digest}x{number}"
                       for number, (heading, start, end) in enumerate(spans))


def headings_of(text: str, spans: Spans) -> str:
    return "\n\n".join(text[start:end] for heading, start, end in spans if heading)


def converted(md: markdown.Markdown, headings: str, whole: str, spans: Spans, digest: str) -> str:
    """Python-Markdown's HTML for the skeleton `whole`. Its `headings` are converted alone, each
    being one line of the output, and the placeholder paragraphs put between them as
    Python-Markdown writes them: three times quicker than running its inline patterns over every
    placeholder. Where a heading's HTML is not one line, the skeleton is converted whole."""
    md.reset()
    found = md.convert(headings)
    lines = found.split("\n") if found else []
    if len(lines) != sum(heading for heading, _, _ in spans):
        md.reset()
        return md.convert(whole)
    headings = iter(lines)
    return "\n".join(next(headings) if heading else f"<p>htmlblock{digest}x{number}</p>"
                     for number, (heading, _, _) in enumerate(spans))


def restore(content: str, text: str, spans: Spans, digest: str) -> str:
    """Python-Markdown's HTML for the skeleton with the blocks put back: its HTML for the page."""
    def block(m: re.Match) -> str:
        _, start, end = spans[int(m.group(2))]
        return text[start:end] if m.group(1) == digest else m.group()

    return _PLACEHOLDER.sub(block, content).strip()  # as Python-Markdown ends a conversion


def on_page_markdown(markdown_text: str, page, config, files):
    if page.meta.get(HTML_BLOCKS_KEY) is not True:
        return markdown_text
    md = _markdown(config)
    text = normalised(md, markdown_text)
    spans = split_blocks(md, text)
    if spans is None:
        log.info("%s: marked %s but not only headings and HTML; rendered by Python-Markdown",
                 page.file.src_uri, HTML_BLOCKS_KEY)
        return markdown_text
    digest = digest_of(markdown_text)
    headings = skeleton(text, spans, digest)
    headings_only = headings_of(text, spans)
    # Most pages need no normalising (it only adds the blank lines at the end): then the text is
    # not normalised again when it is read back.
    as_written = text == markdown_text + "\n\n"

    def render(config, files):
        """Page.render with the shared Markdown object, over the headings and placeholders."""
        page.content = converted(md, headings_only, headings, spans, digest)
        page.toc = get_toc(getattr(md, "toc_tokens", []))
        # Anchors other pages' Markdown links may point to (only checked by MkDocs' validation;
        # generated pages link in HTML): the headings' ids.
        page.present_anchor_ids = {item.id for item in _flat(page.toc)}
        page._html_blocks = (digest, page.content, spans, as_written)

    page.render = render  # this page only; MkDocs calls it next
    return headings  # what MkDocs keeps of the page until it is written


def _flat(toc):
    for item in toc:
        yield item
        yield from _flat(item.children)


def on_page_context(context, page, config, nav):
    """Just before the page is written: its HTML blocks, read again from its file."""
    found = getattr(page, "_html_blocks", None)
    if found is not None:
        page.content = _with_blocks(page, *found, config)
    return context


def on_post_page(output: str, page, config):
    found = getattr(page, "_html_blocks", None)
    if found is not None:
        page.content = found[1]  # written: not held any more
    return output


def _with_blocks(page, digest: str, content: str, spans: Spans, as_written: bool, config) -> str:
    source = page.file.content_string
    # The text after the front matter, as get_data gives it for a page whose front matter is a
    # mapping (this page's was); not parsed again (the digest tells whether it is the same text).
    found = YAML_RE.match(source)
    markdown_text = source[found.end():].lstrip("\n") if found else source
    if digest_of(markdown_text) != digest:
        raise RuntimeError(f"{page.file.src_uri} changed while the site was being built; build again")
    text = markdown_text + "\n\n" if as_written else normalised(_markdown(config), markdown_text)
    return restore(content, text, spans, digest)
