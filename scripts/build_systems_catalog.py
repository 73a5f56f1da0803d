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
"""
from __future__ import annotations

import argparse
import ast
import collections
import csv
import re
import sys
import unicodedata
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
TABLES = REPO / "scripts" / "catalog"
COLUMNS = ["id", "family", "name", "category", "origin", "maker", "aliases", "nato_names", "sipri"]


def _system_categories() -> tuple[str, ...]:
    """SYSTEM_CATEGORIES read from armsledger/model.py without importing the package."""
    tree = ast.parse((REPO / "src" / "armsledger" / "model.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "SYSTEM_CATEGORIES" for t in node.targets):
            return tuple(ast.literal_eval(node.value))
    raise RuntimeError("SYSTEM_CATEGORIES not found in armsledger/model.py")


def read_table(name: str) -> list[dict]:
    with open(TABLES / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def split_list(cell: str) -> list[str]:
    return [x for x in cell.split("|") if x]


SYSTEM_CATEGORIES = _system_categories()
HAND = read_table("hand.csv")
OVERRIDES = {r["designation"]: r for r in read_table("sipri_overrides.csv")}
FAMILY_PATTERNS = [(re.compile(r["pattern"] + (r"(?!\d)" if r["pattern"][-1:].isdigit() else "")),
                    r["family"] or None) for r in read_table("family_patterns.csv")]
DESCRIPTIONS = {r["description"]: r for r in read_table("descriptions.csv")}
SUPPLIERS = {(r["source"], r["supplier"]): r["state"] for r in read_table("suppliers.csv")}
SIPRI_STATES = {s: state for (src, s), state in SUPPLIERS.items() if src == "sipri" and state}
CATEGORIES = {r["category"]: r for r in read_table("categories.csv")}
SPLITS = yaml.safe_load((TABLES / "splits.yaml").read_text(encoding="utf-8"))
ORYX = yaml.safe_load((TABLES / "oryx.yaml").read_text(encoding="utf-8"))
TERMS = yaml.safe_load((TABLES / "terms.yaml").read_text(encoding="utf-8"))
COMPATIBLE_GROUPS = [set(pair) for pair in TERMS["compatible_groups"]]
CALIBRE_RE = re.compile(r"^\d+(\.\d+)?(mm|-inch|inch|in)$", re.I)
CYRILLIC = str.maketrans("МСЕАВКТОРН", "MSEABKTOPH")   # Cyrillic look-alikes in Oryx names
ORYX_FOR = re.compile(r"\((?:[^()]*?\bfor\s+)([^()]+)\)")


class BuildError(Exception):
    pass


def override(designation: str | None, field: str) -> str:
    """A reviewed value for a SIPRI designation from sipri_overrides.csv, or ''."""
    return OVERRIDES.get(designation, {}).get(field, "")


def kind(description: str) -> str:
    return (DESCRIPTIONS.get(description) or {}).get("ship_kind") or description


def group(category: str) -> str:
    return CATEGORIES[category]["group"]


def suffix_for(category: str) -> str:
    return CATEGORIES[category]["suffix"]


def slugify(text: str) -> str:
    """Lowercase ASCII slug: letters, digits and single hyphens ('.' kept)."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.replace("'", "").replace("\u2019", "").replace("&", " and ")
    return re.sub(r"-{2,}", "-", re.sub(r"[^A-Za-z0-9.]+", "-", text).strip("-").lower())


