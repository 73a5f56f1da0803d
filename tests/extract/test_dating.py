"""Dating a chosen event its own sentence leaves undated: a headline takes
the time of the body's first dated reading of the same tuple, told the same way
and naming in its sentence every party the headline names."""

from armsledger.extract.dating import undated_time
from armsledger.extract.proposals import Proposal
from armsledger.model import Event, EventType, Evidence, Granularity, Modality, TimeRef

KEY = ("DELIVERY", "USA", "PAK", "f-16")
JUNE_27 = TimeRef(text="today", start="2010-06-27", granularity=Granularity.DAY)


def _reading(sentence: int, text: str, modality=Modality.ASSERTED, time=None, lazy=None) -> Proposal:
    event = Event(doc_id="d", type=EventType.DELIVERY, modality=modality, supplier="USA", recipient="PAK",
                  parties=["PAK", "USA"], time=time, evidence=Evidence(sentence=text, start=0, end=len(text), trigger="delivery"),
                  rule="delivery.cue")
    complete = None
    if lazy is not None:
        def complete(e: Event) -> None:
            e.time = lazy
    return Proposal(KEY, event, "cue", {"sentence": sentence}, complete=complete)


HEADLINE = _reading(0, "Ambassador marks F-16 delivery to Pakistan")


def test_a_headline_takes_the_bodys_time():
    body = _reading(4, "A ceremony held today commemorated the delivery of three F-16s.", time=JUNE_27)
    assert undated_time(HEADLINE, [HEADLINE, body]) == JUNE_27


def test_a_time_read_only_when_chosen_is_read_for_the_headline():
    body = _reading(4, "A ceremony held today commemorated the delivery of three F-16s.", lazy=JUNE_27)
    assert undated_time(HEADLINE, [HEADLINE, body]) == JUNE_27


def test_the_first_dated_body_reading_wins():
    later = TimeRef(text="in 2012", start="2012", granularity=Granularity.YEAR)
    readings = [HEADLINE, _reading(9, "More will follow in 2012.", time=later),
                _reading(2, "The jets arrived without ceremony."), _reading(4, "Held today.", time=JUNE_27)]
    assert undated_time(HEADLINE, readings) == JUNE_27


def test_a_reading_told_another_way_does_not_date_the_headline():
    planned = _reading(4, "Three more F-16s will be delivered in 2012.", modality=Modality.PLANNED,
                       time=TimeRef(text="in 2012", start="2012", granularity=Granularity.YEAR))
    assert undated_time(HEADLINE, [HEADLINE, planned]) is None


def test_a_body_sentence_keeps_its_own_silence():
    body = _reading(3, "Pakistan has received F-16s from the United States.")
    dated = _reading(5, "The first arrived on Monday.", time=JUNE_27)
    assert undated_time(body, [body, dated]) is None


def test_the_lead_takes_the_bodys_time():
    lead = _reading(1, "The U.S. handed over three F-16s to Pakistan.")
    dated = _reading(5, "A ceremony held today commemorated the delivery.", time=JUNE_27)
    assert undated_time(lead, [lead, dated]) == JUNE_27


def test_a_reading_with_a_party_only_from_the_documents_focus_does_not_date_the_headline():
    background = _reading(6, "Its air force relies on jets acquired before the 1979 revolution.",
                          time=TimeRef(text="1979", start="1979", granularity=Granularity.YEAR))
    background.features["supplier_dep"] = "implicit"
    assert undated_time(HEADLINE, [HEADLINE, background]) is None


def test_a_body_reading_dates_a_headline_that_leaves_the_same_party_to_the_focus():
    headline = _reading(0, "Former Cutter Transferred to Pakistan Navy")
    headline.features["supplier_dep"] = "implicit"
    body = _reading(2, "The cutter was transferred to the Pakistan Navy on June 27, 2010.", time=JUNE_27)
    body.features["supplier_dep"] = "implicit"
    assert undated_time(headline, [headline, body]) == JUNE_27


def test_a_body_reading_leaving_to_the_focus_a_party_the_headline_does_not_still_does_not_date_it():
    headline = _reading(0, "Former Cutter Transferred to Pakistan Navy")
    headline.features["supplier_dep"] = "implicit"
    body = _reading(2, "The navy took over cutters built before 1979.",
                    time=TimeRef(text="1979", start="1979", granularity=Granularity.YEAR))
    body.features["supplier_dep"] = "implicit"
    body.features["recipient_dep"] = "implicit"
    assert undated_time(headline, [headline, body]) is None


APPROVAL_LEAD = ("WASHINGTON, March 15, 2019 - The State Department has made a determination approving a "
                 "possible Foreign Military Sale to Spain of Assault Amphibious Vehicles. ")


def _approval_in(nlp, text, supplier="USA", published="2019-03-15"):
    from armsledger.ledger import make_doc

    doc = nlp(make_doc(nlp, text, published=published))
    sentence = next(iter(doc.sents))
    event = Event(doc_id="d", type=EventType.APPROVAL, modality=Modality.ASSERTED, supplier=supplier,
                  recipient="ESP", parties=sorted({supplier, "ESP"}),
                  evidence=Evidence(sentence=sentence.text, start=0, end=len(sentence.text), trigger="approving"),
                  rule="approval.cue")
    return Proposal(("APPROVAL", supplier, "ESP", None), event, "cue", {"sentence": 5}, sentence=sentence)


def test_an_undated_us_approval_takes_the_day_congress_was_notified(nlp):
    chosen = _approval_in(nlp, APPROVAL_LEAD + "The Defense Security Cooperation Agency delivered the required "
                          "certification notifying Congress of this possible sale on March 14, 2019.")
    assert undated_time(chosen, [chosen]) == TimeRef(text="March 14, 2019", start="2019-03-14",
                                                     granularity=Granularity.DAY)


def test_a_notice_of_today_dates_the_approval_by_the_report(nlp):
    chosen = _approval_in(nlp, APPROVAL_LEAD + "The Defense Security Cooperation Agency delivered the required "
                          "certification notifying Congress of this possible sale today.")
    assert undated_time(chosen, [chosen]).start == "2019-03-15"


def test_no_notice_day_for_another_states_approval(nlp):
    chosen = _approval_in(nlp, APPROVAL_LEAD + "The Defense Security Cooperation Agency delivered the required "
                          "certification notifying Congress of this possible sale on March 14, 2019.", supplier="FRA")
    assert undated_time(chosen, [chosen]) is None


def test_a_day_told_before_the_notice_is_not_its_day(nlp):
    chosen = _approval_in(nlp, APPROVAL_LEAD + "Later today we will vote on the sales that the administration "
                          "notified Congress of a few weeks ago.")
    assert undated_time(chosen, [chosen]) is None


def test_two_notice_days_date_nothing(nlp):
    chosen = _approval_in(nlp, APPROVAL_LEAD + "The agency notified Congress on March 14, 2019 of the sale. "
                          "It notified Congress again on March 20, 2019 of a second sale.")
    assert undated_time(chosen, [chosen]) is None
