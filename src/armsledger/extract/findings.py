"""What extraction works with and returns: trigger candidates, findings
(an event, or the reason a trigger made none) and the discourse focus."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..catalog import TriggerEntry
from ..model import Event, SystemRef


@dataclass(slots=True)
class Candidate:
    token: Token
    entry: TriggerEntry


@dataclass(slots=True)
class Finding:
    """What a trigger came to: an event, or the reason it made none."""

    sentence: Span
    trigger: Token
    event: Event | None
    reason: str | None = None
    # More events from the same trigger: a list whose systems each carry
    # their own number and price ("36 F-16s for $1.4 billion; 115 M109s ...").
    siblings: list[Finding] = field(default_factory=list)
    # Set by the decision layer: which kind of proposal it was (rule, stage,
    # spread, cue), the model's probability, and the rules behind its readings.
    origin: str | None = None
    confidence: float | None = None
    rules: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Focus:
    """What the text is about so far: the last complete transfer's roles."""

    supplier: str | None = None
    recipient: str | None = None
    systems: list[SystemRef] = field(default_factory=list)
    last_suspension: Event | None = None
    history: list[tuple[str | None, str | None, SystemRef]] = field(default_factory=list)
