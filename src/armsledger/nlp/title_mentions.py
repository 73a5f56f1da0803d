"""A bare title that refers back to the person who holds it: "Defense
Secretary Chuck Hagel ... The secretary is visiting Indonesia"."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..catalog import words

# The titles a text shortens a named official to ("the secretary", "the minister").
REFERRING_TITLES = words("referring_titles")
# How far back (in tokens) the named holder may be.
REACH = 400


def bare_titles(doc: Doc, spans: list[Span]) -> list[Span]:
    """A span for each "the <title>" with no name of its own, carrying the
    actor of the last person named before it whose role has that title."""
    people = sorted((s for s in spans if s._.actor["kind"] == "person" and s._.actor.get("role")),
                    key=lambda s: s.start)
    if not people:
        return []  # no titled official named: nothing to refer back to (most texts; skip their tokens)
    taken = {t.i for span in spans for t in span}
    found = []
    for token in doc:
        if token.lower_ not in REFERRING_TITLES or token.i in taken or token.tag_ not in {"NN", "NNP"}:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            continue
        # "the secretary of state's office", "the minister Sergei Shoigu" name their own.
        if any(c.dep_ in {"prep", "appos", "compound", "poss"} for c in token.children) \
                or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"):
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ in {"compound", "amod"} and doc[start - 1].head.i == token.i:
            start -= 1
        if any(i in taken for i in range(start, token.i)):
            continue  # "the Egyptian minister" names his state
        holder = next((p for p in reversed(people) if p.end <= start and token.i - p.start <= REACH
                       and token.lower_ in p._.actor["role"].lower()), None)
        if holder is None or not holder._.actor.get("country"):
            continue
        span = Span(doc, start, token.i + 1, label="P")
        span._.actor = dict(holder._.actor, referred=True)
        found.append(span)
    return found
