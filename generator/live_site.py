"""The preview's MkDocs build, in the preview's own process: one build per save, of only the
files the generator changed.

`build_all` is MkDocs' own build (mkdocs.commands.build.build, as `mkdocs serve` runs it), which
keeps what it gathered: the config and its hooks, the Files collection, the navigation and the
theme's Jinja environment. `update(written, deleted)` then builds the pages and copies the
files whose sources a save wrote, one by one as MkDocs' build does each (_populate_page, then
_build_page, with the same hooks), without walking the docs folder or the site: a page comes
out byte for byte as a clean `mkdocs build` of the same tree makes it (tests/test_live_site.py).
A save that adds or removes files puts them into (or takes them out of) the Files collection
where listing the docs folder would (without listing it: 30,000 files at 10,000 articles), makes
the sitemap again, and the navigation only when a file it names came or went; it still builds
only what changed. A change to what shapes every page (mkdocs.yml,
site_config/, see pipeline.theme_fingerprint) is a full build again.
"""
from __future__ import annotations

import bisect
from pathlib import Path

from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files, InclusionLevel, file_sort_key, set_exclusions
from mkdocs.structure.nav import Navigation, get_navigation
from mkdocs.structure.pages import Page

from generator.files import remove_file
from generator.pipeline import theme_fingerprint

INCLUSION = InclusionLevel.is_in_serve  # as `mkdocs serve` builds: drafts shown
SITEMAP = "sitemap.xml"


