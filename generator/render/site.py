"""Which pages the site has, built from the aggregated archive; rendered to files in one pass."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.aggregate.archive import Archive
from generator.config import ASSETS, Settings
from generator.model import Article
from generator.render.markup import body_html, excerpt
from generator.render.pages import Page, make_environment, numbered_src, paginate, render_page


@dataclass(frozen=True)
class ArticleView:
    """An article as listings and its page show it."""

    article: Article
    src: str
    excerpt: str


def article_src(article: Article) -> str:
    return f"articles/{article.date.year:04d}/{article.key}.md"


def year_src(year: int) -> str:
    return f"archive/{year:04d}/index.md"


def month_src(year: int, month: int) -> str:
    return f"archive/{year:04d}/{month:02d}.md"


def _pagination(srcs: list[str], number: int) -> dict:
    return {
        "number": number,
        "count": len(srcs),
        "previous": srcs[number - 2] if number > 1 else None,
        "next": srcs[number] if number < len(srcs) else None,
        "pages": srcs,
    }


def listing_pages(first_src: str, template: str, meta: dict, items: list, size: int, context: dict) -> list[Page]:
    """One listing split over numbered pages; each page knows its neighbours."""
    chunks = paginate(items, size)
    srcs = [numbered_src(first_src, n) for n in range(1, len(chunks) + 1)]
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        page_meta = dict(meta)
        if number > 1:
            page_meta["title"] = f"{meta['title']} (صفحة {number})"
        pages.append(Page(srcs[number - 1], template, page_meta,
                          {**context, "items": chunk, "pagination": _pagination(srcs, number)}))
    return pages


def site_pages(archive: Archive, settings: Settings, body_links: dict | None = None, extras: dict | None = None) -> list[Page]:
    """Every generated page. `body_links` maps an article key to the links in its body."""
    body_links = body_links or {}
    extras = extras or {}
    views = {a.key: ArticleView(a, article_src(a), a.summary or excerpt(a.body, settings.excerpt_words)) for a in archive.articles}
    newest = [views[a.key] for a in archive.newest_first]
    pages: list[Page] = [
        Page("index.md", "home.md.j2", {"title": "الرئيسية", "description": "أرشيف الأخبار العربية"},
             {"latest": newest[: settings.home_latest], "total": len(newest), "years": archive.years,
              "year_src": year_src, "month_src": month_src, **extras.get("home", {})}),
        Page("archive/index.md", "archive_index.md.j2", {"title": "الأرشيف"},
             {"years": archive.years, "year_src": year_src, "month_src": month_src}),
    ]
    for year in archive.years:
        pages.append(Page(year_src(year.year), "archive_year.md.j2", {"title": f"أرشيف {year.year}"},
                          {"year": year, "month_src": month_src,
                           "latest": [views[a.key] for m in year.months for a in m.articles][: settings.page_size]}))
        for month in year.months:
            items = [views[a.key] for a in month.articles]
            title = f"أرشيف {month_name_of(month.month)} {month.year}"
            pages += listing_pages(month_src(month.year, month.month), "archive_month.md.j2", {"title": title},
                                   items, settings.page_size, {"month": month, "year_src": year_src})
    for article in archive.articles:
        view = views[article.key]
        previous, following = archive.previous[article.key], archive.following[article.key]
        meta = {"title": article.title, "description": view.excerpt, "date": article.date.isoformat()}
        pages.append(Page(view.src, "article.md.j2", meta, {
            "article": article,
            "body_html": body_html(article.body, article.body_format, body_links.get(article.key, [])),
            "previous": views[previous.key] if previous else None,
            "following": views[following.key] if following else None,
            "month_src": month_src(article.date.year, article.date.month),
            **extras.get(article.key, {}),
        }))
    return pages


def month_name_of(month: int) -> str:
    from generator.text.display import month_name

    return month_name(month)


def render_files(root: Path, pages: list[Page], settings: Settings) -> dict[str, bytes]:
    """The whole docs folder as {relative path: bytes}: rendered pages plus the site's assets."""
    env = make_environment(root)
    files = {page.src: render_page(env, page, settings).encode("utf-8") for page in pages}
    assets = root / ASSETS
    for file in sorted(p for p in assets.rglob("*") if p.is_file()):
        files[f"assets/{file.relative_to(assets).as_posix()}"] = file.read_bytes()
    return dict(sorted(files.items()))
