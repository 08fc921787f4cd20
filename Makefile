PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP_INSTALL := $(PY) -m pip install --quiet --disable-pip-version-check
# `make run` installs what running feedtool needs; `make test` adds the test tools ([test] extra).
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test bench bench-plot conformance docs clean

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

BENCH_STAMP := $(VENV)/.installed-bench
W3C := ../shared/w3c-validator

$(BENCH_STAMP): pyproject.toml | $(PY)
	$(PIP_INSTALL) -e '.[test,bench]'
	touch $@ $(TEST_STAMP) $(RUN_STAMP)

# One table, every figure beside its baselines (the W3C validator when $(W3C) is there); see bench/suite.py.
bench: $(BENCH_STAMP)
	$(PY) bench/suite.py $(if $(wildcard $(W3C)/w3c-validate),--w3c $(W3C))

# docs/bench.png: time and peak memory against the number of entries (takes about 15 minutes).
bench-plot: $(BENCH_STAMP)
	$(PY) bench/plot.py --out docs/bench.png

clean:
	rm -rf $(VENV) public build dist .pytest_cache .hypothesis
