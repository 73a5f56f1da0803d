"""Weapon-system recognition: catalog names and a designation grammar.

Designations are found by a regular expression over the text and mapped to a
catalog family by cutting variant suffixes at the end of their first number
group, so unseen variants (S-300PMU-2, Su-30SM2, F-16 Block 72) resolve to
their family without being listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..catalog import Catalog, SystemEntry, load_catalog, words
from .doc_text import doc_text
from .system_forms import (
    CapitalsMatcher,
    build_form_index,
    find_broken_designations,
    find_maker_models,
    find_ship_classes,
    read_makers,
)

SYSTEMS_KEY = "armsledger_systems"
_WMD_WORDS = {"nuclear", "chemical", "biological", "atomic", "radiological"}
# Platforms a WMD word describes by their propulsion, not their payload (`data/lexicon.csv`).
_PLATFORM_LEMMAS = words("nuclear_powered_platforms")
NAMED_KEY = "armsledger_named"
GENERICS_KEY = "armsledger_generics"

DESIGNATION_RE = re.compile(
    r"(?<![\w-])"
    r"(?:[A-Z][A-Za-z]{0,4}(?:/[A-Z]{1,2})?[- ]?\d{1,4}|M\d{1,3}|PAC-\d)"
    r"(?:[A-Za-z0-9]*)(?:[-/][A-Z0-9]{1,4}[a-z]?)*"
    r"(?:\s+Block\s+\d{1,3})?"
    r"(?![\w])"
)
_KEY_STRIP = re.compile(r"[^a-z0-9]")
# "Tactical Mission Network (TMN)": a capitalized name spelled out before its acronym.
NAMED_RE = re.compile(r"\b(?P<name>(?:[A-Z][A-Za-z0-9-]*\s+){1,6}[A-Z][A-Za-z0-9-]*)\s*\((?P<acronym>[A-Z][A-Z0-9-]{1,9})\)")
# Names that are also ordinary words at a sentence start are matched only
# when capitalized mid-sentence; that is handled by matching on ORTH.


def designation_key(text: str) -> str:
    return _KEY_STRIP.sub("", text.lower())


def _cut_candidates(key: str) -> list[str]:
    """Prefixes of a designation key that end a number group, longest first."""
    cuts = [key]
    for i in range(len(key) - 1, 0, -1):
        if key[i - 1].isdigit() and not key[i].isdigit():
            cuts.append(key[:i])
    return cuts


@dataclass(slots=True)
class SystemIndex:
    by_key: dict[str, SystemEntry]
    by_name: dict[str, SystemEntry]
    by_exact: dict[str, SystemEntry]
    by_sipri: dict[str, SystemEntry]

    def resolve(self, text: str) -> SystemEntry | None:
        """The catalog entry a designation names, by exact key or by its base."""
        text = re.sub(r"\s+Block\s+\d+$", "", text.strip())
        if text in self.by_name:
            return self.by_name[text]
        if text in self.by_sipri:
            return self.by_sipri[text]
        key = designation_key(text)
        if key in self.by_exact:
            return self.by_exact[key]
        for candidate in _cut_candidates(key):
            if candidate in self.by_key:
                return self.by_key[candidate]
        return None


def build_index(catalog: Catalog) -> SystemIndex:
    by_key: dict[str, SystemEntry] = {}
    by_name: dict[str, SystemEntry] = {}
    by_exact: dict[str, SystemEntry] = {}
    by_sipri: dict[str, SystemEntry] = {}
    families = catalog.families
    for entry in catalog.systems:
        nato_codes = [nato.split()[0] for nato in entry.nato_names]
        for name in (entry.id, entry.name, *entry.aliases, *entry.nato_names, *nato_codes):
            key = designation_key(name)
            if key and any(ch.isdigit() for ch in key):
                # The family's own entry wins a shared key.
                if key not in by_key or entry.id == entry.family:
                    by_key[key] = entry
        # A reporting name without its code ("May", "Bear", "Hip") is too
        # often an ordinary word to be matched in running text.
        coded_nato = [n for n in entry.nato_names if any(ch.isdigit() for ch in n)]
        for name in (entry.name, *entry.aliases, *coded_nato):
            by_name.setdefault(name, entry)
        for name in entry.sipri:
            by_sipri.setdefault(name, entry)
        for name in (entry.id, entry.name, *entry.aliases):
            key = designation_key(name)
            if key and (key not in by_exact or entry.id == entry.family):
                by_exact[key] = entry
    for family, entry in families.items():
        by_key.setdefault(designation_key(family), entry)
    return SystemIndex(by_key=by_key, by_name=by_name, by_exact=by_exact, by_sipri=by_sipri)


def _join_designation_and_name(spans: list[Span], doc: Doc) -> list[Span]:
    """One span for a designation and the name beside it: "UH-60M Black Hawk";
    and where the name alone would read as another system of its kind
    ("AN/TPQ-37(V)3 FIREFINDER": the -36 is also a Firefinder), the
    designation decides."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if last is None or last.end != span.start:
            joined.append(span)
            continue
        mine, next_one = last._.system, span._.system
        if mine["family"] == next_one["family"]:
            system = mine if mine["id"] == mine["family"] else next_one
        elif mine["category"] == next_one["category"] and _is_designation(last.text) \
                and not _is_designation(span.text):
            system = mine
        else:
            joined.append(span)
            continue
        merged = doc[last.start : span.end]
        merged._.system = system
        joined[-1] = merged
    return joined


