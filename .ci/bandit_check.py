#!/usr/bin/env python3
"""Run bandit on feedtool/ and fail on any finding that .ci/bandit-baseline.toml does not explain.

A finding is matched by its test id, its file and the text of the line bandit points at (not
the line number, which moves with every edit above it). Every baseline entry needs a `why`:
the reason the finding is not a problem. Entries that no longer match anything are listed
so the baseline can be trimmed.

Usage: python .ci/bandit_check.py [--bandit PATH-TO-BANDIT]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / ".ci" / "bandit-baseline.toml"


def key(test_id: str, filename: str, line_text: str) -> tuple[str, str, str]:
    return test_id, Path(filename).as_posix(), " ".join(line_text.split())


def load_baseline(path: Path = BASELINE) -> dict[tuple[str, str, str], str]:
    entries = tomllib.loads(path.read_text(encoding="utf-8")).get("finding", [])
    explained = {}
    for entry in entries:
        why = (entry.get("why") or "").strip()
        if not why:
            raise SystemExit(f"{path}: the entry for {entry.get('test')} in {entry.get('file')} has no `why`")
        explained[key(entry["test"], entry["file"], entry["line"])] = why
    return explained


def unexplained(results: list[dict], explained: dict, root: Path = ROOT) -> tuple[list[dict], set]:
    """The findings the baseline does not explain, and the baseline keys no finding matched."""
    new, used = [], set()
    for result in results:
        lines = (root / result["filename"]).read_text(encoding="utf-8").splitlines()
        number = result["line_number"]
        text = lines[number - 1] if 0 < number <= len(lines) else ""
        k = key(result["test_id"], result["filename"], text)
        if k in explained:
            used.add(k)
        else:
            new.append({**result, "line_text": text.strip()})
    return new, set(explained) - used


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bandit", default="bandit", help="the bandit executable")
    args = parser.parse_args(argv)
    proc = subprocess.run([args.bandit, "-r", "feedtool", "-f", "json", "-q"], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode not in (0, 1) or not proc.stdout.strip():
        print(f"bandit: could not run ({proc.returncode}): {proc.stderr.strip()}", file=sys.stderr)
        return 2
    report = json.loads(proc.stdout)
    new, stale = unexplained(report["results"], load_baseline())
    for result in new:
        print(f"bandit: {result['filename']}:{result['line_number']}: {result['test_id']} "
              f"{result['issue_severity'].lower()}: {result['issue_text']}\n    {result['line_text']}")
    for test_id, filename, line in sorted(stale):
        print(f"bandit: note: the baseline entry {test_id} {filename} `{line}` matches nothing any more; remove it")
    scanned = report.get("metrics", {}).get("_totals", {}).get("loc", "?")
    print(f"bandit: {len(report['results'])} finding(s) in {scanned} lines of feedtool/, "
          f"{len(report['results']) - len(new)} explained in {BASELINE.relative_to(ROOT)}, {len(new)} not")
    if new:
        print("bandit: fix them, or explain each in .ci/bandit-baseline.toml (test, file, line, why)")
    return 1 if new else 0


if __name__ == "__main__":
    sys.exit(main())
