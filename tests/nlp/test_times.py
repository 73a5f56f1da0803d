"""Time expressions resolved against the publication date."""

import pytest

from armsledger.nlp.times import TIMES_KEY, Published, find_time_expressions, resolve


@pytest.mark.parametrize(
    "text, published, start, granularity",
    [
        ("on Monday", "2016-02-16", "2016-02-15", "day"),
        ("on Tuesday", "2016-02-16", "2016-02-16", "day"),
        ("on Friday", "2023-10-14", "2023-10-13", "day"),
        ("in April 2015", "2016-02-16", "2015-04", "month"),
        ("in 2010", "2016-02-16", "2010", "year"),
        ("on Dec 18", "2013-12-19", "2013-12-18", "day"),
        ("on September 13, 2023", None, "2023-09-13", "day"),
        ("on 5 October 2018", None, "2018-10-05", "day"),
        ("last year", "2019-07-12", "2018", "year"),
        ("last year", "2019", "2018", "year"),
        ("next year", "2021-05", "2022", "year"),
        ("yesterday", "2020-01-01", "2019-12-31", "day"),
        ("last month", "2020-01-20", "2019-12", "month"),
        ("in March", "2020-06-15", "2020-03", "month"),
        ("in November", "2020-06-15", "2019-11", "month"),
        # A month naming a possessor's step: "India’s January purchase".
        ("India’s January purchase", "2008-02-27", "2008-01", "month"),
        ("Poland's March order", "2023-06-01", "2023-03", "month"),
    ],
)
def test_resolve(text, published, start, granularity):
    (match,) = find_time_expressions(text)
    iso, gran = resolve(match[2], match[3], Published.parse(published))
    assert (iso, gran) == (start, granularity)


@pytest.mark.parametrize("text, published", [("on Monday", "2016"), ("on Monday", None), ("last year", None)])
def test_relative_time_needs_enough_of_the_publication_date(text, published):
    (match,) = find_time_expressions(text)
    iso, gran = resolve(match[2], match[3], Published.parse(published))
    assert iso is None and gran == "unknown"


def test_relative_expression_resolves_against_earlier_date_in_sentence(nlp):
    doc = nlp.make_doc("The ban was reversed in April 2015, after a deal reached earlier in the month.")
    doc._.published = "2016-02-16"
    doc = nlp(doc)
    starts = [s._.time["start"] for s in doc.spans[TIMES_KEY]]
    assert starts == ["2015-04", "2015-04"]


@pytest.mark.parametrize("text", ["$2010 million", "a 1,500-strong force", "F-2000 engines",
                                  "under the Arms Export Control Act of 1976",
                                  "section 506 of the Foreign Assistance Act, 1961",
                                  "the 2019 National Defense Authorization Act", "1968 M107 155mm Projectiles"])
def test_numbers_that_are_not_years(text):
    assert all(m[2] != "year" for m in find_time_expressions(text))


@pytest.mark.parametrize("text", ["the 1951 U.S.-Philippines Mutual Defense Treaty", "the Treaty of 1954"])
def test_a_treaty_named_by_its_year_is_dated_by_it(text):
    assert [m[2] for m in find_time_expressions(text)] == ["year"]


def test_a_law_named_by_its_year_still_lets_a_real_year_through():
    found = find_time_expressions("Under the Arms Export Control Act of 1976, the sale was blocked in 2019.")
    assert [(m[2], m[3]["year"]) for m in found] == [("year", "2019")]


@pytest.mark.parametrize(
    "text, published, start",
    [
        ("in October", "2020-07", "2020-10"),
        ("in March", "2020-07", "2021-03"),
        ("on Monday", "2016-02-17", "2016-02-22"),
    ],
)
def test_future_resolution_for_plans(text, published, start):
    (match,) = find_time_expressions(text)
    assert resolve(match[2], match[3], Published.parse(published), future=True)[0] == start


def test_planned_event_takes_the_coming_month(analyze_text):
    events = analyze_text("The UN arms embargo on Iran is set to expire in October.", published="2020-07")
    (event,) = [e for e in events if e.type.value == "RESUMPTION"]
    assert event.time.start == "2020-10"


@pytest.mark.parametrize(
    "text, published, start, granularity",
    [
        ("last week", "2010-02-01", "2010-01", "month"),
        ("the 13-year-old embargo", "2020-07", "2007", "year"),
        ("a five-year-old war", "2016-02-16", "2011", "year"),
    ],
)
def test_weeks_and_ages(text, published, start, granularity):
    (match,) = find_time_expressions(text)
    assert resolve(match[2], match[3], Published.parse(published)) == (start, granularity)


@pytest.mark.parametrize(
    "text, behind, ahead",
    [
        ("The frigates arrive in October.", "2019-10", "2020-10"),
        ("The minister visits on Monday.", "2020-06-15", "2020-06-15"),
        ("The minister visits on Friday.", "2020-06-12", "2020-06-19"),
    ],
)
def test_ambiguous_times_carry_both_readings(nlp, text, behind, ahead):
    from armsledger.nlp import make_doc

    doc = nlp(make_doc(nlp, text, published="2020-06-15"))
    (span,) = doc.spans[TIMES_KEY]
    assert span._.time["start"] == behind
    assert span._.time["ahead"]["start"] == ahead


def test_dated_times_have_one_reading(nlp):
    from armsledger.nlp import make_doc

    doc = nlp(make_doc(nlp, "The deal was signed on 5 October 2018.", published="2020-06-15"))
    (span,) = doc.spans[TIMES_KEY]
    assert "ahead" not in span._.time
