"""MkDocs building one share of the pages, so that several processes build one site together.

    python -m generator.mkdocs_shares K N build --quiet --site-dir DIR ...

runs `mkdocs` with the arguments after K and N, reading and writing only the pages of share K of
N (by a digest of each page's path, so the shares are about equal and the same in every
process) and the pages of the navigation, whose titles and neighbours every page shows. Share 0
also copies the static files and writes the theme's templates (the sitemap, 404.html). Every
page is built as a whole build builds it: the same navigation, the same files, the same hooks;
the shares only split who writes it. The site folder must be empty: no share empties it.
Nothing of the generated tree or mkdocs.yml changes (the tree builds alone with any engine), and
MkDocs' own code is only wrapped, not changed. A share does not see the anchors of pages it does
not build, so links to anchors in other shares are not checked: harmless while mkdocs.yml leaves
`validation.anchors` at its default level (info).
"""
from __future__ import annotations

import sys
import zlib


def share_of(src_uri: str, shares: int) -> int:
    return zlib.crc32(src_uri.encode("utf-8")) % shares


def main(argv: list[str]) -> int:
    share, shares, arguments = int(argv[0]), int(argv[1]), argv[2:]
    from mkdocs import __main__ as cli
    from mkdocs.commands import build

    in_nav: set[str] = set()
    get_navigation, populate, build_page = build.get_navigation, build._populate_page, build._build_page

    def navigation(files, config):
        nav = get_navigation(files, config)
        in_nav.update(page.file.src_uri for page in nav.pages)
        return nav

    def mine(page) -> bool:
        return page.file.src_uri in in_nav or share_of(page.file.src_uri, shares) == share

    def populated(page, *args, **kwargs):
        if mine(page):
            populate(page, *args, **kwargs)

    def built(page, *args, **kwargs):
        if share_of(page.file.src_uri, shares) == share:  # a page of the navigation is written once
            build_page(page, *args, **kwargs)

    build.get_navigation, build._populate_page, build._build_page = navigation, populated, built
    # Not emptied by each process, while the others write into it: the caller gives an empty folder.
    build.utils.clean_directory = lambda directory: None
    if share:
        build._build_theme_template = lambda *args, **kwargs: None
        build._build_extra_template = lambda *args, **kwargs: None  # none configured today; written once if one is
        build.Files.copy_static_files = lambda self, *args, **kwargs: None
    return cli.cli.main(args=arguments, prog_name="mkdocs", standalone_mode=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
