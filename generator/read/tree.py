"""What a build may read from the repository: regular files inside it, never through a link.

A pull request can add a symbolic link (`content/articles/2022/x.md -> ~/.ssh/id_rsa`, or a
linked folder); git checks it out as a link, and anything that opened it would publish its
target. So under content/ and site_config/ (and mkdocs.yml itself) every entry must be a
regular file or a real folder; each link or special file is an error naming it, and the
readers open files one path component at a time with O_NOFOLLOW, so a link is refused even
where no scan came first. A link's target is never opened, nor even looked at.
"""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from generator.model import ContentError, Problem

# Everything a pull request can change that a build reads (besides the generator itself).
CHECKED_FOLDERS = (Path("content"), Path("site_config"))
CHECKED_FILES = (Path("mkdocs.yml"),)
# What the build writes (and an incremental build copies from): a link committed there would
# send the output, or the deletions that keep it exact, wherever it points.
OUTPUT_FOLDERS = (Path("build"), Path("site"))
_OUTPUT_LINK = ("is a symbolic link inside the build's output; the build writes here and would write (or copy) "
                "where it points; delete it, the build makes its own folders")

_LINK = ("is a symbolic link; content, registry and site_config files must be regular files inside "
         "the repository (a link would publish whatever it points to); replace the link with the {what} itself")
_SPECIAL = "is not a regular file (a pipe, socket or device); remove it"


def link_problem(rel: str, folder: bool | None = False) -> Problem:
    """The error for a link; `folder` None when what it stands for is not known (and not looked at)."""
    what = {True: "folder", False: "file", None: "file or folder"}[folder]
    return Problem(rel, 1, "error", ("this folder " if folder else "this ") + _LINK.format(what=what))


def output_link_problem(rel: str) -> Problem:
    return Problem(rel, 1, "error", "this " + _OUTPUT_LINK)


def _entry_problem(rel: str, mode: int) -> Problem | None:
    if stat.S_ISLNK(mode):
        return link_problem(rel, folder=None)  # a link is a link whatever it points to: its target is not looked at
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        return Problem(rel, 1, "error", "this " + _SPECIAL)
    return None


def _as_rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def regular_files(root: Path, folder: Path, suffix: str = "",
                  listing: bool = True) -> tuple[list[Path], list[Problem]]:
    """The regular files under root/folder ending in `suffix`, sorted (none when not `listing`),
    and a problem for every link or special file met on the way. Linked folders are reported,
    never entered."""
    problems: list[Problem] = []
    here = root
    for part in folder.parts:  # the folder itself and the folders above it, inside the root
        here = here / part
        try:
            mode = os.lstat(here).st_mode
        except FileNotFoundError:
            return [], []
        if stat.S_ISLNK(mode):
            return [], [link_problem(_as_rel(here, root), folder=True)]
        if not stat.S_ISDIR(mode):
            return [], [Problem(_as_rel(here, root), 1, "error", f"this should be a folder; {_SPECIAL}")]
    files: list[str] = []
    folders = [str(here)]
    while folders:  # scandir's entry types need no further system call per file
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(entry.path)
                elif entry.is_file(follow_symlinks=False):
                    if entry.name.endswith(suffix):
                        files.append(entry.path)
                else:
                    rel = _as_rel(Path(entry.path), root)
                    if entry.is_symlink():
                        problems.append(link_problem(rel, folder=None))
                    else:
                        problems.append(Problem(rel, 1, "error", "this " + _SPECIAL))
    if not listing:
        return [], problems
    # In Path's order (by parts), made Paths once sorted: thousands of Path comparisons cost more.
    return [Path(file) for file in sorted(files, key=lambda file: file.split(os.sep))], problems


def unsafe_entries(root: Path, outputs: bool = True) -> list[Problem]:
    """Every link or special file among what a build reads (content/, site_config/, mkdocs.yml)
    and writes (build/, site/; not when `outputs` is False)."""
    problems: list[Problem] = []
    for folder in CHECKED_FOLDERS:
        problems += regular_files(root, folder, listing=False)[1]
    for folder in OUTPUT_FOLDERS if outputs else ():
        for problem in regular_files(root, folder, listing=False)[1]:
            problems.append(output_link_problem(problem.path) if "link" in problem.message else problem)
    for file in CHECKED_FILES:
        try:
            problem = _entry_problem(file.as_posix(), os.lstat(root / file).st_mode)
        except FileNotFoundError:
            continue
        if problem is not None:
            problems.append(problem)
    return sorted(problems, key=lambda p: p.path)


def open_folder_inside(root: Path, parts: tuple[str, ...], create: bool = False) -> int:
    """A descriptor of the folder root/parts[0]/parts[1]/..., each step opened without following a
    link (and made first when `create`); a link on the way is a ContentError naming it. The caller
    closes the descriptor."""
    directory = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for depth, part in enumerate(parts, start=1):
            if create:
                try:
                    os.mkdir(part, dir_fd=directory)
                except FileExistsError:
                    pass
            try:
                inner = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=directory)
            except OSError as exc:
                if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                    raise ContentError(link_problem(Path(*parts[:depth]).as_posix(), folder=True)) from None
                raise
            os.close(directory)
            directory = inner
    except BaseException:
        os.close(directory)
        raise
    return directory


def read_inside(root: Path, file: Path, limit: int | None = None, what: str = "file") -> bytes:
    """The bytes of a regular file inside `root`, opened without following any link on the way.

    `file` is absolute (under root) or relative to it. Raises ContentError naming the file when
    it, or a folder on its path, is a link or not a regular file, or when it is larger than
    `limit` bytes (checked before reading). `what` names the kind of file in that message.
    """
    rel = file.relative_to(root) if file.is_absolute() else file
    shown = rel.as_posix()
    directory = open_folder_inside(root, rel.parts[:-1])
    try:
        # O_NONBLOCK: opening a named pipe must not hang the build; it is refused below.
        fd = os.open(rel.parts[-1], os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=directory)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ContentError(link_problem(shown, folder=None)) from None
        raise
    finally:
        os.close(directory)
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ContentError(Problem(shown, 1, "error", "this " + _SPECIAL))
        if limit is not None and info.st_size > limit:
            raise ContentError(Problem(shown, 1, "error", f"the {what} is {info.st_size:,} bytes, over the limit of "
                                       f"{_size(limit)} ({limit:,} bytes); {_SPLIT_ADVICE.get(what, 'make it smaller')}"))
        return f.read()


_SPLIT_ADVICE = {
    "article": "split it into several articles, or leave out what is not the article's text",
    "registry file": "keep the description short: the entity's page is for what the archive says about it",
}


def _size(size: int) -> str:
    return f"{size // (1024 * 1024)} MiB" if size % (1024 * 1024) == 0 else f"{size / 1024:,.0f} KiB"
