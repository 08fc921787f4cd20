#!/usr/bin/env python3
"""Measure how often feedtool's validator agrees with the W3C Feed Validation Service.

Usage: python bench/conformance.py CORPUS_DIR [--list] [--family atom|rss20|rss]
       python bench/conformance.py CORPUS_DIR --reader-bounds

--reader-bounds measures the feeds against the reader view's bounds instead (attributes per
element and in all, feedparser's time against its budget): every feed must keep its view.

CORPUS_DIR holds `labels.jsonl` (one JSON object per line: `file`, `verdict`
"valid"/"invalid", `errors`, `warnings`, as W3C reported them) and the files it names.
A verdict agrees when W3C says "valid" exactly when we report no error finding.
The verdict is ours from the feed's bytes alone: file names and comments are not read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from feedtool.validate.engine import validate_bytes  # noqa: E402

FAMILIES = ("atom", "rss20", "rss")


def family_of(relative: str) -> str:
    parts = Path(relative).parts
    return parts[1] if len(parts) > 1 and parts[0] == "feeds" else parts[0]


def measure(corpus: Path, family: str | None = None) -> dict:
    """Run the validator over the corpus; return counts and the disagreements."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # family -> [agree, total]
    disagreements = []
    left_out = []  # feeds whose reader view was left out (past its bounds)
    with open(corpus / "labels.jsonl", encoding="utf-8") as labels:
        for line in labels:
            label = json.loads(line)
            fam = family_of(label["file"])
            if family and fam != family:
                continue
            data = (corpus / label["file"]).read_bytes()
            report = validate_bytes(data, path=label["file"])
            if any(f.code == "ReaderViewSkipped" for f in report.findings):
                left_out.append(label["file"])
            ours = "valid" if report.valid else "invalid"
            agree = ours == label["verdict"]
            totals[fam][0] += agree
            totals[fam][1] += 1
            if not agree:
                disagreements.append(
                    {
                        "file": label["file"],
                        "w3c": label["verdict"],
                        "w3c_errors": label.get("errors", []),
                        "ours": ours,
                        "our_errors": sorted({f.code for f in report.findings if f.severity == "error"}),
                    }
                )
    agree = sum(a for a, _ in totals.values())
    total = sum(t for _, t in totals.values())
    return {"agree": agree, "total": total, "families": dict(totals), "disagreements": disagreements,
            "reader_view_left_out": left_out}


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder with labels.jsonl and the feeds")
    parser.add_argument("--family", choices=FAMILIES, help="only this family")
    parser.add_argument("--list", action="store_true", help="list every disagreeing file")
    parser.add_argument("--reader-bounds", action="store_true", help="measure the feeds against the reader view's bounds")
    args = parser.parse_args(argv)
    if not (args.corpus / "feeds").is_dir():
        print(f"conformance: skipped: no feeds/ in {args.corpus}", file=sys.stderr)
        return 0
    if args.reader_bounds:
        from feedtool.validate import readerview

        found = reader_bounds(args.corpus)
        seconds, share, name = found["slowest"]
        print(f"attributes on one element: at most {found['widest']} (bound {readerview.MAX_ATTRIBUTES_PER_ELEMENT:,})")
        print(f"attributes in one feed:    at most {found['most']:,} (bound {readerview.MAX_ATTRIBUTES:,})")
        print(f"feedparser's time:         at most {100 * share:.1f} % of the budget ({seconds:.2f} s, {name})")
        print(f"feeds past the bounds:     {len(found['past'])}")
        for line in found["past"]:
            print(f"  {line}")
        return 1 if found["past"] else 0
    if not (args.corpus / "labels.jsonl").is_file():
        print(f"conformance: skipped: no labels.jsonl in {args.corpus}", file=sys.stderr)
        return 0
    result = measure(args.corpus, args.family)
    for fam, (agree, total) in sorted(result["families"].items()):
        print(f"{fam:6} {agree:4}/{total:<4} {100 * agree / total:6.2f} %")
    print(f"{'all':6} {result['agree']:4}/{result['total']:<4} {100 * result['agree'] / max(result['total'], 1):6.2f} %")
    print(f"disagreements: {len(result['disagreements'])}")
    for d in result["disagreements"] if args.list else result["disagreements"][:0]:
        print(f"  {d['file']}: w3c {d['w3c']} {d['w3c_errors']} / ours {d['ours']} {d['our_errors']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
