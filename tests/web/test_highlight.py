"""Highlights (`web/highlight.annotate`) read a text as extraction does."""

from armsledger.web.highlight import annotate


def _label(marks, text, word):
    start = text.index(word)
    return next(m.label for m in marks if m.start == start)


def test_highlights_read_an_unqualified_institution_with_the_outlets_home(nlp):
    text = "The Coast Guard transferred two patrol boats to Costa Rica."
    assert _label(annotate(nlp, text, None, outlet="news.uscg.mil"), text, "Coast Guard") == "USA"
    # With no outlet, or an independent one, the page says what the text says: no state.
    assert _label(annotate(nlp, text, None), text, "Coast Guard") == "institution"
    assert _label(annotate(nlp, text, None, outlet="reuters"), text, "Coast Guard") == "institution"
