"""`feedtool validate` end to end: output formats, exit codes, stdin, directories, options."""

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from feedtool.cli import main
from validate_support import invoke

CORE = Path(__file__).parent / "fixtures" / "validate" / "core"
VALID = str(CORE / "valid-rss.xml")
INVALID = str(CORE / "undefined-entity.xml")  # one error, line 8
WARNING_ONLY = str(CORE / "internal-entity.xml")  # a warning, no error


def test_valid_feed_exits_0_with_a_summary():
    result = invoke(VALID)
    assert result.exit_code == 0
    assert result.output.splitlines()[-1].startswith("1 file checked: 0 errors")


def test_errors_exit_1_and_read_like_a_compiler():
    result = invoke(INVALID)
    assert result.exit_code == 1
    first = result.output.splitlines()[0]
    assert first.startswith(f"{INVALID}:8:")
    assert ": error: " in first and first.endswith("[SAXError]")


def test_warnings_pass_unless_strict():
    assert invoke(WARNING_ONLY).exit_code == 0
    assert invoke("--strict", WARNING_ONLY).exit_code == 1


def test_ignore_turns_an_error_off():
    assert invoke("--ignore", "SAXError", INVALID).exit_code == 0
    assert invoke("--strict", "--ignore", "EntityDeclaration", "--ignore", "MissingAtomSelfLink", WARNING_ONLY).exit_code == 0


def test_ignore_with_an_unknown_code_warns_with_a_suggestion_and_changes_nothing_else():
    plain = invoke(INVALID)
    result = invoke("--ignore", "UndefinedNamedEntiy", INVALID)
    assert result.exit_code == plain.exit_code == 1
    assert result.output == plain.output  # nothing switched off, report unchanged
    assert "--ignore UndefinedNamedEntiy" in result.stderr and "did you mean UndefinedNamedEntity?" in result.stderr


def test_ignore_suggests_across_case_and_names_where_codes_are_listed():
    assert "did you mean SAXError?" in invoke("--ignore", "saxerror", VALID).stderr
    far = invoke("--ignore", "Zzzzqqq", VALID)
    assert far.exit_code == 0 and "Zzzzqqq" in far.stderr and "did you mean" not in far.stderr and "feedtool explain --list" in far.stderr


def test_ignore_with_known_codes_and_the_reader_switch_is_silent():
    result = invoke("--ignore", "MissingAtomSelfLink,Reader", "--ignore", "ReaderDateUnreadable", VALID)
    assert result.exit_code == 0 and result.stderr == ""


def test_missing_file_exits_3_and_still_reports_the_others():
    result = invoke(VALID, "/nonexistent/feed.xml", INVALID)
    assert result.exit_code == 3
    assert "/nonexistent/feed.xml: error: no such file" in result.output
    assert "[SAXError]" in result.output


@pytest.mark.parametrize("args", [[], ["--format", "yaml", VALID], ["--jobs", "0", VALID], ["--max-size", "lots", VALID], ["-", "-"]])
def test_usage_errors_exit_2(args):
    assert invoke(*args).exit_code == 2


def test_json_output_has_the_contracted_shape():
    result = invoke("--format", "json", VALID, INVALID)
    assert result.exit_code == 1
    document = json.loads(result.output)
    assert [f["path"] for f in document["files"]] == [VALID, INVALID]
    good, bad = document["files"]
    assert (good["format"], good["valid"]) == ("rss", True)
    assert (bad["format"], bad["valid"]) == (None, False)
    finding = bad["findings"][0]
    assert set(finding) >= {"code", "severity", "message", "line", "column"}
    assert (finding["code"], finding["severity"], finding["line"]) == ("SAXError", "error", 8)
    assert isinstance(finding["column"], int)


def test_junit_has_one_testcase_per_file_and_a_failure_for_the_invalid_one():
    result = invoke("--format", "junit", VALID, INVALID)
    root = ET.fromstring(result.output)
    cases = root.findall(".//testcase")
    assert [c.get("name") for c in cases] == [VALID, INVALID]
    assert cases[0].find("failure") is None
    failure = cases[1].find("failure")
    assert failure is not None and failure.get("type") == "SAXError"
    assert root.find("testsuite").get("failures") == "1"


def test_junit_strict_fails_on_warnings():
    root = ET.fromstring(invoke("--format", "junit", "--strict", WARNING_ONLY).output)
    assert root.find(".//testcase/failure") is not None


def test_github_annotations():
    result = invoke("--format", "github", INVALID, WARNING_ONLY)
    lines = result.output.splitlines()
    assert lines[0].startswith(f"::error file={INVALID},line=8,col=")
    assert "title=SAXError::" in lines[0]
    assert any(line.startswith(f"::warning file={WARNING_ONLY},line=1,") for line in lines)


def test_lang_nl_renders_messages_and_summary_in_dutch_with_the_same_codes():
    english = invoke(INVALID)
    dutch = invoke("--lang", "nl", INVALID)
    assert dutch.exit_code == english.exit_code == 1
    assert "[SAXError]" in dutch.output and "XML-fout:" in dutch.output
    assert "1 bestand gecontroleerd: 1 fout" in dutch.output and "1 file checked: 1 error" in english.output
    assert ": error: " in dutch.output  # severity words stay as compilers write them, for problem matchers


def test_lang_defaults_to_the_locale(monkeypatch):
    monkeypatch.setenv("LC_ALL", "nl_NL.UTF-8")
    assert "XML-fout:" in invoke(INVALID).output
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert "XML parsing error:" in invoke(INVALID).output


