"""The pipeline as a whole: select, render, read back; a publication of documents or an error naming each difference."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from feedfactory import AMSTERDAM, entry, feed
from feedtool.build import BuildOptions, build_feed, renderers
from feedtool.errors import RoundTripError
from feedtool.generate import rss

NOW = datetime(2013, 1, 1, 12, 0, tzinfo=AMSTERDAM)


def at(day: int) -> datetime:
    return datetime(2012, 12, day, 10, 0, tzinfo=AMSTERDAM)


def test_a_publication_holds_every_document_read_back_in_a_fixed_order():
    publication = build_feed(feed(entry("a", published=at(1)), entry("b", published=at(2))), BuildOptions(NOW))
    assert publication.paths == ("atom.xml", "feed.json", "index.html", "rss.xml")
    assert [d.media_type for d in publication.documents] == [
        "application/atom+xml", "application/feed+json", "text/html; charset=utf-8", "application/rss+xml"]
    assert [d.kind for d in publication.documents] == ["atom", "jsonfeed", "subscribe-page", "rss"]
    assert b"<feed" in publication.document("atom.xml").data and b"<rss" in publication.document("rss.xml").data
    assert [e.slug for e in publication.selection.entries] == ["b", "a"]


def test_tag_feeds_follow_the_main_feed_in_their_own_folders():
    publication = build_feed(feed(entry("a", published=at(1), tags=("Sociaal domein",)),
                                  entry("b", published=at(2), tags=("sociaal-domein", "Wmo"))), BuildOptions(NOW))
    assert publication.paths[4:] == ("tags/sociaal-domein/atom.xml", "tags/sociaal-domein/feed.json",
                                     "tags/sociaal-domein/rss.xml", "tags/wmo/atom.xml", "tags/wmo/feed.json",
                                     "tags/wmo/rss.xml")
    assert [d.entries for d in publication.documents[4:]] == [2, 2, 2, 1, 1, 1]


def test_switches_leave_out_tag_feeds_and_the_page():
    made = feed(entry("a", published=at(1), tags=("wmo",)))
    publication = build_feed(made, BuildOptions(NOW, tag_feeds=False, subscribe_page=False))
    assert publication.paths == ("atom.xml", "feed.json", "rss.xml")
    from_store = build_feed(dataclasses.replace(made, tag_feeds=False, subscribe_page=False), BuildOptions(NOW))
    assert from_store.paths == publication.paths


def test_a_document_that_does_not_read_back_fails_the_build_with_one_line_per_difference(monkeypatch):
    tampering = dataclasses.replace(
        renderers.RSS, render_selection=lambda s: rss.render(s).replace(b"Bericht a", b"Bericht b"))
    monkeypatch.setattr(renderers, "RENDERERS",
                        tuple(tampering if r is renderers.RSS else r for r in renderers.RENDERERS))
    with pytest.raises(RoundTripError) as info:
        build_feed(feed(entry("a", published=at(1), tags=("wmo",))), BuildOptions(NOW))
    assert info.value.exit_code == 4
    assert [str(d) for d in info.value.details] == [
        "rss.xml: tag:example.nl,2012:a: title: expected 'Bericht a', got 'Bericht b'",
        "tags/wmo/rss.xml: tag:example.nl,2012:a: title: expected 'Bericht a', got 'Bericht b'",
    ]
    assert "nothing was written" in str(info.value)
