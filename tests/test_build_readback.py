"""The round-trip check: feeds read back through feedparser as the selection, and every tampering is caught."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone

import pytest

from feedfactory import AMSTERDAM, entry, feed
from feedtool.generate import atom, rss
from feedtool.model import Person, Selection
from feedtool.build.readback import Difference, compare_feed

RENDER = {"atom": atom.render, "rss": rss.render}


def rich_selection() -> Selection:
    entries = (
        entry("ĳs-en-café", title="Ĳs & <café> \"ë\" 🎉 ]]>", summary="Samenvatting <met> & tekens",
              content='<p>Inhoud &amp; <a href="https://www.example.nl/x">link</a></p>', tags=("wmo", "jeugdzorg"),
              updated=datetime(2013, 1, 2, 3, 4, 5, tzinfo=AMSTERDAM)),
        entry("english", language="en-GB", authors=(Person("Jan"), Person("Piet", "piet@example.nl")),
              published=datetime(2012, 7, 1, 6, 0, tzinfo=timezone.utc)),
        entry("alleen-inhoud", summary=None, authors=(Person("Jan", uri="https://jan.example.nl/"),),
              published=datetime(2012, 3, 1, tzinfo=AMSTERDAM)),
        entry("kaal", summary=None, content=None, published=datetime(2012, 2, 1, tzinfo=AMSTERDAM)),
    )
    return Selection(feed=feed(*entries), entries=entries)


@pytest.mark.parametrize("fmt", ["atom", "rss"])
def test_rendered_feeds_read_back_without_differences(fmt):
    selection = rich_selection()
    assert compare_feed(RENDER[fmt](selection), selection) == []


def fields(differences: list[Difference]) -> set[tuple[str, str]]:
    return {(d.entry, d.field) for d in differences}


def tampered(fmt: str, old: str, new: str, selection=None) -> tuple[bytes, Selection]:
    selection = selection or rich_selection()
    data = RENDER[fmt](selection)
    assert old.encode() in data, f"{old!r} not in the {fmt} feed"
    return data.replace(old.encode(), new.encode(), 1), selection


@pytest.mark.parametrize("fmt", ["atom", "rss"])
def test_a_changed_title_is_reported_per_entry_and_field(fmt):
    data, selection = tampered(fmt, "Bericht kaal", "Bericht kaal!")
    differences = compare_feed(data, selection)
    assert fields(differences) == {("tag:example.nl,2012:kaal", "title")}
    assert differences[0].expected == "Bericht kaal" and differences[0].got == "Bericht kaal!"
    assert differences[0].format == fmt
    assert "tag:example.nl,2012:kaal: title: expected 'Bericht kaal', got 'Bericht kaal!'" in differences[0].render()


def test_atom_changed_offset_is_a_difference_even_for_the_same_instant():
    data, selection = tampered("atom", "<published>2012-07-01T08:00:00+02:00", "<published>2012-07-01T06:00:00+00:00")
    assert ("tag:example.nl,2012:english", "published") in fields(compare_feed(data, selection))


def test_rss_dutch_date_is_a_difference_because_readers_drop_it():
    data, selection = tampered("rss", "Sun, 01 Jul 2012 08:00:00 +0200", "zo, 01 jul 2012 08:00:00 +0200")
    assert ("tag:example.nl,2012:english", "published (as readers parse it)") in fields(compare_feed(data, selection))


def test_atom_updated_is_compared():
    data, selection = tampered("atom", "<updated>2013-01-02T03:04:05+01:00</updated>\n    <author",
                               "<updated>2013-01-02T03:04:06+01:00</updated>\n    <author")
    assert fields(compare_feed(data, selection)) == {("tag:example.nl,2012:ĳs-en-café", "updated"),
                                                      ("tag:example.nl,2012:ĳs-en-café", "updated (as readers parse it)")}


@pytest.mark.parametrize(("fmt", "old", "new", "field"), [
    ("atom", '<category term="wmo"/>', '<category term="Wmo"/>', "tags"),
    ("rss", "<category>wmo</category>", "<category>Wmo</category>", "tags"),
    ("atom", "<name>Piet</name>", "<name>Pieter</name>", "author"),
    ("rss", "<dc:creator>Piet</dc:creator>", "<dc:creator>Pieter</dc:creator>", "author"),
    ("atom", 'entry xml:lang="en-GB"', 'entry xml:lang="en-US"', "language"),
    ("rss", "<dc:language>en-GB</dc:language>", "<dc:language>en-US</dc:language>", "language"),
    ("atom", "Samenvatting &lt;met&gt;", "Samenvatting met", "summary"),
    ("rss", "Samenvatting &amp;lt;met&amp;gt;", "Samenvatting met", "summary"),
    ("atom", "Inhoud &amp;amp;", "Inhoud &amp;", "content"),
    ("rss", "Inhoud &amp;amp;", "Inhoud", "content"),
    ("atom", 'href="https://www.example.nl/english/"', 'href="https://www.example.nl/engels/"', "link"),
    ("rss", "<link>https://www.example.nl/english/</link>", "<link>http://www.example.nl/english/</link>", "link"),
])
def test_each_field_is_compared(fmt, old, new, field):
    data, selection = tampered(fmt, old, new)
    assert field in {f for _, f in fields(compare_feed(data, selection))}


@pytest.mark.parametrize("fmt", ["atom", "rss"])
def test_missing_entry_is_reported(fmt):
    selection = rich_selection()
    shorter = Selection(feed=selection.feed, entries=selection.entries[:-1])
    differences = compare_feed(RENDER[fmt](shorter), selection)
    assert ("(feed)", "entries") in fields(differences)


@pytest.mark.parametrize("fmt", ["atom", "rss"])
def test_a_feed_feedparser_complains_about_is_a_difference(fmt):
    data, selection = tampered(fmt, "Bericht kaal", "Bericht \x0bkaal")
    assert ("(feed)", "well-formedness") in fields(compare_feed(data, selection))


def test_not_a_feed_at_all():
    differences = compare_feed(b"<html><body>geen feed</body></html>", rich_selection())
    assert ("(feed)", "format") in fields(differences)


@pytest.mark.parametrize("fmt", ["atom", "rss"])
def test_feed_level_self_link_and_language_are_compared(fmt):
    data, selection = tampered(fmt, f"https://www.example.nl/{fmt}.xml", "https://elders.example.nl/feed.xml")
    assert ("(feed)", "self link") in fields(compare_feed(data, selection))
    lang = 'xml:lang="nl-NL"' if fmt == "atom" else "<language>nl-NL</language>"
    data, selection = tampered(fmt, lang, lang.replace("nl-NL", "nl-BE"))
    assert ("(feed)", "language") in fields(compare_feed(data, selection))


def test_rss_single_author_keeps_email_in_the_comparison():
    data, selection = tampered("rss", "rens@example.nl (Rens Meijkamp)", "rens@example.nl")
    assert fields(compare_feed(data, selection)) == {("tag:example.nl,2012:ĳs-en-café", "author")}


def test_mojibake_that_readers_repair_is_a_difference_with_a_hint():
    broken = entry("mojibake", title="CafÃ© in het sociaal domein")
    selection = Selection(feed=feed(broken), entries=(broken,))
    differences = compare_feed(rss.render(selection), selection)
    assert [(d.field, d.got) for d in differences] == [("title", "Café in het sociaal domein")]
    assert "write 'Café in het sociaal domein' in the store" in differences[0].render()


@pytest.mark.parametrize(("fmt", "old", "new"), [
    ("atom", "<updated>2013-01-02T03:04:05+01:00</updated>\n  <author", "<updated>2013-01-02T03:04:05Z</updated>\n  <author"),
    ("rss", "<lastBuildDate>Wed, 02 Jan 2013 03:04:05 +0100", "<lastBuildDate>Wed, 02 Jan 2013 03:04:06 +0100"),
])
def test_the_feeds_own_date_is_compared(fmt, old, new):
    data, selection = tampered(fmt, old, new)
    assert ("(feed)", "updated") in fields(compare_feed(data, selection))


# --- JSON Feed --------------------------------------------------------------------------

from feedtool.build.readback import ExpectedPage, compare_json_feed, compare_page  # noqa: E402
from feedtool.generate import jsonfeed, page  # noqa: E402


def json_fields(data: bytes, selection) -> set[tuple[str, str]]:
    return fields(compare_json_feed(data, selection))


def test_a_rendered_json_feed_reads_back_without_differences():
    selection = rich_selection()
    assert compare_json_feed(jsonfeed.render(selection), selection) == []


def test_json_feed_tampering_is_caught_by_the_strict_reading_and_by_fastfeedparser():
    selection = rich_selection()
    data = jsonfeed.render(selection)
    changed_title = data.replace(b'"title": "Bericht kaal"', b'"title": "Bericht kaal!"')
    assert json_fields(changed_title, selection) == {("tag:example.nl,2012:kaal", "title"),
                                                     ("tag:example.nl,2012:kaal", "title (fastfeedparser)")}
    same_instant_other_offset = data.replace(b'"date_published": "2012-07-01T08:00:00+02:00"',
                                             b'"date_published": "2012-07-01T06:00:00+00:00"')
    assert json_fields(same_instant_other_offset, selection) == {("tag:example.nl,2012:english", "published")}
    lost_tag = data.replace(b'"wmo",\n        "jeugdzorg"', b'"wmo"')
    assert ("tag:example.nl,2012:ĳs-en-café", "tags (fastfeedparser)") in json_fields(lost_tag, selection)


def test_json_feed_that_is_not_json_or_not_an_object_is_one_difference():
    selection = rich_selection()
    assert json_fields(b"{broken", selection) == {("(feed)", "well-formedness")}
    assert json_fields(b"[]", selection) == {("(feed)", "format")}


def test_json_feed_with_an_item_missing_is_an_entries_difference():
    selection = rich_selection()
    data = jsonfeed.render(Selection(selection.feed, selection.entries[:-1]))
    assert ("(feed)", "entries") in json_fields(data, selection)
    assert ("(feed)", "entries (fastfeedparser)") in json_fields(data, selection)


# --- the subscribe page -----------------------------------------------------------------

FEEDS = (page.FeedLink("Atom", "application/atom+xml", "https://www.example.nl/atom.xml"),)


def expected_page(selection) -> ExpectedPage:
    return ExpectedPage("nl", selection.feed.title, FEEDS, tuple((e.title, e.link) for e in selection.entries),
                        (page.TagFeeds("wmo", 1, (page.FeedLink("Atom", "application/atom+xml",
                                                                "https://www.example.nl/tags/wmo/atom.xml"),)),))


def test_the_page_reads_back_with_its_links_entries_and_tag_feeds():
    selection = rich_selection()
    expected = expected_page(selection)
    data = page.render(selection.feed, selection.entries, expected.feeds, expected.tags)
    assert compare_page(data, expected) == []
    no_tag_link = data.replace(b'href="https://www.example.nl/tags/wmo/atom.xml"', b'href="#"')
    assert fields(compare_page(no_tag_link, expected)) == {("(page)", "feed links")}
    no_discovery = data.replace(b'<link rel="alternate"', b'<link rel="x"')
    assert fields(compare_page(no_discovery, expected)) == {("(page)", "autodiscovery links")}
    other_title = data.replace("Bericht kaal".encode(), b"Bericht anders")
    assert fields(compare_page(other_title, expected)) == {("(page)", "entries")}


# --- the feed's icons ---------------------------------------------------------------------




def with_icons():
    selection = rich_selection()
    made = dataclasses.replace(selection.feed, icon="https://www.example.nl/icon-512.png",
                               favicon="https://www.example.nl/favicon-64.png")
    return Selection(made, selection.entries)


@pytest.mark.parametrize("render", [atom.render, rss.render], ids=["atom", "rss"])
def test_icons_read_back_in_the_xml_feeds(render):
    selection = with_icons()
    data = render(selection)
    assert compare_feed(data, selection) == []
    other = data.replace(b"icon-512.png", b"icon-256.png")
    assert ("(feed)", "icon") in fields(compare_feed(other, selection))


def test_icons_read_back_in_the_json_feed():
    selection = with_icons()
    data = jsonfeed.render(selection)
    assert compare_json_feed(data, selection) == []
    assert json_fields(data.replace(b"favicon-64", b"favicon-32"), selection) == {("(feed)", "favicon")}
