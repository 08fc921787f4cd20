"""RSS value checks: RFC 822 dates, e-mail with real name, W3C-DTF, language, URLs."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedtool.validate import rssvalues as v

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc).timestamp()


def codes(problems):
    return {(p.severity, p.code) for p in problems}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Fri, 21 Dec 2012 10:00:00 +0100", set()),
        ("21 Dec 2012 10:00 GMT", set()),
        ("Fri, 21 Dec 2012 10:00:00 Z", set()),
        ("Mon, 21 Dec 2012 10:00:00 +0100", {("error", "IncorrectDOW")}),
        ("Sun, 24 Mar 2033 07:03:43 +0000", {("error", "IncorrectDOW")}),  # wrong already: not also implausible
        ("vr, 21 dec 2012 10:00:00 +0100", {("error", "InvalidRFC2822Date")}),
        ("Fri, 21 mei 2012 10:00:00 +0100", {("error", "InvalidRFC2822Date")}),
        ("2012-12-21T10:00:00+01:00", {("error", "InvalidRFC2822Date")}),
        ("Fri, 21 Dec 2012 10:00:00 +01:00", {("error", "InvalidRFC2822Date")}),
        ("Fri, 31 Feb 2012 10:00:00 +0100", {("error", "InvalidRFC2822Date")}),
        ("Fri, 21 Dec 2012 25:00:00 +0100", {("error", "InvalidRFC2822Date")}),
        ("Fri, 21 Dec 12 10:00:00 +0100", {("warning", "ProblematicalRFC822Date")}),
        ("fri, 21 DEC 2012 10:00:00 +0100", {("warning", "ProblematicalRFC822Date")}),
        ("Fri, 21 Dec 2012 10:00:00 A", {("warning", "ProblematicalRFC822Date")}),
        ("Fri (x), 21 Dec 2012 10:00:00 +0100 (CET)", {("warning", "ProblematicalRFC822Date")}),
        ("Fri, 21 Dec 2012 10:00:00 +0117", {("warning", "ProblematicalRFC822Date")}),
        ("Wed, 21 Dec 2112 10:00:00 +0100", {("warning", "ImplausibleDate")}),
        ("Fri, 21 Dec 1962 10:00:00 +0100", {("warning", "ImplausibleDate")}),
        ("", {("error", "InvalidRFC2822Date")}),
        ("Sat, 01 Jan 0000 00:00:00 GMT", {("error", "InvalidRFC2822Date")}),
        ("Fri, 21 Dec 2012 10:00:00 +9900", {("error", "InvalidRFC2822Date")}),
        ("Fri, ２1 Dec 2012 10:00:00 GMT", {("error", "InvalidRFC2822Date")}),
        ("Fri, 31 Dec 9999 23:59:59 +0100", {("warning", "ImplausibleDate")}),
    ],
)
def test_rfc822(value, expected):
    assert codes(v.check_rfc822(value, now=NOW)[1]) == expected


@pytest.mark.parametrize(
    ("value", "hint"),
    [("Fri, 21 Dec 2012 10:00:00 CET", "+0100"), ("Fri, 21 Dec 2012 10:00:00", "time zone is missing"), ("2012-12-21T10:00:00Z", "RFC 3339")],
)
def test_invalid_dates_say_how_to_fix_them(value, hint):
    (problem,) = v.check_rfc822(value, now=NOW)[1]
    assert problem.code == "InvalidRFC2822Date" and hint in problem.text()


def test_overlong_values_are_rejected_without_parsing():
    assert [p.code for p in v.check_rfc822("(" * 100_000)[1]] == ["InvalidRFC2822Date"]
    assert [p.code for p in v.check_email_with_name("a@b.nl " + "(" * 100_000 + ")")] == ["InvalidContact"]


def test_rfc822_reads_the_moment_in_utc():
    moment, _ = v.check_rfc822("Fri, 21 Dec 2012 10:00:00 +0100", now=NOW)
    assert moment == datetime(2012, 12, 21, 9, 0, tzinfo=timezone.utc)
    assert v.check_rfc822("Fri, 21 Dec 2012 10:00:00 EST", now=NOW)[0] == datetime(2012, 12, 21, 15, 0, tzinfo=timezone.utc)


def test_dutch_date_message_says_what_to_write():
    (problem,) = v.check_rfc822("vr, 21 dec 2012 10:00:00 +0100", now=NOW)[1]
    assert "'vr'" in problem.text() and "Dutch" in problem.text() and "English" in problem.text()


@settings(max_examples=80, deadline=None)
@given(st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2025, 12, 1)), st.sampled_from(["+0000", "+0100", "-0530", "GMT"]))
def test_rfc822_accepts_what_strftime_writes_in_english(moment, zone):
    value = moment.strftime("%a, %d %b %Y %H:%M:%S ") + zone
    parsed, problems = v.check_rfc822(value, now=NOW)
    assert problems == []
    assert parsed is not None
    if zone == "+0000":
        assert parsed.replace(tzinfo=None) == moment.replace(microsecond=0)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("jan@example.nl (Jan Jansen)", set()),
        ("mailto:jan%40example.nl%20%28Jan%29", set()),
        ("jan@example.nl", {("warning", "MissingRealName")}),
        ("Jan Jansen <jan@example.nl>", {("warning", "EmailFormat")}),
        ("Jan Jansen, jan@example.nl", {("warning", "EmailFormat")}),
        ("Jan Jansen", {("error", "InvalidContact")}),
        ("Jan (jan@example.nl)", {("error", "InvalidContact")}),
        ("Jan Jansen (jan@example.nl)", {("error", "InvalidContact")}),  # the name where RFC 822 wants the address
        ("jan@ (Jan)", {("error", "InvalidContact")}),
    ],
)
def test_email_with_name(value, expected):
    assert codes(v.check_email_with_name(value)) == expected


@pytest.mark.parametrize(
    ("value", "ok"),
    [("2012", True), ("2012-12", True), ("2012-12-21", True), ("2012-12-21T10:00Z", True), ("2012-12-21T10:00:00.5+01:00", True),
     ("2012-12-21T10:00:00", False), ("2012-13-01", False), ("21-12-2012", False), ("2012-02-30", False),
     ("0000-01-01", False), ("2012-12-21T10:00+24:00", False), ("２０１２", False)],
)
def test_w3cdtf(value, ok):
    assert (not [p for p in v.check_w3cdtf(value, now=NOW)[1] if p.severity == "error"]) is ok


@pytest.mark.parametrize(
    ("value", "non_utc"),
    [("2012-12-21T10:00:00+01:00", True), ("2012-12-21T10:00-05:30", True), ("2012-12-21T10:00:00Z", False),
     ("2012-12-21T10:00:00+00:00", False), ("2012-12-21", False)],
)
def test_w3cdtf_non_utc_is_info(value, non_utc):
    problems = v.check_w3cdtf(value, now=NOW)[1]
    assert [(p.severity, p.code) for p in problems] == ([("info", "W3CDTFDateNonUTC")] if non_utc else [])


@pytest.mark.parametrize(("value", "ok"), [("nl", True), ("nl-NL", True), ("en-us", True), ("nld", True), ("Nederlands", False), ("qq", False), ("nl_NL", False)])
def test_language(value, ok):
    assert (v.check_language(value) == []) is ok


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://example.nl/a?b=c#d", set()),
        ("ftp://example.nl/pub", set()),
        ("example.nl/a", {("error", "InvalidFullLink")}),
        ("http/example.nl", {("error", "InvalidFullLink")}),
        ("https://example.nl/a b", {("error", "InvalidUriChar")}),
        ("https://example.nl/a[1]", {("error", "InvalidUriChar")}),
        ("http://[2001:db8::1]/a", set()),
        ("magnet:?xt=urn:btih:96CD620B", {("warning", "SchemeNotIANARegistered")}),
        ("http://", {("error", "InvalidFullLink")}),
        ("https://voorbeeld.nl/café", {("error", "UriNotIri")}),
        ("feed://example.nl/rss", {("warning", "SchemeNotIANARegistered")}),
    ],
)
def test_full_url(value, expected):
    assert codes(v.check_full_url(value, "link")) == expected


@pytest.mark.parametrize(("value", "ok"), [("1", True), ("60", True), (" 60 ", True), ("0", False), ("-1", False), ("1.5", False), ("", False), ("６０", False)])
def test_positive_integer(value, ok):
    assert (v.check_positive_integer(value, "ttl") == []) is ok


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://www.example.nl/afl1.mp3", None),
        ("http://192.0.2.10:8080/afl1.mp3", None),
        ("https://www.example.nl", None),
        ("magnet:?xt=urn:btih:96CD620B", "InvalidURLAttribute.not_web"),
        ("/podcast/afl1.mp3", "InvalidURLAttribute.not_web"),
        ("http://localhost/afl1.mp3", "InvalidURLAttribute.not_public"),
        ("https://user@mediaserver:8080/afl1.mp3", "InvalidURLAttribute.not_public"),
        ("https://www.example.nl/afl[1].mp3", "InvalidURLAttribute"),
    ],
)
def test_download_url(value, expected):
    problems = v.check_download_url(value, "the url attribute of <enclosure>")
    assert [p.message.id for p in problems] == ([expected] if expected else [])


def test_a_host_that_subscribers_cannot_reach_is_named_without_its_port():
    (problem,) = v.check_download_url("https://user@mediaserver:8080/afl1.mp3", "the url")
    assert "'mediaserver'" in problem.text()
