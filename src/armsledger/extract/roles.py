"""Who supplies and who receives: the transfer role rules, in order.

Each rule is a named function over one `RoleContext`. It fills an open
role (`assign`) or, further down, settles one from what the text said
before; `RoleBook` records which rule set each role, and the event carries
that record (`Event.roles`), so `armsledger explain` says why the supplier
is what it is. The first rules read the clause's own words; then the
systems are settled against the parties named so far; the rest fill what
the clause leaves open. The names are in the event record: renaming one
changes the output.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ..catalog import words
from ..model import EventType, Participant, SystemRef
from .findings import Candidate, Focus
from .lookups import Lookups
from .parties import (
    TARGET_PREPS,
    actor_at,
    agent_of,
    bargain_partners,
    country_of_phrase,
    party_at,
    states_in,
)
from .syntax import (
    EXPORT_NOUNS,
    MEMBERSHIP_WORDS,
    SANCTIONING_BODIES,
    STATE_KINDS,
    reciprocal,
    weapon_object,
)
from .systems_in_scope import SystemsInScope, resolve_generics, system_ref

AWARD_VERBS, PROVISION_VERBS = words("award_verbs"), words("provision_verbs")
RECIPIENT_PREPS, COUNTERPART_PREPS = words("recipient_preps"), words("counterpart_preps")
# Steps that end a transfer for one side: "suspended Turkey from the program".
HALTS = {EventType.SUSPENSION, EventType.CANCELLATION}
# A ban and its lifting: the side named "on" or "with" is the embargoed one.
BAN_STEPS = {EventType.SUSPENSION, EventType.RESUMPTION}


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


def by_agent(ctx: RoleContext) -> None:
    """The trigger's subject, or the subject of the verb a noun trigger is
    the object of ("Russia will start the delivery"), takes the trigger's side."""
    trigger = ctx.trigger
    agent = agent_of(trigger, ctx.lookups)
    if agent is None and trigger.lemma_.lower() in AWARD_VERBS:
        # "Lockheed Martin has been awarded a contract": the passive subject supplies.
        agent = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
        ctx.side = "supplier" if agent is not None else ctx.side
    if agent is None:
        return
    partners = [agent, *(c for c in agent.conjuncts)]
    partners = [p for p in partners if country_of_phrase(p)[0]]
    if len(partners) > 1 and ctx.side is not None and not reciprocal(trigger, agent):
        # "Qatar and India later also ordered the fighter": each is a buyer.
        for partner in partners[1:]:
            country, span = country_of_phrase(partner)
            if country not in ctx.co_parties:
                ctx.co_parties.append(country)
            if span is not None:
                ctx.used_spans.add(span.start)
        partners = partners[:1]
    if len(partners) > 1:
        # "Russia and Iran might embark on ...": both sides, order unknown.
        for partner in partners:
            ctx.add_counterpart(*country_of_phrase(partner))
    elif agent.pos_ not in {"VERB", "AUX"} and ctx.side is None:
        # "Egypt signed a contract with France": a party, side unknown.
        ctx.add_counterpart(*country_of_phrase(agent), first=True)
    elif agent.pos_ not in {"VERB", "AUX"}:
        country, span = country_of_phrase(agent)
        agent_side = ctx.side
        if ctx.side == "recipient" and any(
                c.dep_ == "dobj" and party_at(c) for c in trigger.children) and ctx.event_type in HALTS:
            agent_side = "supplier"  # "the U.S. suspended Turkey from the program"
        ctx.assign(agent_side, country, span)


def by_trigger_arguments(ctx: RoleContext) -> None:
    """The trigger's (and governed words') own arguments: possessors and
    modifiers ("India's purchase"), "by X", datives, objects of "provide"."""
    doc, side = ctx.doc, ctx.side
    for candidate in [ctx.top, *ctx.below]:
        token = candidate.token
        token_side = side if ctx.removal else (candidate.entry.side or side)
        children = list(token.children)
        if token.dep_ == "conj" and token.pos_ in {"NOUN", "PROPN"}:
            # "Turkey's suspension and pending removal": the removal is Turkey's too.
            children += [c for c in token.head.children if c.dep_ == "poss"]
        for child in children:
            if child.dep_ in {"poss", "compound", "amod"} and token.pos_ in {"NOUN", "PROPN"}:
                country, span = country_of_phrase(child)
                if country and child.dep_ != "poss" and candidate.entry.type in {"SUSPENSION", "RESUMPTION"}:
                    if span is not None and span._.actor["kind"] == "state":
                        ctx.assign("recipient", country, span)  # "the Iran arms embargo", "Saudi export freeze"
                elif token_side is None and country and child.dep_ != "poss":
                    # "a U.S. arms deal to Taiwan": a side, which one the rest tells.
                    if country not in ctx.counterpart:
                        ctx.counterpart.append(country)
                    if span is not None:
                        ctx.used_spans.add(span.start)
                else:
                    ctx.assign(token_side, country, span)
            elif child.dep_ == "agent":
                for pobj in child.children:
                    ctx.assign(token_side, *country_of_phrase(pobj))
            elif child.dep_ in {"dative"}:
                ctx.assign("recipient", *country_of_phrase(child))
            elif child.dep_ == "dobj" and child.lemma_.lower() in MEMBERSHIP_WORDS and side == "recipient":
                for owner in child.children:
                    if owner.dep_ == "poss" and party_at(owner):
                        ctx.assign("recipient", party_at(owner), actor_at(doc, owner.i))
            elif child.dep_ == "dobj" and side == "recipient" and candidate is ctx.top and \
                    ctx.event_type in HALTS and party_at(child):
                ctx.assign("recipient", party_at(child), actor_at(doc, child.i))
            elif child.dep_ == "dobj" and token_side == "supplier" and token.lemma_.lower() in PROVISION_VERBS:
                country, span = country_of_phrase(child)  # "provide Russia with drones"
                if span is not None and span._.actor["kind"] in STATE_KINDS:
                    ctx.assign("recipient", country, span)


