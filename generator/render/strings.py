"""The site's interface words, from site_config/strings.yml (the one table of them).

Counted nouns take the form of the number's plural category in Arabic, as CLDR defines it
(Babel here, Intl.PluralRules("ar") in the browser); numbers are written in the digits
site.yml chooses.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from babel import Locale
from markupsafe import Markup, escape

from generator.config import SITE_CONFIG

STRINGS_FILE = SITE_CONFIG / "strings.yml"
# What the search in the browser needs, written by the build as a module search.js imports.
BROWSER_MODULE = "assets/javascripts/strings.js"
BROWSER_SECTIONS = ("search", "counts")
PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")
ARABIC = Locale("ar")
DIGITS = {"latin": "0123456789", "arab": "٠١٢٣٤٥٦٧٨٩"}  # site.yml `digits`; Intl's numbering system names


class StringsError(ValueError):
    """strings.yml or site.yml's `digits` is not what the site needs; the message says where and what to do."""


@dataclass(frozen=True)
class Strings:
    table: dict
    digits: str = "latin"

    def number(self, value) -> str:
        """A number, or any text with numbers in it (a date), in the site's digits."""
        return str(value) if self.digits == "latin" else str(value).translate(_DIGIT_MAPS[self.digits])

    def count(self, noun: str, n: int) -> str:
        """"مقال واحد", "مقالان", "3 مقالات", "11 مقالًا", "100 مقال"."""
        forms = self.table.get("counts", {}).get(noun)
        if forms is None:
            raise StringsError(f"{STRINGS_FILE}: counts has no {noun!r}; add its six plural forms "
                               f"({', '.join(PLURAL_CATEGORIES)})")
        return forms[plural_category(n)].replace("{n}", self.number(n))

    def text(self, key: str, **values) -> str:
        """A text of the table by its dotted key, with its {names} filled in (numbers in the site's digits)."""
        pattern = self.table
        for part in key.split("."):
            if not isinstance(pattern, dict) or part not in pattern:
                raise StringsError(f"{STRINGS_FILE}: no text {key!r}; add it")
            pattern = pattern[part]
        return pattern.format_map(self._shown(values))

    def html(self, pattern: str, **values) -> Markup:
        """A pattern of the table as HTML: values that are not already HTML are escaped."""
        return Markup(escape(pattern)).format(**self._shown(values))

    def _shown(self, values: dict) -> dict:
        return {k: self.number(v) if isinstance(v, int) else v for k, v in values.items()}

    def browser_module(self) -> bytes:
        """The sections search.js reads, as an ES module."""
        data = {section: self.table[section] for section in BROWSER_SECTIONS}
        data["digits"] = self.digits
        body = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
        return f"// Written by the build from site_config/strings.yml: edit that file.\nexport default {body};\n".encode()


_DIGIT_MAPS = {name: str.maketrans("0123456789", digits) for name, digits in DIGITS.items()}


@lru_cache(maxsize=4096)
def plural_category(n: int) -> str:
    """CLDR's plural category of n in Arabic (Babel evaluates the rule anew on every call)."""
    return ARABIC.plural_form(n)


def load_strings(root: Path, digits: str = "latin") -> Strings:
    if digits not in DIGITS:
        raise StringsError(f"site_config/site.yml: digits is {digits!r}; write one of: {', '.join(DIGITS)}")
    return _strings((root / STRINGS_FILE).read_text(encoding="utf-8"), digits)


@lru_cache(maxsize=4)  # a preview loads them twice a save: read as YAML again only when they changed
def _strings(text: str, digits: str) -> Strings:
    try:
        table = yaml.safe_load(text) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise StringsError(f"{STRINGS_FILE}{line}: not valid YAML ({getattr(error, 'problem', error)})") from None
    for noun, forms in (table.get("counts") or {}).items():
        missing = [c for c in PLURAL_CATEGORIES if not isinstance(forms, dict) or c not in forms]
        if missing:
            raise StringsError(f"{STRINGS_FILE}: counts.{noun} lacks the plural form(s) {', '.join(missing)}; "
                               f"give all six: {', '.join(PLURAL_CATEGORIES)}")
    return Strings(table, digits)
