"""Processor time of the extract stage per article, and where it goes, on two fixed inputs: the
synthetic archive of bench/corpus.py and the texts of the extraction evaluation set.

    python bench/extraction_speed.py [--articles 1000] [--seed 1] [--repeat 3] [--profile N]
                                     [--discovery] [--dump FILE]

The synthetic archive (registry of 5,000 more entities) is written under bench/out/ once. The
evaluation texts (tests/data/extraction_eval/*.yml, their `text` and `published` only) are read
as `extract FILE --date PUBLISHED` reads a pasted text, with this repository's registry.
For each input it prints the best of `--repeat` runs, in processor milliseconds per article
(time.process_time: the wall clock of a shared machine is noise): the whole `extract_article`,
then its stages timed one by one (analysis, entity matching, agency credits, dates, events).
`--discovery` adds `discover` (the unknown names `check` and `extract` look for; not part of a
site build). `--profile N` prints the N costliest functions of one more run under cProfile.
`--dump FILE` writes every text's full result (mentions, dates, events, problems and, with
`--discovery`, the proposals) as JSON, to compare two versions of the code byte for byte. Run
both with the same PYTHONHASHSEED: which proposal gets a count or an example depends on the
order of sets of strings, which Python's hash seed changes from one process to the next.
"""
from __future__ import annotations

import argparse
import cProfile
import dataclasses
import json
import pstats
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from generator.extract.agencies import front_matter_mentions  # noqa: E402
from generator.extract.article import extract_article, organizations_of  # noqa: E402
from generator.extract.dates import article_dates, find_dates  # noqa: E402
from generator.extract.entities import EntityMatcher  # noqa: E402
from generator.extract.events import extract_events  # noqa: E402
from generator.extract.unknown import discover  # noqa: E402
from generator.inspection import read_source  # noqa: E402
from generator.read.content import read_articles  # noqa: E402
from generator.read.registry import load_registry  # noqa: E402
from generator.text.analysis import analyse  # noqa: E402
from extraction import EVAL_DIR, load_texts  # noqa: E402  (the evaluation set as bench/extraction.py reads it)



def corpus_input(articles: int, seed: int):
    folder = REPO / "bench" / "out" / f"extraction-{articles}-{seed}"
    if not folder.exists():
        subprocess.run([sys.executable, str(REPO / "bench" / "corpus.py"), str(articles), "--seed", str(seed),
                        "--out", str(folder)], check=True)
    found, _ = read_articles(folder)
    entities, _ = load_registry(folder)
    return found, EntityMatcher(entities)


def eval_input():
    entities, _ = load_registry(REPO)
    articles = []
    with tempfile.TemporaryDirectory() as tmp:
        for item in load_texts(EVAL_DIR):
            pasted = Path(tmp) / f"{item.name}.txt"
            pasted.write_text(item.text, encoding="utf-8")
            article, _ = read_source(pasted, REPO, item.published, None, entities)
            articles.append(replace(article, path=f"{item.name}.yml"))
    return articles, EntityMatcher(entities)


def _staged(article, matcher, clock: dict[str, float]) -> None:
    """extract_article's steps one by one (generator/extract/article.py), each on its own clock."""
    def timed(stage, work):
        start = time.process_time()
        result = work()
        clock[stage] = clock.get(stage, 0.0) + time.process_time() - start
        return result
    title, body = timed("analyse", lambda: (analyse(article.title), analyse(article.body)))
    mentions = timed("entities", lambda: [replace(m, field="title") for m in matcher.find(title)] + matcher.find(body))
    mentions += timed("agency credits", lambda: front_matter_mentions(article, organizations_of(matcher)))
    body_dates, _ = timed("dates", lambda: article_dates(article, body))
    dates = timed("dates", lambda: [replace(d, field="title") for d in find_dates(title, article.date)]) + body_dates
    timed("events", lambda: extract_events(article, dates, mentions, body))


def measure(name: str, articles, matcher, repeat: int, discovery: bool, profile: int) -> None:
    n = len(articles)
    for article in articles[:5]:  # patterns compiled, word lists and frequencies loaded
        extract_article(article, matcher)
    if discovery:
        discover(articles[:5], matcher)
    best = {}

    def keep(stage: str, seconds: float) -> None:
        best[stage] = min(best.get(stage, float("inf")), seconds)
    for _ in range(repeat):
        start = time.process_time()
        for article in articles:
            extract_article(article, matcher)
        keep("extract_article", time.process_time() - start)
        clock: dict[str, float] = {}
        for article in articles:
            _staged(article, matcher, clock)
        for stage, seconds in clock.items():
            keep(f"  {stage}", seconds)
        if discovery:
            start = time.process_time()
            discover(articles, matcher)
            keep("discover (apart)", time.process_time() - start)
    size = sum(len(a.body) for a in articles) / n
    print(f"{name}: {n} articles of {size / 1000:.1f} kB on average, best of {repeat}, processor ms per article")
    for stage, seconds in best.items():
        print(f"  {stage:<20} {seconds * 1000 / n:7.2f}")
    if profile:
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        for article in articles:
            extract_article(article, matcher)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(profile)


def _plain(value):
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(v) for v in value)
    return value if isinstance(value, (str, int, float, bool, type(None))) else str(value)


def dump(inputs, discovery: bool, out: Path) -> None:
    result = {}
    for name, (articles, matcher) in inputs.items():
        result[name] = {a.path: _plain(extract_article(a, matcher)) for a in articles}
        if discovery:
            result[name + " discovery, all texts together"] = _plain(discover(articles, matcher))
            result[name + " discovery, one text at a time"] = {a.path: _plain(discover([a], matcher))
                                                               for a in articles}
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"wrote {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--discovery", action="store_true")
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--only", choices=("corpus", "eval"))
    args = parser.parse_args()
    inputs = {}
    if args.only != "eval":
        inputs[f"synthetic archive ({args.articles}, seed {args.seed})"] = corpus_input(args.articles, args.seed)
    if args.only != "corpus":
        inputs["evaluation texts"] = eval_input()
    if args.dump:
        dump(inputs, args.discovery, args.dump)
        return
    for name, (articles, matcher) in inputs.items():
        measure(name, articles, matcher, args.repeat, args.discovery, args.profile)


if __name__ == "__main__":
    main()
