"""`feedtool build` end to end: files, golden output, determinism, exit codes, earlier output kept on failure."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
from pathlib import Path

import pytest

pytest.importorskip("feedtool.store", reason="the store loader has not landed yet")

from feedtool import cli as cli_module  # noqa: E402
from feedtool.generate import atom  # noqa: E402

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
        for p in sorted(directory.rglob("*")) if p.is_file() and not p.name.startswith(".feedtool-cache")
    }


@pytest.fixture
def store(tmp_path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(FIXTURE_STORE, copy)
    return copy


def test_build_writes_the_whole_publication_one_line_per_document(capsys, store, tmp_path):
    out = tmp_path / "public"
    code, stdout, stderr = run(capsys, "--store", str(store), "--out", str(out), "--now", NOW)
    assert code == 0, stderr
    assert listing(out) == [".feedtool-manifest.json", "atom.xml", "feed.json", "index.html", "rss.xml",
                            "tags/sociaal-domein/atom.xml", "tags/sociaal-domein/feed.json",
                            "tags/sociaal-domein/rss.xml", "tags/wmo/atom.xml", "tags/wmo/feed.json",
                            "tags/wmo/rss.xml"]
    lines = stdout.splitlines()
    assert f"{out / 'atom.xml'}: written (3 entries)" in lines
    assert f"{out / 'tags/wmo/feed.json'}: written (1 entry)" in lines
    assert f"{out / 'index.html'}: written" in lines
    assert lines[-1] == f"{out}/: 10 documents (3 entries, 2 tag feeds): 10 written, 0 changed, 0 removed, 0 unchanged"
    assert "ijsselmeer-en-cafe.yaml: warning: [title] the title looks like HTML" in stderr  # warned, not refused
    assert (out / "atom.xml").read_bytes().startswith(b"<?xml")


def listing(directory: Path) -> list[str]:
    return sorted(p.relative_to(directory).as_posix() for p in directory.rglob("*")
                  if p.is_file() and not p.name.startswith(".feedtool-cache"))  # the rebuild cache is no document


GOLDEN_DOCUMENTS = ("atom.xml", "rss.xml", "feed.json", "index.html", "tags/sociaal-domein/atom.xml",
                    "tags/sociaal-domein/rss.xml", "tags/sociaal-domein/feed.json", ".feedtool-manifest.json")


@pytest.mark.parametrize(("store_dir", "name"), [(FIXTURE_STORE, "fixture"), (EXAMPLE_STORE, "example")],
                         ids=["fixture-store", "example-store"])
def test_golden_files(capsys, tmp_path, store_dir, name):
    out = tmp_path / "public"
    store = tmp_path / "store"
    shutil.copytree(store_dir, store, ignore=shutil.ignore_patterns("_published.json"))  # the id record stays put
    code, _, stderr = run(capsys, "--store", str(store), "--out", str(out), "--now", NOW)
    assert code == 0, stderr
    # The manifest holds every document's sha256: its golden copy pins the bytes of the whole publication.
    for document in GOLDEN_DOCUMENTS:
        golden = GOLDEN / name / document.replace("/", "--")
        if UPDATE_GOLDEN:
            golden.parent.mkdir(parents=True, exist_ok=True)
            golden.write_bytes((out / document).read_bytes())
        assert (out / document).read_bytes() == golden.read_bytes(), (
            f"{document} differs from {golden}; if the change is intended, rerun with FEEDTOOL_UPDATE_GOLDEN=1")


def test_two_builds_are_byte_identical_and_the_second_changes_nothing(capsys, store, tmp_path):
    run(capsys, "--store", str(store), "--out", str(tmp_path / "a"), "--now", NOW)
    run(capsys, "--store", str(store), "--out", str(tmp_path / "b"), "--now", "2014-01-01T00:00:00Z")
    assert tree_digest(tmp_path / "a") == tree_digest(tmp_path / "b")
    code, stdout, _ = run(capsys, "--store", str(store), "--out", str(tmp_path / "a"), "--now", NOW)
    assert code == 0 and stdout.splitlines() == [
        f"{tmp_path / 'a'}/: 10 documents (3 entries, 2 tag feeds): 0 written, 0 changed, 0 removed, 10 unchanged"]


def test_the_report_is_in_dutch_with_lang_nl_and_from_the_cache_too(capsys, store, tmp_path, monkeypatch):
    out = tmp_path / "public"
    code, stdout, stderr = run(capsys, "--store", str(store), "--out", str(out), "--now", NOW, "--lang", "nl")
    assert code == 0, stderr
    lines = stdout.splitlines()
    assert f"{out / 'atom.xml'}: geschreven (3 berichten)" in lines
    assert f"{out / 'tags/wmo/feed.json'}: geschreven (1 bericht)" in lines
    assert f"{out / 'index.html'}: geschreven" in lines
    assert lines[-1] == (f"{out}/: 10 documenten (3 berichten, 2 tagfeeds): 10 geschreven, 0 gewijzigd, "
                         "0 verwijderd, 0 ongewijzigd")
    post = store / "ijsselmeer-en-cafe.yaml"  # the tag Wmo taken off: changed and removed documents, in Dutch
    post.write_text(post.read_text(encoding="utf-8").replace("tags: [sociaal domein, Wmo]", "tags: [sociaal domein]"),
                    encoding="utf-8")
    code, stdout, stderr = run(capsys, "--store", str(store), "--out", str(out), "--now", NOW, "--lang", "nl")
    assert code == 0, stderr
    lines = stdout.splitlines()
    assert f"{out / 'atom.xml'}: gewijzigd (3 berichten)" in lines
    assert f"{out / 'tags/wmo/atom.xml'}: verwijderd" in lines
    assert lines[-1].startswith(f"{out}/: 7 documenten (3 berichten, 1 tagfeed): ")
    assert " written" not in stdout and " changed" not in stdout and " removed" not in stdout
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")  # the locale, not --lang; an unchanged rebuild answered by the cache
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    code, stdout, _ = run(capsys, "--store", str(store), "--out", str(out), "--now", NOW)
    assert code == 0 and stdout.splitlines()[-1].endswith("0 geschreven, 0 gewijzigd, 0 verwijderd, 7 ongewijzigd")


def test_a_tag_that_is_gone_takes_its_feeds_with_it(capsys, store, tmp_path):
    out = tmp_path / "public"
    run(capsys, "--store", str(store), "--out", str(out), "--now", NOW)
    tagged = store / "ijsselmeer-en-cafe.yaml"
    text = tagged.read_text(encoding="utf-8")
    assert "tags: [sociaal domein, Wmo]" in text
    tagged.write_text(text.replace("tags: [sociaal domein, Wmo]", "tags: [sociaal domein]"), encoding="utf-8")
    code, stdout, stderr = run(capsys, "--store", str(store), "--out", str(out), "--now", NOW)
    assert code == 0, stderr
    assert f"{out / 'tags/wmo/atom.xml'}: removed" in stdout.splitlines()
    assert not (out / "tags" / "wmo").exists()
    assert (out / "tags/sociaal-domein/atom.xml").exists()


def test_quiet_prints_nothing_on_stdout(capsys, store, tmp_path):
    code, stdout, _ = run(capsys, "--store", str(store), "--out", str(tmp_path / "p"), "--now", NOW, "--quiet")
    assert code == 0 and stdout == ""
    assert (tmp_path / "p" / "feed.json").exists()


def test_no_tag_feeds_and_no_subscribe_page(capsys, store, tmp_path):
    out = tmp_path / "p"
    code, _, stderr = run(capsys, "--store", str(store), "--out", str(out), "--now", NOW, "--no-tag-feeds",
                          "--no-subscribe-page")
    assert code == 0, stderr
    assert listing(out) == [".feedtool-manifest.json", "atom.xml", "feed.json", "rss.xml"]
    feed_file = store / "_feed.yaml"
    feed_file.write_text(feed_file.read_text(encoding="utf-8") + "tag_feeds: false\nsubscribe_page: false\n",
                         encoding="utf-8")
    out2 = tmp_path / "p2"
    code, _, stderr = run(capsys, "--store", str(store), "--out", str(out2), "--now", NOW)
    assert code == 0, stderr
    assert listing(out2) == listing(out)
    code, _, stderr = run(capsys, "--store", str(store), "--out", str(out2), "--now", NOW, "--tag-feeds")
    assert code == 0 and (out2 / "tags/wmo/rss.xml").exists()


def test_a_file_feedtool_did_not_write_stops_the_build(capsys, store, tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("<p>my own home page</p>", encoding="utf-8")
    code, stdout, stderr = run(capsys, "--store", str(store), "--out", str(out), "--now", NOW)
    assert code == 5
    assert f"  {out / 'index.html'}" in stderr and "subscribe_page: false" in stderr
    assert listing(out) == ["index.html"] and stdout == ""
    assert not (store / "_published.json").exists()  # the record is part of the same commit


@pytest.mark.parametrize("where", ["store", "parent", "root"])
def test_an_output_directory_over_the_store_is_refused(capsys, store, tmp_path, where):
    out = {"store": store, "parent": store.parent, "root": Path("/")}[where]
    before = tree_digest(store)
    code, _, stderr = run(capsys, "--store", str(store), "--out", str(out), "--now", NOW)
    assert code == 2
    assert "--out" in stderr and "e.g. --out public" in stderr
    assert tree_digest(store) == before


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
    from feedtool.build import renderers

    out = tmp_path / "public"
    run(capsys, "--store", str(store), "--out", str(out), "--now", NOW)
    before = tree_digest(out)
    (store / "zomer.yaml").write_text("title: Zomerse gedachten (bewerkt)\npublished: 2012-07-01\n", encoding="utf-8")
    tampering = dataclasses.replace(renderers.ATOM, render_selection=lambda s: atom.render(s).replace(
        b"(bewerkt)", b"(anders)"))
    monkeypatch.setattr(renderers, "RENDERERS",
                        tuple(tampering if r is renderers.ATOM else r for r in renderers.RENDERERS))
    code, _, stderr = run(capsys, "--store", str(store), "--out", str(out), "--now", NOW)
    assert code == 4
    assert "atom.xml: tag:example.nl,2012:blog/zomer: title: expected 'Zomerse gedachten (bewerkt)', " \
           "got 'Zomerse gedachten (anders)'" in stderr
    assert tree_digest(out) == before


def test_unwritable_output_exits_5_with_a_clear_message(capsys, store, tmp_path):
    blocker = tmp_path / "public"
    blocker.write_text("a file where the output directory should be")
    code, _, stderr = run(capsys, "--store", str(store), "--out", str(blocker), "--now", NOW)
    assert code == 5
    assert f"cannot write the publication to {blocker}/" in stderr and "Traceback" not in stderr
    assert blocker.read_text() == "a file where the output directory should be"


@pytest.mark.parametrize(("value", "message"), [
    ("gisteren", "is not an ISO 8601 date-time"),
    ("2013-01-01T12:00:00", "has no UTC offset"),
])
def test_bad_now_is_a_usage_error(capsys, store, tmp_path, value, message):
    code, _, stderr = run(capsys, "--store", str(store), "--out", str(tmp_path / "p"), "--now", value)
    assert code == 2 and message in stderr
    assert not (tmp_path / "p").exists()


def test_store_warnings_go_to_stderr_and_the_build_succeeds(capsys, store, tmp_path):
    text = (store / "zomer.yaml").read_text(encoding="utf-8")
    (store / "zomer.yaml").write_text(text + "titel: Zomer\n", encoding="utf-8")
    code, stdout, stderr = run(capsys, "--store", str(store), "--out", str(tmp_path / "p"), "--now", NOW)
    assert code == 0
    assert "zomer.yaml:" in stderr and "warning: [titel] unknown field 'titel' is ignored" in stderr
    assert "unknown field" not in stdout


def test_help_documents_every_option(capsys):
    code, stdout, _ = run(capsys, "--help")
    assert code == 0
    for option in ("--store", "--out", "--include-future", "--drafts", "--now", "--no-tag-feeds",
                   "--no-subscribe-page", "--quiet", "--accept-changes"):
        assert option in stdout


def test_example_feeds_pass_our_validator_without_any_finding(capsys, tmp_path):
    from feedtool.validate.engine import validate_bytes

    store = tmp_path / "store"
    shutil.copytree(EXAMPLE_STORE, store, ignore=shutil.ignore_patterns("_published.json"))
    code, _, stderr = run(capsys, "--store", str(store), "--out", str(tmp_path / "public"), "--now", NOW)
    assert code == 0, stderr
    feeds = [p for p in listing(tmp_path / "public") if p.endswith((".xml", ".json")) and not p.startswith(".")]
    assert len(feeds) > 3 and "tags/sociaal-domein/feed.json" in feeds
    for name in feeds:
        report = validate_bytes((tmp_path / "public" / name).read_bytes(), path=name)
        assert report.format in ("atom", "rss", "jsonfeed")
        assert [(f.code, f.text()) for f in report.findings] == [], name


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


RISKY = ('<p onclick="x()">Hoi <script>alert(1)</script><iframe src="https://x.nl/"></iframe> '
         '<a href="javascript:alert(1)">a</a></p>')


def test_scripts_in_content_are_warned_with_the_validators_codes_and_fail_with_strict(capsys, store, tmp_path):
    from feedtool.validate.engine import validate_bytes

    (store / "zomer.yaml").write_text(f"title: Zomerse gedachten\npublished: 2012-07-01\ncontent: '{RISKY}'\n",
                                      encoding="utf-8")
    out = tmp_path / "public"
    code, _, stderr = run(capsys, "--store", str(store), "--out", str(out), "--now", NOW)
    assert code == 0, stderr
    warned = [line for line in stderr.splitlines() if "zomer.yaml: warning: [content]" in line]
    assert len(warned) == 4
    assert any("contains <script>" in line and "(SecurityRisk," in line for line in warned)
    assert any("'onclick'" in line and "(SecurityRiskAttr," in line for line in warned)
    assert any("javascript:alert(1)" in line for line in warned)
    # The validator gives the same codes on the feed that was written.
    report = validate_bytes((out / "atom.xml").read_bytes(), path="atom.xml")
    risks = sorted(f.code for f in report.findings if f.code.startswith("SecurityRisk"))
    assert risks == sorted(line.rsplit("(", 1)[1].split(",")[0] for line in warned)
    assert risks == ["SecurityRisk", "SecurityRisk", "SecurityRisk", "SecurityRiskAttr"]
    before = tree_digest(out)
    code, stdout, stderr = run(capsys, "--store", str(store), "--out", str(out), "--now", NOW, "--strict")
    assert code == 3 and stdout == ""
    assert stderr.rstrip().endswith("0 error(s), 5 warning(s) (--strict: warnings fail the build); nothing was written")  # and the HTML-like title
    assert tree_digest(out) == before


def test_the_builds_warnings_in_dutch_keep_the_codes(capsys, store, tmp_path, monkeypatch):
    (store / "zomer.yaml").write_text(f"title: Zomerse <b>gedachten</b>\npublished: 2012-07-01\ncontent: '{RISKY}'\n",
                                      encoding="utf-8")
    monkeypatch.setenv("LC_ALL", "nl_NL.UTF-8")
    out = tmp_path / "public"
    code, _, stderr = run(capsys, "--store", str(store), "--out", str(out), "--now", NOW)
    assert code == 0, stderr
    warned = [line for line in stderr.splitlines() if "zomer.yaml: warning: [" in line]
    assert len(warned) == 5
    assert any("(SecurityRisk, zoals `feedtool validate` en de W3C-validator melden)" in line for line in warned)
    assert any("(SecurityRiskAttr, zoals `feedtool validate` en de W3C-validator melden)" in line for line in warned)
    assert any("[title] de titel lijkt op HTML, maar is platte tekst" in line and "(tip: schrijf de titel zonder tags)"
               in line for line in warned)
    code, stdout, stderr = run(capsys, "--store", str(store), "--out", str(out), "--now", NOW, "--strict")
    assert code == 3 and stdout == ""
    assert stderr.rstrip().endswith("0 fout(en), 6 waarschuwing(en) (--strict: waarschuwingen laten de build "
                                    "mislukken); er is niets geschreven")


@pytest.mark.parametrize("tags", ["['!!!']", "['   ']", "[café, cafe]", "['" + "zaakgericht werken " * 17 + "']"],
                         ids=["no-slug", "empty", "clash", "300-characters"])
def test_a_bad_tag_exits_3_naming_file_and_field_and_writes_nothing(capsys, store, tmp_path, tags):
    out = tmp_path / "public"
    run(capsys, "--store", str(store), "--out", str(out), "--now", NOW)
    before, record = tree_digest(out), (store / "_published.json").read_bytes()
    (store / "zomer.yaml").write_text(f"title: Zomerse gedachten\npublished: 2012-07-01\ntags: {tags}\n",
                                      encoding="utf-8")
    code, stdout, stderr = run(capsys, "--store", str(store), "--out", str(out), "--now", NOW)
    assert code == 3 and stdout == ""
    assert "zomer.yaml" in stderr and ": error: [tags" in stderr and "(hint: " in stderr
    assert tree_digest(out) == before and (store / "_published.json").read_bytes() == record
