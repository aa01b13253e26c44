"""Reading the entity registry, and what it tells a maintainer about broken entries."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.entities import EntityMatcher
from generator.model import ENTITY_TYPES
from generator.read.registry import entity_id, load_registry

REPO = Path(__file__).resolve().parents[1]


def write(root: Path, relative: str, text: str) -> Path:
    path = root / "content" / "entities" / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


AUSTIN = """---
name: لويد أوستن
name_en: Lloyd Austin
type: person
aliases:
  - أوستن
role: وزير الدفاع الأميركي
---
وزير الدفاع الأميركي.
"""


def only(problems, level=None):
    return [p for p in problems if level is None or p.level == level]


@pytest.mark.parametrize("name_en, expected", [
    ("Lloyd Austin", "lloyd-austin"),
    ("Agence France-Presse", "agence-france-presse"),
    ("US Department of Defense", "us-department-of-defense"),
    ("Nicolás Maduro", "nicolas-maduro"),
    ("  New START ", "new-start"),
    ("France 24", "france-24"),
])
def test_entity_id(name_en, expected):
    assert entity_id(name_en) == expected


def test_reads_an_entity(tmp_path):
    write(tmp_path, "person/lloyd-austin.md", AUSTIN)
    entities, problems = load_registry(tmp_path)
    assert problems == []
    (austin,) = entities
    assert (austin.id, austin.type, austin.name, austin.name_en) == ("lloyd-austin", "person", "لويد أوستن", "Lloyd Austin")
    assert austin.aliases == ("أوستن",)
    assert austin.role == "وزير الدفاع الأميركي"
    assert austin.description == "وزير الدفاع الأميركي."
    assert austin.path == "content/entities/person/lloyd-austin.md"


def test_entities_are_sorted_by_type_then_id(tmp_path):
    write(tmp_path, "place/moscow.md", "---\nname: موسكو\nname_en: Moscow\ntype: place\n---\n")
    write(tmp_path, "person/lloyd-austin.md", AUSTIN)
    write(tmp_path, "place/cairo.md", "---\nname: القاهرة\nname_en: Cairo\ntype: place\n---\n")
    entities, _ = load_registry(tmp_path)
    assert [(e.type, e.id) for e in entities] == [("person", "lloyd-austin"), ("place", "cairo"), ("place", "moscow")]


def test_missing_name_is_an_error_on_its_line(tmp_path):
    write(tmp_path, "person/x.md", "---\nname_en: X\ntype: person\nname:\n---\n")
    entities, problems = load_registry(tmp_path)
    assert entities == []
    (problem,) = problems
    assert (problem.path, problem.line, problem.level) == ("content/entities/person/x.md", 4, "error")
    assert "name" in problem.message


def test_missing_name_en_is_an_error(tmp_path):
    write(tmp_path, "person/x.md", "---\nname: لويد أوستن\ntype: person\n---\n")
    entities, problems = load_registry(tmp_path)
    assert entities == []
    assert [(p.level, "name_en" in p.message) for p in problems] == [("error", True)]


def test_unknown_type_is_an_error_on_the_type_line(tmp_path):
    write(tmp_path, "person/lloyd-austin.md", AUSTIN.replace("type: person", "type: human"))
    entities, problems = load_registry(tmp_path)
    assert entities == []
    (problem,) = problems
    assert (problem.line, problem.level) == (4, "error")
    assert "human" in problem.message and all(t in problem.message for t in ENTITY_TYPES)


def test_wrong_type_folder_is_an_error(tmp_path):
    write(tmp_path, "place/lloyd-austin.md", AUSTIN)
    entities, problems = load_registry(tmp_path)
    assert entities == []
    (problem,) = problems
    assert (problem.line, problem.level) == (4, "error")
    assert "content/entities/person/" in problem.message


def test_file_name_other_than_the_id_is_a_warning(tmp_path):
    write(tmp_path, "person/austin.md", AUSTIN)
    entities, problems = load_registry(tmp_path)
    assert [e.id for e in entities] == ["lloyd-austin"]
    (problem,) = problems
    assert (problem.line, problem.level) == (3, "warning")
    assert "lloyd-austin.md" in problem.message


def test_unknown_keys_are_warnings_on_their_line(tmp_path):
    write(tmp_path, "person/lloyd-austin.md", AUSTIN.replace("role:", "born: 1953\nrole:"))
    entities, problems = load_registry(tmp_path)
    assert len(entities) == 1
    (problem,) = problems
    assert (problem.line, problem.level) == (7, "warning")  # the line of "born:"
    assert "born" in problem.message


def test_invalid_yaml_is_an_error_with_its_line(tmp_path):
    write(tmp_path, "person/lloyd-austin.md", "---\nname: لويد أوستن\nname_en: [Lloyd\ntype: person\n---\n")
    entities, problems = load_registry(tmp_path)
    assert entities == []
    assert [p.level for p in problems] == ["error"]
    assert problems[0].line >= 3


def test_alias_shared_by_two_entities_warns_and_is_not_linked(tmp_path):
    write(tmp_path, "organization/x-agency.md",
          "---\nname: وكالة إكس\nname_en: X Agency\ntype: organization\naliases:\n  - إكس\n---\n")
    write(tmp_path, "organization/x-party.md",
          "---\nname: حزب إكس\nname_en: X Party\ntype: organization\naliases:\n  - كتلة إكس\n  - إكس\n---\n")
    entities, problems = load_registry(tmp_path)
    assert len(entities) == 2
    (problem,) = problems
    assert (problem.path, problem.line, problem.level) == ("content/entities/organization/x-party.md", 7, "warning")
    assert "ambiguous" in problem.message
    matcher = EntityMatcher(entities)
    assert matcher.find("قالت إكس إن") == []
    assert [m.entity_id for m in matcher.find("قال حزب إكس إن")] == ["x-party"]


def test_alias_equal_to_another_entity_name_is_an_error_and_dropped(tmp_path):
    write(tmp_path, "place/moscow.md", "---\nname: موسكو\nname_en: Moscow\ntype: place\n---\n")
    write(tmp_path, "organization/russian-government.md",
          "---\nname: الحكومة الروسية\nname_en: Russian Government\ntype: organization\naliases:\n"
          "  - الكرملين\n  - موسكو\n---\n")
    entities, problems = load_registry(tmp_path)
    (problem,) = problems
    assert (problem.path, problem.line, problem.level) == ("content/entities/organization/russian-government.md", 7, "error")
    government = next(e for e in entities if e.id == "russian-government")
    assert government.aliases == ("الكرملين",)
    assert [m.entity_id for m in EntityMatcher(entities).find("وصل إلى موسكو")] == ["moscow"]


def test_duplicate_ids_are_an_error(tmp_path):
    write(tmp_path, "person/lloyd-austin.md", AUSTIN)
    write(tmp_path, "person/lloyd-austin-2.md", AUSTIN.replace("لويد أوستن", "لويد أوستين"))
    entities, problems = load_registry(tmp_path)
    assert [e.id for e in entities] == ["lloyd-austin"]
    errors = only(problems, "error")
    assert len(errors) == 1 and "lloyd-austin" in errors[0].message
    assert errors[0].path in ("content/entities/person/lloyd-austin.md", "content/entities/person/lloyd-austin-2.md")


def test_no_registry_is_an_empty_registry(tmp_path):
    assert load_registry(tmp_path) == ([], [])


def test_the_repository_registry_is_clean():
    entities, problems = load_registry(REPO)
    assert problems == []
    assert len(entities) >= 35
    for entity in entities:
        assert entity.path == f"content/entities/{entity.type}/{entity.id}.md"
        assert entity.description, entity.id


@pytest.mark.parametrize("name_en", ["Index", "CON", "Page 2", "x" * 201])
def test_an_id_that_cannot_be_a_page_address_is_an_error(tmp_path, name_en):
    write(tmp_path, f"person/{entity_id(name_en)}.md",
          f"---\nname: سامر الخطيب\nname_en: {name_en}\ntype: person\n---\n")
    entities, problems = load_registry(tmp_path)
    assert entities == []
    assert [(p.line, p.level) for p in problems] == [(3, "error")]
    assert "page address" in problems[0].message


def test_yaml_aliases_are_refused_in_the_registry(tmp_path):
    write(tmp_path, "person/bomb.md", "---\nname: &n قنبلة\nname_en: Bomb\ntype: person\naliases: [*n, *n]\n---\n")
    entities, problems = load_registry(tmp_path)
    assert entities == [] and "aliases" in problems[0].message
