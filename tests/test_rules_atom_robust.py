"""The Atom rules never fail on odd input: any tree of Atom (and other) elements gets findings, not a traceback."""

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from feedtool.validate import atom
from feedtool.validate.document import Document

ATOM = "http://www.w3.org/2005/Atom"
NAMES = [
    "feed", "entry", "source", "title", "subtitle", "summary", "content", "rights", "id", "updated", "published",
    "author", "contributor", "name", "email", "uri", "link", "category", "generator", "icon", "logo", "bogus",
]  # fmt: skip
TAGS = [f"{{{ATOM}}}{name}" for name in NAMES] + [
    "{http://www.w3.org/1999/xhtml}div", "{http://www.w3.org/1999/xhtml}p", "{http://purl.org/dc/elements/1.1/}date",
    "{https://example.nl/ns}x", "plain",
]  # fmt: skip
ATTRIBUTES = ["type", "src", "href", "rel", "hreflang", "length", "term", "scheme", "label", "uri", "version", "mode",
              "{http://www.w3.org/XML/1998/namespace}lang", "{http://www.w3.org/XML/1998/namespace}base"]
TEXT = st.sampled_from(["", " ", "text", "html", "xhtml", "image/png", "2024-02-30T00:00:00Z", "tag:x,2024:y", "urn:uuid:1",
                        "a b", "%", "&lt;b&gt;", "<", "nl_NL", "-1", "http://[::1]/", "http://[", "self", "alternate",
                        "multipart/mixed", "iVBORw0KGgo=", "text/html", "application/xhtml+xml"])


@st.composite
def trees(draw, depth=0):
    element = etree.Element(draw(st.sampled_from(TAGS)))
    for key in draw(st.lists(st.sampled_from(ATTRIBUTES), max_size=3, unique=True)):
        element.set(key, draw(TEXT))
    element.text = draw(TEXT)
    if depth < 3:
        for child in draw(st.lists(trees(depth=depth + 1), max_size=4)):
            child.tail = draw(TEXT)
            element.append(child)
    return element


@settings(max_examples=100, deadline=None)
@given(trees(), st.sampled_from(["feed", "entry"]), st.sampled_from([None, "https://example.nl/feed.atom", "http://[::1]/"]))
def test_rules_return_findings_for_any_tree(body, root_name, url):
    root = etree.Element(f"{{{ATOM}}}{root_name}")
    root.append(body)
    data = etree.tostring(root)
    reparsed = etree.fromstring(data)  # with source lines, as the validator sees it
    findings = list(atom.check(Document(data=data, root=reparsed, format="atom", base_url=url)))
    assert all(f.code and f.text() and f.severity in {"error", "warning", "info"} for f in findings)
