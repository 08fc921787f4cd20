"""The rebuild cache (feedtool/build/cache.py): an unchanged build does no work, any changed input does.

Each kind of input is changed once, and the test checks that the build then runs again and that
the output changes with it (where that input shows in the output). A hit is seen from the outside:
the build function is not called at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from feedtool import build as build_module
from feedtool import cli as cli_module
from feedtool.build import cache, postcache

FIXTURE_STORE = Path(__file__).parent / "fixtures" / "build-store"
NOW = "2013-06-01T12:00:00+02:00"


@pytest.fixture
def store(tmp_path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(FIXTURE_STORE, copy)
    return copy


@pytest.fixture
def builds(monkeypatch) -> list:
    """Every call of the build (render and read back); a cache hit makes none."""
    calls = []
    real = build_module.build

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(build_module, "build", counted)
    return calls


def run(capsys, store: Path, out: Path, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        cli_module.main(["build", "--store", str(store), "--out", str(out), "--now", NOW, *args])
    captured = capsys.readouterr()
    return info.value.code, captured.out, captured.err


def digests(out: Path) -> dict[str, str]:
    return {str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*")) if p.is_file()
            and not p.name.startswith(".feedtool-cache")}  # the rebuild cache and its post records: no documents


def settle(*paths: Path) -> None:
    """Date the files well in the past: a file changed within the clock's granularity of the last
    build is hashed again on principle (cache.RACY_NS), and these tests want to see the trust too."""
    for path in paths:
        for p in [path, *path.rglob("*")] if path.is_dir() else [path]:
            os.utime(p, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))


def test_an_unchanged_build_is_not_redone_and_says_what_a_full_one_says(capsys, store, tmp_path, builds):
    out = tmp_path / "public"
    code, first, first_err = run(capsys, store, out)
    assert code == 0 and len(builds) == 1
    assert (out / cache.CACHE_NAME).exists()
    before = digests(out)
    code, full, full_err = run(capsys, store, out, "--no-cache")
    assert code == 0 and len(builds) == 2
    code, cached, cached_err = run(capsys, store, out)
    assert code == 0
    assert len(builds) == 2, "nothing changed: nothing was rendered or read back again"
    assert cached == full  # "... 0 written, 0 changed, 0 removed, 10 unchanged"
    assert cached_err == full_err  # the store's warnings, as the full build printed them
    assert "ijsselmeer-en-cafe.yaml: warning" in cached_err
    assert digests(out) == before


def test_signatures_are_trusted_only_outside_the_racy_window(capsys, store, tmp_path, builds, monkeypatch):
    out = tmp_path / "public"
    run(capsys, store, out)
    hashed = []
    real = cache._hash_file
    monkeypatch.setattr(cache, "_hash_file", lambda path, sig: hashed.append(path) or real(path, sig))
    run(capsys, store, out)
    assert len(builds) == 1
    assert [p for p in hashed if p.startswith(str(store))], \
        "files written within RACY_NS of the last build are hashed again, not trusted by their stat"
    monkeypatch.setattr(cache, "RACY_NS", 0)  # a clock of perfect granularity: no window
    settle(store)  # new signatures (mtime, ctime): hashed again, found the same, recorded
    run(capsys, store, out)
    assert len(builds) == 1
    hashed.clear()
    run(capsys, store, out)
    assert len(builds) == 1
    assert not [p for p in hashed if p.startswith(str(store))], "unchanged signatures are trusted"


def test_a_changed_post_is_built_again(capsys, store, tmp_path, builds):
    out = tmp_path / "public"
    run(capsys, store, out)
    before = (out / "atom.xml").read_bytes()
    post = store / "zomer.yaml"
    post.write_text(post.read_text(encoding="utf-8").replace("Zomerse gedachten", "Zomerse ideeen"), encoding="utf-8")
    code, stdout, _ = run(capsys, store, out)
    assert code == 0 and len(builds) == 2
    assert b"Zomerse ideeen" in (out / "atom.xml").read_bytes() != before


def test_the_same_size_and_mtime_with_other_bytes_is_seen(capsys, store, tmp_path, builds):
    """An edit that keeps the size and puts the mtime back still changes the ctime."""
    out = tmp_path / "public"
    post = store / "zomer.yaml"
    settle(store)
    run(capsys, store, out)
    run(capsys, store, out)
    assert len(builds) == 1
    stat = post.stat()
    post.write_text(post.read_text(encoding="utf-8").replace("Zomerse", "Zomerse".upper()), encoding="utf-8")
    os.utime(post, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert post.stat().st_size == stat.st_size
    run(capsys, store, out)
    assert len(builds) == 2
    assert b"ZOMERSE gedachten" in (out / "atom.xml").read_bytes()


def test_a_new_post_and_a_removed_post_are_built_again(capsys, store, tmp_path, builds):
    out = tmp_path / "public"
    run(capsys, store, out)
    (store / "nieuw.yaml").write_text("title: Nieuw bericht\npublished: 2013-05-01T10:00:00\nsummary: Nieuw.\n",
                                      encoding="utf-8")
    run(capsys, store, out)
    assert len(builds) == 2 and b"Nieuw bericht" in (out / "atom.xml").read_bytes()
    (store / "nieuw.yaml").unlink()
    run(capsys, store, out)
    assert len(builds) == 3 and b"Nieuw bericht" not in (out / "atom.xml").read_bytes()


def test_the_feed_file_and_the_record_are_inputs(capsys, store, tmp_path, builds):
    out = tmp_path / "public"
    run(capsys, store, out)
    feed = store / "_feed.yaml"
    feed.write_text(feed.read_text(encoding="utf-8").replace("limit: 3", "limit: 2"), encoding="utf-8")
    run(capsys, store, out)
    assert len(builds) == 2
    assert json.loads((out / "feed.json").read_text(encoding="utf-8"))["items"].__len__() == 2
    record = store / "_published.json"
    assert record.exists()
    record.unlink()
    run(capsys, store, out)
    assert len(builds) == 3, "the id guard's record is an input: without it the build runs (and writes it again)"
    assert record.exists()


@pytest.mark.parametrize("option, changed", [
    ("--no-tag-feeds", lambda out: not (out / "tags").exists()),
    ("--no-subscribe-page", lambda out: not (out / "index.html").exists()),
    ("--drafts", lambda out: b"Nog niet af" in (out / "atom.xml").read_bytes()),
])
def test_each_option_is_an_input(capsys, store, tmp_path, builds, option, changed):
    out = tmp_path / "public"
    run(capsys, store, out)
    assert not changed(out)
    run(capsys, store, out, option)
    assert len(builds) == 2 and changed(out)


def test_now_counts_only_when_an_entry_falls_due(capsys, store, tmp_path, builds):
    out = tmp_path / "public"
    run(capsys, store, out)
    with pytest.raises(SystemExit):
        cli_module.main(["build", "--store", str(store), "--out", str(out), "--now", "2013-06-02T12:00:00+02:00"])
    assert len(builds) == 1, "a day later nothing fell due: the same publication"
    with pytest.raises(SystemExit):  # toekomst.yaml is dated 2030-01-01T09:00
        cli_module.main(["build", "--store", str(store), "--out", str(out), "--now", "2030-01-01T10:00:00+01:00"])
    capsys.readouterr()
    assert len(builds) == 2
    assert b"Gepland bericht" in (out / "atom.xml").read_bytes()


def test_feedtools_version_its_source_and_its_dependencies_are_inputs(capsys, store, tmp_path, builds, monkeypatch):
    out = tmp_path / "public"
    code_root, site = tmp_path / "code", tmp_path / "site"
    code_root.mkdir()
    (site / "feedgen-1.0.0.dist-info").mkdir(parents=True)
    (code_root / "module.py").write_text("X = 1\n", encoding="utf-8")
    monkeypatch.setattr(cache, "CODE_ROOT", str(code_root))
    monkeypatch.setattr(cache, "_dependency_dirs", lambda: {str(site)})
    run(capsys, store, out)
    run(capsys, store, out)
    assert len(builds) == 1
    monkeypatch.setattr(cache, "__version__", "99.0")
    run(capsys, store, out)
    assert len(builds) == 2, "another feedtool version"
    (code_root / "module.py").write_text("X = 2\n", encoding="utf-8")
    run(capsys, store, out)
    assert len(builds) == 3, "feedtool's source changed (an editable install)"
    (site / "feedgen-1.0.0.dist-info").rename(site / "feedgen-1.0.1.dist-info")
    run(capsys, store, out)
    assert len(builds) == 4, "a dependency was upgraded"
    run(capsys, store, out)
    assert len(builds) == 4


def test_a_document_changed_in_the_output_is_built_and_written_again(capsys, store, tmp_path, builds):
    out = tmp_path / "public"
    run(capsys, store, out)
    verified = (out / "rss.xml").read_bytes()
    (out / "rss.xml").write_bytes(verified.replace(b"Zaakgericht", b"Zaakloos"))
    code, stdout, _ = run(capsys, store, out)
    assert code == 0 and len(builds) == 2
    assert f"{out / 'rss.xml'}: changed" in stdout
    assert (out / "rss.xml").read_bytes() == verified
    (out / "atom.xml").unlink()
    run(capsys, store, out)
    assert len(builds) == 3 and (out / "atom.xml").exists()


def test_a_damaged_or_foreign_cache_is_never_trusted(capsys, store, tmp_path, builds):
    out = tmp_path / "public"
    run(capsys, store, out)
    (out / cache.CACHE_NAME).write_text("{not json", encoding="utf-8")
    code, _, _ = run(capsys, store, out)
    assert code == 0 and len(builds) == 2
    saved = (out / cache.CACHE_NAME).read_bytes()
    post = store / "zomer.yaml"
    post.write_text(post.read_text(encoding="utf-8").replace("Zomerse gedachten", "Herfst"), encoding="utf-8")
    run(capsys, store, out, "--no-cache")  # the output moves on; --no-cache leaves the old cache behind
    assert (out / cache.CACHE_NAME).read_bytes() == saved
    post.write_text(post.read_text(encoding="utf-8").replace("Herfst", "Zomerse gedachten"), encoding="utf-8")
    run(capsys, store, out)
    assert len(builds) == 4, "the old cache matches the store again, but not the output: built again"
    assert b"Zomerse gedachten" in (out / "atom.xml").read_bytes()


def test_a_failed_build_records_nothing(capsys, store, tmp_path, builds):
    out = tmp_path / "public"
    run(capsys, store, out)
    saved = (out / cache.CACHE_NAME).read_bytes()
    (store / "kapot.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    code, _, _ = run(capsys, store, out)
    assert code == 3
    assert (out / cache.CACHE_NAME).read_bytes() == saved
    code, _, _ = run(capsys, store, out)
    assert code == 3, "the broken store is loaded again, not served from the cache"


def test_rendering_reads_nothing_of_the_feeds_list_of_all_entries(store):
    """renderers.selection_key leaves feed.entries out: a document must not depend on it."""
    import dataclasses
    from datetime import datetime, timezone

    from feedtool.build import BuildOptions, build
    from feedtool.build.renderers import FEED_FORMATS
    from feedtool.store import load_store

    publication = build(store, BuildOptions(datetime(2013, 6, 1, tzinfo=timezone.utc)))
    for channel in publication.channels:
        bare = dataclasses.replace(channel.selection, feed=dataclasses.replace(channel.selection.feed, entries=()))
        for fmt in FEED_FORMATS:
            assert fmt.render_selection(bare) == fmt.render_selection(channel.selection)
    assert load_store(store).feed.entries  # the list left out was not empty


def test_an_edit_renders_and_reads_back_only_the_documents_it_changes(capsys, store, tmp_path, monkeypatch):
    """Documents verified by an earlier build from the very same input are used again; the result
    is byte for byte what a full build makes."""
    feed = store / "_feed.yaml"
    feed.write_text(feed.read_text(encoding="utf-8").replace("limit: 3", "limit: 1") + "archive: 1\n",
                    encoding="utf-8")  # the newest post in the feed, each older one on a page of its own
    out, full = tmp_path / "public", tmp_path / "full"
    run(capsys, store, out)
    reused = []
    real = cache.RebuildCache.reuse
    monkeypatch.setattr(cache.RebuildCache, "reuse", lambda self, path, key: (
        lambda data: (reused.append(path) if data is not None else None, data)[1])(real(self, path, key)))
    post = store / "zomer.yaml"  # the oldest post: its archive page, not the main feed
    post.write_text(post.read_text(encoding="utf-8").replace("Zomerse gedachten", "Zomerse ideeen"), encoding="utf-8")
    code, stdout, _ = run(capsys, store, out)
    assert code == 0
    assert "archive/1/atom.xml" not in reused, "the page holding the edited post is rendered and read back again"
    assert "archive/2/atom.xml" in reused and "archive/2/feed.json" in reused, "the other pages are not"
    assert f"{out / 'archive/1/atom.xml'}: changed" in stdout
    run(capsys, store, full, "--no-cache")
    assert digests(out) == {name: sha for name, sha in digests(full).items()}


def test_documents_read_back_in_several_processes_report_what_one_process_does(monkeypatch):
    """build._read_back: the same differences, in document order, whichever process read each."""
    import os
    from types import SimpleNamespace

    from feedtool.build.readback import Difference

    def item(path: str, size: int, found: list):
        return SimpleNamespace(document=SimpleNamespace(path=path, data=b"x" * size),
                               read_back=lambda: found + [Difference("atom", "(feed)", "pid", "", str(os.getpid()))])

    wrong = Difference("atom", "tag:x", "title", "A", "B")
    items = [item("a.xml", 10, []), item("b.xml", 3000, [wrong]), item("c.xml", 20, [])]
    monkeypatch.setattr(build_module, "PARALLEL_READ_BACK_BYTES", 0)
    serial = build_module._read_back(items, 1)
    parallel = build_module._read_back(items, 2)
    assert [[d for d in found if d.field != "pid"] for found in parallel] == [[], [wrong], []]
    assert [[d for d in found if d.field != "pid"] for found in serial] == [[], [wrong], []]
    assert {found[-1].got for found in serial} == {str(os.getpid())}
    assert str(os.getpid()) not in {found[-1].got for found in parallel}, "read back by other processes"


def test_an_output_document_edited_behind_the_same_size_and_mtime_is_seen(capsys, store, tmp_path, builds,
                                                                           monkeypatch):
    """Documents are known by their stat signature too; an edit still changes the ctime."""
    monkeypatch.setattr(cache, "RACY_NS", 0)  # no window: only the signature can tell
    out = tmp_path / "public"
    run(capsys, store, out)
    run(capsys, store, out)
    assert len(builds) == 1
    atom = out / "atom.xml"
    verified, stat = atom.read_bytes(), atom.stat()
    atom.write_bytes(verified.replace(b"Zaakgericht", b"Zaakgerecht"))
    os.utime(atom, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert atom.stat().st_size == stat.st_size
    run(capsys, store, out)
    assert len(builds) == 2
    assert atom.read_bytes() == verified


def test_the_files_of_a_killed_build_are_cleared_by_the_next_build_even_when_nothing_changed(capsys, store, tmp_path,
                                                                                              builds):
    out = tmp_path / "public"
    run(capsys, store, out)
    leftover = out / "tags" / "wmo" / ".feedtool-atom.xml.0123456789ab.tmp"  # as write._stage names them
    leftover.write_bytes(b"half a feed")
    run(capsys, store, out)
    assert len(builds) == 2 and not leftover.exists()


# --- known posts (feedtool/build/postcache.py): an edit of one post reads and checks one post -------------


def posts_store(tmp_path: Path) -> Path:
    """Seven posts with tags and relative links: two in the feed, the rest on archive pages of two."""
    store = tmp_path / "posts-store"
    store.mkdir()
    (store / "_feed.yaml").write_text(
        "title: Notities\nlink: https://www.example.nl/\nid: tag:example.nl,2012:notities\n"
        "author:\n  name: Rens Meijkamp\nlimit: 2\narchive: 2\n", encoding="utf-8")
    for day in range(1, 8):
        (store / f"bericht-{day}.yaml").write_text(
            f"title: Bericht {day}\npublished: 2012-11-0{day}T10:00:00\nsummary: Samenvatting {day}.\n"
            f"tags: [{'wmo' if day % 2 else 'jeugdzorg'}, sociaal domein]\n"
            f"content: <p>Lees <a href=\"../nieuws/{day}/\">het nieuws</a>.</p>\n", encoding="utf-8")
    return store


@pytest.fixture
def reads(monkeypatch) -> list:
    """Every store file the loader reads and checks (a known post is not among them)."""
    from feedtool.store import loader

    found = []
    real = loader.read_document
    monkeypatch.setattr(loader, "read_document", lambda path, display: found.append(Path(path).name) or real(path, display))
    return found


def documents_of(out: Path, entry_id: str) -> set[str]:
    return {str(p.relative_to(out)) for p in out.rglob("*") if p.is_file() and not p.name.startswith(".")
            and entry_id.encode() in p.read_bytes()}


def test_an_edit_reads_only_the_edited_post_and_reaches_every_document_it_is_in(capsys, tmp_path, reads, monkeypatch):
    monkeypatch.setattr(cache, "RACY_NS", 0)  # the files' signatures are trusted at once
    store, out, full = posts_store(tmp_path), tmp_path / "public", tmp_path / "full"
    run(capsys, store, out)
    assert (out / postcache.POSTS_NAME).exists()
    post = store / "bericht-5.yaml"  # on an archive page and in the tag feed of wmo (the newest two: 7 and 5)
    post.write_text(post.read_text(encoding="utf-8").replace("Samenvatting 5.", "Herschreven samenvatting."),
                    encoding="utf-8")
    reads.clear()
    code, stdout, stderr = run(capsys, store, out)
    assert code == 0
    assert sorted(reads) == ["_feed.yaml", "bericht-5.yaml"], "the other six posts came from the records"
    holding = documents_of(out, "tag:example.nl,2012:notities/bericht-5")
    assert {f"{where}/{name}" for where in ("archive/3", "tags/wmo") for name in ("atom.xml", "rss.xml", "feed.json")
            } <= holding
    assert all(b"Herschreven samenvatting." in (out / path).read_bytes() for path in holding)
    code, full_stdout, full_stderr = run(capsys, store, full, "--no-cache")
    assert stderr == full_stderr
    assert digests(out) == digests(full), "byte for byte what a build that reads every post makes"
    assert b"https://www.example.nl/nieuws/3/" in (out / "archive/2/atom.xml").read_bytes(), "links made absolute"


def test_a_post_the_loader_warns_about_is_read_every_time(capsys, store, tmp_path, reads, monkeypatch):
    monkeypatch.setattr(cache, "RACY_NS", 0)
    out, full = tmp_path / "public", tmp_path / "full"
    (store / "kleur.yaml").write_text("title: Kleur\npublished: 2012-08-01\nsummary: Rood.\nkleur: rood\n",
                                      encoding="utf-8")  # an unknown field: a warning of the loader's
    run(capsys, store, out)
    (store / "zomer.yaml").write_text("title: Zomer\npublished: 2012-07-01\nsummary: Anders.\n", encoding="utf-8")
    reads.clear()
    _, _, stderr = run(capsys, store, out)
    assert "kleur.yaml" in reads and "english-summary.yaml" not in reads
    assert "kleur.yaml" in stderr and "ijsselmeer-en-cafe.yaml: warning" in stderr, \
        "the loader's warning, and the build's about a post that came from its record"
    _, _, full_stderr = run(capsys, store, full, "--no-cache")
    assert stderr == full_stderr


@pytest.mark.parametrize("change", ["feed settings", "feedtool's version", "a dependency", "the store's place"])
def test_each_input_of_a_post_record_invalidates_it(capsys, tmp_path, reads, monkeypatch, change):
    monkeypatch.setattr(cache, "RACY_NS", 0)
    site = tmp_path / "site"
    (site / "feedgen-1.0.0.dist-info").mkdir(parents=True)
    monkeypatch.setattr(cache, "_dependency_dirs", lambda: {str(site)})
    store, out = posts_store(tmp_path), tmp_path / "public"
    run(capsys, store, out)
    if change == "feed settings":
        feed = store / "_feed.yaml"
        feed.write_text(feed.read_text(encoding="utf-8").replace("Rens Meijkamp", "Anne de Vries"), encoding="utf-8")
    elif change == "feedtool's version":
        monkeypatch.setattr(cache, "__version__", "99.0")
    elif change == "a dependency":
        (site / "feedgen-1.0.0.dist-info").rename(site / "feedgen-1.0.1.dist-info")
    else:
        store = store.rename(tmp_path / "moved-store")
    reads.clear()
    code, _, _ = run(capsys, store, out)
    assert code == 0
    assert len([name for name in reads if name.startswith("bericht-")]) == 7, f"{change}: every post is read again"
    if change == "feed settings":
        assert b"Anne de Vries" in (out / "archive/1/atom.xml").read_bytes()


@pytest.mark.parametrize("damage", ["truncated", "a byte changed", "not ours"])
def test_a_damaged_post_record_file_is_ignored_whole(capsys, tmp_path, reads, monkeypatch, damage):
    monkeypatch.setattr(cache, "RACY_NS", 0)
    store, out, full = posts_store(tmp_path), tmp_path / "public", tmp_path / "full"
    run(capsys, store, out)
    records = out / postcache.POSTS_NAME
    data = records.read_bytes()
    if damage == "truncated":
        records.write_bytes(data[:len(data) // 2])
    elif damage == "a byte changed":  # a record that still parses, with another title
        records.write_bytes(data.replace(b'"title":"Bericht 5"', b'"title":"Bericht 6"'))
    else:
        records.write_bytes(b"[1, 2, 3]\n" + data.partition(b"\n")[2])
    post = store / "bericht-1.yaml"
    post.write_text(post.read_text(encoding="utf-8") + "updated: 2013-01-01T10:00:00\n", encoding="utf-8")
    reads.clear()
    code, _, _ = run(capsys, store, out)
    assert code == 0
    assert len([name for name in reads if name.startswith("bericht-")]) == 7, "nothing of the file was trusted"
    run(capsys, store, full, "--no-cache")
    assert digests(out) == digests(full)
    assert postcache._read(records) is not None, "written again, whole"


def test_a_post_record_gives_back_the_very_entry_the_loader_made(tmp_path):
    """Every field, and the fixed-offset time zones of its dates (renderers and keys see their repr)."""
    from feedtool.build import select
    from feedtool.store import load_store

    feed = load_store(FIXTURE_STORE).feed
    for entry in feed.entries:
        made = select.publishable(entry)
        record = json.loads(json.dumps(postcache._record_of(entry, False, 3, made, True)))
        again, explicit_id, line, made_again, clean = postcache._entry_of(record, entry.source)
        assert (again, made_again, explicit_id, line, clean) == (entry, made, False, 3, True)
        assert repr(again) == repr(entry) and repr(made_again) == repr(made)
