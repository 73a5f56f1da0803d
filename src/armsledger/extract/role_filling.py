"""The role rules that fill what a clause's own words leave open, after its
systems are settled (`settle_systems`): the systems' maker, parties of
unknown side, states left in the clause, the text's main pair, the last
ban. `roles.py` runs them in order, after the clause rules."""

from __future__ import annotations

from ..model import EventType, Participant
from .parties import bargain_partners, states_in
from .role_context import RoleContext
from .syntax import SANCTIONING_BODIES, STATE_KINDS
from .systems_in_scope import resolve_generics, system_ref

# A ban and its lifting: the side named "on" or "with" is the embargoed one.
BAN_STEPS = {EventType.SUSPENSION, EventType.RESUMPTION}


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
