"""Which pages the site has, built from the aggregated archive (the pipeline renders them)."""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from collections import Counter, defaultdict

from generator.aggregate.archive import Archive
from generator.aggregate.chronology import ChronologyEntry, group_by_year_month, sentence_entries
from generator.aggregate.entities import MAX_ASSOCIATIONS, EntityProfile
from generator.config import Settings
from generator.model import ENTITY_TYPES, Article, Entity, Extraction, Problem
from generator.render import charts
from generator.render.markup import Link, body_html, excerpt, markdown_to_html
from generator.text.display import month_name
from generator.render.addresses import Addresses, paginate
from generator.render.pages import Page, relative_url
from generator.render.strings import Strings, load_strings


@dataclass(frozen=True)
class ArticleView:
    """An article as listings and its page show it."""

    article: Article
    src: str
    excerpt: str


def numbered_title(title: str, number: int, strings: Strings) -> str:
    """A listing's title on its page `number`: the title itself on the first."""
    return title if number == 1 else strings.text("titles.numbered_page", title=title, number=number)


def listing_pages(first_src: str, template: str, meta: dict, items: list, size: int, context: dict,
                  strings: Strings) -> list[Page]:
    """One listing split over numbered pages; each page knows its neighbours."""
    return [Page(page.src, template, {**meta, "title": numbered_title(meta["title"], page.number, strings)},
                 {**context, "items": page.items, "pagination": page})
            for page in paginate(items, size, first_src)]


@dataclass(frozen=True)
class EntityView:
    """An entity as pages show it. Other pages than its own read only part of it (the part
    render/inputs.py fingerprints: a template that shows more must say so there)."""

    entity: Entity
    src: str
    profile: EntityProfile

    def as_neighbour(self) -> tuple:
        """What a page may show of another entity (a link, its names, its counts): not its
        whole profile nor its description, so that an article that changes one entity's
        appearances, or an edited description, does not re-render every page that links to it.
        The entity's own page gets its entity and profile whole. A template that shows more
        of another entity than this must add it here."""
        profile = self.profile
        return (replace(self.entity, description=""), self.src, profile.article_count, profile.mention_count,
                profile.first_seen, profile.last_seen)


class EntityPagesMemo:
    """The pages of each entity from the last pass, with what they were made from (compared by
    value): a preview builds again only the pages of entities whose inputs changed. `shared`
    is what every page is made from besides (settings, templates, code): when it changes,
    nothing is kept."""

    def __init__(self) -> None:
        self.shared: bytes | None = None
        self.units: dict[str, tuple] = {}  # entity id -> (inputs, pages, sparkline)
        self.chronology: dict[str, tuple] = {}  # a chronology page's src -> (inputs, page)
        self.articles: dict[str, tuple] = {}  # an article page's src -> (inputs, page)

    def start(self, shared: bytes) -> None:
        if shared != self.shared:
            self.shared, self.units, self.chronology, self.articles = shared, {}, {}, {}


def neighbour_lookup(entity_views: dict):
    """EntityView.as_neighbour by entity id (None: no such page), each made once per pass."""
    found: dict[str, tuple | None] = {}

    def neighbour(entity_id: str) -> tuple | None:
        if entity_id not in found:
            view = entity_views.get(entity_id)
            found[entity_id] = view.as_neighbour() if view else None
        return found[entity_id]

    return neighbour


@dataclass(frozen=True)
class SiteData:
    """Everything the aggregate stage produced, as the render stage needs it."""

    archive: Archive
    extractions: dict  # article key -> Extraction
    profiles: dict  # entity id -> EntityProfile
    chronology: tuple = ()  # ChronologyEntry, oldest first


def site_pages(data: SiteData, settings: Settings, memo: EntityPagesMemo | None = None) -> list[Page]:
    """Every generated page of the site (with `memo`, an entity's pages from the last pass
    when what they are made from is the same)."""
    to = settings.addresses
    entity_views = {eid: EntityView(p.entity, to.entity(p.entity), p) for eid, p in sorted(data.profiles.items())}
    views = {a.key: ArticleView(a, to.article(a), a.summary or excerpt(a.body, settings.excerpt_words))
             for a in data.archive.articles}
    home = {"has_entities": bool(entity_views), "has_chronology": True}
    strings = load_strings(settings.root, settings.digits)
    pages = archive_pages(data.archive, views, settings, data.extractions, entity_views, home, strings, memo)
    pages += entity_pages(entity_views, data.chronology, views, settings, strings, chart_months(data.archive), memo)
    pages += chronology_pages(data.chronology, entity_views, views, settings, strings, memo)
    return pages


