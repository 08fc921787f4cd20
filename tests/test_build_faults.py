"""Nothing lost: a build killed at any moment, or two builds at once, never leave a damaged or stray file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

pytest.importorskip("feedtool.store", reason="the store loader has not landed yet")

NOW = "2013-06-01T12:00:00+02:00"
ENTRIES = 120
PARAGRAPH = ("<p>De decentralisaties in het sociaal domein vragen om zaakgericht werken: één dossier, "
             "één regisseur, en een <a href=\"/nieuws/\">overzicht</a> voor de burger.</p>\n")


def make_store(directory: Path, entries: int, edition: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "_feed.yaml").write_text(
        "title: Grote store\nlink: https://www.example.nl/\nid: tag:example.nl,2012:groot\n"
        f"author: Rens Meijkamp\nlimit: {entries}\n", encoding="utf-8")
    for i in range(entries):
        (directory / f"bericht-{i:05}.yaml").write_text(
            f"title: Bericht {i} ({edition})\npublished: 2012-{1 + i % 12:02}-{1 + i % 28:02}T{i % 24:02}:{i % 60:02}:00\n"
            f"summary: Samenvatting {i}\ncontent: |\n" + textwrap.indent(PARAGRAPH * 6, "  "), encoding="utf-8")
    return directory


def feedtool(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "feedtool", "build", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def build(store: Path, out: Path) -> None:
    process = feedtool("--store", str(store), "--out", str(out), "--now", NOW)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err.decode()


@pytest.fixture(scope="module")
def editions(tmp_path_factory) -> dict:
    """An old and a new version of a large store, with the complete feeds each gives."""
    base = tmp_path_factory.mktemp("editions")
    result = {}
    for edition in ("old", "new"):
        store = make_store(base / f"store-{edition}", ENTRIES, edition)
        build(store, base / f"out-{edition}")
        result[edition] = {"store": store, **{name: (base / f"out-{edition}" / name).read_bytes()
                                              for name in ("atom.xml", "rss.xml")}}
    return result


def published(tmp_path: Path, editions: dict) -> Path:
    out = tmp_path / "public"
    out.mkdir()
    for name in ("atom.xml", "rss.xml"):
        (out / name).write_bytes(editions["old"][name])
    return out


def assert_intact(out: Path, editions: dict) -> list[str]:
    """Each file is the old one or the complete new one; nothing else is in the directory."""
    assert sorted(os.listdir(out)) == ["atom.xml", "rss.xml"]
    states = []
    for name in ("atom.xml", "rss.xml"):
        data = (out / name).read_bytes()
        assert data in (editions["old"][name], editions["new"][name]), f"{name} is damaged ({len(data)} bytes)"
        states.append("new" if data == editions["new"][name] else "old")
    return states


PAUSE_AT_FSYNC = textwrap.dedent("""
    import os, sys, time
    marker, pause_at = sys.argv[1], int(sys.argv[2])
    real_fsync, calls = os.fsync, [0]
    def fsync(fd):
        calls[0] += 1
        if calls[0] == pause_at:
            open(marker, "w").close()
            time.sleep(120)
        return real_fsync(fd)
    os.fsync = fsync
    from feedtool.cli import main
    main(sys.argv[3:])
""")


# Both files are staged (written and synced) before either is renamed into place, so a kill
# before the renames leaves both old files, and one after leaves both new ones.
@pytest.mark.parametrize(("pause_at", "expected"), [(1, ["old", "old"]), (2, ["old", "old"]), (3, ["new", "new"])],
                         ids=["while-staging-atom", "while-staging-rss", "after-the-renames"])
def test_sigkill_while_writing_leaves_complete_files_and_no_temporary_file(tmp_path, editions, pause_at, expected):
    out = published(tmp_path, editions)
    marker = tmp_path / "paused"
    process = subprocess.Popen(
        [sys.executable, "-c", PAUSE_AT_FSYNC, str(marker), str(pause_at), "build",
         "--store", str(editions["new"]["store"]), "--out", str(out), "--now", NOW],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert process.poll() is None, process.stderr.read().decode()
        assert time.monotonic() < deadline
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert assert_intact(out, editions) == expected
    build(editions["new"]["store"], out)  # the next build completes the job
    assert assert_intact(out, editions) == ["new", "new"]


def test_sigkill_at_any_moment_of_a_large_build(tmp_path, editions):
    out = published(tmp_path, editions)
    started = time.monotonic()
    build(editions["new"]["store"], tmp_path / "timing")
    duration = time.monotonic() - started
    for step in range(4):
        process = feedtool("--store", str(editions["new"]["store"]), "--out", str(out), "--now", NOW)
        time.sleep(duration * (0.3 + step * 0.2))
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert_intact(out, editions)


def test_two_builds_at_the_same_time_both_end_cleanly(tmp_path, editions):
    out = published(tmp_path, editions)
    store = editions["new"]["store"]
    processes = [feedtool("--store", str(store), "--out", str(out), "--now", NOW) for _ in range(2)]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
    assert assert_intact(out, editions) == ["new", "new"]


def test_builds_of_two_editions_at_once_leave_one_complete_edition_per_file(tmp_path, editions):
    out = published(tmp_path, editions)
    processes = [feedtool("--store", str(editions[e]["store"]), "--out", str(out), "--now", NOW) for e in ("new", "old")]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
    assert_intact(out, editions)
