"""Annotation: spaCy plus weapon systems, actors, times, attribution and modality."""

from .pipeline import build_nlp, make_doc, shared_nlp

__all__ = ["build_nlp", "make_doc", "shared_nlp"]
