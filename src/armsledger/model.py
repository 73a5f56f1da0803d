"""The domain model shared by every stage: plain dataclasses and enums."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any


class EventType(enum.StrEnum):
    INTEREST = "INTEREST"
    NEGOTIATION = "NEGOTIATION"
    APPROVAL = "APPROVAL"
    AGREEMENT = "AGREEMENT"
    DELIVERY = "DELIVERY"
    PRODUCTION = "PRODUCTION"
    SUSPENSION = "SUSPENSION"
    RESUMPTION = "RESUMPTION"
    CANCELLATION = "CANCELLATION"
    VISIT = "VISIT"
    MEETING = "MEETING"
    COOPERATION_AGREEMENT = "COOPERATION_AGREEMENT"
    EXERCISE = "EXERCISE"

    @property
    def is_transfer(self) -> bool:
        return self in TRANSFER_TYPES


TRANSFER_TYPES = frozenset(
    {
        EventType.INTEREST,
        EventType.NEGOTIATION,
        EventType.APPROVAL,
        EventType.AGREEMENT,
        EventType.DELIVERY,
        EventType.PRODUCTION,
        EventType.SUSPENSION,
        EventType.RESUMPTION,
        EventType.CANCELLATION,
    }
)


class Modality(enum.StrEnum):
    ASSERTED = "ASSERTED"
    PLANNED = "PLANNED"
    SPECULATED = "SPECULATED"
    NEGATED = "NEGATED"


class Granularity(enum.StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


# The fixed list a catalog entry's category is drawn from.
SYSTEM_CATEGORIES = (
    "surface-to-air missile system",
    "fighter aircraft",
    "ground attack aircraft",
    "bomber aircraft",
    "transport aircraft",
    "tanker aircraft",
    "maritime patrol aircraft",
    "airborne early warning aircraft",
    "reconnaissance aircraft",
    "trainer aircraft",
    "helicopter",
    "unmanned aerial vehicle",
    "tank",
    "armoured vehicle",
    "artillery",
    "multiple rocket launcher",
    "ballistic missile",
    "cruise missile",
    "anti-ship missile",
    "air-to-air missile",
    "air-to-surface missile",
    "anti-tank missile",
    "guided bomb",
    "surface ship",
    "submarine",
    "naval weapon",
    "radar",
    "sensor",
    "engine",
    "small arms",
    "other",
)


@dataclass(slots=True, kw_only=True)
class Document:
    """One text as read by ingest, before any analysis."""

    id: str
    text: str
    source: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = "en"


@dataclass(slots=True, kw_only=True)
class SystemRef:
    text: str
    id: str | None
    family: str | None
    category: str | None


@dataclass(slots=True, kw_only=True)
class TimeRef:
    text: str | None
    start: str | None
    end: str | None = None
    granularity: Granularity = Granularity.UNKNOWN


@dataclass(slots=True, kw_only=True)
class Source:
    """One link of an attribution chain: who says it."""

    text: str
    kind: str  # outlet | institution | person
    id: str | None = None
    country: str | None = None


@dataclass(slots=True, kw_only=True)
class Participant:
    text: str
    role: str | None = None
    country: str | None = None
    id: str | None = None


@dataclass(slots=True, kw_only=True)
class Value:
    amount: float
    currency: str
    text: str


@dataclass(slots=True, kw_only=True)
class Evidence:
    sentence: str
    start: int
    end: int
    trigger: str


@dataclass(slots=True, kw_only=True)
class Event:
    doc_id: str
    type: EventType
    modality: Modality
    supplier: str | None
    recipient: str | None
    parties: list[str]
    systems: list[SystemRef] = field(default_factory=list)
    quantity: int | None = None
    value: Value | None = None
    time: TimeRef | None = None
    attribution: list[Source] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    evidence: Evidence
    rule: str
    source: str | None = None
    # Other sentences of the same document stating the same step.
    mentions: list[Evidence] = field(default_factory=list)
    # The decision layer's probability that an analyst would record the event
    # as it stands; None when it was not decided by a model.
    confidence: float | None = None
    # Which named role rule set each role: (role, value, rule).
    roles: list[tuple[str, str, str]] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        """The event as the stable JSON record of design.md."""
        record = asdict(self)
        record["type"] = str(self.type)
        record["modality"] = str(self.modality)
        if self.time is not None:
            record["time"]["granularity"] = str(self.time.granularity)
        record["attribution"] = [
            {k: v for k, v in source.items() if v is not None} for source in record["attribution"]
        ]
        record["participants"] = [
            {k: v for k, v in p.items() if v is not None} for p in record["participants"]
        ]
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Event:
        time = record.get("time")
        value = record.get("value")
        return cls(
            doc_id=record["doc_id"],
            type=EventType(record["type"]),
            modality=Modality(record["modality"]),
            supplier=record.get("supplier"),
            recipient=record.get("recipient"),
            parties=list(record.get("parties") or []),
            systems=[SystemRef(**s) for s in record.get("systems") or []],
            quantity=record.get("quantity"),
            value=Value(**value) if value else None,
            time=TimeRef(
                text=time.get("text"),
                start=time.get("start"),
                end=time.get("end"),
                granularity=Granularity(time.get("granularity") or "unknown"),
            )
            if time
            else None,
            attribution=[Source(**s) for s in record.get("attribution") or []],
            participants=[Participant(**p) for p in record.get("participants") or []],
            evidence=Evidence(**record["evidence"]),
            rule=record["rule"],
            source=record.get("source"),
            mentions=[Evidence(**m) for m in record.get("mentions") or []],
            confidence=record.get("confidence"),
            roles=[tuple(r) for r in record.get("roles") or []],
        )


@dataclass(slots=True, kw_only=True)
class TimelineStep:
    """One stage of a deal as reported, with the date it takes effect: its
    events' own time, else the publication date of its first report
    (`dated_by` "reported"), else none (`dated_by` None: undatable)."""

    type: EventType
    modality: Modality
    time: str | None  # the events' own time, if they give one
    event_ids: list[str]
    sources: list[str]
    effective: str | None = None
    dated_by: str | None = None  # "event" | "reported" | None


@dataclass(slots=True, kw_only=True)
class Claim:
    """One source's word in a contradiction: what it says, when, and the
    event that says it."""

    source: str
    modality: Modality
    number: int | None
    time: str | None  # the claim's effective date
    event_id: str


@dataclass(slots=True, kw_only=True)
class Contradiction:
    """Sources that disagree about one step: on its modality (it happened,
    it did not) or on its number."""

    type: EventType
    about: str  # "modality" | "quantity"
    claims: list[Claim]

    @property
    def summary(self) -> str:
        """One line, as in "DELIVERY: ASSERTED (ria, xinhua) vs NEGATED (ria)"."""
        groups: dict[str, list[str]] = {}
        for claim in self.claims:
            key = str(claim.number) if self.about == "quantity" else str(claim.modality)
            if claim.source not in groups.setdefault(key, []):
                groups[key].append(claim.source)
        parts = " vs ".join(f"{key} ({', '.join(sorted(sources))})" for key, sources in groups.items())
        return f"{self.type}{' quantity' if self.about == 'quantity' else ''}: {parts}"


@dataclass(slots=True, kw_only=True)
class RegisterColumns:
    """A deal as a row of SIPRI's trade register. Numbers come from asserted
    steps; when only planned or speculated ones give a number, its
    `*_modality` says so."""

    designation: str
    description: str | None = None
    order_year: int | None = None
    order_year_reported: bool = False  # the year is a report's date, not the order's own
    number_ordered: int | None = None
    number_ordered_modality: Modality | None = None
    number_delivered: int | None = None
    number_delivered_modality: Modality | None = None
    delivery_years: list[int] = field(default_factory=list)
    value: Value | None = None
    status: str = "unknown"
    comments: str = ""


@dataclass(slots=True, kw_only=True)
class Deal:
    """All that was reported about one (supplier, recipient, family). Its
    status is its latest dated step; None when no step can be dated."""

    id: str
    supplier: str | None
    recipient: str | None
    family: str | None
    status: EventType | None
    status_modality: Modality | None
    sources: int
    documents: int
    timeline: list[TimelineStep]
    contradictions: list[Contradiction]
    event_ids: list[str] = field(default_factory=list)
    status_date: str | None = None
    first_time: str | None = None  # effective dates of the earliest and latest dated steps
    last_time: str | None = None
    register: RegisterColumns | None = None
    # The highest confidence among its events, an event decided by no model
    # counting as 1: the floor `--min-confidence` compares deals against.
    confidence: float | None = None

    def to_record(self) -> dict[str, Any]:
        """The deal as the JSON the store keeps and the CLI and API print."""
        register = asdict(self.register) if self.register else None
        if register is not None:
            for key in ("number_ordered_modality", "number_delivered_modality"):
                register[key] = str(register[key]) if register[key] else None
        return {
            "id": self.id,
            "supplier": self.supplier,
            "recipient": self.recipient,
            "family": self.family,
            "status": str(self.status) if self.status else None,
            "status_modality": str(self.status_modality) if self.status_modality else None,
            "status_date": self.status_date,
            "first_time": self.first_time,
            "last_time": self.last_time,
            "sources": self.sources,
            "documents": self.documents,
            "confidence": self.confidence,
            "register": register,
            "contradictions": [
                {"type": str(c.type), "about": c.about, "summary": c.summary,
                 "claims": [{"source": k.source, "modality": str(k.modality), "number": k.number,
                             "time": k.time, "event_id": k.event_id} for k in c.claims]}
                for c in self.contradictions
            ],
            "timeline": [
                {"type": str(s.type), "modality": str(s.modality), "time": s.time, "effective": s.effective,
                 "dated_by": s.dated_by, "sources": s.sources, "event_ids": s.event_ids}
                for s in self.timeline
            ],
            "event_ids": self.event_ids,
        }
