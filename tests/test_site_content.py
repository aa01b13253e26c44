"""The built site's entity pages, chronology, feeds and open data, checked against the content."""
from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import REPO

ATOM = "{http://www.w3.org/2005/Atom}"


def page(root: Path, url_path: str) -> str:
    return (root / "site" / url_path / "index.html").read_text(encoding="utf-8")


def registry_ids() -> set[tuple[str, str]]:
    return {(p.parent.name, p.stem) for p in (REPO / "content/entities").glob("*/*.md")}


def test_every_registry_entry_has_an_entity_page(built_site):
    for entity_type, entity_id in registry_ids():
        assert (built_site / "site/entities" / entity_type / entity_id / "index.html").exists(), entity_id


def test_article_pages_link_entities_once_and_list_them(built_site):
    [folder] = (built_site / "site/articles/2022").glob("2022-10-21-*")
    html = (folder / "index.html").read_text(encoding="utf-8")
    body = html.split('class="article-body"')[1].split("</div>")[0]
    assert body.count('href="../../../entities/person/sergei-shoigu/"') == 1
    assert '<a class="entity-link" href="../../../entities/person/lloyd-austin/" title="لويد أوستن">لويد أوستن</a>' in body
    entities_block = html.split('class="article-entities"')[1]
    assert "الأشخاص" in entities_block and "entities/place/ukraine/" in entities_block


def test_entity_page_shows_articles_contexts_and_company(built_site):
    html = page(built_site, "entities/person/sergei-shoigu")
    assert "Sergei Shoigu" in html and "وزير الدفاع الروسي" in html
    assert "<mark>سيرغي شويغو</mark>" in html
    assert "أول اتصال بين وزيري دفاع أميركا وروسيا" in html
    assert 'href="../lloyd-austin/"' in html  # appears most often with Austin
    assert "الجمعة 21 أكتوبر/تشرين الأول 2022" in html  # first and last seen


def test_entity_seen_in_both_articles_lists_newest_first(built_site):
    html = page(built_site, "entities/place/moscow")
    newer = html.index("البنتاغون: الاستخدام الأخير")
    older = html.index("أول اتصال بين وزيري دفاع")
    assert newer < older


def test_type_indexes_count_their_entities(built_site):
    from generator.render.strings import load_strings

    strings = load_strings(REPO)
    for entity_type in ("person", "organization", "place", "agreement"):
        html = page(built_site, f"entities/{entity_type}")
        expected = sum(1 for t, _ in registry_ids() if t == entity_type)
        assert f"{strings.count(entity_type, expected)} في السجل" in html, entity_type
    assert "12 شخصًا في السجل" in page(built_site, "entities/person")  # 11-99 take the accusative singular


def test_counted_nouns_follow_arabic_plural_rules():
    from generator.render.strings import load_strings

    strings = load_strings(REPO)
    forms = {n: strings.count("article", n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111)}
    assert forms == {0: "لا مقالات", 1: "مقال واحد", 2: "مقالان", 3: "3 مقالات", 10: "10 مقالات",
                     11: "11 مقالًا", 99: "99 مقالًا", 100: "100 مقال", 101: "101 مقال", 102: "102 مقال",
                     103: "103 مقالات", 111: "111 مقالًا"}
    assert strings.count("mention", 2) == "إشارتان" and strings.count("mention", 4) == "4 إشارات"
    assert load_strings(REPO, "arab").count("article", 11) == "١١ مقالًا"


def test_strings_file_names_a_missing_plural_form(tmp_path):
    import pytest

    from generator.render.strings import StringsError, load_strings

    (tmp_path / "site_config").mkdir()
    (tmp_path / "site_config/strings.yml").write_text("counts:\n  article: {one: مقال واحد, other: '{n} مقال'}\n",
                                                     encoding="utf-8")
    with pytest.raises(StringsError, match=r"strings.yml: counts.article lacks the plural form\(s\) zero, two, few, many"):
        load_strings(tmp_path)
    with pytest.raises(StringsError, match="digits"):
        load_strings(REPO, "roman")
    with pytest.raises(StringsError, match="counts has no 'ship'; add its six plural forms"):
        load_strings(REPO).count("ship", 2)
    with pytest.raises(StringsError, match="no text 'titles.nothing'"):
        load_strings(REPO).text("titles.nothing")


