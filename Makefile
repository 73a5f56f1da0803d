# The README's commands. `make run` and `make test` each set up .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= armsledger.db

.PHONY: run test install install-dev lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev,web,postgres]'

# The main job: ingest the bundled example corpus into SQLite and print the deals.
run: install
	$(BIN)/armsledger ingest examples/manifest.jsonl --db $(DB)
	$(BIN)/armsledger deals --db $(DB)

test: install-dev
	$(BIN)/python -m pytest

lint: install-dev
	$(BIN)/ruff check src tests

clean:
	rm -rf $(VENV) $(DB) build src/*.egg-info
