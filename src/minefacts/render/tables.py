"""Rich tables for people. Rich is imported inside each builder, never at module import.

Every string that comes from a dataset is wrapped in `Text`, so it is shown as written and
can never be read as Rich markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from minefacts.models import Event, Place, Quantity, Role
from minefacts.query import AidProgress

if TYPE_CHECKING:
    from rich.console import RenderableType


def amount(quantity: Quantity) -> str:
    """An amount for reading: ``about ¥10,000,000,000`` or ``approximately 1,000,000 mines``."""
    number = (
        f"¥{quantity.value:,}" if quantity.unit == "JPY" else f"{quantity.value:,} {quantity.unit}"
    )
    return f"{quantity.qualifier} {number}" if quantity.qualifier else number


def places(places: Sequence[Place]) -> str:
    return "; ".join(f"{place.city}, {place.country}" for place in places)


def timeline(events: Sequence[Event]) -> RenderableType:
    """Date, kind, title and place of each event, one row each."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Japan and the Ottawa Convention: timeline", title_justify="left")
    table.add_column("Date", max_width=14, style="bold")
    table.add_column("Kind", no_wrap=True, style="cyan")
    table.add_column("Event")
    table.add_column("Place", max_width=20)
    for event in events:
        table.add_row(
            Text(event.date_label()),
            Text(event.kind),
            Text(event.title),
            Text(places(event.places)),
        )
    return table


def roles(roles: Sequence[Role]) -> RenderableType:
    """Each role with its body, period, partners and the section of the source it rests on."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Roles Japan held", title_justify="left")
    table.add_column("Period", no_wrap=True, style="bold")
    table.add_column("Role", style="cyan")
    table.add_column("Body", ratio=1)
    table.add_column("Partners")
    table.add_column("Source")
    for role in roles:
        table.add_row(
            Text(role.period.label()),
            Text(role.role),
            Text(role.body),
            Text(", ".join(role.partners) or "none named"),
            Text(f"{role.source.document} §{role.source.section}"),
        )
    return table


def aid(progress: Sequence[AidProgress]) -> RenderableType:
    """Each pledge as a card: target, achieved, a progress bar and what the source leaves out."""
    from rich.console import Group
    from rich.progress_bar import ProgressBar
    from rich.table import Table
    from rich.text import Text

    cards: list[RenderableType] = []
    for item in progress:
        pledge = item.pledge
        card = Table.grid(padding=(0, 2))
        card.add_column(style="bold", no_wrap=True)
        card.add_column()
        card.add_row("Pledge", Text(pledge.title))
        card.add_row("Period", Text(f"{pledge.period.label()} ({pledge.period_text})"))
        card.add_row("Purpose", Text(" and ".join(pledge.purposes)))
        card.add_row("Target", Text(amount(pledge.amount)))
        if pledge.amount.reading:
            card.add_row("Reading", Text(pledge.amount.reading))
        if pledge.achieved is not None and item.achieved is not None and item.percent is not None:
            card.add_row("Achieved", Text(f"{amount(pledge.achieved.amount)}, target reached"))
            card.add_row("Reached", Text(item.achieved.date_label()))
            bar = Table.grid(padding=(0, 1))
            bar.add_column(width=30)
            bar.add_column(no_wrap=True)
            bar.add_row(
                ProgressBar(total=100, completed=min(item.percent, 100), width=30),
                Text(f"{item.percent:.0f}%"),
            )
            card.add_row("Progress", bar)
        else:
            card.add_row("Achieved", Text("the source gives no amount achieved"))
        card.add_row(
            "Not in source",
            Text("\n".join(f"- {gap}" for gap in pledge.not_in_source) or "-"),
        )
        card.add_row("Source", Text(f"{pledge.source.document} §{pledge.source.section}"))
        cards.append(card)
    return Group(*cards)
