"""A ledger of synthetic news for load tests: N events in N/5 documents.

    python bench/synthetic.py --db /tmp/big.db --events 100000

Texts are built from sentence templates, so every event's evidence offsets
point at its real sentence and full-text search has real words to find.
Suppliers, recipients and systems are drawn with skewed weights, as in the
real trade (a few suppliers and pairs account for most reports), so some
deals gather thousands of events and most only a few. Nothing here is real.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

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
from armsledger.refresh import refresh_deals
from armsledger.store import Store

SUPPLIERS = {  # code: (name, weight, families)
    "USA": ("the United States", 30, ["f-16", "f-35", "patriot", "himars", "m1-abrams", "ah-64", "c-130", "harpoon", "javelin"]),
    "RUS": ("Russia", 22, ["s-300", "s-400", "su-30", "su-35", "t-90", "mi-17", "pantsir", "kalibr", "bmp-3"]),
    "FRA": ("France", 10, ["rafale", "caesar", "exocet", "scorpene", "mistral"]),
    "CHN": ("China", 9, ["jf-17", "wing-loong", "vt-4", "hq-9", "type-054"]),
    "DEU": ("Germany", 7, ["leopard-2", "iris-t", "type-214", "boxer"]),
    "GBR": ("the United Kingdom", 5, ["typhoon", "storm-shadow", "hawk"]),
    "ITA": ("Italy", 4, ["m-346", "fremm", "aw101"]),
    "ISR": ("Israel", 4, ["barak-8", "heron", "spike"]),
    "TUR": ("Turkey", 4, ["tb2", "t129", "kirpi"]),
    "KOR": ("South Korea", 3, ["k9", "fa-50", "k2"]),
    "ESP": ("Spain", 2, ["a400m", "c-295"]),
    "SWE": ("Sweden", 2, ["gripen", "carl-gustaf"]),
    "UKR": ("Ukraine", 1, ["t-84", "an-178"]),
    "IRN": ("Iran", 1, ["shahed-136", "fateh-110"]),
    "PRK": ("North Korea", 1, ["kn-23", "artillery-shells"]),
}
RECIPIENTS = {
    "IND": ("India", 14), "SAU": ("Saudi Arabia", 12), "EGY": ("Egypt", 8), "QAT": ("Qatar", 6),
    "ARE": ("the United Arab Emirates", 6), "PAK": ("Pakistan", 6), "CHN": ("China", 5),
    "DZA": ("Algeria", 5), "KOR": ("South Korea", 5), "AUS": ("Australia", 5), "JPN": ("Japan", 5),
    "IRN": ("Iran", 4), "TUR": ("Turkey", 4), "POL": ("Poland", 6), "UKR": ("Ukraine", 7),
    "IDN": ("Indonesia", 4), "VNM": ("Vietnam", 3), "BRA": ("Brazil", 3), "ISR": ("Israel", 3),
    "TWN": ("Taiwan", 4), "GRC": ("Greece", 3), "MAR": ("Morocco", 2), "NGA": ("Nigeria", 2),
    "SRB": ("Serbia", 2), "RUS": ("Russia", 3), "USA": ("the United States", 2), "FRA": ("France", 1),
    "DEU": ("Germany", 1), "MMR": ("Myanmar", 2), "ETH": ("Ethiopia", 1), "VEN": ("Venezuela", 1),
}
CATEGORIES = {
    "f-16": "fighter aircraft", "f-35": "fighter aircraft", "patriot": "surface-to-air missile system",
    "himars": "multiple rocket launcher", "m1-abrams": "tank", "ah-64": "helicopter",
    "c-130": "transport aircraft", "harpoon": "anti-ship missile", "javelin": "anti-tank missile",
    "s-300": "surface-to-air missile system", "s-400": "surface-to-air missile system",
    "su-30": "fighter aircraft", "su-35": "fighter aircraft", "t-90": "tank", "mi-17": "helicopter",
    "pantsir": "surface-to-air missile system", "kalibr": "cruise missile", "bmp-3": "armoured vehicle",
    "rafale": "fighter aircraft", "caesar": "artillery", "exocet": "anti-ship missile",
    "scorpene": "submarine", "mistral": "surface-to-air missile system", "jf-17": "fighter aircraft",
    "wing-loong": "unmanned aerial vehicle", "vt-4": "tank", "hq-9": "surface-to-air missile system",
    "type-054": "surface ship", "leopard-2": "tank", "iris-t": "surface-to-air missile system",
    "type-214": "submarine", "boxer": "armoured vehicle", "typhoon": "fighter aircraft",
    "storm-shadow": "cruise missile", "hawk": "trainer aircraft", "m-346": "trainer aircraft",
    "fremm": "surface ship", "aw101": "helicopter", "barak-8": "surface-to-air missile system",
    "heron": "unmanned aerial vehicle", "spike": "anti-tank missile", "tb2": "unmanned aerial vehicle",
    "t129": "helicopter", "kirpi": "armoured vehicle", "k9": "artillery", "fa-50": "fighter aircraft",
    "k2": "tank", "a400m": "transport aircraft", "c-295": "transport aircraft", "gripen": "fighter aircraft",
    "carl-gustaf": "anti-tank missile", "t-84": "tank", "an-178": "transport aircraft",
    "shahed-136": "unmanned aerial vehicle", "fateh-110": "ballistic missile", "kn-23": "ballistic missile",
    "artillery-shells": "artillery",
}
OUTLETS = [("reuters", "Reuters", 20), ("tass", "TASS", 10), ("ria", "RIA Novosti", 8), ("afp", "AFP", 10),
           ("ap", "the Associated Press", 10), ("xinhua", "Xinhua", 6), ("irna", "IRNA", 3),
           ("yonhap", "Yonhap", 4), ("anadolu", "Anadolu Agency", 4), ("dw", "Deutsche Welle", 3),
           ("defense-news", "Defense News", 8), ("janes", "Janes", 6), ("pti", "PTI", 5),
           ("sputnik", "Sputnik", 4), ("al-jazeera", "Al Jazeera", 4), ("bbc", "the BBC", 5)]
TYPES = [(EventType.DELIVERY, 30), (EventType.AGREEMENT, 22), (EventType.NEGOTIATION, 14),
         (EventType.INTEREST, 8), (EventType.APPROVAL, 8), (EventType.PRODUCTION, 4),
         (EventType.SUSPENSION, 5), (EventType.RESUMPTION, 2), (EventType.CANCELLATION, 3),
         (EventType.VISIT, 2), (EventType.MEETING, 2)]
MODALITIES = [(Modality.ASSERTED, 60), (Modality.PLANNED, 22), (Modality.SPECULATED, 12), (Modality.NEGATED, 6)]
# (type, modality) -> sentence template; {trigger} is the word evidence points at.
VERBS = {
    EventType.DELIVERY: ("delivered", "will deliver", "may have delivered", "did not deliver"),
    EventType.AGREEMENT: ("signed a contract for", "will sign a contract for", "reportedly ordered", "has not ordered"),
    EventType.NEGOTIATION: ("held talks on", "will hold talks on", "is said to be negotiating", "is not negotiating"),
    EventType.INTEREST: ("expressed interest in", "plans to seek", "may be interested in", "has no interest in"),
    EventType.APPROVAL: ("approved the sale of", "is expected to approve", "may approve", "refused to approve"),
    EventType.PRODUCTION: ("began licensed production of", "will produce", "could produce", "did not produce"),
    EventType.SUSPENSION: ("suspended deliveries of", "will suspend", "might suspend", "did not suspend"),
    EventType.RESUMPTION: ("resumed deliveries of", "will resume", "may resume", "did not resume"),
    EventType.CANCELLATION: ("cancelled the order for", "will cancel", "might cancel", "did not cancel"),
    EventType.VISIT: ("visited", "will visit", "may visit", "did not visit"),
    EventType.MEETING: ("met officials of", "will meet officials of", "may meet officials of", "did not meet officials of"),
}
FILLER = [
    "The ministry did not give further details.",
    "Analysts said the region's security situation had changed sharply over the past year.",
    "Officials declined to comment on the schedule or on financing.",
    "The talks took place in the capital and lasted two days.",
    "Parliament is expected to debate the defense budget next month.",
]


def _weighted(rng: random.Random, table) -> object:
    items = list(table)
    return rng.choices([i[0] for i in items], weights=[i[-1] for i in items])[0]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def synthetic_documents(*, events: int, seed: int = 7, per_document: int = 5):
    """(Document, [Event]) pairs, `events` events in all."""
    rng = random.Random(seed)
    supplier_table = [(code, info[1]) for code, info in SUPPLIERS.items()]
    recipient_table = [(code, info[1]) for code, info in RECIPIENTS.items()]
    made = n = 0
    while made < events:
        n += 1
        year = rng.randint(2000, 2024)
        published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        outlet, outlet_name, _ = rng.choices(OUTLETS, weights=[o[2] for o in OUTLETS])[0]
        # One document is mostly about one pair, as real articles are.
        supplier = _weighted(rng, supplier_table)
        recipient = _weighted(rng, [(c, w) for c, w in recipient_table if c != supplier])
        count = min(per_document, events - made)
        sentences: list[tuple[str, dict]] = []
        for _ in range(count):
            if rng.random() < 0.2:
                supplier = _weighted(rng, supplier_table)
                recipient = _weighted(rng, [(c, w) for c, w in recipient_table if c != supplier])
            family = rng.choice(SUPPLIERS[supplier][2])
            event_type = _weighted(rng, TYPES)
            modality = _weighted(rng, MODALITIES)
            verb = VERBS[event_type][[Modality.ASSERTED, Modality.PLANNED, Modality.SPECULATED,
                                      Modality.NEGATED].index(modality)]
            when = year + (rng.randint(0, 3) if modality == Modality.PLANNED else -rng.randint(0, 6))
            quantity = rng.choice([None, None, 2, 4, 12, 24, 36, 48])
            system_text = f"{quantity} {family.upper()} systems" if quantity else f"{family.upper()} systems"
            subject, obj = SUPPLIERS[supplier][0], RECIPIENTS[recipient][0]
            if event_type in {EventType.INTEREST, EventType.AGREEMENT}:
                subject, obj = obj, SUPPLIERS[supplier][0]  # the buyer acts
            sentence = (f"{_cap(subject)} {verb} {system_text} "
                        f"{'with' if event_type in {EventType.AGREEMENT, EventType.INTEREST} else 'for'} "
                        f"{obj} in {when}, {outlet_name} reported.")
            sentences.append((sentence, {
                "type": event_type, "modality": modality, "supplier": supplier, "recipient": recipient,
                "family": family, "quantity": quantity, "system_text": system_text, "when": str(when),
                "trigger": verb.split()[-1] if event_type not in {EventType.MEETING} else "met",
                "outlet": outlet, "outlet_name": outlet_name,
            }))
        title = f"{_cap(SUPPLIERS[supplier][0].removeprefix('the '))} and {RECIPIENTS[recipient][0].removeprefix('the ')}: arms report #{n}"
        parts, spans = [title, ""], []
        offset = len(title) + 2
        for sentence, info in sentences:
            if rng.random() < 0.3:
                filler = rng.choice(FILLER) + " "
                parts.append(filler)
                offset += len(filler)
            spans.append((offset, offset + len(sentence), sentence, info))
            parts.append(sentence + " ")
            offset += len(sentence) + 1
        text = title + "\n\n" + "".join(parts[2:]).rstrip()
        document = make_document(text, source=f"synthetic:{n}", url=f"https://example.org/{outlet}/{n}",
                                 outlet=outlet, title=title, published=published, language="en")
        evs = []
        for start, end, sentence, info in spans:
            assert document.text[start:end] == sentence
            trigger = info["trigger"]
            evs.append(Event(
                doc_id=document.id, type=info["type"], modality=info["modality"],
                supplier=info["supplier"], recipient=info["recipient"],
                parties=sorted({info["supplier"], info["recipient"]}),
                systems=[SystemRef(text=info["system_text"], id=info["family"], family=info["family"],
                                   category=CATEGORIES[info["family"]])],
                quantity=info["quantity"],
                time=TimeRef(text=f"in {info['when']}", start=info["when"], granularity=Granularity.YEAR),
                attribution=[Source(text=info["outlet_name"], kind="outlet", id=info["outlet"])],
                evidence=Evidence(sentence=sentence, start=start, end=end, trigger=trigger),
                rule=f"synthetic.{str(info['type']).lower()}",
            ))
        made += len(evs)
        yield document, evs


def build_synthetic_db(db: str | Path, *, events: int = 100_000, seed: int = 7,
                       progress=None) -> dict[str, int]:
    """Fill a fresh store with `events` synthetic events and fuse the deals."""
    store = Store(db)
    if store.counts()["events"]:
        raise SystemExit(f"{db} is not empty; give a new path")
    for i, (document, evs) in enumerate(synthetic_documents(events=events, seed=seed)):
        store.add_document(document, evs)
        if progress and i % 2000 == 0:
            progress(i)
    refresh_deals(store)
    counts = store.counts()
    store.close()
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="path of a new SQLite file (or a database URL)")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = build_synthetic_db(args.db, events=args.events, seed=args.seed,
                                progress=lambda i: print(f"  {i} documents", file=sys.stderr))
    print(f"{counts['documents']} documents, {counts['events']} events, {counts['deals']} deals "
          f"in {args.db} ({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
