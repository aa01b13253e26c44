"""Arabic search: Pagefind's index with our search keys, driven through the real search box.

A site is built from the repository's content plus tests/fixtures/search/*.md (ten short
articles written for this: spelling variants of the same names, and unrelated subjects as real
negatives), served on 127.0.0.1 and searched in headless Chromium with the queries of
tests/data/search_queries.yml. Also: the Python and JavaScript key functions agree, the keys
never show, filters narrow, the bytes a reader downloads, a strict Content-Security-Policy,
a site under a sub-path.
"""
from __future__ import annotations

import contextlib
import functools
import http.server
import json
import re
import shutil
import threading
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, REPO, copy_repository

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
QUERIES = yaml.safe_load((REPO / "tests/data/search_queries.yml").read_text(encoding="utf-8"))
SEARCH_FIXTURES = FIXTURES / "search"
SHARD_ARTICLES = 5
# Words on which the Python and the JavaScript keys must agree.
KEY_WORDS = [
    "فالحكومة", "للحكومة", "الحكومة", "حكومة", "الحُكـومة", "وبالمفاوضات", "وموسكو", "لروسيا",
    "بالبنتاغون", "البنتاجون", "البينتاغون", "شويغو", "شويجو", "أوستن", "اوستن", "إسرائيل", "وزير",
    "الوزير", "والوزير", "الله", "ولد", "مصطفى", "أميركي", "أمريكي", "بيلوسوف", "بيلاوسوف",
    "سيرغي", "سيرجي", "ﻻ", "٢٠٢٢", "۱۴۰۲", "هيئة", "مسؤول", "Pentagon", "NATO", "كتاب",
    "الثَّقافة", "\u200fموسكو\u200f", "فلاديمير", "ڤلاديمير", "گازبروم", "پوتين", "وللولايات",
]
INITIALS = ["سي إن إن", "أ ف ب", "وكالة أ.ف.ب", "جو بايدن", "في ما", "بي بي سي عربي"]
KEY_TEXT = ("قالت فالحكومة إن وزير الدفاع الأميركي لويد أوستن تحدّث مع نظيره الروسي سيرغي شويغو "
            "(وكالة «تاس»)، وبالمفاوضات؛ ١٢ مايو/ أيار ٢٠٢٢ — الحكـومة؟")

needs_browser = pytest.mark.skipif(not CHROMIUM.exists(),
                                   reason="no /usr/bin/chromium (make test installs Debian's chromium)")


# --- the site, a server and a browser ---------------------------------------------------------

@pytest.fixture(scope="module")
def search_root(tmp_path_factory) -> Path:
    """The repository's content plus the search fixtures, built (MkDocs and Pagefind) once."""
    from generator.pipeline import build_site

    root = copy_repository(tmp_path_factory.mktemp("search") / "repo")
    for file in sorted(SEARCH_FIXTURES.glob("*.md")):
        folder = root / "content" / "articles" / file.name[:4]
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(file, folder / file.name)
    # Small shards, so that every query searches several merged indexes: 2022 (4 articles),
    # 2023 (6, one year is never split), 2024 (2) and the entity pages.
    with (root / "site_config/site.yml").open("a", encoding="utf-8") as settings:
        settings.write(f"\nsearch_shard_articles: {SHARD_ARTICLES}\n")
    build_site(root, strict=True)
    return root


