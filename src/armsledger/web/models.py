"""The shapes of the JSON API, for its OpenAPI schema.

Models allow extra keys: the event record is the contract of design.md and
may grow; the schema documents what is always there. Parts that are domain
dataclasses (systems, times, evidence, register columns) are those
dataclasses, not restated here.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from ..model import Evidence, RegisterColumns, SystemRef, TimeRef


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class EventOut(Open):
    """An event record (design.md) with where it was stored and read."""

    id: str
    doc_id: str
    type: str
    modality: str
    supplier: str | None = None
    recipient: str | None = None
    parties: list[str] = []
    systems: list[SystemRef] = []
    quantity: int | None = None
    value: dict | None = None
    time: TimeRef | None = None
    attribution: list[dict] = []
    participants: list[dict] = []
    evidence: Evidence
    rule: str
    confidence: float | None = None  # the model's; null when decided by no model
    source_label: str
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None


T = TypeVar("T")


class Links(Open):
    html: str
    next: str | None = None
    prev: str | None = None


class PageOut(Open, Generic[T]):
    total: int
    page: int
    per_page: int
    pages: int
    items: list[T]
    links: Links


class StepSummary(Open):
    type: str
    modality: str
    time: str | None = None
    effective: str | None = None  # the time, else the first report's date, else none
    dated_by: str | None = None  # event | reported | null (undatable)
    sources: list[str] = []  # the first 3 (in the step's order); the deal's page gives them all
    source_count: int  # independent sources of the step
    sources_truncated: bool = False  # source_count > len(sources)
    events: int


class ClaimRecord(Open):
    source: str
    modality: str
    number: int | None = None
    time: str | None = None
    event_id: str


class ContradictionRecord(Open):
    type: str
    about: str  # modality | quantity
    summary: str
    claims: list[ClaimRecord]  # bounded: the first 10 in a list row, 20 on a deal's page (?claims=all)
    claim_count: int
    claims_truncated: bool = False
    summary_truncated: bool = False  # cut at 300 characters in a list row


class DealSummary(Open):
    id: str
    supplier: str | None = None
    recipient: str | None = None
    family: str | None = None
    category: str | None = None
    status: str | None = None  # null when no step can be dated
    status_modality: str | None = None
    status_date: str | None = None
    confidence: float | None = None  # its most confident event's (an event decided by no model counts as 1)
    sources: int
    documents: int
    first_time: str | None = None
    last_time: str | None = None
    events: int
    register_: RegisterColumns | None = Field(None, alias="register")  # "register" would shadow ABCMeta.register
    contradictions: list[ContradictionRecord] = []  # the first 5, each with its first 10 claims
    contradiction_count: int = 0
    steps: int  # timeline steps, all of them
    timeline: list[StepSummary] = []  # the first 10 (the deal's page and the exports give all)
    timeline_truncated: bool = False
    comments_truncated: bool = False  # register.comments cut at 300 characters (whole on the deal's page)


class FacetValue(BaseModel):
    value: str
    count: int


class DealsOut(PageOut[DealSummary]):
    filters: dict
    sort: str
    min_confidence: float | None = None  # the floor applied: the request's, else the server's
    facets: dict[str, list[FacetValue]]


class EventsOut(PageOut[EventOut]):
    filters: dict
    sort: str
    min_confidence: float | None = None


class StepDetail(Open):
    type: str
    modality: str
    time: str | None = None
    effective: str | None = None
    dated_by: str | None = None
    reported: str | None = None
    sources: list[str] = []  # the first 20 (?sources=N or all for more)
    source_count: int
    sources_truncated: bool = False
    event_count: int
    hidden_events: int = 0  # below the confidence floor
    events: list[EventOut]
    citation: str | None = None  # the step's first report, to cite


class OutletOut(BaseModel):
    id: str
    name: str
    country: str | None = None
    state_media: bool | None = None


class DocumentRef(Open):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None


class SourceOut(Open):
    source: str
    outlet: OutletOut | None = None
    events: int
    documents: int
    first_published: str | None = None
    last_published: str | None = None
    document_list: list[DocumentRef]


class ClaimOut(ClaimRecord):
    event: EventOut | None = None  # given for the first few contradictions


class ContradictionOut(ContradictionRecord):
    claims: list[ClaimOut]


class DealOut(Open):
    id: str
    supplier: str | None = None
    recipient: str | None = None
    family: str | None = None
    category: str | None = None
    status: str | None = None
    status_modality: str | None = None
    status_date: str | None = None
    sources: int
    documents: int
    first_time: str | None = None
    last_time: str | None = None
    register_: RegisterColumns | None = Field(None, alias="register")  # "register" would shadow ABCMeta.register
    register_rows: list[dict] = []  # rows of a loaded SIPRI register for the same parties and system
    citation: str  # how to cite the deal: title, status, years, sources, permalink, access date
    confidence: float | None = None
    min_confidence: float | None = None  # the floor applied to its events
    hidden_events: int = 0
    event_count: int
    timeline: list[StepDetail]
    source_list: list[SourceOut]  # most events first; the first 20 (?sources=N or all), of `sources`
    source_list_truncated: bool = False
    contradictions: list[ContradictionOut]  # the first 5 (?contradictions=N or all)
    contradiction_count: int
    contradictions_truncated: bool = False
    reports: list[dict] = []  # those of the first 20 documents by date (?sources=N or all)
    reports_truncated: bool = False
    bounds: dict[str, int | None]  # the bounds applied; null: the whole list
    links: dict[str, str]  # "everything": this deal with no list bounded


class Flow(Open):
    supplier: str
    recipient: str
    deals: int
    families: list[str | None]
    statuses: dict[str, int]


class CountrySummary(Open):
    code: str
    name: str
    supplies: int
    receives: int
    partners: int
    events: int


class CountriesOut(Open):
    items: list[CountrySummary]
    flows: list[Flow]


class CountryOut(Open):
    code: str
    name: str
    events: int
    deals_supplied: int
    deals_received: int
    supplies: list[Flow]
    receives: list[Flow]


class DocumentSummary(Open):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    status: str
    events: int


class DocumentsOut(PageOut[DocumentSummary]):
    filters: dict
    sort: str


class MarkOut(BaseModel):
    start: int
    end: int
    kind: str
    label: str
    title: str = ""


class DealRef(Open):
    id: str
    supplier: str | None = None
    recipient: str | None = None
    family: str | None = None
    status: str | None = None
    events: int


class DocumentOut(Open):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    status: str
    note: str | None = None
    text: str
    events: list[EventOut]
    deals: list[DealRef]
    annotations: list[MarkOut]
    annotation_note: str | None = None


class HitOut(Open):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    snippet: str
    snippet_html: str


class SearchOut(PageOut[HitOut]):
    query: str
    engine: str
    deals: list[DealSummary] = []  # deals of the systems and countries the query names
    read_as: list[list[str]] = []  # the query's words, each with the spellings searched for it


class OverviewOut(Open):
    counts: dict[str, int]
    published: dict[str, str | None]
    statuses: dict[str, int]


class IngestIn(BaseModel):
    """One document to add to the ledger."""

    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None


class IngestOut(BaseModel):
    id: str
    added: bool
    events: int
    deals: int
    status: str
    note: str | None = None


class ErrorItem(BaseModel):
    parameter: str
    message: str


class ErrorOut(BaseModel):
    error: str
    detail: list[ErrorItem] = []
