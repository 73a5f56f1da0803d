"""A Doc's text, joined once: `Doc.text` rebuilds the string from every token
on each call, and the components that search it with patterns ask often."""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "armsledger_text"


def doc_text(doc: Doc) -> str:
    cached = doc.user_data.get(_KEY)
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data[_KEY] = (len(doc), doc.text)
    return cached[1]
