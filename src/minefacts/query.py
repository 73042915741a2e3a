"""Questions asked of a dataset: pure functions from a `Dataset` to records, nothing printed.

Date filters use each date's bounds, never a guessed day: a period belongs to every year
it overlaps, and a month matches a range that shares any of its days.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from minefacts.dates import PartialDate
from minefacts.errors import QueryError
from minefacts.kinds import EventKind
from minefacts.models import Dataset, Event, Pledge, Role


def check_range(start: PartialDate | None, end: PartialDate | None) -> None:
    """Refuse a `--from`/`--to` range that ends before it starts."""
    if start is not None and end is not None and start.lower > end.upper:
        raise QueryError(f"--from {start} is after --to {end}; swap them or widen the range")


def _within(
    date: PartialDate, year: int | None, start: PartialDate | None, end: PartialDate | None
) -> bool:
    if year is not None and not date.overlaps_year(year):
        return False
    if start is not None and date.upper < start.lower:
        return False
    return end is None or date.lower <= end.upper


def timeline(
    dataset: Dataset,
    *,
    year: int | None = None,
    start: PartialDate | None = None,
    end: PartialDate | None = None,
    kinds: Collection[EventKind] = (),
) -> list[Event]:
    """Events in chronological order, kept when their dates overlap every filter given.
    Events with the same date keep their order in the dataset.
    """
    check_range(start, end)
    chosen = [
        event
        for event in dataset.events
        if (not kinds or event.kind in kinds) and _within(event.date, year, start, end)
    ]
    return sorted(chosen, key=Event.sort_key)


def roles(dataset: Dataset, *, text: str | None = None, year: int | None = None) -> list[Role]:
    """Roles Japan held, by period. `text` matches role, body or partner, ignoring case."""
    needle = text.casefold().strip() if text else ""

    def matches(role: Role) -> bool:
        haystack = " ".join([role.role, role.body, role.body_kind, *role.partners])
        return needle in haystack.casefold()

    chosen = [
        role for role in dataset.roles if matches(role) and _within(role.period, year, None, None)
    ]
    return sorted(chosen, key=lambda role: role.period.sort_key())


@dataclass(frozen=True)
class AidProgress:
    """A pledge set against what the source says was achieved."""

    pledge: Pledge
    pledged: Event
    achieved: Event | None

    @property
    def percent(self) -> float | None:
        """Achieved as a share of the target, or None when the source gives no amount."""
        if self.pledge.achieved is None:
            return None
        return 100 * self.pledge.achieved.amount.value / self.pledge.amount.value


def aid_progress(dataset: Dataset) -> list[AidProgress]:
    """Every pledge with its progress, in the order of its period."""
    progress = [
        AidProgress(
            pledge=pledge,
            pledged=dataset.event(pledge.event),
            achieved=dataset.event(pledge.achieved.event) if pledge.achieved else None,
        )
        for pledge in dataset.pledges
    ]
    return sorted(progress, key=lambda item: item.pledge.period.sort_key())
