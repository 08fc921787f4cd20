"""RSS 1.0 and RSS 0.90 rules (the <rdf:RDF> formats): one small fixture per rule, each with exactly
the findings it should give. Each fixture's findings are W3C's (checked with its validator)."""

from __future__ import annotations

from pathlib import Path

import pytest

from feedtool.validate import namespaces, rdf
from feedtool.validate.detect import detect_format
from feedtool.validate.document import Document
from feedtool.validate.xml import parse_xml

FIXTURES = Path(__file__).parent / "fixtures" / "validate" / "rdf"

# fixture -> the (severity, code) pairs the namespace layer and the RDF rules report, and nothing else.
EXPECTED: dict[str, set[tuple[str, str]]] = {
    "valid.rdf": set(),  # channel, image, items, textinput, dc:, sy:, content:encoded
    "rss090_valid.rdf": set(),
    "channel_without_items.rdf": {("error", "MissingElement")},  # a channel with rdf:about lists its items
    "channel_in_another_namespace.rdf": {("error", "MissingElement"), ("warning", "UnknownNamespace")},  # no RSS channel at all
    "item_without_link.rdf": {("error", "MissingElement")},
    "rss090_item_without_title.rdf": {("error", "MissingElement")},
    "item_without_about.rdf": {("error", "MissingAttribute")},
    "item_about_repeated.rdf": {("error", "DuplicateValue")},
    "item_rss2_element.rdf": {("error", "UndefinedElement")},  # pubDate is RSS 2.0's; RSS 1.0 has dc:date
    "image_description.rdf": {("error", "UndefinedElement")},  # an RSS 1.0 image has a title, url and link only
    "module_element_in_item.rdf": {("error", "UndefinedElement")},  # cp:server describes the channel
    "module_values_invalid.rdf": {("error", "InvalidW3CDTFDate"), ("error", "InvalidUpdatePeriod"), ("error", "InvalidPositiveInteger")},
    "dc_unknown_element.rdf": {("error", "UndefinedElement")},  # Dublin Core has dc:creator, no dc:author
    # RDF/XML's grammar: a property (the channel's <image>, <items>) holds text, one node, or rdf:resource
    "channel_image_inline.rdf": {("error", "InvalidRDF")},  # the image written out inside the channel
    "channel_image_incomplete.rdf": {("error", "MissingTitle"), ("error", "MissingLink")},  # one child is RDF; the image needs all three
    "items_without_seq.rdf": {("error", "InvalidRDF"), ("error", "UndefinedElement")},  # rdf:li outside a container
    "items_li_without_resource_valid.rdf": set(),  # an empty rdf:li is RDF (an empty literal), if useless
    "channel_textinput_valid.rdf": set(),  # a channel with rdf:about may carry a textinput of RSS 1.0's making
}


def rdf_findings(name: str):
    data = (FIXTURES / name).read_bytes()
    parsed = parse_xml(data)
    assert parsed.root is not None, f"{name} must be well-formed: {parsed.findings}"
    declared = namespaces.declarations(data, parsed.root, parsed.encoding)
    fmt, version = detect_format(parsed.root)
    assert fmt in ("rss10", "rss090")
    return list(namespaces.check(declared)) + list(rdf.check(Document(data=data, root=parsed.root, format=fmt, version=version)))


def test_every_fixture_has_an_expectation():
    assert {p.name for p in FIXTURES.glob("*.rdf")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_gives_exactly_the_expected_findings(name):
    found = {(f.severity, f.code) for f in rdf_findings(name) if f.severity != "info"}
    assert found == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if e))
def test_findings_have_a_line_and_a_message(name):
    for finding in rdf_findings(name):
        assert finding.line is not None and finding.line >= 1, finding
        assert len(finding.text()) > 20, finding


def test_elements_are_named_without_the_namespace_uri():
    (finding,) = [f for f in rdf_findings("image_description.rdf") if f.code == "UndefinedElement"]
    assert "<description>" in finding.text() and "<image>" in finding.text() and "RSS 1.0" in finding.text()


def test_missing_elements_name_what_is_missing():
    (finding,) = [f for f in rdf_findings("channel_without_items.rdf") if f.code == "MissingElement"]
    assert "<items>" in finding.text()
    (finding,) = [f for f in rdf_findings("rss090_item_without_title.rdf") if f.code == "MissingElement"]
    assert "<title>" in finding.text() and finding.line == 8
