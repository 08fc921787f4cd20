#!/usr/bin/env python3
"""Measure how often feedtool's validator agrees with the W3C Feed Validation Service.

Usage: python bench/conformance.py CORPUS_DIR [--list] [--family atom|rss20|rss]

CORPUS_DIR holds `labels.jsonl` (one JSON object per line: `file`, `verdict`
"valid"/"invalid", `errors`, `warnings`, as W3C reported them) and the files it names.
A verdict agrees when W3C says "valid" exactly when we report no error finding.
The verdict is ours from the feed's bytes alone: file names and comments are not read.
"""

from __future__ import annotations

import argparse
import json
import sys
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
    with open(corpus / "labels.jsonl", encoding="utf-8") as labels:
        for line in labels:
            label = json.loads(line)
            fam = family_of(label["file"])
            if family and fam != family:
                continue
            data = (corpus / label["file"]).read_bytes()
            report = validate_bytes(data, path=label["file"])
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
    return {"agree": agree, "total": total, "families": dict(totals), "disagreements": disagreements}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder with labels.jsonl and the feeds")
    parser.add_argument("--family", choices=FAMILIES, help="only this family")
    parser.add_argument("--list", action="store_true", help="list every disagreeing file")
    args = parser.parse_args(argv)
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
