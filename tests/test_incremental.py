"""Rebuilds that do only what an edit needs give what a clean build gives, byte for byte."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import copy_repository, tree
from generator import pipeline
from generator.config import load_settings
from generator.extract.entities import EntityMatcher
from generator.read import kept as kept_reading
from generator.serve import Preview

ADDED = ("---\ntitle: مقال مضاف\ndate: 2022-12-01\nformat: text\n---\n"
         "قال لويد أوستن اليوم الخميس إن الاتصال مع موسكو مستمر، بحسب السفيرة إليزابيث رود.\n")


def _article(root: Path, prefix: str) -> Path:
    [found] = (root / "content/articles/2022").glob(f"{prefix}-*.md")
    return found


def _replace(file: Path, old: str, new: str) -> None:
    text = file.read_text(encoding="utf-8")
    assert old in text, (file, old)
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def edit_article(root: Path) -> None:
    _replace(_article(root, "2022-10-21"), "أول اتصال", "أول اتصال هاتفي")


def edit_title(root: Path) -> None:  # its events are the same; the chronology shows the new title
    _replace(_article(root, "2022-11-28"), "كان مشجعاً'", "كان مشجعاً جداً'")


def edit_dated_sentence(root: Path) -> None:  # the chronology changes, most of its pages do not
    _replace(_article(root, "2022-11-28"), "للمناقشات الأمنية،", "للمناقشات الأمنية والعسكرية،")


def add_alias(root: Path) -> None:
    _replace(root / "content/entities/person/elizabeth-rood.md", "aliases: []", "aliases: [القائمة بأعمال السفارة]")


def remove_alias(root: Path) -> None:
    add_alias(root)
    pipeline.build_docs(root)  # built with the alias, then it goes
    _replace(root / "content/entities/person/elizabeth-rood.md", "aliases: [القائمة بأعمال السفارة]", "aliases: []")


def add_article(root: Path) -> None:
    (root / "content/articles/2022/2022-12-01-added.md").write_text(ADDED, encoding="utf-8")


# In the archive's last month, of an event in a year the chronology does not have.
NEXT_YEAR = ("---\ntitle: موعد في سنة جديدة\ndate: 2022-11-29\nformat: text\n---\n"
             "قال لويد أوستن اليوم الثلاثاء إنه سيلتقي سيرغي شويغو في 1 مارس 2023 في موسكو.\n")


def add_article_in_a_new_year(root: Path) -> None:  # the chronology gets a year: pages are added
    (root / "content/articles/2022/2022-11-29-next-year.md").write_text(NEXT_YEAR, encoding="utf-8")


# Dated in a year the archive does not have: a year's pages are added, home and the archive list it.
NEW_YEAR = ("---\ntitle: مقال في سنة جديدة\ndate: 2023-01-05\nformat: text\n---\n"
            "قال سيرغي شويغو اليوم الخميس إن الاتصال مع واشنطن مستمر، بحسب إليزابيث رود.\n")


def add_article_dated_in_a_new_year(root: Path) -> None:
    (root / "content/articles/2023").mkdir()
    (root / "content/articles/2023/2023-01-05-new-year.md").write_text(NEW_YEAR, encoding="utf-8")


def rename_entity_on_timelines(root: Path) -> None:  # every page that names her shows the new name (timelines, lists)
    _replace(root / "content/entities/person/elizabeth-rood.md", "name: إليزابيث رود\n", "name: ليز رود\n")
    _replace(root / "content/entities/person/elizabeth-rood.md", "aliases: []", "aliases: [إليزابيث رود]")


def edit_english_name(root: Path) -> None:  # shown only by her page and her type's listing
    _replace(root / "content/entities/person/elizabeth-rood.md", "name_en: Elizabeth Rood", "name_en: Elizabeth H. Rood")


def edit_ui_string(root: Path) -> None:  # what every page shares
    _replace(root / "site_config/strings.yml", "  archive: الأرشيف\n", "  archive: أرشيف المقالات\n")


def delete_article(root: Path) -> None:
    _article(root, "2022-11-28").unlink()


def delete_entity(root: Path) -> None:
    (root / "content/entities/person/lloyd-austin.md").unlink()


def edit_description(root: Path) -> None:
    _replace(root / "content/entities/person/elizabeth-rood.md", "دبلوماسية أميركية", "دبلوماسية أميركية مخضرمة")


def rename_entity(root: Path) -> None:  # the same mentions (the old name an alias), a new name on every page
    _replace(root / "content/entities/person/lloyd-austin.md", "name: لويد أوستن\n", "name: لويد جيمس أوستن\n")
    _replace(root / "content/entities/person/lloyd-austin.md", "  - أوستن\n", "  - أوستن\n  - لويد أوستن\n")


def edit_template(root: Path) -> None:
    _replace(root / "site_config/templates/archive_month.md.j2", "{", "<!-- a maintainer's note -->\n{")


def _cut_short(file: Path) -> None:
    if file.exists():  # a preview keeps its caches in memory and writes them when it stops
        file.write_bytes(file.read_bytes()[: file.stat().st_size // 2])


def damage_kept_files(root: Path) -> None:  # every cache of what was read, extracted and recorded, cut short
    from generator.aggregate import kept_chronology, kept_related
    from generator.extract import cache
    from generator.read import kept
    from generator.render import exports

    _cut_short(root / cache.HEAD_FILE)
    for part in (root / kept.FOLDER).glob("*.pickle"):
        _cut_short(part)
    _cut_short(root / exports.EVENT_LINES_FILE)
    _cut_short(root / kept_related.FILE)
    for part in (root / kept_chronology.FOLDER).glob("*.pickle"):
        _cut_short(part)
    add_article(root)


def damage_a_shard(root: Path) -> None:  # one shard of the extraction cache cut short, an article edited
    from generator.extract import cache

    shards = sorted((root / cache.CACHE_DIR).glob("[0-9a-f][0-9a-f].pickle"), key=lambda f: f.stat().st_size)
    if shards:
        _cut_short(shards[-1])
    edit_dated_sentence(root)


def old_extraction_cache(root: Path) -> None:  # the single file of the versions before the shards
    from generator.extract import cache

    shutil.rmtree(root / cache.CACHE_DIR, ignore_errors=True)
    (root / cache.OLD_FILES[0]).parent.mkdir(parents=True, exist_ok=True)
    (root / cache.OLD_FILES[0]).write_bytes(b"\x80\x05old")
    rename_entity(root)


def edit_agencies(root: Path) -> None:  # front matter its page shows (and extraction reads)
    _replace(_article(root, "2022-10-21"), "agencies: [فرانس برس, الأناضول]", "agencies: [فرانس برس]")


def add_summary(root: Path) -> None:  # the excerpt of every listing and page that shows the article
    _replace(_article(root, "2022-10-21"), "lang: ar\n", "lang: ar\nsummary: ملخص كتبه المحرر للمقال.\n")


def edit_role(root: Path) -> None:  # shown by her page (its description), not by the links to it
    _replace(root / "content/entities/person/elizabeth-rood.md", "role: القائمة بأعمال", "role: القائمة السابقة بأعمال")


def edit_setting(root: Path) -> None:  # site.yml: what every page shares (here, every excerpt)
    _replace(root / "site_config/site.yml", "excerpt_words: 40", "excerpt_words: 12")


EDITS = [damage_kept_files, damage_a_shard, old_extraction_cache, edit_article, edit_title, edit_dated_sentence, add_alias, remove_alias, add_article, delete_article, delete_entity, edit_description,
         edit_template, add_article_in_a_new_year, add_article_dated_in_a_new_year, rename_entity, rename_entity_on_timelines,
         edit_english_name,
         edit_ui_string, edit_agencies, add_summary, edit_role, edit_setting]


def clean_docs(root: Path) -> dict[str, bytes]:
    """What a clean build of `root`'s content gives (a copy without build/)."""
    clean = root.parent / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns("build", "site"))
    return pipeline.generate(clean).files


