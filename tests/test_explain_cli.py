"""`feedtool explain`: a code's explanation, the list of codes, did-you-mean for unknown codes."""

import json
import subprocess
import sys

from click.testing import CliRunner

from feedtool.cli import main
from feedtool.validate import codes


def explain(*args: str):
    with CliRunner().isolation() as streams:
        try:
            main(["explain", *args])
            code = 0
        except SystemExit as exc:
            code = exc.code
        return code, streams[0].getvalue().decode(), streams[1].getvalue().decode()


def test_explain_prints_summary_example_fix_w3c_and_spec():
    code, out, _ = explain("MissingAtomSelfLink")
    assert code == 0
    declared = codes.get("MissingAtomSelfLink")
    assert out.startswith(f"MissingAtomSelfLink: {declared.summary.en}\n")
    assert "Example of the problem:" in out and "The fix:" in out
    assert "    " + declared.good.splitlines()[0] in out
    assert "https://validator.w3.org/feed/docs/warning/MissingAtomSelfLink.html" in out
    assert "Spec: RSS Advisory Board profile" in out


def test_explain_in_dutch_keeps_the_code():
    code, out, _ = explain("--lang", "nl", "MissingAtomSelfLink")
    assert code == 0 and out.startswith("MissingAtomSelfLink: Een RSS-feed zonder") and "De oplossing:" in out


def test_explain_accepts_a_code_in_the_wrong_case():
    assert explain("saxerror")[1].startswith("SAXError: ")


def test_unknown_code_is_a_usage_error_with_a_suggestion():
    code, out, err = explain("MissingAtomSelfLnk")
    assert code == 2 and out == "" and "did you mean MissingAtomSelfLink?" in err


def test_unknown_code_far_from_any_points_to_the_list():
    code, _, err = explain("Zzzzqqq")
    assert code == 2 and "feedtool explain --list" in err and "did you mean" not in err


def test_code_and_list_together_or_neither_is_a_usage_error():
    assert explain()[0] == 2
    assert explain("--list", "SAXError")[0] == 2


def test_list_has_every_code_with_its_summary():
    code, out, _ = explain("--list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == len(codes.all_codes())
    assert any(line.startswith("SAXError ") and line.endswith(codes.get("SAXError").summary.en) for line in lines)
    assert any(line.startswith("Redirected ") and "warning/info" in line for line in lines)


def test_json_has_every_field_of_the_declaration():
    code, out, _ = explain("--format", "json", "EncodingMismatch")
    data = json.loads(out)
    assert code == 0 and data["code"] == "EncodingMismatch" and data["severities"] == ["error", "warning"]
    assert data["messages"]["http"]["severity"] == "warning" and "{charset}" in data["messages"]["http"]["en"]
    assert data["summary"]["nl"] and data["bad"] and data["good"] and data["w3c"] == "EncodingMismatch"
    listed = json.loads(explain("--list", "--format", "json")[1])
    assert [c["code"] for c in listed] == [c.code for c in codes.all_codes()]


def test_explain_is_quick_to_start():
    # The registry is data: listing it imports no parser and no rule module (tests/test_codes.py), and a
    # fresh process lists every code; a real process, so that the console entry point is what runs.
    proc = subprocess.run([sys.executable, "-m", "feedtool", "explain", "--list"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and len(proc.stdout.splitlines()) == len(codes.all_codes())
