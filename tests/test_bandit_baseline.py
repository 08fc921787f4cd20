"""The CI's bandit check (.ci/bandit_check.py): a finding passes only when the baseline explains it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def checker():
    spec = importlib.util.spec_from_file_location("bandit_check", ROOT / ".ci" / "bandit_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def result(test_id: str, filename: str, line: int) -> dict:
    return {"test_id": test_id, "filename": filename, "line_number": line, "issue_severity": "LOW", "issue_text": "x"}


def test_every_baseline_entry_has_a_reason_and_matches_a_line_of_feedtool():
    check = checker()
    explained = check.load_baseline()
    assert explained and all(len(why) > 20 for why in explained.values())
    for _test_id, filename, line in explained:
        assert line in {" ".join(x.split()) for x in (ROOT / filename).read_text(encoding="utf-8").splitlines()}


def test_an_unexplained_finding_fails_and_an_explained_one_passes(tmp_path):
    check = checker()
    source = tmp_path / "feedtool" / "x.py"
    source.parent.mkdir()
    source.write_text("import pickle\npassword = 'hunter2'\n", encoding="utf-8")
    explained = {check.key("B105", "feedtool/x.py", "password = 'hunter2'"): "a test value"}
    new, stale = check.unexplained(
        [result("B403", "feedtool/x.py", 1), result("B105", "feedtool/x.py", 2)], explained, root=tmp_path
    )
    assert [r["test_id"] for r in new] == ["B403"] and not stale
    new, stale = check.unexplained([], explained, root=tmp_path)
    assert not new and stale  # an entry that matches nothing any more is reported


def test_an_entry_without_a_reason_is_refused(tmp_path):
    path = tmp_path / "baseline.toml"
    path.write_text('[[finding]]\ntest = "B105"\nfile = "feedtool/x.py"\nline = "x"\nwhy = ""\n', encoding="utf-8")
    with pytest.raises(SystemExit):
        checker().load_baseline(path)
