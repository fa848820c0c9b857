# newsdigest: two commands on a fresh machine.
#   make demo   install, ingest seeds/ into ./newsdigest.db, show the digest
#   make test   install what the tests need and run them
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= newsdigest.db

.PHONY: demo test install install-dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

demo: install
	$(BIN)/newsdigest --db $(DB) ingest seeds/
	$(BIN)/newsdigest --db $(DB) digest

test: install-dev
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
