"""Agreement with the W3C Feed Validation Service on its own test feeds and on real feeds (../shared, when present).

bench/conformance.py measures; these tests hold the figures above the floors the issues set.
"""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "conformance"


def load_script():
    spec = importlib.util.spec_from_file_location("conformance", ROOT / "bench" / "conformance.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measured(name: str):
    corpus = SHARED / name
    if not (corpus / "labels.jsonl").is_file():
        pytest.skip(f"conformance corpus not present at {corpus}: agreement with W3C not measured")
    return load_script().measure(corpus)


@pytest.fixture(scope="module")
def w3c():
    return measured("w3c-dev")


@pytest.fixture(scope="module")
def realworld():
    return measured("realworld-dev")


def share(result, kind, family=None):
    counts = result["all"] if family is None else result["formats"][family]
    return counts[kind] / counts["total"]


def test_verdicts_on_w3c_cases_agree(w3c):
    assert share(w3c, "verdict") >= 0.995, [d for d in w3c["disagreements"] if "verdict" in d["disagree"]]


@pytest.mark.parametrize("family", ["atom", "rss20", "rss"])
def test_every_family_of_w3c_cases_agrees(w3c, family):
    assert share(w3c, "verdict", family) >= 0.99


def test_error_and_warning_sets_on_w3c_cases(w3c):
    assert share(w3c, "errors") >= 0.985 and share(w3c, "warnings") >= 0.97


def test_verdicts_on_real_feeds(realworld):
    assert share(realworld, "verdict") >= 0.97


def test_error_and_warning_sets_on_real_feeds(realworld):
    assert share(realworld, "errors") >= 0.90 and share(realworld, "warnings") >= 0.80


def test_no_feed_loses_its_reader_view(w3c, realworld):
    assert w3c["reader_view_left_out"] == [] and realworld["reader_view_left_out"] == []


def test_the_comparison_leaves_out_only_our_reader_codes():
    script = load_script()
    label = {"verdict": "valid", "errors": [], "warnings": ["MissingSelf", "SelfDoesntMatchLocation"]}

    class F:
        def __init__(self, code, severity):
            self.code, self.severity = code, severity

    outcome = script.compare(label, [F("MissingSelf", "warning"), F("ReaderDateUnreadable", "warning")])
    assert outcome["verdict"] and outcome["errors"] and outcome["warnings"]
    assert not script.compare(label, [F("MissingSelf", "warning"), F("NotBlank", "warning")])["warnings"]
    assert not script.compare(label, [F("SAXError", "error")])["verdict"]
