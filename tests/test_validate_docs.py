"""docs/validate.md and the code agree: every code layers 1, 2 and 6 (and URLs, --store) can emit
is in the table, every code in the table can be emitted, and every option is documented."""

import re
from pathlib import Path

from feedtool.cli.validate import validate_command
from feedtool.validate._legacy_codes import emitted_at_call_sites
from feedtool.validate.codes import known_codes

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "validate.md").read_text(encoding="utf-8")
MODULES = ("validate/xml.py", "validate/detect.py", "validate/readerview.py", "validate/fetch.py", "validate/engine.py",
           "validate/roundtrip.py", "cli/validate.py")


def emitted_codes() -> set[str]:
    return emitted_at_call_sites(MODULES)


def documented_codes() -> set[str]:
    table = DOC.split("## Finding codes", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([A-Za-z]+)` \|", table, re.MULTILINE))


def test_every_emitted_code_is_documented():
    assert emitted_codes() - documented_codes() == set()


def test_every_documented_code_is_emitted():
    assert documented_codes() - emitted_codes() == set()


def test_the_extraction_finds_codes_at_all():
    assert {"SAXError", "HtmlPage", "ReaderDateUnreadable", "HttpError", "StoreMismatch", "EntityExpansion"} <= emitted_codes()


def test_every_option_is_documented():
    for param in validate_command.params:
        for option in getattr(param, "opts", []):
            if option.startswith("--"):
                assert f"`{option}" in DOC, option


def test_the_known_codes_that_ignore_checks_against_cover_the_documented_ones():
    assert documented_codes() - known_codes() == set()


def test_every_code_the_fixtures_produce_is_known_to_ignore():
    from feedtool.validate.engine import validate_bytes

    produced = set()
    for fixture in sorted((ROOT / "tests" / "fixtures" / "validate").rglob("*")):
        if fixture.is_file() and fixture.stat().st_size < 1_000_000:
            produced |= {f.code for f in validate_bytes(fixture.read_bytes(), reader_view=False).findings}
    assert len(produced) > 50  # the fixtures exercise the rules at all
    assert produced - known_codes() == set()
