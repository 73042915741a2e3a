"""Every listing, declared once: the fields of its rows (`minefacts.render.json.rows`, which
make its JSON and its CSV), the columns people see (which make its table, TSV and
Markdown), and the name of its view on a terminal (`minefacts.render.terminal.tables`).
`output.emit` picks one by ``--format``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from minefacts.query.index import kind_of, provenance_of, title_of
from minefacts.query.spans import Certainty
from minefacts.render.fields import Column, Obj
from minefacts.render.json import rows
from minefacts.render.words import amounts, dates
from minefacts.render.words.phrases import POSSIBLY_MARK

if TYPE_CHECKING:
    from minefacts.query.aid import AidProgress
    from minefacts.query.events import Entry
    from minefacts.query.figures import Row
    from minefacts.query.search import Hit
    from minefacts.query.sources import SourceSummary


@dataclass(frozen=True)
class Listing:
    """How one kind of listing is rendered in every output format."""

    fields: Obj
    """Its rows' fields: its JSON, and its CSV columns."""
    columns: Sequence[Column]
    """The columns people see: its table, TSV and Markdown."""
    view: str
    """The name of its view for people in `minefacts.render.terminal.tables`."""
    title: str = ""
    credits: bool = False
    """Whether the view for people ends with the full attribution of the source documents
    (as the listing of sources does)."""

    def records(self, items: Sequence[Any]) -> list[Any]:
        """The items as JSON."""
        return [self.fields.json(item) for item in items]


def _possibly(match: Certainty) -> str:
    return f" {POSSIBLY_MARK}" if match is Certainty.POSSIBLY else ""


# timeline


def _placed_label(entry: Entry) -> str:
    """Where an entry is placed; one placed by its announcement also gives what it covers:
    ``Dec 1997 (announced; covers 1998–2002)``."""
    label = dates.placed(entry)
    if entry.placed_by is not None:
        covers = dates.dated(entry.event.date, entry.event.date_qualifier)
        label += f" ({entry.placed_by.date_means}; covers {covers})"
    return label + _possibly(entry.match)


def _places(places: Sequence[Any]) -> str:
    return "; ".join(f"{place.city}, {place.country}" for place in places)


TIMELINE = Listing(
    fields=rows.TIMELINE,
    columns=[
        Column("id", "Id", lambda e: e.event.id, wrap=False, style="cyan"),
        Column("date_label", "Date", _placed_label, style="bold", readable=11),
        Column("kind", "Kind", lambda e: e.event.kind.value, priority=2, wrap=False),
        Column("title", "Event", lambda e: e.event.title, readable=24, main=True),
        Column("places", "Place", lambda e: _places(e.event.places), priority=1),
        Column("provenance", "Source", lambda e: provenance_of(e.event), wrap=False),
    ],
    view="listing",
    title="Japan and the Ottawa Convention: timeline",
)


# search


def _search_marks(hit: Hit) -> list[tuple[int, int]]:
    from minefacts.query.textmatch import matches, words

    return [
        (start, end)
        for start, end, word in words(title_of(hit.record))
        if any(matches(term, word) for term in hit.matched)
    ]


SEARCH = Listing(
    fields=rows.SEARCH,
    columns=[
        Column("id", "Id", lambda hit: hit.record.id, wrap=False, style="cyan"),
        Column(
            "date_label",
            "Date",
            lambda hit: dates.optional(rows.hit_date(hit)),
            priority=2,
            style="bold",
            readable=11,
        ),
        Column("kind", "Kind", lambda hit: kind_of(hit.record), priority=3, wrap=False),
        Column(
            "title",
            "Record",
            lambda hit: title_of(hit.record),
            marks=_search_marks,
            readable=24,
            main=True,
        ),
        Column("found_in", "Found in", lambda hit: ", ".join(hit.fields), priority=4),
        Column("provenance", "Source", lambda hit: provenance_of(hit.record), wrap=False),
    ],
    view="listing",
    title="Search results",
)


# roles


