"""How terms read: as exact as their bounds, never more precise."""

from __future__ import annotations

import datetime as dt

import pytest

from minefacts.query.spans import Span
from minefacts.render.wording import term_label

d = dt.date


@pytest.mark.parametrize(
    ("span", "label"),
    [
        (Span(d(2000, 9, 1), d(2000, 9, 30), d(2001, 9, 1), d(2001, 9, 30)), "Sep 2000 – Sep 2001"),
        (Span(d(2001, 9, 18), d(2001, 9, 18), d(2001, 9, 21), d(2001, 9, 21)), "18–21 Sep 2001"),
        (Span(d(2001, 9, 1), d(2001, 9, 30), d(2001, 9, 1), d(2001, 9, 30)), "Sep 2001"),
        (Span(d(2004, 1, 1), d(2004, 12, 31), d(2006, 1, 1), d(2006, 12, 31)), "2004 – 2006"),
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