@pytest.mark.parametrize("edit", EDITS, ids=lambda edit: edit.__name__)
def test_an_incremental_docs_build_equals_a_clean_one(tmp_path, edit, monkeypatch):
    # What reading the files gave is kept even though they were just copied (every edit changes
    # its file's size, which the stamp holds), so the rebuild takes the unchanged files from it.
    monkeypatch.setattr(kept_reading, "RACY_SECONDS", 0)
    root = copy_repository(tmp_path / "repo")
    pipeline.build_docs(root)
    edit(root)
    rebuilt = pipeline.build_docs(root)
    if edit in (edit_template, edit_ui_string, edit_setting):  # what every page shares: all rendered, only changed bytes written
        assert rebuilt.rendered == rebuilt.pages and rebuilt.written < rebuilt.outputs
    else:
        assert rebuilt.rendered < rebuilt.pages  # only what the edit touched was rendered
    assert tree(root / "build/docs") == clean_docs(root)


@pytest.mark.parametrize("edit", EDITS, ids=lambda edit: edit.__name__)
def test_a_preview_after_one_save_holds_exactly_a_clean_build(tmp_path, edit):
    """Each kind of edit alone, so that no later save hides a page a preview kept wrongly."""
    root = copy_repository(tmp_path / "repo")
    preview = Preview(root)
    assert preview.regenerate()
    edit(root)
    assert preview.regenerate()
    assert tree(root / "build/docs") == clean_docs(root)


