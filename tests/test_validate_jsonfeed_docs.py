"""docs/rules-jsonfeed.md and the JSON Feed codes (the registry's declarations, jsoncodes.SHARED) agree."""

import re
from pathlib import Path

from feedtool.validate.codes import get, known_codes
from feedtool.validate.jsoncodes import SHARED, declared

DOC = (Path(__file__).resolve().parent.parent / "docs" / "rules-jsonfeed.md").read_text(encoding="utf-8")
OWN, _, REST = DOC.partition("### Codes shared with Atom and RSS")
HTML_CODES = {"SecurityRiskAttr", "DangerousStyleAttr", "ContainsRelRef", "NotHtml"}


def rows(text: str) -> dict[str, str]:
    return dict(re.findall(r"^\| `([A-Za-z0-9]+)` \| (error|warning|info) \|", text, re.MULTILINE))


def test_every_declared_json_feed_code_is_documented_with_its_severity():
    assert rows(OWN.split("## Codes", 1)[1]) == {c.code: c.severity for c in declared()}


def test_every_shared_code_is_documented_with_its_severity():
    assert rows(REST) == {code: get(code).severity for code in SHARED} | {code: "warning" for code in HTML_CODES}


def test_ignore_knows_every_json_feed_code():
    assert ({c.code for c in declared()} | set(SHARED)) - known_codes() == set()