class _Handler(http.server.SimpleHTTPRequestHandler):
    csp: str | None = None

    def end_headers(self) -> None:
        if self.csp:
            self.send_header("Content-Security-Policy", self.csp)
        super().end_headers()

    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def serve(directory: Path, csp: str | None = None):
    handler = type("Handler", (_Handler,), {"csp": csp})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    httpd.handle_error = lambda request, address: None  # a browser closing a connection early is no failure
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium (make test installs Debian's chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


@contextlib.contextmanager
def new_page(browser, **options):
    """A page in a fresh browser context (its own cache and storage, like a fresh user-data-dir)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, **options)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    try:
        yield page
    finally:
        context.close()


@pytest.fixture(scope="module")
def site_url(search_root):
    with serve(search_root / "site") as url:
        yield url


@pytest.fixture(scope="module")
def search_page(browser, site_url):
    with new_page(browser) as page:
        page.goto(site_url + "/")
        yield page


def type_query(page, query: str, timeout: int = 15000) -> None:
    """Type a query in the search box (opening it with its shortcut) and wait for its first results."""
    box = page.locator("[data-archive-search-input]")
    if not box.is_visible():
        page.keyboard.press("/")
    box.fill(query)
    page.wait_for_function(
        """(q) => { const r = document.querySelector('[data-archive-search]');
                   return r.dataset.archiveSearchQuery === q && r.dataset.archiveSearchState === 'done'; }""",
        arg=query, timeout=timeout)


def search(page, query: str | None) -> dict:
    """Type a query in the search box (None: read the results on screen); the results once shown:
    urls (all pages of them), whether each is a close spelling, the status line."""
    if query is not None:
        type_query(page, query)
    while page.locator("[data-archive-search-more]").is_visible():
        count = page.locator("[data-archive-search-results] li.md-search-result__item").count()
        page.click("[data-archive-search-more]")
        # more results, or none left (the close spellings of a long search may add nothing)
        page.wait_for_function(
            """(n) => document.querySelectorAll('[data-archive-search-results] li.md-search-result__item').length > n
                     || document.querySelector('[data-archive-search-more]').hidden""",
            arg=count)
    items = page.eval_on_selector_all(
        "[data-archive-search-results] li.md-search-result__item",
        """els => els.map(li => ({url: decodeURI(new URL(li.querySelector('a').href).pathname),
                                  close: li.classList.contains('archive-search__item--close'),
                                  html: li.querySelector('.archive-search__excerpt').innerHTML,
                                  info: (li.querySelector('.archive-search__info') || {}).textContent || ''}))""")
    return {"items": items, "urls": [i["url"] for i in items],
            "status": page.locator("[data-archive-search-status]").inner_text()}


def wait_for_facets(page, query: str) -> None:
    """The filter chips: the reader asks for them once (the button loads Pagefind's filter
    index); from then on every search shows them."""
    button = page.locator("[data-archive-search-filters-open]")
    if button.is_visible():
        button.click()
    page.wait_for_function(
        "(q) => document.querySelector('[data-archive-search]').dataset.archiveSearchFacets === q",
        arg=query, timeout=15000)


def found(urls: list[str], article: str) -> bool:
    """Whether an article (a fixture slug or a seed's date) is among result URLs."""
    article = str(article)  # YAML reads a seed's date as a date
    return any(u.startswith("/articles/") and (u.rstrip("/").endswith(article) or f"/{article}-" in u)
               for u in urls)


# --- the build --------------------------------------------------------------------------------

def test_index_is_built_without_material_search(search_root):
    site = search_root / "site"
    assert not (site / "search" / "search_index.json").exists()
    assert (site / "pagefind" / "pagefind.js").exists()
    assert (site / "pagefind" / "pagefind-entry.json").exists()
    tables = json.loads((site / "assets/javascripts/search-keys.json").read_text(encoding="utf-8"))
    assert tables["sentinel"] == "⁂"
    shards = json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))
    assert shards["shards"] == ["articles-2024", "articles-2023", "articles-2022", "entities"]
    assert shards["merge"] == ["articles-2023/", "articles-2022/", "entities/"]
    # the older years are merged by the browser only when a search needs them
    assert shards["articles"] == ["articles-2024", "articles-2023", "articles-2022"]
    assert shards["later"] == ["articles-2023", "articles-2022"]
    counts = [json.loads((site / "pagefind" / folder / "pagefind-entry.json").read_text(encoding="utf-8"))
              ["languages"]["ar"]["page_count"] for folder in ["", *shards["merge"]]]
    articles = len(list((search_root / "content/articles").rglob("*.md")))
    entities = len(list((search_root / "content/entities").rglob("*.md")))
    assert counts == [2, 6, 4, entities] and sum(counts) == articles + entities
    # Pagefind's runtime comes once, with the first shard
    assert not any((site / "pagefind" / folder / "pagefind.js").exists() for folder in shards["merge"])


