"""A Content-Security-Policy for every built page, allowing only the scripts the site ships.

MkDocs Material writes a few small inline scripts into each page (its scope and palette
set-up), which differ with the page's depth; each page gets the hashes of exactly those.
Everything a contributor could smuggle inline therefore cannot run, even if it got past
the sanitiser. The policy goes in as MkDocs writes each page (site_config/hooks/
security_policy.py); `secure_site` does the same to a site built without that hook.
"""
from __future__ import annotations

import base64
import hashlib
import html
import re
from functools import lru_cache
from pathlib import Path

from generator.files import write_new

_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?:\s[^>]*)?)>(?P<code>.*?)</script>", re.S | re.I)
_NOT_EXECUTED = re.compile(r"\b(?:src\s*=|type\s*=\s*\"?application/(?:ld\+)?json)", re.I)
_CHARSET = re.compile(r"<meta charset=\"utf-8\">", re.I)


def inline_script_hashes(page: str) -> list[str]:
    hashes = []
    for match in _INLINE_SCRIPT.finditer(page):
        if _NOT_EXECUTED.search(match.group("attrs")):
            continue
        hashes.append(script_hash(match.group("code")))
    return sorted(set(hashes))


@lru_cache(maxsize=256)
def script_hash(code: str) -> str:
    """A script's hash source; Material's few scripts (one per page depth) are hashed once a build."""
    return f"'sha256-{base64.b64encode(hashlib.sha256(code.encode('utf-8')).digest()).decode()}'"


def policy_for(page: str, base_policy: str) -> str:
    directives = [d.strip() for d in base_policy.split(";") if d.strip()]
    hashes = " ".join(inline_script_hashes(page))
    if hashes:
        directives = [f"{d} {hashes}" if d.startswith("script-src") else d for d in directives]
    return "; ".join(directives)


_POLICY_TAG = '<meta http-equiv="Content-Security-Policy"'
_EXISTING_POLICY = re.compile(r"\s*" + re.escape(_POLICY_TAG) + r"[^>]*>")


def add_policy(page: str, base_policy: str) -> str:
    """The page with exactly one policy tag (a page copied from an earlier build has one)."""
    if _POLICY_TAG in page:  # the pattern's leading \s* is slow to try at every space of a page
        page = _EXISTING_POLICY.sub("", page)
    tag = f'{_POLICY_TAG} content="{html.escape(policy_for(page, base_policy), quote=False)}">'
    if _CHARSET.search(page):
        return _CHARSET.sub(lambda m: m.group() + "\n    " + tag, page, count=1)
    return page.replace("<head>", "<head>\n    " + tag, 1)


def has_policy(page: str) -> bool:
    """Whether the page's head carries a policy already (a page kept from the previous build)."""
    found = page.find(_POLICY_TAG)
    return 0 <= found < page.find("</head>")


def secure_site(site_dir: Path, base_policy: str, keep_existing: bool = False) -> int:
    """Add the policy to every HTML page of a built site; returns the number of pages. With
    keep_existing, pages kept from the previous build (built with the same theme and policy)
    keep the policy they have."""
    pages = sorted(site_dir.rglob("*.html"))
    for file in pages:
        text = file.read_text(encoding="utf-8")
        if keep_existing and has_policy(text):
            continue
        secured = add_policy(text, base_policy)
        if secured != text:
            write_new(file, secured.encode("utf-8"))  # not into a page the previous site shares
    return len(pages)
