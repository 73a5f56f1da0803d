"""Modality: is a statement asserted, planned, speculated or negated?

Cues (catalog `cues.csv`) are read on the trigger and on the words above it
up to the reporting verb that introduces the statement, never across a
subordinate clause of its own ("despite Iran showing interest" keeps the
interest apart from the negation of the main clause).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Token

from ..catalog import Catalog, load_catalog, words
from ..model import Modality

_CUE_CHILD_DEPS = {"aux", "auxpass", "neg", "advmod", "acomp", "det", "npadvmod", "mark"}
_BOUNDARY_DEPS = {"advcl", "relcl", "parataxis"}
# Word classes: named sets of `data/lexicon.csv`.
_SUBORDINATORS = words("subordinators")
_SETTING_PREPS = words("setting_preps")
_PRECEDENCE = [Modality.NEGATED, Modality.SPECULATED, Modality.PLANNED]


@dataclass(slots=True)
class ModalityReading:
    modality: Modality
    cues: list[str] = field(default_factory=list)


class ModalityReader:
    def __init__(self, catalog: Catalog | None = None) -> None:
        self.catalog = catalog or load_catalog()

    @cached_property
    def by_scope(self) -> dict[str, dict[str, Modality]]:
        table: dict[str, dict[str, Modality]] = {}
        for cue in self.catalog.cues:
            table.setdefault(cue.scope, {})[cue.text] = Modality(cue.modality)
        return table

    @cached_property
    def child_cues(self) -> dict[str, Modality]:
        merged: dict[str, Modality] = {}
        for scope in ("aux", "advmod", "neg", "det", "adj", "mark"):
            merged.update(self.by_scope.get(scope, {}))
        return merged

    def read(self, trigger: Token, governed: list[Token] | None = None) -> ModalityReading:
        found: list[tuple[Modality, str]] = []
        for token in [trigger, *(governed or [])]:
            for child in token.children:
                if child.dep_ == "det" and child.lower_ == "no":
                    found.append((Modality.NEGATED, "no"))
        for child in trigger.children:
            if child.dep_ == "amod":
                modality = self.by_scope.get("amod", {}).get(child.lower_)
                if modality is not None and modality != Modality.ASSERTED:
                    found.append((modality, child.text))
        token = came_from = trigger
        reporting = self.by_scope.get("report", {})
        via_conj = False
        while True:
            if token.i != trigger.i and not via_conj:
                lemma = token.lemma_.lower()
                if lemma in reporting and token.pos_ in {"VERB", "AUX"}:
                    if reporting[lemma] != Modality.ASSERTED:
                        found.append((reporting[lemma], token.text))
                    elif came_from.dep_ == "xcomp" and any(c.dep_ == "nsubjpass" for c in token.children):
                        # "China is reported to have sold": hearsay, no one vouches for it.
                        found.append((Modality.SPECULATED, f"is {token.text} to"))
                    elif any(c.dep_ == "neg" for c in token.children):
                        # "would not confirm whether ...": left open, not denied.
                        found.append((Modality.SPECULATED, f"not {token.text}"))
                    break
                ancestor_cues = {**self.by_scope.get("verb", {}), **self.by_scope.get("xcomp", {})}
                modality = ancestor_cues.get(lemma) or ancestor_cues.get(token.lower_)
                if modality is not None and token.pos_ in {"VERB", "AUX", "NOUN", "ADJ"}:
                    found.append((modality, token.text))
            found.extend(self._child_cues(token))
            if _is_be_to(token):
                found.append((Modality.PLANNED, "be to"))
            if is_purpose_clause(token) and token.head.lemma_.lower() not in self._signing_verbs:
                # ... but "signed a deal to buy" states what was signed for.
                found.append((Modality.PLANNED, "to"))
            if token.dep_ in {"pobj", "pcomp"} and token.head.lower_ in self.by_scope.get("prep", {}):
                found.append((self.by_scope["prep"][token.head.lower_], token.head.text))  # "without approval"
            if token.dep_ in _BOUNDARY_DEPS or token.head.i == token.i or is_participle_modifier(token):
                break  # "the Arrow 3, ordered in 2023, will be delivered": the order is past
            # "will pursue during his visit": the plan is the pursuing, not the visit.
            if token.dep_ == "pobj" and token.head.lower_ in _SETTING_PREPS:
                break
            if token.head.lower_ in _SUBORDINATORS or (
                token.dep_ in {"pcomp", "pobj"} and token.head.lower_ in _SUBORDINATORS
            ):
                break
            head = token.head
            if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "pobj", "nsubj"} and self._comments_on(head):
                break  # "Iran is not abiding by the embargo": the embargo stands
            # "agreed to buy ... and received": the conjunct shares the
            # auxiliaries above it, not the head verb's own meaning.
            via_conj = token.dep_ == "conj"
            came_from, token = token, head
        for modality in _PRECEDENCE:
            cues = [text for m, text in found if m == modality]
            if cues:
                return ModalityReading(modality, cues)
        return ModalityReading(Modality.ASSERTED, [])

    @cached_property
    def _signing_verbs(self) -> set[str]:
        """Words that take the step of what they govern ("sign", "conclude"): the trigger table's "=" rows."""
        return {t.lemma for t in self.catalog.triggers if t.type == "="}

    @cached_property
    def _carriers(self) -> set[str]:
        """Verbs that carry a noun's event ("start the delivery") and words
        that are triggers themselves: their modality is the noun's."""
        return ({c.text for c in self.catalog.cues if c.scope in {"light", "verb", "xcomp", "report"}}
                | {t.lemma for t in self.catalog.triggers})

    def _comments_on(self, head: Token) -> bool:
        """Whether a noun's governing word is a verb that merely comments on
        it ("condemn the provision", "abide by the embargo")."""
        while head.pos_ == "ADP" and head.head.i != head.i:
            head = head.head
        return head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() not in self._carriers | {"be", "have"}

    def _child_cues(self, token: Token) -> list[tuple[Modality, str]]:
        found = []
        for child in token.children:
            if child.dep_ not in _CUE_CHILD_DEPS:
                continue
            if child.dep_ == "det" and child.lower_ != "no":
                continue
            if child.pos_ == "PROPN" or child.ent_type_ == "DATE":
                continue  # "notified Congress May 22": the month, not the modal
            modality = self.child_cues.get(child.lower_) or self.child_cues.get(child.lemma_.lower())
            if modality is not None and modality != Modality.ASSERTED:
                found.append((modality, child.text))
        return found


def _is_be_to(token: Token) -> bool:
    """"was to meet", "is to sign": be + to-infinitive states a plan."""
    if token.pos_ != "VERB" or token.head.lemma_ != "be" or token.dep_ not in {"xcomp", "ccomp"}:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def is_participle_modifier(token: Token) -> bool:
    """A past participle modifying a noun ("fighters donated by Belarus"):
    a clause of its own, with its own doer and tense."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in {"NOUN", "PROPN"} and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in token.children)


def is_purpose_clause(token: Token) -> bool:
    """"negotiating with China to buy jets": a to-clause of purpose, done by
    the main clause's subject, names an aim, not a step taken."""
    return token.pos_ == "VERB" and token.dep_ == "advcl" and bare_infinitive(token)


def bare_infinitive(verb: Token) -> bool:
    """A to-infinitive with no subject of its own: whoever governs it does it."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children)
