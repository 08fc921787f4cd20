"""`feedtool new`: slug from the title, published now with offset, never overwrites, loads back exactly."""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from feedtool.cli import main
from feedtool.store import load_store
from feedtool.store.new import plan_new_entry, yaml_quoted
from storefixtures import FIXTURES

TITLE = "Decentralisaties Sociaal Domein vragen om innovatie"
SLUG = "decentralisaties-sociaal-domein-vragen-om-innovatie"


def run(*args: str) -> int:
    with pytest.raises(SystemExit) as info:
        main(["new", *args])
    return info.value.code


def store_dir(tmp_path: Path, feed: str = "_feed.yaml") -> Path:
    store = tmp_path / "entries"
    store.mkdir()
    source = FIXTURES / feed if feed.startswith("_") else FIXTURES / "feeds" / feed
    shutil.copyfile(source, store / "_feed.yaml")
    return store


def test_new_creates_the_slugged_file_that_loads_back(tmp_path, capsys):
    store = store_dir(tmp_path)
    before = datetime.now(timezone.utc).replace(microsecond=0)
    assert run(TITLE, "--store", str(store)) == 0
    path = store / f"{SLUG}.yaml"
    assert capsys.readouterr().out.strip() == str(path)
    [entry] = load_store(store).feed.entries
    assert entry.title == TITLE and entry.slug == SLUG and entry.summary is None
    assert before <= entry.published <= datetime.now(timezone.utc)
    text = path.read_text(encoding="utf-8")
    assert 'summary: ""' in text
    published = yaml.safe_load(text)["published"]
    assert published.utcoffset() is not None  # written with its offset


def test_published_is_in_the_store_time_zone(tmp_path):
    store = store_dir(tmp_path, "timezone-new-york.yaml")
    assert run("Een bericht", "--store", str(store)) == 0
    line = [x for x in (store / "een-bericht.yaml").read_text(encoding="utf-8").splitlines()
            if x.startswith("published:")][0]
    assert line.endswith(("-05:00", "-04:00"))


def test_new_never_overwrites(tmp_path, capsys):
    store = store_dir(tmp_path)
    path = store / f"{SLUG}.yaml"
    path.write_text("title: Mijn eigen tekst\npublished: 2012-12-21\n", encoding="utf-8")
    before = path.read_bytes()
    assert run(TITLE, "--store", str(store)) == 7
    assert path.read_bytes() == before
    assert "already exists; nothing was changed" in capsys.readouterr().err


def test_new_refuses_a_slug_taken_by_a_json_entry(tmp_path):
    store = store_dir(tmp_path)
    (store / "een-bericht.json").write_text('{"title": "Een bericht", "published": "2012-12-21"}', encoding="utf-8")
    assert run("Een bericht", "--store", str(store)) == 7
    assert not (store / "een-bericht.yaml").exists()


def test_new_with_explicit_slug(tmp_path):
    store = store_dir(tmp_path)
    assert run(TITLE, "--store", str(store), "--slug", "innovatie") == 0
    assert load_store(store).feed.entries[0].slug == "innovatie"


def test_new_creates_a_missing_store_directory(tmp_path):
    store = tmp_path / "nieuw" / "entries"
    assert run("Eerste bericht", "--store", str(store)) == 0
    assert (store / "eerste-bericht.yaml").is_file()


@pytest.mark.parametrize("title", ["!!!", "   ", "tekst\x0bmet verticale tab"])
def test_new_refuses_unusable_titles(tmp_path, title, capsys):
    store = store_dir(tmp_path)
    assert run(title, "--store", str(store)) == 2
    assert list(store.iterdir()) == [store / "_feed.yaml"]
    assert "Traceback" not in capsys.readouterr().err


def test_new_refuses_a_one_file_store(tmp_path):
    path = tmp_path / "store.yaml"
    shutil.copyfile(FIXTURES / "stores" / "one-file.yaml", path)
    before = path.read_bytes()
    assert run("Bericht", "--store", str(path)) == 2
    assert path.read_bytes() == before


def test_new_reports_a_bad_time_zone(tmp_path, capsys):
    store = store_dir(tmp_path, "bad-timezone.yaml")
    assert run("Bericht", "--store", str(store)) == 3
    assert "unknown time zone" in capsys.readouterr().err


@pytest.mark.parametrize("title", ["2012", "yes", "21/12/2012", "Zaakgericht werken: de ijsberg", "# geen commentaar",
                                   "'enkel' en \"dubbel\"", "- lijst?", "&anker *alias !tag", "tab\there",
                                   "regel\neen\r\ntwee", "a\u2028b\x85c", "  spaties  ", "😀 ĳ é ë", "\x80\x9f\ufeff"])
