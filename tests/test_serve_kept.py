"""A preview's save does the work of what it changed: what it keeps from the last save, and
that it keeps nothing a save changed (the bytes: tests/test_incremental.py)."""
from __future__ import annotations

from conftest import copy_repository, tree
from test_incremental import _article, clean_docs, edit_description, edit_title

from generator.aggregate.entities import ProfileTotals
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
    made: list[str] = []
    profile = ProfileTotals.profile

    def counting(self, entity, articles_of, total):
        made.append(entity.id)
        return profile(self, entity, articles_of, total)

    monkeypatch.setattr(ProfileTotals, "profile", counting)
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
