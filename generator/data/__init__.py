"""The generator's language data (the YAML files here), and the one way it is read.

PyYAML's C reader (libyaml), when PyYAML has it, reads these files about nine times quicker
than its Python reader and gives the same values (tests/test_data_files.py compares them):
every process that extracts reads all of them once, which for one added article was about
0.4 s of processor time, whatever the archive's size. Front matter (read/content.py) tries the
same quick reader first and goes to the Python reader only where it refuses or an alias could
occur; libyaml accepts a few texts the Python reader refuses (a tab ending a plain value).
"""
from __future__ import annotations

from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent
# libyaml's safe reader, the one choice of it (None when PyYAML was built without libyaml).
QUICK_LOADER = getattr(yaml, "CSafeLoader", None)
_LOADER = QUICK_LOADER or yaml.SafeLoader


def read_yaml(path: Path):
    """The values of one of the generator's YAML files (safe: plain values only). Read from the
    open file, so that an error names the file (from a text it would name "<unicode string>")."""
    with path.open(encoding="utf-8") as file:
        return yaml.load(file, Loader=_LOADER)