def test_tricky_titles_load_back_exactly(tmp_path, title):
    store = store_dir(tmp_path)
    plan = plan_new_entry(str(store), title, slug="bericht", now=datetime(2012, 12, 21, 10, tzinfo=timezone(timedelta(hours=1))))
    Path(plan.path).write_text(plan.text, encoding="utf-8")
    assert load_store(store).feed.entries[0].title == title


XML_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufffe\uffff"
                           + "".join(chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D))),
    min_size=1, max_size=80,
).filter(lambda t: t.strip())


@settings(max_examples=100, deadline=None)
@given(title=XML_TEXT)
def test_random_titles_survive_new_and_load_store(title):
    with tempfile.TemporaryDirectory() as tmp:
        store = store_dir(Path(tmp))
        plan = plan_new_entry(str(store), title, slug="bericht", now=datetime(2012, 12, 21, 10, tzinfo=timezone.utc))
        Path(plan.path).write_text(plan.text, encoding="utf-8")
        (store / "json-bericht.json").write_text(json.dumps({"title": title, "published": "2012-12-21"}),
                                                 encoding="utf-8")
        (store / "dump-bericht.yaml").write_text(
            yaml.safe_dump({"title": title, "published": "2012-12-21"}, allow_unicode=True, default_style='"'), encoding="utf-8")
        titles = {e.slug: e.title for e in load_store(store).feed.entries}
        assert titles == {"bericht": title, "json-bericht": title, "dump-bericht": title}


@given(text=XML_TEXT)
@settings(max_examples=100, deadline=None)
def test_yaml_quoted_reads_back_through_pyyaml(text):
    assert yaml.load("t: " + yaml_quoted(text), Loader=yaml.SafeLoader)["t"] == text


def test_a_new_entry_is_a_draft_until_the_line_is_removed(tmp_path, capsys):
    """Before: `new` wrote no draft line, so the next build published the empty placeholder and recorded it."""
    store = store_dir(tmp_path)
    out = tmp_path / "public"
    assert run(TITLE, "--store", str(store)) == 0
    err = capsys.readouterr().err
    assert "draft: true" in err and "feedtool serve --watch --drafts" in err
    path = store / f"{SLUG}.yaml"
    assert load_store(store).feed.entries[0].draft
    with pytest.raises(SystemExit) as info:
        main(["build", "--store", str(store), "--out", str(out)])
    assert info.value.code == 3 and "nothing to publish" in capsys.readouterr().err
    assert not (store / "_published.json").exists()  # nothing recorded for the id guard
    path.write_text("".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                            if not line.startswith("draft:")), encoding="utf-8")
    with pytest.raises(SystemExit) as info:
        main(["build", "--store", str(store), "--out", str(out)])
    assert info.value.code == 0 and TITLE in (out / "atom.xml").read_text(encoding="utf-8")


def test_a_very_long_title_gets_a_slug_that_fits_a_file_name(tmp_path, capsys):
    store = store_dir(tmp_path)
    title = " ".join(["zaakgericht"] * 30)[:300]  # 300 characters
    assert len(title) == 300
    assert run(title, "--store", str(store)) == 0
    captured = capsys.readouterr()
    [path] = [p for p in store.iterdir() if p.name != "_feed.yaml"]
    assert len(path.name) <= 255 and path.suffix == ".yaml"
    slug = path.stem
    assert slug.startswith("zaakgericht-zaakgericht") and not slug.endswith("-")
    assert all(part == "zaakgericht" for part in slug.split("-"))  # cut at a word boundary
    assert f"shortened to {len(slug)} characters" in captured.err
    [entry] = load_store(store).feed.entries
    assert entry.title == title and entry.slug == slug


def test_a_short_title_is_not_reported_as_shortened(tmp_path, capsys):
    store = store_dir(tmp_path)
    assert run("Kort", "--store", str(store)) == 0
    assert "shortened" not in capsys.readouterr().err


@pytest.mark.parametrize("slug", ["a/b", "/etc", "sub/"])
def test_a_slug_with_a_slash_is_refused_clearly(tmp_path, slug, capsys):
    store = store_dir(tmp_path)
    assert run("Bericht", "--store", str(store), "--slug", slug) == 2
    err = capsys.readouterr().err
    assert "cannot hold a /" in err and "--slug" in err and "Traceback" not in err
    assert list(store.iterdir()) == [store / "_feed.yaml"]


def test_an_explicit_slug_too_long_for_a_file_name_is_refused(tmp_path, capsys):
    store = store_dir(tmp_path)
    assert run("Bericht", "--store", str(store), "--slug", "a" * 300) == 2
    assert "choose a shorter slug" in capsys.readouterr().err
    assert list(store.iterdir()) == [store / "_feed.yaml"]
