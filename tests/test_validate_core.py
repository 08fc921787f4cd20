"""Layers 1 and 2 of the validator: bytes, encodings, XML, DOCTYPEs and format detection.

One fixture per behaviour in tests/fixtures/validate/core/; each test names the
finding the fixture's content must (or must not) produce.
"""

from pathlib import Path

import pytest

from feedtool.validate.engine import validate_bytes
from feedtool.validate.xml import parse_xml

CORE = Path(__file__).parent / "fixtures" / "validate" / "core"


def run(name: str, **kwargs):
    return validate_bytes((CORE / name).read_bytes(), path=name, **kwargs)


def codes(report, severity=None):
    return {f.code for f in report.findings if severity is None or f.severity == severity}


@pytest.mark.parametrize(
    "name, fmt",
    [
        ("valid-atom.xml", "atom"),
        ("valid-rss.xml", "rss"),
        ("bom-utf8.xml", "rss"),
        ("utf16.xml", "rss"),
        ("atom-entry-document.xml", "atom"),
    ],
)
def test_well_formed_feeds_get_no_layer_one_or_two_finding(name, fmt):
    report = run(name)
    assert report.format == fmt
    layer_codes = codes(report) & {
        "SAXError", "UnicodeError", "EncodingMismatch", "BadCharacters", "UnknownEncoding", "EmptyDocument",
        "UnknownFormat", "HtmlPage", "EntityDeclaration", "ContainsSystemEntity", "NonstdEncoding",
    }
    assert layer_codes == set()


@pytest.mark.parametrize(
    "name, code, line",
    [
        ("bom-mismatch.xml", "EncodingMismatch", 1),
        ("unknown-encoding.xml", "UnknownEncoding", 1),
        ("undeclared-latin1.xml", "UnicodeError", 8),
        ("xml-1.1.xml", "BadXmlVersion", 1),
        ("vertical-tab.xml", "SAXError", 8),
        ("undefined-entity.xml", "SAXError", 8),  # without a DTD, as W3C (and XML) say it
        ("not-well-formed.xml", "SAXError", 8),
        ("leading-whitespace.xml", "SAXError", 2),
        ("wordpress-blank-line.xml", "WPBlankLine", 1),  # WordPress's own: named as W3C does, the rest still checked
        ("truncated.xml", "SAXError", 9),
        ("empty.xml", "EmptyDocument", 1),
        ("whitespace-only.xml", "EmptyDocument", 1),
        ("binary-garbage.xml", "SAXError", 1),
        ("billion-laughs.xml", "EntityExpansion", 1),
        ("deep-nesting.xml", "ValidatorLimit", 1),
        ("netscape-dtd.xml", "DeprecatedDTD", 1),
        ("html-page.xml", "HtmlPage", 1),
        ("xhtml-page.xml", "HtmlPage", 2),
        ("unknown-root.xml", "UnknownFormat", 2),
    ],
)
def test_errors_name_code_and_line(name, code, line):
    report = run(name)
    found = [f for f in report.findings if f.code == code]
    assert found, report.findings
    assert found[0].severity == "error"
    assert found[0].line == line
    assert not report.valid


def test_syntax_errors_carry_a_column():
    finding = next(f for f in run("vertical-tab.xml").findings if f.code == "SAXError")
    assert finding.column is not None and finding.column > 1
    assert "U+000B" in finding.text()


def test_a_reference_to_an_illegal_character_is_named():
    data = (CORE / "valid-rss.xml").read_bytes().replace(b"De decentralisaties", b"De &#xFFFE; decentralisaties")
    finding = next(f for f in validate_bytes(data).findings if f.code == "SAXError")
    assert "U+FFFE" in finding.text() and finding.line == 8


def test_one_byte_file_declared_utf16_is_an_encoding_mismatch_not_a_parse_error():
    report = run("utf16-declared-ascii.xml")
    assert [(f.code, f.severity) for f in report.findings if f.severity == "error"] == [("EncodingMismatch", "error")]


