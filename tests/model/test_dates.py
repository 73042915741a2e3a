"""PartialDate: dates keep the source's precision and expose honest bounds."""

from __future__ import annotations

from datetime import date

import pytest

from minefacts.model.dates import PartialDate


@pytest.mark.parametrize(
    ("text", "precision", "lower", "upper", "label"),
    [
        ("1998-09-30", "day", date(1998, 9, 30), date(1998, 9, 30), "30 Sep 1998"),
        ("2000-11", "month", date(2000, 11, 1), date(2000, 11, 30), "Nov 2000"),
        ("2003-02", "month", date(2003, 2, 1), date(2003, 2, 28), "Feb 2003"),
        ("2000-02", "month", date(2000, 2, 1), date(2000, 2, 29), "Feb 2000"),
        ("1998", "year", date(1998, 1, 1), date(1998, 12, 31), "1998"),
        ("2000/2001", "period", date(2000, 1, 1), date(2001, 12, 31), "2000–2001"),
        (
            "1998-09-30/2003-02",
            "period",
            date(1998, 9, 30),
            date(2003, 2, 28),
            "30 Sep 1998 – Feb 2003",
        ),
        ("1997-03-06/1997-03-07", "period", date(1997, 3, 6), date(1997, 3, 7), "6–7 Mar 1997"),
        (
            "2004-11-28/2004-12-03",
            "period",
            date(2004, 11, 28),
            date(2004, 12, 3),
            "28 Nov – 3 Dec 2004",
        ),
        (
            "2004-12-29/2005-01-02",
            "period",
            date(2004, 12, 29),
            date(2005, 1, 2),
            "29 Dec 2004 – 2 Jan 2005",
        ),
        ("2000-09/2001-09", "period", date(2000, 9, 1), date(2001, 9, 30), "Sep 2000 – Sep 2001"),
    ],
)
def test_each_form_keeps_its_precision_bounds_and_label(
    text: str, precision: str, lower: date, upper: date, label: str
) -> None:
    """Each written form parses to its precision, its first and last day, and a readable label."""
    parsed = PartialDate(text)
    assert (parsed.precision, parsed.lower, parsed.upper, parsed.label()) == (
        precision,
        lower,
        upper,
        label,
    )
    assert str(parsed) == text


def test_a_month_is_never_padded_to_a_day() -> None:
    """The string form of a month stays a month."""
    assert str(PartialDate("2000-11")) == "2000-11"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2001-13", "'2001-13' is not a date: the month must be 01 to 12"),
        ("2001-02-30", "'2001-02-30' is not a date: Feb 2001 has days 01 to 28"),
        ("abc", "'abc' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"),
        ("98", "'98' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"),
        ("0000", "'0000' is not a date: there is no year 0000"),
        ("2003/1998", "'2003/1998' is not a period: its end is not after its start"),
        ("2001/2001", "'2001/2001' is not a period: its end is not after its start"),
    ],
)
def test_malformed_dates_are_refused_with_a_reason(text: str, message: str) -> None:
    """A malformed date raises ValueError saying what is wrong with it."""
    with pytest.raises(ValueError, match="is not a") as raised:
        PartialDate(text)
    assert str(raised.value) == message


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("2000/2001", 1999, False),
        ("2000/2001", 2000, True),
        ("2000/2001", 2001, True),
        ("2000/2001", 2002, False),
        ("1998-09-30/2003-02", 2001, True),
        ("2000-11", 2000, True),
        ("2000-11", 2001, False),
    ],
)
def test_a_date_overlaps_every_year_it_could_fall_in(text: str, year: int, expected: bool) -> None:
    """A period belongs to every year it spans; a month only to its own year."""
    assert PartialDate(text).overlaps_year(year) is expected


def test_overlap_between_dates_uses_both_bounds() -> None:
    """Two dates overlap when they share a possible day, whatever their precisions."""
    assert PartialDate("2001").overlaps(PartialDate("2000/2001"))
    assert PartialDate("2002-09").overlaps(PartialDate("2002-09-16"))
    assert not PartialDate("2002-08").overlaps(PartialDate("2002-09-16"))


def test_equal_text_means_equal_dates() -> None:
    """Dates compare and hash by their written form."""
    assert PartialDate("2000-11") == PartialDate("2000-11")
    assert PartialDate("2000-11") != PartialDate("2000")
    assert len({PartialDate("1998"), PartialDate("1998")}) == 1
