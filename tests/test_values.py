"""Shared value checks: each grammar with values that pass and values that fail, and the W3C code they get."""

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedtool.validate import values


@pytest.mark.parametrize(
    "value",
    [
        "https://example.nl/post-1",
        "http://example.nl:8080/a?b=c#d",
        "tag:example.nl,2024:post-1",
        "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a",
        "mailto:jan@example.nl",
        "https://例え.jp/記事",  # an IRI: non-ASCII characters are allowed
        "http://[2001:db8::1]/",
        "http://[v7.fe80::a+en1]/x",  # IPvFuture
    ],
)
def test_absolute_iris_pass(value):
    assert values.absolute_iri_problem(value) is None


@pytest.mark.parametrize(
    "value,code",
    [
        ("", "InvalidFullLink"),
        ("/post-1", "InvalidFullLink"),
        ("example.nl/post-1", "InvalidFullLink"),
        ("http:/example.nl", "InvalidFullLink"),
        ("https://", "InvalidFullLink"),
        ("https://example.nl/mijn post", "InvalidUriChar"),
        ("https://example.nl/{id}", "InvalidUriChar"),
        ("https://example.nl/100%", "InvalidUriChar"),
        ("https://example.nl/a#b#c", "InvalidUriChar"),
        ("https://example.nl:80a/", "InvalidIRI"),
        ("http://[example.nl]/", "InvalidIRI"),
        ("https://example.nl/afl-[1]", "InvalidUriChar"),  # brackets only around an IP literal host
    ],
)
def test_absolute_iri_problems(value, code):
    problem = values.absolute_iri_problem(value)
    assert problem is not None and problem.code == code
    assert problem.detail


@pytest.mark.parametrize(("value", "bad"), [("http://[2001:db8::1]:8080/a", None), ("http://[2001:db8::1]/a[1]", '"["'),
                                            ("eerste bericht", "' '"), ("https://example.nl/é", None), ("a]b", '"]"')])
def test_ascii_characters_no_uri_holds(value, bad):
    problem = values.ascii_char_problem(value)
    assert (problem and dict(problem.detail.params)["char"]) == bad


def test_uri_mode_rejects_non_ascii_that_iri_mode_accepts():
    assert values.iri_reference_problem("/café") is None
    assert values.iri_reference_problem("/café", iri=False).code == "InvalidUriChar"


@pytest.mark.parametrize("value", ["post-1", "../a/b?c", "#top", "//example.nl/x", ""])
def test_relative_references_pass(value):
    assert values.iri_reference_problem(value) is None


@pytest.mark.parametrize(
    "value,expected",
    [
        ("HTTP://Example.NL/a", "http://example.nl/a"),
        ("https://example.nl:443/a", "https://example.nl/a"),
        ("http://example.nl", "http://example.nl/"),
        ("http://example.nl/%7euser/%2f", "http://example.nl/~user/%2F"),
        ("https://example.nl/a", "https://example.nl/a"),
        ("TAG:example.nl,2024:x", "tag:example.nl,2024:x"),
        ("http://example.nl/a/./b/../c?x=../y", "http://example.nl/a/c?x=../y"),
    ],
)
def test_canonical_uri(value, expected):
    assert values.canonical_uri(value) == expected


@pytest.mark.parametrize(
    "path,expected",
    [  # the examples of RFC 3986 section 5.2.4
        ("/a/b/c/./../../g", "/a/g"),
        ("mid/content=5/../6", "mid/6"),
        ("/a/b/.", "/a/b/"),
        ("/../x", "/x"),
        ("/a/b", "/a/b"),
    ],
)
def test_remove_dot_segments(path, expected):
    assert values.remove_dot_segments(path) == expected


@pytest.mark.parametrize(
    "value",
    [
        "tag:example.nl,2024:post-1",
        "tag:example.nl,2024-05:post-1",
        "tag:example.nl,2024-02-29:post/1?x",
        "tag:jan@example.nl,2024-05-01:",
        "tag:example.nl,2024:post-1#deel",
    ],
)
def test_tag_uris_pass(value):
    assert values.identifier_problem(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "tag:example.nl:post-1",  # no date
        "tag:example.nl,24:post-1",  # two-digit year
        "tag:example.nl,2023-02-29:post-1",  # not a real date
        "tag:example.nl,2024-13:post-1",
        "tag:-example.nl,2024:post-1",  # DNS label starts with a hyphen
        "tag:example.nl,2024",  # no specific part
        "tag:example.nl,2024:a b",
    ],
)
def test_tag_uri_problems(value):
    problem = values.identifier_problem(value)
    assert problem is not None and problem.code in {"InvalidTAG", "InvalidUriChar"}


