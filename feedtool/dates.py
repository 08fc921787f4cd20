"""Dates in the store: ISO 8601 only, local times resolved in the feed's time zone.

A date-time without an offset is wall-clock time in the feed's time zone. At a
DST change such a time can be missing (clocks jump forward) or happen twice
(clocks go back); we refuse both and suggest the offset to add, because any
silent choice would publish a time the writer did not mean.

Dates written the Dutch way (`21-12-2012`, `21 december 2012`) are refused with
the ISO form as a hint, never guessed: `03-04-2012` is 3 April to a Dutch
reader and 4 March to an American one, and a feed date that is silently wrong
is worse than an error.

Values come back with a fixed UTC offset (the feed zone's offset at that
instant), not with the ZoneInfo itself: an aware datetime in the repeated
autumn hour carries fold=1, and PEP 495 makes such a value compare unequal to
every datetime in another zone, even the same instant. A fixed offset prints
the same and compares as everyone expects.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from feedtool.i18n import Message
from feedtool.i18n import message as msg

__all__ = ["DateProblem", "get_zone", "parse_datetime", "localize", "format_iso", "now_in"]

class DateProblem(ValueError):
    """A date that cannot be used; `hint` says how to write it instead."""

    def __init__(self, message: Message, hint: Message | None = None):
        super().__init__(str(message))
        self.message = message
        self.hint = hint


_ISO = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)"
    r"(?:[Tt ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?"
    r"[ ]?(Z|z|[+-]\d\d(?::?\d\d)?)?)?"
)


@lru_cache(maxsize=64)
def get_zone(name: str) -> ZoneInfo:
    """The IANA zone called `name`; DateProblem with a did-you-mean when there is none."""
    try:
        if not name or name != name.strip() or ".." in name or name.startswith("/"):
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise DateProblem(msg("date.zone.unknown", name=name), _zone_hint(name)) from None


def _zone_hint(name: str) -> Message:
    import difflib
    from zoneinfo import available_timezones

    zones = sorted(available_timezones())
    lowered = {z.lower(): z for z in zones}
    if name.strip().lower() in lowered:
        return msg("date.zone.case.hint", zone=lowered[name.strip().lower()])
    close = difflib.get_close_matches(name, zones, n=1, cutoff=0.6)
    if close:
        return msg("date.zone.close.hint", zone=close[0])
    return msg("date.zone.hint")


def format_iso(dt: datetime) -> str:
    """RFC 3339 text for an aware datetime, seconds precision unless it has microseconds."""
    return dt.isoformat()


def now_in(tz: tzinfo) -> datetime:
    return fixed(datetime.now(tz).replace(microsecond=0))


def _offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


_OFFSETS: dict[timedelta, timezone] = {}


def _offset_zone(offset: timedelta) -> timezone:
    tz = _OFFSETS.get(offset)
    if tz is None:
        tz = _OFFSETS[offset] = timezone(offset)
    return tz


def fixed(dt: datetime) -> datetime:
    """`dt` with its current UTC offset as a fixed-offset tzinfo (see the module docstring)."""
    return dt.replace(tzinfo=_offset_zone(dt.utcoffset()), fold=0)


def localize(naive: datetime, tz: ZoneInfo) -> datetime:
    """`naive` wall-clock time in `tz`, as a fixed offset; DateProblem if it is missing or ambiguous there."""
    first = naive.replace(tzinfo=tz)
    off1 = first.utcoffset()
    off2 = first.replace(fold=1).utcoffset()
    if off1 == off2:
        return naive.replace(tzinfo=_offset_zone(off1))
    wall = naive.isoformat(sep=" ", timespec="minutes" if naive.second == 0 and not naive.microsecond else "auto")
    stamp = naive.isoformat(timespec="seconds")
    if first.astimezone(timezone.utc).astimezone(tz).replace(tzinfo=None) != naive:
        # A gap: the clocks jumped past this wall time (fold=0 gives the offset before the jump).
        raise DateProblem(
            msg("date.dst.gap", wall=wall, zone=tz.key),
            msg("date.dst.gap.hint", before=stamp + _offset_text(off1), after=stamp + _offset_text(off2)),
        )
    raise DateProblem(
        msg("date.dst.overlap", wall=wall, zone=tz.key),
        msg("date.dst.overlap.hint", first=stamp + _offset_text(off1), second=stamp + _offset_text(off2)),
    )


def parse_datetime(text: str, tz: ZoneInfo) -> datetime:
    """An aware datetime at `tz`'s offset from ISO 8601 text; DateProblem (with a hint) otherwise."""
    s = text.strip()
    try:
        value = datetime.fromisoformat(s)  # C speed for the ISO forms; anything else goes the slow way
    except ValueError:
        value = _parse_written(s)
    if value.tzinfo is None:
        return localize(value, tz)
    return fixed(value.astimezone(tz))


