"""Atom 1.0 rules: one fixture pair per rule (a valid and an invalid variant of a small feed)."""

from pathlib import Path

import pytest

from feedtool.validate.engine import validate_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "validate" / "atom"

# rule fixture -> the finding its invalid variant must produce (the valid variant has no error)
ERRORS = {
    "namespace": "MissingNamespace",
    "wrong-namespace": "InvalidNamespace",
    "feed-id": "MissingElement",
    "feed-title": "MissingElement",
    "feed-updated": "MissingElement",
    "feed-duplicate-title": "DuplicateElement",
    "entry-author": "MissingElement",
    "source-author": "MissingElement",
    "entry-id": "MissingElement",
    "entry-duplicate-updated-element": "DuplicateElement",
    "entry-document": "MissingElement",
    "content-or-alternate": "MissingContentOrAlternate",
    "missing-summary": "MissingSummary",
    "text-type": "InvalidTextType",
    "xhtml-div": "MissingXhtmlDiv",
    "text-markup": "UndefinedElement",
    "content-type": "InvalidMIMEType",
    "content-base64": "NotBase64",
    "content-composite-type": "InvalidMIMEType",
    "content-src-empty": "UnexpectedText",
    "person-name": "MissingElement",
    "person-email": "InvalidAddrSpec",
    "person-uri": "InvalidUriChar",
    "date-format": "InvalidRFC3339Date",
    "date-calendar": "InvalidRFC3339Date",
    "date-whitespace": "UnexpectedWhitespace",
    "id-relative": "InvalidFullLink",
    "id-tag": "InvalidTAG",
    "id-urn": "InvalidURN",
    "id-uuid": "InvalidUUID",
    "link-href": "MissingHref",
    "link-type": "InvalidMIMEType",
    "link-hreflang": "InvalidLanguage",
    "link-length": "InvalidNonNegativeInteger",
    "link-rel-iri": "MissingContentOrAlternate",  # the IANA IRI of "alternate" is "alternate"; another IRI is not
    "duplicate-alternate": "DuplicateAtomLink",
    "xml-lang": "InvalidLanguage",
    "xml-base": "InvalidUriChar",
    "duplicate-ids": "DuplicateIds",
    "undefined-element": "UndefinedElement",
    "unexpected-attribute": "UnexpectedAttribute",
    "misplaced-metadata": "MisplacedMetadata",
    "category-term": "MissingAttribute",
    "unexpected-text": "UnexpectedText",
    "extension-value": "InvalidW3CDTFDate",
    "thread-in-reply-to": "MissingAttribute",
    "thread-count": "InvalidNonNegativeInteger",
    "thread-undefined": "UndefinedElement",
    "complete-feed-rel": "FeedRelInCompleteFeed",  # RFC 5005 section 2
    "complete-feed-current": "CurrentNotSelfInCompleteFeed",
    "link-past-end": "LinkPastEnd",  # RFC 5005 section 3: the first page has no previous page
    "thread-when": "NoThrWhen",  # RFC 4685 calls it thr:updated
    "thread-count-rel": "UnexpectedAttribute",  # thr:count belongs on rel="replies"
    "category-scheme": "InvalidFullLink",  # RFC 4287 section 4.2.2.2: an IRI, not a relative reference
    "link-href-host": "InvalidIRI",  # "http:post-2" is neither relative nor a web address
    "index-attribute": "InvalidYesNo",  # urn:atom-extension:indexing: "yes" or "no"
    "known-namespace-attribute": "UnexpectedAttribute",  # dc:date on a link: Dublin Core has no such attribute there
    "extension-placement": "UndefinedElement",  # sy: belongs in the feed, thr:total in an entry
    "module-placement": "UndefinedElement",  # admin:errorReportsTo describes the feed (as in an RSS channel), slash:comments an entry
    "app-control": "InvalidYesNo",  # RFC 5023 section 13.1.1: app:draft is yes or no
    "extension-duplicate": "DuplicateElement",  # one app:edited per entry
    "extension-once": "DuplicateElement",  # one dc:date per entry (dc:creator may repeat)
    "georss-point": "InvalidCoord",
    "georss-name": "UndefinedElement",  # georss:Point is no GeoRSS name; the valid variant's featurename and box are GeoRSS Simple's (W3C knows neither)
    "opensearch-count": "InvalidNonNegativeInteger",
    "dcterms-name": "UndefinedElement",  # a misspelt DCMI term
    "robots-meta": "InvalidMetaContent",
    "robots-meta-name": "InvalidMetaName",  # in a feed, only name="robots" means something  # <xhtml:meta name="robots"> in a feed: index/noindex, follow/nofollow
    "access-restriction": "InvalidAccessRestrictionRel",  # Bloglines access:restriction: allow or deny
    "event-date": "InvalidISO8601DateTime",  # ev:startdate (the RSS 1.0 event module) in an entry
    "app-edited": "InvalidRFC3339Date",  # extension elements go through the shared rules (rss.check_extensions)
}
# rule fixture -> the warning its invalid variant must produce (both variants stay valid)
WARNINGS = {
    "missing-self": "MissingSelf",
    "duplicate-entries": "DuplicateEntries",
    "non-canonical-id": "NonCanonicalURI",
    "not-blank": "NotBlank",
    "scheme-not-iana": "SchemeNotIANARegistered",
    "misplaced-xhtml": "MisplacedXHTMLContent",
    "feed-history-rel-in-entry": "FeedHistoryRelInEntry",
    "missing-type-attr": "MissingTypeAttr",
    "contains-email": "ContainsEmail",
    "unregistered-rel": "UnregisteredAtomLinkRel",
    "link-rel": "UnregisteredAtomLinkRel",
    "no-namespace-element": "UndeterminableVocabulary",  # allowed by RFC 4287 section 6, but of no known vocabulary  # not even a name (a space): W3C warns too, readers ignore the link
    "archive-incomplete": "ArchiveIncomplete",  # RFC 5005 section 4
    "missing-current-in-archive": "MissingCurrentInArchive",
    "self-not-atom": "SelfNotAtom",
    "relative-self": "RelativeSelf",
    "atom-link-not-empty": "AtomLinkNotEmpty",
    "avoid-namespace-prefix": "AvoidNamespacePrefix",
    "duplicate-updated": "DuplicateUpdated",
    "missing-source-element": "MissingSourceElement",
    "not-inline": "NotInline",
    "contains-undeclared-html": "ContainsUndeclaredHTML",
    "contains-html": "ContainsHTML",
    "missing-textual-content": "MissingTextualContent",
    "empty-content": "NotBlank",
    "html-script": "SecurityRisk",
    "xhtml-event-handler": "SecurityRiskAttr",
    "html-syntax": "NotHtml",  # the HTML of type="html" content must parse: AT&T is AT&amp;T in HTML
    "unknown-namespace": "UnknownNamespace",
    "blank-type": "AttrNotBlank",
    "html-fragment": "HtmlFragment",
    "unknown-host": "UnknownHost",
    "same-document-reference": "SameDocumentReference",  # href="." under an xml:base that is not the document
}


