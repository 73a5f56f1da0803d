"""The other ways a text names a catalog system: ship classes ("Island-class
patrol boats"), a maker's model number ("Cessna 208B Grand Caravan"), names
written in capitals ("UH-60M BLACK HAWK") and designations broken across a
line ("AN/TPQ-\\n37")."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from importlib import resources

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..catalog import Catalog, SystemEntry
from .doc_text import doc_text

_SHIP_CATEGORIES = {"surface ship", "submarine"}
# Capitalized words that grade things rather than name a class ("World-class ships").
_NOT_CLASSES = {"world", "first", "second", "third", "top", "high", "middle", "business", "economy", "premier"}
_CLASS_SUFFIX = re.compile(r"^(?P<name>.+?)[- ]class\b", re.IGNORECASE)
# "Oliver Hazard Perry-class", "the Hamilton class cutter", "Type 23-class".
CLASS_RE = re.compile(
    r"(?<![\w-])(?P<name>(?:(?:[A-ZÀ-Þ][\w'.&]*|al|el|de|da|di|del|der|van|von|the|of)[ -]){0,4}[A-ZÀ-Þ0-9][\w'.&]*)"
    r"[- ][Cc]lass(?![\w])"
)
_CLASS_WORD_RE = re.compile(r"[- ][Cc]lass(?![\w])")
# What follows an unknown class name and makes it a ship's class, and which kind.
_SHIP_NOUNS = {
    "submarine": "submarine", "submarines": "submarine", "boat": "surface ship", "boats": "surface ship",
    "frigate": "surface ship", "frigates": "surface ship", "destroyer": "surface ship",
    "destroyers": "surface ship", "corvette": "surface ship", "corvettes": "surface ship",
    "cutter": "surface ship", "cutters": "surface ship", "carrier": "surface ship",
    "carriers": "surface ship", "cruiser": "surface ship", "cruisers": "surface ship",
    "vessel": "surface ship", "vessels": "surface ship", "ship": "surface ship", "ships": "surface ship",
    "minesweeper": "surface ship", "minesweepers": "surface ship", "minehunter": "surface ship",
    "minehunters": "surface ship", "craft": "surface ship", "patrol": "surface ship",
    "offshore": "surface ship", "landing": "surface ship", "amphibious": "surface ship",
}
_BEFORE_CLASS = {
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "of", "navy", "coast", "guard",
    "royal", "naval", "former", "ex", "new", "old", "second", "third", "fourth", "fifth", "first", "last",
    "another", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
}
# A maker's name before a model number: the catalog's makers and a few brands
# it does not list as makers (data/makers.csv).
# A model number, and the words before it that may be the maker's and the model's
# name ("Beechcraft King Air 350"): the makers are looked up in a set, not tried one by one.
MODEL_RE = re.compile(
    r"(?P<before>(?:[A-Z][\w&]*(?:-[A-Z][\w&]*)?[ -]){1,4})(?P<number>[A-Z]{0,3}-?\d{2,4}[A-Za-z]{0,3}(?:[-/]\d{1,3}[A-Z]?)?)(?![\w])"
)
_NOT_MAKERS = {
    "general", "north", "royal", "western", "special", "israel", "korea", "naval", "defense", "defence",
    "global", "advanced", "air", "force", "british", "euro", "mitsubishi/boeing", "region", "data",
}
# A word broken at a line end: "AN/TPQ-\n37", "F-\n16".
_BROKEN_RE = re.compile(r"(?<=[A-Za-z]-)[ \t]*\n[ \t]*(?=\d)")
_BROKEN_DESIGNATION_RE = re.compile(
    r"(?<![\w-])(?:[A-Z]{1,3}/)?[A-Z][A-Za-z]{0,4}-[ \t]*\n[ \t]*\d{1,4}[A-Za-z0-9]*(?:-\d[A-Z0-9]*)?(?![\w])"
)


def class_name(name: str) -> str | None:
    """The class a ship's name or alias names: "Island-class patrol craft" → "Island"."""
    match = _CLASS_SUFFIX.match(name)
    return match.group("name").strip() if match else None


def read_makers() -> list[str]:
    text = (resources.files("armsledger") / "data" / "makers.csv").read_text(encoding="utf-8")
    return [row["maker"].strip() for row in csv.DictReader(text.splitlines()) if row["maker"].strip()]