def test_an_edit_renders_only_pages_that_show_what_changed(tmp_path):
    root = copy_repository(tmp_path / "repo")
    first = pipeline.build_docs(root)
    assert first.rendered == first.pages
    assert pipeline.build_docs(root).rendered == 0
    _replace(root / "content/entities/person/lloyd-austin.md", "\n---\n", "\n---\nوصف أضيف.\n")
    again = pipeline.build_docs(root)
    assert 1 <= again.rendered < 5 and again.written >= 1  # his page (and its listing pages, if any)


def _site_data(root: Path):
    """What the render stage gets from `root`'s archive, and its pages' fingerprints of such data."""
    from generator.aggregate.archive import build_archive
    from generator.aggregate.entities import named_in
    from generator.render.inputs import Fingerprints
    from generator.render.site import SiteData, site_pages
    from generator.state import read_archive

    state, settings = read_archive(root), load_settings(root)
    data = SiteData(build_archive(state.articles), {x.article.key: x for x in state.extractions},
                    state.aggregates.profiles(state.entities, state.extractions),
                    state.aggregates.chronology(state.extractions),
                    named={x.article.key: named_in(x) for x in state.extractions})

    def fingerprints(data: SiteData) -> dict[str, bytes]:
        prints = Fingerprints(b"")
        return {page.src: prints.page(page) for page in site_pages(data, settings)}

    return data, fingerprints


def test_an_article_in_a_month_the_archive_lacked_changes_the_charts_of_its_entities_only(tmp_path):
    """Each entity's chart spans its own months: an article that opens a month changes the charts
    (and so the pages) of the entities it names, not every entity's; the sparklines of the
    listings keep one axis for all their rows, to the end of the archive's newest year: a new
    month of that year changes the rows of the entities it names, a new year every row."""
    from generator.render.site import site_pages

    root = copy_repository(tmp_path / "repo")

    def charts() -> dict[str, str]:
        data, _ = _site_data(root)
        built = [page.build() for page in site_pages(data, load_settings(root))
                 if page.template in ("entity.md.j2", "entity_type.md.j2")]
        return {page.src: str(page.context.get("chart") or page.context.get("sparklines")) for page in built}

    before = charts()
    # December 2022 (the archive's articles are of October and November), naming two entities
    # the archive did not name.
    (root / "content/articles/2022/2022-12-01-new-month.md").write_text(
        "---\ntitle: مقال في شهر جديد\ndate: 2022-12-01\nformat: text\n---\n"
        "بحثت مصر وفرنسا اليوم الخميس التعاون الاقتصادي بين البلدين.\n", encoding="utf-8")
    after = charts()
    changed = {src for src in after if before.get(src) != after[src]}
    entity_pages = {src for src in after if not src.endswith("index.md")}
    assert changed & entity_pages == {"entities/place/egypt.md", "entities/place/france.md"}
    assert len(entity_pages) > 30 and "ديسمبر/كانون الأول 2022" in after["entities/place/france.md"]
    assert changed - entity_pages == {"entities/place/index.md"}  # Egypt's and France's rows

    (root / "content/articles/2023").mkdir()
    (root / "content/articles/2023/2023-01-05-new-year.md").write_text(
        "---\ntitle: مقال في سنة جديدة\ndate: 2023-01-05\nformat: text\n---\n"
        "بحثت مصر وفرنسا اليوم الخميس التعاون الاقتصادي بين البلدين.\n", encoding="utf-8")
    next_year = charts()
    assert {src for src in next_year if after.get(src) != next_year[src]} - entity_pages == {
        "entities/place/index.md", "entities/person/index.md", "entities/organization/index.md",
        "entities/agreement/index.md"}


def test_timelines_and_related_lists_show_other_entities_without_their_counts(tmp_path):
    """A page's fingerprint holds what it shows: a timeline or a list of related entities shows
    another entity's name and page, not its counts, so that an article that mentions Lloyd
    Austin does not render again every page whose timeline names him."""
    from dataclasses import replace

    root = copy_repository(tmp_path / "repo")
    data, fingerprints = _site_data(root)
    austin = data.profiles["lloyd-austin"]
    busier = replace(austin, mention_count=austin.mention_count + 7)
    before, after = fingerprints(data), fingerprints(replace(data, profiles={**data.profiles, "lloyd-austin": busier}))
    changed = {src for src in before if before[src] != after[src]}
    assert "entities/person/lloyd-austin.md" in changed
    assert not [src for src in changed if src.startswith("chronology/")]
    assert not [src for src in changed if src.startswith("entities/") and "lloyd-austin" not in src
                and not src.endswith("index.md")]
    assert any(src.startswith("chronology/") for src in before)