def article_context(view: ArticleView, extraction: Extraction, entity_views: dict, settings: Settings) -> dict:
    """What an article page shows beyond the article: links in the body, its entities, its dates."""
    links, counts, linked = [], Counter(), set()
    for mention in extraction.mentions:
        counts[mention.entity_id] += 1
        # Only the body is linked (title and agency mentions point into other text), once per entity.
        if mention.field == "body" and mention.entity_id not in linked and mention.entity_id in entity_views:
            linked.add(mention.entity_id)
            target = entity_views[mention.entity_id]
            links.append(Link(mention.start, mention.end, relative_url(view.src, target.src), target.entity.name))
    listed = sorted((EntityCount(entity_views[eid], n) for eid, n in counts.items() if eid in entity_views),
                    key=lambda item: (-item.count, item.entity.name))[: settings.article_entities_listed]
    groups = []
    for entity_type in ENTITY_TYPES:
        items = [item for item in listed if item.entity.type == entity_type]
        if items:
            groups.append({"label": settings.type_label(entity_type), "entities": items})
    return {"body_links": links, "entity_groups": groups, "events": sentence_entries(list(extraction.events))}


def unlisted_entities(extraction: Extraction, settings: Settings) -> list[Problem]:
    """A warning when an article names more entities than its page lists (the most mentioned
    are listed; every one is still linked in the text)."""
    named = len({m.entity_id for m in extraction.mentions})
    if named <= settings.article_entities_listed:
        return []
    article = extraction.article
    return [Problem(article.path, article.body_line, "warning",
                   f"the article names {named:,} registry entities; its page lists the "
                   f"{settings.article_entities_listed} most mentioned (article_entities_listed in "
                   "site_config/site.yml) and links every one in the text; split the article if it is several")]


@dataclass(frozen=True)
class EntityCount:
    view: EntityView
    count: int

    @property
    def entity(self) -> Entity:
        return self.view.entity

    @property
    def src(self) -> str:
        return self.view.src


def archive_pages(archive: Archive, views: dict, settings: Settings, extractions: dict, entity_views: dict,
                  home: dict, strings: Strings, memo: EntityPagesMemo | None = None) -> list[Page]:
    """Home, the archive by year and month, and one page per article (with `memo`, an article's
    page from the last pass when what it is made from is the same)."""
    to = settings.addresses
    newest = [views[a.key] for a in archive.newest_first]
    pages: list[Page] = [
        Page(to.home, "home.md.j2", {"title": strings.text("titles.home"),
                                        "description": strings.text("titles.home_description")},
             {"latest": newest[: settings.home_latest], "total": len(newest), "years": archive.years,
              "year_src": to.archive_year, "month_src": to.archive_month, "feed_path": to.site_feed, **home}),
        Page(to.archive, "archive_index.md.j2", {"title": strings.text("titles.archive")},
             {"years": archive.years, "year_src": to.archive_year, "month_src": to.archive_month}),
    ]
    for year in archive.years:
        pages.append(Page(to.archive_year(year.year), "archive_year.md.j2",
                          {"title": strings.text("titles.archive_year", year=year.year)},
                          {"year": year, "month_src": to.archive_month,
                           "latest": [views[a.key] for m in year.months for a in m.articles][: settings.page_size]}))
        for month in year.months:
            items = [views[a.key] for a in month.articles]
            title = strings.text("titles.archive_month", month=month_name(month.month), year=month.year)
            pages += listing_pages(to.archive_month(month.year, month.month), "archive_month.md.j2", {"title": title},
                                   items, settings.page_size, {"month": month, "year_src": to.archive_year}, strings)
    neighbour = neighbour_lookup(entity_views)
    kept: dict[str, tuple] = {}
    for article in archive.articles:
        view = views[article.key]
        previous, following = archive.previous[article.key], archive.following[article.key]
        previous = views[previous.key] if previous else None
        following = views[following.key] if following else None
        extraction = extractions.get(article.key)
        if memo is not None:
            named = dict.fromkeys(m.entity_id for m in extraction.mentions) if extraction else {}
            inputs = (view, extraction, previous, following, tuple(neighbour(eid) for eid in named))
            known = memo.articles.get(view.src)
            if known is not None and known[0] == inputs:
                kept[view.src] = known
                pages.append(known[1])
                continue
        meta = {"title": article.title, "description": view.excerpt, "date": article.date.isoformat()}
        extras = article_context(view, extraction, entity_views, settings) if extraction else {}
        links = extras.pop("body_links", [])
        pages.append(Page(view.src, "article.md.j2", meta, {
            "article": article,
            "body_html": article_html(article.body, article.body_format, tuple(links)),
            "previous": previous,
            "following": following,
            "month_src": to.archive_month(article.date.year, article.date.month),
            **extras,
        }))
        if memo is not None:
            kept[view.src] = (inputs, pages[-1])
    if memo is not None:
        memo.articles = kept
    return pages


