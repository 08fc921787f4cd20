"""The subscribe page: Dutch by default, escaped, autodiscovery links, no script, dates written out."""

from __future__ import annotations

from datetime import datetime

from feedfactory import AMSTERDAM, entry, feed
from feedtool.generate import page

FEEDS = (page.FeedLink("Atom", "application/atom+xml", "https://www.example.nl/atom.xml"),
         page.FeedLink("RSS", "application/rss+xml", "https://www.example.nl/rss.xml"),
         page.FeedLink("JSON Feed", "application/feed+json", "https://www.example.nl/feed.json"))


def html(made=None, entries=None, tags=()) -> str:
    made = made or feed(entry("a", published=datetime(2012, 11, 22, 10, 0, tzinfo=AMSTERDAM)))
    return page.render(made, made.entries if entries is None else entries, FEEDS, tags).decode("utf-8")


def test_a_dutch_html5_page_that_a_phone_can_read():
    text = html()
    assert text.startswith('<!DOCTYPE html>\n<html lang="nl">')
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in text
    assert "<title>Zaakgericht werken: abonneren</title>" in text
    assert "Wat is een feed?" in text and "<script" not in text
    assert '<time datetime="2012-11-22T10:00:00+01:00">22 november 2012</time>' in text
    assert "width:" not in text.replace("max-width", "")  # no fixed widths


def test_autodiscovery_links_for_every_format():
    text = html()
    for link in FEEDS:
        assert (f'<link rel="alternate" type="{link.media_type}" title="Zaakgericht werken ({link.label})" '
                f'href="{link.url}">') in text


def test_every_store_value_is_escaped():
    hostile = '"><script>alert(1)</script>&amp;'
    made = feed(entry("x", title=hostile, link="https://www.example.nl/x/?a=1&b=\"2\""), title=hostile,
                subtitle=hostile)
    tags = (page.TagFeeds(hostile, 1, FEEDS),)
    text = html(made, tags=tags)
    assert "<script>" not in text
    assert "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;" in text
    assert 'href="https://www.example.nl/x/?a=1&amp;b=&quot;2&quot;"' in text


def test_english_words_for_an_english_feed_and_lang_kept_for_other_languages():
    english = feed(entry("a", published=datetime(2012, 11, 22, 10, 0, tzinfo=AMSTERDAM)), language="en-GB")
    text = html(english)
    assert '<html lang="en">' in text and "What is a feed?" in text and "22 November 2012" in text
    german = feed(entry("a"), language="de-DE")
    text = html(german)
    assert '<html lang="nl">' in text and '<h1 lang="de-DE">' in text


def test_tags_are_listed_with_their_count_and_feeds():
    text = html(tags=(page.TagFeeds("sociaal domein", 1, FEEDS), page.TagFeeds("wmo", 3, FEEDS)))
    assert "<strong>sociaal domein</strong> (1 bericht):" in text
    assert "<strong>wmo</strong> (3 berichten):" in text


def test_written_dates_the_dutch_and_the_english_way():
    moment = datetime(2012, 3, 1, tzinfo=AMSTERDAM)
    assert page.written_date(moment, page.DUTCH) == "1 maart 2012"
    assert page.written_date(moment, page.ENGLISH) == "1 March 2012"
