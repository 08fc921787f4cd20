"""`feedtool validate` on JSON Feeds: the reader's view (fastfeedparser), properties over generated
feeds, and the command line (every output format, exit codes, directories, stdin, URLs)."""

from __future__ import annotations

import http.server
import json
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedtool.validate.engine import validate_bytes
from validate_support import invoke, serve_locally

FIXTURES = Path(__file__).parent / "fixtures" / "validate" / "jsonfeed"
VALID = str(FIXTURES / "valid_1_1.json")
DATE = str(FIXTURES / "date_invalid.json")  # one error: /items/0/date_published, line 23, column 25
WARNING = str(FIXTURES / "item_id_number.json")  # one warning

# --- the reader's view --------------------------------------------------------------------------

# fixture -> what fastfeedparser's reading adds to the strict findings.
READER = {
    "valid_1_1.json": set(),
    "valid_podcast.json": set(),
    "bom.json": {"ReaderParseProblem", "ReaderEntryCount"},  # fastfeedparser does not see JSON behind a BOM
    "item_not_object.json": {"ReaderParseProblem", "ReaderEntryCount"},  # it crashes on an item that is a string
    "author_not_object.json": {"ReaderParseProblem", "ReaderEntryCount"},
    "date_wrong_type.json": {"ReaderParseProblem", "ReaderEntryCount"},
    "items_not_array.json": {"ReaderParseProblem"},
    "date_leap_second.json": {"ReaderDateUnreadable"},  # RFC 3339 allows :60; the reader reads no date
    "item_id_number.json": set(),  # read as the same number
}


@pytest.mark.parametrize("name", sorted(READER))
def test_the_readers_view_adds_what_fastfeedparser_reads_differently(name):
    data = (FIXTURES / name).read_bytes()
    strict = {f.code for f in validate_bytes(data, reader_view=False).findings}
    full = {f.code for f in validate_bytes(data).findings}
    assert full - strict == READER[name]


def test_lost_items_are_an_error_at_the_items_array():
    (lost,) = [f for f in validate_bytes((FIXTURES / "bom.json").read_bytes()).findings if f.code == "ReaderEntryCount"]
    assert lost.severity == "error" and lost.pointer == "/items"
    assert "reads 0 items where the feed holds 1" in lost.text()


def test_ignore_reader_switches_the_readers_view_off():
    data = (FIXTURES / "bom.json").read_bytes()
    assert {f.code for f in validate_bytes(data, ignore={"Reader"}).findings} == {"JsonByteOrderMark"}


def test_the_reader_compares_ids_titles_links_and_dates(monkeypatch):
    from feedtool.validate import jsonreader

    real = jsonreader.read

    def misreading(data):
        parsed = real(data)
        entry = parsed["entries"][0]
        entry["id"], entry["title"], entry["link"] = "other", "Andere titel", "https://elders.example/"
        entry["published"] = "2012-11-22T10:00:00+00:00"  # an hour off
        return parsed

    monkeypatch.setattr(jsonreader, "read", misreading)
    found = {f.code: f for f in validate_bytes(Path(VALID).read_bytes()).findings}
    assert set(found) == {"ReaderIdDiffers", "ReaderTitleDiffers", "ReaderLinkDiffers", "ReaderDateDiffers"}
    assert found["ReaderDateDiffers"].pointer == "/items/0/date_published"
    assert "2012-11-22T09:00:00+00:00" in found["ReaderDateDiffers"].text()


# --- properties -----------------------------------------------------------------------------------

WORDS = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="<>&"), min_size=1, max_size=20).filter(
    lambda s: s.strip() == s and s.strip()
)
SLUG = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12)
OFFSETS = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
DATES = st.datetimes(datetime(1971, 1, 1), datetime(2099, 12, 31), timezones=OFFSETS).map(lambda d: d.replace(microsecond=0).isoformat())


