"""What came just before and just after a day, as a partial order: every event that could
be the last to end before it, or the first to begin after it, never the one whose loosest
bound happens to be nearest.

Events with uncertain dates are only partly ordered. An event A could be the last before
a day when some reading ends it before that day and no other event certainly comes
between: certainly before the day, and certainly ending after A's latest possible end
before it. Likewise after. Each neighbour says whether it is certainly the one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from minefacts.catalog.loading import Catalog
from minefacts.query import dating
from minefacts.query.index import AnyEvent, events
from minefacts.query.spans import Certainty
from minefacts.query.when import When

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Neighbour:
    """An event that could be the nearest before or after a day, and whether it surely is:
    YES when no other event could be, POSSIBLY otherwise."""

    event: AnyEvent
    when: When
    status: Certainty


def _placed(catalog: Catalog) -> list[tuple[AnyEvent, When]]:
    """Every event with a time it happened (a pledge with no announcement has none)."""
    found = []
    for event in events(catalog):
        when = dating.placed(catalog, event)
        if when is not None:
            found.append((event, when))
    return found


def _latest_end_before(when: When, day: dt.date) -> dt.date | None:
    ends = [
        min(reading.span.last_end, day - ONE_DAY)
        for reading in when.readings
        if reading.span.first_end < day
    ]
    return max(ends, default=None)


def _earliest_start_after(when: When, day: dt.date) -> dt.date | None:
    starts = [
        max(reading.span.first_start, day + ONE_DAY)
        for reading in when.readings
        if reading.span.last_start > day
    ]
    return min(starts, default=None)


def _certain(found: Sequence[Neighbour]) -> list[Neighbour]:
    if len(found) == 1 and found[0].status is Certainty.YES:
        return list(found)
    return [Neighbour(n.event, n.when, Certainty.POSSIBLY) for n in found]


def last_before(catalog: Catalog, day: dt.date) -> list[Neighbour]:
    """Every event that could be the last to end before `day`, in date order."""
    return last_among(_placed(catalog), day)


def first_after(catalog: Catalog, day: dt.date) -> list[Neighbour]:
    """Every event that could be the first to begin after `day`, in date order."""
    return first_among(_placed(catalog), day)


def last_among(placed: Sequence[tuple[AnyEvent, When]], day: dt.date) -> list[Neighbour]:
    """Of these events, each that could be the last to end before `day`: some reading
    ends it before `day`, at the latest on A's day, and no other event certainly ends
    between that day and `day`."""
    surely_before = [(e, w) for e, w in placed if w.before(day) is Certainty.YES]
    found = []
    for event, when in placed:
        latest = _latest_end_before(when, day)
        if latest is None:
            continue
        blocked = any(
            other is not event and all(r.span.first_end > latest for r in other_when.readings)
            for other, other_when in surely_before
        )
        if not blocked:
            found.append(Neighbour(event, when, when.before(day)))
    found.sort(key=lambda n: (n.when.bounds.first_end, n.when.bounds.last_end))
    return _certain(found)


def first_among(placed: Sequence[tuple[AnyEvent, When]], day: dt.date) -> list[Neighbour]:
    """Of these events, each that could be the first to begin after `day` (as
    `last_among`, the other way)."""
    surely_after = [(e, w) for e, w in placed if w.after(day) is Certainty.YES]
    found = []
    for event, when in placed:
        earliest = _earliest_start_after(when, day)
        if earliest is None:
            continue
        blocked = any(
            other is not event and all(r.span.last_start < earliest for r in other_when.readings)
            for other, other_when in surely_after
        )
        if not blocked:
            found.append(Neighbour(event, when, when.after(day)))
    found.sort(key=lambda n: (n.when.bounds.first_start, n.when.bounds.last_start))
    return _certain(found)
