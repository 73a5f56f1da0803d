"""A trigger's clause: the words its arguments can come from, and the kind
of event the trigger and the words it governs name."""

from __future__ import annotations

from spacy.tokens import Token

from ..catalog import words
from ..model import EventType
from ..nlp.modality import is_participle_modifier
from ..nlp.systems import GENERICS_KEY, SYSTEMS_KEY
from .findings import Candidate, Focus
from .lookups import Lookups
from .syntax import (
    BOUNDARY_DEPS,
    COOPERATION_WORDS,
    DEAL_NOUNS,
    SUBORDINATORS,
    clause_tokens,
)

EXAMPLE_PREPS, TREATY_NOUNS, ORDER_NOUNS = words("example_preps"), words("treaty_nouns"), words("order_nouns")
TRANSFER_WORDS, ARMS_NAME_WORDS, TRADE_NAME_WORDS = words("transfer_words"), words("arms_name_words"), words("trade_name_words")
DEAL_PRONOUNS = words("deal_pronouns")
LISTING_VERBS = words("listing_verbs")


def clause_scope(trigger: Token, below: list[Candidate], lookups: Lookups) -> set[int]:
    """The words a trigger's arguments can come from: its subtree (and its
    conjunction's), less subordinate clauses ("after Iran and the six
    powers reached a deal in Lausanne") that state facts of their own."""
    root = trigger
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    tokens = clause_tokens(root)
    if root.i != trigger.i:
        tokens |= clause_tokens(trigger)  # a conjoined verb keeps its own arguments
    if trigger.pos_ in {"VERB", "AUX"} and not any(c.dep_ in {"dobj", "dative"} for c in trigger.children):
        for conj in trigger.children:
            # "sold and delivered S-300s to Iran": the verb shares its conjunct's object.
            if conj.dep_ == "conj" and conj.pos_ == "VERB" and not any(c.dep_ == "nsubj" for c in conj.children) \
                    and any(c.dep_ == "dobj" for c in conj.children):
                tokens |= clause_tokens(conj)
    if root.pos_ in {"NOUN", "PROPN"}:
        # "The key elements of Pakistan's arms purchases were 36 F-16s ...",
        # "its deliveries included 10 F-15 aircraft to Qatar": what the
        # subject is, the copula's complement or the listing verb's object says.
        node = root
        while node.head.i != node.i and node.dep_ not in BOUNDARY_DEPS:
            if node.dep_ == "nsubj" and node.head.lemma_ in {"be"} | LISTING_VERBS:
                for complement in node.head.children:
                    if complement.dep_ in {"attr", "acomp", "dobj"}:
                        tokens |= {t.i for t in complement.subtree}
                break
            node = node.head
    up = root
    while up.dep_ == "xcomp" and up.head.i != up.i:
        # "was believed to be seeking technology ..., including fighter
        # aircraft": the list hangs on the verb above.
        up = up.head
        for child in up.children:
            if child.dep_ == "prep" and child.lower_ in EXAMPLE_PREPS:
                tokens |= {t.i for t in child.subtree}
    relative = root if root.dep_ == "relcl" else up if up.dep_ == "relcl" else None
    if relative is None and is_participle_modifier(root):
        relative = root  # "Patriot ordered by Spain", "fighters donated by Belarus": the noun is moved
    if relative is not None:
        # "F-16 fighter jets that Taiwan had wanted": the jets are wanted;
        # "drones that Iran continues to transfer": the drones are transferred.
        antecedent = relative.head
        tokens |= {t.i for t in antecedent.lefts for t in t.subtree} | {antecedent.i}
    for candidate in below:
        tokens |= clause_tokens(candidate.token)
    # "no negotiations are being conducted on this issue": the light
    # verb's other arguments belong to the noun's event.
    head = root.head
    if (root.pos_ in {"NOUN", "PROPN"} and root.dep_ in {"nsubj", "nsubjpass", "dobj"}
            and head.pos_ in {"VERB", "AUX"} and not lookups.attributor.is_reporting(head)
            and head.lemma_.lower() in lookups.light_verbs | {"be"}):
        tokens.add(head.i)
        for child in head.children:
            if child.dep_ in {"prep", "agent", "npadvmod", "dative"} and child.lower_ not in SUBORDINATORS:
                tokens |= {t.i for t in child.subtree}
    return tokens


