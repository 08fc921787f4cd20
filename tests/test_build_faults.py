"""Nothing lost: a build killed at any moment, or two builds at once, never leave a damaged, stray or mixed set."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from feedtool.build import write

NOW = "2013-06-01T12:00:00+02:00"
ENTRIES = 120
PARAGRAPH = ("<p>De decentralisaties in het sociaal domein vragen om zaakgericht werken: één dossier, "
             "één regisseur, en een <a href=\"/nieuws/\">overzicht</a> voor de burger.</p>\n")


def make_store(directory: Path, entries: int, edition: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "_feed.yaml").write_text(
        "title: Grote store\nlink: https://www.example.nl/\nid: tag:example.nl,2012:groot\n"
        f"author: Rens Meijkamp\nlimit: {entries}\n", encoding="utf-8")
    tags = ["wmo", "jeugdzorg", "participatie"] if edition == "old" else ["wmo", "jeugdzorg", "zaakgericht werken"]
    for i in range(entries):
        (directory / f"bericht-{i:05}.yaml").write_text(
            f"title: Bericht {i} ({edition})\npublished: 2012-{1 + i % 12:02}-{1 + i % 28:02}T{i % 24:02}:{i % 60:02}:00\n"
            f"summary: Samenvatting {i}\ntags: [{tags[i % 3]}]\ncontent: |\n" + textwrap.indent(PARAGRAPH * 6, "  "),
            encoding="utf-8")
    return directory


def feedtool(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "feedtool", "build", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def build(store: Path, out: Path) -> None:
    process = feedtool("--store", str(store), "--out", str(out), "--now", NOW)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err.decode()


def files(directory: Path) -> dict[str, bytes]:
    return {p.relative_to(directory).as_posix(): p.read_bytes() for p in sorted(directory.rglob("*"))
            if p.is_file() and not p.name.startswith(".feedtool-cache")}  # the rebuild cache is bookkeeping, no document


@pytest.fixture(scope="module")
def editions(tmp_path_factory) -> dict:
    """An old and a new version of a large store, with the complete publication each gives."""
    base = tmp_path_factory.mktemp("editions")
    result = {}
    for edition in ("old", "new"):
        store = make_store(base / f"store-{edition}", ENTRIES, edition)
        build(store, base / f"out-{edition}")
        result[edition] = {"store": store, "files": files(base / f"out-{edition}")}
    # The new edition drops a tag and adds one: documents to remove and to create.
    assert set(result["old"]["files"]) != set(result["new"]["files"])
    return result


def published(tmp_path: Path, editions: dict) -> Path:
    out = tmp_path / "public"
    for name, data in editions["old"]["files"].items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    return out


def states(out: Path, editions: dict) -> set[str]:
    """Which editions the documents in `out` come from; every document must be one of the two, whole."""
    found = set()
    for name, data in files(out).items():
        if name == write.JOURNAL_NAME or name.endswith(write.TEMP_SUFFIX):
            continue
        versions = {e for e in ("old", "new") if editions[e]["files"].get(name) == data}
        assert versions, f"{name} is damaged or stray ({len(data)} bytes)"
        found |= {"both"} if len(versions) == 2 else versions
    return found - {"both"} or {"old"}


def assert_whole(out: Path, editions: dict, edition: str) -> None:
    assert files(out) == editions[edition]["files"]


PAUSE_AT = textwrap.dedent("""
    import os, sys, time
    marker, function, pause_at = sys.argv[1], sys.argv[2], int(sys.argv[3])
    from feedtool.build import write
    real, calls = getattr(write.os, function), [0]
    def pausing(*args, **kwargs):
        calls[0] += 1
        if calls[0] == pause_at:
            open(marker, "w").close()
            time.sleep(120)
        return real(*args, **kwargs)
    setattr(write.os, function, pausing)
    from feedtool.cli import main
    main(sys.argv[4:])
