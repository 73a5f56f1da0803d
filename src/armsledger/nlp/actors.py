"""Actor recognition: states, bodies, institutions, companies, officials, outlets.

Every mention lands in `doc.spans["armsledger_actors"]` with `._.actor`:
`{"kind": state|organization|institution|company|person|outlet, "id", "country",
"role"}`. A country is an ISO 3166 alpha-3 code (or UN/EU/NATO); generic
institutions ("the Foreign Ministry") and people named by the parser's NER
take theirs from the words around them.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..catalog import Catalog, load_catalog
from .title_mentions import bare_titles

ACTORS_KEY = "armsledger_actors"

_OUTLET_NOUNS = {"agency", "news", "daily", "newspaper", "paper", "outlet", "channel", "broadcaster"}
_TITLE_WORDS = {
    "minister", "president", "secretary", "director", "chief", "head", "spokesman",
    "spokeswoman", "spokesperson", "adviser", "advisor", "ambassador", "general",
    "admiral", "commander", "envoy", "official", "officials", "lawmaker", "premier",
    "chancellor", "king", "prince", "emir", "leader", "deputy", "undersecretary",
    "aide", "officer", "member", "analyst", "expert", "sheikh", "governor",
}


_PLACE_WORDS = {"gulf", "sea", "strait", "straits", "bay", "coast", "islands", "port", "city"}


class ActorRecognizer:
    def __init__(self, nlp: Language, catalog: Catalog | None = None) -> None:
        catalog = catalog or load_catalog()
        self.catalog = catalog
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.info: dict[str, dict] = {}
        patterns: dict[str, list[str]] = {}

        def add(key: str, info: dict, names: tuple[str, ...] | list[str]) -> None:
            self.info[key] = info
            patterns.setdefault(key, []).extend(n for n in names if n)

        for actor in catalog.actors:
            base = {"kind": "state" if actor.kind == "state" else "organization",
                    "id": actor.id, "country": actor.id}
            add(f"A:{actor.id}", {**base, "form": "name"}, (actor.name, *actor.aliases))
            add(f"D:{actor.id}", {**base, "form": "demonym"}, actor.demonyms)
            add(f"C:{actor.id}", {**base, "form": "capital"}, actor.capitals)
            add(f"M:{actor.id}", {**base, "form": "metonym"}, actor.metonyms)
        for inst in catalog.institutions:
            # Armed groups and movements are actors but never a state party.
            kind = {"company": "company", "group": "group"}.get(inst.kind, "institution")
            add(f"I:{inst.id}", {"kind": kind, "id": inst.id, "country": inst.country,
                                 "form": inst.kind}, (inst.name, *inst.aliases))
        for official in catalog.officials:
            add(f"P:{official.name}", {"kind": "person", "id": None, "name": official.name,
                                       "country": official.country, "role": official.role},
                (official.name, *official.aliases))
        for outlet in catalog.outlets:
            add(f"O:{outlet.id}", {"kind": "outlet", "id": outlet.id, "country": outlet.country,
                                   "state_media": outlet.state_media},
                (outlet.name, *outlet.aliases))
        for key, names in patterns.items():
            docs = list(nlp.tokenizer.pipe(sorted(set(names))))
            self.matcher.add(key, docs)
        self.demonyms = {
            name: actor.id for actor in catalog.actors for name in actor.demonyms
        }
        self.states = {actor.id for actor in catalog.actors if actor.kind == "state"}

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        spans: list[Span] = []
        for match_id, start, end in self.matcher(doc):
            key = strings[match_id]
            span = Span(doc, start, end, label=key.split(":", 1)[0])
            span._.actor = dict(self.info[key])
            spans.append(span)
        spans.extend(self._people(doc, spans))
        spans = filter_spans(spans)
        # "the Gulf of Oman", "the Sea of Japan": places named after a state.
        spans = [s for s in spans if not (s.start >= 2 and doc[s.start - 1].lower_ == "of"
                                          and doc[s.start - 2].lower_ in _PLACE_WORDS)]
        for span in spans:
            info = span._.actor
            if info["kind"] == "institution" and not info.get("country"):
                info["country"] = self._context_country(doc, span, spans)
        # "the Navy" in a text whose named institutions are all American.
        # Only states: "the Navy" is no organization's ("EDA" may be the EU's agency or US excess articles).
        home = Counter(s._.actor["country"] for s in spans
                       if s._.actor["kind"] in {"institution", "person"} and s._.actor.get("country") in self.states)
        country = None
        if home:
            top, count = home.most_common(1)[0]
            if count >= 2 and count > sum(home.values()) / 2:
                country = top
        # ... or, with no other state's institutions named, a government
        # outlet's own ("the Coast Guard" in a uscg.mil story).
        if country is None and doc._.home and set(home) <= {doc._.home}:
            country = doc._.home
        if doc._.home:
            # Before the majority's: "the Coast Guard" in a uscg.mil story about
            # the Bangladesh Navy is still the U.S. Coast Guard.
            self._outlets_own(doc, spans)
        if country is not None:
            for span in spans:
                info = span._.actor
                if info["kind"] == "institution" and not info.get("country"):
                    info["country"] = country
                    info["inferred"] = True
        self._resolve_people(doc, spans)
        spans = sorted(spans + bare_titles(doc, spans), key=lambda s: s.start)
        doc.spans[ACTORS_KEY] = spans
        return doc

    def _outlets_own(self, doc: Doc, spans: list[Span]) -> None:
        """An unqualified institution the publishing outlet is named for is
        the outlet's state's, whatever other states' bodies the text names:
        "the Coast Guard" in a U.S. Coast Guard story that also names the
        Colombian Navy."""
        entry = self.catalog.find_outlet(doc._.outlet)
        if entry is None:
            return
        own = set(re.findall(r"[a-z]+", entry.name.lower()))
        for span in spans:
            info = span._.actor
            words = {t.lower_ for t in span if t.is_alpha and t.lower_ != "the"}
            if info["kind"] == "institution" and not info.get("country") and words and words <= own:
                info["country"] = doc._.home
                info["inferred"] = True

    def _people(self, doc: Doc, known: list[Span]) -> list[Span]:
        taken = {t.i for span in known for t in span}
        taken |= {t.i for span in doc.spans.get("armsledger_systems", []) for t in span}
        people = []
        for ent in doc.ents:
            if ent.label_ != "PERSON" or any(t.i in taken for t in ent):
                continue
            span = Span(doc, ent.start, ent.end, label="P")
            span._.actor = {"kind": "person", "id": None, "name": ent.text, "country": None,
                           "role": None}
            people.append(span)
        return people

    def _context_country(self, doc: Doc, span: Span, spans: list[Span]) -> str | None:
        """The state a generic institution belongs to: "Russia's Foreign
        Ministry", "the Iranian Defense Ministry", "the Government of Norway"."""
        by_token = {t.i: s for s in spans for t in s}
        i = span.start - 1
        if i >= 0 and doc[i].tag_ == "POS":
            i -= 1
        # "the Vietnam Air Defence Air Force": a state named a few capitalized words before.
        for _ in range(3):
            if i < 0 or i in by_token or not doc[i].text[:1].isupper() or doc[i].dep_ not in {"compound", "amod"}:
                break
            i -= 1
        if i >= 0 and i in by_token:
            other = by_token[i]
            if other._.actor["kind"] in {"state", "organization"}:
                return other._.actor["country"]
        end = span.end
        if end + 1 < len(doc) and doc[end].lower_ == "of":
            j = end + 1
            if doc[j].lower_ == "the":
                j += 1
            if j in by_token and by_token[j]._.actor["kind"] in {"state", "organization"}:
                return by_token[j]._.actor["country"]
        return None

    def _resolve_people(self, doc: Doc, spans: list[Span]) -> None:
        """Give each person a country and role from their title and
        apposition, and later surname-only mentions the full name's."""
        by_token = {t.i: s for s in spans for t in s}
        seen: dict[str, dict] = {}
        for span in spans:
            info = span._.actor
            if info["kind"] != "person":
                continue
            surname = span[-1].text
            earlier = seen.get(surname)
            if earlier and len(span) == 1:
                for key in ("name", "country", "role"):
                    if not info.get(key) or key == "name":
                        info[key] = earlier.get(key) or info.get(key)
            if not info.get("country") or not info.get("role"):
                country, role = self._title(doc, span, by_token)
                info["country"] = info.get("country") or country
                info["role"] = info.get("role") or role
            if len(span) > 1:
                seen[surname] = info

    def _title(self, doc: Doc, span: Span, by_token: dict[int, Span]) -> tuple[str | None, str | None]:
        # The words before the name ("Israeli Prime Minister Benjamin Netanyahu")
        # or the apposition after it ("Dmitry Rogozin, Russian deputy prime minister").
        windows: list[list] = []
        j = span.start - 1
        before = []
        while j >= 0:
            token = doc[j]
            other = by_token.get(j)
            if not (
                token.lower_ in _TITLE_WORDS
                or (token.tag_ in {"NNP", "NNPS"} and other is None)
                or (other is not None and other._.actor["kind"] == "state")
                or token.tag_ == "POS"
            ):
                break
            before.insert(0, token)
            j -= 1
        windows.append(before)
        if span.end < len(doc) and doc[span.end].text == ",":
            after = []
            k = span.end + 1
            while k < len(doc) and doc[k].text not in {",", ".", ";"} and k - span.end < 14:
                after.append(doc[k])
                k += 1
            windows.append(after)
        # "the deputy director of Russia's Federal Service ..., Alexander Fomin"
        if span.start >= 2 and doc[span.start - 1].text == ",":
            k = span.start - 2
            appos = []
            while k >= 0 and doc[k].text not in {",", ".", ";", '"'} and span.start - k < 16:
                appos.insert(0, doc[k])
                k -= 1
            windows.append(appos)
        for window in windows:
            if not window or not any(t.lower_ in _TITLE_WORDS for t in window):
                continue
            country = None
            for token in window:
                other = by_token.get(token.i)
                if other is not None and other._.actor["kind"] in {"state", "organization", "institution"}:
                    if other._.actor.get("country"):
                        country = other._.actor["country"]
                        break
            while window and (
                window[0].tag_ in {"DT", "POS", ","}
                or (by_token.get(window[0].i) is not None
                    and by_token[window[0].i]._.actor["kind"] == "state")
            ):
                window = window[1:]
            role = doc[window[0].i : window[-1].i + 1].text if window else None
            if country or role:
                return country, role
        return None, None


@Language.factory(
    "armsledger_actors",
    assigns=["doc.spans"],
    requires=["doc.ents", "token.tag"],
)
def make_actor_recognizer(nlp: Language, name: str) -> ActorRecognizer:
    return ActorRecognizer(nlp)


def home_of_outlet(outlet: str | None, catalog: Catalog | None = None) -> str | None:
    """The state of a government or state-media outlet (`outlets.csv`), None for any other."""
    entry = (catalog or load_catalog()).find_outlet(outlet)
    return entry.country if entry is not None and entry.state_media else None