def event_type_of(top: Candidate, below: list[Candidate], scope: set[int], lookups: Lookups,
                  focus: Focus | None = None) -> EventType | None:
    """The kind of event a trigger names, with the words it governs; None
    when nothing says ("It was signed" with no deal named before)."""
    if top.entry.type != "=":
        if top.token.lemma_.lower() == "agreement" or top.entry.type == "AGREEMENT" and top.token.lemma_.lower() in DEAL_NOUNS:
            return agreement_kind(top.token, scope, lookups)
        if top.entry.type == "INTEREST":
            # "plans to send weapons", "the U.S. plans to deliver": a
            # supplier's intention is the planned transfer, not a buyer's interest.
            supplier_side = next((c for c in below if c.entry.side == "supplier" and c.entry.type != "="
                                  and (top.entry.needs == "transfer" or _same_doer(top.token, c.token))), None)
            if supplier_side is not None:
                return EventType(supplier_side.entry.type)
        return EventType(top.entry.type)
    typed = [c for c in below if c.entry.type != "="]
    deal = next((c for c in typed if c.token.lemma_.lower() in DEAL_NOUNS), None)
    if deal is not None:
        return agreement_kind(deal.token, scope, lookups)
    if typed:
        return EventType(typed[0].entry.type)
    # "It was signed in 2005": the pronoun stands for the deal just named
    # (but "the day it was signed" after "the decree" is the decree's).
    pronoun = next((c for c in top.token.children
                    if c.dep_ in {"nsubjpass", "dobj", "nsubj"} and c.lower_ in DEAL_PRONOUNS), None)
    if focus is not None and focus.systems and pronoun is not None:
        doc = pronoun.doc
        antecedent = next((doc[i] for i in range(pronoun.i - 1, max(pronoun.i - 40, -1), -1)
                           if doc[i].pos_ == "NOUN"), None)
        if antecedent is not None and antecedent.lemma_.lower() in DEAL_NOUNS:
            return EventType.AGREEMENT
    return None


def _same_doer(frame: Token, verb: Token) -> bool:
    """Whether a verb under a framing verb is done by the frame's own subject
    ("China is considering sending arms"), not by an object it controls
    ("Poland asked the U.S. to deliver")."""
    if verb.dep_ != "xcomp" or verb.head.i != frame.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    return not any(c.dep_ in {"dobj", "dative"} and c.i < verb.i for c in frame.children)


def agreement_kind(token: Token, scope: set[int], lookups: Lookups) -> EventType | None:
    """An arms deal, a cooperation agreement, or a deal about something else."""
    doc = token.doc
    # "the Ballistic Missile Defense Agreement": words naming the
    # agreement are not what it transfers.
    name = {t.i for child in token.lefts if child.dep_ in {"compound", "amod", "nmod"} for t in child.subtree}
    args = scope - name
    # A system named in it makes it an arms deal ("the S-400 deal"); generic
    # words in its name do not ("the Ballistic Missile Defense Agreement").
    has_arms = any(s.start in scope for s in doc.spans[SYSTEMS_KEY]) or any(
        s.start in args for s in doc.spans[GENERICS_KEY]
    )
    scope_words = {doc[i].lower_ for i in scope}
    named = {doc[i].lemma_.lower() for i in name}
    proper = token.text[:1].isupper() and any(doc[i].text[:1].isupper() for i in name) and \
        not (named & ARMS_NAME_WORDS)
    if proper and token.lemma_.lower() in TREATY_NOUNS:
        return EventType.COOPERATION_AGREEMENT  # "the Ballistic Missile Defense Agreement"
    if token.lemma_.lower() in ORDER_NOUNS:
        return EventType.AGREEMENT if not named & lookups.not_arms_words else None
    if named & ARMS_NAME_WORDS or named & TRADE_NAME_WORDS:
        return EventType.AGREEMENT
    if named & lookups.not_arms_words:
        return None  # "offset agreements", "the nuclear deal": about something else
    if not has_arms and not (scope_words & TRANSFER_WORDS) and (scope_words & COOPERATION_WORDS or named):
        return EventType.COOPERATION_AGREEMENT
    return EventType.AGREEMENT
