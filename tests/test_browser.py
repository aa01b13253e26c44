"""End to end in headless Chromium (Debian's package) against the repository's own site,
served on localhost with the pages' own Content-Security-Policy in force."""
from __future__ import annotations

import pytest

from test_search import CHROMIUM, CHROMIUM_ARGS, new_page, search, serve, type_query

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="no /usr/bin/chromium (make test installs Debian's chromium)")

PAGES = ["", "archive/", "archive/2022/", "archive/2022/10/", "entities/", "entities/person/",
         "entities/person/sergei-shoigu/", "entities/agreement/new-start/", "chronology/", "chronology/2022/",
         "chronology/person/", "404.html"]


@pytest.fixture(scope="module")
def browser():
    from playwright import sync_api

    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


@pytest.fixture(scope="module")
def site(built_site):
    with serve(built_site / "site") as url:
        yield url


def article_paths(built_site) -> list[str]:
    return sorted(f"articles/2022/{p.name}/" for p in (built_site / "site/articles/2022").iterdir())


def visit(page, url: str) -> list[str]:
    """Open a page; return the console errors (CSP violations included) and script errors."""
    problems: list[str] = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return problems


def test_pages_are_right_to_left_and_log_no_script_error(browser, site, built_site):
    for path in PAGES + article_paths(built_site):
        with new_page(browser) as page:
            problems = visit(page, f"{site}/{path}")
            assert problems == [], path
            assert page.evaluate("getComputedStyle(document.body).direction") == "rtl", path
            assert page.evaluate("document.documentElement.lang") == "ar", path


