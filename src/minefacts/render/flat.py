"""Flat rows for CSV and Markdown: one row per fact, with stable, documented columns.

Each listing declares its columns once. CSV takes every column, named for programs;
Markdown takes the columns that have a header, named for readers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from minefacts.model.dates import PartialDate
from minefacts.model.records import Event, Role

if TYPE_CHECKING:
    from minefacts.query.aid import AidProgress
    from minefacts.query.search import Hit
    from minefacts.query.sources import SourceSummary

T = TypeVar("T")


@dataclass(frozen=True)
class Column(Generic[T]):
    """A CSV column `name`, its Markdown `header` (None: CSV only), and its value."""

    name: str
    header: str | None
    value: Callable[[T], str]


def csv_text(columns: Sequence[Column[Any]], items: Sequence[Any]) -> str:
    """A header row, then a row per item."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([column.name for column in columns])
    writer.writerows([column.value(item) for column in columns] for item in items)
    return buffer.getvalue()


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def markdown_text(columns: Sequence[Column[Any]], items: Sequence[Any]) -> str:
    """A GitHub-flavoured Markdown table, ready to paste into a report."""
    shown = [column for column in columns if column.header is not None]
    lines = [
        "| " + " | ".join(str(column.header) for column in shown) + " |",
        "|" + "|".join("---" for _ in shown) + "|",
    ]
    lines += ["| " + " | ".join(_cell(c.value(item)) for c in shown) + " |" for item in items]
    return "\n".join(lines) + "\n"


def _date(date: PartialDate | None) -> str:
    return "" if date is None else str(date)


def _places(event: Event) -> str:
    return "; ".join(f"{place.city}, {place.country}" for place in event.places)


def _event_columns(get: Callable[[Any], Event]) -> list[Column[Any]]:
    return [
        Column("id", None, lambda x: get(x).id),
        Column("date", None, lambda x: str(get(x).date)),
        Column("date_qualifier", None, lambda x: get(x).date_qualifier or ""),
        Column("date_precision", None, lambda x: get(x).date.precision),
        Column("date_start", None, lambda x: get(x).date.lower.isoformat()),
        Column("date_end", None, lambda x: get(x).date.upper.isoformat()),
        Column("date_label", "Date", lambda x: get(x).date_label()),
        Column("kind", "Kind", lambda x: get(x).kind.value),
        Column("title", "Event", lambda x: get(x).title),
        Column("places", "Place", lambda x: _places(get(x))),
        Column("parties", None, lambda x: "; ".join(p.name for p in get(x).parties)),
        Column("summary", None, lambda x: get(x).summary),
        Column("source_document", None, lambda x: get(x).source.document),
        Column("source_section", "Section", lambda x: get(x).source.section),
        Column("source_quote", None, lambda x: get(x).source.quote),
    ]


TIMELINE: list[Column[Event]] = _event_columns(lambda event: event)

SEARCH: list[Column[Hit]] = [
    Column("score", None, lambda hit: str(hit.score)),
    Column("matched", "Matched", lambda hit: " ".join(hit.matched)),
    Column("found_in", None, lambda hit: " ".join(hit.fields)),
    *_event_columns(lambda hit: hit.event),
]

ROLES: list[Column[Role]] = [
    Column("id", None, lambda role: role.id),
    Column("period", None, lambda role: str(role.period)),
    Column("period_label", "Period", lambda role: role.period.label()),
    Column("role", "Role", lambda role: role.role),
    Column("body", "Body", lambda role: role.body),
    Column("body_kind", None, lambda role: role.body_kind),
    Column("partners", "Partners", lambda role: "; ".join(role.partners)),
    Column("event", None, lambda role: role.event),
    Column("source_document", None, lambda role: role.source.document),
    Column("source_section", "Section", lambda role: role.source.section),
    Column("source_quote", None, lambda role: role.source.quote),
]

AID: list[Column[AidProgress]] = [
    Column("id", None, lambda item: item.pledge.id),
    Column("title", "Pledge", lambda item: item.pledge.title),
    Column("period", None, lambda item: str(item.pledge.period)),
    Column("period_label", "Period", lambda item: item.pledge.period.label()),
    Column("purposes", "Purpose", lambda item: "; ".join(item.pledge.purposes)),
    Column("target_value", None, lambda item: str(item.pledge.amount.value)),
    Column("target_unit", None, lambda item: item.pledge.amount.unit),
    Column("target_qualifier", None, lambda item: item.pledge.amount.qualifier or ""),
    Column("target_text", "Target (source's words)", lambda item: item.pledge.amount.text),
    Column(
        "achieved_value",
        None,
        lambda item: str(item.pledge.achieved.amount.value) if item.pledge.achieved else "",
    ),
    Column(
        "percent",
        "Achieved",
        lambda item: "" if item.percent is None else f"{item.percent:g}%",
    ),
    Column(
        "reached",
        "Reached",
        lambda item: item.achieved.date_label() if item.achieved else "",
    ),
    Column("source_quote", None, lambda item: item.pledge.source.quote),
]

SOURCES: list[Column[SourceSummary]] = [
    Column("id", "Id", lambda source: source.id),
    Column("primary", None, lambda source: "true" if source.primary else "false"),
    Column("role", "Role", lambda source: "primary" if source.primary else "secondary"),
    Column("publisher", "Publisher", lambda source: source.publisher),
    Column("title", "Title", lambda source: source.title),
    Column("date", "Date", lambda source: _date(source.date)),
    Column("url", None, lambda source: source.url or ""),
    Column("supports", "Supports", lambda source: " ".join(source.supports)),
    Column("claims", None, lambda source: " ".join(source.claims)),
    Column("disagreements", None, lambda source: " ".join(source.disagreements)),
]
