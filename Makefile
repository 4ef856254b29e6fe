# Quick start on a fresh machine with only python3 and make:
#   make run    installs what it needs and opens the app on the sample article
#   make test   installs what it needs and runs the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := resources/samples/putin-witkoff-meeting.txt

.PHONY: run test lint bench fuzz package test-package system-deps translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@# Bytecode ahead of time: where PYTHONDONTWRITEBYTECODE is set, every start
	@# would otherwise compile the app's own modules again.
	$(BIN)/python -m compileall -q src >/dev/null
	touch $(STAMP)

system-deps:
	@sh scripts/install-system-deps.sh

# The interface's translations, compiled from resources/i18n/*.ts (build output).
translations: $(STAMP)
	$(BIN)/python scripts/i18n.py build

run: $(STAMP) system-deps translations
	$(BIN)/factcheck $(SAMPLE)

test: $(STAMP) system-deps translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

# The one-folder app in dist/Factcheck, then its self-test without a screen.
package: $(STAMP) system-deps translations
	$(BIN)/python -m pip install --quiet -e '.[package]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build packaging/factcheck.spec
	QT_QPA_PLATFORM=offscreen dist/Factcheck/Factcheck --self-test

test-package: $(STAMP) system-deps translations
	$(BIN)/python -m pip install --quiet -e '.[package]'
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m packaging $(PYTEST_ARGS)

bench: $(STAMP) system-deps translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# The fuzzing harness beyond the suite's seed 1 (make fuzz FUZZ_ARGS="--seed 7 --mutations 40")
FUZZ_ARGS ?= --seed $$(date +%s) --mutations 30
fuzz: $(STAMP) system-deps
	$(BIN)/python -m tests.fuzz $(FUZZ_ARGS)

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
