"""What every list query shares: pages, sorting, years, bound filter values."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from .. import schema

MAX_PAGE_SIZE = 200
EXPORT_LIMIT = 100_000
# Deals no step of which can be dated have no status; filters and counts call them this.
UNKNOWN_STATUS = "UNKNOWN"

deals_t = schema.deals
events_t = schema.events
documents_t = schema.documents
systems_t = schema.event_systems
deal_events_t = schema.deal_events


@dataclass(slots=True, kw_only=True)
class Page:
    """One page of a list, with the total the filters match."""

    items: list[dict[str, Any]]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    def as_dict(self) -> dict[str, Any]:
        return {"total": self.total, "page": self.page, "per_page": self.per_page,
                "pages": self.pages, "items": self.items}


def year_of(column: sa.ColumnElement) -> sa.ColumnElement:
    # Times are ISO prefixes ("2015", "2015-04", "2015-04-13"); the year is
    # their first four characters, on SQLite and PostgreSQL alike.
    return sa.func.substr(column, 1, 4)

def matches(column: sa.ColumnElement, value: Any) -> sa.ColumnElement:
    """column = value, or column IN values for a filter given several."""
    if isinstance(value, list | tuple | set | frozenset):
        return column.in_(sorted(value))
    return column == value


def at_least(column: sa.ColumnElement, floor: float) -> sa.ColumnElement:
    """A confidence column at or above `floor`; NULL (decided by no model) counts as 1."""
    return sa.func.coalesce(column, 1.0) >= floor


def sort_clauses(sorts: dict[str, list[sa.ColumnElement]], sort: str, tiebreak: sa.ColumnElement) -> list:
    """ORDER BY for a sort key from `sorts`, "-key" for descending; NULLs last."""
    descending = sort.startswith("-")
    columns = sorts[sort.removeprefix("-")]
    order = [(c.desc() if descending else c.asc()).nulls_last() for c in columns]
    return [*order, tiebreak]
