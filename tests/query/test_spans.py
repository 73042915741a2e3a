"""Three honest answers about uncertain dates: held, possibly held, not held."""

from __future__ import annotations

import datetime as dt

import pytest

from minefacts.model.dates import PartialDate
from minefacts.query.spans import Certainty, Span

YES, POSSIBLY, NO = Certainty.YES, Certainty.POSSIBLY, Certainty.NO


def span(text: str) -> Span:
    return Span.of(PartialDate(text))


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize(
    ("period", "on", "expected"),
    [
        ("2000/2001", "1999-12-31", NO),
        ("2000/2001", "2000-03-01", POSSIBLY),  # it may not have begun yet
        ("2000/2001", "2000-12-31", YES),  # every reading: begun in 2000, not ended before 2001
        ("2000/2001", "2001-01-01", YES),
        ("2000/2001", "2001-06-30", POSSIBLY),  # it may have ended already
        ("2000/2001", "2002-01-01", NO),
        ("2001-09", "2001-09-20", POSSIBLY),  # a month: any days within it
        ("2001-09-18/2001-09-21", "2001-09-20", YES),
        ("2001-09-18/2001-09-21", "2001-09-22", NO),
        ("2001-09-18", "2001-09-18", YES),
    ],
)
def test_a_day_against_a_date_at_any_precision(period: str, on: str, expected: Certainty) -> None:
    """A day is held under every reading, some readings, or none."""
    assert span(period).on(day(on)) is expected


def test_a_narrower_record_decides_what_the_wider_left_open() -> None:
    """Sep 2000 - Sep 2001 narrows "2000-01": March 2000 is no longer possible."""
    seed = span("2000/2001")
    narrowed = seed.narrowed(span("2000-09/2001-09"))
    assert seed.on(day("2000-03-01")) is POSSIBLY
    assert narrowed.on(day("2000-03-01")) is NO
    assert narrowed.on(day("2001-01-15")) is YES
    assert narrowed.on(day("2001-09-15")) is POSSIBLY


def test_a_role_starts_no_earlier_than_the_meeting_that_decided_it() -> None:
    """Decided in September 2002: not held on 1 January 2002, whatever "2002/2003" allows."""
    role = span("2002/2003").starting_no_earlier_than(day("2002-09-16"))
    assert span("2002/2003").on(day("2002-01-01")) is POSSIBLY
    assert role.on(day("2002-01-01")) is NO
    assert role.first_start == day("2002-09-16")


def test_a_successor_ends_a_role_when_it_begins() -> None:
    """Co-rapporteur until the co-chair began, 15-30 Sep 2003: not held in December 2003."""
    role = span("2002/2003").ending_within(day("2003-09-15"), day("2003-09-30"))
    assert role.on(day("2003-12-01")) is NO
    assert role.on(day("2003-09-20")) is POSSIBLY
    assert role.on(day("2003-06-01")) is YES  # begun in 2002, ended in September 2003


def test_contradictory_records_leave_no_reading() -> None:
    """Narrowing by records that cannot both be true is detected, not silently used."""
    assert not span("2000").narrowed(span("2001")).consistent
    assert span("2000").narrowed(span("2000-05")).consistent


@pytest.mark.parametrize(
    ("period", "year", "expected"),
    [
        ("2000/2001", 2000, YES),
        ("2000/2001", 2001, YES),
        ("2000/2001", 2002, NO),
        ("1999-05/2000-09", 1999, YES),
        ("2003-09/2004-12", 2003, YES),
    ],
)
def test_held_during_a_year(period: str, year: int, expected: Certainty) -> None:
    """Held at some time in a year: certain when every reading reaches into it."""
    assert span(period).in_year(year) is expected


def test_held_at_some_time_in_a_range_can_be_only_possible() -> None:
    """Something within September 2001 possibly reached 20-30 September, not certainly."""
    assert span("2001-09").during(day("2001-09-20"), day("2001-09-30")) is POSSIBLY
    assert span("2001-09").during(day("2001-09-01"), day("2001-09-30")) is YES


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("2000/2001", 1999, NO),
        ("2000/2001", 2000, YES),
        ("2000/2001", 2001, YES),
        ("2000/2001", 2002, NO),
        ("1998-09-30/2003-02", 2001, YES),
        ("2000-11", 2000, YES),
        ("2000-11", 2001, NO),
    ],
)
def test_a_date_falls_in_every_year_it_spans(text: str, year: int, expected: Certainty) -> None:
    """A period falls in every year it spans; a month only in its own year."""
    assert span(text).in_year(year) is expected


@pytest.mark.parametrize(
    ("period", "first", "last", "expected"),
    [
        ("2000/2001", "1997-01-01", "2003-12-31", YES),
        ("2003/2004", "1997-01-01", "2003-12-31", NO),  # it certainly ran into 2004
        ("2003-09/2004-12", "1997-01-01", "2003-12-31", NO),
        ("2003", "1997-01-01", "2003-06-30", POSSIBLY),  # it may have been over by July
        ("2001-09", "2001-09-18", "2001-09-21", POSSIBLY),
        ("2001-09-18/2001-09-21", "2001-09-18", "2001-09-21", YES),
        ("1996", "1997-01-01", "2003-12-31", NO),
    ],
)
def test_all_of_it_within_a_range(period: str, first: str, last: str, expected: Certainty) -> None:
    """Within a range: every reading begins and ends inside it, some do, or none does."""
    assert span(period).within(day(first), day(last)) is expected
