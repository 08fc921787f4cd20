"""The validator survives hostile input: XML attacks, huge and broken files, within bounded time and memory."""

import json
import time
from pathlib import Path

import pytest

from feedtool.validate.engine import validate_bytes
from feedtool.validate.xml import parse_xml
from validate_support import run_measured

CORE = Path(__file__).parent / "fixtures" / "validate" / "core"
MB = 1024 * 1024


def test_external_entity_to_a_local_file_is_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-4711")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY leak "LEAKED-FROM-DTD">')
    feeds = {
        "general.xml": f'<!DOCTYPE rss [<!ENTITY s SYSTEM "file://{secret}">]>\n<rss version="2.0"><channel><title>&s;</title></channel></rss>',
        "attribute.xml": f'<!DOCTYPE rss [<!ENTITY s SYSTEM "file://{secret}">]>\n<rss version="2.0"><channel><title a="&s;">x</title></channel></rss>',
        "parameter.xml": f'<!DOCTYPE rss [<!ENTITY % p SYSTEM "file://{dtd}"> %p;]>\n<rss version="2.0"><channel><title>&leak;</title></channel></rss>',
        "external-subset.xml": f'<!DOCTYPE rss SYSTEM "file://{dtd}">\n<rss version="2.0"><channel><title>&leak;</title></channel></rss>',
    }
    for name, text in feeds.items():
        (tmp_path / name).write_text(text)
    code, out, _, _ = run_measured("validate", "--format", "json", "--jobs", "1", *(str(tmp_path / n) for n in feeds))
    assert "TOPSECRET" not in out and "LEAKED-FROM-DTD" not in out
    document = json.loads(out)
    for entry in document["files"]:
        assert not entry["valid"] or entry["path"].endswith("external-subset.xml"), entry
    assert code == 1
    # and the tree itself never holds the file's content
    for name in feeds:
        result = parse_xml((tmp_path / name).read_bytes())
        if result.root is not None:
            from lxml import etree

            assert b"TOPSECRET" not in etree.tostring(result.root) and b"LEAKED" not in etree.tostring(result.root)


def test_billion_laughs_is_refused_quickly():
    started = time.monotonic()
    report = validate_bytes((CORE / "billion-laughs.xml").read_bytes())
    assert time.monotonic() - started < 2
    assert "EntityExpansion" in {f.code for f in report.findings}


def test_quadratic_blowup_is_refused_quickly():
    doc = b'<!DOCTYPE rss [<!ENTITY a "' + b"x" * 50_000 + b'">]><rss version="2.0"><channel><title>' + b"&a;" * 50_000 + b"</title></channel></rss>"
    started = time.monotonic()
    report = validate_bytes(doc)
    assert time.monotonic() - started < 3
    assert not report.valid
    assert {f.code for f in report.findings} & {"EntityExpansion", "EntityDeclaration"}


def test_ten_thousand_levels_of_nesting():
    doc = b'<rss version="2.0"><channel>' + b"<x>" * 10_000 + b"</x>" * 10_000 + b"</channel></rss>"
    started = time.monotonic()
    report = validate_bytes(doc)
    assert time.monotonic() - started < 2
    assert [f.code for f in report.findings if f.severity == "error"] == ["ValidatorLimit"]


def test_a_100_mb_file_gets_a_clear_finding_in_bounded_time_and_memory(tmp_path):
    big = tmp_path / "big.xml"
    with open(big, "wb") as handle:
        handle.write(b'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>x</title>')
        handle.seek(100 * MB)
        handle.write(b"</channel></rss>\n")
    code, out, seconds, peak = run_measured("validate", str(big))
    assert code == 1
    assert "[ValidatorLimit]" in out and "104,857,6" in out
    assert seconds < 10
    assert peak < 150 * MB


def test_a_large_limit_still_bounds_a_hundred_megabyte_text_node(tmp_path):
    big = tmp_path / "bigtext.xml"
    with open(big, "wb") as handle:
        handle.write(b'<rss version="2.0"><channel><title>')
        handle.write(b"a" * (100 * MB))
        handle.write(b"</title></channel></rss>")
    code, out, seconds, peak = run_measured("validate", "--max-size", "200M", str(big))
    assert code == 1
    assert "[ValidatorLimit]" in out
    assert seconds < 20
    assert peak < 10 * 100 * MB


@pytest.mark.parametrize(
    "name", ["empty.xml", "binary-garbage.xml", "html-page.xml", "truncated.xml", "billion-laughs.xml", "deep-nesting.xml"]
)
def test_hostile_fixtures_fail_with_an_error_never_a_crash(name):
    report = validate_bytes((CORE / name).read_bytes())
    assert not report.valid
    assert all(f.code != "InternalError" for f in report.findings)
