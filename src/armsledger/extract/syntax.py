"""Word lists and tests over the parse that extraction's rules share:
clause boundaries, frames, weapon objects, references back, general
statements, programmes, dates in datelines."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..catalog import words
from ..model import Granularity, TimeRef
from ..nlp.actors import ACTORS_KEY
from ..nlp.pipeline import sentence_of
from ..nlp.systems import GENERICS_KEY, NAMED_KEY, SYSTEMS_KEY
from ..nlp.times import TIMES_KEY

BOUNDARY_DEPS = {"ccomp", "advcl", "relcl", "parataxis", "acl"}
STATE_KINDS = {"state", "organization"}
COUNTRY_KINDS = {"state", "organization", "institution", "company", "person"}
SANCTIONING_BODIES = {"UN"}  # actor ids, not words
TRANSFER_TYPE_NAMES = {"INTEREST", "NEGOTIATION", "APPROVAL", "AGREEMENT", "DELIVERY", "PRODUCTION",
                        "SUSPENSION", "RESUMPTION", "CANCELLATION"}
# Word classes: named sets of `data/lexicon.csv`.
SUBORDINATORS = words("subordinators") | words("extract_subordinators")
DEAL_NOUNS = words("deal_nouns")
ANAPHORS = words("anaphors")
COOPERATION_WORDS = words("cooperation_words")
EXERCISE_WORDS = words("exercise_words")
TALK_WORDS = words("talk_words")
DEAL_VARIANTS = words("deal_variants")
EXPORT_NOUNS = words("export_nouns")
SUPPORT_NOUNS = words("support_nouns")
RECEIVING_VERBS = words("receiving_verbs")
UNIT_NOUNS = words("unit_nouns")
PROGRAMME_WORDS = words("programme_words")
MEMBERSHIP_WORDS = words("membership_words")
RECIPROCAL_WORDS = words("reciprocal_words")
REFERRING_NOUNS = DEAL_NOUNS | words("referring_nouns")
FRAMES = {tuple(phrase.split()) for phrase in words("frames")}
TOPIC_PREPS = words("topic_preps")
GENERAL_DETERMINERS = words("general_determiners")
GENERAL_OBJECT_DETERMINERS = words("general_object_determiners")
DEFINITE_DETERMINERS = words("definite_determiners")
TRIGGER_DETERMINERS = words("trigger_determiners")


def programme_system(doc: Doc, scope: set[int]) -> Span | None:
    """"the program": the system whose programme the text last named ("the
    F-35 program"), when the trigger's arguments speak of a programme but
    name no system."""
    mentions = [doc[i] for i in scope if doc[i].lemma_.lower() in PROGRAMME_WORDS]
    if not mentions:
        return None
    before = min(t.i for t in mentions)
    candidates = [s for s in doc.spans[SYSTEMS_KEY]
                  if s.root.head.lemma_.lower() in PROGRAMME_WORDS and s.start < max(t.i for t in mentions)]
    inside = [s for s in candidates if s.start in scope]
    if inside:
        return inside[0]
    earlier = [s for s in candidates if s.start < before]
    return earlier[-1] if earlier else None


def reciprocal(trigger: Token, agent: Token) -> bool:
    """Whether two conjoined states act together toward each other ("Russia
    and Iran might embark on cooperation in the purchase") rather than each
    on its own ("Qatar and India ordered the fighter")."""
    token = trigger
    while token.i != agent.head.i and token.head.i != token.i:
        if token.lemma_.lower() in RECIPROCAL_WORDS:
            return True
        token = token.head
    return token.lemma_.lower() in RECIPROCAL_WORDS


def names_a_party(span: Span) -> bool:
    """False for a demonym inside a proper name: "the Free Syrian Army" is
    not Syria (but "Russian S-400" is Russia's)."""
    if span._.actor.get("form") != "demonym":
        return True
    head = span.root.head
    if head.pos_ != "PROPN" or head.i == span.root.i:
        return True
    return any(s.start <= head.i < s.end for s in span.doc.spans[SYSTEMS_KEY])


def is_topic(trigger: Token, triggers: dict) -> bool:
    """"So on the delivery of UAVs to Russia, what I will first say is ...":
    a noun introduced as the subject of talk rather than reported."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    if prep.lower_ not in TOPIC_PREPS:
        return False
    head = prep.head
    before = [c for c in head.children if c.i < prep.i]
    return head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() not in triggers and prep.i < head.i and \
        all(c.dep_ in {"advmod", "cc", "punct", "intj"} for c in before)


def speaks_in_general(trigger: Token, below: list, systems: list) -> bool:
    """"arms transfers to or from the DPRK", "any weapon it receives": rules
    and hypotheticals about transfers of a kind, not a reported transfer."""
    if trigger.dep_ == "conj" and trigger.head.pos_ == trigger.pos_ and speaks_in_general(trigger.head, [], []):
        return True  # "arms transfers to or from the DPRK as well as the transfer of ..."
    tokens = [trigger, *(c.token for c in below)]
    if trigger.dep_ == "relcl" and any(c.dep_ == "det" and c.lower_ in GENERAL_DETERMINERS
                                       for c in trigger.head.children):
        return True  # "any weapon it receives"
    for token in tokens:
        for child in token.children:
            if child.dep_ == "det" and child.lower_ in GENERAL_DETERMINERS:
                return True
            if child.dep_ == "dobj" and any(c.dep_ == "det" and c.lower_ in GENERAL_OBJECT_DETERMINERS for c in child.children):
                return True
        # "to or from X": either direction, so no transfer in particular.
        for child in token.children:
            if child.dep_ == "prep" and any(c.dep_ == "cc" and c.lower_ == "or" for c in child.children) and \
                    any(c.dep_ == "conj" and c.pos_ == "ADP" for c in child.children):
                return True
    if trigger.tag_ in {"VBP", "VBZ"} and not systems:
        # "companies that sell arms to Taiwan": what some do as a rule.
        subject = trigger.head if trigger.dep_ == "relcl" else next(
            (c for c in trigger.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ == "NNS" and not any(
                c.dep_ in {"det", "poss", "nummod"} for c in subject.children):
            return True
    if trigger.pos_ == "NOUN" and trigger.tag_ == "NNS" and not systems and not any(
            c.dep_ in {"det", "poss", "nummod"} for c in trigger.children) and trigger.dep_ in {"nsubj", "nsubjpass", "ROOT"}:
        return True  # "arms transfers ... would violate" as a subject, with no article
    return False


def removed_from_programme(trigger: Token, below: list) -> bool:
    """"removal from the F-35 programme": the party removed is the recipient."""
    for token in [trigger, *trigger.conjuncts, *(c.token for c in below)]:
        for child in token.children:
            if child.dep_ == "dobj" and child.lemma_.lower() in MEMBERSHIP_WORDS:
                return True  # "unwinding Turkey's participation in the F-35 program"
            if child.dep_ == "prep" and child.lower_ == "from":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.lemma_.lower() in PROGRAMME_WORDS:
                    return True
    return False


def weapon_object(obj: Token) -> bool:
    """Whether a verb's object can be what is transferred: a weapon, a unit
    of weapons, or a word referring back to them."""
    doc = obj.doc
    head = obj
    if head.lemma_.lower() in SUPPORT_NOUNS:
        # "support and services for its F-35 aircraft": a platform's support
        # is counted under that platform.
        subtree = {t.i for t in head.subtree}
        return any(s.start in subtree for s in [*doc.spans[SYSTEMS_KEY], *doc.spans[GENERICS_KEY],
                                                *doc.spans[NAMED_KEY]])
    # "the first batch of S-400", "parts of the system": look through units.
    while head.lemma_.lower() in UNIT_NOUNS:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None:
            return True
        head = pobj
    for span in [*doc.spans[SYSTEMS_KEY], *doc.spans[GENERICS_KEY], *doc.spans[NAMED_KEY]]:
        if span.start <= head.i < span.end or span.root.head.i == head.i and span.root.dep_ in {"compound", "amod", "nmod"}:
            return True
    if any(s.start <= obj.i < s.end for s in doc.spans[ACTORS_KEY]):
        return True  # the party: "suspend Turkey from the program"
    return obj.pos_ in {"PRON", "NUM"} or obj.lemma_.lower() in UNIT_NOUNS | DEAL_NOUNS


def refers_back(trigger: Token, scope: set[int]) -> bool:
    """Whether a trigger's arguments refer back ("this issue", "the deal", "it")."""
    doc = trigger.doc
    for i in scope:
        token = doc[i]
        if token.lower_ in ANAPHORS and token.pos_ == "PRON" and token.dep_ in {"dobj", "nsubjpass", "pobj"}:
            return True
        if token.pos_ == "PROPN":
            continue  # "the AA News Broadcasting System" is a name, not a reference
        if token.lemma_.lower() in REFERRING_NOUNS | UNIT_NOUNS or token.lower_ in REFERRING_NOUNS:
            if token.i == trigger.i and not any(c.lower_ in TRIGGER_DETERMINERS for c in token.children):
                continue
            if any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in token.children):
                return True
    return False


def predicated_of_a_reference(trigger: Token) -> bool:
    """Whether a trigger stands in what a copula says of a word referring
    back: "The contract is the result of years of negotiations"."""
    token = trigger
    for _ in range(6):
        if token.head.i == token.i:
            break
        token = token.head
        if token.lemma_ == "be":
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            return subject is not None and refers_back(subject, {t.i for t in subject.subtree})
        if token.dep_ in BOUNDARY_DEPS:
            break
    return False


def frames_apart(prep: Token) -> bool:
    """"as part of a contract", "in return for": a prepositional phrase that
    brings in another statement rather than an argument."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    # "in return for", not a bare "in return"; "as part of", not "as part".
    return pobj is not None and (prep.lower_, pobj.lower_) in FRAMES and any(
        c.dep_ == "prep" for c in pobj.children)


def clause_tokens(root: Token) -> set[int]:
    found = {root.i}
    stack = [root]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in {"advcl", "parataxis", "ccomp"} and token.i == root.i or child.dep_ in {"advcl", "parataxis"}:
                continue
            if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}:
                continue  # "is suspending exchanges and will level sanctions": another predicate
            if child.dep_ == "prep" and (child.lower_ in SUBORDINATORS or frames_apart(child)):
                continue
            if child.lower_ in SUBORDINATORS and child.dep_ in {"mark", "prep"}:
                continue
            found.add(child.i)
            stack.append(child)
    return found


def system_phrase(span: Span) -> str:
    """The system's noun phrase: "S-300 air defense missile systems"."""
    doc = span.doc
    end = span.end
    while end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN", "ADJ"} and doc[end].dep_ in {"compound", "amod", "nmod"} or (
        end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].i == span.root.head.i and span.root.dep_ == "compound"
    ):
        end += 1
    return doc[span.start:end].text


