"""RSS 2.0 rules: one small fixture per rule, each with exactly the findings it should give."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from feedtool.validate import namespaces, rss
from feedtool.validate.detect import detect_format
from feedtool.validate.document import Document
from feedtool.validate.xml import parse_xml

FIXTURES = Path(__file__).parent / "fixtures" / "validate" / "rss"

# fixture -> the (severity, code) pairs the RSS rules must report, and nothing else.
EXPECTED: dict[str, set[tuple[str, str]]] = {
    # OpenSearch counts and thr:total (Blogger's RSS)
    "opensearch_thread_valid.xml": set(),
    "opensearch_total_invalid.xml": {("error", "InvalidNonNegativeInteger")},
    "opensearch_start_invalid.xml": {("error", "InvalidInteger")},
    "thread_total_invalid.xml": {("error", "InvalidNonNegativeInteger")},
    # RSS 1.0 modules used in RSS 2.0 that point at a resource with rdf:resource
    "changedpage_server_invalid.xml": {("error", "InvalidUriChar")},  # "changes page": the space is named, as W3C does
    "annotate_reference_valid.xml": set(),
    "annotate_reference_missing_resource.xml": {("error", "MissingAttribute")},
    # atom:link in RSS: the attributes of RFC 4287 section 4.2.7, as in Atom
    "atom_link_attributes_valid.xml": set(),  # a relative href is an IRI reference, as in Atom
    "atom_link_href_invalid.xml": {("error", "InvalidUriChar")},
    "atom_link_type_invalid.xml": {("error", "InvalidMIMEType")},
    "atom_link_unexpected_attribute.xml": {("error", "UnexpectedAttribute")},
    # URLs: what a reader downloads is an http(s) URL of a public host; provisional schemes; characters no URI holds
    "enclosure_url_not_web.xml": {("error", "InvalidURLAttribute")},  # magnet: is no http url (RSS 2.0, <enclosure>)
    "enclosure_url_localhost.xml": {("error", "InvalidURLAttribute")},  # no subscriber can download from localhost
    "enclosure_url_ip_valid.xml": set(),
    "link_provisional_scheme.xml": {("warning", "SchemeNotIANARegistered")},  # magnet: is only provisionally registered
    "link_bracket_in_path.xml": {("error", "InvalidUriChar")},  # "[" belongs only around an IPv6 host
    "guid_with_spaces.xml": {("error", "InvalidUriChar")},  # a permalink: the space is named first, as W3C does
    # GeoRSS Simple
    "georss_valid.xml": set(),  # featurename and box as GeoRSS Simple writes them; W3C knows neither (docs/validate.md)
    "georss_point_comma.xml": {("warning", "CoordComma")},
    "georss_point_invalid.xml": {("error", "InvalidCoord")},  # one number is not a pair
    "georss_line_invalid.xml": {("error", "InvalidCoordList")},  # a line needs two pairs or more
    "georss_elev_invalid.xml": {("error", "InvalidFloat")},
    "dc_date_repeated_valid.xml": {("warning", "DuplicateItemSemantics")},  # DC elements may repeat; pubDate says the same
    "dc_repeatable_valid.xml": set(),  # several subjects and contributors are fine
    # Media RSS
    "media_valid.xml": set(),
    "media_group_valid.xml": set(),
    "media_group_single.xml": {("error", "MediaGroupWithoutAlternatives")},
    "media_medium_invalid.xml": {("error", "InvalidMediaMedium")},
    "media_expression_invalid.xml": {("error", "InvalidMediaExpression")},
    "media_isdefault_invalid.xml": {("error", "InvalidTrueFalse")},
    "media_filesize_invalid.xml": {("error", "InvalidNonNegativeInteger")},
    "media_framerate_invalid.xml": {("error", "InvalidFloat")},
    "media_content_no_url.xml": {("error", "MissingAttribute")},
    "media_thumbnail_no_url.xml": {("error", "MissingAttribute")},
    "media_thumbnail_time_invalid.xml": {("error", "InvalidNPTTime")},
    "media_text_type_invalid.xml": {("error", "InvalidMediaTextType")},
    "media_rating_invalid.xml": {("error", "InvalidMediaRating")},
    "media_hash_invalid.xml": {("error", "InvalidMediaHash")},
    "media_restriction_invalid.xml": {("error", "InvalidMediaRestriction")},
    "media_restriction_relationship_invalid.xml": {("error", "InvalidMediaRestrictionRel")},
    "media_restriction_type_invalid.xml": {("error", "InvalidMediaRestrictionType")},
    "media_credit_role_invalid.xml": {("error", "InvalidCreditRole")},
    "media_adult.xml": {("warning", "DeprecatedMediaAdult")},
    # rss version: the released ones only
    "version_092_valid.xml": set(),
    "version_093.xml": {("error", "InvalidRSSVersion")},  # 0.93 and 0.94 were never finalised
    # iTunes podcast tags
    "itunes_valid.xml": set(),
    "itunes_duration_seconds_valid.xml": set(),
    "itunes_explicit_invalid.xml": {("error", "InvalidTrueFalse")},  # true or false only, since 2023
    "itunes_block_invalid.xml": {("error", "InvalidYesNoClean")},  # yes, no or clean
    "itunes_complete_other_value.xml": set(),  # Apple acts on "Yes"; with any other value "nothing happens"
    "itunes_duration_invalid.xml": {("error", "InvalidDuration")},
    "itunes_category_invalid.xml": {("error", "InvalidItunesCategory")},
    "itunes_category_obsolete.xml": {("warning", "ObsoleteItunesCategory")},
    "itunes_category_in_item.xml": {("error", "UndefinedElement")},
    "itunes_type_invalid.xml": {("error", "InvalidItunesChannelType")},
    "itunes_episode_type_invalid.xml": {("error", "InvalidItunesEpisodeType")},
    "itunes_keywords_spaces.xml": {("warning", "InvalidKeywords")},
    "itunes_owner_email_invalid.xml": {("error", "InvalidContact")},
    "itunes_summary_too_long.xml": {("error", "TooLong")},
    "itunes_image_no_href.xml": {("error", "MissingAttribute")},
    "itunes_missing_recommended.xml": {("warning", "MissingItunesElement"), ("warning", "MissingItunesEmail"), ("warning", "UnsupportedItunesFormat")},
    # namespaced attributes, RFC 5005 paging/archives, link relations, Media RSS namespace, W3C-DTF zones
    "extension_attribute.xml": {("warning", "UseOfExtensionAttr")},
    "extension_attribute_rssboard_valid.xml": set(),  # docs names the RSS Board spec, which allows them (2007)
    "xml_lang_attribute_valid.xml": set(),  # xml:lang is XML's own attribute, not an extension
    "media_rss_namespace_no_slash.xml": {("error", "MediaRssNamespace")},
    "fh_complete_valid.xml": set(),
    "fh_complete_with_next.xml": {("error", "FeedRelInCompleteFeed")},
    "fh_complete_current_not_self.xml": {("error", "CurrentNotSelfInCompleteFeed")},
    "fh_archive_valid.xml": set(),
    "fh_archive_incomplete.xml": {("warning", "ArchiveIncomplete"), ("warning", "MissingCurrentInArchive")},
    "history_rel_in_item.xml": {("warning", "FeedHistoryRelInEntry")},
    "atom_link_hub_valid.xml": set(),  # hub is registered; a full URI needs no registration
    "atom_link_unregistered_rel.xml": {("warning", "UnregisteredAtomLinkRel")},
    "dc_date_non_utc.xml": {("info", "W3CDTFDateNonUTC")},
    "valid.xml": set(),
    "image_valid.xml": set(),
    "cloud_valid.xml": set(),
    "skiphours_valid.xml": set(),
    "skipdays_valid.xml": set(),
    "source_valid.xml": set(),
    "item_description_only.xml": set(),
    "guid_tag_not_permalink.xml": set(),
    "rss091.xml": set(),
    "rss091_constraints.xml": {("warning", "Rss091Constraint")},  # no language, an item without link
    "missing_title.xml": {("error", "MissingTitle")},
    "missing_link.xml": {("error", "MissingLink")},
    "missing_description.xml": {("error", "MissingDescription")},
    "missing_channel.xml": {("error", "MissingElement"), ("error", "UndefinedElement")},
    "missing_version.xml": {("error", "MissingAttribute")},
    "version_invalid.xml": {("error", "InvalidRSSVersion")},
    "duplicate_title.xml": {("error", "DuplicateElement")},
    "duplicate_item_link.xml": {("error", "DuplicateElement")},
    "item_without_title_or_description.xml": {("error", "ItemMustContainTitleOrDescription")},
    "pubdate_wrong_dow.xml": {("error", "IncorrectDOW")},
    "pubdate_dutch.xml": {("error", "InvalidRFC2822Date")},
    "pubdate_iso.xml": {("error", "InvalidRFC2822Date")},
    "pubdate_two_digit_year.xml": {("warning", "ProblematicalRFC822Date")},
    "pubdate_future.xml": {("warning", "ImplausibleDate")},
    "guid_not_url.xml": {("error", "InvalidHttpGUID")},
    "guid_tag_permalink.xml": {("error", "InvalidPermalink")},
    "guid_bad_boolean.xml": {("error", "InvalidBooleanAttribute")},
    "guid_attribute_case.xml": {("error", "UnexpectedAttribute")},
    "category_blank_domain.xml": {("warning", "AttrNotBlank")},
    "title_unexpected_attribute.xml": {("error", "UnexpectedAttribute")},
    "guid_duplicate.xml": {("error", "DuplicateValue")},
    "guid_small_integer.xml": {("warning", "NotSufficientlyUnique")},
    "guid_seven_digits.xml": {("warning", "NotSufficientlyUnique")},  # up to eight digits, as W3C
    "channel_empty_optional_valid.xml": set(),  # empty copyright, generator, category of the channel: nothing said
    "item_category_empty.xml": {("warning", "NotBlank")},  # an item's category is there to be read
    "title_escaped_twice.xml": {("warning", "ContainsHTML")},  # "&amp;amp;": the text still holds "&amp;"
    "atom_id_not_full.xml": {("error", "InvalidFullLink")},  # an atom:id in RSS is an id all the same
    "atom_id_valid.xml": set(),
    "title_hex_reference_valid.xml": set(),  # "&#x26;amp;": the RSS profile's way to write "&amp;" literally
    "missing_guid.xml": {("warning", "MissingGuid")},
    "author_name_only.xml": {("error", "InvalidContact")},
    "author_no_name.xml": {("warning", "MissingRealName")},
    "author_angle_form.xml": {("warning", "EmailFormat")},
    "webmaster_name_then_address.xml": {("error", "InvalidContact")},
    "enclosure_no_url.xml": {("error", "MissingAttribute")},
    "enclosure_bad_length.xml": {("error", "InvalidIntegerAttribute")},
    "enclosure_negative_length.xml": {("error", "UseZeroForUnknown")},
    "enclosure_bad_type.xml": {("error", "InvalidMIMEAttribute")},
    "enclosure_two.xml": {("warning", "DuplicateEnclosure")},
    "language_invalid.xml": {("error", "InvalidLanguage")},
    "xml_lang_invalid.xml": {("error", "InvalidLanguage")},  # on the item title; the one on <rss> is fine
    "link_relative.xml": {("error", "InvalidFullLink")},
    "link_iri.xml": {("error", "UriNotIri")},
    "link_unregistered_scheme.xml": {("warning", "SchemeNotIANARegistered")},
    "undefined_element.xml": {("error", "UndefinedElement")},
    "blink.xml": {("error", "NoBlink")},
    "unexpected_text.xml": {("error", "UnexpectedText")},
    "unknown_namespace.xml": {("warning", "UnknownNamespace")},
    "podcasting20_namespace.xml": {("info", "UnsupportedNamespace")},  # W3C says nothing; we say it is not checked
    "missing_atom_self.xml": {("warning", "MissingAtomSelfLink")},
    "atom_link_not_empty.xml": {("warning", "AtomLinkNotEmpty")},
    "dc_date_no_zone.xml": {("error", "InvalidW3CDTFDate"), ("warning", "DuplicateItemSemantics")},
    "dc_duplicate_semantics.xml": {("warning", "DuplicateSemantics")},
    "dc_child_element.xml": {("error", "UndefinedElement")},
    "content_encoded_before_description.xml": {("warning", "NeedDescriptionBeforeContent")},
    "content_encoded_twice.xml": {("error", "DuplicateElement")},
    "description_script.xml": {("warning", "SecurityRisk")},
    "description_relative_link.xml": {("warning", "ContainsRelRef")},
    "ttl_fraction.xml": {("error", "InvalidPositiveInteger")},
    "ttl_blank.xml": {("error", "InvalidPositiveInteger"), ("warning", "NotBlank")},
    "image_too_wide.xml": {("error", "InvalidWidth")},
    "image_too_high.xml": {("error", "InvalidHeight")},
    "image_missing_url.xml": {("error", "MissingElement")},
    "image_title_mismatch.xml": {("warning", "ImageTitleDoesntMatch")},
    "textinput_valid.xml": {("warning", "AvoidTextInput")},
    "textinput_bad_name.xml": {("error", "InvalidFormComponentName"), ("warning", "AvoidTextInput")},
    "textinput_missing_name.xml": {("error", "MissingElement"), ("warning", "AvoidTextInput")},
    "cloud_missing_port.xml": {("error", "MissingAttribute")},
    "cloud_protocol_invalid.xml": {("error", "InvalidValue")},  # xml-rpc, soap or http-post
    "skipdays_eight.xml": {("error", "EightDaysAWeek"), ("error", "DuplicateValue")},  # eight days: one repeats
    "image_link_differs.xml": {("warning", "ImageLinkDoesntMatch")},
    "geo_longitude_invalid.xml": {("error", "InvalidLongitude")},  # -180 .. 180
    "slash_comments_without_date.xml": {("warning", "SlashDate")},  # counts need the channel's lastBuildDate
    "item_atom_summary.xml": {("warning", "DuplicateDescriptionSemantics")},  # atom:summary beside description
    "skiphours_too_many.xml": {("error", "NotEnoughHoursInTheDay"), ("error", "DuplicateValue")},  # 25 hours: one repeats
    "skiphours_invalid.xml": {("error", "InvalidHour")},
    "skiphours_midnight_24.xml": {("warning", "UseZeroForMidnight")},
    "skipdays_invalid.xml": {("error", "InvalidDay")},
    "skipdays_repeated.xml": {("error", "DuplicateValue")},
    "source_missing_url.xml": {("error", "MissingAttribute")},
    "title_html.xml": {("warning", "ContainsHTML")},
    "title_blank.xml": {("warning", "NotBlank")},
    "sy_update_period_invalid.xml": {("error", "InvalidUpdatePeriod"), ("error", "InvalidPositiveInteger")},
    "geo_invalid.xml": {("error", "InvalidLatitude")},
    "misplaced_item.xml": {("warning", "MisplacedItem")},
    "image_url_format.xml": {("warning", "ImageUrlFormat")},
    "comment_rss_typo.xml": {("warning", "CommentRSS")},
    "slash_comments_invalid.xml": {("error", "InvalidNonNegativeInteger")},  # lastBuildDate is there: no SlashDate
    "slash_hit_parade_invalid.xml": {("error", "InvalidCommaSeparatedIntegers")},
    "reserved_prefix.xml": {("warning", "ReservedPrefix")},  # dc bound to another URI: said once, as W3C says it,
    "netscape_doctype.xml": {("error", "InvalidDoctype")},  # DeprecatedDTD is layer 1's
    # elements of known vocabularies where they do not belong (as W3C judges them)
    "georss_point_capital.xml": {("error", "UndefinedElement")},  # GeoRSS Simple's names: point, not Point
    "module_elements_misplaced.xml": {("error", "UndefinedElement")},  # content:encoded on the channel, sy: in an item
    "not_in_a_namespace.xml": {("error", "NotInANamespace"), ("info", "UnsupportedNamespace")},  # RSS's <title> inside podcast:liveItem is no one's
    "qualified_dc_valid.xml": set(),  # dc:date.Taken: "qualified" Dublin Core, a dc:date
    "qualified_dc_invalid.xml": {("error", "InvalidW3CDTFDate")},
    "misplaced_extension_after_items_valid.xml": set(),  # only the channel's own elements belong before the items
    "atom_self_twice_valid.xml": set(),  # the same self link twice: redundant, and no rule against it
    "version_10.xml": {("error", "InvalidRSSVersion")},
    "vocabulary_typos.xml": {("error", "UndefinedElement")},  # opensearch:totalresults, media:thumb, geo:latitude, thr:count
    "atom_elements_in_item.xml": {("warning", "QuestionableUsage")},  # atom:category in an item (atom:published is defined there)
    "feedburner_elements.xml": {("error", "UndefinedElement")},  # feedburner:origlink: FeedBurner writes origLink
    "enclosure_text.xml": {("error", "UnexpectedText")},  # a caption inside <enclosure>: readers never show it
    "atom_link_outside_channel.xml": {("warning", "QuestionableUsage"), ("error", "UndefinedElement")},  # before <channel>: atom:link, itunes:author
    "namespace_urn_invalid.xml": {("error", "InvalidURN")},  # xmlns:flickr="urn:flickr:": a URN needs its specific string  # and no RSS 2.0 recommendations (guid, self link) for it
}


def rss_findings(name: str):
    data = (FIXTURES / name).read_bytes()
    parsed = parse_xml(data)
    assert parsed.root is not None, f"{name} must be well-formed: {parsed.findings}"
    declared = namespaces.declarations(data, parsed.root, parsed.encoding)
    renames = namespaces.near_misses(declared)
    if renames:
        namespaces.canonicalise(parsed.root, renames)
    fmt, version = detect_format(parsed.root)
    assert fmt == "rss"
    # the namespace declarations are judged by the layer before the rules (as validate_bytes runs them)
    return list(namespaces.check(declared)) + list(rss.check(Document(data=data, root=parsed.root, format=fmt, version=version)))


def test_every_fixture_has_an_expectation():
    assert {p.name for p in FIXTURES.glob("*.xml")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_gives_exactly_the_expected_findings(name):
    found = {(f.severity, f.code) for f in rss_findings(name)}
    assert found == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if e))
def test_findings_have_a_line_and_a_message(name):
    for finding in rss_findings(name):
        assert finding.line is not None and finding.line >= 1, finding
        assert len(finding.text()) > 20, finding


def test_missing_element_points_at_its_parent():
    (finding,) = [f for f in rss_findings("missing_title.xml") if f.code == "MissingTitle"]
    assert finding.line == 3  # the <channel> line
    assert "title" in finding.text()


def test_rss091_constraints_are_each_reported():
    messages = [f.text() for f in rss_findings("rss091_constraints.xml")]
    assert len(messages) == 2
    assert any("<language>" in m for m in messages) and any("<link>" in m for m in messages)


def test_relative_self_link_is_a_warning():
    data = (FIXTURES / "valid.xml").read_bytes().replace(b'href="https://blog.example.nl/feed.xml"', b'href="/feed.xml"')
    parsed = parse_xml(data)
    findings = list(rss.check(Document(data=data, root=parsed.root, format="rss", version="2.0")))
    assert [(f.severity, f.code) for f in findings] == [("warning", "RelativeSelf")]


def test_self_link_is_compared_with_the_address_the_feed_came_from():
    data = (FIXTURES / "valid.xml").read_bytes()
    parsed = parse_xml(data)

    def codes(base_url):
        doc = Document(data=data, root=parsed.root, format="rss", version="2.0", base_url=base_url)
        return [f.code for f in rss.check(doc)]

    assert codes("https://blog.example.nl/feed.xml") == []
    assert codes("https://blog.example.nl:443/feed.xml") == []  # the same address, written differently
    assert codes("https://blog.example.nl/rss") == ["SelfDoesntMatchLocation"]
    assert codes(None) == []  # a file: nothing to compare with


def test_now_can_be_fixed_for_repeatable_date_checks():
    data = (FIXTURES / "valid.xml").read_bytes()
    parsed = parse_xml(data)
    before_2012 = datetime(2012, 1, 1, tzinfo=timezone.utc).timestamp()
    doc = Document(data=data, root=parsed.root, format="rss", version="2.0", extra={"now": before_2012})
    assert {f.code for f in rss.check(doc)} == {"ImplausibleDate"}  # the 2012-12-21 dates lie in that future


def test_extension_checks_serve_other_formats():
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"
      xmlns:geo="http://www.w3.org/2003/01/geo/wgs84_pos#" xmlns:x="https://example.nl/x">
    <dc:date>2012-12-21</dc:date>
    <dc:language>Nederlands</dc:language>
    <geo:lat>95</geo:lat>
    <x:thing/>
    </feed>"""
    root = parse_xml(atom).root
    doc = Document(data=atom, root=root, format="atom", version="1.0")
    findings = rss.check_extensions(doc, [child for child in root if isinstance(child.tag, str)])
    # x: is unknown: said where it is declared (the namespace layer), not at each element
    assert {(f.code, f.line) for f in findings} == {("InvalidLanguage", 4), ("InvalidLatitude", 5)}


