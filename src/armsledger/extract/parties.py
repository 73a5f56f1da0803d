"""Who a phrase names, and who does what a trigger names: the actors the
nlp stage found, read through pronouns, "the country" and agents."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..catalog import words
from ..nlp.actors import ACTORS_KEY
from ..nlp.attribution import Attributor
from ..nlp.modality import bare_infinitive, is_participle_modifier, is_purpose_clause
from ..nlp.pipeline import sentence_of
from .lookups import Lookups
from .syntax import (
    BOUNDARY_DEPS,
    COUNTRY_KINDS,
    STATE_KINDS,
    SUBORDINATORS,
    frames_apart,
    names_a_party,
    past_dateline,
)

STATE_PRONOUNS, STATE_POSSESSIVES = words("state_pronouns"), words("state_possessives")
COUNTRY_NOUNS, COUNTRY_DETERMINERS = words("country_nouns"), words("country_determiners")
BARGAIN_WORDS, SEQUENCE_PREPS, PENALTY_PREPS = words("bargain_words"), words("sequence_preps"), words("penalty_preps")
TARGET_PREPS = words("target_preps")
ANNOUNCING_VERBS = words("announcing_verbs")
TRADE_STEPS = frozenset({"INTEREST", "NEGOTIATION", "APPROVAL", "AGREEMENT", "DELIVERY"})
# Dependencies through which a trigger's doer is looked for further up.
AGENT_PATH_DEPS = {"dobj", "xcomp", "pobj", "prep", "pcomp", "attr", "nsubjpass", "conj", "acomp", "oprd", "acl"}


def actor_at(doc: Doc, i: int) -> Span | None:
    """The actor span covering a word, if any."""
    for span in doc.spans[ACTORS_KEY]:
        if span.start <= i < span.end:
            return span
    return None


def party_at(token: Token) -> str | None:
    """The country of the actor a word itself names, not of words below it."""
    span = actor_at(token.doc, token.i)
    if span is not None and span._.actor["kind"] != "outlet":
        return span._.actor.get("country")
    return None


def country_of_phrase(token: Token) -> tuple[str | None, Span | None]:
    """The country a noun phrase stands for: a state, or a body's,
    company's or person's state."""
    doc = token.doc
    span = actor_at(doc, token.i)
    if span is not None and span._.actor.get("country"):
        return span._.actor["country"], span
    if token.pos_ == "PRON" and token.lower_ in STATE_PRONOUNS | STATE_POSSESSIVES:
        span = antecedent_state(token)
        return (span._.actor["country"], None) if span is not None else (None, None)
    if token.lemma_.lower() in COUNTRY_NOUNS and any(
            c.dep_ == "det" and c.lower_ in COUNTRY_DETERMINERS for c in token.children) and not any(
            c.dep_ == "prep" for c in token.children):
        # "the country's purchase": the state named before.
        span = antecedent_state(token)
        return (span._.actor["country"], None) if span is not None else (None, None)
    inside = [s for s in doc.spans[ACTORS_KEY]
              if token.left_edge.i <= s.start and s.end <= token.right_edge.i + 1
              and s._.actor.get("country") and s._.actor["kind"] != "outlet" and names_a_party(s)]
    if inside:
        return inside[0]._.actor["country"], inside[0]
    return None, None


def antecedent_state(pronoun: Token) -> Span | None:
    """The state a pronoun most likely stands for: the nearest one before
    it in its sentence, else the last one of the sentence before."""
    doc = pronoun.doc
    states = [s for s in doc.spans[ACTORS_KEY]
              if s._.actor["kind"] in STATE_KINDS | {"institution", "company"}
              and s._.actor.get("country") and s.end <= pronoun.i]
    same = [s for s in states if s.start >= sentence_of(pronoun).start]
    # A subject is the likelier antecedent: "Tehran has said it sent drones
    # to Russia ... and that it has not supplied any since".
    subjects = [s for s in same if s.root.dep_ in {"nsubj", "nsubjpass"}]
    # ... but a possessive goes with the nearest: "the EU's decision to amend its embargo".
    if subjects and pronoun.lower_ not in STATE_POSSESSIVES and pronoun.pos_ == "PRON":
        return subjects[-1]
    if same:
        return same[-1]
    previous = [s for s in states if s.start >= sentence_of(pronoun).start - 60]
    return previous[-1] if previous else None


def previous_person(doc: Doc, token: Token) -> Span | None:
    """The last person named before a word: whom "he" or "his" stands for."""
    people = [s for s in doc.spans[ACTORS_KEY] if s._.actor["kind"] == "person" and s.end <= token.i]
    return people[-1] if people else None


def states_in(doc: Doc, scope: set[int]) -> list[tuple[str, Span]]:
    """The states (and bodies with a country) named among the given words, outlets left out."""
    found = []
    for span in doc.spans[ACTORS_KEY]:
        info = span._.actor
        if span.start in scope and info["kind"] in COUNTRY_KINDS and info.get("country") and names_a_party(span):
            if info["kind"] == "outlet":
                continue
            found.append((info["country"], span))
    return found


def bargain_partners(trigger: Token, attributor: Attributor) -> list[str]:
    """States named in an "in return for" / "in exchange for" phrase on the
    trigger or a verb above it in its clause."""
    found = []
    token = trigger
    while True:
        for child in token.children:
            if child.dep_ == "prep" and frames_apart(child):
                pobj = next(c for c in child.children if c.dep_ == "pobj")
                if pobj.lower_ in BARGAIN_WORDS:
                    for span in child.doc.spans[ACTORS_KEY]:
                        if child.left_edge.i <= span.start <= child.right_edge.i and span._.actor.get("country") \
                                and span._.actor["kind"] in STATE_KINDS:
                            found.append(span._.actor["country"])
        if token.dep_ in BOUNDARY_DEPS or token.head.i == token.i or attributor.is_reporting(token.head):
            return found
        token = token.head


def agent_of(trigger: Token, lookups: Lookups) -> Token | None:
    """Who does what a trigger names: its subject, the subject of the
    verb it depends on when that verb only carries it ("Russia will start
    the delivery", "Iran is allowed to buy"), never the subject of a verb
    that comments on it ("the US condemned the provision of ...")."""
    if trigger.pos_ in {"NOUN", "PROPN"}:
        owner = next((c for c in trigger.children if c.dep_ == "poss"), None)
        if owner is not None and country_of_phrase(owner)[0]:
            # "the U.S. welcomes Poland's purchase", "concerns about Russia's
            # acquisition of drones": the possessor does it, not the one who comments.
            return owner
    token = trigger
    for _ in range(6):
        deps = {"nsubj", "csubj"} if token.i == trigger.i else {"nsubj", "csubj", "nsubjpass"}
        subject = next((c for c in token.children if c.dep_ in deps), None)
        if subject is not None and subject.i != trigger.i:
            subject = past_dateline(subject)
            steps = [e for e in lookups.catalog.triggers_by_lemma.get(subject.lemma_.lower(), []) if e.pos == "NOUN"] \
                if subject.pos_ == "NOUN" else []
            if steps and all(e.type in TRADE_STEPS for e in steps):
                # "Brazil's purchase of howitzers has stalled": a step of the trade that
                # stalls does nothing itself (a ban that expires is still its imposer's).
                return None
            return subject
        if token.dep_ == "acl" and token.pos_ == "VERB" and token.head.pos_ == "NOUN" and bare_infinitive(token):
            owner = next((c for c in token.head.children if c.dep_ == "poss"), None)
            if owner is not None and owner.pos_ == "PRON":
                # "Denmark and Norway announced their intent to donate": the
                # subject the possessive points back to, with its conjuncts.
                clause = token.head.head
                subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if token.head.dep_ == "dobj" and subject is not None and subject.pos_ == "PROPN":
                    return subject
            if owner is not None:
                return owner  # "Norway's intent to donate", "its decision to buy"
        if is_purpose_clause(token):
            token = token.head  # "Argentina is negotiating with China to buy jets": Argentina buys
            continue
        if is_participle_modifier(token):
            return None  # "Serbia received fighters donated by Belarus": "by" names the donor
        if token.dep_ in BOUNDARY_DEPS - {"acl"} or token.head.i == token.i:
            return None
        if token.dep_ == "xcomp" and token.pos_ in {"VERB", "AUX"}:
            controller = next((c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i), None)
            if controller is not None:
                return controller  # "directed the Navy to cancel": the Navy cancels
        if token.dep_ not in AGENT_PATH_DEPS:
            return None
        if token.dep_ == "prep" and frames_apart(token):
            return None  # "officials conducted training as part of the agreement"
        if token.dep_ == "pcomp" and token.head.lower_ in SEQUENCE_PREPS:
            # "After signing the agreement, the U.S. and Poland issued ...":
            # the main clause's subject signed.
            main = token.head.head
            return next((c for c in main.children if c.dep_ == "nsubj"), None)
        if token.head.lower_ in SUBORDINATORS:
            return None
        if token.dep_ == "pcomp" and token.head.lower_ in PENALTY_PREPS:
            # "sanctions on X for procuring", "punished X for buying": X procures.
            holder = token.head.head
            for sibling in holder.children:
                if sibling.dep_ == "dobj" and sibling.i < token.i:
                    return sibling
                if sibling.dep_ == "prep" and sibling.lower_ in TARGET_PREPS:
                    pobj = next((c for c in sibling.children if c.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
            return None
        if token.dep_ == "dobj" and token.head.lemma_.lower() in ANNOUNCING_VERBS:
            # "India announced plans to buy jets", "the ministry unveiled the purchase":
            # what one announces as its object (not as a clause it reports) is its own.
            announcer = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            return past_dateline(announcer) if announcer is not None else None
        if token.head.pos_ in {"VERB", "AUX"} and lookups.attributor.is_reporting(token.head):
            raised = next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)
            if token.dep_ == "xcomp" and raised is not None:
                return raised  # "China is reported to have sold drones": China sold them
            return None
        head = token.head
        if (token.pos_ in {"NOUN", "PROPN"} or token.dep_ in {"pobj", "prep"}) and head.pos_ in {"VERB", "AUX"}:
            lemma = head.lemma_.lower()
            if lemma not in lookups.light_verbs and lemma not in lookups.catalog.triggers_by_lemma and lemma != "be":
                return None
        token = head
    return None
