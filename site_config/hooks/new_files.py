"""MkDocs hook: a dirty build writes new files and never rewrites the ones it finds.

A rebuild starts from hard links to the previous site (generator/pipeline.py), so a file MkDocs
opened and rewrote in place would change the previous site too, and a build that failed half
way would leave it half new. Before anything is written, every output this build will write
(pages and files whose source is newer, the theme's templates, the sitemap) is unlinked: MkDocs
then writes each as a new file, and the previous site stays whole until the new one replaces it.
"""
from __future__ import annotations

import os

_build = {"dirty": False}


def on_startup(command: str, dirty: bool) -> None:
    _build["dirty"] = dirty


def on_files(files, config):
    if _build["dirty"]:
        outputs = [file.abs_dest_path for file in files if file.is_modified()]
        for name in [*config.theme.static_templates, *config.extra_templates]:
            outputs.append(os.path.join(config.site_dir, name))
        outputs.append(os.path.join(config.site_dir, "sitemap.xml.gz"))
        for path in outputs:
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
    return files
