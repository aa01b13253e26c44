"""Which pages the site has, built from the aggregated archive (the pipeline renders them)."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from operator import attrgetter, itemgetter

from collections import Counter, defaultdict

from generator.aggregate.archive import Archive
from generator.aggregate.chronology import (ChronologyEntry, chronology_parts, chronology_parts_again, group_by_year_month,
                                           sentence_entries)
from generator.aggregate.entities import Context, EntityProfile
from generator.config import Settings
from generator.model import ENTITY_TYPES, Article, Entity, Extraction, Problem
from generator.render import charts
from generator.render.digest import (DIGEST_SIZE, article_digest, digest_of, digest_of_digests, extraction_digest,
                                     fields_getter)
from generator.render.markup import Link, body_html, excerpt, markdown_to_html
from generator.text.display import month_name
from generator.render.addresses import Addresses, page_holding, paginate
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
                  strings: Strings, newest_first: bool = False, first_page: dict | None = None) -> list[Page]:
    """One listing split over numbered pages (addresses.paginate); each page knows its neighbours.
    `first_page`: what the first page alone shows (a total that every new item changes), so
    that the other pages of a listing that grows at its start stay as they are."""
    return [Page(page.src, template, {**meta, "title": numbered_title(meta["title"], page.number, strings)},
                 {**context, **((first_page or {}) if page.number == 1 else {}), "items": page.items,
                  "pagination": page})
            for page in paginate(items, size, first_src, newest_first)]


@dataclass(frozen=True)
class EntityView:
    """An entity as pages show it. Other pages than its own read only part of it (the part
    render/inputs.py fingerprints: a template that shows more must say so there)."""

    entity: Entity
    src: str
    profile: EntityProfile

    @cached_property  # one per entity and pass: its digest is taken once
    def link(self) -> "EntityLink":
        return EntityLink(self.entity.name, self.entity.type, self.src)

    def as_neighbour(self) -> tuple:
        """What a page may show of another entity (a link, its names, its counts): not its
        whole profile nor its description, so that an article that changes one entity's
        appearances, or an edited description, does not re-render every page that links to it.
        The entity's own page gets its entity and profile whole. A template that shows more
        of another entity than this must add it here."""
        profile = self.profile
        return (replace(self.entity, description=""), self.src, profile.article_count, profile.mention_count,
                profile.first_seen, profile.last_seen)


@dataclass(frozen=True)
class EntityLink:
    """What a timeline and a list of related entities show of an entity: its name, its type and
    its page; not its counts, so that an article that mentions it does not render again every
    page whose timeline names it."""

    name: str
    type: str
    src: str


@dataclass(frozen=True)
class RelatedEntity:
    """Another entity as an entity page lists it: its link and what the two share. (The
    association's score, which every added article moves, only orders the list.)"""

    entity: EntityLink
    articles: int
    sentences: int


@dataclass(frozen=True)
class LazyPage:
    """A page before its context is made: its address, its template, what it is made from
    (`inputs`, which render/inputs.py digests into its fingerprint) and how to make it
    (`build`). `inputs` holds everything `build` reads besides what every page shares (the
    settings, site_config/, the generator's code), so that a rebuild that finds the same
    fingerprint neither builds nor renders the page."""

    src: str
    template: str
    inputs: tuple
    build: Callable[[], Page]


@dataclass(frozen=True)
class SharedInputs:
    """What several pages are made from (an entity's pages): digested once per pass."""

    values: tuple


def eager(page: Page) -> LazyPage:
    """A page whose context is cheap and small (a listing of the archive): made at once, its
    context is its inputs."""
    return LazyPage(page.src, page.template, (page.meta, page.context), lambda: page)


@dataclass(frozen=True)
class SiteData:
    """Everything the aggregate stage produced, as the render stage needs it."""

    archive: Archive
    extractions: dict  # article key -> Extraction
    profiles: dict  # entity id -> EntityProfile
    chronology: tuple = ()  # ChronologyEntry, oldest first
    kept: "KeptInputs | None" = None  # a preview's, from its last pass (None: resolved anew)
    digests: dict | None = None  # article key -> its extraction's digest, as the extraction cache keeps it
    # article key -> the ids of the entities it names, in the order first named (as its share
    # record keeps them: the mentions are not read, and after the pages are let go)
    named: dict = field(kw_only=True)

    def entities_named(self, key: str) -> tuple[str, ...]:
        """The ids of the entities an article names, in the order first named."""
        return self.named[key]


class KeptInputs:
    """What a pass resolved of the pages' inputs, as digests of what pages show: of each
    chronology entry with its entities' links and its sources' addresses and titles (a timeline
    is the digests of its entries, joined), of the links an article names, of what an entity's
    page shows of its related entities, each profile's mentions per month, the chronology's
    parts and their charts' texts. Each is made once per object and pass (a page's inputs join
    them), and a preview keeps them for its next pass: a value is the last pass's while it is
    made from the same objects and no link or source it shows changed, so that a save resolves
    what it changed; a build starts with none."""

    def __init__(self, keep: bool = True) -> None:
        self.keep = keep  # kept for a next pass (a preview's); a build's is let go after one
        self._links: dict = {}  # entity id -> EntityLink
        self._link_digests: dict = {}  # entity id -> the digest of its link
        self._sources: dict = {}  # article key -> (src, title)
        self.changed_links: set | None = None  # entity ids whose link changed (None: a first pass)
        self.changed_sources: set | None = None  # article keys whose address or title changed
        self._entries: dict[int, tuple] = {}  # id(entry) -> (entry, its digest with what timelines show of it)
        self._entry_digests: dict[int, bytes] = {}  # id(entry) -> the same digest
        self._redone: set | None = None  # ids of the entries digested in this pass (None: a first pass)
        self._timelines: dict[tuple, bytes] = {}  # ids of a timeline's entries -> its digest
        self._timelines_before: dict[tuple, bytes] = {}
        self._extractions: dict[int, tuple] = {}  # id(extraction) -> (extraction, extraction_digest)
        self._of_article: dict[int, bytes] = {}  # id(article) -> the digest of its extraction
        self._by_profile: dict[str, tuple] = {}  # entity id -> (profile, ...what profile() gives)
        self._by_profile_before: dict[str, tuple] = {}
        self.parts: tuple | None = None  # (chronology, type_of, ChronologyParts)
        self.year_pages: dict = {}  # (year, entity type) -> its pages, while `parts` is the same
        self._charts: dict[int, tuple] = {}  # id(entries of a chart) -> (entries, _chart_inputs)
        self._charts_before: dict[int, tuple] = {}
        self._named: dict[int, tuple] = {}  # id(extraction) -> (extraction, ids it names, their links' digest)
        self._named_before: dict[int, tuple] = {}
        self._named_ids: dict = {}  # article key -> the ids it names (start's `named`)
        self._entity_views: dict = {}  # entity id -> EntityView
        self._article_views: dict = {}  # article key -> ArticleView
        self._passes = 0

    @classmethod
    def from_last_build(cls, shown: dict, entries) -> "KeptInputs":
        """A build's, starting from what the last build kept (for_next_build) and the digests
        of its chronology's entries that the chronology kept too (`entries`: (entry, digest)
        pairs, aggregate/kept_chronology.py): an entry is digested again only when it is new
        or shows a link or a source that changed."""
        kept = cls(keep=False)
        try:
            links, sources, link_digests = shown["links"], shown["sources"], shown["link digests"]
            kept._links = {eid: EntityLink(*fields) for eid, fields in links.items()}
            kept._sources, kept._link_digests = dict(sources), dict(link_digests)
        except (KeyError, TypeError, ValueError):  # not what a build writes: every entry digested
            return cls(keep=False)
        kept._entries = {id(entry): (entry, digest) for entry, digest in entries}
        kept._passes = 1
        return kept

    def for_next_build(self) -> dict:
        """What a build keeps of this pass for the next one besides its entries' digests
        (entry()): the links and sources they show."""
        return {"links": {eid: _LINK_FIELDS(link) for eid, link in self._links.items()},
                "sources": self._sources, "link digests": self._link_digests}

    def let_go_of_pages(self) -> None:
        """Keep only what entry() and for_next_build() read (a build, once its pages are made:
        the rest holds every extraction and profile)."""
        self._extractions, self._of_article, self._named, self._by_profile = {}, {}, {}, {}
        self._entity_views, self._article_views, self._timelines, self._charts = {}, {}, {}, {}
        self._entries, self.parts, self.year_pages = {}, None, {}

    def unchanged(self) -> bool:
        """Whether no link and no source changed since the last pass (False on a first)."""
        return self.changed_links is not None and not self.changed_links and not self.changed_sources

    def entity_views(self, profiles: dict, to: Addresses) -> dict:
        """Each entity's view (by id, in the order of the ids): the last pass's while its entity
        and profile are the same objects, so that its link is too."""
        before, views = self._entity_views, {}
        for eid, profile in sorted(profiles.items()):
            view, src = before.get(eid), to.entity(profile.entity)
            if view is None or view.entity is not profile.entity or view.profile is not profile or view.src != src:
                view = EntityView(profile.entity, src, profile)
            views[eid] = view
        self._entity_views = views
        return views

    def article_views(self, articles, to: Addresses, excerpt_words: int) -> dict:
        """Each article's view (by key): the last pass's while its article is the same object."""
        before, views = self._article_views, {}
        for article in articles:
            view, src = before.get(article.key), to.article(article)
            if view is None or view.article is not article or view.src != src:
                view = ArticleView(article, src, article.summary or excerpt(article.body, excerpt_words))
            views[article.key] = view
        self._article_views = views
        return views

    def start(self, entity_views: dict, views: dict, chronology: tuple, extractions: dict,
              named: dict, digests: dict | None = None) -> None:
        """A new pass: which links and sources changed since the last one, the digest of each
        extraction (the last pass's for the same object, else `digests`' for its article: the one
        kept with it) and of each chronology entry with
        what timelines show of it (the last pass's for an entry that shows none of them).
        `named`: the ids each article names (SiteData.named)."""
        self._named_ids = named
        links = {eid: view.link for eid, view in entity_views.items()}
        sources = {key: (view.src, view.article.title) for key, view in views.items()}
        if self._passes:
            self.changed_links, self.changed_sources = _changed(self._links, links), _changed(self._sources, sources)
            changed_links = self.changed_links
            self._link_digests = {eid: digest for eid, digest in self._link_digests.items()
                                  if eid in links and eid not in changed_links}
        self._passes += 1
        self._links, self._sources = links, sources
        for eid, link in links.items():
            if eid not in self._link_digests:
                self._link_digests[eid] = digest_of(_LINK_FIELDS(link))
        self._by_profile_before, self._by_profile = self._by_profile, {}
        self._charts_before, self._charts = self._charts, {}
        self._named_before, self._named = self._named, {}
        before, self._extractions, self._of_article = self._extractions, {}, {}
        digests = digests or {}
        for key, extraction in extractions.items():
            known = before.get(id(extraction))
            if known is None or known[0] is not extraction:
                known = (extraction, digests.get(key) or extraction_digest(extraction))
            self._extractions[id(extraction)] = known
            self._of_article[id(extraction.article)] = known[1]
        before, self._entries = self._entries, {}
        link_digests, entries, digests = self._link_digests, self._entries, {}
        # (An edit that changes no link and no source leaves every kept entry as it was.)
        check = self.changed_links is None or bool(self.changed_links or self.changed_sources)
        redone = set()  # the entries digested in this pass (ids): any timeline holding one is digested again
        for entry in chronology:
            known = before.get(id(entry))
            if (known is None or known[0] is not entry
                    or (check and not self._same(entry.entity_ids, entry.article_keys))):
                known = (entry, digest_of((_ENTRY_FIELDS(entry), [*map(link_digests.get, entry.entity_ids)],
                                           [*map(sources.get, map(_FIRST, entry.sources))])))
                redone.add(id(entry))
            entries[id(entry)] = known
            digests[id(entry)] = known[1]
        self._entry_digests = digests
        self._redone = redone if self.changed_links is not None else None
        self._timelines_before, self._timelines = self._timelines, {}

    def entry(self, entry: ChronologyEntry) -> bytes:
        """The digest of an entry of this pass's chronology with what timelines show of it."""
        return self._entry_digests[id(entry)]

    def timeline(self, entries: list) -> bytes:
        """The digest of what a timeline of `entries` (of this pass's chronology) shows: each
        entry with its entities' links and its sources' addresses and titles; a preview's last
        pass's while it holds the same entries and none was digested again (a new entry, even
        at the address of one that is gone, is)."""
        ids = tuple(map(id, entries))
        if self._redone is not None:
            known = self._timelines_before.get(ids)
            if known is not None and self._redone.isdisjoint(ids):
                self._timelines[ids] = known
                return known
        made = digest_of_digests(map(self._entry_digests.__getitem__, ids))
        if self.keep:
            self._timelines[ids] = made
        return made

    def _same(self, entity_ids, article_keys=()) -> bool:
        changed_links, changed_sources = self.changed_links, self.changed_sources
        if changed_links is None:
            return False
        return ((not changed_links or changed_links.isdisjoint(entity_ids))
                and (not changed_sources or changed_sources.isdisjoint(article_keys)))

    def profile(self, profile: EntityProfile) -> tuple:
        """An entity page's profile without its related entities, the digest of what it shows
        of them, and the digest of its mentions per month (_monthly)."""
        eid = profile.entity.id
        known = self._by_profile.get(eid)
        if known is not None and known[0] is profile:  # made in this pass
            return known[1:]
        known, changed = self._by_profile_before.get(eid), self.changed_links
        if (known is None or known[0] is not profile or changed is None
                or (changed and not changed.isdisjoint(a.entity_id for a in profile.related))):
            related = profile.related
            known = (profile, self._profile_digest(profile),
                     digest_of([*zip(map(self._link_digests.get, map(_ENTITY_ID, related)),
                                     map(_ARTICLES, related), map(_SENTENCES, related))]),
                     _monthly(profile))
        self._by_profile[eid] = known
        return known[1:]

    def _profile_digest(self, profile: EntityProfile) -> bytes:
        """The digest of a profile without its related entities: its entity, its mentions and
        its appearances, each made of its article's extraction alone (aggregate/entities.py,
        article_share), so written as that extraction's digest."""
        of_article, appearances = self._of_article, profile.appearances
        try:
            made_of = digest_of_digests(map(of_article.__getitem__, map(id, map(_ARTICLE_OF, appearances))))
        except KeyError:  # an appearance of an article this pass has no extraction of (a test's data)
            made_of = digest_of([(article_digest(a.article), a.mention_count, [*map(_CONTEXT_FIELDS, a.contexts)])
                                 for a in appearances])
        return digest_of((_ENTITY_FIELDS(profile.entity), profile.mention_count, made_of), "EntityProfile")

    def extraction(self, extraction: Extraction) -> bytes:
        """The digest of an extraction of this pass (its article's included)."""
        known = self._extractions.get(id(extraction))
        return known[1] if known is not None and known[0] is extraction else extraction_digest(extraction)

    def named(self, extraction: Extraction) -> bytes:
        """The digest of the links of the entities an article names, in the order first named
        (an id without a page counts as none)."""
        known = self._named.get(id(extraction))
        if known is not None and known[0] is extraction:
            return known[2]
        known, changed = self._named_before.get(id(extraction)), self.changed_links
        if known is None or known[0] is not extraction or changed is None or not changed.isdisjoint(known[1]):
            ids = self._named_ids[extraction.article.key]
            known = (extraction, ids, digest_of_digests([self._link_digests.get(eid, _NO_LINK) for eid in ids]))
        self._named[id(extraction)] = known
        return known[2]

    def chart(self, selected: list) -> str:
        known = self._charts.get(id(selected))
        if known is None or known[0] is not selected:
            known = self._charts_before.get(id(selected))
        if known is None or known[0] is not selected:
            known = (selected, _chart_inputs(selected))
        self._charts[id(selected)] = known
        return known[1]


_NO_LINK = bytes(DIGEST_SIZE)  # an entity without a page
_ENTITY_ID = attrgetter("entity_id")
_FIRST = itemgetter(0)
_ARTICLE_OF = attrgetter("article")
_DATE_OF, _VALUE = attrgetter("date"), attrgetter("value")
_MENTION_COUNT = attrgetter("mention_count")
_ARTICLES, _SENTENCES = attrgetter("articles"), attrgetter("sentences")
_ENTITY_FIELDS, _CONTEXT_FIELDS, _LINK_FIELDS, _ENTRY_FIELDS = map(fields_getter, (Entity, Context, EntityLink,
                                                                                ChronologyEntry))


def _changed(before: dict, now: dict) -> set:
    """The keys whose value differs between two passes (or that only one has)."""
    return ({key for key, value in now.items() if before.get(key) is not value and before.get(key) != value}
            | (before.keys() - now.keys()))


def site_pages(data: SiteData, settings: Settings) -> Iterator[LazyPage]:
    """Every generated page of the site, one at a time, each made only when it is built."""
    to = settings.addresses
    kept = data.kept or KeptInputs(keep=False)
    entity_views = kept.entity_views(data.profiles, to)
    views = kept.article_views(data.archive.articles, to, settings.excerpt_words)
    home = {"has_entities": bool(entity_views), "has_chronology": True}
    strings = load_strings(settings.root, settings.digits)
    kept.start(entity_views, views, data.chronology, data.extractions, data.named, data.digests)
    yield from archive_pages(data.archive, views, settings, data.extractions, entity_views, home, strings, kept)
    yield from entity_pages(entity_views, data.chronology, views, settings, strings, chart_months(data.archive),
                            kept)
    yield from chronology_pages(data.chronology, entity_views, views, settings, strings, kept)


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


def unlisted_entities(article: Article, named: tuple[str, ...], settings: Settings) -> list[Problem]:
    """A warning when an article names more entities (`named`: their ids) than its page lists
    (the most mentioned are listed; every one is still linked in the text)."""
    named = len(named)
    if named <= settings.article_entities_listed:
        return []
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
                  home: dict, strings: Strings, kept: "KeptInputs") -> Iterator[LazyPage]:
    """Home, the archive by year and month, and one page per article."""
    to = settings.addresses
    newest = [views[a.key] for a in archive.newest_first]
    yield eager(Page(to.home, "home.md.j2", {"title": strings.text("titles.home"),
                                             "description": strings.text("titles.home_description")},
                     {"latest": newest[: settings.home_latest], "total": len(newest), "years": archive.years,
                      "year_src": to.archive_year, "month_src": to.archive_month, "feed_path": to.site_feed,
                      **home}))
    yield eager(Page(to.archive, "archive_index.md.j2", {"title": strings.text("titles.archive")},
                     {"years": archive.years, "year_src": to.archive_year, "month_src": to.archive_month}))
    for year in archive.years:
        yield eager(Page(to.archive_year(year.year), "archive_year.md.j2",
                         {"title": strings.text("titles.archive_year", year=year.year)},
                         {"year": year, "month_src": to.archive_month,
                          "latest": [views[a.key] for m in year.months for a in m.articles][: settings.page_size]}))
        for month in year.months:
            items = [views[a.key] for a in month.articles]
            title = strings.text("titles.archive_month", month=month_name(month.month), year=month.year)
            for page in listing_pages(to.archive_month(month.year, month.month), "archive_month.md.j2",
                                      {"title": title}, items, settings.page_size,
                                      {"year": month.year, "year_src": to.archive_year}, strings,
                                      newest_first=True, first_page={"total": len(items)}):
                yield eager(page)
    for article in archive.articles:
        view = views[article.key]
        previous, following = archive.previous[article.key], archive.following[article.key]
        previous = views[previous.key] if previous else None
        following = views[following.key] if following else None
        extraction = extractions.get(article.key)
        inputs = _article_inputs(view, extraction, previous, following, kept)
        yield LazyPage(view.src, "article.md.j2", inputs,
                       lambda view=view, extraction=extraction, previous=previous, following=following:
                       article_page(view, extraction, previous, following, entity_views, settings))


