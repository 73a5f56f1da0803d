"""Extraction: events from annotated docs."""

from .events import EventExtractor, Finding, extract_events

__all__ = ["EventExtractor", "Finding", "extract_events"]
