"""Aid pledges set against what was achieved, and against what other records say was
provided.

"Achieved this target" says the amount provided reached the target: a lower bound, not an
amount, and no share of the target beyond it. Other records' totals are set beside it
with their relation to it ("consistent with": above a target the source document says was
reached); an amount another record gives as *announced* is not an amount provided. Where a
later edition revises an earlier figure, the later comes first and the earlier is kept,
each naming the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from minefacts.catalog.loading import Catalog
from minefacts.model.records import Event, Pledge, Quantity
from minefacts.model.secondary import Claim, SecondarySource
from minefacts.query import dating
from minefacts.query.disputes import Dispute, disputes_about
from minefacts.query.figures import Row, funding_rows
from minefacts.query.index import Source, index
from minefacts.query.when import When

AT_LEAST = "at-least"
"""The bound a reached target puts on the amount provided."""


@dataclass(frozen=True)
class Provided:
    """An amount another record gives as provided under a pledge, and the disputes over it
    (a later edition's revision)."""

    claim: Claim
    source: SecondarySource
    amount: Quantity
    disputes: tuple[Dispute, ...] = ()


@dataclass(frozen=True)
class AidProgress:
    """A pledge: its target, when it was announced, what the source document says was
    achieved, and what other records say was provided."""

    pledge: Pledge
    pledged: Event
    achieved: Event | None
    announced: Claim | None = None
    announced_when: When | None = None
    """When it was announced: the announcement's date, narrowed by the records that add
    detail to it (the address in which it was made)."""
    announced_by: tuple[Source, ...] = ()
    """The sources of the records that date the announcement, each once."""
    provided: tuple[Provided, ...] = ()
    series: tuple[Row, ...] = ()
    """Japan's funding year by year, from other records: the years of the pledge and on."""

    @property
    def bound(self) -> str | None:
        """``at-least`` once the target was reached: the amount provided was at least it."""
        return AT_LEAST if self.pledge.achieved is not None else None


def _later_first(provided: list[Provided]) -> list[Provided]:
    """Revisions before what they revise; otherwise the order of the file."""
    revised = {d.subject for p in provided for d in p.disputes if d.relation == "revises"}
    return sorted(provided, key=lambda item: item.claim.id in revised)


def _sources(catalog: Catalog, when: When | None) -> tuple[Source, ...]:
    """The sources behind a time's first reading, each once, in order."""
    return () if when is None else index(catalog).behind(when.readings[0].basis)


def aid_progress(catalog: Catalog) -> list[AidProgress]:
    """Every pledge with its progress, in the order of its period, with the amounts in the
    pledge's unit that other records give as provided under it."""
    dataset, found = catalog.dataset, index(catalog)
    progress = []
    for pledge in dataset.pledges:
        pledged = dataset.event(pledge.event)
        claims = dict.fromkeys([*found.about(pledge.id), *found.about(pledge.event)])
        provided = [
            Provided(claim, source, amount, tuple(disputes_about(catalog, claim.id)))
            for claim in claims
            if claim.amounts_mean == "provided"
            if isinstance(source := found.source(claim.source.document), SecondarySource)
            for amount in claim.quantities
            if amount.unit == pledge.amount.unit
        ]
        progress.append(
            AidProgress(
                pledge=pledge,
                pledged=pledged,
                achieved=dataset.event(pledge.achieved.event) if pledge.achieved else None,
                announced=dating.announcement(catalog, pledged),
                announced_when=(when := dating.placed(catalog, pledged)),
                announced_by=_sources(catalog, when),
                provided=tuple(_later_first(provided)),
                series=tuple(row for row in funding_rows(catalog) if row.year is not None),
            )
        )
    return sorted(progress, key=lambda item: item.pledge.period.sort_key())