def norm_key(text: str) -> str:
    """Key used to compare names and aliases: lowercase letters and digits only."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", text.lower())


def alnum(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def normalize_code(token: str, origin: str | None, category: str | None) -> str:
    """Base model of a designation code: 'F-16C' -> 'f-16', 'Su-30MKI' -> 'su-30',
    'M-1A2' (US) -> 'm1', '2S19' -> '2s19', 'Type-209/1400' -> 'type-209'."""
    tok = re.sub(r"^EL/([MW])-", r"EL\1-", token, flags=re.I)
    if re.match(r"^AN/", tok) and origin == "USA":
        tok = tok[3:]
        category = category if category in {"radar", "sensor"} else "sensor"
    tok = re.sub(r"^AN/", "", tok)
    tok = re.sub(r"^([A-Za-z]{1,2})/(?=[A-Za-z]*-?\d)", r"\1-", tok)   # M/40, J/FPS-3
    tok = tok.split("/")[0] or tok
    if m := re.match(r"^(\d+)-(\d+)$", tok):                            # 53-65
        return f"{m.group(1)}-{m.group(2)}"
    if m := re.match(r"^(\d+[A-Za-z]+)(-?)(\d+)", tok):                 # 2S19, 9M723, 3M-14E
        return (m.group(1) + m.group(2) + m.group(3)).lower()
    m = re.match(r"^([A-Za-z]+\d+[A-Za-z]+)(?:-\d+)?[A-Za-z]*$", tok)   # F4U, SB2C, A400M
    if m and not re.match(r"^[A-Za-z]+-", tok):
        return m.group(1).lower()
    m = re.match(r"^([A-Za-z]+)(-?)(\d+)(-\d+)?", tok)                  # F-16C, A330, ZSU-23-4
    if not m:
        return slugify(tok)
    prefix, sep, num, tail = m.group(1), m.group(2), m.group(3), m.group(4) or ""
    if origin == "USA" and category in {"radar", "sensor"} and sep and \
            re.fullmatch(r"[ABFGMPSTUV][A-Z]{2}", prefix):
        return f"an/{prefix.lower()}-{num}"                           # JETDS: APG-68 -> an/apg-68
    if prefix.upper() == "ZSU" and tail:
        return f"zsu-{num}{tail}"
    if prefix == "M" and origin == "USA":
        return f"m{num}"
    if category == "helicopter" and prefix.upper() in {"AS", "SA", "EC", "AW", "NH"}:
        sep = ""
    return f"{prefix.lower()}{sep}{num}"


def rule_family(designation: str, origin: str | None = None, category: str | None = None,
                description: str | None = None) -> str:
    """The family the generic rule gives (no overrides)."""
    text = re.sub(r"^(Project|Type) (\d)", r"\1-\2", designation.strip().replace("F/A-", "F-"))
    tokens = text.split()
    if tokens and CALIBRE_RE.match(tokens[0]):                 # '40mm Twin Bofors'
        return slugify(" ".join(tokens))
    kept = [t for t in tokens if not CALIBRE_RE.match(t)]
    calibre = next((t for t in tokens if CALIBRE_RE.match(t)), None)
    if not kept:
        return slugify(text)
    if kept[0].isdigit() and len(kept) > 1:                    # '20 de Julio'
        return slugify(" ".join(kept))
    if re.search(r"\d", kept[0]):
        return normalize_code(kept[0], origin, category)
    words = []
    for t in kept:
        base = t.split("/")[0]
        if re.search(r"\d", base) or base in TERMS["variant_words"]:
            # 'Ground Master-400': a capitalised word with a model number is part
            # of the name; marks such as 'HAS-1', 'FB-6' or 'Mk-3' are variants.
            if words and re.fullmatch(r"[A-Z][a-z]{2,}-\d+", base) and \
                    base.split("-")[0] not in TERMS["variant_words"]:
                words.append(base)
            break
        words.append(base)
        if "/" in t:
            break
    fam = slugify(" ".join(words)) or slugify(kept[0])
    if calibre and (category == "naval weapon" or (description or "") in {
            "mortar", "AA gun", "anti-aircraft gun", "coastal defence gun", "mortar turret"}):
        fam = f"{fam}-{calibre.lower()}"
    return fam


def compact_id(designation: str, origin: str | None) -> str:
    """Id of a SIPRI entry: the designation slug without calibre and trailing
    popular name ('AH-64D Apache' -> 'ah-64d', 'M-1A2 Abrams' -> 'm1a2')."""
    tokens = [t for t in designation.strip().split() if not CALIBRE_RE.match(t)] or \
        designation.split()
    if re.search(r"\d", tokens[0]) and not tokens[0].isdigit():
        while len(tokens) > 1 and not re.search(r"\d", tokens[-1]):
            tokens = tokens[:-1]
    first = re.sub(r"^M-(\d)", r"M\1", tokens[0]) if origin == "USA" else tokens[0]
    return slugify(" ".join([first] + tokens[1:]))


def tidy_name(designation: str) -> str:
    name = designation.strip()
    for k, v in TERMS["name_replacements"].items():
        name = name.replace(k, v)
    name = re.sub(r"\bProject-(\d)", r"Project \1", re.sub(r"\bType-(\w)", r"Type \1", name))
    return re.sub(r"\s{2,}", " ", name).strip(" -")


def ship_name(designation: str, description: str) -> str:
    name = tidy_name(designation)
    return name if re.search(r"\d", designation) else f"{name}-class {kind(description)}"


def family_for(designation: str, origin: str | None, category: str,
               description: str | None) -> tuple[str, str]:
    """(family, how) for a designation; how is 'override' or 'rule'."""
    if override(designation, "family"):
        return override(designation, "family"), "override"
    for rx, fam in FAMILY_PATTERNS:
        if m := rx.search(designation):
            if fam is None:
                break
            return m.expand(fam) if "\\" in fam else fam, "override"
    return rule_family(designation, origin, category, description), "rule"


def supplier_origin(suppliers: list[str], new_by: collections.Counter,
                    all_by: collections.Counter) -> str | None:
    """Designing state guessed from SIPRI: the supplier of most new-built
    items, else of most rows, else the first state listed."""
    states = SIPRI_STATES
    for counter in (new_by, all_by):
        ranked = sorted(((-n, s) for s, n in counter.items() if s in states))
        if ranked:
            return states[ranked[0][1]]
    return next((states[s] for s in suppliers if s in states), None)


def compatible(cat_a: str, cat_b: str) -> bool:
    groups = {group(cat_a), group(cat_b)}
    return len(groups) == 1 or groups == {"missile", "land"}


def add_alias(row: dict, alias: str) -> None:
    """An automatic alias (a SIPRI designation with a number); dropped in
    finalize() if another family owns it."""
    alias = alias.strip()
    if not re.search(r"\d", alias) or norm_key(alias) in map(norm_key, [row["name"]] + row["aliases"]):
        return
    row["aliases"].append(alias)
    row.setdefault("auto_aliases", set()).add(alias)


def new_row(rid, family, name, category, origin, aliases=(), nato=(), source="sipri", **extra):
    return {"id": rid, "family": family, "name": name, "category": category, "origin": origin or "",
            "maker": "", "aliases": list(aliases), "nato_names": list(nato), "source": source, **extra}


def read_sipri(shared: Path):
    with open(shared / "data" / "sipri-designations.csv", encoding="utf-8", newline="") as fh:
        designations = [{"designation": r["designation"],
                         "descriptions": [d.strip() for d in r["descriptions"].split(";") if d.strip()],
                         "suppliers": [s.strip() for s in r["suppliers"].split(";") if s.strip()]}
                        for r in csv.DictReader(fh)]
    with open(shared / "data" / "sipri-trade-register-1950-2023.csv", encoding="utf-8",
              newline="") as fh:
        return designations, list(csv.DictReader(fh))


def build(shared: Path):
    by_id: dict[str, dict] = {}
    hand_sipri: dict[str, str] = {}
    for r in HAND:
        if r["id"] in by_id:
            raise BuildError(f"duplicate hand id {r['id']}")
        by_id[r["id"]] = {**{k: r[k] for k in COLUMNS[:6]}, "aliases": split_list(r["aliases"]),
                          "nato_names": split_list(r["nato_names"]), "source": "hand"}
        for d in split_list(r["sipri"]):
            if hand_sipri.setdefault(d, r["id"]) != r["id"]:
                raise BuildError(f"SIPRI designation {d!r} mapped to {hand_sipri[d]} and {r['id']}")
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
    how_map: dict[str, str] = {}
    derived: list[dict] = []
    for entry in designations:
        des, descs = entry["designation"], entry["descriptions"]
        if des.strip() in TERMS["generic_designations"]:
            continue
        counts = desc_rows.get(des, collections.Counter())
        if des in SPLITS:                      # one designation, unrelated systems
            for part in SPLITS[des]:
                if part["id"] not in by_id:
                    if "family" not in part:
                        raise BuildError(f"split target {part['id']} missing")
                    by_id[part["id"]] = new_row(
                        part["id"], part["family"], part["name"], part["category"],
                        part["origin"], part.get("aliases", ()), part.get("nato_names", ()))
                resolve.update({(des, dsc): part["id"] for dsc in part["descriptions"]})
                how_map[des] = "split"
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
            by_group.setdefault(group(cat), []).append(dsc)
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
                how_map[des] = "hand"
                add_alias(by_id[hand_id], des)
                continue
            suffix = "" if rank == 0 and not hand_id else suffix_for(category)
            if suffix:
                family = f"{rule_family(des, origin, category, primary)}-{suffix}"
                rid, how = f"{compact_id(des, origin)}-{suffix}", "split"
            else:
                (family, how), rid = family_for(des, origin, category, primary), compact_id(des, origin)
            ship = category in {"surface ship", "submarine"}
            if ship and not suffix:
                name = override(des, "name") or ship_name(des, primary)
            elif ship and not re.search(r"\d", des):
                name = ship_name(des, primary)
            elif suffix:
                name = f"{tidy_name(des)} {kind(primary)}"
            elif override(des, "name"):
                name = override(des, "name")
            elif re.fullmatch(r"[A-Za-z\u00c0-\u024f]+", des.strip()):
                name = f"{des.strip()} {kind(primary)}"    # a bare word ('Explorer')
            else:
                name = tidy_name(des)
            if family.startswith("an/") and not name.startswith("AN/"):
                name = f"AN/{name}"                         # JETDS designation
            derived.append(new_row(
                rid, family, name, category, origin,
                [] if suffix else split_list(override(des, "aliases")),
                [] if suffix else split_list(override(des, "nato_names")),
                designation=des, descriptions=gdescs, kind=kind(primary), how=how))
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
            how_map[rows_[0]["designation"]] = "hand"
            add_alias(hand, rows_[0]["designation"])
            continue
        for row in rows_:
            new_id = rid
            if rid in by_id or len(rows_) > 1:
                new_id = slugify(row["designation"])
                if new_id in by_id or sum(slugify(g["designation"]) == new_id for g in rows_) > 1:
                    new_id = f"{new_id}-{slugify(row['category'].split()[-1])}"
            base, n = new_id, 2
            while new_id in by_id:
                new_id, n = f"{base}-{n}", n + 1
            row["id"] = new_id
            by_id[new_id] = row
            resolve.update({(row["designation"], dsc): new_id for dsc in row["descriptions"]})
            how_map[row["designation"]] = row["how"]
            add_alias(row, row["designation"])
    add_oryx(shared, by_id)
    rows = list(by_id.values())
    disambiguate_families(rows)
    inherit_origins(rows)
    finalize(rows)
    renamed = dedupe_designation_ids(rows)
    return rows, {k: renamed.get(v, v) for k, v in resolve.items()}, how_map, register


def disambiguate_families(rows: list[dict]) -> None:
    """A derived row whose family is already used by an unrelated kind of
    system gets the kind as suffix ('-class' for ships, '-radar', '-uav'...).
    The hand list, or else the kind with most rows, keeps the plain family."""
    fam_rows = collections.defaultdict(list)
    for r in rows:
        fam_rows[r["family"]].append(r)
    for fam, rs in fam_rows.items():
        groups = collections.Counter(group(r["category"]) for r in rs)
        if len(groups) < 2:
            continue
        hand_groups = {group(r["category"]) for r in rs if r["source"] == "hand"}
        owner = next(iter(hand_groups)) if len(hand_groups) == 1 else groups.most_common(1)[0][0]
        for r in rs:
            g = group(r["category"])
            if r["source"] != "hand" and g != owner and {g, owner} not in COMPATIBLE_GROUPS:
                r["family"], r["how"] = f"{fam}-{suffix_for(r['category'])}", "disambiguation"


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
    keys = {norm_key(t) for r in by_id.values() for t in [r["name"]] + r["aliases"]}
    alias_family = {}
    for r in by_id.values():
        if r["source"] == "hand":
            for text in [r["name"], r["id"]] + r["aliases"]:
                alias_family.setdefault(norm_key(text), (r["family"], r["category"]))
    with open(shared / "data" / "oryx-russian-equipment-models.csv", encoding="utf-8",
              newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        for rec in reader:
            if len(rec) < 4 or rec[1] not in ORYX["sections"] or ("oryx", rec[3]) not in SUPPLIERS:
                continue
            section, origin = rec[1], SUPPLIERS[("oryx", rec[3])]
            model = rec[0].translate(CYRILLIC).replace("'", "").replace('"', "").strip()
            if "Unknown" in model or " with " in model or "-based" in model:
                continue
            model = re.sub(r"\(([^()\s]+)\)", r"\1", model)     # BMP-1(P) -> BMP-1P
            m = ORYX_FOR.search(model)
            for_target = m.group(1).strip() if m else None
            text = re.sub(r"\([^()]*\)", "", ORYX_FOR.sub("", model)).split(" and ")[0]
            text = re.sub(r"^\d+(\.\d+)?mm\s+", "", text)           # leading calibre
            words = []
            for w in text.split():
                if re.fullmatch(r"[a-z][a-z-]*", w) or w == "or":
                    break
                words.append(w)
            desig = " ".join(words).strip()
            if section == "Naval Ships":
                desig = " ".join(desig.split()[:2])          # 'Project 775'
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
                family, _ = family_for(desig, origin, category, None)
            rid = slugify(desig)
            if rid in by_id or norm_key(desig) in keys or \
                    slugify(re.sub(r"^Project (\d)", r"Project-\1", desig)) in by_id:
                continue
            name = desig if not for_target else f"{desig} for {for_target}"
            by_id[rid] = new_row(rid, family, name, category, origin, source="oryx", how="rule")
            keys.add(norm_key(desig))


def family_by_alias(text: str, alias_family: dict, category: str) -> str | None:
    """Family of the hand entry named by the text or by one of its tokens
    ('9P149 Shturm-S' -> shturm), if that entry is the same kind of system."""
    tokens = text.split()
    candidates = [" ".join(tokens[:n]) for n in range(len(tokens), 0, -1)]
    candidates += [t for t in tokens[1:] if not re.fullmatch(r"[A-Z]+\d+", t)]
    for cand in candidates:
        hit = alias_family.get(norm_key(cand))
        if hit and compatible(hit[1], category):
            return hit[0]
    return None


def designation_keys(row: dict) -> set[str]:
    """The keys under which armsledger.nlp.systems files a row: alphanumerics of
    id, name, aliases, NATO names and NATO codes that contain a digit."""
    nato = row["nato_names"]
    keys = {alnum(t) for t in [row["id"], row["name"], *row["aliases"], *nato,
                               *(n.split()[0] for n in nato)]}
    return {k for k in keys if re.search(r"\d", k)}


def exact_names(row: dict) -> set[str]:
    """Exact strings the recogniser matches: name, aliases, NATO names and the
    name part of a numbered NATO name ('SA-21 Growler' -> 'Growler')."""
    parts = [n.split(maxsplit=1) for n in row["nato_names"]]
    return {row["name"], *row["aliases"], *row["nato_names"],
            *(p[1] for p in parts if len(p) == 2 and not re.search(r"\d", p[1]))}


def dedupe_designation_ids(rows: list[dict]) -> dict[str, str]:
    """A derived row whose id reads like another family's designation ('m-48'
    for a German MCM ship vs the M48 tank) takes its full SIPRI designation."""
    owners = collections.defaultdict(set)
    for r in rows:
        for k in designation_keys(r):
            owners[k].add(r["family"])
    taken, renamed = {r["id"] for r in rows}, {}
    for r in rows:
        if r["source"] == "hand":
            continue
        k = alnum(r["id"])
        if not re.search(r"\d", k) or owners.get(k, set()) <= {r["family"]}:
            continue
        slug = slugify(r.get("designation") or r["name"])
        for cand in [slug, f"{slug}-{suffix_for(r['category'])}"]:
            if cand not in taken and owners.get(alnum(cand), set()) <= {r["family"]}:
                taken.discard(r["id"])
                taken.add(cand)
                renamed[r["id"]] = cand
                r["id"] = cand
                break
        if owners.get(alnum(r["name"]), set()) - {r["family"]} and r.get("kind"):
            r["name"] = f"{r['name']} {r['kind']}"
    return renamed


def finalize(rows: list[dict]) -> None:
    """Drop automatic aliases that another family owns, and exact duplicates."""
    owner: dict[str, set[str]] = collections.defaultdict(set)
    key_owner: dict[str, set[str]] = collections.defaultdict(set)
    for r in rows:
        for text in [r["name"]] + r["aliases"] + r["nato_names"]:
            owner[norm_key(text)].add(r["family"])
        manual = [a for a in r["aliases"] if a not in r.get("auto_aliases", set())]
        for k in designation_keys({**r, "aliases": manual}):
            key_owner[k].add(r["family"])
    for r in rows:
        auto, mine = r.get("auto_aliases", set()), {r["family"]}
        kept, seen = [], {r["name"], *r["nato_names"]}
        for a in r["aliases"]:
            if a in auto and not (owner.get(norm_key(a), mine) <= mine and
                                  key_owner.get(alnum(a), mine) <= mine):
                continue
            if a not in seen:    # other spellings are kept: names are matched verbatim
                kept.append(a)
                seen.add(a)
        r["aliases"] = kept


def validate(rows: list[dict]) -> list[str]:
    errors, seen = [], set()
    for r in rows:
        rid = r["id"]
        if rid in seen:
            errors.append(f"duplicate id {rid}")
        seen.add(rid)
        if not re.fullmatch(r"[a-z0-9][a-z0-9.\-]*", rid):
            errors.append(f"bad id {rid!r}")
        if r["category"] not in SYSTEM_CATEGORIES:
            errors.append(f"{rid}: category {r['category']!r} not allowed")
        if not re.fullmatch(r"[A-Z]{3}", r["origin"] or ""):
            errors.append(f"{rid}: origin {r['origin']!r} is not alpha-3")
        if not r["family"] or r["family"] != r["family"].lower() or re.search(r"\s", r["family"]):
            errors.append(f"{rid}: bad family {r['family']!r}")
        if not r["name"]:
            errors.append(f"{rid}: empty name")
        for a in r["aliases"] + r["nato_names"]:
            if "|" in a or not a.strip() or a.strip().lower() in TERMS["generic_alias_words"]:
                errors.append(f"{rid}: bad or generic alias {a!r}")
    # Aliases and NATO names must not collide across families, nor with another
    # family's name; what armsledger.nlp.systems matches (exact names,
    # designation keys) must each point to one family.
    owner, exact, keyed = (collections.defaultdict(set) for _ in range(3))
    for r in rows:
        for text in r["aliases"] + r["nato_names"]:
            owner[norm_key(text)].add(r["family"])
        for n in exact_names(r):
            exact[n].add(r["family"])
        for k in designation_keys(r):
            keyed[k].add(r["family"])
    for r in rows:
        if owner.get(norm_key(r["name"]), set()) - {r["family"]}:
            errors.append(f"name {r['name']!r} ({r['family']}) is an alias of another family")
    for what, table, accepted in [("alias key", owner, {}), ("matched name", exact, {}),
                                  ("designation key", keyed, TERMS["accepted_key_clashes"])]:
        errors += [f"{what} {k!r} shared by families {sorted(f)}"
                   for k, f in sorted(table.items()) if len(f) > 1 and k not in accepted]
    return errors


def write_csv(rows: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        for r in sorted(rows, key=lambda r: r["id"]):
            w.writerow([r[c] for c in COLUMNS[:6]] + ["|".join(r["aliases"]), "|".join(r["nato_names"]),
                        "|".join(sorted(r.get("sipri", ())))])


def coverage(rows, resolve, how_map, register, n_pairs: int = 30) -> list[str]:
    """How the designations of the largest supplier-recipient pairs resolve."""
    pairs = collections.Counter((r["supplier"], r["recipient"]) for r in register)
    top = {p for p, _ in pairs.most_common(n_pairs)}
    items = {(r["weapon_designation"], r["weapon_description"]) for r in register
             if (r["supplier"], r["recipient"]) in top}
    designations = sorted({d for d, _ in items})
    generic = [d for d in designations if d.strip() in TERMS["generic_designations"]]
    family = {r["id"]: r["family"] for r in rows}
    texts = {norm_key(t) for r in rows for t in [r["id"], r["name"]] + r["aliases"]}
    unresolved, by_how, text_hits = [], collections.Counter(), 0
    for d in designations:
        ids = {resolve.get((d, dsc)) for dd, dsc in items if dd == d}
        if d in generic:
            continue
        if None in ids:
            unresolved.append(d)
            continue
        how = how_map.get(d, "?")
        by_how["rule" if sorted({family[i] for i in ids}) == [rule_family(d)] else how] += 1
        text_hits += norm_key(d) in texts
    total = len(designations) - len(generic)
    resolved = total - len(unresolved)
    lines = [f"coverage of the {len(top)} largest supplier-recipient pairs: {len(designations)} "
             f"designations", f"  generic, no family by design: {len(generic)} ({', '.join(generic)})",
             f"  resolved to a catalog row: {resolved}/{total} ({100.0 * resolved / max(total, 1):.1f}%)",
             f"  found by exact name/alias/id text: {text_hits}/{total}"]
    lines += [f"    {n:5d}  {how}" for how, n in sorted(by_how.items())]
    return lines + (["  unresolved: " + ", ".join(unresolved)] if unresolved else [])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                    help="shared directory holding data/ (SIPRI and Oryx files)")
    ap.add_argument("--out", type=Path, default=REPO / "src" / "armsledger" / "data" / "systems.csv")
    args = ap.parse_args(argv)
    try:
        rows, resolve, how_map, register = build(args.shared)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    errors = validate(rows)
    if errors:
        print("\n".join(f"validation error: {e}" for e in errors), file=sys.stderr)
        print(f"{len(errors)} validation errors; nothing written", file=sys.stderr)
        return 1
    # SIPRI's own designation strings, for looking SIPRI rows up (never for
    # matching running text: "Hunter" or "Perry" are too common to be aliases).
    by_id = {r["id"]: r for r in rows}
    for (designation, _description), row_id in resolve.items():
        if row_id in by_id and designation.strip():
            by_id[row_id].setdefault("sipri", set()).add(designation.strip())
    write_csv(rows, args.out)
    src = collections.Counter(r["source"] for r in rows)
    print(f"wrote {len(rows)} rows ({src['hand']} hand-written, {src['sipri']} from SIPRI, "
          f"{src['oryx']} from Oryx; {len({r['family'] for r in rows})} families) to {args.out}")
    print("\n".join(coverage(rows, resolve, how_map, register)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
