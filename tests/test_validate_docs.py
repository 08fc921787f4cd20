"""docs/validate.md and the registry agree: the code table is the one the registry generates,
every code the rules documents name is declared, and every option is documented."""

import re
from pathlib import Path

from feedtool.cli.validate import validate_command
from feedtool.validate import codes, codetable

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DOC = (DOCS / "validate.md").read_text(encoding="utf-8")


def test_the_code_table_is_the_one_the_registry_generates():
    assert codetable.section() in DOC, "docs/validate.md is out of date: run `make docs`"


def test_the_table_has_every_declared_code_once():
    table = DOC.split(codetable.BEGIN, 1)[1].split(codetable.END, 1)[0]
    rows = re.findall(r"^\| `([A-Za-z0-9]+)` \|", table, re.MULTILINE)
    assert sorted(rows) == sorted(c.code for c in codes.all_codes())


def test_rewriting_replaces_only_the_table():
    text = f"before\n{codetable.BEGIN}\nold table\n{codetable.END}\nafter\n"
    rewritten = codetable.rewrite(text)
    assert rewritten.startswith("before\n") and rewritten.endswith("\nafter\n")
    assert "old table" not in rewritten and "| `SAXError` |" in rewritten


def test_every_code_the_docs_name_is_declared():
    named = set()
    for doc in ("validate.md", "rules-atom.md", "rules-rss.md"):
        text = (DOCS / doc).read_text(encoding="utf-8")
        named |= set(re.findall(r"`([A-Z][a-z]+(?:[A-Z0-9][A-Za-z0-9]*)+)`", text))
    assert len(named) > 100  # the documents name codes at all
    assert named - codes.known_codes() == set()


def test_every_option_is_documented():
    for param in validate_command.params:
        for option in getattr(param, "opts", []):
            if option.startswith("--"):
                assert f"`{option}" in DOC, option
