"""Names for codes: countries, outlets, system families, from the catalogs.

The web layer only displays these, so a catalog that cannot be read makes
it fall back to the bare codes rather than fail a page.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from ..catalog import Catalog, load_catalog
from ..errors import ArmsledgerError


@functools.cache
def catalog() -> Catalog | None:
    try:
        return load_catalog()
    except (ArmsledgerError, OSError):
        return None


def country_name(code: str | None) -> str:
    """"Russia" for RUS; the code itself when the catalog does not know it."""
    if not code:
        return "unknown"
    cat = catalog()
    entry = cat.actors_by_id.get(code) if cat else None
    return entry.name if entry else code


@dataclass(slots=True, frozen=True)
class OutletInfo:
    id: str
    name: str
    country: str | None
    state_media: bool | None

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "country": self.country, "state_media": self.state_media}


def outlet_info(label: str | None) -> OutletInfo | None:
    """What the catalog knows of a source label (an outlet id), if anything.
    Labels like "doc:1a2b3c4d" (a document with no known outlet) give None."""
    if not label or label.startswith("doc:"):
        return None
    cat = catalog()
    entry = cat.find_outlet(label) if cat else None
    if entry is None:
        return OutletInfo(id=label, name=label, country=None, state_media=None)
    return OutletInfo(id=entry.id, name=entry.name, country=entry.country, state_media=entry.state_media)


def family_name(family: str | None) -> str:
    """The catalog's name for a system family ("S-300" for s-300)."""
    if not family:
        return "unknown system"
    cat = catalog()
    entry = cat.families.get(family) if cat else None
    return entry.name if entry else family


@functools.lru_cache(maxsize=512)
def party_pattern(code: str) -> re.Pattern[str] | None:
    """A regex for the ways a text names a state: name, aliases, demonyms,
    capitals, seats of power ("the Kremlin"); None when none are known."""
    cat = catalog()
    entry = cat.actors_by_id.get(code) if cat else None
    if entry is None:
        return None
    names = {entry.name, *entry.aliases, *entry.demonyms, *entry.capitals, *entry.metonyms}
    names = {n for n in names if n and len(n) > 1}
    if not names:
        return None
    # Longest first, so "the United States" wins over "United States".
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def option_list(values: Iterable[Any], chosen: Iterable[Any], names: Callable[[Any], str] | None = None) -> Markup:
    """A filter's <option>s, each value named ("Russia (RUS)") or, without
    `names`, written as words ("DELIVERY" as "delivery"), the chosen ones
    selected. The system filter offers every family in the ledger (thousands
    at a million events), so the markup is kept for the same choices: it was
    half of the deals list's rendering."""
    return _option_list(tuple(values), frozenset(chosen), names)


@functools.lru_cache(maxsize=64)
def _option_list(values: tuple[Any, ...], chosen: frozenset[Any], names: Callable[[Any], str] | None) -> Markup:
    options = []
    for value in values:
        if names is None:
            label = str(value).lower().replace("_", " ")
        else:
            label = names(value)
            label = label if label == value else f"{label} ({value})"
        options.append(Markup('<option value="{}"{}>{}</option>').format(
            value, Markup(" selected") if value in chosen else "", label))
    return Markup("").join(options)
