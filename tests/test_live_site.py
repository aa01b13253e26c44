"""The preview's MkDocs, in its own process, builds only what a save changed, and the site it
serves is byte for byte what a clean `mkdocs build` makes of the same docs tree."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from mkdocs.structure.files import File, get_files

from conftest import copy_repository, tree
from generator.config import PREVIEW_VARIABLE
from generator.live_server import POLL_PATH, LiveServer, Versions, site_file
from generator.live_site import LiveSite
from generator.serve import ERRORS_FILE, SITE_DIR, Preview
from test_incremental import (_article, _replace, add_article, add_article_dated_in_a_new_year, delete_article,
                              edit_description, edit_template)

SERVED_AT = "http://127.0.0.1:8123/"


def clean_site(root: Path) -> dict[str, bytes]:
    """What `mkdocs build` makes of root's docs folder, with the preview's address and errors file."""
    out = root.parent / "clean-site"
    env = {**os.environ, "SITE_URL": SERVED_AT, PREVIEW_VARIABLE: str(root / ERRORS_FILE), "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--clean", "--site-dir", str(out)],
                   cwd=root, env=env, check=True, capture_output=True)
    return tree(out)


@pytest.fixture
def preview(tmp_path, monkeypatch):
    root = copy_repository(tmp_path / "repo")
    monkeypatch.setenv(PREVIEW_VARIABLE, str(root / ERRORS_FILE))
    preview = Preview(root, LiveSite(root, root / SITE_DIR, SERVED_AT))
    assert preview.regenerate()
    yield preview
    preview.close()


def modified(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}


def test_an_edited_article_rebuilds_its_pages_only_and_they_equal_a_clean_build(preview):
    root, site, docs = preview.root, preview.root / SITE_DIR, preview.root / "build/docs"
    assert tree(site) == clean_site(root)
    before, docs_before = modified(site), modified(docs)
    shown = preview.versions.current
    article = _article(root, "2022-10-21")
    _replace(article, "أول اتصال", "أول اتصال هاتفي")
    assert preview.regenerate()
    after, docs_after = modified(site), modified(docs)
    rewritten = {path for path in after if after[path] != before.get(path)}
    written = {File(rel, str(docs), str(site), True).dest_uri for rel in docs_after
               if docs_after[rel] != docs_before.get(rel)}
    page = f"articles/2022/{article.stem}/index.html"
    assert page in rewritten and "أول اتصال هاتفي" in (site / page).read_text(encoding="utf-8")
    assert "index.html" in rewritten  # the home page lists it: a page of the navigation
    # What the generator wrote, the theme's page that shows the navigation, and the errors
    # (none), nothing else: every other page of the site is as the first build left it.
    assert rewritten == written | {"404.html", "preview-errors.json"}
    # an entity the article does not name keeps its page (Cairo is named only by the other seed)
    assert after.keys() == before.keys() and "entities/place/cairo/index.html" not in rewritten
    assert tree(site) == clean_site(root)
    assert preview.versions.of(page) > shown  # browsers on the page reload
    assert preview.versions.of("entities/index.html") <= shown  # not on others


@pytest.mark.parametrize("edit", [add_article, delete_article, edit_description, edit_template],
                         ids=lambda edit: edit.__name__)
def test_pages_that_come_go_or_change_their_look_equal_a_clean_build(preview, edit):
    root = preview.root
    edit(root)
    assert preview.regenerate()
    assert tree(root / SITE_DIR) == clean_site(root)


def test_a_new_article_is_served_before_the_feeds_and_the_open_data_are_made(preview, monkeypatch):
    """The added article's page is built and the server told (browsers reload it) before the
    archive-wide files are made; the same save then brings them and the sitemap up to date."""
    import generator.pipeline as pipeline

    root, site = preview.root, preview.root / SITE_DIR
    happened = []
    made = pipeline.open_data_parts, pipeline.feed_arguments
    monkeypatch.setattr(pipeline, "open_data_parts", lambda *a: happened.append("open data") or made[0](*a))
    monkeypatch.setattr(pipeline, "feed_arguments", lambda *a: happened.append("feeds") or made[1](*a))
    changed = preview.versions.changed
    monkeypatch.setattr(preview.versions, "changed", lambda paths: happened.append(set(paths)) or changed(paths))
    add_article(root)
    assert preview.regenerate()
    served = next(number for number, event in enumerate(happened) if isinstance(event, set)
                  and any(path.startswith("articles/2022/2022-12-01-") for path in event))  # its page
    assert served < happened.index("feeds") < happened.index("open data")
    later = set().union(*(event for event in happened[served + 1:] if isinstance(event, set)))
    assert "sitemap.xml" in later and "api/articles.json" in later
    assert tree(site) == clean_site(root)


def test_a_saved_article_is_served_before_the_listings_and_charts_it_changes(preview, monkeypatch):
    """An article of a new year redraws the year's listings and every entity type's chart rows:
    the saved article's page alone is built and served first, the others later in the same save."""
    root, site = preview.root, preview.root / SITE_DIR
    happened = []
    changed = preview.versions.changed
    monkeypatch.setattr(preview.versions, "changed", lambda paths: happened.append(set(paths)) or changed(paths))
    add_article_dated_in_a_new_year(root)
    assert preview.regenerate(changed={root / "content/articles/2023/2023-01-05-new-year.md"})
    first, *later = happened
    [page] = first
    assert page.startswith("articles/2023/2023-01-05-") and page.endswith("/index.html")
    later = set().union(*later)
    assert {"archive/2023/index.html", "entities/person/index.html", "sitemap.xml"} <= later
    assert tree(site) == clean_site(root)


