"""What a person types, resolved to the ledger's codes through the
catalogs: "Russia", "Russian" or "rus" to RUS; "S300", "F16" or
"Black Hawk" to their system families. An unknown value raises
`UnknownValue` with the closest known names, so that a filter never
silently matches nothing."""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass

from .catalog import load_catalog, normalize_key
from .errors import ArmsledgerError


class UnknownValue(ArmsledgerError, ValueError):
    """A filter value no catalog entry answers to."""

    def __init__(self, kind: str, value: str, suggestions: list[str]) -> None:
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"unknown {kind} {value!r}{hint}")
        self.kind = kind
        self.value = value
        self.suggestions = suggestions


def compact(text: str) -> str:
    """Letters and digits only, lower case: "S-300", "S300" and "s 300" alike."""
    return re.sub(r"[^0-9a-z]+", "", text.lower())


@functools.cache
def _country_names() -> dict[str, tuple[str, str]]:
    """compact name -> (code, display name), for every state and body in the catalog."""
    table: dict[str, tuple[str, str]] = {}
    for actor in load_catalog().actors:
        for name in (actor.id, actor.name, *actor.aliases, *actor.demonyms):
            table.setdefault(compact(name), (actor.id, actor.name))
    return table


@functools.cache
def _family_names() -> dict[str, tuple[str, str]]:
    """compact name -> (family, display name): ids, names, aliases, NATO and SIPRI names."""
    catalog = load_catalog()
    table: dict[str, tuple[str, str]] = {}
    # Family entries first, so a name shared by a family and a variant means the family.
    entries = sorted(catalog.systems, key=lambda e: e.id != e.family)
    for entry in entries:
        shown = catalog.families[entry.family].name
        for name in (entry.family, entry.id, entry.name, *entry.aliases, *entry.nato_names, *entry.sipri):
            key = compact(name)
            if key:
                table.setdefault(key, (entry.family, shown))
    return table


def find_country(text: str) -> str | None:
    """The code a country's code, name, alias or demonym stands for, if any."""
    hit = _country_names().get(compact(text))
    return hit[0] if hit else None


def find_family(text: str) -> str | None:
    """The system family a family id, system name, alias or designation stands for, if any."""
    hit = _family_names().get(compact(text))
    return hit[0] if hit else None


def _suggest(table: dict[str, tuple[str, str]], text: str, limit: int = 3) -> list[str]:
    # Close matches first; only when there are none, looser ones.
    close = (difflib.get_close_matches(compact(text), list(table), n=limit * 3, cutoff=0.8)
             or difflib.get_close_matches(compact(text), list(table), n=limit * 3, cutoff=0.6))
    seen: dict[str, str] = {}
    for key in close:
        code, name = table[key]
        seen.setdefault(code, f"{name} ({code})" if normalize_key(name) != normalize_key(code) else name)
    return list(seen.values())[:limit]


def resolve_country(text: str) -> str:
    code = find_country(text)
    if code is None:
        raise UnknownValue("country", text, _suggest(_country_names(), text))
    return code


def resolve_family(text: str) -> str:
    family = find_family(text)
    if family is None:
        raise UnknownValue("system", text, _suggest(_family_names(), text))
    return family


def split_values(values: list[str] | str | None) -> list[str]:
    """Several values given as repeated options or separated by commas."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@dataclass(slots=True, kw_only=True)
class ReadQuery:
    """A search as the catalogs read it: groups of alternative spellings
    (all groups required) and the systems and countries it names."""

    groups: list[list[str]]
    families: list[str]
    countries: list[str]


_MAX_SPAN = 4  # words in the longest name looked up ("S-300 PMU 2", "Black Hawk")
_MAX_ALTERNATIVES = 12


@functools.cache
def _family_spellings(family: str) -> tuple[str, ...]:
    catalog = load_catalog()
    entry = catalog.families.get(family)
    names = [family] if entry is None else [entry.name, entry.id, *entry.aliases, *entry.nato_names]
    return tuple(dict.fromkeys(n for n in names if len(compact(n)) >= 2))[:_MAX_ALTERNATIVES]


@functools.cache
def _country_spellings(code: str) -> tuple[str, ...]:
    actor = load_catalog().actors_by_id.get(code)
    if actor is None:
        return (code,)
    names = [actor.name, *actor.aliases, *actor.demonyms]
    # Two-letter aliases ("US") are kept only in capitals: as words they are too common.
    return tuple(dict.fromkeys(n for n in names if len(n) > 2 or n.isupper()))[:_MAX_ALTERNATIVES]


def read_query(text: str) -> ReadQuery | None:
    """Read plain words for names the catalogs know, longest name first;
    None when the text uses search syntax ("phrases", prefix*, OR), which is
    then searched as typed."""
    if '"' in text or "*" in text or re.search(r"\bOR\b", text):
        return None
    words = text.split()
    groups: list[list[str]] = []
    families: list[str] = []
    countries: list[str] = []
    i = 0
    while i < len(words):
        for span in range(min(_MAX_SPAN, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + span])
            if len(compact(phrase)) < 2:
                continue
            family = find_family(phrase)
            # A short word is a country only in capitals: "US", "RUS", but not "us" or "and" (Andorra).
            code = None if family or (len(compact(phrase)) <= 3 and not phrase.isupper()) else find_country(phrase)
            if family or code:
                spellings = _family_spellings(family) if family else _country_spellings(code)
                groups.append(list(dict.fromkeys([phrase, *spellings])))
                (families if family else countries).append(family or code)
                i += span
                break
        else:
            groups.append([words[i]])
            i += 1
    return ReadQuery(groups=groups, families=list(dict.fromkeys(families)), countries=list(dict.fromkeys(countries)))