def by_clause_parties(ctx: RoleContext) -> None:
    """Prepositions in the clause: "to X" receives, "from X" supplies,
    "on X" is embargoed, "with X" is a party whose side the rest tells."""
    for i in sorted(ctx.scope):
        token = ctx.doc[i]
        if token.dep_ != "prep":
            continue
        pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if not party_at(pobj) and weapon_object(pobj):
            continue  # "for 36 Rafale jets from France": the goods, not the buyer
        country, span = country_of_phrase(pobj)
        if country is None:
            continue
        prep = token.lower_
        if prep in RECIPIENT_PREPS:
            ctx.assign("recipient", country, span)
        elif prep in TARGET_PREPS and ctx.event_type in BAN_STEPS and party_at(pobj):
            ctx.assign("recipient", party_at(pobj), span)  # "the arms embargo on Iran"
        elif prep == "from":
            ctx.assign("supplier", country, span)
        elif prep in COUNTERPART_PREPS:
            ctx.counterpart.append(country)


def by_maker_modifier(ctx: RoleContext) -> None:
    """Makers' states supply what they build: "Russian weapons"."""
    def demonym_supplies(token: Token) -> None:
        for child in token.children:
            if child.dep_ in {"amod", "compound", "poss"}:
                country, span = country_of_phrase(child)
                if span is not None and span._.actor["kind"] == "state" and span._.actor.get("form") == "demonym":
                    ctx.assign("supplier", country, span)

    for sys_span in ctx.systems.named:
        for token in [sys_span.root, sys_span.root.head]:
            demonym_supplies(token)
    for gen_span in ctx.systems.generics:
        demonym_supplies(gen_span.root)


def by_export_possessor(ctx: RoleContext) -> None:
    """"U.S. export licenses", "Russian arms sales": whose exports they are."""
    doc = ctx.doc
    for i in sorted(ctx.scope):
        token = doc[i]
        if token.lemma_.lower() in EXPORT_NOUNS:
            for child in token.children:
                span = actor_at(doc, child.i)
                # "Saudi arms export freeze" is about exports to Saudi Arabia.
                if span is not None and span._.actor.get("form") == "demonym":
                    continue
                if child.dep_ in {"compound", "amod", "poss"} and party_at(child):
                    ctx.assign("supplier", party_at(child), actor_at(doc, child.i))


def settle_systems(ctx: RoleContext) -> None:
    """What the clause's words state, and the systems it is about: generic
    words tie to systems named before between the parties stated so far."""
    roles = ctx.roles
    ctx.stated = {role for role, value in roles.items() if value}
    ctx.system_refs = [system_ref(s) for s in ctx.systems.named]
    ctx.generic_refs = resolve_generics(ctx.systems.generics, ctx.system_refs, roles, ctx.focus)
    ctx.refs = ctx.system_refs + ctx.generic_refs
    ctx.families = {r.family for r in ctx.refs if r.family}


def by_system_origin(ctx: RoleContext) -> None:
    """No supplier named: the named systems' maker supplies; else the other
    side of a bargain ("in return for its support to Russia, the DPRK is
    seeking military assistance")."""
    roles = ctx.roles
    if roles["supplier"] is None:
        origin = next((s._.system["origin"] for s in ctx.systems.named if s._.system.get("origin")), None)
        if origin and origin != roles["recipient"]:
            roles["supplier"] = origin
    if roles["supplier"] is None and roles["recipient"] is not None:
        for country in bargain_partners(ctx.trigger, ctx.lookups.attributor):
            if country != roles["recipient"]:
                roles["supplier"] = country
                ctx.stated.add("supplier")
                break


def by_counterpart(ctx: RoleContext) -> None:
    """Parties of unknown side take the open roles: under a ban the
    embargoed side first, else a part the text has already cast them in."""
    roles, focus = ctx.roles, ctx.focus
    ctx.had_counterpart = bool(ctx.counterpart)
    counterpart = ctx.counterpart
    if ctx.event_type in BAN_STEPS:
        # "arms trade with North Korea is banned": the embargoed side.
        counterpart = [c for c in counterpart if c != roles["supplier"]]
        if counterpart and roles["recipient"] is None:
            roles["recipient"] = counterpart.pop(0)
    for country in counterpart:
        # A party the text has already cast keeps its part ("Jakarta
        # cancelled the contract" after "Indonesia ordered ... from Russia").
        known = [r for r in ("supplier", "recipient") if getattr(focus, r) == country]
        for role in known + ["supplier", "recipient"]:
            if roles[role] is None and country not in roles.values():
                roles[role] = country
                break


