"""The relevance pass before parsing: is a text (or a paragraph window) about
arms or defense at all?

Most of a general news feed is not, and parsing it is most of the cost of
ingesting it. One Aho-Corasick automaton, run once over the raw text, finds
three kinds of terms:

- **strong**: arms vocabulary ("missiles", "warships", "arms sale",
  "defense minister"), the catalog's weapon-system names and aliases that
  are not also ordinary words, and the catalog's designations ("F-16",
  "Su-30MKI", "S-400") — only designations the catalog holds, so "In 2004",
  "Radio 4" or "G8" are not one;
- **weak**: words that are arms vocabulary only sometimes ("tank",
  "jet", "defence", "drill") and catalog names that are also ordinary words
  or short codes ("Typhoon", "Patriot", "Harvard", "M1", "K2");
- **triggers**: the words that can signal an event (`triggers.csv`) and
  the stage words (`stage_cues.csv`), inflected ("delivered", "sold").

A text is relevant when it holds a strong term, or two different weak terms
and a trigger; everyday phrases ("think tank", "jet stream", "prime
minister") cancel the weak words inside them. A paragraph window of a
relevant text is parsed when it holds any arms term, strong or weak. Matching is case-sensitive for catalog names (a system name is
capitalized) and case-insensitive in effect for vocabulary (its usual
casings are all in the automaton).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import ahocorasick

from ..catalog import Catalog, load_catalog, words
from .windows import Window

STRONG, WEAK, TRIGGER, NOT_ARMS = 0, 1, 2, 3

# The vocabulary (data/lexicon.csv): strong words and phrases, weak words,
# the everyday phrases that cancel weak words inside them.
_STRONG_WORDS = words("relevance_strong_words")
_WEAK_WORDS = words("relevance_weak_words")
_NOT_ARMS = words("relevance_everyday_phrases")
# Irregular forms of trigger and stage lemmas.
_IRREGULAR = {
    "buy": ["bought"], "sell": ["sold"], "send": ["sent"], "take": ["took", "taken"], "begin": ["began", "begun"],
    "seek": ["sought"], "hold": ["held"], "meet": ["met"], "freeze": ["froze", "frozen"], "forbid": ["forbade",
    "forbidden"], "forgo": ["forwent", "forgone"], "forego": ["forewent", "foregone"], "bid": ["bidding"],
}
_VOWELS = set("aeiou")


def inflections(lemma: str) -> set[str]:
    """The usual forms of an English word: "ship" → ships, shipped, shipping."""
    forms = {lemma, *_IRREGULAR.get(lemma, [])}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
        # ship → shipped, ban → banned: one short vowel before one consonant.
        if len(lemma) >= 3 and lemma[-1] not in _VOWELS | set("wxy") and lemma[-2] in _VOWELS \
                and lemma[-3] not in _VOWELS:
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _casings(word: str) -> set[str]:
    forms = {word, word.lower(), word.capitalize(), word.upper(), word.title()}
    if len(word) > 3 and word.endswith("s"):
        forms.add(word[:-1].upper() + "s")  # an acronym's plural: "UAVs"
    return forms


def _is_designation(name: str) -> bool:
    return any(ch.isdigit() for ch in name) and any(ch.isalpha() for ch in name)


def _designation_forms(name: str) -> set[str]:
    """"F-16" is also written "F16" and "F 16"."""
    return {name, name.replace("-", ""), name.replace("-", " "), name.upper()}


def _name_strength(name: str) -> int:
    alnum = re.sub(r"[^A-Za-z0-9]", "", name)
    if _is_designation(name):
        # "M1", "K2", "G6": a motorway, a mountain, a summit as often as a weapon.
        return STRONG if len(alnum) >= 3 else WEAK
    if " " in name.strip() or "-" in name:
        return STRONG  # "Black Hawk", "Leopard 2A7", "Iron Dome"
    if name.isupper():
        return STRONG if len(alnum) >= 4 else WEAK  # "HIMARS", "THAAD"; "ADS" is weak
    return WEAK  # "Typhoon", "Patriot", "Harvard": ordinary words and names too


@dataclass(slots=True, frozen=True)
class Hits:
    strong: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()

    @property
    def relevant(self) -> bool:
        distinct = {w.lower().removesuffix("s") for w in self.weak}
        return bool(self.strong) or (len(distinct) >= 2 and bool(self.triggers))

    @property
    def any_arms(self) -> bool:
        """Any arms vocabulary at all, strong or weak: enough for a window of a relevant text."""
        return bool(self.strong or self.weak)


class RelevanceFilter:
    """One automaton over the catalog and the vocabulary; see the module's doc."""

    def __init__(self, catalog: Catalog | None = None) -> None:
        catalog = catalog or load_catalog()
        terms: dict[str, int] = {}

        def add(form: str, kind: int) -> None:
            form = form.strip()
            if len(form) >= 2 and terms.get(form, 99) > kind:  # the strongest reading wins
                terms[form] = kind

        for vocabulary, kind in ((_STRONG_WORDS, STRONG), (_WEAK_WORDS, WEAK), (_STRONG_PHRASES, STRONG)):
            for word in vocabulary:
                for form in _casings(word):
                    add(form, kind)
        for term in catalog.generic_terms:
            for form in inflections(term.lemma) if " " not in term.lemma else {term.lemma, term.lemma + "s"}:
                for cased in _casings(form):
                    add(cased, WEAK if term.lemma in _WEAK_SET else STRONG)
        for entry in catalog.systems:
            coded_nato = [n for n in entry.nato_names if any(ch.isdigit() for ch in n)]
            for name in (entry.name, *entry.aliases, *coded_nato):
                if len(name) <= 2 or name.islower():
                    continue
                kind = _name_strength(name)
                forms = _designation_forms(name) if _is_designation(name) else {name, name + "s"}
                if " " in name and name[-1].isalpha():  # "M2 machine gun": "M2 machine guns"
                    forms |= {form + "s" for form in forms}
                for form in forms:
                    add(form, kind)
        for phrase in _NOT_ARMS:
            for form in _casings(phrase.strip()):
                terms[form] = NOT_ARMS
        for entry in catalog.systems:  # the ids carry the bare designations: "f-16", "su-30"
            if _is_designation(entry.id) and len(entry.id) <= 12:
                for cased in {entry.id.upper(), entry.id.capitalize()}:
                    for form in _designation_forms(cased):
                        add(form, _name_strength(cased))
        for lemma in {t.lemma for t in catalog.triggers} | _stage_lemmas():
            for form in inflections(lemma):
                for cased in _casings(form):
                    add(cased, TRIGGER)
        self.automaton = ahocorasick.Automaton()
        for form, kind in terms.items():
            self.automaton.add_word(form, (kind, form))
        self.automaton.make_automaton()
        self.size = len(terms)

    def hits(self, text: str, start: int = 0, end: int | None = None, *, stop: bool = True) -> Hits:
        """The terms found in text[start:end]; with `stop`, only until a strong term is found."""
        end = len(text) if end is None else end
        strong: list[str] = []
        weak: list[tuple[int, str]] = []
        triggers: list[str] = []
        everyday: list[tuple[int, int]] = []
        for last, (kind, form) in self.automaton.iter(text, start, end):
            first = last - len(form) + 1
            if kind == NOT_ARMS:  # "think tank": the "tank" in it, found before or after, is not arms
                weak = [(at, w) for at, w in weak if not first <= at <= last]
                everyday.append((first, last))
                continue
            if not _bounded(text, first, last, form):
                continue
            if kind == WEAK and any(a <= first <= b for a, b in everyday[-3:]):
                continue
            if kind == STRONG:
                strong.append(form)
                if stop:
                    break
            elif kind == WEAK:
                weak.append((first, form))
            else:
                triggers.append(form)
        return Hits(tuple(strong), tuple(w for _, w in weak), tuple(triggers))

    def is_relevant(self, text: str, start: int = 0, end: int | None = None) -> bool:
        return self.hits(text, start, end).relevant

    def mentions_arms(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether text[start:end] holds any arms vocabulary, strong or weak."""
        end = len(text) if end is None else end
        return self.hits(text, start, end).any_arms

    def windows(self, text: str, windows: list[Window]) -> list[Window]:
        """The paragraph windows of a relevant text worth parsing: those with arms vocabulary."""
        return [w for w in windows if self.mentions_arms(text, w.start, w.end)]


def _bounded(text: str, first: int, last: int, form: str) -> bool:
    """Whether a match stands as a whole word: "tank" not in "tanker", "F-16" in
    "F-16C" and "F-16s" (a designation's variants), but not "F-1" in "F-16"."""
    if first > 0 and (text[first - 1].isalnum() or text[first - 1] in "-_/"):
        return False
    nxt = text[last + 1] if last + 1 < len(text) else " "
    if not nxt.isalnum():
        return not (nxt == "-" and last + 2 < len(text) and text[last + 2].isalnum())
    return form[-1].isdigit() and nxt.isalpha()


# Strong phrases: "arms sale", "air force", and "defence chiefs", "defense
# ties": defence followed by one of the defense nouns.
_STRONG_PHRASES = words("relevance_strong_phrases") | {
    f"{word} {noun}" for word in ("defense", "defence") for noun in words("relevance_defense_nouns")}
# Generic terms (generic_terms.csv) that are arms only sometimes.
_WEAK_SET = _WEAK_WORDS | words("relevance_weak_terms")


@functools.cache
def _stage_lemmas() -> frozenset[str]:
    from ..catalog import _rows  # the stage cues have no reader of their own

    return frozenset(row["lemma"] for _, row in _rows("stage_cues.csv") if row.get("lemma"))


@functools.cache
def shared_filter() -> RelevanceFilter:
    """One automaton per process: building it reads the catalogs."""
    return RelevanceFilter()
