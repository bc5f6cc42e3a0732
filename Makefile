# Welfare Desk: `make run` and `make test` are all a new user needs (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DIST_STAMP := $(VENV)/.installed-dist
DATA_DIR ?= $(HOME)/.local/share/welfare-desk
DEMO_DB := $(DATA_DIR)/demo.sqlite

.PHONY: run test lint typecheck bench clean-demo translations screenshots dist dist-smoke

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || { echo "Installing python3-venv (Debian)"; \
		apt-get update -qq && apt-get install -y -qq python3-venv; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,dist]'
	@touch $(DIST_STAMP)

$(DEMO_DB): | $(STAMP)
	@mkdir -p $(DATA_DIR)
	$(PY) -m welfare_desk --db $(DEMO_DB) demo --members 800 --years 3 --seed 1

# Opens the desktop app on the demo fund (its users have no password: press Enter).
# Without a screen (a server, CI) it prints the fund's summary instead.
run: $(STAMP) $(DEMO_DB)
	@tools/ensure_gui_libs.sh
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(PY) -m welfare_desk --db $(DEMO_DB); \
	else \
		echo "No screen here (DISPLAY is not set): the fund's summary instead of the window."; \
		echo "See every page with: make screenshots"; \
		$(PY) -m welfare_desk --db $(DEMO_DB) summary; \
	fi

# A PNG of every page and the main dialogs, Thai and English, from the real app on Xvfb.
screenshots: $(STAMP) $(DEMO_DB)
	@tools/ensure_gui_libs.sh
	PY=$(PY) tools/screenshots.sh $(DEMO_DB) screenshots

test: $(STAMP)
	@tools/ensure_test_tools.sh
	@tools/ensure_gui_libs.sh
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests tools bench
	$(VENV)/bin/mypy

bench: $(STAMP)
	@tools/ensure_test_tools.sh
	@tools/ensure_gui_libs.sh
	$(PY) bench/run.py
	$(PY) bench/desktop.py
	$(PY) bench/paper.py
	$(PY) bench/sheets.py
	$(PY) bench/zone.py

# The Linux bundle, tarball and .deb in dist/ (installer/build.sh; docs/installer.md).
dist: $(DIST_STAMP)
	PY=$(PY) installer/build.sh

# Builds the .deb, installs it into a scratch root, opens the app from it under Xvfb, closes it.
dist-smoke: dist
	@tools/ensure_gui_libs.sh
	installer/smoke_test.sh

translations: $(STAMP)
	$(PY) tools/extract_messages.py

clean-demo:
	rm -f $(DEMO_DB) $(DEMO_DB).lock $(DEMO_DB)-wal $(DEMO_DB)-shm
