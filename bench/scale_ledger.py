"""A synthetic ledger of a million events on PostgreSQL, written with COPY.

    python bench/scale_ledger.py --db postgresql://... --events 1000000

Storing a million events one `Store.add_document` at a time and fusing them
with `refresh_deals` would hold every event in memory at once and take hours;
this writes the same rows through the store's own tables (`store/schema.py`),
with COPY, and fuses each supplier → recipient pair's events with the code
the store uses (`fuse.fuse_deals`, `store.fusion.deal_row`), one pair at a
time, so memory stays bounded by the largest pair. A deal's record is stored
as `Store.refresh_deals` stores it: without its reports, which a deal page
reads from the copy tables.

The shape is a long tail, as in the trade: suppliers and recipients are the
states of `data/actors.csv` with Zipf weights (the big exporters first),
families come from `data/systems.csv` by their country of origin, outlets
are the known ones plus thousands of small ones; deal sizes fall off as
1/rank, so the largest deals gather thousands of events and most only a few.
Nothing here is real.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import itertools
import json
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa

from armsledger.fuse import FusedEvent, fuse_deals
from armsledger.ingest.document import make_document
from armsledger.model import (
    Event,
    EventType,
    Evidence,
    Granularity,
    Modality,
    Source,
    SystemRef,
    TimeRef,
)
from armsledger.store import Store, event_id, schema, source_label
from armsledger.store.fusion import deal_row

DATA = Path(__file__).resolve().parent.parent / "src" / "armsledger" / "data"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import FILLER, MODALITIES, TYPES, VERBS  # noqa: E402

BIG_SUPPLIERS = ["USA", "RUS", "FRA", "CHN", "DEU", "ITA", "GBR", "ESP", "ISR", "KOR", "TUR", "SWE", "UKR",
                 "NLD", "CHE", "IRN", "PRK", "BLR", "CZE", "POL", "IND", "BRA", "ZAF", "CAN", "AUS"]
BIG_RECIPIENTS = ["IND", "SAU", "QAT", "UKR", "EGY", "PAK", "JPN", "AUS", "KOR", "CHN", "USA", "GBR", "DZA",
                  "ARE", "POL", "IRN", "TUR", "ISR", "IDN", "TWN", "VNM", "GRC", "BRA", "SGP", "MAR"]
ORDER = [Modality.ASSERTED, Modality.PLANNED, Modality.SPECULATED, Modality.NEGATED]


def _zipf(items: list, exponent: float = 1.1) -> list[float]:
    return [1 / (rank + 1) ** exponent for rank in range(len(items))]


class Vocabulary:
    """States, families by supplier and outlets, each with long-tailed weights."""

    def __init__(self, rng: random.Random, *, small_outlets: int = 3000) -> None:
        with open(DATA / "actors.csv", encoding="utf-8") as f:
            states = {r["id"]: r["name"] for r in csv.DictReader(f) if r["kind"] == "state"}
        rest = sorted(set(states) - set(BIG_SUPPLIERS))
        rng.shuffle(rest)
        self.names = states
        self.suppliers = [c for c in BIG_SUPPLIERS if c in states] + rest
        rest = sorted(set(states) - set(BIG_RECIPIENTS))
        rng.shuffle(rest)
        self.recipients = [c for c in BIG_RECIPIENTS if c in states] + rest
        self.families: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        everything = []
        with open(DATA / "systems.csv", encoding="utf-8") as f:
            seen = set()
            for r in csv.DictReader(f):
                if r["family"] in seen:
                    continue
                seen.add(r["family"])
                entry = (r["family"], r["name"], r["category"])
                everything.append(entry)
                for origin in r["origin"].split("|"):
                    self.families[origin].append(entry)
        self.everything = everything
        with open(DATA / "outlets.csv", encoding="utf-8") as f:
            known = [(r["id"], r["name"]) for r in csv.DictReader(f)]
        self.outlets = known + [(f"local-{n}", f"Local Courier {n}") for n in range(small_outlets)]
        self.outlet_weights = list(itertools.accumulate(_zipf(self.outlets, 0.9)))

    def families_of(self, supplier: str) -> list[tuple[str, str, str]]:
        return self.families.get(supplier) or self.everything

    def outlet(self, rng: random.Random) -> tuple[str, str]:
        return rng.choices(self.outlets, cum_weights=self.outlet_weights)[0]


def plan_deals(rng: random.Random, vocab: Vocabulary, *, deals: int, events: int) -> dict[tuple, list]:
    """(supplier, recipient) -> [(family entry, events)]: `deals` deals whose
    sizes fall off as 1/rank and add up to `events`."""
    supplier_w = list(itertools.accumulate(_zipf(vocab.suppliers)))
    recipient_w = list(itertools.accumulate(_zipf(vocab.recipients)))
    keys: dict[tuple, None] = {}
    while len(keys) < deals:
        supplier = rng.choices(vocab.suppliers, cum_weights=supplier_w)[0]
        recipient = rng.choices(vocab.recipients, cum_weights=recipient_w)[0]
        if supplier == recipient:
            continue
        pool = vocab.families_of(supplier)
        family = pool[min(len(pool) - 1, int(rng.paretovariate(1.2)) - 1)]
        keys.setdefault((supplier, recipient, family), None)
    weights = [1 / (rank + 10) for rank in range(deals)]
    scale = (events - deals) / sum(weights)
    sizes = [1 + int(w * scale) for w in weights]
    sizes[0] += events - sum(sizes)
    pairs: dict[tuple, list] = defaultdict(list)
    for (supplier, recipient, family), size in zip(keys, sizes, strict=True):
        pairs[(supplier, recipient)].append((family, size))
    return pairs


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def pair_documents(rng: random.Random, vocab: Vocabulary, pair: tuple[str, str], deals: list,
                   serial: list[int]):
    """Documents about one pair, 1-9 events each, drawn from its deals."""
    supplier, recipient = pair
    slots = [entry for entry, size in deals for _ in range(size)]
    rng.shuffle(slots)
    start = 0
    while start < len(slots):
        count = min(rng.randint(1, 9), len(slots) - start)
        chunk, start = slots[start:start + count], start + count
        serial[0] += 1
        n = serial[0]
        year = rng.randint(1995, 2025)
        published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        outlet, outlet_name = vocab.outlet(rng)
        title = f"{vocab.names[supplier]} and {vocab.names[recipient]}: arms report #{n}"
        parts, spans, offset = [], [], len(title) + 2
        for family, name, category in chunk:
            event_type = rng.choices([t for t, _ in TYPES], weights=[w for _, w in TYPES])[0]
            modality = rng.choices([m for m, _ in MODALITIES], weights=[w for _, w in MODALITIES])[0]
            verb = VERBS[event_type][ORDER.index(modality)]
            when = year + (rng.randint(0, 3) if modality == Modality.PLANNED else -rng.randint(0, 6))
            quantity = rng.choice([None, None, None, 2, 4, 12, 24, 36, 48])
            said_by = vocab.outlet(rng) if rng.random() < 0.3 else (outlet, outlet_name)
            system_text = f"{quantity} {name} systems" if quantity else f"{name} systems"
            subject, obj = vocab.names[supplier], vocab.names[recipient]
            if event_type in {EventType.INTEREST, EventType.AGREEMENT}:
                subject, obj = obj, subject
            sentence = f"{_cap(subject)} {verb} {system_text} for {obj} in {when}, {said_by[1]} reported."
            if rng.random() < 0.3:
                filler = rng.choice(FILLER) + " "
                parts.append(filler)
                offset += len(filler)
            spans.append((offset, sentence, event_type, modality, when, quantity, said_by, system_text,
                          (family, category), verb))
            parts.append(sentence + " ")
            offset += len(sentence) + 1
        text = title + "\n\n" + "".join(parts).rstrip()
        document = make_document(text, source=f"synthetic:{n}", url=f"https://example.org/{outlet}/{n}",
                                 outlet=outlet, title=title, published=published, language="en")
        events = []
        for offset, sentence, event_type, modality, when, quantity, said_by, system_text, (family, category), verb \
                in spans:
            events.append(Event(
                doc_id=document.id, type=event_type, modality=modality, supplier=supplier, recipient=recipient,
                parties=sorted({supplier, recipient}),
                systems=[SystemRef(text=system_text, id=family, family=family, category=category)],
                quantity=quantity,
                time=TimeRef(text=f"in {when}", start=str(when), granularity=Granularity.YEAR),
                attribution=[Source(text=said_by[1], kind="outlet", id=said_by[0])],
                evidence=Evidence(sentence=sentence, start=offset, end=offset + len(sentence),
                                  trigger=verb.split()[-1]),
                rule=f"synthetic.{str(event_type).lower()}", confidence=round(rng.uniform(0.3, 0.99), 3),
            ))
        yield document, events


class CopyWriter:
    """Rows buffered per table and written with COPY in batches."""

    TABLES_IN_ORDER = (schema.documents, schema.events, schema.event_systems, schema.deals, schema.deal_events)
    TABLES = {t.name: [c.name for c in t.columns] for t in TABLES_IN_ORDER}

    def __init__(self, engine: sa.Engine, *, batch: int = 20000) -> None:
        self.raw = engine.raw_connection()
        self.rows: dict[str, list[tuple]] = {name: [] for name in self.TABLES}
        self.batch = batch

    def add(self, table: str, row: dict) -> None:
        self.rows[table].append(tuple(row.get(c) for c in self.TABLES[table]))
        if len(self.rows[table]) >= self.batch:
            self.flush()

    def flush(self) -> None:
        """Every table's rows, in the order of TABLES so that foreign keys hold."""
        cursor = self.raw.cursor()
        for name in self.TABLES:
            if not self.rows[name]:
                continue
            with cursor.copy(f"COPY {name} ({', '.join(self.TABLES[name])}) FROM STDIN") as copy:
                for row in self.rows[name]:
                    copy.write_row(row)
            self.rows[name] = []
        self.raw.commit()

    def close(self) -> None:
        self.flush()
        self.raw.close()