""")


def killed_at(tmp_path: Path, editions: dict, function: str, pause_at: int) -> Path:
    out = published(tmp_path, editions)
    marker = tmp_path / "paused"
    process = subprocess.Popen(
        [sys.executable, "-c", PAUSE_AT, str(marker), function, str(pause_at), "build",
         "--store", str(editions["new"]["store"]), "--out", str(out), "--now", NOW],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert process.poll() is None, process.stderr.read().decode()
        assert time.monotonic() < deadline
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    return out


# Every document is staged (written and synced) before the journal makes the commit: a kill while
# staging leaves the whole earlier publication, and the next build cleans up and writes the new one.
@pytest.mark.parametrize("pause_at", [1, 2, 7], ids=["first-file", "second-file", "seventh-file"])
def test_sigkill_while_staging_leaves_the_earlier_publication_whole(tmp_path, editions, pause_at):
    out = killed_at(tmp_path, editions, "fsync", pause_at)
    assert states(out, editions) == {"old"}
    assert not (out / write.JOURNAL_NAME).exists()
    build(editions["new"]["store"], out)
    assert_whole(out, editions, "new")


# After the commit point, a kill between two renames leaves a mixed set on disk: the next command
# finds the journal and completes the set before it does anything else.
@pytest.mark.parametrize("command", ["build", "serve", "check"])
def test_a_kill_between_renames_is_completed_by_the_next_command(tmp_path, editions, command):
    out = killed_at(tmp_path, editions, "replace", 4)  # the journal's own rename, then two documents
    assert states(out, editions) == {"old", "new"}  # mixed, until the next command
    assert (out / write.JOURNAL_NAME).exists()
    if command == "build":  # even a build of the old edition completes the new set first
        process = feedtool("--store", str(editions["old"]["store"]), "--out", str(out), "--now", NOW)
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
        assert "completed an interrupted build" in err.decode()
        assert_whole(out, editions, "old")
    elif command == "check":
        done = subprocess.run([sys.executable, "-m", "feedtool", "check", "--store", str(editions["new"]["store"]),
                               "--out", str(out), "--now", NOW], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "completed an interrupted build" in done.stderr
        assert_whole(out, editions, "new")
    else:
        process = subprocess.Popen([sys.executable, "-m", "feedtool", "serve", "--out", str(out), "--port", "0"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            first = process.stdout.readline()
            assert first.startswith("Serving"), first + process.stderr.read()
            assert_whole(out, editions, "new")
        finally:
            process.terminate()
            process.wait(timeout=10)


def test_sigkill_at_any_moment_of_a_large_build(tmp_path, editions):
    out = published(tmp_path, editions)
    started = time.monotonic()
    build(editions["new"]["store"], tmp_path / "timing")
    duration = time.monotonic() - started
    for step in range(5):
        process = feedtool("--store", str(editions["new"]["store"]), "--out", str(out), "--now", NOW)
        time.sleep(duration * (0.3 + step * 0.15))
        process.send_signal(signal.SIGKILL)
        process.wait()
        states(out, editions)  # every document whole, of one edition or the other
        write.recover(out)
        assert len(states(out, editions)) == 1, "after recovery the set is one edition"
    build(editions["new"]["store"], out)
    assert_whole(out, editions, "new")


def test_two_builds_at_the_same_time_both_end_cleanly(tmp_path, editions):
    out = published(tmp_path, editions)
    store = editions["new"]["store"]
    processes = [feedtool("--store", str(store), "--out", str(out), "--now", NOW) for _ in range(2)]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
    assert_whole(out, editions, "new")


def test_builds_of_two_editions_at_once_leave_one_whole_edition(tmp_path, editions):
    out = published(tmp_path, editions)
    processes = [feedtool("--store", str(editions[e]["store"]), "--out", str(out), "--now", NOW) for e in ("new", "old")]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
    assert len(states(out, editions)) == 1
