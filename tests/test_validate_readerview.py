"""Layer 6: feedparser's reading compared with the strict one."""

from pathlib import Path

from feedtool.validate.engine import validate_bytes

CORE = Path(__file__).parent / "fixtures" / "validate" / "core"


def reader_findings(data: bytes):
    return {f.code: f for f in validate_bytes(data).findings if f.code.startswith("Reader")}


def rss_item(inner: str, channel_extra: str = "") -> bytes:
    return (
        '<rss version="2.0"><channel><title>t</title><link>https://example.org/</link><description>d</description>'
        f"{channel_extra}<item>{inner}</item></channel></rss>"
    ).encode()


def test_valid_feeds_read_the_same():
    for name in ("valid-rss.xml", "valid-atom.xml", "atom-entry-document.xml"):
        assert reader_findings((CORE / name).read_bytes()) == {}, name


def test_dutch_date_is_unreadable_for_feedparser():
    finding = reader_findings((CORE / "dutch-date.xml").read_bytes())["ReaderDateUnreadable"]
    assert "vr, 21 dec 2012" in finding.text()
    assert finding.line == 7  # the <item>


def test_double_encoded_title_reads_differently():
    finding = reader_findings((CORE / "double-encoded.xml").read_bytes())["ReaderTitleDiffers"]
    assert "Café" in finding.text() or "Caf" in finding.text()


def test_items_outside_the_channel_structure_are_invented_entries():
    data = rss_item("<title>a</title><guid>g1</guid>", channel_extra='<x:wrap xmlns:x="urn:x"><item><title>hidden</title></item></x:wrap>')
    found = reader_findings(data)
    assert found["ReaderEntryCount"].severity == "warning"  # nothing lost: the reader shows one entry too many
    assert "2 entries" in found["ReaderEntryCount"].text() and "invent" in found["ReaderEntryCount"].text()
    assert "ReaderTitleDiffers" not in found  # entries are matched by id, not by position


def test_link_feedparser_does_not_take():
    data = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x:f</id><updated>2020-01-01T00:00:00Z</updated>'
        '<entry><id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id><title>x</title><updated>2020-01-01T00:00:00Z</updated>'
        '<link type="text/html; charset=utf-8" href="https://example.org/a"/></entry></feed>'
    ).encode()
    finding = reader_findings(data)["ReaderLinkDiffers"]
    assert "https://example.org/a" in finding.text()


def test_same_instant_in_another_zone_is_not_a_difference():
    data = rss_item("<title>a</title><pubDate>Fri, 21 Dec 2012 10:00:00 +0100</pubDate>")
    assert "ReaderDateDiffers" not in reader_findings(data)
    assert "ReaderDateUnreadable" not in reader_findings(data)


def test_reader_layer_can_be_switched_off():
    data = (CORE / "dutch-date.xml").read_bytes()
    assert not any(f.code.startswith("Reader") for f in validate_bytes(data, reader_view=False).findings)
    assert not any(f.code.startswith("Reader") for f in validate_bytes(data, ignore={"Reader"}).findings)


def test_not_run_after_a_refused_doctype():
    data = b'<!DOCTYPE rss [<!ENTITY s SYSTEM "file:///etc/hostname">]>' + rss_item("<title>&s;</title>")
    codes = {f.code for f in validate_bytes(data).findings}
    assert "ContainsSystemEntity" in codes
    assert not any(code.startswith("Reader") for code in codes)


def atom_with_dc_date(dc_date: str) -> bytes:
    data = (CORE / "valid-atom.xml").read_bytes()
    data = data.replace(b'xml:lang="nl"', b'xml:lang="nl" xmlns:dc="http://purl.org/dc/elements/1.1/"')
    return data.replace(b"<summary>", f"<dc:date>{dc_date}</dc:date>\n    <summary>".encode())


def test_an_unreadable_dc_date_is_named_not_the_valid_updated():
    finding = reader_findings(atom_with_dc_date("vr, 21 dec 2012"))["ReaderDateUnreadable"]
    assert "dc:date" in finding.text() and "vr, 21 dec 2012" in finding.text()
    assert "<updated>" in finding.text()  # the element readers did not use
    assert "cannot read the date '2012-12-21" not in finding.text()


def test_a_dc_date_that_overrides_updated_is_named():
    finding = reader_findings(atom_with_dc_date("2013-01-01"))["ReaderDateDiffers"]
    assert "dc:date" in finding.text() and "'2013-01-01'" in finding.text() and "2013-01-01T00:00:00+00:00" in finding.text()


def test_a_dc_date_equal_to_updated_is_no_difference():
    assert reader_findings(atom_with_dc_date("2012-12-21T10:00:00+01:00")) == {}


