"""Throughput of EntityMatcher.find: the real registry against one of 5,000 entities.

    python bench/bench_matcher.py [--articles 400] [--repeat 3]

The texts are the two seeds and generated Arabic news paragraphs (about 5 kB per article)
that name entities of the real registry, unknown names, adjectives and common words. The cost of a
text must not grow with the registry: the two numbers should be close (ratio near 1).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.extract.entities import EntityMatcher  # noqa: E402
from generator.model import Entity  # noqa: E402
from generator.read.registry import entity_id, load_registry  # noqa: E402

# Syllables of transliterated names, as Arabic news writes them.
ONSETS = ["ب", "ت", "د", "ر", "ز", "س", "ش", "ف", "ك", "ل", "م", "ن", "غ", "ج", "ق", "ه", "خ", "ص", "ط"]
VOWELS = ["ا", "و", "ي", ""]
ENDINGS = ["وف", "يف", "ين", "سكي", "ان", "يتش", "وس", "ر", "ل", "ني", "و", "ا"]
LATIN = "bcdfghklmnprstvz"
FIRST_NAMES = ["جون", "ماريا", "أحمد", "سيرغي", "بيتر", "آنا", "ميخائيل", "أندريه", "ديفيد", "إيلينا", "خالد", "يوسف"]
ORG_CUES = ["وزارة", "وكالة", "حزب", "حركة", "شركة", "جامعة", "منظمة", "هيئة"]
ADJECTIVES = ["الأميركي", "الروسية", "الأوكراني", "الفرنسية", "المصرية", "الدولي"]
COMMON = (
    "قال أكد أعلن أوضح في من إلى على عن مع بعد قبل خلال اليوم أمس الحكومة الوزارة الحرب المحادثات "
    "الأمن الدولي المفاوضات الاتصال المكالمة الهاتفية العلاقات الثنائية القضايا المهمة وقت سابق "
    "الرئيس الوزير السفير المتحدث باسم الجيش القوات المسلحة الشعب العاصمة الحدود الاتفاق المعاهدة "
    "الأسلحة النووية التصعيد الحوار السياسي التعاون المشترك تصريحات بيان صحافي مؤتمر زيارة"
).split()


def synthetic_name(rng: random.Random) -> str:
    syllables = [rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(rng.randint(2, 3))]
    return "".join(syllables) + rng.choice(ENDINGS)


def synthetic_registry(size: int, seed: int = 7) -> list[Entity]:
    """`size` entities with plausible Arabic names, the same on every run."""
    rng = random.Random(seed)
    entities, seen = [], set()
    while len(entities) < size:
        kind = rng.choices(["person", "organization", "place"], weights=[6, 3, 1])[0]
        surname = synthetic_name(rng)
        if kind == "person":
            name, aliases = f"{rng.choice(FIRST_NAMES)} {surname}", (surname,) if rng.random() < 0.3 else ()
        elif kind == "organization":
            name, aliases = f"{rng.choice(ORG_CUES)} {surname}", ()
        else:
            name, aliases = surname, ()
        name_en = "".join(rng.choice(LATIN) for _ in range(8)) + f" {len(entities)}"
        if name in seen:
            continue
        seen.add(name)
        entities.append(Entity(entity_id(name_en), kind, name, name_en, aliases))
    return entities


def generated_articles(registry: list[Entity], count: int, seed: int = 11) -> list[str]:
    """Articles of about 5 kB: common words, registry names (some with clitics), adjectives."""
    rng = random.Random(seed)
    names = [e.name for e in registry] + [a for e in registry for a in e.aliases]
    articles = []
    for _ in range(count):
        words: list[str] = []
        while sum(len(w.encode("utf-8")) + 1 for w in words) < 5000:
            r = rng.random()
            if r < 0.06:
                words.append(rng.choice(["", "و", "ب", "ل"]) + rng.choice(names))
            elif r < 0.10:
                words.append(rng.choice(ADJECTIVES))
            elif r < 0.13:
                words.append(synthetic_name(rng))  # a name no registry knows
            else:
                words.append(rng.choice(COMMON))
            if rng.random() < 0.08:
                words[-1] += rng.choice(["،", ".", ".\n"])
        articles.append(" ".join(words))
    return articles


def throughput(matchers: dict[str, EntityMatcher], articles: list[str], repeat: int) -> dict[str, tuple[float, int]]:
    """Articles per second of each matcher, and mentions found. The corpus is timed in
    chunks of 20 articles, each chunk `repeat` times with the matchers in turns, and the
    fastest time of every chunk counts: other work on a shared machine then slows neither."""
    chunks = [articles[k:k + 20] for k in range(0, len(articles), 20)]
    total = {label: 0.0 for label in matchers}
    for chunk in chunks:
        best = {label: float("inf") for label in matchers}
        for _ in range(repeat):
            for label, matcher in matchers.items():
                start = time.perf_counter()
                for text in chunk:
                    matcher.find(text)
                best[label] = min(best[label], time.perf_counter() - start)
        for label in matchers:
            total[label] += best[label]
    counts = {label: sum(len(matchers[label].find(text)) for text in articles) for label in matchers}
    return {label: (len(articles) / total[label], counts[label]) for label in matchers}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400, help="articles per corpus (default 400)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement; the best counts")
    args = parser.parse_args()

    real, problems = load_registry(REPO)
    if problems:
        print("\n".join(map(str, problems)))
    large = real + synthetic_registry(5000)
    seeds = [f.read_text(encoding="utf-8") for f in sorted((REPO / "tests" / "fixtures" / "seeds").glob("*.txt"))]
    corpora = {
        "seeds (about 4 kB, dense with names)": [seeds[k % 2] for k in range(args.articles)],
        "generated (about 5 kB)": generated_articles(real, args.articles),
    }
    start = time.perf_counter()
    matchers = {"real registry": EntityMatcher(real)}
    real_build = time.perf_counter() - start
    start = time.perf_counter()
    matchers["5,000 entities"] = EntityMatcher(large)
    large_build = time.perf_counter() - start
    print(f"registry: {len(real)} real entities (built in {real_build * 1000:.0f} ms); "
          f"{len(large)} with synthetic ones (built in {large_build * 1000:.0f} ms)")
    for corpus, articles in corpora.items():
        size = sum(len(a.encode("utf-8")) for a in articles) / len(articles) / 1000
        results = throughput(matchers, articles, args.repeat)
        rates = {label: rate for label, (rate, _) in results.items()}
        for label, (rate, mentions) in results.items():
            print(f"{corpus:38} {label:15} {rate:8.0f} articles/s  "
                  f"({size:.1f} kB each, {mentions / len(articles):.0f} mentions per article)")
        ratio = rates["5,000 entities"] / rates["real registry"]
        print(f"{corpus:38} ratio 5,000 / real: {ratio:.2f}")


if __name__ == "__main__":
    main()
