"""`feedtool ping` and `build --ping` against hubs the tests serve on 127.0.0.1 (tests/hub_support.py)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from feedtool.cli import main
from hub_support import Hub

NOW = "2013-06-01T12:00:00+02:00"
SITE = "https://www.example.nl/"
# Two tags: a post in one changes that tag's feeds and not the other's.
POSTS = {
    "de-ijsberg": ("2012-11-22T10:00:00+01:00", "[zaakgericht werken]"),
    "fusiedruk": ("2012-08-20T10:00:00+02:00", "[gemeenten]"),
}
FEEDS = ["atom.xml", "feed.json", "rss.xml", "tags/gemeenten/atom.xml", "tags/gemeenten/feed.json",
         "tags/gemeenten/rss.xml", "tags/zaakgericht-werken/atom.xml", "tags/zaakgericht-werken/feed.json",
         "tags/zaakgericht-werken/rss.xml"]


def write_store(store: Path, hubs: list[str]) -> None:
    store.mkdir(exist_ok=True)
    hub_line = f"hub: [{', '.join(hubs)}]\n" if hubs else ""
    (store / "_feed.yaml").write_text(
        f"title: Pingblog\nlink: {SITE}\nid: tag:www.example.nl,2012:blog\n"
        f"author: {{name: Rens Meijkamp, email: rens@example.nl}}\nsubscribe_page: false\n{hub_line}",
        encoding="utf-8")
    for slug, (published, tags) in POSTS.items():
        (store / f"{slug}.yaml").write_text(f"title: {slug}\npublished: {published}\nsummary: Over {slug}.\n"
                                            f"tags: {tags}\n", encoding="utf-8")


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(list(args))
    captured = capsys.readouterr()
    return info.value.code, captured.out, captured.err


@pytest.fixture
def built(tmp_path, capsys):
    def make(*hubs: Hub) -> tuple[Path, Path]:
        store, out = tmp_path / "entries", tmp_path / "public"
        write_store(store, [hub.url for hub in hubs])
        code, _, err = run(capsys, "build", "--store", str(store), "--out", str(out), "--now", NOW, "--quiet")
        assert code == 0, err
        return store, out
    return make


def ping(capsys, store: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "ping", "--store", str(store), "--out", str(out), *extra)


def pinged(hub: Hub) -> list[str]:
    assert all(r.content_type == "application/x-www-form-urlencoded" for r in hub.received)
    assert all(r.form["hub.mode"] == ["publish"] for r in hub.received)
    return [r.form["hub.url"][0].removeprefix(SITE) for r in hub.received]


def test_every_feed_is_pinged_once_per_hub_then_nothing_until_it_changes(built, capsys):
    with Hub([204]) as first, Hub([202]) as second:
        store, out = built(first, second)
        code, stdout, stderr = ping(capsys, store, out)
        assert code == 0, stderr
        assert pinged(first) == FEEDS and pinged(second) == FEEDS
        assert f"{first.url}: {SITE}atom.xml: pinged (204 No Content)" in stdout
        assert f"{second.url}: {SITE}rss.xml: pinged (202 Accepted)" in stdout
        assert stdout.splitlines()[-1] == f"{out}/: 18 ping(s) sent, 0 failed, 0 unchanged since the last ping " \
                                          "(2 hub(s), 9 feed(s))"
        record = json.loads((out / ".feedtool-pings.json").read_text(encoding="utf-8"))
        assert sorted(record["hubs"][first.url]) == FEEDS
        # An unchanged publication pings nothing.
        code, stdout, _ = ping(capsys, store, out)
        assert code == 0 and len(first.received) == 9
        assert "0 ping(s) sent, 0 failed, 18 unchanged" in stdout
        # A new post in one tag: the main feeds and that tag's feeds, not the other tag's.
        (store / "nieuw.yaml").write_text("title: Nieuw\npublished: 2013-01-01T10:00:00+01:00\nsummary: Nieuw.\n"
                                          "tags: [gemeenten]\n", encoding="utf-8")
        code, _, err = run(capsys, "build", "--store", str(store), "--out", str(out), "--now", NOW, "--ping")
        assert code == 0, err
        assert pinged(first)[9:] == ["atom.xml", "feed.json", "rss.xml", "tags/gemeenten/atom.xml",
                                     "tags/gemeenten/feed.json", "tags/gemeenten/rss.xml"]


def test_a_4xx_fails_with_one_line_per_feed_exit_8_and_is_pinged_again_next_time(built, capsys):
    with Hub([410]) as hub:
        store, out = built(hub)
        code, stdout, stderr = ping(capsys, store, out, "--retries", "3")
        assert code == 8
        assert len(hub.received) == 9  # a 4xx is not retried
        lines = [line for line in stderr.splitlines() if line.startswith(hub.url)]
        assert len(lines) == 9
        assert lines[0] == f"{hub.url}: {SITE}atom.xml: error: 410 Gone (1 try); the next ping tries again"
        assert "9 of 9 ping(s) failed" in stderr and "0 ping(s) sent, 9 failed" in stdout
        hub.script[:] = [204]
        code, _, stderr = ping(capsys, store, out)
        assert code == 0, stderr
        assert pinged(hub)[9:] == FEEDS  # nothing was lost


def test_5xx_then_success_is_retried(built, capsys, monkeypatch):
    waits = []
    monkeypatch.setattr("feedtool.websub.time.sleep", waits.append)
    with Hub([503, 502] + [204] * 9) as hub:
        store, out = built(hub)
        code, stdout, stderr = ping(capsys, store, out, "--retries", "2")
        assert code == 0, stderr
        assert pinged(hub)[:3] == ["atom.xml"] * 3 and pinged(hub)[3:] == FEEDS[1:]
        assert waits == [1.0, 2.0]  # the backoff doubles
        assert f"{hub.url}: {SITE}atom.xml: pinged (204 No Content)" in stdout


def test_a_hub_that_never_answers_is_cut_off_by_the_timeout(built, capsys):
    with Hub(["hang"]) as hub:
        store, out = built(hub)
        started = time.monotonic()
        code, _, stderr = ping(capsys, store, out, "--timeout", "0.3", "--retries", "0")
        elapsed = time.monotonic() - started
    assert code == 8
    assert f"{hub.url}: {SITE}atom.xml: error: no answer within 0.3 s (1 try)" in stderr
    assert elapsed < 9 * 0.3 + 3


def test_a_hub_that_redirects(built, capsys):
    with Hub([(307, "/nieuw")] + [204] * 20) as moved, Hub([(301, "/elders")]) as gone:
        store, out = built(moved, gone)
        code, _, stderr = ping(capsys, store, out)
        assert code == 8
        assert [r.path for r in moved.received[:2]] == ["/hub", "/nieuw"]  # 307: the POST goes on, body and all
        assert not [line for line in stderr.splitlines() if line.startswith(moved.url)]
        assert f"{gone.url}: {SITE}atom.xml: error: the hub redirects (301) to http://127.0.0.1:" in stderr
        assert "write that address as the hub" in stderr
        assert len(gone.received) == 9  # never followed as a GET, never retried


def test_no_hub_pings_nothing_and_says_so(built, capsys):
    store, out = built()
    code, stdout, stderr = ping(capsys, store, out)
    assert code == 0 and stdout == ""
    assert "names no hub (hub: in the feed file): nothing to ping" in stderr
    assert not (out / ".feedtool-pings.json").exists()


def test_ping_before_any_build_is_an_input_error(tmp_path, capsys):
    store = tmp_path / "entries"
    write_store(store, ["http://127.0.0.1:9/hub"])
    (tmp_path / "public").mkdir()
    code, _, stderr = ping(capsys, store, tmp_path / "public")
    assert code == 3 and "holds no publication" in stderr and "feedtool build" in stderr


def test_build_ping_refuses_a_preview(built, capsys):
    with Hub([204]) as hub:
        store, out = built(hub)
        code, _, stderr = run(capsys, "build", "--store", str(store), "--out", str(out), "--drafts", "--ping")
    assert code == 2 and "preview" in stderr
    assert hub.received == []


def test_help_documents_ping(capsys):
    code, stdout, _ = run(capsys, "ping", "--help")
    assert code == 0
    for option in ("--store", "--out", "--timeout", "--retries", "--quiet", "hub.mode=publish", "exit code 8"):
        assert option in stdout
