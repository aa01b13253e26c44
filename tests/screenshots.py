"""Screenshots of the built seeds site for a reviewer to look at (make screenshots).

The home page, an article, an entity page with its chart, the chronology and the type index,
at desktop (1280) and phone (390) widths, in light and dark, as PNG files in build/screenshots/
(not committed). Builds the site first when site/ is missing.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_search import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "build" / "screenshots"
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
SCHEMES = ("default", "slate")


def pages(site: Path) -> dict[str, str]:
    article = sorted((site / "articles/2022").iterdir())[0].name
    return {"home": "", "article": f"articles/2022/{article}/", "entity": "entities/place/moscow/",
            "chronology": "chronology/", "entities": "entities/person/", "not-found": "404.html"}


def set_scheme(page, scheme: str) -> None:
    """Material's palette, as its toggle sets it."""
    page.evaluate("scheme => document.body.setAttribute('data-md-color-scheme', scheme)", scheme)


def main() -> int:
    from playwright.sync_api import sync_playwright

    site = REPO / "site"
    if not (site / "index.html").exists():
        from generator.pipeline import build_site
        build_site(REPO)
    OUT.mkdir(parents=True, exist_ok=True)
    with serve(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        for width_name, (width, height) in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1)
            page = context.new_page()
            for name, path in pages(site).items():
                page.goto(f"{url}/{path}")
                page.wait_for_load_state("networkidle")
                for scheme in SCHEMES:
                    set_scheme(page, scheme)
                    file = OUT / f"{name}-{width_name}-{'dark' if scheme == 'slate' else 'light'}.png"
                    page.screenshot(path=str(file), full_page=True)
                    print(file.relative_to(REPO))
            context.close()
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
