"""The named lists of data/embargoes.csv: every entry checked on its own, and
what "in force" means for a date."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from armsledger.catalog import read_actors
from armsledger.watch.embargoes import ALL_EMBARGOES, entries_of, list_names, read_embargoes

ENTRIES = read_embargoes()
STATES = {a.id for a in read_actors() if a.kind == "state"}
INSTRUMENT = {
    "UN": re.compile(r"^UNSCR \d{3,4} \((19|20)\d\d\)"),
    "EU": re.compile(r"^(Council Decision (\(CFSP\) )?\d{2,4}/\d+(/CFSP)?|Common Position \d{2,4}/\d+/CFSP|"
                     r"European Council, .+ declaration of .+ \d{4})"),
}


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize("entry", ENTRIES, ids=[f"{e.list}:{e.country}:{e.since}" for e in ENTRIES])
def test_embargo_entry_is_well_formed(entry):
    assert entry.list == {"UN": "un-arms-embargo", "EU": "eu-arms-embargo"}[entry.authority]
    assert entry.country in STATES, f"{entry.country} is not a state of actors.csv"
    assert INSTRUMENT[entry.authority].match(entry.instrument), entry.instrument
    since = _date(entry.since)
    assert dt.date(1945, 1, 1) < since <= dt.date.today()
    if entry.until is not None:
        assert since < _date(entry.until) <= dt.date.today()
    assert entry.scope
    if entry.authority == "UN":
        # The resolution the instrument names is the one its link opens.
        number, year = re.match(r"^UNSCR (\d+) \((\d{4})\)", entry.instrument).groups()
        assert entry.url in (f"https://undocs.org/S/RES/{number}({year})", "https://undocs.org/S/RES/2231(2015)")
        assert year == entry.since[:4] or "reapplied" in entry.instrument
    elif entry.url:
        assert re.match(r"^https://eur-lex\.europa\.eu/eli/(dec|compos)/\d{4}/\d+/oj$", entry.url), entry.url


def test_embargo_entries_of_one_state_do_not_overlap():
    by_key = {}
    for entry in ENTRIES:
        by_key.setdefault((entry.list, entry.country), []).append(entry)
    for entries in by_key.values():
        spans = sorted((e.since, e.until or "9999") for e in entries)
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end < start


@pytest.mark.parametrize(("country", "when", "lists"), [
    ("RUS", "2023-10-14", {"eu-arms-embargo"}),
    ("RUS", "2014-07-30", set()),  # the day before Council Decision 2014/512/CFSP
    ("RUS", "2014", {"eu-arms-embargo"}),  # a year overlaps it
    ("IRN", "2016-10-13", {"un-arms-embargo", "eu-arms-embargo"}),
    ("IRN", "2022-06", {"eu-arms-embargo"}),  # between UNSCR 2231's end date and the snapback
    ("PRK", "2006-10-14", {"un-arms-embargo"}),
    ("ERI", "2019", set()),  # lifted in 2018
    ("IND", "2020", set()),
])
def test_embargo_in_force_at_a_date(country, when, lists):
    found = {e.list for e in ENTRIES if e.country == country and e.in_force(when)}
    assert found == lists


def test_embargo_list_names_include_the_union():
    assert set(list_names()) == {"un-arms-embargo", "eu-arms-embargo", ALL_EMBARGOES}
    assert len(entries_of(ALL_EMBARGOES)) == len(ENTRIES)
    assert {e.country for e in entries_of("un-arms-embargo")} >= {"PRK", "LBY", "SSD"}