def test_index_site_reports_statistics(search_root, tmp_path):
    from generator.render.search_index import index_site

    site = tmp_path / "site"
    shutil.copytree(search_root / "site", site)
    stats = index_site(site)
    articles = len(list((search_root / "content/articles").rglob("*.md")))
    assert stats["pages"] >= articles
    assert stats["pages_with_keys"] == stats["pages"]
    assert 0 < stats["index_bytes"] < 5_000_000
    assert stats["seconds"] >= 0
    # indexing twice does not add the keys twice
    page = next(site.glob("articles/2023/*shoigu-cairo*/index.html")).read_text(encoding="utf-8")
    assert page.count("⁂") == 1


def test_only_articles_and_entities_are_indexed_and_keys_are_hidden(search_root):
    site = search_root / "site"
    article = next(site.glob("articles/2023/*shoigu-cairo*/index.html")).read_text(encoding="utf-8")
    assert article.count("data-pagefind-body") == 1
    block = re.search(r'<div class="search-keys" hidden data-pagefind-weight="0.5" data-search-digest="[0-9a-f]{32}">'
                      r'([^<]*)</div>', article)
    assert block, "the keys block is filled"
    keys = block.group(1).split()
    assert keys[0] == "⁂"
    assert "حكومه" in keys  # from فالحكومة
    assert "zqشجوzq" in keys  # the skeleton of شويجو
    assert "فالحكومة" not in keys  # only keys, never the words as written
    entity = (site / "entities/person/sergei-shoigu/index.html").read_text(encoding="utf-8")
    assert "data-pagefind-body" in entity and 'data-pagefind-meta="kind">entity' in entity
    for listing in ["index.html", "archive/index.html", "entities/index.html", "entities/person/index.html",
                    "chronology/index.html"]:
        assert "data-pagefind-body" not in (site / listing).read_text(encoding="utf-8"), listing