@st.composite
def json_feeds(draw):
    version = draw(st.sampled_from(["1", "1.1"]))
    slugs = draw(st.lists(SLUG, unique=True, max_size=6))
    items = []
    for slug in slugs:
        item = {"id": f"https://example.org/{slug}", "url": f"https://example.org/{slug}/"}
        if draw(st.booleans()):
            item["title"] = draw(WORDS)
        content = draw(st.sampled_from(["html", "text", "both"]))
        if content in ("html", "both"):
            item["content_html"] = f"<p>{draw(WORDS)} <a href=\"https://example.org/{slug}/\">meer</a></p>"
        if content in ("text", "both"):
            item["content_text"] = draw(WORDS)
        if draw(st.booleans()):
            item["summary"] = draw(WORDS)
        if draw(st.booleans()):
            item["date_published"] = draw(DATES)
        if draw(st.booleans()):
            item["tags"] = draw(st.lists(WORDS, unique=True, min_size=1, max_size=3))
        if draw(st.booleans()):
            item["attachments"] = [{"url": f"https://example.org/{slug}.mp3", "mime_type": "audio/mpeg", "size_in_bytes": draw(st.integers(0, 2**40))}]
        if version == "1.1" and draw(st.booleans()):
            item["language"] = draw(st.sampled_from(["nl", "nl-NL", "en-GB", "fy"]))
        items.append(item)
    feed = {"version": f"https://jsonfeed.org/version/{version}", "title": draw(WORDS), "home_page_url": "https://example.org/",
            "feed_url": "https://example.org/feed.json", "icon": "https://example.org/icon.png", "items": items}
    if version == "1.1":
        feed["authors"] = [{"name": draw(WORDS)}]
        feed["language"] = "nl-NL"
    else:
        feed["author"] = {"name": draw(WORDS), "url": "https://example.org/over/"}
    if draw(st.booleans()):
        feed["_feedtool"] = {"about": "https://example.org/extension", "built": draw(WORDS)}
    return feed


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_feeds(), st.sampled_from([dict(indent=2, ensure_ascii=False), dict(), dict(separators=(",", ":"))]))
def test_any_generated_valid_json_feed_validates_clean(feed, options):
    report = validate_bytes(json.dumps(feed, **options).encode("utf-8"))
    assert report.format == "jsonfeed"
    assert report.findings == []


ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)
MEMBERS = st.sampled_from(["version", "title", "home_page_url", "feed_url", "authors", "author", "language", "expired", "hubs", "items", "next_url", "_x"])
ITEM_MEMBERS = st.sampled_from(["id", "url", "title", "content_html", "content_text", "date_published", "date_modified", "tags", "attachments", "authors", "author", "image", "_x"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_feeds(), st.lists(st.tuples(MEMBERS, ANY_JSON), max_size=3), st.lists(st.tuples(ITEM_MEMBERS, ANY_JSON), max_size=3))
def test_a_feed_with_members_of_any_type_gets_findings_never_a_crash(feed, top, inner):
    for name, value in top:
        feed[name] = value
    if isinstance(feed.get("items"), list) and feed["items"] and isinstance(feed["items"][0], dict):
        for name, value in inner:
            feed["items"][0][name] = value
    report = validate_bytes(json.dumps(feed).encode("utf-8", "surrogatepass"))
    assert "InternalError" not in {f.code for f in report.findings}, [f.text() for f in report.findings]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=40), st.integers(0, 2000), st.integers(0, 5))
def test_damaged_bytes_of_a_json_feed_get_findings_never_a_crash(noise, at, drop):
    data = Path(VALID).read_bytes()
    damaged = data[:at] + noise + data[at + drop:]
    report = validate_bytes(damaged)
    assert "InternalError" not in {f.code for f in report.findings}
    if report.format is None and damaged.lstrip()[:1] == b"{":
        assert not report.valid


# --- the command line --------------------------------------------------------------------------------


def test_text_output_names_the_pointer_line_and_column():
    result = invoke(DATE)
    assert result.exit_code == 1
    first = result.output.splitlines()[0]
    assert first.startswith(f"{DATE}:23:25: error: /items/0/date_published: ")
    assert first.endswith("[InvalidRFC3339Date]")
    assert "1 file checked: 1 error, 0 warnings, 0 info; 1 file fails" in result.output


def test_json_output_has_the_format_version_and_pointer():
    result = invoke("--format", "json", DATE, VALID)
    files = json.loads(result.output)["files"]
    assert [(f["format"], f["version"], f["valid"]) for f in files] == [("jsonfeed", "1.1", False), ("jsonfeed", "1.1", True)]
    (finding,) = files[0]["findings"]
    assert (finding["pointer"], finding["line"], finding["column"]) == ("/items/0/date_published", 23, 25)


def test_sarif_output_carries_the_pointer_as_a_logical_location():
    result = invoke("--format", "sarif", DATE)
    (res,) = json.loads(result.output)["runs"][0]["results"]
    assert res["ruleId"] == "InvalidRFC3339Date"
    place = res["locations"][0]
    assert place["physicalLocation"]["region"] == {"startLine": 23, "startColumn": 25}
    assert place["logicalLocations"] == [{"fullyQualifiedName": "/items/0/date_published", "kind": "member"}]


def test_github_annotations_and_junit():
    github = invoke("--format", "github", DATE)
    assert github.output.startswith(f"::error file={DATE},line=23,col=25,title=InvalidRFC3339Date::/items/0/date_published: ")
    junit = invoke("--format", "junit", DATE, VALID)
    assert 'failures="1"' in junit.output and 'type="InvalidRFC3339Date"' in junit.output


def test_exit_codes_follow_the_xml_rules():
    assert invoke(VALID).exit_code == 0
    assert invoke(WARNING).exit_code == 0
    assert invoke("--strict", WARNING).exit_code == 1
    assert invoke(DATE).exit_code == 1
    assert invoke(str(FIXTURES / "syntax_comment.json")).exit_code == 1
    assert invoke(str(FIXTURES / "missing.json")).exit_code == 3


def test_a_json_file_that_is_not_a_feed_fails_when_named():
    result = invoke(str(FIXTURES / "not_a_feed.json"))
    assert result.exit_code == 1 and "[UnknownFormat]" in result.output and "not a feed" in result.output