@dataclass(slots=True)
class FormIndex:
    classes: dict[str, SystemEntry]  # "island", "oliver hazard perry" → the class's entry
    makers: frozenset[str]
    # Words a class name may follow without being part of it: "the US Navy's Hamilton class".
    before_class: frozenset[str]


def build_form_index(catalog: Catalog, extra_makers: list[str]) -> FormIndex:
    classes: dict[str, SystemEntry] = {}
    ships = [entry for entry in catalog.systems if entry.category in _SHIP_CATEGORIES]
    # A class named by an entry's own name wins over one that another entry lists among its aliases.
    for entry in ships:
        name = class_name(entry.name)
        if name and (name.lower() not in classes or entry.id == entry.family):
            classes[name.lower()] = entry
    for entry in ships:
        names = [class_name(n) for n in entry.aliases]
        # SIPRI names a class by its name alone ("Island", "Perry"); NATO by a word ("Kilo").
        names += [n for n in entry.sipri if not any(ch.isdigit() for ch in n)]
        names += [n for n in entry.nato_names if " " not in n]
        for name in filter(None, names):
            classes.setdefault(name.lower(), entry)
    makers: set[str] = set(extra_makers)
    for entry in catalog.systems:
        for maker in re.split(r"/", entry.maker or ""):
            maker = maker.strip()
            if len(maker) >= 3:
                makers.add(maker)
                first = maker.split()[0]
                if len(first) >= 3 and first.lower() not in _NOT_MAKERS:
                    makers.add(first)
    before_class = set(_BEFORE_CLASS)
    for actor in catalog.actors:
        for name in (actor.name, *actor.aliases, *actor.demonyms, *actor.capitals):
            before_class.update(name.lower().split())
    return FormIndex(classes=classes, makers=frozenset(makers), before_class=frozenset(before_class))


def _made_by(entry: SystemEntry, maker: str) -> bool:
    word = re.compile(rf"(?<![a-z]){re.escape(maker.lower())}(?![a-z])")
    return any(word.search((text or "").lower()) for text in (entry.maker, entry.name, entry.id, *entry.aliases))


def find_ship_classes(doc: Doc, forms: FormIndex) -> tuple[list[tuple[Span, SystemEntry]], list[Span]]:
    """Ship classes of the catalog, and unknown ones that a ship noun follows
    ("the Tarik Ben Ziyad-class corvette" → family `tarik-ben-ziyad`)."""
    known: list[tuple[Span, SystemEntry]] = []
    unknown: list[Span] = []
    for match in _class_names(doc_text(doc)):
        words = re.split(r"([ -])", match.group("name"))
        # The longest known tail of the capitalized words: "the Oliver Hazard Perry" → "Oliver Hazard Perry".
        for first in range(0, len(words), 2):
            name = "".join(words[first:])
            entry = forms.classes.get(name.lower())
            if entry is not None:
                break
            # "Zeraoua Kebir" is not the Kebir class: only known words may stand before a class name.
            if re.sub(r"'s$", "", words[first].lower()) not in forms.before_class:
                break
        start = match.start("name") + match.group("name").rfind(name)
        span = doc.char_span(start, match.end(), alignment_mode="expand")
        if span is None:
            continue
        if entry is not None:
            known.append((span, entry))
            continue
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        name = re.sub(r"^(?:(?:The|A|An|This|That|Its|Their|Our|the|al|el|de|da|di|del|der|van|von|of)\s+)+", "",
                      match.group("name"))
        if after in _SHIP_NOUNS and name[0].isupper() and name.lower() not in _NOT_CLASSES:
            span = doc.char_span(match.end("name") - len(name), match.end(), alignment_mode="expand")
            if span is None:
                continue
            span._.system = {"id": None, "family": re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"),
                             "category": _SHIP_NOUNS[after], "origin": None}
            unknown.append(span)
    return known, unknown


def _class_names(text: str):
    """CLASS_RE's matches, looked for only before the word "class": scanning
    every capital of a text for a name that might precede it costs more."""
    for word in _CLASS_WORD_RE.finditer(text):
        for match in CLASS_RE.finditer(text, max(0, word.start() - 120), word.end()):
            if match.end() == word.end():
                yield match


