"""The timeline: events of either provenance in date order, narrowed by the shared filters.

An event is placed by when it happened (`minefacts.query.dating`): its own date as other
records narrow it, with a second reading where a record disagrees; a pledge, dated by the
period it covers, is placed by its announcement when a record gives one (the source
document does not). Each entry says whether it certainly or only possibly falls within
the dates asked about, and carries the disputes about it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from minefacts.catalog.loading import Catalog
from minefacts.model.dates import PartialDate
from minefacts.model.secondary import Claim
from minefacts.query import dating
from minefacts.query.disputes import Dispute, disputes_about
from minefacts.query.filters import NO_FILTERS, Filters
from minefacts.query.index import AnyEvent, events, index, provenance_of
from minefacts.query.spans import Certainty, Span
from minefacts.query.when import When


@dataclass(frozen=True)
class Entry:
    """An event on the timeline: where it is placed, by what, how surely it falls within
    the dates asked about, and what the records dispute about it."""

    event: AnyEvent
    placed_by: Claim | None
    """The claim that dates it, when it is not placed by its own date."""
    when: When
    """When it happened, as far as the records tell; for a pledge with no announcement
    in the records, the period it covers."""
    match: Certainty
    """YES, or POSSIBLY when its date may fall outside the dates asked about."""
    disputes: tuple[Dispute, ...] = ()

    @property
    def placed(self) -> PartialDate:
        """The date it is placed at, as a record gives it."""
        claim = self.placed_by
        return claim.date if claim is not None and claim.date is not None else self.event.date

    @property
    def dated_by(self) -> tuple[str, ...]:
        """The other records that date a fact of the source document beyond what it says
        (its announcement, a narrowing): what makes its row more than plainly primary."""
        if provenance_of(self.event) != "primary":
            return ()
        basis = self.when.basis if self.placed_by is None else (self.placed_by.id, *self.when.basis)
        return tuple(item for item in dict.fromkeys(basis) if item != self.event.id)

    def sort_key(self) -> tuple[dt.date, dt.date]:
        if self.placed_by is not None:
            return self.placed.lower, self.placed.upper
        return self.event.sort_key()


def entry(catalog: Catalog, event: AnyEvent, filters: Filters = NO_FILTERS) -> Entry:
    """One event as the timeline places it, matched against the filters' dates."""
    placed_by = dating.announcement(catalog, event)
    when = dating.placed(catalog, event) or When.of(Span.of(event.date), event.id)
    match = filters.match(when)
    if placed_by is not None:
        # A pledge belongs where it was announced and over the years it covers.
        covers = filters.match(When.of(Span.of(event.date), event.id))
        match = max(match, covers, key=ORDER.index)
    return Entry(event, placed_by, when, match, tuple(disputes_about(catalog, event.id)))


def timeline(catalog: Catalog, filters: Filters = NO_FILTERS) -> list[Entry]:
    """Every event that passes the filters, in chronological order; events placed at the
    same dates keep their order in the files, the source document's first."""
    found: Sequence[AnyEvent] = events(catalog)
    filters.check(found)
    entries = []
    about = index(catalog).claims_about
    for event in found:
        if not filters.accepts(event):
            continue
        if _outside(filters, event, about):
            continue
        item = entry(catalog, event, filters)
        if item.match is not Certainty.NO:
            entries.append(item)
    return sorted(entries, key=Entry.sort_key)


def _outside(filters: Filters, event: AnyEvent, about: Mapping[str, object]) -> bool:
    """Whether an event no record bears on lies outside the dates asked for by its own
    date alone: most of a long timeline is left out so, before its entry is made."""
    if filters.dates is None or event.id in about or _covers(event):
        return False
    return filters.match(When.of(dating.own_event(event), event.id)) is Certainty.NO


def _covers(event: AnyEvent) -> bool:
    """Whether an event's date is the period it covers (a pledge), not when it happened."""
    return getattr(event, "date_means", None) == "covers"


ORDER = [Certainty.NO, Certainty.POSSIBLY, Certainty.YES]
"""The answers from the least to the most sure."""
