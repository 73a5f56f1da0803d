"""What the rules look things up in: the catalog, the attribution and
modality readers built from it, and the word sets drawn from its tables."""

from __future__ import annotations

from functools import cached_property

from ..catalog import Catalog
from ..nlp.attribution import Attributor
from ..nlp.modality import ModalityReader
from ..nlp.relevance import inflections


class Lookups:
    """Built once per extractor; the derived sets are read on first use."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.attributor = Attributor(catalog)
        self.modality = ModalityReader(catalog)

    @cached_property
    def light_verbs(self) -> set[str]:
        """Verbs that only carry a noun's event: "conduct negotiations"."""
        return {cue.text for cue in self.catalog.cues if cue.scope == "light"}

    @cached_property
    def verb_forms(self) -> dict[str, str]:
        """Each inflected form of a trigger verb and its lemma: the tagger's
        lemma is sometimes another word's ("hopes" → "hop")."""
        return {form: entry.lemma for entry in self.catalog.triggers if entry.pos == "VERB"
                for form in inflections(entry.lemma) if form != entry.lemma}

    @cached_property
    def not_arms_words(self) -> set[str]:
        """Names that put a deal outside arms: "offset", "nuclear"."""
        return {row.word for row in self.catalog.named_words if row.kind == "not-arms"}

    @cached_property
    def compatible_categories(self) -> dict[str, set[str]]:
        """Each system category with the others a generic word of it may name."""
        table: dict[str, set[str]] = {}
        for term in self.catalog.generic_terms:
            first = term.categories[0]
            table.setdefault(first, {first}).update(term.categories)
        return table
