# Two entry points: `make demo` builds the seed article, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kg build seeds/000_e62f91c60b255b04.txt -o output

test: $(STAMP)
	$(BIN)/ruff check kg tests benchmarks
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) output/graph.*
