# briefgen — `make report` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SEEDS  ?= seeds
OUT    ?= output
QMD    ?= reports/brief.qmd
ENGINE ?= auto

# Debian packages the brief needs: Chromium draws the PDF's charts (and runs the HTML
# tests), Pango and fonts are WeasyPrint's, fontconfig finds the font the HTML embeds,
# iproute2 brings up loopback in the offline test's network namespace.
DEBIAN_PACKAGES := chromium fonts-noto-core fonts-dejavu-core fontconfig iproute2 \
                   libpango-1.0-0 libpangoft2-1.0-0

.PHONY: report html data render test eval bench lint clean system

# The venv is rebuilt when pyproject.toml changes.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Installs what is missing through apt-get (as root), or says what to install.
system:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing Debian packages:" $$missing; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "missing Debian packages:" $$missing; \
	    echo "install them with: sudo apt-get install" $$missing; exit 1; \
	  fi; \
	fi

# The main job: tables, then output/brief.html and output/brief.pdf.
report: system $(STAMP)
	$(BIN)/briefgen build $(QMD) --seeds $(SEEDS) --out $(OUT) --engine $(ENGINE)

html: $(STAMP)
	$(BIN)/briefgen build $(QMD) --seeds $(SEEDS) --out $(OUT) --engine $(ENGINE) --to html

data: $(STAMP)
	$(BIN)/briefgen extract --seeds $(SEEDS) --out $(OUT)

test: system $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/python -m briefgen.evaluate --seeds $(SEEDS) --gold tests/gold

bench: $(STAMP)
	$(BIN)/python -m briefgen.bench

lint: $(STAMP)
	$(BIN)/ruff check src tests tools

clean:
	rm -rf $(OUT) .pytest_cache
