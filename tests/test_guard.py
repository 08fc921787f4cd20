"""The id guard: what it refuses, what it lets through, and the record it keeps."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from feedtool import guard
from feedtool.errors import StoreError
from feedtool.model import Entry, Feed, Person

AMS = ZoneInfo("Europe/Amsterdam")
SITE = "https://zaken.example.nl/"
FEED_ID = "tag:zaken.example.nl,2012:blog"


def entry(slug: str, title: str, day: int, month: int = 12, site: str = SITE, feed_id: str = FEED_ID, **kw) -> Entry:
    published = datetime(2012, month, day, 10, 0, tzinfo=AMS)
    values = dict(
        id=f"{feed_id}/{slug}",
        slug=slug,
        title=title,
        link=f"{site}{slug}/",
        published=published,
        updated=published,
        authors=(Person("Rens Meijkamp"),),
        summary=f"Samenvatting van {title}",
        content=f"<p>{title}</p>",
        source=f"entries/{slug}.yaml",
    )
    values.update(kw)
    return Entry(**values)


def feed(*entries: Entry, site: str = SITE, feed_id: str = FEED_ID) -> Feed:
    return Feed(title="Zaakgericht werken", link=site, id=feed_id, entries=tuple(entries))


EINDE = entry("einde-van-de-wereld", "21/12/2012 – het einde van de wereld?", 21)
DECENTRAAL = entry("decentralisaties", "Decentralisaties vragen om innovatie", 30, month=11)


def first_record(*entries: Entry) -> guard.Record:
    result = guard.check(None, feed(*entries), entries)
    assert not result.refused
    return result.record


def roundtrip(record: guard.Record) -> guard.Record:
    return guard.load_record(guard.dump_record(record), "entries/_published.json")


def test_first_build_starts_the_record():
    result = guard.check(None, feed(EINDE, DECENTRAAL), (EINDE, DECENTRAAL))
    assert not result.refused
    assert set(result.record.entries) == {EINDE.id, DECENTRAAL.id}
    assert result.record.site == SITE
    assert any("started the record" in str(n) for n in result.notes)


def test_record_json_is_deterministic_and_complete():
    a = guard.dump_record(first_record(EINDE, DECENTRAAL))
    b = guard.dump_record(first_record(DECENTRAAL, EINDE))
    assert a == b
    assert a.endswith("}\n")
    data = json.loads(a)
    assert data["version"] == 1
    assert list(data["entries"]) == sorted(data["entries"])
    item = data["entries"][EINDE.id]
    assert item["link"] == EINDE.link
    assert item["published"] == "2012-12-21T10:00:00+01:00"
    assert item["content"].startswith("sha256:") and len(item["content"]) == 7 + 64
    assert "21/12/2012 – het einde" in a  # UTF-8 text, not \u escapes


def test_record_survives_dump_and_load():
    record = first_record(EINDE, DECENTRAAL)
    assert roundtrip(record) == record


def test_unchanged_build_passes_and_keeps_the_record_byte_identical():
    record = roundtrip(first_record(EINDE, DECENTRAAL))
    result = guard.check(record, feed(EINDE, DECENTRAAL), (EINDE, DECENTRAAL))
    assert not result.refused
    assert guard.dump_record(result.record) == guard.dump_record(record)


def test_new_entry_passes_and_is_recorded():
    record = first_record(EINDE)
    wmo = entry("wmo", "De Wmo en zaakgericht werken", 28)
    result = guard.check(record, feed(EINDE, wmo), (wmo, EINDE))
    assert not result.refused
    assert wmo.id in result.record.entries
    assert guard.dump_record(result.record) != guard.dump_record(record)


def test_edit_with_new_updated_passes():
    record = first_record(EINDE)
    edited = replace(EINDE, title="21/12/2012 – het einde van de wereld!", updated=EINDE.updated + timedelta(days=1))
    result = guard.check(record, feed(edited), (edited,))
    assert not result.refused
    assert result.record.entries[EINDE.id].title == edited.title


def test_changed_published_is_refused_per_entry():
    record = first_record(EINDE, DECENTRAAL)
    moved = replace(DECENTRAAL, published=DECENTRAAL.published + timedelta(days=1))
    result = guard.check(record, feed(EINDE, moved), (EINDE, moved))
    assert result.refused
    [problem] = result.problems
    assert problem.file == "entries/decentralisaties.yaml"
    assert problem.field == "published"
    assert "2012-11-30T10:00:00+01:00" in problem.text() and "2012-12-01T10:00:00+01:00" in problem.text()
    assert "--accept-changes" in problem.hint_text()
    assert result.record == record  # nothing new to write when refused


def test_same_instant_in_another_offset_is_not_a_change():
    record = first_record(EINDE)
    utc = replace(EINDE, published=EINDE.published.astimezone(ZoneInfo("UTC")))
    assert not guard.check(record, feed(utc), (utc,)).refused


def test_renamed_slug_with_new_id_is_refused():
    record = first_record(EINDE, DECENTRAAL)
    renamed = entry("decentralisaties-sociaal-domein", DECENTRAAL.title, 30, month=11)
    result = guard.check(record, feed(EINDE, renamed), (EINDE, renamed))
    assert result.refused
    [problem] = result.problems
    assert problem.field == "id"
    assert problem.file == "entries/decentralisaties-sociaal-domein.yaml"
    assert DECENTRAAL.id in problem.text() and renamed.id in problem.text()
    assert "same title and date" in problem.text()
    assert f'id: {DECENTRAAL.id}' in problem.hint_text()


def test_new_id_with_the_same_link_is_refused():
    record = first_record(EINDE)
    reid = replace(EINDE, id="urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427", title="Andere titel", summary="x", content="y")
    result = guard.check(record, feed(reid), (reid,))
    assert result.refused
    assert "same link" in result.problems[0].text()
    assert "same title" not in result.problems[0].text()


def test_lookalike_of_an_entry_that_is_still_there_is_a_new_post():
    # Two posts with the same title on the same day, both kept: not an id change.
    record = first_record(EINDE)
    twin = entry("einde-van-de-wereld-2", EINDE.title, 21, summary="Tweede deel", content="<p>Deel 2</p>")
    result = guard.check(record, feed(EINDE, twin), (twin, EINDE))
    assert not result.refused


def test_removed_entry_stays_in_the_record():
    record = first_record(EINDE, DECENTRAAL)
    result = guard.check(record, feed(EINDE), (EINDE,))
    assert not result.refused
    assert DECENTRAAL.id in result.record.entries
    # ... so that bringing it back under another id is still caught.
    back = entry("decentralisaties-2", DECENTRAAL.title, 30, month=11)
    assert guard.check(result.record, feed(EINDE, back), (EINDE, back)).refused


def test_entry_beyond_the_limit_is_no_lookalike_source():
    # Left out of the feeds by the limit, but still in the store: its id did not change.
    record = first_record(EINDE, DECENTRAAL)
    assert not guard.check(record, feed(EINDE, DECENTRAAL), (EINDE,)).refused


def test_domain_move_with_stable_ids_passes_and_updates_links():
    record = roundtrip(first_record(EINDE, DECENTRAAL))
    new_site = "https://www.zaken-nieuw.nl/"
    moved = [replace(e, link=e.link.replace(SITE, new_site)) for e in (EINDE, DECENTRAAL)]
    result = guard.check(record, feed(*moved, site=new_site), moved)
    assert not result.refused
    assert result.record.site == new_site
    assert result.record.entries[EINDE.id].link == "https://www.zaken-nieuw.nl/einde-van-de-wereld/"
    assert any("site moved" in str(n) for n in result.notes)
    assert not any("link changed" in str(n) for n in result.notes)


def test_http_to_https_passes():
    http_site = "http://zaken.example.nl/"
    old = [replace(e, link=e.link.replace(SITE, http_site)) for e in (EINDE, DECENTRAAL)]
    record = guard.check(None, feed(*old, site=http_site), old).record
    assert not guard.check(record, feed(EINDE, DECENTRAAL), (EINDE, DECENTRAAL)).refused


def test_domain_move_with_a_derived_feed_id_is_refused_with_the_old_feed_id_as_hint():
    record = first_record(EINDE, DECENTRAAL)
    new_site, new_feed_id = "https://www.zaken-nieuw.nl/", "tag:www.zaken-nieuw.nl,2012:blog"
    moved = [
        entry(e.slug, e.title, e.published.day, e.published.month, site=new_site, feed_id=new_feed_id)
        for e in (EINDE, DECENTRAAL)
    ]
    result = guard.check(record, feed(*moved, site=new_site, feed_id=new_feed_id), moved)
    assert len(result.problems) == 2
    for problem in result.problems:
        assert problem.field == "id"
        assert "same link" in problem.text()  # same place on the moved site
        assert f"id: {FEED_ID}" in problem.hint_text()


def test_accept_changes_lets_an_id_change_through_and_replaces_the_old_id():
    record = first_record(EINDE, DECENTRAAL)
    renamed = entry("decentralisaties-sociaal-domein", DECENTRAAL.title, 30, month=11)
    result = guard.check(record, feed(EINDE, renamed), (EINDE, renamed), accept_changes=True)
    assert not result.refused
    assert renamed.id in result.record.entries
    assert DECENTRAAL.id not in result.record.entries
    assert any(str(n).startswith("accepted:") for n in result.notes)
    # The next build without the flag passes: the record now holds the new id.
    assert not guard.check(result.record, feed(EINDE, renamed), (EINDE, renamed)).refused


def test_accept_changes_lets_a_new_published_date_through():
    record = first_record(EINDE)
    moved = replace(EINDE, published=EINDE.published - timedelta(hours=2))
    result = guard.check(record, feed(moved), (moved,), accept_changes=True)
    assert not result.refused
    assert result.record.entries[EINDE.id].published == moved.published
    assert not guard.check(result.record, feed(moved), (moved,)).refused


def test_record_path():
    assert guard.record_path(Path("entries"), True) == Path("entries/_published.json")
    assert guard.record_path(Path("blog/posts.yaml"), False) == Path("blog/posts.published.json")


@pytest.mark.parametrize(
    ("text", "field", "line"),
    [
        ("{", None, 1),
        ('{"version": 1, "entries": []}', "entries", None),
        ('{"version": 7, "entries": {}}', "version", None),
        ('{"version": 1, "entries": {"x": {"slug": "x"}}}', "entries.x.title", None),
        (
            '{"version": 1, "entries": {"x": {"slug": "x", "title": "t", "link": "l", "content": "c", "published": "gisteren"}}}',
            "entries.x.published",
            None,
        ),
        (
            '{"version": 1, "entries": {"x": {"slug": "x", "title": "t", "link": "l", "content": "c", "published": "2012-12-21T10:00:00"}}}',
            "entries.x.published",
            None,
        ),
        ("[]", None, None),
    ],
)
def test_a_broken_record_is_a_store_error_naming_file_and_field(text, field, line):
    with pytest.raises(StoreError) as info:
        guard.load_record(text, "entries/_published.json")
    problem = next(p for p in info.value.problems if p.field == field)
    assert problem.file == "entries/_published.json"
    assert problem.line == line
    assert problem.hint_text()
    assert info.value.exit_code == 3


def test_the_repeated_hour_at_the_end_of_summer_time_is_not_a_change():
    # 02:30 on 28 October 2012 happened twice in Amsterdam; the second one (fold=1) is +01:00.
    late = entry("nacht", "Nachtwerk", 28, month=10, published=datetime(2012, 10, 28, 2, 30, fold=1, tzinfo=AMS))
    late = replace(late, updated=late.published)
    record = roundtrip(first_record(late))
    assert record.entries[late.id].published.isoformat() == "2012-10-28T02:30:00+01:00"
    assert not guard.check(record, feed(late), (late,)).refused
    early = replace(late, published=late.published.replace(fold=0))  # the first 02:30, +02:00
    assert guard.check(record, feed(early), (early,)).refused


def test_a_new_link_for_the_same_id_passes_with_a_note():
    record = first_record(EINDE)
    moved = replace(EINDE, link=f"{SITE}2012/12/einde-van-de-wereld/")
    result = guard.check(record, feed(moved), (moved,))
    assert not result.refused
    assert any("link changed" in str(n) for n in result.notes)
    assert result.record.entries[EINDE.id].link == moved.link


def test_same_text_under_a_new_id_and_title_is_refused():
    record = first_record(EINDE)
    copy = entry("kopie", "Een heel andere titel", 2, month=1, summary=EINDE.summary, content=EINDE.content)
    result = guard.check(record, feed(copy), (copy,))
    assert result.refused
    assert "same summary and content" in result.problems[0].text()
