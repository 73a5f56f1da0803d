"""What the transfer role rules (`roles.py`) read and write: one trigger
in its clause (`RoleContext`) and the roles decided so far, each with the
named rule that set it (`RoleBook`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..model import EventType, Participant, SystemRef
from .findings import Candidate, Focus
from .lookups import Lookups
from .systems_in_scope import SystemsInScope


class RoleBook(dict):
    """The supplier and recipient being decided, and the named step (role
    rule) that set each: `explain` shows why the supplier is what it is."""

    def __init__(self) -> None:
        super().__init__(supplier=None, recipient=None)
        self.step = "agent"
        self.set_by: dict[str, str] = {}

    def __setitem__(self, role: str, value: str | None) -> None:
        if value != self.get(role):
            self.set_by[role] = self.step
        super().__setitem__(role, value)

    def decisions(self) -> list[tuple[str, str, str]]:
        return [(role, self[role], self.set_by.get(role, "?")) for role in ("supplier", "recipient") if self[role]]


@dataclass(slots=True, kw_only=True)
class RoleContext:
    """A transfer trigger in its clause, and what the role rules have found so far."""

    doc: Doc
    top: Candidate
    below: list[Candidate]
    scope: set[int]
    event_type: EventType
    focus: Focus
    lookups: Lookups
    systems: SystemsInScope
    # The side the trigger's agent takes ("sell": supplier); a rule may settle it.
    side: str | None
    # "suspend Turkey from the program": every party read is the recipient.
    removal: bool
    # The clause refers back to what the text is about ("the deal", "them").
    anaphoric: bool
    # Countries of the sources the sentence cites: they report, they take no part.
    source_countries: set[str | None]
    roles: RoleBook = field(default_factory=RoleBook)
    # Parties whose side the words do not tell; later rules place them.
    counterpart: list[str] = field(default_factory=list)
    # Further agents of the same side ("Qatar and India ordered"): each gets its own event.
    co_parties: list[str] = field(default_factory=list)
    # The first of such agents when the trigger has no side of its own ("Estonia
    # and Latvia signed a contract with Diehl"): the co-parties take its role.
    agent_country: str | None = None
    # Further recipients of one "to" ("to Nigeria and Pakistan"): each gets its own event.
    co_recipients: list[str] = field(default_factory=list)
    # Actor spans already cast (by start): the remaining-state rule passes them over.
    used_spans: set[int] = field(default_factory=set)
    # Set once the clause's rules have run: the roles its words state, and the systems.
    stated: set[str] = field(default_factory=set)
    system_refs: list[SystemRef] = field(default_factory=list)
    generic_refs: list[SystemRef] = field(default_factory=list)
    refs: list[SystemRef] = field(default_factory=list)
    families: set[str] = field(default_factory=set)
    # Whether a party came from the words or a ban before, not only from systems' origin.
    had_counterpart: bool = False
    inherited: bool = False
    # Bodies that take part without a side (the UN that embargoes).
    participants: list[Participant] = field(default_factory=list)

    @property
    def trigger(self) -> Token:
        return self.top.token

    def assign(self, role: str | None, country: str | None, span: Span | None) -> None:
        """Fill a role that is open with a country that has no role yet."""
        if role is None or country is None:
            return
        if self.roles[role] is None and country not in self.roles.values():
            self.roles[role] = country
            if span is not None:
                self.used_spans.add(span.start)

    def add_counterpart(self, country: str | None, span: Span | None, *, first: bool = False) -> None:
        if country and country not in self.counterpart:
            self.counterpart.insert(0 if first else len(self.counterpart), country)
            if span is not None:
                self.used_spans.add(span.start)
