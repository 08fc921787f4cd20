"""The id guard's side of `feedtool build`: read the record, ask the guard, write the record.

`build` is one of the only commands that writes to the store, and this is the
only thing it writes there: `_published.json` (beside a one-file store:
`<name>.published.json`). The record is written after the feeds, atomically,
and only when its bytes change.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import click

from feedtool import guard
from feedtool.cli._files import write_files
from feedtool.errors import GuardError, InputError
from feedtool.model import Selection


@dataclass(frozen=True, slots=True)
class PendingRecord:
    path: Path
    text: str | None  # None: nothing to write


def check_published(store: Path, selection: Selection, accept_changes: bool, keep_record: bool) -> PendingRecord:
    """Refuse (GuardError, before anything is written) or return the record to write after the feeds."""
    path = guard.record_path(store, store.is_dir())
    text = None
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        before = None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the record of published entries: {exc}") from None
    else:
        before = guard.load_record(text, str(path))
    result = guard.check(before, selection.feed, selection.entries, accept_changes=accept_changes, record_file=str(path))
    if result.refused:
        click.echo(
            f"build refused: these changes would make feed readers show old posts again as new ({path}); "
            "nothing was written",
            err=True,
        )
        raise GuardError(list(result.problems))
    if not keep_record:
        click.echo(f"{path}: not updated (a build with --drafts or --include-future publishes nothing)", err=True)
        return PendingRecord(path, None)
    for note in result.notes:
        click.echo(note, err=True)
    # Compared as text: a hand-edited record is rewritten in the canonical form.
    new_text = guard.dump_record(result.record)
    return PendingRecord(path, new_text if new_text != text else None)


def write_record(pending: PendingRecord) -> None:
    if pending.text is not None:
        write_files(pending.path.parent, {pending.path.name: pending.text.encode("utf-8")})
