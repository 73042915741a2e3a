"""Properties of the one model of uncertain time, checked against every concrete reading.

A `When` is one span or several (a dispute). Over small generated spans, every concrete
reading is enumerated: a start day and an end day within a span's bounds, the start not
after the end. The answers must be exactly what those readings allow; a dispute never
makes an answer surer; and the neighbours of a day are exactly the events that, in some
joint reading, come last before it or first after it.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from minefacts.query.neighbours import first_among, last_among
from minefacts.query.spans import Certainty, Span
from minefacts.query.when import Reading, When

BASE = dt.date(2001, 1, 1)
LENGTH = 10
"""Spans over the first ten days of January 2001: small enough to enumerate."""


def day(offset: int) -> dt.date:
    return BASE + dt.timedelta(days=offset)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    """A span: earliest and latest start, earliest and latest end, every bound reachable."""
    a, b = sorted(draw(st.lists(st.integers(0, LENGTH - 1), min_size=2, max_size=2)))
    c = draw(st.integers(a, LENGTH - 1))
    d = draw(st.integers(max(b, c), LENGTH - 1))
    return Span(day(a), day(b), day(c), day(d))


def when(*found: Span) -> When:
    return When(tuple(Reading(span, (f"r{i}",)) for i, span in enumerate(found)))


whens = st.lists(spans(), min_size=1, max_size=3).map(lambda found: when(*found))


def concrete(span: Span) -> Iterator[tuple[dt.date, dt.date]]:
    """Every concrete reading of a span."""
    for start in range((span.last_start - span.first_start).days + 1):
        first = span.first_start + dt.timedelta(days=start)
        for end in range((span.last_end - span.first_end).days + 1):
            last = span.first_end + dt.timedelta(days=end)
            if first <= last:
                yield first, last


def every(found: When) -> list[tuple[dt.date, dt.date]]:
    return [pair for reading in found.readings for pair in concrete(reading.span)]


def answer(truths: list[bool]) -> Certainty:
    if all(truths):
        return Certainty.YES
    return Certainty.POSSIBLY if any(truths) else Certainty.NO


@given(whens, st.integers(0, LENGTH - 1), st.integers(0, LENGTH - 1))
def test_every_question_is_asked_of_every_reading(found: When, one: int, other: int) -> None:
    """held during a range, begun by, ended by, before and after a day: yes when every
    concrete reading says so, no when none does, possibly otherwise."""
    first, last = sorted((day(one), day(other)))
    pairs = every(found)
    assert found.during(first, last) is answer([s <= last and e >= first for s, e in pairs])
    assert found.begun_by(first) is answer([s <= first for s, _ in pairs])
    assert found.ended_by(first) is answer([e <= first for _, e in pairs])
    assert found.before(first) is answer([e < first for _, e in pairs])
    assert found.after(first) is answer([s > first for s, _ in pairs])


@given(whens, spans(), st.integers(0, LENGTH - 1))
def test_a_dispute_never_makes_an_answer_surer(found: When, other: Span, at: int) -> None:
    """Another reading can turn yes or no into possibly, never possibly into yes or no."""
    disputed = When((*found.readings, Reading(other, ("disputed",))))
    for question in ("on", "begun_by", "ended_by", "before", "after"):
        before = getattr(found, question)(day(at))
        after = getattr(disputed, question)(day(at))
        if before is Certainty.POSSIBLY:
            assert after is Certainty.POSSIBLY, question
        assert after in (before, Certainty.POSSIBLY), question


@given(spans(), spans(), st.integers(0, LENGTH - 1))
def test_narrowing_never_turns_yes_into_no(span: Span, other: Span, at: int) -> None:
    """What another record adds can settle a possibly; it never reverses a yes or a no.
    A narrowing the records cannot both allow is not made."""
    narrower = span.narrowed(other)
    if not narrower.consistent:
        return
    for question in ("on", "begun_by", "ended_by", "before", "after"):
        before = getattr(span, question)(day(at))
        after = getattr(narrower, question)(day(at))
        if before is not Certainty.POSSIBLY:
            assert after is before, question


def brute_last(events: list[When], limit: dt.date) -> set[int]:
    """The events that, in some joint reading, end before `limit` with no other event
    ending later but still before it."""
    found: set[int] = set()
    choices = [every(event) for event in events]
    for joint in itertools.product(*choices):
        ends = [end for _, end in joint]
        before = [end for end in ends if end < limit]
        if before:
            latest = max(before)
            found |= {i for i, end in enumerate(ends) if end == latest}
    return found


def brute_first(events: list[When], limit: dt.date) -> set[int]:
    """The events that, in some joint reading, begin after `limit` with no other event
    beginning earlier but still after it."""
    found: set[int] = set()
    choices = [every(event) for event in events]
    for joint in itertools.product(*choices):
        starts = [start for start, _ in joint]
        after = [start for start in starts if start > limit]
        if after:
            earliest = min(after)
            found |= {i for i, start in enumerate(starts) if start == earliest}
    return found


@settings(max_examples=500)
@given(st.lists(whens, min_size=1, max_size=3), st.integers(0, LENGTH - 1))
def test_neighbours_are_exactly_the_events_that_could_be_adjacent(
    events: list[When], at: int
) -> None:
    """Just before a day are every event some joint reading makes the last before it, and
    no other; just after, likewise."""
    placed: list[tuple[Any, When]] = list(enumerate(events))
    limit = day(at)
    last: set[Any] = {n.event for n in last_among(placed, limit)}
    first: set[Any] = {n.event for n in first_among(placed, limit)}
    assert last == brute_last(events, limit)
    assert first == brute_first(events, limit)
