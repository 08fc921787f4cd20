"""Small builders for Feed, Entry and Selection values in the build tests (no store needed)."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from zoneinfo import ZoneInfo

from feedtool.model import Entry, Feed, Person

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
SITE = "https://www.example.nl/"
RENS = Person("Rens Meijkamp", "rens@example.nl")


def entry(slug: str = "eerste-bericht", **fields) -> Entry:
    values = dict(
        id=f"tag:example.nl,2012:{slug}",
        slug=slug,
        title=f"Bericht {slug}",
        link=f"{SITE}{slug}/",
        published=datetime(2012, 12, 21, 10, 0, tzinfo=AMSTERDAM),
        authors=(RENS,),
        summary="Een korte samenvatting.",
        content="<p>De inhoud van het bericht.</p>",
        source=f"entries/{slug}.yaml",
    )
    values.update(fields)
    values.setdefault("updated", values["published"])
    return Entry(**values)


def feed(*entries: Entry, **fields) -> Feed:
    values = dict(
        title="Zaakgericht werken",
        link=SITE,
        id="tag:example.nl,2012:blog",
        subtitle="Over zaakgericht werken en de decentralisaties",
        authors=(RENS,),
        entries=tuple(entries),
        source="entries/_feed.yaml",
    )
    values.update(fields)
    return Feed(**values)


def replace(value, **changes):
    return dataclasses.replace(value, **changes)
