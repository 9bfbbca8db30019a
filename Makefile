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

demo: $(BIN)/lookalike
	$(BIN)/lookalike demo

test: $(BIN)/lookalike
	$(BIN)/pytest

lint: $(BIN)/lookalike
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(BIN)/lookalike
	$(BIN)/mypy

check: lint typecheck test

bench: $(BIN)/lookalike
	$(BIN)/python bench/sync_bench.py
