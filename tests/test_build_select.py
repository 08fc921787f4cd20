"""Selection: what goes into the feeds, in which order, and the warnings only the author can act on."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from feedfactory import AMSTERDAM, entry, feed
from feedtool.build import select as build

NOW = datetime(2013, 1, 1, 12, 0, tzinfo=AMSTERDAM)


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2012, 12, day, hour, 0, tzinfo=AMSTERDAM)


def ids(selection) -> list[str]:
    return [e.slug for e in selection.entries]


def test_newest_first_whatever_the_store_order():
    f = feed(entry("b", published=at(2)), entry("c", published=at(3)), entry("a", published=at(1)))
    assert ids(build.select_entries(f, NOW)) == ["c", "b", "a"]


def test_ties_are_broken_by_id_so_file_order_never_matters():
    same = at(5)
    one = feed(entry("zeta", published=same), entry("alfa", published=same))
    other = feed(entry("alfa", published=same), entry("zeta", published=same))
    assert ids(build.select_entries(one, NOW)) == ids(build.select_entries(other, NOW)) == ["alfa", "zeta"]


def test_drafts_and_future_entries_are_left_out_unless_asked_for():
    f = feed(entry("klaar", published=at(1)), entry("concept", published=at(2), draft=True),
             entry("morgen", published=NOW + timedelta(days=1)))
    assert ids(build.select_entries(f, NOW)) == ["klaar"]
    assert ids(build.select_entries(f, NOW, drafts=True)) == ["concept", "klaar"]
    assert ids(build.select_entries(f, NOW, include_future=True)) == ["morgen", "klaar"]
    assert ids(build.select_entries(f, NOW, include_future=True, drafts=True)) == ["morgen", "concept", "klaar"]


def test_an_entry_published_exactly_now_is_published():
    f = feed(entry("nu", published=NOW))
    assert ids(build.select_entries(f, NOW)) == ["nu"]


def test_limit_keeps_the_newest():
    f = feed(*(entry(f"e{day:02}", published=at(day)) for day in range(1, 11)), limit=3)
    assert ids(build.select_entries(f, NOW)) == ["e10", "e09", "e08"]


def test_limit_applies_after_drafts_are_left_out():
    f = feed(entry("a", published=at(1)), entry("b", published=at(2)), entry("c", published=at(3), draft=True), limit=2)
    assert ids(build.select_entries(f, NOW)) == ["b", "a"]


def test_selected_entries_are_trimmed_and_have_absolute_links():
    e = entry("x", title="  Titel \n", summary="\n samenvatting \n", content='\n<p><a href="/nieuws/">n</a></p>\n')
    chosen = build.select_entries(feed(e), NOW).entries[0]
    assert chosen.title == "Titel"
    assert chosen.summary == "samenvatting"
    assert chosen.content == '<p><a href="https://www.example.nl/nieuws/">n</a></p>'


def test_blank_summary_and_content_become_none():
    chosen = build.select_entries(feed(entry("x", summary="  ", content="\n")), NOW).entries[0]
    assert (chosen.summary, chosen.content) == (None, None)


def test_sub_second_precision_is_dropped_as_rss_cannot_carry_it():
    e = entry("x", published=at(1).replace(microsecond=500_000))
    assert build.select_entries(feed(e), NOW).entries[0].published == at(1)


def test_publishing_warnings_name_what_the_w3c_validator_would_warn_about():
    bare = entry("kaal", summary=None, content=None, published=at(3))
    html_title = entry("vet", title="Over <b>vet</b>", published=at(2))
    twin = entry("tweeling", published=at(1), updated=at(2))
    warnings = build.publishing_warnings(build.select_entries(feed(bare, html_title, twin), NOW))
    rendered = sorted(w.render() for w in warnings)
    assert all(w.severity == "warning" for w in warnings)
    assert len(rendered) == 3
    assert "entries/kaal.yaml: warning: [summary] the entry has neither summary nor content" in rendered[0]
    assert "MissingTextualContent" in rendered[0]
    assert rendered[1].startswith("entries/tweeling.yaml: warning: [updated] updated at the same moment as entries/vet.yaml")
    assert rendered[2].startswith("entries/vet.yaml: warning: [title] the title looks like HTML")


def test_no_publishing_warnings_for_ordinary_entries():
    chosen = build.select_entries(feed(entry("a", title="Kosten < baten & meer", published=at(1)),
                                       entry("b", published=at(2))), NOW)
    assert build.publishing_warnings(chosen) == []


# --- tag channels -----------------------------------------------------------------------

from feedtool.errors import StoreError  # noqa: E402
from feedtool.model import Selection  # noqa: E402


def channels(*entries, **feed_fields):
    made = feed(*entries, **feed_fields)
    candidates = build.eligible(made, NOW)
    return build.plan_channels(build.select_entries(made, NOW), candidates)


def test_a_channel_per_tag_sorted_by_slug_with_the_main_feed_first():
    result = channels(entry("a", published=at(1), tags=("Wmo", "sociaal domein")),
                      entry("b", published=at(2), tags=("sociaal domein",)))
    assert [(c.path, c.tag, c.total) for c in result] == [
        ("", None, 0), ("tags/sociaal-domein/", "sociaal domein", 2), ("tags/wmo/", "Wmo", 1)]
    tag = result[1]
    assert tag.feed.title == "Zaakgericht werken: sociaal domein"
    assert tag.feed.id == "tag:example.nl,2012:blog/tags/sociaal-domein"
    assert tag.feed.url("atom.xml") == "https://www.example.nl/tags/sociaal-domein/atom.xml"
    assert [e.id for e in tag.selection.entries] == ["tag:example.nl,2012:b", "tag:example.nl,2012:a"]
    assert tag.selection.entries == result[0].selection.entries  # the same entries, the same ids


def test_tags_that_differ_only_in_case_or_spacing_are_one_tag_named_as_most_entries_write_it():
    result = channels(entry("a", published=at(1), tags=("Sociaal domein",)),
                      entry("b", published=at(2), tags=("sociaal-domein",)),
                      entry("c", published=at(3), tags=("sociaal domein",)),
                      entry("d", published=at(4), tags=("Sociaal domein",)))
    assert [(c.path, c.tag, c.total) for c in result[1:]] == [("tags/sociaal-domein/", "Sociaal domein", 4)]


def test_a_tag_feed_holds_the_newest_limit_entries_with_the_tag_even_beyond_the_main_feed():
    entries = [entry(f"e{i:02}", published=at(i), tags=("wmo",) if i % 2 else ()) for i in range(1, 11)]
    result = channels(*entries, limit=3)
    assert [e.slug for e in result[0].selection.entries] == ["e10", "e09", "e08"]
    assert [e.slug for e in result[1].selection.entries] == ["e09", "e07", "e05"]
    assert result[1].total == 5


def test_drafts_and_future_entries_make_no_tag_feed():
    result = channels(entry("klaar", published=at(1)), entry("concept", published=at(2), draft=True, tags=("geheim",)),
                      entry("morgen", published=datetime(2014, 1, 1, tzinfo=AMSTERDAM), tags=("later",)))
    assert [c.path for c in result] == [""]


def test_tag_feeds_off_gives_the_main_channel_only():
    assert [c.path for c in channels(entry("a", tags=("wmo",)), tag_feeds=False)] == [""]


@pytest.mark.parametrize(("tag", "message", "hint"), [
    ("!!!", "the tag '!!!' gives no name for its feed's folder (no letters or digits)", "tag_feeds: false"),
    ("   ", "a tag is empty", "remove the empty tag"),
    ("zaakgericht werken " * 16, "characters long; its feed's folder name would be", "a tag is a short label"),
])
def test_bad_tags_are_errors_naming_file_and_field(tag, message, hint):
    with pytest.raises(StoreError) as info:
        channels(entry("goed", published=at(1), tags=("wmo",)), entry("fout", published=at(2), tags=("wmo", tag)))
    (problem,) = info.value.problems
    assert (problem.file, problem.field) == ("entries/fout.yaml", "tags[1]")
    assert message in problem.text() and hint in problem.hint_text()


def test_a_slug_clash_names_both_tags_and_their_files():
    with pytest.raises(StoreError) as info:
        channels(entry("a", published=at(1), tags=("café",)), entry("b", published=at(2), tags=("cafe",)),
                 entry("c", published=at(3), tags=("C++",)), entry("d", published=at(4), tags=("c",)))
    rendered = [p.render() for p in info.value.problems]
    assert rendered == [
        "entries/a.yaml: error: [tags] the tags 'cafe' (entries/b.yaml) and 'café' (entries/a.yaml) would share "
        "the feed tags/cafe/, but they are different tags (hint: write them the same way if they are one tag, "
        "or rename one of them)",
        "entries/c.yaml: error: [tags] the tags 'c' (entries/d.yaml) and 'C++' (entries/c.yaml) would share the "
        "feed tags/c/, but they are different tags (hint: write them the same way if they are one tag, or rename "
        "one of them)",
    ]


def test_an_entry_id_that_is_a_tag_feeds_id_is_an_error():
    clashing = entry("x", published=at(2), id="tag:example.nl,2012:blog/tags/wmo")
    with pytest.raises(StoreError) as info:
        channels(entry("a", published=at(1), tags=("wmo",)), clashing)
    assert "is also the id of the feed of the tag 'wmo'" in info.value.problems[0].text()


def test_html_in_the_subtitle_and_in_tags_is_warned_about_but_a_bare_angle_bracket_is_not():
    made = feed(entry("a", published=at(1), tags=("<b>vet</b>", "fase <2>")), subtitle="Over <em>wonen</em>")
    warnings = build.publishing_warnings(Selection(made, made.entries))
    assert sorted((w.field, w.text().split(" looks")[0]) for w in warnings) == [
        ("subtitle", "the subtitle"), ("tags[0]", "the tag '<b>vet</b>'")]
    plain = feed(entry("b", title="Enkhuizen & Andijk <fase 2>", published=at(1)))
    assert build.publishing_warnings(Selection(plain, plain.entries)) == []
