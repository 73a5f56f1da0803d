"""What a sentence names, and how it stands to a cue word: the parties,
systems and words around it that the decision layer's features describe."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..catalog import words
from ..model import SystemRef
from ..nlp.actors import ACTORS_KEY
from ..nlp.pipeline import sentence_number
from ..nlp.systems import SYSTEMS_KEY
from .syntax import STATE_KINDS, path_length

# Parties a text names indirectly: "the Royal Thai Navy", "Russia's Foreign Ministry".
PARTY_KINDS = STATE_KINDS | {"institution", "person"}


@dataclass(slots=True)
class Mention:
    """A state, institution or system named in a sentence."""

    span: Span
    country: str | None = None
    family: str | None = None
    origin: str | None = None
    category: str | None = None


def party_mentions(doc: Doc) -> dict[int, list[Mention]]:
    """The parties each sentence names (by sentence number), with their country."""
    table: dict[int, list[Mention]] = {}
    for span in doc.spans[ACTORS_KEY]:
        info = span._.actor or {}
        if info.get("kind") in PARTY_KINDS and info.get("country"):
            table.setdefault(sentence_number(span[0]), []).append(Mention(span, country=info["country"]))
    return table


def system_mentions(doc: Doc) -> dict[int, list[Mention]]:
    """The catalogued systems each sentence names (by sentence number)."""
    table: dict[int, list[Mention]] = {}
    for span in doc.spans[SYSTEMS_KEY]:
        info = span._.system or {}
        if info.get("family"):
            mention = Mention(span, family=info["family"], origin=info.get("origin"), category=info.get("category"))
            table.setdefault(sentence_number(span[0]), []).append(mention)
    return table


def families_named(systems: dict[int, list[Mention]]) -> dict[str, SystemRef]:
    """Each family a document names, as its first mention."""
    found: dict[str, SystemRef] = {}
    for mentions in systems.values():
        for m in mentions:
            found.setdefault(m.family, SystemRef(text=m.span.text, id=m.span._.system["id"],
                                                 family=m.family, category=m.category))
    return found


def names_arms(sent: Span) -> bool:
    arms = words("proposal_arms_words")
    return any(t.lemma_.lower() in arms for t in sent)


def role_features(role: str, mention: Mention | None, cue: Token) -> dict[str, Any]:
    if mention is None:
        return {f"{role}_dep": "implicit"}
    root = mention.span.root
    if mention.family is not None and role == "supplier":
        return {f"{role}_dep": "system-origin"}
    head = root
    while head.dep_ in {"conj", "appos"} and head.head.i != head.i:
        head = head.head  # "to Costa Rica, Georgia and Greece": each is "to" what the first is
    prep = head.head.lower_ if head.dep_ == "pobj" else ("poss" if head.dep_ == "poss" else "-")
    distance = path_length(root, {cue.i})
    up = path_length(cue, {root.i})
    return {
        f"{role}_dep": head.dep_,
        f"{role}_in_list": head.i != root.i,
        f"{role}_prep": prep,
        f"{role}_before": mention.span.start < cue.i,
        f"{role}_under": distance if distance is not None else 99,
        f"{role}_above": up if up is not None else 99,
        f"{role}_gap": abs(mention.span.start - cue.i),
        f"{role}_form": (mention.span._.actor or {}).get("form", "system") if role != "family" else mention.category,
    }


def context_features(cue: Token, named_steps: set[str]) -> dict[str, Any]:
    """The words around a cue that say which step it is and how it is told:
    its auxiliaries and modifiers, the verb above it, the steps the rest of
    the sentence can name."""
    features: dict[str, Any] = {"cue_head": cue.head.lemma_.lower(), "cue_tag": cue.tag_}
    for child in cue.children:
        if child.dep_ in {"aux", "auxpass", "neg", "advmod", "amod", "prt", "det", "compound", "xcomp"}:
            features[f"child_{child.dep_}_{child.lemma_.lower()}"] = True
    if cue.head.i != cue.i:
        for child in cue.head.children:
            if child.dep_ in {"aux", "neg", "advmod"}:
                features[f"head_{child.dep_}_{child.lemma_.lower()}"] = True
    for event_type in named_steps:
        features[f"sentence_names_{event_type}"] = True
    return features
