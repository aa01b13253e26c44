"""The whole site built from a copy of the repository: pages, titles, dates, archives, RTL."""
from __future__ import annotations

import posixpath
import re
from pathlib import Path

import frontmatter
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import REPO, copy_repository
from generator.render.pages import page_url, relative_url

SEED_PAGES = {
    # article key prefix -> (title, the date as pages show it)
    "2022-10-21-": ("أول اتصال بين وزيري دفاع أميركا وروسيا منذ مايو الماضي", "الجمعة 21 أكتوبر/تشرين الأول 2022"),
    "2022-11-28-": ("البنتاغون: الاستخدام الأخير لقنوات الاتصال بين واشنطن وموسكو كان مشجعاً",
                    "الاثنين 28 نوفمبر/تشرين الثاني 2022"),
}


def html(root: Path, url_path: str) -> str:
    return (root / "site" / url_path / "index.html").read_text(encoding="utf-8")


def article_page(root: Path, prefix: str) -> tuple[str, str]:
    [folder] = [p for p in (root / "site/articles/2022").iterdir() if p.name.startswith(prefix)]
    return folder.name, (folder / "index.html").read_text(encoding="utf-8")


def test_seeds_are_committed_content():
    files = sorted((REPO / "content/articles/2022").glob("*.md"))
    assert [f.name[:11] for f in files] == ["2022-10-21-", "2022-11-28-"]


def test_pages_are_arabic_and_right_to_left(built_site):
    for path in ["", "archive", "archive/2022", "archive/2022/10"]:
        page = html(built_site, path)
        assert re.search(r'<html[^>]*\blang="ar"', page), path
        assert re.search(r'<body[^>]*\bdir="rtl"', page), path


def test_home_lists_both_seed_articles_newest_first(built_site):
    page = html(built_site, "")
    positions = [page.index(title) for title, _ in SEED_PAGES.values()]
    assert positions[1] < positions[0]  # 2022-11-28 before 2022-10-21
    assert "أفادت وزارة الدفاع الأميركية" in page  # first lines of the newest article


@pytest.mark.parametrize("prefix", sorted(SEED_PAGES))
def test_article_page_has_title_date_meta_and_body(built_site, prefix):
    title, shown_date = SEED_PAGES[prefix]
    key, page = article_page(built_site, prefix)
    assert f"<title>{title}" in page
    assert shown_date in page
    assert f'href="../../../archive/2022/{prefix[5:7]}/"' in page


def test_article_page_shows_agencies_and_neighbours(built_site):
    older_key, older = article_page(built_site, "2022-10-21-")
    newer_key, newer = article_page(built_site, "2022-11-28-")
    assert "فرانس برس، الأناضول" in older
    assert "(Getty)" not in older and "+ الخط -" not in older
    assert f'href="../{newer_key}/" rel="next"' in older
    assert f'href="../{older_key}/" rel="prev"' in newer
    assert 'rel="next"' not in newer.split('article-pager')[1]


def test_archive_pages_by_year_and_month(built_site):
    index = html(built_site, "archive")
    assert 'href="2022/"' in index and 'href="2022/10/"' in index and 'href="2022/11/"' in index
    october = html(built_site, "archive/2022/10")
    assert SEED_PAGES["2022-10-21-"][0] in october and SEED_PAGES["2022-11-28-"][0] not in october
    year = html(built_site, "archive/2022")
    assert all(title in year for title, _ in SEED_PAGES.values())


def test_navigation_lists_sections_not_articles(built_site):
    newer_key, _ = article_page(built_site, "2022-11-28-")
    _, page = article_page(built_site, "2022-10-21-")
    # The newer article is linked once, from the pager: not from the tabs or the sidebar.
    assert page.count(newer_key) == 1
    tabs = re.search(r'<nav class="md-tabs".*?</nav>', page, re.S).group()
    assert all(section in tabs for section in ("الأرشيف", "الكيانات", "التسلسل الزمني"))


def test_nothing_is_fetched_from_elsewhere(built_site):
    for file in (built_site / "site").rglob("*.html"):
        text = file.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, file
        assert not re.search(r'<script[^>]+src="https?://', text), file
        assert not re.search(r'<link[^>]+rel="(?:stylesheet|preload|preconnect|modulepreload|icon)"[^>]+href="https?://', text), file


def test_generated_tree_is_plain_markdown_with_front_matter(built_site):
    docs = built_site / "build/docs"
    pages = list(docs.rglob("*.md"))
    assert pages
    for page in pages:
        post = frontmatter.load(page)
        assert post["title"], page


@given(st.lists(st.sampled_from(["a", "b", "مقال", "page-2", "2022"]), max_size=4),
       st.lists(st.sampled_from(["a", "b", "مقال", "page-2", "2022"]), max_size=4),
       st.booleans(), st.booleans())
def test_relative_links_are_the_ones_relpath_gives(here, there, here_index, there_index):
    def src(parts, index):
        return "/".join([*parts, "index.md"]) if index or not parts else "/".join(parts) + ".md"

    from_src, to_src = src(here, here_index), src(there, there_index)
    expected = posixpath.relpath(page_url(to_src) or ".", page_url(from_src) or ".")
    assert relative_url(from_src, to_src) == ("./" if expected == "." else expected + "/")
    assert relative_url(from_src, to_src, "x").endswith("/#x")