MAX_RELATED = MAX_ASSOCIATIONS  # neighbours shown on an entity page (the profile keeps as many)


# A preview builds every page's context on every save: the same text is converted once.
# (Cleared before MkDocs runs: pipeline.forget_rendered.)
@lru_cache(maxsize=1 << 14)
def description_html(description: str) -> str:
    """An entity's description as HTML."""
    return markdown_to_html(description, [])


@lru_cache(maxsize=1 << 14)
def article_html(body: str, body_format: str, links: tuple) -> str:
    """An article's body as HTML, with its links to entity pages."""
    return body_html(body, body_format, list(links))


def chart_months(archive: Archive) -> list:
    """The months an entity's chart and the sparklines span: the archive's, and at least a year
    up to its latest month (two articles a month apart still make a readable chart)."""
    if not archive.articles:
        return []
    first, last = charts.month_of(archive.articles[0].date), charts.month_of(archive.articles[-1].date)
    year_before = (last[0] - 1, last[1] + 1) if last[1] < 12 else (last[0], 1)
    return charts.month_range(min(first, year_before), last)


def mentions_per_month(profile: EntityProfile) -> Counter:
    counts = Counter()
    for appearance in profile.appearances:
        counts[charts.month_of(appearance.article.date)] += appearance.mention_count
    return counts


def _entity_inputs(view: EntityView, entries: list, neighbour, views: dict, months: list) -> tuple:
    """Everything an entity's pages are made from besides what all pages share."""
    return (view.entity, view.src, view.profile, tuple(entries), tuple(months),
            tuple(neighbour(a.entity_id) for a in view.profile.related),
            tuple(neighbour(eid) for entry in entries for eid in entry.entity_ids),
            tuple(views.get(key) for entry in entries for key in entry.article_keys))


