"""JSON Feed 1.1: the members the spec asks for, in a fixed order, as UTF-8 without escapes."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from feedfactory import AMSTERDAM, entry, feed
from feedtool.generate import jsonfeed
from feedtool.model import Person, Selection


def render(*entries, **fields) -> tuple[bytes, dict]:
    made = feed(*entries, **fields)
    data = jsonfeed.render(Selection(made, made.entries))
    return data, json.loads(data)


def test_top_level_members_in_a_fixed_order():
    data, document = render(entry("a"))
    assert list(document) == ["version", "title", "home_page_url", "feed_url", "description", "authors", "language",
                              "items"]
    assert document["version"] == "https://jsonfeed.org/version/1.1"
    assert document["feed_url"] == "https://www.example.nl/feed.json"
    assert document["language"] == "nl-NL"
    assert document["authors"] == [{"name": "Rens Meijkamp", "url": "mailto:rens@example.nl"}]
    assert data.endswith(b"}\n")


def test_items_carry_every_field_with_dates_in_the_feeds_offset():
    (item,) = render(entry("a", tags=("wmo", "jeugdzorg"), published=datetime(2012, 7, 1, 8, 0, tzinfo=timezone.utc),
                           language="en-GB", authors=(Person("Jan", uri="https://jan.example.nl/"),)))[1]["items"]
    assert item == {
        "id": "tag:example.nl,2012:a", "url": "https://www.example.nl/a/", "title": "Bericht a",
        "content_html": "<p>De inhoud van het bericht.</p>", "summary": "Een korte samenvatting.",
        "date_published": "2012-07-01T10:00:00+02:00", "date_modified": "2012-07-01T10:00:00+02:00",
        "authors": [{"name": "Jan", "url": "https://jan.example.nl/"}], "tags": ["wmo", "jeugdzorg"],
        "language": "en-GB",
    }


def test_an_entry_without_content_has_its_summary_as_content_text():
    (item,) = render(entry("a", content=None))[1]["items"]
    assert item["content_text"] == "Een korte samenvatting." and "content_html" not in item and "summary" not in item
    (bare,) = render(entry("b", content=None, summary=None))[1]["items"]
    assert bare["content_text"] == ""


def test_text_is_written_as_utf8_not_escaped_and_the_bytes_never_change():
    first, document = render(entry("ĳs", title="Ĳs & <café> \"ë\" 🎉"))
    assert "Ĳs & <café> \\\"ë\\\" 🎉".encode() in first and b"\\u" not in first
    assert document["items"][0]["title"] == "Ĳs & <café> \"ë\" 🎉"
    assert render(entry("ĳs", title="Ĳs & <café> \"ë\" 🎉"))[0] == first


def test_an_author_without_address_or_uri_has_a_name_only():
    (item,) = render(entry("a", authors=(Person("Piet"),)), authors=())[1]["items"]
    assert item["authors"] == [{"name": "Piet"}]
    assert "authors" not in render(entry("b", authors=()), authors=())[1]["items"][0]


def test_the_published_moment_is_kept_in_the_feeds_zone_for_every_entry():
    winter = entry("w", published=datetime(2012, 12, 21, 10, 0, tzinfo=AMSTERDAM))
    assert render(winter)[1]["items"][0]["date_published"] == "2012-12-21T10:00:00+01:00"
