"""The name tagger of generator/extract/name_tagger.py, measured: rules alone against rules + tagger,
scored as bench/extraction.py scores; and the generator's model trained.

    python bench/tagger.py [--folds 5] [--accept RULES ...] [--models DIR] [--heldout] [--cost]
    python bench/tagger.py --train [MODEL]   # `make tagger`: the generator's model of every development text

Training data: only the development texts of tests/data/extraction_eval/ (`split: dev`, no
`batch:` key). Cross-validation grouped by outlet: the outlets are dealt into folds by a digest of
their name; for each fold a model is trained on the other folds' texts and discovery runs on the
fold's texts with it, through the same `extract --json` path and the same scoring as
bench/extraction.py. So every "rules + tagger" dev figure is out of fold for the tagger. (The
rules were written while reading these texts: their own dev figures are in-sample, which favours
the rules in this comparison.) Training is deterministic: the same texts give the same model.

`--heldout` then adds the held-out texts (all of them, and each batch apart), with a model trained
on every development text: figures only, never misses. `--cost` prints what the tagger adds to
discovery's time per article (features and tagging), over the development texts.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import extraction  # noqa: E402  (bench/extraction.py: loading, running and scoring)
import tagger_model  # noqa: E402
from generator.extract import name_tagger  # noqa: E402


def development_items(folder: Path = extraction.EVAL_DIR) -> list[tuple[str, str, list[dict], str]]:
    """(name, text, entities, outlet) of every development text: `split: dev` and no `batch:`."""
    items = []
    for path in sorted(folder.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if data.get("split") == "dev" and "batch" not in data:
            items.append((path.stem, data["text"], data["entities"], str(data["outlet"])))
    return items


def fold_of(outlet: str, folds: int) -> int:
    """The fold of an outlet: by a digest of its name, so the folds do not follow file order."""
    return int(hashlib.sha256(outlet.encode("utf-8")).hexdigest(), 16) % folds


def _scores(texts, model: Path | None, accept: dict = name_tagger.ACCEPT) -> list:
    with name_tagger.model_in_use(model, accept):
        return [extraction.score_text(item, *extraction.run_extract(item)) for item in texts]


_ROWS = ("discovery recall: person", "discovery recall: organization", "discovery recall: place",
         "discovery recall: agency", "discovery recall: all unknown", "discovery precision")


def _print(title: str, by_column: dict[str, list]) -> None:
    print(title)
    lines = extraction.table({name: extraction.figures(scores) for name, scores in by_column.items()}).split("\n")
    print("\n".join([lines[0], *(line for line in lines if line.startswith(_ROWS))]))
    print()


def _model(folder: Path, name: str, items: list) -> Path:
    model = folder / f"{name}.crfsuite"
    if not model.exists():
        tagger_model.train(items, model)
    return model


def cost(items: list, model: Path) -> None:
    """Milliseconds per article: discovery by the rules alone, and the tagger's features and tagging."""
    from generator.extract.unknown import find_unknown_names

    tagger = name_tagger._opened(model)
    texts = [text for _, text, _ in items]
    with name_tagger.model_in_use(None):
        for text in texts:  # warm the caches (word lists, Zipf values) as a long run has them
            find_unknown_names(text, [])
            name_tagger.tagged_spans(tagger_model.finder_for(text), tagger)
        finders = [tagger_model.finder_for(text) for text in texts]
        start = time.perf_counter()
        for finder in finders:
            name_tagger.tagged_spans(finder, tagger)
        tagging = time.perf_counter() - start
        start = time.perf_counter()
        for text in texts:
            find_unknown_names(text, [])
        rules = time.perf_counter() - start
    words = sum(len(f.tokens) for f in finders)
    print(f"cost over {len(texts)} development texts ({words / len(texts):.0f} words each): discovery by the rules "
          f"{1000 * rules / len(texts):.1f} ms an article; the tagger adds {1000 * tagging / len(texts):.1f} ms "
          f"(features and tagging)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--accept", nargs="*", default=[],
                        help="acceptance rules to compare, each like person=0.9,organization=0.5:1 "
                             "(type=least marginal[:most words]); name_tagger.ACCEPT by default")
    parser.add_argument("--models", type=Path, help="a folder to keep the trained models in and reuse them from")
    parser.add_argument("--heldout", action="store_true", help="also the held-out texts (figures only)")
    parser.add_argument("--train", type=Path, nargs="?", const=name_tagger.MODEL,
                        help="only train on every development text and write the model there (by default the "
                             "generator's, with its record beside it)")
    parser.add_argument("--cost", action="store_true", help="only the tagger's time per article")
    args = parser.parse_args(argv)
    rule_sets = {rules: tagger_model.parse_accept(rules) for rules in args.accept} or {"": name_tagger.ACCEPT}

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.models or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        dev_items = development_items()
        items = {name: (name, text, entities) for name, text, entities, _ in dev_items}
        if args.train:
            training = list(items.values())
            tagger_model.train(training, args.train)
            if args.train.resolve() == name_tagger.MODEL.resolve():
                tagger_model.RECORD.write_text(tagger_model.record_text(training, args.train), encoding="utf-8")
            print(f"trained on {len(items)} development texts: {args.train} ({args.train.stat().st_size} bytes)")
            return 0
        if args.cost:
            cost(list(items.values()), _model(folder, "all-dev", list(items.values())))
            return 0
        texts = extraction.load_texts()
        dev = [t for t in texts if t.split == "dev" and t.batch is None]
        columns: dict[str, list] = {"rules alone": _scores(dev, None)}
        for rules in rule_sets:
            columns[f"+tagger CV {rules}".strip()] = []
        for fold in range(args.folds):
            held = [t for t in dev if fold_of(t.outlet, args.folds) == fold]
            training = [items[t.name] for t in dev if fold_of(t.outlet, args.folds) != fold]
            model = _model(folder, f"fold{fold}-of-{args.folds}", training)
            for rules, accept in rule_sets.items():
                columns[f"+tagger CV {rules}".strip()] += _scores(held, model, accept)
        _print(f"development texts ({len(dev)}, {len({t.outlet for t in dev})} outlets), "
               f"{args.folds}-fold cross-validation by outlet", columns)

        if args.heldout:
            heldout = [t for t in texts if t.split == "heldout"]
            model = _model(folder, "all-dev", list(items.values()))
            rules_alone = _scores(heldout, None)
            tagged = {rules: _scores(heldout, model, accept) for rules, accept in rule_sets.items()}
            groups = {"held out": heldout}
            for batch in sorted({t.batch for t in heldout if t.batch}):
                groups[f"batch {batch}"] = [t for t in heldout if t.batch == batch]
            for name, group in groups.items():
                names = {t.name for t in group}
                by_column = {"rules alone": [s for s in rules_alone if s.name in names]}
                for rules in rule_sets:
                    by_column[f"+tagger {rules}".strip()] = [s for s in tagged[rules] if s.name in names]
                _print(f"{name} ({len(group)} texts)", by_column)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
