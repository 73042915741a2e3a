"""Tables for people: listings laid out for the terminal's width, and the aid pledges as
cards with progress bars. Rich is imported inside each builder, never at module import.

Every string from a dataset goes through `cards.cell`: it is shown as written, never read
as Rich markup, its control characters are shown as escapes, never sent to the terminal,
and it is made ASCII before Rich measures it when stdout cannot show more. Every listing
says where each row comes from: ``primary`` (the source document, quoted) or
``secondary`` (another record, paraphrased).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from minefacts.query.index import title_of
from minefacts.render import layout
from minefacts.render.cards import Card, cell
from minefacts.render.columns import POSSIBLY_MARK, Column
from minefacts.render.wording import amount

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text

    from minefacts.model.secondary import Figure
    from minefacts.query.aid import AidProgress
    from minefacts.query.figures import Row

TIMELINE_TITLE = "Japan and the Ottawa Convention: timeline"
LEGEND = "Source: primary = the source document, quoted; secondary = another record, paraphrased."


def listing(
    title: str, columns: Sequence[Column[Any]], *, legend: bool = True
) -> Callable[[Sequence[Any], int, bool], RenderableType]:
    """The view for people of a listing: its columns laid out for the width, then a
    legend of the Source column and of the ``?`` that marks a date possibly outside the
    dates asked for."""

    def draw(items: Sequence[Any], width: int, styled: bool) -> RenderableType:
        from rich.console import Group

        drawn = layout.listing(title, columns, items, width, styled=styled)
        if not legend:
            return drawn
        notes = [LEGEND]
        if any(POSSIBLY_MARK in c.value(item) for item in items for c in columns[:3]):
            notes.append(f"{POSSIBLY_MARK} after a date: it may fall outside the dates asked for.")
        return Group(drawn, cell("\n".join(notes)))

    return draw


def _percent(percent: float) -> str:
    return f"{percent:.0f}%" if percent == int(percent) else f"{percent:.1f}%"


def aid_cards(progress: Sequence[AidProgress]) -> list[tuple[Card, list[tuple[int, float]]]]:
    """Each pledge as a card, with the rows after which a progress bar is drawn."""
    result = []
    for item in progress:
        pledge = item.pledge
        card, bars = Card(pledge.title), list[tuple[int, float]]()
        card.add("Id", pledge.id)
        if item.announced is not None and item.announced.date is not None:
            card.add(
                "Announced",
                f"{item.announced.date.label()} (another record: {item.announced.id})",
            )
        else:
            card.add("Announced", "the source document does not say when")
        card.add("Covers", f"{pledge.period.label()} ({pledge.period_text})")
        card.add("Purpose", " and ".join(pledge.purposes))
        card.add("Target", amount(pledge.amount))
        if pledge.amount.reading:
            card.add("Reading", pledge.amount.reading)
        if pledge.achieved is not None and item.achieved is not None and item.percent is not None:
            card.add(
                "Reached",
                f"at least {amount(pledge.achieved.amount)}: target reached, "
                f"{item.achieved.date_label()}",
            )
            bars.append((len(card.rows) - 1, item.percent))
        else:
            card.add("Reached", "the source document gives no amount reached")
        card.items("Not in source", pledge.not_in_source, none="-")
        card.add("Source", f"{pledge.source.document} §{pledge.source.section}")
        for provided in item.provided:
            others = item.disagreeing(provided)
            against = ""
            if others:
                against = "; disagrees with " + ", ".join(o.claim.id for o in others)
            card.add(
                "Other records",
                f"{title_of(provided.source)}: {amount(provided.amount)} provided "
                f"({_percent(provided.percent)} of the target): {provided.claim.relation} the "
                f"source document{against} (claim {provided.claim.id})",
            )
            bars.append((len(card.rows) - 1, provided.percent))
        if any(item.disagreeing(provided) for provided in item.provided):
            card.add(
                "Discrepancy",
                "The other records disagree with each other, not with the source document, "
                "which says only that the target was reached; minefacts shows them all and "
                "chooses none.",
            )
        result.append((card, bars))
    return result


def aid(progress: Sequence[AidProgress], width: int = 80, styled: bool = True) -> RenderableType:
    """Each pledge as a card, then the yearly funding series other records give."""
    from rich.console import Group

    cards = pledges(progress)
    series = [row for item in progress[:1] for row in item.series]
    if not series:
        return cards
    return Group(cards, cell(""), funding(series, width, styled))


def pledges(progress: Sequence[AidProgress]) -> RenderableType:
    """Each pledge as a card, with a progress bar under each amount reached or provided."""
    from rich.console import Group
    from rich.table import Table

    cards: list[RenderableType] = []
    for card, bars in aid_cards(progress):
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", overflow="fold")
        grid.add_column(overflow="fold")
        after = dict(bars)
        grid.add_row(cell("Pledge"), cell(card.title))
        for index, row in enumerate(card.rows):
            grid.add_row(cell(row.label), cell(row.text))
            if index in after:
                grid.add_row("", _bar(after[index], at_least=row.label == "Reached"))
        cards.append(grid)
    return Group(*cards)


def _bar(percent: float, *, at_least: bool = False) -> RenderableType:
    """A progress bar for a share of a target, with the percentage beside it."""
    from rich.progress_bar import ProgressBar
    from rich.table import Table

    bar = Table.grid(padding=(0, 1))
    bar.add_column(width=30)
    bar.add_column(overflow="fold")
    label = ("at least " if at_least else "") + _percent(percent)
    bar.add_row(ProgressBar(total=100, completed=min(percent, 100), width=30), cell(label))
    return bar


def highlighted(text: str, terms: Sequence[str]) -> Text:
    """`text` as a cell, with every word a search word matches highlighted."""
    from minefacts.query.textmatch import matches, words

    result = cell(text)
    if result.plain != text:  # made ASCII or escaped: offsets no longer line up
        return result
    for start, end, word in words(text):
        if any(matches(term, word) for term in terms):
            result.stylize("bold reverse", start, end)
    return result


BAR_WIDTH = 24
"""The longest bar of the funding chart, in characters, on a terminal of 96 columns or
more; a quarter of the width on a narrower one."""


def _bar_column(rows: Sequence[Row], length: int = BAR_WIDTH) -> Column[Row]:
    """A bar per row, its length the amount in US dollars as a share of the largest (whose
    bar is `length` long)."""
    from minefacts.render.terminal import displayable

    block = "█" if displayable("█") == "█" else "#"

    def usd(row: Row) -> int:
        if row.figure is None:
            return 0
        return max((q.value for q in row.figure.amounts if q.unit == "USD"), default=0)

    largest = max((usd(row) for row in rows if row.year is not None), default=0)

    def bar(row: Row) -> str:
        if row.year is None or not largest:
            return ""
        return block * max(1, round(length * usd(row) / largest)) if usd(row) else ""

    return Column("bar", "US$, to scale", bar, wrap=False)


def funding(rows: Sequence[Row], width: int, styled: bool) -> RenderableType:
    """The funding series as a table with a bar chart beside the amounts; gaps as gaps."""
    from rich.console import Group

    from minefacts.render.columns import FUNDING

    columns = [FUNDING[0], FUNDING[1], _bar_column(rows, min(BAR_WIDTH, width // 4)), *FUNDING[2:]]
    drawn = layout.listing(
        "Japan's mine-action funding, as each source gives it", columns, rows, width, styled=styled
    )
    note = (
        "Each source's figure as it gives it, in yen and US dollars; nothing is converted "
        "or interpolated. A year no source gives a figure for is a gap. Sources that give "
        "different figures for one year are each shown, and name each other."
    )
    return Group(drawn, cell(note))


ARTICLE_3 = (
    "The Convention's Article 3 allows a State Party to retain some anti-personnel mines: "
    "Japan kept 15,000 for training and research when it destroyed its stockpile "
    "(Landmine Monitor 2004)."
)


def retained(figures: Sequence[Figure], width: int, styled: bool) -> RenderableType:
    """The mines Japan held, retained and used, over time, with the rule that allows it."""
    from rich.console import Group

    from minefacts.render.columns import RETAINED

    drawn = layout.listing(
        "Mines Japan held, retained and used", RETAINED, figures, width, styled=styled
    )
    return Group(drawn, cell(ARTICLE_3))
