"""Weapon-system recognition: catalog names and the designation grammar."""

import pytest

from armsledger.catalog import load_catalog
from armsledger.nlp.systems import GENERICS_KEY, SYSTEMS_KEY, build_index


@pytest.fixture(scope="module")
def index():
    return build_index(load_catalog())


@pytest.mark.parametrize(
    "designation, family",
    [
        ("S-300PMU-2", "s-300"),
        ("S-300", "s-300"),
        ("S-400", "s-400"),
        ("Su-30SM2", "su-30"),
        ("Su-30MKI", "su-30"),
        ("F-16 Block 72", "f-16"),
        ("F-16V", "f-16"),
        ("T-90S", "t-90"),
        ("T-90s", "t-90"),
        ("Mi-17V-5", "mi-17"),
        ("AH-64E", "ah-64"),
        ("C-130J", "c-130"),
        ("J-10C", "j-10"),
        ("MiG-29", "mig-29"),
        ("F-35A", "f-35"),
        ("C-17", "c-17"),
        ("SA-21", "s-400"),
        # The Hercules variant, not Airbus's EC130 helicopter, whose key it shares without its letter.
        ("EC-130H", "c-130"),
        ("EC130", "h130"),
    ],
)
def test_designation_resolves_to_family(index, designation, family):
    entry = index.resolve(designation)
    assert entry is not None, designation
    assert entry.family == family


@pytest.mark.parametrize("text", ["COVID-19", "G-20", "P5+1", "B-2000000"])
def test_non_designations_resolve_to_nothing(index, text):
    entry = index.resolve(text)
    assert entry is None or entry.family != text.lower()


@pytest.mark.parametrize(
    "sentence, families",
    [
        ("Russia delivered S-300PMU-2 batteries to Iran.", ["s-300"]),
        ("India ordered 36 Rafale jets and Su-30MKI upgrades.", ["rafale", "su-30"]),
        ("The SA-20 Gargoyle is a long-range system.", ["s-300"]),
        ("Goa Shipyard launched a patrol vessel.", []),
        ("Taiwan will buy 66 F-16 Block 70 fighters.", ["f-16"]),
        ("Egypt received its first Rafale aircraft.", ["rafale"]),
        ("Ukraine received 40 M2 machine guns.", ["m2-browning"]),
        ("The army sent M2 Bradley vehicles.", ["m2"]),
        # A designation and its name are one system, and where the name is
        # shared by the family's siblings, the designation says which.
        ("Chile asked for 2 AN/TPQ-37(V)3 FIREFINDER Radars.", ["an/tpq-37"]),
        ("Chile asked for 2 AN/TPQ-36 FIREFINDER Radars.", ["an/tpq-36"]),
        ("Chile asked for 12 UH-60M BLACK HAWK helicopters.", ["uh-60"]),
        ("Chile asked for Firefinder radars.", ["an/tpq-36"]),
    ],
)
def test_systems_found_in_sentences(nlp, sentence, families):
    doc = nlp(sentence)
    assert [s._.system["family"] for s in doc.spans[SYSTEMS_KEY]] == families


@pytest.mark.parametrize(
    "sentence, category",
    [
        ("Russia banned the delivery of air defense systems to Iran.", "surface-to-air missile system"),
        ("Iran wants more helicopters.", "helicopter"),
        ("The country plans to buy new fighter jets.", "fighter aircraft"),
    ],
)
def test_generic_weapon_words_get_a_category(nlp, sentence, category):
    doc = nlp(sentence)
    categories = [c for s in doc.spans[GENERICS_KEY] for c in s._.generic["categories"]]
    assert category in categories
