"""Formal arms-sale notifications: Section 36(b) notices as published in the
Federal Register and the Congressional Record.

These are forms, not prose: "(i) Prospective Purchaser: Republic of Korea",
"(ii) Total Estimated Value: ... Total ... $675 million", "(iii) Description
and Quantity ...". A notice is an APPROVAL by the United States of a possible
sale to the purchaser, whatever the sentences around it say.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..model import Document, Event, EventType, Evidence, Modality, SystemRef, Value
from ..nlp.actors import ACTORS_KEY
from ..nlp.doc_text import doc_text
from ..nlp.numbers import parse_money
from ..nlp.systems import SYSTEMS_KEY

PURCHASER_RE = re.compile(r"\(i\)\s*Prospective Purchaser:\s*(?P<name>[^\n]+)", re.IGNORECASE)
TOTAL_RE = re.compile(r"^\s*Total[ .]*(?P<money>\$\s?[\d.,]+\s*(?:million|billion)?)", re.IGNORECASE | re.MULTILINE)
SECTION_RE = re.compile(r"\((?P<roman>iii|iv|v|vi|vii|viii)\)", re.IGNORECASE)
NOTICE_MARKERS = ("36(b)(1)", "Letter of Offer", "Arms Sales Notification", "Transmittal No")


def is_notice(text: str) -> bool:
    return "Prospective Purchaser" in text and any(marker in text for marker in NOTICE_MARKERS)


def notice_events(doc: Doc, document: Document) -> list[Event]:
    """The APPROVAL a 36(b) notice states, or nothing when the text is not one."""
    text = doc_text(doc)
    if not is_notice(text):
        return []
    match = PURCHASER_RE.search(text)
    if match is None:
        return []
    start, end = match.span("name")
    purchaser = next(
        (s._.actor["country"] for s in doc.spans[ACTORS_KEY]
         if start <= s.start_char < end and s._.actor.get("country") and s._.actor["kind"] != "outlet"),
        None,
    )
    if purchaser is None:
        return []
    value = None
    total = TOTAL_RE.search(text, match.end())
    if total:
        money = parse_money(total.group("money").replace("$ ", "$"))
        if money:
            value = Value(amount=money[0]["amount"], currency=money[0]["currency"], text=total.group("money").strip())
    description_start = text.find("(iii)", match.end())
    description_end = len(text)
    if description_start >= 0:
        following = SECTION_RE.search(text, description_start + 5)
        while following and following.group("roman").lower() == "iii":
            following = SECTION_RE.search(text, following.end())
        description_end = following.start() if following else len(text)
    systems: list[SystemRef] = []
    seen: set[str] = set()
    if description_start >= 0:
        for span in doc.spans[SYSTEMS_KEY]:
            if description_start <= span.start_char < description_end:
                info = span._.system
                if info["family"] not in seen:
                    seen.add(info["family"])
                    systems.append(SystemRef(text=span.text, id=info["id"], family=info["family"],
                                             category=info["category"]))
    sent = doc.char_span(match.start(), match.end(), alignment_mode="expand").sent
    return [Event(
        doc_id=document.id,
        type=EventType.APPROVAL,
        modality=Modality.ASSERTED,
        supplier="USA",
        recipient=purchaser,
        parties=sorted({"USA", purchaser}),
        systems=systems,
        value=value,
        evidence=Evidence(sentence=sent.text, start=sent.start_char, end=sent.end_char, trigger="Prospective Purchaser"),
        rule="approval.notice-36b",
        source=document.source,
    )]