def test_unknown_encoding_reported_once():
    assert [f.code for f in run("unknown-encoding.xml").findings].count("UnknownEncoding") == 1


@pytest.mark.parametrize(
    "name, column",
    [("c1-controls.xml", 14), ("c1-reference.xml", 20), ("double-encoded.xml", 17), ("double-encoded-utf8.xml", 20), ("double-encoded-reference.xml", 20)],
)
def test_bad_characters_warn_where_the_wrong_encoding_shows(name, column):
    finding = next(f for f in run(name).findings if f.code == "BadCharacters")
    assert finding.severity == "warning"
    assert (finding.line, finding.column) == (8, column)


def test_correctly_declared_windows_1252_is_fine_but_not_standard():
    report = run("windows-1252.xml")
    assert "BadCharacters" not in codes(report)
    assert codes(report, "info") >= {"NonstdEncoding"}


def test_http_charset_disagreeing_with_the_document_is_an_encoding_mismatch():
    data = (CORE / "valid-rss.xml").read_bytes()
    assert "EncodingMismatch" in codes(validate_bytes(data, http_charset="iso-8859-1"), "warning")
    assert "EncodingMismatch" not in codes(validate_bytes(data, http_charset="UTF-8"))


def test_html_page_lists_the_feeds_it_links_to():
    finding = next(f for f in run("html-page.xml").findings if f.code == "HtmlPage")
    assert "https://example.org/atom.xml" in finding.text()


def test_internal_entities_are_reported_and_never_expanded():
    result = parse_xml((CORE / "internal-entity.xml").read_bytes())
    assert "EntityDeclaration" in {f.code for f in result.findings}
    title = result.root.find("channel/item/title")
    assert "\xa0" not in "".join(title.itertext())


def test_external_dtd_is_noted_not_loaded():
    report = run("external-dtd.xml")
    assert "ExternalDTD" in codes(report, "info")
    assert report.format == "rss"


@pytest.mark.parametrize(
    "name, fmt, code, severity",
    [
        ("atom-0.3.xml", "atom03", "ObsoleteNamespace", "error"),
        ("rss-0.90.rdf", "rss090", "OlderRssVersion", "info"),  # checked with its own rules, as W3C does: no warning
        ("rss-0.91.xml", "rss", "OlderRssVersion", "info"),
    ],
)
def test_older_formats_are_recognised_and_named(name, fmt, code, severity):
    report = run(name)
    assert report.format == fmt
    assert code in codes(report, severity)


@pytest.mark.parametrize("name, fmt", [("rss-1.0.rdf", "rss10"), ("rss-0.90.rdf", "rss090")])
def test_the_rdf_formats_are_checked(name, fmt):
    report = run(name)
    assert (report.format, report.valid) == (fmt, True)
    assert codes(report, "warning") == set()
    broken = (CORE / name).read_bytes().replace(b"<link>", b"<lnk>", 1).replace(b"</link>", b"</lnk>", 1)
    assert codes(validate_bytes(broken), "error") == {"UndefinedElement", "MissingLink"}  # the channel's <link> misspelt


def test_size_limit_is_checked_before_parsing():
    data = (CORE / "valid-rss.xml").read_bytes()
    report = validate_bytes(data, max_size=100)
    assert [f.code for f in report.findings] == ["ValidatorLimit"]
    assert f"{len(data):,}" in report.findings[0].text()


def test_ignore_switches_a_code_off():
    report = run("xml-1.1.xml", ignore={"BadXmlVersion"})
    assert "BadXmlVersion" not in codes(report)
    assert report.valid


def test_findings_are_sorted_by_place():
    report = run("double-encoded.xml")
    keys = [f.sort_key() for f in report.findings]
    assert keys == sorted(keys)


def test_a_crashing_rule_module_becomes_a_finding(monkeypatch):
    from feedtool.validate import engine

    def broken(doc):
        yield from ()
        raise KeyError("boom")

    monkeypatch.setitem(engine.RULES, "rss", broken)
    report = run("valid-rss.xml")
    assert "InternalError" in codes(report, "error")


