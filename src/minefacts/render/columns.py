"""Each listing's columns, declared once: they make its table, its TSV, CSV and Markdown.

A column has a machine `name` (the CSV header) and, where people see it, a `header` (the
table, TSV and Markdown header). Its `priority` says which columns a narrow table drops
first (the highest number first; 0 is never dropped). A column that may not `wrap` (ids,
kinds) always stays on one line, so it can be copied; the others wrap between words, never
inside one.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from minefacts.model.dates import PartialDate
from minefacts.model.records import SourceRef
from minefacts.model.secondary import Figure
from minefacts.query.figures import Row
from minefacts.query.index import AnyEvent, Record, kind_of, provenance_of, title_of
from minefacts.query.sources import RELATIONS
from minefacts.query.spans import Certainty
from minefacts.render.wording import term_label

if TYPE_CHECKING:
    from minefacts.query.aid import AidProgress
    from minefacts.query.events import Entry
    from minefacts.query.roles import Listed
    from minefacts.query.search import Hit
    from minefacts.query.sources import SourceSummary

T = TypeVar("T")

POSSIBLY_MARK = "?"
"""After a date that may fall outside the dates asked about."""


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column of a listing, for every format."""

    name: str
    header: str | None
    value: Callable[[T], str]
    priority: int = 0
    wrap: bool = True
    style: str | None = None
    marks: Callable[[T], Sequence[tuple[int, int]]] | None = None
    """Spans of the value to emphasise in a table, such as the words a search matched."""
    readable: int = 0
    """The narrowest a table should make it, for the text to stay readable: a table that
    cannot give it this much drops less important columns, or becomes a stack."""
    main: bool = False
    """The listing's main text (a title): in a table it gets the most room, and each
    record's id goes on a line of its own beneath it."""


def shown(columns: Sequence[Column[Any]]) -> list[Column[Any]]:
    """The columns people see: those with a header, in order (the id first, to cut)."""
    return [column for column in columns if column.header is not None]


def for_reading(columns: Sequence[Column[Any]]) -> list[Column[Any]]:
    """The columns people see, for a table to read: the id last, after what it names."""
    visible = shown(columns)
    return [c for c in visible if c.name != "id"] + [c for c in visible if c.name == "id"]


