"""Actors: states and their metonyms, institutions, officials, outlets."""

import pytest

from armsledger.nlp.actors import ACTORS_KEY


def _actors(nlp, text):
    doc = nlp(text)
    return {s.text: s._.actor for s in doc.spans[ACTORS_KEY]}


@pytest.mark.parametrize(
    "sentence, mention, country",
    [
        ("Tehran rejected the claim.", "Tehran", "IRN"),
        ("Officials in the Kremlin declined to comment.", "Kremlin", "RUS"),
        ("Washington imposed sanctions on Ankara.", "Washington", "USA"),
        ("Washington imposed sanctions on Ankara.", "Ankara", "TUR"),
        ("The Iranian navy received new boats.", "Iranian", "IRN"),
        ("The deal was announced in New Delhi.", "New Delhi", "IND"),
        ("Pyongyang denied sending shells.", "Pyongyang", "PRK"),
        ("The United States objected.", "United States", "USA"),
    ],
)
def test_states_and_metonyms(nlp, sentence, mention, country):
    actors = _actors(nlp, sentence)
    assert mention in actors, actors
    assert actors[mention]["country"] == country


def test_generic_institution_takes_country_from_possessor(nlp):
    actors = _actors(nlp, "RIA quoted Russia's Foreign Ministry as saying so.")
    ministry = next(v for k, v in actors.items() if "Foreign Ministry" in k)
    assert ministry["kind"] == "institution"
    assert ministry["country"] == "RUS"


def test_generic_institution_takes_country_from_of_phrase(nlp):
    actors = _actors(nlp, "The Government of Norway has requested a possible sale.")
    government = next(v for k, v in actors.items() if "Government" in k)
    assert government["country"] == "NOR"


@pytest.mark.parametrize(
    "sentence, name, country",
    [
        ("Israeli Prime Minister Benjamin Netanyahu visited Moscow.", "Benjamin Netanyahu", "ISR"),
        ("Defense Minister Hossein Dehqan arrived on Monday.", "Hossein Dehqan", "IRN"),
        ("The plan was backed by Jan Kowalczyk, Polish deputy defense minister, on Friday.", "Jan Kowalczyk", "POL"),
    ],
)
def test_people_get_a_country(nlp, sentence, name, country):
    actors = _actors(nlp, sentence)
    person = next(v for k, v in actors.items() if v["kind"] == "person" and name.split()[-1] in k)
    assert person["country"] == country


@pytest.mark.parametrize(
    "sentence, outlet",
    [
        ("According to IRNA, the talks went well.", "irna"),
        ("TASS reported the delivery.", "tass"),
        ("Officials told Reuters the deal was close.", "reuters"),
        ("Xinhua carried the statement.", "xinhua"),
    ],
)
def test_outlets(nlp, sentence, outlet):
    actors = _actors(nlp, sentence)
    assert any(v["kind"] == "outlet" and v["id"] == outlet for v in actors.values()), actors


def _actors_published_by(nlp, text, outlet):
    from armsledger.nlp import make_doc

    doc = nlp(make_doc(nlp, text, published=None, outlet=outlet))
    return {s.text: s._.actor for s in doc.spans[ACTORS_KEY]}


def test_unqualified_institution_belongs_to_the_government_outlet_that_published_it(nlp):
    text = "The Coast Guard transferred two patrol boats to Costa Rica."
    assert _actors_published_by(nlp, text, "news.uscg.mil")["Coast Guard"]["country"] == "USA"
    assert _actors_published_by(nlp, text, "tass")["Coast Guard"]["country"] == "RUS"
    # An independent outlet, or none, says nothing of whose Coast Guard it is.
    assert _actors_published_by(nlp, text, "reuters")["Coast Guard"]["country"] is None
    assert _actors_published_by(nlp, text, None)["Coast Guard"]["country"] is None


def test_a_named_foreign_institution_outweighs_the_outlets_state(nlp):
    text = "Russia's Defense Ministry said the Navy had received the frigate."
    assert _actors_published_by(nlp, text, "voa")["Navy"]["country"] is None


def test_the_institution_an_outlet_is_named_for_is_its_states_whatever_else_is_named(nlp):
    text = "The Coast Guard transferred two patrol boats to the Colombian Navy."
    actors = _actors_published_by(nlp, text, "news.uscg.mil")
    assert actors["Coast Guard"]["country"] == "USA"
    # ... but only that one: the Navy there is not the Coast Guard's outlet's.
    text = "Russia's Defense Ministry said the Navy had received the frigate."
    assert _actors_published_by(nlp, text, "news.uscg.mil")["Navy"]["country"] is None


def test_the_outlets_own_institution_is_not_given_to_the_state_most_named(nlp):
    # Two Bangladeshi bodies make Bangladesh the text's usual owner of an
    # unqualified institution, but not of the one the outlet is named for.
    text = ("The Coast Guard handed the cutter to the Bangladesh Navy. A crew from the "
            "Bangladesh Navy arrived in March, and the Bangladesh Army sent observers.")
    assert _actors_published_by(nlp, text, "news.uscg.mil")["Coast Guard"]["country"] == "USA"
    assert _actors_published_by(nlp, text, "reuters")["Coast Guard"]["country"] == "BGD"


def test_an_organizations_bodies_do_not_make_it_the_home_of_the_navy(nlp):
    # An organization owns no coast guard.
    text = ("The Coast Guard transfers boats under a European Defence Agency program. "
            "The European Defence Agency pays for them. The Coast Guard trained the crews.")
    actors = _actors(nlp, text)
    assert actors["Coast Guard"]["country"] is None


def test_eda_is_not_read_as_the_european_defence_agency(nlp):
    # In arms-transfer texts "EDA" is nearly always the U.S. Excess Defense Articles.
    actors = _actors(nlp, "The cutter was transferred under the EDA program.")
    assert "EDA" not in actors


def test_a_state_named_a_few_capitalized_words_before_an_institution_owns_it(nlp):
    text = "The first T-6 aircraft arrived at the Vietnam Air Defence Air Force base."
    assert _actors_published_by(nlp, text, "af.mil")["Air Force"]["country"] == "VNM"


def test_a_bare_title_refers_back_to_the_official_named_with_it(nlp):
    doc = nlp("Defense Secretary Chuck Hagel arrived in Jakarta on Monday. The secretary is visiting "
              "Indonesia as part of a four-nation trip.")
    titles = [s for s in doc.spans[ACTORS_KEY] if s.text == "secretary"]
    assert [(s._.actor["country"], s._.actor["role"]) for s in titles] == [("USA", "Secretary of Defense")]


@pytest.mark.parametrize(
    "text",
    [
        # No secretary named before: nobody to refer to.
        "The secretary is visiting Indonesia as part of a four-nation trip.",
        # A title with its own state, or its own name, is not a reference back.
        "Defense Secretary Chuck Hagel met the Indonesian minister in Jakarta.",
        "Defense Secretary Chuck Hagel met the minister Purnomo Yusgiantoro in Jakarta.",
    ],
)
def test_a_title_with_no_holder_named_or_its_own_state_refers_to_no_one(nlp, text):
    doc = nlp(text)
    assert not [s for s in doc.spans[ACTORS_KEY] if s._.actor.get("referred")]
