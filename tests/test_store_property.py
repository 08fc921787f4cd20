"""Random posts written as YAML and as JSON read back through load_store field for field."""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from feedtool.dates import get_zone
from feedtool.store import load_store
from feedtool.store.new import yaml_quoted
from storefixtures import FIXTURES

FORBIDDEN = "\ufffe\uffff" + "".join(chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D))
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters=FORBIDDEN), min_size=1,
               max_size=60).filter(lambda t: t.strip())
MARKUP = st.lists(st.sampled_from(["<p>", "</p>", "&amp;", "<", "&", "]]>", "<a href=\"/x\">", "ĳ", "é", "😀", "\n",
                                   "'", '"', "tekst", " "]), min_size=1, max_size=20).map("".join).filter(str.strip)
AMS = get_zone("Europe/Amsterdam")
# Instants around the 2012 DST changes in Amsterdam, written with an explicit offset.
INSTANTS = st.sampled_from([datetime(2012, 3, 25, 1, tzinfo=timezone.utc), datetime(2012, 10, 28, 0, 30, tzinfo=timezone.utc),
                            datetime(2012, 10, 28, 1, 30, tzinfo=timezone.utc)]).flatmap(
    lambda base: st.integers(-7200, 7200).map(lambda s: base + timedelta(seconds=s)))
OFFSETS = st.sampled_from([timedelta(0), timedelta(hours=1), timedelta(hours=2), timedelta(hours=-5, minutes=-30)])


@settings(max_examples=100, deadline=None)
@given(title=TEXT, summary=TEXT, content=MARKUP, tags=st.lists(TEXT, max_size=4), instant=INSTANTS, offset=OFFSETS)
def test_random_posts_read_back_exactly(title, summary, content, tags, instant, offset):
    written = instant.astimezone(timezone(offset))
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "entries"
        store.mkdir()
        shutil.copyfile(FIXTURES / "_feed.yaml", store / "_feed.yaml")
        (store / "yaml-post.yaml").write_text(
            f"title: {yaml_quoted(title)}\npublished: {written.isoformat()}\nsummary: {yaml_quoted(summary)}\n"
            f"content: {yaml_quoted(content)}\ntags: [{', '.join(yaml_quoted(t) for t in tags)}]\n", encoding="utf-8")
        (store / "json-post.json").write_text(json.dumps(
            {"title": title, "published": written.isoformat(), "summary": summary, "content": content, "tags": tags}),
            encoding="utf-8")
        entries = load_store(store).feed.entries
    assert len(entries) == 2
    for entry in entries:
        assert (entry.title, entry.summary, entry.content, entry.tags) == (title, summary, content, tuple(dict.fromkeys(tags)))  # a repeated tag counts once
        assert entry.published == instant
        assert entry.published.utcoffset() == instant.astimezone(AMS).utcoffset()  # shown in the feed's zone
