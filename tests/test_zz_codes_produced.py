"""Every declared finding code is produced by at least one test of the suite.

The suite's findings are recorded as they are made (tests/conftest.py); this module runs last
(pytest takes test files in name order) and compares the record with the registry. Run alone or
on part of the suite, it skips: only the whole suite can say a code is never produced.
"""

import pytest

from conftest import PRODUCED, whole_suite_collected
from feedtool.validate import codes


def test_every_declared_code_is_produced_by_a_test():
    if not whole_suite_collected():
        pytest.skip("only the whole suite (make test) shows which codes no test produces")
    missing = sorted({c.code for c in codes.all_codes()} - PRODUCED)
    assert missing == [], f"declared codes that no test produces (add a fixture for each): {missing}"


def test_every_produced_code_is_declared():
    if not whole_suite_collected():
        pytest.skip("only the whole suite (make test) produces the codes to compare")
    assert PRODUCED - {c.code for c in codes.all_codes()} == set()
