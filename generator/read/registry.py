"""Read the entity registry: one file per entity at content/entities/<type>/<id>.md.

A registry file is YAML front matter (name, name_en, type, aliases, optional role and
wikidata) and a short Arabic description in Markdown. Problems are returned as values with
the file and the line of the offending key; an entity with an error that leaves it without
an identity (no name, no English name, a wrong type) is left out, the others are kept.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from pathlib import Path


from generator.model import ENTITY_TYPES, ContentError, Entity, Problem
from generator.read.content import parse_front_matter, path_segment_problem
from generator.read.tree import read_inside, regular_files
from generator.text.orthography import name_key
from generator.text.name_guard import why_not_a_name

ENTITIES_DIR = Path("content") / "entities"
REQUIRED_KEYS = ("name", "name_en", "type")
OPTIONAL_KEYS = ("aliases", "role", "wikidata", "review")  # review: written by `suggest --write`, to be checked
# The largest registry file accepted: its front matter (at most 64 KiB, as for articles) and a
# short description. A registry of 50,000 such files still builds (bench/registry_scale.py).
MAX_ENTITY_FILE_BYTES = 64 * 1024
_WIKIDATA = re.compile(r"Q[1-9][0-9]*\Z")
_KEY_LINE = re.compile(r"([A-Za-z_][\w-]*)\s*:")
_ITEM_LINE = re.compile(r"\s*-\s*(.*?)\s*\Z")


def entity_id(name_en: str) -> str:
    """The ASCII id of an entity: its English name in lower case, letters and digits joined
    by '-' ("Lloyd Austin" -> "lloyd-austin", "Agence France-Presse" -> "agence-france-presse")."""
    decomposed = unicodedata.normalize("NFKD", name_en)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "-".join(re.findall(r"[A-Za-z0-9]+", ascii_only)).lower()


def _lines(text: str) -> tuple[dict[str, int], dict[str, int]]:
    """1-based lines of the top-level keys and of the list items of `aliases`."""
    key_lines: dict[str, int] = {}
    alias_lines: dict[str, int] = {}
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return key_lines, alias_lines
    current = None
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            break
        key = _KEY_LINE.match(line)
        if key:
            current = key.group(1)
            key_lines.setdefault(current, number)
            continue
        item = _ITEM_LINE.match(line)
        if item and current == "aliases":
            alias_lines.setdefault(item.group(1).strip("'\""), number)
    return key_lines, alias_lines


def _text_value(value) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (str, int, float)):
        text = unicodedata.normalize("NFC", str(value)).strip()
        return text or None
    return None


def read_entity_file(file: Path, root: Path) -> tuple[Entity | None, list[Problem], dict[str, int]]:
    """One registry file: the entity (None when it cannot be used), its own problems, and the
    line of every alias (for the checks across files)."""
    path = file.relative_to(root).as_posix()
    problems: list[Problem] = []

    def problem(line: int, level: str, message: str) -> None:
        problems.append(Problem(path, line, level, message))

    try:
        data = read_inside(root, file, MAX_ENTITY_FILE_BYTES, "registry file")
    except ContentError as exc:
        return None, [exc.problem], {}
    try:
        text = data.decode("utf-8").replace("\r\n", "\n").lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        problem(1, "error", f"the file is not UTF-8 (byte {exc.start}); save it as UTF-8")
        return None, problems, {}
    try:
        # The articles' reader: safe YAML without aliases (no alias bombs), at most 64 KiB.
        parsed = parse_front_matter(text, path)
    except ContentError as exc:
        problems.append(exc.problem)
        return None, problems, {}
    meta = parsed.meta
    key_lines, alias_lines = _lines(text)

    def line(key: str) -> int:
        return key_lines.get(key, 1)

    for key in meta:
        if key not in REQUIRED_KEYS + OPTIONAL_KEYS:
            problem(line(key), "warning", f"unknown front matter key '{key}' is ignored; known keys: "
                    + ", ".join(REQUIRED_KEYS + OPTIONAL_KEYS))
    name = _text_value(meta.get("name"))
    name_en = _text_value(meta.get("name_en"))
    entity_type = _text_value(meta.get("type"))
    folder = file.relative_to(root / ENTITIES_DIR).parts[0] if len(file.relative_to(root / ENTITIES_DIR).parts) > 1 else ""
    if name is None:
        problem(line("name"), "error", "the entity has no 'name'; add a line 'name: ...' with its Arabic name")
    elif (reason := why_not_a_name(name)) is not None:
        problem(line("name"), "error", f"the name '{name}' cannot be a name: {reason}; the entity is left out")
    if name_en is None or not entity_id(name_en):
        problem(line("name_en"), "error", "the entity has no 'name_en'; add a line 'name_en: ...' with its English "
                "name (Latin letters): the entity's id and file name are made from it")
    if entity_type not in ENTITY_TYPES:
        problem(line("type"), "error", f"type must be one of {', '.join(ENTITY_TYPES)}"
                + (f", not '{entity_type}'" if entity_type else "; add a line 'type: ...'"))
    elif folder != entity_type:
        problem(line("type"), "error", f"the type is '{entity_type}' but the file is in "
                f"{(ENTITIES_DIR / folder).as_posix() if folder else ENTITIES_DIR.as_posix()}/; move it to "
                f"{(ENTITIES_DIR / entity_type).as_posix()}/ or correct the type")
    if name_en is not None and entity_id(name_en) and (reason := path_segment_problem(entity_id(name_en))):
        problem(line("name_en"), "error", f"the id '{entity_id(name_en)}' made from name_en cannot be a page "
                f"address: {reason}; change name_en")
    if any(p.level == "error" for p in problems):
        return None, problems, {}

    ident = entity_id(name_en)
    if file.stem != ident:
        problem(line("name_en"), "warning", f"the file name should be the id made from name_en '{name_en}': "
                f"rename {file.name} to {ident}.md")
    raw_aliases = meta.get("aliases")
    if raw_aliases is None:
        raw_aliases = []
    elif isinstance(raw_aliases, str):
        problem(line("aliases"), "warning", "aliases should be a list, one '- ...' line per spelling")
        raw_aliases = [raw_aliases]
    elif not isinstance(raw_aliases, list):
        problem(line("aliases"), "error", "aliases must be a list, one '- ...' line per spelling; it is ignored")
        raw_aliases = []
    aliases = []
    for raw in raw_aliases:
        alias = _text_value(raw)
        if alias is None:
            problem(alias_lines.get(str(raw), line("aliases")), "warning", f"alias {raw!r} is not a line of text and is ignored")
        elif (reason := why_not_a_name(alias)) is not None:
            problem(alias_lines.get(alias, line("aliases")), "error", f"alias '{alias}' cannot be a name: {reason}; "
                    "it is not used for links")
        elif name_key(alias) != name_key(name) and alias not in aliases:
            aliases.append(alias)
    wikidata = _text_value(meta.get("wikidata"))
    if wikidata is not None and not _WIKIDATA.match(wikidata):
        problem(line("wikidata"), "warning", f"wikidata '{wikidata}' is not a Wikidata id such as Q649; it is ignored")
        wikidata = None
    entity = Entity(
        id=ident,
        type=entity_type,
        name=name,
        name_en=name_en,
        aliases=tuple(aliases),
        role=_text_value(meta.get("role")),
        wikidata=wikidata,
        description=parsed.body.strip(),
        path=path,
    )
    return entity, problems, {alias: alias_lines.get(alias, line("aliases")) for alias in aliases}


def registry_files(root: Path) -> tuple[list[Path], list[Problem]]:
    """The registry files, and an error for every link or special file among them."""
    return regular_files(root, ENTITIES_DIR, ".md")


def load_registry(root: Path, read=None) -> tuple[list[Entity], list[Problem]]:
    """Every usable entity under content/entities/, sorted by (type, id), and the problems.
    `read` reads one file as read_entity_file does (the pipeline's state passes one that remembers)."""
    entities: list[Entity] = []
    files, problems = registry_files(root)
    alias_lines: dict[str, dict[str, int]] = {}
    for file in files:
        entity, found, lines = (read or read_entity_file)(file, root)
        problems += found
        if entity is not None:
            entities.append(entity)
            alias_lines[entity.path] = lines
    entities.sort(key=lambda e: (e.type, e.id, e.path))
    entities, clashes = _check_clashes(entities, alias_lines)
    problems += clashes
    return entities, problems


def _check_clashes(entities: list[Entity], alias_lines: dict[str, dict[str, int]]) -> tuple[list[Entity], list[Problem]]:
    """Duplicate ids, names and aliases that are another entity's name, aliases shared by two."""
    problems: list[Problem] = []
    by_id: dict[str, Entity] = {}
    kept: list[Entity] = []
    for entity in entities:
        if entity.id in by_id:
            problems.append(Problem(entity.path, 1, "error", f"the id '{entity.id}' (from name_en) is also the id of "
                                    f"{by_id[entity.id].path}; give one of them a different name_en; this one is left out"))
        else:
            by_id[entity.id] = entity
            kept.append(entity)
    names: dict[str, Entity] = {}
    for entity in kept:
        key = name_key(entity.name)
        if key in names:
            problems.append(Problem(entity.path, 1, "warning", f"the name '{entity.name}' is also the name of "
                                    f"{names[key].path}; it is ambiguous and will not be linked; "
                                    "tell them apart in the names, and keep the shared form out of both"))
        names.setdefault(key, entity)
    result: list[Entity] = []
    owners: dict[str, Entity] = {}
    for entity in kept:
        lines = alias_lines.get(entity.path, {})
        aliases = []
        for alias in entity.aliases:
            key = name_key(alias)
            other = names.get(key)
            if other is not None and other.id != entity.id and name_key(entity.name) != key:
                problems.append(Problem(entity.path, lines.get(alias, 1), "error",
                                        f"alias '{alias}' is the name of {other.path}; remove it here, "
                                        "or the two entities cannot be told apart"))
                continue
            aliases.append(alias)
            if key in owners and owners[key].id != entity.id:
                problems.append(Problem(entity.path, lines.get(alias, 1), "warning",
                                        f"alias '{alias}' is also an alias of {owners[key].path}; it is ambiguous and "
                                        "will not be linked; keep it in one of the two files only"))
            owners.setdefault(key, entity)
        result.append(entity if len(aliases) == len(entity.aliases) else _with_aliases(entity, aliases))
    return result, problems


def _with_aliases(entity: Entity, aliases: list[str]) -> Entity:
    return replace(entity, aliases=tuple(aliases))
