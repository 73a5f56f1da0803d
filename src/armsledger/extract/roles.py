"""Who supplies and who receives: the transfer role rules, in order.

Each rule is a named function over one `RoleContext`. It fills an open
role (`assign`) or, further down, settles one from what the text said
before; `RoleBook` records which rule set each role, and the event carries
that record (`Event.roles`), so `armsledger explain` says why the supplier
is what it is. The first rules read the clause's own words; then the
systems are settled against the parties named so far; the rest fill what
the clause leaves open. The names are in the event record: renaming one
changes the output. The context the rules share is in `role_context.py`,
the rules that fill what the clause leaves open in `role_filling.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Token

from ..catalog import words
from ..model import EventType
from ..nlp.modality import is_participle_modifier
from .parties import TARGET_PREPS, actor_at, agent_of, antecedent_state, country_of_phrase, party_at
from .role_context import RoleContext
from .role_filling import (
    BAN_STEPS,
    by_counterpart,
    by_focus_pair,
    by_inherited_suspension,
    by_remaining_state,
    by_system_origin,
    settle_systems,
)
from .syntax import EXPORT_NOUNS, MEMBERSHIP_WORDS, STATE_KINDS, reciprocal, weapon_object

AWARD_VERBS, PROVISION_VERBS = words("award_verbs"), words("provision_verbs")
RECIPIENT_PREPS, COUNTERPART_PREPS = words("recipient_preps"), words("counterpart_preps")
PLURAL_PRONOUNS = words("plural_pronouns")
STATE_GROUP_NOUNS = words("state_group_nouns")
LIST_OPENERS = words("list_openers")
# Steps that end a transfer for one side: "suspended Turkey from the program".
HALTS = {EventType.SUSPENSION, EventType.CANCELLATION}


def by_agent(ctx: RoleContext) -> None:
    """The trigger's subject, or the subject of the verb a noun trigger is
    the object of ("Russia will start the delivery"), takes the trigger's side."""
    trigger = ctx.trigger
    if trigger.pos_ in {"NOUN", "PROPN"} and _owned_below(ctx):
        return  # "welcomes the signing of Poland's purchase": Poland buys; trigger-arguments says so
    agent = agent_of(trigger, ctx.lookups)
    if agent is None and trigger.lemma_.lower() in AWARD_VERBS:
        # "Lockheed Martin has been awarded a contract": the passive subject supplies.
        agent = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
        ctx.side = "supplier" if agent is not None else ctx.side
    if agent is None:
        return
    partners = [agent, *(c for c in agent.conjuncts)]
    if agent.pos_ == "PRON" and agent.lower_ in PLURAL_PRONOUNS:
        # "Moscow and Beijing made clear they intend to sell": "they" is both.
        antecedent = antecedent_state(agent)
        if antecedent is not None and antecedent.root.conjuncts:
            partners = [antecedent.root, *antecedent.root.conjuncts]
    partners = [p for p in partners if country_of_phrase(p)[0]]
    if len(partners) > 1 and ctx.side is not None and not reciprocal(trigger, agent):
        # "Qatar and India later also ordered the fighter": each is a buyer.
        _add_co_parties(ctx, partners[1:])
        partners = partners[:1]
    if len(partners) > 1 and not reciprocal(trigger, agent) and _has_counterpart_prep(ctx):
        # "Estonia and Latvia signed a contract with Diehl": one side, which
        # the rest tells; each partner gets its own event on it.
        ctx.add_counterpart(*country_of_phrase(partners[0]), first=True)
        ctx.agent_country = ctx.counterpart[0] if ctx.counterpart else None
        _add_co_parties(ctx, partners[1:])
    elif len(partners) > 1:
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


def _owned_below(ctx: RoleContext) -> bool:
    """Whether a governed noun of the trigger's side has a possessor naming a party."""
    for candidate in ctx.below:
        token = candidate.token
        if token.pos_ in {"NOUN", "PROPN"} and candidate.entry.side == ctx.side and any(
                c.dep_ == "poss" and country_of_phrase(c)[0] for c in token.children):
            return True
    return False


def _add_co_parties(ctx: RoleContext, partners: list[Token]) -> None:
    """Agents beside the first, each to get its own event in the first one's role."""
    for partner in partners:
        country, span = country_of_phrase(partner)
        if country not in ctx.co_parties:
            ctx.co_parties.append(country)
        if span is not None:
            ctx.used_spans.add(span.start)


