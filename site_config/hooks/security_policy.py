"""MkDocs hook: each page gets its Content-Security-Policy as it is written, not in a pass over the
built site afterwards (generator/render/security.py says what the policy allows)."""
from __future__ import annotations

from pathlib import Path

from generator.config import load_settings
from generator.render.security import add_policy

_policy: dict = {}


def on_config(config):
    _policy["base"] = load_settings(Path(config.config_file_path).resolve().parent).content_security_policy
    return config


def on_post_page(output: str, page, config) -> str:
    return add_policy(output, _policy["base"])


def on_post_template(output_content: str, template_name: str, config) -> str:
    """Pages of the theme's own (404.html); not the sitemap."""
    return add_policy(output_content, _policy["base"]) if template_name.endswith(".html") else output_content