def by_remaining_state(ctx: RoleContext) -> None:
    """States left in the clause fill the missing side; the UN embargoes,
    it does not supply; a generic word's system's maker supplies."""
    roles = ctx.roles
    if roles["supplier"] is None or roles["recipient"] is None:
        leftovers = [(c, s) for c, s in states_in(ctx.doc, ctx.scope)
                     if s.start not in ctx.used_spans and c not in roles.values()
                     and s._.actor["kind"] in STATE_KINDS and c not in ctx.source_countries]
        for country, _span in leftovers:
            missing = "recipient" if roles["recipient"] is None else "supplier"
            if roles[missing] is None and country not in roles.values():
                roles[missing] = country
    if roles["supplier"] in SANCTIONING_BODIES:
        ctx.participants.append(Participant(text=roles["supplier"], id=roles["supplier"]))
        roles["supplier"] = None
    if roles["supplier"] is None:
        systems_by_id = ctx.lookups.catalog.systems_by_id
        origin = next((systems_by_id[r.id].origin for r in ctx.generic_refs if r.id in systems_by_id), None)
        if origin and origin != roles["recipient"]:
            roles["supplier"] = origin


def by_focus_pair(ctx: RoleContext) -> None:
    """The text's main pair fills a side the sentence leaves open ("buying
    Russian weapons ... in the talks between the two sides"), and brings its
    systems to a clause that names none but refers back."""
    roles, focus = ctx.roles, ctx.focus
    anaphoric = ctx.anaphoric
    focus_families = {s.family for s in focus.systems}
    if focus.supplier and ctx.families and not (ctx.families & focus_families):
        if roles["supplier"] == focus.supplier and roles["recipient"] is None:
            roles["recipient"] = focus.recipient
        elif roles["recipient"] == focus.recipient and roles["supplier"] is None:
            roles["supplier"] = focus.supplier
    if focus.supplier and (not ctx.families or ctx.families & focus_families):
        parties_match = all(roles[r] in (None, getattr(focus, r)) for r in ("supplier", "recipient"))
        if parties_match and (not ctx.families or roles["supplier"] is None or roles["recipient"] is None
                              or anaphoric):
            kinds = {c for g in ctx.systems.generics for c in g._.generic["categories"]} - {"other"}
            compatible = [f for f in focus.systems if not kinds or f.category in kinds]
            if not ctx.families and compatible and (anaphoric or roles["supplier"] or roles["recipient"]):
                ctx.refs = [*compatible] + [r for r in ctx.refs if not r.family and r.category == "other"]
                ctx.families = {r.family for r in ctx.refs if r.family}
            if ctx.families:
                roles["supplier"] = roles["supplier"] or focus.supplier
                roles["recipient"] = roles["recipient"] or focus.recipient


def by_inherited_suspension(ctx: RoleContext) -> None:
    """A lifted ban with no system named is the last ban's: "The ban was lifted"."""
    roles, previous = ctx.roles, ctx.focus.last_suspension
    if ctx.event_type == EventType.RESUMPTION and previous is not None and not ctx.families:
        if roles["recipient"] in (None, previous.recipient):
            ctx.inherited = True
            roles["supplier"] = roles["supplier"] or previous.supplier
            roles["recipient"] = roles["recipient"] or previous.recipient
            ctx.refs = list(previous.systems)


class RoleRule(NamedTuple):
    name: str
    apply: Callable[[RoleContext], None]


# Read top to bottom: the order is the precedence (an earlier rule's
# choice stands), and each name is what `explain` and `Event.roles` show.
CLAUSE_RULES: tuple[RoleRule, ...] = (
    RoleRule("agent", by_agent),
    RoleRule("trigger-arguments", by_trigger_arguments),
    RoleRule("clause-parties", by_clause_parties),
    RoleRule("maker-modifier", by_maker_modifier),
    RoleRule("export-possessor", by_export_possessor),
)
FILLING_RULES: tuple[RoleRule, ...] = (
    RoleRule("system-origin", by_system_origin),
    RoleRule("counterpart", by_counterpart),
    RoleRule("remaining-state", by_remaining_state),
    RoleRule("focus-pair", by_focus_pair),
    RoleRule("inherited-suspension", by_inherited_suspension),
)
ROLE_RULES = CLAUSE_RULES + FILLING_RULES


def cast_roles(ctx: RoleContext) -> None:
    """Run the role rules in order, each recorded under its name."""
    for rule in CLAUSE_RULES:
        ctx.roles.step = rule.name
        rule.apply(ctx)
    settle_systems(ctx)
    for rule in FILLING_RULES:
        ctx.roles.step = rule.name
        rule.apply(ctx)