def test_content_security_policy_is_set_and_respected(browser, site, built_site):
    html = (built_site / "site/index.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="Content-Security-Policy"' in html
    with new_page(browser) as page:
        page.goto(f"{site}/")
        # An inline script injected now is blocked by the page's policy.
        blocked = page.evaluate("""() => new Promise(resolve => {
            document.addEventListener('securitypolicyviolation', e => resolve(e.violatedDirective));
            const s = document.createElement('script'); s.textContent = 'window.__ran = 1'; document.body.append(s);
            setTimeout(() => resolve(window.__ran ? 'ran' : 'nothing'), 1000); })""")
        assert blocked.startswith("script-src")


def test_clicking_an_entity_link_opens_its_page(browser, site, built_site):
    older = article_paths(built_site)[0]
    with new_page(browser) as page:
        page.goto(f"{site}/{older}")
        page.click(".article-body a.entity-link >> text=سيرغي شويغو")
        page.wait_for_url("**/entities/person/sergei-shoigu/")
        assert page.locator("h1").inner_text() == "سيرغي شويغو"
        assert page.locator("mark", has_text="سيرغي شويغو").count() >= 1


def test_chronology_renders_the_timeline(browser, site):
    with new_page(browser) as page:
        page.goto(f"{site}/chronology/")
        events = page.locator(".timeline__event")
        assert events.count() >= 6
        assert events.first.is_visible()
        # The dot of the timeline is drawn by our CSS, on the start (right) side.
        dot = page.evaluate("""() => { const e = document.querySelector('.timeline__event');
            const s = getComputedStyle(e, '::before'); return [s.content, s.borderRadius]; }""")
        assert dot[0] in ('""', "''") and dot[1] == "50%"
        page.click(".chronology-filters a >> text=الأشخاص")
        page.wait_for_url("**/chronology/person/")
        assert page.locator(".timeline__event").count() >= 1


def test_search_for_another_spelling_finds_the_article(browser, site):
    with new_page(browser) as page:
        page.goto(f"{site}/")
        results = search(page, "شويجو")
        assert results["urls"][0] == "/entities/person/sergei-shoigu/"
        assert any(url.startswith("/articles/2022/2022-10-21-") for url in results["urls"])
        assert page.errors == []


# --- Contrast in both palettes ----------------------------------------------------------
# Every visible text: its colour over its background (the element's and its ancestors',
# composed with their transparency), as WCAG 2 computes contrast. Material's palette is the
# body's data-md-color-scheme, which its toggle sets.
CONTRAST_JS = """() => {
  const parse = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
    const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
  const over = (top, bottom) => { const a = top[3]; return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]); };
  const lum = (c) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
  const background = (el) => { const layers = [];
    for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; } }
    let bg = [255, 255, 255, 1]; for (const layer of layers.reverse()) bg = over(layer, bg); return bg; };
  const failures = []; let checked = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement; const text = node.textContent.trim();
    if (!text || !el || el.closest("script, style, svg, [hidden]")) continue;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const rect = el.getBoundingClientRect(); if (rect.width < 1 || rect.height < 1) continue;
    const bg = background(el); const fg = over(parse(getComputedStyle(el).color), bg);
    const [a, b] = [lum(fg), lum(bg)]; const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    checked++;
    if (ratio < 4.5) failures.push(`${ratio.toFixed(2)} ${el.tagName}.${el.className} «${text.slice(0, 30)}» ${getComputedStyle(el).color} on ${bg.map(Math.round)}`);
  }
  return { checked, failures };
}"""


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
@pytest.mark.parametrize("scheme", ["default", "slate"], ids=["light", "dark"])
def test_every_text_has_contrast_of_at_least_4_5_in_both_palettes(browser, site, built_site, width, scheme):
    paths = ["", article_paths(built_site)[0], "entities/place/moscow/", "entities/person/", "chronology/", "archive/",
             "archive/2022/10/", "404.html"]
    with new_page(browser) as page:
        page.set_viewport_size({"width": width, "height": 900})
        for path in paths:
            page.goto(f"{site}/{path}")
            page.wait_for_load_state("networkidle")
            # Final colours at once: no transition or animation half-way when the colours are read.
            page.add_style_tag(content="*, *::before, *::after { transition: none !important; animation: none !important; }")
            page.evaluate("scheme => document.body.setAttribute('data-md-color-scheme', scheme)", scheme)
            result = page.evaluate(CONTRAST_JS)
            assert result["checked"] > 10, path
            assert result["failures"] == [], path
        # The search's results: titles, entity badges, dates, highlighted words, the filters.
        type_query(page, "موسكو")
        page.locator("[data-archive-search-filters-open]").click()
        page.wait_for_function("() => document.querySelector('.archive-search__chip')")
        page.wait_for_load_state("networkidle")  # every result drawn (a busy machine draws them late)
        # Under the pointer, as a reader sees a result before choosing it (Material tints it).
        page.locator(".archive-search__item--entity .md-search-result__link").first.hover()
        result = page.evaluate(CONTRAST_JS)
        assert page.locator(".archive-search__item--entity").count() >= 1
        assert result["failures"] == [], "search"


def test_dark_mode_changes_our_muted_colour(browser, site):
    """The colour of dates and labels follows the palette (it stayed the light one: 1.19:1)."""
    with new_page(browser) as page:
        page.goto(f"{site}/")
        date = page.locator(".article-item__meta").first
        light = date.evaluate("e => getComputedStyle(e).color")
        page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
        assert date.evaluate("e => getComputedStyle(e).color") != light


# --- Direction --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def latin_first_site(tmp_path_factory):
    """The seeds plus an Arabic article whose first word, and a later name and time, are Latin."""
    from conftest import copy_repository
    from generator.pipeline import build_site

    root = copy_repository(tmp_path_factory.mktemp("latin") / "repo")
    (root / "content/articles/2023").mkdir(parents=True, exist_ok=True)
    (root / "content/articles/2023/2023-03-01-nato.md").write_text(
        "---\ntitle: NATO يعقد اجتماعا في بروكسل\ndate: 2023-03-01\nlang: ar\nformat: text\n---\n"
        "NATO عقد اجتماعا طارئا اليوم الأربعاء في بروكسل، وقال Jens Stoltenberg إن الاجتماع بدأ عند 09:15 PM "
        "بتوقيت بروكسل واستمر ثلاث ساعات.\n", encoding="utf-8")
    build_site(root)
    [folder] = (root / "site/articles/2023").iterdir()
    with serve(root / "site") as url:
        yield f"{url}/articles/2023/{folder.name}/"


def test_an_article_whose_first_word_is_latin_stays_right_to_left(browser, latin_first_site):
    with new_page(browser) as page:
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(latin_first_site)
        body = page.locator(".article-body")
        assert body.evaluate("e => getComputedStyle(e).direction") == "rtl"
        paragraph = body.locator("p").first
        first = paragraph.locator("bdi").first
        assert first.inner_text() == "NATO"
        # The first word starts the line on the right, as the first word of an Arabic paragraph does.
        p_box, word_box = paragraph.bounding_box(), first.bounding_box()
        assert abs((p_box["x"] + p_box["width"]) - (word_box["x"] + word_box["width"])) < 2
        assert [b.inner_text() for b in paragraph.locator("bdi").all()] == ["NATO", "Jens Stoltenberg", "09:15 PM"]
        # The title too: right to left, its Latin word isolated.
        assert page.locator("h1").evaluate("e => getComputedStyle(e).direction") == "rtl"


def test_not_found_page_opens_the_search_and_links_the_sections(browser, site):
    with new_page(browser) as page:
        page.goto(f"{site}/404.html")
        assert page.locator("h1").inner_text() == "الصفحة غير موجودة"
        page.click(".archive-404__search")
        assert page.evaluate("document.getElementById('__search').checked")
        page.locator("[data-archive-search-input]").fill("موسكو")
        page.wait_for_function("() => document.querySelector('[data-archive-search]').dataset.archiveSearchState === 'done'"
                               " && document.querySelector('[data-archive-search]').dataset.archiveSearchQuery === 'موسكو'")
        assert page.locator("[data-archive-search-results] a").count() >= 1
        page.keyboard.press("Escape")
        page.click(".archive-404__sections a >> text=التسلسل الزمني")
        page.wait_for_url("**/chronology/")


def test_an_entity_table_fits_a_phone(browser, site):
    """Issue: on phones numbers ran into names, names broke mid-word and a date took four lines.
    At 390 px the type index is a card per entity: nothing wider than the screen, every date
    and number on one line, no name broken inside a word."""
    with new_page(browser) as page:
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(f"{site}/entities/person/")
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")
        one_line = page.evaluate("""() => [...document.querySelectorAll(
            '.entity-table__date time, .entity-table tbody .entity-table__number')].map(e => {
              const r = e.getClientRects(); return r.length; })""")
        assert one_line and all(lines == 1 for lines in one_line), one_line
        names = page.evaluate("""() => [...document.querySelectorAll('.entity-table__name a')].map(a => {
              const words = a.textContent.trim().split(/\\s+/).length;
              return [a.getClientRects().length, words]; })""")
        assert names and all(lines <= words for lines, words in names), names  # breaks only between words


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_every_row_of_an_entity_table_shows_its_sparkline(browser, site, width):
    """On a phone's card the sparkline once shrank to nothing beside its label."""
    with new_page(browser) as page:
        page.set_viewport_size({"width": width, "height": 844})
        page.goto(f"{site}/entities/person/")
        page.wait_for_load_state("networkidle")
        sizes = page.evaluate("""() => [...document.querySelectorAll('.entity-table__trend svg.sparkline')].map(
            svg => { const r = svg.getBoundingClientRect(); return [r.width, r.height]; })""")
        assert sizes and all(w >= 60 and h >= 15 for w, h in sizes), sizes
