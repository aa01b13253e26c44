"""The entities' related lists, kept in build/cache/ between builds, so that a build orders
again only the lists its changes can reach (a preview keeps them in memory: memo.py).

A profile's related list (`associations`) is most of what making the profiles costs, and it
changes only where its counts change: the articles that name the entity, those that name an
entity it is seen with (whose weight changes), and the archive's size, within the sizes its
`association_bounds` allow. So a build keeps each list with its bounds, each article's
extraction digest with the entities its share names, and each entity's article count; the next
build finds the extractions added and gone by their digests, and keeps a list that none of them
reaches while the archive's size stays within its bounds. The file carries a format number and
a fingerprint of the code that makes what it holds; one of another version, cut short or
planted is not read (every list is made again).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from generator import safe_pickle
from generator.aggregate.entities import (Association, EntityProfile, ProfileTotals, article_share, association_bounds,
                                          associations)
from generator.model import Entity, Extraction

FILE = Path("build") / "cache" / "related.pickle"
FORMAT = 1
_CODE = ("aggregate/entities.py", "aggregate/kept_related.py", "render/digest.py", "model.py")


def code_fingerprint() -> str:
    return safe_pickle.code_fingerprint(_CODE)


def load(root: Path) -> dict | None:
    """What the last build kept (None when missing, damaged, planted or of other code)."""
    stored = safe_pickle.read_pickle(root / FILE)
    if (isinstance(stored, dict) and stored.get("format") == FORMAT and stored.get("code") == code_fingerprint()
            and isinstance(stored.get("total"), int)
            and all(isinstance(stored.get(part), dict) for part in ("shares", "articles_of", "related"))):
        return stored
    return None


def build_profiles(root: Path, entities: list[Entity], extractions: list[Extraction], records: list[tuple],
                   digests: list[bytes]) -> dict[str, EntityProfile]:
    """Every entity's profile (as aggregate/entities.build_profiles makes it), with the related
    lists the last build kept where no change reaches them; keeps this build's for the next.
    `records` and `digests` are the extractions' share records and digests, in their order."""
    shares = [article_share(extraction, record) for extraction, record in zip(extractions, records)]
    totals = ProfileTotals()
    for share in shares:
        totals.add_appearances(share)  # each entity's neighbours counted when its list is made
    articles_of, total = totals.articles_of(), len(extractions)
    now = dict(zip(digests, (share.ids for share in shares)))
    stored = load(root)
    reached = _reached(stored, now, totals, articles_of) if stored is not None else None
    kept = stored["related"] if stored is not None else {}
    profiles, related_now, made = {}, {}, 0
    for entity in entities:
        eid = entity.id
        known = _kept_list(kept.get(eid), total, stored["total"]) if reached is not None and eid not in reached else None
        if known is not None:
            related, low, high = known
        else:
            totals.count_neighbours(eid)
            shared_articles = totals.shared_articles.get(eid, Counter())
            shared_sentences = totals.shared_sentences.get(eid, Counter())
            related = associations(articles_of, shared_articles, shared_sentences, total)
            low, high = association_bounds(related, articles_of, shared_articles, shared_sentences, total)
            made += 1
        related_now[eid] = (tuple((a.entity_id, a.articles, a.sentences) for a in related), low, high)
        profiles[eid] = totals.profile(entity, articles_of, total, related)
    if made or stored is None or stored["total"] != total or stored["shares"].keys() != now.keys():
        _save(root, {"total": total, "shares": now, "articles_of": articles_of, "related": related_now})
    return profiles


def _kept_list(known, total: int, total_before: int) -> tuple | None:
    """A kept related list, with its bounds, when it still holds at the archive's size `total`
    (None when there is none, it does not hold, or it is not what a build writes)."""
    try:
        related, low, high = known
        if total != total_before and not low <= total <= high:
            return None
        return tuple(Association(*values) for values in related), low, high
    except (TypeError, ValueError):
        return None


def _reached(stored: dict, now: dict, totals: ProfileTotals, articles_of: dict) -> set[str]:
    """The entities whose related list the extractions added or gone since the last build can
    change: those their shares name, and those seen with an entity whose article count changed."""
    before = stored["shares"]
    changed = [eid for digest, ids in now.items() if digest not in before for eid in ids]
    changed += [eid for digest, ids in before.items() if digest not in now for eid in ids]
    return totals.reached(changed, articles_of, stored["articles_of"])


def _save(root: Path, kept: dict) -> None:
    safe_pickle.write_pickle(root / FILE, {"format": FORMAT, "code": code_fingerprint(), **kept})
