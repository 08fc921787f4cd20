"""`feedtool check`: what build checks, with build's errors and exit codes, and nothing written."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
from pathlib import Path

import pytest

from feedtool import cli as cli_module
from feedtool.generate import atom

HERE = Path(__file__).parent
FIXTURE_STORE = HERE / "fixtures" / "build-store"
SEVERAL_MISTAKES = HERE / "fixtures" / "store" / "stores" / "no-author-and-more"
NOW = "2013-06-01T12:00:00+02:00"


def run(capsys, command: str, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        cli_module.main([command, *args])
    captured = capsys.readouterr()
    return info.value.code, captured.out, captured.err


def tree(directory: Path) -> dict[str, str]:
    return {str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file()}


@pytest.fixture
def store(tmp_path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(FIXTURE_STORE, copy)
    return copy


def test_a_good_store_passes_and_nothing_is_written(capsys, store, tmp_path):
    before = tree(tmp_path)
    code, out, err = run(capsys, "check", "--store", str(store), "--now", NOW)
    assert code == 0, err
    assert out.strip().endswith("every one read back; nothing was written")
    assert "documents (" in out and "tag feed" in out
    assert tree(tmp_path) == before  # no documents, no _published.json


def test_the_summary_is_in_dutch_with_lang_nl(capsys, store, tmp_path):
    code, out, err = run(capsys, "check", "--store", str(store), "--now", NOW, "--out", str(tmp_path / "public"),
                         "--lang", "nl")
    assert code == 0, err
    assert f"{tmp_path / 'public' / 'atom.xml'}: zou worden geschreven" in out.splitlines()
    assert out.splitlines()[-1] == (f"{store}: de publicatie is te bouwen: 10 documenten (3 berichten, 2 tagfeeds), "
                                    "elk teruggelezen; er is niets geschreven")


def test_every_store_mistake_is_reported_as_build_reports_it(capsys, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(SEVERAL_MISTAKES, store)
    checked = run(capsys, "check", "--store", str(store), "--now", NOW)
    built = run(capsys, "build", "--store", str(store), "--out", str(tmp_path / "public"), "--now", NOW)
    assert checked[0] == built[0] == 3
    assert checked[2] == built[2]  # the same messages, warnings included
    assert "2 error(s), 2 warning(s)" in checked[2]


def test_a_document_that_does_not_read_back_exits_4(capsys, store, tmp_path, monkeypatch):
    from feedtool.build import renderers

    (store / "zomer.yaml").write_text("title: Zomerse gedachten (bewerkt)\npublished: 2012-07-01\n", encoding="utf-8")
    tampering = dataclasses.replace(renderers.ATOM, render_selection=lambda s: atom.render(s).replace(
        b"(bewerkt)", b"(anders)"))
    monkeypatch.setattr(renderers, "RENDERERS", tuple(tampering if r is renderers.ATOM else r for r in renderers.RENDERERS))
    before = tree(tmp_path)
    code, _, err = run(capsys, "check", "--store", str(store), "--now", NOW)
    assert code == 4 and "title: expected 'Zomerse gedachten (bewerkt)', got 'Zomerse gedachten (anders)'" in err
    assert tree(tmp_path) == before


def test_the_id_guard_refuses_as_for_build_and_the_record_stays(capsys, store, tmp_path):
    assert run(capsys, "build", "--store", str(store), "--out", str(tmp_path / "public"), "--now", NOW)[0] == 0
    record = (store / "_published.json").read_bytes()
    text = (store / "zomer.yaml").read_text(encoding="utf-8")
    (store / "zomer.yaml").write_text(text.replace("2012-07-01", "2012-07-02"), encoding="utf-8")
    code, _, err = run(capsys, "check", "--store", str(store), "--now", NOW)
    assert code == 6 and "published" in err and "check refused:" in err
    assert (store / "_published.json").read_bytes() == record
    assert run(capsys, "check", "--store", str(store), "--now", NOW, "--accept-changes")[0] == 0
    assert (store / "_published.json").read_bytes() == record  # check records nothing, even when it lets it through


def test_out_says_what_a_build_would_do_and_writes_nothing(capsys, store, tmp_path):
    out = tmp_path / "public"
    assert run(capsys, "build", "--store", str(store), "--out", str(out), "--now", NOW)[0] == 0
    before = tree(tmp_path)
    (store / "zomer.yaml").unlink()
    code, stdout, err = run(capsys, "check", "--store", str(store), "--out", str(out), "--now", NOW)
    assert code == 0, err
    assert f"{out / 'atom.xml'}: would change" in stdout
    before.pop("store/zomer.yaml")
    assert tree(tmp_path) == before


def test_out_with_a_foreign_file_in_the_way_exits_5(capsys, store, tmp_path):
    out = tmp_path / "public"
    out.mkdir()
    (out / "atom.xml").write_text("mijn eigen bestand", encoding="utf-8")
    code, _, err = run(capsys, "check", "--store", str(store), "--out", str(out), "--now", NOW)
    assert code == 5 and "feedtool did not write them" in err and str(out / "atom.xml") in err
    assert (out / "atom.xml").read_text(encoding="utf-8") == "mijn eigen bestand"
