"""Read the catalogs in `armsledger/data/` into lookup tables."""

from __future__ import annotations

import csv
import functools
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .errors import CatalogError
from .model import SYSTEM_CATEGORIES


@dataclass(slots=True, kw_only=True, frozen=True)
class SystemEntry:
    id: str
    family: str
    name: str
    category: str
    origin: str | None
    maker: str | None
    aliases: tuple[str, ...] = ()
    nato_names: tuple[str, ...] = ()
    sipri: tuple[str, ...] = ()  # SIPRI's designations of it, for lookups only


@dataclass(slots=True, kw_only=True, frozen=True)
class ActorEntry:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()


@dataclass(slots=True, kw_only=True, frozen=True)
class InstitutionEntry:
    id: str
    name: str
    country: str | None
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(slots=True, kw_only=True, frozen=True)
class OfficialEntry:
    name: str
    country: str
    role: str
    aliases: tuple[str, ...] = ()


@dataclass(slots=True, kw_only=True, frozen=True)
class OutletEntry:
    id: str
    name: str
    country: str | None
    state_media: bool
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()


@dataclass(slots=True, kw_only=True, frozen=True)
class TriggerEntry:
    """A word that can signal an event.

    `side` says which party the word's agent is on (`supplier` for "deliver",
    `recipient` for "buy"); `fires` is false for words that only ever carry
    the roles of a governing trigger ("sale" under "approved the sale").
    """

    lemma: str
    pos: str
    type: str
    side: str | None
    fires: bool
    needs: str | None


@dataclass(slots=True, kw_only=True, frozen=True)
class CueEntry:
    text: str
    modality: str
    scope: str  # aux | advmod | verb | det | phrase


@dataclass(slots=True, kw_only=True, frozen=True)
class NamedWord:
    word: str
    kind: str  # head | not-a-system


@dataclass(slots=True, kw_only=True, frozen=True)
class GenericTerm:
    lemma: str
    categories: tuple[str, ...]


@dataclass(kw_only=True)
class Catalog:
    systems: list[SystemEntry] = field(default_factory=list)
    actors: list[ActorEntry] = field(default_factory=list)
    institutions: list[InstitutionEntry] = field(default_factory=list)
    officials: list[OfficialEntry] = field(default_factory=list)
    outlets: list[OutletEntry] = field(default_factory=list)
    triggers: list[TriggerEntry] = field(default_factory=list)
    cues: list[CueEntry] = field(default_factory=list)
    generic_terms: list[GenericTerm] = field(default_factory=list)
    named_words: list[NamedWord] = field(default_factory=list)
    lexicon: dict[str, frozenset[str]] = field(default_factory=dict)

    @functools.cached_property
    def systems_by_id(self) -> dict[str, SystemEntry]:
        return {entry.id: entry for entry in self.systems}

    @functools.cached_property
    def families(self) -> dict[str, SystemEntry]:
        """One representative entry per family: the entry whose id is the family."""
        by_family: dict[str, SystemEntry] = {}
        for entry in self.systems:
            if entry.family not in by_family or entry.id == entry.family:
                by_family[entry.family] = entry
        return by_family

    @functools.cached_property
    def actors_by_id(self) -> dict[str, ActorEntry]:
        return {entry.id: entry for entry in self.actors}

    @functools.cached_property
    def outlets_by_id(self) -> dict[str, OutletEntry]:
        return {entry.id: entry for entry in self.outlets}

    @functools.cached_property
    def outlets_by_domain(self) -> dict[str, OutletEntry]:
        return {domain.lower(): entry for entry in self.outlets for domain in entry.domains}

    @functools.cached_property
    def outlet_by_name(self) -> dict[str, OutletEntry]:
        table: dict[str, OutletEntry] = {}
        for entry in self.outlets:
            for name in (entry.id, entry.name, *entry.aliases):
                table.setdefault(normalize_key(name), entry)
        return table

    def find_outlet(self, name: str | None) -> OutletEntry | None:
        """The outlet an id, name, alias or domain names, if any."""
        if not name:
            return None
        key = normalize_key(name)
        if key in self.outlet_by_name:
            return self.outlet_by_name[key]
        host = name.lower().removeprefix("www.")
        return self.outlets_by_domain.get(host)

    @functools.cached_property
    def triggers_by_lemma(self) -> dict[str, list[TriggerEntry]]:
        table: dict[str, list[TriggerEntry]] = {}
        for entry in self.triggers:
            table.setdefault(entry.lemma, []).append(entry)
        return table

    @functools.cached_property
    def generic_by_lemma(self) -> dict[str, GenericTerm]:
        return {term.lemma: term for term in self.generic_terms}


def normalize_key(text: str) -> str:
    return re.sub(r"[\s\-_.]+", " ", text.strip().lower())


