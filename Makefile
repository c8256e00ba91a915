# PagoDesk developer verbs. Every target sets up .venv by itself on a fresh machine.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

TS := translations/pagodesk_es.ts translations/pagodesk_en.ts
# Qt's own Spanish catalog says "fichero" and leaves a few dialog words in English: our
# hand-kept overrides (not touched by lupdate) are compiled beside the app's catalogs.
QT_TS := translations/qt_overrides_es.ts
QM := $(TS:.ts=.qm) $(QT_TS:.ts=.qm)
UI_SOURCES := $(shell find desktop/ui -name '*.py' 2>/dev/null)

.PHONY: run test test-calendar lint format bench clean translations dist smoke

BUILD_STAMP := $(VENV)/.installed-build

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

translations: $(STAMP)  ## refresh the .ts catalogs from the code and compile the .qm files
	$(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete -locations none -source-language es_PE \
		$(UI_SOURCES) -ts $(TS)
	$(PY) -m desktop.ui.ts_tools fill translations/pagodesk_es.ts
	$(MAKE) -o $(STAMP) $(QM)  # the venv is ready: never reinstalled from here

translations/%.qm: translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) $(QM)  ## open the desktop app (demo profile on the embedded sandbox)
	$(VENV)/bin/pagodesk

test: $(STAMP) $(QM)  ## the whole test suite (Qt offscreen)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# The suite again with this machine's wall clock a year and five years ahead (only the wall
# clock: sleeps and timeouts are untouched), so no test depends on today's date.
SHIFTS ?= +400d +1826d
test-calendar: $(STAMP) $(QM)  ## the whole suite with the wall clock +1 and +5 years
	@for shift in $(SHIFTS); do \
		echo "== reloj de pared $$shift"; \
		QT_QPA_PLATFORM=offscreen tests/tools/run-shifted $$shift -- \
			$(PY) -m pytest -q -p no:cacheprovider || exit 1; \
	done

lint: $(STAMP)  ## ruff (lint + format check) and mypy
	$(VENV)/bin/ruff check desktop tests
	$(VENV)/bin/ruff format --check desktop tests
	$(VENV)/bin/mypy

format: $(STAMP)
	$(VENV)/bin/ruff format desktop tests
	$(VENV)/bin/ruff check --fix desktop tests

bench: $(STAMP)  ## speed figures (median ms) and ratios, printed
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench

$(BUILD_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,build]'
	touch $(BUILD_STAMP)

dist: $(BUILD_STAMP) $(QM)  ## the app frozen by PyInstaller in dist/pagodesk/ (ONEFILE=1: one file)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN build.spec $(if $(ONEFILE),-- --onefile)

smoke: $(STAMP)  ## run the frozen app on a fresh data folder; prints its size and start-up time
	$(PY) -m tests.smoke.smoke_frozen

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