def _article_inputs(view: ArticleView, extraction: Extraction | None, previous: ArticleView | None,
                   following: ArticleView | None, kept: "KeptInputs") -> tuple:
    """What an article's page shows: its address and excerpt, the article and its extraction,
    its neighbours' addresses and titles, and the links of the entities it names."""
    if extraction is None:
        return view.src, view.excerpt, article_digest(view.article), _shown(previous), _shown(following)
    return (view.src, view.excerpt, kept.extraction(extraction), _shown(previous), _shown(following),
            kept.named(extraction))


def _shown(neighbour: ArticleView | None) -> tuple | None:
    """What an article's page shows of the article before or after it (article.md.j2)."""
    return neighbour and (neighbour.src, neighbour.article.title)


def article_page(view: ArticleView, extraction: Extraction | None, previous: ArticleView | None,
                 following: ArticleView | None, entity_views: dict, settings: Settings) -> Page:
    article = view.article
    meta = {"title": article.title, "description": view.excerpt, "date": article.date.isoformat()}
    extras = article_context(view, extraction, entity_views, settings) if extraction else {}
    links = extras.pop("body_links", [])
    return Page(view.src, "article.md.j2", meta, {
        "article": article,
        "body_html": article_html(article.body, article.body_format, tuple(links)),
        "previous": previous,
        "following": following,
        "month_src": settings.addresses.archive_month(article.date.year, article.date.month),
        **extras,
    })