def entity_pages(entity_views: dict, chronology: tuple, views: dict, settings: Settings,
                 strings: Strings, months: list, memo: EntityPagesMemo | None = None) -> list[Page]:
    """A page per entity (mentioned or not), an index per type, and the entities index."""
    to = settings.addresses
    pages: list[Page] = []
    sparklines = {}
    by_type: dict[str, list[EntityView]] = defaultdict(list)
    entries_of: dict[str, list] = defaultdict(list)  # one pass, not one scan per entity
    for entry in chronology:
        for entity_id in entry.entity_ids:
            entries_of[entity_id].append(entry)
    neighbour = neighbour_lookup(entity_views)
    kept: dict[str, tuple] = {}
    for view in entity_views.values():
        entity, profile = view.entity, view.profile
        by_type[entity.type].append(view)
        if memo is not None:
            inputs = _entity_inputs(view, entries_of.get(entity.id, []), neighbour, views, months)
            known = memo.units.get(entity.id)
            if known is not None and known[0] == inputs:
                kept[entity.id] = known
                pages += known[1]
                sparklines[entity.id] = known[2]
                continue
            first = len(pages)
        related = [(entity_views[a.entity_id], a) for a in profile.related if a.entity_id in entity_views][:MAX_RELATED]
        series = charts.Series.of(mentions_per_month(profile), months)
        sparklines[entity.id] = charts.sparkline(series, "mention", strings)
        meta = {"title": entity.name, "description": entity.role or settings.type_label(entity.type, plural=False),
                "feed": to.entity_feed(entity)}
        context = {
            "entity": entity,
            "profile": profile,
            "type_label": settings.type_label(entity.type, plural=False),
            "type_src": to.entity_type(entity.type),
            "article_src": to.article,
            "description_html": description_html(entity.description) if entity.description.strip() else "",
            "related": related,
            # "often appears with" needs more than one article of evidence; else "appeared with"
            "related_often": any(association.articles > 1 for _, association in related),
            "feed_path": to.entity_feed(entity),
        }
        entries = entries_of.get(entity.id, [])
        listing = listing_pages(view.src, "entity.md.j2", meta, list(profile.appearances), settings.page_size,
                                context, strings)
        # The timeline is shown once, not on every page of the listing: on the first page when it
        # is short, on pages of its own when it is long (a page per entity and events that
        # grow with the archive would make the output grow faster than the archive).
        timeline = (paginate(entries, settings.timeline_page_size, to.entity_timeline(entity))
                    if len(entries) > settings.timeline_page_size else [])
        for number, page in enumerate(listing, start=1):
            page.context.update(
                timeline=timeline_groups(entries, entity_views, views) if number == 1 and not timeline else [],
                timeline_src=timeline[0].src if timeline else (view.src if number > 1 and entries else None),
                timeline_on_first_page=not timeline, timeline_count=len(entries),
                chart=charts.bar_chart(series, "mention", strings) if number == 1 and series.total else "")
        pages += listing
        title = strings.text("titles.entity_timeline", name=entity.name)
        for part in timeline:
            pages.append(Page(part.src, "entity_timeline.md.j2",
                              {"title": numbered_title(title, part.number, strings), "description": meta["description"]},
                              {"entity": entity, "entity_src": view.src, "total": len(entries),
                               "items": timeline_groups(part.items, entity_views, views), "pagination": part}))
        if memo is not None:
            kept[entity.id] = (inputs, pages[first:], sparklines[entity.id])
    if memo is not None:
        memo.units = kept
    groups = []
    for entity_type in ENTITY_TYPES:
        members = sorted(by_type.get(entity_type, []), key=lambda v: (-v.profile.article_count, v.entity.name))
        label = settings.type_label(entity_type)
        groups.append({"type": entity_type, "label": label, "src": to.entity_type(entity_type),
                       "count": len(members), "top": members[:30]})
        pages += listing_pages(to.entity_type(entity_type), "entity_type.md.j2", {"title": label}, members,
                               settings.page_size, {"total": len(members), "entity_type": entity_type,
                                                    "sparklines": sparklines}, strings)
    pages.append(Page(to.entities, "entities_index.md.j2", {"title": strings.text("titles.entities")},
                      {"groups": groups}))
    return pages


@dataclass(frozen=True)
class SourceView:
    src: str
    title: str


@dataclass(frozen=True)
class TimelineEntry:
    """A chronology entry with its entities and sources resolved to pages."""

    entry: ChronologyEntry
    entities: tuple  # EntityView
    sources: tuple  # SourceView

    @property
    def types(self) -> list[str]:
        return sorted({view.entity.type for view in self.entities})

    def __getattr__(self, name):  # value, end_value, sentence … of the entry
        return getattr(self.entry, name)


def month_anchor(year: int, month: int | None) -> str:
    """The id of a month's heading in a timeline ("m2022-10"; "m2022" for events known only to the year)."""
    return f"m{year:04d}-{month:02d}" if month else f"m{year:04d}"


def timeline_groups(entries: list, entity_views: dict, views: dict) -> list[dict]:
    """Chronology entries grouped by year and month, each with its entities and sources resolved."""
    def resolve(entry: ChronologyEntry) -> TimelineEntry:
        return TimelineEntry(entry,
                             tuple(entity_views[eid] for eid in entry.entity_ids if eid in entity_views),
                             tuple(SourceView(views[key].src, views[key].article.title)
                                   for key in entry.article_keys if key in views))

    return [{"year": year.year,
             "months": [{"label": month.label, "id": month_anchor(year.year, month.month),
                         "entries": [resolve(e) for e in month.entries]} for month in year.months]}
            for year in group_by_year_month(entries)]


def _timeline_inputs(entries: list, neighbour, views: dict) -> tuple:
    """What timeline_groups makes of `entries` depends on: the entries, what pages show of their
    entities (EntityView.as_neighbour) and their sources' addresses and titles."""
    def source(key: str) -> tuple | None:
        view = views.get(key)
        return (view.src, view.article.title) if view else None

    return (tuple(entries), tuple(neighbour(eid) for entry in entries for eid in entry.entity_ids),
            tuple(source(key) for entry in entries for key in entry.article_keys))


