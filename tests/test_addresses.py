"""The site's addresses (generator/render/addresses.py): patterns from site.yml, their checks, the
one paginator, and the places MkDocs reads that cannot ask the module (mkdocs.yml, overrides)."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from generator.config import load_settings, mkdocs_config
from generator.model import ContentError
from generator.pipeline import build_site
from generator.render.addresses import DEFAULT, KINDS, paginate
from generator.render.pages import page_url

REPO = Path(__file__).resolve().parents[1]


class _Article:
    def __init__(self, key: str, day: dt.date):
        self.key, self.date = key, day


class _Entity:
    def __init__(self, entity_type: str, entity_id: str):
        self.type, self.id = entity_type, entity_id


def test_default_addresses_are_the_sites_scheme():
    article, entity = _Article("2022-10-21-x", dt.date(2022, 10, 21)), _Entity("person", "sergei-shoigu")
    assert DEFAULT.article(article) == "articles/2022/2022-10-21-x.md"
    assert DEFAULT.archive_month(2022, 3) == "archive/2022/03.md"
    assert DEFAULT.entity(entity) == "entities/person/sergei-shoigu.md"
    assert DEFAULT.entity_feed(entity) == "feeds/person/sergei-shoigu.xml"
    assert DEFAULT.chronology_year(987) == "chronology/0987/index.md"
    assert DEFAULT.open_data("chronology") == "chronology.csv"


def test_the_repository_site_yml_loads_with_every_kind():
    settings = load_settings(REPO)
    assert set(settings.addresses.patterns) == set(KINDS)


def _repo_with(tmp_path: Path, addresses_yaml: str) -> Path:
    root = tmp_path / "repo"
    (root / "site_config").mkdir(parents=True)
    text = (REPO / "site_config/site.yml").read_text(encoding="utf-8")
    (root / "site_config/site.yml").write_text(text + "\naddresses:\n" + addresses_yaml, encoding="utf-8")
    return root


def _line_of(root: Path, needle: str) -> int:
    lines = (root / "site_config/site.yml").read_text(encoding="utf-8").split("\n")
    return max(n for n, line in enumerate(lines, start=1) if line.startswith("  " + needle))


@pytest.mark.parametrize("pattern, says", [
    ('article: "articles/{year}.md"', "must use {key}"),
    ('article: "articles/{date}/{key}.md"', "uses {date}"),
    ('article: "../articles/{key}.md"', "without '..'"),
    ('entity_feed: "feeds/{type}/{id}.md"', "must end in .xml"),
    ('artikel: "a/{key}.md"', "unknown page kind"),
    # a fixed name beside entity pages that is not reserved: an entity with that id would take it
    ('entity_type: "entities/{type}/all.md"', "'all' is not a reserved name"),
    ('chronology_year: "archive/{year}/index.md"', "also the address of archive_year"),
])
def test_a_bad_pattern_names_site_yml_its_line_and_the_fix(tmp_path, pattern, says):
    root = _repo_with(tmp_path, f"  {pattern}\n")
    with pytest.raises(ContentError) as error:
        load_settings(root)
    problem = error.value.problem
    assert problem.path == "site_config/site.yml"
    assert problem.line == _line_of(root, pattern.split(":")[0] + ":")
    assert says in problem.message


def test_changed_patterns_move_the_pages_and_every_link_follows(tmp_path):
    """A site built with other addresses: pages, feeds and links all at the new places."""
    from conftest import copy_repository

    root = copy_repository(tmp_path / "repo")
    site_yml = root / "site_config/site.yml"
    site_yml.write_text(site_yml.read_text(encoding="utf-8") + "\naddresses:\n"
                        '  article: "news/{year}/{month}/{key}.md"\n'
                        '  entity: "entities/{type}/{id}/index.md"\n'
                        '  entity_feed: "entities/{type}/{id}/feed.xml"\n', encoding="utf-8")
    generated = build_site(root, strict=True)
    docs = root / "build/docs"
    articles = sorted(p.relative_to(docs).as_posix() for p in (docs / "news").rglob("*.md"))
    assert articles and all(re.fullmatch(r"news/\d{4}/\d{2}/[^/]+\.md", a) for a in articles)
    assert not (docs / "articles").exists()
    assert (docs / "entities/person/sergei-shoigu/index.md").exists()
    assert (docs / "entities/person/sergei-shoigu/feed.xml").exists()
    # An article links its entities at their new address, and the archive links the article there.
    article = (docs / articles[0]).read_text(encoding="utf-8")
    assert 'href="../../../../entities/person/' in article and "/index.md" not in article
    month = (docs / (articles[0].replace("news/", "archive/").rsplit("/", 1)[0] + ".md")).read_text(encoding="utf-8")
    assert "../../../news/" in month
    assert not [p for p in generated.problems if p.severity == "error"]


def test_numbered_pages_sit_beside_the_first():
    pages = paginate(list(range(7)), 3, "archive/2022/03.md")
    assert [p.src for p in pages] == ["archive/2022/03.md", "archive/2022/03/page-2.md", "archive/2022/03/page-3.md"]
    assert [p.items for p in pages] == [[0, 1, 2], [3, 4, 5], [6]]
    assert (pages[0].previous, pages[0].next) == (None, "archive/2022/03/page-2.md")
    assert (pages[2].previous, pages[2].next, pages[2].count) == ("archive/2022/03/page-2.md", None, 3)
    assert paginate(list(range(3)), 3, "x/index.md")[0].pages == ("x/index.md",)
    assert [p.src for p in paginate(list(range(4)), 3, "x/index.md")] == ["x/index.md", "x/page-2.md"]


def _pages_of_newest_first(count: int, size: int = 3) -> list:
    """A listing of `count` items, the newest (the highest number) first."""
    return paginate(list(range(count, 0, -1)), size, "archive/2022/03.md", newest_first=True)


@pytest.mark.parametrize("count", range(0, 17))
def test_a_newest_first_listing_has_full_pages_behind_its_first(count):
    """Every item once, in order, on pages without a gap: the first page holds the newest 3 to 5
    (all of them when fewer), every other page 3; the previous and next links walk the pages in
    order and stop at both ends; the page count grows with the listing."""
    pages = _pages_of_newest_first(count)
    assert [item for page in pages for item in page.items] == list(range(count, 0, -1))
    assert pages[0].src == "archive/2022/03.md" and [p.number for p in pages] == list(range(1, len(pages) + 1))
    assert len(pages[0].items) == count if count < 6 else 3 <= len(pages[0].items) <= 5
    assert all(len(page.items) == 3 for page in pages[1:])
    assert len(pages) == max(1, count // 3)
    assert pages[0].previous is None and pages[-1].next is None
    for before, after in zip(pages, pages[1:]):
        assert (before.next, after.previous) == (after.src, before.src)
    assert len({page.src for page in pages}) == len(pages)


def test_pages_behind_the_first_are_numbered_from_the_oldest():
    pages = _pages_of_newest_first(10)
    assert [(p.src, p.items) for p in pages] == [("archive/2022/03.md", [10, 9, 8, 7]),
                                                 ("archive/2022/03/page-2.md", [6, 5, 4]),
                                                 ("archive/2022/03/page-1.md", [3, 2, 1])]


@pytest.mark.parametrize("count", range(0, 16))
def test_a_new_newest_item_changes_the_first_page_only(count):
    """Adding the newest item keeps every page behind the first, its address and its items;
    when the first page would hold 2 × 3 items it gives its oldest 3 to one new page."""
    before = {(p.src, tuple(p.items)) for p in _pages_of_newest_first(count)[1:]}
    after = _pages_of_newest_first(count + 1)
    kept = {(p.src, tuple(p.items)) for p in after[1:]}
    assert before <= kept
    assert len(kept - before) == (1 if count + 1 >= 6 and (count + 1) % 3 == 0 else 0)


def test_a_listing_cut_where_its_items_say_holds_each_item_once_on_pages_of_sensible_length():
    items = [f"2020-{n:05d}" for n in range(2000)]
    pages = paginate(items, 200, "chronology/2020/index.md", key=str)
    assert [item for page in pages for item in page.items] == items
    assert all(100 <= len(page.items) <= 400 for page in pages[:-1]) and pages[-1].items
    assert 5 <= len(pages) <= 20 and pages[0].src == "chronology/2020/index.md"
    assert [page.src for page in pages[1:]] == [f"chronology/2020/page-{n}.md" for n in range(2, len(pages) + 1)]
    assert paginate([], 200, "x/index.md", key=str)[0].items == []


def test_an_item_taken_in_a_listing_cut_where_its_items_say_changes_about_one_page():
    """Items inserted anywhere (as a year's chronology takes an event told of any day): the pages
    before the new item's page stay; on average about one page changes (cut by count, every
    page after the new item would)."""
    import random

    chance = random.Random(1)
    items = [f"2020-{n:05d}" for n in range(2000)]
    changed = []
    for number in range(200):
        at = chance.randrange(len(items) + 1)
        grown = items[:at] + [f"new-{number}"] + items[at:]
        before = [(p.src, tuple(p.items)) for p in paginate(items, 200, "x/index.md", key=str)]
        after = [(p.src, tuple(p.items)) for p in paginate(grown, 200, "x/index.md", key=str)]
        holding = next(n for n, (_, shown) in enumerate(after) if f"new-{number}" in shown)
        assert before[:holding] == after[:holding]
        changed.append(len(set(after) - set(before)))
        items = grown
    assert sum(changed) / len(changed) < 1.5


def test_an_empty_listing_still_has_its_page():
    (only,) = paginate([], 50, "entities/place/index.md")
    assert (only.items, only.number, only.count, only.previous, only.next) == ([], 1, 1, None, None)


def test_mkdocs_nav_and_not_in_nav_agree_with_the_addresses():
    """MkDocs cannot read site.yml: its nav must name the addresses' section pages, and not_in_nav
    every folder the generated pages go into (else MkDocs warns about thousands of pages)."""
    config = mkdocs_config(REPO)
    addresses = load_settings(REPO).addresses
    nav = [next(iter(item.values())) for item in config["nav"]]
    assert nav == [addresses.home, addresses.archive, addresses.entities, addresses.chronology]
    not_in_nav = {line.strip() for line in config["not_in_nav"].split("\n") if line.strip()}
    assert not_in_nav == {f"/{folder}/**" for folder in addresses.top_folders()}


def test_theme_overrides_link_the_site_feed_at_its_address():
    """The footer and every page's <head> link the site feed; MkDocs renders them, not the generator."""
    feed = load_settings(REPO).addresses.site_feed
    overrides = REPO / "site_config/overrides"
    for name in ("main.html", "partials/copyright.html"):
        linked = re.findall(r"\{\{ '([^']+)' \| url \}\}", (overrides / name).read_text(encoding="utf-8"))
        feeds = [path for path in linked if path.endswith(".xml")]  # besides feeds: the theme's own assets
        assert feeds == [feed], name


def test_every_page_kind_url_is_a_directory_url():
    for kind, (pattern, _) in KINDS.items():
        if pattern.endswith(".md"):
            assert page_url(pattern) == "" or page_url(pattern).endswith("/"), kind


def test_the_slug_rules_reserve_the_names_the_addresses_give_their_own_pages():
    """An article key or entity id can never be a numbered page's name or the name of a fixed page
    beside article or entity pages (generator/read/content.py keeps those rules)."""
    from generator.read.content import path_segment_problem
    from generator.render.addresses import NUMBERED_PAGE, reserved_problem

    assert "reserved" in path_segment_problem(NUMBERED_PAGE.format(number=2).removesuffix(".md"))
    assert reserved_problem(DEFAULT.patterns) is None
    assert reserved_problem({**DEFAULT.patterns, "entity_type": "entities/{type}/all.md"})[0] == "entity_type"
