"""How indexed pages are split into search index shards (generator/render/search_shards.py).
The bundles themselves, merged in the browser and kept between builds, are tested in
tests/test_search.py and tests/test_reproducible.py."""
from __future__ import annotations

from generator.render.search_shards import IndexedPage, plan_shards, shard_list


def _articles(year: int, count: int) -> list[IndexedPage]:
    return [IndexedPage(f"articles/{year}/a{n}/index.html", f"{year}{n}", True, "article", year) for n in range(count)]


def _names(pages: list[IndexedPage], per_shard: int) -> list[tuple[str, int]]:
    return [(shard.name, len(shard.pages)) for shard in plan_shards(pages, per_shard)]


def test_older_years_are_grouped_up_to_the_limit_and_the_newest_year_is_a_shard_of_its_own():
    pages = _articles(2015, 40) + _articles(2016, 50) + _articles(2017, 30) + _articles(2018, 120) + _articles(2019, 5)
    entity = IndexedPage("entities/person/x/index.html", "e", True, "entity", None)
    other = IndexedPage("about/index.html", "o", False, "", None)
    assert _names(pages + [entity, other], 100) == [
        ("articles-2019", 5),  # where articles are added: indexing one costs this shard alone
        ("articles-2018", 120),  # one year is never split, whatever its size
        ("articles-2017", 30),
        ("articles-2015-2016", 90),
        ("entities", 1),
        ("pages", 1),
    ]


def test_an_article_added_to_the_newest_year_leaves_every_other_shard_as_it_was():
    before = _articles(2020, 60) + _articles(2021, 60) + _articles(2022, 10)
    after = before + _articles(2022, 11)[10:]
    old, new = plan_shards(before, 100), plan_shards(after, 100)
    assert [s.name for s in old] == [s.name for s in new] == ["articles-2022", "articles-2021", "articles-2020"]
    assert [s.fingerprint("theme") == t.fingerprint("theme") for s, t in zip(old, new)] == [False, True, True]
    assert old[1].fingerprint("theme") != old[1].fingerprint("another theme")


def test_the_browser_searches_the_newest_articles_and_the_entities_first_and_older_years_when_needed():
    entity = IndexedPage("entities/person/x/index.html", "e", True, "entity", None)
    listed = shard_list(plan_shards(_articles(2020, 30) + _articles(2021, 30) + _articles(2022, 30) + [entity], 50),
                        50)
    assert listed == {"shards": ["articles-2022", "articles-2021", "articles-2020", "entities"],
                      "merge": ["articles-2021/", "articles-2020/", "entities/"],
                      "articles": ["articles-2022", "articles-2021", "articles-2020"],
                      "later": ["articles-2021", "articles-2020"]}
    # early in a year (less than a quarter of a shard), its few articles and the year before it
    early = shard_list(plan_shards(_articles(2020, 30) + _articles(2021, 30) + _articles(2022, 3) + [entity], 50), 50)
    assert early["later"] == ["articles-2020"]
    assert shard_list(plan_shards([entity], 50), 50)["later"] == []


def _digest(body: str) -> str:
    import re

    from generator.render.search_index import with_search_keys

    return re.search(r'data-search-digest="([0-9a-f]{32})"', with_search_keys(body)).group(1)


def test_a_page_is_keyed_by_what_pagefind_reads_in_it_not_by_its_lists_and_counts():
    def page(description="بلد في شرق أوروبا.", count=2, mentions=("مقال أول",), kind="entity", spacing="\n"):
        return (f'<div class="search-data" hidden data-pagefind-ignore><span data-pagefind-meta="kind">{kind}</span></div>'
                f'<h1>أوكرانيا</h1>{spacing}<p class="entity-description">{description}</p>{spacing}'
                f'<div data-pagefind-ignore><h2>المقالات</h2><p>{count} مقالات</p></div>'
                f'<ul class="mention-list">{"".join(f"<li>{m}</li>" for m in mentions)}</ul>')

    same = _digest(page())
    assert _digest(page(count=3, mentions=("مقال أول", "مقال ثان"), spacing="\n\n\n")) == same
    assert _digest(page(description="بلد في أوروبا الشرقية.")) != same  # indexed text
    assert _digest(page(kind="article")) != same  # metadata inside an ignored block


def test_a_built_page_is_read_again_only_when_it_is_another_file(tmp_path, monkeypatch):
    """A page kept from the previous site (a hard link: the same inode, size and time) is taken
    from what reading it gave; a page MkDocs wrote again, a new page and a removed one are seen."""
    import os

    from generator.render import search_shards

    def write(path: str, kind: str, dated: str = "") -> None:
        (tmp_path / "old" / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "old" / path).write_text(
            f'<main data-pagefind-body><span data-pagefind-meta="kind">{kind}</span>{dated}</main>', encoding="utf-8")

    write("a/index.html", "article", '<time data-pagefind-sort="date">2022-01-02</time>')
    write("b/index.html", "entity")
    (tmp_path / "old/pagefind").mkdir()
    (tmp_path / "old/pagefind/x.html").write_text("<main data-pagefind-body></main>", encoding="utf-8")
    (tmp_path / "old/listing.html").write_text("<main>no region</main>", encoding="utf-8")
    known: dict = {}
    first = search_shards.indexed_pages(tmp_path / "old", known)
    assert [(p.path, p.kind, p.year) for p in first] == [("a/index.html", "article", 2022), ("b/index.html", "entity", None)]
    assert set(known) == {"a/index.html", "b/index.html", "listing.html"}
    new = tmp_path / "new"  # the next site: hard links to the old one, then one page written anew
    for folder, _, names in os.walk(tmp_path / "old"):
        for name in names:
            target = new / os.path.relpath(os.path.join(folder, name), tmp_path / "old")
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(os.path.join(folder, name), target)
    read: list[str] = []
    real = search_shards._read_page
    monkeypatch.setattr(search_shards, "_read_page", lambda site, path: read.append(path) or real(site, path))
    (new / "a/index.html").unlink()
    (new / "a/index.html").write_text(
        '<main data-pagefind-body><span data-pagefind-meta="kind">article</span>'
        '<time data-pagefind-sort="date">2023-01-02</time></main>', encoding="utf-8")
    (new / "b/index.html").unlink()
    (new / "c.html").write_text('<main data-pagefind-body><span data-pagefind-meta="kind">entity</span></main>',
                                encoding="utf-8")
    again = search_shards.indexed_pages(new, known)
    assert sorted(read) == ["a/index.html", "c.html"]
    assert [(p.path, p.year) for p in again] == [("a/index.html", 2023), ("c.html", None)]
    assert set(known) == {"a/index.html", "c.html", "listing.html"}
    assert again == search_shards.indexed_pages(new)  # the same as reading every page


def test_what_reading_built_pages_gave_is_kept_only_for_the_code_that_read_them(tmp_path, monkeypatch):
    """A page's kind and year plan the shards: after a change to the code that reads a built
    page, every page is read again rather than taken from what the old code read."""
    from generator.render import search_index

    file = tmp_path / "search-pages.pickle"
    known = {"a/index.html": ((1, 2, 3), IndexedPage("a/index.html", "digest", True, "article", 2022))}
    search_index._save_pages(file, known)
    assert search_index._load_pages(file) == known
    monkeypatch.setattr(search_index, "_pages_code", lambda: "other code")
    assert search_index._load_pages(file) == {}
