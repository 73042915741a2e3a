"""The listings of figures: Japan's mine-action funding year by year, and the counts of
mines held, destroyed, retained and used."""

from __future__ import annotations

from typing import TYPE_CHECKING

from minefacts.query.spans import Certainty
from minefacts.render.fields import Column, edtf
from minefacts.render.listings.base import Listing, marks
from minefacts.render.words import amounts, dates
from minefacts.render.words import disputes as disputed

if TYPE_CHECKING:
    from minefacts.query.figures import Row


# funding and retained


def _units(row: Row, unit: str) -> str:
    """A row's amounts in one unit, as the source words them; nothing for a gap (its
    span says so)."""
    if row.figure is None:
        return ""
    found = "; ".join(amounts.amount(q) for q in row.figure.amounts if q.unit == unit)
    return found + marks(Certainty.YES, row.disputes, "amount") if found else ""


def _row_date(row: Row) -> str:
    if row.figure is None:
        return str(row.year)
    return dates.dated(row.figure.date, row.figure.date_qualifier)


def _row_disputed(row: Row) -> str:
    return disputed.other_side(row.disputes, row.figure.id) if row.figure else ""


FUNDING = Listing(
    ids=lambda row: (row.figure.id,) if row.figure else (),
    rows="FUNDING",
    columns=[
        Column(
            "id",
            "Id",
            lambda row: row.figure.id if row.figure else "",
            priority=3,
            wrap=False,
            style="cyan",
        ),
        Column("year", "Year", lambda row: "" if row.year is None else str(row.year), people=False),
        edtf("date", lambda row: row.figure.date if row.figure else None),
        Column("date_label", "Year", _row_date, wrap=False, style="bold"),
        Column("span", "Span", lambda row: row.figure.span if row.figure else "gap"),
        Column("jpy", "Yen", lambda row: _units(row, "JPY")),
        Column("usd", "US dollars", lambda row: _units(row, "USD")),
        Column("disputed", "Disputed", _row_disputed, priority=5),
        Column(
            "source",
            "Source",
            lambda row: row.figure.source.document if row.figure else "",
            priority=1,
            wrap=False,
        ),
    ],
    view="funding",
    title="Japan's mine-action funding, as each source gives it",
)

RETAINED = Listing(
    ids=lambda row: (row.figure.id,),
    rows="RETAINED",
    columns=[
        Column("id", "Id", lambda row: row.figure.id, wrap=False, style="cyan"),
        edtf("date", lambda row: row.figure.date),
        Column("date_label", "Date", _row_date, style="bold"),
        Column("measure", "What", lambda row: row.figure.measure),
        Column(
            "count",
            "Mines",
            lambda row: (
                "; ".join(amounts.count(q) for q in row.figure.amounts)
                + marks(Certainty.YES, row.disputes, "amount")
            ),
            wrap=False,
        ),
        Column("span", "Span", lambda row: row.figure.span, priority=2),
        Column("note", "Note", lambda row: row.figure.note or "", priority=4),
        Column("disputed", "Disputed", _row_disputed, priority=5),
        Column("source", "Source", lambda row: row.figure.source.document, priority=1, wrap=False),
    ],
    view="retained",
    title="Mines Japan held, destroyed, retained and used",
)
