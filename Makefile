# newsdigest: two commands on a fresh machine.
#   make demo   install, ingest seeds/ into ./newsdigest.db, start the terminal bot
#   make test   install what the tests need and run them
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= newsdigest.db

.PHONY: demo test lint install install-dev postgres-binaries clean

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
install-dev: $(VENV)/.installed-dev postgres-binaries

# The tests start their own PostgreSQL from the server binaries; Debian's package provides them.
postgres-binaries:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  echo "installing PostgreSQL's server binaries for the tests (Debian package postgresql)"; \
	  sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq postgresql >/dev/null; }

# The seed news is from 2025-09-10: the demo's clock is pinned to that evening so it counts as recent.
DEMO_NOW ?= 2025-09-10T18:00+09:00

demo: install
	$(BIN)/newsdigest --db $(DB) ingest seeds/
	NEWSDIGEST_NOW=$(DEMO_NOW) $(BIN)/newsdigest --db $(DB) serve console

test: install-dev lint
	$(BIN)/python -m pytest -q

# pyflakes and bugbear (ruff) on the code, types (mypy) on the core and the front ends; part of `make test`
lint: install-dev
	$(BIN)/ruff check digest bot tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm

# Benchmarks: summary quality, date resolution, throughput and memory -> bench/RESULTS.md (about 5 minutes).
.PHONY: bench
$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	touch $@ $(VENV)/.installed

bench: $(VENV)/.installed-bench
	$(BIN)/python -m bench.report