def test_a_directory_run_skips_json_that_is_no_feed_and_says_so(tmp_path):
    shutil.copy(VALID, tmp_path / "feed.json")
    shutil.copy(FIXTURES / "not_a_feed.json", tmp_path / "package.json")
    (tmp_path / "tags").mkdir()
    shutil.copy(FIXTURES / "syntax_comment.json", tmp_path / "tags" / "broken.json")  # broken, but meant as a feed
    (tmp_path / "data.json").write_text("[1, 2, 3]")
    result = invoke("--format", "json", "--jobs", "1", str(tmp_path))
    paths = [f["path"] for f in json.loads(result.output)["files"]]
    assert paths == [str(tmp_path / "feed.json"), str(tmp_path / "tags" / "broken.json")]
    assert result.exit_code == 1  # the broken feed
    assert "skipped 2 JSON files that are not a feed" in result.stderr and "package.json" in result.stderr
    (tmp_path / "tags" / "broken.json").unlink()
    assert invoke(str(tmp_path)).exit_code == 0


def test_a_directory_with_only_json_that_is_no_feed_has_no_feed_files(tmp_path):
    shutil.copy(FIXTURES / "not_a_feed.json", tmp_path / "package.json")
    result = invoke(str(tmp_path))
    assert result.exit_code == 3 and "[NoFeedFiles]" in result.output


def test_stdin():
    result = invoke("--format", "json", "-", input=Path(DATE).read_bytes())
    (document,) = json.loads(result.output)["files"]
    assert document["path"] == "-" and document["format"] == "jsonfeed"
    assert result.exit_code == 1


def test_ignore_accepts_json_feed_codes_without_a_warning():
    result = invoke("--ignore", "NumericId", WARNING)
    assert result.exit_code == 0 and result.stderr == ""
    assert "0 warnings" in result.output


FEED = Path(VALID).read_bytes()
ROUTES = {
    "/feed.json": {"Content-Type": "application/feed+json", "ETag": '"1"'},
    "/plain.json": {"Content-Type": "application/json", "ETag": '"1"'},
    "/as-html": {"Content-Type": "text/html", "ETag": '"1"'},
}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the http.server API
        headers = ROUTES.get(self.path)
        if headers is None:
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(FEED)))
        self.end_headers()
        self.wfile.write(FEED)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    yield from serve_locally(Handler)


@pytest.mark.parametrize(
    "route,expected",
    [
        ("/feed.json", set()),
        ("/plain.json", {"GenericJsonMediaType"}),
        ("/as-html", {"UnexpectedContentType"}),
    ],
)
def test_urls_by_media_type(server, route, expected):
    result = invoke("--format", "json", server + route)
    (document,) = json.loads(result.output)["files"]
    found = {f["code"] for f in document["findings"]} - {"HttpResponse", "SelfDoesntMatchLocation"}
    assert document["format"] == "jsonfeed"
    assert found == expected
    assert "SelfDoesntMatchLocation" in {f["code"] for f in document["findings"]}  # feed_url is www.example.nl
    assert result.exit_code == 0


# --- the build's own JSON Feeds ---------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent


# The fixture store has a title with markup as text ("café & <b>vette</b>"): its feeds warn (ContainsHTML),
# as its Atom and RSS feeds do (ContainsUndeclaredHTML, ContainsHTML).
@pytest.mark.parametrize(
    "store,warned", [(ROOT / "entries", set()), (ROOT / "tests" / "fixtures" / "build-store", {"ContainsHTML"})], ids=["example", "fixture"]
)
def test_every_json_feed_the_build_writes_validates_without_errors(tmp_path, store, warned):
    from click.testing import CliRunner

    from feedtool.cli import main

    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    with CliRunner().isolation():  # main is the entry point (a function), not the click group
        try:
            main(["build", "--store", str(copy), "--out", str(tmp_path / "public"), "--now", "2030-01-01T00:00:00+01:00"])
        except SystemExit as exc:
            assert exc.code == 0
    feeds = sorted((tmp_path / "public").rglob("feed.json"))
    assert len(feeds) >= 2  # the main feed and its tag feeds
    for feed in feeds:
        report = validate_bytes(feed.read_bytes(), path=str(feed))
        assert (report.format, report.version) == ("jsonfeed", "1.1"), feed
        assert report.valid, feed
        warnings = {f.code for f in report.findings if f.severity != "info"}
        if feed.parent == tmp_path / "public":  # the main feed has every entry
            assert warnings == warned, feed
        assert warnings <= warned and {f.code for f in report.findings} - warnings <= {"MissingIcon"}, feed  # the stores give no icon


@pytest.mark.parametrize("layer", ["recognise", "check"])
def test_a_bug_in_a_json_layer_is_an_internal_error_finding_not_a_traceback(monkeypatch, layer):
    from feedtool.validate import jsonfeed

    monkeypatch.setattr(jsonfeed, layer, lambda *args: (_ for _ in ()).throw(KeyError("x")))
    report = validate_bytes(Path(VALID).read_bytes())
    assert "InternalError" in {f.code for f in report.findings}
    assert not report.valid
