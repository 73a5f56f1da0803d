"""Who says it: the chain of sources a statement is attributed to.

"RIA quoted Russia's Foreign Ministry as saying that ..." gives the chain
RIA → Russian Foreign Ministry; "..., Sputnik wrote." gives Sputnik;
"officials told Reuters" gives Reuters → officials. Chains run outermost
first, as in the event record.
"""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Span, Token

from ..catalog import Catalog, load_catalog, words
from .actors import ACTORS_KEY
from .pipeline import sentence_of

_SUBJECTS = {"nsubj", "nsubjpass"}
_CLAUSE_LINKS = {"ccomp", "xcomp", "advcl", "parataxis", "conj", "dobj", "pobj", "prep", "pcomp",
                 "acl", "relcl", "csubj", "csubjpass", "nsubj", "nsubjpass", "attr", "oprd", "npadvmod",
                 "compound", "amod", "appos", "advmod", "agent", "dative", "acomp", "nmod", "poss"}
_KIND_RANK = {"outlet": 0, "person": 1, "institution": 2, "company": 3, "organization": 4, "state": 5}
# Word classes: named sets of `data/lexicon.csv`.
_QUOTING_VERBS = words("quoting_verbs")
_TELLING_VERBS = words("telling_verbs")


class Attributor:
    def __init__(self, catalog: Catalog | None = None) -> None:
        self.catalog = catalog or load_catalog()

    @cached_property
    def reporting(self) -> dict[str, str]:
        return {cue.text: cue.modality for cue in self.catalog.cues if cue.scope == "report"}

    def is_reporting(self, token: Token) -> bool:
        return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in self.reporting

    def source_of(self, token: Token) -> dict | None:
        """The source a subject or object token names, from the actor spans."""
        doc = token.doc
        spans = doc.spans[ACTORS_KEY]
        containing = [s for s in spans if s.start <= token.i < s.end]
        if containing:
            return _source(containing[0])
        inside = [s for s in spans if token.left_edge.i <= s.start and s.end <= token.right_edge.i + 1]
        if inside:
            inside.sort(key=lambda s: (_KIND_RANK.get(s._.actor["kind"], 9), s.start))
            return _source(inside[0])
        return None

    def chain(self, trigger: Token) -> list[dict]:
        """The attribution chain of the clause a trigger stands in."""
        inner_first: list[dict] = []
        seen_reporters: set[int] = set()
        token = trigger
        while True:
            if self.is_reporting(token) and token.i != trigger.i:
                seen_reporters.add(token.i)
                inner_first.extend(self._sources_of_verb(token))
            inner_first.extend(self._according_to(token))
            if token.head.i == token.i:
                break
            token = token.head
        # A reporting clause beside the statement rather than above it:
        # "Dehqan was to meet ..., Sputnik wrote."
        root = token
        for child in root.children:
            if child.i in seen_reporters or not self.is_reporting(child):
                continue
            if child.dep_ in {"parataxis", "ccomp", "conj", "advcl"} and child.i > trigger.i and not any(
                c.dep_ == "ccomp" for c in child.children
            ):
                inner_first.extend(self._sources_of_verb(child))
        sentence = sentence_of(trigger)
        sentence_start = sentence.start
        for t in sentence:
            if t.lower_ == "according" and t.i >= sentence_start and not _is_ancestor(t, trigger):
                if t.head.i == root.i or t.head.dep_ == "ROOT":
                    inner_first.extend(self._according_to(t.head))
        chain: list[dict] = []
        for source in reversed(inner_first):
            if source not in chain:
                chain.append(source)
        # "..., the defence ministry said": the ministry of the state the
        # sentence is about.
        for source in chain:
            if source["kind"] == "institution" and not source.get("country"):
                source["country"] = self._sentence_state(trigger)
        return chain

    @staticmethod
    def _sentence_state(trigger: Token) -> str | None:
        sentence = sentence_of(trigger)
        for span in trigger.doc.spans[ACTORS_KEY]:
            if sentence.start <= span.start < sentence.end and span._.actor["kind"] == "state":
                return span._.actor["country"]
        return None

    def _sources_of_verb(self, verb: Token) -> list[dict]:
        """Sources a reporting verb names, innermost first."""
        lemma = verb.lemma_.lower()
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None and subject.dep_ == "nsubjpass" and lemma not in _QUOTING_VERBS:
            # "China is reported to have sold", "Congress was told": the passive
            # subject is what is told about, or whom; the speaker is "by" whom.
            subject = None
        if subject is None and verb.dep_ in {"advcl", "xcomp", "pcomp"} and verb.head.pos_ == "VERB":
            # "as saying": the speaker is the object of "quoted".
            return []
        speaker = self.source_of(subject) if subject is not None else None
        if subject is None:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if agent is not None:
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                speaker = self.source_of(pobj) if pobj is not None else None
        sources: list[dict] = []
        if lemma in _QUOTING_VERBS:
            quoted = next((c for c in verb.children if c.dep_ == "dobj"), None)
            inner = self.source_of(quoted) if quoted is not None else None
            if inner:
                sources.append(inner)
            if speaker:
                sources.append(speaker)
            return sources
        if lemma in _TELLING_VERBS:
            listener = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
            outer = self.source_of(listener) if listener is not None else None
            if speaker:
                sources.append(speaker)
            if outer and outer["kind"] == "outlet":
                sources.append(outer)
            return sources
        if speaker:
            sources.append(speaker)
        return sources

    def _according_to(self, token: Token) -> list[dict]:
        sources = []
        for child in token.children:
            if child.lower_ == "according":
                for prep in child.children:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            source = self.source_of(pobj)
                            if source:
                                sources.append(source)
        return sources


def _is_ancestor(candidate: Token, token: Token) -> bool:
    return any(a.i == candidate.i for a in token.ancestors)


def _source(span: Span) -> dict:
    info = span._.actor
    kind = info["kind"]
    if kind == "outlet":
        return {"text": span.text, "kind": "outlet", "id": info["id"]}
    if kind == "person":
        return {"text": info.get("name") or span.text, "kind": "person", "country": info.get("country")}
    # States, bodies and companies speak through their institutions.
    return {"text": span.text, "kind": "institution", "country": info.get("country")}


def attribution_chain(trigger: Token, *, attributor: Attributor | None = None) -> list[dict]:
    return (attributor or Attributor()).chain(trigger)


__all__ = ["Attributor", "attribution_chain"]
