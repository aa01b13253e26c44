"""The html_blocks hook (site_config/hooks/html_blocks.py): generated pages skip Python-Markdown's
HTML parsing, and the site is the same, byte for byte, with the hook and without it."""
from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import markdown
import pytest

from conftest import REPO, copy_repository
from generator.config import load_settings
from generator.pipeline import generate, write_docs
from generator.render.security import secure_site
from generator.render.pages import HTML_BLOCKS_KEY

HOOK_FILE = REPO / "site_config" / "hooks" / "html_blocks.py"


def load_hook():
    spec = importlib.util.spec_from_file_location("html_blocks_hook", HOOK_FILE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hook = load_hook()


def without_hooks(config_text: str) -> str:
    """mkdocs.yml with its `hooks:` list taken out."""
    stripped = re.sub(r"(?m)^hooks:\n(?:[ \t]+-[^\n]*\n)+", "", config_text)
    assert stripped != config_text, "mkdocs.yml lists no hooks"
    return stripped


def build_both_ways(root: Path, out: Path) -> dict[str, tuple[Path, Path]]:
    """MkDocs over root's generated tree with mkdocs.yml as it is and without its hooks (then the
    policy added afterwards, as the build does without them), into out/hook and out/plain;
    returns {relative path: (with hooks, without)} of every output file."""
    plain_config = root / "mkdocs-without-hooks.yml"
    plain_config.write_text(without_hooks((root / "mkdocs.yml").read_text(encoding="utf-8")), encoding="utf-8")
    environment = {**os.environ, "SOURCE_DATE_EPOCH": "1669593600"}
    for name, config in (("hook", "mkdocs.yml"), ("plain", plain_config.name)):
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", config,
                        "--site-dir", str(out / name)], cwd=root, check=True, env=environment)
    secure_site(out / "plain", load_settings(root).content_security_policy)
    hooked, plain = ({p.relative_to(out / name).as_posix(): p for p in (out / name).rglob("*") if p.is_file()}
                     for name in ("hook", "plain"))
    assert sorted(hooked) == sorted(plain)
    return {name: (hooked[name], plain[name]) for name in sorted(hooked)}


def different_files(pairs: dict[str, tuple[Path, Path]]) -> list[str]:
    return [name for name, (a, b) in pairs.items() if a.read_bytes() != b.read_bytes()]


def test_the_seeds_build_into_the_same_bytes_with_and_without_the_hook(tmp_path):
    root = copy_repository(tmp_path / "repo")
    # A template a maintainer gave a Markdown paragraph: its pages are left to Python-Markdown.
    home = root / "site_config/templates/home.md.j2"
    home.write_text(home.read_text(encoding="utf-8") + "\nفقرة **بخط عريض** كتبت في القالب.\n", encoding="utf-8")
    write_docs(root, generate(root))
    pairs = build_both_ways(root, tmp_path / "out")
    assert len(pairs) > 100
    assert different_files(pairs) == []
    assert "<strong>بخط عريض</strong>" in pairs["index.html"][0].read_text(encoding="utf-8")
    article = next(name for name in pairs if name.startswith("articles/2022/2022-10-21-"))
    page = pairs[article][0].read_text(encoding="utf-8")
    assert 'class="article-body"' in page and "htmlblock" not in page


def test_every_generated_page_is_marked_and_taken_as_it_is(built_site):
    md = markdown.Markdown(extensions=["toc", "tables"])
    pages = sorted((built_site / "build/docs").rglob("*.md"))
    assert pages
    for file in pages:
        text = file.read_text(encoding="utf-8")
        front, body = text.split("\n---\n", 1)
        assert f'"{HTML_BLOCKS_KEY}": true' in front.splitlines(), file
        assert hook.split_blocks(md, hook.normalised(md, body.lstrip("\n"))) is not None, file