def _split(cell: str | None) -> tuple[str, ...]:
    if not cell:
        return ()
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _rows(name: str) -> Iterator[tuple[int, dict[str, str]]]:
    override = os.environ.get("ARMSLEDGER_CATALOG_DIR")
    path = Path(override) / name if override else resources.files("armsledger") / "data" / name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise CatalogError(f"catalog {name} is missing from the package") from exc
    reader = csv.DictReader(text.splitlines())
    for line_no, row in enumerate(reader, start=2):
        yield line_no, {k: (v or "").strip() for k, v in row.items() if k is not None}


def read_systems() -> list[SystemEntry]:
    entries = []
    for line_no, row in _rows("systems.csv"):
        if row["category"] not in SYSTEM_CATEGORIES:
            raise CatalogError(f"systems.csv line {line_no}: unknown category {row['category']!r}")
        if not row["id"] or not row["family"]:
            raise CatalogError(f"systems.csv line {line_no}: id and family are required")
        entries.append(
            SystemEntry(
                id=row["id"],
                family=row["family"],
                name=row["name"] or row["id"],
                category=row["category"],
                origin=row.get("origin") or None,
                maker=row.get("maker") or None,
                aliases=_split(row.get("aliases")),
                nato_names=_split(row.get("nato_names")),
                sipri=_split(row.get("sipri")),
            )
        )
    return entries


def read_actors() -> list[ActorEntry]:
    return [
        ActorEntry(
            id=row["id"],
            name=row["name"],
            kind=row["kind"],
            aliases=_split(row.get("aliases")),
            demonyms=_split(row.get("demonyms")),
            capitals=_split(row.get("capitals")),
            metonyms=_split(row.get("metonyms")),
        )
        for _, row in _rows("actors.csv")
    ]


def read_institutions() -> list[InstitutionEntry]:
    return [
        InstitutionEntry(
            id=row["id"],
            name=row["name"],
            country=row.get("country") or None,
            kind=row["kind"],
            aliases=_split(row.get("aliases")),
        )
        for _, row in _rows("institutions.csv")
    ]


def read_officials() -> list[OfficialEntry]:
    return [
        OfficialEntry(
            name=row["name"],
            country=row["country"],
            role=row.get("role", ""),
            aliases=_split(row.get("aliases")),
        )
        for _, row in _rows("officials.csv")
    ]


def read_outlets() -> list[OutletEntry]:
    entries = []
    for line_no, row in _rows("outlets.csv"):
        flag = row.get("state_media", "").lower()
        if flag not in {"true", "false"}:
            raise CatalogError(f"outlets.csv line {line_no}: state_media must be true or false")
        entries.append(
            OutletEntry(
                id=row["id"],
                name=row["name"],
                country=row.get("country") or None,
                state_media=flag == "true",
                aliases=_split(row.get("aliases")),
                domains=_split(row.get("domains")),
            )
        )
    return entries


def read_triggers() -> list[TriggerEntry]:
    return [
        TriggerEntry(
            lemma=row["lemma"],
            pos=row["pos"],
            type=row["type"],
            side=row.get("side") or None,
            fires=row.get("fires", "yes") != "no",
            needs=row.get("needs") or None,
        )
        for _, row in _rows("triggers.csv")
    ]


def read_cues() -> list[CueEntry]:
    return [
        CueEntry(text=row["text"], modality=row["modality"], scope=row["scope"])
        for _, row in _rows("cues.csv")
    ]


def read_generic_terms() -> list[GenericTerm]:
    return [
        GenericTerm(lemma=row["lemma"], categories=_split(row["categories"]))
        for _, row in _rows("generic_terms.csv")
    ]


def read_named_words() -> list[NamedWord]:
    return [NamedWord(word=row["word"].lower(), kind=row["kind"]) for _, row in _rows("named_systems.csv")]


def read_lexicon() -> dict[str, frozenset[str]]:
    """The named word sets of `lexicon.csv` (`set,word,note`): one row a word."""
    sets: dict[str, set[str]] = {}
    for line_no, row in _rows("lexicon.csv"):
        name, word = row["set"], row["word"]
        if not name or not word or word != word.lower():
            raise CatalogError(f"lexicon.csv line {line_no}: a set name and a lowercase word are required")
        if word in sets.setdefault(name, set()):
            raise CatalogError(f"lexicon.csv line {line_no}: {word!r} is in set {name!r} twice")
        sets[name].add(word)
    return {name: frozenset(members) for name, members in sets.items()}


@functools.cache
def load_lexicon() -> dict[str, frozenset[str]]:
    return read_lexicon()


def words(name: str) -> frozenset[str]:
    """One named word set of the lexicon ("deal_nouns", "subordinators")."""
    try:
        return load_lexicon()[name]
    except KeyError:
        raise CatalogError(f"lexicon.csv has no set {name!r}") from None


@functools.cache
def load_catalog() -> Catalog:
    """Every catalog of the package, read once per process."""
    return Catalog(
        systems=read_systems(),
        actors=read_actors(),
        institutions=read_institutions(),
        officials=read_officials(),
        outlets=read_outlets(),
        triggers=read_triggers(),
        cues=read_cues(),
        generic_terms=read_generic_terms(),
        named_words=read_named_words(),
        lexicon=load_lexicon(),
    )