# A preview builds a page again when something else it shows changed (a neighbour, a link's name):
# the same text is converted once. (Cleared before MkDocs runs: pipeline.forget_rendered.)
@lru_cache(maxsize=1 << 14)
def description_html(description: str) -> str:
    """An entity's description as HTML."""
    return markdown_to_html(description, [])


@lru_cache(maxsize=1 << 14)
def article_html(body: str, body_format: str, links: tuple) -> str:
    """An article's body as HTML, with its links to entity pages."""
    return body_html(body, body_format, list(links))


def chart_months(archive: Archive) -> list:
    """The months the sparklines of a listing of entities span (charts.span): from the archive's
    first month to the end of its newest year, one axis for every row, so that rows compare, and
    so that an article in a new month of that year does not draw every row again on every page
    of the listings. (An entity's own chart spans its own months.)"""
    if not archive.articles:
        return []
    return charts.span(charts.month_of(archive.articles[0].date), (archive.articles[-1].date.year, 12))


def mentions_per_month(profile: EntityProfile) -> Counter:
    counts = Counter()
    for appearance in profile.appearances:
        counts[charts.month_of(appearance.article.date)] += appearance.mention_count
    return counts


def _monthly(profile: EntityProfile) -> bytes:
    """The digest of what an entity's chart and sparkline are made from besides the months they
    span: the date of each of its appearances and its mentions there (mentions_per_month)."""
    appearances = profile.appearances
    return digest_of([*zip(map(_DATE_OF, map(_ARTICLE_OF, appearances)), map(_MENTION_COUNT, appearances))])


