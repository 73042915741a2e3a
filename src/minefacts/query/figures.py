"""Numbers over time, as other records give them: Japan's mine-action funding year by year,
and the mines it held, retained and used.

Nothing is interpolated or converted: each year has the figures each source gives, in
yen and in US dollars as that source gives them, and a year no source gives a figure for
is a gap, shown as one. Where two sources give different figures for the same year, both
stand, each naming the other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from minefacts.catalog.loading import Catalog
from minefacts.model.secondary import Figure
from minefacts.query.spans import Certainty

FUNDING = "mine action funding"
STOCK = ("mines held", "mines retained", "retained mines used")


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


def stock(catalog: Catalog) -> list[Figure]:
    """The mines Japan held, retained and used, in date order."""
    found = [f for f in catalog.secondary.figures if f.measure in STOCK]
    return sorted(found, key=lambda f: (f.date.lower, f.date.upper, STOCK.index(f.measure)))


@dataclass(frozen=True)
class AsOf:
    """The latest figure of a measure on a day, and whether it was surely given by then
    (a count "as of 2018" may be as of any day of 2018)."""

    figure: Figure
    status: Certainty


def as_of(catalog: Catalog, measure: str, day: dt.date) -> tuple[AsOf, ...]:
    """The figures of a measure with the latest date that could have been reached by
    `day`: one, or several where sources disagree about the same date."""
    known = [f for f in catalog.secondary.figures if f.measure == measure and f.date.lower <= day]
    if not known:
        return ()
    newest = max(figure.date.lower for figure in known)
    return tuple(
        AsOf(f, Certainty.YES if _reached(f) <= day else Certainty.POSSIBLY)
        for f in known
        if f.date.lower == newest
    )


def _reached(figure: Figure) -> dt.date:
    """The last day a figure's date can mean, when it is surely in effect."""
    return figure.date.upper


def in_year(catalog: Catalog, year: int) -> list[Figure]:
    """The figures dated within one year: that year's funding, counts made in it."""
    return [
        f
        for f in catalog.secondary.figures
        if f.date.precision != "period" and f.date.lower.year == year == f.date.upper.year
    ]


@dataclass(frozen=True)
class Row:
    """A line of the funding listing: a figure, or a year no source gives one for."""

    year: int | None
    """The calendar year of a yearly figure or a gap; None for a multi-year figure."""
    figure: Figure | None
    """None for a gap."""


def funding_rows(catalog: Catalog) -> list[Row]:
    """The yearly series, a row per figure and a row per gap, then the multi-year
    totals and averages."""
    found = funding(catalog)
    rows = [Row(year.year, figure) for year in found.years for figure in (year.figures or (None,))]
    return rows + [Row(None, figure) for figure in found.totals]
