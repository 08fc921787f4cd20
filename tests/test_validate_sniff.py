"""--skip-non-feeds decides by content: feeds (broken ones too) are validated, other documents passed over."""

import pytest

from feedtool.validate.sniff import looks_like_feed, what_it_is


@pytest.mark.parametrize("data", [
    b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>',
    b'\xef\xbb\xbf<!-- made by hand -->\n<!DOCTYPE rss [<!ENTITY x "y">]>\n<rss>',
    b'<feed xmlns="http://www.w3.org/2005/Atom">',
    b'<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">',
    b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    b'<rss version="2.0"><channel><title>broken &nbsp; entity',  # broken, but meant as a feed
    b'{"version": "https://jsonfeed.org/version/1.1", "title": "Blog", "items": []}',
    b'{"version": "https://jsonfeed.org/version/1", "items": [,]}',  # broken JSON Feed
    "<rss>".encode("utf-16"),
])
def test_feeds_are_feeds(data):
    assert looks_like_feed(data)


@pytest.mark.parametrize("data, says", [
    (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>', "<urlset>"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"/>', "<svg>"),
    (b'{"name": "site", "version": "1.0.0"}', "not a JSON Feed"),
    (b'[1, 2, 3]', "not a JSON Feed"),
    (b'just text', "neither XML nor JSON"),
])
def test_other_documents_are_not(data, says):
    assert not looks_like_feed(data) and says in what_it_is(data)