def listed(site: LiveSite) -> list[str]:
    """The files, in their order, that a listing of the docs folder gives (as a full build lists them)."""
    files = get_files(site.config)
    files.add_files_from_theme(site.env, site.config)
    return [file.src_uri for file in site.config.plugins.on_files(files, config=site.config)]


def test_files_that_come_or_go_outside_the_navigation_are_put_where_a_listing_puts_them(preview):
    """A file the navigation does not name, added or removed alone (no page of the navigation
    written): the collection is the one a listing makes, in its order, and the site (its
    sitemap) a clean build's."""
    root, site = preview.root, preview.site
    docs = root / "build/docs"
    added = ["entities/0-first.md", "entities/person/zz-last.md", "notes/extra.md"]
    for rel in added:
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text("# صفحة مضافة\n\nنص قصير.\n", encoding="utf-8")
    changed = site.update(added, [])
    assert {"entities/0-first/index.html", "notes/extra/index.html", "sitemap.xml"} <= set(changed)
    assert [file.src_uri for file in site.files] == listed(site)
    assert tree(root / SITE_DIR) == clean_site(root)
    for rel in added[:2]:
        (docs / rel).unlink()
    site.update([], added[:2])
    assert [file.src_uri for file in site.files] == listed(site)
    assert tree(root / SITE_DIR) == clean_site(root)


def test_a_save_with_an_error_keeps_the_pages_and_shows_the_errors_on_every_page(preview):
    root, site = preview.root, preview.root / SITE_DIR
    article = _article(root, "2022-10-21")
    good = article.read_text(encoding="utf-8")
    pages = tree(site)
    shown = preview.versions.current
    article.write_text(good.replace("date: 2022-10-21", "date: 2022-13-45", 1), encoding="utf-8")
    assert not preview.regenerate()
    assert article.name in (site / "preview-errors.json").read_text(encoding="utf-8")
    assert {k: v for k, v in tree(site).items() if k != "preview-errors.json"} == \
        {k: v for k, v in pages.items() if k != "preview-errors.json"}
    assert preview.versions.of("entities/index.html") > shown  # every open page reloads to show them
    article.write_text(good, encoding="utf-8")
    assert preview.regenerate()
    assert (site / "preview-errors.json").read_text(encoding="utf-8") == '{"errors": []}'
    assert tree(site) == clean_site(root)


def test_a_page_reloads_when_it_changed_not_when_another_did():
    versions = Versions()
    first = versions.current
    versions.changed(["articles/2022/a/index.html"])
    assert versions.of("articles/2022/a/index.html") > first
    assert versions.of("articles/2022/b/index.html") == first
    assert versions.wait_for_change("articles/2022/a/index.html", first, timeout=0) == versions.current
    versions.changed_all()
    assert versions.of("articles/2022/b/index.html") == versions.current


def test_urls_name_files_of_the_site_and_never_outside_it():
    quoted = urllib.parse.quote("/articles/2022/2022-10-21-أول/")
    assert site_file(quoted, "/") == "articles/2022/2022-10-21-أول/index.html"
    assert site_file("/", "/") == "index.html"
    assert site_file("/sub/x.css", "/sub/") == "x.css"
    assert site_file("/x.css", "/sub/") is None
    assert site_file("/../../etc/passwd", "/") == "etc/passwd"  # normalised inside the site


def test_the_server_serves_pages_with_live_reload_and_a_not_found_page(tmp_path):
    site = tmp_path / "site"
    (site / "articles/2022/أول").mkdir(parents=True)
    (site / "articles/2022/أول/index.html").write_text("<html><body><p>نص</p></body></html>", encoding="utf-8")
    (site / "404.html").write_text("<html><body>ليست هنا</body></html>", encoding="utf-8")
    server = LiveServer("127.0.0.1", 0, site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        page_path = urllib.parse.quote("/articles/2022/أول/")
        with urllib.request.urlopen(base + page_path) as response:
            page = response.read().decode("utf-8")
        assert "<p>نص</p>" in page and POLL_PATH in page and page.endswith("</body></html>")
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(base + "/nothing/")
        assert missing.value.code == 404 and "ليست هنا" in missing.value.read().decode("utf-8")
        since = server.versions.current
        server.versions.changed(["articles/2022/أول/index.html"])
        query = urllib.parse.urlencode({"since": since, "page": page_path})
        with urllib.request.urlopen(f"{base}{POLL_PATH}?{query}") as response:
            assert int(response.read()) == server.versions.current > since
    finally:
        server.shutdown()
        server.server_close()
