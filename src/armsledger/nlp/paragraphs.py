"""Line breaks end sentences: headlines, datelines and list items stand alone."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("armsledger_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc
