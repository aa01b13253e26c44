"""End to end in headless Chromium (Debian's package) against the repository's own site,
served on localhost with the pages' own Content-Security-Policy in force."""
from __future__ import annotations

import pytest

from test_search import CHROMIUM, CHROMIUM_ARGS, new_page, search, serve

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="no /usr/bin/chromium (make test installs Debian's chromium)")

PAGES = ["", "archive/", "archive/2022/", "archive/2022/10/", "entities/", "entities/person/",
         "entities/person/sergei-shoigu/", "entities/agreement/new-start/", "chronology/", "chronology/2022/",
         "chronology/person/"]


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
