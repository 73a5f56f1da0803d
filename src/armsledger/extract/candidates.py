"""Trigger candidates of a sentence (words of the trigger table,
`data/triggers.csv`) and which trigger governs which."""

from __future__ import annotations

from spacy.tokens import Span

from ..catalog import Catalog, words
from .findings import Candidate
from .syntax import BOUNDARY_DEPS, SUBORDINATORS, frames_apart

REQUEST_VERBS, CAUSE_PREPS = words("request_verbs"), words("cause_preps")
# Stopping kinds: "the purchase stalled under sanctions" is the stalling.
STOPPING_TYPES = {"SUSPENSION", "RESUMPTION", "CANCELLATION"}


def find_candidates(sent: Span, catalog: Catalog, verb_forms: dict[str, str] | None = None) -> list[Candidate]:
    """The words of a sentence that the trigger table lists for their part of
    speech; `verb_forms` (`Lookups.verb_forms`) catches the tagger's wrong lemmas."""
    found = []
    forms = verb_forms or {}
    for token in sent:
        entries = catalog.triggers_by_lemma.get(token.lemma_.lower()) or \
            catalog.triggers_by_lemma.get(token.lower_) or \
            catalog.triggers_by_lemma.get(forms.get(token.lower_, ""), [])
        # "The deal was frozen": a participle tagged as an adjective.
        verbal = token.pos_ in {"VERB", "AUX"} or (
            token.pos_ == "ADJ" and (token.tag_ == "VBN" or token.lower_ in catalog.triggers_by_lemma))
        pos = "VERB" if verbal else "NOUN" if token.pos_ in {"NOUN", "PROPN"} else None
        for entry in entries:
            if entry.pos == pos:
                found.append(Candidate(token, entry))
                break
    return found


def governor_of(candidate: Candidate, by_index: dict[int, Candidate]) -> Candidate | None:
    """The nearest trigger above this one in the same clause, if any."""
    token = candidate.token
    preps: set[str] = set()
    while token.head.i != token.i:
        if token.dep_ == "prep":
            preps.add(token.lower_)
        if token.dep_ in BOUNDARY_DEPS - {"acl"} and token.head.lemma_.lower() not in REQUEST_VERBS:
            return None
        if token.dep_ == "acl" and token.head.i not in by_index:
            return None  # "plan to buy" is governed by "plan"; other acl clauses stand alone
        if token.dep_ == "acl" and candidate.entry.type in STOPPING_TYPES:
            return None  # "the purchase stalled under sanctions": the stalling is the event
        head = token.head
        if head.lower_ in SUBORDINATORS or (head.dep_ == "prep" and frames_apart(head)) or (
                token.dep_ == "prep" and frames_apart(token)):
            return None
        if head.i in by_index and token.dep_ not in {"conj"}:
            governor = by_index[head.i]
            if governor.entry.type in STOPPING_TYPES and preps & CAUSE_PREPS:
                return None  # "sanctions over the purchase": the reason, not the object
            return governor
        if token.dep_ == "conj":
            return None
        token = head
    return None
