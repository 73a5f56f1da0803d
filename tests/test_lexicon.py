"""The word classes of `data/lexicon.csv` and the registry of the trigger
table's `needs` codes: every set the code names exists and every set the
file holds is named by the code; every `needs` code has its function."""

from __future__ import annotations

import csv
import re
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from armsledger.catalog import load_catalog, load_lexicon, read_lexicon, words
from armsledger.errors import CatalogError
from armsledger.extract.needs import NEEDS

SRC = Path(__file__).resolve().parents[1] / "src" / "armsledger"
ROWS = list(csv.DictReader(
    resources.files("armsledger").joinpath("data", "lexicon.csv").read_text(encoding="utf-8").splitlines()))
SETS = sorted({row["set"] for row in ROWS})


def used_sets() -> dict[str, list[str]]:
    """Each set name the package's code asks for with `words("...")`, and where."""
    found: dict[str, list[str]] = {}
    for path in SRC.rglob("*.py"):
        for name in re.findall(r'\bwords\("([a-z_]+)"\)', path.read_text(encoding="utf-8")):
            found.setdefault(name, []).append(path.relative_to(SRC).as_posix())
    return found


def test_the_columns_are_set_word_note():
    assert list(ROWS[0]) == ["set", "word", "note"]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['set']}:{r['word']}")
def test_lexicon_row(row):
    assert re.fullmatch(r"[a-z][a-z_]*", row["set"])
    assert row["word"] and row["word"] == row["word"].strip()
    assert row["word"] == row["word"].lower()


def test_no_row_is_repeated():
    repeated = [key for key, n in Counter((r["set"], r["word"]) for r in ROWS).items() if n > 1]
    assert repeated == []


@pytest.mark.parametrize("name", SETS)
def test_each_set_has_words_and_says_what_it_is(name):
    rows = [r for r in ROWS if r["set"] == name]
    assert rows and rows[0]["note"], f"{name}: its first row's note says what the set is for"
    assert words(name) == frozenset(r["word"] for r in rows)


def test_each_set_is_one_block_of_rows():
    order = [r["set"] for r in ROWS]
    starts = [name for i, name in enumerate(order) if i == 0 or order[i - 1] != name]
    assert len(starts) == len(set(starts)), "a set's rows are kept together"


def test_every_set_the_code_uses_exists():
    missing = {name: where for name, where in used_sets().items() if name not in load_lexicon()}
    assert missing == {}


def test_every_set_in_the_file_is_used():
    assert sorted(set(SETS) - set(used_sets())) == []


def test_the_catalog_carries_the_lexicon():
    assert load_catalog().lexicon == load_lexicon()


def test_an_unknown_set_is_an_error():
    with pytest.raises(CatalogError, match="no set"):
        words("no_such_set")


@pytest.mark.parametrize("text, message", [
    ("set,word,note\ndeal_nouns,Contract,\n", "lowercase"),
    ("set,word,note\ndeal_nouns,deal,\ndeal_nouns,deal,\n", "twice"),
    ("set,word,note\n,deal,\n", "set name"),
])
def test_a_bad_lexicon_is_refused(tmp_path, monkeypatch, text, message):
    (tmp_path / "lexicon.csv").write_text(text, encoding="utf-8")
    monkeypatch.setenv("ARMSLEDGER_CATALOG_DIR", str(tmp_path))
    with pytest.raises(CatalogError, match=message):
        read_lexicon()


def test_every_needs_code_of_the_trigger_table_has_a_function():
    codes = {entry.needs for entry in load_catalog().triggers if entry.needs}
    assert sorted(codes - set(NEEDS)) == []


def test_every_registered_needs_code_is_used_by_the_table():
    codes = {entry.needs for entry in load_catalog().triggers if entry.needs}
    assert sorted(set(NEEDS) - codes) == []
