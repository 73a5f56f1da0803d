"""Events from an annotated Doc: one per firing trigger and its roles.

A trigger that governs another ("banned the delivery", "signing an
agreement on the purchase") absorbs it: the governed word lends its roles,
systems and side, and only the governing one makes an event. Roles come from
the trigger's own arguments first (subject, "to X", "from X", possessors),
then from the origin of the systems, then from the discourse focus left by
earlier sentences (so "the restricting verdict was reversed" reaches back to
the ban it reverses).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ..catalog import Catalog, load_catalog, words
from ..model import (
    Document,
    Event,
    EventType,
    Evidence,
    Granularity,
    Modality,
    Participant,
    Source,
    SystemRef,
    TimeRef,
    Value,
)
from ..nlp.actors import ACTORS_KEY
from ..nlp.attribution import Attributor
from ..nlp.modality import ModalityReader
from ..nlp.numbers import parse_money, quantity_of
from ..nlp.pipeline import sentence_of
from ..nlp.systems import GENERICS_KEY, NAMED_KEY, SYSTEMS_KEY
from ..nlp.times import TIMES_KEY
from .decide import DecisionModel, decided_findings, group_proposals
from .findings import Candidate, Finding, Focus
from .needs import unmet_need
from .notices import notice_events
from .proposals import Proposer
from .restatements import dedupe_systems, merge_restatements
from .syntax import (
    BOUNDARY_DEPS,
    COOPERATION_WORDS,
    COUNTRY_KINDS,
    DEAL_NOUNS,
    DEAL_VARIANTS,
    DEFINITE_DETERMINERS,
    EXPORT_NOUNS,
    MEMBERSHIP_WORDS,
    RECEIVING_VERBS,
    SANCTIONING_BODIES,
    STATE_KINDS,
    SUBORDINATORS,
    TALK_WORDS,
    clause_tokens,
    forward,
    frames_apart,
    in_dateline,
    is_topic,
    names_a_party,
    path_length,
    programme_system,
    reciprocal,
    refers_back,
    removed_from_programme,
    speaks_in_general,
    system_phrase,
    time_governor,
    weapon_object,
)

# Word classes: named sets of `data/lexicon.csv` (the shared ones are in `syntax`).
REQUEST_VERBS, CAUSE_PREPS, EXAMPLE_PREPS = words("request_verbs"), words("cause_preps"), words("example_preps")
PRICE_WORDS, TRANSFER_WORDS, TREATY_NOUNS = words("price_words"), words("transfer_words"), words("treaty_nouns")
ARMS_NAME_WORDS, TRADE_NAME_WORDS = words("arms_name_words"), words("trade_name_words")
ORDER_NOUNS, COUNTRY_NOUNS, BARGAIN_WORDS = words("order_nouns"), words("country_nouns"), words("bargain_words")
STATE_PRONOUNS, STATE_POSSESSIVES, DEAL_PRONOUNS = words("state_pronouns"), words("state_possessives"), words("deal_pronouns")
PERSON_PRONOUNS, PERSON_POSSESSIVES = words("person_pronouns"), words("person_possessives")
COUNTRY_DETERMINERS, AWARD_VERBS, PROVISION_VERBS = words("country_determiners"), words("award_verbs"), words("provision_verbs")
RECIPIENT_PREPS, TARGET_PREPS, COUNTERPART_PREPS = words("recipient_preps"), words("target_preps"), words("counterpart_preps")
SUSPENDED_TRADE_WORDS, SEQUENCE_PREPS = words("suspended_trade_words"), words("sequence_preps")
PENALTY_PREPS, HOSTING_VERBS = words("penalty_preps"), words("hosting_verbs")


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


class EventExtractor:
    """The rules, and over them the learned decision layer.

    `decider` is the model that decides among the rules' proposals: by
    default the one shipped in the package; `False` for the rules alone.
    """

    def __init__(self, catalog: Catalog | None = None, *,
                 decider: DecisionModel | None | bool = None, min_confidence: float | None = None) -> None:
        self.catalog = catalog or load_catalog()
        self.attributor = Attributor(self.catalog)
        self.modality = ModalityReader(self.catalog)
        self.proposer = Proposer(self)
        if decider is None:
            decider = DecisionModel.shipped()
        self.decider: DecisionModel | None = decider or None
        self.min_confidence = min_confidence

    # --- candidates -----------------------------------------------------
    def candidates(self, sent: Span) -> list[Candidate]:
        found = []
        for token in sent:
            entries = self.catalog.triggers_by_lemma.get(token.lemma_.lower()) or \
                self.catalog.triggers_by_lemma.get(token.lower_) or []
            # "The deal was frozen": a participle tagged as an adjective.
            verbal = token.pos_ in {"VERB", "AUX"} or (
                token.pos_ == "ADJ" and (token.tag_ == "VBN" or token.lower_ in self.catalog.triggers_by_lemma))
            pos = "VERB" if verbal else "NOUN" if token.pos_ in {"NOUN", "PROPN"} else None
            for entry in entries:
                if entry.pos == pos:
                    found.append(Candidate(token, entry))
                    break
        return found

    def governor(self, candidate: Candidate, by_index: dict[int, Candidate]) -> Candidate | None:
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
            if token.dep_ == "acl" and candidate.entry.type in {"SUSPENSION", "RESUMPTION", "CANCELLATION"}:
                return None  # "the purchase stalled under sanctions": the stalling is the event
            head = token.head
            if head.lower_ in SUBORDINATORS or (head.dep_ == "prep" and frames_apart(head)) or (
                    token.dep_ == "prep" and frames_apart(token)):
                return None
            if head.i in by_index and token.dep_ not in {"conj"}:
                governor = by_index[head.i]
                if governor.entry.type in {"SUSPENSION", "RESUMPTION", "CANCELLATION"} and \
                        preps & CAUSE_PREPS:
                    return None  # "sanctions over the purchase": the reason, not the object
                return governor
            if token.dep_ == "conj":
                return None
            token = head
        return None

    # --- the whole document ---------------------------------------------
    def extract(self, doc: Doc, document: Document) -> list[Finding]:
        """Findings of a document: the rules' proposals, decided by the model
        (events at or above its threshold, or `min_confidence` when higher)."""
        findings = self.rule_findings(doc, document)
        if self.decider is None:
            return findings
        groups = group_proposals(doc, document, self.proposer.propose(doc, document, findings))
        probabilities = self.decider.probabilities([g.features for g in groups])
        threshold = max(self.decider.threshold, self.min_confidence or 0.0)
        return decided_findings(findings, groups, probabilities, threshold)

    def rule_findings(self, doc: Doc, document: Document) -> list[Finding]:
        """What the rules alone make of a document."""
        findings: list[Finding] = []
        focus = Focus()
        for sent in doc.sents:
            candidates = []
            found = self.candidates(sent)
            positions = {c.token.i for c in found}
            for candidate in found:
                token = candidate.token
                # "supply chain", "arms transfer agreements": a trigger word
                # modifying a noun names a kind of thing, not an event.
                if token.dep_ in {"compound", "amod", "nmod"} and token.head.i != token.i and \
                        token.head.i not in positions and token.head.lemma_.lower() not in DEAL_VARIANTS:
                    findings.append(Finding(sent, token, None, f"modifies '{token.head.text}'"))
                    continue
                candidates.append(candidate)
            if candidates:
                self._resolve(doc, document, sent, candidates, focus, findings)
        for event in notice_events(doc, document):
            span = doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
            findings.append(Finding(span, span[0], event))
        self._document_pass(doc, findings, focus)
        return findings

    def _resolve(self, doc: Doc, document: Document, sent: Span, candidates: list[Candidate],
                 focus: Focus, findings: list[Finding]) -> None:
        """Events from a sentence's triggers: each governing trigger with the
        ones it absorbs; when it makes no event, those are tried on their own."""
        by_index = {c.token.i: c for c in candidates}
        governed: dict[int, list[Candidate]] = {}
        tops: list[Candidate] = []
        for candidate in candidates:
            gov = self.governor(candidate, by_index)
            if gov is None:
                tops.append(candidate)
            else:
                while (up := self.governor(gov, by_index)) is not None:
                    gov = up
                governed.setdefault(gov.token.i, []).append(candidate)
        for top in list(tops):
            head = top.token.head
            if top.token.dep_ == "acl" and head.i in by_index and by_index[head.i] in tops:
                # ... and takes the noun it modifies as its theme.
                noun = by_index[head.i]
                tops.remove(noun)
                governed.setdefault(top.token.i, []).append(noun)
                governed[top.token.i].extend(governed.pop(noun.token.i, []))
                continue
            agent = self._agent(top.token) if top.entry.pos == "VERB" else None
            if agent is None or agent.i == top.token.i:
                continue
            subject = by_index.get(agent.i)
            if subject is not None and subject in tops and subject is not top:
                tops.remove(subject)
                governed.setdefault(top.token.i, []).append(subject)
                governed[top.token.i].extend(governed.pop(subject.token.i, []))
        for top in sorted(tops, key=lambda c: c.token.i):
            below = governed.get(top.token.i, [])
            finding = self.event_for(doc, document, sent, top, below, focus)
            findings.append(finding)
            findings.extend(finding.siblings)
            if finding.event is None and below:
                self._resolve(doc, document, sent, below, focus, findings)
                continue
            for candidate in below:
                findings.append(Finding(sent, candidate.token, None, f"absorbed by '{top.token.text}'"))
            if finding.event is not None:
                self._update_focus(focus, finding.event)

    def _document_pass(self, doc: Doc, findings: list[Finding], focus: Focus) -> None:
        """What only the whole document settles: generic mentions tied to the
        one system of their kind it names, and a stated cost for the deal
        the sentences before it described."""
        events = [f.event for f in findings if f.event is not None]
        compatible = self._compatible_categories
        named: dict[str, dict[str, SystemRef]] = {}
        for span in doc.spans[SYSTEMS_KEY]:
            info = span._.system
            ref = SystemRef(text=span.text, id=info["id"], family=info["family"], category=info["category"])
            named.setdefault(info["category"], {}).setdefault(info["family"], ref)
            named[info["category"]].setdefault("__origin__" + info["family"], SystemRef(
                text="", id=None, family=info.get("origin"), category=None))
        for event in events:
            if not event.type.is_transfer or any(r.family for r in event.systems):
                continue
            if not (event.supplier and event.recipient):
                continue
            kinds = {c for r in event.systems if r.category and r.category != "other"
                     for c in compatible.get(r.category, {r.category})}
            options: dict[str, SystemRef] = {}
            for kind in kinds:
                for family, ref in named.get(kind, {}).items():
                    if family.startswith("__origin__"):
                        continue
                    origin = named[kind]["__origin__" + family].family
                    same_deal = any(e.supplier == event.supplier and e.recipient == event.recipient
                                    and any(r.family == family for r in e.systems) for e in events)
                    if origin == event.supplier or same_deal:
                        options[family] = ref
            if len(options) == 1:
                (ref,) = options.values()
                event.systems = [SystemRef(text=r.text, id=ref.id, family=ref.family, category=ref.category)
                                 if r.category in kinds and not r.family else r for r in event.systems]
                event.systems = dedupe_systems(event.systems)
        self._propagate_values(doc, findings)
        merge_restatements(findings)

    def _propagate_values(self, doc: Doc, findings: list[Finding]) -> None:
        """"The estimated total cost is $400 million." prices the deal the
        text has been describing."""
        with_events = {f.sentence.start for f in findings if f.event is not None}
        for sent in doc.sents:
            if sent.start in with_events:
                continue
            lowered = sent.text.lower()
            if not any(word in lowered for word in PRICE_WORDS):
                continue
            money = parse_money(sent.text)
            if not money:
                continue
            before = [f.event for f in findings if f.event is not None and f.event.type.is_transfer
                      and f.event.evidence.start < sent.start_char]
            if not before:
                continue
            last = before[-1]
            value = Value(amount=money[0]["amount"], currency=money[0]["currency"], text=money[0]["text"])
            for event in before:
                if (event.supplier, event.recipient) == (last.supplier, last.recipient) and event.value is None:
                    event.value = value

    @cached_property
    def _compatible_categories(self) -> dict[str, set[str]]:
        table: dict[str, set[str]] = {}
        for term in self.catalog.generic_terms:
            first = term.categories[0]
            table.setdefault(first, {first}).update(term.categories)
        return table

    def _update_focus(self, focus: Focus, event: Event) -> None:
        if not event.type.is_transfer:
            return
        for system in event.systems:
            if system.family:
                focus.history.append((event.supplier, event.recipient, system))
        if event.supplier and event.recipient and any(s.family for s in event.systems):
            focus.supplier, focus.recipient = event.supplier, event.recipient
            focus.systems = [s for s in event.systems if s.family]
        elif event.supplier and event.recipient and not focus.supplier:
            focus.supplier, focus.recipient = event.supplier, event.recipient
        if event.type == EventType.SUSPENSION and event.recipient:
            focus.last_suspension = event

    # --- one event --------------------------------------------------------
    def event_for(self, doc: Doc, document: Document, sent: Span, top: Candidate,
                  below: list[Candidate], focus: Focus) -> Finding:
        trigger = top.token
        entry = top.entry
        scope = self._scope(trigger, below)
        event_type = self._event_type(top, below, scope, focus)
        if event_type is None:
            return Finding(sent, trigger, None, "no governed word says what kind of event, or the deal is about something else")
        if not entry.fires and not below:
            return Finding(sent, trigger, None, f"'{trigger.text}' makes an event only under another trigger")
        need = unmet_need(self, entry, trigger, below, scope, focus)
        if need and event_type == EventType.NEGOTIATION and trigger.lemma_.lower() in TALK_WORDS:
            # "held talks with his Russian counterpart": talks about no arms are a meeting.
            finding = self._cooperation(doc, document, sent, top, below, scope, EventType.MEETING)
            if finding.event is not None:
                return finding
        if need and not (event_type == EventType.COOPERATION_AGREEMENT and entry.needs == "arms"):
            return Finding(sent, trigger, None, need)
        if event_type.is_transfer:
            return self._transfer(doc, document, sent, top, below, scope, event_type, focus)
        return self._cooperation(doc, document, sent, top, below, scope, event_type)

    def _scope(self, trigger: Token, below: list[Candidate]) -> set[int]:
        """The words a trigger's arguments can come from: its subtree (and its
        conjunction's), less subordinate clauses ("after Iran and the six
        powers reached a deal in Lausanne") that state facts of their own."""
        root = trigger
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        tokens = clause_tokens(root)
        if root.pos_ in {"NOUN", "PROPN"}:
            # "The key elements of Pakistan's arms purchases were 36 F-16s ...":
            # what the subject is, the copula's complement says.
            node = root
            while node.head.i != node.i and node.dep_ not in BOUNDARY_DEPS:
                if node.dep_ == "nsubj" and node.head.lemma_ == "be":
                    for complement in node.head.children:
                        if complement.dep_ in {"attr", "acomp"}:
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
        if root.dep_ == "relcl":
            # "F-16 fighter jets that Taiwan had wanted": the jets are wanted.
            antecedent = root.head
            tokens |= {t.i for t in antecedent.lefts for t in t.subtree} | {antecedent.i}
        for candidate in below:
            tokens |= clause_tokens(candidate.token)
        # "no negotiations are being conducted on this issue": the light
        # verb's other arguments belong to the noun's event.
        head = root.head
        if (root.pos_ in {"NOUN", "PROPN"} and root.dep_ in {"nsubj", "nsubjpass", "dobj"}
                and head.pos_ in {"VERB", "AUX"} and not self.attributor.is_reporting(head)
                and head.lemma_.lower() in self._light_verbs | {"be"}):
            tokens.add(head.i)
            for child in head.children:
                if child.dep_ in {"prep", "agent", "npadvmod", "dative"} and child.lower_ not in SUBORDINATORS:
                    tokens |= {t.i for t in child.subtree}
        return tokens

    def _event_type(self, top: Candidate, below: list[Candidate], scope: set[int],
                    focus: Focus | None = None) -> EventType | None:
        if top.entry.type != "=":
            if top.token.lemma_.lower() == "agreement" or top.entry.type == "AGREEMENT" and top.token.lemma_.lower() in DEAL_NOUNS:
                return self._agreement_kind(top.token, scope)
            if top.entry.type == "INTEREST" and top.entry.needs == "transfer":
                # "plans to send weapons": a supplier's intention is the
                # planned transfer, not a buyer's interest.
                supplier_side = next((c for c in below if c.entry.side == "supplier" and c.entry.type != "="), None)
                if supplier_side is not None:
                    return EventType(supplier_side.entry.type)
            return EventType(top.entry.type)
        typed = [c for c in below if c.entry.type != "="]
        deal = next((c for c in typed if c.token.lemma_.lower() in DEAL_NOUNS), None)
        if deal is not None:
            return self._agreement_kind(deal.token, scope)
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

    @cached_property
    def _not_arms_words(self) -> set[str]:
        return {row.word for row in self.catalog.named_words if row.kind == "not-arms"}

    def _agreement_kind(self, token: Token, scope: set[int]) -> EventType | None:
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
        words = {doc[i].lower_ for i in scope}
        named = {doc[i].lemma_.lower() for i in name}
        proper = token.text[:1].isupper() and any(doc[i].text[:1].isupper() for i in name) and \
            not (named & ARMS_NAME_WORDS)
        if proper and token.lemma_.lower() in TREATY_NOUNS:
            return EventType.COOPERATION_AGREEMENT  # "the Ballistic Missile Defense Agreement"
        if token.lemma_.lower() in ORDER_NOUNS:
            return EventType.AGREEMENT if not named & self._not_arms_words else None
        if named & ARMS_NAME_WORDS or named & TRADE_NAME_WORDS:
            return EventType.AGREEMENT
        if named & self._not_arms_words:
            return None  # "offset agreements", "the nuclear deal": about something else
        if not has_arms and not (words & TRANSFER_WORDS) and (words & COOPERATION_WORDS or named):
            return EventType.COOPERATION_AGREEMENT
        return EventType.AGREEMENT

    # --- mentions ---------------------------------------------------------
    @staticmethod
    def _actor_at(doc: Doc, i: int) -> Span | None:
        for span in doc.spans[ACTORS_KEY]:
            if span.start <= i < span.end:
                return span
        return None

    def _party_at(self, token: Token) -> str | None:
        """The country of the actor a word itself names, not of words below it."""
        span = self._actor_at(token.doc, token.i)
        if span is not None and span._.actor["kind"] != "outlet":
            return span._.actor.get("country")
        return None

    def _country_of_phrase(self, token: Token) -> tuple[str | None, Span | None]:
        """The country a noun phrase stands for: a state, or a body's,
        company's or person's state."""
        doc = token.doc
        span = self._actor_at(doc, token.i)
        if span is not None and span._.actor.get("country"):
            return span._.actor["country"], span
        if token.pos_ == "PRON" and token.lower_ in STATE_PRONOUNS | STATE_POSSESSIVES:
            span = self._antecedent_state(token)
            return (span._.actor["country"], None) if span is not None else (None, None)
        if token.lemma_.lower() in COUNTRY_NOUNS and any(
                c.dep_ == "det" and c.lower_ in COUNTRY_DETERMINERS for c in token.children) and not any(
                c.dep_ == "prep" for c in token.children):
            # "the country's purchase": the state named before.
            span = self._antecedent_state(token)
            return (span._.actor["country"], None) if span is not None else (None, None)
        inside = [s for s in doc.spans[ACTORS_KEY]
                  if token.left_edge.i <= s.start and s.end <= token.right_edge.i + 1
                  and s._.actor.get("country") and s._.actor["kind"] != "outlet" and names_a_party(s)]
        if inside:
            return inside[0]._.actor["country"], inside[0]
        return None, None

    def _bargain_partners(self, trigger: Token) -> list[str]:
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
            if token.dep_ in BOUNDARY_DEPS or token.head.i == token.i or self.attributor.is_reporting(token.head):
                return found
            token = token.head

    @staticmethod
    def _antecedent_state(pronoun: Token) -> Span | None:
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

    def _states_in(self, doc: Doc, scope: set[int]) -> list[tuple[str, Span]]:
        found = []
        for span in doc.spans[ACTORS_KEY]:
            info = span._.actor
            if span.start in scope and info["kind"] in COUNTRY_KINDS and info.get("country") and names_a_party(span):
                if info["kind"] == "outlet":
                    continue
                found.append((info["country"], span))
        return found

    # --- transfer events ---------------------------------------------------
    def _transfer(self, doc: Doc, document: Document, sent: Span, top: Candidate,
                  below: list[Candidate], scope: set[int], event_type: EventType,
                  focus: Focus) -> Finding:
        trigger = top.token
        side = top.entry.side or next((c.entry.side for c in below if c.entry.side), None)
        intention = top.entry.type == "INTEREST" and event_type != EventType.INTEREST
        if intention:
            side = "supplier"
        if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in RECEIVING_VERBS:
            side = "recipient"  # "Turkey accepted delivery of the S-400"
        removal = event_type in {EventType.SUSPENSION, EventType.CANCELLATION} and removed_from_programme(trigger, below)
        if removal:
            side = "recipient"  # "suspend Turkey from the program", "Turkey's removal from ..."
        roles = RoleBook()
        counterpart: list[str] = []
        co_parties: list[str] = []
        used_spans: set[int] = set()
        attribution = self.attributor.chain(trigger)
        source_countries = {s.get("country") for s in attribution if s["kind"] != "outlet"}

        def assign(role: str | None, country: str | None, span: Span | None) -> None:
            if role is None or country is None:
                return
            if roles[role] is None and country not in roles.values():
                roles[role] = country
                if span is not None:
                    used_spans.add(span.start)

        roles.step = "agent"
        # The agent: the trigger's subject, or the subject of the verb a noun
        # trigger is the object of ("Russia will start the delivery").
        agent = self._agent(trigger)
        if agent is None and trigger.lemma_.lower() in AWARD_VERBS:
            # "Lockheed Martin has been awarded a contract": the passive subject supplies.
            agent = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
            side = "supplier" if agent is not None else side
        if agent is not None:
            partners = [agent, *(c for c in agent.conjuncts)]
            partners = [p for p in partners if self._country_of_phrase(p)[0]]
            if len(partners) > 1 and side is not None and not reciprocal(trigger, agent):
                # "Qatar and India later also ordered the fighter": each is a buyer.
                for partner in partners[1:]:
                    country, span = self._country_of_phrase(partner)
                    if country not in co_parties:
                        co_parties.append(country)
                    if span is not None:
                        used_spans.add(span.start)
                partners = partners[:1]
            if len(partners) > 1:
                # "Russia and Iran might embark on ...": both sides, order unknown.
                for partner in partners:
                    country, span = self._country_of_phrase(partner)
                    if country and country not in counterpart:
                        counterpart.append(country)
                        if span is not None:
                            used_spans.add(span.start)
            elif agent.pos_ not in {"VERB", "AUX"} and side is None:
                # "Egypt signed a contract with France": a party, side unknown.
                country, span = self._country_of_phrase(agent)
                if country and country not in counterpart:
                    counterpart.insert(0, country)
                    if span is not None:
                        used_spans.add(span.start)
            elif agent.pos_ not in {"VERB", "AUX"}:
                country, span = self._country_of_phrase(agent)
                agent_side = side
                if side == "recipient" and any(
                        c.dep_ == "dobj" and self._party_at(c) for c in trigger.children) and event_type in {
                        EventType.SUSPENSION, EventType.CANCELLATION}:
                    agent_side = "supplier"  # "the U.S. suspended Turkey from the program"
                assign(agent_side, country, span)
        roles.step = "trigger-arguments"
        for candidate in [top, *below]:
            token = candidate.token
            token_side = side if removal else (candidate.entry.side or side)
            children = list(token.children)
            if token.dep_ == "conj" and token.pos_ in {"NOUN", "PROPN"}:
                # "Turkey's suspension and pending removal": the removal is Turkey's too.
                children += [c for c in token.head.children if c.dep_ == "poss"]
            for child in children:
                if child.dep_ in {"poss", "compound", "amod"} and token.pos_ in {"NOUN", "PROPN"}:
                    country, span = self._country_of_phrase(child)
                    if country and child.dep_ != "poss" and candidate.entry.type in {"SUSPENSION", "RESUMPTION"}:
                        if span is not None and span._.actor["kind"] == "state":
                            assign("recipient", country, span)  # "the Iran arms embargo", "Saudi export freeze"
                    elif token_side is None and country and child.dep_ != "poss":
                        # "a U.S. arms deal to Taiwan": a side, which one the rest tells.
                        if country not in counterpart:
                            counterpart.append(country)
                        if span is not None:
                            used_spans.add(span.start)
                    else:
                        assign(token_side, country, span)
                elif child.dep_ == "agent":
                    for pobj in child.children:
                        country, span = self._country_of_phrase(pobj)
                        assign(token_side, country, span)
                elif child.dep_ in {"dative"}:
                    country, span = self._country_of_phrase(child)
                    assign("recipient", country, span)
                elif child.dep_ == "dobj" and child.lemma_.lower() in MEMBERSHIP_WORDS and side == "recipient":
                    for owner in child.children:
                        if owner.dep_ == "poss" and self._party_at(owner):
                            assign("recipient", self._party_at(owner), self._actor_at(doc, owner.i))
                elif child.dep_ == "dobj" and side == "recipient" and candidate is top and event_type in {
                        EventType.SUSPENSION, EventType.CANCELLATION} and self._party_at(child):
                    assign("recipient", self._party_at(child), self._actor_at(doc, child.i))
                elif child.dep_ == "dobj" and token_side == "supplier" and token.lemma_.lower() in PROVISION_VERBS:  # "provide Russia with drones"
                    country, span = self._country_of_phrase(child)
                    if span is not None and span._.actor["kind"] in STATE_KINDS:
                        assign("recipient", country, span)
        roles.step = "clause-parties"
        for i in sorted(scope):
            token = doc[i]
            if token.dep_ != "prep":
                continue
            pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if not self._party_at(pobj) and weapon_object(pobj):
                continue  # "for 36 Rafale jets from France": the goods, not the buyer
            country, span = self._country_of_phrase(pobj)
            if country is None:
                continue
            prep = token.lower_
            if prep in RECIPIENT_PREPS:
                assign("recipient", country, span)
            elif prep in TARGET_PREPS and event_type in {EventType.SUSPENSION, EventType.RESUMPTION} \
                    and self._party_at(pobj):
                assign("recipient", self._party_at(pobj), span)  # "the arms embargo on Iran"
            elif prep == "from":
                assign("supplier", country, span)
            elif prep in COUNTERPART_PREPS:
                counterpart.append(country)

        systems, generics = self._systems(doc, scope)
        roles.step = "maker-modifier"
        # Makers' states supply what they build: "Russian weapons".
        for sys_span in systems:
            for token in [sys_span.root, sys_span.root.head]:
                for child in token.children:
                    if child.dep_ in {"amod", "compound", "poss"}:
                        country, span = self._country_of_phrase(child)
                        if span is not None and span._.actor["kind"] == "state" and span._.actor.get("form") == "demonym":
                            assign("supplier", country, span)
        for gen_span in generics:
            for child in gen_span.root.children:
                if child.dep_ in {"amod", "compound", "poss"}:
                    country, span = self._country_of_phrase(child)
                    if span is not None and span._.actor["kind"] == "state" and span._.actor.get("form") == "demonym":
                        assign("supplier", country, span)
        roles.step = "export-possessor"
        # "U.S. export licenses", "Russian arms sales": whose exports they are.
        for i in sorted(scope):
            token = doc[i]
            if token.lemma_.lower() in EXPORT_NOUNS:
                for child in token.children:
                    span = self._actor_at(doc, child.i)
                    # "Saudi arms export freeze" is about exports to Saudi Arabia.
                    if span is not None and span._.actor.get("form") == "demonym":
                        continue
                    if child.dep_ in {"compound", "amod", "poss"} and self._party_at(child):
                        assign("supplier", self._party_at(child), self._actor_at(doc, child.i))
        participants: list[Participant] = []
        stated = {role for role, value in roles.items() if value}
        system_refs = [self._system_ref(s) for s in systems]
        generic_refs = self._resolve_generics(generics, system_refs, roles, focus)
        roles.step = "system-origin"
        if roles["supplier"] is None:
            origin = next((s._.system["origin"] for s in systems if s._.system.get("origin")), None)
            if origin and origin != roles["recipient"]:
                roles["supplier"] = origin
        if roles["supplier"] is None and roles["recipient"] is not None:
            # "In return for its support to Russia, the DPRK is seeking
            # military assistance": the other side of the bargain supplies.
            for country in self._bargain_partners(trigger):
                if country != roles["recipient"]:
                    roles["supplier"] = country
                    stated.add("supplier")
                    break
        roles.step = "counterpart"
        had_counterpart = bool(counterpart)
        if event_type in {EventType.SUSPENSION, EventType.RESUMPTION}:
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
        roles.step = "remaining-state"
        # Remaining states in the trigger's arguments fill the missing side.
        if roles["supplier"] is None or roles["recipient"] is None:
            leftovers = [(c, s) for c, s in self._states_in(doc, scope)
                         if s.start not in used_spans and c not in roles.values()
                         and s._.actor["kind"] in STATE_KINDS and c not in source_countries]
            for country, _span in leftovers:
                missing = "recipient" if roles["recipient"] is None else "supplier"
                if roles[missing] is None and country not in roles.values():
                    roles[missing] = country
        if roles["supplier"] in SANCTIONING_BODIES:
            # The UN embargoes arms; it does not supply them.
            participants.append(Participant(text=roles["supplier"], id=roles["supplier"]))
            roles["supplier"] = None
        refs = system_refs + generic_refs
        if roles["supplier"] is None:
            origin = next((self.catalog.systems_by_id[r.id].origin for r in generic_refs
                           if r.id in self.catalog.systems_by_id), None)
            if origin and origin != roles["recipient"]:
                roles["supplier"] = origin
        families = {r.family for r in refs if r.family}
        anaphoric = refers_back(trigger, scope)
        roles.step = "focus-pair"
        # The text's main pair fills a side the sentence leaves open
        # ("buying Russian weapons ... in the talks between the two sides").
        if focus.supplier and families and not (families & {s.family for s in focus.systems}):
            if roles["supplier"] == focus.supplier and roles["recipient"] is None:
                roles["recipient"] = focus.recipient
            elif roles["recipient"] == focus.recipient and roles["supplier"] is None:
                roles["supplier"] = focus.supplier
        if focus.supplier and (not families or families & {s.family for s in focus.systems}):
            parties_match = all(
                roles[r] in (None, getattr(focus, r)) for r in ("supplier", "recipient")
            )
            if parties_match and (not families or roles["supplier"] is None or roles["recipient"] is None or anaphoric):
                kinds = {c for g in generics for c in g._.generic["categories"]} - {"other"}
                compatible = [f for f in focus.systems if not kinds or f.category in kinds]
                if not families and compatible and (anaphoric or roles["supplier"] or roles["recipient"]):
                    refs = [*compatible] + [r for r in refs if not r.family and r.category == "other"]
                    families = {r.family for r in refs if r.family}
                if families:
                    roles["supplier"] = roles["supplier"] or focus.supplier
                    roles["recipient"] = roles["recipient"] or focus.recipient
        roles.step = "inherited-suspension"
        inherited = False
        if event_type == EventType.RESUMPTION and focus.last_suspension is not None and not families:
            previous = focus.last_suspension
            if roles["recipient"] in (None, previous.recipient):
                inherited = True
                roles["supplier"] = roles["supplier"] or previous.supplier
                roles["recipient"] = roles["recipient"] or previous.recipient
                refs = list(previous.systems)
        if any(r.family for r in refs):
            refs = [r for r in refs if r.family or r.category != "other"]
        if not refs and event_type in {EventType.SUSPENSION, EventType.RESUMPTION} and (
                {doc[i].lemma_.lower() for i in scope} & SUSPENDED_TRADE_WORDS):
            refs = [SystemRef(text="exports", id=None, family=None, category="other")]
        if not refs:
            return Finding(sent, trigger, None, "no weapon system or arms named or referred to")
        if speaks_in_general(trigger, below, systems):
            return Finding(sent, trigger, None, "speaks of transfers in general, not of one")
        if is_topic(trigger, self.catalog.triggers_by_lemma):
            return Finding(sent, trigger, None, "names a topic ('on the delivery of ...'), states nothing about it")
        if roles["supplier"] is None and roles["recipient"] is None:
            return Finding(sent, trigger, None, "no supplier or recipient")
        if not stated and not had_counterpart and not inherited and not (focus.supplier and anaphoric):
            return Finding(sent, trigger, None, "no party named: only the systems' origin is known")
        origins = {self.catalog.systems_by_id[r.id].origin for r in refs if r.id in self.catalog.systems_by_id}
        if roles["supplier"] is None and roles["recipient"] and origins == {roles["recipient"]}:
            return Finding(sent, trigger, None, "a domestic programme, not a transfer")
        modality = self.modality.read(trigger, [c.token for c in below])
        if intention and modality.modality == Modality.ASSERTED:
            modality.modality = Modality.PLANNED
        time = self._time(doc, scope, trigger, below, announced=event_type == EventType.APPROVAL)
        if time is not None and modality.modality == Modality.PLANNED:
            # "will be delivered in October": the coming October (but not "a
            # contract announced on Monday", which is past).
            time = forward(doc, time, {trigger.i, *(c.token.i for c in below)})
        if time is None and modality.modality == Modality.ASSERTED and trigger.tag_ in {"VBD", "VBN"}:
            # "On Friday, the Pentagon said it notified Congress": a past act
            # reported that day is dated by the report.
            time = self._reported_time(doc, trigger)
        event = Event(
            doc_id=document.id,
            type=event_type,
            modality=modality.modality,
            supplier=roles["supplier"],
            recipient=roles["recipient"],
            parties=sorted({r for r in roles.values() if r}),
            roles=roles.decisions(),
            systems=dedupe_systems(refs),
            quantity=next((q for q in (quantity_of(s) for s in systems + generics) if q), None),
            value=self._value(doc, sent, scope),
            time=time,
            attribution=[Source(**s) for s in attribution],
            participants=participants,
            evidence=self._evidence(sent, _naming_word(top, below)),
            rule=self._rule(event_type, top, below),
            source=document.source,
        )
        finding = Finding(sent, trigger, event)
        agent_role = side if side in {"supplier", "recipient"} else None
        if co_parties and agent_role:
            for country in co_parties:
                if country in roles.values():
                    continue
                other = replace(event, attribution=list(event.attribution), mentions=[],
                                parties=sorted({c for c in (roles["supplier"], roles["recipient"]) if c} - {roles[agent_role]} | {country}))
                setattr(other, agent_role, country)
                finding.siblings.append(Finding(sent, trigger, other))
            return finding
        itemized = self._itemize(doc, sent, scope, systems)
        if len(itemized) > 1 and len({(q, v.amount if v else None) for _, q, v in itemized}) > 1:
            # Each system with its own number and price is its own event.
            events = []
            for span, quantity, value in itemized:
                ref = self._system_ref(span)
                events.append(replace(event, systems=[ref], quantity=quantity, value=value,
                                      attribution=list(event.attribution), mentions=[]))
            covered = {r.family for r in (e.systems[0] for e in events)}
            rest = [r for r in event.systems if r.family not in covered and r.family]
            if rest:
                events[0].systems = events[0].systems + rest
            finding.event = events[0]
            finding.siblings = [Finding(sent, trigger, e) for e in events[1:]]
        return finding

    def _itemize(self, doc: Doc, sent: Span, scope: set[int], systems: list[Span]) -> list[tuple]:
        """(system, quantity, price) for each named system, the price being
        the first one after it and before the next system."""
        items = []
        money = parse_money(sent.text)
        first_of_family: dict[str, Span] = {}
        for span in sorted(systems, key=lambda s: s.start):
            first_of_family.setdefault(span._.system["family"], span)
        ordered = list(first_of_family.values())
        for n, span in enumerate(ordered):
            limit = ordered[n + 1].start_char if n + 1 < len(ordered) else sent.end_char
            value = next((Value(amount=m["amount"], currency=m["currency"], text=m["text"]) for m in money
                          if span.end_char <= sent.start_char + m["start"] < limit), None)
            items.append((span, quantity_of(span), value))
        return items

    @cached_property
    def _light_verbs(self) -> set[str]:
        return {cue.text for cue in self.catalog.cues if cue.scope == "light"}

    def _agent(self, trigger: Token) -> Token | None:
        """Who does what a trigger names: its subject, the subject of the
        verb it depends on when that verb only carries it ("Russia will start
        the delivery", "Iran is allowed to buy"), never the subject of a verb
        that comments on it ("the US condemned the provision of ...")."""
        token = trigger
        for _ in range(6):
            deps = {"nsubj", "csubj"} if token.i == trigger.i else {"nsubj", "csubj", "nsubjpass"}
            subject = next((c for c in token.children if c.dep_ in deps), None)
            if subject is not None and subject.i != trigger.i:
                return subject
            if token.dep_ in BOUNDARY_DEPS - {"acl"} or token.head.i == token.i:
                return None
            if token.dep_ == "xcomp" and token.pos_ in {"VERB", "AUX"}:
                controller = next((c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i), None)
                if controller is not None:
                    return controller  # "directed the Navy to cancel": the Navy cancels
            if token.dep_ not in {"dobj", "xcomp", "pobj", "prep", "pcomp", "attr", "nsubjpass", "conj", "acomp", "oprd", "acl"}:
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
            if token.head.pos_ in {"VERB", "AUX"} and self.attributor.is_reporting(token.head):
                return None
            head = token.head
            if (token.pos_ in {"NOUN", "PROPN"} or token.dep_ in {"pobj", "prep"}) and head.pos_ in {"VERB", "AUX"}:
                lemma = head.lemma_.lower()
                if lemma not in self._light_verbs and lemma not in self.catalog.triggers_by_lemma and lemma != "be":
                    return None
            token = head
        return None

    def _systems(self, doc: Doc, scope: set[int]) -> tuple[list[Span], list[Span]]:
        systems = [s for s in doc.spans[SYSTEMS_KEY] if s.start in scope]
        if not systems:
            # Named systems the catalog lacks count only where no known one does.
            systems = [s for s in doc.spans[NAMED_KEY] if s.start in scope]
        if not systems:
            programme = programme_system(doc, scope)
            if programme is not None:
                systems = [programme]
        # "175 M1A1 Abrams tanks with ... M240 machine guns": systems inside
        # another system's phrase are its components, not what is transferred.
        phrase_heads = {}
        for span in systems:
            head = span.root.head if span.root.dep_ in {"compound", "nmod", "amod"} else span.root
            phrase_heads[head.i] = span
        main = []
        for span in systems:
            token, component = span.root, False
            while token.head.i != token.i and token.dep_ not in {"conj", "appos"}:
                token = token.head
                owner = phrase_heads.get(token.i)
                if owner is not None and owner is not span and token.i not in range(span.start, span.end):
                    component = True
                    break
                if token.i not in scope:
                    break
            if not component:
                main.append(span)
        systems = main
        # "Su-30 warplanes": the generic word names the system's kind, not another system.
        heads = {s.root.head.i for s in systems if s.root.dep_ in {"compound", "nmod", "amod"}}
        heads |= {s.root.i for s in systems}
        generics = [s for s in doc.spans[GENERICS_KEY] if s.start in scope and s.root.i not in heads]
        return systems, generics

    def _system_ref(self, span: Span) -> SystemRef:
        info = span._.system
        return SystemRef(text=system_phrase(span), id=info["id"], family=info["family"], category=info["category"])

    def _resolve_generics(self, generics: list[Span], specific: list[SystemRef],
                          roles: dict[str, str | None], focus: Focus) -> list[SystemRef]:
        """Generic words tied to the one matching system named before them
        between the same parties; otherwise kept with their category only."""
        refs = []
        for span in generics:
            categories = span._.generic["categories"]
            if specific:
                if "other" not in categories and not any(ref.category in categories for ref in specific):
                    refs.append(SystemRef(text=span.text, id=None, family=None, category=categories[0]))
                continue
            # The most recent system of this kind between compatible parties.
            definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS
                           for c in span.root.children)
            # "the fighter" refers back to the last one named, whoever bought it.
            matching = [
                system for supplier, recipient, system in reversed(focus.history)
                if system.category in categories
                and (definite or (roles["supplier"] in (None, supplier) and roles["recipient"] in (None, recipient)))
            ]
            if matching and "other" not in categories:
                ref = matching[0]
                refs.append(SystemRef(text=span.text, id=ref.id, family=ref.family, category=ref.category))
            else:
                refs.append(SystemRef(text=span.text, id=None, family=None, category=categories[0]))
        return refs

    def _value(self, doc: Doc, sent: Span, scope: set[int]) -> Value | None:
        for money in parse_money(sent.text):
            span = doc.char_span(sent.start_char + money["start"], sent.start_char + money["end"], alignment_mode="expand")
            if span is not None and span.start in scope:
                return Value(amount=money["amount"], currency=money["currency"], text=money["text"])
        return None

    def _time(self, doc: Doc, scope: set[int], trigger: Token, below: list[Candidate], *,
              announced: bool = True) -> TimeRef | None:
        """When the event took place: a time among its arguments, the nearest
        first; for an announcement (an approval, a visit), the dateline."""
        anchors = {trigger.i, *(c.token.i for c in below)}
        best: tuple[int, Span] | None = None
        dateline: Span | None = None
        for span in doc.spans[TIMES_KEY]:
            if not span._.time.get("start"):
                continue
            if in_dateline(span):
                # The dateline dates the announcement the sentence makes.
                if sentence_of(span.root).start == sentence_of(trigger).start:
                    dateline = span
                continue
            if span.start not in scope:
                continue
            distance = path_length(span.root, anchors)
            if distance is None:
                continue
            if best is None or distance < best[0]:
                best = (distance, span)
        if best is None:
            # A time on a verb above the trigger in the same clause: "delivered
            # the certification notifying Congress of this sale today".
            ancestors = []
            token = trigger
            while token.head.i != token.i and token.dep_ not in {"ccomp", "advcl", "relcl", "parataxis"}:
                token = token.head
                if self.attributor.is_reporting(token):
                    break
                ancestors.append(token.i)
            for span in doc.spans[TIMES_KEY]:
                if span._.time.get("start") and not in_dateline(span) and time_governor(span).i in ancestors:
                    best = (0, span)
                    break
        if best is None and dateline is not None and announced:
            best = (0, dateline)
        if best is None:
            return None
        info = best[1]._.time
        return TimeRef(text=info["text"], start=info["start"], end=info.get("end"),
                       granularity=Granularity(info["granularity"]))

    def _reported_time(self, doc: Doc, trigger: Token) -> TimeRef | None:
        ancestors = {a.i for a in trigger.ancestors}
        for span in doc.spans[TIMES_KEY]:
            info = span._.time
            head = time_governor(span)
            if info.get("start") and not in_dateline(span) and head.i in ancestors \
                    and head.pos_ in {"VERB", "AUX"}:
                return TimeRef(text=info["text"], start=info["start"], end=info.get("end"),
                               granularity=Granularity(info["granularity"]))
        return None

    @staticmethod
    def _evidence(sent: Span, trigger: Token) -> Evidence:
        return Evidence(sentence=sent.text, start=sent.start_char, end=sent.end_char, trigger=trigger.text)

    @staticmethod
    def _rule(event_type: EventType, top: Candidate, below: list[Candidate]) -> str:
        kind = "verb" if top.entry.pos == "VERB" else "nominal"
        if below:
            kind += "-verb" if below[0].entry.pos == "VERB" else "-nominal"
        return f"{event_type.lower()}.{top.token.lemma_.lower()}.{kind}"

    # --- cooperation events ------------------------------------------------
    def _cooperation(self, doc: Doc, document: Document, sent: Span, top: Candidate,
                     below: list[Candidate], scope: set[int], event_type: EventType) -> Finding:
        trigger = top.token
        participants: list[Participant] = []
        parties: list[str] = []

        def add(span: Span) -> None:
            info = span._.actor
            country = info.get("country")
            if info["kind"] == "outlet":
                return
            if country and country not in parties:
                parties.append(country)
            if info["kind"] == "person":
                name = info.get("name") or span.text
                if all(p.text != name for p in participants):
                    participants.append(Participant(text=name, role=info.get("role"), country=country))

        attribution = self.attributor.chain(trigger)
        source_texts = {s["text"] for s in attribution}
        agent = self._agent(trigger)
        for member in ([agent, *agent.conjuncts] if agent is not None else []):
            # "the U.S. and Poland issued a Declaration", "the Iranian and
            # Russian navies held an exercise": each of them.
            span = self._actor_at(doc, member.i)
            inside = [span] if span is not None else [
                s for s in doc.spans[ACTORS_KEY] if member.left_edge.i <= s.start < member.right_edge.i + 1]
            if not inside and member.lower_ in PERSON_PRONOUNS | PERSON_POSSESSIVES:
                person = self._previous_person(doc, member)
                inside = [person] if person is not None else []
            for found in inside:
                add(found)
        for child in trigger.children:
            if child.dep_ == "poss":
                span = self._actor_at(doc, child.i)
                if span is None and child.lower_ in PERSON_POSSESSIVES:
                    span = self._previous_person(doc, child)
                if span is not None:
                    add(span)
        for span in doc.spans[ACTORS_KEY]:
            if span.start in scope and span.text not in source_texts:
                add(span)
        for i in sorted(scope):
            if doc[i].lower_ in PERSON_PRONOUNS and doc[i].pos_ == "PRON":
                person = self._previous_person(doc, doc[i])
                if person is not None:
                    add(person)
        if len(parties) < 2:
            # "The United States and Poland are pleased to announce that the
            # Agreement has entered into force": the states above announce it.
            for ancestor in trigger.ancestors:
                subject = next((c for c in ancestor.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if subject is None or subject.i == trigger.i:
                    continue
                for member in [subject, *subject.conjuncts]:
                    span = self._actor_at(doc, member.i)
                    if span is not None and span.text not in source_texts:
                        add(span)
        if len(parties) < 2:
            return Finding(sent, trigger, None, "fewer than two parties")
        modality = self.modality.read(trigger, [c.token for c in below])
        event = Event(
            doc_id=document.id,
            type=event_type,
            modality=modality.modality,
            supplier=None,
            recipient=None,
            parties=sorted(parties),
            participants=participants,
            time=self._time(doc, scope, trigger, below),
            attribution=[Source(**s) for s in attribution],
            evidence=self._evidence(sent, _naming_word(top, below)),
            rule=self._rule(event_type, top, below),
            source=document.source,
        )
        finding = Finding(sent, trigger, event)
        if event_type == EventType.VISIT and trigger.lemma_.lower() in HOSTING_VERBS:
            # A host welcoming a visitor meets them.
            meeting = replace(event, type=EventType.MEETING, participants=list(participants),
                              attribution=list(event.attribution), mentions=[],
                              rule=self._rule(EventType.MEETING, top, below))
            finding.siblings.append(Finding(sent, trigger, meeting))
        return finding

    @staticmethod
    def _previous_person(doc: Doc, token: Token) -> Span | None:
        people = [s for s in doc.spans[ACTORS_KEY] if s._.actor["kind"] == "person" and s.end <= token.i]
        return people[-1] if people else None


def _naming_word(top: Candidate, below: list[Candidate]) -> Token:
    """The word that names the event: "delivery" in "start the delivery"."""
    if top.entry.type == "=":
        named = next((c.token for c in below if c.entry.type != "="), None)
        if named is not None:
            return named
    return top.token


def extract_events(doc: Doc, document: Document, *, extractor: EventExtractor | None = None) -> list[Event]:
    """The events a document states, in text order."""
    findings = (extractor or EventExtractor()).extract(doc, document)
    return [f.event for f in findings if f.event is not None]


__all__ = ["EventExtractor", "Finding", "extract_events", "Modality"]
