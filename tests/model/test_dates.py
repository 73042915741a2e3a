"""PartialDate: dates keep the source's precision and expose honest bounds."""

from __future__ import annotations

from datetime import date

import pytest

from minefacts.model.dates import PartialDate


@pytest.mark.parametrize(
    ("text", "precision", "lower", "upper"),
    [
        ("1998-09-30", "day", date(1998, 9, 30), date(1998, 9, 30)),
        ("2000-11", "month", date(2000, 11, 1), date(2000, 11, 30)),
        ("2003-02", "month", date(2003, 2, 1), date(2003, 2, 28)),
        ("2000-02", "month", date(2000, 2, 1), date(2000, 2, 29)),
        ("1998", "year", date(1998, 1, 1), date(1998, 12, 31)),
        ("2000/2001", "period", date(2000, 1, 1), date(2001, 12, 31)),
        (
            "1998-09-30/2003-02",
            "period",
            date(1998, 9, 30),
            date(2003, 2, 28),
        ),
        ("1997-03-06/1997-03-07", "period", date(1997, 3, 6), date(1997, 3, 7)),
        (
            "2004-11-28/2004-12-03",
            "period",
            date(2004, 11, 28),
            date(2004, 12, 3),
        ),
        (
            "2004-12-29/2005-01-02",
            "period",
            date(2004, 12, 29),
            date(2005, 1, 2),
        ),
        ("2000-09/2001-09", "period", date(2000, 9, 1), date(2001, 9, 30)),
    ],
)
def test_each_form_keeps_its_precision_and_bounds(
    text: str, precision: str, lower: date, upper: date
) -> None:
    """Each written form parses to its precision and its first and last day."""
    parsed = PartialDate(text)
    assert (parsed.precision, parsed.lower, parsed.upper) == (precision, lower, upper)
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


def test_equal_text_means_equal_dates() -> None:
    """Dates compare and hash by their written form."""
    assert PartialDate("2000-11") == PartialDate("2000-11")
    assert PartialDate("2000-11") != PartialDate("2000")
    assert len({PartialDate("1998"), PartialDate("1998")}) == 1
