"""Each listing's view on a terminal: its columns laid out for the width (`layout`), with a
legend; the aid pledges as cards with progress bars; the funding series with a bar chart.
Rich is imported inside each builder, never at module import.

Every string from a dataset goes through `cards.cell`: shown as written, never read as
Rich markup, its control characters shown as escapes, never sent to the terminal, and
made ASCII before Rich measures it when stdout cannot show more. Every listing says where
each row comes from: ``primary`` (the source document, quoted) or ``secondary`` (another
record, paraphrased).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from minefacts.query.index import title_of
from minefacts.render.fields import Column
from minefacts.render.terminal import layout
from minefacts.render.terminal.cards import Card, cell, draw
from minefacts.render.words import amounts, dates
from minefacts.render.words.phrases import POSSIBLY_MARK

if TYPE_CHECKING:
    from rich.console import RenderableType

    from minefacts.query.aid import AidProgress
    from minefacts.query.figures import Row
    from minefacts.render.listings import Listing

LEGEND = "Source: primary = the source document, quoted; secondary = another record, paraphrased."


def view(found: Listing, items: Sequence[Any], width: int, styled: bool) -> RenderableType:
    """A listing's view for people, by the name it gives (`Listing.view`)."""
    views = {
        "listing": listing,
        "sources": sources,
        "aid": aid,
        "funding": funding,
        "retained": retained,
    }
    return views[found.view](found, items, width, styled)


def listing(
    found: Listing, items: Sequence[Any], width: int, styled: bool, *, legend: bool = True
) -> RenderableType:
    """A listing's columns laid out for the width, then a legend of the Source column
    and of the ``?`` that marks a date possibly outside the dates asked for."""
    from rich.console import Group

    drawn = layout.listing(found.title, found.columns, items, width, styled=styled)
    if not legend:
        return drawn
    notes = [LEGEND]
    if any(POSSIBLY_MARK in c.text(item) for item in items for c in found.columns[:3]):
        notes.append(f"{POSSIBLY_MARK} after a date: it may fall outside the dates asked for.")
    return Group(drawn, cell("\n".join(notes)))


def sources(found: Listing, items: Sequence[Any], width: int, styled: bool) -> RenderableType:
    """The sources: their table, without the legend (every row says its role)."""
    return listing(found, items, width, styled, legend=False)


def _percent(percent: float) -> str:
    return f"{percent:.0f}%" if percent == int(percent) else f"{percent:.1f}%"


def aid_cards(progress: Sequence[AidProgress]) -> list[tuple[Card, dict[int, tuple[float, bool]]]]:
    """Each pledge as a card, and the rows after which a progress bar is drawn: its share
    of the target, and whether that share is a lower bound."""
    result = []
    for item in progress:
        pledge = item.pledge
        card, bars = Card(pledge.title), dict[int, tuple[float, bool]]()
        card.add("Id", pledge.id)
        if item.announced is not None and item.announced.date is not None:
            card.add(
                "Announced",
                f"{dates.date(item.announced.date)} (another record: {item.announced.id})",
            )
        else:
            card.add("Announced", "the source document does not say when")
        card.add("Covers", f"{dates.date(pledge.period)} ({pledge.period_text})")
        card.add("Purpose", " and ".join(pledge.purposes))
        card.add("Target", amounts.amount(pledge.amount))
        if pledge.amount.reading:
            card.add("Reading", pledge.amount.reading)
        if pledge.achieved is not None and item.achieved is not None and item.percent is not None:
            reached = dates.dated(item.achieved.date, item.achieved.date_qualifier)
            card.add(
                "Reached",
                f"at least {amounts.amount(pledge.achieved.amount)}: target reached, {reached}",
            )
            bars[len(card.rows) - 1] = (item.percent, True)
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
                f"{title_of(provided.source)}: {amounts.amount(provided.amount)} provided "
                f"({_percent(provided.percent)} of the target): {provided.claim.relation} the "
                f"source document{against} (claim {provided.claim.id})",
            )
            bars[len(card.rows) - 1] = (provided.percent, False)
        if any(item.disagreeing(provided) for provided in item.provided):
            card.add(
                "Discrepancy",
                "The other records disagree with each other, not with the source document, "
                "which says only that the target was reached; minefacts shows them all and "
                "chooses none.",
            )
        result.append((card, bars))
    return result


def aid(found: Listing, progress: Sequence[Any], width: int, styled: bool) -> RenderableType:
    """Each pledge as a card, then the yearly funding series other records give."""
    from rich.console import Group

    cards = pledges(progress, width, styled)
    series = [row for item in progress[:1] for row in item.series]
    if not series:
        return cards
    from minefacts.render.listings import FUNDING

    return Group(cards, cell(""), funding(FUNDING, series, width, styled))


def pledges(progress: Sequence[AidProgress], width: int, styled: bool) -> RenderableType:
    """Each pledge as a card, wrapped between words like every card, with a progress bar
    under each amount reached or provided."""
    from rich.console import Group

    drawn: list[RenderableType] = []
    for card, bars in aid_cards(progress):
        with_bars = Card(card.title)
        for index, row in enumerate(card.rows):
            with_bars.rows.append(row)
            if index in bars:
                percent, at_least = bars[index]
                with_bars.add("", _bar(percent, at_least=at_least, width=width))
        drawn.append(draw(with_bars, styled=styled, width=width, title_style="bold"))
    return Group(*drawn)


BAR = 30
"""The longest progress bar, in characters (a quarter of a narrower terminal)."""


def _bar(percent: float, *, at_least: bool, width: int) -> str:
    """A progress bar for a share of a target, with the percentage beside it."""
    from minefacts.render.safe import displayable

    full, empty = ("█", "░") if displayable("█") == "█" else ("#", "-")
    length = min(BAR, max(10, width // 4))
    filled = round(length * min(percent, 100) / 100)
    label = ("at least " if at_least else "") + _percent(percent)
    return f"{full * filled}{empty * (length - filled)} {label}"


BAR_WIDTH = 24
"""The longest bar of the funding chart, in characters, on a terminal of 96 columns or
more; a quarter of the width on a narrower one."""


def _bar_column(rows: Sequence[Row], length: int = BAR_WIDTH) -> Column:
    """A bar per row, its length the amount in US dollars as a share of the largest (whose
    bar is `length` long)."""
    from minefacts.render.safe import displayable

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


FUNDING_NOTE = (
    "Each source's figure as it gives it, in yen and US dollars; nothing is converted "
    "or interpolated. A year no source gives a figure for is a gap. Sources that give "
    "different figures for one year are each shown, and name each other."
)


def funding(found: Listing, rows: Sequence[Any], width: int, styled: bool) -> RenderableType:
    """The funding series as a table with a bar chart beside the amounts; gaps as gaps."""
    from rich.console import Group

    columns = list(found.columns)
    columns.insert(2, _bar_column(rows, min(BAR_WIDTH, width // 4)))
    drawn = layout.listing(found.title, columns, rows, width, styled=styled)
    return Group(drawn, cell(FUNDING_NOTE))


ARTICLE_3 = (
    "The Convention's Article 3 allows a State Party to retain some anti-personnel mines: "
    "Japan kept 15,000 for training and research when it destroyed its stockpile "
    "(Landmine Monitor 2004)."
)


def retained(found: Listing, figures: Sequence[Any], width: int, styled: bool) -> RenderableType:
    """The mines Japan held, retained and used, over time, with the rule that allows it."""
    from rich.console import Group

    drawn = layout.listing(found.title, found.columns, figures, width, styled=styled)
    return Group(drawn, cell(ARTICLE_3))