@pytest.mark.parametrize(
    "value,code",
    [
        ("urn:isbn:9789012345678", None),
        ("urn:example-org:validator:1", None),
        ("URN:UUID:1225C695-CFB8-4EBB-AAAA-80DA344EFA6A", None),
        ("urn:example.org:validator:1", "InvalidURN"),
        ("urn:urn:1", "InvalidURN"),
        ("urn:a:1", "InvalidURN"),  # RFC 2141: a NID has at least two characters
        ("urn:example-:1", None),  # RFC 2141 allows a trailing hyphen
        ("urn:example:a/b?c", None),
        ("urn:isbn:", "InvalidURN"),
        ("urn:uuid:1225c695-cfb8-4ebb-aaaa", "InvalidUUID"),
        ("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6g", "InvalidUUID"),
    ],
)
def test_urns(value, code):
    problem = values.identifier_problem(value)
    assert (problem.code if problem else None) == code


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2024-05-01T09:30:00+02:00", datetime(2024, 5, 1, 7, 30, tzinfo=timezone.utc)),
        ("2024-05-01T07:30:00Z", datetime(2024, 5, 1, 7, 30, tzinfo=timezone.utc)),
        ("2024-05-01T07:30:00.250Z", datetime(2024, 5, 1, 7, 30, 0, 250000, tzinfo=timezone.utc)),
        ("2024-02-29T00:00:00-05:30", datetime(2024, 2, 29, 5, 30, tzinfo=timezone.utc)),
        ("2016-12-31T23:59:60Z", datetime(2016, 12, 31, 23, 59, 59, tzinfo=timezone.utc)),
    ],
)
def test_rfc3339_parses(value, expected):
    parsed = values.parse_rfc3339(value)
    assert parsed == expected and parsed.tzinfo is not None
    assert values.rfc3339_problem(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "2024-05-01",  # no time
        "2024-05-01T09:30:00",  # no offset
        "2024-05-01 09:30:00Z",  # space instead of T
        "2024-05-01t09:30:00z",  # Atom wants upper-case T and Z
        "2024-05-01T09:30Z",  # no seconds
        "2024-02-30T09:30:00Z",  # no such day
        "2023-02-29T09:30:00Z",  # not a leap year
        "2024-13-01T09:30:00Z",
        "2024-05-01T24:00:00Z",
        "2024-05-01T09:30:00+0200",  # offset without colon
        "2024-05-01T09:30:00+24:00",
        "Wed, 01 May 2024 09:30:00 GMT",  # RFC 822 is for RSS
        "vr, 21 dec 2012 10:00:00 +0100",
    ],
)
def test_rfc3339_problems(value):
    assert values.parse_rfc3339(value) is None
    assert values.rfc3339_problem(value).code == "InvalidRFC3339Date"


@settings(max_examples=75, deadline=None)
@given(
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 30)),
    st.integers(min_value=-23 * 60, max_value=23 * 60),
)
def test_rfc3339_round_trips_isoformat(moment, offset_minutes):
    aware = moment.replace(tzinfo=timezone(timedelta(minutes=offset_minutes)))
    assert values.parse_rfc3339(aware.isoformat()) == aware


