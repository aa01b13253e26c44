"""The generator's settings from site_config/site.yml, and the repository's fixed places."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

SITE_CONFIG = Path("site_config")
TEMPLATES = SITE_CONFIG / "templates"
ASSETS = SITE_CONFIG / "assets"


@dataclass(frozen=True)
class Settings:
    root: Path
    home_latest: int = 20
    page_size: int = 50
    excerpt_words: int = 40
    docs_dir: str = "build/docs"

    @property
    def docs_path(self) -> Path:
        return self.root / self.docs_dir


def load_settings(root: Path) -> Settings:
    file = root / SITE_CONFIG / "site.yml"
    values = yaml.safe_load(file.read_text(encoding="utf-8")) if file.exists() else {}
    known = {k: v for k, v in (values or {}).items() if k in Settings.__dataclass_fields__ and k != "root"}
    return Settings(root=root, **known)
