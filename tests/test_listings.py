"""Listings that grow at their start (an archive's month, an entity's articles: the newest first)
keep their later pages as new articles arrive (generator/render/addresses.py, paginate), and a
chronology year's later pages show nothing that its new events change."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from generator.config import load_settings
from generator.pipeline import generate

ARTICLE = "---\ntitle: مقال رقم {day}\ndate: 2022-10-{day:02d}\nformat: text\n---\nقالت روسيا إن المحادثات مستمرة في جولتها رقم {day}.\n"


def _add(root: Path, day: int) -> None:
    folder = root / "content/articles/2022"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"2022-10-{day:02d}-article-{day}.md").write_text(ARTICLE.format(day=day), encoding="utf-8")


def _pages(root: Path, prefix: str) -> dict[str, str]:
    files = generate(root, replace(load_settings(root), page_size=2)).files
    return {name: text.decode("utf-8") for name, text in files.items()
            if name == f"{prefix}.md" or name.startswith(f"{prefix}/page-")}


def _walk(pages: dict[str, str], first: str) -> list[str]:
    """The pages in the order the next links lead through them, from the first; each page's
    previous link leads back."""
    order, src = [first], first
    while (match := re.search(r'href="([^"]*)" rel="next"', pages[src])):
        following = _resolve(src, match.group(1))
        assert following in pages and following not in order, (src, match.group(1))
        previous = re.search(r'href="([^"]*)" rel="prev"', pages[following]).group(1)
        assert _resolve(following, previous) == src, following
        order.append(following)
        src = following
    assert 'rel="prev"' not in pages[first].split('class="listing-pager"')[-1]
    return order


def _resolve(src: str, href: str) -> str:
    """The docs path a relative link from page `src` leads to (directory URLs: "x/y.md" is "x/y/")."""
    parts = src[: -len(".md")].split("/")
    for step in href.strip("/").split("/"):
        parts = parts[:-1] if step == ".." else parts + [step]
    return "/".join(parts) + ".md"


def _listed(page: str) -> list[str]:
    return re.findall(r"مقال رقم (\d+)", page)


def test_a_new_article_changes_the_first_page_of_its_month_and_of_its_entity_only(empty_repo):
    """Six articles in a month, two a page: the first page holds the newest two and the pages
    behind it ("page-2", then "page-1", the oldest) two each. A seventh, the newest, joins the
    first page and changes no other page of the month nor of Russia's articles; an eighth
    makes a new page of the first page's oldest two, and the others stay as they were. Every
    article is listed once, newest first, along the next links, which the previous links retrace."""
    for day in range(1, 7):
        _add(empty_repo, day)
    months, entities = [], []
    for day in (None, 7, 8):
        if day:
            _add(empty_repo, day)
        months.append(_pages(empty_repo, "archive/2022/10"))
        entities.append(_pages(empty_repo, "entities/place/russia"))
    for pages, first in ((months, "archive/2022/10.md"), (entities, "entities/place/russia.md")):
        six, seven, eight = pages
        for listing, count in ((six, 6), (seven, 7), (eight, 8)):
            order = _walk(listing, first)
            assert sorted(order) == sorted(listing)
            assert [int(n) for src in order for n in _listed(listing[src])] == list(range(count, 0, -1))
        assert [_listed(six[src]) for src in _walk(six, first)] == [["6", "5"], ["4", "3"], ["2", "1"]]
        assert _walk(six, first)[1:] == [first[: -len(".md")] + "/page-2.md", first[: -len(".md")] + "/page-1.md"]
        assert seven.keys() == six.keys()
        assert {src for src in six if six[src] != seven[src]} == {first}
        assert _listed(seven[first]) == ["7", "6", "5"]
        new = seven.keys() ^ eight.keys()
        assert new == {first[: -len(".md")] + "/page-3.md"}
        assert _listed(eight[first]) == ["8", "7"] and _listed(eight[next(iter(new))]) == ["6", "5"]
        # the pages behind the first show their place among more pages now (2 of 4 …), nothing else
        for src in six.keys() - {first}:
            assert _listed(eight[src]) == _listed(seven[src])


def test_a_chronology_year_shows_its_counts_on_its_first_page_only(repo_copy):
    """With pages of two events, 2022's later pages name their year and link to every year, to
    the year after and to its entity types, without the counts that its new events change; its
    first page has them."""
    (repo_copy / "content/articles/2023").mkdir()
    (repo_copy / "content/articles/2023/2023-03-02-next-year.md").write_text(
        "---\ntitle: اتصال جديد\ndate: 2023-03-02\nformat: text\n---\n"
        "قال لويد أوستن اليوم الخميس إنه تحدث مع سيرغي شويغو في 1 مارس 2023 عن الوضع في موسكو.\n", encoding="utf-8")
    files = generate(repo_copy, replace(load_settings(repo_copy), timeline_page_size=2)).files
    year = {name: text.decode("utf-8").split('<nav class="chronology-filters"')[1].split("</nav>")[0]
            for name, text in files.items() if re.fullmatch(r"chronology/2022/(index|page-\d+)\.md", name)}
    first = year.pop("chronology/2022/index.md")
    assert year and 'rel="next"' in first and re.search(r'class="count">\(\d+\)', first)
    for name, nav in year.items():
        assert 'rel="next"' in nav and 'class="count"' not in nav, name
        assert 'aria-current="page">2022</a>' in nav and 'href="../../person/2022/"' in nav, name
