#!/usr/bin/env python3
"""How fast is `feedtool validate` on a large feed, and how much memory does it take?

Usage: python bench/validate_bench.py [--entries 10000] [--repeat 3]

Generates an Atom feed of --entries entries (10,000 entries: about 11 MB) and prints:
- bare `lxml.etree.fromstring` of the bytes (the floor);
- the XML and rule layers (validate_bytes without the feedparser layer), target <= 15x lxml;
- `feedparser.parse(data)` alone (as a reader calls it), the call our reader's-view layer makes
  (no sanitising, no URI resolution; for reference), and the whole default validation,
  target <= 1.3x `feedparser.parse`;
- the peak memory of a fresh process validating the feed, target <= 10x the feed's size.
Times are the best of --repeat runs.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import feedparser  # noqa: E402  (the baseline: feedparser exactly as a reader calls it)
from lxml import etree  # noqa: E402

from feedtool.validate.engine import validate_bytes  # noqa: E402
from targets import Targets  # noqa: E402  (bench/targets.py, beside this script)

PARAGRAPH = (
    "In het sociaal domein werken gemeenten sinds de decentralisaties zaakgericht: elke aanvraag voor jeugdhulp, "
    "Wmo-ondersteuning of participatie is een zaak met een eigen dossier, termijnen en besluiten. "
)


def make_feed(entries: int) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">\n'
        "  <title>Zaakgericht werken</title>\n  <id>tag:example.org,2012:feed</id>\n"
        "  <updated>2024-12-31T23:00:00+01:00</updated>\n  <author><name>Redactie</name></author>\n"
        '  <link rel="self" href="https://example.org/atom.xml"/>\n  <link href="https://example.org/"/>\n'
    ]
    for i in range(entries):
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        year = 2000 + i // 336
        parts.append(
            f"  <entry>\n    <title>Bericht {i}: zaakgericht werken in de praktijk</title>\n"
            f"    <id>tag:example.org,2012:entry-{i}</id>\n"
            f'    <link href="https://example.org/{year}/{month:02d}/bericht-{i}"/>\n'
            f"    <published>{year}-{month:02d}-{day:02d}T10:00:00+01:00</published>\n"
            f"    <updated>{year}-{month:02d}-{day:02d}T12:30:00+01:00</updated>\n"
            f"    <author><name>Auteur {i % 17}</name></author>\n"
            f'    <category term="sociaal-domein"/>\n'
            f"    <summary>Samenvatting van bericht {i}.</summary>\n"
            f'    <content type="html">&lt;p&gt;{PARAGRAPH * 2}&lt;/p&gt;&lt;p&gt;{PARAGRAPH}&lt;/p&gt;</content>\n'
            "  </entry>\n"
        )
    parts.append("</feed>\n")
    return "".join(parts).encode("utf-8")


def best(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


# VmHWM (the peak resident size of this process image) rather than ru_maxrss, which a child
# inherits from its parent on Linux and would report the benchmark's own peak.
MEMORY_PROBE = """
import json, resource, sys
def peak():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
sys.path.insert(0, sys.argv[2])
from feedtool.validate.engine import validate_bytes
data = open(sys.argv[1], "rb").read()
before = peak()
report = validate_bytes(data)
print(json.dumps({"before": before, "after": peak(), "findings": len(report.findings)}))
"""


def peak_memory(data: bytes) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".xml") as handle:
        handle.write(data)
        handle.flush()
        root = str(Path(__file__).resolve().parent.parent)
        out = subprocess.run([sys.executable, "-c", MEMORY_PROBE, handle.name, root], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    data = make_feed(args.entries)
    size = len(data)
    print(f"feed: {args.entries:,} entries, {size / 1e6:.1f} MB")
    report = validate_bytes(data)
    print(f"findings on the generated feed: {len(report.findings)} ({', '.join(sorted({f.code for f in report.findings})) or 'none'})")

    t_lxml = best(lambda: etree.fromstring(data), args.repeat)
    t_rules = best(lambda: validate_bytes(data, reader_view=False), args.repeat)
    # Interleaved, so that load from other processes hits both alike; the best of each.
    # Two baselines: feedparser.parse as a reader calls it (defaults: sanitising, URI resolution),
    # and exactly the call our reader's-view layer makes, without its garbage-collector pause.
    t_feedparser, t_same_call, t_full = float("inf"), float("inf"), float("inf")
    for _ in range(args.repeat):
        t_feedparser = min(t_feedparser, best(lambda: feedparser.parse(data), 1))
        t_same_call = min(
            t_same_call, best(lambda: feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False), 1)
        )
        t_full = min(t_full, best(lambda: validate_bytes(data), 1))
    memory = peak_memory(data)
    peak = memory["after"]
    grown = memory["after"] - memory["before"]

    rules_ratio = t_rules / t_lxml
    full_ratio = t_full / t_feedparser
    memory_ratio = grown / size
    targets = Targets()
    print(f"lxml.etree.fromstring      {t_lxml:8.3f} s")
    print(f"XML + rule layers          {t_rules:8.3f} s  = {rules_ratio:5.1f}x lxml        ({targets.check('XML + rule layers time / lxml parse time', rules_ratio, 15)})")
    print(f"feedparser.parse alone     {t_feedparser:8.3f} s")
    print(f"  (the layer's own call     {t_same_call:8.3f} s, without its GC pause)")
    print(f"full default validation    {t_full:8.3f} s  = {full_ratio:5.2f}x feedparser ({targets.check('full validation time / feedparser.parse time', full_ratio, 1.3)})"
          f"; {t_full / t_same_call:.2f}x the layer's own call")
    print(
        f"peak memory of validating {grown / 1e6:7.1f} MB = {memory_ratio:5.1f}x the feed ({targets.check('validation memory / feed size', memory_ratio, 10)})"
        f"  [process peak {peak / 1e6:.1f} MB, of which {memory['before'] / 1e6:.1f} MB interpreter, imports and the feed's bytes]"
    )
    print(targets.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
