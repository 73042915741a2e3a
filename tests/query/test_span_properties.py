"""Properties of the three-valued answers, over generated partial dates and days.

Each answer must agree with every concrete reading of the sources: a start day and an end
day within the bounds the dates give, the start not after the end.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from minefacts.model.dates import PartialDate
from minefacts.query.spans import Certainty, Span

YEARS = st.integers(min_value=1996, max_value=2004)


@st.composite
def points(draw: st.DrawFn) -> str:
    """A date at year, month or day precision."""
    year = draw(YEARS)
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return f"{year}"
    month = draw(st.integers(1, 12))
    if precision == "month":
        return f"{year}-{month:02d}"
    day = draw(st.integers(1, 28))
    return f"{year}-{month:02d}-{day:02d}"


@st.composite
def dates(draw: st.DrawFn) -> PartialDate:
    """A single date, or a period whose end is after its start."""
    start = PartialDate(draw(points()))
    if not draw(st.booleans()):
        return start
    end = PartialDate(draw(points()))
    if end.lower < start.lower or end.upper <= start.upper:
        return start
    return PartialDate(f"{start}/{end}")


DAYS = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2005, 12, 31))


@st.composite
def readings(draw: st.DrawFn, span: Span) -> tuple[dt.date, dt.date]:
    """One concrete reading of a span: a start and an end within its bounds, in order."""
    start = draw(st.dates(min_value=span.first_start, max_value=span.last_start))
    end = draw(st.dates(min_value=max(span.first_end, start), max_value=span.last_end))
    return start, end


@given(dates(), DAYS, st.data())
def test_every_answer_agrees_with_every_reading(
    date: PartialDate, day: dt.date, data: st.DataObject
) -> None:
    """held: every reading holds the day; not held: none does; possibly: some do, some not."""
    span = Span.of(date)
    status = span.on(day)
    start, end = data.draw(readings(span))
    inside = start <= day <= end
    if status is Certainty.YES:
        assert inside
    elif status is Certainty.NO:
        assert not inside
    else:
        longest = span.first_start <= day <= span.last_end
        some_exclude = span.last_start > day or span.first_end < day
        assert longest
        assert some_exclude


@given(dates(), dates(), DAYS)
def test_a_narrower_record_never_contradicts_a_wider_one(
    wide: PartialDate, narrow: PartialDate, day: dt.date
) -> None:
    """Narrowing turns possibly into held or not held, never held into not held or back:
    held under a narrower reading is never "not held" under the wider one."""
    wider = Span.of(wide)
    narrower = wider.narrowed(Span.of(narrow))
    if not narrower.consistent:
        return
    before, after = wider.on(day), narrower.on(day)
    if before is not Certainty.POSSIBLY:
        assert after is before
    if after is Certainty.YES:
        assert before is not Certainty.NO
    if before is Certainty.NO:
        assert after is Certainty.NO


@given(dates(), DAYS, DAYS)
def test_a_longer_range_is_never_less_certain(date: PartialDate, a: dt.date, b: dt.date) -> None:
    """Held at some time in a range stays held in any range that contains it."""
    first, last = min(a, b), max(a, b)
    span = Span.of(date)
    inner = span.during(first, last)
    outer = span.during(first - dt.timedelta(days=30), last + dt.timedelta(days=30))
    order = [Certainty.NO, Certainty.POSSIBLY, Certainty.YES]
    assert order.index(outer) >= order.index(inner)


@given(dates(), DAYS, DAYS, st.data())
def test_within_agrees_with_every_reading(
    date: PartialDate, a: dt.date, b: dt.date, data: st.DataObject
) -> None:
    """All of it within a range: yes when every reading lies inside it, no when none does,
    possibly when some do and some do not (the widest and a fitting reading decide)."""
    first, last = min(a, b), max(a, b)
    span = Span.of(date)
    status = span.within(first, last)
    start, end = data.draw(readings(span))
    inside = first <= start and end <= last
    if status is Certainty.YES:
        assert inside
    elif status is Certainty.NO:
        assert not inside
    else:
        fitting = (max(span.first_start, first), min(span.last_end, last))
        assert fitting[0] <= span.last_start
        assert span.first_end <= fitting[1]
        assert fitting[0] <= fitting[1]
        assert span.first_start < first or span.last_end > last