def _entity_inputs(view: EntityView, entries: list, kept: KeptInputs) -> tuple:
    """Everything an entity's pages are made from besides what all pages share: its address,
    its profile with its entity (whose related entities show as other entities show, in the
    order of their scores, which they are not made from; its appearances make its chart, over
    its own months), its timeline's entries with what timelines show of their entities and
    sources: digests, each made once per pass (KeptInputs)."""
    profile, related, _ = kept.profile(view.profile)
    return (view.src, profile, related, _timeline_inputs(entries, kept))


class MadeTogether:
    """Pages made in one go (an entity's listing and timeline pages), handed out one at a time."""

    def __init__(self, make: Callable[[], list[Page]]):
        self.make, self.pages = make, None

    def take(self, src: str) -> Page:
        if self.pages is None:
            self.pages = {page.src: page for page in self.make()}
        return self.pages.pop(src)


def entity_pages(entity_views: dict, chronology: tuple, views: dict, settings: Settings,
                 strings: Strings, months: list, kept: KeptInputs) -> Iterator[LazyPage]:
    """A page per entity (mentioned or not), an index per type, and the entities index."""
    to = settings.addresses
    by_type: dict[str, list[EntityView]] = defaultdict(list)
    entries_of: dict[str, list] = defaultdict(list)  # one pass, not one scan per entity
    for entry in chronology:
        for entity_id in entry.entity_ids:
            entries_of[entity_id].append(entry)
    for view in entity_views.values():
        entity = view.entity
        by_type[entity.type].append(view)
        entries = entries_of.get(entity.id, [])
        inputs = (SharedInputs(_entity_inputs(view, entries, kept)),)
        made = MadeTogether(lambda view=view, entries=entries:
                            entity_unit(view, entries, entity_views, views, settings, strings))
        listing, timeline = _entity_listing(view, entries, settings)
        for template, parts in (("entity.md.j2", listing[:1]), ("entity_timeline.md.j2", timeline)):
            for part in parts:
                yield LazyPage(part.src, template, inputs, lambda src=part.src, made=made: made.take(src))
        for part in listing[1:]:
            yield entity_articles_page(view, part, settings, strings)
    groups = []
    span = (months[0], months[-1]) if months else ()
    for entity_type in ENTITY_TYPES:
        members = sorted(by_type.get(entity_type, []), key=lambda v: (-v.profile.article_count, v.entity.name))
        label = settings.type_label(entity_type)
        groups.append({"type": entity_type, "label": label, "src": to.entity_type(entity_type),
                       "count": len(members), "top": members[:30]})
        for page in listing_pages(to.entity_type(entity_type), "entity_type.md.j2", {"title": label}, members,
                                  settings.page_size, {"total": len(members), "entity_type": entity_type}, strings):
            inputs = (page.meta, page.context, span, tuple(kept.profile(view.profile)[2] for view in page.context["items"]))
            yield LazyPage(page.src, page.template, inputs,
                           lambda page=page: with_sparklines(page, months, strings))
    yield eager(Page(to.entities, "entities_index.md.j2", {"title": strings.text("titles.entities")},
                     {"groups": groups}))


