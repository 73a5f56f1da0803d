"""A status that holds and the register columns, on hand-built event tables."""

from armsledger.fuse import FusedEvent, fuse_deals
from armsledger.model import (
    Event,
    EventType,
    Evidence,
    Granularity,
    Modality,
    SystemRef,
    TimeRef,
    Value,
)

S300 = SystemRef(text="S-300", id="s-300", family="s-300", category="surface-to-air missile system")
PMU2 = SystemRef(text="S-300PMU-2", id="s-300pmu-2", family="s-300", category="surface-to-air missile system")


def _item(n, type_, modality, time=None, *, source="tass", published="2016-02-16", quantity=None, value=None,
          systems=(S300,), doc=None):
    event = Event(
        doc_id=doc or f"doc-{source}-{published}", type=EventType(type_), modality=Modality(modality),
        supplier="RUS", recipient="IRN", parties=["IRN", "RUS"], systems=list(systems), quantity=quantity,
        value=value, time=TimeRef(text=time, start=time, granularity=Granularity.YEAR) if time else None,
        evidence=Evidence(sentence=f"sentence {n}", start=0, end=1, trigger="t"), rule="r",
    )
    return FusedEvent(id=f"e{n}", event=event, source=source, published=published)


def _status(deal):
    return (str(deal.status) if deal.status else None, str(deal.status_modality) if deal.status_modality else None)


def test_undatable_steps_never_become_the_status():
    # The S-300 case: undated steps from documents with no
    # publication date used to outrank a dated report of the delivery.
    (deal,) = fuse_deals([
        _item(1, "AGREEMENT", "ASSERTED", "2007"),
        _item(2, "DELIVERY", "ASSERTED", "2016-10-13", source="xinhua"),
        _item(3, "DELIVERY", "PLANNED", source="ria", published=None),
        _item(4, "SUSPENSION", "ASSERTED", source="sputnik", published=None),
    ])
    assert _status(deal) == ("DELIVERY", "ASSERTED") and deal.status_date == "2016-10-13"
    undatable = [s for s in deal.timeline if s.effective is None]
    assert {(str(s.type), s.dated_by) for s in undatable} == {("DELIVERY", None), ("SUSPENSION", None)}
    assert deal.timeline[-2:] == undatable  # undatable steps come last
    assert "2 undatable steps" in deal.register.comments


def test_a_step_without_a_time_takes_its_reports_date():
    (deal,) = fuse_deals([
        _item(1, "AGREEMENT", "ASSERTED", "2017"),
        _item(2, "DELIVERY", "ASSERTED", source="anadolu", published="2019-07-12"),
        _item(3, "DELIVERY", "ASSERTED", source="anadolu", published="2019-07-14", doc="doc-later"),
    ])
    first, second = deal.timeline[-2:]
    assert (first.effective, first.dated_by, first.time) == ("2019-07-12", "reported", None)
    assert (second.effective, second.dated_by) == ("2019-07-14", "reported")
    assert (deal.first_time, deal.last_time) == ("2017", "2019-07-14")
    assert _status(deal) == ("DELIVERY", "ASSERTED") and deal.status_date == "2019-07-14"


def test_asserted_beats_planned_and_speculated_at_the_same_date():
    (deal,) = fuse_deals([
        _item(1, "CANCELLATION", "SPECULATED", "2015-04", source="sputnik"),
        _item(2, "DELIVERY", "PLANNED", "2015-04", source="ria"),
        _item(3, "RESUMPTION", "ASSERTED", "2015-04", source="tass"),
    ])
    assert _status(deal) == ("RESUMPTION", "ASSERTED")


def test_the_latest_dated_step_is_the_status_even_if_planned():
    (deal,) = fuse_deals([
        _item(1, "DELIVERY", "ASSERTED", "2016-10-13"),
        _item(2, "DELIVERY", "PLANNED", "2017", source="ria"),
    ])
    assert _status(deal) == ("DELIVERY", "PLANNED")
    assert deal.register.status == "delivery planned" and "status is planned" in deal.register.comments


def test_denied_steps_are_never_the_status():
    (deal,) = fuse_deals([
        _item(1, "AGREEMENT", "ASSERTED", "2007"),
        _item(2, "DELIVERY", "NEGATED", "2010-09-22", source="ria"),
    ])
    assert _status(deal) == ("AGREEMENT", "ASSERTED")