def test_counts_on_pages_are_grammatical(built_site):
    """No "2 مقالًا", "1 مقالًا", "2 إشارات": the seeds have two articles; Moscow is mentioned
    once in one and three times in the other (its headline included)."""
    home = page(built_site, "")
    assert "مقالان في الأرشيف" in home and "2 مقالًا" not in home
    moscow = page(built_site, "entities/place/moscow")
    assert "3 إشارات" in moscow and "إشارة واحدة" in moscow and "1 إشارة" not in moscow
    assert "مقالان في 2022" in page(built_site, "archive/2022")
    assert "مقال واحد." in page(built_site, "archive/2022/10")


def test_site_built_with_arabic_indic_digits(repo_copy):
    from dataclasses import replace

    from generator.config import load_settings
    from generator.pipeline import generate

    files = generate(repo_copy, replace(load_settings(repo_copy), digits="arab")).files
    person = files["entities/person/index.md"].decode("utf-8")
    assert "١٢ شخصًا في السجل" in person and "٢١ أكتوبر/تشرين الأول ٢٠٢٢" in person
    assert 'datetime="2022-10-21"' in person  # machine-readable values keep their digits
    assert '"digits": "arab"' in files["assets/javascripts/strings.js"].decode("utf-8")


def test_chronology_lists_seed_events_in_order_with_both_articles(built_site):
    html = page(built_site, "chronology")
    order = [html.index(f'datetime="{value}"') for value in
             ("2022-05-13", "2022-05-19", "2022-10-21", "2022-11-09", "2022-11-28")]
    assert order == sorted(order)
    assert "من 29 نوفمبر/تشرين الثاني 2022 إلى 6 ديسمبر/كانون الأول 2022" in html
    for key_prefix in ("2022-10-21-", "2022-11-28-"):
        assert f"articles/2022/{key_prefix}" in html
    assert page(built_site, "chronology/2022").count('class="timeline__event"') == html.count('class="timeline__event"')


def test_feed_is_atom_with_the_articles_own_dates(built_site):
    feed = ET.parse(built_site / "site/feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{required}") is not None
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}published").text for e in entries] == ["2022-11-28T00:00:00Z", "2022-10-21T00:00:00Z"]
    for entry in entries:
        for required in ("id", "title", "updated", "link"):
            assert entry.find(f"{ATOM}{required}") is not None
    assert feed.find(f"{ATOM}updated").text == "2022-11-28T00:00:00Z"


def test_entity_feed_lists_the_entity_articles(built_site):
    feed = ET.parse(built_site / "site/feeds/place/moscow.xml").getroot()
    assert len(feed.findall(f"{ATOM}entry")) == 2


