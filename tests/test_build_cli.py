"""`feedtool build` end to end: files, golden output, determinism, exit codes, earlier output kept on failure."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

pytest.importorskip("feedtool.store", reason="the store loader has not landed yet")

from feedtool import build as build_module  # noqa: E402
from feedtool import cli as cli_module  # noqa: E402
from feedtool.errors import Problem  # noqa: E402

HERE = Path(__file__).parent
FIXTURE_STORE = HERE / "fixtures" / "build-store"
EXAMPLE_STORE = HERE.parent / "entries"
GOLDEN = HERE / "golden"
NOW = "2013-06-01T12:00:00+02:00"
UPDATE_GOLDEN = os.environ.get("FEEDTOOL_UPDATE_GOLDEN") == "1"


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        cli_module.main(["build", *args])
    captured = capsys.readouterr()
    return info.value.code, captured.out, captured.err


def tree_digest(directory: Path) -> dict[str, str]:
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*")) if p.is_file()
    }


@pytest.fixture
def store(tmp_path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(FIXTURE_STORE, copy)
    return copy


def test_build_writes_both_feeds(capsys, store, tmp_path):
    out = tmp_path / "public"
    code, stdout, stderr = run(capsys, "--store", str(store), "--out", str(out), "--now", NOW)
    assert code == 0, stderr
    assert sorted(os.listdir(out)) == ["atom.xml", "rss.xml"]
    assert f"{out / 'atom.xml'}: 3 entries, written" in stdout
    assert "ijsselmeer-en-cafe.yaml: warning: [title] the title looks like HTML" in stderr  # warned, not refused
    assert (out / "atom.xml").read_bytes().startswith(b"<?xml")


@pytest.mark.parametrize(("store_dir", "prefix"), [(FIXTURE_STORE, "fixture-"), (EXAMPLE_STORE, "")],
                         ids=["fixture-store", "example-store"])
def test_golden_files(capsys, tmp_path, store_dir, prefix):
    if not any(store_dir.glob("*.y*ml")):
        pytest.skip(f"{store_dir} holds no entries yet")
    out = tmp_path / "public"
    store = tmp_path / "store"
    shutil.copytree(store_dir, store, ignore=shutil.ignore_patterns("_published.json"))  # the id record stays put
    code, _, stderr = run(capsys, "--store", str(store), "--out", str(out), "--now", NOW)
    assert code == 0, stderr
    for name in ("atom.xml", "rss.xml"):
        golden = GOLDEN / f"{prefix}{name}"
        if UPDATE_GOLDEN:
            golden.parent.mkdir(exist_ok=True)
            golden.write_bytes((out / name).read_bytes())
        assert (out / name).read_bytes() == golden.read_bytes(), (
            f"{name} differs from {golden}; if the change is intended, rerun with FEEDTOOL_UPDATE_GOLDEN=1")


def test_two_builds_are_byte_identical_and_the_second_changes_nothing(capsys, store, tmp_path):
    run(capsys, "--store", str(store), "--out", str(tmp_path / "a"), "--now", NOW)
    run(capsys, "--store", str(store), "--out", str(tmp_path / "b"), "--now", "2014-01-01T00:00:00Z")
    assert tree_digest(tmp_path / "a") == tree_digest(tmp_path / "b")
    code, stdout, _ = run(capsys, "--store", str(store), "--out", str(tmp_path / "a"), "--now", NOW)
    assert code == 0 and stdout.count("unchanged") == 2


def test_a_build_leaves_every_store_file_byte_identical(capsys, store, tmp_path):
    before = tree_digest(store)
    stat_before = {p.name: p.stat().st_mtime_ns for p in store.iterdir()}
    for _ in range(2):
        code, _, stderr = run(capsys, "--store", str(store), "--out", str(tmp_path / "public"), "--now", NOW)
        assert code == 0, stderr
        after = tree_digest(store)
        # The id guard's record is the one file a build may add (documented in README and docs/subscribers.md).
        assert set(after) - set(before) == {"_published.json"}
        assert {name: after[name] for name in before} == before
        assert {name: p for name, p in stat_before.items()} == {
            p.name: p.stat().st_mtime_ns for p in store.iterdir() if p.name in stat_before}


def test_drafts_and_future_entries_only_on_request(capsys, store, tmp_path):
    run(capsys, "--store", str(store), "--out", str(tmp_path / "plain"), "--now", NOW)
    plain = (tmp_path / "plain" / "atom.xml").read_text()
    assert "Nog niet af" not in plain and "Gepland bericht" not in plain
    run(capsys, "--store", str(store), "--out", str(tmp_path / "all"), "--now", NOW, "--drafts", "--include-future")
    everything = (tmp_path / "all" / "atom.xml").read_text()
    assert "Nog niet af" in everything and "Gepland bericht" in everything


def test_bad_store_exits_3_and_leaves_earlier_output_untouched(capsys, store, tmp_path):
    out = tmp_path / "public"
    run(capsys, "--store", str(store), "--out", str(out), "--now", NOW)
    before = tree_digest(out)
    (store / "zomer.yaml").write_text("title: [unclosed\npublished: 2012-07-01\n", encoding="utf-8")
    code, stdout, stderr = run(capsys, "--store", str(store), "--out", str(out), "--now", NOW)
    assert code == 3
    assert "zomer.yaml" in stderr and "Traceback" not in stderr
    assert tree_digest(out) == before


def test_round_trip_failure_exits_4_with_a_report_and_writes_nothing(capsys, store, tmp_path, monkeypatch):
    out = tmp_path / "public"
    run(capsys, "--store", str(store), "--out", str(out), "--now", NOW)
    before = tree_digest(out)
    (store / "zomer.yaml").write_text("title: Zomerse gedachten (bewerkt)\npublished: 2012-07-01\n", encoding="utf-8")
    real = build_module.atom.render
    monkeypatch.setattr(build_module.atom, "render", lambda s: real(s).replace(b"(bewerkt)", b"(anders)"))
    code, _, stderr = run(capsys, "--store", str(store), "--out", str(out), "--now", NOW)
    assert code == 4
    assert "title: expected 'Zomerse gedachten (bewerkt)', got 'Zomerse gedachten (anders)'" in stderr
    assert tree_digest(out) == before


def test_unwritable_output_exits_5_with_a_clear_message(capsys, store, tmp_path):
    blocker = tmp_path / "public"
    blocker.write_text("a file where the output directory should be")
    code, _, stderr = run(capsys, "--store", str(store), "--out", str(blocker), "--now", NOW)
    assert code == 5
    assert f"cannot write the feeds to {blocker}/" in stderr and "Traceback" not in stderr
    assert blocker.read_text() == "a file where the output directory should be"


@pytest.mark.parametrize(("value", "message"), [
    ("gisteren", "is not an ISO 8601 date-time"),
    ("2013-01-01T12:00:00", "has no UTC offset"),
])
def test_bad_now_is_a_usage_error(capsys, store, tmp_path, value, message):
    code, _, stderr = run(capsys, "--store", str(store), "--out", str(tmp_path / "p"), "--now", value)
    assert code == 2 and message in stderr
    assert not (tmp_path / "p").exists()


def test_store_warnings_go_to_stderr_and_the_build_succeeds(capsys, store, tmp_path, monkeypatch):
    real = build_module.build_feeds

    def with_warning(*args, **kwargs):
        result = real(*args, **kwargs)
        warning = Problem(file="entries/zomer.yaml", field="titel", message="unknown field", severity="warning",
                          hint="did you mean `title`?")
        return build_module.BuildResult(result.atom, result.rss, [warning], result.selection)

    monkeypatch.setattr("feedtool.cli.build.build_feeds", with_warning)
    code, stdout, stderr = run(capsys, "--store", str(store), "--out", str(tmp_path / "p"), "--now", NOW)
    assert code == 0
    assert "entries/zomer.yaml: warning: [titel] unknown field (hint: did you mean `title`?)" in stderr
    assert "unknown field" not in stdout


def test_help_documents_every_option(capsys):
    code, stdout, _ = run(capsys, "--help")
    assert code == 0
    for option in ("--store", "--out", "--include-future", "--drafts", "--now"):
        assert option in stdout


def test_example_feeds_pass_our_validator_without_any_finding(capsys, tmp_path):
    from feedtool.validate.engine import validate_bytes

    store = tmp_path / "store"
    shutil.copytree(EXAMPLE_STORE, store, ignore=shutil.ignore_patterns("_published.json"))
    code, _, stderr = run(capsys, "--store", str(store), "--out", str(tmp_path / "public"), "--now", NOW)
    assert code == 0, stderr
    for name in ("atom.xml", "rss.xml"):
        report = validate_bytes((tmp_path / "public" / name).read_bytes(), path=name)
        assert report.format in ("atom", "rss")
        assert [(f.code, f.text()) for f in report.findings] == []


def test_nothing_to_publish_exits_3_with_a_hint_and_writes_nothing(capsys, tmp_path):
    store = tmp_path / "store"
    store.mkdir()
    shutil.copy(FIXTURE_STORE / "_feed.yaml", store)
    shutil.copy(FIXTURE_STORE / "concept.yaml", store)
    shutil.copy(FIXTURE_STORE / "toekomst.yaml", store)
    code, _, stderr = run(capsys, "--store", str(store), "--out", str(tmp_path / "public"), "--now", NOW)
    assert code == 3
    assert "there is nothing to publish: every entry is a draft or dated in the future" in stderr
    assert "--drafts / --include-future" in stderr
    assert not (tmp_path / "public").exists()


def test_a_build_in_a_dutch_locale_writes_english_dates(tmp_path):
    import subprocess
    import sys

    store = tmp_path / "store"
    shutil.copytree(FIXTURE_STORE, store)
    script = ("import locale, sys\n"
              "try:\n    locale.setlocale(locale.LC_ALL, '')\nexcept locale.Error:\n    sys.exit(99)\n"
              "import datetime\n"
              "if datetime.date(2012, 12, 21).strftime('%a') != 'vr':\n    sys.exit(99)\n"
              "from feedtool.cli import main\nmain(sys.argv[1:])\n")
    env = {**os.environ, "LC_ALL": "nl_NL.UTF-8", "LANG": "nl_NL.UTF-8"}
    result = subprocess.run([sys.executable, "-c", script, "build", "--store", str(store), "--out",
                             str(tmp_path / "public"), "--now", NOW], env=env, capture_output=True, text=True)
    if result.returncode == 99:
        pytest.skip("no Dutch locale on this machine (generate one with `localedef -i nl_NL -f UTF-8 nl_NL.UTF-8`)")
    assert result.returncode == 0, result.stderr
    rss = (tmp_path / "public" / "rss.xml").read_text(encoding="utf-8")
    assert "<lastBuildDate>Thu, 03 Jan 2013 09:15:00 +0100</lastBuildDate>" in rss
    assert "<pubDate>Fri, 21 Dec 2012 10:00:00 +0100</pubDate>" in rss
    assert "vr, 21 dec" not in rss and " do, " not in rss
