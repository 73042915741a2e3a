"""Numbers over time, as other records give them: Japan's mine-action funding year by year,
and the mines it held, destroyed, retained and used.

Nothing is interpolated or converted: each year has the figures each source gives, in
yen and in US dollars as that source gives them, and a year no source gives a figure for
is a gap, shown as one. Where a later edition revises a figure, or two sources disagree,
both stand, each naming the other (`minefacts.query.disputes`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from minefacts.catalog.loading import Catalog
from minefacts.model.secondary import Figure
from minefacts.query import dating
from minefacts.query.disputes import Dispute, disputes_about
from minefacts.query.filters import NO_FILTERS, Filters
from minefacts.query.spans import Certainty, Span
from minefacts.query.when import When

FUNDING = "mine action funding"
STOCK = ("mines held", "mines destroyed", "mines retained", "retained mines used")


@dataclass(frozen=True)
class Year:
    """One calendar year of a series: the figures sources give for it (none: a gap)."""

    year: int
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class FundingSeries:
    """Japan's mine-action funding: a figure per year and source, from the first year any
    source gives to the last, and the totals and averages over several years."""

    years: tuple[Year, ...]
    totals: tuple[Figure, ...]


def funding(catalog: Catalog) -> FundingSeries:
    """The yearly series and the multi-year figures, in date order."""
    figures = sorted(
        (f for f in catalog.secondary.figures if f.measure == FUNDING),
        key=lambda f: (f.date.lower, f.date.upper),
    )
    yearly = [f for f in figures if f.span == "year" and f.date.precision == "year"]
    if not yearly:
        return FundingSeries((), tuple(figures))
    first = min(f.date.lower.year for f in yearly)
    last = max(f.date.lower.year for f in yearly)
    years = tuple(
        Year(year, tuple(f for f in yearly if f.date.lower.year == year))
        for year in range(first, last + 1)
    )
    return FundingSeries(years, tuple(f for f in figures if f not in yearly))


@dataclass(frozen=True)
class Row:
    """A line of a listing of figures: a figure, or a year no source gives one for, with
    the disputes over the figure (a revision by a later edition)."""

    year: int | None
    """The calendar year of a yearly figure or a gap; None for a multi-year figure."""
    figure: Figure | None
    """None for a gap."""
    disputes: tuple[Dispute, ...] = ()


def stock(catalog: Catalog, filters: Filters = NO_FILTERS) -> list[Row]:
    """The mines Japan held, destroyed, retained and used, in date order, each with the
    disputes over it."""
    found = sorted(
        (
            f
            for f in catalog.secondary.figures
            if f.measure in STOCK and filters.match(dating.figure(f)) is not Certainty.NO
        ),
        key=lambda f: (f.date.lower, f.date.upper, STOCK.index(f.measure)),
    )
    return [Row(None, f, tuple(disputes_about(catalog, f.id))) for f in found]


def funding_rows(catalog: Catalog, filters: Filters = NO_FILTERS) -> list[Row]:
    """The yearly series, a row per figure and a row per gap, then the multi-year
    totals and averages, each that falls within the filters' dates."""
    found = funding(catalog)
    rows = [
        Row(year.year, figure, tuple(disputes_about(catalog, figure.id)) if figure else ())
        for year in found.years
        for figure in (year.figures or (None,))
    ]
    rows += [Row(None, f, tuple(disputes_about(catalog, f.id))) for f in found.totals]
    if filters.dates is None:
        return rows
    return [row for row in rows if _within(row, filters)]


def _within(row: Row, filters: Filters) -> bool:
    """A figure by its own date; a gap as the whole of its year."""
    if row.figure is not None:
        return filters.match(dating.figure(row.figure)) is not Certainty.NO
    first, last = dt.date(row.year or 1, 1, 1), dt.date(row.year or 1, 12, 31)
    return filters.match(When.of(Span(first, first, last, last))) is not Certainty.NO
