"""A small store, built with `feedtool build` and served on 127.0.0.1, for the real-reader tests.

The expected values live here as plain data; the store's YAML files are written from
them, so every assertion compares what a reader shows with what the publisher wrote.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import yaml

from feedtool.cli import main

SITE = "https://www.voorbeeld.nl/"
FEED_ID = "tag:www.voorbeeld.nl,2012:blog"
AUTHOR = {"name": "Rens Meijkamp", "email": "rens@voorbeeld.nl"}
NOW = "2013-06-01T12:00:00+02:00"

FEED = {
    "title": "Zaakgericht werken",
    "subtitle": "Over de decentralisaties in het sociaal domein",
    "link": SITE,
    "id": FEED_ID,
    "language": "nl-NL",
    "timezone": "Europe/Amsterdam",
    "author": AUTHOR,
}

POSTS = {
    "21-12-2012": {
        "title": "21/12/2012 – het einde van de wereld?",
        "published": "2012-12-21T10:00:00+01:00",
        "summary": "De Maya’s & de gemeenten: één dag, geen einde.",
        "content": '<p>Lees ook <a href="https://www.voorbeeld.nl/decentralisaties/">de decentralisaties</a> – ĳverig.</p>',
        "tags": ["sociaal domein"],
    },
    "decentralisaties": {
        "title": "Decentralisaties vragen om innovatie <en> lef",
        "published": "2012-11-30T09:00:00+01:00",
        "summary": "Drie decentralisaties, één aanpak.",
        "content": "<p>Jeugdzorg, Wmo en Participatiewet 😀.</p>",
    },
    "de-ijsberg": {
        "title": "De ijsberg",
        "published": "2012-11-22T10:00:00+01:00",
        "summary": "Software is het topje van de ijsberg.",
        "content": "<p>Het topje.</p><p>En de rest.</p>",
    },
}

EDIT_SLUG = "decentralisaties"
EDITED_TITLE = "Decentralisaties vragen om innovatie en lef"
EDITED_UPDATED = "2013-01-05T08:30:00+01:00"


def entry_id(slug: str) -> str:
    return f"{FEED_ID}/{slug}"


def entry_link(slug: str) -> str:
    return f"{SITE}{slug}/"


def moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def write_store(store: Path, posts: dict[str, dict] | None = None) -> None:
    store.mkdir(parents=True, exist_ok=True)
    (store / "_feed.yaml").write_text(yaml.safe_dump(FEED, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for slug, post in (posts or POSTS).items():
        (store / f"{slug}.yaml").write_text(yaml.safe_dump(post, allow_unicode=True, sort_keys=False), encoding="utf-8")


def edit_post(store: Path) -> None:
    """The publisher fixes a title and says so with a new `updated`."""
    post = dict(POSTS[EDIT_SLUG], title=EDITED_TITLE, updated=EDITED_UPDATED)
    (store / f"{EDIT_SLUG}.yaml").write_text(yaml.safe_dump(post, allow_unicode=True, sort_keys=False), encoding="utf-8")


def build(store: Path, out: Path, *extra: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(["build", "--store", str(store), "--out", str(out), "--now", NOW, *extra])
    assert info.value.code == 0, f"feedtool build failed with exit {info.value.code}"
