"""Names that cannot be names: a registry alias such as "و" or "الحكومة" is refused by
`check`, never used by the matcher, and fails the build, with the file and the line."""
from __future__ import annotations

import pytest

from conftest import REPO, copy_repository
from generator.check import check
from generator.extract.entities import EntityMatcher
from generator.model import Entity
from generator.pipeline import generate
from generator.read.registry import load_registry
from generator.text.name_guard import why_not_a_name

REFUSED = {
    "و": "too short", "في": "too short", "من": "too short", "عن": "too short", "أن": "too short",
    "ما": "too short", "لا": "too short", "قد": "too short", "UN": "too short", "فـي": "too short",
    "على": "function word", "إلى": "function word", "الذي": "function word", "هذه": "function word",
    "the": "function word", "علي": "function word 'على'", "الى": "function word 'إلى'",
    "الحكومة": "common Arabic word 'الحكومة'", "الحكومه": "common Arabic word 'الحكومة'",
    "وزير": "common Arabic word", "سعيد": "common Arabic word", "قال": "common Arabic word",
    "الرئيس": "common Arabic word", "العالم": "common Arabic word",
    "في من": "only of function words", "إلى أن": "only of function words",
    "2022": "no letters", "...": "no letters",
}
# Names that are also frequent words, measured (README, Safety): places by CLDR, the rest below
# the limit; names of several frequent words are names.
ACCEPTED = ["مصر", "القاهرة", "السعودية", "أمريكا", "غزة", "مالي", "روسيا", "واشنطن", "بوتين", "أردوغان",
            "حماس", "شكري", "CNN", "AFP", "أ ف ب", "فرانس 24", "الولايات المتحدة", "وزارة الخارجية",
            "الأمم المتحدة", "قيس سعيد", "علي عبد الله صالح", "جو بايدن"]


@pytest.mark.parametrize("name, reason", sorted(REFUSED.items()))
def test_what_cannot_be_a_name_is_refused_with_the_reason(name, reason):
    assert reason in (why_not_a_name(name) or "")


@pytest.mark.parametrize("name", ACCEPTED)
def test_real_names_that_are_also_frequent_words_are_accepted(name):
    assert why_not_a_name(name) is None


def test_every_name_and_alias_of_the_registry_passes():
    entities, problems = load_registry(REPO)
    assert [p for p in problems if "cannot be a name" in p.message] == []
    for entity in entities:
        for name in (entity.name, *entity.aliases):
            assert why_not_a_name(name) is None, (entity.path, name)


BAD_ALIASES = """---
name: سامح شكري
name_en: Sameh Shoukry
type: person
aliases:
  - و
  - في
  - الحكومة
  - شكري
  - سعيد
---
وزير الخارجية المصري.
"""


@pytest.fixture
def bad_registry(tmp_path):
    root = copy_repository(tmp_path / "repo")
    (root / "content/entities/person/sameh-shoukry.md").write_text(BAD_ALIASES, encoding="utf-8")
    return root


def test_check_refuses_stopword_aliases_with_file_and_line(bad_registry):
    errors = [p for p in check(bad_registry) if p.level == "error"]
    assert [(e.path, e.line) for e in errors] == [("content/entities/person/sameh-shoukry.md", n) for n in (6, 7, 8, 10)]
    assert all("cannot be a name" in e.message for e in errors)
    assert "too short" in errors[0].message and "'الحكومة'" in errors[2].message


def test_the_build_fails_and_nothing_links_with_a_refused_alias(bad_registry):
    generated = generate(bad_registry)
    assert {(e.path, e.line) for e in generated.errors} == {("content/entities/person/sameh-shoukry.md", n)
                                                          for n in (6, 7, 8, 10)}
    entities, _ = load_registry(bad_registry)
    [shoukry] = [e for e in entities if e.id == "sameh-shoukry"]
    assert shoukry.aliases == ("شكري",)  # the refused aliases are left out, the good one kept
    linked = {m.entity_id for x in generated.extractions for m in x.mentions}
    assert "sameh-shoukry" not in linked  # the seeds say "في" and "و" hundreds of times


def test_a_refused_name_leaves_the_entity_out(tmp_path):
    root = copy_repository(tmp_path / "repo")
    (root / "content/entities/organization/government.md").write_text(
        "---\nname: الحكومة\nname_en: Government\ntype: organization\n---\n", encoding="utf-8")
    entities, problems = load_registry(root)
    assert "government" not in {e.id for e in entities}
    [error] = [p for p in problems if p.path.endswith("government.md")]
    assert (error.line, error.level) == (2, "error") and "common Arabic word" in error.message


def test_the_matcher_never_links_with_a_refused_alias_even_from_an_unchecked_registry():
    entity = Entity("sameh-shoukry", "person", "سامح شكري", "Sameh Shoukry", aliases=("في", "و", "الحكومة", "شكري"))
    text = "قال سامح شكري في القاهرة إن الحكومة و الشعب معا، وأضاف شكري أن"
    mentions = EntityMatcher([entity]).find(text)
    assert [m.text for m in mentions] == ["سامح شكري", "شكري"]


def test_the_issue_example_flow_list_of_stopwords_fails_check_on_the_command_line(tmp_path, capsys):
    from generator.cli import main

    root = copy_repository(tmp_path / "repo")
    (root / "content/entities/person/sameh-shoukry.md").write_text(
        '---\nname: سامح شكري\nname_en: Sameh Shoukry\ntype: person\naliases: ["و", "في"]\n---\n', encoding="utf-8")
    assert main(["--root", str(root), "check"]) == 1
    out = capsys.readouterr().out
    assert "content/entities/person/sameh-shoukry.md:5: error: alias 'و' cannot be a name: it is too short" in out
    assert "content/entities/person/sameh-shoukry.md:5: error: alias 'في' cannot be a name: it is too short" in out


def test_discovery_never_proposes_a_name_the_registry_would_refuse(monkeypatch):
    import generator.extract.unknown as unknown
    from generator.check import unknown_name_warnings
    from generator.model import Article

    def cued(doc):  # what the cues would say of this text: a frequent word and a real name
        return [(unknown.Proposal(name, "person", 1, (doc.text,), (doc.source,)), tuple(name.split()), False)
                for name in ("سعيد", "سامح شكري")]

    monkeypatch.setattr(unknown, "_proposals_in", cued)
    article = Article("content/articles/2023/x.md", "عنوان", __import__("datetime").date(2023, 1, 1), "x",
                      "قال سعيد وقال سامح شكري")
    assert [p.name for p in unknown.discover([article], None)] == ["سامح شكري"]
    assert [p.message.split("'")[1] for p in unknown_name_warnings([article], None)] == ["سامح شكري"]