@pytest.mark.parametrize("source", [
    "# T\n\n<ul>\n<li>a</li>\n</ul>\n<nav>x</nav>\n\n## H\n\n<div>y</div>\n",  # blocks on adjacent lines
    "<div>a\n\n<pre>b\n\n\nc</pre>\n</div>\n\n<p>q</p>",  # blank lines inside a block
    "<div><div>in</div>\n<br><img src=x alt='a > b'/><hr/>\n</div>\n\n# After\n",  # nesting, void tags, > in quotes
    "# Tab\n\n<p>a\tb</p>\n  \n<p>c</p>\r\n\r\n## Twice\n\n## Twice\n",  # tabs, blank-ish lines, CR, same ids
    "<div>x</div>\n## Heading right after a block\n\n<p>y</p>",
    "<aside>\n<h2 id=\"entities\">raw heading</h2>\n</aside>\n\n# Title \\- escaped \\*\n",
    '<div><a title="</div> <div>">x</a>\n</div>\n\n<p>after</p>\n',  # tags inside an attribute value
    "<div><span><div></span>\n</div>\n\n<p>after</p>\n</div>\n",  # badly nested
    "<div>no heading at all</div>\n\n<p>x</p>\n",
    "# Title with `code`, *em* and <b>bold</b> &amp; [a link](x.md)\n\n<div>y</div>\n\n## Second *one*\n",
])
def test_the_hook_gives_what_python_markdown_gives(source):
    md = markdown.Markdown(extensions=["toc", "tables"])
    expected = md.convert(source)
    md.reset()
    text = hook.normalised(md, source)
    spans = hook.split_blocks(md, text)
    assert spans is not None
    digest = hook.digest_of(source)
    whole = hook.skeleton(text, spans, digest)
    content = hook.converted(md, hook.headings_of(text, spans), whole, spans, digest)  # the headings alone
    md.reset()
    assert content == md.convert(whole)
    assert hook.restore(content, text, spans, digest) == expected


def test_headings_that_do_not_give_one_line_each_fall_back_to_the_whole_skeleton():
    md = markdown.Markdown(extensions=["toc"])
    source = "# One\n\n<div>x</div>\n"
    text = hook.normalised(md, source)
    spans = hook.split_blocks(md, text)
    digest = hook.digest_of(source)
    whole = hook.skeleton(text, spans, digest)
    # two headings' lines for the page's one heading: the shortcut cannot place them
    content = hook.converted(md, "# One\n\n# Two", whole, spans, digest)
    md.reset()
    assert content == md.convert(whole) and "Two" not in content


class _Config(dict):
    """What the hook reads of MkDocs' config."""
    markdown_extensions = ["toc", "tables"]
    mdx_configs: dict = {}


@pytest.mark.parametrize("source", [
    "# T\n\n<ul>\n<li>a</li>\n</ul>\n\n## H\n\n<div>y</div>\n",  # needs no normalising
    "# Tab\n\n<p>a\tb</p>\n  \n<p>c</p>\r\n\r\n## Twice\n\n## Twice\n",  # tabs, blank-ish lines, CR
])
def test_a_page_read_back_when_it_is_written_is_what_python_markdown_gives(source):
    """The hook's way through MkDocs' events: the page's file is read again just before the
    page is written (normalised again only when it needed it)."""
    from types import SimpleNamespace

    config = _Config()
    front = f'---\n"{HTML_BLOCKS_KEY}": true\n"title": "t"\n---\n\n'
    page = SimpleNamespace(meta={HTML_BLOCKS_KEY: True},
                           file=SimpleNamespace(src_uri="p.md", content_string=front + source))
    hook.on_page_markdown(source, page, config, None)
    page.render(config, None)
    hook.on_page_context({}, page, config, None)
    assert page.content == markdown.Markdown(extensions=config.markdown_extensions).convert(source)
    page.file.content_string = front + source + "\n<p>added</p>\n"
    with pytest.raises(RuntimeError, match="changed while the site was being built"):
        hook.on_page_context({}, page, config, None)


@pytest.mark.parametrize("source", [
    "# T\n\nplain **Markdown** paragraph\n",
    "<div>x</div> and text after it\n",
    "<span>inline first</span>\n",
    "<div>\n<!-- a comment -->\n</div>\n",
    "<div>\n<script>if (a < b) {}</script>\n</div>\n",
    "<div>never closed\n",
    "#hashtag\n",
    "# heading\ntext under it\n",
])
def test_pages_of_another_shape_are_left_to_python_markdown(source):
    md = markdown.Markdown()
    assert hook.split_blocks(md, hook.normalised(md, source)) is None
