"""A measured corpus for near-duplicate clustering: the example articles, their
verbatim and lightly edited syndicated copies, and different stories about
the same deals (which must not cluster with them)."""

from __future__ import annotations

import random
from pathlib import Path

from armsledger.ingest import html

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
SAME_DEAL = Path(__file__).resolve().parent / "data" / "same-deal"

BYLINES = ["By Sarah Lin and Omar Haddad, Staff Writers", "By Reuters Staff", "Reporting by Anna Petrova",
           "By AFP with additional reporting by our correspondent"]
HEADLINES = ["What we know so far", "Deal in focus: the latest", "UPDATED: officials confirm report",
             "World briefing: defense", "Analysis wire: arms trade update"]


def example_texts() -> dict[str, str]:
    """Each example article's text, HTML pages through the HTML reader."""
    texts = {}
    for path in sorted(EXAMPLES.iterdir()):
        if path.suffix == ".txt":
            texts[path.stem] = path.read_text(encoding="utf-8")
        elif path.suffix == ".html":
            texts[path.stem] = html.document_from_bytes(path.read_bytes(), source=str(path)).text
    return texts


def _parts(text: str) -> tuple[str, list[str]]:
    """Headline and paragraphs (blank-line separated, or one a line as the HTML reader gives them)."""
    headline, _, body = text.strip().partition("\n")
    separator = "\n\n" if "\n\n" in body.strip() else "\n"
    return headline, [p.strip() for p in body.split(separator) if p.strip()]


def changed_headline(text: str, rng: random.Random) -> str:
    _, paragraphs = _parts(text)
    return "\n\n".join([rng.choice(HEADLINES), *paragraphs])


def added_byline(text: str, rng: random.Random) -> str:
    headline, paragraphs = _parts(text)
    return "\n\n".join([headline, rng.choice(BYLINES), *paragraphs, "(Editing by Mark Heinrich)"])


def trimmed_last_paragraph(text: str, rng: random.Random) -> str:
    headline, paragraphs = _parts(text)
    return "\n\n".join([headline, *paragraphs[:-1]])


def all_three(text: str, rng: random.Random) -> str:
    return added_byline(changed_headline(trimmed_last_paragraph(text, rng), rng), rng)


def republished(text: str, rng: random.Random) -> str:
    """A verbatim copy in another site's layout, with its boilerplate."""
    headline, paragraphs = _parts(text)
    return "\n".join([headline.upper(), "", *paragraphs, "",
                      "This story has not been edited by our staff and is published from a syndicated feed.",
                      "Copyright 2024 Example Syndication. All rights reserved."])


def first_half(text: str, rng: random.Random) -> str:
    """The top half of a wire story, as an outlet short of space runs it (a harder case than the issue asks)."""
    headline, paragraphs = _parts(text)
    return "\n\n".join([headline, *paragraphs[:max(3, (len(paragraphs) + 1) // 2)]])


EDITS = [changed_headline, added_byline, trimmed_last_paragraph, all_three, republished]
HARDER = [first_half]


def build_corpus(seed: int = 11, *, harder: bool = False) -> list[tuple[str, str, str]]:
    """(key, text, true cluster) for every document, in a shuffled order so
    that a copy often arrives before its original."""
    rng = random.Random(seed)
    corpus = []
    for name, text in example_texts().items():
        corpus.append((name, text, name))
        for edit in EDITS + (HARDER if harder else []):
            corpus.append((f"{name}~{edit.__name__}", edit(text, rng), name))
    for path in sorted(SAME_DEAL.glob("*.txt")):
        corpus.append((f"same-deal/{path.stem}", path.read_text(encoding="utf-8"), f"same-deal/{path.stem}"))
    rng.shuffle(corpus)
    return corpus


def pairwise_scores(truth: dict[str, str], predicted: dict[str, object]) -> tuple[float, float]:
    """Precision and recall over pairs of documents put in one cluster."""
    keys = sorted(truth)
    tp = fp = fn = 0
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            same_true = truth[a] == truth[b]
            same_pred = predicted[a] == predicted[b]
            tp += same_true and same_pred
            fp += same_pred and not same_true
            fn += same_true and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall
