"""Single views for people: one fact in full, one year, one day. Rich is imported inside
each builder; dataset text goes through `tables.cell`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from minefacts.model.records import Event, Pledge, Role
from minefacts.model.secondary import SEED, Claim
from minefacts.query.facts import Corroborating, Fact, FactView, Passage, title_of
from minefacts.query.moments import DayState, YearOverview
from minefacts.render.tables import amount, cell, places

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.table import Table
    from rich.text import Text


def _card(title: str) -> tuple[Table, Table]:
    from rich.table import Table

    outer = Table.grid()
    outer.add_column(overflow="fold")
    outer.add_row(cell(title))
    card = Table.grid(padding=(0, 2))
    card.add_column(style="bold", overflow="fold")
    card.add_column(overflow="fold")
    return outer, card


def _passage(found: Passage) -> Text:
    text = cell(found.paragraph)
    if text.plain == found.paragraph:
        text.stylize("bold underline", found.start, found.end)
    return text


def _corroboration(items: Sequence[Corroborating], primary_only: bool) -> Text:
    if primary_only:
        return cell("secondary sources hidden (--primary-only)")
    if not items:
        return cell("rests on the seed alone: no other record found corroborates it")
    lines = []
    for item in items:
        claim, source = item.claim, item.source
        when = f", {source.date.label()}" if source.date else ""
        against = ""
        if claim.disagrees_with:
            others = ", ".join("the seed" if o == SEED else o for o in claim.disagrees_with)
            against = f" DISAGREES with {others}."
        note = f" {claim.note}" if claim.note else ""
        lines.append(
            f"- {claim.relation}: {claim.states} ({source.title}, {source.publisher}{when}; "
            f"claim {claim.id}).{against}{note}"
        )
    return cell("\n".join(lines))


def fact(found: FactView) -> RenderableType:
    """Everything about one fact, its quote shown inside its paragraph."""
    record, passage = found.record, found.passage
    outer, card = _card(title_of(record))
    card.add_row("Id", cell(record.id))
    if isinstance(record, Claim):
        card.add_row("Kind", cell(f"secondary claim ({record.relation})"))
        card.add_row("Source", cell(record.source))
        card.add_row("About", cell(", ".join(record.about)))
        if record.date is not None:
            card.add_row("Date", cell(f"{record.date.label()} ({record.date_means})"))
        for quantity in record.quantities:
            card.add_row("Amount", cell(amount(quantity)))
        if record.disagrees_with:
            card.add_row("Disagrees with", cell(", ".join(record.disagrees_with)))
        if record.note:
            card.add_row("Note", cell(record.note))
        outer.add_row(card)
        return outer
    _fact_rows(card, record)
    card.add_row("Source", cell(f"{record.source.document}, section {record.source.section}"))
    card.add_row("Quote", cell(record.source.quote))
    if passage is not None:
        card.add_row("In its paragraph", _passage(passage))
    related = "\n".join(f"- {other.id}: {title_of(other)}" for other in found.related)
    card.add_row("Related", cell(related or "none"))
    card.add_row("Other records", _corroboration(found.corroboration, found.primary_only))
    outer.add_row(card)
    return outer


def _fact_rows(card: Table, record: Fact) -> None:
    if isinstance(record, Event):
        date = record.date
        card.add_row("Kind", cell(record.kind.value))
        card.add_row("Date", cell(f"{record.date_label()} ({date.precision}: {date})"))
        if record.places:
            card.add_row("Places", cell(places(record.places)))
        for party in record.parties:
            capacity = f" ({party.capacity})" if party.capacity else ""
            card.add_row("Party", cell(f"{party.name}{capacity}"))
        for quantity in record.quantities:
            card.add_row(
                "Amount", cell(f"{amount(quantity)}, in the source's words: {quantity.text!r}")
            )
        card.add_row("Summary", cell(record.summary))
        if record.reading:
            card.add_row("Reading", cell(record.reading))
    elif isinstance(record, Role):
        card.add_row("Kind", cell(f"role in a {record.body_kind}"))
        card.add_row("Period", cell(f"{record.period.label()} ({record.period})"))
        card.add_row("Partners", cell(", ".join(record.partners) or "none named"))
    elif isinstance(record, Pledge):
        card.add_row("Kind", cell("pledge"))
        card.add_row("Amount", cell(f"{amount(record.amount)} ({record.amount.text!r})"))
        card.add_row("Period", cell(f"{record.period.label()} ({record.period_text})"))
        card.add_row("Status", cell(record.status))


def _lines(items: Sequence[str]) -> Text:
    return cell("\n".join(f"- {item}" for item in items) or "none")


def year(overview: YearOverview) -> RenderableType:
    """One year on one screen."""
    from rich.console import Group

    from minefacts.render.tables import timeline

    outer, card = _card(f"{overview.year}")
    card.add_row(
        "Roles held",
        _lines([f"{r.role}, {r.body} ({r.period.label()})" for r in overview.roles]),
    )
    card.add_row(
        f"Aid at the end of {overview.year}",
        _lines([f"{p.pledge.title}: {p.state}" for p in overview.pledges]),
    )
    before, after = overview.before, overview.after
    card.add_row("Just before", cell(f"{before.date_label()}: {before.title}" if before else "-"))
    card.add_row("Just after", cell(f"{after.date_label()}: {after.title}" if after else "-"))
    outer.add_row(card)
    if overview.events:
        return Group(outer, timeline(overview.events))
    return Group(outer, cell(f"No events in {overview.year}."))


def day(state: DayState) -> RenderableType:
    """Where things stood on one day."""
    outer, card = _card(f"On {state.day.day} {state.day:%b %Y}")
    card.add_row(
        "Roles held",
        _lines([f"{r.role}, {r.body} (the source gives {r.period.label()})" for r in state.roles]),
    )
    card.add_row("Convention", cell(state.convention))
    card.add_row("Aid", _lines([f"{p.pledge.title}: {p.state}" for p in state.pledges]))
    card.add_row("Stockpile", _lines(state.destruction))
    card.add_row("Deadline", _lines(state.deadlines))
    outer.add_row(card)
    return outer
