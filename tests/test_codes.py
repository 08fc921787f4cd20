"""The registry of finding codes (feedtool/validate/codes.py) and its catalogues."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PRODUCED
from feedtool.i18n import LANGUAGES, Message, language_from_environment, placeholders
from feedtool.validate import codes
from feedtool.validate.codes import ERROR, WARNING, UndeclaredCode, finding

ROOT = Path(__file__).resolve().parent.parent
W3C_DOCS = ROOT.parent / "shared" / "conformance" / "w3c-docs"


@pytest.fixture
def scratch():
    """Declare codes for one test only."""
    before = dict(codes._CODES)
    yield
    codes._CODES.clear()
    codes._CODES.update(before)
    PRODUCED.discard("ScratchProblem")  # a code of this test only: not one the suite must produce


def declare_example(code="ScratchProblem", **overrides):
    arguments = dict(
        severity=ERROR,
        formats=(codes.RSS,),
        layer="rss",
        summary=("An example", "Een voorbeeld"),
        message=("<{element}> is {value!r}", "<{element}> is {value!r}"),
        variants={"soft": ("<{element}> might be wrong", "<{element}> is misschien fout", WARNING)},
        explanation="Why it matters.",
        bad="<x>bad</x>",
        good="<x>good</x>",
    )
    arguments.update(overrides)
    return codes.declare(code, **arguments)


# --- declaring and making findings ------------------------------------------------------------


def test_a_finding_gets_the_declared_severity_and_a_message_value(scratch):
    declare_example()
    made = finding("ScratchProblem", line=3, element="title", value="x")
    assert (made.code, made.severity, made.line) == ("ScratchProblem", "error", 3)
    assert made.message == Message("ScratchProblem", (("element", "title"), ("value", "x")))
    assert made.text() == "<title> is 'x'"


def test_a_variant_keeps_the_code_and_may_have_its_own_severity(scratch):
    declare_example()
    made = finding("ScratchProblem.soft", element="title")
    assert (made.code, made.severity) == ("ScratchProblem", "warning")
    assert made.text("nl") == "<title> is misschien fout"
    assert codes.get("ScratchProblem").severities == ("error", "warning")


def test_an_undeclared_code_fails():
    with pytest.raises(UndeclaredCode, match="NoSuchCode"):
        finding("NoSuchCode")


def test_an_undeclared_variant_fails(scratch):
    declare_example()
    with pytest.raises(UndeclaredCode, match="nope"):
        finding("ScratchProblem.nope", element="x")


def test_parameters_must_match_the_template(scratch):
    declare_example()
    with pytest.raises(ValueError, match="value"):
        finding("ScratchProblem", element="title")
    with pytest.raises(ValueError, match="extra"):
        finding("ScratchProblem", element="title", value="x", extra=1)


def test_a_code_is_declared_once(scratch):
    declare_example()
    with pytest.raises(ValueError, match="twice"):
        declare_example()


@pytest.mark.parametrize(
    "overrides, complaint",
    [
        ({"severity": "fatal"}, "severity"),
        ({"formats": ("html",)}, "formats"),
        ({"formats": ()}, "formats"),
        ({"message": ("only English",)}, "English, Dutch"),
        ({"variants": {"a.b": ("x", "y")}}, "variant name"),
    ],
)
def test_bad_declarations_are_refused(scratch, overrides, complaint):
    with pytest.raises(ValueError, match=complaint):
        declare_example(**overrides)


def test_a_code_must_be_camel_case(scratch):
    with pytest.raises(ValueError, match="CamelCase"):
        declare_example("not-a-code")


def test_a_positional_placeholder_is_refused():
    with pytest.raises(ValueError, match="name every placeholder"):
        placeholders("<{}> is empty")


def test_suggestion_finds_misspellings_and_case():
    assert codes.suggestion("internalerror") == "InternalError"
    assert codes.suggestion("InternalEror") == "InternalError"
    assert codes.suggestion("Zzzzzzzz") is None


def test_explain_shows_the_summary_the_example_and_the_fix(scratch):
    declare_example(w3c="ScratchProblem", spec="RSS 2.0, channel", url="https://www.rssboard.org/rss-specification")
    text = codes.get("ScratchProblem").explain()
    assert text.startswith("ScratchProblem: An example\n")
    assert "    <x>bad</x>" in text and "    <x>good</x>" in text
    assert "https://validator.w3.org/feed/docs/error/ScratchProblem.html" in text
    assert "Severity: error / warning" in text
    dutch = codes.get("ScratchProblem").explain("nl")
    assert "Een voorbeeld" in dutch and "Ernst: fout / waarschuwing" in dutch


# --- every declaration in the catalogues --------------------------------------------------------


DECLARED = codes.all_codes()


def test_the_catalogues_declare_codes():
    assert {"InternalError"} <= {c.code for c in DECLARED}


@pytest.mark.parametrize("declared", DECLARED, ids=lambda c: c.code)
def test_every_code_has_both_languages_with_the_same_placeholders(declared):
    for variant, template in declared.messages.items():
        for lang in LANGUAGES:
            assert template.text(lang).strip(), (declared.code, variant, lang)
        assert placeholders(template.en) == placeholders(template.nl), (declared.code, variant)
        assert not placeholders(template.en) & {"line", "column"}, (declared.code, variant)
    assert declared.summary.en.strip() and declared.summary.nl.strip()
    assert not placeholders(declared.summary.en) and not placeholders(declared.summary.nl)


@pytest.mark.parametrize("declared", DECLARED, ids=lambda c: c.code)
def test_every_code_is_explained_with_an_example_and_a_fix(declared):
    assert len(declared.explanation.split()) >= 10, declared.code
    assert declared.bad.strip() and declared.good.strip() and declared.bad.strip() != declared.good.strip()


# String literals in the validator's modules that look like codes but are not (an exception, a header, libxml2's word, JSON's NaN).
NOT_CODES = {"UndeclaredCode", "ETag", "CharRef", "NaN"}
CODE_LITERAL = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})(?=.*[a-z])[A-Z][A-Za-z0-9]+(?:\.[a-z][a-z0-9_]*)?$")


def test_every_code_the_validator_names_is_declared():
    """Every CamelCase string literal of the validator ("Code" or "Code.variant") is a declared code and
    variant. (Ids built at run time, such as f"{code}.value", are checked when the finding is made.)"""
    undeclared = []
    for path in sorted((ROOT / "feedtool" / "validate").glob("*.py")) + [ROOT / "feedtool" / "cli" / "validate.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE_LITERAL.match(node.value):
                code, _, variant = node.value.partition(".")
                if code in NOT_CODES:
                    continue
                if not codes.known(code) or variant not in codes.get(code).messages:
                    undeclared.append(f"{path.name}:{node.lineno}: {node.value}")
    assert undeclared == []


def test_every_fragment_has_both_languages_with_the_same_placeholders():
    for id, template in codes.all_texts().items():
        assert placeholders(template.en) == placeholders(template.nl), id


@pytest.mark.skipif(not W3C_DOCS.is_dir(), reason=f"W3C's message documentation not present at {W3C_DOCS}")
def test_every_w3c_name_is_a_message_w3c_documents():
    documented = {p.stem for p in W3C_DOCS.rglob("*") if p.is_file()}
    assert {c.w3c for c in DECLARED if c.w3c} - documented == set()


def test_listing_the_codes_imports_no_parser_and_no_rule_module():
    script = (
        "import sys, json; from feedtool.validate import codes; codes.all_codes(); codes.known_codes();"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('lxml', 'feedparser', 'feedtool')))))"
    )
    modules = json.loads(subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout)
    loaded = set(modules)
    assert not {m for m in loaded if m.startswith(("lxml", "feedparser"))}
    assert not loaded & {"feedtool.validate.atom", "feedtool.validate.rss", "feedtool.validate.xml", "feedtool.validate.engine"}


# --- languages ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "environ, lang",
    [
        ({}, "en"),
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "nl_BE"}, "nl"),
        ({"LANG": "nl"}, "nl"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "nl_NL.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "nl_NL.UTF-8"}, "nl"),
        ({"LC_ALL": "nl_NL.UTF-8", "LC_MESSAGES": "C"}, "nl"),
        ({"LC_ALL": "", "LANG": "nl_NL@euro"}, "nl"),
    ],
)
def test_the_language_comes_from_the_locale_in_posix_order(environ, lang):
    assert language_from_environment(environ) == lang


def test_a_message_parameter_may_be_a_message_rendered_in_the_same_language():
    made = finding("InternalError", layer=codes.fragment("layer.reader"), exception="KeyError: 'x'")
    assert made.text("en").startswith("the reader's view failed")
    assert made.text("nl").startswith("de lezersweergave liep vast")