ROLES = Listing(
    fields=rows.ROLES,
    columns=[
        Column("id", "Id", lambda item: item.term.role.id, wrap=False, style="cyan"),
        Column(
            "term",
            "Term",
            lambda item: dates.term(item.term.span) + _possibly(item.match),
            style="bold",
            readable=11,
        ),
        Column("role", "Role", lambda item: item.term.role.role),
        Column("body", "Body", lambda item: item.term.role.body, readable=20, main=True),
        Column("partners", "Partners", lambda item: "; ".join(item.term.role.partners), priority=2),
        Column("provenance", "Source", lambda item: provenance_of(item.term.role), wrap=False),
    ],
    view="listing",
    title="Roles Japan held",
)


# aid-progress


def _reached(item: AidProgress) -> str:
    return "" if item.percent is None else f"at least {item.percent:g}%"


AID = Listing(
    fields=rows.AID,
    columns=[
        Column("id", "Id", lambda item: item.pledge.id, wrap=False),
        Column("title", "Pledge", lambda item: item.pledge.title),
        Column(
            "announced",
            "Announced",
            lambda item: str(item.announced.date) if item.announced and item.announced.date else "",
            priority=2,
        ),
        Column("period", "Covers", lambda item: str(item.pledge.period)),
        Column("target_text", "Target", lambda item: item.pledge.amount.text, priority=3),
        Column("percent", "Reached", _reached),
        Column(
            "reached",
            "When",
            lambda item: (
                dates.dated(item.achieved.date, item.achieved.date_qualifier)
                if item.achieved
                else ""
            ),
        ),
    ],
    view="aid",
)


# sources


def _rests(source: SourceSummary) -> str:
    if source.primary:
        return f"{len(source.supports)} facts, quoted"
    parts = [f"adds {' '.join(source.supports)}"] if source.supports else []
    parts += [f"{relation}: {' '.join(ids)}" for relation, ids in source.relations.items()]
    return "; ".join(parts)


SOURCES = Listing(
    fields=rows.SOURCES,
    columns=[
        Column("id", "Id", lambda source: source.id, wrap=False, style="cyan"),
        Column("role", "Role", lambda s: "primary" if s.primary else "secondary", wrap=False),
        Column("title", "Title", lambda source: source.title, readable=20, main=True),
        Column("publisher", "Publisher", lambda source: source.publisher or "", priority=3),
        Column(
            "date",
            "Date",
            lambda source: dates.optional(source.date),
            priority=2,
            readable=11,
        ),
        Column("url", "Address", lambda source: source.url or ""),
        Column("rests", "What rests on it", _rests, priority=4),
    ],
    view="sources",
    title="Sources",
    credits=True,
)


# funding and retained


def _units(row: Row, unit: str) -> str:
    if row.figure is None:
        return "no figure found"
    return "; ".join(amounts.amount(q) for q in row.figure.amounts if q.unit == unit)


def _row_date(row: Row) -> str:
    if row.figure is None:
        return str(row.year)
    return dates.dated(row.figure.date, row.figure.date_qualifier)


FUNDING = Listing(
    fields=rows.FUNDING,
    columns=[
        Column(
            "id",
            "Id",
            lambda row: row.figure.id if row.figure else "",
            priority=3,
            wrap=False,
            style="cyan",
        ),
        Column("date", "Year", _row_date, wrap=False, style="bold"),
        Column("span", "Span", lambda row: row.figure.span if row.figure else "gap"),
        Column("jpy", "Yen", lambda row: _units(row, "JPY")),
        Column("usd", "US dollars", lambda row: _units(row, "USD")),
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
    fields=rows.RETAINED,
    columns=[
        Column("id", "Id", lambda f: f.id, wrap=False, style="cyan"),
        Column("date", "Date", lambda f: dates.dated(f.date, f.date_qualifier), style="bold"),
        Column("measure", "What", lambda f: f.measure),
        Column(
            "count", "Mines", lambda f: "; ".join(amounts.count(q) for q in f.amounts), wrap=False
        ),
        Column("span", "Span", lambda f: f.span, priority=2),
        Column("source", "Source", lambda f: f.source.document, priority=1, wrap=False),
    ],
    view="retained",
    title="Mines Japan held, retained and used",
)
