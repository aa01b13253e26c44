"""Agency credits: which registry organisation a credit names.

How an agency is written ("وكالة فرانس برس", "فرانس برس", "أ ف ب", "أ.ف.ب", "AFP") is known in
one place: the name, English name and aliases of its registry file
(content/entities/organization/); which organisations are news agencies, by the head noun of
their name (generator/data/agencies.yml). The importer reads credit lines and photo credits
with it, and extraction links the front-matter `agencies` to the entity with it; credits
inside the body ("(أ ف ب)", "بحسب وكالة الأناضول") are ordinary aliases that the entity
matcher finds.

Mentions of front-matter agencies have field "agencies": their offsets point into the list
joined by AGENCY_JOINER ("فرانس برس، الأناضول").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from generator.data import DATA_DIR, read_yaml
from generator.model import AGENCY_JOINER, Article, Entity, Mention
from generator.text.orthography import fold

# Separators between the agencies of one credit: "(فرانس برس، الأناضول)", "(رويترز/ أ ف ب)".
_CREDIT_SEPARATORS = re.compile(r"\s*[،,/+؛;]\s*|\s+و(?=\S)")
# A whole credit line: "(فرانس برس، الأناضول)", "[رويترز]", "المصدر: الأناضول", "وكالات: رويترز",
# or the agencies alone: "رويترز / أ.ف.ب".
_CREDIT_LINE = (re.compile(r"[(\[](.+)[)\]]\.?"), re.compile(r"(?:المصدر|المصادر|وكالات)\s*[:：]\s*(.+?)\.?"),
                re.compile(r"(.+?)\.?"))


def agency_key(name: str) -> str:
    """"أ ف ب", "أ.ف.ب" and "أف ب" compare equal once Arabic is folded and dots and spaces are gone."""
    return re.sub(r"[\s.\-ـ]", "", fold(name))


@lru_cache(maxsize=1)
def head_nouns() -> tuple[str, ...]:
    data = read_yaml(DATA_DIR / "agencies.yml")
    return tuple(fold(noun) for noun in data["head_nouns"])


def is_agency(entity: Entity) -> bool:
    """A news agency of the registry: an organisation named "وكالة …"."""
    return entity.type == "organization" and fold(entity.name).split(" ", 1)[0] in head_nouns()


@dataclass(frozen=True)
class Organizations:
    """Every way the registry writes each organisation, by agency_key; a key two share is dropped."""

    by_key: dict  # agency_key -> entity id, every organisation
    agency_ids: frozenset = frozenset()  # the news agencies among them

    @classmethod
    def of(cls, entities: list[Entity]) -> "Organizations":
        owners: dict[str, set[str]] = {}
        for entity in entities:
            if entity.type != "organization":
                continue
            for form in (entity.name, entity.name_en, *entity.aliases):
                if form and agency_key(form):
                    owners.setdefault(agency_key(form), set()).add(entity.id)
        return cls({key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1},
                   frozenset(e.id for e in entities if is_agency(e)))

    def entity_of(self, name: str) -> str | None:
        """The organisation `name` is written for, if the registry knows it."""
        return self.by_key.get(agency_key(name))

    def agency_of(self, name: str) -> str | None:
        """The news agency `name` is written for, if it is one."""
        entity_id = self.entity_of(name)
        return entity_id if entity_id in self.agency_ids else None


def credit_parts(text: str) -> list[str]:
    return [part.strip() for part in _CREDIT_SEPARATORS.split(text) if part.strip()]


def credited_agencies(line: str, organizations: Organizations) -> tuple[str, ...] | None:
    """The agencies of a credit line as written ("(فرانس برس، الأناضول)" -> both), or None if it is not one.

    A credit line names only news agencies of the registry; anything else on it means it is text.
    """
    stripped = line.strip()
    match = next((m for pattern in _CREDIT_LINE if (m := pattern.fullmatch(stripped))), None)
    if not match:
        return None
    parts = credit_parts(match.group(1))
    if not parts or any(organizations.agency_of(part) is None for part in parts):
        return None
    return tuple(dict.fromkeys(parts))


def front_matter_mentions(article: Article, organizations: Organizations) -> list[Mention]:
    """A mention for each front-matter agency the registry knows; offsets into the joined list."""
    mentions = []
    offset = 0
    for name in article.agencies:
        entity_id = organizations.entity_of(name)
        if entity_id is not None:
            mentions.append(Mention(entity_id, offset, offset + len(name), name, field="agencies"))
        offset += len(name) + len(AGENCY_JOINER)
    return mentions