class LiveSite:
    """The site of `root`'s docs folder in `site_dir`, as served at `site_url`."""

    def __init__(self, root: Path, site_dir: Path, site_url: str):
        self.root, self.site_dir, self.site_url = root, site_dir, site_url
        self.config = None
        self.files: Files | None = None
        self.nav: Navigation | None = None
        self.env = None
        self.theme: str | None = None  # theme_fingerprint of the last full build
        self.sitemap_due = False  # files came or went since the sitemap was built
        self._pages: list[File] = []  # documentation_pages() of the Files collection `_pages_of`
        self._pages_of: Files | None = None

    def current(self) -> bool:
        """Whether what shapes every page is what the last full build was made with."""
        return self.theme is not None and self.theme == theme_fingerprint(self.root)

    def build_all(self) -> None:
        """A clean build with a config read again (MkDocs' build, keeping what it gathered)."""
        self.close()
        theme = theme_fingerprint(self.root)
        config = load_config(config_file=str(self.root / "mkdocs.yml"), site_dir=str(self.site_dir))
        config.plugins.on_startup(command="serve", dirty=False)
        config.site_url = self.site_url
        self.config = config
        found = {}

        def keep_nav(nav, config, files):
            found["nav"], found["files"] = nav, files

        def keep_env(env, config, files):
            found["env"] = env

        # Called after mkdocs.yml's hooks: what the build then uses.
        config.plugins.events["nav"].append(keep_nav)
        config.plugins.events["env"].append(keep_env)
        try:
            mkdocs_build.build(config, serve_url=self.site_url)
        finally:
            config.plugins.events["nav"].remove(keep_nav)
            config.plugins.events["env"].remove(keep_env)
        self.nav, self.files, self.env = found["nav"], found["files"], found["env"]
        self.theme, self.sitemap_due = theme, False

    def update(self, written: list[str], deleted: list[str], sitemap: bool = True) -> list[str]:
        """Build what the generator wrote into the docs folder (docs-relative paths) and remove
        what it deleted; returns the site-relative files that changed. `sitemap`: False leaves
        the sitemap, when files came or went, to the next update (a preview builds the pages
        of a save first, and its feeds and open data after them)."""
        config = self.config
        changed: list[str] = []
        added = [rel for rel in written if self.files.get_file_from_path(rel) is None]
        gone = [file for file in map(self.files.get_file_from_path, deleted) if file is not None]
        listed_again = bool(added or gone)
        if listed_again:
            changed += self._add_and_remove(added, gone)
            self.sitemap_due = True
        files = self.files
        nav_files = {page.file.src_uri for page in self.nav.pages}
        sources = [files.get_file_from_path(rel) for rel in written]
        sources = [file for file in sources if file is not None and file.inclusion.is_in_serve()]
        pages = [file for file in sources if file.is_documentation_page()]
        named = self._named_by_nav()
        came_or_went = [*added, *(file.src_uri for file in gone)]
        if listed_again and (named is None or any(rel in named for rel in came_or_went)) \
                or any(file.src_uri in nav_files for file in pages):
            self._navigation_again()
            nav_files = {page.file.src_uri for page in self.nav.pages}
        for file in pages:
            if file.src_uri not in nav_files:
                if file.page is None:  # a page that came with this save, outside the navigation
                    Page(None, file, config)
                mkdocs_build._populate_page(file.page, config, files)
        for file in sources:
            if not file.is_documentation_page():
                file.copy_file()
                changed.append(file.dest_uri)
        doc_files = self.documentation_pages()
        for file in pages:
            mkdocs_build._build_page(file.page, config, doc_files, self.nav, self.env,
                                     excluded=file.inclusion.is_excluded())
            changed.append(file.dest_uri)
        for file in pages:
            file.page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
        if sitemap and self.sitemap_due:  # it lists every page
            mkdocs_build._build_theme_template(SITEMAP, self.env, files, config, self.nav)
            changed += [SITEMAP, f"{SITEMAP}.gz"]
            self.sitemap_due = False
        self.post_build()
        return changed

    def documentation_pages(self) -> list[File]:
        """The pages of the Files collection, as MkDocs lists them for a page's context (kept
        while the collection is the same: 20,000 pages at 10,000 articles)."""
        if self._pages_of is not self.files:
            self._pages, self._pages_of = self.files.documentation_pages(inclusion=INCLUSION), self.files
        return self._pages

    def post_build(self) -> None:
        """The build's last step alone (the preview's errors into the site: hooks/preview.py)."""
        self.config.plugins.on_post_build(config=self.config)

    def _navigation_again(self) -> None:
        """A new navigation with new pages for its files, each read again (a page of the
        navigation is built with every page of it read, as in a full build), and the theme's
        pages that show it (the sitemap is `update`'s)."""
        config, files = self.config, self.files
        for page in self.nav.pages:
            page.file.page = None
        self.nav = config.plugins.on_nav(get_navigation(files, config), config=config, files=files)
        for page in self.nav.pages:
            mkdocs_build._populate_page(page, config, files)
        for template in config.theme.static_templates:
            if template != SITEMAP:
                mkdocs_build._build_theme_template(template, self.env, files, config, self.nav)

    def _add_and_remove(self, added: list[str], gone: list[File]) -> list[str]:
        """The files a save added (docs-relative paths) put into the Files collection where
        MkDocs' listing of the docs folder puts them (`file_sort_key`: its order), and those it
        removed taken out, their outputs with them: the Files collection a listing of the docs
        folder would make, without listing it. Returns the site files removed."""
        config, docs_dir = self.config, self.config.docs_dir
        removed = []
        for file in gone:
            remove_file(Path(file.abs_dest_path), self.site_dir)
            removed.append(file.dest_uri)
        gone_uris = {file.src_uri for file in gone}
        kept = [file for file in self.files if file.src_uri not in gone_uris]
        docs = [file for file in kept if file.src_dir == docs_dir]  # the theme's files come after
        new = [File(rel, docs_dir, config.site_dir, config.use_directory_urls) for rel in added]
        set_exclusions(new, config)
        for file in new:
            bisect.insort(docs, file, key=file_sort_key)
        files = Files([*docs, *(file for file in kept if file.src_dir != docs_dir)])
        self.files = config.plugins.on_files(files, config=config)  # as a full build's listing goes
        set_exclusions(self.files, config)  # (what a hook may have added)
        return removed

    def _named_by_nav(self) -> set[str] | None:
        """The docs-relative paths mkdocs.yml's `nav` names (None: no `nav`, every page is in it)."""
        def paths(item) -> list[str]:
            if isinstance(item, str):
                return [item]
            if isinstance(item, dict):
                return [path for value in item.values() for path in paths(value)]
            if isinstance(item, list):
                return [path for value in item for path in paths(value)]
            return []
        nav = self.config["nav"]
        return None if nav is None else set(paths(nav))

    def close(self) -> None:
        if self.config is not None:
            self.config.plugins.on_shutdown()
            self.config = None
