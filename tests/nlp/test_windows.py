"""Long texts are analysed in paragraph windows, with offsets into the whole
text, up to a cap; cost stays linear and spaCy's one-million-character limit
is never reached."""

from __future__ import annotations

from pathlib import Path

import pytest

from armsledger.ingest.document import make_document
from armsledger.ledger import analyze
from armsledger.nlp.windows import WINDOW_CHARS, plan_windows

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _long_text(chars: int) -> str:
    articles = "\n\n".join(p.read_text() for p in sorted(EXAMPLES.glob("*.txt")))
    return (articles * (chars // len(articles) + 1))[:chars]


def test_windows_cover_the_text_and_end_at_paragraphs():
    text = "\n\n".join(f"Paragraph {n} says Russia delivered tanks. " * 20 for n in range(200))
    plan = plan_windows(text, limit=len(text))
    assert plan.windows[0].start == 0 and plan.windows[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(plan.windows, plan.windows[1:], strict=False))
    assert all(w.end - w.start <= WINDOW_CHARS for w in plan.windows)
    assert all(text[w.end - 2:w.end] == "\n\n" for w in plan.windows[:-1])
    assert not plan.truncated and plan.note() is None


def test_a_paragraph_longer_than_a_window_is_cut_between_sentences_then_words():
    text = "Russia delivered tanks to Syria. " * 2000 + "x" * 25_000
    plan = plan_windows(text, limit=len(text))
    assert all(w.end - w.start <= WINDOW_CHARS for w in plan.windows)
    assert text[plan.windows[0].end - 2:plan.windows[0].end] == ". "
    assert plan.windows[-1].end == len(text)


def test_analysis_stops_at_the_cap_with_a_note():
    plan = plan_windows("word " * 100_000, limit=30_000)
    assert plan.analysed <= 30_000 and plan.truncated
    assert plan.note() == ("500,000 characters long: only the first "
                           f"{plan.analysed:,} were analysed (the limit is 30,000); the whole text is stored")


@pytest.mark.parametrize("chars", [35_000])
def test_long_document_evidence_points_into_the_whole_text(nlp, chars):
    document = make_document(_long_text(chars), source="<long>", published="2020-01-01")
    (analysis,) = analyze([document], nlp=nlp)
    assert analysis.note is None
    starts = [e.evidence.start for e in analysis.events]
    assert starts and max(starts) > WINDOW_CHARS  # found in later windows too
    for event in analysis.events:
        for evidence in [event.evidence, *event.mentions]:
            assert document.text[evidence.start:evidence.end] == evidence.sentence


def test_a_text_over_spacys_limit_is_analysed_up_to_the_cap(nlp):
    # Over a million characters: spaCy alone refuses it (E088).
    document = make_document(_long_text(1_100_000), source="<huge>", published="2020-01-01")
    (analysis,) = analyze([document], nlp=nlp, max_chars=25_000)
    assert analysis.events and analysis.note.startswith("1,100,000 characters long: only the first")
    assert max(e.evidence.end for e in analysis.events) <= 25_000