def find_maker_models(doc: Doc, forms: FormIndex, resolve) -> list[tuple[Span, SystemEntry]]:
    """"Cessna 208B Grand Caravan", "Beechcraft King Air 350": a maker's word and a
    model number that the catalog knows for that maker."""
    found = []
    for match in MODEL_RE.finditer(doc_text(doc)):
        words = re.findall(r"\S+?(?:[ -]|$)", match.group("before"))
        # The maker is one to three words, followed by up to two words of the model's name.
        for first in range(len(words)):
            for last in range(first + 1, min(first + 3, len(words)) + 1):
                maker = "".join(words[first:last]).rstrip(" -")
                if maker not in forms.makers or len(words) - last > 2:
                    continue
                model = "".join(words[last:]) + match.group("number")
                entry = _maker_model(maker, model, resolve)
                start = match.start("before") + len("".join(words[:first]))
                span = doc.char_span(start, match.end(), alignment_mode="expand") if entry else None
                if span is not None:
                    found.append((span, entry))
                    break
            else:
                continue
            break
    return found


def _maker_model(maker: str, model: str, resolve) -> SystemEntry | None:
    for text in (f"{maker}-{model}", f"{maker} {model}", model):
        entry = resolve(text)
        if entry is not None and _made_by(entry, maker):
            return entry
    return None


def find_broken_designations(doc: Doc, resolve) -> list[tuple[Span, SystemEntry]]:
    """Designations a notice breaks at its hyphen across two lines."""
    found: list[tuple[Span, SystemEntry]] = []
    if not re.search(r"-[ \t]*\n", doc_text(doc)):
        return found
    for match in _BROKEN_DESIGNATION_RE.finditer(doc_text(doc)):
        entry = resolve(_BROKEN_RE.sub("", match.group(0)))
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if entry is not None and span is not None:
            found.append((span, entry))
    return found


class CapitalsMatcher:
    """Catalog names written in capitals ("BLACK HAWK", "JAVELIN missiles").

    A name of several words or with a number is matched in capitals wherever
    it stands; a one-word name is also an ordinary word ("PATRIOT", "APACHE"),
    so it is taken only before a weapon noun or after a designation of its own
    family ("AH-64E APACHE")."""

    def __init__(self, nlp: Language, by_name: dict[str, SystemEntry], weapon_nouns: set[str],
                 tokenized: dict[str, Doc] | None = None) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.by_lower: dict[str, SystemEntry] = {}
        names = []
        for name, entry in by_name.items():
            if len(name) > 3 and not name.isupper() and name.lower() not in self.by_lower:
                self.by_lower[name.lower()] = entry
                names.append(name)
        # The names as written, not lower-cased: capitals split as the name
        # does ("CH-53K" is "CH-53" "K", where "ch-53k" stays one token), and
        # the names the systems matcher tokenized already cost nothing more.
        tokenized = dict(tokenized or {})
        missing = [name for name in names if name not in tokenized]
        tokenized.update(zip(missing, nlp.tokenizer.pipe(missing), strict=True))
        patterns = [tokenized[name] for name in names]
        for start in range(0, len(patterns), 1000):
            self.matcher.add("CAPS", patterns[start : start + 1000])
        self.weapon_nouns = weapon_nouns

    def __call__(self, doc: Doc, designations: dict[int, str]) -> list[tuple[Span, SystemEntry]]:
        """`designations`: the family of the designation ending at each token index."""
        found = []
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            if not span.text.isupper() or not any(ch.isalpha() for ch in span.text):
                continue
            entry = self.by_lower[span.text.lower()]
            several = len(span) > 1 or any(ch.isdigit() for ch in span.text) or "-" in span.text
            if several or self._before_weapon_noun(doc, end) or designations.get(start - 1) == entry.family:
                found.append((span, entry))
        return found

    def _before_weapon_noun(self, doc: Doc, end: int) -> bool:
        """"JAVELIN missiles", "JAVELIN anti-tank missiles": a weapon noun within the next few words."""
        for token in doc[end : end + 4]:
            if token.is_punct and token.text != "-":
                return False
            if token.lower_.removesuffix("s") in self.weapon_nouns:
                return True
        return False