def test_a_deal_with_no_datable_step_has_no_status():
    (deal,) = fuse_deals([_item(1, "AGREEMENT", "ASSERTED", published=None)])
    assert _status(deal) == (None, None) and deal.status_date is None
    assert (deal.first_time, deal.last_time) == (None, None)
    assert deal.register.status == "unknown" and deal.register.order_year is None


def test_register_columns_from_asserted_steps():
    dollars = Value(amount=8e8, currency="USD", text="$800 million")
    (deal,) = fuse_deals([
        _item(1, "NEGOTIATION", "ASSERTED", "2006"),
        _item(2, "AGREEMENT", "ASSERTED", "2007", quantity=5, value=dollars),
        _item(3, "AGREEMENT", "ASSERTED", "2007", quantity=5, source="ria"),
        _item(4, "AGREEMENT", "ASSERTED", "2015", quantity=4, systems=(PMU2,), source="reuters"),
        _item(5, "DELIVERY", "ASSERTED", "2016-07", quantity=2, source="tass"),
        _item(6, "DELIVERY", "ASSERTED", "2016-10-13", quantity=2, source="xinhua"),
        _item(7, "DELIVERY", "ASSERTED", "2017-02", source="irna"),
        _item(8, "DELIVERY", "PLANNED", "2018", quantity=10, source="ria"),
    ])
    register = deal.register
    assert register.designation == "S-300 (S-300PMU-2 Favorit)"  # catalog names of the variants seen
    assert register.description == "surface-to-air missile system"
    assert (register.order_year, register.order_year_reported) == (2007, False)
    assert (register.number_ordered, register.number_ordered_modality) == (5, Modality.ASSERTED)
    # Two batches of two; the planned ten are not a delivery.
    assert (register.number_delivered, register.number_delivered_modality) == (4, Modality.ASSERTED)
    assert register.delivery_years == [2016, 2017]
    assert register.value == dollars


def test_numbers_only_planned_or_speculated_are_marked_so():
    (deal,) = fuse_deals([
        _item(1, "AGREEMENT", "SPECULATED", "2016", quantity=24, source="sputnik"),
        _item(2, "DELIVERY", "PLANNED", "2018", quantity=12, source="ria"),
    ])
    register = deal.register
    assert (register.number_ordered, register.number_ordered_modality) == (24, Modality.SPECULATED)
    assert (register.number_delivered, register.number_delivered_modality) == (12, Modality.PLANNED)
    assert register.order_year is None and register.delivery_years == []
    assert "number ordered is speculated" in register.comments and "number delivered is planned" in register.comments


def test_order_year_from_a_report_date_is_flagged():
    (deal,) = fuse_deals([_item(1, "AGREEMENT", "ASSERTED", published="2019-04-02")])
    assert (deal.register.order_year, deal.register.order_year_reported) == (2019, True)
    assert "year of order is a report date" in deal.register.comments


def test_contradictions_are_records_with_claims_side_by_side():
    (deal,) = fuse_deals([
        _item(1, "DELIVERY", "ASSERTED", "2016-10", quantity=4, source="tass"),
        _item(2, "DELIVERY", "NEGATED", "2016-10", source="ria"),
        _item(3, "DELIVERY", "ASSERTED", "2016-10", quantity=12, source="xinhua"),
    ])
    by_kind = {c.about: c for c in deal.contradictions}
    modality = by_kind["modality"]
    assert [(c.source, str(c.modality), c.event_id) for c in modality.claims] == [
        ("tass", "ASSERTED", "e1"), ("xinhua", "ASSERTED", "e3"), ("ria", "NEGATED", "e2")]
    assert all(c.time == "2016-10" for c in modality.claims)
    assert [(c.source, c.number) for c in by_kind["quantity"].claims] == [("tass", 4), ("xinhua", 12)]
    assert modality.summary == "DELIVERY: ASSERTED (tass, xinhua) vs NEGATED (ria)"
    assert "sources disagree: DELIVERY quantity: 4 (tass) vs 12 (xinhua)" in deal.register.comments
    record = deal.to_record()["contradictions"][0]
    assert record["claims"][0] == {"source": "tass", "modality": "ASSERTED", "number": 4, "time": "2016-10",
                                   "event_id": "e1"}
