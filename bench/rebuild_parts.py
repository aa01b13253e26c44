"""What a rebuild does for the whole archive before it renders a page, part by part, in CPU seconds.

    .venv/bin/python bench/rebuild_parts.py /tmp/archive-10000

Runs in this process, with the archive's own copy of the generator, on an archive built
before (bench/render_stages.py): reads and extracts it from build/cache/ (the extraction
cache's shards and the kept reading of the content files), aggregates it, makes every page's
inputs (with the digests they are composed of, made once per object: each extraction's,
profile's, chronology entry's and link's; render/site.py, KeptInputs; the extractions' kept with
them in the cache, the related lists and the chronology by date with its entries' digests kept
in build/cache/) and fingerprints them,
loads the search keys, keeps the chronology (where a build does: after the pages), fingerprints
the feeds and makes the open data from the event records
kept in build/cache/ (keeping them for the next run), and prints the CPU seconds of each part
(nothing is rendered or written). Run it twice: the first run after a change to the
generator's code extracts and reads everything again.
These parts are what every rebuild pays, whatever it changed: the floor of "one added
article" and "one entity edited". The last field is a digest of every page's fingerprint:
two versions of the code that must fingerprint alike print the same.
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import os
import sys
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    root = parser.parse_args().archive.resolve()
    sys.path.insert(0, str(root))  # the archive's copy of the generator
    os.chdir(root)
    seconds: dict[str, float] = {}
    clock = [time.process_time()]

    def lap(part: str) -> None:
        now = time.process_time()
        seconds[part], clock[0] = now - clock[0], now

    from generator.aggregate.archive import build_archive
    from generator.aggregate.kept_related import build_profiles
    from generator.config import load_settings, mkdocs_config, site_url
    from generator.pipeline import archive_problems, chronology_from_kept, keep_chronology
    from generator.render.exports import KeptRecords, feed_arguments, feed_inputs, load_event_lines, open_data, save_event_lines
    from generator.render.inputs import Fingerprints, shared_inputs
    from generator.render.markup import excerpt
    from generator.render.search_index import load_keys_cache
    from generator.render.site import SiteData, site_pages
    from generator.state import read_archive
    lap("imports")
    state, settings = read_archive(root), load_settings(root)
    lap("read and extract")
    archive_problems(state, settings)
    gc.disable()  # as the render pass does
    archive = build_archive(state.articles)
    digests = [state.extraction_digests[x.article.key] for x in state.extractions]
    profiles = build_profiles(root, state.entities, state.extractions, state.share_records, digests)  # kept lists
    lap("profiles")
    kept_dates, kept = chronology_from_kept(root, state.extractions, digests)  # kept by date
    lap("chronology")
    data = SiteData(archive, {x.article.key: x for x in state.extractions}, profiles, kept_dates.entries, kept,
                    digests=state.extraction_digests,
                    named={x.article.key: named for x, named in zip(state.extractions, state.entities_named(), strict=True)})
    address = site_url(root)
    pages = list(site_pages(data, settings))
    lap("pages' inputs")
    prints = Fingerprints(shared_inputs(root, settings, address), None, True)
    every = hashlib.sha256()
    for page in pages:
        every.update(prints.page(page))
    lap("fingerprints")
    load_keys_cache(root)
    lap("search keys")
    keep_chronology(root, kept_dates, kept)  # where the pipeline keeps it: after the pages, before the feeds and the open data
    lap("chronology kept")
    excerpts = {a.key: a.summary or excerpt(a.body, settings.excerpt_words) for a in state.articles}
    feeds = feed_arguments(data, address, mkdocs_config(root).get("site_name", ""), excerpts, settings.addresses)
    for arguments in feeds.values():
        prints.of(*feed_inputs(*arguments))
    lap("feeds")
    records = KeptRecords(lines=load_event_lines(root))  # the event records the last build kept
    open_data(data, settings.addresses, records)
    save_event_lines(root, records.lines)
    lap("open data")
    print("; ".join(f"{part} {cpu:.2f} s" for part, cpu in seconds.items()),
          f"| {len(pages)} pages, fingerprints {every.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
