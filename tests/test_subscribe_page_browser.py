"""The subscribe page in a real browser (headless Debian Chromium): what a visitor sees, on a desk and on a phone.

Skips with a message where Chromium cannot be had (.ci/run installs it). With
FEEDTOOL_UPDATE_SCREENSHOTS=1 the screenshot is also saved as docs/subscribe-page.png.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from lxml import html as lxml_html

from browser_support import dump_dom, png_size, require_chromium, screenshot
from feedtool.cli import main

ROOT = Path(__file__).resolve().parent.parent
NOW = "2013-06-01T12:00:00+02:00"
SCREENSHOT = ROOT / "docs" / "subscribe-page.png"


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    require_chromium()
    base = tmp_path_factory.mktemp("page")
    store = base / "entries"
    shutil.copytree(ROOT / "entries", store, ignore=shutil.ignore_patterns("_published.json"))
    with pytest.raises(SystemExit) as info:
        main(["build", "--store", str(store), "--out", str(base / "public"), "--now", NOW, "--quiet"])
    assert info.value.code == 0
    return base / "public"


def test_the_rendered_page_shows_title_entries_feeds_and_autodiscovery(published):
    dom = lxml_html.document_fromstring(dump_dom(published / "index.html"))
    assert dom.get("lang") == "nl"
    assert dom.findtext(".//title") == "Blog van Rens Meijkamp: abonneren"
    assert dom.findtext(".//h1") == "Blog van Rens Meijkamp"
    discovery = [(l.get("type"), l.get("href")) for l in dom.iter("link") if l.get("rel") == "alternate"]
    assert discovery == [("application/atom+xml", "https://www.example.nl/atom.xml"),
                         ("application/rss+xml", "https://www.example.nl/rss.xml"),
                         ("application/feed+json", "https://www.example.nl/feed.json")]
    entries = [(a.text_content(), a.get("href")) for a in dom.findall(".//ol[@class='entries']/li/a")]
    assert len(entries) == 6
    assert ("De ijsberg", "https://www.example.nl/de-ijsberg/") in entries
    dates = [t.text_content() for t in dom.findall(".//ol[@class='entries']/li/time")]
    assert "22 november 2012" in dates and all(re.fullmatch(r"\d{1,2} [a-z]+ \d{4}", d) for d in dates)
    hrefs = {a.get("href") for a in dom.iter("a")}
    assert "https://www.example.nl/tags/sociaal-domein/atom.xml" in hrefs
    assert "Wat is een feed?" in dom.text_content()
    assert not dom.findall(".//script")


# Headless Chromium's window is at least 500 px wide, so the page is opened in a 360 px frame (a
# small phone) by a wrapper page whose script measures the frame's layout and writes the answer into
# its own DOM, which --dump-dom reads. The subscribe page itself has no script.
WRAPPER = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<iframe id="page" src="index.html" style="width:360px;height:740px;border:0"></iframe>
<script>
document.getElementById("page").addEventListener("load", function () {
  var doc = this.contentDocument.documentElement;
  document.body.setAttribute("data-width", String(this.contentWindow.innerWidth));
  document.body.setAttribute("data-scroll-width", String(doc.scrollWidth));
});
</script></body></html>"""


def test_nothing_is_wider_than_a_phone(published):
    wrapper = published / "phone.html"
    wrapper.write_text(WRAPPER, encoding="utf-8")
    try:
        dom = lxml_html.document_fromstring(dump_dom(wrapper, extra_args=("--allow-file-access-from-files",)))
    finally:
        wrapper.unlink()
    body = dom.find("body")
    assert body.get("data-width") == "360"
    assert int(body.get("data-scroll-width")) <= 360  # no horizontal scrolling


def test_a_screenshot_of_the_page(published, tmp_path):
    png = screenshot(published / "index.html", tmp_path / "subscribe-page.png", width=1000, height=1300)
    assert png_size(png) == (1000, 1300) and png.stat().st_size > 10_000  # a page, not a blank
    if os.environ.get("FEEDTOOL_UPDATE_SCREENSHOTS") == "1":
        shutil.copy(png, SCREENSHOT)
    assert SCREENSHOT.exists(), "docs/subscribe-page.png is missing: run with FEEDTOOL_UPDATE_SCREENSHOTS=1"
