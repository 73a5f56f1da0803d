"""JSON Lines manifests and dumps: one document per line, by path, URL or inline text.

Keys: `path` (relative to the manifest), `url`, `text`, `published`,
`outlet`, `title`, `language`; unknown keys are ignored, so a gold file is a
manifest too. A line with `text` is that document; a line with only a `url`
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
               outlet: str | None = None) -> Iterator[Item]:
    """Each line's document, or the error that line gave, so one bad line
    does not stop the rest."""
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
        yield from _line(raw, where=where, base=base, follow=follow, published=published, outlet=outlet)


def _line(raw: bytes, *, where: str, base: Path, follow: Follow, published: str | None,
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
            target = (base / str(record["path"])).resolve()
            yield from follow("path", str(target), meta)
        elif meta["url"]:
            yield from follow("url", meta["url"], {k: v for k, v in meta.items() if k != "url"})
        else:
            yield InputError(where, "has neither 'path', 'url' nor 'text'")
    except InputError as exc:
        yield exc


def _str(value: object) -> str | None:
    return None if value is None else str(value)
