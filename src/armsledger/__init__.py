"""armsledger: a ledger of arms transfers and defense cooperation, built from the news."""

from .errors import ArmsledgerError, InputError
from .evaluate import evaluate
from .extract.events import EventExtractor, extract_events
from .fuse import fuse_deals
from .ingest import iter_documents
from .ledger import analyze, ingest
from .model import Deal, Document, Event, EventType, Modality
from .nlp import build_nlp
from .store import Store, open_store

__version__ = "0.1.0"

__all__ = [
    "ArmsledgerError",
    "Deal",
    "Document",
    "Event",
    "EventExtractor",
    "EventType",
    "InputError",
    "Modality",
    "Store",
    "analyze",
    "build_nlp",
    "evaluate",
    "extract_events",
    "fuse_deals",
    "ingest",
    "iter_documents",
    "open_store",
]
