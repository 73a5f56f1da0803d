"""Query parameters: each one checked, normalized, and documented once.

A bad value is a 422 whose message says what a good one looks like. An
empty value (an untouched field of the filter form) means "no filter".
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import Query
from pydantic import AfterValidator, BeforeValidator

from ..model import SYSTEM_CATEGORIES, EventType, Modality
from ..store.queries import DEAL_SORTS, DOCUMENT_SORTS, EVENT_SORTS, MAX_PAGE_SIZE


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


def _code(value: str | None) -> str | None:
    if value is None:
        return None
    if not re.fullmatch(r"[A-Za-z]{2,8}", value):
        raise ValueError("must be a country code such as RUS (ISO 3166 alpha-3), or UN, EU, NATO")
    return value.upper()


def _family(value: str | None) -> str | None:
    if value is None:
        return None
    if not re.fullmatch(r"[\w][\w .+/-]{0,99}", value):
        raise ValueError("must be a system family id such as s-300 or f-16")
    return value.lower()


def _category(value: str | None) -> str | None:
    if value is None:
        return None
    if value.lower() not in SYSTEM_CATEGORIES:
        raise ValueError(f"must be one of the catalog's categories, such as {SYSTEM_CATEGORIES[0]!r}")
    return value.lower()


def _choice(values: list[str], what: str):
    def check(value: str | None) -> str | None:
        if value is None:
            return None
        if value.upper() not in values:
            raise ValueError(f"must be {what}: one of {', '.join(values)}")
        return value.upper()

    return check


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


TRANSFER_STATUSES = [str(t) for t in EventType if t.is_transfer]
EVENT_TYPES = [str(t) for t in EventType]
MODALITIES = [str(m) for m in Modality]

Country = Annotated[str | None, BeforeValidator(_blank), AfterValidator(_code)]
Supplier = Annotated[Country, Query(description="Supplier, ISO 3166 alpha-3 (RUS).", examples=["RUS"])]
Recipient = Annotated[Country, Query(description="Recipient, ISO 3166 alpha-3 (IRN).", examples=["IRN"])]
EitherSide = Annotated[Country, Query(description="A country on either side, supplier or recipient.")]
Family = Annotated[str | None, BeforeValidator(_blank), AfterValidator(_family),
                   Query(alias="system", description="System family id (s-300, su-35).", examples=["s-300"])]
Category = Annotated[str | None, BeforeValidator(_blank), AfterValidator(_category),
                     Query(description="System category (fighter aircraft…).")]
Status = Annotated[str | None, BeforeValidator(_blank), AfterValidator(_choice(TRANSFER_STATUSES, "a transfer stage")),
                   Query(description="The deal's current stage.", examples=["DELIVERY"])]
Type = Annotated[str | None, BeforeValidator(_blank), AfterValidator(_choice(EVENT_TYPES, "an event type")),
                 Query(description="Event type.", examples=["DELIVERY"])]
ModalityParam = Annotated[str | None, BeforeValidator(_blank), AfterValidator(_choice(MODALITIES, "a modality")),
                          Query(description="ASSERTED, PLANNED, SPECULATED or NEGATED.")]
Since = Annotated[int | None, BeforeValidator(_blank), AfterValidator(_year),
                  Query(description="From this year, inclusive.", examples=[2007])]
Until = Annotated[int | None, BeforeValidator(_blank), AfterValidator(_year),
                  Query(description="Up to this year, inclusive.", examples=[2016])]
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
SearchText = Annotated[str | None, BeforeValidator(_blank),
                       Query(max_length=300, description='Words, "phrases", prefix*, OR.', examples=["S-300 Iran"])]


def check_years(since: int | None, until: int | None) -> None:
    if since is not None and until is not None and since > until:
        raise BadParameter("until", f"must not be before since ({since})")
