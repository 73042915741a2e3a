"""Questions asked of a dataset: pure functions from a `Dataset` to records, nothing printed.

Date filters use each date's bounds, never a guessed day: a period belongs to every year
it overlaps, and a month matches a range that shares any of its days.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from minefacts.dates import PartialDate
from minefacts.errors import QueryError
from minefacts.kinds import EventKind
from minefacts.models import Dataset, Event, Pledge, Quantity, Role
from minefacts.textmatch import did_you_mean, fold

if TYPE_CHECKING:
    from minefacts.corroboration import Claim, Corroboration, SecondarySource


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
            if not any(_contains(name, value) for name in known):
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
            _contains(p.city, place) or _contains(p.country, place) for p in event.places
        ):
            return False
        if party is not None and not any(_contains(p.name, party) for p in event.parties):
            return False
        return self.dated(event.date)


NO_FILTERS = Filters()


def _names(dataset: Dataset, option: str) -> set[str]:
    """Every place (city or country) or every party the dataset names."""
    if option == "place":
        return {name for e in dataset.events for p in e.places for name in (p.city, p.country)}
    return {party.name for event in dataset.events for party in event.parties}


def _contains(text: str, wanted: str) -> bool:
    return fold(wanted).strip() in fold(text)


def timeline(dataset: Dataset, filters: Filters = NO_FILTERS) -> list[Event]:
    """Events in chronological order, kept when they pass every filter. Events with the
    same date keep their order in the dataset."""
    filters.check(dataset)
    return sorted((e for e in dataset.events if filters.accepts(e)), key=Event.sort_key)


def roles(
    dataset: Dataset, *, text: str | None = None, filters: Filters = NO_FILTERS
) -> list[Role]:
    """Roles Japan held, by period. `text` matches role, body or partner, and the filters'
    --party a partner, without regard to case or accents; periods match the filters' dates
    by overlap."""
    party = filters.party

    def matches(role: Role) -> bool:
        haystack = " ".join([role.role, role.body, role.body_kind, *role.partners])
        if text and not _contains(haystack, text):
            return False
        if party is not None and not any(_contains(p, party) for p in role.partners):
            return False
        return filters.dated(role.period)

    chosen = [role for role in dataset.roles if matches(role)]
    return sorted(chosen, key=lambda role: role.period.sort_key())


@dataclass(frozen=True)
class Provided:
    """An amount another record gives as actually provided under a pledge."""

    claim: Claim
    source: SecondarySource
    amount: Quantity
    percent: float
    """The amount as a share of the pledge's target."""


@dataclass(frozen=True)
class AidProgress:
    """A pledge set against what the source says was achieved, and against the amounts
    other records give as provided."""

    pledge: Pledge
    pledged: Event
    achieved: Event | None
    provided: tuple[Provided, ...] = ()

    @property
    def percent(self) -> float | None:
        """Achieved as a share of the target, or None when the source gives no amount."""
        if self.pledge.achieved is None:
            return None
        return 100 * self.pledge.achieved.amount.value / self.pledge.amount.value


def aid_progress(dataset: Dataset, corroboration: Corroboration | None = None) -> list[AidProgress]:
    """Every pledge with its progress, in the order of its period, with the amounts in the
    pledge's unit that secondary sources give for it."""
    claims = corroboration.claims if corroboration else ()
    sources = {source.id: source for source in corroboration.sources} if corroboration else {}
    progress = [
        AidProgress(
            pledge=pledge,
            pledged=dataset.event(pledge.event),
            achieved=dataset.event(pledge.achieved.event) if pledge.achieved else None,
            provided=tuple(
                Provided(
                    claim, sources[claim.source], amount, 100 * amount.value / pledge.amount.value
                )
                for claim in claims
                if pledge.id in claim.about
                for amount in claim.quantities
                if amount.unit == pledge.amount.unit
            ),
        )
        for pledge in dataset.pledges
    ]
    return sorted(progress, key=lambda item: item.pledge.period.sort_key())
