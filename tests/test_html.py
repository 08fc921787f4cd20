"""HTML carried in feeds: one fixture per behaviour, with exactly the findings it should give."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from feedtool.validate.html import check_html, check_xhtml, is_relative, looks_like_html

FIXTURES = Path(__file__).parent / "fixtures" / "validate" / "html"

EXPECTED: dict[str, set[str]] = {
    "clean.html": set(),
    "safe_style.html": set(),
    "not_relative.html": set(),
    "plain_text.html": {"NotHtml"},  # "3 < 4" and "AT&T" are not HTML: the HTML is "3 &lt; 4", "AT&amp;T"
    "script.html": {"SecurityRisk"},
    "iframe.html": {"SecurityRisk"},
    "object.html": {"SecurityRisk"},
    "javascript_url.html": {"SecurityRisk"},
    "onclick.html": {"SecurityRiskAttr"},
    "dangerous_style.html": {"DangerousStyleAttr"},
    "style_shorthand_odd_value.html": {"DangerousStyleAttr"},
    "style_shorthand_plain.html": set(),
    "relative_href.html": {"ContainsRelRef"},
    "relative_src.html": {"ContainsRelRef"},
    "relative_srcset.html": set(),  # readers (and W3C) resolve a link's href and an image's src; srcset is not judged
    "relative_poster.html": set(),
    "truncated.html": {"NotHtml"},
    "control_reference.html": {"NotHtml"},
    "processing_instruction.html": {"SecurityRisk", "NotHtml"},
    "bare_ampersand.html": {"NotHtml"},
    "unexpected_end_tag.html": {"NotHtml"},
    "unclosed_element.html": {"NotHtml"},
    "broken_html_hides_the_rest.html": {"NotHtml"},  # a script after a parse error: readers repair first, then strip
    "relative_fragment.html": {"ContainsRelRef"},  # "#noot1" resolves against the reader's page, not the post
    "relative_invalid_character.html": {"InvalidUriChar"},
    "unknown_element.html": {"NotHtml"},
    "unclosed_comment.html": {"NotHtml"},
}


def findings(name: str, **kwargs):
    return list(check_html((FIXTURES / name).read_text(encoding="utf-8"), **{"parse": True, **kwargs}))


def test_every_fixture_has_an_expectation():
    assert {p.name for p in FIXTURES.glob("*.html")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_gives_exactly_the_expected_codes(name):
    assert {f.code for f in findings(name)} == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if e and e != {"InvalidUriChar"}))
def test_html_findings_are_warnings_with_a_fix(name):
    for finding in findings(name, where="description"):
        assert finding.severity == "warning"
        assert finding.text().startswith("description: ")


def test_a_relative_url_with_a_character_no_uri_holds_is_an_error():
    (finding,) = findings("relative_invalid_character.html", where="description")
    assert finding.severity == "error" and "' '" in finding.text()


def test_line_comes_from_the_element():
    element = etree.fromstring(b"<rss>\n<description>x</description></rss>")[0]
    (finding,) = findings("script.html", element=element)
    assert finding.line == 2


def test_relative_urls_can_be_allowed_when_a_base_is_honoured():
    assert findings("relative_href.html", relative_ok=True) == []


def test_unknown_elements_can_be_a_security_risk_for_inline_xhtml():
    assert {f.code for f in findings("unknown_element.html", unknown="SecurityRisk")} == {"SecurityRisk"}


def test_each_problem_is_reported_once():
    text = '<a href="a">1</a><a href="a">2</a><script></script><script></script>'
    codes = [f.code for f in check_html(text, parse=True)]
    assert sorted(codes) == ["ContainsRelRef", "SecurityRisk"]


@pytest.mark.parametrize(
    ("url", "relative"),
    [("a.html", True), ("/a", True), ("../a", True), ("https://x.nl/", False), ("//x.nl/", False), ("#top", False), ("mailto:a@x.nl", False), ("", False)],
)
def test_is_relative(url, relative):
    assert is_relative(url) is relative


@pytest.mark.parametrize(
    ("text", "html"),
    [("<b>vet</b>", True), ("&copy; 2012", True), ("Lo&#239;c", True), ("AT&amp;T", False), ("3 < 4", False), ("gewoon", False)],
)
def test_looks_like_html(text, html):
    assert looks_like_html(text) is html


XHTML_BODY = b"""<body xmlns="http://www.w3.org/1999/xhtml" xmlns:x="https://example.nl/x">
<p style="color: red">Tekst <a href="/relatief" onclick="x()">link</a></p>
<script>alert(1)</script>
<widget/><x:gadget/>
<p xml:lang="nl">Goed</p>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="red"/></svg>
</body>"""


def test_inline_xhtml_is_checked_element_by_element():
    # widget is in the XHTML namespace but not HTML; x:gadget is another vocabulary, left alone; svg is fine
    body = etree.fromstring(XHTML_BODY)
    found = {(f.code, f.line) for f in check_xhtml(body, where="xhtml:body")}
    assert found == {("ContainsRelRef", 2), ("SecurityRiskAttr", 2), ("SecurityRisk", 3), ("SecurityRisk", 4)}


def test_clean_inline_xhtml_has_no_findings():
    body = etree.fromstring(b'<div xmlns="http://www.w3.org/1999/xhtml"><p>Een <a href="https://example.nl/">link</a> en <em>nadruk</em>.</p></div>')
    assert list(check_xhtml(body)) == []


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(list("<>/=\"' &#;abcpx:-\n") + ["<a href=", "<script>", "<p>", "&#x92;", "<?", "<!--", "style=", "onclick="]), max_size=40))
def test_any_text_gives_warnings_never_an_exception(pieces):
    text = "".join(pieces)
    for finding in check_html(text, where="description", parse=True):
        expected = "error" if finding.code == "InvalidUriChar" else "warning"  # a link that no URI can be
        assert finding.severity == expected and finding.code in {
            "NotHtml", "SecurityRisk", "SecurityRiskAttr", "DangerousStyleAttr", "ContainsRelRef", "InvalidUriChar"}


# Untrusted feeds: markup that never closes must cost a scan, not a scan per "<" (these took
# seconds to minutes with the first, quadratic, patterns; now milliseconds).
@pytest.mark.parametrize("piece", ["<a b=c ", '<a b="c" ', "<a b ", "<!--", "<![CDATA[", "<!x", "<?x", "<b"])
def test_unclosed_markup_is_reported_in_one_pass(piece):
    findings = list(check_html(piece * 5000, where="description", parse=True))
    assert [f.code for f in findings] == ["NotHtml"]
