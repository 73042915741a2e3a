"""What every listing can be narrowed by: years and date ranges, kinds, places and parties.

Date filters use each date's bounds, never a guessed day: a period belongs to every year
it overlaps, and a month matches a range that shares any of its days.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from minefacts.errors import QueryError
from minefacts.model.dates import PartialDate
from minefacts.model.kinds import EventKind
from minefacts.model.records import Dataset, Event
from minefacts.query.textmatch import did_you_mean, fold


@dataclass(frozen=True)
class Filters:
    """What every listing of events can be narrowed by. Dates match by overlap; places and
    parties match without regard to case or accents."""

    year: int | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    kinds: Collection[EventKind] = ()
    place: str | None = None
    party: str | None = None

    def check(self, dataset: Dataset) -> None:
        """Refuse a range that ends before it starts, and a place or party the dataset
        never names, suggesting the closest it does."""
        start, end = self.start, self.end
        if start is not None and end is not None and start.lower > end.upper:
            raise QueryError(f"--from {start} is after --to {end}; swap them or widen the range")
        wanted = {"place": self.place, "party": self.party}
        for option, value in wanted.items():
            if value is None:
                continue
            known = _names(dataset, option)
            if not any(contains(name, value) for name in known):
                raise QueryError(
                    f"unknown {option} {value!r}; {did_you_mean(value, known)}"
                    f"the {option}s named are {', '.join(sorted(known))}"
                )

    def dated(self, date: PartialDate) -> bool:
        """True when `date` overlaps the year and the range."""
        if self.year is not None and not date.overlaps_year(self.year):
            return False
        if self.start is not None and date.upper < self.start.lower:
            return False
        return self.end is None or date.lower <= self.end.upper

    def accepts(self, event: Event) -> bool:
        """True when the event passes every filter."""
        if self.kinds and event.kind not in self.kinds:
            return False
        place, party = self.place, self.party
        if place is not None and not any(
            contains(p.city, place) or contains(p.country, place) for p in event.places
        ):
            return False
        if party is not None and not any(contains(p.name, party) for p in event.parties):
            return False
        return self.dated(event.date)


NO_FILTERS = Filters()


def _names(dataset: Dataset, option: str) -> set[str]:
    """Every place (city or country) or every party the dataset names."""
    if option == "place":
        return {name for e in dataset.events for p in e.places for name in (p.city, p.country)}
    return {party.name for event in dataset.events for party in event.parties}


def contains(text: str, wanted: str) -> bool:
    """True when `wanted` is in `text`, without regard to case or accents."""
    return fold(wanted).strip() in fold(text)