def test_encoding_name_with_a_nul_byte_is_an_unknown_encoding():
    # found by bench/fuzz.py: codecs.lookup raised ValueError on it
    data = (CORE / "valid-rss.xml").read_bytes().replace(b'encoding="utf-8"', b'encoding="\x00tf-8"')
    report = validate_bytes(data)
    assert "UnknownEncoding" in codes(report, "error")


# --- Encodings and DOCTYPEs as W3C's messages describe them -------------------------------


@pytest.mark.parametrize("name", ["latin1.xml", "utf16-no-declaration.xml", "windows-1252.xml", "no-declaration-non-ascii.xml"])
def test_valid_feeds_in_other_encodings_have_no_error_and_no_reader_complaint(name):
    report = run(name)
    assert report.valid, report.findings
    assert not {c for c in codes(report) if c.startswith("Reader")}, report.findings


def test_latin1_is_nonstandard_but_not_obscure():
    report = run("latin1.xml")
    assert ("NonstdEncoding", "info") in {(f.code, f.severity) for f in report.findings}
    assert "ObscureEncoding" not in codes(report)


def test_an_encoding_few_readers_decode_is_obscure():
    report = run("obscure-encoding.xml")
    assert "ObscureEncoding" in codes(report, "warning")
    assert report.valid


def test_non_ascii_without_a_declaration_warns_missing_encoding_when_downloaded():
    # a file is UTF-8 by XML's rule (as W3C judges files); a download leaves readers to HTTP's defaults
    assert "MissingEncoding" in codes(run("no-declaration-non-ascii.xml", media_type="application/rss+xml"), "warning")
    assert "MissingEncoding" not in codes(run("no-declaration-non-ascii.xml"))
    for name in ("valid-rss.xml", "utf16-no-declaration.xml", "latin1.xml"):
        assert "MissingEncoding" not in codes(run(name, media_type="application/rss+xml")), name


def test_a_wordpress_feed_after_blank_lines_is_checked_as_if_they_were_not_there():
    report = run("wordpress-blank-line.xml")
    assert [f.code for f in report.findings if f.severity == "error"] == ["WPBlankLine"]
    assert "SAXError" not in codes(report) and report.format == "rss"


def test_ascii_without_a_declaration_needs_none():
    data = (CORE / "valid-rss.xml").read_bytes().split(b"\n", 1)[1]
    assert "MissingEncoding" not in codes(validate_bytes(data))


def test_http_charset_counts_as_a_declaration():
    report = run("no-declaration-non-ascii.xml", http_charset="utf-8")
    assert "MissingEncoding" not in codes(report)


def test_misspelt_encoding_name_is_invalid_encoding_with_the_registered_name():
    report = run("misspelt-encoding.xml")
    finding = next(f for f in report.findings if f.code == "InvalidEncoding")
    assert finding.severity == "error" and finding.line == 1
    assert '"UTF-8"' in finding.text()
    assert "UnknownEncoding" not in codes(report)


def test_latin1_bytes_declared_utf8_names_the_likely_encoding():
    finding = next(f for f in run("undeclared-latin1.xml").findings if f.code == "UnicodeError")
    assert "windows-1252" in finding.text() and "the declaration says \"utf-8\"" in finding.text()


def test_entity_only_an_unread_external_dtd_could_define_is_undefined():
    report = run("external-dtd-entity.xml")
    finding = next(f for f in report.findings if f.code == "UndefinedNamedEntity")
    assert finding.severity == "error" and "&nbsp;" in finding.text() and finding.line == 9


def test_latin1_entities_of_the_rss_091_dtd_are_defined():
    report = run("rss-0.91-dtd-entity.xml")
    assert "UndefinedNamedEntity" not in codes(report)
    assert report.valid, report.findings


def test_feed_root_in_an_unknown_namespace_warns_unknown_namespace():
    report = run("atom-unknown-namespace.xml")
    assert "UnknownNamespace" in codes(report, "warning")
    assert not report.valid  # the Atom rules say the namespace is wrong
    assert "UnknownNamespace" not in codes(run("valid-atom.xml"))


