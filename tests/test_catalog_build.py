"""The systems catalog build: the hand-written tables in scripts/catalog/ are
well-formed, the build reproduces the shipped systems.csv byte for byte, and
the shipped catalog is consistent (what the recogniser matches points to one
family)."""

import csv
import importlib.util
import re
import subprocess
import sys
from collections import Counter, defaultdict

import pytest
import yaml

from armsledger.model import SYSTEM_CATEGORIES

from .conftest import REPO

SCRIPTS = REPO / "scripts"
TABLES = SCRIPTS / "catalog"
SYSTEMS_CSV = REPO / "src" / "armsledger" / "data" / "systems.csv"
ISO3 = re.compile(r"^[A-Z]{3}$")
SLUG = re.compile(r"^[a-z0-9][a-z0-9./\-]*$")


def _grammar():
    spec = importlib.util.spec_from_file_location("designations", SCRIPTS / "designations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


dg = _grammar()


def table(name: str) -> list[dict]:
    """Rows of a CSV table; a row with too many or too few cells fails here."""
    with open(TABLES / name, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    bad = [i + 2 for i, r in enumerate(rows) if None in r or None in r.values()]
    assert bad == [], f"{name}: lines with the wrong number of cells: {bad}"
    return rows


def yaml_table(name: str):
    return yaml.safe_load((TABLES / name).read_text(encoding="utf-8"))


def duplicates(values) -> list:
    return sorted(v for v, n in Counter(values).items() if n > 1)


def cells(cell: str) -> list[str]:
    return cell.split("|") if cell else []


TERMS = yaml_table("terms.yaml")
GROUPS = {r["category"]: r["group"] for r in table("categories.csv")}


def test_build_reproduces_the_shipped_catalog(shared, tmp_path):
    out = tmp_path / "systems.csv"
    result = subprocess.run([sys.executable, str(SCRIPTS / "build_systems_catalog.py"),
                             "--shared", str(shared), "--out", str(out)],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr[-3000:]
    assert out.read_bytes() == SYSTEMS_CSV.read_bytes(), (
        "scripts/build_systems_catalog.py no longer gives src/armsledger/data/systems.csv: "
        "rebuild it (see src/armsledger/data/README.md) and review the diff")


def test_every_table_has_a_readme_line():
    readme = (TABLES / "README.md").read_text(encoding="utf-8")
    for path in TABLES.iterdir():
        if path.suffix in {".csv", ".yaml"}:
            assert f"`{path.name}`" in readme, path.name


def test_hand_list():
    rows = table("hand.csv")
    assert list(rows[0]) == ["id", "family", "name", "category", "origin", "maker", "aliases",
                             "nato_names", "sipri", "section"]
    assert duplicates(r["id"] for r in rows) == []
    assert duplicates(d for r in rows for d in cells(r["sipri"])) == []
    for r in rows:
        assert SLUG.match(r["id"]) and SLUG.match(r["family"]), r
        assert r["name"] and r["section"], r
        assert r["category"] in SYSTEM_CATEGORIES, r
        assert ISO3.match(r["origin"]), r
        for column in ("aliases", "nato_names", "sipri"):
            assert all(v and v == v.strip() for v in cells(r[column])), (column, r)


def test_sipri_overrides():
    rows = table("sipri_overrides.csv")
    assert list(rows[0]) == ["designation", "category", "origin", "family", "name", "aliases",
                             "nato_names"]
    assert duplicates(r["designation"] for r in rows) == []
    # a split designation takes everything from splits.yaml: an override would never be read
    assert sorted({r["designation"] for r in rows} & set(yaml_table("splits.yaml"))) == []
    for r in rows:
        assert r["designation"].strip() and any(v for k, v in r.items() if k != "designation"), r
        assert not r["category"] or r["category"] in SYSTEM_CATEGORIES, r
        assert not r["origin"] or ISO3.match(r["origin"]), r
        assert not r["family"] or SLUG.match(r["family"]), r
        assert all(v.strip() for v in cells(r["aliases"]) + cells(r["nato_names"])), r


def test_family_patterns():
    rows = table("family_patterns.csv")
    assert list(rows[0]) == ["pattern", "family"]
    assert duplicates(r["pattern"] for r in rows) == []
    for r in rows:
        compiled = re.compile(r["pattern"])
        assert r["pattern"].startswith("^"), r
        assert not r["family"] or SLUG.match(re.sub(r"\\(\d)", "0", r["family"])), r
        assert all(int(n) <= compiled.groups for n in re.findall(r"\\(\d)", r["family"])), r


def test_descriptions():
    rows = table("descriptions.csv")
    assert list(rows[0]) == ["description", "category", "ship_kind"]
    assert duplicates(r["description"] for r in rows) == []
    for r in rows:
        assert r["category"] in SYSTEM_CATEGORIES, r
        assert not r["ship_kind"] or r["category"] in {"surface ship", "submarine"}, r


def test_suppliers():
    rows = table("suppliers.csv")
    assert list(rows[0]) == ["source", "supplier", "state"]
    assert duplicates((r["source"], r["supplier"]) for r in rows) == []
    for r in rows:
        assert r["source"] in {"sipri", "oryx"} and r["supplier"], r
        assert not r["state"] or ISO3.match(r["state"]), r


def test_categories():
    rows = table("categories.csv")
    assert list(rows[0]) == ["category", "group", "suffix"]
    assert sorted(r["category"] for r in rows) == sorted(SYSTEM_CATEGORIES)
    assert all(r["group"] and SLUG.match(r["suffix"]) for r in rows)


def test_splits():
    splits = yaml_table("splits.yaml")
    hand_ids = {r["id"] for r in table("hand.csv")}
    new_ids = []
    for designation, parts in splits.items():
        assert isinstance(designation, str) and len(parts) >= 2, designation
        assert duplicates(d for p in parts for d in p["descriptions"]) == [], designation
        for part in parts:
            assert part["descriptions"] and all(isinstance(d, str) for d in part["descriptions"])
            if set(part) == {"descriptions", "id"}:       # a hand-written entry
                assert part["id"] in hand_ids, part
                continue
            new_ids.append(part["id"])
            assert set(part) - {"aliases", "nato_names"} == {
                "descriptions", "id", "family", "name", "category", "origin"}, part
            assert SLUG.match(part["id"]) and SLUG.match(part["family"]) and part["name"], part
            assert part["category"] in SYSTEM_CATEGORIES and ISO3.match(part["origin"]), part
    assert duplicates(new_ids) == [] and not set(new_ids) & hand_ids


def test_oryx():
    oryx = yaml_table("oryx.yaml")
    assert set(oryx) == {"sections", "aircraft", "engineering_prefixes"}
    assert all(c is None or c in SYSTEM_CATEGORIES for c in oryx["sections"].values())
    assert all(c in SYSTEM_CATEGORIES for c in oryx["aircraft"].values())
    prefixes = oryx["engineering_prefixes"]
    assert prefixes and all(isinstance(p, str) and p for p in prefixes)
    assert duplicates(prefixes) == []


def test_terms():
    assert set(TERMS) == {"variant_words", "generic_designations", "generic_alias_words",
                          "name_replacements", "compatible_groups", "accepted_key_clashes"}
    for key in ("variant_words", "generic_designations", "generic_alias_words"):
        assert TERMS[key] and all(isinstance(w, str) and w.strip() for w in TERMS[key]), key
        assert duplicates(TERMS[key]) == [], key
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in TERMS["name_replacements"].items())
    groups = set(GROUPS.values())
    pairs = TERMS["compatible_groups"]
    assert all(len(set(p)) == 2 and set(p) <= groups for p in pairs)
    assert duplicates(tuple(sorted(p)) for p in pairs) == []
    assert all(re.fullmatch(r"[a-z0-9]+", k) and v for k, v in TERMS["accepted_key_clashes"].items())


@pytest.mark.parametrize(("designation", "origin", "category", "family"), [
    ("F-16C", None, None, "f-16"), ("Su-30MKI", None, None, "su-30"),
    ("M-1A2 Abrams", "USA", None, "m1"), ("2S19 Msta-S", None, None, "2s19"),
    ("Type-209/1400", None, None, "type-209"), ("APG-68", "USA", "radar", "an/apg-68"),
    ("F/A-18E Super Hornet", None, None, "f-18"), ("Ground Master-400", None, None, "ground-master-400"),
])
def test_generic_designation_rule(designation, origin, category, family):
    assert dg.rule_family(designation, origin, category) == family


def test_names_and_ids_of_derived_rows():
    assert dg.compact_id("AH-64D Apache", None) == "ah-64d"
    assert dg.compact_id("M-1A2 Abrams", "USA") == "m1a2"
    assert dg.tidy_name("F-4E Phantom-2") == "F-4E Phantom II"
    assert dg.display_name("Explorer", "explorer", "surface ship", "survey ship") == \
        "Explorer-class survey ship"
    assert dg.oryx_designation("1V13(M) battery command vehicle (for D-30)", "Radars") == ("1V13M", "D-30")


def shipped_rows() -> list[dict]:
    with open(SYSTEMS_CSV, encoding="utf-8", newline="") as fh:
        return [{**r, "aliases": cells(r["aliases"]), "nato_names": cells(r["nato_names"])}
                for r in csv.DictReader(fh)]


def test_shipped_catalog_rows():
    """What the build guarantees row by row: the id form, the designing state, no generic alias."""
    rows = shipped_rows()
    generic = set(TERMS["generic_alias_words"])
    assert [r["id"] for r in rows if not re.fullmatch(r"[a-z0-9][a-z0-9.\-]*", r["id"])] == []
    assert [r["id"] for r in rows if not ISO3.match(r["origin"])] == []
    assert [(r["id"], a) for r in rows for a in r["aliases"] + r["nato_names"]
            if a.strip().lower() in generic] == []


def test_shipped_catalog_names_point_to_one_family():
    """Aliases and NATO names do not collide across families nor with another
    family's name; the exact names and designation keys armsledger.nlp.systems
    matches each belong to one family (but for the accepted NATO-code clashes)."""
    rows = shipped_rows()
    owner, exact, keyed = defaultdict(set), defaultdict(set), defaultdict(set)
    for r in rows:
        for text in r["aliases"] + r["nato_names"]:
            owner[dg.norm_key(text)].add(r["family"])
        nato_parts = [n.split(maxsplit=1) for n in r["nato_names"]]
        for name in {r["name"], *r["aliases"], *r["nato_names"],
                     *(p[1] for p in nato_parts if len(p) == 2 and not re.search(r"\d", p[1]))}:
            exact[name].add(r["family"])
        for key in dg.designation_keys(r):
            keyed[key].add(r["family"])
    assert [r["name"] for r in rows if owner.get(dg.norm_key(r["name"]), set()) - {r["family"]}] == []
    assert {k: f for k, f in owner.items() if len(f) > 1} == {}
    assert {k: f for k, f in exact.items() if len(f) > 1} == {}
    clashes = {k: f for k, f in keyed.items() if len(f) > 1}
    assert set(clashes) == set(TERMS["accepted_key_clashes"])
