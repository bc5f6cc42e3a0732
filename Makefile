# Welfare Desk: `make run` and `make test` are all a new user needs (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DATA_DIR ?= $(HOME)/.local/share/welfare-desk
DEMO_DB := $(DATA_DIR)/demo.sqlite

.PHONY: run test lint typecheck bench clean-demo translations

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || { echo "Installing python3-venv (Debian)"; \
		apt-get update -qq && apt-get install -y -qq python3-venv; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	@mkdir -p $(DATA_DIR)
	@test -f $(DEMO_DB) || $(PY) -m welfare_desk --db $(DEMO_DB) demo --members 800 --years 3 --seed 1
	$(PY) -m welfare_desk --db $(DEMO_DB) summary

test: $(STAMP)
	@tools/ensure_test_tools.sh
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests tools bench
	$(VENV)/bin/mypy

bench: $(STAMP)
	@tools/ensure_test_tools.sh
	$(PY) bench/run.py

translations: $(STAMP)
	$(PY) tools/extract_messages.py

clean-demo:
	rm -f $(DEMO_DB) $(DEMO_DB).lock $(DEMO_DB)-wal $(DEMO_DB)-shm
