PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench conformance docs clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/feedtool build --store entries --out public

test: $(STAMP)
	$(PY) -m pytest

conformance: $(STAMP)
	$(PY) bench/conformance.py ../shared/conformance/w3c-dev

docs: $(STAMP)
	$(PY) -m feedtool.validate.codetable docs/validate.md

bench: $(STAMP)
	$(PY) bench/build_bench.py
	$(PY) bench/validate_bench.py

clean:
	rm -rf $(VENV) public .pytest_cache .hypothesis
