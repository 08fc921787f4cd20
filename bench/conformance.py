#!/usr/bin/env python3
"""Measure how often feedtool's validator agrees with the W3C Feed Validation Service.

Usage: python bench/conformance.py CORPUS_DIR... [--list] [--format FORMAT] [--json] [--w3c-cpu]
       python bench/conformance.py CORPUS_DIR --reader-bounds

Each CORPUS_DIR holds `labels.jsonl` (one JSON object per line: `file`, `verdict`
"valid"/"invalid", `errors`, `warnings`, as W3C reported them; `crash` where W3C crashed) and the
files it names; `sources.jsonl`, when present, names each file's format (realworld-dev). Per
format, three agreements are counted:

- verdict: W3C says "valid" exactly when we report no error finding;
- errors: the set of error codes is exactly W3C's;
- warnings: the set of warning codes is exactly W3C's, leaving out our own reader's-view codes
  (Reader*, which W3C has no counterpart for) and SelfDoesntMatchLocation (the corpus labels drop
  it: W3C judges every file as served at feedvalidator.org).

Files W3C crashed on, and JSON Feeds (W3C does not check them), are counted apart. The verdict is
ours from the feed's bytes alone: file names and comments are not read. A corpus that is absent
is skipped with a message (CI has no ../shared). --w3c-cpu also runs W3C's validator
(../shared/w3c-validator/w3c-validate) over the same files and compares CPU time.
--reader-bounds measures the feeds against the reader view's bounds instead (attributes per
element and in all, feedparser's time against its budget): every feed must keep its view.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from feedtool.validate.engine import validate_bytes  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
W3C_VALIDATE = ROOT.parent / "shared" / "w3c-validator" / "w3c-validate"
LEFT_OUT_WARNINGS = frozenset({"SelfDoesntMatchLocation"})
KINDS = ("verdict", "errors", "warnings")


def ours_left_out(code: str) -> bool:
    """Our codes that the warning comparison leaves out: the reader's view has no W3C counterpart."""
    return code.startswith("Reader") or code in LEFT_OUT_WARNINGS


def format_of(label: dict, sources: dict[str, str]) -> str:
    """The format of a labelled file: its sources.jsonl format, else the folder it is in (w3c-dev's families)."""
    name = Path(label["file"]).name
    if name in sources:
        return sources[name]
    parts = Path(label["file"]).parts
    return parts[1] if len(parts) > 1 and parts[0] == "feeds" else parts[0]


def _sources(corpus: Path) -> dict[str, str]:
    path = corpus / "sources.jsonl"
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8") as lines:
        return {(row := json.loads(line))["name"]: row["format"] for line in lines}


def compare(label: dict, findings) -> dict[str, bool]:
    """Whether our findings agree with W3C's label, on each of the three counts."""
    errors = sorted({f.code for f in findings if f.severity == "error"})
    warnings = sorted({f.code for f in findings if f.severity == "warning" and not ours_left_out(f.code)})
    w3c_warnings = sorted(set(label.get("warnings", [])) - LEFT_OUT_WARNINGS)
    ours = "valid" if not errors else "invalid"
    return {
        "verdict": ours == label["verdict"],
        "errors": errors == sorted(set(label.get("errors", []))),
        "warnings": warnings == w3c_warnings,
        "_ours": {"verdict": ours, "errors": errors, "warnings": warnings},
        "_w3c": {"verdict": label["verdict"], "errors": sorted(set(label.get("errors", []))), "warnings": w3c_warnings},
    }


def measure(corpus: Path, fmt: str | None = None) -> dict:
    """Run the validator over the corpus; return the counts per format and every disagreement."""
    sources = _sources(corpus)
    per_format: dict[str, dict[str, int]] = defaultdict(lambda: {"total": 0, **{k: 0 for k in KINDS}})
    disagreements = []
    apart = {"w3c_crashed": [], "not_checked_by_w3c": []}
    left_out = []  # feeds whose reader view was left out (past its bounds)
    started = time.process_time()
    files = []
    with open(corpus / "labels.jsonl", encoding="utf-8") as labels:
        for line in labels:
            label = json.loads(line)
            family = format_of(label, sources)
            if fmt and family != fmt:
                continue
            if "crash" in label:
                apart["w3c_crashed"].append(label["file"])
                continue
            if label.get("verdict") is None:
                apart["not_checked_by_w3c"].append(label["file"])
                continue
            files.append(label["file"])
            report = validate_bytes((corpus / label["file"]).read_bytes(), path=label["file"])
            if any(f.code == "ReaderViewSkipped" for f in report.findings):
                left_out.append(label["file"])
            outcome = compare(label, report.findings)
            counts = per_format[family]
            counts["total"] += 1
            for kind in KINDS:
                counts[kind] += outcome[kind]
            failed = [kind for kind in KINDS if not outcome[kind]]
            if failed:
                disagreements.append({"file": label["file"], "format": family, "disagree": failed,
                                      "w3c": outcome["_w3c"], "ours": outcome["_ours"]})
    seconds = time.process_time() - started
    all_counts = {"total": sum(c["total"] for c in per_format.values())}
    for kind in KINDS:
        all_counts[kind] = sum(c[kind] for c in per_format.values())
    return {"corpus": str(corpus), "formats": dict(sorted(per_format.items())), "all": all_counts,
            "disagreements": disagreements, "cpu_seconds": seconds, "files": files,
            "reader_view_left_out": left_out, **apart}