def test_utf16_with_byte_order_mark_and_declaration_reads_the_same():
    body = (CORE / "valid-rss.xml").read_text(encoding="utf-8").replace('encoding="utf-8"', 'encoding="utf-16"')
    report = validate_bytes(body.encode("utf-16"))
    assert report.encoding == "utf-16" and report.valid
    assert reader_findings(body.encode("utf-16")) == {}


def test_utf16_without_declaration_that_feedparser_misreads_says_how_to_fix_it():
    # legal XML (the byte order mark decides), but feedparser 6 reads these bytes as UTF-8 and loses every entry
    body = (CORE / "valid-rss.xml").read_text(encoding="utf-8").split("\n", 1)[1]
    found = reader_findings(body.encode("utf-16"))
    assert found["ReaderEntryCount"].severity == "error"  # every entry lost
    assert 'encoding="utf-16"' in found["ReaderEntryCount"].text()


ATOM_HEAD = (
    '<feed xmlns="http://www.w3.org/2005/Atom"{attrs}><title>t</title><id>https://example.org/</id>'
    '<updated>2024-01-01T00:00:00Z</updated><author><name>A</name></author>'
    '<link rel="self" href="https://example.org/atom.xml"/>{entries}</feed>'
)
RSS_HEAD = (
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
    '<channel><title>t</title><link>https://example.org/</link><description>d</description>'
    '<atom:link rel="self" href="https://example.org/rss.xml" type="application/rss+xml"/>{items}</channel></rss>'
)


def atom_entry(inner: str, n: int = 1) -> str:
    return f"<entry><id>https://example.org/{n}</id><updated>2024-01-01T00:00:00Z</updated>{inner}</entry>"


UNUSUAL_BUT_VALID = {
    "atom xhtml content": ATOM_HEAD.format(attrs="", entries=atom_entry(
        '<title>x</title><link href="https://example.org/1"/><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
        '<p>a <b>b</b> &amp; <a href="https://example.org/">c</a></p></div></content>')),
    "atom xhtml and html titles": ATOM_HEAD.format(attrs="", entries=atom_entry(
        '<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>b</b></div></title><link href="https://example.org/1"/><summary>s</summary>')
        + atom_entry('<title type="html">A &amp;amp; &lt;b&gt;b&lt;/b&gt;</title><link href="https://example.org/2"/><summary>s</summary>', 2)),
    "atom CDATA and character references": ATOM_HEAD.format(attrs="", entries=atom_entry(
        '<title><![CDATA[A & B <c>]]> &#233; &#x2014;</title><link href="https://example.org/1"/>'
        '<summary type="html"><![CDATA[<p>x &amp; y</p>]]></summary>')),
    "atom relative links under xml:base": ATOM_HEAD.format(attrs=' xml:base="https://example.org/"', entries=atom_entry(
        '<title>x</title><link href="posts/1"/><summary>s</summary>')),
    "atom with a stylesheet and a comment": '<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet href="s.css" type="text/css"?>\n<!-- made by hand -->\n'
        + ATOM_HEAD.format(attrs="", entries=atom_entry('<title>x</title><link href="https://example.org/1"/><summary>s</summary>')),
    "atom dates with offsets and fractions": ATOM_HEAD.format(attrs="", entries=atom_entry(
        '<title>x</title><link href="https://example.org/1"/><summary>s</summary><published>2024-01-01T01:00:00.5+01:00</published>')),
    "rss without guids": RSS_HEAD.format(items='<item><title>a</title><link>https://example.org/1</link><description>x</description></item>'
        '<item><title>b</title><link>https://example.org/2</link><description>y</description></item>'),
    "rss dc:date instead of pubDate": RSS_HEAD.format(items='<item><title>a</title><link>https://example.org/1</link>'
        '<description>x</description><guid>https://example.org/1</guid><dc:date>2024-01-01T00:00:00+01:00</dc:date></item>'),
    "rss CDATA, entities, only a description": RSS_HEAD.format(items='<item><title><![CDATA[A & B]]> &#233;</title><link>https://example.org/1</link>'
        '<description><![CDATA[<p>x</p>]]></description><guid isPermaLink="false">a-1</guid></item>'
        '<item><description>only text</description><guid isPermaLink="false">a-2</guid></item>'),
}


def test_unusual_but_valid_feeds_get_nothing_from_the_reader_view():
    for name, text in UNUSUAL_BUT_VALID.items():
        report = validate_bytes(text.encode())
        assert report.valid, (name, report.findings)
        assert reader_findings(text.encode()) == {}, name
