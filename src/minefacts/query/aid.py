"""Aid pledges set against what was achieved, and against what other records say was
provided.

"Achieved this target" says the amount provided reached the target: a lower bound, not an
amount. Other records' totals above the target are *consistent with* that; where they
differ from each other, they disagree with each other, and both are kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from minefacts.catalog.loading import Catalog
from minefacts.model.records import Event, Pledge, Quantity
from minefacts.model.secondary import Claim, SecondarySource
from minefacts.query.events import announcement
from minefacts.query.figures import Row, funding_rows
from minefacts.query.index import index

AT_LEAST = "at-least"
"""The bound a reached target puts on the amount provided."""


@dataclass(frozen=True)
class Provided:
    """An amount another record gives as provided under a pledge."""

    claim: Claim
    source: SecondarySource
    amount: Quantity
    percent: float
    """The amount as a share of the pledge's target."""


@dataclass(frozen=True)
class AidProgress:
    """A pledge: its target, when it was announced, what the source document says was
    achieved, and what other records say was provided."""

    pledge: Pledge
    pledged: Event
    achieved: Event | None
    announced: Claim | None = None
    provided: tuple[Provided, ...] = ()
    series: tuple[Row, ...] = ()
    """Japan's funding year by year, from other records: the years of the pledge and on."""

    @property
    def percent(self) -> float | None:
        """The target reached, as a share of it (a lower bound: see `bound`); None when the
        source document gives no amount reached."""
        if self.pledge.achieved is None:
            return None
        return 100 * self.pledge.achieved.amount.value / self.pledge.amount.value

    @property
    def bound(self) -> str | None:
        """``at-least`` once the target was reached: the amount provided was at least it."""
        return AT_LEAST if self.pledge.achieved is not None else None

    def disagreeing(self, provided: Provided) -> list[Provided]:
        """The other records' amounts this one disagrees with."""
        return [other for other in self.provided if other.claim.id in provided.claim.disagrees_with]


def aid_progress(catalog: Catalog) -> list[AidProgress]:
    """Every pledge with its progress, in the order of its period, with the amounts in the
    pledge's unit that other records give for it."""
    dataset, found = catalog.dataset, index(catalog)
    progress = []
    for pledge in dataset.pledges:
        pledged = dataset.event(pledge.event)
        claims = dict.fromkeys([*found.about(pledge.id), *found.about(pledge.event)])
        provided = tuple(
            Provided(
                claim,
                source,
                amount,
                100 * amount.value / pledge.amount.value,
            )
            for claim in claims
            if isinstance(source := found.source(claim.source.document), SecondarySource)
            for amount in claim.quantities
            if amount.unit == pledge.amount.unit
        )
        progress.append(
            AidProgress(
                pledge=pledge,
                pledged=pledged,
                achieved=dataset.event(pledge.achieved.event) if pledge.achieved else None,
                announced=announcement(catalog, pledged),
                provided=provided,
                series=tuple(row for row in funding_rows(catalog) if row.year is not None),
            )
        )
    return sorted(progress, key=lambda item: item.pledge.period.sort_key())
