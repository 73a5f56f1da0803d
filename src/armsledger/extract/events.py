"""Events from an annotated Doc: one per firing trigger and its roles.

A trigger that governs another ("banned the delivery", "signing an
agreement on the purchase") absorbs it: the governed word lends its roles,
systems and side, and only the governing one makes an event. The steps,
each in its own module: trigger candidates and which governs which
(`candidates`), the trigger's clause and event type (`scope`), what the
trigger needs around it (`needs`), then a transfer (`transfer`, with the
ordered role rules of `roles`) or a cooperation event (`cooperation`);
once every sentence is read, what only the whole document settles
(`document_pass`). Over the rules, the learned decision layer (`decide`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..catalog import Catalog, load_catalog
from ..model import Document, Event, EventType, Modality
from .candidates import find_candidates, governor_of
from .cooperation import cooperation_finding
from .decide import DecisionModel, decided_findings, group_proposals
from .document_pass import finish_document
from .findings import Candidate, Finding, Focus
from .lookups import Lookups
from .needs import unmet_need
from .notices import notice_events
from .parties import agent_of
from .proposals import Proposer
from .role_context import RoleBook
from .scope import clause_scope, event_type_of
from .syntax import DEAL_VARIANTS, TALK_WORDS
from .transfer import transfer_finding


class EventExtractor:
    """The rules, and over them the learned decision layer.

    `decider` is the model that decides among the rules' proposals: by
    default the one shipped in the package; `False` for the rules alone.
    """

    def __init__(self, catalog: Catalog | None = None, *,
                 decider: DecisionModel | None | bool = None, min_confidence: float | None = None) -> None:
        self.catalog = catalog or load_catalog()
        self.lookups = Lookups(self.catalog)
        self.attributor = self.lookups.attributor
        self.modality = self.lookups.modality
        self.proposer = Proposer(self)
        if decider is None:
            decider = DecisionModel.shipped()
        self.decider: DecisionModel | None = decider or None
        self.min_confidence = min_confidence

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
            found = find_candidates(sent, self.catalog, self.lookups.verb_forms)
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
        finish_document(doc, findings, self.lookups)
        return findings

    def _resolve(self, doc: Doc, document: Document, sent: Span, candidates: list[Candidate],
                 focus: Focus, findings: list[Finding]) -> None:
        """Events from a sentence's triggers: each governing trigger with the
        ones it absorbs; when it makes no event, those are tried on their own."""
        by_index = {c.token.i: c for c in candidates}
        governed: dict[int, list[Candidate]] = {}
        tops: list[Candidate] = []
        for candidate in candidates:
            gov = governor_of(candidate, by_index)
            if gov is None:
                tops.append(candidate)
            else:
                while (up := governor_of(gov, by_index)) is not None:
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
            agent = agent_of(top.token, self.lookups) if top.entry.pos == "VERB" else None
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
                update_focus(focus, finding.event)

    def event_for(self, doc: Doc, document: Document, sent: Span, top: Candidate,
                  below: list[Candidate], focus: Focus) -> Finding:
        """The event a governing trigger makes with the ones it absorbs, or why it makes none."""
        trigger = top.token
        entry = top.entry
        lookups = self.lookups
        scope = clause_scope(trigger, below, lookups)
        event_type = event_type_of(top, below, scope, lookups, focus)
        if event_type is None:
            return Finding(sent, trigger, None, "no governed word says what kind of event, or the deal is about something else")
        if not entry.fires and not below:
            return Finding(sent, trigger, None, f"'{trigger.text}' makes an event only under another trigger")
        need = unmet_need(lookups, entry, trigger, below, scope, focus)
        if need and event_type == EventType.NEGOTIATION and trigger.lemma_.lower() in TALK_WORDS:
            # "held talks with his Russian counterpart": talks about no arms are a meeting.
            finding = cooperation_finding(doc, document, sent, top, below, scope, EventType.MEETING, lookups)
            if finding.event is not None:
                return finding
        if need and not (event_type == EventType.COOPERATION_AGREEMENT and entry.needs == "arms"):
            return Finding(sent, trigger, None, need)
        if event_type.is_transfer:
            return transfer_finding(doc, document, sent, top, below, scope, event_type, focus, lookups)
        return cooperation_finding(doc, document, sent, top, below, scope, event_type, lookups)


def update_focus(focus: Focus, event: Event) -> None:
    """What the text is about after this event: its pair and systems, the last ban."""
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


def extract_events(doc: Doc, document: Document, *, extractor: EventExtractor | None = None) -> list[Event]:
    """The events a document states, in text order."""
    findings = (extractor or EventExtractor()).extract(doc, document)
    return [f.event for f in findings if f.event is not None]


__all__ = ["EventExtractor", "Finding", "Modality", "RoleBook", "extract_events"]
