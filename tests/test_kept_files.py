"""What a build keeps in build/cache/ besides the extractions: what reading each content file
gave (read again only when its stamp changed) and the open data's event records (made again
only for the events an edit changed)."""
from __future__ import annotations

import os

from conftest import copy_repository
from generator import pipeline, safe_pickle, state
from generator.read import kept as kept_reading
from generator.render import exports
from test_incremental import _article, edit_dated_sentence, edit_title


def _counting(monkeypatch) -> list[str]:
    """The article and registry files read from here on."""
    read: list[str] = []
    for name in ("read_article", "read_entity_file"):
        original = getattr(state, name)

        def counted(file, root, original=original):
            read.append(file.name)
            return original(file, root)
        monkeypatch.setattr(state, name, counted)
    return read


def test_a_rebuild_reads_only_the_files_saved_since_the_last_build(tmp_path, monkeypatch):
    monkeypatch.setattr(kept_reading, "RACY_SECONDS", 0)  # the copies are new; every edit changes a size
    root = copy_repository(tmp_path / "repo")
    read = _counting(monkeypatch)
    pipeline.build_docs(root)
    files = len(read)
    assert files > 10
    read.clear()
    pipeline.build_docs(root)
    assert read == []
    edit_title(root)
    pipeline.build_docs(root)
    assert read == [_article(root, "2022-11-28").name]


def test_a_file_changed_just_before_the_build_is_read_again(tmp_path, monkeypatch):
    """Its stamp could stay the same through a save in the same tick of the clock: not kept."""
    root = copy_repository(tmp_path / "repo")
    old = _article(root, "2022-10-21")
    os.utime(old, ns=(1, 1))  # an old modification time set back by a tool: its ctime is still now
    read = _counting(monkeypatch)
    pipeline.build_docs(root)
    read.clear()
    pipeline.build_docs(root)
    assert old.name in read


def test_an_edit_that_keeps_size_and_modification_time_is_still_read(tmp_path, monkeypatch):
    """The same number of bytes and the old modification time put back (as `touch -r` or an
    editor keeping times would): the change time moved, so the file is read again, and the
    build is what a clean one gives."""
    from conftest import tree
    from test_incremental import clean_docs

    monkeypatch.setattr(kept_reading, "RACY_SECONDS", 0)
    root = copy_repository(tmp_path / "repo")
    pipeline.build_docs(root)
    article = _article(root, "2022-10-21")
    before = os.stat(article)
    text = article.read_text(encoding="utf-8")
    edited = text.replace("أول اتصال", "ثاني اتصال"[:len("أول اتصال")], 1)
    assert edited != text and len(edited.encode()) == len(text.encode())
    article.write_text(edited, encoding="utf-8")
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))
    read = _counting(monkeypatch)
    pipeline.build_docs(root)
    assert read == [article.name]
    assert tree(root / "build/docs") == clean_docs(root)


