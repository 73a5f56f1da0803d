"""Check training/written.jsonl: JSON, paths, evidence copied verbatim, closed vocabularies."""

import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "src" / "armsledger" / "data"
TRANSFER = {
    "INTEREST",
    "NEGOTIATION",
    "APPROVAL",
    "AGREEMENT",
    "DELIVERY",
    "PRODUCTION",
    "SUSPENSION",
    "RESUMPTION",
    "CANCELLATION",
}
COOPERATION = {"VISIT", "MEETING", "COOPERATION_AGREEMENT", "EXERCISE"}
MODALITIES = {"ASSERTED", "PLANNED", "SPECULATED", "NEGATED"}
GRANULARITY = {"day": 10, "month": 7, "year": 4}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def read_ids(name: str, column: str) -> set[str]:
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return {row[column] for row in csv.DictReader(f)}


def check(gold: Path) -> list[str]:
    actors = read_ids("actors.csv", "id") | {"UN", "EU", "NATO"}
    families = read_ids("systems.csv", "family")
    outlets = read_ids("outlets.csv", "id")
    problems = []
    for number, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{gold.name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"{where}: not JSON ({error})")
            continue
        path = gold.parent / record["path"]
        if not path.is_file():
            problems.append(f"{where}: no file {record['path']}")
            continue
        text = path.read_text(encoding="utf-8")
        words = len(text.split())
        if not 80 <= words <= 350:
            problems.append(f"{where}: {words} words")
        published = record.get("published")
        if published is not None and not DATE.match(published):
            problems.append(f"{where}: published {published!r}")
        if record.get("outlet") and record["outlet"] not in outlets:
            problems.append(f"{where}: unknown outlet {record['outlet']}")
        for event in record["events"]:
            what = f"{where}: {event['type']} {event.get('supplier')}->{event.get('recipient')}"
            if event["type"] not in TRANSFER | COOPERATION:
                problems.append(f"{what}: unknown type")
            if event["modality"] not in MODALITIES:
                problems.append(f"{what}: unknown modality")
            states = [event.get("supplier"), event.get("recipient"), *event.get("parties", [])]
            for code in filter(None, states):
                if code not in actors:
                    problems.append(f"{what}: unknown actor {code}")
            if event["type"] in TRANSFER:
                expected = sorted({c for c in (event.get("supplier"), event.get("recipient")) if c})
                if event.get("parties", expected) != expected:
                    problems.append(f"{what}: parties {event['parties']} != {expected}")
            elif (
                len(event.get("parties", [])) < 1 or event.get("supplier") or event.get("recipient")
            ):
                problems.append(f"{what}: cooperation event needs parties, no supplier/recipient")
            for system in event.get("systems", []):
                if system["family"] not in families and "name rule" not in event.get("note", ""):
                    problems.append(f"{what}: family {system['family']} not in the catalog")
            time = event.get("time")
            if time and len(time["start"]) != GRANULARITY.get(time["granularity"]):
                problems.append(f"{what}: time {time}")
            for source in event.get("attribution", []):
                if source["kind"] == "outlet" and source["id"] not in outlets:
                    problems.append(f"{what}: unknown outlet {source['id']}")
                if source["kind"] != "outlet" and source.get("country") not in actors:
                    problems.append(f"{what}: attribution country {source.get('country')}")
            if event["evidence"]["sentence"] not in text:
                problems.append(f"{what}: evidence not in {record['path']}")
    return problems


if __name__ == "__main__":
    gold = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "written.jsonl"
    found = check(gold)
    for problem in found:
        print(problem, file=sys.stderr)
    print(
        f"{gold}: {len(gold.read_text(encoding='utf-8').splitlines())} documents, {len(found)} problems"
    )
    sys.exit(1 if found else 0)
