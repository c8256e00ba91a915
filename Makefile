# PagoDesk developer verbs. Every target sets up .venv by itself on a fresh machine.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## open the desktop app (demo profile on the embedded sandbox)
	$(VENV)/bin/pagodesk

test: $(STAMP)  ## the whole test suite (Qt offscreen)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)  ## ruff (lint + format check) and mypy
	$(VENV)/bin/ruff check desktop tests
	$(VENV)/bin/ruff format --check desktop tests
	$(VENV)/bin/mypy

format: $(STAMP)
	$(VENV)/bin/ruff format desktop tests
	$(VENV)/bin/ruff check --fix desktop tests

bench: $(STAMP)  ## speed figures (median ms) and ratios, printed
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
