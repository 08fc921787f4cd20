#!/usr/bin/env python3
"""How fast is `feedtool validate` on a large JSON Feed, and how much memory does it take?

Usage: python bench/jsonfeed_bench.py [--items 10000] [--repeat 3]

Generates a JSON Feed 1.1 of --items items (10,000 items: about 12 MB) and prints:
- `json.loads` of the bytes (C, the floor), and fastfeedparser's reading (as a reader parses it);
- the strict read with positions (feedtool/validate/jsontext.py), target <= 15x json.loads;
- the JSON layers and the rules (validate_bytes without the reader's view);
- the whole default validation, target <= 10x fastfeedparser. fastfeedparser checks nothing (it
  is json.loads and a loop); the validation is the strict read with positions, every rule and
  fastfeedparser's own parse for the reader's view. (The XML validation of an Atom feed of the
  same size takes about 2.9 s: bench/validate_bench.py.)
- the peak memory of a fresh process validating the feed, target <= 15x the feed's size.
Times are the best of --repeat runs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import fastfeedparser  # noqa: E402  (the baseline reader)

from feedtool.validate.engine import validate_bytes  # noqa: E402
from feedtool.validate.jsontext import read_json  # noqa: E402
from targets import Targets  # noqa: E402  (bench/targets.py, beside this script)
from validate_bench import MEMORY_PROBE, PARAGRAPH, best  # noqa: E402  (the same measures as for XML)


def make_feed(items: int) -> bytes:
    entries = []
    for i in range(items):
        day, month, year = 1 + i % 28, 1 + (i // 28) % 12, 2000 + i // 336
        entries.append(
            {
                "id": f"tag:example.org,2012:entry-{i}",
                "url": f"https://example.org/{year}/{month:02d}/bericht-{i}",
                "title": f"Bericht {i}: zaakgericht werken in de praktijk",
                "content_html": f"<p>{PARAGRAPH * 2}</p><p>{PARAGRAPH}</p>",
                "summary": f"Samenvatting van bericht {i}.",
                "date_published": f"{year}-{month:02d}-{day:02d}T10:00:00+01:00",
                "date_modified": f"{year}-{month:02d}-{day:02d}T12:30:00+01:00",
                "authors": [{"name": f"Auteur {i % 17}"}],
                "tags": ["sociaal domein", "zaakgericht werken"],
            }
        )
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Zaakgericht werken",
        "home_page_url": "https://example.org/",
        "feed_url": "https://example.org/feed.json",
        "icon": "https://example.org/icon.png",
        "language": "nl-NL",
        "authors": [{"name": "Redactie"}],
        "items": entries,
    }
    return json.dumps(feed, ensure_ascii=False, indent=2).encode("utf-8")


def peak_memory(data: bytes) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json") as handle:
        handle.write(data)
        handle.flush()
        root = str(Path(__file__).resolve().parent.parent)
        out = subprocess.run([sys.executable, "-c", MEMORY_PROBE, handle.name, root], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    data = make_feed(args.items)
    size = len(data)
    print(f"feed: {args.items:,} items, {size / 1e6:.1f} MB")
    report = validate_bytes(data)
    print(f"findings on the generated feed: {len(report.findings)} ({', '.join(sorted({f.code for f in report.findings})) or 'none'})")

    t_loads = best(lambda: json.loads(data), args.repeat)
    t_reader = best(lambda: fastfeedparser.parse(data), args.repeat)
    t_read = best(lambda: read_json(data), args.repeat)
    t_rules = best(lambda: validate_bytes(data, reader_view=False), args.repeat)
    t_full = best(lambda: validate_bytes(data), args.repeat)
    memory = peak_memory(data)
    grown = memory["after"] - memory["before"]

    targets = Targets()
    read_ratio, full_ratio, memory_ratio = t_read / t_loads, t_full / t_reader, grown / size
    print(f"json.loads                 {t_loads:8.3f} s")
    print(f"fastfeedparser.parse       {t_reader:8.3f} s")
    print(f"strict read with positions {t_read:8.3f} s  = {read_ratio:5.1f}x json.loads ({targets.check('strict JSON read time / json.loads time', read_ratio, 15)})")
    print(f"JSON layers + rules        {t_rules:8.3f} s")
    print(f"full default validation    {t_full:8.3f} s  = {full_ratio:5.2f}x fastfeedparser ({targets.check('full validation time / fastfeedparser.parse time', full_ratio, 10)})")
    print(
        f"peak memory of validating {grown / 1e6:7.1f} MB = {memory_ratio:5.1f}x the feed ({targets.check('validation memory / feed size', memory_ratio, 15)})"
        f"  [process peak {memory['after'] / 1e6:.1f} MB, of which {memory['before'] / 1e6:.1f} MB interpreter, imports and the feed's bytes]"
    )
    print(targets.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