def test_the_preview_after_a_sequence_of_saves_holds_exactly_a_clean_build(tmp_path):
    root = copy_repository(tmp_path / "repo")
    preview = Preview(root)
    assert preview.regenerate()
    for edit in (edit_article, edit_title, edit_dated_sentence, add_article, add_alias, edit_description, rename_entity,
                 delete_entity, delete_article, edit_template):
        edit(root)
        assert preview.regenerate(), edit.__name__
    (root / "content/articles/2023").mkdir()
    (root / "content/articles/2023/2023-01-01-bad.md").write_text("---\ntitle: x\ndate: 2023-02-30\n---\nنص.\n",
                                                                  encoding="utf-8")
    assert not preview.regenerate()  # an error: nothing written, the state goes on
    (root / "content/articles/2023/2023-01-01-bad.md").unlink()
    assert preview.regenerate()
    preview.close()
    assert tree(root / "build/docs") == clean_docs(root)
    assert pipeline.build_docs(root).rendered == 0  # the preview's caches serve the next build


@pytest.fixture
def drawn(monkeypatch) -> list:
    """The chronology entries whose events the passes draw (not found again), in order."""
    from generator.render.pages import EventFragments

    entries: list = []
    made = EventFragments.__init__

    def counting(self, env, *arguments, **options):
        made(self, env, *arguments, **options)
        macro = self._macro
        self._macro = lambda event, to_root: entries.append(event.entry) or macro(event, to_root)

    monkeypatch.setattr(EventFragments, "__init__", counting)
    return entries


def test_a_save_draws_again_only_the_chronology_events_whose_sources_or_entities_changed(tmp_path, drawn):
    root = copy_repository(tmp_path / "repo")
    preview = Preview(root)
    assert preview.regenerate()
    edit_title(root)
    assert preview.regenerate()
    drawn.clear()
    _replace(_article(root, "2022-11-28"), "كان مشجعاً جداً'", "كان مشجعاً جداً جداً'")
    assert preview.regenerate()
    edited = _article(root, "2022-11-28").stem
    assert drawn and all(edited in entry.article_keys for entry in drawn)  # the others' are the last save's
    assert tree(root / "build/docs") == clean_docs(root)


def test_a_previews_first_save_draws_again_only_the_events_it_changed(tmp_path, drawn):
    """The first pass's events (all of them, on disk) serve the first save as a save's serve the next."""
    root = copy_repository(tmp_path / "repo")
    preview = Preview(root)
    assert preview.regenerate()
    assert drawn  # the first pass draws every event
    drawn.clear()
    edit_dated_sentence(root)
    assert preview.regenerate()
    edited = _article(root, "2022-11-28").stem
    assert drawn and all(edited in entry.article_keys for entry in drawn)
    drawn.clear()
    edit_title(root)  # a source's title: every event of that article drawn again, with it
    assert preview.regenerate()
    titled = {key for entry in drawn for key in entry.article_keys}
    assert drawn and len(titled) == 1
    assert tree(root / "build/docs") == clean_docs(root)


def test_a_preview_lists_the_articles_or_the_registry_again_only_when_its_watcher_saw_a_path_in_them(tmp_path):
    root = copy_repository(tmp_path / "repo")
    preview = Preview(root)
    assert preview.regenerate()
    entity = root / "content/entities/person/elizabeth-rood.md"
    edit_description(root)
    assert preview.regenerate(changed={entity})
    [rood] = [e for e in preview.state.entities if e.id == "elizabeth-rood"]
    assert "مخضرمة" in rood.description
    add_article(root)
    assert preview.regenerate(changed={entity})  # nothing seen among the articles: not listed again
    assert len(preview.state.articles) == 2
    assert preview.regenerate(changed={root / "content/articles/2022"})  # their folder: listed again
    assert len(preview.state.articles) == 3
    assert tree(root / "build/docs") == clean_docs(root)


def test_check_extracts_each_article_once_and_discovery_matches_nothing_again(tmp_path, monkeypatch):
    from generator.check import check

    root = copy_repository(tmp_path / "repo")
    texts: list[str] = []
    real = EntityMatcher.find
    monkeypatch.setattr(EntityMatcher, "find", lambda self, text: texts.append(text) or real(self, text))
    first = check(root)
    articles = sorted((root / "content/articles").rglob("*.md"))
    assert len(texts) == 2 * len(articles)  # each article's title and body, once
    assert len(set(texts)) == len(texts)
    texts.clear()
    assert check(root) == first and texts == []  # the next check takes the extractions from build/cache


