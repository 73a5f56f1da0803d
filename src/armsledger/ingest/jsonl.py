"""JSON Lines manifests and dumps: one document per line, by path, URL or inline text.

Keys: `path` (relative to the manifest, and inside its folder or `--root`),
`url`, `text`, `published`, `outlet`, `title`, `language`; unknown keys are
ignored, so a gold file is a manifest too. A line with `text` is that document; a line with only a `url`
is fetched. Lines are read one at a time, so a dump may be larger than the
limit for one document.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from ..errors import InputError
from .config import IngestConfig
from .document import make_document, size_error
from .items import Item

# (kind, target, metadata) -> items: how a line that names a file or URL is read.
Follow = Callable[[str, str, dict[str, str | None]], Iterator[Item]]


def iter_lines(stream: IO[bytes], *, source: str, base: Path, follow: Follow,
               config: IngestConfig | None = None, published: str | None = None,
               outlet: str | None = None, confine: bool = True) -> Iterator[Item]:
    """Each line's document, or the error that line gave, so one bad line
    does not stop the rest. With `confine`, paths must stay inside `base`
    (or the config's manifest_root); without, `follow` judges them."""
    config = config or IngestConfig()
    line_no = 0
    while True:
        try:
            raw = stream.readline(config.max_bytes + 1)
        except OSError as exc:
            yield InputError(source, f"cannot be read ({exc.strerror or exc})")
            return
        if not raw:
            return
        line_no += 1
        where = f"{source}:{line_no}"
        if len(raw) > config.max_bytes and not raw.endswith(b"\n"):
            yield size_error(where, None, config.max_bytes)
            while raw and not raw.endswith(b"\n"):  # skip the rest of the long line
                raw = stream.readline(config.max_bytes + 1)
            continue
        if not raw.strip():
            continue
        yield from _line(raw, where=where, base=base, root=(config.manifest_root or base) if confine else None,
                         follow=follow, published=published, outlet=outlet)


def _line(raw: bytes, *, where: str, base: Path, root: Path | None, follow: Follow, published: str | None,
          outlet: str | None) -> Iterator[Item]:
    try:
        record = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        yield InputError(where, "is not UTF-8 text")
        return
    except json.JSONDecodeError as exc:
        yield InputError(where, f"is not valid JSON ({exc.msg})")
        return
    except RecursionError:
        yield InputError(where, "is JSON nested too deeply to read")
        return
    if not isinstance(record, dict):
        yield InputError(where, "is not a JSON object")
        return
    meta = {
        "url": _str(record.get("url")),
        "outlet": outlet or _str(record.get("outlet")),
        "title": _str(record.get("title")),
        "published": published or _str(record.get("published")),
    }
    language = _str(record.get("language"))
    try:
        if isinstance(record.get("text"), str) and record["text"].strip():
            yield make_document(record["text"], source=meta["url"] or where, language=language, **meta)
        elif record.get("path"):
            path = str(record["path"])
            target = (base / path).resolve() if root is None else inside(base, path, root=root, where=where)
            yield from follow("path", str(target), meta)
        elif meta["url"]:
            yield from follow("url", meta["url"], {k: v for k, v in meta.items() if k != "url"})
        else:
            yield InputError(where, "has neither 'path', 'url' nor 'text'")
    except InputError as exc:
        yield exc


def inside(base: Path, path: str, *, root: Path, where: str) -> Path:
    """A manifest's `path`, resolved (symbolic links too) against its folder;
    an InputError when it is absolute or leads outside `root`, so that a
    manifest from elsewhere cannot make ingest read, store and publish any
    file this user can read."""
    shown = path if len(path) <= 80 else path[:79] + "…"
    if "\x00" in path:
        raise InputError(where, "has a path with a NUL character")
    if Path(path).is_absolute():
        raise InputError(where, f"path {shown!r} is absolute; paths in a manifest are relative to its folder")
    target = (base / path).resolve()
    folder = root.resolve()
    if not target.is_relative_to(folder):
        raise InputError(where, f"path {shown!r} leads outside {folder}; give --root to read from a wider folder")
    return target


def _str(value: object) -> str | None:
    return None if value is None else str(value)