def test_damaged_kept_reading_is_read_anew_with_a_note(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(kept_reading, "RACY_SECONDS", 0)
    root = copy_repository(tmp_path / "repo")
    pipeline.build_docs(root)
    parts = sorted((root / kept_reading.FOLDER).glob("*.pickle"))
    assert len(parts) > 2  # a file per folder: each year of articles, each type of entities
    parts[0].write_bytes(b"not a pickle")
    pipeline.build_docs(root)
    assert "1 file(s) of the kept reading" in capsys.readouterr().err
    pipeline.build_docs(root)  # its folder was read again and kept again
    assert "kept reading" not in capsys.readouterr().err


def test_kept_reading_of_another_version_is_removed_so_its_note_is_said_once(tmp_path, capsys, monkeypatch):
    """In a copy of an archive, the files the old code kept name the original's folders (by their
    absolute paths): no build of the copy writes them again, so the loading removes them."""
    monkeypatch.setattr(kept_reading, "RACY_SECONDS", 0)
    root = copy_repository(tmp_path / "repo")
    elsewhere = kept_reading.part_of(str(tmp_path / "original" / "articles" / "2022" / "article.md"))
    planted = root / kept_reading.FOLDER / f"{elsewhere}.pickle"
    planted.parent.mkdir(parents=True)
    safe_pickle.write_pickle(planted, {"format": kept_reading.FORMAT, "code": "another version", "kinds": {},
                                       "fingerprints": {}})
    pipeline.build_docs(root)
    assert "1 file(s) of the kept reading" in capsys.readouterr().err and not planted.exists()
    pipeline.build_docs(root)
    assert "kept reading" not in capsys.readouterr().err


def test_a_rebuild_makes_only_the_event_records_of_events_that_changed(tmp_path, monkeypatch):
    root = copy_repository(tmp_path / "repo")
    pipeline.build_docs(root)
    made: list[bytes] = []  # the JSON lines made
    original = exports.EventLines.get

    def counted(self, key, make):
        return original(self, key, lambda: (lines := make(), made.append(lines[0]))[0])
    monkeypatch.setattr(exports.EventLines, "get", counted)
    pipeline.build_docs(root)
    assert made == []
    edit_dated_sentence(root)
    pipeline.build_docs(root)
    assert made and all("للمناقشات الأمنية والعسكرية" in line.decode() for line in made)
    kept = exports.load_event_lines(root).known
    assert len(kept) == (root / "build/docs/api/events.json").read_text(encoding="utf-8").count('"date":')


def _counting_related_lists(monkeypatch) -> list[str]:
    """The entities whose related list a build orders from here on (the others are kept)."""
    from generator.aggregate import kept_related

    ordered: list[str] = []
    original = kept_related.associations

    def counted(articles_of, shared_articles, shared_sentences, total):
        ordered.append(shared_articles)
        return original(articles_of, shared_articles, shared_sentences, total)
    monkeypatch.setattr(kept_related, "associations", counted)
    return ordered


def test_a_rebuild_orders_again_only_the_related_lists_its_change_reaches(tmp_path, monkeypatch):
    from test_incremental import add_article, clean_docs, edit_description
    from conftest import tree

    root = copy_repository(tmp_path / "repo")
    pipeline.build_docs(root)
    entities = len(state.read_archive(root).entities)
    ordered = _counting_related_lists(monkeypatch)
    pipeline.build_docs(root)
    edit_description(root)  # no article's extraction changes
    pipeline.build_docs(root)
    assert ordered == []
    add_article(root)
    pipeline.build_docs(root)
    assert 0 < len(ordered) < entities
    assert tree(root / "build/docs") == clean_docs(root)


def test_related_lists_of_another_version_or_planted_are_made_again(tmp_path, monkeypatch):
    import pickle

    from generator.aggregate import kept_related
    from test_incremental import clean_docs
    from conftest import tree

    root = copy_repository(tmp_path / "repo")
    pipeline.build_docs(root)
    entities = len(state.read_archive(root).entities)
    kept = kept_related.load(root)
    assert kept is not None and len(kept["related"]) == entities
    ordered = _counting_related_lists(monkeypatch)
    for payload in ({**kept, "code": "another version"}, {**kept, "format": kept_related.FORMAT + 1}):
        (root / kept_related.FILE).write_bytes(pickle.dumps(payload))
        pipeline.build_docs(root)
        assert len(ordered) == entities
        ordered.clear()
    (root / kept_related.FILE).write_bytes(pickle.dumps(os.system))  # a pickle that would run something
    pipeline.build_docs(root)
    assert len(ordered) == entities
    assert tree(root / "build/docs") == clean_docs(root)


def _counting_chronology_dates(monkeypatch) -> list[str]:
    """The dates whose chronology entries a build makes from here on (the others are kept)."""
    from generator.aggregate import kept_chronology

    made: list[str] = []
    original = kept_chronology.entries_of_date

    def counted(events):
        made.append(events[0].value)
        return original(events)
    monkeypatch.setattr(kept_chronology, "entries_of_date", counted)
    return made


def test_a_rebuild_makes_again_only_the_chronology_entries_of_the_dates_its_change_reaches(tmp_path, monkeypatch):
    from test_incremental import add_article, clean_docs
    from conftest import tree

    root = copy_repository(tmp_path / "repo")
    pipeline.build_docs(root)
    made = _counting_chronology_dates(monkeypatch)
    pipeline.build_docs(root)
    assert made == []
    add_article(root)
    pipeline.build_docs(root)
    added = state.read_archive(root)
    [extraction] = [x for x in added.extractions if x.article.title == "مقال مضاف"]
    assert sorted(made) == sorted({event.value for event in extraction.events}) and made
    assert tree(root / "build/docs") == clean_docs(root)


def test_the_kept_chronology_follows_dates_edited_articles_removed_and_entities_renamed(tmp_path, monkeypatch):
    """One repository through several builds, each compared with a clean build: an entry kept
    for a date its article no longer has, of an article gone, or showing an old name would
    differ (the events page, the timelines, the open data)."""
    import shutil

    from test_incremental import _replace, clean_docs, delete_article, rename_entity
    from conftest import tree

    monkeypatch.setattr(kept_reading, "RACY_SECONDS", 0)
    root = copy_repository(tmp_path / "repo")
    pipeline.build_docs(root)
    steps = [lambda: _replace(_article(root, "2022-11-28"), "date: 2022-11-28", "date: 2022-11-21"),  # "today" moves
             lambda: delete_article(root), lambda: rename_entity(root)]
    for step in steps:
        step()
        pipeline.build_docs(root)
        assert tree(root / "build/docs") == clean_docs(root)
        shutil.rmtree(root.parent / "clean")


def test_a_rebuild_writes_again_only_the_years_of_the_chronology_its_dates_reach(tmp_path):
    """A year's file is written again when a date of it is made again, added or gone; the
    others keep their tokens. A year left with no date loses its file, and the file of the
    version before the years and a stopped save's .tmp file are removed."""
    from generator.aggregate import kept_chronology
    from test_incremental import add_article, add_article_in_a_new_year, clean_docs
    from conftest import tree

    root = copy_repository(tmp_path / "repo")
    add_article_in_a_new_year(root)
    pipeline.build_docs(root)
    (root / kept_chronology.OLD_FILE).write_bytes(b"every date in one file")
    stopped = root / kept_chronology.FOLDER / "2023.tmp"  # what a save stopped while writing a year kept leaves
    stopped.write_bytes(b"half a year")
    before = kept_chronology.load(root)["years"]
    assert before.keys() == {"2022", "2023"}
    add_article(root)
    pipeline.build_docs(root)
    after = kept_chronology.load(root)["years"]
    [added] = [x for x in state.read_archive(root).extractions if x.article.title == "مقال مضاف"]
    assert {event.value[:4] for event in added.events} == {"2022"}
    assert {year for year, token in after.items() if before.get(year) != token} == {"2022"}
    assert not (root / kept_chronology.OLD_FILE).exists() and not stopped.exists()
    assert tree(root / "build/docs") == clean_docs(root)
    next(root.glob("content/articles/2022/2022-11-29-*.md")).unlink()
    pipeline.build_docs(root)
    assert not (root / kept_chronology.FOLDER / "2023.pickle").exists()
    assert kept_chronology.load(root)["years"].keys() == {"2022"}


def test_a_year_of_the_kept_chronology_stale_cut_short_or_planted_is_not_trusted(tmp_path, monkeypatch):
    """A year's file from an earlier save (its token not the head's), cut short or planted:
    every date's entries are made again, and the build is a clean one's."""
    import pickle

    from generator.aggregate import kept_chronology
    from test_incremental import _cut_short, add_article, clean_docs
    from conftest import tree

    root = copy_repository(tmp_path / "repo")
    pipeline.build_docs(root)
    year = root / kept_chronology.FOLDER / "2022.pickle"
    stale = year.read_bytes()
    add_article(root)
    pipeline.build_docs(root)
    assert year.read_bytes() != stale
    dates = len(kept_chronology.load(root)["dates"])
    made = _counting_chronology_dates(monkeypatch)
    for damage in (lambda: year.write_bytes(stale), lambda: _cut_short(year),
                   lambda: year.write_bytes(pickle.dumps(os.system))):  # a pickle that would run something
        damage()
        assert kept_chronology.load(root) is None
        pipeline.build_docs(root)
        assert len(made) == dates
        made.clear()
    assert tree(root / "build/docs") == clean_docs(root)


def test_a_rename_writes_again_the_years_whose_entries_show_the_name(tmp_path, monkeypatch):
    """A renamed entity makes no date again (its mentions are the same), but the digests of the
    entries that show its name change: their years are written again, so that what the next
    build reads is what a clean build keeps (the pages alone would not tell: a stale digest
    only misses and is made again)."""
    import shutil

    from generator.aggregate import kept_chronology
    from test_incremental import rename_entity

    monkeypatch.setattr(kept_reading, "RACY_SECONDS", 0)
    root = copy_repository(tmp_path / "repo")
    pipeline.build_docs(root)
    before = kept_chronology.load(root)["years"]
    made = _counting_chronology_dates(monkeypatch)
    rename_entity(root)
    pipeline.build_docs(root)
    assert made == []
    kept = kept_chronology.load(root)
    assert {year for year, token in kept["years"].items() if before.get(year) != token} == {"2022"}
    clean = tmp_path / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns("build", "site"))
    pipeline.build_docs(clean)
    clean = kept_chronology.load(clean)
    assert {part: kept[part] for part in ("dates", "of_extraction", "shown")} == \
        {part: clean[part] for part in ("dates", "of_extraction", "shown")}
