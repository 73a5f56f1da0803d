"""What a trigger word needs around it to make an event: the `needs` codes
of the trigger table (`data/triggers.csv`).

"supply" needs arms ("supply electricity" is no transfer), "notify" needs
Congress, "lift" needs a ban. Each code is one function, registered under
the code with `@need(...)`: it gets the trigger in its context (`Need`) and
returns None when the need is met, else the reason no event is made. Adding
a code is adding a function here and using it in the table; the test
`tests/test_lexicon.py` checks that every code of the table is registered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Token

from ..catalog import TriggerEntry, words
from ..nlp.actors import ACTORS_KEY
from ..nlp.systems import GENERICS_KEY, SYSTEMS_KEY
from .findings import Candidate, Focus
from .lookups import Lookups
from .parties import agent_of, states_in
from .syntax import (
    COOPERATION_WORDS,
    DEAL_NOUNS,
    EXERCISE_WORDS,
    PROGRAMME_WORDS,
    SUPPORT_NOUNS,
    TRANSFER_TYPE_NAMES,
    programme_system,
    refers_back,
    weapon_object,
)

# What "lift" must act on: "lift the embargo" (`data/lexicon.csv`).
RESTRICTION_NOUNS = words("restriction_nouns")
# What one meets that is no counterpart: "meet the needs of the army".
GOAL_NOUNS = words("goal_nouns")
# What "take" must take to be a delivery: "took delivery of", "took possession of".
TAKEN_NOUNS = words("taken_nouns")


@dataclass
class Need:
    """A trigger in its context, as the need functions read it."""

    lookups: Lookups
    entry: TriggerEntry
    trigger: Token
    below: list[Candidate]
    scope: set[int]
    focus: Focus

    @property
    def doc(self) -> Doc:
        return self.trigger.doc

    @cached_property
    def words(self) -> set[str]:
        return {self.doc[i].lower_ for i in self.scope}

    @cached_property
    def lemmas(self) -> set[str]:
        return {self.doc[i].lemma_.lower() for i in self.scope}

    @cached_property
    def has_system(self) -> bool:
        return any(s.start in self.scope for s in self.doc.spans[SYSTEMS_KEY]) or \
            programme_system(self.doc, self.scope) is not None

    @cached_property
    def has_generic(self) -> bool:
        return any(s.start in self.scope for s in self.doc.spans[GENERICS_KEY])


NeedCheck = Callable[[Need], "str | None"]
NEEDS: dict[str, NeedCheck] = {}


def need(*codes: str) -> Callable[[NeedCheck], NeedCheck]:
    """Register a function as the check of one or more `needs` codes."""
    def register(check: NeedCheck) -> NeedCheck:
        for code in codes:
            if code in NEEDS:
                raise ValueError(f"needs code {code!r} is registered twice")
            NEEDS[code] = check
        return check
    return register


def unmet_need(lookups: Lookups, entry: TriggerEntry, trigger: Token, below: list[Candidate],
               scope: set[int], focus: Focus) -> str | None:
    """Why a trigger's need is not met, or None when it is (or it has none)."""
    check = NEEDS.get(entry.needs) if entry.needs else None
    if check is None:
        return None
    return check(Need(lookups, entry, trigger, below, scope, focus))


@need("transfer")
def governs_a_transfer(n: Need) -> str | None:
    """"plan to buy", "approved the sale": a word that only frames a transfer."""
    if any(c.entry.type in TRANSFER_TYPE_NAMES or c.token.lemma_.lower() in DEAL_NOUNS for c in n.below):
        return None
    return "does not govern a transfer (buy, sale, delivery, deal...)"


@need("unfired-sale")
def announces_a_sale(n: Need) -> str | None:
    """"announced the sale of helicopters": what is announced is a transfer
    word that makes no event alone (the table's `fires` no); "announced plans
    to buy" and "announced the delivery" are their own words' events."""
    obj = next((c for c in n.trigger.children if c.dep_ == "dobj"), None)
    entries = n.lookups.catalog.triggers_by_lemma.get(obj.lemma_.lower(), []) if obj is not None else []
    if any(e.pos == obj.pos_ and not e.fires and e.type in TRANSFER_TYPE_NAMES for e in entries):
        return None
    return "does not announce a sale"


