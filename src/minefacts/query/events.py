"""The timeline: events of either provenance in date order, narrowed by the shared filters.

An event is placed by its own date, except where that date is not when it happened: a
pledge is dated by the period it covers, and placed by its announcement when a record
gives one (the source document does not). Each entry says whether it certainly or only
possibly falls within the dates asked about.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from minefacts.catalog.loading import Catalog
from minefacts.model.dates import PartialDate
from minefacts.model.secondary import Claim
from minefacts.query.filters import NO_FILTERS, Filters
from minefacts.query.index import AnyEvent, events, index
from minefacts.query.spans import Certainty


@dataclass(frozen=True)
class Entry:
    """An event on the timeline: where it is placed, by what, and how surely it falls
    within the dates asked about."""

    event: AnyEvent
    placed_by: Claim | None
    """The claim that dates it, when it is not placed by its own date."""
    match: Certainty
    """YES, or POSSIBLY when its date may fall outside the dates asked about."""

    @property
    def placed(self) -> PartialDate:
        """The date it is placed at."""
        claim = self.placed_by
        return claim.date if claim is not None and claim.date is not None else self.event.date

    def sort_key(self) -> tuple[dt.date, dt.date]:
        if self.placed_by is not None:
            return self.placed.lower, self.placed.upper
        return self.event.sort_key()


def announcement(catalog: Catalog, event: AnyEvent) -> Claim | None:
    """The claim that dates the announcement of an event whose own date is the period it
    covers; None when no record gives one."""
    if getattr(event, "date_means", None) != "covers":
        return None
    for claim in index(catalog).about(event.id):
        if claim.date is not None and claim.date_means == "announced":
            return claim
    return None


def timeline(catalog: Catalog, filters: Filters = NO_FILTERS) -> list[Entry]:
    """Every event that passes the filters, in chronological order; events placed at the
    same dates keep their order in the files, the source document's first."""
    found: Sequence[AnyEvent] = events(catalog)
    filters.check(found)
    entries = []
    for event in found:
        if not filters.accepts(event):
            continue
        placed_by = announcement(catalog, event)
        match = filters.dated(event.date)
        if placed_by is not None and placed_by.date is not None:
            announced = filters.dated(placed_by.date)
            match = max(match, announced, key=_ORDER.index)
        if match is not Certainty.NO:
            entries.append(Entry(event, placed_by, match))
    return sorted(entries, key=Entry.sort_key)


_ORDER = [Certainty.NO, Certainty.POSSIBLY, Certainty.YES]