def with_sparklines(page: Page, months: list, strings: Strings) -> Page:
    """A page of an entity type's listing with the sparkline of each of its entities."""
    sparklines = {view.entity.id: charts.sparkline(charts.Series.of(mentions_per_month(view.profile), months),
                                                   "mention", strings)
                  for view in page.context["items"]}
    return replace(page, context={**page.context, "sparklines": sparklines})


def _entity_listing(view: EntityView, entries: list, settings: Settings) -> tuple[list, list]:
    """An entity's listing pages and its timeline's pages (the timeline is shown once, not on
    every page of the listing: on the first page when it is short, on pages of its own when it
    is long: a page per entity and events that grow with the archive would make the output grow
    faster than the archive)."""
    listing = paginate(list(view.profile.appearances), settings.page_size, view.src, newest_first=True)
    timeline = (paginate(entries, settings.timeline_page_size, settings.addresses.entity_timeline(view.entity))
                if len(entries) > settings.timeline_page_size else [])
    return listing, timeline


def entity_meta(entity: Entity, settings: Settings) -> dict:
    """The front matter of an entity's pages."""
    return {"title": entity.name, "description": entity.role or settings.type_label(entity.type, plural=False),
            "feed": settings.addresses.entity_feed(entity)}


def entity_articles_page(view: EntityView, part, settings: Settings, strings: Strings) -> LazyPage:
    """A page after the first of an entity's articles (newest first: addresses.paginate keeps
    its articles while new ones arrive). It shows the entity's name and type and its share of
    the articles, and is made from those alone: an article that names the entity changes the
    entity's first page, not these."""
    to, entity = settings.addresses, view.entity
    meta = {**entity_meta(entity, settings), "title": numbered_title(entity.name, part.number, strings)}
    context = {"entity": view.link, "type_label": settings.type_label(entity.type, plural=False),
               "type_src": to.entity_type(entity.type), "article_src": to.article, "items": part.items,
               "pagination": part}
    page = Page(part.src, "entity_articles.md.j2", meta, context)
    return LazyPage(part.src, page.template, (meta, view.link, part.number, part.pages, tuple(part.items)),
                    lambda: page)