def test_github_escapes_newlines_and_commas_in_properties(tmp_path):
    odd = tmp_path / "a,b:c.xml"
    shutil.copy(INVALID, odd)
    line = invoke("--format", "github", str(odd)).output.splitlines()[0]
    assert "a%2Cb%3Ac.xml" in line


def test_sarif_output():
    result = invoke("--format", "sarif", INVALID, WARNING_ONLY)
    assert result.exit_code == 1
    document = json.loads(result.output)
    assert document["version"] == "2.1.0"
    run = document["runs"][0]
    rule_ids = {rule["id"] for rule in run["tool"]["driver"]["rules"]}
    assert {"SAXError", "EntityDeclaration"} <= rule_ids
    first = run["results"][0]
    assert (first["ruleId"], first["level"]) == ("SAXError", "error")
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == INVALID
    assert location["region"]["startLine"] == 8
    assert any(r["level"] == "warning" and r["ruleId"] == "EntityDeclaration" for r in run["results"])


def test_stdin():
    data = Path(INVALID).read_bytes()
    result = invoke("--format", "json", "-", input=data)
    document = json.loads(result.output)
    assert document["files"][0]["path"] == "-"
    assert document["files"][0]["findings"][0]["code"] == "SAXError"
    assert result.exit_code == 1


def test_directory_expands_to_feed_files_sorted(tmp_path):
    (tmp_path / "sub").mkdir()
    shutil.copy(VALID, tmp_path / "b.rss")
    shutil.copy(INVALID, tmp_path / "sub" / "a.atom")
    (tmp_path / "notes.txt").write_text("not a feed")
    result = invoke("--format", "json", "--jobs", "1", str(tmp_path))
    paths = [f["path"] for f in json.loads(result.output)["files"]]
    assert paths == [str(tmp_path / "b.rss"), str(tmp_path / "sub" / "a.atom")]
    assert result.exit_code == 1


def test_directory_without_feeds_cannot_be_read(tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    result = invoke(str(tmp_path))
    assert result.exit_code == 3
    assert "[NoFeedFiles]" in result.output


def test_parallel_jobs_give_the_same_report_in_input_order():
    files = sorted(str(p) for p in CORE.iterdir())
    serial = invoke("--format", "json", "--jobs", "1", *files)
    parallel = invoke("--format", "json", "--jobs", "2", *files)
    assert serial.output == parallel.output
    assert serial.exit_code == parallel.exit_code == 1


def test_max_size_refuses_a_large_file_with_a_finding():
    result = invoke("--max-size", "100", VALID)
    assert result.exit_code == 1
    assert "[ValidatorLimit]" in result.output


STORE = Path(__file__).parent / "fixtures" / "build-store"


def built_store(tmp_path) -> tuple[Path, list[str]]:
    """A copy of the build fixture store and the feeds `feedtool build` makes of it."""
    store = tmp_path / "store"
    shutil.copytree(STORE, store)
    with CliRunner().isolation():
        try:
            main(["build", "--store", str(store), "--out", str(tmp_path / "public")])
        except SystemExit as exc:
            assert exc.code == 0
    return store, [str(tmp_path / "public" / name) for name in ("atom.xml", "rss.xml")]


def test_store_round_trip_shares_the_reader_views_feedparser_parse(tmp_path, monkeypatch):
    import feedparser

    store, feeds = built_store(tmp_path)
    calls = []
    real_parse = feedparser.parse
    monkeypatch.setattr(feedparser, "parse", lambda *a, **k: calls.append(1) or real_parse(*a, **k))
    assert invoke("--store", str(store), *feeds).exit_code == 0
    assert len(calls) == len(feeds)  # one parse per feed, for the reader view and the round trip together
    calls.clear()
    Path(feeds[1]).write_bytes(Path(feeds[1]).read_bytes().replace(b"<title>", b"<title>Changed: ", 2))
    result = invoke("--store", str(store), "--ignore", "Reader", feeds[1])  # no reader view: the round trip parses itself
    assert result.exit_code == 1 and "[StoreMismatch]" in result.output
    assert len(calls) == 1


def test_store_round_trip(tmp_path):
    store, feeds = built_store(tmp_path)
    assert invoke("--store", str(store), *feeds).exit_code == 0
    rss = tmp_path / "public" / "rss.xml"
    rss.write_bytes(rss.read_bytes().replace(b"<title>", b"<title>Changed: ", 2))
    result = invoke("--store", str(store), str(rss))
    assert result.exit_code == 1
    assert "[StoreMismatch]" in result.output and "Changed: " in result.output


def test_store_that_cannot_be_read_exits_3(tmp_path):
    result = invoke("--store", str(tmp_path / "missing"), VALID)
    assert result.exit_code == 3
    assert "missing" in result.stderr


def test_real_process_exit_codes_and_no_traceback():
    for args, code in (([VALID], 0), ([INVALID], 1), (["/nonexistent.xml"], 3), (["--format", "x", VALID], 2)):
        proc = subprocess.run([sys.executable, "-m", "feedtool", "validate", *args], capture_output=True, text=True, timeout=60)
        assert proc.returncode == code, (args, proc.stderr)
        assert "Traceback" not in proc.stderr


def test_ignore_knows_the_codes_without_the_validator_sources(tmp_path):
    """The registry is data, not a scan of the sources: an install without .py files knows the codes too."""
    script = "from feedtool.validate import codes; print(len(codes.known_codes()), codes.suggestion('saxerror'))"
    proc = subprocess.run([sys.executable, "-X", "pycache_prefix=" + str(tmp_path), "-c", script], capture_output=True, text=True, check=True)
    count, suggestion = proc.stdout.split()
    assert int(count) > 200 and suggestion == "SAXError"

