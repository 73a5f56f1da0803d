#!/usr/bin/env python3
"""Build src/armsledger/data/systems.csv, the weapon-systems catalog.

Usage: python scripts/build_systems_catalog.py --shared ../shared [--out FILE]

Combines the hand-written tables in scripts/catalog/ (what each file holds and
the judgement calls behind them: scripts/catalog/README.md) with the reference
files in ../shared/data: rows derived from SIPRI's designation list and trade
register (descriptions give the category, suppliers the designing state, a
normalising rule or a reviewed override the family) and from the Oryx list of
Russian/Soviet equipment.  The hand list wins on conflicts.  Only facts
(designations, categories, suppliers) are taken from the reference files.
tests/test_catalog_build.py checks the tables, that this build gives the
shipped file byte for byte, and that every name it matches has one family.
"""
from __future__ import annotations

import argparse
import collections
import csv
import re
import sys
from pathlib import Path

import designations as dg  # scripts/designations.py: the designation grammar
import yaml

REPO = Path(__file__).resolve().parent.parent
TABLES = REPO / "scripts" / "catalog"
COLUMNS = ["id", "family", "name", "category", "origin", "maker", "aliases", "nato_names", "sipri"]


def read_table(path: str | Path) -> list[dict]:
    with open(TABLES / path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def split_list(cell: str) -> list[str]:
    return [x for x in cell.split("|") if x]


HAND = read_table("hand.csv")
OVERRIDES = {r["designation"]: r for r in read_table("sipri_overrides.csv")}
FAMILY_PATTERNS = [(re.compile(r["pattern"] + (r"(?!\d)" if r["pattern"][-1:].isdigit() else "")),
                    r["family"] or None) for r in read_table("family_patterns.csv")]
DESCRIPTIONS = {r["description"]: r for r in read_table("descriptions.csv")}
SUPPLIERS = {(r["source"], r["supplier"]): r["state"] for r in read_table("suppliers.csv")}
SIPRI_STATES = {s: state for (src, s), state in SUPPLIERS.items() if src == "sipri" and state}
CATEGORIES = read_table("categories.csv")
GROUP = {r["category"]: r["group"] for r in CATEGORIES}     # kinds of system, for clashes
SUFFIX = {r["category"]: r["suffix"] for r in CATEGORIES}   # family suffix of a clashing kind
SPLITS = yaml.safe_load((TABLES / "splits.yaml").read_text(encoding="utf-8"))
ORYX = yaml.safe_load((TABLES / "oryx.yaml").read_text(encoding="utf-8"))
TERMS = yaml.safe_load((TABLES / "terms.yaml").read_text(encoding="utf-8"))
COMPATIBLE_GROUPS = [set(pair) for pair in TERMS["compatible_groups"]]


class BuildError(Exception):
    pass


def override(designation: str | None, field: str) -> str:
    """A reviewed value for a SIPRI designation from sipri_overrides.csv, or ''."""
    return OVERRIDES.get(designation, {}).get(field, "")


def kind(description: str) -> str:
    return (DESCRIPTIONS.get(description) or {}).get("ship_kind") or description


def family_for(designation: str, origin: str | None, category: str, description: str | None) -> str:
    """The reviewed family of a designation (an override, else the first
    matching pattern), else the generic rule's."""
    if override(designation, "family"):
        return override(designation, "family")
    for rx, fam in FAMILY_PATTERNS:
        if m := rx.search(designation):
            if fam is None:
                break
            return m.expand(fam) if "\\" in fam else fam
    return dg.rule_family(designation, origin, category, description)


def supplier_origin(suppliers: list[str], new_by: collections.Counter,
                    all_by: collections.Counter) -> str | None:
    """Designing state guessed from SIPRI: the supplier of most new-built
    items, else of most rows, else the first state listed."""
    for counter in (new_by, all_by):
        ranked = sorted((-n, s) for s, n in counter.items() if s in SIPRI_STATES)
        if ranked:
            return SIPRI_STATES[ranked[0][1]]
    return next((SIPRI_STATES[s] for s in suppliers if s in SIPRI_STATES), None)


def compatible(cat_a: str, cat_b: str) -> bool:
    groups = {GROUP[cat_a], GROUP[cat_b]}
    return len(groups) == 1 or groups == {"missile", "land"}


def add_alias(row: dict, alias: str) -> None:
    """An automatic alias (a SIPRI designation with a number); dropped in
    finalize() if another family owns it."""
    alias = alias.strip()
    if not re.search(r"\d", alias) or dg.norm_key(alias) in map(dg.norm_key, [row["name"]] + row["aliases"]):
        return
    row["aliases"].append(alias)
    row.setdefault("auto_aliases", set()).add(alias)


def new_row(rid, family, name, category, origin, aliases=(), nato=(), source="sipri", **extra):
    return {"id": rid, "family": family, "name": name, "category": category, "origin": origin or "",
            "maker": "", "aliases": list(aliases), "nato_names": list(nato), "source": source, **extra}


def read_sipri(shared: Path):
    """SIPRI's designation list (descriptions and suppliers as lists) and trade register."""
    designations = read_table(shared / "data" / "sipri-designations.csv")
    for r in designations:
        for column in ("descriptions", "suppliers"):
            r[column] = [x.strip() for x in r[column].split(";") if x.strip()]
    return designations, read_table(shared / "data" / "sipri-trade-register-1950-2023.csv")


def build(shared: Path) -> list[dict]:
    """The catalog rows.  Unique hand ids, split targets and the like are
    checked by tests/test_catalog_build.py; what needs SIPRI's files, here."""
    by_id = {r["id"]: {**{k: r[k] for k in COLUMNS[:6]}, "aliases": split_list(r["aliases"]),
                       "nato_names": split_list(r["nato_names"]), "source": "hand"} for r in HAND}
    hand_sipri = {d: r["id"] for r in HAND for d in split_list(r["sipri"])}
    designations, register = read_sipri(shared)
    unknown = sorted((set(hand_sipri) | set(OVERRIDES) | set(SPLITS))
                     - {e["designation"] for e in designations})
    if unknown:
        raise BuildError(f"hand-written tables name designations SIPRI does not have: {unknown}")
    desc_rows = collections.defaultdict(collections.Counter)
    new_sup = collections.defaultdict(collections.Counter)
    all_sup = collections.defaultdict(collections.Counter)
    for r in register:
        key = (r["weapon_designation"], r["weapon_description"])
        desc_rows[key[0]][key[1]] += 1
        all_sup[key][r["supplier"]] += 1
        if r["status"] == "New":
            new_sup[key][r["supplier"]] += 1
    resolve: dict[tuple[str, str], str] = {}   # (designation, description) -> catalog id
    derived: list[dict] = []
    for entry in designations:
        des, descs = entry["designation"], entry["descriptions"]
        if des.strip() in TERMS["generic_designations"]:
            continue
        counts = desc_rows.get(des, collections.Counter())
        if des in SPLITS:                      # one designation, unrelated systems
            for part in SPLITS[des]:
                if part["id"] not in by_id:
                    by_id[part["id"]] = new_row(
                        part["id"], part["family"], part["name"], part["category"],
                        part["origin"], part.get("aliases", ()), part.get("nato_names", ()))
                resolve.update({(des, dsc): part["id"] for dsc in part["descriptions"]})
            missing = [dsc for dsc in descs if (des, dsc) not in resolve]
            if missing:
                raise BuildError(f"split of {des!r} misses descriptions {missing}")
            continue
        # A designation used for unrelated kinds of equipment becomes one row
        # per kind; the kind with most register rows keeps the plain family.
        by_group: dict[str, list[str]] = {}
        for dsc in descs:
            cat = override(des, "category") or DESCRIPTIONS.get(dsc, {}).get("category")
            if cat is None:
                raise BuildError(f"no category for description {dsc!r} ({des})")
            by_group.setdefault(GROUP[cat], []).append(dsc)
        ranked = sorted(by_group.values(),
                        key=lambda ds: (-sum(counts.get(x, 0) for x in ds), descs.index(ds[0])))
        for rank, gdescs in enumerate(ranked):
            primary = max(gdescs, key=lambda x: (counts.get(x, 0), -descs.index(x)))
            category = override(des, "category") or DESCRIPTIONS[primary]["category"]
            new_c, all_c = collections.Counter(), collections.Counter()
            for dsc in gdescs:
                new_c.update(new_sup[(des, dsc)])
                all_c.update(all_sup[(des, dsc)])
            origin = (override(des, "origin") if rank == 0 else None) or \
                supplier_origin(entry["suppliers"], new_c, all_c)
            hand_id = hand_sipri.get(des)
            if hand_id and compatible(by_id[hand_id]["category"], category):
                resolve.update({(des, dsc): hand_id for dsc in gdescs})
                add_alias(by_id[hand_id], des)
                continue
            suffix = "" if rank == 0 and not hand_id else SUFFIX[category]
            if suffix:
                family = f"{dg.rule_family(des, origin, category, primary)}-{suffix}"
                rid = f"{dg.compact_id(des, origin)}-{suffix}"
            else:
                family, rid = family_for(des, origin, category, primary), dg.compact_id(des, origin)
            name = dg.display_name(des, family, category, kind(primary), suffix, override(des, "name"))
            derived.append(new_row(
                rid, family, name, category, origin,
                [] if suffix else split_list(override(des, "aliases")),
                [] if suffix else split_list(override(des, "nato_names")),
                designation=des, descriptions=gdescs, kind=kind(primary)))
    # Merge SIPRI rows into hand rows with the same id (hand wins), otherwise
    # make ids unique by falling back to the full designation slug.
    id_groups = collections.defaultdict(list)
    for row in derived:
        id_groups[row["id"]].append(row)
    for rid, rows_ in id_groups.items():
        hand = by_id.get(rid)
        if hand and hand["source"] == "hand" and len(rows_) == 1 and \
                hand["family"] == rows_[0]["family"] and compatible(hand["category"], rows_[0]["category"]):
            resolve.update({(rows_[0]["designation"], dsc): rid for dsc in rows_[0]["descriptions"]})
            add_alias(hand, rows_[0]["designation"])
            continue
        for row in rows_:
            new_id = rid
            if rid in by_id or len(rows_) > 1:
                new_id = dg.slugify(row["designation"])
                if new_id in by_id or sum(dg.slugify(g["designation"]) == new_id for g in rows_) > 1:
                    new_id = f"{new_id}-{dg.slugify(row['category'].split()[-1])}"
            base, n = new_id, 2
            while new_id in by_id:
                new_id, n = f"{base}-{n}", n + 1
            row["id"] = new_id
            by_id[new_id] = row
            resolve.update({(row["designation"], dsc): new_id for dsc in row["descriptions"]})
            add_alias(row, row["designation"])
    add_oryx(shared, by_id)
    rows = list(by_id.values())
    disambiguate_families(rows)
    inherit_origins(rows)
    finalize(rows)
    dedupe_designation_ids(rows)
    # SIPRI's own designation strings, for looking SIPRI rows up (never for
    # matching running text: "Hunter" or "Perry" are too common to be aliases).
    for (designation, _description), rid in resolve.items():
        if designation.strip():
            by_id[rid].setdefault("sipri", set()).add(designation.strip())
    return rows


def disambiguate_families(rows: list[dict]) -> None:
    """A derived row whose family is already used by an unrelated kind of
    system gets the kind as suffix ('-class' for ships, '-radar', '-uav'...).
    The hand list, or else the kind with most rows, keeps the plain family."""
    fam_rows = collections.defaultdict(list)
    for r in rows:
        fam_rows[r["family"]].append(r)
    for fam, rs in fam_rows.items():
        groups = collections.Counter(GROUP[r["category"]] for r in rs)
        if len(groups) < 2:
            continue
        hand_groups = {GROUP[r["category"]] for r in rs if r["source"] == "hand"}
        owner = next(iter(hand_groups)) if len(hand_groups) == 1 else groups.most_common(1)[0][0]
        for r in rs:
            g = GROUP[r["category"]]
            if r["source"] != "hand" and g != owner and {g, owner} not in COMPATIBLE_GROUPS:
                r["family"] = f"{fam}-{SUFFIX[r['category']]}"


def inherit_origins(rows: list[dict]) -> None:
    """Derived rows take the designing state of their family's hand entry:
    SIPRI's supplier is often a licensee or a second-hand seller."""
    hand_origin = {r["family"]: r["origin"] for r in rows if r["source"] == "hand" and r["id"] == r["family"]}
    for r in rows:
        if r["source"] != "hand" and not override(r.get("designation"), "origin") \
                and r["family"] in hand_origin:
            r["origin"] = hand_origin[r["family"]]


def add_oryx(shared: Path, by_id: dict[str, dict]) -> None:
    """Rows for the Russian and Soviet equipment of the Oryx list not yet in the catalog."""
    keys = {dg.norm_key(t) for r in by_id.values() for t in [r["name"]] + r["aliases"]}
    alias_family = {}
    for r in by_id.values():
        if r["source"] == "hand":
            for text in [r["name"], r["id"]] + r["aliases"]:
                alias_family.setdefault(dg.norm_key(text), (r["family"], r["category"]))
    with open(shared / "data" / "oryx-russian-equipment-models.csv", encoding="utf-8",
              newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        for rec in reader:
            if len(rec) < 4 or rec[1] not in ORYX["sections"] or ("oryx", rec[3]) not in SUPPLIERS:
                continue
            section, origin = rec[1], SUPPLIERS[("oryx", rec[3])]
            desig, for_target = dg.oryx_designation(rec[0], section)
            if not desig:
                continue
            category = ORYX["sections"][section]
            if section == "Aircraft":
                category = ORYX["aircraft"].get(desig.split()[0])
                if category is None:
                    continue
            if section == "Engineering Vehicles And Equipment" and \
                    not desig.startswith(tuple(ORYX["engineering_prefixes"])):
                continue
            family = None
            for text_part in ([for_target] if for_target else []) + [desig]:
                family = family or family_by_alias(text_part, alias_family, category)
            if family is None:
                family = family_for(desig, origin, category, None)
            rid = dg.slugify(desig)
            if rid in by_id or dg.norm_key(desig) in keys or \
                    dg.slugify(re.sub(r"^Project (\d)", r"Project-\1", desig)) in by_id:
                continue
            name = desig if not for_target else f"{desig} for {for_target}"
            by_id[rid] = new_row(rid, family, name, category, origin, source="oryx")
            keys.add(dg.norm_key(desig))


def family_by_alias(text: str, alias_family: dict, category: str) -> str | None:
    """Family of the hand entry named by the text or by one of its tokens
    ('9P149 Shturm-S' -> shturm), if that entry is the same kind of system."""
    tokens = text.split()
    candidates = [" ".join(tokens[:n]) for n in range(len(tokens), 0, -1)]
    candidates += [t for t in tokens[1:] if not re.fullmatch(r"[A-Z]+\d+", t)]
    for cand in candidates:
        hit = alias_family.get(dg.norm_key(cand))
        if hit and compatible(hit[1], category):
            return hit[0]
    return None


def dedupe_designation_ids(rows: list[dict]) -> None:
    """A derived row whose id reads like another family's designation ('m-48'
    for a German MCM ship vs the M48 tank) takes its full SIPRI designation."""
    owners = collections.defaultdict(set)
    for r in rows:
        for k in dg.designation_keys(r):
            owners[k].add(r["family"])
    taken = {r["id"] for r in rows}
    for r in rows:
        if r["source"] == "hand":
            continue
        k = dg.alnum(r["id"])
        if not re.search(r"\d", k) or owners.get(k, set()) <= {r["family"]}:
            continue
        slug = dg.slugify(r.get("designation") or r["name"])
        for cand in [slug, f"{slug}-{SUFFIX[r['category']]}"]:
            if cand not in taken and owners.get(dg.alnum(cand), set()) <= {r["family"]}:
                taken.discard(r["id"])
                taken.add(cand)
                r["id"] = cand
                break
        if owners.get(dg.alnum(r["name"]), set()) - {r["family"]} and r.get("kind"):
            r["name"] = f"{r['name']} {r['kind']}"


def finalize(rows: list[dict]) -> None:
    """Drop automatic aliases that another family owns, and exact duplicates."""
    owner: dict[str, set[str]] = collections.defaultdict(set)
    key_owner: dict[str, set[str]] = collections.defaultdict(set)
    for r in rows:
        for text in [r["name"]] + r["aliases"] + r["nato_names"]:
            owner[dg.norm_key(text)].add(r["family"])
        manual = [a for a in r["aliases"] if a not in r.get("auto_aliases", set())]
        for k in dg.designation_keys({**r, "aliases": manual}):
            key_owner[k].add(r["family"])
    for r in rows:
        auto, mine = r.get("auto_aliases", set()), {r["family"]}
        kept, seen = [], {r["name"], *r["nato_names"]}
        for a in r["aliases"]:
            if a in auto and not (owner.get(dg.norm_key(a), mine) <= mine and
                                  key_owner.get(dg.alnum(a), mine) <= mine):
                continue
            if a not in seen:    # other spellings are kept: names are matched verbatim
                kept.append(a)
                seen.add(a)
        r["aliases"] = kept


def write_csv(rows: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        for r in sorted(rows, key=lambda r: r["id"]):
            w.writerow([r[c] for c in COLUMNS[:6]] + ["|".join(r["aliases"]), "|".join(r["nato_names"]),
                        "|".join(sorted(r.get("sipri", ())))])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                    help="shared directory holding data/ (SIPRI and Oryx files)")
    ap.add_argument("--out", type=Path, default=REPO / "src" / "armsledger" / "data" / "systems.csv")
    args = ap.parse_args(argv)
    try:
        rows = build(args.shared)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    write_csv(rows, args.out)
    src = collections.Counter(r["source"] for r in rows)
    print(f"wrote {len(rows)} rows ({src['hand']} hand-written, {src['sipri']} from SIPRI, "
          f"{src['oryx']} from Oryx; {len({r['family'] for r in rows})} families) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
