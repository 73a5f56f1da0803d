"""Query parameters: each one checked, normalized, and documented once.

A bad value is a 422 whose message says what a good one looks like. An
empty value (an untouched field of the filter form) means "no filter".
"""

from __future__ import annotations

import difflib
import re
from typing import Annotated, Any

from fastapi import Query
from pydantic import AfterValidator, BeforeValidator

from ..lookup import UnknownValue, resolve_country, resolve_family
from ..model import SYSTEM_CATEGORIES, EventType, Modality
from ..store.queries import DEAL_SORTS, DOCUMENT_SORTS, EVENT_SORTS, MAX_PAGE_SIZE, UNKNOWN_STATUS


class BadParameter(ValueError):
    """A parameter that passed its own check but not a check across several."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(message)
        self.name = name
        self.message = message


def _blank(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _sort(keys: list[str]):
    def check(value: str | None) -> str | None:
        if value is None:
            return None
        if value.removeprefix("-") not in keys:
            raise ValueError(f"must be one of {', '.join(keys)}, with a leading '-' for descending")
        return value

    return check


def _year(value: int | None) -> int | None:
    if value is not None and not 1900 <= value <= 2100:
        raise ValueError("must be a year between 1900 and 2100")
    return value


def _id(value: str | None) -> str | None:
    if value is None:
        return None
    if not re.fullmatch(r"[0-9a-f]{6,64}", value):
        raise ValueError("must be an id as shown in the lists (hexadecimal)")
    return value


def _source(value: str | None) -> str | None:
    if value is None:
        return None
    if len(value) > 200:
        raise ValueError("must be a source label of at most 200 characters")
    return value


def _values(value: Any) -> Any:
    """Several values, as repeated parameters or separated by commas; none is None."""
    if value is None:
        return None
    items = value if isinstance(value, list) else [value]
    parts = [part.strip() for item in items if isinstance(item, str) for part in item.split(",")]
    return [part for part in parts if part] or None


def _each(resolve):
    """Check each value of a list with `resolve`, which returns its canonical
    form or raises ValueError naming the value (with suggestions)."""
    def check(values: list[str] | None) -> list[str] | None:
        if values is None:
            return None
        return list(dict.fromkeys(resolve(v) for v in values))

    return check


def _country_value(value: str) -> str:
    try:
        return resolve_country(value)
    except UnknownValue as exc:
        raise ValueError(str(exc)) from None


def _family_value(value: str) -> str:
    try:
        return resolve_family(value)
    except UnknownValue as exc:
        raise ValueError(str(exc)) from None


def _category_value(value: str) -> str:
    if value.lower() in SYSTEM_CATEGORIES:
        return value.lower()
    close = difflib.get_close_matches(value.lower(), SYSTEM_CATEGORIES, n=3, cutoff=0.5)
    hint = f"did you mean {', '.join(close)}?" if close else f"such as {SYSTEM_CATEGORIES[0]!r}"
    raise ValueError(f"unknown category {value!r}; {hint}")


def _choice_value(values: list[str], what: str):
    def check(value: str) -> str:
        if value.upper() in values:
            return value.upper()
        close = difflib.get_close_matches(value.upper(), values, n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise ValueError(f"unknown {what} {value!r}{hint} (one of {', '.join(values)})")

    return check


TRANSFER_STATUSES = [str(t) for t in EventType if t.is_transfer]
EVENT_TYPES = [str(t) for t in EventType]
MODALITIES = [str(m) for m in Modality]
STATUS_CHOICES = [*TRANSFER_STATUSES, UNKNOWN_STATUS]

Many = list[str] | None
Countries = Annotated[Many, BeforeValidator(_values), AfterValidator(_each(_country_value))]
Supplier = Annotated[Countries, Query(description="Supplier: ISO 3166 alpha-3 or a name (RUS, Russia); "
                                                  "several by repeating or with commas.", examples=["RUS"])]
Recipient = Annotated[Countries, Query(description="Recipient: ISO 3166 alpha-3 or a name (IRN, Iran).",
                                       examples=["IRN"])]
EitherSide = Annotated[Countries, Query(description="A country on either side, supplier or recipient.")]
Family = Annotated[Many, BeforeValidator(_values), AfterValidator(_each(_family_value)),
                   Query(alias="system", description="System: family id or any name the catalog knows "
                                                     "(s-300, S300, F16, Black Hawk).", examples=["s-300"])]
Category = Annotated[Many, BeforeValidator(_values), AfterValidator(_each(_category_value)),
                     Query(description="System category (fighter aircraft…).")]
Status = Annotated[Many, BeforeValidator(_values), AfterValidator(_each(_choice_value(STATUS_CHOICES, "status"))),
                   Query(description="The deal's current stage (UNKNOWN: no datable step).",
                         examples=["DELIVERY"])]
Type = Annotated[Many, BeforeValidator(_values), AfterValidator(_each(_choice_value(EVENT_TYPES, "event type"))),
                 Query(description="Event type.", examples=["DELIVERY"])]
ModalityParam = Annotated[Many, BeforeValidator(_values),
                          AfterValidator(_each(_choice_value(MODALITIES, "modality"))),
                          Query(description="ASSERTED, PLANNED, SPECULATED or NEGATED.")]
Since = Annotated[int | None, BeforeValidator(_blank), AfterValidator(_year),
                  Query(description="From this year, inclusive.", examples=[2007])]
Until = Annotated[int | None, BeforeValidator(_blank), AfterValidator(_year),
                  Query(description="Up to this year, inclusive.", examples=[2016])]
def _confidence(value: float | None) -> float | None:
    if value is not None and not 0.0 <= value <= 1.0:
        raise ValueError("must be a confidence from 0 to 1")
    return value


MinConfidence = Annotated[float | None, BeforeValidator(_blank), AfterValidator(_confidence),
                          Query(description="Only what the model gives at least this confidence (0-1; events "
                                            "decided by no model count as 1; a deal counts its most confident "
                                            "event). Overrides the server's floor (`serve --min-confidence`), "
                                            "lower or higher.", examples=[0.8])]
PageNo = Annotated[int, BeforeValidator(lambda v: _blank(v) or 1),
                   Query(ge=1, le=10_000, description="Page number, from 1.")]
PerPage = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"Items per page, at most {MAX_PAGE_SIZE}.")]
DealSort = Annotated[str | None, BeforeValidator(_blank), AfterValidator(_sort(list(DEAL_SORTS))),
                     Query(description="Sort key; '-' in front for descending.", examples=["-sources"])]
EventSort = Annotated[str | None, BeforeValidator(_blank), AfterValidator(_sort(list(EVENT_SORTS))),
                      Query(description="Sort key; '-' in front for descending.", examples=["-published"])]
DocumentSort = Annotated[str | None, BeforeValidator(_blank), AfterValidator(_sort(list(DOCUMENT_SORTS))),
                         Query(description="Sort key; '-' in front for descending.")]
IdParam = Annotated[str | None, BeforeValidator(_blank), AfterValidator(_id)]
SourceParam = Annotated[str | None, BeforeValidator(_blank), AfterValidator(_source),
                        Query(description="Independent source label (an outlet id such as tass).")]
Outlet = Annotated[str | None, BeforeValidator(_blank), AfterValidator(_source), Query(description="Outlet id.")]
def _search_text(value: Any) -> Any:
    # Control characters (a NUL from a crafted URL) are dropped, not refused:
    # a search box should not answer a stray byte with an error.
    if isinstance(value, str):
        value = re.sub(r"[\x00-\x1f\x7f]+", " ", value)
    return _blank(value)


def _search_length(value: str | None) -> str | None:
    if value is not None and len(value) > 300:
        raise ValueError("must be at most 300 characters")
    return value


SearchText = Annotated[str | None, BeforeValidator(_search_text), AfterValidator(_search_length),
                       Query(description='Words, "phrases", prefix*, OR; system and country names in any '
                                         'spelling the catalog knows (S300, F16, Black Hawk, Russia).',
                             examples=["S-300 Iran"])]


def check_years(since: int | None, until: int | None) -> None:
    if since is not None and until is not None and since > until:
        raise BadParameter("until", f"must not be before since ({since})")


def _list_bound(value: str | None) -> str | None:
    if value is None or value == "all" or (value.isdigit() and 1 <= int(value) <= 100_000):
        return value
    raise ValueError("must be 'all' or a number of items from 1 to 100000")


def list_bound(value: str | None, default: int) -> int | None:
    """A checked list bound as the store reads it: None for 'all'."""
    if value is None:
        return default
    return None if value == "all" else int(value)


ListBound = Annotated[str | None, BeforeValidator(_blank), AfterValidator(_list_bound)]
