# briefgen — `make report` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SEEDS  ?= seeds
OUT    ?= output

.PHONY: report data test eval bench lint clean

# The venv is rebuilt when pyproject.toml changes.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The main job. For now: the tables (the rendered brief is issue 3).
report: data

data: $(STAMP)
	$(BIN)/briefgen extract --seeds $(SEEDS) --out $(OUT)

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/python -m briefgen.evaluate --seeds $(SEEDS) --gold tests/gold

bench: $(STAMP)
	$(BIN)/python -m briefgen.bench

lint: $(STAMP)
	$(BIN)/ruff check src tests tools

clean:
	rm -rf $(OUT) .pytest_cache
