"""MkDocs hook, live preview only (`generator serve` sets ARCHIVE_PREVIEW to its errors file):
every build puts the generator's latest errors into the site as preview-errors.json, which
assets/javascripts/preview-errors.js shows over the page. Outside the preview it does nothing."""
from __future__ import annotations

import os
from pathlib import Path

from generator.config import PREVIEW_VARIABLE

SITE_FILE = "preview-errors.json"


def on_post_build(config) -> None:
    errors_file = os.environ.get(PREVIEW_VARIABLE)
    if not errors_file:
        return
    source = Path(errors_file)
    data = source.read_bytes() if source.is_file() else b'{"errors": []}'
    (Path(config.site_dir) / SITE_FILE).write_bytes(data)
