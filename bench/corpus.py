"""A synthetic Arabic archive for the benchmark: a copy of the repository with N articles and a
registry of 5,000 more entities.

    python bench/corpus.py N [--seed S] [--out DIR] [--entities 5000]

The same N and seed give the same files, byte for byte. Articles are 300 to 1,200 words of
news sentences (bench/corpus_data.yml) that mention registry entities the way outlets write
them: other spellings (hamza dropped, ى for ي, ه for ة, ج for غ, a long vowel more or less,
diacritics, tatweel), behind clitics (و، ب، ل، وب ...), a person's surname alone after the full
name. They also name people the registry does not know, and carry dates in every month system
(Egyptian and Levantine names, the two paired, Maghreb names, Hijri, Arabic-Indic digits,
weekdays, years). Month names come from CLDR through Babel, as in the generator.
The archive is generated, never committed (bench/out/ is ignored).
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml
from babel.dates import get_day_names, get_month_names

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.read.registry import entity_id, load_registry  # noqa: E402
from generator.text.orthography import fold  # noqa: E402

DATA = yaml.safe_load((REPO / "bench" / "corpus_data.yml").read_text(encoding="utf-8"))
# What a copy of the repository leaves out: history, environments, outputs, the tests and the
# real articles (the corpus replaces them; the real registry stays and grows).
NOT_COPIED = {".git", ".venv", "site", "build", "tests", "bench/out", "content/articles", ".pytest_cache", ".hypothesis"}
NOT_COPIED_ANYWHERE = ("__pycache__", ".egg-info")
ENTITY_SHARES = {"person": 0.5, "organization": 0.24, "place": 0.2, "agreement": 0.06}
FIRST_YEAR, LAST_YEAR = 2015, 2025
HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
LONG_VOWELS = "اوي"
# Letters a template may write in front of a slot.
PROCLITICS = ("و", "ب", "ل", "وب", "ول", "ف", "فب", "ك")
NON_JOINING = set("اأإآدذرزوؤءةى")


@dataclass(frozen=True)
class SyntheticEntity:
    type: str
    name: str
    name_en: str
    aliases: tuple[str, ...] = ()
    role: str | None = None

    @property
    def id(self) -> str:
        return entity_id(self.name_en)


def _months(locale: str) -> list[str]:
    return list(get_month_names("wide", "format", locale).values())


MONTHS = {locale: _months(locale) for locale in ("ar", "ar_SY", "ar_DZ", "ar_MA")}
WEEKDAYS = dict(get_day_names("wide", "format", "ar"))  # 0 is Monday, as in datetime


# --- the registry --------------------------------------------------------------------------

def _key(text: str) -> str:
    """How the registry compares names (generator/read/registry.py): folded, single spaces."""
    return " ".join(fold(text).split())


def _town(rng: random.Random) -> tuple[str, str]:
    prefix, prefix_en = rng.choice(DATA["town_prefixes"])
    parts = rng.sample(DATA["town_syllables"], rng.randint(2, 3))
    ending, ending_en = rng.choice(DATA["town_endings"])
    stem = ("".join(a for a, _ in parts) + ending).replace("اا", "ا")
    stem_en = ("".join(b for _, b in parts) + ending_en).capitalize()
    return " ".join(filter(None, [prefix, stem])), " ".join(filter(None, [prefix_en, stem_en]))


def _person(rng: random.Random) -> SyntheticEntity:
    first, first_en = rng.choice(DATA["first_names"])
    family, family_en = rng.choice(DATA["family_names"])
    title, field = rng.choice(DATA["person_roles"])
    adjective = rng.choice(DATA["countries"])[1]
    role = " ".join(filter(None, [title, field, adjective]))
    return SyntheticEntity("person", f"{first} {family}", f"{first_en} {family_en}", role=role)


def _organisation(rng: random.Random) -> SyntheticEntity:
    if rng.random() < 0.5:
        body, body_en = rng.choice(DATA["ministries"])
        feminine, masculine, country_en = rng.choice(DATA["countries"])
        adjective = feminine if body.startswith(("وزارة", "هيئة")) else masculine
        return SyntheticEntity("organization", f"{body} {adjective}", f"{body_en} of {country_en}")
    before, after, kind_en = rng.choice(DATA["town_organisations"])
    town, town_en = _town(rng)
    return SyntheticEntity("organization", " ".join(filter(None, [before, town, after])), f"{town_en} {kind_en}")


def _place(rng: random.Random) -> SyntheticEntity:
    town, town_en = _town(rng)
    return SyntheticEntity("place", town, town_en)


def _agreement(rng: random.Random) -> SyntheticEntity:
    before, after, pattern = rng.choice(DATA["agreements"])
    town, town_en = _town(rng)
    return SyntheticEntity("agreement", f"{before} {town} {after}", pattern.format(name=town_en))


MAKERS = {"person": _person, "organization": _organisation, "place": _place, "agreement": _agreement}


def synthetic_registry(count: int, rng: random.Random, taken: set[str], taken_ids: set[str]) -> list[SyntheticEntity]:
    """`count` entities of every type whose names, aliases and ids clash with nothing in
    `taken` (folded names) or `taken_ids`, nor with each other."""
    entities: list[SyntheticEntity] = []
    for entity_type, share in ENTITY_SHARES.items():
        wanted = round(count * share) if entity_type != "agreement" else count - len(entities)
        made = 0
        while made < wanted:
            entity = MAKERS[entity_type](rng)
            if _key(entity.name) in taken or entity.id in taken_ids:
                continue
            alias = _alias(entity, rng)
            aliases = (alias,) if alias and _key(alias) not in taken and _key(alias) != _key(entity.name) else ()
            taken.update(_key(name) for name in (entity.name, *aliases))
            taken_ids.add(entity.id)
            entities.append(SyntheticEntity(entity.type, entity.name, entity.name_en, aliases, entity.role))
            made += 1
    return entities


def _alias(entity: SyntheticEntity, rng: random.Random) -> str | None:
    """A second spelling the registry lists: the Egyptian ج for g (غ), or a ministry by its
    portfolio and country alone ("الدفاع المصرية"), as headlines write it."""
    if "غ" in entity.name:
        return entity.name.replace("غ", "ج")
    if entity.name.startswith("وزارة ") and rng.random() < 0.5:
        return entity.name.removeprefix("وزارة ")
    return None


def entity_file(entity: SyntheticEntity) -> str:
    lines = ["---", f"name: {entity.name}", f"name_en: {entity.name_en}", f"type: {entity.type}"]
    if entity.aliases:
        lines += ["aliases:", *(f"  - {alias}" for alias in entity.aliases)]
    if entity.role:
        lines.append(f"role: {entity.role}")
    lines += ["---", f"كيان اصطناعي لقياس الأداء: {entity.name}.", ""]
    return "\n".join(lines)


# --- how a name is written in an article -----------------------------------------------------

def respell(name: str, rng: random.Random) -> str:
    """The name as one outlet writes it: letters the matcher folds or knows as variants."""
    choice = rng.random()
    if choice < 0.45:
        return name
    if choice < 0.6:
        return name.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")
    if choice < 0.7:
        return " ".join(word[:-1] + "ى" if word.endswith("ي") else word for word in name.split())
    if choice < 0.78:
        return " ".join(word[:-1] + "ه" if word.endswith("ة") else word for word in name.split())
    if choice < 0.86:
        return name.replace("غ", "ج") if "غ" in name else name
    if choice < 0.93:
        return _vowel_dropped(name, rng)
    # Diacritics and tatweel, as some outlets paste them.
    words = name.split()
    index = rng.randrange(len(words))
    word = words[index]
    if len(word) > 2:
        # Tatweel only stretches a letter that joins the next one.
        mark = "ـ" if word[1] not in NON_JOINING and rng.random() < 0.5 else "\u064e"
        words[index] = word[:2] + mark + word[2:]
    return " ".join(words)


def _vowel_dropped(name: str, rng: random.Random) -> str:
    """A long vowel inside a long foreign word dropped (كوزنيتسوف -> كوزنيتسف)."""
    words = name.split()
    for index, word in enumerate(words):
        inner = [i for i in range(1, len(word) - 1) if word[i] in LONG_VOWELS]
        if len(word) >= 7 and not word.startswith("ال") and not word.endswith("ة") and inner:
            i = rng.choice(inner)
            words[index] = word[:i] + word[i + 1:]
            return " ".join(words)
    return name


class Mentions:
    """Fills a template's slots for one article: its cast of entities, each mentioned in
    the spellings outlets use, a person by surname once named in full."""

    def __init__(self, rng: random.Random, cast: dict[str, list[SyntheticEntity]], unknown: list[str], published: dt.date):
        self.rng, self.cast, self.unknown, self.published = rng, cast, unknown, published
        self.year = published.year
        self.named: set[str] = set()
        self.last_person = ""

    def person(self) -> str:
        choices = [p for p in self.cast["person"] if p.id != self.last_person] or self.cast["person"]
        person = self.rng.choice(choices)
        self.last_person = person.id  # "X spoke with Y": not with X
        spelling = respell(self.rng.choice((person.name, *person.aliases)), self.rng)
        if person.id in self.named and self.rng.random() < 0.5 and " " in spelling:
            spelling = spelling.split(" ", 1)[1]  # the surname alone, after the full name
        self.named.add(person.id)
        return spelling

    def entity(self, entity_type: str) -> str:
        entity = self.rng.choice(self.cast[entity_type])
        spelling = respell(self.rng.choice((entity.name, *entity.aliases)), self.rng)
        return spelling

    def person_title(self) -> str:
        title, field = self.rng.choice(DATA["person_roles"])
        return " ".join(filter(None, [title, field]))

    def date(self) -> str:
        return date_phrase(self.rng, self.year)

    def fill(self, template: str) -> str:
        """The template with its slots filled; a clitic the template writes in front of a slot
        (وب{place}، ل{org}) joins the name as Arabic writes it (ل + ال is لل)."""
        slots = {
            "person": self.person, "person_title": self.person_title, "unknown": lambda: self.rng.choice(self.unknown),
            "org": lambda: self.entity("organization"), "place": lambda: self.entity("place"),
            "agreement": lambda: self.entity("agreement"), "date": self.date,
            "weekday": lambda: WEEKDAYS[self.published.weekday()],  # "اليوم الجمعة" on a Friday
            "number": lambda: str(self.rng.randint(2, 900) * 1000),
            "year": lambda: str(self.rng.randint(1990, self.year)),
        }
        parts = template.split("{")
        out = parts[0]
        for part in parts[1:]:
            slot, rest = part.split("}", 1)
            value = slots[slot]()
            clitic = out.rsplit(" ", 1)[-1]
            if clitic and clitic in PROCLITICS and clitic.endswith("ل") and value.startswith("ال"):
                value = value[1:]
            out += value + rest
        return out


def date_phrase(rng: random.Random, year: int) -> str:
    """A date as Arabic news writes it, in one of the month systems."""
    when = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
    day, month, y = when.day, when.month - 1, when.year
    style = rng.randrange(9)
    if style == 0:
        text = f"{day} {MONTHS['ar'][month]} {y}"
    elif style == 1:
        text = f"{day} {MONTHS['ar_SY'][month]} {y}"
    elif style == 2:
        text = f"{day} {MONTHS['ar'][month]}/{MONTHS['ar_SY'][month]} {y}"
    elif style == 3:
        text = f"{day} {MONTHS['ar_SY'][month]}/ {MONTHS['ar'][month]}"
    elif style == 4:
        text = f"{day} {MONTHS[rng.choice(['ar_DZ', 'ar_MA'])][month]} {y}"
    elif style == 5:
        text = f"{rng.randint(1, 29)} {rng.choice(HIJRI_MONTHS)} {rng.randint(1436, 1447)} هـ"
    elif style == 6:
        text = f"{day} {MONTHS['ar'][month]} {y}".translate(ARABIC_INDIC)
    elif style == 7:
        text = f"{MONTHS['ar'][month]} {rng.choice(['الماضي', 'المقبل'])}"
    else:
        text = f"مطلع عام {y}"
    return text


# --- articles ------------------------------------------------------------------------------

def article(rng: random.Random, number: int, registry: dict[str, list[SyntheticEntity]], unknown: list[str]) -> tuple[Path, str]:
    """One article file: its path under content/articles/ and its text."""
    date = dt.date(FIRST_YEAR, 1, 1) + dt.timedelta(days=rng.randrange((LAST_YEAR - FIRST_YEAR + 1) * 365))
    # A small cast per article; some entities are popular (an archive's entity pages are uneven).
    cast = {kind: [_popular(rng, entities) for _ in range(rng.randint(2, 4))] for kind, entities in registry.items()}
    mentions = Mentions(rng, cast, rng.sample(unknown, 3), date)
    title = mentions.fill(rng.choice(DATA["titles"]))
    mentions.named.clear()
    paragraphs = [mentions.fill(rng.choice(DATA["openings"]))]
    words, target = len(paragraphs[0].split()), rng.randint(300, 1200)
    while True:
        paragraph = " ".join(mentions.fill(rng.choice(DATA["sentences"])) for _ in range(rng.randint(2, 4)))
        if words + len(paragraph.split()) > 1200:
            break
        paragraphs.append(paragraph)
        words += len(paragraph.split())
        if words >= target:
            break
    slug = f"bench-{number:05d}"
    agencies = rng.sample(DATA["agencies"], rng.randint(0, 2))
    meta = [
        "---",
        f'title: "{title}"',
        f"date: {date.isoformat()}",
        f"slug: {slug}",
        f"source: {rng.choice(DATA['outlets'])}",
        *([f"agencies: [{', '.join(agencies)}]"] if agencies else []),
        f"url: https://news.example/{date.year}/{slug}",
        "lang: ar",
        "format: text",
        "---",
    ]
    path = Path("content/articles") / f"{date.year:04d}" / f"{date.isoformat()}-{slug}.md"
    return path, "\n".join(meta) + "\n" + "\n\n".join(paragraphs) + "\n"


def _popular(rng: random.Random, entities: list[SyntheticEntity]) -> SyntheticEntity:
    """Skewed choice: low indexes come up far more often, as a few names fill the news (the
    first of 1,000 places is in about one article in ten)."""
    return entities[min(int(len(entities) * rng.random() ** 2), len(entities) - 1)]


def unknown_people() -> list[str]:
    """People no registry file names: first names with family names kept out of the registry."""
    return [f"{first} {family}" for first, _ in DATA["first_names"] for family, _ in DATA["unknown_family_names"]]


def copy_repository(target: Path) -> None:
    def ignored(folder: str, names: list[str]) -> set[str]:
        relative = Path(folder).resolve().relative_to(REPO)
        return {name for name in names
                if (relative / name).as_posix() in NOT_COPIED or name.endswith(NOT_COPIED_ANYWHERE)}

    shutil.copytree(REPO, target, ignore=ignored, symlinks=True)


def generate(n: int, seed: int, out: Path, entities: int = 5000) -> Path:
    """Write the archive into `out` (which must not exist or be empty) and return it."""
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise SystemExit(f"{out} is not empty; remove it or choose another --out")
    if out.exists():
        out.rmdir()
    copy_repository(out)
    rng = random.Random(seed)
    existing, _ = load_registry(out)
    taken = {_key(name) for entity in existing for name in (entity.name, *entity.aliases)}
    unknown = unknown_people()
    taken.update(_key(name) for name in unknown)
    made = synthetic_registry(entities, rng, taken, {entity.id for entity in existing})
    for entity in made:
        file = out / "content/entities" / entity.type / f"{entity.id}.md"
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(entity_file(entity), encoding="utf-8")
    registry = {kind: [e for e in made if e.type == kind] for kind in ENTITY_SHARES}
    for number in range(1, n + 1):
        path, text = article(rng, number, registry, unknown)
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_text(text, encoding="utf-8")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=int, help="how many articles")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="where to write the archive (default bench/out/archive-N)")
    parser.add_argument("--entities", type=int, default=5000, help="synthetic registry entities (default 5000)")
    args = parser.parse_args()
    out = args.out or REPO / "bench" / "out" / f"archive-{args.articles}"
    generate(args.articles, args.seed, out, args.entities)
    print(f"{args.articles} articles and {args.entities} synthetic entities written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
