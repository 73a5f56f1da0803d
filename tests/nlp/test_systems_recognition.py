"""Weapon-system recognition on the forms news and notices write systems in:
ship classes, maker + model number, capitals, line breaks; and what is none."""

import pytest

from armsledger.nlp.systems import NAMED_KEY, SYSTEMS_KEY


def _found(nlp, sentence, key=SYSTEMS_KEY):
    doc = nlp(sentence)
    return {(span.text, span._.system["family"]) for span in doc.spans[key]}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Ship classes, by the class names of the catalog.
        ("Washington gave Tbilisi two retired 110-foot Island-class patrol boats last year.",
         {("Island-class patrol boats", "island")}),
        ("The cutter, a former Hamilton class vessel, arrived in Lagos.", {("Hamilton class", "hamilton")}),
        ("Ankara bought an Oliver Hazard Perry-class frigate from the US Navy.",
         {("Oliver Hazard Perry-class frigate", "oliver-hazard-perry")}),
        ("Two Virginia-class submarines will follow.", {("Virginia-class submarines", "virginia")}),
        ("Manila took over a Hamilton-class cutter and a Cyclone class patrol ship.",
         {("Hamilton-class cutter", "hamilton"), ("Cyclone class", "cyclone-class")}),
        # Maker or brand and a model number.
        ("The air force received a Cessna 208B Grand Caravan for surveillance.", {("Cessna 208B", "cessna-208")}),
        ("Twelve Cessna 172 trainers were handed over.", {("Cessna 172", "cessna-172")}),
        ("Police flew a Bell 412 over the border.", {("Bell 412", "bell-412")}),
        ("The navy ordered a Beechcraft King Air 350 for maritime patrol.",
         {("Beechcraft King Air 350", "king-air-350")}),
        ("An Airbus A400M landed with an Embraer EMB-314 escort.",
         {("Airbus A400M", "a400m"), ("Embraer EMB-314", "emb-314")}),
        # Capitals: a designation with its name is one system, not the Hawk missile.
        ("The State Department approved UH-60M BLACK HAWK helicopters for Brazil.",
         {("UH-60M BLACK HAWK", "uh-60")}),
        ("TWENTY-FOUR AH-64E APACHE ATTACK HELICOPTERS AND 500 JAVELIN MISSILES",
         {("AH-64E APACHE ATTACK HELICOPTERS", "ah-64"), ("JAVELIN MISSILES", "javelin")}),
        ("The notice lists AH-64E APACHE and 500 JAVELIN anti-tank missiles.",
         {("AH-64E APACHE", "ah-64"), ("JAVELIN", "javelin")}),
        # A name in capitals splits as the name does ("A-4K" is "A-4" "K"): the whole name is found.
        ("New Zealand flew A-4K SKYHAWK II jets until 2001.", {("A-4K SKYHAWK II", "a-4")}),
        ("The US Navy's Hamilton class and Algeria's Kebir-class boats.",
         {("Hamilton class", "hamilton"), ("Kebir-class", "kebir")}),
        ("Kyiv asked for more JAVELIN missiles and IRON DOME batteries.",
         {("JAVELIN", "javelin"), ("IRON DOME", "iron-dome")}),
        ("Egypt has asked for MIM-23 HAWK missiles.", {("MIM-23 HAWK", "hawk")}),
        # Designations broken by a hard line break in a notice.
        ("TAIPEI - 66 F-16\nBlock 70 aircraft", {("F-16\nBlock 70", "f-16")}),
        ("five AN/TPQ-\n37 radars", {("AN/TPQ-\n37", "an/tpq-37")}),
        ("six Su-\n30SM fighters", {("Su-\n30SM", "su-30")}),
        # What names no system.
        ("We sailed to the island of Crete with a class of students.", set()),
        ("In 2004 Radio 4 reported that the Bell rang twice.", set()),
        ("She is a world-class athlete who flies First class.", set()),
        ("PATRIOT GROUPS RALLIED AS APACHE ELDERS MET IN PHOENIX.", set()),
        ("Boeing 2024 results beat forecasts, and Airbus 2030 targets were kept.", set()),
        ("The Middle class grew while the Business class cabin emptied.", set()),
    ],
)
def test_systems_recognized_in_sentence(nlp, sentence, expected):
    assert _found(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Algiers commissioned a second Zeraoua Kebir-class corvette.",
         {("Zeraoua Kebir-class", "zeraoua-kebir")}),
        ("The Xylander class submarines were laid down.", {("Xylander class", "xylander")}),
    ],
)
def test_unknown_ship_class_named_before_a_ship_noun(nlp, sentence, expected):
    assert _found(nlp, sentence, NAMED_KEY) == expected
    assert _found(nlp, sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    ["The Xylander class met on Tuesday.", "A Zeraoua-class act drew crowds."],
)
def test_unknown_class_without_a_ship_noun_is_nothing(nlp, sentence):
    assert _found(nlp, sentence, NAMED_KEY) == set()


def test_every_catalog_ship_class_is_recognized_in_running_text(nlp):
    """Each class the catalog names ("Island-class patrol craft") is found before
    "-class" in a sentence, as that class; names with slashes or brackets
    ("Navajo/ATF", "LCI(L)") are SIPRI's and not written so in the news."""
    from armsledger.catalog import load_catalog
    from armsledger.nlp.system_forms import class_name

    families: dict[str, set[str]] = {}
    for entry in load_catalog().systems:
        name = class_name(entry.name) if entry.category in {"surface ship", "submarine"} else None
        if name and not any(ch in name for ch in "/()"):
            families.setdefault(name, set()).add(entry.family)
    assert len(families) > 500
    names = sorted(families)
    missed = []
    sentences = [f"Officials said the navy will buy two {name}-class ships." for name in names]
    for name, doc in zip(names, nlp.pipe(sentences), strict=True):
        found = {span._.system["family"] for span in doc.spans[SYSTEMS_KEY]}
        if not found & families[name]:
            missed.append((name, found))
    assert missed == []
