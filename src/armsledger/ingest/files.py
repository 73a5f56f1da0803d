"""Reading local files within the size limit."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .document import size_error


def read_file(path: Path, *, limit: int) -> bytes:
    """A file's bytes; a clear error when it is missing, unreadable or too large,
    found before reading it whole."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise size_error(str(path), size, limit)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > limit:  # it grew while we looked
        raise size_error(str(path), len(data), limit)
    return data
