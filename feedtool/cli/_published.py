"""The id guard's side of `feedtool build`: read the record, ask the guard, hand back the record to write.

`build` is one of the only commands that writes to the store, and this is the
only thing it writes there: `_published.json` (beside a one-file store:
`<name>.published.json`). The record is written in the same commit as the
publication (feedtool.build.write), and only when its bytes change.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import click

from feedtool import guard
from feedtool.cli._text import read_optional_text
from feedtool.cli.lang import current
from feedtool.errors import GuardError
from feedtool.i18n import Message
from feedtool.i18n import message as msg
from feedtool.publication import Publication


@dataclass(frozen=True, slots=True)
class PendingRecord:
    path: Path
    text: str | None  # None: nothing to write
    notes: tuple[Message, ...] = ()  # what the guard accepted or started: printed once the record is written
    skipped: Message | None = None  # why the record is not kept this time


def check_published(store: Path, publication: Publication, accept_changes: bool, keep_record: bool,
                    command: str = "build") -> PendingRecord:
    """Refuse (GuardError, before anything is written) or return the record to write with the publication."""
    path = guard.record_path(store, store.is_dir())
    text = read_optional_text(path, msg("cli.what.record"))
    before = None if text is None else guard.load_record(text, str(path))
    selection = publication.selection
    feeds = guard.published_feeds(publication.channels)
    # Every post in any feed document: a post that is only on an archive page or in a tag feed
    # is in subscribers' readers too.
    published = publication.published or selection.entries
    result = guard.check(before, selection.feed, published, accept_changes=accept_changes,
                         record_file=str(path), feeds=feeds)
    if result.refused:
        click.echo(msg("guard.refused", command=command, path=str(path)).render(current()), err=True)
        raise GuardError(list(result.problems))
    if not keep_record:
        return PendingRecord(path, None, skipped=msg("guard.record.preview", path=str(path)))
    # Compared as text: a hand-edited record is rewritten in the canonical form.
    new_text = guard.dump_record(result.record)
    return PendingRecord(path, new_text if new_text != text else None, tuple(result.notes))
