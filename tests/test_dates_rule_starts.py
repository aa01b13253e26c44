"""A date rule is tried only where its first words stand (rules/common.py: `Rule.finditer`
looks them up once per text for every rule): it must find exactly what Python's re finds
when it tries the rule at every character."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator.extract.dates.rules import RULES
from generator.extract.dates.rules.common import _matches_at, _trie
from generator.text.analysis import analyse

DATA = Path(__file__).parent / "data"


def _texts() -> list[str]:
    texts = []
    for path in sorted((DATA / "extraction_eval").glob("*.yml")):
        text = yaml.safe_load(path.read_text(encoding="utf-8"))["text"]
        texts.append(text)
        texts.extend(text.splitlines()[:1])  # a headline alone: a text of its own
    cases = yaml.safe_load((DATA / "date_expressions.yml").read_text(encoding="utf-8"))
    texts.extend(case["sentence"] for case in cases)
    return [analyse(t).folded.text for t in texts]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def _found(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_most_rules_are_tried_only_where_their_first_words_stand():
    for rule in RULES:
        rule.regex  # noqa: B018 (compiles the pattern and notes its start)
    started = {rule.name for rule in RULES if rule._starts is not None}
    assert {"day_month", "month", "weekday", "today", "hijri", "period"} <= started


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_a_rule_finds_what_re_finds_everywhere(rule, texts):
    for text in texts:
        assert _found(rule.finditer(text)) == _found(rule.regex.finditer(text))


def test_the_trie_of_words_matches_where_one_of_them_starts():
    pattern = re.compile(_trie({"الخميس", "الخ", "يناير", "ين"}))
    assert [bool(pattern.match(w)) for w in ("الخميس", "الخبر", "الجمعة", "ينبع", "يوليو", "ي")] == [
        True, True, False, True, False, False]


def test_an_empty_match_hands_back_to_re():
    assert _matches_at(re.compile(r"(?=a)"), "ba", [1]) is None
    assert [m.span() for m in _matches_at(re.compile(r"ab"), "abab", [0, 1, 2])] == [(0, 2), (2, 4)]
