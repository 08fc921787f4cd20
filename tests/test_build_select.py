"""Selection (what goes into the feeds, in which order) and the render-and-check step of the pipeline."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from feedfactory import AMSTERDAM, entry, feed
from feedtool import build
from feedtool.errors import RoundTripError

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


def test_render_feeds_returns_both_feeds_checked():
    selection = build.select_entries(feed(entry("a", published=at(1)), entry("b", published=at(2))), NOW)
    atom_bytes, rss_bytes = build.render_feeds(selection)
    assert b"<feed" in atom_bytes and b"<rss" in rss_bytes


def test_render_feeds_fails_with_a_per_entry_report_when_a_feed_does_not_read_back(monkeypatch):
    selection = build.select_entries(feed(entry("a", published=at(1))), NOW)
    real = build.rss.render
    monkeypatch.setattr(build.rss, "render", lambda s: real(s).replace(b"Bericht a", b"Bericht b"))
    with pytest.raises(RoundTripError) as info:
        build.render_feeds(selection)
    assert info.value.exit_code == 4
    assert info.value.details == ["rss: tag:example.nl,2012:a: title: expected 'Bericht a', got 'Bericht b'"]
    assert "nothing was written" in str(info.value)


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
