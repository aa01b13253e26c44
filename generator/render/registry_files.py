"""Registry files for discovered names (`python -m generator suggest --write`).

Each proposal becomes content/entities/<type>/<id>.md: a file the registry reads as it is
(generator/read/registry.py) and the site builds. Places take their English name from CLDR;
for people and organisations the English name is a readable transliteration
(generator/data/transliteration.yml) and the file says `review: true` until a maintainer
has checked it. Nothing existing is overwritten: a file, an id or a name the registry
already has is skipped, and the reason is returned.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import yaml

from generator.data import DATA_DIR, read_yaml
from generator.extract.unknown import Proposal
from generator.model import Entity
from generator.files import create_new_file
from generator.read.registry import ENTITIES_DIR, entity_id
from generator.text.given_names import load_given_names
from generator.text.orthography import WORD_RE, fold, name_key, remove_diacritics, remove_tatweel

DATA = DATA_DIR / "transliteration.yml"


@functools.lru_cache(maxsize=None)
def _transliteration() -> dict:
    return read_yaml(DATA)


def transliterate(text: str) -> str:
    """A readable Latin spelling of Arabic text: common given names and name parts as English
    news spells them (generator/data/given_names.yml), other words letter by letter, the
    article as "al-", long vowels inside a word as u and i, every word capitalised
    ("محمد شياع السوداني" -> "Mohammed Shia Al-Sudani")."""
    spellings = load_given_names().spellings
    words = [remove_tatweel(remove_diacritics(w)) for w in WORD_RE.findall(text)]
    out, k = [], 0
    while k < len(words):
        # عبد الله, خير الدين: two written words, one name
        pair = fold(words[k] + words[k + 1]) if k + 1 < len(words) else None
        if pair in spellings and (words[k] == "عبد" or words[k + 1] == "الدين"):
            out.append(spellings[pair])
            k += 2
            continue
        latin = spellings.get(fold(words[k])) or _letters(words[k])
        if latin:
            out.append(latin)
        k += 1
    return " ".join(out)


def _letters(word: str) -> str:
    """One word, letter by letter."""
    data = _transliteration()
    letters, inside, final = data["letters"], data["vowels_inside_word"], data["final_letters"]
    article = ""
    if word.startswith("ال") and len(word) > 3:
        article, word = data["article"], word[2:]
    out = []
    for k, c in enumerate(word):
        if c in inside and 0 < k < len(word) - 1:
            out.append(inside[c])
        elif c in final and k == len(word) - 1 and k > 0:
            out.append(final[c])
        else:
            out.append(letters.get(c, c if c.isascii() else ""))
    latin = "".join(out)
    if not latin:
        return ""
    return article.capitalize() + latin.capitalize() if article else latin.capitalize()


def proposed_name_en(proposal: Proposal) -> str:
    """CLDR's English name for a place it knows, else a transliteration; never empty. A body
    every government has (وزارة الصحة) says whose it is: "Wzara Al-Sha (Jordan)"."""
    name_en = proposal.name_en or transliterate(proposal.name) or "Entity"
    return f"{name_en} ({proposal.state})" if proposal.state else name_en


def proposed_id(proposal: Proposal) -> str:
    return entity_id(proposed_name_en(proposal)) or "entity"


def registry_file(proposal: Proposal) -> tuple[str, str]:
    """(path relative to the repository, file text) of the registry entry for `proposal`."""
    name_en = proposed_name_en(proposal)
    path = (ENTITIES_DIR / proposal.type / f"{proposed_id(proposal)}.md").as_posix()
    if proposal.state_name:
        # Its name alone (وزارة الصحة) would link every country's ministry to this one: the file
        # names it with its state, and the maintainer adds the spellings that name it alone.
        lines = ["---", f"# {proposal.name}: every government has one; its texts name {proposal.state} alone. Add as",
                 "# aliases the spellings that name this one (with the state's nisba or name); the bare name",
                 f"# would link every country's ({'، '.join((proposal.name, *proposal.spellings))}).",
                 f"name: {_yaml_text(proposal.registry_name)}"]
    elif proposal.credit:
        # Its name alone is a very common word, which would link every text that has it: the file
        # names it with what it is, and the maintainer adds the spellings that name it alone.
        lines = ["---", f"# {proposal.name}: a very common word, read as this outlet's name on credit lines only. Add",
                 "# as aliases the spellings that name this one alone (with its head: صحيفة، موقع، قناة).",
                 f"name: {_yaml_text(proposal.registry_name)}"]
    else:
        lines = ["---", f"name: {_yaml_text(proposal.name)}"]
    if proposal.name_en:
        lines.append(f"name_en: {_yaml_text(name_en)}  # from CLDR")
    else:
        lines += [
            "# name_en was transliterated by `suggest`: write the name as English sources do,",
            '# rename the file to the id it gives ("Lloyd Austin" -> lloyd-austin.md), then delete review.',
            f"name_en: {_yaml_text(name_en)}",
        ]
    lines.append(f"type: {proposal.type}")
    if proposal.spellings and not proposal.state_name:  # a state's body: its bare spellings would link every country's
        lines += ["aliases:"] + [f"  - {_yaml_text(s)}" for s in proposal.spellings]
    else:
        lines.append("aliases: []")
    if proposal.role:
        lines.append(f"role: {_yaml_text(proposal.role)}")
    if not proposal.name_en:
        lines.append("review: true")
    lines += ["---", ""]
    return path, "\n".join(lines)


@dataclass(frozen=True)
class Written:
    path: str
    written: bool
    reason: str = ""  # why it was skipped


def write_registry_files(root: Path, proposals: Iterable[Proposal], entities: list[Entity]) -> list[Written]:
    """Write a registry file for each proposal that is new; say why the others are skipped."""
    ids = {e.id: e for e in entities}
    names = {name_key(n): e for e in entities for n in (e.name, *e.aliases)}
    results = []
    for proposal in proposals:
        path, text = registry_file(proposal)
        ident = proposed_id(proposal)
        spellings = ((proposal.registry_name,) if proposal.state_name or proposal.credit
                     else (proposal.name, *proposal.spellings))
        same_name = next((names[name_key(n)] for n in spellings if name_key(n) in names), None)
        if (root / path).exists():
            results.append(Written(path, False, "the file exists"))
        elif ident in ids:
            results.append(Written(path, False, f"the id '{ident}' is {ids[ident].path}'s"))
        elif same_name is not None:
            results.append(Written(path, False, f"the name is already in {same_name.path}"))
        else:
            try:  # never through a linked folder, never over a file (or a dangling link) that appeared
                create_new_file(root, path, text.encode("utf-8"))
            except FileExistsError:
                results.append(Written(path, False, "the file exists"))
                continue
            ids[ident] = Entity(ident, proposal.type, proposal.registry_name, proposed_name_en(proposal), path=path)
            names[name_key(proposal.registry_name)] = ids[ident]
            results.append(Written(path, True))
    return results


def _yaml_text(value: str) -> str:
    return yaml.safe_dump(value, allow_unicode=True, width=1000).removesuffix("\n...\n").strip()
