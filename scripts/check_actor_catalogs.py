#!/usr/bin/env python3
"""Check actors.csv, institutions.csv, officials.csv and outlets.csv for consistency.

Standard library only. Usage: python scripts/check_actor_catalogs.py [DATA_DIR]
Prints one line per problem (file:line: message) and exits 1 if there are any.

What it checks: exact headers; no empty names or ids; unique ids (and official names);
outlet ids, names and aliases unique the way armsledger.catalog.find_outlet compares them;
country codes that exist in actors.csv; kinds from the fixed lists; state_media
booleans; list cells without empty or padded items; and that every surface form
(name, alias, demonym, capital, metonym) points to one actor only, within each
file and across files (the same string may appear in two files only when both
resolve to the same country).
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "src" / "armsledger" / "data"

HEADERS = {
    "actors.csv": ["id", "name", "kind", "aliases", "demonyms", "capitals", "metonyms"],
    "institutions.csv": ["id", "name", "country", "kind", "aliases"],
    "officials.csv": ["name", "country", "role", "aliases"],
    "outlets.csv": ["id", "name", "country", "state_media", "aliases", "domains"],
}
LIST_COLUMNS = {"aliases", "demonyms", "capitals", "metonyms", "domains"}
ACTOR_KINDS = {"state", "organization"}
INSTITUTION_KINDS = {"ministry", "agency", "military", "legislature", "company", "organization"}
BOOLEANS = {"true", "false"}

STATE_ID = re.compile(r"^[A-Z]{3}$")
ORG_ID = re.compile(r"^[A-Z][A-Z0-9]*$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")

# Bare forms that must never be listed: matching is whole-word and case-sensitive, and each
# of these is, capitalized, mostly something else (a place, a title, a month, another person),
# too generic, or deliberately left unresolved ("Congo" is two states).
DENIED_FORMS = {
    "Alliance", "Austin", "Bush", "Clinton", "Congo", "Congolese", "Fox", "Gates",
    "Hague", "Hunt", "Little", "Lord", "May", "Moon", "Park", "Persia", "Persian",
    "Power", "Price", "Rice", "Work", "Young",
}


class Report:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")


def split_list(cell: str) -> list[str]:
    return cell.split("|") if cell else []


def load(data_dir: Path, name: str, report: Report) -> list[tuple[int, dict[str, str]]]:
    path = data_dir / name
    if not path.exists():
        report.add(name, "file is missing")
        return []
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header != HEADERS[name]:
            report.add(f"{name}:1", f"header is {header}, expected {HEADERS[name]}")
            return []
        rows = []
        for line, values in enumerate(reader, start=2):
            where = f"{name}:{line}"
            if len(values) != len(header):
                report.add(where, f"{len(values)} cells, expected {len(header)}")
                continue
            row = dict(zip(header, values, strict=True))
            for column, value in row.items():
                if value != value.strip():
                    report.add(where, f"{column} has surrounding whitespace: {value!r}")
                if column in LIST_COLUMNS and value:
                    items = value.split("|")
                    if any(not item or item != item.strip() for item in items):
                        report.add(where, f"{column} has an empty or padded item: {value!r}")
                    if len(set(items)) != len(items):
                        report.add(where, f"{column} lists an item twice: {value!r}")
            rows.append((line, row))
        return rows


def check_unique(rows, key: str, name: str, report: Report) -> None:
    seen: dict[str, int] = {}
    for line, row in rows:
        value = row[key]
        if not value:
            report.add(f"{name}:{line}", f"empty {key}")
        elif value in seen:
            report.add(f"{name}:{line}", f"{key} {value!r} already on line {seen[value]}")
        else:
            seen[value] = line


def check_forms(rows, name: str, columns, owner_key, report: Report, forms) -> None:
    """Every surface form in `columns` belongs to one row; record it in `forms` for cross-file checks."""
    owners: dict[str, tuple[str, int]] = {}
    for line, row in rows:
        owner = row[owner_key]
        seen_here: set[str] = set()
        for column in columns:
            for form in [row[column]] if column == "name" else split_list(row[column]):
                if not form:
                    continue
                where = f"{name}:{line}"
                if form in DENIED_FORMS:
                    report.add(where, f"{column} {form!r} is on the list of forms never to use")
                if form in seen_here:
                    report.add(where, f"{form!r} is listed twice for {owner!r}")
                    continue
                seen_here.add(form)
                if form in owners and owners[form][0] != owner:
                    other, other_line = owners[form]
                    report.add(where, f"{form!r} also belongs to {other!r} (line {other_line})")
                    continue
                owners[form] = (owner, line)
                forms[form].append((name, line, resolved_country(name, row)))


def resolved_country(name: str, row: dict[str, str]) -> str:
    return row["id"] if name == "actors.csv" else row["country"]


def check(data_dir: Path) -> Report:
    report = Report()
    actors = load(data_dir, "actors.csv", report)
    institutions = load(data_dir, "institutions.csv", report)
    officials = load(data_dir, "officials.csv", report)
    outlets = load(data_dir, "outlets.csv", report)

    for name, rows, key in (
        ("actors.csv", actors, "id"),
        ("institutions.csv", institutions, "id"),
        ("officials.csv", officials, "name"),
        ("outlets.csv", outlets, "id"),
    ):
        check_unique(rows, key, name, report)
        for line, row in rows:
            if not row["name"]:
                report.add(f"{name}:{line}", "empty name")

    actor_ids = {row["id"] for _, row in actors}
    state_ids = {row["id"] for _, row in actors if row["kind"] == "state"}

    for line, row in actors:
        where = f"actors.csv:{line}"
        if row["kind"] not in ACTOR_KINDS:
            report.add(where, f"kind {row['kind']!r} is not one of {sorted(ACTOR_KINDS)}")
        elif row["kind"] == "state" and not STATE_ID.match(row["id"]):
            report.add(where, f"state id {row['id']!r} is not an ISO 3166-1 alpha-3 code")
        elif row["kind"] == "organization" and not ORG_ID.match(row["id"]):
            report.add(where, f"organization id {row['id']!r} is not upper-case letters")

    for line, row in institutions:
        where = f"institutions.csv:{line}"
        if not SLUG.match(row["id"]):
            report.add(where, f"id {row['id']!r} is not a lowercase slug")
        if row["kind"] not in INSTITUTION_KINDS:
            report.add(where, f"kind {row['kind']!r} is not one of {sorted(INSTITUTION_KINDS)}")
        if row["country"] and row["country"] not in actor_ids:
            report.add(where, f"country {row['country']!r} is not in actors.csv")
        if row["kind"] == "company" and not row["country"]:
            report.add(where, "a company needs the country it belongs to")

    for line, row in officials:
        where = f"officials.csv:{line}"
        if row["country"] not in actor_ids:
            report.add(where, f"country {row['country']!r} is not in actors.csv")
        if not row["role"]:
            report.add(where, "empty role")

    domain_owner: dict[str, str] = {}
    # armsledger.catalog.find_outlet looks outlets up by id, name or alias case-insensitively,
    # with spaces, hyphens, dots and underscores folded, so those keys must be unique too.
    outlet_keys: dict[str, str] = {}
    for line, row in outlets:
        for form in (row["id"], row["name"], *split_list(row["aliases"])):
            key = re.sub(r"[\s\-_.]+", " ", form.strip().lower())
            if outlet_keys.setdefault(key, row["id"]) != row["id"]:
                report.add(f"outlets.csv:{line}", f"{form!r} is, ignoring case, also {outlet_keys[key]!r}")
    for line, row in outlets:
        where = f"outlets.csv:{line}"
        if not SLUG.match(row["id"]):
            report.add(where, f"id {row['id']!r} is not a lowercase slug")
        if row["country"] not in state_ids:
            report.add(where, f"country {row['country']!r} is not a state in actors.csv")
        if row["state_media"] not in BOOLEANS:
            report.add(where, f"state_media {row['state_media']!r} is not true or false")
        for domain in split_list(row["domains"]):
            if not DOMAIN.match(domain):
                report.add(where, f"domain {domain!r} does not look like a host name")
            elif domain in domain_owner and domain_owner[domain] != row["id"]:
                report.add(where, f"domain {domain!r} also belongs to {domain_owner[domain]!r}")
            domain_owner.setdefault(domain, row["id"])

    forms: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    check_forms(actors, "actors.csv", ["name", "aliases", "demonyms", "capitals", "metonyms"], "id", report, forms)
    check_forms(institutions, "institutions.csv", ["name", "aliases"], "id", report, forms)
    check_forms(officials, "officials.csv", ["name", "aliases"], "name", report, forms)
    check_forms(outlets, "outlets.csv", ["name", "aliases"], "id", report, forms)

    # Across files a form may repeat only where it means the same country (DSCA the agency and
    # DSCA the publisher); a generic institution (no country) must not shadow an actor's form.
    for form, places in forms.items():
        files = {file for file, _, _ in places}
        if len(files) < 2:
            continue
        countries = {country for _, _, country in places}
        if len(countries) > 1:
            listed = ", ".join(f"{file}:{line} ({country or 'generic'})" for file, line, country in places)
            report.add(places[0][0] + f":{places[0][1]}", f"{form!r} resolves differently across files: {listed}")
    return report


def main(argv: list[str]) -> int:
    data_dir = Path(argv[1]) if len(argv) > 1 else DEFAULT_DIR
    report = check(data_dir)
    for problem in report.problems:
        print(problem)
    if report.problems:
        print(f"{len(report.problems)} problem(s)", file=sys.stderr)
        return 1
    counts = []
    for name in HEADERS:
        with (data_dir / name).open(encoding="utf-8", newline="") as f:
            counts.append(f"{name} {sum(1 for _ in csv.reader(f)) - 1}")
    print("ok: " + ", ".join(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
