"""Every XML document of a publication, tag feeds included, passes the W3C Feed Validation Service's own code.

The judge is ../shared/w3c-validator/w3c-validate (W3C's code, run offline; never imported). Where
it is not there (CI without ../shared), the test skips with a message.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from feedtool.cli import main

ROOT = Path(__file__).resolve().parent.parent
W3C = ROOT.parent / "shared" / "w3c-validator" / "w3c-validate"
NOW = "2013-06-01T12:00:00+02:00"
# W3C validates a local copy as if it were served elsewhere: the self link cannot match.
EXPECTED_ON_A_LOCAL_COPY = {"SelfDoesntMatchLocation"}

pytestmark = pytest.mark.skipif(not W3C.exists(), reason=f"the W3C validator is not here ({W3C}): measurement skipped")


def build(store: Path, out: Path) -> list[Path]:
    with pytest.raises(SystemExit) as info:
        main(["build", "--store", str(store), "--out", str(out), "--now", NOW, "--quiet"])
    assert info.value.code == 0
    return sorted(out.rglob("*.xml"))


def w3c(files: list[Path]) -> dict[str, list[tuple[str, str, int]]]:
    done = subprocess.run([str(W3C), "--json", *map(str, files)], capture_output=True, text=True, timeout=600)
    said = {}
    for line in done.stdout.splitlines():
        report = json.loads(line)
        said[report["file"]] = [(f["level"], f["code"], f["line"]) for f in report["findings"]
                                if f["code"] not in EXPECTED_ON_A_LOCAL_COPY]
    assert len(said) == len(files), done.stderr
    return said


@pytest.mark.slow
def test_the_example_publication_has_no_w3c_error_or_warning(tmp_path):
    store = tmp_path / "store"
    shutil.copytree(ROOT / "entries", store, ignore=shutil.ignore_patterns("_published.json"))
    files = build(store, tmp_path / "public")
    assert any("tags" in f.parts for f in files)
    assert w3c(files) == {str(f): [] for f in files}


@pytest.mark.slow
def test_ampersands_and_angle_brackets_in_rss_plain_text_give_no_character_data_warning(tmp_path):
    store = tmp_path / "store"
    store.mkdir()
    (store / "_feed.yaml").write_text(
        "title: Enkhuizen & Andijk <fase 2>\nsubtitle: Wonen & werken <samen>\nlink: https://www.example.nl/\n"
        "id: tag:www.example.nl,2012:blog\nauthor: {name: Jan & Piet, email: jan@example.nl}\n", encoding="utf-8")
    (store / "fase-2.yaml").write_text(
        "title: Enkhuizen & Andijk <fase 2>\npublished: 2012-11-22T10:00:00+01:00\n"
        "summary: Een & twee <drie>\ntags: [R&D, Wonen & werken]\n", encoding="utf-8")
    files = build(store, tmp_path / "public")
    assert w3c(files) == {str(f): [] for f in files}


@pytest.mark.slow
def test_archives_hubs_and_attachments_have_no_w3c_error_or_warning(tmp_path):
    store = tmp_path / "store"
    store.mkdir()
    (store / "_feed.yaml").write_text(
        "title: Archief\nlink: https://www.example.nl/\nid: tag:www.example.nl,2012:blog\n"
        "author: {name: Rens Meijkamp, email: rens@example.nl}\nlimit: 4\narchive: 3\n"
        "hub: [https://pubsubhubbub.appspot.com/, https://websub.example.nl/hub]\n", encoding="utf-8")
    (store / "media").mkdir()
    (store / "media" / "aflevering.mp3").write_bytes(b"ID3" + bytes(64))
    for i in range(12):
        extra = ("attachments:\n  - url: media/aflevering.mp3\n    title: Aflevering\n"
                 "  - url: https://cdn.example.nl/a.ogg\n    type: audio/ogg\n    length: 1234\n") if i in (2, 10) else ""
        (store / f"bericht-{i}.yaml").write_text(
            f"title: Bericht {i}\npublished: 2012-11-{i + 1:02}T10:00:00+01:00\nsummary: Over {i}.\n"
            f"tags: [archief]\n{extra}", encoding="utf-8")
    files = build(store, tmp_path / "public")
    assert any("archive" in f.parts for f in files) and (tmp_path / "public" / "media" / "aflevering.mp3").exists()
    assert w3c(files) == {str(f): [] for f in files}
