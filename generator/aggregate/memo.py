"""The aggregates of the last pass, kept by a preview with what they were made from, so that a
save aggregates again only what it changed (a build aggregates once and keeps nothing)."""
from __future__ import annotations

from collections import Counter

from generator.aggregate.chronology import build_chronology
from generator.aggregate.entities import EntityProfile, ProfileTotals, article_share, association_bounds
from generator.model import Entity, Extraction


class AggregatesMemo:
    def __init__(self) -> None:
        self._events: list | None = None
        self._chronology: tuple = ()
        self._dates: dict = {}  # what the chronology made of each date (build_chronology's `kept`)
        self._shares: dict[int, tuple] = {}  # id(extraction) -> (extraction, its article_share)
        self._profiles: dict[str, EntityProfile] = {}
        self._totals: ProfileTotals | None = None  # the sums self._profiles were made from
        self._articles_of: dict[str, int] = {}
        self._total = 0  # articles
        # entity id -> the archive sizes at which its profile's related list stays as it is
        # (association_bounds), made when first needed; gone when its profile is made again.
        self._bounds: dict[str, tuple[float, float]] = {}

    def profiles(self, entities: list[Entity], extractions: list[Extraction],
                 records: list[tuple] | None = None) -> dict[str, EntityProfile]:
        """Every entity's profile, from what each article adds to them (kept for the extractions
        that did not change: the same objects from one save to the next; made from `records`,
        their share records in the same order, when given). Only the articles that changed are
        taken out of the sums and counted in again, and only the profiles they reach are made
        again: the entities they name, and those seen with an entity whose article count changed
        (its weight in their associations). A profile equal to the last one is the last one, so
        that what is made from it is found again by identity."""
        kept, added = {}, []
        for number, extraction in enumerate(extractions):
            known = self._shares.get(id(extraction))
            if known is None or known[0] is not extraction:
                known = (extraction, article_share(extraction, records[number] if records else None))
                added.append(known[1])
            kept[id(extraction)] = known
        removed = [share for key, (extraction, share) in self._shares.items()
                   if kept.get(key, (None,))[0] is not extraction]
        self._shares = kept
        totals = self._totals
        # Everything again when most articles changed (a first pass). (The sums are by entity id
        # and an entity whose names changed is in the shares of the articles extracted again; a
        # changed entity's own profile is made again below.)
        if totals is None or len(added) + len(removed) > len(extractions) // 2:
            totals = ProfileTotals()
            for _, share in kept.values():
                totals.add(share)
            reached = None
        else:
            for share in removed:
                totals.add(share, sign=-1)
            for share in added:
                totals.add(share)
            reached = {entity_id for share in removed + added for entity_id in share.ids}
        articles_of = totals.articles_of()
        if reached is not None:
            reached = totals.reached(reached, articles_of, self._articles_of)
        # The archive's size weighs every association: a profile the save did not reach is
        # kept while its related list, ordered at the new size, is the same.
        total, resized = len(extractions), len(extractions) != self._total
        profiles = {}
        for entity in entities:
            before = self._profiles.get(entity.id)
            if (reached is not None and entity.id not in reached and before is not None and before.entity is entity
                    and (not resized or self._holds(before, totals, articles_of, total))):
                profiles[entity.id] = before
                continue
            profile = totals.profile(entity, articles_of, total)
            self._bounds.pop(entity.id, None)
            profiles[entity.id] = before if before is not None and before == profile else profile
        self._profiles, self._totals = profiles, totals
        self._articles_of, self._total = articles_of, total
        return profiles

    def _holds(self, profile: EntityProfile, totals: ProfileTotals, articles_of: dict, total: int) -> bool:
        """Whether a profile whose counts are the same lists the same related entities at the
        archive's new size `total` (its bounds are made at the size it was made for)."""
        low, high = self._bounds_of(profile, totals, articles_of)
        return low <= total <= high

    def _bounds_of(self, profile: EntityProfile, totals: ProfileTotals, articles_of: dict) -> tuple[int, int]:
        """The archive sizes between which `profile`'s related list stays the same (made once,
        at the size it was made for)."""
        eid = profile.entity.id
        bounds = self._bounds.get(eid)
        if bounds is None:
            bounds = self._bounds[eid] = association_bounds(
                profile.related, articles_of, totals.shared_articles.get(eid, Counter()),
                totals.shared_sentences.get(eid, Counter()), self._total)
        return bounds

    def prepare(self) -> None:
        """Make, while a preview waits for a save, the bounds an added article checks each
        profile against (`_holds`): about what making every profile's related list costs."""
        if self._totals is not None:
            for profile in self._profiles.values():
                self._bounds_of(profile, self._totals, self._articles_of)

    def chronology(self, extractions: list[Extraction]) -> tuple:
        """The chronology of the extractions' events: the last one while the events are equal
        (an edit that changes no dated sentence, such as a title, leaves it as it was), else
        made again of the last one's entries for the dates whose events are equal."""
        events = [event for extraction in extractions for event in extraction.events]
        if events != self._events:
            self._events, self._chronology = events, tuple(build_chronology(events, self._dates))
        return self._chronology
