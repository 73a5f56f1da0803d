"""When an event took place, chosen by the parse: times hung on the
clause's own words, and planned steps dated only ahead of the report."""

import pytest

from armsledger.extract.events import EventExtractor
from armsledger.extract.timing import event_time, planned_time
from armsledger.ledger import make_doc
from armsledger.model import Granularity, TimeRef
from armsledger.nlp.times import TIMES_KEY


@pytest.fixture(scope="module")
def attributor():
    return EventExtractor(decider=False).attributor


def _parse(nlp, text, published):
    return nlp(make_doc(nlp, text, published=published))


def _time_of(nlp, attributor, text, published, trigger):
    doc = _parse(nlp, text, published)
    (token,) = [t for t in doc if t.text == trigger]
    time = event_time(doc, {token.i}, token, [], attributor, announced=False)
    return time and (time.start, time.granularity.value)


@pytest.mark.parametrize("text, published, trigger, expected", [
    # The time hangs on the place of the ceremony the trigger names.
    ("The Coast Guard conducted a transfer ceremony of the former cutters Long Island and Roanoke Island "
     "to the Costa Rican coast guard in Caldera, Costa Rica, Oct. 13.", "2017-10", "transfer",
     ("2017-10-13", "day")),
    # The ceremony's participle says what it marked.
    ("General Kevin Schneider attended a ceremony here Nov. 20, 2024, marking the historic delivery of the "
     "first five T-6C Texan II aircraft to Vietnam.", "2024-11-21", "delivery", ("2024-11-20", "day")),
    ("During an induction ceremony held today at Shahbaz Air Base, officials commemorated the delivery "
     "of the first three of 18 new F-16 aircraft to Pakistan.", "2010-06-27", "delivery", ("2010-06-27", "day")),
    # A day told with the telling dates the telling, wherever the parser hangs it.
    ("An advisor to the prime minister said Tuesday Iraq has made an initial payment for the F-16 deal.",
     "2011-09-27", "payment", None),
    # Another clause's time is that clause's.
    ("The Pentagon directed the Navy to cancel its solicitation for 21 Mi-17s because Russian authorities "
     "told the Pentagon in late 2010 that they would not sell them.", "2013-04-01", "cancel", None),
    # What the step preceded is not when it was.
    ("Its air force relies on ageing aircraft, including F-4 and F-14 jets acquired before the 1979 "
     "Islamic revolution.", "2023-03-11", "acquired", None),
    # A time on the reporting verb dates the telling, not the sale.
    ("On Friday, the Pentagon said it notified Congress of the sale of 12 helicopters to Peru.", "2020-06-15",
     "sale", None),
])
def test_event_time(nlp, attributor, text, published, trigger, expected):
    assert _time_of(nlp, attributor, text, published, trigger) == expected


def _time_span(nlp, text, published, words):
    doc = _parse(nlp, text, published)
    (span,) = [s for s in doc.spans[TIMES_KEY] if s.text == words]
    info = span._.time
    return doc, TimeRef(text=info["text"], start=info["start"], granularity=Granularity(info["granularity"]))


def test_a_planned_step_in_a_named_month_lies_ahead(nlp):
    doc, time = _time_span(nlp, "The jets will be delivered in March.", "2020-07-10", "in March")
    (trigger,) = [t for t in doc if t.text == "delivered"]
    assert planned_time(doc, time, {trigger.i}).start == "2021-03"


def test_a_planned_step_is_not_dated_by_the_day_it_was_told(nlp):
    doc, time = _time_span(nlp, "The deputy minister told reporters on Tuesday that Moscow will send the missiles.",
                           "2013-05-28", "on Tuesday")
    (trigger,) = [t for t in doc if t.text == "send"]
    assert time.start == "2013-05-28"
    assert planned_time(doc, time, {trigger.i}) is None


def test_a_planned_step_later_in_the_year_keeps_its_year(nlp):
    doc, time = _time_span(nlp, "Two more boats will follow in 2021.", "2021-04-02", "2021")
    (trigger,) = [t for t in doc if t.text == "follow"]
    assert planned_time(doc, time, {trigger.i}) == time


def test_a_report_beside_the_step_dates_a_past_step(nlp, attributor):
    from armsledger.extract.timing import reported_time

    doc = _parse(nlp, "Iran has finalised a contract to buy Su-35 fighter jets from Russia, Iran's mission to the "
                      "United Nations said on Friday.", "2023-03-11")
    (trigger,) = [t for t in doc if t.text == "finalised"]
    assert reported_time(doc, trigger, attributor).start == "2023-03-10"
