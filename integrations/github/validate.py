"""The action's second step: check the INPUT_* values, then run `feedtool validate` with them.

A bad input (a path that is not in the workspace, strict that is not true or false, an unknown
format) is an `::error` annotation naming the input, and exit code 2, before anything runs.
Standard library only; run with the Python of the venv the first step made.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

FORMATS = ("html", "junit", "json", "sarif", "text", "github")
LOG_FORMATS = ("github", "text", "json", "junit", "sarif")
_SEPARATORS = re.compile(r"[\s,]+")


class InputError(Exception):
    pass


def _annotation(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def command(environ: dict[str, str], workspace: str) -> list[str]:
    """The feedtool command line for the action's inputs; InputError names the input that is wrong."""
    paths = [p for p in re.split(r"[ \t\r\n]+", environ.get("INPUT_PATHS", "").strip()) if p]
    if not paths:
        raise InputError("input 'paths' is empty: give the feed files or directories to validate, e.g. paths: public")
    for path in paths:
        if path.startswith("-"):
            raise InputError(f"input 'paths': {path!r} is not a path (it looks like an option); "
                             "set strict, ignore and format with their own inputs")
        if not path.lower().startswith(("http://", "https://")) and not os.path.exists(os.path.join(workspace, path)):
            raise InputError(f"input 'paths': {path!r} is not a file or directory in the workspace ({workspace}); "
                             "build the feeds first, or check the path")
    strict = environ.get("INPUT_STRICT", "false").strip().lower()
    if strict not in ("true", "false", ""):
        raise InputError(f"input 'strict' is {strict!r}: write true or false")
    log_format = environ.get("INPUT_FORMAT", "github").strip() or "github"
    if log_format not in LOG_FORMATS:
        raise InputError(f"input 'format' is {log_format!r}: use one of {', '.join(LOG_FORMATS)} "
                         "(for an HTML page, set report: feedtool-report.html)")
    report = environ.get("INPUT_REPORT", "").strip()
    report_format = environ.get("INPUT_REPORT_FORMAT", "html").strip() or "html"
    if report_format not in FORMATS:
        raise InputError(f"input 'report-format' is {report_format!r}: use one of {', '.join(FORMATS)}")
    if report:
        if report.startswith("-") or os.path.isdir(os.path.join(workspace, report)):
            raise InputError(f"input 'report': {report!r} is not a file name (e.g. feedtool-report.html)")
        args = ["feedtool", "validate", "--format", report_format, "--output", report, "--terminal-format", log_format]
    else:
        args = ["feedtool", "validate", "--format", log_format]
    if strict == "true":
        args.append("--strict")
    for code in _SEPARATORS.split(environ.get("INPUT_IGNORE", "").strip()):
        if code:
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", code):
                raise InputError(f"input 'ignore': {code!r} is not a finding code (codes look like MissingSelf)")
            args += ["--ignore", code]
    return [*args, "--", *paths]


def main() -> int:
    workspace = os.environ.get("GITHUB_WORKSPACE") or os.getcwd()
    try:
        args = command(dict(os.environ), workspace)
    except InputError as exc:
        print(f"::error title=feedtool::{_annotation(str(exc))}", flush=True)
        return 2
    if shutil.which(args[0]) is None:
        print("::error title=feedtool::feedtool is not on PATH: the action's install step did not run", flush=True)
        return 2
    print("feedtool action: " + " ".join(args), flush=True)
    return subprocess.run(args, cwd=workspace).returncode


if __name__ == "__main__":
    sys.exit(main())
