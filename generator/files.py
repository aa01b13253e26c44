"""The few places that touch the file system for writing, kept together.

`import` creates content files and never replaces one; builds replace their output folders
only once the new output is complete, so an interrupted run leaves the old one whole.
"""
from __future__ import annotations

import copy
import errno
import os
import secrets
import shutil
import tempfile
from pathlib import Path

from generator.read.tree import open_folder_inside


def create_new_file(root: Path, rel: str | Path, data: bytes) -> None:
    """Write root/rel whole or not at all; FileExistsError if it exists (never overwrite).

    The folders on the way are opened without following links (a linked content/articles/2022
    must not send a new article outside the repository) and created where missing; a link on
    the way is a ContentError naming it.
    """
    parts = Path(rel).parts
    directory = open_folder_inside(root, parts[:-1], create=True)
    try:
        name = parts[-1]
        tmp = f".import-{os.getpid()}-{secrets.token_hex(4)}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644, dir_fd=directory)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            # link() fails with FileExistsError instead of replacing, and never follows a link
            # already at the name.
            os.link(tmp, name, src_dir_fd=directory, dst_dir_fd=directory, follow_symlinks=False)
        finally:
            os.unlink(tmp, dir_fd=directory)
    finally:
        os.close(directory)


def write_new(path: Path, data: bytes) -> None:
    """Write `path` as a new file renamed into place: a reader (or a hard link to the old file,
    in the previous site) sees the old bytes or the new, never half of them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def files_under(folder: Path | str) -> dict[str, tuple[str, tuple]]:
    """{path relative to `folder`: (its path, (device, inode))} for every file below it (none
    when it is missing); folders are walked, never followed through a link."""
    return _tree(folder)[0]


def _tree(folder: Path | str) -> tuple[dict[str, tuple[str, tuple]], list[str]]:
    """files_under's files, and the relative path of every folder below `folder`. Read from the
    folders' entries alone (their inode and type come with each name): no file is stat()ed,
    which for a site of tens of thousands of files is most of the time a walk takes. The device
    is the top folder's: a site is one tree on one file system (a hard link cannot leave it)."""
    found: dict[str, tuple[str, tuple]] = {}
    below: list[str] = []
    try:
        device = os.stat(folder).st_dev  # the files' device, as scandir lists them
    except FileNotFoundError:
        return found, below
    folders = [("", os.fspath(folder))]
    while folders:
        rel, here = folders.pop()
        try:
            entries = os.scandir(here)
        except FileNotFoundError:
            continue
        with entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    below.append(f"{rel}{entry.name}")
                    folders.append((f"{rel}{entry.name}/", entry.path))
                else:
                    found[f"{rel}{entry.name}"] = (entry.path, (device, entry.inode()))
    return found, below


def link_files(wanted: dict[str, tuple[str, tuple]], target: Path) -> int:
    """Make `target` hold exactly hard links to `wanted` ({relative path: (file, (device,
    inode))}, as files_under gives), changing only what differs: a name that is already a link
    to its file stays, every other file and folder is removed, and the missing links are made.
    `target` may be a tree made this way for an earlier state (the previous site): then a few
    changed files are linked again instead of every file. Nothing is ever written into a file.
    Returns the number of links made."""
    present, folders = _tree(target)
    for rel, (path, identity) in present.items():
        source = wanted.get(rel)
        if source is None or source[1] != identity:
            os.unlink(path)
    folders_wanted = {""}
    for rel in wanted:
        while (rel := rel.rpartition("/")[0]) and rel not in folders_wanted:
            folders_wanted.add(rel)
    for rel in sorted(folders, reverse=True):  # folders no wanted file is in, the deepest first (empty by now)
        if rel not in folders_wanted:
            os.rmdir(os.path.join(target, rel))
    made = 0
    for rel, (source, identity) in wanted.items():
        known = present.get(rel)
        if known is not None and known[1] == identity:
            continue
        dest = os.path.join(target, rel)
        try:
            _link(source, dest)
        except FileNotFoundError:
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            _link(source, dest)
        made += 1
    return made


