from armsledger.model import (
    Event,
    EventType,
    Evidence,
    Granularity,
    Modality,
    Source,
    SystemRef,
    TimeRef,
    Value,
)


def _event() -> Event:
    return Event(
        doc_id="d1", type=EventType.DELIVERY, modality=Modality.PLANNED, supplier="RUS",
        recipient="IRN", parties=["IRN", "RUS"],
        systems=[SystemRef(text="S-300", id="s-300", family="s-300", category="surface-to-air missile system")],
        value=Value(amount=8e8, currency="USD", text="$800 million"),
        time=TimeRef(text="in 2016", start="2016", granularity=Granularity.YEAR),
        attribution=[Source(text="RIA", kind="outlet", id="ria")],
        evidence=Evidence(sentence="Russia will deliver S-300 to Iran.", start=0, end=34, trigger="deliver"),
        rule="delivery.deliver.verb",
    )


def test_event_record_has_the_contract_fields():
    record = _event().to_record()
    for key in ("doc_id", "type", "modality", "supplier", "recipient", "parties", "systems", "quantity",
                "value", "time", "attribution", "participants", "evidence", "rule"):
        assert key in record
    assert record["type"] == "DELIVERY" and record["modality"] == "PLANNED"
    assert record["time"]["granularity"] == "year"
    assert record["attribution"] == [{"text": "RIA", "kind": "outlet", "id": "ria"}]


def test_event_record_round_trips():
    event = _event()
    assert Event.from_record(event.to_record()) == event


def test_event_type_knows_transfers_from_cooperation():
    assert EventType.SUSPENSION.is_transfer
    assert not EventType.VISIT.is_transfer
