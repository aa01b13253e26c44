"""The generator's language data (the YAML files here), and the one way it is read.

PyYAML's C reader (libyaml), when PyYAML has it, reads these files about nine times quicker
than its Python reader and gives the same values (tests/test_data_files.py compares them):
every process that extracts reads all of them once, which for one added article was about
0.4 s of processor time, whatever the archive's size. Only the generator's own files are read
so: a maintainer's (front matter, site_config/) keep the Python reader's checks and messages.
"""
from __future__ import annotations

from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path):
    """The values of one of the generator's YAML files (safe: plain values only). Read from the
    open file, so that an error names the file (from a text it would name "<unicode string>")."""
    with path.open(encoding="utf-8") as file:
        return yaml.load(file, Loader=_LOADER)