def time_governor(span: Span) -> Token:
    """The word a time expression dates: "signed in 2007" and "On Friday,
    ... said" both date the verb, not the preposition."""
    head = span.root.head
    return head.head if head.pos_ == "ADP" else head


def forward(doc: Doc, time: TimeRef, anchors: set[int]) -> TimeRef:
    """A planned step's "in October" or "on Monday" lies ahead of the
    publication date, not behind it."""
    span = next((s for s in doc.spans[TIMES_KEY] if s._.time.get("text") == time.text
                 and s._.time.get("start") == time.start), None)
    if span is None or "ahead" not in span._.time:
        return time
    if time_governor(span).i not in anchors:
        return time
    ahead = span._.time["ahead"]  # resolved by nlp/times.py; extraction never resolves a time
    return TimeRef(text=time.text, start=ahead["start"], end=time.end, granularity=Granularity(ahead["granularity"]))


def in_dateline(span: Span) -> bool:
    """Time in a dateline ("WASHINGTON, Dec 19, 2013 –") dates the text, not the event."""
    sent = sentence_of(span.root)
    text = sent.text  # Doc.text rebuilds the whole text on every call
    prefix = text[: span.start_char - sent.start_char]
    after = text[span.end_char - sent.start_char : span.end_char - sent.start_char + 4]
    return len(prefix) < 40 and prefix[:1].isupper() and any(d in after for d in ("–", "—", " - ", "--"))


def past_dateline(subject: Token) -> Token:
    """The real subject where the parser took a dateline's place name for it:
    "LIMA, Peru --- The U.S. Embassy announces ..." hangs the Embassy on
    LIMA (or on Peru) as an apposition."""
    sent = sentence_of(subject)
    if subject.i > sent.start + 1 or not subject.is_upper or len(subject.text) < 3:
        return subject
    dash = next((t for t in sent[: 12] if t.i > subject.i and t.text.strip("-–—") == ""
                 and t.text[:1] in "-–—"), None)
    if dash is None:
        return subject
    # ... or makes both subjects of the verb.
    sibling = next((t for t in subject.head.children if t.dep_ == subject.dep_ and t.i > dash.i), None)
    if sibling is not None:
        return sibling
    return next((t for t in subject.subtree if t.dep_ == "appos" and t.i > dash.i and t.head.i < dash.i), subject)


def path_length(token: Token, anchors: set[int]) -> int | None:
    steps = 0
    while True:
        if token.i in anchors:
            return steps
        if token.head.i == token.i:
            return None
        token = token.head
        steps += 1