def report(name: str, variant: str):
    path = FIXTURES / f"{name}-{variant}.xml"
    return validate_bytes(path.read_bytes(), path=str(path))


def test_every_fixture_is_covered():
    names = {p.name.rsplit("-", 1)[0] for p in FIXTURES.glob("*.xml")}
    assert names == set(ERRORS) | set(WARNINGS) | {"relative-url"}


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_valid_variant_has_no_error(name):
    result = report(name, "valid")
    assert result.format == "atom"
    assert [f for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize("name,code", sorted(ERRORS.items()))
def test_invalid_variant_reports_the_rule(name, code):
    result = report(name, "invalid")
    assert not result.valid
    errors = [f for f in result.findings if f.severity == "error"]
    assert code in {f.code for f in errors}, errors
    finding = next(f for f in errors if f.code == code)
    assert finding.line is not None and finding.line >= 2
    assert len(finding.text()) > 30  # says what is wrong and how to fix it, not just the code


@pytest.mark.parametrize("name,code", sorted(WARNINGS.items()))
def test_warning_rules(name, code):
    valid, flagged = report(name, "valid"), report(name, "invalid")
    assert valid.valid and flagged.valid
    assert code not in {f.code for f in valid.findings}
    assert code in {f.code for f in flagged.findings if f.severity == "warning"}


def test_relative_urls_in_atom_content_are_resolved_not_reported():
    # RFC 4287 section 2: xml:base, else the feed's own address; feedparser resolves them (and W3C is silent)
    result = report("relative-url", "invalid")
    assert "ContainsRelRef" not in {f.code for f in result.findings}


def test_xhtml_content_is_checked_as_the_html_readers_see():
    """Prefixes and extension elements do not make XHTML content look like unknown HTML."""
    feed = (FIXTURES / "xhtml-div-valid.xml").read_text().replace(
        '<summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Over <em>zaken</em>.</div></summary>',
        '<summary type="xhtml" xmlns:h="http://www.w3.org/1999/xhtml"><h:div>Over <h:em xml:lang="nl">zaken</h:em> '
        '<my:note xmlns:my="https://example.nl/ns">!</my:note>.</h:div></summary>',
    )
    assert "h:div" in feed
    codes = {f.code for f in validate_bytes(feed.encode()).findings}
    assert codes == {"AvoidNamespacePrefix", "UnknownNamespace"}  # my: is an extension, not HTML


@pytest.mark.parametrize(
    "name,code,needle",
    [
        ("date-format", "InvalidRFC3339Date", "2024-05-01 09:30:00"),
        ("person-email", "InvalidAddrSpec", "<email>"),
        ("link-type", "InvalidMIMEType", 'type="html"'),
        ("id-tag", "InvalidTAG", "tag:example.nl:post-1"),
        ("feed-duplicate-title", "DuplicateElement", "<title>Tweede</title>"),
        ("text-markup", "UndefinedElement", "<b>zaken</b>"),
    ],
)
def test_finding_points_at_the_offending_line(name, code, needle):
    text = (FIXTURES / f"{name}-invalid.xml").read_text()
    expected_line = next(number for number, line in enumerate(text.splitlines(), 1) if needle in line)
    finding = next(f for f in report(name, "invalid").findings if f.code == code)
    assert finding.line == expected_line


def test_missing_element_message_names_parent_and_child():
    finding = next(f for f in report("entry-id", "invalid").findings if f.code == "MissingElement")
    assert "entry" in finding.text() and "<id>" in finding.text()


def test_rules_do_not_depend_on_comments():
    """A comment saying what to expect changes nothing: verdicts come from content only."""
    for name in ("date-format", "id-tag"):
        for variant in ("valid", "invalid"):
            data = (FIXTURES / f"{name}-{variant}.xml").read_bytes()
            commented = data.replace(b"<entry>", b"<!-- Expect: valid, no errors --><entry>", 1)
            assert [f.code for f in validate_bytes(commented).findings] == [f.code for f in validate_bytes(data).findings]


@pytest.mark.parametrize(
    "url,flagged",
    [
        ("https://example.nl/feed.atom", False),
        ("HTTPS://EXAMPLE.NL:443/feed.atom", False),  # the same address, written differently
        ("https://example.nl/blog/feed.atom", True),
    ],
)
def test_self_link_is_compared_with_the_address_fetched(url, flagged):
    data = (FIXTURES / "missing-self-valid.xml").read_bytes()
    codes = {f.code for f in validate_bytes(data, base_url=url).findings}
    assert ("SelfDoesntMatchLocation" in codes) is flagged


def test_self_link_is_resolved_against_xml_base_and_the_address():
    data = (FIXTURES / "relative-self-valid.xml").read_bytes()  # xml:base="https://example.nl/", href="feed.atom"
    assert "SelfDoesntMatchLocation" not in {f.code for f in validate_bytes(data, base_url="https://example.nl/feed.atom").findings}
    assert "SelfDoesntMatchLocation" in {f.code for f in validate_bytes(data, base_url="https://example.nl/x.atom").findings}


def test_undeclared_prefix_is_a_well_formedness_error_that_says_what_to_declare():
    data = (FIXTURES / "undefined-element-valid.xml").read_bytes().replace(b' xmlns:dc="http://purl.org/dc/elements/1.1/"', b"")
    findings = validate_bytes(data).findings
    assert [f.code for f in findings] == ["SAXError"]  # as W3C (and XML's namespaces) call it
    assert "xmlns:dc" in findings[0].text() and findings[0].line == 14


@pytest.mark.parametrize("href", ["http://[", "http://[::1", "::::", "%zz", ""])
def test_self_link_comparison_survives_unresolvable_hrefs(href):
    data = (FIXTURES / "missing-self-valid.xml").read_bytes().replace(
        b'href="https://example.nl/feed.atom"', f'href="{href}"'.encode()
    )
    codes = {f.code for f in validate_bytes(data, base_url="https://example.nl/feed.atom", reader_view=False).findings}
    assert "InternalError" not in codes


def _feed_with_entries(count: int) -> bytes:
    """The DuplicateIds fixture with `count` copies of its entry (all with one id)."""
    text = (FIXTURES / "duplicate-ids-invalid.xml").read_text()
    head, _, rest = text.partition("  <entry>")
    entry = "  <entry>" + rest.partition("  </entry>\n")[0] + "  </entry>\n"
    return (head + entry * count + "</feed>\n").encode()


@pytest.mark.parametrize("count,flagged", [(2, False), (9, False), (10, True), (12, True)])
def test_duplicate_ids_needs_ten_entries_with_one_id(count, flagged):
    """Up to nine entries sharing an id may be versions of one entry (a warning); ten or more is a broken generator."""
    codes = {f.code for f in validate_bytes(_feed_with_entries(count), reader_view=False).findings}
    assert ("DuplicateIds" in codes) is flagged


def test_last_page_with_a_next_link_goes_past_the_end():
    data = (FIXTURES / "link-past-end-valid.xml").read_bytes()
    last = data.replace(b'rel="self" type="application/atom+xml" href="https://example.nl/feed.atom?page=1"',
                        b'rel="self" type="application/atom+xml" href="https://example.nl/feed.atom?page=3"')
    assert last != data
    assert [f.code for f in validate_bytes(last, reader_view=False).findings if f.severity == "error"] == ["LinkPastEnd"]


def test_complete_feed_current_link_may_be_the_address_fetched():
    data = (FIXTURES / "complete-feed-current-invalid.xml").read_bytes()
    codes = {f.code for f in validate_bytes(data, base_url="https://example.nl/nieuw.atom", reader_view=False).findings}
    assert "CurrentNotSelfInCompleteFeed" not in codes


@pytest.mark.parametrize("rel", ["", "bij behorend", "http://exa mple.org/rel", "ALTERNATE"])
def test_odd_link_relations_are_warnings_not_errors(rel):
    data = (FIXTURES / "link-rel-valid.xml").read_bytes().replace(
        b'<link href="https://example.nl/post-1"/>',
        f'<link href="https://example.nl/post-1"/><link rel="{rel}" href="https://example.nl/x"/>'.encode(),
    )
    result = validate_bytes(data, reader_view=False)
    assert result.valid
    assert "UnregisteredAtomLinkRel" in {f.code for f in result.findings}


def test_feed_without_entries_needs_no_author():
    """RFC 4287 section 4.1.1: authors may come from the entries; with none, nothing is missing (W3C agrees)."""
    text = (FIXTURES / "link-href-valid.xml").read_text()
    head = text[: text.index("  <entry>")].replace("  <author><name>Jan de Vries</name></author>\n", "")
    assert "<author>" not in head
    result = validate_bytes((head + "</feed>\n").encode(), reader_view=False)
    assert result.valid, result.findings


@pytest.mark.parametrize(
    "attribute,flagged",
    [
        ('xmlns:dc="http://purl.org/dc/elements/1.1" dc:subject="x"', True),  # the namespace without its "/"
        ('xmlns:thr="http://purl.org/syndication/thread/1.0" thr:count="2"', True),  # a replies-link attribute
        ('xmlns:my="urn:example:feedtool" my:x="1"', False),  # an extension of one's own
        ('xml:id="t1"', False),
        ('xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="x"', False),  # XML Schema instance: anywhere
    ],
)
def test_attributes_of_known_vocabularies_only_where_defined(attribute, flagged):
    data = (FIXTURES / "link-href-valid.xml").read_bytes().replace(b"<title>Eerste", f"<title {attribute}>Eerste".encode())
    codes = {f.code for f in validate_bytes(data, reader_view=False).findings if f.severity == "error"}
    assert ("UnexpectedAttribute" in codes) is flagged


@pytest.mark.parametrize(
    "link,flagged",
    [
        ('<link href="" xml:base="https://example.nl/blog/"/>', True),
        ('<link href="#top" xml:base="https://example.nl/blog/"/>', True),
        ('<link href="https://example.nl/blog/" xml:base="https://example.nl/blog/"/>', True),
        ('<link href="post-1/" xml:base="https://example.nl/blog/"/>', False),
        ('<link href="../" xml:base="https://example.nl/blog/"/>', False),
        ('<link href="https://example.nl/"/>', False),  # no xml:base: nothing to confuse
    ],
)
def test_same_document_reference(link, flagged):
    data = (FIXTURES / "link-href-valid.xml").read_bytes().replace(b'<link href="https://example.nl/post-1"/>', link.encode())
    result = validate_bytes(data, reader_view=False)
    assert result.valid
    assert ("SameDocumentReference" in {f.code for f in result.findings}) is flagged


@pytest.mark.parametrize("element", ['<summary type="xhtml"></summary>', '<content type="xhtml">\n    </content>'])
def test_empty_xhtml_is_blank_not_a_missing_div(element):
    data = (FIXTURES / "link-href-valid.xml").read_bytes().replace(b"<summary>Over zaakgericht werken.</summary>", element.encode())
    result = validate_bytes(data, reader_view=False)
    assert result.valid, result.findings
    assert "NotBlank" in {f.code for f in result.findings}


@pytest.mark.parametrize("element", ["<icon></icon>", "<logo/>"])
def test_empty_icon_or_logo_is_blank(element):
    data = (FIXTURES / "link-href-valid.xml").read_bytes().replace(b"<author>", element.encode() + b"<author>", 1)
    result = validate_bytes(data, reader_view=False)
    assert result.valid
    assert "NotBlank" in {f.code for f in result.findings}