def _is_designation(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def system_info(entry: SystemEntry) -> dict[str, str | None]:
    return {
        "id": entry.id,
        "family": entry.family,
        "category": entry.category,
        "origin": entry.origin,
    }


class SystemRecognizer:
    """Marks weapon systems in `doc.spans["armsledger_systems"]` and generic
    weapon words ("air defense systems", "helicopters") in
    `doc.spans["armsledger_generics"]`; each span's `._.system` (`._.generic`) holds the
    catalog id, family, category and origin."""

    def __init__(self, nlp: Language, catalog: Catalog | None = None) -> None:
        catalog = catalog or load_catalog()
        self.index = build_index(catalog)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        names = [name for name in self.index.by_name if len(name) > 2 and not name.islower()]
        # "King Air 350s", "Black Hawks": plurals of the names.
        plurals = {f"{name}s": name for name in names if not name.endswith(("s", "S", "x", "z"))}
        for plural, name in plurals.items():
            self.index.by_name.setdefault(plural, self.index.by_name[name])
        names += list(plurals)
        tokenized: dict[str, Doc] = {}
        for start in range(0, len(names), 1000):
            chunk = names[start : start + 1000]
            docs = list(nlp.tokenizer.pipe(chunk))
            tokenized.update(zip(chunk, docs, strict=True))
            self.matcher.add("SYSTEM", docs)
        self.generic_lemmas = catalog.generic_by_lemma
        # The words a generic term's modifier can open with: other nouns' modifiers are not looked at.
        self.generic_openers = {part for term in self.generic_lemmas
                                for part in (term.split()[0], re.split(r"[ \-]", term)[0])}
        self.forms = build_form_index(catalog, read_makers())
        self.capitals = CapitalsMatcher(nlp, self.index.by_name, {lemma.split()[-1] for lemma in self.generic_lemmas},
                                        tokenized)
        self.named_heads = {row.word for row in catalog.named_words if row.kind == "head"}
        self.not_systems = {row.word for row in catalog.named_words if row.kind == "not-a-system"}

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        for match in DESIGNATION_RE.finditer(doc_text(doc)):
            entry = self.index.resolve(match.group(0))
            if entry is None:
                continue
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                span._.system = system_info(entry)
                spans.append(span)
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            entry = self.index.by_name.get(span.text)
            if entry is not None:
                span._.system = system_info(entry)
                spans.append(span)
        classes, unknown_classes = find_ship_classes(doc, self.forms)
        found = [*classes, *find_maker_models(doc, self.forms, self.index.resolve),
                 *find_broken_designations(doc, self.index.resolve)]
        ends = {span.end - 1: span._.system["family"] for span in spans}
        found += self.capitals(doc, ends)
        taken = {(span.start, span.end) for span in spans}
        for span, entry in found:
            if (span.start, span.end) in taken:
                continue  # the span's extension values are keyed by its offsets: keep the first reading
            span._.system = system_info(entry)
            spans.append(span)
        spans = _join_designation_and_name(filter_spans(spans), doc)
        doc.spans[SYSTEMS_KEY] = spans
        covered = {t.i for span in spans for t in span}
        named = [span for span in unknown_classes if not any(t.i in covered for t in span)]
        doc.spans[NAMED_KEY] = filter_spans([*named, *self._named(doc, covered)])
        covered = {token.i for span in spans for token in span}
        doc.spans[GENERICS_KEY] = self._generics(doc, covered)
        return doc

    def _named(self, doc: Doc, covered: set[int]) -> list[Span]:
        """Systems the catalog does not know, named with their acronym:
        "Tactical Mission Network (TMN)" → family `tactical-mission-network`."""
        spans = []
        text = doc_text(doc)
        for match in NAMED_RE.finditer(text):
            words = match.group("name").split()
            acronym = match.group("acronym").replace("-", "")
            # Keep the words the acronym spells, from the end of the name.
            words = words[-len(acronym):] if len(words) >= len(acronym) else words
            if "".join(w[0] for w in words).upper() != acronym.upper()[: len(words)] or len(words) < 2:
                continue
            name = " ".join(words)
            if words[-1].lower().rstrip("s") not in self.named_heads or name.lower() in self.not_systems:
                continue
            start = match.start("name") + match.group("name").rfind(name)
            span = doc.char_span(start, start + len(name), alignment_mode="expand")
            if span is None or any(t.i in covered for t in span):
                continue
            info = {"id": None, "family": re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"),
                    "category": "other", "origin": None}
            span._.system = info
            spans.append(span)
            # The same system where the text names it again, in full or by acronym.
            for other in re.finditer(rf"\b(?:{re.escape(name)}|{re.escape(match.group('acronym'))})\b", text):
                again = doc.char_span(other.start(), other.end(), alignment_mode="expand")
                if again is not None and again.start != span.start and not any(t.i in covered for t in again):
                    again._.system = dict(info)
                    spans.append(again)
        return filter_spans(spans)

    def _generics(self, doc: Doc, covered: set[int]) -> list[Span]:
        spans = []
        for token in doc:
            if token.i in covered or token.pos_ not in {"NOUN", "PROPN"}:
                continue
            term = self.generic_lemmas.get(token.lemma_.lower())
            start = token.i
            # A modifier naming a kind ("air defense systems", "anti-missile
            # defense system") says more than the head noun does.
            for j in range(max(0, token.i - 3), token.i):
                if doc[j].lower_ not in self.generic_openers or any(k in covered for k in range(j, token.i)):
                    continue
                modifier = doc[j : token.i].text.lower()
                phrase = f"{modifier} {token.lemma_.lower()}"
                if phrase in self.generic_lemmas or modifier in self.generic_lemmas:
                    term = self.generic_lemmas.get(phrase) or self.generic_lemmas[modifier]
                    start = j
                    break
            if term is None:
                continue
            if term.lemma not in _PLATFORM_LEMMAS and (any(c.lower_ in _WMD_WORDS for c in token.children)
                                                       or any(t.lower_ in _WMD_WORDS for t in doc[start:token.i])):
                # "nuclear weapons": not the conventional arms the ledger records;
                # a "nuclear submarine" is a platform, and is.
                continue
            span = doc[start : token.i + 1]
            span._.generic = {"categories": list(term.categories), "lemma": token.lemma_.lower()}
            spans.append(span)
        return filter_spans(spans)


@Language.factory(
    "armsledger_systems",
    assigns=["doc.spans"],
    requires=["token.lemma", "token.pos"],
)
def make_system_recognizer(nlp: Language, name: str) -> SystemRecognizer:
    return SystemRecognizer(nlp)
