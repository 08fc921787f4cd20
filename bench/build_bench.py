"""How fast is `feedtool build` compared with merely reading the store?

Makes a store of N entries (default 10,000; one YAML file each, about 1 KB of
Dutch HTML content) in a temporary directory, then times, each in its own
process so start-up is counted on both sides:

  bare read   every file read and parsed with PyYAML's C loader (CSafeLoader), nothing else;
  build       `feedtool build` of that store (load and check, select, render, round-trip, write).

Prints both times, the ratio (target: build <= 1.5x bare read) and the build's
peak memory (target: < 300 MB).

    .venv/bin/python bench/build_bench.py [--entries N] [--limit L] [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import datetime, timedelta
from pathlib import Path

from targets import Targets  # bench/targets.py (this script's directory is on sys.path)

PARAGRAPHS = [
    "De decentralisaties in het sociaal domein vragen om een andere manier van werken: zaakgericht, "
    "met één dossier per burger en één regisseur die het overzicht houdt.",
    "Gemeenten krijgen er taken bij op het gebied van jeugdzorg, de Wmo en participatie; de budgetten "
    "dalen tegelijkertijd met zo’n tien procent. Dat vraagt om slimme inzet van ICT.",
    "Lees ook <a href=\"/nieuws/jeugdzorg/\">het bericht over jeugdzorg</a> en bekijk "
    "<img src=\"../img/schema.png\" alt=\"schema\"> voor de samenhang tussen de domeinen.",
    "Informatisering is geen doel op zich, maar een middel om de dienstverlening aan burgers en "
    "bedrijven te verbeteren: “één overheid” is het uitgangspunt. Café-overleg: ĳverig!",
]

FIRST_POST = datetime(2004, 1, 5, 9, 0)

BARE_READ = textwrap.dedent("""
    import sys
    from pathlib import Path
    import yaml
    for path in sorted(Path(sys.argv[1]).glob("*.yaml")):
        if not path.name.startswith("_"):
            yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
""")
# The same for Markdown posts: the front matter with the C loader, the body with markdown-it-py
# as feedtool configures it, nothing else.
BARE_MARKDOWN = textwrap.dedent("""
    import sys
    from pathlib import Path
    import yaml
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).use(footnote_plugin)
    for path in sorted(Path(sys.argv[1]).glob("*.md")):
        _, front, body = path.read_text(encoding="utf-8").split("---\\n", 2)
        yaml.load(front, Loader=yaml.CSafeLoader)
        md.render(body)
""")


# The build's phases, timed inside one process, so a miss can be traced to its layer.
PHASES = textwrap.dedent("""
    import sys, time
    from datetime import datetime, timezone
    started = time.perf_counter()
    import feedtool.cli
    from feedtool.build import BuildOptions, build_feed
    from feedtool.store import load_store
    imported = time.perf_counter()
    loaded = load_store(sys.argv[1])
    read = time.perf_counter()
    build_feed(loaded.feed, BuildOptions(datetime(2026, 1, 1, tzinfo=timezone.utc)))
    done = time.perf_counter()
    print(f"{imported - started:.2f} {read - imported:.2f} {done - read:.2f}")