def entity_unit(view: EntityView, entries: list, entity_views: dict, views: dict, settings: Settings,
                strings: Strings) -> list[Page]:
    """An entity's first page, and its timeline's pages when it has its own (the pages after
    the first of its articles: entity_articles_page)."""
    to = settings.addresses
    entity, profile = view.entity, view.profile
    related = [RelatedEntity(entity_views[a.entity_id].link, a.articles, a.sentences)
               for a in profile.related if a.entity_id in entity_views]
    series = charts.Series.spanning(mentions_per_month(profile))
    meta = entity_meta(entity, settings)
    context = {
        "entity": entity,
        "profile": replace(profile, related=()),  # its neighbours are `related`
        "type_label": settings.type_label(entity.type, plural=False),
        "type_src": to.entity_type(entity.type),
        "article_src": to.article,
        "description_html": description_html(entity.description) if entity.description.strip() else "",
        "related": related,
        # "often appears with" needs more than one article of evidence; else "appeared with"
        "related_often": any(other.articles > 1 for other in related),
        "feed_path": to.entity_feed(entity),
    }
    listing, timeline = _entity_listing(view, entries, settings)
    first = listing[0]
    pages = [Page(first.src, "entity.md.j2", meta, {
        **context, "items": first.items, "pagination": first,
        "timeline": timeline_groups(entries, entity_views, views) if not timeline else [],
        "timeline_src": timeline[0].src if timeline else None,
        "timeline_on_first_page": not timeline, "timeline_count": len(entries),
        "chart": charts.bar_chart(series, "mention", strings) if series.total else ""})]
    title = strings.text("titles.entity_timeline", name=entity.name)
    for part in timeline:
        pages.append(Page(part.src, "entity_timeline.md.j2",
                          {"title": numbered_title(title, part.number, strings), "description": meta["description"]},
                          {"entity": entity, "entity_src": view.src, "total": len(entries),
                           "items": timeline_groups(part.items, entity_views, views), "pagination": part}))
    return pages


@dataclass(frozen=True)
class SourceView:
    src: str
    title: str


@dataclass(frozen=True)
class TimelineEntry:
    """A chronology entry with its entities and sources resolved to pages."""

    entry: ChronologyEntry
    entities: tuple  # EntityLink
    sources: tuple  # SourceView

    @property
    def types(self) -> list[str]:
        return sorted({entity.type for entity in self.entities})

    def __getattr__(self, name):  # value, end_value, sentence … of the entry
        return getattr(self.entry, name)


def month_anchor(year: int, month: int | None) -> str:
    """The id of a month's heading in a timeline ("m2022-10"; "m2022" for events known only to the year)."""
    return f"m{year:04d}-{month:02d}" if month else f"m{year:04d}"


