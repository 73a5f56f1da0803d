"""Every catalog row, checked on its own; and the catalog against SIPRI's register."""

import csv
import re
from collections import Counter
from importlib import resources

import pytest

from armsledger.catalog import load_catalog
from armsledger.extract.needs import NEEDS
from armsledger.model import SYSTEM_CATEGORIES, EventType, Modality
from armsledger.nlp.systems import build_index

CATALOG = load_catalog()
STATES = {a.id for a in CATALOG.actors}
ISO3 = re.compile(r"^[A-Z]{3}$")


@pytest.mark.parametrize("entry", CATALOG.systems, ids=lambda e: e.id)
def test_system_row(entry):
    assert entry.category in SYSTEM_CATEGORIES
    assert entry.family == entry.family.lower() and " " not in entry.family
    assert entry.origin is None or ISO3.match(entry.origin)
    assert all(alias.strip() for alias in entry.aliases)


def test_system_ids_are_unique():
    counts = Counter(e.id for e in CATALOG.systems)
    assert [i for i, n in counts.items() if n > 1] == []


def test_catalog_is_at_scale():
    assert len(CATALOG.systems) >= 1500
    assert len(CATALOG.outlets) >= 80
    assert len({a.id for a in CATALOG.actors if a.kind == "state"}) >= 190


@pytest.mark.parametrize("entry", CATALOG.actors, ids=lambda e: e.id)
def test_actor_row(entry):
    assert entry.kind in {"state", "organization"}
    if entry.kind == "state":
        assert ISO3.match(entry.id)
    assert entry.name


@pytest.mark.parametrize("entry", CATALOG.institutions, ids=lambda e: e.id)
def test_institution_row(entry):
    assert entry.kind in {"ministry", "agency", "military", "legislature", "company", "organization", "government", "group"}
    assert entry.country is None or entry.country in STATES


@pytest.mark.parametrize("entry", CATALOG.officials, ids=lambda e: e.name)
def test_official_row(entry):
    assert entry.country in STATES
    assert len(entry.name.split()) >= 1


@pytest.mark.parametrize("entry", CATALOG.outlets, ids=lambda e: e.id)
def test_outlet_row(entry):
    assert entry.id == entry.id.lower()
    assert entry.country is None or entry.country in STATES
    assert isinstance(entry.state_media, bool)


@pytest.mark.parametrize("entry", CATALOG.triggers, ids=lambda e: f"{e.lemma}-{e.pos}")
def test_trigger_row(entry):
    assert entry.pos in {"VERB", "NOUN"}
    assert entry.type == "=" or entry.type in EventType.__members__
    assert entry.side in {None, "supplier", "recipient"}
    assert entry.needs is None or entry.needs in NEEDS


@pytest.mark.parametrize("entry", CATALOG.cues, ids=lambda e: f"{e.text}-{e.scope}")
def test_cue_row(entry):
    assert entry.modality in Modality.__members__
    assert entry.scope in {"aux", "advmod", "neg", "det", "adj", "mark", "verb", "xcomp", "amod", "report", "light", "prep"}


@pytest.mark.parametrize("entry", CATALOG.generic_terms, ids=lambda e: e.lemma)
def test_generic_term_row(entry):
    assert entry.categories and all(c in SYSTEM_CATEGORIES for c in entry.categories)


def test_catalog_files_ship_in_the_package():
    names = {p.name for p in resources.files("armsledger").joinpath("data").iterdir()}
    assert {"systems.csv", "actors.csv", "institutions.csv", "officials.csv", "outlets.csv",
            "triggers.csv", "cues.csv", "generic_terms.csv", "lexicon.csv", "makers.csv"} <= names


def test_makers_are_named_by_catalog_systems():
    """A maker in data/makers.csv is only of use when some catalog system carries
    its name (the maker + model path accepts a model only of that maker)."""
    from armsledger.nlp.system_forms import read_makers

    makers = read_makers()
    assert len(makers) == len(set(makers)) > 20
    texts = [" ".join((e.maker or "", e.name, e.id, *e.aliases)).lower() for e in CATALOG.systems]
    unused = [m for m in makers
              if not any(re.search(rf"(?<![a-z]){re.escape(m.lower())}(?![a-z])", t) for t in texts)]
    assert unused == []


@pytest.mark.parametrize(
    "text, family",
    [
        ("Fateh-360", "fateh-360"),
        ("AN/ALQ-214(V)4", "an/alq-214"),
        ("AN/TPS-80", "an/tps-80"),
        ("Gulfstream G550", "gulfstream-g550"),
        ("MQ-8C", "mq-8"),
        ("HH-60W", "hh-60"),
        ("T-45C", "t-45"),
        ("Shahed-191", "shahed-191"),
        ("GJ-11", "gj-11"),
        ("Rooivalk", "rooivalk"),
        ("Kozak-2M1", "kozak-2"),
        ("Badger IFV", "amv"),
        ("VCR 8x8", "piranha-5"),
        ("Ohio-class submarine", "ohio"),
        ("KY-58M", "ky-58"),
        ("Mk 84", "mk-84"),
        ("M1167", "m1167"),
        ("Island-class patrol boat", "island"),
    ],
)
def test_systems_common_in_reporting_resolve_to_their_family(text, family):
    entry = build_index(CATALOG).resolve(text)
    assert entry is not None and entry.family == family


def test_sipri_designations_of_the_largest_pairs_resolve(shared):
    """Every designation SIPRI records for its 30 largest supplier–recipient
    pairs resolves to a catalog family."""
    with open(shared / "data" / "sipri-trade-register-1950-2023.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    pairs = Counter((r["supplier"], r["recipient"]) for r in rows)
    top = {pair for pair, _ in pairs.most_common(30)}
    designations = {r["weapon_designation"] for r in rows if (r["supplier"], r["recipient"]) in top}
    index = build_index(CATALOG)
    # SIPRI's labels for a kind of thing rather than a model have no family.
    generic = {d for d in designations if d.lower() in {"aircraft engine", "ship engine", "vehicle engine",
                                                        "air refuel system", "air-independent ship engine"}}
    unresolved = sorted(d for d in designations - generic if index.resolve(d) is None)
    assert len(designations) > 1000
    assert unresolved == []
