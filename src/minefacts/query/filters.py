"""What every listing can be narrowed by: years and date ranges, kinds, places and parties.

Dates are compared by their bounds, never by a guessed day, and the answer has three
values (`minefacts.query.spans`): a record dated "Feb 2003" is certainly within 2003,
possibly within "from 15 Feb 2003", and not within 2002. Listings keep what is certainly
or possibly within, and say which.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from minefacts.errors import QueryError, UnknownName
from minefacts.model.dates import PartialDate
from minefacts.model.kinds import EventKind
from minefacts.model.records import Event
from minefacts.model.secondary import SecondaryEvent
from minefacts.query.spans import Certainty
from minefacts.query.textmatch import closest, fold
from minefacts.query.when import When

_EARLIEST, _LATEST = dt.date.min, dt.date.max


@dataclass(frozen=True)
class Filters:
    """What every listing of events can be narrowed by. Dates match by their bounds;
    places and parties match without regard to case or accents."""

    year: int | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    kinds: Collection[EventKind] = ()
    place: str | None = None
    party: str | None = None

    def check(self, events: Iterable[Event | SecondaryEvent]) -> None:
        """Refuse a range that ends before it starts, and a place or party the events
        never name, suggesting the closest they do."""
        self.check_range()
        wanted = {"place": self.place, "party": self.party}
        for option, value in wanted.items():
            if value is None:
                continue
            known = names(events, option)
            if not any(contains(name, value) for name in known):
                raise UnknownName(option, value, closest(value, known), sorted(known))

    def check_range(self) -> None:
        """Refuse a range that ends before it starts: every listing alike."""
        start, end = self.start, self.end
        if start is not None and end is not None and start.lower > end.upper:
            raise QueryError(f"--from {start} is after --to {end}; swap them or widen the range")

    def dates_only(self) -> Filters:
        """The same years and dates, without the filters that concern events alone."""
        return Filters(self.year, self.start, self.end)

    @property
    def dates(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day asked about, or None when no date filter is set."""
        if self.year is None and self.start is None and self.end is None:
            return None
        first = self.start.lower if self.start is not None else _EARLIEST
        last = self.end.upper if self.end is not None else _LATEST
        if self.year is not None:
            first = max(first, dt.date(self.year, 1, 1))
            last = min(last, dt.date(self.year, 12, 31))
        return first, last

    def match(self, when: When) -> Certainty:
        """Whether something with this time falls within the year and the range: a single
        date lies within them, a period reaches into them, each reading asked."""
        dates = self.dates
        if dates is None:
            return Certainty.YES
        first, last = dates
        if first > last:
            return Certainty.NO
        return when.during(first, last)

    def accepts(self, event: Event | SecondaryEvent) -> bool:
        """True when the event passes every filter but the dates."""
        if self.kinds and event.kind not in self.kinds:
            return False
        place, party = self.place, self.party
        if place is not None and not any(
            contains(p.city, place) or contains(p.country, place) for p in event.places
        ):
            return False
        return party is None or any(contains(p.name, party) for p in event.parties)


NO_FILTERS = Filters()


def names(events: Iterable[Event | SecondaryEvent], option: str) -> set[str]:
    """Every place (city or country) or every party the events name."""
    if option == "place":
        return {name for e in events for p in e.places for name in (p.city, p.country)}
    return {party.name for event in events for party in event.parties}


def contains(text: str, wanted: str) -> bool:
    """True when `wanted` is in `text`, without regard to case or accents."""
    return fold(wanted).strip() in fold(text)
