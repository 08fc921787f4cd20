"""docs/validate.md and the code agree: every code layers 1, 2 and 6 (and URLs, --store) can emit
is in the table, every code in the table can be emitted, and every option is documented."""

import re
from pathlib import Path

from feedtool.cli.validate import validate_command

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "validate.md").read_text(encoding="utf-8")
MODULES = ["validate/xml.py", "validate/detect.py", "validate/readerview.py", "validate/fetch.py", "validate/engine.py", "cli/validate.py"]
EMITTED = re.compile(r"""(?:\b(?:error|warning|info)\(\s*|_unreadable\([^,]+,\s*|\(\s*"[^"]+",\s*)"([A-Z][A-Za-z]+)\"""")


def emitted_codes() -> set[str]:
    codes = set()
    for module in MODULES:
        codes |= set(EMITTED.findall((ROOT / "feedtool" / module).read_text(encoding="utf-8")))
    return codes


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
