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
