"""Shared by every test: a record of the finding codes the suite produces (tests/test_zz_codes_produced.py)."""

from __future__ import annotations

from pathlib import Path

from feedtool.validate.findings import Finding

TESTS = Path(__file__).resolve().parent
PRODUCED: set[str] = set()  # every finding code made in this test process, outside the corpus measurements
COLLECTED: set[str] = set()  # the test modules this run collected
# The conformance measurements run over ../shared, which CI does not have: what they produce does not count.
NOT_COUNTED = frozenset({"test_conformance.py", "test_w3c_publication.py"})
_current = {"module": None}

_finding_init = Finding.__init__


def _recording_init(self, code, *args, **kwargs):
    _finding_init(self, code, *args, **kwargs)
    if _current["module"] not in NOT_COUNTED:
        PRODUCED.add(code)


Finding.__init__ = _recording_init


def pytest_runtest_setup(item):
    _current["module"] = Path(str(item.fspath)).name


def pytest_collection_finish(session):
    COLLECTED.update(Path(str(item.fspath)).name for item in session.items)


def whole_suite_collected() -> bool:
    return {p.name for p in TESTS.glob("test_*.py")} <= COLLECTED
