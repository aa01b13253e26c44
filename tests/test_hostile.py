"""Hostile contributions (tests/fixtures/hostile): the site builds or the error is clear, and the
built HTML carries none of the payloads in executable form."""
from __future__ import annotations

import html
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import FIXTURES, copy_repository
from generator.pipeline import BuildFailed, build_site, generate

HOSTILE = FIXTURES / "hostile"
FORBIDDEN_TAGS = {"iframe", "object", "embed", "form", "base", "frame", "frameset", "applet"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "poster", "srcset"}
BAD_SCHEMES = re.compile(r"^\s*(?:javascript|vbscript|data):", re.I)


class _Scanner(HTMLParser):
    """Collects what would execute in a browser."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.findings: list[str] = []
        self._in = None

    def handle_starttag(self, tag, attrs):
        theme_form = tag == "form" and dict(attrs).get("class") in ("md-search__form", "md-header__option")
        if tag in FORBIDDEN_TAGS and not theme_form:
            self.findings.append(f"<{tag}>")
        if tag == "meta" and any(name == "http-equiv" and (value or "").lower() == "refresh" for name, value in attrs):
            self.findings.append("<meta http-equiv=refresh>")
        if tag == "link" and "evil.example" in str(attrs):
            self.findings.append("<link> to elsewhere")
        for name, value in attrs:
            value = html.unescape(value or "")
            if name.startswith("on") and re.search(r"alert|msgbox", value):
                self.findings.append(f"{tag} {name}={value!r}")
            if name in URL_ATTRIBUTES and BAD_SCHEMES.match(value.replace("\x00", "")):
                self.findings.append(f"{tag} {name}={value!r}")
        self._in = tag if tag in ("script", "style") else None

    def handle_data(self, data):
        if self._in == "script" and re.search(r"alert\(|msgbox", data):
            self.findings.append(f"script: {data[:60]!r}")
        if self._in == "style" and re.search(r"x8|display:\s*none", data):
            self.findings.append(f"style: {data[:60]!r}")

    def handle_endtag(self, tag):
        self._in = None


def scan(text: str) -> list[str]:
    scanner = _Scanner()
    scanner.feed(text)
    return scanner.findings


def test_there_are_at_least_forty_hostile_inputs():
    assert len([p for p in HOSTILE.rglob("*.md")]) >= 40


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    root = copy_repository(tmp_path_factory.mktemp("hostile") / "repo", with_articles=False)
    target = root / "content/articles/2023"
    target.mkdir(parents=True)
    for file in (HOSTILE / "build").glob("*.md"):
        shutil.copy(file, target / file.name)
    shutil.copytree(HOSTILE / "entities", root / "content/entities", dirs_exist_ok=True)
    build_site(root, strict=True)
    return root


def test_hostile_articles_build_and_nothing_executes(hostile_site):
    pages = list((hostile_site / "site").rglob("*.html"))
    assert len(pages) > 40
    findings = {p.relative_to(hostile_site).as_posix(): scan(p.read_text(encoding="utf-8")) for p in pages}
    assert {page: found for page, found in findings.items() if found} == {}


def test_every_hostile_article_has_its_page(hostile_site):
    for file in (HOSTILE / "build").glob("*.md"):
        matches = list((hostile_site / "site/articles/2023").glob(file.stem[:10] + "-*"))
        assert matches, file.name


def test_template_syntax_in_content_is_shown_not_evaluated(hostile_site):
    [page] = (hostile_site / "site/articles/2023").glob("2023-01-10-*")
    text = (page / "index.html").read_text(encoding="utf-8")
    text = re.sub(r"</?bdi>", "", text)  # Latin runs are isolated for display (<bdi>config.site_name</bdi>)
    assert "{{ 7*7 }}" in text and "{{ config.site_name }}" in text
    assert "قالب {{ config }}" in text


def test_hostile_entity_is_escaped_on_its_page(hostile_site):
    text = (hostile_site / "site/entities/person/hostile-script-name/index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#39;e1&#39;)&lt;/script&gt;سمير الخبيث" in text
    assert scan(text) == []


REJECTED = {
    "url-javascript": "url",
    "slug-dotdot": "slug",
    "slug-absolute": "slug",
    "slug-backslash": "slug",
    "slug-nul": "slug",
    "slug-device": "reserved",
    "slug-long": "200 bytes",
    "yaml-alias-bomb": "aliases",
    "yaml-python-tag": "YAML",
    "yaml-huge": "64 KiB",
    "no-front-matter": "front matter",
    "bad-date": "YAML",
}


@pytest.mark.parametrize("name, reason", sorted(REJECTED.items()))
def test_rejected_input_is_a_clear_error_and_the_old_site_stays(built_site, tmp_path, name, reason):
    root = copy_repository(tmp_path / "repo")
    shutil.copytree(built_site / "site", root / "site")
    before = {p: p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    content_before = {p: p.read_bytes() for p in (root / "content").rglob("*") if p.is_file()}
    bad = root / "content/articles/2023" / f"{name}.md"
    bad.parent.mkdir(parents=True)
    shutil.copy(HOSTILE / "reject" / f"{name}.md", bad)
    errors = generate(root).errors
    assert [e.path for e in errors] == [f"content/articles/2023/{name}.md"]
    assert reason.lower() in errors[0].message.lower()
    with pytest.raises(BuildFailed):
        build_site(root)
    assert {p: p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()} == before
    assert {p: p.read_bytes() for p in (root / "content").rglob("*") if p.is_file() and p != bad} == content_before


def test_two_articles_on_one_url_are_an_error_not_an_overwrite(tmp_path):
    root = copy_repository(tmp_path / "repo", with_articles=False)
    target = root / "content/articles/2023"
    target.mkdir(parents=True)
    for name in ("collision-a.md", "collision-b.md"):
        shutil.copy(HOSTILE / "reject" / name, target / name)
    errors = generate(root).errors
    assert len(errors) == 1 and "one URL" in errors[0].message
