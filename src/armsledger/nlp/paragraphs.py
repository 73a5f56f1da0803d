"""Line breaks that end sentences: headlines, datelines, list items stand alone.

A blank line always ends a sentence. A single line break ends one only when
the line before it looks finished (it ends in sentence punctuation or is
short, like a headline) or the next line opens a list item; hard-wrapped
prose ("... in excess of $3.5\nbillion ...") runs on.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..catalog import words
from .doc_text import doc_text

_LIST_ITEM = re.compile(r"^\s*(?:\(?[ivxlc]+\)|\(?\d{1,2}[.)]|[-•*–])\s", re.IGNORECASE)
_SHORT_LINE = 50
# What a finished line or sentence ends with.
_SENTENCE_END = '.!?:;"”'


def _breaks_sentence(text: str, newline_at: int, blank: bool) -> bool:
    line_start = text.rfind("\n", 0, newline_at) + 1
    previous = text[line_start:newline_at].rstrip()
    rest = text[newline_at:].lstrip()
    next_end = rest.find("\n")
    following = rest[: next_end if next_end >= 0 else len(rest)]
    if blank:
        # A blank line inside a sentence ("a determination\n\napproving a
        # possible sale") is a page-layout accident, not a paragraph.
        unfinished = previous and previous[-1] not in _SENTENCE_END + ")" and len(previous) >= _SHORT_LINE
        return not (unfinished and following[:1].islower())
    if not previous:
        return True
    if previous[-1] in "-–—":
        return False  # a dateline runs into its sentence: "WASHINGTON, December 1, 2023 -"
    if previous[-1] in _SENTENCE_END or len(previous) < _SHORT_LINE:
        return True
    if line_start == 0 and following[:1].isupper():
        # The first line is the headline, however long, when a new sentence follows it.
        return True
    return bool(_LIST_ITEM.match(following))


# Months whose names are also words the parser may open a sentence with
# ("notified Congress May 22 of a sale").
MONTH_WORDS = words("date_month_words")
_SENTENCE_END_TOKENS = frozenset(_SENTENCE_END)


@Language.component("armsledger_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    text = doc_text(doc)
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.text.istitle() and token.lower_ in MONTH_WORDS and token.i + 1 < len(doc) \
                and doc[token.i + 1].like_num and "\n" not in previous.whitespace_ + previous.text \
                and previous.text not in _SENTENCE_END_TOKENS:
            token.is_sent_start = False
            continue
        gap = previous.whitespace_ if "\n" in previous.whitespace_ else (previous.text if previous.is_space else "")
        if "\n" not in gap:
            continue
        gap_start = previous.idx + (len(previous.text) if not previous.is_space else 0)
        newline_at = text.find("\n", gap_start)
        blank = gap.count("\n") >= 2
        # A run-on line is held together, not left to the parser to split.
        token.is_sent_start = _breaks_sentence(text, newline_at, blank)
    return doc
