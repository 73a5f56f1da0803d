# The README's commands. `make run` and `make test` each set up .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= armsledger.db

.PHONY: run test install install-dev lint clean model

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev,web,postgres,ray]'

# The main job: ingest the bundled example corpus into SQLite and print the deals.
run: install
	$(BIN)/armsledger ingest examples/manifest.jsonl --db $(DB)
	$(BIN)/armsledger deals --db $(DB)

# Rebuild the decision layer shipped in the package from the gold files
# (seeded: the same gold files give the same model, byte for byte).
GOLD ?= ../shared/gold
model: install
	$(BIN)/armsledger train $(GOLD)/seed.jsonl $(GOLD)/dev.jsonl $(GOLD)/gov.jsonl

test: install-dev
	$(BIN)/python -m pytest

lint: install-dev
	$(BIN)/ruff check src tests

clean:
	rm -rf $(VENV) $(DB) build src/*.egg-info
