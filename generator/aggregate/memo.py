"""The aggregates of the last pass, kept by a preview with what they were made from, so that a
save aggregates again only what it changed (a build aggregates once and keeps nothing)."""
from __future__ import annotations

from generator.aggregate.chronology import build_chronology
from generator.aggregate.entities import EntityProfile, article_share, build_profiles
from generator.model import Entity, Extraction


class AggregatesMemo:
    def __init__(self) -> None:
        self._events: list | None = None
        self._chronology: tuple = ()
        self._shares: dict[int, tuple] = {}  # id(extraction) -> (extraction, its article_share)
        self._profiles: dict[str, EntityProfile] = {}

    def profiles(self, entities: list[Entity], extractions: list[Extraction],
                 records: list[tuple] | None = None) -> dict[str, EntityProfile]:
        """Every entity's profile, from what each article adds to them (kept for the extractions
        that did not change: the same objects from one save to the next; made from `records`,
        their share records in the same order, when given). A profile equal to the last one is
        the last one, so that what is made from it is found again by identity."""
        kept, shares = {}, []
        for number, extraction in enumerate(extractions):
            known = self._shares.get(id(extraction))
            if known is None or known[0] is not extraction:
                known = (extraction, article_share(extraction, records[number] if records else None))
            kept[id(extraction)] = known
            shares.append(known[1])
        self._shares = kept
        profiles = build_profiles(entities, extractions, shares)
        for entity_id, profile in profiles.items():
            before = self._profiles.get(entity_id)
            if before is not None and before == profile:
                profiles[entity_id] = before
        self._profiles = profiles
        return profiles

    def chronology(self, extractions: list[Extraction]) -> tuple:
        """The chronology of the extractions' events: the last one while the events are equal
        (an edit that changes no dated sentence, such as a title, leaves it as it was)."""
        events = [event for extraction in extractions for event in extraction.events]
        if events != self._events:
            self._events, self._chronology = events, tuple(build_chronology(events))
        return self._chronology