""")


def make_store(directory: Path, entries: int, limit: int, markdown: bool = False, tags: int | None = None) -> None:
    """`entries` posts of about 1 KB; `markdown`: as .md files (front matter, Markdown paragraphs).

    Every post has two tags: "sociaal domein" and "zaakgericht werken", or with `tags`, two of that
    many ("thema 1" ... "thema N"), spread evenly."""
    directory.mkdir(parents=True)
    (directory / "_feed.yaml").write_text(
        "title: Benchmarkblog\nlink: https://www.example.nl/\nid: tag:example.nl,2012:bench\n"
        f"author:\n  name: Rens Meijkamp\n  email: rens@example.nl\nlimit: {limit}\n", encoding="utf-8")
    for i in range(entries):
        tag_list = ("[sociaal domein, zaakgericht werken]" if tags is None
                    else f"[thema {i % tags + 1}, thema {(i + 1) % tags + 1}]" if tags > 1 else "[thema 1]")
        body = "\n".join(f"<p>{PARAGRAPHS[(i + k) % len(PARAGRAPHS)]}</p>" for k in range(4))
        published = FIRST_POST + timedelta(hours=7 * i + i % 5, minutes=i % 60)  # unique, spread over years
        if markdown:
            (directory / f"bericht-{i:05}.md").write_text(
                f"---\ntitle: \"Bericht {i}: zaakgericht werken & decentralisaties\"\n"
                f"date: {published:%Y-%m-%d %H:%M:%S} +0000\n"
                f"summary: Samenvatting van bericht {i} over het sociaal domein.\n"
                f"tags: {tag_list}\n---\n"
                + "\n\n".join(PARAGRAPHS[(i + k) % len(PARAGRAPHS)] for k in range(4)) + "\n",
                encoding="utf-8",
            )
            continue
        (directory / f"bericht-{i:05}.yaml").write_text(
            f"title: \"Bericht {i}: zaakgericht werken & decentralisaties\"\n"
            f"published: {published:%Y-%m-%dT%H:%M:%S}+00:00\n"
            f"summary: Samenvatting van bericht {i} over het sociaal domein.\n"
            f"tags: {tag_list}\n"
            "content: |\n" + textwrap.indent(body, "  ") + "\n",
            encoding="utf-8",
        )


def timed(args: list[str]) -> tuple[float, int]:
    """Wall time and peak resident memory (bytes) of one child process."""
    with tempfile.TemporaryFile() as stderr:  # a file, not a pipe: a chatty child must never block
        started = time.perf_counter()
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=stderr)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            stderr.seek(0)
            sys.exit(f"{' '.join(args)} failed ({process.returncode}):\n{stderr.read().decode()}")
    return elapsed, usage.ru_maxrss * 1024  # ru_maxrss is in KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--limit", type=int, default=20, help="the store's limit: entries per feed (default 20)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best time counts (default 3)")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="feedtool-bench-") as tmp:
        store, out = Path(tmp) / "store", Path(tmp) / "public"
        started = time.perf_counter()
        make_store(store, options.entries, options.limit)
        size = sum(p.stat().st_size for p in store.iterdir())
        print(f"store: {options.entries} entries, {size / 1e6:.1f} MB, made in {time.perf_counter() - started:.1f} s")

        bare, build, peak = [], [], 0
        for _ in range(options.repeat):  # interleaved, so both see the same cache and machine load
            bare.append(timed([sys.executable, "-c", BARE_READ, str(store)])[0])
            seconds, memory = timed([sys.executable, "-m", "feedtool", "build", "--store", str(store),
                                     "--out", str(out), "--now", "2026-01-01T00:00:00+01:00"])
            build.append(seconds)
            peak = max(peak, memory)
        feed_size = sum((out / name).stat().st_size for name in ("atom.xml", "rss.xml"))
        phases = subprocess.run([sys.executable, "-c", PHASES, str(store)], capture_output=True, text=True,
                                check=True).stdout.split()

    ratio = min(build) / min(bare)
    targets = Targets()
    print(f"bare read (PyYAML CSafeLoader): {min(bare):.2f} s")
    print(f"feedtool build:                 {min(build):.2f} s  (feeds: {feed_size / 1e3:.0f} kB, limit {options.limit})")
    print(f"ratio:                          {ratio:.2f}x  ({targets.check('build time / bare read time', ratio, 1.5)})")
    print(f"build peak memory:              {peak / 1e6:.0f} MB  ({targets.check('build peak memory', peak / 1e6, 300, ' MB', below=True)})")
    print(f"build phases (one run):         imports {phases[0]} s, load_store {phases[1]} s, "
          f"select + render + round trip {phases[2]} s")
    print(targets.summary())


if __name__ == "__main__":
    main()