def w3c_cpu_seconds(corpus: Path, files: list[str]) -> float | None:
    """CPU time (user + system, children) of W3C's validator over `files`, in batches; None when it is absent."""
    if not W3C_VALIDATE.is_file():
        return None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for start in range(0, len(files), 50):
        batch = [str(corpus / name) for name in files[start:start + 50]]
        subprocess.run([sys.executable, str(W3C_VALIDATE), "--json", *batch], capture_output=True, timeout=3600)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:6.2f} %" if whole else "     – "


def report_text(result: dict, *, show_list: bool) -> str:
    lines = [f"{result['corpus']}", f"  {'format':<12} {'files':>5}  {'verdict':>9}  {'errors':>9}  {'warnings':>9}"]
    for family, counts in [*result["formats"].items(), ("all", result["all"])]:
        lines.append(
            f"  {family:<12} {counts['total']:>5}  " + "  ".join(_percent(counts[k], counts["total"]) for k in KINDS)
        )
    if result["w3c_crashed"]:
        lines.append(f"  W3C crashed on {len(result['w3c_crashed'])} file(s), not counted: {', '.join(result['w3c_crashed'])}")
    if result["not_checked_by_w3c"]:
        lines.append(f"  not checked by W3C (JSON Feed), not counted: {len(result['not_checked_by_w3c'])}")
    cpu = f"  our CPU time: {result['cpu_seconds']:.2f} s"
    if result.get("w3c_cpu_seconds"):
        cpu += f"; W3C's: {result['w3c_cpu_seconds']:.2f} s (ours is {result['cpu_seconds'] / result['w3c_cpu_seconds']:.2f}x)"
    lines.append(cpu)
    lines.append(f"  disagreements: {len(result['disagreements'])} file(s)")
    if show_list:
        for d in result["disagreements"]:
            lines.append(f"    {d['file']} ({d['format']}): {', '.join(d['disagree'])}")
            for kind in d["disagree"]:
                w3c, ours = d["w3c"][kind], d["ours"][kind]
                if kind == "verdict":
                    lines.append(f"      verdict: W3C {w3c}, ours {ours}")
                else:
                    lines.append(f"      {kind}: W3C only {sorted(set(w3c) - set(ours))}, ours only {sorted(set(ours) - set(w3c))}")
    return "\n".join(lines) + "\n"


def reader_bounds(corpus: Path) -> dict:
    """Each feed of the corpus against the reader view's bounds: the largest figures, and any feed past them."""
    from lxml import etree

    from feedtool.validate import readerview
    from feedtool.validate.xml import hardened_parser

    widest = total = 0
    slowest = (0.0, 0.0, "")  # seconds, share of the budget, file
    past = []
    for path in sorted((corpus / "feeds").rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        try:
            root = etree.fromstring(data, hardened_parser())
        except (etree.XMLSyntaxError, ValueError):
            root = None
        name = path.relative_to(corpus).as_posix()
        if root is not None:
            counts = [len(e.attrib) for e in root.iter()]
            widest, total = max(widest, max(counts)), max(total, sum(counts))
        started = time.perf_counter()
        try:
            readerview.parse_bounded(data, root)
        except readerview.ReaderViewLeftOut as exc:
            past.append(f"{name}: {exc.reason}")
        seconds = time.perf_counter() - started
        share = seconds / readerview.time_budget(len(data))
        if share > slowest[1]:
            slowest = (seconds, share, name)
    return {"widest": widest, "most": total, "slowest": slowest, "past": past}


def _reader_bounds_main(corpus: Path) -> int:
    from feedtool.validate import readerview

    found = reader_bounds(corpus)
    seconds, share, name = found["slowest"]
    print(f"attributes on one element: at most {found['widest']} (bound {readerview.MAX_ATTRIBUTES_PER_ELEMENT:,})")
    print(f"attributes in one feed:    at most {found['most']:,} (bound {readerview.MAX_ATTRIBUTES:,})")
    print(f"feedparser's time:         at most {100 * share:.1f} % of the budget ({seconds:.2f} s, {name})")
    print(f"feeds past the bounds:     {len(found['past'])}")
    for line in found["past"]:
        print(f"  {line}")
    return 1 if found["past"] else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path, nargs="+", metavar="CORPUS_DIR", help="folders with labels.jsonl and the feeds")
    parser.add_argument("--format", dest="fmt", help="only files of this format (e.g. atom, rss20, atom1.0, rss1.0-rdf)")
    parser.add_argument("--list", action="store_true", help="list every disagreeing file, with the codes that differ")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--w3c-cpu", action="store_true", help="also time W3C's validator over the same files")
    parser.add_argument("--reader-bounds", action="store_true", help="measure the feeds against the reader view's bounds")
    args = parser.parse_args(argv)
    results = []
    for corpus in args.corpora:
        if not (corpus / "feeds").is_dir():
            print(f"conformance: skipped: no feeds/ in {corpus} (the corpus is not here)", file=sys.stderr)
            continue
        if args.reader_bounds:
            return _reader_bounds_main(corpus)
        if not (corpus / "labels.jsonl").is_file():
            print(f"conformance: skipped: no labels.jsonl in {corpus}", file=sys.stderr)
            continue
        result = measure(corpus, args.fmt)
        if args.w3c_cpu:
            result["w3c_cpu_seconds"] = w3c_cpu_seconds(corpus, result["files"])
        results.append(result)
    if args.json:
        print(json.dumps([{k: v for k, v in r.items() if k != "files"} for r in results], indent=2))
    else:
        for result in results:
            sys.stdout.write(report_text(result, show_list=args.list))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