def timeline_groups(entries: list, entity_views: dict, views: dict) -> list[dict]:
    """Chronology entries grouped by year and month, each with its entities and sources resolved."""
    def resolve(entry: ChronologyEntry) -> TimelineEntry:
        return TimelineEntry(entry,
                             tuple(entity_views[eid].link for eid in entry.entity_ids if eid in entity_views),
                             tuple(SourceView(views[key].src, views[key].article.title)
                                   for key in entry.article_keys if key in views))

    return [{"year": year.year,
             "months": [{"label": month.label, "id": month_anchor(year.year, month.month),
                         "entries": [resolve(e) for e in month.entries]} for month in year.months]}
            for year in group_by_year_month(entries)]


def _timeline_inputs(entries: list, kept: KeptInputs) -> bytes:
    """What timeline_groups makes of `entries` depends on: the entries, what timelines show of
    their entities (EntityLink) and their sources' addresses and titles."""
    return kept.timeline(entries)


def _month_starts(entries: list) -> dict[tuple, int]:
    """Where each month begins among its year's entries (`entries` oldest first)."""
    starts: dict[tuple, int] = {}
    in_year: Counter = Counter()
    for entry in entries:
        month = entry.month
        if month:
            starts.setdefault(month, in_year[month[0]])
        in_year[entry.year] += 1
    return starts


def chronology_pages(chronology: tuple, entity_views: dict, views: dict, settings: Settings,
                     strings: Strings, kept: KeptInputs) -> Iterator[LazyPage]:
    """The chronology, built so that a new year adds pages and changes none of the old years':
    each year's events on pages of their own (and each year's events of an entity type), which
    link only to their year's neighbours (previous and next year); a front page of the latest
    events (all of them when short) that lists every year, and one such page per entity type."""
    to = settings.addresses
    type_of = {eid: view.entity.type for eid, view in entity_views.items()}
    if kept.parts is None or kept.parts[0] is not chronology or kept.parts[1] != type_of:
        kept.parts, kept.year_pages = _parts_again(kept, chronology, type_of)
    parts = kept.parts[2]  # the same lists while the chronology is: their charts' texts are kept
    of_year, of_type, of_type_year = parts.of_year, parts.of_type, parts.of_type_year
    size = settings.timeline_page_size

    def year_src(entity_type: str | None):
        """A year's pages: of every event, or of one type's."""
        return to.chronology_year if entity_type is None else (lambda y: to.chronology_type_year(entity_type, y))

    paginated = kept.year_pages  # cut once while the chronology is the same (a hash an event)

    def year_parts(year: int, entity_type: str | None) -> list:
        """A year's pages (of every event, or of one type's), cut where their events say
        (paginate's `key`), so that an event told of a day in the year's middle changes its own
        page, not every page after it."""
        if (year, entity_type) not in paginated:
            selected = of_year[year] if entity_type is None else of_type_year[entity_type, year]
            paginated[year, entity_type] = paginate(selected, size, year_src(entity_type)(year), key=_entry_key)
        return paginated[year, entity_type]

    def every_year(entity_type: str | None) -> list[dict]:
        """The years of a front page, each with its count of events."""
        selected = of_year if entity_type is None else {y: of_type_year[t, y] for t, y in of_type_year if t == entity_type}
        return [{"year": y, "src": year_src(entity_type)(y), "count": len(selected[y]), "rel": None}
                for y in sorted(selected)]

    def around(year: int, entity_type: str | None) -> list[dict]:
        """The years of a year's page: the year before, its own (with its count), the year after."""
        present = sorted(of_year if entity_type is None else {y for t, y in of_type_year if t == entity_type})
        at, src = present.index(year), year_src(entity_type)
        own = len(of_year[year] if entity_type is None else of_type_year[entity_type, year])
        links = [{"year": present[at - 1], "src": src(present[at - 1]), "count": None, "rel": "prev"}] if at else []
        links.append({"year": year, "src": src(year), "count": own, "rel": None})
        if at + 1 < len(present):
            links.append({"year": present[at + 1], "src": src(present[at + 1]), "count": None, "rel": "next"})
        return links

    def types_of(year: int | None) -> list[dict]:
        """The entity types of a front page (all years: every type) or of a year (the types it has)."""
        if year is None:
            return [{"type": t, "label": settings.type_label(t), "src": to.chronology_type(t),
                     "count": len(of_type.get(t, []))} for t in ENTITY_TYPES]
        return [{"type": t, "label": settings.type_label(t), "src": to.chronology_type_year(t, year),
                 "count": len(of_type_year[t, year])} for t in ENTITY_TYPES if (t, year) in of_type_year]

    charts_by_place: dict[tuple, object] = {}

    def chart_cuts(year: int | None, entity_type: str | None) -> tuple:
        """How many events each page holds of the years a chart links to (a year's, or all)."""
        years = [year] if year is not None else [y for y in sorted(of_year)
                                                 if entity_type is None or (entity_type, y) in of_type_year]
        return tuple(tuple(len(part.items) for part in year_parts(y, entity_type)) for y in years)

    def months_chart(src: str, selected: list, year: int | None, entity_type: str | None):
        """The events per month, each bar a link to the page of its year where the month begins
        (of every event, or of the type's): the whole span's months on a front page, a year's
        twelve on its page. The links differ only by where the page sits under chronology/:
        each chart is drawn once per place."""
        key = (entity_type, year, relative_url(src, to.chronology))
        if key not in charts_by_place:
            per_month = Counter(entry.month for entry in selected if entry.month)
            starts = _month_starts(selected)

            def href(month):
                page = page_holding(year_parts(month[0], entity_type), starts[month]).src
                return relative_url(src, page, month_anchor(*month))
            shown = (charts.Series.of(per_month) if year is None
                     else charts.Series.of(per_month, charts.month_range((year, 1), (year, 12))))
            charts_by_place[key] = charts.linked_bar_chart(shown, "event", strings, href,
                                                           strings.text("chronology.chart_label"))
        return charts_by_place[key]

    def page_for(part, title: str, chart: tuple | None, context: dict) -> LazyPage:
        """`chart`: what months_chart draws the page's chart from (None: no chart); its bars
        link to the pages where the months begin, so where the pages they lead to are cut
        is among its inputs."""
        chart_inputs = chart and (kept.chart(chart[1]), chart_cuts(chart[2], chart[3]))
        inputs = (title, part.number, part.pages, chart_inputs, context, _timeline_inputs(part.items, kept))

        def build() -> Page:
            return Page(part.src, "chronology.md.j2", {"title": numbered_title(title, part.number, strings)},
                        {**context, "months_chart": months_chart(*chart) if chart else "",
                         "items": timeline_groups(part.items, entity_views, views), "pagination": part})
        return LazyPage(part.src, "chronology.md.j2", inputs, build)

    def front(src: str, title: str, selected: list, entity_type: str | None) -> LazyPage:
        """The latest events of a selection (all of them when they fit a page), every year listed."""
        shown = selected[-size:]
        context = {"years": every_year(entity_type), "all_years": src, "current_year": None,
                   "types": types_of(None), "all_types": to.chronology, "current_type": entity_type}
        if len(shown) < len(selected):
            context.update(latest=size, total=len(selected))
        [part] = paginate(shown, size, src)
        return page_for(part, title, (src, selected, None, entity_type), context)

    def year_pages(year: int, entity_type: str | None, title: str) -> Iterator[LazyPage]:
        """A year's pages. The counts and the chart are on its first page only: a new event at
        the year's end then changes its first and last pages, not every page between. Every
        page links to the years before and after (a new year, which is rare, changes them all)."""
        selected = of_year[year] if entity_type is None else of_type_year[entity_type, year]
        context = {"years": around(year, entity_type), "current_year": year, "types": types_of(year),
                   "all_years": to.chronology if entity_type is None else to.chronology_type(entity_type),
                   "all_types": to.chronology_year(year), "current_type": entity_type}
        uncounted = {**context, "years": [{**y, "count": None} for y in context["years"]],
                     "types": [{**t, "count": None} for t in context["types"]]}
        for part in year_parts(year, entity_type):
            first = part.number == 1
            yield page_for(part, title, (part.src, selected, year, entity_type) if first else None,
                           context if first else uncounted)

    yield front(to.chronology, strings.text("titles.chronology"), list(chronology), None)
    for y in sorted(of_year):
        yield from year_pages(y, None, strings.text("titles.chronology_of", part=y))
    for t in ENTITY_TYPES:
        label = settings.type_label(t)
        yield front(to.chronology_type(t), strings.text("titles.chronology_of", part=label), of_type.get(t, []), t)
        for y in sorted(y for u, y in of_type_year if u == t):
            yield from year_pages(y, t, strings.text("titles.chronology_of_type_year", type=label, year=y))


