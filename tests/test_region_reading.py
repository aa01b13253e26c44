"""The search keys read a page's HTML as html.parser does: the quick reading of the generator's own
HTML (search_index._simple_events) makes the same calls, and anything else goes to html.parser. A
start tag is passed on as what its attributes say to the reader (_start_facts), as _RegionText
passes on html.parser's."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.render.search_index import _hollowed, _simple_events, _start_facts


class Calls(HTMLParser):
    """Every call html.parser makes while reading, in order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.calls: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        self.start(tag, _start_facts(tag, attrs))

    def start(self, tag, facts):
        self.calls.append(("start", tag, facts))

    def handle_endtag(self, tag):
        self.calls.append(("end", tag))

    def handle_data(self, data):
        self.calls.append(("data", data))


def read_by_html_parser(page: str) -> list[tuple]:
    parser = Calls()
    parser.feed(page)
    parser.close()
    return parser.calls


def read_quickly(page: str) -> list[tuple] | None:
    parser = Calls()
    return parser.calls if _simple_events(page, parser) else None


@pytest.mark.parametrize("page", [
    '<div data-pagefind-body><h1>عنوان</h1><p>نص &amp; &quot;مقتبس&quot; &#1575; &lt;b&gt;</p></div>',
    '<DIV Class="search-data" hidden data-pagefind-ignore><span data-pagefind-meta="kind">article</span></DIV>',
    '<a href="../x/?a=1&amp;b=2" title="&quot;t&quot;">link</a><br><br/><br />'
    '<svg viewBox="0 0 24 24"><path d="M6 15.6z"/></svg>',
    '<p\nclass="x"\n  id="y" >multi\nline</p  >',
    '<span class="">empty value</span><img alt="" src="a.png">',
    'text only, no tag',
    '',
    '<li>unclosed<li>twice</ul>',  # unbalanced: the parser's own rules decide, as before
])
def test_the_generators_html_is_read_as_html_parser_reads_it(page):
    assert read_quickly(page) == read_by_html_parser(page)


@pytest.mark.parametrize("page", [
    "<div><!-- a comment --></div>",
    "<!DOCTYPE html><p>x</p>",
    "<p>if a < b</p>",
    "<div><script>if (a < b) {}</script></div>",
    "<style>p > a {}</style>",
    "<a title='single quotes'>x</a>",
    '<a title="a > b">x</a>',
    "<a href=unquoted>x</a>",
    '<a title = "spaces">x</a>',
    "<p>cut off <b",
    # a long text before a comment: refused at once, not tried at every way of cutting the text
    # (a pattern that could cut it took exponential time: 74 s for five words)
    "<p>" + " ".join(["كلمة"] * 60) + "</p><!-- ملاحظة -->",
    "<div>" + "نص " * 60 + "<script>if (a < b) {}</script></div>",
])
def test_other_html_is_left_to_html_parser(page):
    assert read_quickly(page) is None


def test_every_indexed_page_of_the_seeds_is_read_quickly_and_the_same(built_site: Path):
    pages = [p.read_text(encoding="utf-8") for p in sorted((built_site / "build/docs").rglob("*.md"))]
    bodies = [f"<div data-pagefind-body>{_hollowed(page.split(chr(10) + '---' + chr(10), 1)[1])}</div>"
              for page in pages if 'class="search-data"' in page]
    assert len(bodies) > 20
    for body in bodies:
        assert read_quickly(body) == read_by_html_parser(body)
