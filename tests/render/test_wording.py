"""How terms read: as exact as their bounds, never more precise."""

from __future__ import annotations

import datetime as dt

import pytest

from minefacts.model.dates import PartialDate
from minefacts.query.spans import Span
from minefacts.render.words import dates
from minefacts.render.words.dates import term as term_label

d = dt.date


@pytest.mark.parametrize(
    ("span", "label"),
    [
        (Span(d(2000, 9, 1), d(2000, 9, 30), d(2001, 9, 1), d(2001, 9, 30)), "Sep 2000 – Sep 2001"),
        (Span(d(2001, 9, 18), d(2001, 9, 18), d(2001, 9, 21), d(2001, 9, 21)), "18–21 Sep 2001"),
        (Span(d(2001, 9, 1), d(2001, 9, 30), d(2001, 9, 1), d(2001, 9, 30)), "Sep 2001"),
        (Span(d(2004, 1, 1), d(2004, 12, 31), d(2006, 1, 1), d(2006, 12, 31)), "2004–2006"),
        (Span(d(2004, 11, 1), d(2004, 11, 30), d(2004, 12, 1), d(2004, 12, 31)), "Nov – Dec 2004"),
        # held for certain on the meeting's days, within what the records allow
        (
            Span(d(2023, 11, 24), d(2025, 12, 1), d(2025, 12, 5), d(2026, 12, 31)),
            "1–5 Dec 2025, within 24 Nov 2023 – 2026",
        ),
        # no day certainly held: only the outer bounds
        (
            Span(d(2023, 11, 24), d(2025, 12, 1), d(2023, 11, 24), d(2026, 12, 31)),
            "within 24 Nov 2023 – 2026",
        ),
    ],
)
def test_a_term_reads_at_the_precision_of_its_bounds(span: Span, label: str) -> None:
    """A term whose start and end each fall in one unit reads as those units; one whose
    start or end may fall anywhere over several years reads as the days it was certainly
    held, within the outer bounds."""
    assert term_label(span) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("1998-09-30", "30 Sep 1998"),
        ("2000-11", "Nov 2000"),
        ("1998", "1998"),
        ("2000/2001", "2000–2001"),
        ("1998-09-30/2003-02", "30 Sep 1998 – Feb 2003"),
        ("1997-03-06/1997-03-07", "6–7 Mar 1997"),
        ("2004-11-28/2004-12-03", "28 Nov – 3 Dec 2004"),
        ("2004-12-29/2005-01-02", "29 Dec 2004 – 2 Jan 2005"),
        ("2000-09/2001-09", "Sep 2000 – Sep 2001"),
    ],
)
def test_a_date_reads_at_its_own_precision(text: str, label: str) -> None:
    """Each written form reads as people write it, never more precise than it is."""
    assert dates.date(PartialDate(text)) == label


def test_a_citation_spells_out_the_month() -> None:
    """In a citation a day reads with its month in full."""
    assert dates.date(PartialDate("1998-09-30"), long=True) == "30 September 1998"
