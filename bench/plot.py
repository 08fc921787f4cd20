#!/usr/bin/env python3
"""Draw docs/bench.png: time and peak memory against the number of entries, for build and validate,
with the baselines measured in the same run.

    .venv/bin/python bench/plot.py [--sizes 100,1000,10000,100000] [--repeat 2] [--out docs/bench.png]

build:    `feedtool build` of a store of N posts (one YAML file each, about 1 KB), cold (no cache),
          default limit (20), beside the bare libyaml read of the same files.
validate: `feedtool validate` of an Atom feed of N entries (about 1.1 KB each), default checks and
          --no-reader-view, beside the bare lxml parse and feedparser alone.
Every point is a whole process (start-up included), the best of --repeat runs; memory is the
process's peak resident size. Needs matplotlib (the bench extra: pip install '.[bench]').
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_bench import BARE_READ, make_store  # noqa: E402
from suite import FEEDTOOL, NOW, PYTHON, interleaved, run  # noqa: E402
from validate_bench import make_feed  # noqa: E402


def measure(sizes: list[int], repeat: int, tmp: Path) -> dict:
    results = {"sizes": sizes, "build": {}, "validate": {}}
    for n in sizes:
        store, out = tmp / f"store-{n}", tmp / f"out-{n}"
        make_store(store, n, limit=20)
        build = [FEEDTOOL, "build", "--store", str(store), "--out", str(out), "--now", NOW, "--quiet"]
        t = interleaved({"feedtool build": lambda b=build, o=out: (shutil.rmtree(o, ignore_errors=True), run(b))[1],
                         "bare libyaml read": [PYTHON, "-c", BARE_READ, str(store)]}, repeat)
        for name, timing in t.items():
            results["build"].setdefault(name, []).append((timing.best, timing.peak))
        shutil.rmtree(store)
        shutil.rmtree(out, ignore_errors=True)
        feed = tmp / f"feed-{n}.xml"
        feed.write_bytes(make_feed(n))
        size = f"{feed.stat().st_size * 2 // 1_000_000 + 1}M"
        t = interleaved({
            "feedtool validate": [FEEDTOOL, "validate", "--max-size", size, str(feed)],
            "feedtool validate --no-reader-view": [FEEDTOOL, "validate", "--no-reader-view", "--max-size", size, str(feed)],
            "feedparser alone": [PYTHON, "-c", "import sys, feedparser; feedparser.parse(open(sys.argv[1], 'rb').read())",
                                 str(feed)],
            "bare lxml parse": [PYTHON, "-c", "import sys; from lxml import etree; "
                                "etree.fromstring(open(sys.argv[1], 'rb').read(), etree.XMLParser(huge_tree=True))",
                                str(feed)],
        }, repeat)
        for name, timing in t.items():
            results["validate"].setdefault(name, []).append((timing.best, timing.peak))
        feed.unlink()
        print(f"{n} entries measured", flush=True)
    return results


def draw(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = results["sizes"]
    figure, axes = plt.subplots(2, 2, figsize=(12, 9))
    for column, kind in enumerate(("build", "validate")):
        for name, points in results[kind].items():
            baseline = not name.startswith("feedtool")
            style = dict(linestyle="--" if baseline else "-", marker="o", linewidth=1.5)
            axes[0][column].plot(sizes, [p[0] for p in points], label=name, **style)
            axes[1][column].plot(sizes, [p[1] / 1e6 for p in points], label=name, **style)
        axes[0][column].set_title(f"{kind}: time (whole process, best run)")
        axes[1][column].set_title(f"{kind}: peak memory")
        axes[0][column].set_ylabel("seconds")
        axes[1][column].set_ylabel("MB (peak resident)")
        for row in (0, 1):
            axis = axes[row][column]
            axis.set_xscale("log")
            axis.set_yscale("log")
            axis.set_xlabel("entries" + (" in the store (feeds: the newest 20)" if kind == "build" else " in the Atom feed"))
            axis.grid(True, which="both", alpha=0.3)
            axis.legend(fontsize=8)
    figure.suptitle("feedtool against its baselines (bench/plot.py, 2 cores)")
    figure.tight_layout()
    figure.savefig(path, dpi=90)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--out", default=str(HERE.parent / "docs" / "bench.png"))
    parser.add_argument("--json", help="also write the measurements here")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="feedtool-plot-") as tmp:
        results = measure([int(n) for n in options.sizes.split(",")], options.repeat, Path(tmp))
    if options.json:
        Path(options.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    for kind in ("build", "validate"):
        for name, points in results[kind].items():
            print(f"{kind:8} {name:36} " + "  ".join(f"{n}: {t:.2f} s {m / 1e6:.0f} MB"
                                                     for n, (t, m) in zip(results["sizes"], points)))
    draw(results, Path(options.out))
    print(f"wrote {options.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