@pytest.mark.parametrize("value", ["nl", "nl-NL", "en-GB", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1996", "es-419", "x-klingon", "i-klingon", "en-US-x-twain", "en-cockney"])
def test_language_tags_pass(value):
    assert values.language_problem(value) is None


@pytest.mark.parametrize("value", ["nl_NL", "Nederlands", "nederlands", "n", "nl-", "nl--NL", "nl NL", "123", "en-a", "zz", "xx-YY"])
def test_language_tag_problems(value):
    assert values.language_problem(value).code == "InvalidLanguage"


@pytest.mark.parametrize("value", ["text/html", "application/atom+xml", "image/svg+xml", "text/html; charset=utf-8", 'text/plain;format="flowed"'])
def test_mime_types_pass(value):
    assert values.mime_type_problem(value) is None


@pytest.mark.parametrize("value", ["html", "text", "text/", "/html", "text/html; charset", "some stuff/I threw together"])
def test_mime_type_problems(value):
    assert values.mime_type_problem(value).code == "InvalidMIMEType"


@pytest.mark.parametrize(
    "value,is_xml",
    [("application/xml", True), ("image/svg+xml", True), ("text/xml; charset=utf-8", True), ("text/html", False), ("image/png", False)],
)
def test_xml_mime_types(value, is_xml):
    assert values.is_xml_mime_type(value) is is_xml


@pytest.mark.parametrize("value", ["jan@example.nl", "jan.de.vries+feeds@example.nl", '"jan de vries"@example.nl', "jan@[192.0.2.1]"])
def test_addr_specs_pass(value):
    assert values.addr_spec_problem(value) is None


@pytest.mark.parametrize(
    "value", ["Jan de Vries <jan@example.nl>", "jan@example.nl (Jan)", "jan", "jan@", "@example.nl", "jan..vries@example.nl", "jan@example..nl"]
)
def test_addr_spec_problems(value):
    assert values.addr_spec_problem(value).code == "InvalidAddrSpec"


@pytest.mark.parametrize("value,ok", [("0", True), ("12345", True), ("-1", False), ("1.5", False), ("", False), ("12 kB", False)])
def test_non_negative_integer(value, ok):
    assert (values.non_negative_integer_problem(value) is None) is ok


@pytest.mark.parametrize("value,ok", [("alternate", True), ("x-custom", True), ("a:b", False), ("a b", False), ("", False)])
def test_is_segment(value, ok):
    assert values.is_segment(value) is ok


@settings(max_examples=100, deadline=None)
@given(
    st.integers(0, 9999), st.integers(0, 13), st.integers(0, 32), st.integers(0, 25), st.integers(0, 61), st.integers(0, 61),
    st.sampled_from(["Z", "+02:00", "-05:30", "+24:00", "-00:60", "z", ""]),
)
def test_fast_rfc3339_check_agrees_with_the_parser(year, month, day, hour, minute, second, zone):
    value = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}{zone}"
    assert (values.rfc3339_problem(value) is None) == (values.parse_rfc3339(value) is not None)


_LABEL = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True)
_SEGMENT = st.from_regex(r"[A-Za-z0-9._~!$&'()*+,;=:@-]{0,8}|%[0-9A-Fa-f]{2}", fullmatch=True)


@settings(max_examples=75, deadline=None)
@given(
    st.sampled_from(["http", "HTTP", "https", "Https"]),
    st.lists(_LABEL, min_size=1, max_size=3),
    st.sampled_from(["", ":80", ":443", ":8080"]),
    st.lists(_SEGMENT, max_size=4),
)
def test_canonical_form_is_a_fixed_point_and_stays_valid(scheme, labels, port, segments):
    uri = f"{scheme}://{'.'.join(labels)}{port}/{'/'.join(segments)}"
    assert values.absolute_iri_problem(uri) is None
    canonical = values.canonical_uri(uri)
    assert values.canonical_uri(canonical) == canonical
    assert values.absolute_iri_problem(canonical) is None


@settings(max_examples=75, deadline=None)
@given(
    st.lists(_LABEL, min_size=1, max_size=3),
    st.dates(min_value=date(1000, 1, 1)),
    st.sampled_from(["year", "month", "day"]),
    st.lists(_SEGMENT, max_size=3),
)
def test_tag_uris_with_real_dates_are_valid(labels, day, precision, segments):
    stamp = {"year": f"{day:%Y}", "month": f"{day:%Y-%m}", "day": f"{day:%Y-%m-%d}"}[precision]
    assert values.identifier_problem(f"tag:{'.'.join(labels)},{stamp}:{'/'.join(segments)}") is None


@pytest.mark.parametrize(
    "value,code",
    [
        ("post-1", None),
        ("/post-1", None),
        ("//example.nl/post-1", None),
        ("https://example.nl/post-1", None),
        ("mailto:jan@example.nl", None),
        ("http:post-1", "InvalidIRI"),
        ("https:///post-1", "InvalidIRI"),
        ("ftp:", "InvalidIRI"),
    ],
)
def test_web_address_references_name_a_host(value, code):
    problem = values.iri_reference_problem(value)
    assert (problem.code if problem else None) == code


@pytest.mark.parametrize(
    "value,ok",
    [
        ("2024", True), ("2024-05", True), ("2024-05-01", True), ("2024-05-01T09:30", True),
        ("2024-05-01T09:30:00.5+02:00", True), ("2024-05-01T09:30:00Z", True),
        ("2024-13-01", False), ("2024-02-30", False), ("2024-05-01T24:00", False), ("1 May 2024", False),
        ("2024-05-01 09:30", False), ("24-05-01", False),
    ],
)
def test_iso8601(value, ok):
    assert (values.iso8601_problem(value) is None) is ok
