"""An excerpt read from a body's head gives what reading the whole body gives."""
from __future__ import annotations

import random
import re

from generator.render.markup import excerpt


def whole_body_excerpt(body: str, words: int) -> str:
    """The definition: marks removed from the whole body, then its first words."""
    tokens = re.sub(r"\]\([^)]*\)|<[^>]*>|[`*_#>\[\]]", " ", body).split()
    return " ".join(tokens[:words]) + (" …" if len(tokens) > words else "")


def test_a_tag_or_link_address_that_ends_beyond_the_head_is_removed_as_from_the_whole_body():
    words = 3
    filler = " ".join(["كلمة"] * 200)
    for body in (f"أول <span title='{filler}'> ثان ثالث رابع", f"أول [ثان]({filler}) ثالث رابع خامس",
                 f"أول ثان ثالث رابع {filler}", "أول ثان ثالث رابع", f"أول ثان{'x' * 100}]({filler}) ثالث"):
        excerpt.cache_clear()
        assert excerpt(body, words) == whole_body_excerpt(body, words)


def test_random_bodies_of_marks_and_words():
    pieces = ["نص", "ab", " ", "\n", "]", "(", ")", "<", ">", "](", "*", "#", "[", "`", "س" * 30]
    chosen = random.Random(7)
    for _ in range(20000):
        body = "".join(chosen.choice(pieces) for _ in range(chosen.randint(0, 300)))
        words = chosen.choice([1, 2, 3, 5])
        excerpt.cache_clear()
        assert excerpt(body, words) == whole_body_excerpt(body, words), (body, words)