def test_latin1_bytes_without_a_declaration_say_that_none_is_declared():
    data = (CORE / "undeclared-latin1.xml").read_bytes().split(b"\n", 1)[1]
    finding = next(f for f in validate_bytes(data).findings if f.code == "UnicodeError")
    assert "no encoding is declared" in finding.text() and "windows-1252" in finding.text()


def test_itunes_elements_outside_utf8_warn_not_utf8():
    finding = next(f for f in run("itunes-latin1.xml").findings if f.code == "NotUTF8")
    assert finding.severity == "warning" and "ISO-8859-1" in finding.text()
    assert "NotUTF8" not in codes(run("latin1.xml"))  # no iTunes elements
    utf8 = (CORE / "itunes-latin1.xml").read_bytes().decode("latin-1").replace("ISO-8859-1", "utf-8").encode()
    assert "NotUTF8" not in codes(validate_bytes(utf8))


def test_a_document_that_is_not_well_formed_is_checked_up_to_the_error():
    # as W3C reads a stream: the closed item is judged (no guid, an undefined element); the open
    # channel and item are not (no MissingDescription, no value check of the half-read link)
    report = run("truncated-checked-before.xml")
    assert {(f.code, f.line) for f in report.findings} == {("MissingGuid", 6), ("UndefinedElement", 8), ("SAXError", 13)}


def test_nothing_after_the_first_error_is_read():
    # libxml2 goes on after an undeclared prefix; a stream stops there: <mystery> (line 11) is never seen
    report = run("undeclared-prefix-midway.xml")
    assert {(f.code, f.line) for f in report.findings} == {("UndefinedElement", 7), ("SAXError", 8)}


def test_rss_in_a_namespace_is_said_once_and_checked_as_rss():
    report = run("rss-in-a-namespace.xml")
    assert report.format == "rss"
    assert codes(report, "error") == {"InvalidNamespace", "MissingDescription", "UndefinedElement"}  # <summary> is Atom's


def test_a_truncated_atom_feed_is_judged_at_its_first_entry():
    # W3C checks the feed's head when the first entry begins: the open feed still misses its
    # <updated> and self link; the open entry is not judged (no id, no updated: nothing said)
    report = run("truncated-atom-entry.xml")
    assert {(f.code, f.line) for f in report.findings} == {("MissingElement", 2), ("MissingSelf", 2), ("SAXError", 9)}


def test_a_truncated_feed_on_one_line_keeps_what_its_complete_elements_say():
    # the open channel and item share line 2 with a complete item: its bad date is still said,
    # while what is missing on that line (the channel's description) belongs to the open elements
    report = run("truncated-one-line.xml")
    assert {(f.code, f.line) for f in report.findings} == {("InvalidRFC2822Date", 2), ("SAXError", 3)}


def test_what_comes_before_a_well_formedness_error_is_checked_as_a_stream():
    # As W3C reads a feed: the complete first item is judged (its relative link), the channel and the
    # item still open at the undefined entity are not (no missing <description>, no missing <guid>).
    report = run("stream-before-error.xml")
    assert sorted((f.code, f.line) for f in report.findings if f.severity != "info") == [("InvalidFullLink", 8), ("SAXError", 13)]


@pytest.mark.parametrize(
    "name, variant, line",
    [
        ("replacement-character.xml", "BadCharacters.replacement", 8),  # U+FFFD: a decoder already gave up
        ("latin1-one-double-encoded.xml", "BadCharacters.utf8_in_latin", 8),  # one text is UTF-8, the rest Latin-1
    ],
)
def test_bad_characters_of_other_kinds(name, variant, line):
    found = [f for f in run(name).findings if f.code == "BadCharacters"]
    assert [(f.message.id, f.line) for f in found] == [(variant, line)]


def test_references_inside_cdata_are_html_text_not_bad_characters():
    # "&#146;" in a CDATA section is HTML's (browsers map it to windows-1252), and "&#123;" is "{".
    assert "BadCharacters" not in codes(run("c1-reference-in-cdata.xml"))