def _has_counterpart_prep(ctx: RoleContext) -> bool:
    """Whether the clause names a party with "with" ("signed a contract with France")."""
    for i in ctx.scope:
        token = ctx.doc[i]
        if token.dep_ == "prep" and token.lower_ in COUNTERPART_PREPS:
            pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
            if pobj is not None and country_of_phrase(pobj)[0]:
                return True
    return False


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
                    country, span = country_of_phrase(pobj)
                    ctx.assign(token_side, country, span)
                    if country is not None and ctx.roles.get(token_side) == country:
                        # "Patriot ordered by Germany, Spain and Switzerland": each orders.
                        _add_co_parties(ctx, [m for m in pobj.conjuncts if m.i > pobj.i and party_at(m)])
            elif child.dep_ in {"dative"}:
                country, span = country_of_phrase(child)
                ctx.assign("recipient", country, span)
                if span is not None and ctx.roles["recipient"] == country:
                    _coordinated_recipients(ctx, span.root)
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
        prep = token.lower_
        if prep in RECIPIENT_PREPS and not party_at(pobj):
            pobj = _listed_states(pobj) or pobj  # "to six Gulf countries: Bahrain, Kuwait, ..."
        country, span = country_of_phrase(pobj)
        if country is None:
            continue
        if prep in RECIPIENT_PREPS:
            ctx.assign("recipient", country, span)
            if ctx.roles["recipient"] == country:
                _coordinated_recipients(ctx, pobj)
        elif prep in TARGET_PREPS and ctx.event_type in BAN_STEPS and party_at(pobj):
            ctx.assign("recipient", party_at(pobj), span)  # "the arms embargo on Iran"
        elif prep == "from":
            ctx.assign("supplier", country, span)
        elif prep in COUNTERPART_PREPS:
            ctx.counterpart.append(country)


def _listed_states(group: Token) -> Token | None:
    """The first state of a list that spells out a group noun ("six
    countries--Bahrain, Kuwait, Oman"), after an apposition, colon or dash."""
    if group.lemma_.lower() not in STATE_GROUP_NOUNS:
        return None
    doc = group.doc
    candidates = [c for c in group.children if c.dep_ == "appos"]
    # The opener may hang on the group noun or stand after its phrase.
    opener = group.right_edge.i if doc[group.right_edge.i].text in LIST_OPENERS else group.right_edge.i + 1
    if opener + 1 < len(doc) and doc[opener].text in LIST_OPENERS:
        candidates.append(doc[opener + 1])
    for token in candidates:
        span = actor_at(doc, token.i)
        if span is not None and span._.actor["kind"] in STATE_KINDS:
            return span.root
    return None


def _coordinated_recipients(ctx: RoleContext, first: Token) -> None:
    """The states coordinated with a recipient ("to Egypt, Iraq and Nigeria"):
    each receives as the first does."""
    for member in first.conjuncts:
        if member.i < first.i:
            continue
        # The member itself names the state: in "to Ukraine and a Patriot
        # system the U.S. is supplying", the U.S. is no recipient.
        span = actor_at(ctx.doc, member.i)
        country = span._.actor.get("country") if span is not None else None
        if span is None or span._.actor["kind"] not in STATE_KINDS or country in ctx.roles.values():
            continue
        if country not in ctx.co_recipients:
            ctx.co_recipients.append(country)
        ctx.used_spans.add(span.start)


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


def by_goods_participle(ctx: RoleContext) -> None:
    """What a receiver gets, "donated by X" or "supplied by X": X supplies
    (but not "built by X": the maker is the system-origin rule's)."""
    if ctx.side != "recipient":
        return
    doc = ctx.doc
    for i in sorted(ctx.scope):
        token = doc[i]
        if token.i == ctx.trigger.i or not is_participle_modifier(token):
            continue
        entries = ctx.lookups.catalog.triggers_by_lemma.get(token.lemma_.lower(), [])
        if not any(e.side == "supplier" and e.type not in {"=", "PRODUCTION"} for e in entries):
            continue
        for agent in (c for c in token.children if c.dep_ == "agent"):
            for pobj in agent.children:
                ctx.assign("supplier", *country_of_phrase(pobj))


class RoleRule(NamedTuple):
    name: str
    apply: Callable[[RoleContext], None]


# Read top to bottom: the order is the precedence (an earlier rule's
# choice stands), and each name is what `explain` and `Event.roles` show.
CLAUSE_RULES: tuple[RoleRule, ...] = (
    RoleRule("agent", by_agent),
    RoleRule("trigger-arguments", by_trigger_arguments),
    RoleRule("clause-parties", by_clause_parties),
    RoleRule("goods-participle", by_goods_participle),
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
