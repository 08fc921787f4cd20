"""Property tests: mutated real feeds never crash the validator or the CLI.

Mutations: truncation, byte flips, duplicated elements, re-encoding without
changing the declaration. The validator must always answer with findings
(never an exception, never an InternalError) and the CLI with a documented exit code.
"""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedtool.validate.engine import validate_bytes
from validate_support import invoke

CORE = Path(__file__).parent / "fixtures" / "validate" / "core"
# Our own valid fixtures plus every Atom and RSS fixture of the rule layers: real feeds of every shape.
SEEDS = [(CORE / name).read_bytes() for name in ("valid-atom.xml", "valid-rss.xml", "windows-1252.xml", "atom-entry-document.xml")]
OWN_SEEDS = list(SEEDS)
SEEDS += [p.read_bytes() for p in sorted((CORE.parent).glob("[ar]*/*.xml"))]
CODE = re.compile(r"^[A-Z][A-Za-z0-9]+$")
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def mutated_feed(draw):
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["truncate", "flip", "duplicate", "encoding", "insert"]))
        if kind == "truncate" and len(data) > 1:
            del data[draw(st.integers(0, len(data) - 1)):]
        elif kind == "flip" and data:
            at = draw(st.integers(0, len(data) - 1))
            data[at] = draw(st.integers(0, 255))
        elif kind == "duplicate":
            starts = [m.start() for m in re.finditer(rb"<[a-z]", bytes(data))]
            if starts:
                start = draw(st.sampled_from(starts))
                end = data.find(b">", start)
                close = data.find(b"</", end)
                close_end = data.find(b">", close)
                if -1 not in (end, close, close_end):
                    piece = bytes(data[start : close_end + 1])
                    data[close_end + 1 : close_end + 1] = piece
        elif kind == "encoding":
            codec = draw(st.sampled_from(["utf-16", "utf-16-le", "latin-1", "cp1252", "utf-32"]))
            text = bytes(data).decode("utf-8", errors="replace")
            data = bytearray(text.encode(codec, errors="replace"))
        elif kind == "insert":
            at = draw(st.integers(0, len(data)))
            data[at:at] = draw(st.sampled_from([b"\x0b", b"&nbsp;", b"<!DOCTYPE x>", b"\xff\xfe", b"<![CDATA[", b"]]>", b"&#0;"]))
    return bytes(data)


def check_report(report):
    for finding in report.findings:
        assert CODE.match(finding.code), finding
        assert finding.severity in ("error", "warning", "info")
        assert finding.text().strip()
        assert finding.line is None or finding.line >= 1
        assert finding.column is None or finding.column >= 0
        assert finding.code != "InternalError", finding
    assert report.valid == (not any(f.severity == "error" for f in report.findings))


@SETTINGS
@given(mutated_feed())
def test_validate_bytes_always_answers_with_findings(data):
    check_report(validate_bytes(data, path="fuzz.xml"))


@SETTINGS
@given(st.sampled_from(OWN_SEEDS), st.data())
def test_truncated_feeds_are_never_valid(seed, data):
    cut = data.draw(st.integers(0, seed.rindex(b"</") - 1))
    report = validate_bytes(seed[:cut])
    assert not report.valid
    assert report.findings[0].code in {"SAXError", "EmptyDocument", "UnicodeError"} or any(
        f.code in {"SAXError", "EmptyDocument", "UnicodeError"} for f in report.findings
    )


@SETTINGS
@given(st.binary(max_size=2000))
def test_random_bytes(data):
    check_report(validate_bytes(data))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_feed(), st.sampled_from(["text", "json", "junit", "github", "sarif"]))
def test_cli_exit_codes_are_documented(data, output_format):
    result = invoke("--format", output_format, "-", input=data)
    assert result.exit_code in (0, 1), result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert result.output.strip()
    if output_format == "sarif":
        assert json.loads(result.output)["version"] == "2.1.0"
    elif output_format == "json":
        assert json.loads(result.output)["files"][0]["path"] == "-"
    elif output_format == "junit":
        assert ET.fromstring(result.output.encode()).find(".//testcase") is not None
    elif output_format == "github":
        assert all(line.startswith("::") for line in result.output.splitlines()[:-1])