def _parse_written(s: str) -> datetime:
    """The forms fromisoformat refuses that we still read (a space before the offset, as YAML writes it),
    or a DateProblem explaining what is wrong."""
    m = _ISO.fullmatch(s)
    if m is None:
        raise _diagnose(s)
    year, month, day, hh, mm, ss, frac, off = m.groups()
    try:
        d = date(int(year), int(month), int(day))
    except ValueError:
        raise _impossible_iso(s, int(year), int(month), int(day)) from None
    if hh is None:
        return datetime(d.year, d.month, d.day)
    hour, minute, second = int(hh), int(mm), int(ss or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise DateProblem(
            msg("date.time.impossible", shown=s, time=f"{hh}:{mm}{':' + ss if ss else ''}"),
            msg("date.time.impossible.hint"),
        )
    micro = int((frac or "0")[:6].ljust(6, "0"))
    naive = datetime(d.year, d.month, d.day, hour, minute, second, micro)
    return naive if off is None else naive.replace(tzinfo=_parse_offset(s, off))


def _parse_offset(s: str, off: str) -> timezone:
    if off in ("Z", "z"):
        return timezone.utc
    sign = -1 if off[0] == "-" else 1
    digits = off[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 23 or minutes > 59:
        raise DateProblem(msg("date.offset.impossible", shown=s, offset=off), msg("date.offset.impossible.hint"))
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januari", "jan", "january"),
            ("februari", "feb", "february", "febr"),
            ("maart", "mrt", "mar", "march", "maa"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "jun", "june"),
            ("juli", "jul", "july"),
            ("augustus", "aug", "august"),
            ("september", "sep", "sept"),
            ("oktober", "okt", "october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAY = (
    r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+)?"
)
_TIME = r"(?:[\sT,]+(?:om\s+)?(\d{1,2})[:.](\d\d)(?::(\d\d))?(?:\s*uur)?)?"
_NUMERIC_DMY = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})" + _TIME)
_NUMERIC_YMD = re.compile(r"(\d{4})([/.])(\d{1,2})\2(\d{1,2})" + _TIME)
_WORDS_DMY = re.compile(_WEEKDAY + r"(\d{1,2})(?:e|ste|de)?\s+([a-z]+)\.?,?\s+(\d{4})" + _TIME, re.IGNORECASE)
_WORDS_MDY = re.compile(_WEEKDAY + r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})" + _TIME, re.IGNORECASE)


def _diagnose(s: str) -> DateProblem:
    """Explain why `s` is not an ISO date, with the ISO form when the intended date is clear."""
    for pattern, order in ((_NUMERIC_DMY, "dmy"), (_NUMERIC_YMD, "ymd"), (_WORDS_DMY, "dMy"), (_WORDS_MDY, "Mdy")):
        m = pattern.fullmatch(s)
        if m is None:
            continue
        g = m.groups()
        if order == "dmy":
            day, month, year, rest = int(g[0]), int(g[2]), int(g[3]), g[4:]
        elif order == "ymd":
            year, month, day, rest = int(g[0]), int(g[2]), int(g[3]), g[4:]
        else:
            name = (g[1] if order == "dMy" else g[0]).lower()
            if name not in _MONTHS:
                continue
            month = _MONTHS[name]
            day = int(g[0] if order == "dMy" else g[1])
            year, rest = int(g[2]), g[3:]
        return _written_date(s, year, month, day, rest)
    return DateProblem(msg("date.unknown", shown=s), msg("date.iso.hint"))


def _written_date(s: str, year: int, month: int, day: int, rest: tuple) -> DateProblem:
    try:
        d = date(year, month, day)
    except ValueError:
        if 1 <= month <= 12:
            return DateProblem(msg("date.no_such_day", shown=s, month=msg(f"month.{month}"), year=year, day=day),
                               msg("date.no_such_day.written.hint"))
        return DateProblem(msg("date.no_such_month", shown=s, month=month), msg("date.iso.hint"))
    iso = d.isoformat()
    hh, mm, ss = rest
    if hh is not None and int(hh) < 24 and int(mm) < 60:
        iso += f"T{int(hh):02d}:{mm}:{ss or '00'}"
    return DateProblem(
        msg("date.not_iso", shown=s),
        msg("date.not_iso.hint", iso=iso, day=d.day, month=msg(f"month.{d.month}"), year=d.year),
    )


def _impossible_iso(s: str, year: int, month: int, day: int) -> DateProblem:
    if not 1 <= month <= 12:
        message = msg("date.no_such_month", shown=s, month=month)
        if 1 <= day <= 12:
            try:
                swapped = date(year, day, month)
            except ValueError:
                swapped = None
            if swapped is not None:
                return DateProblem(message, msg("date.ymd.swapped.hint", iso=swapped.isoformat()))
        return DateProblem(message, msg("date.ymd.hint"))
    return DateProblem(msg("date.no_such_day", shown=s, month=msg(f"month.{month}"), year=year, day=day),
                       msg("date.no_such_day.hint"))
