"""Article bodies -> safe HTML, with entity links placed at the offsets the matcher found.

Bodies come from contributors we do not know, so they never reach the page unchecked:
plain-text bodies are escaped, Markdown bodies are converted by us and then cleaned by
nh3 (Ammonia) with an allow-list. The page templates receive the finished HTML.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

import markdown
import nh3


@dataclass(frozen=True)
class Link:
    start: int
    end: int
    href: str
    title: str = ""
    css_class: str = "entity-link"


ALLOWED_TAGS = {
    "p", "br", "hr", "a", "strong", "b", "em", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup",
    "blockquote", "q", "cite", "code", "pre", "kbd", "abbr",
    "ul", "ol", "li", "dl", "dt", "dd",
    "h2", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
    "figure", "figcaption", "img", "span", "div",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "class"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
    "span": {"class"},
    "ol": {"start"},
    "*": {"dir", "lang"},
}
URL_SCHEMES = {"http", "https", "mailto"}

# Markdown spans where a link must not be inserted: code, existing links, raw HTML, URLs.
_PROTECTED = re.compile(
    r"```.*?```|~~~.*?~~~|`[^`\n]+`"  # code
    r"|!?\[[^\]\n]*\]\([^)\n]*\)|!?\[[^\]\n]*\]\[[^\]\n]*\]|^\s*\[[^\]\n]+\]:.*$"  # links, images, refs
    r"|<[^>\n]+>|https?://\S+",  # raw HTML and bare URLs
    re.S | re.M,
)


# Links that leave the site; links inside it (to entity pages) are ours and stay followed.
_EXTERNAL_ANCHOR = re.compile(r'<a(?=\s[^>]*?\bhref="(?:[a-z][a-z0-9+.-]*:|//))', re.I)


def clean_html(fragment: str) -> str:
    cleaned = nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
    return _EXTERNAL_ANCHOR.sub('<a rel="noopener noreferrer nofollow"', cleaned)


def _anchor(text: str, link: Link) -> str:
    title = f' title="{html.escape(link.title)}"' if link.title else ""
    return f'<a class="{link.css_class}" href="{html.escape(link.href)}"{title}>{html.escape(text)}</a>'


def text_to_html(body: str, links: list[Link]) -> str:
    """A plain-text body: every non-blank line is a paragraph; everything is escaped."""
    links = sorted(links, key=lambda l: l.start)
    paragraphs = []
    offset = 0
    k = 0
    for line in body.split("\n"):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if not line.strip():
            continue
        parts = []
        cursor = line_start
        while k < len(links) and links[k].start < line_end:
            link = links[k]
            k += 1
            if link.start < cursor or link.end > line_end:
                continue
            parts.append(html.escape(body[cursor : link.start]))
            parts.append(_anchor(body[link.start : link.end], link))
            cursor = link.end
        parts.append(html.escape(body[cursor:line_end]))
        paragraphs.append("<p>" + "".join(parts).strip() + "</p>")
    return "\n".join(paragraphs)


@lru_cache(maxsize=1)
def _markdown() -> markdown.Markdown:
    return markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")


def _markdown_link_text(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>])", r"\\\1", text)


# One line that Markdown makes a paragraph of and leaves as it is, and the cleaner too: it begins
# with a letter (not a list's number nor any block's mark) and has no mark of an inline span
# (\\ ` * _ [ ] < > &) and no character that either would escape or turn (a tab, a line break,
# a no-break space). An entity's description is mostly such a line.
_PLAIN_LINE = re.compile(r"[^\W\d_](?:[^\W_]|[ .,،؛؟:;!?()«»\"'/%+=-])*")


def markdown_to_html(body: str, links: list[Link]) -> str:
    """A Markdown body: links are inserted outside code, links and HTML, then it is converted and cleaned."""
    if not links and _PLAIN_LINE.fullmatch(body) and not body.endswith(" "):
        return f"<p>{body}</p>"
    protected = [(m.start(), m.end()) for m in _PROTECTED.finditer(body)]
    pieces = []
    cursor = 0
    for link in sorted(links, key=lambda l: l.start):
        if link.start < cursor or any(s < link.end and link.start < e for s, e in protected):
            continue
        line_start = body.rfind("\n", 0, link.start) + 1
        if body[line_start:link.start].strip() == "" and body[link.start:link.end].startswith(("#", "-", "*")):
            continue
        title = f' "{link.title}"' if link.title and '"' not in link.title else ""
        pieces.append(body[cursor : link.start])
        pieces.append(f"[{_markdown_link_text(body[link.start:link.end])}](<{link.href}>{title})")
        cursor = link.end
    pieces.append(body[cursor:])
    converter = _markdown()
    converter.reset()
    rendered = converter.convert("".join(pieces))
    # Headings inside an article sit below the page title.
    rendered = re.sub(r"<(/?)h1\b", r"<\1h2", rendered)
    return clean_html(rendered)


def body_html(body: str, body_format: str, links: list[Link]) -> str:
    if body_format == "text":
        return text_to_html(body, links)
    return markdown_to_html(body, links)


_MARKS = re.compile(r"\]\([^)]*\)|<[^>]*>|[`*_#>\[\]]")  # a link's address, a tag, a mark: each a space
_HEAD_PER_WORD = 20  # characters of a body read for each word of an excerpt before all of it is


@lru_cache(maxsize=1 << 15)  # a preview asks for every article's on every save
def excerpt(body: str, words: int = 40) -> str:
    """The first words of a body, as plain text (Markdown marks and HTML tags removed).

    Read from the body's head when that gives the same: with no tag and no link address begun
    in it, a mark in the head is one character turned into a space (only its last character may
    begin a link address that ends beyond), so the head's words but the last are the body's."""
    head = body[: _HEAD_PER_WORD * (words + 2)]
    if len(head) < len(body) and "<" not in head and "](" not in head:
        tokens = _MARKS.sub(" ", head).split()
        if len(tokens) > words + 1:  # the first `words` are whole, and more follow
            return " ".join(tokens[:words]) + " …"
    text = _MARKS.sub(" ", body)
    tokens = text.split()
    short = " ".join(tokens[:words])
    return short + (" …" if len(tokens) > words else "")
