#!/usr/bin/env python3
"""Time the XML and RSS rule layers on a generated RSS 2.0 feed against a bare lxml parse.

Usage: python bench/rss_bench.py [--items 10000] [--repeat 3]

The budget (issue 3): XML + rule layers within 15x `lxml.etree.fromstring` of the same bytes.
Each item carries escaped HTML in description and content:encoded, so the HTML checks
(feedtool/validate/html.py) are part of the measurement. Best of --repeat runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lxml import etree  # noqa: E402

from bench.validate_bench import best  # noqa: E402
from feedtool.validate import rss  # noqa: E402
from feedtool.validate.detect import detect_format  # noqa: E402
from feedtool.validate.document import Document  # noqa: E402
from feedtool.validate.xml import parse_xml  # noqa: E402

ITEM = """<item><title>Bericht {i} over zaakgericht werken</title><link>https://blog.example.nl/{i}</link>
<guid>https://blog.example.nl/{i}</guid><pubDate>Fri, 21 Dec 2012 10:00:00 +0100</pubDate>
<author>redactie@example.nl (Redactie)</author><category>zaken</category>
<description>&lt;p&gt;Een &lt;a href="https://blog.example.nl/{i}"&gt;samenvatting&lt;/a&gt; met &lt;em&gt;nadruk&lt;/em&gt;
en &lt;img src="https://blog.example.nl/{i}.png" alt="plaatje"&gt;. {text}&lt;/p&gt;</description>
<content:encoded>&lt;p&gt;{text}&lt;/p&gt;&lt;p&gt;{text}&lt;/p&gt;</content:encoded></item>
"""


def make_feed(items: int) -> bytes:
    text = "De decentralisaties in het sociaal domein vragen om zaakgericht werken. " * 6
    head = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Blog</title>'
        "<link>https://blog.example.nl/</link><description>Sociaal domein</description>"
        '<atom:link rel="self" href="https://blog.example.nl/rss.xml" type="application/rss+xml"/>\n'
    )
    return (head + "".join(ITEM.format(i=i, text=text) for i in range(items)) + "</channel></rss>\n").encode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    data = make_feed(args.items)

    def layers() -> int:
        parsed = parse_xml(data)
        fmt, version = detect_format(parsed.root)
        return len(list(rss.check(Document(data=data, root=parsed.root, format=fmt, version=version))))

    bare = best(lambda: etree.fromstring(data), args.repeat)
    full = best(layers, args.repeat)
    print(f"feed: {args.items} items, {len(data) / 1e6:.1f} MB; findings: {layers()}")
    print(f"lxml.etree.fromstring: {bare:.3f} s")
    print(f"XML + RSS rule layers: {full:.3f} s = {full / bare:.1f}x (budget 15x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
