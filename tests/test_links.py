"""Every internal link and anchor of the built site resolves."""
from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _LinksAndIds(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        if tag == "a" and attributes.get("name"):
            self.ids.add(attributes["name"])
        for name in ("href", "src"):
            value = attributes.get(name)
            if value and not (tag == "link" and attributes.get("rel") in ("canonical", "alternate")):
                self.links.append(value)


def parse(file: Path) -> _LinksAndIds:
    parser = _LinksAndIds()
    parser.feed(file.read_text(encoding="utf-8"))
    return parser


def target_file(site: Path, page: Path, link: str) -> tuple[Path | None, str]:
    """The file a relative link points to (None for external links) and its fragment."""
    parts = urlsplit(link)
    if parts.scheme or link.startswith("//"):
        return None, ""
    if not parts.path:
        return page, parts.fragment
    if parts.path.startswith("/"):  # the 404 page links from the site root (site_url's path is /)
        resolved = posixpath.normpath(unquote(parts.path).lstrip("/") or ".")
    else:
        base = posixpath.dirname(page.relative_to(site).as_posix())
        resolved = posixpath.normpath(posixpath.join(base, unquote(parts.path)))
    target = site / resolved
    if target.is_dir() or parts.path.endswith("/"):
        target = target / "index.html"
    return target, parts.fragment


def test_every_internal_link_and_anchor_resolves(built_site):
    site = built_site / "site"
    pages = sorted(site.rglob("*.html"))
    parsed = {p: parse(p) for p in pages}
    broken = []
    checked = 0
    for page, found in parsed.items():
        for link in found.links:
            target, fragment = target_file(site, page, link)
            if target is None:
                continue
            checked += 1
            if not target.exists():
                broken.append(f"{page.relative_to(site)} -> {link}")
            elif fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else parse(target).ids
                if unquote(fragment) not in ids:
                    broken.append(f"{page.relative_to(site)} -> {link} (no id '{fragment}')")
    assert checked > 500
    assert broken == []