@need("arms", "production")
def moves_arms(n: Need) -> str | None:
    """"supply drones", "produce tanks": a weapon among the arguments, or a
    reference back to the ones the text is about."""
    trigger = n.trigger
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    # "transferred its first payment": an object that is an event of
    # its own kind is not what this verb moves.
    holds_trigger = obj is not None and any(
        c.token.i in {t.i for t in obj.subtree}
        and not (c.entry.fires and c.entry.type not in {n.entry.type, "="} and c.entry.side != n.entry.side)
        for c in n.below)
    platform_support = obj is not None and obj.lemma_.lower() in SUPPORT_NOUNS and (n.has_system or n.has_generic)
    if obj is not None and trigger.pos_ == "VERB" and not holds_trigger and not platform_support \
            and not weapon_object(obj):
        return f"its object '{obj.text}' is not a weapon"
    if n.has_system or n.has_generic or n.below:
        return None
    if n.focus.systems and refers_back(trigger, n.scope):
        return None
    return "no weapon system or arms in its arguments"


@need("of-arms")
def provision_of_arms(n: Need) -> str | None:
    """"the provision of munitions", not "a provision requiring sanctions"."""
    for child in n.trigger.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and weapon_object(pobj):
                return None
    return "not a provision of arms"


@need("congress")
def notifies_congress(n: Need) -> str | None:
    return None if "Congress" in {n.doc[i].text for i in n.scope} else "does not notify Congress"


@need("over")
def hands_over(n: Need) -> str | None:
    return None if any(c.dep_ == "prt" and c.lower_ == "over" for c in n.trigger.children) else "not 'hand over'"


@need("delivery")
def takes_delivery(n: Need) -> str | None:
    """"took delivery of", "took possession of"."""
    return None if any(c.lemma_.lower() in TAKEN_NOUNS for c in n.trigger.children) else "not 'take delivery'"


@need("suspension")
def lifts_a_ban(n: Need) -> str | None:
    """"lift the embargo", "the verdict was reversed": something restricting
    arms is what is lifted."""
    if any(c.entry.type == "SUSPENSION" for c in n.below):
        return None
    lemmas = n.lemmas
    agent = agent_of(n.trigger, n.lookups)
    if agent is not None:
        lemmas = lemmas | {t.lemma_.lower() for t in agent.subtree}
    if lemmas & RESTRICTION_NOUNS:
        return None
    return "does not lift a ban"


@need("contract")
def carries_out_a_contract(n: Need) -> str | None:
    if any(c.token.lemma_.lower() in DEAL_NOUNS for c in n.below):
        return None
    return "does not carry out a contract"


@need("programme")
def removes_from_a_programme(n: Need) -> str | None:
    if n.lemmas & PROGRAMME_WORDS and (n.has_system or n.has_generic):
        return None
    return "not a removal from a programme"


@need("state")
def names_a_state(n: Need) -> str | None:
    return None if states_in(n.doc, n.scope) else "no state"


@need("person")
def names_a_person(n: Need) -> str | None:
    people = n.doc.spans[ACTORS_KEY]
    return None if any(s._.actor["kind"] == "person" and s.start in n.scope for s in people) else "no person"


@need("joint")
def military_exercise(n: Need) -> str | None:
    return None if n.words & EXERCISE_WORDS else "not a military exercise"


@need("cooperation")
def about_cooperation(n: Need) -> str | None:
    return None if n.words & COOPERATION_WORDS else "not about cooperation"


@need("counterpart")
def meets_someone(n: Need) -> str | None:
    """"met the minister", "will meet in Ankara", not "meet Ukraine's needs"."""
    met = next((c for c in n.trigger.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if met is not None and met.lemma_.lower() in GOAL_NOUNS:
        return f"meets '{met.text}', not a counterpart"
    return None


@need("spoken-with")
def speaks_with_someone(n: Need) -> str | None:
    """"spoke with the Egyptian defense minister" are talks; "spoke to
    reporters", "spoke about the sale" are not."""
    for child in n.trigger.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and any(s.start >= pobj.left_edge.i and s.end <= pobj.right_edge.i + 1
                                        for s in n.doc.spans[ACTORS_KEY]):
                return None
    return "does not speak with a counterpart"
