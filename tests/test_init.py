"""`feedtool init [DIR]`: a store that builds and validates, from flags or questions; never overwrites."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from feedtool.cli import init as init_module
from feedtool.cli import main
from feedtool.store import load_store

FLAGS = ["--title", "Blog van Rens Meijkamp", "--link", "https://www.example.nl/", "--author", "Rens Meijkamp",
         "--email", "rens@example.nl"]


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    with CliRunner().isolation(input=input) as streams:
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code
        return code, streams[0].getvalue().decode(), streams[1].getvalue().decode()


def test_init_from_flags_makes_a_store_that_builds_and_validates(tmp_path):
    store = tmp_path / "entries"
    code, out, err = run("init", str(store), *FLAGS)
    assert code == 0, err
    assert out.splitlines() == [str(store / "_feed.yaml"), str(store / "welkom.yaml")]
    feed = yaml.safe_load((store / "_feed.yaml").read_text(encoding="utf-8"))
    year = load_store(store).feed.entries[0].published.year
    assert feed["id"] == f"tag:www.example.nl,{year}:feed"  # pinned at once
    assert feed["language"] == "nl-NL" and feed["author"] == {"name": "Rens Meijkamp", "email": "rens@example.nl"}
    assert f"feed id pinned: tag:www.example.nl,{year}:feed" in err
    loaded = load_store(store)
    assert not loaded.feed.id_derived and loaded.warnings == []
    assert run("build", "--store", str(store), "--out", str(tmp_path / "public"))[0] == 0
    code, out, _ = run("validate", "--ignore", "SelfDoesntMatchLocation", str(tmp_path / "public"))
    assert code == 0 and " 0 errors, 0 warnings" in out


def test_the_flags_set_language_and_id(tmp_path):
    store = tmp_path / "s"
    assert run("init", str(store), *FLAGS, "--language", "nl-BE", "--id", "tag:www.example.nl,2012:blog")[0] == 0
    feed = load_store(store).feed
    assert feed.language == "nl-BE" and feed.id == "tag:www.example.nl,2012:blog"


def test_on_a_terminal_it_asks_for_what_the_flags_left_out(tmp_path, monkeypatch):
    monkeypatch.setattr(init_module, "can_ask", lambda: True)
    store = tmp_path / "entries"
    code, out, err = run("init", str(store), "--title", "Mijn blog", input="https://blog.example.nl/\nAnne de Vries\n\n")
    assert code == 0, err
    assert "Address of the site" in out and "Author's name" in out and "Title of the feed" not in out
    feed = load_store(store).feed
    assert feed.title == "Mijn blog" and feed.link == "https://blog.example.nl/"
    assert [a.name for a in feed.authors] == ["Anne de Vries"] and feed.authors[0].email is None


def test_without_a_terminal_missing_values_are_a_usage_error_naming_the_flags(tmp_path):
    code, _, err = run("init", str(tmp_path / "entries"), "--title", "Mijn blog")
    assert code == 2
    assert "needs --link, --author when it cannot ask" in err
    assert not (tmp_path / "entries").exists()


def test_a_folder_that_holds_a_store_is_refused_and_left_alone(tmp_path):
    store = tmp_path / "entries"
    store.mkdir()
    (store / "bericht.yaml").write_text("title: Mijn bericht\npublished: 2012-12-21\n", encoding="utf-8")
    code, _, err = run("init", str(store), *FLAGS)
    assert code == 7 and "already holds a store" in err and "bericht.yaml" in err
    assert sorted(p.name for p in store.iterdir()) == ["bericht.yaml"]
    (store / "bericht.yaml").unlink()
    (store / "_feed.json").write_text("{}", encoding="utf-8")
    assert run("init", str(store), *FLAGS)[0] == 7


def test_a_folder_with_other_files_is_fine(tmp_path):
    (tmp_path / "README.txt").write_text("notities", encoding="utf-8")
    assert run("init", str(tmp_path), *FLAGS)[0] == 0
    assert (tmp_path / "README.txt").read_text(encoding="utf-8") == "notities"


@pytest.mark.parametrize("flag, value, field", [("--link", "www.example.nl", "link"),
                                                 ("--language", "nederlands", "language"),
                                                 ("--id", "mijn-feed", "id")])
def test_a_bad_value_is_a_store_error_naming_the_field_and_nothing_is_written(tmp_path, flag, value, field):
    args = [*FLAGS]
    if flag in args:
        args[args.index(flag) + 1] = value
    else:
        args += [flag, value]
    code, _, err = run("init", str(tmp_path / "entries"), *args)
    assert code == 3
    assert f"{tmp_path / 'entries' / '_feed.yaml'}" in err and f"[{field}]" in err
    assert not (tmp_path / "entries").exists() or list((tmp_path / "entries").iterdir()) == []


def test_a_file_in_the_way_is_a_usage_error(tmp_path):
    target = tmp_path / "entries"
    target.write_text("", encoding="utf-8")
    code, _, err = run("init", str(target), *FLAGS)
    assert code == 2 and "is a file, not a directory" in err
