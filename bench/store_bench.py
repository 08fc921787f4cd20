"""How fast and how lean is load_store, next to a bare read of the same files?

Makes a store of N entry files (default 10,000; the same ~1 KB entries as
bench/build_bench.py) and, each in its own process, measures:

  bare read    every file read and parsed with PyYAML's C loader (CSafeLoader), nothing else;
  load_store   feedtool's reading and checking of the whole store (feedtool.store.load_store).

Prints wall and CPU time of both, their ratio, and the peak memory of load_store.
With --entries 100000 it shows that a large store loads in bounded memory (the
entries are kept, the files' text and YAML nodes are not). With --markdown the posts are
.md files (front matter and four Markdown paragraphs), and the bare read parses the front
matter with the C loader and renders the body with markdown-it-py.

    .venv/bin/python bench/store_bench.py [--entries N] [--repeat R] [--keep DIR] [--markdown]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_bench import BARE_MARKDOWN, BARE_READ, make_store  # noqa: E402  (one store recipe for both benchmarks)

LOAD = (
    "import sys\n"
    "from feedtool.store import load_store\n"
    "result = load_store(sys.argv[1])\n"
    "assert len(result.feed.entries) == int(sys.argv[2])\n"
)


def measured(args: list[str]) -> tuple[float, float, int]:
    """Wall time, CPU time (user + system) and peak resident memory (bytes) of one child process."""
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(args)} failed:\n{process.stderr.read().decode()}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts (default 3)")
    parser.add_argument("--keep", type=Path, help="make (or reuse) the store in this directory")
    parser.add_argument("--markdown", action="store_true", help="posts as Markdown files with front matter")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="feedtool-store-bench-") as tmp:
        store = options.keep or Path(tmp) / "store"
        if not (store / "_feed.yaml").exists():
            started = time.perf_counter()
            make_store(store, options.entries, 20, markdown=options.markdown)
            print(f"store: {options.entries} entries, made in {time.perf_counter() - started:.1f} s")
        bare, load = [], []
        for _ in range(options.repeat):  # interleaved: both see the same page cache and machine load
            bare.append(measured([sys.executable, "-c", BARE_MARKDOWN if options.markdown else BARE_READ, str(store)]))
            load.append(measured([sys.executable, "-c", LOAD, str(store), str(options.entries)]))

    best_bare = min(bare, key=lambda m: m[1])
    best_load = min(load, key=lambda m: m[1])
    print(f"bare read ({'CSafeLoader + markdown-it' if options.markdown else 'CSafeLoader'}): wall {min(m[0] for m in bare):.2f} s, cpu {best_bare[1]:.2f} s")
    print(f"load_store:              wall {min(m[0] for m in load):.2f} s, cpu {best_load[1]:.2f} s")
    print(f"ratio (cpu):             {best_load[1] / best_bare[1]:.2f}x")
    print(f"load_store peak memory:  {max(m[2] for m in load) / 1e6:.0f} MB "
          f"(bare read: {max(m[2] for m in bare) / 1e6:.0f} MB)")


if __name__ == "__main__":
    main()