def test_an_extraction_is_never_paired_with_the_entities_another_article_names(tmp_path):
    """The warnings pair each extraction with the ids its kept record names, by position: lists
    of unequal length are a fault said at once, not warnings moved to the next article."""
    from generator.check import check
    from generator.state import read_archive

    root = copy_repository(tmp_path / "repo")
    state = read_archive(root, stop_at_links=False)
    state.share_records = state.share_records[1:]
    for problems in (lambda: check(root, state), lambda: pipeline.archive_problems(state, load_settings(root))):
        with pytest.raises(ValueError, match="zip"):
            problems()


def test_a_rebuild_makes_only_the_pages_it_renders_and_renders_pages_that_change(tmp_path, monkeypatch):
    """A fresh process that finds an article added makes the context of no page whose inputs
    did not change, and what it renders is what changed (the inputs are not coarser than what
    the pages show)."""
    from generator.render import site, workers

    root = copy_repository(tmp_path / "repo")
    pipeline.build_docs(root)
    before = tree(root / "build/docs")
    rendered, made = [], []
    real_render = workers.render_page
    monkeypatch.setattr(workers, "render_page", lambda env, page, *rest: rendered.append(page.src)
                        or real_render(env, page, *rest))
    real_build = site.LazyPage.__init__

    def spying(self, src, template, inputs, build):
        real_build(self, src, template, inputs, lambda: made.append(src) or build())
    monkeypatch.setattr(site.LazyPage, "__init__", spying)
    (root / "content/articles/2022/2022-11-30-added.md").write_text(ADDED.replace("2022-12-01", "2022-11-30"),
                                                                    encoding="utf-8")
    again = pipeline.build_docs(root)
    after = tree(root / "build/docs")
    changed = {src for src in after if before.get(src) != after[src]}
    assert sorted(made) == sorted(rendered) and len(rendered) == again.rendered < again.pages
    assert "articles/2022/2022-10-21-أول-اتصال-بين-وزيري-دفاع-أميركا-وروسيا-منذ.md" not in rendered
    assert set(rendered) <= changed, set(rendered) - changed


def test_a_rebuild_after_an_added_article_makes_the_mentions_of_no_other_article_it_does_not_render(tmp_path,
                                                                                                   monkeypatch):
    """The extractions a fresh process reads from the cache make their mentions, dates and
    events only when read: an added article's rebuild reads them for the article pages it
    renders (its own and its neighbours'), not for every article (the aggregate and the pages'
    inputs take the share records and digests kept beside them)."""
    from generator.extract import cache
    from generator.render import workers

    root = copy_repository(tmp_path / "repo")
    pipeline.build_docs(root)
    rendered, read = [], set()
    real_render = workers.render_page
    monkeypatch.setattr(workers, "render_page", lambda env, page, *rest: rendered.append(page.src)
                        or real_render(env, page, *rest))
    for part in ("mentions", "dates", "events"):
        made = getattr(cache.StoredExtraction, part).fget
        monkeypatch.setattr(cache.StoredExtraction, part, property(
            lambda extraction, made=made: read.add(extraction.article.path) or made(extraction)))
    add_article(root)
    again = pipeline.build_docs(root)
    days_rendered = {src.rsplit("/", 1)[-1][:10] for src in rendered if src.startswith("articles/")}
    assert again.rendered < again.pages and read
    assert {Path(path).name[:10] for path in read} <= days_rendered  # (one article a day in the seeds)
    assert not any("2022-10-21" in path for path in read)  # its page shows nothing the added one changed


def test_a_warmed_preview_whose_saves_change_the_archives_size_holds_exactly_a_clean_build(tmp_path):
    """Each added or removed article changes the archive's size, which weighs every association:
    the profiles a save keeps (their related lists the same at the new size) are those a clean
    build makes."""
    root = copy_repository(tmp_path / "repo")
    preview = Preview(root)
    assert preview.regenerate()
    preview.warm()  # the bounds each kept profile is checked against
    add_article(root)
    assert preview.regenerate()
    assert tree(root / "build/docs") == clean_docs(root)
    shutil.rmtree(root.parent / "clean")
    add_article_dated_in_a_new_year(root)
    assert preview.regenerate()
    assert tree(root / "build/docs") == clean_docs(root)
    shutil.rmtree(root.parent / "clean")
    (root / "content/articles/2022/2022-12-01-added.md").unlink()
    assert preview.regenerate()
    assert tree(root / "build/docs") == clean_docs(root)
