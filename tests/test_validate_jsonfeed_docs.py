"""docs/rules-jsonfeed.md and the JSON Feed code table (feedtool/validate/jsoncodes.py) agree."""

import re
from pathlib import Path

from feedtool.validate.codes import known_codes
from feedtool.validate.jsoncodes import CODES

DOC = (Path(__file__).resolve().parent.parent / "docs" / "rules-jsonfeed.md").read_text(encoding="utf-8")
ROWS = dict(re.findall(r"^\| `([A-Za-z0-9]+)` \| (error|warning|info) \|", DOC, re.MULTILINE))


def test_every_declared_code_is_documented_with_its_severity():
    assert ROWS == {code: spec.severity for code, spec in CODES.items()}


def test_ignore_knows_every_json_feed_code():
    assert set(CODES) - known_codes() == set()
