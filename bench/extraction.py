"""Extraction on real Arabic news, scored against the hand-made evaluation set.

    python bench/extraction.py [--split dev|heldout|all] [--batch DATE] [--json] [--show-misses]

Every text of tests/data/extraction_eval/ goes through the same code path as
`python -m generator extract FILE --date PUBLISHED --json` (the text is written to a temporary .txt
file and the CLI is called in this process, with this repository's registry). The JSON it prints
is compared with the annotations; the figures are printed for the dev split, the held-out split,
all texts, and the seed topic apart from the others. `--batch DATE` keeps only the texts whose
optional `batch:` key is DATE (a held-out batch added on that day), so a fresh batch is measured alone.

What is counted, and how (the format of the files: tests/data/extraction_eval/README.md, checked by tests/test_extraction_eval.py):

- Refused: the command failed or printed no JSON. A refused text counts as missed everywhere.
- Registry linking. Recall: gold entities with a `registry` id whose id is among the JSON
  `entities` (linked at least once, anywhere in the text). Precision: linked ids that are gold
  entities of that text / all linked ids.
- Discovery of entities the registry does not know (`registry: null`), by kind: person,
  organization, place, agency (an organization whose name is a news agency's: its Arabic name
  starts with وكالة or its English name says agency, press or a known wire), agreement. A gold
  entity is found when a proposal of `unknown_names` has the same name key as its canonical name
  or one of its forms. Discovery precision: proposals whose key matches some gold entity of the
  text (known to the registry or not) / all proposals; and the same by the type the proposal
  says it is (a person proposal that meets a gold organisation still counts as right).
  Name keys: the name is folded (generator.text.orthography.fold: hamza and alef forms, ya, ta
  marbuta, diacritics, tatweel, digits), punctuation and the underscore of hashtags become
  spaces, and the first word gets its variants without leading clitics: و/ف, then ب/ل/ك, then
  the article ال (and لل read as ل + ال). Two names match when their variant sets meet, so
  "بالمغرب" meets "المغرب" and "مغرب", "للهلال" meets "الهلال". Nothing else is forgiven: a
  proposal with a word too many ("الدبيبة بمدينة") or too few ("عبد الحميد") is not a match.
  One more way for places only: a place proposal whose `name_en` is CLDR's English name (not a
  transliteration of its Arabic) meets a gold place with the same English name, so the official
  long form "دولة الكويت" counts for the gold "الكويت" (Kuwait) and the other way round: one
  country, named two ways.
- Dates. A gold date is found when an extracted date has the same value and precision and its
  span overlaps the gold's place in the text (longer gold texts are placed first, each at its first
  occurrence not taken by another: gold dates with the same text are listed in text order, and a
  short one never lands inside a longer one). Extracted spans are offsets into the JSON's `body`
  (or the field a date names: `title`, or `dateline` for a dateline the importer took out); they are placed in the pasted text by finding
  that field in it, else the words around the date, else the n-th occurrence of the date's text;
  a date that cannot be placed is compared by its text. Precision: extracted dates that match
  some gold date / all extracted dates.

The JSON keys other work may add are read when present (`field` on mentions and dates; `examples`,
`name_en`, `id` on proposals) and not required.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import difflib
import io
import json
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.render.registry_files import transliterate  # noqa: E402
from generator.text.orthography import fold  # noqa: E402

EVAL_DIR = REPO / "tests" / "data" / "extraction_eval"
SEED_TOPIC = "seed"
KINDS = ("person", "organization", "place", "agency", "agreement")
PROPOSAL_TYPES = ("person", "organization", "place")  # the types `unknown_names` proposes
# A news agency among organisations: by its Arabic head noun or its English name.
_AGENCY_EN = re.compile(r"\b(agency|agence|press|reuters|xinhua|sputnik|tass|anadolu|wam|kuna|suna|spa)\b", re.I)
_NOT_WORD = re.compile(r"[\W_]+")
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")
_ARTICLE = "ال"
_MIN_STEM = 2


# --- The gold set ---------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldEntity:
    name: str
    name_en: str
    type: str
    forms: tuple[str, ...]
    registry: str | None

    @property
    def kind(self) -> str:
        if self.type == "organization" and (fold(self.name).startswith("وكاله") or _AGENCY_EN.search(self.name_en)):
            return "agency"
        return self.type


@dataclass(frozen=True)
class GoldDate:
    text: str
    value: str
    precision: str
    end_value: str | None
    start: int
    end: int


@dataclass(frozen=True)
class EvalText:
    name: str
    outlet: str
    split: str
    topic: str
    published: dt.date
    text: str
    entities: tuple[GoldEntity, ...]
    dates: tuple[GoldDate, ...]
    batch: str | None = None  # the day a held-out batch was added (optional `batch:` key)
    added: str | None = None  # the day development texts were added after the floors were set (optional `added:` key)


def _iso(value) -> str | None:
    """A YAML value as ISO text: dates may load as date objects, years as integers."""
    if value is None:
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _place_dates(text: str, dates: list[dict]) -> tuple[GoldDate, ...]:
    """Each gold date at its occurrence: longer texts first, each at its first occurrence that no date
    placed before overlaps. So "اليوم" listed after "اليوم الاثنين" is the later, standalone one, and
    the n-th entry with a given text is at its n-th occurrence."""
    spans: dict[int, tuple[int, int]] = {}
    for index in sorted(range(len(dates)), key=lambda i: -len(str(dates[i]["text"]))):
        needle = str(dates[index]["text"])
        start = text.find(needle)
        while start >= 0 and any(start < e and s < start + len(needle) for s, e in spans.values()):
            start = text.find(needle, start + 1)
        spans[index] = (start, start + len(needle))
    return tuple(GoldDate(str(d["text"]), _iso(d["value"]), d["precision"], _iso(d.get("end_value")), *spans[i])
                 for i, d in enumerate(dates))


def load_texts(folder: Path = EVAL_DIR) -> list[EvalText]:
    texts = []
    for path in sorted(folder.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        published = data["published"]
        if not isinstance(published, dt.date):
            published = dt.date.fromisoformat(str(published))
        entities = tuple(GoldEntity(e["name"], str(e["name_en"]), e["type"], tuple(map(str, e["forms"])),
                                    e.get("registry")) for e in data["entities"])
        texts.append(EvalText(path.stem, str(data["outlet"]), data["split"], str(data["topic"]), published, data["text"], entities,
                              _place_dates(data["text"], data["dates"]), _iso(data.get("batch")),
                              _iso(data.get("added"))))
    return texts


# --- Running the extractor -------------------------------------------------------------------

def run_extract(item: EvalText, root: Path = REPO) -> tuple[dict | None, str]:
    """The JSON of `extract FILE --date PUBLISHED --json`, or None and why it was refused."""
    from generator.cli import main

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{item.name}.txt"
        path.write_text(item.text, encoding="utf-8")
        out, err = io.StringIO(), io.StringIO()
        argv = ["--root", str(root), "extract", str(path), "--date", item.published.isoformat(), "--json"]
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except Exception as exc:  # a crash is a refusal too, and the message says which
            return None, f"{type(exc).__name__}: {exc}"
    message = err.getvalue().strip().replace(str(path), item.name)
    if code != 0:
        return None, message or f"exit code {code}"
    try:
        return json.loads(out.getvalue()), message
    except json.JSONDecodeError:
        return None, message or "no JSON on standard output"


# --- Matching --------------------------------------------------------------------------------

def _first_word_variants(word: str) -> set[str]:
    variants = {word}
    for conj in ("", *_CONJUNCTIONS):
        if conj and not word.startswith(conj):
            continue
        rest = word[len(conj):]
        for prep in ("", *_PREPOSITIONS):
            if prep and not rest.startswith(prep):
                continue
            stem = rest[len(prep):]
            if prep == "ل" and stem.startswith("ل"):  # "للهلال": ل + الهلال with the alef dropped
                variants.update({_ARTICLE + stem[1:], stem[1:]})
            variants.add(stem)
            if stem.startswith(_ARTICLE):
                variants.add(stem[len(_ARTICLE):])
    # The word as written is always a key: initials start with a one-letter word ("و م ع" of و.م.ع).
    return {v for v in variants if len(v) >= _MIN_STEM} | {word}


def name_keys(name: str) -> set[str]:
    """The keys a name is compared by: folded, and its first word with or without clitics."""
    words = _NOT_WORD.sub(" ", fold(name)).split()
    if not words:
        return set()
    return {" ".join([first, *words[1:]]) for first in _first_word_variants(words[0])}


def entity_keys(entity: GoldEntity) -> set[str]:
    keys = set()
    for spelling in (entity.name, *entity.forms):
        keys |= name_keys(spelling)
    return keys


def known_place_en(proposal: dict) -> str | None:
    """The English name of a place proposal when it comes from CLDR (not a transliteration)."""
    name_en = proposal.get("name_en")
    if proposal.get("type") != "place" or not isinstance(name_en, str) or not name_en.strip():
        return None
    if name_en == transliterate(str(proposal.get("name", ""))):
        return None
    return name_en.strip().casefold()


def _meets(entity: GoldEntity, keys: set[str], proposal: dict, proposal_keys: set[str]) -> bool:
    if keys & proposal_keys:
        return True
    place_en = known_place_en(proposal)
    return place_en is not None and entity.type == "place" and entity.name_en.strip().casefold() == place_en


def _count_before(text: str, part: str, position: int) -> int:
    """How many times `part` occurs in `text` starting before `position`."""
    count, at = 0, text.find(part)
    while 0 <= at < position:
        count, at = count + 1, text.find(part, at + 1)
    return count


def _nth_find(text: str, part: str, n: int) -> int:
    """Where the n-th (from 0) occurrence of `part` starts in `text`, or the last one, or -1."""
    at = text.find(part)
    for _ in range(n):
        following = text.find(part, at + 1)
        if following < 0:
            break
        at = following
    return at


def _line_moved(source: str, original: str, start: int, end: int) -> tuple[int, int] | None:
    """A field the importer took lines out of (a dateline, chrome, a headline repeated under
    itself) keeps its other lines in order: the date's line, matched line by line with the
    pasted text, is where it stands there (a line written twice is told apart by its place)."""
    source_lines, original_lines = source.split("\n"), original.split("\n")
    line = source.count("\n", 0, start)
    line_start = start - (source.rfind("\n", 0, start) + 1)
    if source.count("\n", 0, end) != line:
        return None
    blocks = difflib.SequenceMatcher(None, source_lines, original_lines, autojunk=False).get_matching_blocks()
    for a, b, size in blocks:
        if a <= line < a + size:
            target = b + line - a
            offset = sum(len(text) + 1 for text in original_lines[:target])
            return offset + line_start, offset + line_start + end - start
    return None


def _placed_span(item: dict, result: dict, original: str, nth: int) -> tuple[int, int] | None:
    """Where an extracted date (offsets into a JSON field) sits in the pasted text."""
    start, end = item.get("start"), item.get("end")
    source = result.get(item.get("field") or "body")
    if not isinstance(source, str):
        source = result.get("body") if isinstance(result.get("body"), str) else ""
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(source):
        base = original.find(source) if source else -1
        if base >= 0:
            return base + start, base + end
        if (moved := _line_moved(source, original, start, end)) is not None:
            return moved
        for margin in (20, 8):  # the words around it, when chrome removal changed the field
            before, after = source[max(0, start - margin):start], source[end:end + margin]
            window = before + source[start:end] + after
            # a line written twice (a headline repeated under itself): the same occurrence as in the field
            at = _nth_find(original, window, _count_before(source, window, start - len(before)))
            if at >= 0 and (before or after):
                return at + len(before), at + len(before) + end - start
    text = str(item.get("text", ""))
    at = -1
    for _ in range(nth + 1):
        at = original.find(text, at + 1) if text else -1
        if at < 0:
            return None
    return at, at + len(text)


def _date_matches(gold: GoldDate, value: str, precision: str, span: tuple[int, int] | None, text: str) -> bool:
    if value != gold.value or precision != gold.precision:
        return False
    if span is None:
        return text == gold.text
    return span[0] < gold.end and gold.start < span[1]


# --- Scoring one text ------------------------------------------------------------------------

@dataclass
class TextScore:
    name: str
    split: str
    topic: str
    refused: str | None = None
    linking_gold: int = 0
    linking_found: int = 0
    linked: int = 0
    linked_correct: int = 0
    discovery_gold: dict = field(default_factory=lambda: {k: 0 for k in KINDS})
    discovery_found: dict = field(default_factory=lambda: {k: 0 for k in KINDS})
    proposals: int = 0
    proposals_correct: int = 0
    # the same, by the type each proposal says it is (person, organization, place)
    proposals_by_type: Counter = field(default_factory=Counter)
    proposals_correct_by_type: Counter = field(default_factory=Counter)
    dates_gold: int = 0
    dates_found: int = 0
    dates_extracted: int = 0
    dates_correct: int = 0
    misses: list = field(default_factory=list)  # (what, detail) for --show-misses


def score_text(item: EvalText, result: dict | None, refusal: str = "") -> TextScore:
    score = TextScore(item.name, item.split, item.topic)
    if result is None:
        score.refused = refusal or "refused"
    result = result or {}

    gold_ids = {e.registry for e in item.entities if e.registry}
    linked_ids = {e.get("id") for e in result.get("entities", []) if e.get("id")}
    score.linking_gold, score.linking_found = len(gold_ids), len(gold_ids & linked_ids)
    score.linked, score.linked_correct = len(linked_ids), len(linked_ids & gold_ids)
    score.misses += [("registry entity not linked", i) for i in sorted(gold_ids - linked_ids)]
    score.misses += [("linked, not in the gold", i) for i in sorted(linked_ids - gold_ids)]

    proposals = [p for p in result.get("unknown_names", []) if isinstance(p, dict) and p.get("name")]
    proposal_keys = [(p, name_keys(str(p["name"]))) for p in proposals]
    gold_keys = [(e, entity_keys(e)) for e in item.entities]
    for entity, keys in gold_keys:
        if entity.registry:
            continue
        score.discovery_gold[entity.kind] += 1
        if any(_meets(entity, keys, p, pk) for p, pk in proposal_keys):
            score.discovery_found[entity.kind] += 1
        else:
            score.misses.append((f"unknown {entity.kind} not proposed", entity.name))
    score.proposals = len(proposals)
    for proposal, keys in proposal_keys:
        kind = str(proposal.get("type", "?"))
        score.proposals_by_type[kind] += 1
        if any(_meets(entity, gk, proposal, keys) for entity, gk in gold_keys):
            score.proposals_correct += 1
            score.proposals_correct_by_type[kind] += 1
        else:
            score.misses.append(("false proposal", f"{proposal['name']} ({kind})"))

    extracted = []
    seen: dict[str, int] = {}
    for d in result.get("dates", []):
        text = str(d.get("text", ""))
        nth = seen.get(text, 0)
        seen[text] = nth + 1
        extracted.append((d, _placed_span(d, result, item.text, nth)))
    score.dates_gold, score.dates_extracted = len(item.dates), len(extracted)
    for gold in item.dates:
        if any(_date_matches(gold, str(d.get("value")), str(d.get("precision")), span, str(d.get("text", "")))
               for d, span in extracted):
            score.dates_found += 1
        else:
            score.misses.append(("date missed", f"{gold.text} = {gold.value} ({gold.precision})"))
    for d, span in extracted:
        if any(_date_matches(g, str(d.get("value")), str(d.get("precision")), span, str(d.get("text", "")))
               for g in item.dates):
            score.dates_correct += 1
        else:
            score.misses.append(("false date", f"{d.get('text')} = {d.get('value')} ({d.get('precision')})"))
    return score


# --- Figures ---------------------------------------------------------------------------------

def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def figures(scores: list[TextScore]) -> dict:
    def total(attr: str) -> int:
        return sum(getattr(s, attr) for s in scores)

    discovery = {}
    for kind in KINDS:
        gold = sum(s.discovery_gold[kind] for s in scores)
        found = sum(s.discovery_found[kind] for s in scores)
        discovery[kind] = {"recall": _ratio(found, gold), "found": found, "gold": gold}
    gold_all = sum(v["gold"] for v in discovery.values())
    found_all = sum(v["found"] for v in discovery.values())
    discovery["all"] = {"recall": _ratio(found_all, gold_all), "found": found_all, "gold": gold_all}
    by_type = {}
    for kind in PROPOSAL_TYPES:
        made = sum(s.proposals_by_type[kind] for s in scores)
        right = sum(s.proposals_correct_by_type[kind] for s in scores)
        by_type[kind] = {"precision": _ratio(right, made), "correct": right, "proposals": made}
    return {
        "texts": len(scores),
        "refused": sum(1 for s in scores if s.refused),
        "refused_texts": [s.name for s in scores if s.refused],
        "linking": {"recall": _ratio(total("linking_found"), total("linking_gold")),
                    "found": total("linking_found"), "gold": total("linking_gold"),
                    "precision": _ratio(total("linked_correct"), total("linked")),
                    "correct": total("linked_correct"), "linked": total("linked")},
        "discovery_recall": discovery,
        "discovery_precision": {"precision": _ratio(total("proposals_correct"), total("proposals")),
                                "correct": total("proposals_correct"), "proposals": total("proposals"),
                                "by_type": by_type},
        "dates": {"recall": _ratio(total("dates_found"), total("dates_gold")),
                  "found": total("dates_found"), "gold": total("dates_gold"),
                  "precision": _ratio(total("dates_correct"), total("dates_extracted")),
                  "correct": total("dates_correct"), "extracted": total("dates_extracted")},
    }


def groups(scores: list[TextScore], split: str) -> dict[str, list[TextScore]]:
    chosen = {
        "dev": [s for s in scores if s.split == "dev"],
        "heldout": [s for s in scores if s.split == "heldout"],
        "all": scores,
    }
    if split != "all":
        chosen = {split: chosen[split]}
    in_scope = chosen.get("all", next(iter(chosen.values())))
    chosen["seed topic"] = [s for s in in_scope if s.topic == SEED_TOPIC]
    chosen["other topics"] = [s for s in in_scope if s.topic != SEED_TOPIC]
    return chosen


def _cell(value: float | None, part: int, whole: int) -> str:
    return "-" if value is None else f"{value:.2f} ({part}/{whole})"


def table(by_group: dict[str, dict]) -> str:
    rows: list[tuple[str, list[str]]] = []
    names = list(by_group)
    rows.append(("texts refused", [f"{f['refused']}/{f['texts']}" for f in by_group.values()]))
    rows.append(("registry linking recall", [_cell(f["linking"]["recall"], f["linking"]["found"],
                                                    f["linking"]["gold"]) for f in by_group.values()]))
    rows.append(("registry linking precision", [_cell(f["linking"]["precision"], f["linking"]["correct"],
                                                       f["linking"]["linked"]) for f in by_group.values()]))
    for kind in (*KINDS, "all"):
        label = f"discovery recall: {kind}" if kind != "all" else "discovery recall: all unknown"
        rows.append((label, [_cell(f["discovery_recall"][kind]["recall"], f["discovery_recall"][kind]["found"],
                                   f["discovery_recall"][kind]["gold"]) for f in by_group.values()]))
    rows.append(("discovery precision", [_cell(f["discovery_precision"]["precision"],
                                               f["discovery_precision"]["correct"],
                                               f["discovery_precision"]["proposals"]) for f in by_group.values()]))
    for kind in PROPOSAL_TYPES:
        rows.append((f"  of which {kind} proposals", [_cell(*(f["discovery_precision"]["by_type"][kind][k]
                                                            for k in ("precision", "correct", "proposals")))
                                                      for f in by_group.values()]))
    rows.append(("dates recall", [_cell(f["dates"]["recall"], f["dates"]["found"], f["dates"]["gold"])
                                  for f in by_group.values()]))
    rows.append(("dates precision", [_cell(f["dates"]["precision"], f["dates"]["correct"], f["dates"]["extracted"])
                                     for f in by_group.values()]))
    width = max(len(r[0]) for r in rows)
    col = max(14, *(len(c) for _, cells in rows for c in cells), *(len(n) for n in names))
    lines = [" " * width + "  " + "  ".join(n.ljust(col) for n in names)]
    lines += [label.ljust(width) + "  " + "  ".join(c.ljust(col) for c in cells) for label, cells in rows]
    return "\n".join(line.rstrip() for line in lines)


def misses_report(scores: list[TextScore]) -> str:
    lines = []
    for s in scores:
        if not s.refused and not s.misses:
            continue
        lines.append(f"{s.name} [{s.split}, {s.topic}]")
        if s.refused:
            lines.append(f"  REFUSED: {s.refused}")
        lines += [f"  {what}: {detail}" for what, detail in s.misses]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    parser.add_argument("--batch", help="only the texts of this batch (their `batch:` key, e.g. 2026-11-29 or 2026-11-30-2)")
    parser.add_argument("--json", action="store_true", help="machine-readable figures")
    parser.add_argument("--show-misses", action="store_true", help="every miss and false hit, text by text")
    parser.add_argument("--data", type=Path, default=EVAL_DIR, help="the evaluation set's folder")
    args = parser.parse_args(argv)

    texts = load_texts(args.data)
    if args.split != "all":
        texts = [t for t in texts if t.split == args.split]
    if args.batch:
        texts = [t for t in texts if t.batch == args.batch]
        if not texts:
            parser.error(f"no text of batch {args.batch} in {args.data}")
    scores = []
    for item in texts:
        result, message = run_extract(item)
        scores.append(score_text(item, result, message))
    by_group = {name: figures(group) for name, group in groups(scores, args.split).items()}
    if args.json:
        print(json.dumps(by_group, ensure_ascii=False, indent=2))
    else:
        outlets = len({t.outlet for t in texts})
        batch = f", batch {args.batch}" if args.batch else ""
        print(f"extraction on {len(texts)} real texts from {outlets} outlets ({args.data}{batch})")
        print(table(by_group))
    if args.show_misses:
        print(misses_report(scores), file=sys.stderr if args.json else sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
