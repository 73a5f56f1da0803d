"""Named lists of states for watch rules: the UN and EU arms embargoes of
`data/embargoes.csv`, each entry with its instrument and the dates it was in force."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

from ..errors import CatalogError

# A rule may name one list, or this union of them.
ALL_EMBARGOES = "arms-embargo"


@dataclass(frozen=True, slots=True, kw_only=True)
class EmbargoEntry:
    """One state under one authority's arms embargo, from `since` until
    `until` (None: still in force)."""

    list: str
    country: str
    authority: str
    instrument: str
    since: str
    until: str | None
    scope: str
    url: str | None

    def in_force(self, when: str | None) -> bool:
        """Whether the embargo covered any part of `when` (YYYY, YYYY-MM or
        YYYY-MM-DD; None: today)."""
        if when is None:
            return self.until is None
        first, last = _span(when)
        return self.since <= last and (self.until is None or self.until >= first)

    def as_dict(self) -> dict[str, str | None]:
        return {"list": self.list, "authority": self.authority, "instrument": self.instrument,
                "since": self.since, "until": self.until, "scope": self.scope, "url": self.url}


def _span(when: str) -> tuple[str, str]:
    # A year or a month covers every day in it: "2016" spans 2016-01-01..2016-12-31.
    if len(when) == 4:
        return f"{when}-01-01", f"{when}-12-31"
    if len(when) == 7:
        return f"{when}-01", f"{when}-31"
    return when[:10], when[:10]


@functools.cache
def read_embargoes() -> tuple[EmbargoEntry, ...]:
    """Every row of data/embargoes.csv."""
    text = (resources.files("armsledger") / "data" / "embargoes.csv").read_text(encoding="utf-8")
    entries = []
    for line_no, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        row = {k: (v or "").strip() for k, v in row.items() if k is not None}
        if not (row.get("list") and row.get("country") and row.get("since")):
            raise CatalogError(f"embargoes.csv line {line_no}: list, country and since are required")
        entries.append(EmbargoEntry(
            list=row["list"], country=row["country"], authority=row["authority"],
            instrument=row["instrument"], since=row["since"], until=row.get("until") or None,
            scope=row.get("scope", ""), url=row.get("url") or None))
    return tuple(entries)


def list_names() -> list[str]:
    """The names a rule may use for a list of states."""
    return sorted({e.list for e in read_embargoes()} | {ALL_EMBARGOES})


def entries_of(name: str) -> list[EmbargoEntry]:
    return [e for e in read_embargoes() if name == ALL_EMBARGOES or e.list == name]