def test_an_archive_with_nothing_to_index_gets_an_empty_index(tmp_path):
    from generator.pipeline import build_site

    root = copy_repository(tmp_path / "repo", with_articles=False)
    shutil.rmtree(root / "content" / "entities")
    (root / "content" / "entities").mkdir()
    build_site(root, strict=True)
    entry = json.loads((root / "site/pagefind/pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"] == {}  # not the listing pages and navigation, indexed whole


def test_search_keys_of_a_built_page_follow_pagefind_reading():
    from generator.render.search_index import page_keys_text

    page = ('<html lang="ar"><body><nav>القائمة الرئيسية</nav><div data-pagefind-body><h1>عنوان</h1>'
            '<p>قالت فالحكومة</p><dl><dt>النوع</dt><dd>شخص</dd></dl>'
            '<div class="search-data" hidden data-pagefind-ignore><span class="search-name">شويجو</span></div>'
            '<nav class="article-pager">للمقال التالي</nav><div class="search-keys" hidden></div></div></body></html>')
    keys = page_keys_text(page).split()
    assert keys[0] == "⁂"
    assert "حكومه" in keys and "شويجو" in keys and "zqشجوzq" in keys
    assert "رييسيه" not in keys and "مقال" not in keys  # navigation is not read
    assert "نوعشخص" in keys  # Pagefind runs <dt> and <dd> together, and so do the keys


# --- the browser ------------------------------------------------------------------------------

@needs_browser
def test_python_and_javascript_keys_agree(browser, site_url):
    from generator.text import search_keys as sk

    expected = {
        "page": [sk.page_keys(w) for w in KEY_WORDS],
        "query": [sk.query_key(w) for w in KEY_WORDS],
        "skeleton": [sk.skeleton(sk.query_key(w)) for w in KEY_WORDS],
        "words": sk.words(KEY_TEXT),
        "block": sk.search_keys(KEY_TEXT, ["سيرغي شويغو", "شويجو", "Sergei Shoigu"]),
        "terms": sk.query_terms("وموسكو فالحكومة شويجو نيو ستارت"),
        "initials": [sk.query_terms(q) for q in INITIALS],
        "initials_block": sk.search_keys("", ["وكالة أ ف ب", "أ.ف.ب", "سي إن إن", "جو بايدن"]),
    }
    with new_page(browser) as page:
        page.goto(site_url + "/")
        actual = page.evaluate("""async (words) => {
            const { makeKeys } = await import('/assets/javascripts/search-keys.js');
            const k = makeKeys(await (await fetch('/assets/javascripts/search-keys.json')).json());
            return {
              page: words.map(k.pageKeys), query: words.map(k.queryKey),
              skeleton: words.map(w => k.skeleton(k.queryKey(w))),
              words: k.words(%s),
              block: k.searchKeys(%s, ["سيرغي شويغو", "شويجو", "Sergei Shoigu"]),
              terms: k.queryTerms("وموسكو فالحكومة شويجو نيو ستارت"),
              initials: %s.map(k.queryTerms),
              initials_block: k.searchKeys("", ["وكالة أ ف ب", "أ.ف.ب", "سي إن إن", "جو بايدن"]),
            }; }""" % (json.dumps(KEY_TEXT), json.dumps(KEY_TEXT), json.dumps(INITIALS, ensure_ascii=False)), KEY_WORDS)
    assert actual == expected


@needs_browser
@pytest.mark.parametrize("case", QUERIES, ids=[f"q{n:02d}" for n in range(1, len(QUERIES) + 1)])
def test_query(search_page, case):
    results = search(search_page, case["query"])
    urls = results["urls"]
    missing = [a for a in case.get("find", []) if not found(urls, a)]
    wrong = [a for a in case.get("not", []) if found(urls, a)]
    assert not missing and not wrong, f"{case['query']}: missing {missing}, wrongly found {wrong}; got {urls}"
    if case.get("first"):
        assert urls and urls[0] == "/" + case["first"], f"first result {urls[:1]}, expected {case['first']}"
    assert not search_page.errors


@needs_browser
def test_results_show_the_date_and_a_highlighted_excerpt_without_keys(search_page):
    results = search(search_page, "اوستن")
    [article] = [i for i in results["items"] if i["url"].startswith("/articles/")]
    assert "الجمعة 21 أكتوبر/تشرين الأول 2022" in article["info"]
    assert "<mark>أوستن</mark>" in article["html"]
    for item in results["items"]:
        assert "zq" not in item["html"] and "⁂" not in item["html"]
    entity = results["items"][0]
    assert entity["url"] == "/entities/person/lloyd-austin/" and "شخص" in entity["info"]
    results = search(search_page, "فالحكومة")
    [lebanon] = [i for i in results["items"] if "lebanon-cabinet" in i["url"]]
    assert "<mark>الحكومة</mark>" in lebanon["html"] or "<mark>الحكومة،</mark>" in lebanon["html"]
    [cairo] = [i for i in results["items"] if "shoigu-cairo" in i["url"]]
    assert "<mark>فالحكومة</mark>" in cairo["html"]
    assert "اليوم السابع" in cairo["info"]


def _kinds(urls: list[str]) -> str:
    """The results as a string of kinds: e (entity page), a (article)."""
    return "".join("e" if u.startswith("/entities/") else "a" for u in urls)


@needs_browser
def test_articles_come_before_registry_pages_unless_the_query_names_one(search_page):
    # روسيا names Russia: its page first, then every article that tells of Russia, and only
    # then the registry pages whose descriptions mention it (the embassy, Moscow, Putin …).
    urls = search(search_page, "روسيا")["urls"]
    assert urls[0] == "/entities/place/russia/"
    assert re.fullmatch(r"a{4,}e+", _kinds(urls[1:])), urls
    assert found(urls[1:5], "2022-10-21")  # the article that names Russia five times
    # موسكو is Moscow's name; "السفارة الأميركية في موسكو" only holds it, so it waits with the
    # other registry pages
    urls = search(search_page, "موسكو")["urls"]
    assert urls[0] == "/entities/place/moscow/" and re.fullmatch(r"a+e+", _kinds(urls[1:])), urls
    # half of the embassy's name is its name
    urls = search(search_page, "السفارة الأميركية")["urls"]
    assert urls[0] == "/entities/organization/us-embassy-in-moscow/" and _kinds(urls[1:])[0] == "a", urls
    # "وزير الدفاع" is no one's name: articles first, although the ministers' pages answer it
    urls = search(search_page, "وزير الدفاع")["urls"]
    assert re.fullmatch(r"a+e+", _kinds(urls)), urls
    assert "/entities/person/sergei-shoigu/" in urls


@needs_browser
def test_one_query_finds_pages_of_every_shard_in_one_ranked_list(search_page):
    """The articles of 2022, 2023 and 2024 and the entity pages are four Pagefind bundles here
    (search_root): the browser merges them into one list, articles first."""
    urls = search(search_page, "وزير الدفاع")["urls"]
    years = {u.split("/")[2] for u in urls if u.startswith("/articles/")}
    assert years == {"2022", "2023", "2024"}, urls
    assert found(urls, "2022-10-21") and found(urls, "shoigu-cairo") and found(urls, "belousov-defence")
    assert re.fullmatch(r"a+e+", _kinds(urls)) and "/entities/person/sergei-shoigu/" in urls, urls
    # A name only one shard holds is found there alone (search.js checks each shard's results)
    urls = search(search_page, "جورباتشوف")["urls"]
    assert found(urls, "gorbachev-death") and all("gorbachev" in u or u.startswith("/entities/") for u in urls), urls


@needs_browser
def test_entity_excerpts_hold_the_pages_text_not_its_headings(search_page):
    results = search(search_page, "روسيا")
    entities = [i for i in results["items"] if i["url"].startswith("/entities/")]
    assert len(entities) >= 5
    for item in entities:
        for heading in ("المقالات التي تذكره", "ظهر مع", "يظهر غالبًا مع", "الخط الزمني", "لا يذكره"):
            assert heading not in item["html"], (item["url"], item["html"])
    [russia] = [i for i in entities if i["url"] == "/entities/place/russia/"]
    assert "أكبر دول العالم مساحة" in russia["html"]


@needs_browser
def test_filters_narrow_the_results(search_page):
    results = search(search_page, "حكومة")
    assert found(results["urls"], "egypt-interest-rates") and found(results["urls"], "israel-judicial-plan")
    wait_for_facets(search_page, "حكومة")
    facets = search_page.eval_on_selector_all(
        "[data-archive-search-filters] .archive-search__chip", "els => els.map(e => [e.dataset.facet, e.dataset.value])")
    assert ["السنة", "2023"] in facets and ["المصدر", "الأهرام"] in facets
    search_page.click('.archive-search__chip[data-facet="المصدر"][data-value="الأهرام"]')
    search_page.wait_for_function(
        "() => document.querySelectorAll('[data-archive-search-results] li.md-search-result__item').length === 1")
    urls = search(search_page, "حكومة")["urls"]
    assert len(urls) == 1 and found(urls, "egypt-interest-rates")
    search_page.click('.archive-search__chip[data-facet="المصدر"][data-value="الأهرام"]')  # off again
    search_page.wait_for_function(
        "() => document.querySelectorAll('[data-archive-search-results] li.md-search-result__item').length > 1")
    search_page.click('.archive-search__chip[data-facet="السنة"][data-value="2023"]')
    search_page.wait_for_function(
        """() => [...document.querySelectorAll('[data-archive-search-results] li.md-search-result__item a')]
                  .every(a => decodeURI(a.href).includes('/2023/'))""")
    urls = search(search_page, "حكومة")["urls"]
    assert urls and all("/2023/" in u for u in urls)
    search_page.click('.archive-search__chip[data-facet="السنة"][data-value="2023"]')


@needs_browser
def test_a_search_by_filters_alone_lists_the_newest_articles_of_every_shard_first(browser, site_url):
    with new_page(browser) as page:
        page.goto(site_url + "/")
        search(page, "وزير")
        wait_for_facets(page, "وزير")
        page.click(".archive-search__chip[data-facet='الكيان'][data-value='سيرغي شويغو']")
        page.wait_for_function("() => document.querySelector('[data-archive-search]').dataset.archiveSearchState === 'done'")
        page.locator("[data-archive-search-input]").fill("")
        page.wait_for_function(
            """() => { const r = document.querySelector('[data-archive-search]');
                       return r.dataset.archiveSearchQuery === '' && r.dataset.archiveSearchState === 'done'; }""")
        urls = page.eval_on_selector_all("[data-archive-search-results] li.md-search-result__item a",
                                         "els => els.map(a => decodeURI(new URL(a.href).pathname))")
    dates = [u.split("/")[3][:10] for u in urls if u.startswith("/articles/")]
    assert len({d[:4] for d in dates}) >= 2, urls  # articles of several shards
    assert dates == sorted(dates, reverse=True), urls


@needs_browser
def test_close_spellings_of_a_long_search_are_looked_up_when_the_reader_gets_to_them(browser, site_url):
    """وزارة has ten exact results, a page: its close spellings (one more page) are looked up,
    and counted, only when the reader asks for more results."""
    with new_page(browser) as page:
        page.goto(site_url + "/")
        type_query(page, "وزارة")
        items = "[data-archive-search-results] li.md-search-result__item"
        exact = page.locator(items).count()
        assert exact == 10 and page.locator(".archive-search__item--close").count() == 0
        assert page.get_attribute("[data-archive-search]", "data-archive-search-total") == "10"
        assert page.locator("[data-archive-search-more]").is_visible()
        page.click("[data-archive-search-more]")
        page.wait_for_function(f"() => document.querySelectorAll('{items}').length > 10")
        assert page.locator(".archive-search__item--close").count() >= 1
        assert page.locator(".archive-search__divider").count() == 1
        total = int(page.get_attribute("[data-archive-search]", "data-archive-search-total"))
        assert total == page.locator(items).count() > 10
        assert str(total) in page.locator("[data-archive-search-status]").inner_text()


@needs_browser
def test_the_filter_index_loads_only_when_the_reader_asks_for_filters(browser, site_url):
    """It grows with the registry (428 kB for 5,000 entities): a search without filters does not
    fetch it; after the reader opens the filters once, every search shows them."""
    with new_page(browser) as page:
        fetched = []
        page.on("request", lambda request: fetched.append(request.url) if "/pagefind/filter/" in request.url else None)
        page.goto(site_url + "/")
        search(page, "حكومة")
        page.wait_for_load_state("networkidle")
        button = page.locator("[data-archive-search-filters-open]")
        assert fetched == [] and button.is_visible()
        assert page.locator("[data-archive-search-filters] .archive-search__chip").count() == 0
        button.click()
        wait_for_facets(page, "حكومة")
        assert fetched and not button.is_visible()
        assert page.locator("[data-archive-search-filters] .archive-search__chip").count() > 0
        search(page, "وزير")
        assert not button.is_visible()
        assert page.locator(".archive-search__chip[data-facet='الكيان'][data-value='سيرغي شويغو']").count() == 1


@needs_browser
def test_entity_filter_lists_articles_about_an_entity(browser, site_url):
    with new_page(browser) as page:
        page.goto(site_url + "/")
        results = search(page, "وزير")
        wait_for_facets(page, "وزير")
        chips = page.eval_on_selector_all(".archive-search__chip[data-facet='الكيان']", "els => els.map(e => e.dataset.value)")
        assert "سيرغي شويغو" in chips
        page.click(".archive-search__chip[data-facet='الكيان'][data-value='سيرغي شويغو']")
        page.wait_for_function(
            """() => [...document.querySelectorAll('[data-archive-search-results] li.md-search-result__item a')]
                      .every(a => !decodeURI(a.href).includes('2022-11-28'))""")
        urls = search(page, "وزير")["urls"]
        assert found(urls, "2022-10-21") and not found(urls, "2022-11-28")
        assert len(urls) < len(results["urls"])


@needs_browser
def test_keyboard_opens_closes_and_moves_through_results(browser, site_url):
    with new_page(browser) as page:
        page.goto(site_url + "/archive/")
        toggle = page.locator("#__search")
        for key in ["/", "s", "f"]:
            page.keyboard.press(key)
            assert toggle.is_checked()
            assert page.evaluate("document.activeElement.matches('[data-archive-search-input]')")
            page.keyboard.press("Escape")
            assert not toggle.is_checked()
        # the same key on an Arabic layout types س (code KeyS)
        page.evaluate("document.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'س', code: 'KeyS', bubbles: true}))")
        assert toggle.is_checked()
        page.keyboard.type("موسكو")
        page.wait_for_function("() => document.querySelector('[data-archive-search]').dataset.archiveSearchQuery === 'موسكو'")
        page.keyboard.press("ArrowDown")
        assert page.evaluate("document.activeElement.classList.contains('md-search-result__link')")
        href = page.evaluate("document.activeElement.href")
        page.keyboard.press("Enter")
        page.wait_for_url(href)
        assert page.locator("[data-archive-search]").count() == 1


def _pagefind_bytes(page, action) -> tuple[int, list[str]]:
    """Bytes of pagefind/ and search-keys files fetched while `action` runs (body sizes)."""
    fetched: list[tuple[str, int]] = []

    def on_finished(request):
        url = request.url
        if "/pagefind/" in url or "search-keys" in url:
            sizes = request.sizes()
            fetched.append((url, sizes["responseBodySize"]))

    page.on("requestfinished", on_finished)
    action()
    page.wait_for_timeout(300)
    page.remove_listener("requestfinished", on_finished)
    return sum(size for _, size in fetched), [url.rsplit("/", 1)[-1] for url, _ in fetched]


@needs_browser
def test_bytes_downloaded_for_a_first_and_a_further_search(browser, site_url, record_property):
    with new_page(browser) as page:
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(site_url + "/")
        first, first_files = _pagefind_bytes(page, lambda: search(page, "شويجو"))
        further, further_files = _pagefind_bytes(page, lambda: search(page, "الحكومة"))
        again, _ = _pagefind_bytes(page, lambda: search(page, "شويجو"))
    record_property("first_search_bytes", first)
    record_property("further_search_bytes", further)
    print(f"\nsearch bytes: first {first} ({len(first_files)} files: {first_files}); "
          f"further {further} ({len(further_files)} files: {further_files}); repeated {again}")
    assert "pagefind.js" in first_files and any(f.endswith(".pf_meta") for f in first_files)
    assert "pagefind-worker.js" not in first_files  # Pagefind runs in the page: 41 kB less
    assert not any("search_index.json" in u for u in requests)
    # the targets a reader's phone is held to (issue: 10,000 articles; bench/run.py measures there)
    assert first <= 300_000 and further <= 100_000
    assert further < first
    assert all(u.startswith(site_url) or u.startswith("data:") for u in requests), \
        [u for u in requests if not u.startswith(site_url)]


@needs_browser
def test_older_years_are_fetched_only_when_the_newest_do_not_fill_the_first_page(browser, site_url):
    """Opening the search loads the newest articles' shard and the entity pages' only; the older
    years come when a query needs them. Here the newest year (2024) has two articles, so every
    query with terms needs them: they are merged before its first results are ranked."""
    with new_page(browser) as page:
        fetched: list[str] = []
        page.on("request", lambda request: fetched.append(request.url.split("/pagefind/")[-1])
                if "/pagefind/" in request.url else None)
        page.goto(site_url + "/")
        page.keyboard.press("/")
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(300)
        metas = {f.split("/")[0] if "/" in f else "" for f in fetched if f.endswith(".pf_meta")}
        assert metas == {"", "entities"}, fetched
        urls = search(page, "وزير الدفاع")["urls"]
        metas = {f.split("/")[0] if "/" in f else "" for f in fetched if f.endswith(".pf_meta")}
        assert metas == {"", "entities", "articles-2023", "articles-2022"}, fetched
        assert {u.split("/")[2] for u in urls if u.startswith("/articles/")} == {"2022", "2023", "2024"}, urls


@needs_browser
def test_when_the_newest_shards_fill_the_first_page_more_results_bring_the_older_years_after_it(browser, site_url):
    """Here no query has a page of results in 2024 alone; shards.json is changed on its way to the
    browser so that the entity pages count as articles, as the newest years of a large archive
    would: روسيا has a page of results in the entity pages, 2024 and 2023 (merged as the next
    older shard), and 2022 is merged only when the reader asks for more."""
    with new_page(browser) as page:
        def newest_fill_a_page(route):
            listed = json.loads(route.fetch().text())
            listed["articles"].append("entities")
            route.fulfill(json=listed)

        page.route("**/pagefind/shards.json", newest_fill_a_page)
        fetched: list[str] = []
        page.on("request", lambda request: fetched.append(request.url) if request.url.endswith(".pf_meta") else None)
        page.goto(site_url + "/")
        type_query(page, "روسيا")
        items = "[data-archive-search-results] li.md-search-result__item"
        first = page.eval_on_selector_all(items + " a", "els => els.map(a => decodeURI(new URL(a.href).pathname))")
        assert len(first) == 10 and not any(u.startswith("/articles/2022/") for u in first), first
        assert "أحدث السنوات" in page.locator("[data-archive-search-status]").inner_text()
        assert not any("/articles-2022/" in u for u in fetched) and any("/articles-2023/" in u for u in fetched)
        urls = search(page, None)["urls"]  # every further page: the older years are merged
        assert urls[:10] == first and len(urls) > 10, urls
        assert {u.split("/")[2] for u in urls[10:] if u.startswith("/articles/")} >= {"2022"}, urls
        assert "أحدث السنوات" not in page.locator("[data-archive-search-status]").inner_text()
        assert not page.errors


@needs_browser
def test_search_works_under_a_strict_content_security_policy(browser, search_root):
    csp = ("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; "
           "style-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'self'; form-action 'self'")
    with serve(search_root / "site", csp=csp) as url, new_page(browser) as page:
        violations: list[str] = []
        page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
        page.goto(url + "/")
        results = search(page, "شويجو")
        assert found(results["urls"], "2022-10-21")
        ours = [v for v in violations if "search" in v or "pagefind" in v]
        assert not ours, ours


@needs_browser
def test_search_works_when_the_site_lives_under_a_sub_path(browser, search_root, tmp_path):
    parent = tmp_path / "host"
    parent.mkdir()
    (parent / "archive-ar").symlink_to(search_root / "site", target_is_directory=True)
    with serve(parent) as url, new_page(browser) as page:
        page.goto(url + "/archive-ar/entities/")
        results = search(page, "اسرائيل")
        assert results["urls"] and all(u.startswith("/archive-ar/") for u in results["urls"])
        assert any("israel-judicial-plan" in u for u in results["urls"])
