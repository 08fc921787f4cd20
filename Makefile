PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP_INSTALL := $(PY) -m pip install --quiet --disable-pip-version-check
# `make run` installs what running feedtool needs; `make test` adds the test tools ([test] extra).
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test bench conformance docs clean

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || \
	  { echo "feedtool needs Python 3.11 or newer; '$(PYTHON)' is older or missing. Try: make PYTHON=python3.12 $(MAKECMDGOALS)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) --upgrade pip

$(RUN_STAMP): pyproject.toml | $(PY)
	$(PIP_INSTALL) -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PIP_INSTALL) -e '.[test]'
	touch $@ $(RUN_STAMP)

run: $(RUN_STAMP)
	$(VENV)/bin/feedtool build --store entries --out public
	@echo "feedtool is installed in $(VENV)/: run '. $(VENV)/bin/activate' to put it on PATH (or 'pipx install .')"

test: $(TEST_STAMP)
	$(PY) -m pytest

conformance: $(TEST_STAMP)
	$(PY) bench/conformance.py ../shared/conformance/w3c-dev ../shared/conformance/realworld-dev --list

docs: $(TEST_STAMP)
	$(PY) -m feedtool.validate.codetable docs/validate.md

bench: $(TEST_STAMP)
	$(PY) bench/build_bench.py
	$(PY) bench/validate_bench.py

clean:
	rm -rf $(VENV) public build dist .pytest_cache .hypothesis
