"""The relevance pass before parsing: what it lets through, and what it loses."""

from __future__ import annotations

import json

import pytest

from armsledger.evaluate import gold_documents, read_gold
from armsledger.ledger import analyze, is_relevant, skip_reason
from armsledger.model import Document
from armsledger.nlp.relevance import inflections, shared_filter
from armsledger.nlp.windows import WINDOW_CHARS, plan_windows

from ..conftest import TEST_DATA

ORDINARY = TEST_DATA / "ordinary_news.jsonl"
GOLD_FILES = ("seed", "dev", "gov")


def _ordinary() -> list[str]:
    return [json.loads(line)["text"] for line in ORDINARY.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("text", [
    "In 2004 the G8 leaders met in Georgia.",
    "Radio 4 broadcast the match on Saturday, and Xbox 2 sales rose.",
    "Shares in the retailer fell after the company agreed a deal to buy a rival.",
    "A think tank said the plan would cost more than expected.",
    "The M1 was closed after a lorry shed its load near junction 14.",
    # Weak words in everyday phrases do not count: two of them and a trigger word.
    "The jet stream moved south and schools held a fire drill before the prime minister's visit.",
    # "gun" and "mortar" are arms only sometimes: a starting gun, brick and mortar.
    "The starting gun sounded and the runners passed the old brick and mortar mill.",
])
def test_ordinary_sentences_are_not_relevant(text):
    assert not is_relevant(text)


@pytest.mark.parametrize("text", [
    "Poland signed a contract for 32 F-35A aircraft.",
    "Ukraine received 40 M2 machine guns from the United States.",
    "The army will buy armored personnel carriers.",
    "Rebels received guns and mortars from abroad.",
    "India received its first Su-30MKI.",
    "Turkey took delivery of the S-400 system.",
    "The State Department approved a possible sale of HIMARS to Taiwan.",
    "The two defence ministers agreed to deepen cooperation.",
    "Egypt ordered two frigates from Italy.",
    "Talks between the Turkish and American defence chiefs ended without agreement.",
])
def test_arms_sentences_are_relevant(text):
    assert is_relevant(text)


def test_only_designations_in_the_catalog_count():
    hits = shared_filter().hits("the F-1 and the F-16C, then F16s and Zq-4417", stop=False)
    assert "F-16C" in hits.strong and any(h.startswith("F16") for h in hits.strong)
    assert not any(h == "F-1" or h.startswith("Zq") for h in hits.strong + hits.weak)


def test_weak_words_need_company():
    # One ambiguous word is not enough; two and an event word are.
    assert not is_relevant("Typhoon Mira weakened over open water on Tuesday.")
    assert is_relevant("The air force will buy Typhoon jets and tanks.")
    assert not is_relevant("A fuel tank leaked at the station.")


def test_inflections():
    assert {"shipped", "shipping", "ships"} <= inflections("ship")
    assert {"sold"} <= inflections("sell")
    assert {"supplied", "supplies"} <= inflections("supply")
    assert {"delivered", "delivering"} <= inflections("deliver")


def test_passes_at_most_a_fifth_of_ordinary_news():
    texts = _ordinary()
    assert len(texts) >= 200
    passed = [text for text in texts if is_relevant(text)]
    assert len(passed) / len(texts) <= 0.20, passed[:5]


def test_windows_without_arms_are_not_parsed(nlp):
    arms = ("Poland signed a contract with South Korea on Friday for 180 K2 tanks and 212 K9 howitzers, "
            "the defence ministry said.")
    filler = [text for text in _ordinary() if not shared_filter().mentions_arms(text)]
    parts, size = [], 0
    while size < WINDOW_CHARS + 2_000:
        parts.append(filler[len(parts) % len(filler)])
        size += len(parts[-1]) + 2
    parts.insert(len(parts) // 2, arms)
    text = "\n\n".join(parts)
    document = Document(id="long", text=text, published="2022-07-29", language="en")
    windows = shared_filter().windows(text, plan_windows(text).windows)
    assert len(windows) == 1 and windows[0].start <= text.index(arms) < windows[0].end
    (filtered,) = analyze([document], nlp=nlp)
    (whole,) = analyze([document], nlp=nlp, prefilter=False)
    assert filtered.events and len(filtered.events) == len(whole.events)
    for event in filtered.events:
        assert text[event.evidence.start:event.evidence.end].strip() in arms


@pytest.mark.parametrize("name", GOLD_FILES)
def test_keeps_99_percent_of_gold_events(shared, nlp, name):
    """Every gold text analysed without the pass, once; with it, a text the
    pass lets through whole is analysed exactly as without it, so only texts
    it refuses or cuts into windows are analysed again."""
    path = shared / "gold" / f"{name}.jsonl"
    documents = [document for _, document in gold_documents(path, read_gold(path))]
    found = {id(a.document): len(a.events) for a in analyze(documents, nlp=nlp, prefilter=False)}
    kept = 0
    for document in documents:
        if skip_reason(document) is not None:
            continue
        if len(document.text) > WINDOW_CHARS:
            kept += sum(len(a.events) for a in analyze([document], nlp=nlp))
        else:
            kept += found[id(document)]
    total = sum(found.values())
    assert total > 0
    assert kept >= 0.99 * total, f"{name}: {kept} of {total} events kept"