def csv_text(columns: Sequence[Column[Any]], items: Sequence[Any]) -> str:
    """A header row of machine names, then a row per item."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([column.name for column in columns])
    writer.writerows([column.value(item) for column in columns] for item in items)
    return buffer.getvalue()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def tsv_text(columns: Sequence[Column[Any]], items: Sequence[Any]) -> str:
    """The columns people see, tab-separated: a header row, then one line per item, each
    value on one line, so ``grep`` finds a record with everything about it."""
    visible = shown(columns)
    lines = ["\t".join(str(column.header) for column in visible)]
    lines += ["\t".join(_one_line(c.value(item)) for c in visible) for item in items]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return _one_line(text).replace("|", "\\|")


def markdown_text(columns: Sequence[Column[Any]], items: Sequence[Any]) -> str:
    """A GitHub-flavoured Markdown table of the columns people see."""
    visible = for_reading(columns)
    lines = [
        "| " + " | ".join(str(column.header) for column in visible) + " |",
        "|" + "|".join("---" for _ in visible) + "|",
    ]
    lines += ["| " + " | ".join(_cell(c.value(item)) for c in visible) + " |" for item in items]
    return "\n".join(lines) + "\n"


def _date(date: PartialDate | None) -> str:
    return "" if date is None else str(date)


def _places(event: AnyEvent) -> str:
    return "; ".join(f"{place.city}, {place.country}" for place in event.places)


def _quote(record: Record) -> str:
    return record.source.quote if isinstance(record.source, SourceRef) else ""


def _possibly(match: Certainty) -> str:
    return f" {POSSIBLY_MARK}" if match is Certainty.POSSIBLY else ""


def _placed(entry: Entry) -> str:
    """Where an entry is placed; one placed by its announcement also gives what it covers:
    ``Dec 1997 (announced; covers 1998–2002)``."""
    label = entry.label()
    if entry.placed_by is not None:
        label += f" ({entry.placed_by.date_means}; covers {entry.event.date_label()})"
    return label + _possibly(entry.match)


TIMELINE: list[Column[Entry]] = [
    Column("id", "Id", lambda e: e.event.id, wrap=False, style="cyan"),
    Column("date_label", "Date", _placed, style="bold", readable=11),
    Column("kind", "Kind", lambda e: e.event.kind.value, priority=2, wrap=False),
    Column("title", "Event", lambda e: e.event.title, readable=24, main=True),
    Column("places", "Place", lambda e: _places(e.event), priority=1),
    Column("provenance", "Source", lambda e: provenance_of(e.event), wrap=False),
    Column("date", None, lambda e: str(e.event.date)),
    Column("date_qualifier", None, lambda e: e.event.date_qualifier or ""),
    Column("date_precision", None, lambda e: e.event.date.precision),
    Column("date_start", None, lambda e: e.event.date.lower.isoformat()),
    Column("date_end", None, lambda e: e.event.date.upper.isoformat()),
    Column("parties", None, lambda e: "; ".join(p.name for p in e.event.parties)),
    Column("summary", None, lambda e: e.event.summary),
    Column("source_document", None, lambda e: e.event.source.document),
    Column("source_section", None, lambda e: e.event.source.section or ""),
    Column("source_quote", None, lambda e: _quote(e.event)),
    Column("placed", None, lambda e: str(e.placed) if e.placed_by else ""),
    Column("placed_by", None, lambda e: e.placed_by.id if e.placed_by else ""),
    Column("in_range", None, lambda e: e.match.value),
]


def _search_marks(hit: Hit) -> list[tuple[int, int]]:
    from minefacts.query.textmatch import matches, words

    title = title_of(hit.record)
    return [
        (start, end)
        for start, end, word in words(title)
        if any(matches(term, word) for term in hit.matched)
    ]


def _hit_date(hit: Hit) -> str:
    from minefacts.query.search import date_of

    date = date_of(hit.record)
    return date.label() if date else ""


SEARCH: list[Column[Hit]] = [
    Column("id", "Id", lambda hit: hit.record.id, wrap=False, style="cyan"),
    Column("date_label", "Date", _hit_date, priority=2, style="bold", readable=11),
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
    Column("score", None, lambda hit: str(hit.score)),
    Column("matched", None, lambda hit: " ".join(hit.matched)),
    Column("date", None, lambda hit: _date(_hit_date_value(hit))),
]


def _hit_date_value(hit: Hit) -> PartialDate | None:
    from minefacts.query.search import date_of

    return date_of(hit.record)


def _term(item: Listed) -> str:
    return term_label(item.term.span) + _possibly(item.match)


ROLES: list[Column[Listed]] = [
    Column("id", "Id", lambda item: item.term.role.id, wrap=False, style="cyan"),
    Column("term", "Term", _term, style="bold", readable=11),
    Column("role", "Role", lambda item: item.term.role.role),
    Column("body", "Body", lambda item: item.term.role.body, readable=20, main=True),
    Column("partners", "Partners", lambda item: "; ".join(item.term.role.partners), priority=2),
    Column("provenance", "Source", lambda item: provenance_of(item.term.role), wrap=False),
    Column("period", None, lambda item: str(item.term.role.period)),
    Column("term_start_first", None, lambda item: item.term.span.first_start.isoformat()),
    Column("term_start_last", None, lambda item: item.term.span.last_start.isoformat()),
    Column("term_end_first", None, lambda item: item.term.span.first_end.isoformat()),
    Column("term_end_last", None, lambda item: item.term.span.last_end.isoformat()),
    Column("body_kind", None, lambda item: item.term.role.body_kind),
    Column("source_document", None, lambda item: item.term.role.source.document),
    Column("source_section", None, lambda item: item.term.role.source.section or ""),
    Column("source_quote", None, lambda item: _quote(item.term.role)),
    Column("in_range", None, lambda item: item.match.value),
]


def _reached(item: AidProgress) -> str:
    return "" if item.percent is None else f"at least {item.percent:g}%"


AID: list[Column[AidProgress]] = [
    Column("id", "Id", lambda item: item.pledge.id, wrap=False),
    Column("title", "Pledge", lambda item: item.pledge.title),
    Column(
        "announced",
        "Announced",
        lambda item: _date(item.announced.date) if item.announced else "",
        priority=2,
    ),
    Column("period", "Covers", lambda item: str(item.pledge.period)),
    Column("target_text", "Target", lambda item: item.pledge.amount.text, priority=3),
    Column("percent", "Reached", _reached),
    Column("reached", "When", lambda item: item.achieved.date_label() if item.achieved else ""),
    Column("purposes", None, lambda item: "; ".join(item.pledge.purposes)),
    Column("target_value", None, lambda item: str(item.pledge.amount.value)),
    Column("target_unit", None, lambda item: item.pledge.amount.unit),
    Column("target_qualifier", None, lambda item: item.pledge.amount.qualifier or ""),
    Column(
        "achieved_value",
        None,
        lambda item: str(item.pledge.achieved.amount.value) if item.pledge.achieved else "",
    ),
    Column("achieved_bound", None, lambda item: item.bound or ""),
    Column("source_quote", None, lambda item: item.pledge.source.quote),
]


def _relation_column(relation: str) -> Column[SourceSummary]:
    """The ids a secondary source's claims bear on with one relation."""

    def value(source: SourceSummary) -> str:
        return " ".join(source.relations.get(relation, ()))

    return Column(relation.replace(" ", "_"), None, value)


