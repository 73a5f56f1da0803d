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
    type: EventType
    modality: Modality
    time: str | None
    event_ids: list[str]
    sources: list[str]


@dataclass(slots=True, kw_only=True)
class Contradiction:
    type: EventType
    claims: dict[str, list[str]]  # modality or number -> sources claiming it
    summary: str


@dataclass(slots=True, kw_only=True)
class Deal:
    """All that was reported about one (supplier, recipient, family)."""

    id: str
    supplier: str | None
    recipient: str | None
    family: str | None
    status: EventType
    status_modality: Modality
    sources: int
    documents: int
    timeline: list[TimelineStep]
    contradictions: list[Contradiction]
    event_ids: list[str] = field(default_factory=list)
