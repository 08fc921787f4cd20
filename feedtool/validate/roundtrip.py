"""`feedtool validate --store`: does a feed read back as the store would publish it?

The comparison itself is the build's own read-back (feedtool.build.readback);
this module only finds, for a feed being validated, which feed of the store's
publication it is (by its self link: the main feed or a tag's) and turns each
difference into a finding.
"""

from __future__ import annotations

from datetime import datetime, timezone

def store_check(store_path, *, now: datetime | None = None):
    """A check for `validate_bytes(extra_checks=...)` comparing each feed with the store at `store_path`.

    The store is read once (raises StoreError); the entries compared are those `build` would
    publish at `now` (no drafts, nothing dated in the future).
    """
    from feedtool.build import select
    from feedtool.store import load_store

    feed = load_store(store_path).feed
    moment = now or datetime.now(timezone.utc)
    main = select.select_entries(feed, moment)
    channels = select.plan_channels(main, select.eligible(feed, moment))

    def store_round_trip(doc, reader_parse=None):
        from feedtool.build import readback
        from feedtool.validate.codes import finding
        from feedtool.validate.jsonfeed import JsonFeedDocument

        channel = _channel_for(doc.data, reader_parse, channels)
        if isinstance(doc, JsonFeedDocument):
            differences = readback.compare_json_feed(doc.data, channel.selection)
        else:
            differences = readback.compare_feed(doc.data, channel.selection, reader_parse)
        for difference in differences:
            yield finding(
                "StoreMismatch",
                store=str(store_path),
                entry=difference.entry,
                field=difference.field,
                expected=difference.expected,
                got=difference.got,
            )

    store_round_trip.uses_reader_parse = True  # shares the reader view's feedparser parse: one parse per feed
    return store_round_trip


def _channel_for(data: bytes, reader_parse, channels):
    """The channel whose self link the document carries; the main feed when none matches."""
    from feedtool.build.renderers import FEED_FORMATS

    self_url = None
    if reader_parse is not None:
        links = reader_parse.get("feed", {}).get("links", [])
        self_url = next((link.get("href") for link in links if link.get("rel") == "self"), None)
    else:
        import json

        try:
            self_url = json.loads(data).get("feed_url")
        except (ValueError, AttributeError):
            self_url = None
    for channel in channels:
        if any(channel.feed.url(f.file_name) == self_url for f in FEED_FORMATS):
            return channel
    return channels[0]
