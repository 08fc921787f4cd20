"""action.yml run the way the GitHub runner runs a composite action.

Each step's `env:` is evaluated (`${{ inputs.NAME }}` from the inputs or their defaults,
`${{ github.action_path }}`), its `run:` goes to `bash --noprofile --norc -eo pipefail`, with
GITHUB_ACTION_PATH, GITHUB_WORKSPACE, RUNNER_TEMP and a GITHUB_PATH file whose lines are put
in front of PATH for the later steps. The install step really installs feedtool from this
checkout into a fresh venv (the package index, or pip's cache, supplies the dependencies).
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
WORKFLOW = yaml.safe_load((ROOT / "integrations" / "github" / "feeds.yml").read_text(encoding="utf-8"))
CORE = ROOT / "tests" / "fixtures" / "validate" / "core"
_EXPRESSION = re.compile(r"\$\{\{\s*([^}]*?)\s*\}\}")
pytestmark = pytest.mark.slow


def _evaluate(text: str, inputs: dict[str, str]) -> str:
    def value(match: re.Match) -> str:
        expression = match.group(1)
        if expression.startswith("inputs."):
            name = expression.removeprefix("inputs.")
            assert name in ACTION["inputs"], f"action.yml uses an undeclared input {name}"
            return inputs.get(name, ACTION["inputs"][name].get("default", ""))
        if expression == "github.action_path":
            return str(ROOT)
        raise AssertionError(f"this test does not know the expression ${{{{ {expression} }}}}")

    return _EXPRESSION.sub(value, text)


class Runner:
    """The runner's side of a job: one workspace, one RUNNER_TEMP, a GITHUB_PATH file."""

    def __init__(self, tmp: Path):
        self.workspace = tmp / "workspace"
        self.workspace.mkdir()
        self.temp = tmp / "runner-temp"
        self.temp.mkdir()
        self.github_path = tmp / "github_path"
        self.github_path.write_text("")

    def run_step(self, step: dict, inputs: dict[str, str]) -> subprocess.CompletedProcess:
        assert step["shell"] == "bash" and _EXPRESSION.search(step["run"]) is None, "inputs go through env, not ${{ }} in run"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("INPUT_", "VIRTUAL_ENV", "PYTHONDONTWRITEBYTECODE"))}
        added = [line for line in self.github_path.read_text().splitlines() if line]
        env["PATH"] = os.pathsep.join([*reversed(added), "/usr/local/bin:/usr/bin:/bin"])
        env.update(GITHUB_ACTIONS="true", CI="true", GITHUB_ACTION_PATH=str(ROOT), GITHUB_WORKSPACE=str(self.workspace),
                   RUNNER_TEMP=str(self.temp), GITHUB_PATH=str(self.github_path))
        env.update({name: _evaluate(str(value), inputs) for name, value in step.get("env", {}).items()})
        return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
                              cwd=self.workspace, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Runner:
    runner = Runner(tmp_path_factory.mktemp("runner"))
    install = ACTION["runs"]["steps"][0]
    result = runner.run_step(install, {})
    if result.returncode != 0 and re.search(r"NewConnectionError|Temporary failure in name resolution", result.stderr):
        pytest.skip("the package index cannot be reached: the action's install step cannot install feedtool")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1].startswith("feedtool, version ")
    (runner.workspace / "public").mkdir()
    for name in ("valid-rss.xml", "undefined-entity.xml", "internal-entity.xml"):
        (runner.workspace / "public" / name).write_bytes((CORE / name).read_bytes())
    return runner


def validate(runner: Runner, **inputs: str) -> subprocess.CompletedProcess:
    return runner.run_step(ACTION["runs"]["steps"][1], inputs)


def test_the_action_is_a_composite_with_the_promised_inputs():
    assert ACTION["runs"]["using"] == "composite"
    assert {"paths", "strict", "ignore", "format", "report", "report-format", "version"} <= set(ACTION["inputs"])
    assert [step["name"] for step in ACTION["runs"]["steps"]] == ["Install feedtool", "Validate feeds"]


def test_errors_become_annotations_with_file_and_line(installed):
    result = validate(installed)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "feedtool action: feedtool validate --format github -- public"
    [error] = [line for line in lines if line.startswith("::error ")]
    assert error.startswith("::error file=public/undefined-entity.xml,line=8,col=")
    assert ",title=SAXError::" in error
    assert any(line.startswith("::warning file=public/internal-entity.xml,line=1,") for line in lines)


def test_strict_and_ignore_inputs(installed):
    assert validate(installed, paths="public/internal-entity.xml").returncode == 0
    assert validate(installed, paths="public/internal-entity.xml", strict="true").returncode == 1
    result = validate(installed, paths="public/internal-entity.xml", strict="true",
                      ignore="EntityDeclaration,\nMissingAtomSelfLink")
    assert result.returncode == 0 and "::warning" not in result.stdout


def test_a_report_file_beside_the_annotations(installed):
    result = validate(installed, paths="public/undefined-entity.xml", report="feedtool-report.html")
    assert result.returncode == 1
    assert any(line.startswith("::error file=public/undefined-entity.xml,line=8,") for line in result.stdout.splitlines())
    assert (installed.workspace / "feedtool-report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("inputs, message", [
    ({"paths": "no/such/dir"}, "input 'paths': 'no/such/dir' is not a file or directory in the workspace"),
    ({"paths": "--strict"}, "input 'paths': '--strict' is not a path (it looks like an option)"),
    ({"paths": ""}, "input 'paths' is empty"),
    ({"strict": "yes"}, "input 'strict' is 'yes': write true or false"),
    ({"format": "html"}, "input 'format' is 'html'"),
    ({"ignore": "Missing;rm -rf"}, "input 'ignore': 'Missing;rm' is not a finding code"),
    ({"report": "public"}, "input 'report': 'public' is not a file name"),
])
def test_a_bad_input_is_an_error_annotation_naming_it(installed, inputs, message):
    result = validate(installed, **inputs)
    assert result.returncode == 2
    assert result.stdout.startswith("::error title=feedtool::") and message in result.stdout


def test_the_documented_workflow_builds_then_uses_the_action_with_its_inputs():
    steps = WORKFLOW["jobs"]["feeds"]["steps"]
    runs = [step.get("run", "") for step in steps]
    assert any("feedtool build" in run for run in runs)
    [uses] = [step for step in steps if str(step.get("uses", "")).startswith("feedtool/")]
    assert steps.index(uses) > next(i for i, run in enumerate(runs) if "feedtool build" in run)
    assert set(uses["with"]) <= set(ACTION["inputs"])
    assert set(WORKFLOW[True]) == {"push", "pull_request"}  # YAML 1.1 reads the key `on` as True