def build_scale_ledger(db: str, *, events: int = 1_000_000, deals: int | None = None, seed: int = 11,
                       progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Fill a new PostgreSQL ledger with `events` events (and `deals` deals,
    events / 20 by default) and their fused deals."""
    store = Store(db)
    if store.engine.dialect.name != "postgresql":
        raise SystemExit("the scale ledger is written with COPY: give a postgresql:// URL")
    if store.counts()["events"]:
        raise SystemExit(f"{db} is not empty")
    rng = random.Random(seed)
    vocab = Vocabulary(rng)
    pairs = plan_deals(rng, vocab, deals=deals or max(1, events // 20), events=events)
    # Secondary indexes are dropped for the COPY and built again after it
    # from their own definitions: one sort each instead of a million updates.
    names = [t.name for t in CopyWriter.TABLES_IN_ORDER]
    with store.engine.begin() as conn:
        indexes = conn.execute(sa.text(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY(:names) "
            "AND indexname NOT IN (SELECT conname FROM pg_constraint)"), {"names": names}).all()
        for name, _ in indexes:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
    writer = CopyWriter(store.engine)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    serial, written = [0], 0
    for pair, pair_deals in pairs.items():
        fused = []
        for document, evs in pair_documents(rng, vocab, pair, pair_deals, serial):
            brief = {"id": document.id, "source": document.source, "url": document.url,
                     "outlet": document.outlet, "title": document.title, "published": document.published,
                     "ingested_at": now}
            writer.add("documents", {**brief, "language": document.language, "text": document.text,
                                     "status": "extracted"})
            for seq, event in enumerate(evs):
                eid, label = event_id(event, seq), source_label(event, document)
                record = event.to_record()
                writer.add("events", {"id": eid, "doc_id": document.id, "seq": seq, "type": str(event.type),
                                      "modality": str(event.modality), "supplier": event.supplier,
                                      "recipient": event.recipient, "time_start": event.time.start,
                                      "source_label": label, "confidence": event.confidence,
                                      "record": json.dumps(record)})
                for system in event.systems:
                    writer.add("event_systems", {"event_id": eid, "family": system.family,
                                                 "system_id": system.id, "category": system.category})
                fused.append(FusedEvent(id=eid, event=event, source=label, published=document.published))
        for deal in fuse_deals(fused):
            record = deal.to_record()
            row = deal_row(deal, record)
            writer.add("deals", {**row, "record": json.dumps(record)})
            for eid in dict.fromkeys(deal.event_ids):
                writer.add("deal_events", {"deal_id": deal.id, "event_id": eid})
        written += len(fused)
        if progress:
            progress(written, events)
    writer.close()
    with store.engine.begin() as conn:
        for _, definition in indexes:
            conn.exec_driver_sql(definition)
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
    counts = store.counts()
    store.close()
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="a postgresql:// URL of an empty database")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    started, shown = time.perf_counter(), [0]

    def progress(done: int, total: int) -> None:
        if done * 20 // total > shown[0]:
            shown[0] = done * 20 // total
            print(f"  {done} of {total} events ({time.perf_counter() - started:.0f} s)", file=sys.stderr)

    counts = build_scale_ledger(args.db, events=args.events, seed=args.seed, progress=progress)
    print(f"{counts['documents']} documents, {counts['events']} events, {counts['deals']} deals "
          f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
