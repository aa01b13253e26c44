"""The rule table: every form of date the extractor reads, in one list.

A rule is a pattern and a scanner side by side in its module (explicit.py: Gregorian dates
written out; hijri.py: Hijri dates; relative.py: dates counted from the publication date).
To read a new form, write its pattern and scanner next to the others and add it to its
module's RULES; overlapping finds are settled in one place (the longest wins).
"""
from generator.extract.dates.rules import explicit, hijri, relative
from generator.extract.dates.rules.common import Rule

RULES: tuple[Rule, ...] = explicit.RULES + hijri.RULES + relative.RULES