def test_itunes_and_media_values_are_checked_for_other_formats_too():
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
      xmlns:media="http://search.yahoo.com/mrss/">
    <itunes:explicit>maybe</itunes:explicit>
    <itunes:category text="Society &amp; Culture"><itunes:category text="Documentary"/></itunes:category>
    <media:group><media:content url="https://example.nl/a.mp4"/></media:group>
    <itunes:duration>7:40</itunes:duration>
    </feed>"""
    root = parse_xml(atom).root
    doc = Document(data=atom, root=root, format="atom", version="1.0")
    findings = rss.check_extensions(doc, [child for child in root if isinstance(child.tag, str)])
    # values only: where an iTunes tag may appear in Atom is the Atom rules' business
    assert {(f.code, f.line) for f in findings} == {("InvalidTrueFalse", 3), ("MediaGroupWithoutAlternatives", 5)}


def test_dutch_date_message_names_the_trap():
    (finding,) = rss_findings("pubdate_dutch.xml")
    assert "Dutch" in finding.text() and "English" in finding.text()


def test_duplicate_guid_names_the_first_item():
    (finding,) = rss_findings("guid_duplicate.xml")
    assert "line 11" in finding.text()  # the first guid


def test_many_items_are_checked_in_one_pass():
    item = "<item><title>t{0}</title><guid>https://example.nl/{0}</guid><pubDate>Mon, 21 Dec 2012 10:00:00 +0100</pubDate></item>"
    data = (
        '<rss version="2.0"><channel><title>t</title><link>https://example.nl/</link><description>d</description>'
        + "".join(item.format(i) for i in range(50))
        + "</channel></rss>"
    ).encode()
    parsed = parse_xml(data)
    findings = list(rss.check(Document(data=data, root=parsed.root, format="rss", version="2.0")))
    assert sum(f.code == "IncorrectDOW" for f in findings) == 50


def test_itunes_recommendations_name_each_missing_element():
    messages = [f.text() for f in rss_findings("itunes_missing_recommended.xml") if f.code == "MissingItunesElement"]
    assert len(messages) == 2  # the channel has a language; itunes:category and itunes:explicit are missing
    assert any("itunes:category" in m for m in messages) and any("itunes:explicit" in m for m in messages)


@pytest.mark.parametrize(
    ("name", "parent", "code"),
    [("Society & Culture", None, None), ("True Crime", None, None), ("Games & Hobbies", None, "ObsoleteItunesCategory"),
     ("Documentary", "Society & Culture", None), ("History", "Society & Culture", "ObsoleteItunesCategory"),  # 2019 list; 2006's retired
     ("Society &amp; Culture", None, "InvalidItunesCategory"), ("society & culture", None, "InvalidItunesCategory"),
     ("Comedy", "Society & Culture", "InvalidItunesCategory"), ("Audio Blogs", None, "ObsoleteItunesCategory")],
)
def test_itunes_categories(name, parent, code):
    from feedtool.validate import rssvalues

    assert [p.code for p in rssvalues.check_itunes_category(name, parent)] == ([code] if code else [])


@pytest.mark.parametrize(("value", "ok"), [("7:40", True), ("07:40", True), ("1:02:03", True), ("460", True), ("1:60", False), ("1:2", False), ("12.5", False), ("", False)])
def test_itunes_duration(value, ok):
    from feedtool.validate import rssvalues

    assert (rssvalues.check_itunes_duration(value) == []) is ok


@pytest.mark.parametrize(
    ("scheme", "value", "ok"),
    [(None, "adult", True), ("urn:simple", "nonadult", True), ("urn:mpaa", "pg-13", True), ("urn:mpaa", "PG-13", False),
     ("urn:v-chip", "tv-y7-fv", True), ("urn:icra", "r (cz 1 lz 1 mz 1 oz 1 vz 1)", True), ("urn:icra", "pg", False),
     ("https://example.nl/ratings", "whatever", True), ("not a uri", "x", False), (None, "PG", False)],
)
def test_media_ratings(scheme, value, ok):
    from feedtool.validate import rssvalues

    assert (rssvalues.check_media_rating(scheme, value) == []) is ok


@pytest.mark.parametrize(("value", "ok"), [("now", True), ("123.45", True), ("123:05:35.030", True), ("0:00:12", True), ("1:2", False), ("12:75:00", False), ("soon", False)])
def test_npt_times(value, ok):
    from feedtool.validate import rssvalues

    assert (rssvalues.check_npt(value, "time") == []) is ok