def test_json_exports_load_and_match_the_site(built_site):
    site = built_site / "site"
    articles = json.loads((site / "api/articles.json").read_text(encoding="utf-8"))
    assert [a["date"] for a in articles] == ["2022-11-28", "2022-10-21"]
    for article in articles:
        assert (site / article["url"] / "index.html").exists()
    entities = json.loads((site / "api/entities.json").read_text(encoding="utf-8"))
    assert {(e["type"], e["id"]) for e in entities} == registry_ids()
    for entity in entities:
        assert (site / entity["url"] / "index.html").exists()
    events = json.loads((site / "api/events.json").read_text(encoding="utf-8"))
    assert any(e["date"] == "2022-11-29" and e["end_date"] == "2022-12-06" for e in events)
    with (site / "chronology.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(events)
    # every event's date is on the chronology; a sentence with several dates in a month is one entry
    shown = re.findall(r'<span class="timeline__date">(.*?)</span>', page(built_site, "chronology"), re.S)
    assert sum(dates.count("<time ") for dates in shown) == len(events) > len(shown)


def test_a_long_entity_timeline_gets_pages_of_its_own_and_is_not_repeated(repo_copy):
    """With pages of one article and of two events, Russia's listing has two pages and its three
    events move to two timeline pages that its first page links to; its second page (its oldest
    article: "page-1") links back to the first and shows no timeline."""
    from dataclasses import replace

    from generator.config import load_settings
    from generator.pipeline import generate

    settings = replace(load_settings(repo_copy), page_size=1, timeline_page_size=2)
    files = generate(repo_copy, settings).files
    first = files["entities/place/russia.md"].decode("utf-8")
    second = files["entities/place/russia/page-1.md"].decode("utf-8")
    timeline = [files[name].decode("utf-8") for name in sorted(files)
                if name.startswith("entities/place/russia/timeline")]
    assert len(timeline) == 2  # timeline.md and timeline/page-2.md
    events = sum(page.count('class="timeline__event"') for page in timeline)
    assert events == 3
    assert 'class="timeline__event"' not in first and 'href="timeline/"' in first
    assert 'class="timeline__event"' not in second and "timeline/" not in second
    assert 'href="../" rel="prev"' in second and 'href="page-1/" rel="next"' in first
    listed = [re.findall(r'<time datetime="([\d-]+)"', page.split('class="mention-list"')[1]) for page in (first, second)]
    assert listed == [["2022-11-28"], ["2022-10-21"]]  # the newest first
    assert "الخط الزمني: روسيا" in timeline[0] and 'href="../"' in timeline[0]

    short = generate(repo_copy).files  # pages of 50: the timeline stays on the first page, once
    assert short["entities/place/russia.md"].decode("utf-8").count('class="timeline__event"') == events
    assert not any(name.startswith("entities/place/russia/timeline") for name in short)


def _dates_shown(page: str) -> int:
    return sum(dates.count("<time ") for dates in re.findall(r'<span class="timeline__date">(.*?)</span>', page, re.S))


def test_a_long_chronology_shows_its_latest_events_and_leaves_the_rest_to_the_year_pages(repo_copy):
    """With pages of two events, the chronology's front page shows the two latest events and no
    further pages; the year pages still hold every event exactly once. (Events are counted by
    their dates: a sentence with two dates in a month is one entry showing both.)"""
    from dataclasses import replace

    from generator.config import load_settings
    from generator.pipeline import generate

    short = generate(repo_copy).files
    everything = short["chronology/index.md"].decode("utf-8")
    total = _dates_shown(everything)
    assert total > 2 and "chronology-latest" not in everything

    files = generate(repo_copy, replace(load_settings(repo_copy), timeline_page_size=2)).files
    front = files["chronology/index.md"].decode("utf-8")
    assert _dates_shown(front) == 2
    assert f"(2 من {total})" in front
    assert not any(name.startswith("chronology/page-") for name in files)
    latest = re.findall(r'<time datetime="([\d-]+)"', front)
    all_dates = sorted(re.findall(r'<time datetime="([\d-]+)"', everything))
    assert sorted(latest) == all_dates[-2:]
    year_pages = [text.decode("utf-8") for name, text in files.items() if re.fullmatch(r"chronology/\d{4}/.*\.md", name)]
    assert sum(_dates_shown(page) for page in year_pages) == total


NEXT_YEAR = ("---\ntitle: اتصال جديد\ndate: 2023-03-02\nformat: text\n---\n"
             "قال لويد أوستن اليوم الخميس إنه تحدث مع سيرغي شويغو في 1 مارس 2023 عن الوضع في موسكو.\n")


def test_a_new_year_adds_chronology_pages_and_changes_old_years_only_by_their_next_link(repo_copy):
    """An event in a year the chronology did not have: the front pages (every year listed) and
    the pages of the year before it (their link to the next year) change; every other page of
    the old years stays as it was, and the new year's pages link back to the year before."""
    from generator.pipeline import generate

    before = {k: v.decode("utf-8") for k, v in generate(repo_copy).files.items() if k.startswith("chronology/")}
    (repo_copy / "content/articles/2023").mkdir()
    (repo_copy / "content/articles/2023/2023-03-02-next-year.md").write_text(NEXT_YEAR, encoding="utf-8")
    after = {k: v.decode("utf-8") for k, v in generate(repo_copy).files.items() if k.startswith("chronology/")}

    added = sorted(after.keys() - before.keys())
    assert "chronology/2023/index.md" in added and "chronology/person/2023/index.md" in added
    assert all("/2023/" in name for name in added) and not before.keys() - after.keys()
    changed = {name for name in before if before[name] != after[name]}
    fronts = {"chronology/index.md", *(f"chronology/{t}/index.md" for t in ("person", "organization", "place", "agreement"))}
    assert fronts <= changed
    next_link = re.compile(r'<a href="[^"]*2023/" rel="next">2023 ←</a>\n')
    for name in changed - fronts:
        assert "/2022/" in name and next_link.search(after[name]), name
        assert next_link.sub("", after[name]) == before[name], name
    assert '<a href="../2022/" rel="prev">→ 2022</a>' in after["chronology/2023/index.md"]
    assert "(1)" not in after["chronology/2023/index.md"].split("2022</a>")[0]  # no count of another year


def test_feeds_are_linked_from_the_home_page_and_each_entity_page(built_site):
    home = page(built_site, "")
    assert '<a href="feed.xml" type="application/atom+xml">' in home
    moscow = page(built_site, "entities/place/moscow")
    assert re.search(r'<link rel="alternate feed" type="application/atom\+xml" title="[^"]*موسكو" '
                     r'href="../../../feeds/place/moscow.xml">', moscow)
    assert '<a href="../../../feeds/place/moscow.xml" type="application/atom+xml">' in moscow
    assert (built_site / "site/feeds/place/moscow.xml").exists()


def test_entity_chart_shows_mentions_per_month_right_to_left(built_site):
    """Moscow: once in October 2022, three times in November 2022. Newer months lie to the left."""
    html = page(built_site, "entities/place/moscow")
    [svg] = re.findall(r'<svg class="chart"[^>]*>.*?</svg>', html)
    assert 'role="img"' in svg and "4 إشارات" in re.search(r'aria-label="([^"]*)"', svg).group(1)
    bars = {title: float(x) for x, title in re.findall(r'<rect class="chart__bar" x="([\d.]+)"[^>]*><title>([^<]*)</title>', svg)}
    assert bars.keys() == {"أكتوبر/تشرين الأول 2022: إشارة واحدة", "نوفمبر/تشرين الثاني 2022: 3 إشارات"}
    assert bars["نوفمبر/تشرين الثاني 2022: 3 إشارات"] < bars["أكتوبر/تشرين الأول 2022: إشارة واحدة"]
    assert "<script" not in svg


def test_type_index_has_a_sparkline_per_row(built_site):
    html = page(built_site, "entities/person")
    rows = html.split("<tbody>")[1].split("</tbody>")[0].count("<tr>")
    assert rows == 12 and html.count('<svg class="sparkline"') == rows


def test_chronology_month_bars_link_to_their_months(built_site):
    html = page(built_site, "chronology")
    chart = html.split('<nav class="chart-nav"')[1].split("</nav>")[0]
    links = re.findall(r'<a href="([^"#]*)#(m\d{4}-\d{2})"><title>([^<]*)</title>', chart)
    assert {anchor for _, anchor, _ in links} == {"m2022-05", "m2022-10", "m2022-11"}
    for href, anchor, label in links:
        target = (built_site / "site/chronology" / href / "index.html").read_text(encoding="utf-8")
        assert f'id="{anchor}"' in target, href
    assert any(label == "نوفمبر/تشرين الثاني 2022: 5 أحداث مؤرخة" for _, _, label in links)
    year = page(built_site, "chronology/2022").split('<nav class="chart-nav"')[1].split("</nav>")[0]
    assert year.count("<rect class=\"chart__bar\"") == 3 and "ديسمبر/كانون الأول 2022" in year  # the year's twelve months


def test_article_bodies_are_right_to_left(built_site):
    for file in (built_site / "site/articles").rglob("index.html"):
        html = file.read_text(encoding="utf-8")
        assert '<div class="article-body" lang="ar" dir="rtl">' in html and 'dir="auto"' not in html.split("article-body")[1][:200]


def test_latin_runs_are_isolated():
    from generator.text.display import isolate_latin
    from markupsafe import Markup

    assert str(isolate_latin("قال Lloyd Austin III في 2022 إن F-16 & \"x\"")) == (
        "قال <bdi>Lloyd Austin III</bdi> في 2022 إن <bdi>F-16</bdi> &amp; &#34;<bdi>x</bdi>&#34;")
    # Tags, attributes and code stay as they are; character references are not split.
    html = Markup('<a href="/a/b" title="Tom">CNN</a> &amp; <code>x = 1</code>')
    assert str(isolate_latin(html)) == '<a href="/a/b" title="Tom"><bdi>CNN</bdi></a> &amp; <code>x = 1</code>'


# --- No English in the interface -------------------------------------------------------
# The rule: a Latin word the reader can see (text, or a title, aria-label, placeholder or alt)
# is interface text unless it is content: a word of the articles or of the entity registry
# (a quoted name, an agency written in Latin letters, an entity's English name, a Wikidata id).
# Scripts, styles and the hidden search-data and search-keys blocks are not read.
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_SHOWN_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")


def content_words() -> set[str]:
    """Latin words the maintainers wrote: bodies and front-matter values, not the keys and the
    fixed values of the format (title, type: person …), which a page must not show untranslated."""
    import frontmatter

    words = set()
    for file in (REPO / "content").rglob("*.md"):
        post = frontmatter.load(file)
        values = [str(value) for key, value in post.metadata.items() if key not in ("type", "format", "lang", "review")]
        words |= set(_LATIN_WORD.findall(" ".join([post.content, *values])))
    return words


def visible_latin_words(html: str) -> list[str]:
    from html.parser import HTMLParser

    class Reader(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.stack, self.words = [], []

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            hidden = (tag in ("script", "style", "template") or "hidden" in attrs
                      or any(c in (attrs.get("class") or "").split() for c in ("search-data", "search-keys")))
            if tag not in ("br", "hr", "img", "input", "link", "meta", "path", "rect", "line", "source", "wbr"):
                self.stack.append(hidden)
            if not any(self.stack) or tag in ("img", "input"):
                for name in _SHOWN_ATTRIBUTES:
                    self.words += _LATIN_WORD.findall(attrs.get(name) or "")

        def handle_endtag(self, tag):
            if tag not in ("br", "hr", "img", "input", "link", "meta", "path", "rect", "line", "source", "wbr") and self.stack:
                self.stack.pop()

        def handle_data(self, data):
            if not any(self.stack):
                self.words += _LATIN_WORD.findall(data)

    reader = Reader()
    reader.feed(html)
    return reader.words


def test_no_english_interface_text_on_any_page(built_site):
    allowed = content_words()
    pages = sorted((built_site / "site").rglob("*.html"))
    assert len(pages) > 50 and (built_site / "site/404.html") in pages
    for file in pages:
        english = set(visible_latin_words(file.read_text(encoding="utf-8"))) - allowed
        assert not english, f"{file.relative_to(built_site / 'site')}: {sorted(english)}"


def test_the_walk_finds_english_interface_text():
    assert visible_latin_words('<footer>Made with <a title="Material">x</a></footer><script>var a</script>'
                               '<div class="search-data" hidden>Q1</div>') == ["Made", "with", "Material"]


def test_not_found_page_is_arabic_with_search_and_sections(built_site):
    html = (built_site / "site/404.html").read_text(encoding="utf-8")
    assert "<h1>الصفحة غير موجودة</h1>" in html and "Not found" not in html
    assert 'for="__search"' in html.split('class="md-content"')[1]
    for section in ("archive/", "entities/", "chronology/"):
        assert re.search(rf'<li><a href="[^"]*{section}">', html), section


def test_month_bars_link_to_the_page_of_a_long_year_that_holds_the_month(repo_copy):
    """A year longer than a page of the timeline: each month's bar leads to the year's page on
    which that month begins, and its anchor is there."""
    from dataclasses import replace

    from generator.config import load_settings
    from generator.pipeline import generate

    files = generate(repo_copy, replace(load_settings(repo_copy), timeline_page_size=2)).files
    assert "chronology/2022/page-2.md" in files
    chart = files["chronology/index.md"].decode("utf-8").split('<nav class="chart-nav"')[1].split("</nav>")[0]
    links = re.findall(r'<a href="([^"#]*)#(m\d{4}-\d{2})"', chart)
    assert {anchor for _, anchor in links} == {"m2022-05", "m2022-10", "m2022-11"}
    for href, anchor in links:
        target = "chronology/" + href.rstrip("/") + ("/index.md" if not href.rstrip("/").split("/")[-1].startswith("page-")
                                                     else ".md")
        assert f'id="{anchor}"' in files[target].decode("utf-8"), (href, anchor)
    assert any("page-" in href for href, _ in links)  # the later months are not on page 1


def test_search_keys_read_the_same_with_excluded_lists_hollowed(built_site):
    """The keys and the digest of what Pagefind reads come out the same when the contents of
    the excluded elements (lists of articles, timelines) are taken out before the page is read."""
    from generator.render.search_index import SEARCH_DATA, _hollowed, _read_regions

    indexed = [file.read_text(encoding="utf-8") for file in (built_site / "build/docs").rglob("*.md")]
    indexed = [f"<div data-pagefind-body>{text}</div>" for text in indexed if SEARCH_DATA in text]
    assert len(indexed) > 20
    hollowed = 0
    for text in indexed:
        assert _read_regions(_hollowed(text)) == _read_regions(text)
        hollowed += len(_hollowed(text)) < len(text)
    assert hollowed > 20  # timelines, mention lists, related entities
