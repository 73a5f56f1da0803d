"""A document's metadata made safe to store, whatever a feed or manifest says.

Titles, outlets and URLs come from strangers: a feed title may hold `&#0;`
(a NUL, which PostgreSQL refuses in text), a manifest may give a 10 KB
outlet. Control characters are dropped, whitespace folded and lengths capped
to what the ledger's columns hold, the same on SQLite and PostgreSQL. A
publication date must be a date: it dates every relative time in the text.
"""

from __future__ import annotations

import datetime as dt
import re

from ..errors import InputError

# Longest kept, in characters; `outlet` and `language` match their columns.
MAX_LENGTHS = {"title": 1000, "outlet": 200, "url": 4096, "source": 4096, "language": 16}

# C0 and C1 controls, DEL, and the Unicode separators that break lines.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# A timestamp's date part: "2016-10-13T08:20:00Z", "2016-10-13 08:20".
_TIMESTAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")


def clean_field(value: str | None, name: str) -> str | None:
    """One line of text at most MAX_LENGTHS[name] long, or None when nothing is left."""
    if value is None:
        return None
    text = " ".join(_CONTROL.sub(" ", str(value)).split())
    limit = MAX_LENGTHS[name]
    if len(text) > limit:
        text = text[:limit - 1].rstrip() + "…"
    return text or None


def parse_published(value: str | None, *, source: str) -> str | None:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a timestamp gives its date); an
    InputError naming `source` for anything else."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    stamp = _TIMESTAMP.fullmatch(text)
    if stamp:
        text = stamp.group(1)
    match = _DATE.fullmatch(text)
    try:
        if match is None:
            raise ValueError(text)
        year, month, day = match.groups()
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        shown = clean_field(text, "title") or ""
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        raise InputError(source, f"published date {shown!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return text
