"""Agreement with the W3C Feed Validation Service on its own test feeds (shared/, when present)."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "conformance" / "w3c-dev"


def load_script():
    spec = importlib.util.spec_from_file_location("conformance", ROOT / "bench" / "conformance.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def result():
    if not (CORPUS / "labels.jsonl").is_file():
        pytest.skip(f"conformance corpus not present at {CORPUS}: W3C agreement not measured")
    return load_script().measure(CORPUS)


def test_overall_agreement_at_least_95_percent(result):
    assert result["agree"] / result["total"] >= 0.95, result["disagreements"]


@pytest.mark.parametrize("family", ["atom", "rss20", "rss"])
def test_family_agreement_at_least_90_percent(result, family):
    agree, total = result["families"][family]
    assert agree / total >= 0.90, [d for d in result["disagreements"] if d["file"].startswith(f"feeds/{family}/")]


@pytest.mark.parametrize("corpus", ["w3c-dev", "realworld-dev"])
def test_every_corpus_feed_keeps_its_reader_view(corpus):
    """The reader view's bounds (readerview.MAX_ATTRIBUTES_*, the time budget) leave every real feed its view."""
    folder = CORPUS.parent / corpus
    if not (folder / "feeds").is_dir():
        pytest.skip(f"conformance corpus not present at {folder}: reader view bounds not measured")
    found = load_script().reader_bounds(folder)
    assert found["past"] == []
    assert found["slowest"][1] < 0.5  # the slowest feed uses under half its time budget
