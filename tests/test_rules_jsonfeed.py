"""JSON Feed 1.0 and 1.1 rules: one small fixture per behaviour, each with exactly the findings it
should give (the reader's view is tested apart, in test_validate_jsonfeed_reader.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feedtool.validate.engine import validate_bytes
from feedtool.validate.jsoncodes import SHARED, declared

FIXTURES = Path(__file__).parent / "fixtures" / "validate" / "jsonfeed"

# fixture -> the (severity, code) pairs validation must report without the reader's view, and nothing else.
EXPECTED: dict[str, set[tuple[str, str]]] = {
    "attachment_duplicate.json": {("warning", "DuplicateAttachment")},
    "attachment_duration_boolean.json": {("error", "WrongType")},
    "attachment_duration_negative.json": {("error", "InvalidDuration")},
    "attachment_mime_invalid.json": {("error", "InvalidMIMEType")},
    "attachment_missing_mime.json": {("error", "MissingMember")},
    "attachment_missing_url.json": {("error", "MissingMember")},
    "attachment_size_fraction.json": {("error", "InvalidSize")},
    "attachment_size_negative.json": {("error", "InvalidSize")},
    "attachment_size_string.json": {("error", "WrongType")},
    "attachments_empty.json": {("warning", "EmptyList")},
    "author_and_authors_1_1.json": set(),
    "author_deprecated_1_1.json": {("warning", "DeprecatedAuthor")},
    "author_empty.json": {("error", "EmptyAuthor")},
    "author_not_object.json": {("error", "WrongType")},
    "authors_empty.json": {("warning", "EmptyList")},
    "authors_in_1_0.json": {("warning", "Version11Member")},
    "big_integer_id.json": {("warning", "JsonNumberPrecision"), ("warning", "NumericId")},
    "bom.json": {("error", "JsonByteOrderMark")},
    "content_html_blank.json": {("warning", "NotBlank")},
    "content_html_broken.json": {("warning", "NotHtml")},
    "content_html_event_handler.json": {("warning", "SecurityRiskAttr")},
    "content_html_relative.json": {("warning", "ContainsRelRef")},
    "content_html_script.json": {("warning", "SecurityRisk")},
    "content_html_style.json": {("warning", "DangerousStyleAttr")},
    "content_text_html.json": {("warning", "ContainsHTML")},
    "control_character.json": {("warning", "JsonControlCharacter")},
    "date_invalid.json": {("error", "InvalidRFC3339Date")},
    "date_leap_second.json": set(),
    "date_modified_before_published.json": {("warning", "ModifiedBeforePublished")},
    "date_no_offset.json": {("error", "InvalidRFC3339Date")},
    "date_space.json": {("error", "InvalidRFC3339Date")},
    "date_wrong_type.json": {("error", "WrongType")},
    "deep_nesting.json": {("error", "ValidatorLimit")},
    "duplicate_key.json": {("error", "JsonDuplicateKey")},
    "expired_string.json": {("error", "WrongType")},
    "expired_true.json": {("info", "FeedExpired")},
    "extension_member_dot.json": {("error", "InvalidExtensionName")},
    "extension_member_underscore.json": {("error", "InvalidExtensionName")},
    "extension_name_digit.json": {("error", "InvalidExtensionName")},
    "extension_name_dot.json": {("error", "InvalidExtensionName")},
    "extension_not_object.json": {("warning", "ExtensionNotObject")},
    "extension_valid.json": set(),
    "feed_url_missing.json": {("warning", "MissingFeedUrl")},
    "home_page_url_missing.json": {("warning", "MissingHomePageUrl")},
    "hub_missing_url.json": {("error", "MissingMember")},
    "hub_unknown_type.json": {("info", "UnknownHubType")},
    "hub_websub_without_feed_url.json": {("warning", "HubWithoutFeedUrl"), ("warning", "MissingFeedUrl")},
    "huge_number.json": {("error", "JsonNumberOutOfRange")},
    "icon_missing.json": {("info", "MissingIcon")},
    "infinity.json": {("error", "JsonNotANumber")},
    "invalid_utf8.json": {("error", "UnicodeError")},
    "item_id_blank.json": {("error", "InvalidId")},
    "item_id_missing.json": {("error", "MissingMember")},
    "item_id_null.json": {("error", "InvalidId")},
    "item_id_number.json": {("warning", "NumericId")},
    "item_ids_duplicate.json": {("error", "DuplicateItemId")},
    "item_ids_duplicate_number_and_string.json": {("error", "DuplicateItemId"), ("warning", "NumericId")},
    "item_no_content.json": {("error", "MissingContent")},
    "item_no_url.json": {("warning", "MissingItemUrl")},
    "item_not_object.json": {("error", "WrongType")},
    "items_missing.json": {("error", "MissingMember")},
    "items_not_array.json": {("error", "WrongType")},
    "language_in_1_0.json": {("warning", "Version11Member")},
    "language_invalid.json": {("error", "InvalidLanguage")},
    "language_underscore.json": {("error", "InvalidLanguage")},
    "lone_surrogate.json": {("error", "JsonLoneSurrogate")},
    "nan.json": {("error", "JsonNotANumber")},
    "next_url_is_feed_url.json": {("error", "NextUrlIsFeedUrl")},
    "not_a_feed.json": {("error", "UnknownFormat")},
    "not_object.json": {("error", "UnknownFormat")},
    "string_document.json": {("error", "UnknownFormat")},
    "summary_long.json": {("info", "LongSummary")},
    "syntax_bad_escape.json": {("error", "JsonSyntaxError")},
    "syntax_comment.json": {("error", "JsonSyntaxError")},
    "syntax_leading_zero.json": {("error", "JsonSyntaxError")},
    "syntax_raw_newline.json": {("error", "JsonSyntaxError")},
    "syntax_single_quotes.json": {("error", "JsonSyntaxError")},
    "syntax_trailing_comma.json": {("error", "JsonSyntaxError")},
    "syntax_trailing_comma_object.json": {("error", "JsonSyntaxError")},
    "syntax_truncated.json": {("error", "JsonSyntaxError")},
    "syntax_unquoted_key.json": {("error", "JsonSyntaxError")},
    "tags_duplicate.json": {("warning", "DuplicateTag")},
    "tags_not_array.json": {("error", "WrongType")},
    "title_blank.json": {("warning", "NotBlank")},
    "title_html.json": {("warning", "ContainsHTML")},
    "title_line_break.json": {("warning", "TitleLineBreak")},
    "title_missing.json": {("error", "MissingMember")},
    "title_wrong_type.json": {("error", "WrongType")},
    "unknown_author_member.json": {("error", "UnknownMember")},
    "unknown_member.json": {("error", "UnknownMember")},
    "unknown_top_member.json": {("error", "UnknownMember")},
    "url_image_not_web.json": {("warning", "NotWebUrl")},
    "url_javascript.json": {("warning", "SecurityRisk")},
    "url_no_host.json": {("error", "InvalidFullLink")},
    "url_not_web.json": {("warning", "NotWebUrl")},
    "url_relative.json": {("error", "InvalidFullLink")},
    "url_space.json": {("error", "InvalidUriChar")},
    "url_wrong_type.json": {("error", "WrongType")},
    "utf16.json": {("error", "JsonNotUtf8")},
    "valid_1_0.json": set(),
    "valid_1_1.json": set(),
    "valid_author_mailto.json": set(),
    "valid_microblog.json": set(),
    "valid_podcast.json": set(),
    "valid_two_items.json": set(),
    "version_http.json": {("warning", "NonCanonicalVersion")},
    "version_missing.json": {("error", "MissingMember")},
    "version_not_first.json": {("info", "VersionNotFirst")},
    "version_not_url.json": {("error", "InvalidVersion")},
    "version_number.json": {("error", "WrongType")},
    "version_unknown.json": {("warning", "UnknownVersion")},
}


def findings(name: str, **options):
    return validate_bytes((FIXTURES / name).read_bytes(), path=name, reader_view=False, **options).findings


def test_every_fixture_is_in_the_table():
    assert sorted(p.name for p in FIXTURES.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_gives_exactly_its_findings(name):
    assert {(f.severity, f.code) for f in findings(name)} == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if n.startswith("valid_")))
def test_valid_fixtures_are_json_feeds_of_their_version(name):
    report = validate_bytes((FIXTURES / name).read_bytes(), reader_view=False)
    assert report.format == "jsonfeed"
    assert report.version == ("1.0" if name == "valid_1_0.json" else "1.1")


# (fixture, code) -> (JSON Pointer, line, column) of the finding: the value, key or object concerned.
PLACES = {
    ("date_invalid.json", "InvalidRFC3339Date"): ("/items/0/date_published", 23, 25),
    ("duplicate_key.json", "JsonDuplicateKey"): ("/items/0/title", 21, 7),  # the second key
    ("unknown_member.json", "UnknownMember"): ("/items/0/date_publised", 28, 7),  # the key
    ("item_id_missing.json", "MissingMember"): ("/items/0", 17, 5),  # the item's {
    ("syntax_trailing_comma.json", "JsonSyntaxError"): ("", 9, 23),  # the second comma
    ("content_html_script.json", "SecurityRisk"): ("/items/0/content_html", 21, 23),
    ("lone_surrogate.json", "JsonLoneSurrogate"): ("/items/0/title", 20, 16),
    ("item_ids_duplicate.json", "DuplicateItemId"): ("/items/1/id", 30, 13),
    ("invalid_utf8.json", "UnicodeError"): (None, 6, 22),  # in characters: "Caf" before the bad byte
    ("utf16.json", "JsonNotUtf8"): (None, 1, 1),
}


@pytest.mark.parametrize("name,code", sorted(PLACES))
def test_findings_point_at_the_value_concerned(name, code):
    (finding,) = [f for f in findings(name) if f.code == code]
    assert (finding.pointer, finding.line, finding.column) == PLACES[name, code]
    if finding.pointer:
        assert finding.text().startswith(finding.pointer + ": ")


def test_the_place_is_where_the_value_is_written():
    data = (FIXTURES / "date_invalid.json").read_bytes()
    (finding,) = findings("date_invalid.json")
    line = data.decode().splitlines()[finding.line - 1]
    assert line[finding.column - 1:].startswith('"22 november 2012"')


def test_columns_count_characters_not_bytes():
    text = '{"version": "https://jsonfeed.org/version/1.1", "title": "Café – ☕", "x": 1, "items": []}'
    (unknown,) = [f for f in validate_bytes(text.encode(), reader_view=False).findings if f.code == "UnknownMember"]
    assert unknown.column == text.index('"x"') + 1


HTML_CODES = {"SecurityRisk", "SecurityRiskAttr", "DangerousStyleAttr", "ContainsRelRef", "NotHtml"}  # html.py's, as for XML


def test_every_fixture_code_is_declared_or_shared_with_the_xml_layers():
    produced = {code for expected in EXPECTED.values() for _, code in expected}
    own = {c.code for c in declared()}
    assert produced - own - set(SHARED) - HTML_CODES == set()
    assert len(produced & own) >= 40  # the fixtures exercise JSON Feed's own codes


def test_messages_render_in_dutch_too():
    (finding,) = findings("title_missing.json")
    assert finding.text("en") == '(the feed has no "title", which is required: give the feed its name, e.g. "title": "Blog van Rens Meijkamp")'.strip("()")
    assert finding.text("nl").startswith('de feed heeft geen "title", en dat is verplicht')
    (wrong,) = findings("item_not_object.json")
    assert wrong.text("nl") == '/items/1: dit element is de tekst "https://www.example.nl/toekomst/", maar het moet een object (een item) zijn'


def test_a_large_feed_gets_the_specs_size_advice():
    items = [{"id": str(i), "url": f"https://example.org/{i}", "content_text": "x" * 1000} for i in range(1100)]
    feed = json.loads((FIXTURES / "valid_1_1.json").read_text())
    feed["items"] = items
    found = {f.code for f in validate_bytes(json.dumps(feed).encode(), reader_view=False).findings}
    assert found == {"LargeFeed"}


def test_feed_url_is_compared_with_the_address_it_was_fetched_from():
    data = (FIXTURES / "valid_1_1.json").read_bytes()
    assert not validate_bytes(data, base_url="https://www.example.nl/feed.json", reader_view=False).findings
    (moved,) = validate_bytes(data, base_url="https://www.example.org/feed.json", reader_view=False).findings
    assert moved.code == "SelfDoesntMatchLocation" and moved.pointer == "/feed_url"


@pytest.mark.parametrize(
    "media_type,version,expected",
    [
        ("application/feed+json", "1.1", set()),
        ("application/json", "1.1", {"GenericJsonMediaType"}),
        ("application/json", "1", set()),  # JSON Feed 1.0 asked for application/json
        ("text/html", "1.1", set()),  # not a feed type at all: the download's own warning (fetch.py) says it
        ("application/rss+xml", "1.1", {"UnexpectedContentType"}),
    ],
)
def test_the_served_media_type_is_checked(media_type, version, expected):
    feed = json.loads((FIXTURES / ("valid_1_1.json" if version == "1.1" else "valid_1_0.json")).read_text())
    report = validate_bytes(json.dumps(feed).encode(), media_type=media_type, reader_view=False)
    assert {f.code for f in report.findings} == expected


def test_an_xml_feed_served_as_json_gets_the_xml_media_type_warning():
    atom = (Path(__file__).parent / "golden" / "example" / "atom.xml").read_bytes()
    report = validate_bytes(atom, media_type="application/feed+json", reader_view=False)
    assert "UnexpectedContentType" in {f.code for f in report.findings}


def test_over_max_size_is_refused_before_reading():
    data = (FIXTURES / "valid_1_1.json").read_bytes()
    report = validate_bytes(data, max_size=100, reader_view=False)
    assert [(f.code, f.severity) for f in report.findings] == [("ValidatorLimit", "error")]


def test_ignore_switches_a_json_code_off():
    data = (FIXTURES / "item_id_number.json").read_bytes()
    assert not validate_bytes(data, ignore={"NumericId"}, reader_view=False).findings