def test_a_rebuild_keeps_the_policy_of_pages_it_kept_and_secures_the_rest(tmp_path):
    """In a rebuild that reuses the previous site, pages MkDocs did not rewrite keep the policy
    they have; rewritten pages get theirs; a policy-like tag in a page's body does not count."""
    from generator.render.security import secure_site

    kept = '<html><head><meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="old"></head><body></body></html>'
    rewritten = '<html><head><meta charset="utf-8"></head><body><script>go()</script></body></html>'
    smuggled = ('<html><head><meta charset="utf-8"></head><body>'
                '<meta http-equiv="Content-Security-Policy" content="script-src *"></body></html>')
    for name, text in {"kept.html": kept, "rewritten.html": rewritten, "smuggled.html": smuggled}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert secure_site(tmp_path, "default-src 'self'; script-src 'self'", keep_existing=True) == 3
    assert (tmp_path / "kept.html").read_text(encoding="utf-8") == kept
    rewritten_now = (tmp_path / "rewritten.html").read_text(encoding="utf-8")
    assert "script-src 'self' 'sha256-" in rewritten_now.split("</head>")[0]
    head = (tmp_path / "smuggled.html").read_text(encoding="utf-8").split("</head>")[0]
    assert "Content-Security-Policy" in head and "script-src *" not in (tmp_path / "smuggled.html").read_text(encoding="utf-8")

    secure_site(tmp_path, "default-src 'none'")  # a full build: every page gets the policy again
    assert 'content="old"' not in (tmp_path / "kept.html").read_text(encoding="utf-8")


def test_the_site_fingerprint_covers_what_is_written_into_pages_after_mkdocs(tmp_path, monkeypatch):
    """A rebuild reuses the previous site's pages, search keys and policy included, only while the
    fingerprint is unchanged: the files behind those steps must exist and count in it."""
    from generator import pipeline

    package = Path(pipeline.__file__).resolve().parent.parent
    assert all((package / name).is_file() for name in pipeline.AFTER_MKDOCS)
    tables = tmp_path / "search_keys.yml"
    tables.write_text("sentinel: x\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "AFTER_MKDOCS", (*pipeline.AFTER_MKDOCS, str(tables)))
    before = pipeline.theme_fingerprint(REPO)
    tables.write_text("sentinel: y\n", encoding="utf-8")
    assert pipeline.theme_fingerprint(REPO) != before


def test_search_keys_come_from_the_generator_and_are_those_of_the_built_page(built_site):
    """The generator writes each indexed page's keys from the text it rendered; read back from
    the built page, as Pagefind reads it, the same keys come out."""
    import html as html_module

    from generator.render.search_index import KEYS_BLOCK_RE, page_keys_text

    pages = [p for p in (built_site / "site").rglob("*.html") if "data-pagefind-body" in p.read_text(encoding="utf-8")]
    assert len(pages) > 20
    for file in pages:
        page = file.read_text(encoding="utf-8")
        [block] = KEYS_BLOCK_RE.findall(page)
        assert block[1] == html_module.escape(page_keys_text(page), quote=False), file
        assert len(block[1].split()) > 3, file
    generated = next((built_site / "build/docs/articles/2022").glob("2022-10-21-*.md")).read_text(encoding="utf-8")
    assert re.search('<div class="search-keys" hidden data-pagefind-weight="0.5" data-search-digest="[0-9a-f]{32}">⁂ ',
                     generated)


def test_every_page_gets_one_policy_in_its_head_as_it_is_written(built_site):
    from generator.render.security import inline_script_hashes

    pages = sorted((built_site / "site").rglob("*.html"))
    assert "404.html" in {p.name for p in pages} and len(pages) > 50
    for file in pages:
        page = file.read_text(encoding="utf-8")
        head = page.split("</head>")[0]
        assert page.count('http-equiv="Content-Security-Policy"') == 1 and "Content-Security-Policy" in head, file
        policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', head).group(1)
        assert all(digest in policy for digest in inline_script_hashes(page)), file


def test_search_keys_are_computed_once_per_page_text_and_kept_between_builds(tmp_path, monkeypatch):
    from generator import pipeline
    from generator.render import search_index

    root = copy_repository(tmp_path / "repo")
    computed: list[str] = []
    real = search_index._read_regions
    monkeypatch.setattr(search_index, "_read_regions", lambda text: computed.append(text) or real(text))

    def generate_in_a_new_process():
        search_index._keys_memo.clear()
        search_index._keys_used.clear()
        search_index._keys_loaded.clear()
        computed.clear()
        return pipeline.generate(root)

    first = generate_in_a_new_process()
    indexed = [name for name, data in first.files.items() if search_index.SEARCH_DATA.encode() in data]
    assert len(computed) == len(indexed) > 20
    assert generate_in_a_new_process().files == first.files and computed == []  # from build/cache
    [article] = (root / "content/articles/2022").glob("2022-10-21-*.md")
    article.write_text(article.read_text(encoding="utf-8").replace("أول اتصال", "أول اتصال مباشر", 1), encoding="utf-8")
    changed = generate_in_a_new_process()
    assert 1 <= len(computed) < len(indexed)  # the article's page (and any page showing its title)
    assert [name for name in indexed if changed.files[name] != first.files[name]]
    monkeypatch.setattr(search_index, "_keys_fingerprint", lambda: "other rules")
    generate_in_a_new_process()
    assert len(computed) == len(indexed)  # other key rules: every page's keys again
