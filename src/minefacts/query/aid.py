"""Aid pledges set against what was achieved, and against what other records say was
provided."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from minefacts.model.records import Dataset, Event, Pledge, Quantity

if TYPE_CHECKING:
    from minefacts.model.secondary import Claim, Corroboration, SecondarySource


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
