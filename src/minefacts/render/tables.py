"""Rich tables for people. Rich is imported inside each builder, never at module import.

Every string from a dataset goes through `cell`: it is shown as written, never read as Rich
markup, its control characters are shown as escapes, never sent to the terminal, and it is
made ASCII before Rich measures it when stdout cannot show more.
Columns fold long words rather than cut them short, so no fact is lost on a narrow terminal.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from minefacts.model.records import Event, Place, Quantity, Role
from minefacts.render.terminal import displayable

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text

    from minefacts.query.aid import AidProgress
    from minefacts.query.search import Hit
    from minefacts.query.sources import SourceSummary


def cell(text: str) -> Text:
    """Dataset text for a table cell: literal, with control characters made visible, and
    in ASCII where stdout cannot show more."""
    from rich.text import Text

    return Text(displayable(text))


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

    table = Table(title="Japan and the Ottawa Convention: timeline", title_justify="left")
    table.add_column("Date", max_width=14, style="bold", overflow="fold")
    table.add_column("Kind", style="cyan", overflow="fold")
    table.add_column("Event", overflow="fold")
    table.add_column("Place", max_width=20, overflow="fold")
    for event in events:
        table.add_row(
            cell(event.date_label()),
            cell(event.kind),
            cell(event.title),
            cell(places(event.places)),
        )
    return table


def roles(roles: Sequence[Role]) -> RenderableType:
    """Each role with its body, period, partners and the section of the source it rests on."""
    from rich.table import Table

    table = Table(title="Roles Japan held", title_justify="left")
    table.add_column("Period", style="bold", overflow="fold")
    table.add_column("Role", style="cyan", overflow="fold")
    table.add_column("Body", ratio=1, overflow="fold")
    table.add_column("Partners", overflow="fold")
    table.add_column("Source", overflow="fold")
    for role in roles:
        table.add_row(
            cell(role.period.label()),
            cell(role.role),
            cell(role.body),
            cell(", ".join(role.partners) or "none named"),
            cell(f"{role.source.document} §{role.source.section}"),
        )
    return table


def aid(progress: Sequence[AidProgress]) -> RenderableType:
    """Each pledge as a card: target, achieved, a progress bar and what the source leaves out."""
    from rich.console import Group
    from rich.table import Table

    cards: list[RenderableType] = []
    for item in progress:
        pledge = item.pledge
        card = Table.grid(padding=(0, 2))
        card.add_column(style="bold", overflow="fold")
        card.add_column(overflow="fold")
        card.add_row("Pledge", cell(pledge.title))
        card.add_row("Period", cell(f"{pledge.period.label()} ({pledge.period_text})"))
        card.add_row("Purpose", cell(" and ".join(pledge.purposes)))
        card.add_row("Target", cell(amount(pledge.amount)))
        if pledge.amount.reading:
            card.add_row("Reading", cell(pledge.amount.reading))
        if pledge.achieved is not None and item.achieved is not None and item.percent is not None:
            card.add_row("Achieved", cell(f"{amount(pledge.achieved.amount)}, target reached"))
            card.add_row("Reached", cell(item.achieved.date_label()))
            card.add_row("Progress", _bar(item.percent))
        else:
            card.add_row("Achieved", cell("the source gives no amount achieved"))
        card.add_row(
            "Not in source",
            cell("\n".join(f"- {gap}" for gap in pledge.not_in_source) or "-"),
        )
        card.add_row("Source", cell(f"{pledge.source.document} §{pledge.source.section}"))
        for provided in item.provided:
            card.add_row(
                "Other records",
                cell(
                    f"{provided.source.title}: {amount(provided.amount)} provided "
                    f"({provided.percent:.1f}% of the target)"
                ),
            )
            card.add_row("", _bar(provided.percent))
        if any(provided.claim.disagrees_with for provided in item.provided):
            seed = pledge.achieved.amount.text if pledge.achieved else pledge.amount.text
            against_seed = any("seed" in p.claim.disagrees_with for p in item.provided)
            card.add_row(
                "Discrepancy",
                cell(
                    "These records disagree with each other"
                    + (f" and with the seed's {seed!r}" if against_seed else "")
                    + "; minefacts shows them all and chooses none."
                ),
            )
        cards.append(card)
    return Group(*cards)


def _bar(percent: float) -> RenderableType:
    """A progress bar for a share of a target, with the percentage beside it."""
    from rich.progress_bar import ProgressBar
    from rich.table import Table

    bar = Table.grid(padding=(0, 1))
    bar.add_column(width=30)
    bar.add_column(overflow="fold")
    bar.add_row(
        ProgressBar(total=100, completed=min(percent, 100), width=30),
        cell(f"{percent:.0f}%" if percent == int(percent) else f"{percent:.1f}%"),
    )
    return bar


def search(hits: Sequence[Hit]) -> RenderableType:
    """Each hit, best first, with the matched words highlighted in its title."""
    from rich.table import Table

    table = Table(title="Search results", title_justify="left")
    table.add_column("Date", max_width=14, style="bold", overflow="fold")
    table.add_column("Event", overflow="fold")
    table.add_column("Found in", overflow="fold")
    table.add_column("Id", style="cyan", overflow="fold")
    for hit in hits:
        table.add_row(
            cell(hit.event.date_label()),
            highlighted(hit.event.title, hit.matched),
            cell(", ".join(hit.fields)),
            cell(hit.event.id),
        )
    return table


def highlighted(text: str, terms: Sequence[str]) -> Text:
    """`text` as a cell, with every word that starts with one of `terms` highlighted."""
    from minefacts.query.textmatch import words

    result = cell(text)
    if result.plain != text:  # made ASCII or escaped: offsets no longer line up
        return result
    for start, end, word in words(text):
        if any(word.startswith(term) for term in terms):
            result.stylize("bold reverse", start, end)
    return result


def sources(found: Sequence[SourceSummary]) -> RenderableType:
    """Each source: primary or secondary, who published it, and the facts it supports."""
    from rich.table import Table

    table = Table(title="Sources", title_justify="left")
    table.add_column("Source", overflow="fold")
    table.add_column("Role", style="cyan", overflow="fold")
    table.add_column("Date", overflow="fold")
    table.add_column("Supports", overflow="fold")
    every = {fact for source in found if source.primary for fact in source.supports}
    for source in found:
        role = "primary" if source.primary else "secondary"
        supports = ", ".join(source.supports)
        if source.primary and len(source.supports) == len(every) > 3:
            supports = f"all {len(every)} facts (see 'minefacts timeline' and 'role')"
        if source.disagreements:
            role += ", disagrees"
        table.add_row(
            cell(f"{source.title} ({source.publisher})"),
            cell(role),
            cell(source.date.label() if source.date else ""),
            cell(supports),
        )
    return table
