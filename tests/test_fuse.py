"""Deals: timeline order, status, sources, contradictions."""

from armsledger.fuse import FusedEvent, fuse_deals
from armsledger.model import Event, EventType, Evidence, Granularity, Modality, SystemRef, TimeRef

S300 = SystemRef(text="S-300", id="s-300", family="s-300", category="surface-to-air missile system")


def _item(n, type_, modality, time=None, source="outlet-a", published="2016-02-16", systems=(S300,)):
    event = Event(
        doc_id=f"doc-{source}", type=EventType(type_), modality=Modality(modality), supplier="RUS",
        recipient="IRN", parties=["IRN", "RUS"], systems=list(systems),
        time=TimeRef(text=time, start=time, granularity=Granularity.YEAR) if time else None,
        evidence=Evidence(sentence="s", start=0, end=1, trigger="t"), rule="r",
    )
    return FusedEvent(id=f"e{n}", event=event, source=source, published=published)


def test_timeline_is_chronological_and_status_is_the_latest_step():
    (deal,) = fuse_deals([
        _item(1, "DELIVERY", "PLANNED"),
        _item(2, "RESUMPTION", "ASSERTED", "2015-04"),
        _item(3, "AGREEMENT", "ASSERTED", "2007"),
        _item(4, "SUSPENSION", "ASSERTED", "2010"),
    ])
    assert [s.type.value for s in deal.timeline] == ["AGREEMENT", "SUSPENSION", "RESUMPTION", "DELIVERY"]
    assert (deal.status.value, deal.status_modality.value) == ("DELIVERY", "PLANNED")


def test_status_ignores_denied_steps_and_prefers_asserted_ones():
    (deal,) = fuse_deals([
        _item(1, "NEGOTIATION", "SPECULATED", source="sputnik"),
        _item(2, "NEGOTIATION", "NEGATED", source="ria"),
        _item(3, "INTEREST", "ASSERTED", source="ria"),
    ])
    assert (deal.status.value, deal.status_modality.value) == ("INTEREST", "ASSERTED")
    assert [c.summary for c in deal.contradictions] == ["NEGOTIATION: SPECULATED (sputnik) vs NEGATED (ria)"]
    assert deal.sources == 2


def test_one_source_does_not_contradict_itself():
    (deal,) = fuse_deals([
        _item(1, "DELIVERY", "ASSERTED", source="tass"),
        _item(2, "DELIVERY", "NEGATED", source="tass"),
    ])
    assert deal.contradictions == []


def test_deals_are_per_family_and_skip_familyless_events():
    t90 = SystemRef(text="T-90", id="t-90", family="t-90", category="tank")
    generic = SystemRef(text="helicopters", id=None, family=None, category="helicopter")
    deals = fuse_deals([_item(1, "AGREEMENT", "SPECULATED", systems=(t90, S300)), _item(2, "AGREEMENT", "ASSERTED", systems=(generic,))])
    assert sorted(d.family for d in deals) == ["s-300", "t-90"]


def test_conflicting_quantities_are_a_contradiction():
    a, b = _item(1, "AGREEMENT", "ASSERTED", source="tass"), _item(2, "AGREEMENT", "ASSERTED", source="reuters")
    a.event.quantity, b.event.quantity = 4, 5
    (deal,) = fuse_deals([a, b])
    assert any("quantity" in c.summary for c in deal.contradictions)


def test_claims_years_apart_are_a_history_not_a_contradiction():
    (deal,) = fuse_deals([
        _item(1, "DELIVERY", "NEGATED", source="ria", published="2010-09-22"),
        _item(2, "DELIVERY", "ASSERTED", source="xinhua", published="2016-10-13"),
    ])
    assert deal.contradictions == []
