"""The documented GitLab CI job: its JUnit report is what GitLab reads for artifacts:reports:junit.

tests/fixtures/junit/gitlab-junit.xsd states the elements and attributes GitLab's documentation
says its parser reads; the report must be valid against it, and must also hold up to what the
parser does with it: test cases keyed by classname and name (a duplicate is dropped), the
status taken from <failure>, the text of <failure> shown as the details, `file` for the link.
"""

from __future__ import annotations

import shlex
from pathlib import Path

import yaml
from lxml import etree

from validate_support import invoke

ROOT = Path(__file__).resolve().parent.parent
JOB = yaml.safe_load((ROOT / "integrations" / "gitlab" / "feeds.gitlab-ci.yml").read_text(encoding="utf-8"))["feeds"]
SCHEMA = etree.XMLSchema(etree.parse(str(ROOT / "tests" / "fixtures" / "junit" / "gitlab-junit.xsd")))
CORE = ROOT / "tests" / "fixtures" / "validate" / "core"


def _validate_command() -> list[str]:
    [line] = [line for line in JOB["script"] if line.startswith("feedtool validate")]
    return shlex.split(line)[2:]


def _run_the_job_validation(tmp_path, monkeypatch, names: list[str]) -> tuple[int, etree._Element]:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "public").mkdir()
    for name in names:
        (tmp_path / "public" / name).write_bytes((CORE / name).read_bytes())
    result = invoke(*_validate_command())
    report = tmp_path / JOB["artifacts"]["reports"]["junit"]
    document = etree.parse(str(report))
    SCHEMA.assertValid(document)
    return result, document.getroot()


def test_the_job_writes_the_junit_file_its_artifacts_report(tmp_path, monkeypatch):
    args = _validate_command()
    assert args[args.index("--format") + 1] == "junit"
    assert args[args.index("--output") + 1] == JOB["artifacts"]["reports"]["junit"]
    assert JOB["artifacts"]["when"] == "always"  # the report is kept when validation fails the job
    assert any(line.startswith("feedtool build") for line in JOB["script"])


def test_the_report_is_valid_against_the_schema_and_reads_as_gitlab_reads_it(tmp_path, monkeypatch):
    result, root = _run_the_job_validation(tmp_path, monkeypatch,
                                           ["valid-rss.xml", "undefined-entity.xml", "internal-entity.xml"])
    assert result.exit_code == 1  # the job fails: an error, and --strict makes warnings fail too
    assert result.output.splitlines()[-1].startswith("3 files checked")  # the job log gets the text report
    assert root.tag == "testsuites"
    cases = root.findall("testsuite/testcase")
    keys = [(case.get("classname"), case.get("name")) for case in cases]
    assert len(set(keys)) == len(keys) == 3  # GitLab keeps only the first of duplicate keys
    status = {case.get("name"): ("failed" if case.find("failure") is not None else "success") for case in cases}
    assert status == {"public/undefined-entity.xml": "failed", "public/internal-entity.xml": "failed",
                      "public/valid-rss.xml": "failed"}  # --strict: the MissingAtomSelfLink warning fails too
    for case in cases:
        assert case.get("file") == case.get("name") and (tmp_path / case.get("file")).is_file()
    details = root.find("testsuite/testcase[@name='public/undefined-entity.xml']/failure").text
    assert "public/undefined-entity.xml:8:" in details and "[SAXError]" in details


def test_a_passing_file_has_no_failure(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "public").mkdir()
    (tmp_path / "public" / "valid-rss.xml").write_bytes((CORE / "valid-rss.xml").read_bytes())
    result = invoke("--format", "junit", "--output", "junit.xml", "--ignore", "MissingAtomSelfLink", "public/")
    document = etree.parse(str(tmp_path / "junit.xml"))
    SCHEMA.assertValid(document)
    assert result.exit_code == 0 and document.find("testsuite/testcase/failure") is None


def test_the_schema_refuses_what_gitlab_cannot_read():
    bad = etree.fromstring(b'<testsuites><testsuite name="s"><testcase name="no classname"/></testsuite></testsuites>')
    assert not SCHEMA.validate(bad)
    two_results = etree.fromstring(b'<testsuites><testsuite name="s"><testcase classname="c" name="n">'
                                   b'<failure/><error/></testcase></testsuite></testsuites>')
    assert not SCHEMA.validate(two_results)
