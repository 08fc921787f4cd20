"""feedtool.dates: ISO 8601 in, aware datetimes in the feed's zone out; DST gaps and overlaps refused."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from feedtool.dates import DateProblem, get_zone, localize, parse_datetime

AMS = get_zone("Europe/Amsterdam")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2012-12-21", "2012-12-21T00:00:00+01:00"),
        ("2012-12-21T09:30", "2012-12-21T09:30:00+01:00"),
        ("2012-06-14T09:30:15", "2012-06-14T09:30:15+02:00"),
        ("2012-06-14 09:30:15", "2012-06-14T09:30:15+02:00"),
        ("2012-06-14t09:30:15z", "2012-06-14T11:30:15+02:00"),
        ("2012-06-14T09:30:15Z", "2012-06-14T11:30:15+02:00"),
        ("2012-06-14T09:30:15+00:00", "2012-06-14T11:30:15+02:00"),
        ("2012-06-14T09:30:15-0500", "2012-06-14T16:30:15+02:00"),
        ("2012-06-14 09:30:15 +02:00", "2012-06-14T09:30:15+02:00"),
        ("2012-06-14T09:30:15.25+02:00", "2012-06-14T09:30:15.250000+02:00"),
        ("  2012-12-21  ", "2012-12-21T00:00:00+01:00"),
    ],
)
def test_iso_forms(text, expected):
    value = parse_datetime(text, AMS)
    assert value.isoformat() == expected
    assert value.utcoffset() == AMS.utcoffset(value.replace(tzinfo=None))


def test_values_in_the_repeated_hour_compare_equal_across_zones():
    # With a ZoneInfo tzinfo this value would carry fold=1 and (PEP 495) equal nothing in another zone.
    value = parse_datetime("2012-10-28T02:30:00+01:00", AMS)
    assert value == datetime(2012, 10, 28, 1, 30, tzinfo=timezone.utc)
    assert value.isoformat() == "2012-10-28T02:30:00+01:00"


def test_gap_in_spring_is_refused_with_both_offsets():
    with pytest.raises(DateProblem) as info:
        parse_datetime("2012-03-25T02:30", AMS)
    assert "does not exist in Europe/Amsterdam" in str(info.value.message)
    assert "2012-03-25T02:30:00+01:00" in str(info.value.hint) and "2012-03-25T02:30:00+02:00" in str(info.value.hint)


def test_overlap_in_autumn_is_refused_with_both_offsets():
    with pytest.raises(DateProblem) as info:
        parse_datetime("2012-10-28T02:30:00", AMS)
    assert "happened twice in Europe/Amsterdam" in str(info.value.message)
    assert "2012-10-28T02:30:00+02:00" in str(info.value.hint) and "2012-10-28T02:30:00+01:00" in str(info.value.hint)


@pytest.mark.parametrize("text", ["2012-03-25T01:59:59", "2012-03-25T03:00:00", "2012-10-28T01:59:59",
                                  "2012-10-28T03:00:00"])
def test_times_next_to_a_change_are_fine(text):
    assert parse_datetime(text, AMS).isoformat().startswith(text)


@pytest.mark.parametrize("offset, utc_hour", [("+02:00", 0), ("+01:00", 1)])
def test_an_offset_settles_the_repeated_hour(offset, utc_hour):
    value = parse_datetime(f"2012-10-28T02:30:00{offset}", AMS)
    assert value.astimezone(timezone.utc).hour == utc_hour
    assert value.utcoffset() == timedelta(hours=int(offset[2]))


def test_other_zones_have_their_own_gaps():
    london = get_zone("Europe/London")
    with pytest.raises(DateProblem):
        parse_datetime("2012-03-25T01:30", london)
    assert parse_datetime("2012-03-25T02:30", london).utcoffset() == timedelta(hours=1)


def test_localize_keeps_ordinary_times():
    assert localize(datetime(2012, 7, 1, 12), AMS).utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize(
    "text, message, hint",
    [
        ("21-12-2012", "not written in ISO 8601", "write 2012-12-21 (if you meant 21 December 2012)"),
        ("21/12/2012", "not written in ISO 8601", "write 2012-12-21"),
        ("21.12.2012", "not written in ISO 8601", "write 2012-12-21"),
        ("3-4-2012", "not written in ISO 8601", "write 2012-04-03 (if you meant 3 April 2012)"),
        ("21 december 2012", "not written in ISO 8601", "write 2012-12-21"),
        ("vrijdag 21 dec. 2012 om 10.30 uur", "not written in ISO 8601", "write 2012-12-21T10:30:00"),
        ("21 mrt 2012", "not written in ISO 8601", "write 2012-03-21"),
        ("December 21, 2012", "not written in ISO 8601", "write 2012-12-21"),
        ("2012/12/21", "not written in ISO 8601", "write 2012-12-21"),
        ("31-02-2012", "February 2012 has no day 31", "check the day and the month"),
        ("30 februari 2012", "February 2012 has no day 30", "check the day"),
        ("2012-13-01", "there is no month 13", "did you mean 2012-01-13?"),
        ("2012-13-31", "there is no month 13", "year-month-day"),
        ("2012-02-30", "February 2012 has no day 30", "check the day"),
        ("2012-12-21T25:00", "impossible time of day", "00-23"),
        ("2012-12-21T10:00+25:00", "impossible offset", "+HH:MM"),
        ("gisteren", "not a date feedtool understands", "ISO 8601"),
        ("2012", "not a date feedtool understands", "YYYY-MM-DD"),
        ("21 brumaire 2012", "not a date feedtool understands", "ISO 8601"),
    ],
)
def test_refused_dates_come_with_a_hint(text, message, hint):
    with pytest.raises(DateProblem) as info:
        parse_datetime(text, AMS)
    assert message in str(info.value.message)
    assert hint in str(info.value.hint)


@pytest.mark.parametrize(
    "name, hint",
    [
        ("Europe/Amsterdm", "did you mean Europe/Amsterdam?"),
        ("europe/amsterdam", "case-sensitive: write Europe/Amsterdam"),
        ("Mars/Olympus_Mons", "IANA name"),
        ("../../etc/passwd", "IANA name"),
        ("", "IANA name"),
    ],
)
def test_unknown_zone(name, hint):
    with pytest.raises(DateProblem) as info:
        get_zone(name)
    assert "unknown time zone" in str(info.value.message) and hint in str(info.value.hint)


def test_known_zone():
    assert get_zone("America/New_York").key == "America/New_York"
