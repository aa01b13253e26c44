"""Names shared by Python, the templates and search.js (generator/render/search_contract.py), and the
words the theme overrides keep for themselves (site_config/strings.yml, section theme)."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import material
import yaml

from generator.render import search_contract as contract
from generator.render.search_index import KEYS_BLOCK_RE, SEARCH_DATA, _RegionText, with_search_keys

REPO = Path(__file__).resolve().parents[1]
TEMPLATES = REPO / "site_config/templates"
OVERRIDES = REPO / "site_config/overrides"
SEARCH_JS = (REPO / "site_config/assets/javascripts/search.js").read_text(encoding="utf-8")
SEARCH_J2 = (TEMPLATES / "_search.j2").read_text(encoding="utf-8")
MAIN_HTML = (OVERRIDES / "main.html").read_text(encoding="utf-8")
STRINGS = yaml.safe_load((REPO / "site_config/strings.yml").read_text(encoding="utf-8"))


def _without_comments(template: str) -> str:
    return re.sub(r"\{#.*?#\}", "", template, flags=re.S)


def test_search_data_blocks_are_written_where_main_html_and_the_build_look():
    search_j2 = _without_comments(SEARCH_J2)
    assert f'class="{contract.SEARCH_DATA_CLASS}"' in search_j2
    assert f'class="{contract.SEARCH_NAME_CLASS}"' in search_j2
    # main.html indexes a page when its content has a search-data block; the generator ends such a
    # page with the keys block, which the build reads back by the same class.
    assert f"'class=\"{contract.SEARCH_DATA_CLASS}\"' in page.content" in MAIN_HTML
    assert SEARCH_DATA == f'class="{contract.SEARCH_DATA_CLASS}"'
    keys_block = with_search_keys(f'<div {SEARCH_DATA} hidden></div>\n<p>نص المقال</p>\n')
    assert f'<div class="{contract.SEARCH_KEYS_CLASS}"' in keys_block
    assert KEYS_BLOCK_RE.search(keys_block).group(2)


def test_the_build_reads_names_and_skips_keys_by_the_contract_classes():
    parser = _RegionText()
    parser.feed(f'<div data-pagefind-body><p>نص المقال</p><span class="{contract.SEARCH_NAME_CLASS}">شويغو</span>'
                f'<div class="{contract.SEARCH_KEYS_CLASS}">مفاتيح قديمة</div>'
                + "".join(f'<div class="{name}">محذوف</div>' for name in contract.EXCLUDED_CLASSES) + "</div>")
    parser.close()
    assert parser.names == ["شويغو"]
    assert "نص المقال" in parser.regions[0]
    assert "مفاتيح" not in parser.regions[0] and "محذوف" not in parser.regions[0]


def test_metadata_sort_and_kinds_are_the_same_in_the_template_and_search_js():
    written = re.findall(r'data-pagefind-meta="(\w+)"', SEARCH_J2)
    assert set(written) == set(contract.METADATA)
    unsearched = re.search(r"const UNSEARCHED_META = \[([^\]]*)\]", SEARCH_JS).group(1)
    assert re.findall(r'"(\w+)"', unsearched) == list(contract.METADATA)
    assert set(re.findall(r"meta\.(\w+)", SEARCH_JS)) - {"title"} <= set(contract.METADATA)  # title: Pagefind's own
    kinds = re.findall(r'data-pagefind-meta="kind">(\w+)<', SEARCH_J2)
    assert sorted(kinds) == sorted(contract.RESULT_KINDS)
    assert set(re.findall(r'meta\.kind === "(\w+)"', SEARCH_JS)) <= set(contract.RESULT_KINDS)
    assert set(re.findall(r'data-pagefind-sort="(\w+)"', SEARCH_J2)) == {contract.SORT}
    assert set(re.findall(r"sort: \{ (\w+):", SEARCH_JS)) == {contract.SORT}


def test_facets_are_named_in_strings_yml_for_both_the_template_and_search_js():
    facets = set(STRINGS["search"]["facets"])
    in_template = set(re.findall(r"ui\.search\.facets\.(\w+)", SEARCH_J2))
    in_script = set(re.findall(r"FACET\.(\w+)", SEARCH_JS))
    assert in_template == in_script == facets


def test_search_js_loads_the_index_and_tables_where_the_build_writes_them():
    assert f'"{contract.OUTPUT_SUBDIR}/"' in SEARCH_JS and '"pagefind.js"' in SEARCH_JS
    assert f'"{contract.SHARD_LIST}"' in SEARCH_JS
    assert f'const SHARD_FILTER = "{contract.SHARD_FILTER}";' in SEARCH_JS
    assert f'"{contract.TABLES_JSON}"' in SEARCH_JS


def _classes(text: str) -> set[str]:
    return {name for value in re.findall(r'class="([^"]*)"', text) for name in value.split()}


def test_every_excluded_class_is_one_the_pages_use():
    """An excluded class no template writes (misspelt, or renamed in a template) excludes nothing."""
    written = set()
    for folder in (TEMPLATES, OVERRIDES, Path(material.__file__).parent / "templates"):
        for file in folder.rglob("*.*"):
            if file.suffix in {".j2", ".html"}:
                written |= _classes(file.read_text(encoding="utf-8"))
    for file in (REPO / "generator/render").glob("*.py"):
        written |= _classes(file.read_text(encoding="utf-8"))
    assert set(contract.EXCLUDED_CLASSES) <= written


class _ArabicTexts(HTMLParser):
    """The Arabic texts of a theme template: text between tags and readable attributes."""

    ARABIC = re.compile(r"[\u0600-\u06ff]")

    def __init__(self):
        super().__init__()
        self.texts = []

    def handle_starttag(self, tag, attrs):
        self.texts += [value.strip() for _, value in attrs if value and self.ARABIC.search(value)]

    def handle_data(self, data):
        if self.ARABIC.search(data):
            self.texts.append(" ".join(data.split()))


def _leaves(table) -> set[str]:
    if isinstance(table, dict):
        return {text for value in table.values() for text in _leaves(value)}
    return {table} if isinstance(table, str) else set()


def test_every_word_of_the_theme_overrides_is_an_entry_of_strings_yml():
    """MkDocs renders the overrides without the generator, so they keep copies of their words;
    the table stays the one place a translator looks."""
    entries = _leaves(STRINGS)
    found = {}
    for file in sorted(OVERRIDES.rglob("*.html")):
        parser = _ArabicTexts()
        parser.feed(re.sub(r"\{#.*?#\}|\{\{.*?\}\}|\{%.*?%\}", "", file.read_text(encoding="utf-8"), flags=re.S))
        found[file.relative_to(OVERRIDES).as_posix()] = parser.texts
    assert found["404.html"] and found["partials/copyright.html"] and found["partials/archive-search.html"]
    missing = {name: [text for text in texts if text not in entries] for name, texts in found.items()}
    assert not any(missing.values()), missing


def test_every_theme_entry_is_used_by_an_override():
    overrides = "".join(file.read_text(encoding="utf-8") for file in OVERRIDES.rglob("*.html"))
    assert [key for key, text in STRINGS["theme"].items() if text not in overrides] == []
