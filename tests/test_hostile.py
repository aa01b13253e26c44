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


# --- Links: a pull request can add a symbolic link; nothing it points to is read or published ---

MARKER = "سر-خارج-المستودع-7f3a"  # text that exists only outside the repository
OUTSIDE_ARTICLE = f"---\ntitle: مقال {MARKER}\ndate: 2023-05-01\n---\nنص {MARKER} من خارج المستودع.\n"
OUTSIDE_ENTITY = f"---\nname: {MARKER}\nname_en: Outside Person\ntype: person\n---\n{MARKER}\n"


def _outside(tmp_path: Path) -> Path:
    """Files outside the repository that a link could point to."""
    outside = tmp_path / "outside"
    (outside / "folder").mkdir(parents=True)
    (outside / "article.md").write_text(OUTSIDE_ARTICLE, encoding="utf-8")
    (outside / "entity.md").write_text(OUTSIDE_ENTITY, encoding="utf-8")
    (outside / "folder" / "2023-05-01-x.md").write_text(OUTSIDE_ARTICLE, encoding="utf-8")
    (outside / "folder" / "outside-person.md").write_text(OUTSIDE_ENTITY, encoding="utf-8")
    (outside / "style.css").write_text(f"/* {MARKER} */", encoding="utf-8")
    return outside


# (the link, what it points to outside the repository)
LINKS = {
    "article": ("content/articles/2023/leak.md", "article.md"),
    "entity": ("content/entities/person/leak.md", "entity.md"),
    "article folder": ("content/articles/2024", "folder"),
    "entity folder": ("content/entities/place/more", "folder"),
    "dangling article": ("content/articles/2023/gone.md", "nothing-here.md"),
    "asset": ("site_config/assets/stylesheets/leak.css", "style.css"),
    "theme override": ("site_config/overrides/partials/leak.html", "style.css"),
    "template": ("site_config/templates/leak.md.j2", "style.css"),
    "site settings": ("site_config/site.yml", "style.css"),
    "site_config folder": ("site_config/assets/more", "folder"),
}


def _published(root: Path) -> list[str]:
    """Files the build wrote that carry the text from outside."""
    found = []
    for folder in ("build", "site"):
        for file in (root / folder).rglob("*"):
            if file.is_file() and not file.is_symlink() and MARKER.encode() in file.read_bytes():
                found.append(file.relative_to(root).as_posix())
    return found


@pytest.mark.parametrize("case", sorted(LINKS))
def test_a_link_is_an_error_naming_it_and_nothing_from_outside_is_published(built_site, tmp_path, case):
    from generator.check import check

    root = copy_repository(tmp_path / "repo")
    shutil.copytree(built_site / "site", root / "site")
    site_before = {p: p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    link, target = LINKS[case]
    (root / link).parent.mkdir(parents=True, exist_ok=True)
    if (root / link).exists():
        (root / link).unlink()
    (root / link).symlink_to(_outside(tmp_path) / target)

    errors = [p for p in check(root) if p.level == "error"]
    assert [(e.path, e.line) for e in errors] == [(link, 1)]
    assert "symbolic link" in errors[0].message
    assert [e.path for e in generate(root).errors] == [link]
    with pytest.raises(BuildFailed) as failed:
        build_site(root)
    assert [p.path for p in failed.value.problems] == [link]
    assert _published(root) == []
    assert {p: p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()} == site_before


def test_the_command_line_refuses_links_in_check_build_and_site(tmp_path):
    from generator.cli import main

    root = copy_repository(tmp_path / "repo")
    (root / "content/articles/2023").mkdir()
    (root / "content/articles/2023/leak.md").symlink_to(_outside(tmp_path) / "article.md")
    for command in ("check", "build", "site"):
        assert main(["--root", str(root), command]) == 1, command
    assert _published(root) == []


def test_serve_refuses_to_start_with_a_link_in_site_config(tmp_path, capsys):
    from generator.serve import serve

    root = copy_repository(tmp_path / "repo")
    (root / "site_config/overrides/partials/leak.html").symlink_to(_outside(tmp_path) / "style.css")
    assert serve(root) == 1
    assert "site_config/overrides/partials/leak.html:1: error" in capsys.readouterr().err


def test_a_named_pipe_is_refused_without_waiting_for_it(tmp_path):
    import os

    from generator.check import check

    root = copy_repository(tmp_path / "repo")
    (root / "content/articles/2023").mkdir()
    os.mkfifo(root / "content/articles/2023/pipe.md")
    errors = [p for p in check(root) if p.level == "error"]
    assert [e.path for e in errors] == ["content/articles/2023/pipe.md"]
    assert "not a regular file" in errors[0].message


def test_import_never_writes_through_a_linked_folder(tmp_path):
    from conftest import SEED_CALLS
    from generator.importer import import_files

    root = copy_repository(tmp_path / "repo", with_articles=False)
    outside = tmp_path / "outside-2022"
    outside.mkdir()
    (root / "content/articles/2022").symlink_to(outside)
    results, errors = import_files([SEED_CALLS], root, [])
    assert results == [] and [(e.path, e.line) for e in errors] == [("content/articles/2022", 1)]
    assert "symbolic link" in errors[0].message
    assert list(outside.iterdir()) == []


def test_import_never_writes_through_a_link_at_the_new_file(tmp_path):
    from conftest import SEED_CALLS
    from generator.importer import prepare_import

    root = copy_repository(tmp_path / "repo", with_articles=False)
    rel, _, _ = prepare_import(SEED_CALLS, root, [])
    (root / rel).parent.mkdir(parents=True)
    (root / rel).symlink_to(tmp_path / "would-be-created.md")  # dangling: exists() is False
    from generator.importer import import_files

    results, errors = import_files([SEED_CALLS], root, [])
    assert results == [] and "never overwritten" in errors[0].message
    assert not (tmp_path / "would-be-created.md").exists()


@pytest.mark.parametrize("docs_dir", ["content", ".", "build/../content", "/tmp/docs", "build"])
def test_the_generated_folder_must_be_inside_build(tmp_path, docs_dir):
    from generator.config import load_settings
    from generator.model import ContentError

    root = copy_repository(tmp_path / "repo")
    settings = root / "site_config/site.yml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("docs_dir: build/docs", f"docs_dir: {docs_dir}"),
                        encoding="utf-8")
    with pytest.raises(ContentError) as refused:
        load_settings(root)
    assert refused.value.problem.path == "site_config/site.yml" and refused.value.problem.line > 1
    assert "inside build/" in refused.value.problem.message


