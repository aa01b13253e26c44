"""A preview's save does the work of what it changed: what it keeps from the last save, and
that it keeps nothing a save changed (the bytes: tests/test_incremental.py)."""
from __future__ import annotations

from conftest import copy_repository, tree
from test_associations import profiles_made
from test_incremental import _article, clean_docs, edit_description, edit_title

from generator.pipeline import _KEPT
from generator.serve import Preview


def _kept_inputs(preview: Preview):
    return preview.state.digests[_KEPT][1]


def test_a_title_save_resolves_again_only_the_chronology_entries_its_article_is_a_source_of(tmp_path):
    root = copy_repository(tmp_path / "repo")
    preview = Preview(root)
    assert preview.regenerate()
    kept = _kept_inputs(preview)
    entries = preview.state.aggregates.chronology(preview.state.extractions)
    before = {id(entry): (entry, kept.entry(entry)) for entry in entries}
    edited = _article(root, "2022-11-28").stem
    edit_title(root)
    assert preview.regenerate()
    kept = _kept_inputs(preview)
    entries = preview.state.aggregates.chronology(preview.state.extractions)
    sourced = [e for e in entries if edited in e.article_keys]
    others = [e for e in entries if edited not in e.article_keys]
    assert sourced and others
    assert all(before[id(e)][0] is e for e in entries)  # the events are the same: so are the entries
    for entry in others:  # shown as the last save showed them: the same objects
        assert kept.entry(entry) is before[id(entry)][1]
    for entry in sourced:  # their source's title changed
        assert kept.entry(entry) != before[id(entry)][1]
    assert tree(root / "build/docs") == clean_docs(root)


def test_a_description_save_makes_again_only_the_profile_of_its_entity(tmp_path, monkeypatch):
    root = copy_repository(tmp_path / "repo")
    preview = Preview(root)
    assert preview.regenerate()
    made = profiles_made(monkeypatch)
    edit_description(root)
    assert preview.regenerate()
    assert made == ["elizabeth-rood"]
    assert tree(root / "build/docs") == clean_docs(root)


def test_a_warm_preview_makes_no_matcher_on_its_first_new_article(tmp_path, monkeypatch):
    """A preview whose first build read every extraction from the cache has no matcher yet;
    warm() makes it while the preview waits, so the save of a new article does not."""
    import generator.state as state_module

    root = copy_repository(tmp_path / "repo")
    first = Preview(root)
    first.regenerate()
    first.close()  # the extraction cache, as a preview's start finds it
    preview = Preview(root)
    assert preview.regenerate() and preview.state.matcher is None
    preview.warm()
    warmed = preview.state.matcher
    assert warmed is not None
    made = []
    monkeypatch.setattr(state_module, "EntityMatcher", lambda *args: made.append(args))
    (root / "content/articles/2022/2022-11-30-new.md").write_text(
        "---\ntitle: مقال جديد\ndate: 2022-11-30\nformat: text\n---\nقال لويد أوستن إن المحادثات مستمرة.\n",
        encoding="utf-8")
    assert preview.regenerate()
    assert not made and preview.state.matcher is warmed
    [added] = [x for x in preview.state.extractions if x.article.date.isoformat() == "2022-11-30"]
    assert [m.entity_id for m in added.mentions] == ["lloyd-austin"]


def test_a_save_that_adds_a_year_keeps_the_pages_of_the_chronology_years_it_does_not_change(tmp_path):
    """The chronology changes (a new year), but the years whose entries are the same keep
    their lists and pages from the last save: what is made of them is found by identity."""
    from test_incremental import add_article_dated_in_a_new_year

    root = copy_repository(tmp_path / "repo")
    preview = Preview(root)
    assert preview.regenerate()
    kept = _kept_inputs(preview)
    years_before, pages_before = dict(kept.parts[2].of_year), dict(kept.year_pages)
    assert pages_before
    add_article_dated_in_a_new_year(root)
    assert preview.regenerate()
    kept = _kept_inputs(preview)
    years = kept.parts[2].of_year
    assert set(years) - set(years_before)  # a year the chronology lacked
    same = [year for year in years_before if years[year] == years_before[year]]
    assert same
    for year in same:
        assert years[year] is years_before[year]
        if (year, None) in pages_before:
            assert kept.year_pages[year, None] is pages_before[year, None]
    assert tree(root / "build/docs") == clean_docs(root)
