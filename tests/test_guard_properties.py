"""Properties of the id guard over random stores and random edits."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from feedfactory import entry as make_entry
from feedtool import guard
from feedtool.model import Entry, Feed

AMS = ZoneInfo("Europe/Amsterdam")
FEED_ID = "tag:www.voorbeeld.nl,2012:blog"
SITES = ["https://www.voorbeeld.nl/", "http://www.voorbeeld.nl/", "https://voorbeeld.nl/", "https://nieuw.example/"]
text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30)


@st.composite
def stores(draw) -> list[Entry]:
    slugs = draw(st.lists(st.from_regex(r"[a-z][a-z0-9-]{0,15}", fullmatch=True), min_size=1, max_size=6, unique=True))
    entries = []
    for n, slug in enumerate(slugs):
        published = datetime(2012, 1, 1, 12, tzinfo=AMS) + timedelta(days=draw(st.integers(0, 364)), minutes=n)
        texts = [f"{draw(text)} {n}" for _ in range(3)]
        entries.append(
            make_entry(slug, id=f"{FEED_ID}/{slug}", link=f"{SITES[0]}{slug}/", published=published,
                       title=texts[0], summary=texts[1], content=f"<p>{texts[2]}</p>")
        )
    return entries


def feed(entries: list[Entry], site: str = SITES[0]) -> Feed:
    return Feed(title="Blog", link=site, id=FEED_ID, entries=tuple(entries))


def record_of(entries: list[Entry]) -> guard.Record:
    record = guard.check(None, feed(entries), entries).record
    return guard.load_record(guard.dump_record(record), "entries/_published.json")


@settings(max_examples=60, deadline=None)
@given(stores(), st.data())
def test_edits_that_keep_ids_and_published_dates_always_pass(entries, data):
    record = record_of(entries)
    site = data.draw(st.sampled_from(SITES))
    edited = []
    for entry in entries:
        changes = {"link": entry.link.replace(SITES[0], site)}
        if data.draw(st.booleans()):
            changes["title"] = data.draw(text)
        if data.draw(st.booleans()):
            changes["content"] = f"<p>{data.draw(text)}</p>"
        if data.draw(st.booleans()):
            changes["updated"] = entry.published + timedelta(hours=data.draw(st.integers(1, 10_000)))
        edited.append(replace(entry, **changes))
    keep = data.draw(st.integers(1, len(edited)))  # some posts may also leave the store
    result = guard.check(record, feed(edited[:keep], site), edited[:keep])
    assert not result.refused, [p.render() for p in result.problems]
    assert set(result.record.entries) == set(record.entries)  # nothing forgotten, nothing invented


@settings(max_examples=60, deadline=None)
@given(stores(), st.data())
def test_a_renamed_post_without_its_old_id_is_always_refused(entries, data):
    record = record_of(entries)
    victim = data.draw(st.sampled_from(entries))
    new_slug = victim.slug + "-nieuw"
    renamed = replace(
        victim, id=f"{FEED_ID}/{new_slug}", slug=new_slug, link=f"{SITES[0]}{new_slug}/", source=f"entries/{new_slug}.yaml"
    )
    after = [renamed if e is victim else e for e in entries]
    result = guard.check(record, feed(after), after)
    assert [(p.file, p.field) for p in result.problems] == [(renamed.source, "id")]
    assert victim.id in result.problems[0].text()
    accepted = guard.check(record, feed(after), after, accept_changes=True)
    assert not accepted.refused
    assert not guard.check(accepted.record, feed(after), after).refused


@settings(max_examples=60, deadline=None)
@given(stores(), st.data())
def test_a_moved_published_date_is_always_refused(entries, data):
    record = record_of(entries)
    victim = data.draw(st.sampled_from(entries))
    shift = timedelta(seconds=data.draw(st.integers(1, 10**7)) * data.draw(st.sampled_from([-1, 1])))
    after = [replace(e, published=e.published + shift) if e is victim else e for e in entries]
    result = guard.check(record, feed(after), after)
    assert [(p.file, p.field) for p in result.problems] == [(victim.source, "published")]
