"""The reader view's bounds: feedparser never runs on a feed it would hang on (issue 14, case 2).

Before: one element with 50,000 attributes (539 kB) took 65 s to validate, in feedparser's
attribute handling; `diff` the same. The bounds leave the reader view out with a finding.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from feedtool.cli import main
from feedtool.validate import readerview
from feedtool.validate.engine import validate_bytes
from validate_support import invoke

CORE = Path(__file__).parent / "fixtures" / "validate" / "core"


def wide_element(attributes: int) -> bytes:
    attrs = " ".join(f'a{i}="v"' for i in range(attributes))
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://example.org/</link>'
        f"<description>d</description><item {attrs}><title>x</title><guid>urn:x:1</guid></item></channel></rss>"
    ).encode()


def many_items(count: int) -> bytes:
    items = "".join(
        f'<item><title>x</title><guid isPermaLink="false">urn:x:{i}</guid>'
        f'<enclosure url="https://example.org/{i}.mp3" length="1" type="audio/mpeg"/></item>'
        for i in range(count)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://example.org/</link>'
        f"<description>d</description>{items}</channel></rss>"
    ).encode()


def test_50000_attributes_on_one_element_leave_the_reader_view_out_quickly():
    data = wide_element(50_000)
    started = time.monotonic()
    report = validate_bytes(data)
    assert time.monotonic() - started < 10  # before: 65 s
    [skipped] = [f for f in report.findings if f.code == "ReaderViewSkipped"]
    assert skipped.severity == "warning" and "50,000 attributes" in skipped.text() and skipped.line == 1
    assert not any(f.code.startswith("Reader") and f.code != "ReaderViewSkipped" for f in report.findings)
    assert any(f.code == "MissingAtomSelfLink" for f in report.findings)  # the other layers still ran


def test_the_cli_reports_it_as_a_warning(tmp_path):
    path = tmp_path / "wide.xml"
    path.write_bytes(wide_element(20_000))
    result = invoke(str(path))
    [line] = [x for x in result.output.splitlines() if "[ReaderViewSkipped]" in x]
    assert ":1: warning: the reader's view" in line and "20,000 attributes" in line


def test_too_many_attributes_in_all(monkeypatch):
    monkeypatch.setattr(readerview, "MAX_ATTRIBUTES", 100)
    report = validate_bytes(many_items(60))  # 60 enclosures x 3 attributes + 60 guids + <rss version>
    [skipped] = [f for f in report.findings if f.code == "ReaderViewSkipped"]
    assert "241 attributes, over the bound of 100 in all" in skipped.text()


def test_the_time_budget_stops_feedparser(monkeypatch):
    monkeypatch.setattr(readerview, "BUDGET_SECONDS", 0.05)
    monkeypatch.setattr(readerview, "BUDGET_SECONDS_PER_MB", 0.0)
    data = many_items(20_000)  # about a second of feedparser
    started = time.monotonic()
    report = validate_bytes(data)
    assert time.monotonic() - started < 5
    [skipped] = [f for f in report.findings if f.code == "ReaderViewSkipped"]
    assert "within the budget of 0.05 seconds" in skipped.text()


def test_within_the_budget_the_result_is_feedparsers():
    parsed = readerview.parse_bounded((CORE / "valid-rss.xml").read_bytes())
    assert parsed.entries and not parsed.get("bozo")
    time.sleep(0.1)  # no exception may be left pending for this thread once the parse is done


def test_an_expired_budget_leaves_nothing_pending():
    with pytest.raises(readerview.ReaderViewLeftOut):
        readerview.parse_bounded(many_items(20_000), budget=0.01)
    total = sum(range(2_000_000))  # plenty of bytecodes: a pending exception would fire here
    assert total > 0


def test_diff_applies_the_same_bounds(tmp_path, capsys):
    old, new = tmp_path / "old.xml", tmp_path / "new.xml"
    old.write_bytes((CORE / "valid-rss.xml").read_bytes())
    new.write_bytes(wide_element(50_000))
    started = time.monotonic()
    with pytest.raises(SystemExit) as info:
        main(["diff", str(old), str(new)])
    assert time.monotonic() - started < 10
    err = capsys.readouterr().err
    assert info.value.code == 3 and "50,000 attributes" in err and "new.xml" in err


def test_the_finding_is_declared_and_speaks_dutch():
    from feedtool.validate import codes

    declared = codes.get("ReaderViewSkipped")
    assert declared.severity == "warning" and "1,000 attributes" in declared.explanation
    [skipped] = [f for f in validate_bytes(wide_element(2_000)).findings if f.code == "ReaderViewSkipped"]
    assert "2,000 attributen" in skipped.text("nl")