def chronology_pages(chronology: tuple, entity_views: dict, views: dict, settings: Settings,
                     strings: Strings, memo: EntityPagesMemo | None = None) -> list[Page]:
    """The whole chronology (on one page when short, else the latest events with the years as the way
    in), and the same narrowed to a year or to an entity type (with `memo`, a page from the last
    pass when what it is made from is the same)."""
    to = settings.addresses
    entries = list(chronology)
    of_year: dict[int, list] = defaultdict(list)  # one pass over the events, not one per year and type
    of_type: dict[str, list] = defaultdict(list)
    per_month: Counter = Counter()
    first_of_month: dict[tuple, int] = {}  # where a month starts among its year's events
    for entry in entries:
        year = int(entry.value[:4])
        if len(entry.value) >= 7:
            month = (year, int(entry.value[5:7]))
            per_month[month] += 1
            first_of_month.setdefault(month, len(of_year[year]))
        of_year[year].append(entry)
        for entity_type in {entity_views[eid].entity.type for eid in entry.entity_ids if eid in entity_views}:
            of_type[entity_type].append(entry)
    year_links = [{"year": y, "src": to.chronology_year(y), "count": len(of_year[y])} for y in sorted(of_year)]
    type_links = [{"type": t, "label": settings.type_label(t), "src": to.chronology_type(t),
                   "count": len(of_type[t])} for t in ENTITY_TYPES]
    common = {"years": year_links, "types": type_links}
    size = settings.timeline_page_size
    series = charts.Series.of(per_month)

    charts_by_place: dict[tuple, object] = {}

    def months_chart(src: str, year: int | None):
        """The events per month, each bar a link to its month on the year's page: the whole
        chronology's months, or a year's twelve on its page. The links differ only by where the
        page sits under chronology/: each chart is drawn once per place."""
        key = (year, relative_url(src, to.chronology))
        if key not in charts_by_place:
            def href(month):  # the page of the year's listing where the month begins
                page = Addresses.numbered(to.chronology_year(month[0]), first_of_month[month] // size + 1)
                return relative_url(src, page, month_anchor(*month))
            shown = series if year is None else charts.Series.of(per_month, charts.month_range((year, 1), (year, 12)))
            charts_by_place[key] = charts.linked_bar_chart(shown, "event", strings, href,
                                                           strings.text("chronology.chart_label"))
        return charts_by_place[key]

    neighbour = neighbour_lookup(entity_views)

    def page_for(part, title: str, year, entity_type, extra: dict) -> Page:
        chart = months_chart(part.src, year) if part.number == 1 else ""
        if memo is not None:
            inputs = (title, part.number, part.pages, year, entity_type, chart, common, extra,
                      _timeline_inputs(part.items, neighbour, views))
            known = memo.chronology.get(part.src)
            if known is not None and known[0] == inputs:
                kept[part.src] = known
                return known[1]
        page = Page(part.src, "chronology.md.j2", {"title": numbered_title(title, part.number, strings)},
                    {**common, **extra, "current_year": year, "current_type": entity_type, "months_chart": chart,
                     "items": timeline_groups(part.items, entity_views, views), "pagination": part})
        if memo is not None:
            kept[part.src] = (inputs, page)
        return page

    kept: dict[str, tuple] = {}

    def pages_for(src: str, title: str, selected: list, year=None, entity_type=None, **extra) -> list[Page]:
        return [page_for(part, title, year, entity_type, extra) for part in paginate(selected, size, src)]

    title = strings.text("titles.chronology")
    if len(entries) <= size:
        pages = pages_for(to.chronology, title, entries)
    else:  # the year pages hold every event once; the front page shows the latest and points to them
        pages = pages_for(to.chronology, title, entries[-size:], latest=size, total=len(entries))
    for y in sorted(of_year):
        pages += pages_for(to.chronology_year(y), strings.text("titles.chronology_of", part=y), of_year[y], year=y)
    for t in ENTITY_TYPES:
        pages += pages_for(to.chronology_type(t), strings.text("titles.chronology_of", part=settings.type_label(t)),
                           of_type[t], entity_type=t)
    if memo is not None:
        memo.chronology = kept
    return pages
