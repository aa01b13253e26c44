"""The generator's settings from site_config/site.yml, and the repository's fixed places."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import os

import yaml

from generator.model import ContentError, Problem
from generator.render.addresses import DEFAULT as DEFAULT_ADDRESSES, Addresses, load_addresses
from generator.render.search_shards import ARTICLES_PER_SHARD
from generator.read.tree import read_inside

SITE_CONFIG = Path("site_config")
TEMPLATES = SITE_CONFIG / "templates"
ASSETS = SITE_CONFIG / "assets"
# Set by `generator serve` for MkDocs' server: the file of the preview's errors (mkdocs.yml's
# extra.preview, site_config/hooks/preview.py). Here, not in serve.py: the hook runs in every
# build, and importing serve would load the whole pipeline into each one.
PREVIEW_VARIABLE = "ARCHIVE_PREVIEW"


@dataclass(frozen=True)
class Settings:
    root: Path
    home_latest: int = 20
    page_size: int = 50
    timeline_page_size: int = 200
    article_entities_listed: int = 100  # the most entities an article page lists
    excerpt_words: int = 40
    docs_dir: str = "build/docs"
    entity_types: dict = field(default_factory=dict)  # type -> {"one": …, "many": …}
    content_security_policy: str = "default-src 'self'"
    digits: str = "latin"  # numbers on pages: "latin" (0-9) or "arab" (Arabic-Indic ٠-٩)
    search_shard_articles: int = ARTICLES_PER_SHARD  # articles in one search index shard, at most
    addresses: Addresses = DEFAULT_ADDRESSES  # where every kind of page goes (generator/render/addresses.py)

    def type_label(self, entity_type: str, plural: bool = True) -> str:
        names = self.entity_types.get(entity_type, {})
        return names.get("many" if plural else "one", entity_type)

    @property
    def docs_path(self) -> Path:
        return self.root / self.docs_dir


def load_settings(root: Path) -> Settings:
    """site_config/site.yml; a link, or an output folder outside build/, is a ContentError."""
    file = SITE_CONFIG / "site.yml"
    text = read_inside(root, file).decode("utf-8") if (root / file).exists() or (root / file).is_symlink() else ""
    values = yaml.safe_load(text) or {}
    known = {k: v for k, v in values.items() if k in Settings.__dataclass_fields__ and k != "root"}
    known["addresses"] = load_addresses(known.get("addresses"), text)
    settings = Settings(root=root, **known)
    _check_docs_dir(settings.docs_dir, file.as_posix(), text)
    return settings


def _check_docs_dir(docs_dir, path: str, text: str) -> None:
    """The generated Markdown replaces everything in docs_dir: it must be a folder under build/,
    or a changed site.yml could have a build delete content/."""
    parts = Path(str(docs_dir)).parts
    if not (isinstance(docs_dir, str) and len(parts) >= 2 and parts[0] == "build" and ".." not in parts):
        line = next((n for n, text in enumerate(text.split("\n"), start=1) if text.startswith("docs_dir:")), 1)
        raise ContentError(Problem(path, line, "error", f"docs_dir '{docs_dir}' must be a folder inside build/ "
                                   "(e.g. build/docs): the build replaces everything in it"))


class _MkDocsLoader(yaml.SafeLoader):
    """mkdocs.yml with its !ENV tag; other tags are read as plain values."""


def _env_tag(loader: yaml.SafeLoader, node: yaml.Node):
    names = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
    *variables, default = names if len(names) > 1 else (*names, None)
    for variable in variables:
        if os.environ.get(variable):
            return os.environ[variable]
    return default


_MkDocsLoader.add_constructor("!ENV", _env_tag)
_MkDocsLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def mkdocs_config(root: Path) -> dict:
    """mkdocs.yml as values (read, not to be changed: the same text gives the same dict)."""
    return _parsed_mkdocs(read_inside(root, Path("mkdocs.yml")).decode("utf-8"), tuple(sorted(os.environ.items())))


@lru_cache(maxsize=4)
def _parsed_mkdocs(text: str, environment: tuple) -> dict:
    """(Parsed once per text and environment: a preview asks on every save.)"""
    return yaml.load(text, Loader=_MkDocsLoader) or {}


def site_url(root: Path) -> str:
    """The address the site is published at (mkdocs.yml's site_url, SITE_URL in the environment)."""
    url = mkdocs_config(root).get("site_url") or "http://127.0.0.1:8000/"
    return url if url.endswith("/") else url + "/"