def _parts_again(kept: KeptInputs, chronology: tuple, type_of: dict) -> tuple[tuple, dict]:
    """The chronology's parts and the pages of its years for a new chronology: a year whose
    entries are the last pass's (the same objects: the chronology keeps a date's entries while
    its events are the same) keeps the last pass's lists (chronology_parts_again) and pages, so
    that what is made of them (charts, cuts, digests) is found again by identity."""
    if kept.parts is None or kept.parts[1] != type_of:
        return (chronology, type_of, chronology_parts(chronology, type_of)), {}
    before, parts = kept.parts[2], chronology_parts_again(chronology, type_of, kept.parts[2])
    year_pages = {}
    for (year, entity_type), pages in kept.year_pages.items():
        now, then = ((parts.of_year.get(year), before.of_year.get(year)) if entity_type is None else
                     (parts.of_type_year.get((entity_type, year)), before.of_type_year.get((entity_type, year))))
        if now is not None and now is then:
            year_pages[year, entity_type] = pages
    return (chronology, type_of, parts), year_pages


def _entry_key(entry: ChronologyEntry) -> str:
    """What a chronology entry stays while it is the same entry (paginate's `key`): its date and
    its first source."""
    return f"{entry.value} {entry.sources[0][0] if entry.sources else entry.sentence}"


def _chart_inputs(selected: list) -> str:
    """What a chronology chart's bars and their links are made from besides where it is: the
    date of each of its events, in order, as one text (cheap to digest). The chart shows their
    months; whole dates are joined in C, and an event moved by days within its month is rare
    (its own page is drawn again anyway)."""
    return ",".join(map(_VALUE, selected))
