"""The files a source names, found without following links into loops.

Python's `glob` follows symbolic links to folders while matching `**`, so a
link to a parent folder makes it walk the same tree again and again (and two
such links make it explode). Folders and `**` globs are walked here with
`os.walk`, which does not follow links to folders; each link passed over is
reported once. A file given by name must be a regular file: opening a FIFO
would wait for a writer forever.
"""

from __future__ import annotations

import fnmatch
import functools
import glob
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from .items import Notice

# More files than anyone means to ingest in one command: a pattern gone wrong.
MAX_FILES = 200_000

_KINDS = {stat.S_IFIFO: "a named pipe (FIFO)", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
          stat.S_IFBLK: "a block device"}


def check_regular(path: Path) -> None:
    """An InputError unless `path` is (or links to) a regular file."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if not os.path.lexists(path):
            raise InputError(str(path), "does not exist") from exc
        raise InputError(str(path), f"cannot be read ({exc.strerror or exc})") from exc
    if stat.S_ISDIR(mode):
        raise InputError(str(path), "is a folder; give the files in it")
    if not stat.S_ISREG(mode):
        kind = _KINDS.get(stat.S_IFMT(mode), "not a regular file")
        raise InputError(str(path), f"is {kind}, not a file; only regular files are read")


def iter_paths(source: str) -> Iterator[Path | Notice]:
    """The files a source names: itself, a folder's files (recursively, hidden
    ones left out), or a glob's matches, sorted; Notices for links to folders
    that were not followed."""
    path = Path(source)
    if path.is_dir():
        yield from _walk(path, pattern=None, source=source)
        return
    if os.path.lexists(path) or not glob.has_magic(source):
        yield path
        return
    if "**" not in source:
        # One level per wildcard: no loop is possible.
        matches = sorted(Path(p) for p in glob.glob(source) if Path(p).is_file())
        if not matches:
            raise InputError(source, "matches no file")
        yield from matches
        return
    parts = Path(source).parts
    fixed = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    base = Path(*parts[:fixed]) if fixed else Path(".")
    found = False
    for item in _walk(base, pattern=parts[fixed:], source=source):
        found = found or isinstance(item, Path)
        yield item
    if not found:
        raise InputError(source, "matches no file")


def _walk(base: Path, *, pattern: tuple[str, ...] | None, source: str) -> Iterator[Path | Notice]:
    files: list[Path] = []
    links: list[Path] = []
    for folder, dirs, names in os.walk(base, followlinks=False):
        here = Path(folder)
        relative = here.relative_to(base).parts
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in dirs:
            if (here / name).is_symlink():
                links.append(here / name)
        for name in names:
            if name.startswith("."):
                continue
            candidate = here / name
            if (pattern is None or _matches((*relative, name), pattern)) and candidate.is_file():
                files.append(candidate)
                if len(files) > MAX_FILES:
                    raise InputError(source, f"names more than {MAX_FILES:,} files; give a narrower pattern")
    yield from sorted(files)
    for link in sorted(links):
        yield Notice(str(link), "a symbolic link to a folder, not followed")


def _matches(parts: tuple[str, ...], pattern: tuple[str, ...]) -> bool:
    """Whether a relative path matches glob segments (`**`: any number of
    folders), hidden names matching only patterns that start with a dot."""

    @functools.cache
    def match(i: int, j: int) -> bool:
        if j == len(pattern):
            return i == len(parts)
        if pattern[j] == "**" and j == len(pattern) - 1:  # "news/**": every file below
            return i < len(parts) and not any(part.startswith(".") for part in parts[i:])
        if pattern[j] == "**":
            if match(i, j + 1):
                return True
            return i < len(parts) - 1 and not parts[i].startswith(".") and match(i + 1, j)
        if i == len(parts):
            return False
        name = parts[i]
        if name.startswith(".") and not pattern[j].startswith("."):
            return False
        return fnmatch.fnmatchcase(name, pattern[j]) and match(i + 1, j + 1)

    return match(0, 0)
