"""A topic the registry knows nothing of, as a maintainer meets it: three real pastes
(Maghreb politics, each arriving as one paragraph) are imported, `suggest --write` proposes
registry files for the people, organisations and places they name, and the built site has a
page for each, linked from the articles."""
from __future__ import annotations

import re

import frontmatter
import pytest
import yaml

from conftest import REPO, copy_repository, generator_cli

EVALUATION = REPO / "tests" / "data" / "extraction_eval"
# Development texts of the evaluation set (never its held-out ones), on the Maghreb.
TEXTS = ("rassed-morocco-government.yml", "spa-libya-dbeibah.yml", "elbadil-tebboune-oath.yml")


@pytest.mark.slow
def test_three_articles_on_a_new_topic_get_entity_pages_linked_from_them(tmp_path):
    from generator.pipeline import build_site

    root = copy_repository(tmp_path / "repo", with_articles=False)
    known = {p.relative_to(root) for p in (root / "content/entities").rglob("*.md")}
    for name in TEXTS:
        sample = yaml.safe_load((EVALUATION / name).read_text(encoding="utf-8"))
        paste = tmp_path / name.replace(".yml", ".txt")
        paste.write_text(sample["text"], encoding="utf-8")
        run = generator_cli(root, "import", str(paste), "--date", sample["published"].isoformat(), "--url", sample["source"])
        assert run.returncode == 0, run.stdout + run.stderr

    run = generator_cli(root, "suggest", "--write")
    assert run.returncode == 0, run.stderr
    written = {p.relative_to(root) for p in (root / "content/entities").rglob("*.md")} - known
    types = {path.parts[2] for path in written}
    assert {"person", "organization", "place"} <= types, written
    for path in written:  # every proposal is a registry file that reads back whole
        post = frontmatter.load(root / path)
        assert post["name"] and post["name_en"] and post["type"] == path.parts[2]

    check = generator_cli(root, "check")
    assert check.returncode == 0 and ": error:" not in check.stdout, check.stdout

    build_site(root, strict=True)
    articles = [f.read_text(encoding="utf-8") for f in (root / "site/articles").rglob("index.html")]
    assert len(articles) == 3
    linked = set()
    for html in articles:
        linked |= set(re.findall(r'href="(?:\.\./)+entities/(\w+)/([\w-]+)/"', html))
    for path in written:
        kind, entity_id = path.parts[2], path.stem
        assert (root / "site/entities" / kind / entity_id / "index.html").exists(), path
    # Each new page is reached from the articles that name it (a name the cues found once is
    # matched wherever it is written; those only in the headline are quoted, not linked).
    reached = {(kind, entity_id) for kind, entity_id in linked
               if (root / "content/entities" / kind / f"{entity_id}.md").relative_to(root) in written}
    assert len(reached) >= 0.9 * len(written), sorted(written - {
        (root / "content/entities" / k / f"{i}.md").relative_to(root) for k, i in reached})