def _rests(source: SourceSummary) -> str:
    if source.primary:
        return f"{len(source.supports)} facts, quoted"
    parts = [f"adds {' '.join(source.supports)}"] if source.supports else []
    parts += [f"{relation}: {' '.join(ids)}" for relation, ids in source.relations.items()]
    return "; ".join(parts)


SOURCES: list[Column[SourceSummary]] = [
    Column("id", "Id", lambda source: source.id, wrap=False, style="cyan"),
    Column("role", "Role", lambda s: "primary" if s.primary else "secondary", wrap=False),
    Column("title", "Title", lambda source: source.title, readable=20, main=True),
    Column("publisher", "Publisher", lambda source: source.publisher or "", priority=3),
    Column(
        "date",
        "Date",
        lambda source: source.date.label() if source.date else "",
        priority=2,
        readable=11,
    ),
    Column("url", "Address", lambda source: source.url or ""),
    Column("rests", "What rests on it", _rests, priority=4),
    Column("primary", None, lambda source: "true" if source.primary else "false"),
    Column("type", None, lambda source: source.type),
    Column("date_edtf", None, lambda source: _date(source.date)),
    Column("accessed", None, lambda source: source.accessed or ""),
    Column("supports", None, lambda source: " ".join(source.supports)),
    *(_relation_column(relation) for relation in RELATIONS),
    Column("claims", None, lambda source: " ".join(source.claims)),
    Column("disagreements", None, lambda source: " ".join(source.disagreements)),
]


def _units(row: Row, unit: str) -> str:
    if row.figure is None:
        return "no figure found"
    from minefacts.render.wording import amount

    return "; ".join(amount(q) for q in row.figure.amounts if q.unit == unit)


def _row_date(row: Row) -> str:
    if row.figure is None:
        return str(row.year)
    label = row.figure.date.label()
    return f"end of {label}" if row.figure.date_qualifier == "end" else label


FUNDING: list[Column[Row]] = [
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
    Column(
        "disagrees_with",
        None,
        lambda row: " ".join(row.figure.disagrees_with) if row.figure else "",
    ),
    Column("states", None, lambda row: row.figure.states if row.figure else ""),
    Column("note", None, lambda row: (row.figure.note or "") if row.figure else ""),
]


def _count(figure: Figure) -> str:
    return "; ".join(f"{q.value:,}" for q in figure.amounts)


RETAINED: list[Column[Figure]] = [
    Column("id", "Id", lambda f: f.id, wrap=False, style="cyan"),
    Column(
        "date",
        "Date",
        lambda f: f"end of {f.date.label()}" if f.date_qualifier == "end" else f.date.label(),
        style="bold",
    ),
    Column("measure", "What", lambda f: f.measure),
    Column("count", "Mines", _count, wrap=False),
    Column("span", "Span", lambda f: f.span, priority=2),
    Column("source", "Source", lambda f: f.source.document, priority=1, wrap=False),
    Column("date_edtf", None, lambda f: str(f.date)),
    Column("states", None, lambda f: f.states),
    Column("disagrees_with", None, lambda f: " ".join(f.disagrees_with)),
]