# --- Limits (README, "Safety"): past each one, an error or a warning naming the file ---

def test_front_matter_larger_than_the_limit_is_refused():
    from generator.model import ContentError
    from generator.read.content import MAX_FRONT_MATTER_BYTES, parse_front_matter

    text = "---\ntitle: عنوان\nsummary: " + "و" * MAX_FRONT_MATTER_BYTES + "\n---\nنص\n"
    with pytest.raises(ContentError, match="front matter is larger than 64 KiB"):
        parse_front_matter(text, "content/articles/2023/x.md")


def test_an_article_larger_than_the_limit_is_refused_unread(tmp_path):
    from generator.read.content import MAX_ARTICLE_BYTES

    root = copy_repository(tmp_path / "repo", with_articles=False)
    huge = root / "content/articles/2023/huge.md"
    huge.parent.mkdir(parents=True)
    huge.write_text("---\ntitle: كبير\ndate: 2023-01-01\n---\n" + "كلمة " * (MAX_ARTICLE_BYTES // 9 + 1), encoding="utf-8")
    [error] = generate(root).errors
    assert (error.path, error.line) == ("content/articles/2023/huge.md", 1)
    assert "over the limit of 1 MiB" in error.message and "split it" in error.message


def test_a_registry_file_larger_than_the_limit_is_refused(tmp_path):
    from generator.read.registry import MAX_ENTITY_FILE_BYTES, load_registry

    root = copy_repository(tmp_path / "repo", with_articles=False)
    big = root / "content/entities/person/big.md"
    big.write_text("---\nname: سامر الكبير\nname_en: Big\ntype: person\n---\n" + "و" * MAX_ENTITY_FILE_BYTES,
                   encoding="utf-8")
    entities, problems = load_registry(root)
    [error] = [p for p in problems if p.level == "error"]
    assert (error.path, error.line) == ("content/entities/person/big.md", 1)
    assert "over the limit of 64 KiB" in error.message
    assert "big" not in {e.id for e in entities}


def test_an_article_page_lists_at_most_the_limit_of_entities(tmp_path):
    import re
    from dataclasses import replace

    from generator.config import load_settings

    root = copy_repository(tmp_path / "repo")
    settings = replace(load_settings(root), article_entities_listed=3)
    generated = generate(root, settings)
    named = {x.article.key: len({m.entity_id for m in x.mentions}) for x in generated.extractions}
    assert all(n > 3 for n in named.values())
    warnings = [p for p in generated.problems if "registry entities" in p.message]
    assert sorted(w.path for w in warnings) == sorted(a.path for a in generated.articles)
    for article in generated.articles:
        page = generated.files[f"articles/{article.date.year}/{article.key}.md"].decode("utf-8")
        listing = page.split('<aside class="article-entities"')[1].split("</aside>")[0]
        assert len(re.findall(r"<li>", listing)) == 3


def test_a_link_to_a_file_inside_the_repository_is_refused_too(tmp_path):
    from generator.check import check

    root = copy_repository(tmp_path / "repo")
    [article] = sorted((root / "content/articles/2022").glob("*.md"))[:1]
    (root / "content/articles/2023").mkdir()
    (root / "content/articles/2023/copy.md").symlink_to(Path("..") / "2022" / article.name)
    errors = [p for p in check(root) if p.level == "error"]
    assert [(e.path, e.line) for e in errors] == [("content/articles/2023/copy.md", 1)]


@pytest.mark.parametrize("link", ["build", "site", "build/docs", "build/docs/articles", "site/assets"])
def test_a_link_in_the_output_folders_is_refused_before_anything_is_written(built_site, tmp_path, link):
    root = copy_repository(tmp_path / "repo")
    shutil.copytree(built_site / "site", root / "site")
    (root / "build/docs").mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("not the build's", encoding="utf-8")
    if (root / link).is_dir():
        shutil.rmtree(root / link)
    (root / link).symlink_to(outside, target_is_directory=True)
    from generator.model import ContentError

    with pytest.raises((BuildFailed, ContentError)) as failed:  # build/ itself: the lock refuses it
        build_site(root)
    problems = getattr(failed.value, "problems", None) or [failed.value.problem]
    assert [(p.path, p.line) for p in problems] == [(link, 1)]
    assert "inside the build's output" in problems[0].message
    assert [p.name for p in outside.iterdir()] == ["keep.txt"]


def test_a_planted_cache_runs_nothing(repo_copy, tmp_path):
    """A pull request can force-add build/cache/extractions/; reading it must not run it."""
    import os
    import pickle

    from generator.extract import cache
    from generator.read.registry import load_registry
    from generator.state import sound_kept_record

    witness = tmp_path / "ran"

    class Planted:
        def __reduce__(self):
            return (os.system, (f"touch {witness}",))

    from generator.render import search_index

    target = repo_copy / cache.HEAD_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(pickle.dumps({"format": cache.FORMAT, "code": cache.code_fingerprint(), "entities": Planted(),
                                     "shards": {"ab": "token"}}))
    (target.parent / "ab.pickle").write_bytes(pickle.dumps({"token": "token", "items": Planted()}))
    (repo_copy / search_index.KEYS_CACHE).write_bytes(pickle.dumps({"code": Planted(), "keys": {}}))
    from generator.read import kept as kept_reading

    (repo_copy / kept_reading.FOLDER).mkdir(parents=True, exist_ok=True)
    (repo_copy / kept_reading.FOLDER / "2022.pickle").write_bytes(pickle.dumps(  # what reading content files gave
        {"format": kept_reading.FORMAT, "code": kept_reading.reading_fingerprint(), "kinds": Planted(), "fingerprints": {}}))
    (repo_copy / search_index.PAGES_CACHE).write_bytes(pickle.dumps({"a": Planted()}))  # what reading built pages gave
    entities, _ = load_registry(repo_copy)
    assert cache.load(repo_copy, entities, sound_kept_record).items == {}
    search_index.load_keys_cache(repo_copy)
    assert kept_reading.load(repo_copy)[0] == {} and search_index._load_pages(repo_copy / search_index.PAGES_CACHE) == {}
    assert not witness.exists()
    # And a genuine cache still loads: the safe reader accepts what the build writes.
    from generator.pipeline import generate
    generate(repo_copy)
    assert len(cache.load(repo_copy, entities, sound_kept_record).items) == 2


def test_the_extraction_cache_is_keyed_by_every_file_of_the_extraction_code():
    from generator.extract import cache

    package = Path(cache.__file__).resolve().parents[1]
    hashed = set(cache.fingerprinted_files())
    for folder in ("extract", "text", "data"):
        for file in (package / folder).rglob("*.py"):
            assert file in hashed, file  # a rule edited in dates/rules/ must empty the cache
    assert package / "extract/dates/rules/explicit.py" in hashed


def test_suggest_write_never_writes_through_a_linked_folder(repo_copy, tmp_path):
    from generator.extract.unknown import Proposal
    from generator.model import ContentError
    from generator.render.registry_files import write_registry_files

    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.rmtree(repo_copy / "content/entities/person")
    (repo_copy / "content/entities/person").symlink_to(outside, target_is_directory=True)
    proposal = Proposal("سامح شكري", "person", 2, ("قال سامح شكري",), ("a.md",))
    with pytest.raises(ContentError, match="content/entities/person"):
        write_registry_files(repo_copy, [proposal], [])
    assert list(outside.iterdir()) == []