def sync_tree(files: dict[str, bytes], target: Path) -> tuple[int, int]:
    """Make `target` hold exactly `files` (relative path -> bytes), rewriting only what changed.

    Unchanged files keep their modification time, so `mkdocs serve` reloads only what moved.
    What changed is written beside `target` first and then renamed into it in one burst, so
    that MkDocs' server, which starts building after a tenth of a second without changes in
    `target`, builds once. Returns (written, deleted).
    """
    target.mkdir(parents=True, exist_ok=True)
    changed = []
    for rel, data in files.items():
        dest = target / rel
        try:
            if dest.stat().st_size == len(data) and dest.read_bytes() == data:
                continue
        except FileNotFoundError:
            pass
        changed.append((dest, data))
    wanted = {Path(rel) for rel in files}
    stale = [p for p in sorted(target.rglob("*"), reverse=True) if p.is_file() and p.relative_to(target) not in wanted]
    for left in target.parent.glob(f".{target.name}-*"):  # by a run that was killed
        shutil.rmtree(left, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        staged = []
        for number, (dest, data) in enumerate(changed):
            (staging / str(number)).write_bytes(data)
            staged.append((staging / str(number), dest))
        for file, dest in staged:
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(file, dest)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for file in stale:
        file.unlink()
    for folder in sorted((p for p in target.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
    return len(changed), len(stale)


def _link(source: str, dest: str) -> None:
    try:
        os.link(source, dest, follow_symlinks=False)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        shutil.copy2(source, dest)  # another file system: a copy, the source is never written either


def replace_dir(new: Path, target: Path, keep: Path | None = None) -> None:
    """Swap a fully built folder into place; the old one is removed only after the swap, or
    moved to `keep` (replacing what is there)."""
    old = keep or target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    if keep is None and old.exists():
        shutil.rmtree(old)


class DocsWriter:
    """Brings the docs folder up to date page by page, as pages are rendered.

    `table` says what each file was made from: {path: (inputs fingerprint, file stamp,
    indexed)}. A page whose fingerprint and file are unchanged is not rendered (`fresh`); a
    rendered page whose bytes are the file's is not written (its modification time stays, so
    MkDocs' --dirty skips it). Changed files are staged beside the folder and renamed into it
    in one burst by `finish`, which also removes what the build no longer makes, and says which
    files it wrote and removed (`written`, `deleted`: what the preview's MkDocs builds).
    """

    TABLE = Path("build") / "cache" / "docs-inputs.pickle"
    incremental = True
    share = ""  # what this writer's staged files' names start with (a branch's own)

    def __init__(self, root: Path, target: Path, table: dict | None = None):
        self.root, self.target = root, target
        # A table given is the last run's in this process, whose finish left the folder holding
        # exactly its files: what this run does not make is found without listing the folder.
        self.listed = table is not None
        self.previous = self._load_table() if table is None else table
        self.table: dict[str, tuple] = {}
        self.staged: list[tuple[Path, str, bytes | None]] = []
        self._staging: Path | None = None
        self.written: list[str] = []  # by the last finish: the files it wrote and removed (docs-relative)
        self.deleted: list[str] = []
        self.flushed: list[str] = []  # renamed into place since the last finish

    def _load_table(self) -> dict:
        from generator import safe_pickle

        try:
            stored = safe_pickle.load(self.root / self.TABLE)
        except safe_pickle.UNREADABLE:
            return {}
        return stored if isinstance(stored, dict) else {}

    def save_table(self) -> None:
        self.write_table(self.root, self.table)

    @classmethod
    def write_table(cls, root: Path, table: dict) -> None:
        """Keep a table for the next process (build/cache/, safe to delete: then every page is rendered)."""
        import pickle

        write_new(root / cls.TABLE, pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))

    @staticmethod
    def _stamp(file: Path | str) -> tuple:
        info = os.lstat(file)
        return info.st_ino, info.st_size, info.st_mtime_ns

    def fresh(self, rel: str, fingerprint: bytes | None) -> bool:
        """Whether the file holds what `fingerprint` makes (then it counts as written)."""
        known = self.previous.get(rel)
        if fingerprint is None or known is None or known[0] != fingerprint:
            return False
        try:
            if self._stamp(os.path.join(self.target, rel)) != known[1]:  # (no Path: thousands per pass)
                return False
        except FileNotFoundError:
            return False
        self.table[rel] = known
        return True

    def put(self, rel: str, fingerprint: bytes | None, data: bytes) -> None:
        from generator.render.search_contract import SEARCH_DATA_CLASS

        indexed = rel.endswith(".md") and f'class="{SEARCH_DATA_CLASS}"'.encode() in data
        dest = self.target / rel
        try:
            if dest.stat().st_size == len(data) and dest.read_bytes() == data:
                self.table[rel] = (fingerprint, self._stamp(dest), indexed)
                return
        except FileNotFoundError:
            pass
        staged = self._stage_file()
        staged.write_bytes(data)
        self.staged.append((staged, rel, fingerprint))
        self.table[rel] = (fingerprint, None, indexed)

    def _stage_file(self) -> Path:
        """A new file's path in the staging folder, under this writer's share's names."""
        return self._staging_folder() / f"{self.share}{len(self.staged)}"

    def _staging_folder(self) -> Path:
        if self._staging is None:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            for left in self.target.parent.glob(f".{self.target.name}-*"):  # by a run that was killed
                shutil.rmtree(left, ignore_errors=True)
            self._staging = Path(tempfile.mkdtemp(prefix=f".{self.target.name}-", dir=self.target.parent))
        return self._staging

    def branch(self, share: str) -> "DocsWriter":
        """A writer for a share of the pages, rendered in another process (render/workers.py):
        it stages into this writer's staging folder (made now, before the process starts) under
        names of its own, and starts with an empty table; `adopt` takes what it put."""
        part = copy.copy(self)
        part._staging, part.share, part.table, part.staged = self._staging_folder(), share, {}, []
        return part

    def adopt(self, table: dict, staged: list) -> None:
        """What a branch put (its table and its staged files), as if this writer had put it."""
        self.table.update(table)
        self.staged += staged

    def put_parts(self, rel: str, fingerprint: bytes | None, parts) -> None:
        """`put` for a file given as the pieces of its bytes (a large one, the open data): each
        piece goes to the staged file as it comes, so its bytes are never held whole; the file
        replaces the docs folder's (in `finish`) only when they differ. Not a page: not indexed."""
        staged = self._stage_file()
        with staged.open("wb") as out:
            out.writelines(parts)
        dest = self.target / rel
        try:
            if same_bytes(staged, dest):
                staged.unlink()
                self.table[rel] = (fingerprint, self._stamp(dest), False)
                return
        except FileNotFoundError:
            pass
        self.staged.append((staged, rel, fingerprint))
        self.table[rel] = (fingerprint, None, False)

    def flush(self) -> list[str]:
        """Rename the files staged so far into place (a preview's pages, built and served before
        its feeds and open data are made) and return them; `finish` counts them as written."""
        self.target.mkdir(parents=True, exist_ok=True)
        for staged, rel, fingerprint in self.staged:
            dest = self.target / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, dest)
            self.table[rel] = (fingerprint, self._stamp(dest), self.table[rel][2])
        flushed = [rel for _, rel, _ in self.staged]
        self.flushed += flushed
        self.staged = []
        return flushed

    def finish(self) -> tuple[int, int]:
        """Rename the staged files into place and remove the files no longer made: (written, deleted)."""
        self.flush()
        if self.listed:
            self.deleted = [rel for rel in self.previous if rel not in self.table]
        else:
            self.deleted = [rel for rel in files_under(self.target) if rel not in self.table]
        stale = [self.target / rel for rel in self.deleted]
        for file in stale:
            remove_file(file, self.target)
        self.written, self.flushed = self.flushed, []
        return len(self.written), len(stale)

    def discard(self) -> None:
        """Remove the staging folder (after finish, or when rendering failed: nothing was written)."""
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
            self._staging = None

    def pages_with_keys(self) -> int:
        return sum(1 for _, _, indexed in self.table.values() if indexed)


def same_bytes(one: Path, other: Path, block: int = 1 << 20) -> bool:
    """Whether two files hold the same bytes, read a block at a time (filecmp.cmp keeps its
    answers by path, size and time, which a staging folder's reused names could meet)."""
    if os.stat(one).st_size != os.stat(other).st_size:
        return False
    with open(one, "rb") as a, open(other, "rb") as b:
        while True:
            chunk = a.read(block)
            if chunk != b.read(block):
                return False
            if not chunk:
                return True


def remove_file(path: Path, top: Path) -> None:
    """A generated file, and the folders below `top` it leaves empty."""
    path.unlink(missing_ok=True)
    folder = path.parent
    while folder != top and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
