"""Each listing's view on a terminal: its columns laid out for the width (`layout`), with a
legend of every mark it uses; the aid pledges as cards with progress bars; the funding
series with a bar chart. Rich is imported inside each builder, never at module import.

Every string from a dataset goes through `cards.cell`: shown as written, never read as
Rich markup, its control characters shown as escapes, never sent to the terminal, and
made ASCII before Rich measures it when stdout cannot show more. Every listing says where
each row comes from: ``primary`` (the source document, quoted) or ``secondary`` (another
record, paraphrased).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from minefacts.render.fields import Column
from minefacts.render.listings import DATED_BY_OTHERS
from minefacts.render.safe import displayable
from minefacts.render.terminal import layout
from minefacts.render.terminal.cards import Card, cell, draw
from minefacts.render.words import amounts, dates, names, phrases
from minefacts.render.words.disputes import said
from minefacts.render.words.phrases import DISPUTE_MARK, POSSIBLY_MARK, plural

if TYPE_CHECKING:
    from rich.console import RenderableType

    from minefacts.query.aid import AidProgress, Provided
    from minefacts.query.figures import Row
    from minefacts.render.listings import Listing

LEGEND = "Source: primary = the source document, quoted; secondary = another record, paraphrased."
DATED = f"{DATED_BY_OTHERS} = a fact of the source document, dated more exactly by other records."


def view(
    found: Listing, items: Sequence[Any], width: int, styled: bool, *, every: bool = False
) -> RenderableType:
    """A listing's view for people, by the name it gives (`Listing.view`); a ranked
    listing shows its best items alone unless `every`."""
    if found.view == "ranked":
        return ranked(found, items, width, styled, every=every)
    views = {
        "listing": listing,
        "sources": sources,
        "aid": aid,
        "funding": funding,
        "retained": retained,
    }
    return views[found.view](found, items, width, styled)


def legend(found: Listing, items: Sequence[Any]) -> list[str]:
    """One line for each mark and label the listing's rows use, and no more."""
    texts = [column.text(item) for item in items for column in found.shown]
    notes = []
    if any(column.name == "provenance" for column in found.shown):
        notes.append(LEGEND)
    if DATED_BY_OTHERS in texts:
        notes.append(DATED)
    if any(f" {POSSIBLY_MARK}" in text for text in texts):
        notes.append(f"{POSSIBLY_MARK} after a date: it may fall outside the dates asked for.")
    if any(f" {DISPUTE_MARK}" in text for text in texts):
        notes.append(
            f"{displayable(DISPUTE_MARK)} the records disagree on it, or a later edition "
            "revises it: 'minefacts disputes' gives each side."
        )
    return notes


def listing(
    found: Listing, items: Sequence[Any], width: int, styled: bool, *, with_legend: bool = True
) -> RenderableType:
    """A listing's columns laid out for the width, then the legend of its marks."""
    from rich.console import Group

    drawn = layout.listing(
        found.title, found.shown, items, width, styled=styled, compact=found.compact
    )
    notes = legend(found, items) if with_legend else []
    if not notes:
        return drawn
    return Group(drawn, cell("\n".join(notes)))


BEST = 10
"""How many of a ranked listing's items (a search's hits) people see unless they ask for
every one: enough to choose from, few enough to read on one or two screens."""


def counted(total: int, shown: int) -> str:
    """How many items a ranked listing has, and how many it shows: ``12 records; showing
    the best 10; --all for every one``, or ``3 records, best first``."""
    count = plural(total, "record")
    if shown < total:
        return f"{count}; showing the best {shown}; --all for every one"
    return f"{count}, best first"


def ranked(
    found: Listing, items: Sequence[Any], width: int, styled: bool, *, every: bool
) -> RenderableType:
    """A ranked listing, best first: how many items there are, then the best of them
    (`BEST`, or every one), laid out like any listing."""
    from rich.console import Group

    shown = items if every else items[:BEST]
    return Group(cell(counted(len(items), len(shown))), listing(found, shown, width, styled))


def sources(found: Listing, items: Sequence[Any], width: int, styled: bool) -> RenderableType:
    """The sources: their table, without the legend (every row says its role)."""
    return listing(found, items, width, styled, with_legend=False)


def _provided(provided: Provided) -> str:
    """What another record gives as provided, its relation to the source document, and the
    revision it makes or undergoes; never a share of the target, since its scope may be
    wider than the pledge's."""
    text = (
        f"{names.source(provided.source)}: {amounts.amount(provided.amount)} provided; "
        f"{provided.claim.relation} the source document"
    )
    for dispute in provided.disputes:
        if dispute.relation != "revises":
            continue
        mine = dispute.record == provided.claim.id
        other = dispute.sides[1] if mine else dispute.sides[0]
        verb = "revises" if mine else "revised by"
        by = phrases.and_list([names.source(source) for source in other.sources])
        text += f"; {verb} {by} ({said(other.value)})"
    note = f". {provided.claim.note}" if provided.claim.note else ""
    return f"{text}{note} ({provided.claim.id})"


def aid_cards(progress: Sequence[AidProgress]) -> list[tuple[Card, dict[int, float]]]:
    """Each pledge as a card, and the rows after which a progress bar is drawn, with the
    share of the target each shows (a lower bound: the target was reached)."""
    result = []
    for item in progress:
        pledge = item.pledge
        card, bars = Card(pledge.title), dict[int, float]()
        card.add("Id", pledge.id)
        announced, when = item.announced, item.announced_when
        if announced is not None and announced.date is not None and when is not None:
            [reading, *others] = when.readings
            span = reading.span
            said_ = dates.between(span.first_start, span.last_start).removeprefix("on ")
            others_ = "".join(f"; possibly {dates.term(o.span)}" for o in others)
            by = phrases.and_list([names.source(source) for source in item.announced_by])
            card.add("Announced", f"{said_}{others_} ({by})")
        else:
            card.add("Announced", "the source document does not say when")
        card.add("Covers", f"{dates.date(pledge.period)} ({pledge.period_text})")
        card.add("Purpose", " and ".join(pledge.purposes))
        card.add("Target", amounts.amount(pledge.amount))
        if pledge.amount.reading:
            card.add("Reading", pledge.amount.reading)
        if pledge.achieved is not None and item.achieved is not None:
            reached = dates.dated(item.achieved.date, item.achieved.date_qualifier)
            card.add(
                "Reached",
                f"at least {amounts.amount(pledge.achieved.amount)}: target reached, {reached}",
            )
            bars[len(card.rows) - 1] = 100.0
        else:
            card.add("Reached", "the source document gives no amount reached")
        card.items("Not in source", pledge.not_in_source, none="-")
        card.add("Source", f"the source document, section {pledge.source.section}")
        card.items("Other records", [_provided(p) for p in item.provided], none="none found")
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
    under the amount reached."""
    from rich.console import Group

    drawn: list[RenderableType] = []
    for card, bars in aid_cards(progress):
        with_bars = Card(card.title)
        for index, row in enumerate(card.rows):
            with_bars.rows.append(row)
            if index in bars:
                with_bars.add("", _bar(bars[index], width=width))
        drawn.append(draw(with_bars, styled=styled, width=width, title_style="bold"))
    return Group(*drawn)


BAR = 30
"""The longest progress bar, in characters (a quarter of a narrower terminal)."""


def _bar(percent: float, *, width: int) -> str:
    """A progress bar for the share of a target reached, a lower bound."""
    full, empty = displayable("█"), displayable("░")
    length = min(BAR, max(10, width // 4))
    filled = round(length * min(percent, 100) / 100)
    return f"{full * filled}{empty * (length - filled)} at least {percent:g}%"


BAR_WIDTH = 24
"""The longest bar of the funding chart, in characters, on a terminal of 96 columns or
more; a quarter of the width on a narrower one."""


def _bar_column(rows: Sequence[Row], length: int = BAR_WIDTH) -> Column:
    """A bar per row, its length the amount in US dollars as a share of the largest (whose
    bar is `length` long)."""
    block = displayable("█")

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
    "or interpolated. A year no source gives a figure for is a gap. Where sources give "
    "different figures for one year, each is shown, a later edition's revision marked."
)


def funding(found: Listing, rows: Sequence[Any], width: int, styled: bool) -> RenderableType:
    """The funding series as a table with a bar chart beside the amounts; gaps as gaps."""
    from rich.console import Group

    columns = list(found.shown)
    columns.insert(2, _bar_column(rows, min(BAR_WIDTH, max(8, (width - 60) // 2))))
    drawn = layout.listing(found.title, columns, rows, width, styled=styled)
    notes = [*legend(found, rows), FUNDING_NOTE]
    return Group(drawn, cell("\n".join(notes)))


ARTICLE_3 = (
    "The Convention's Article 3 allows a State Party to retain some anti-personnel mines: "
    "Japan kept 15,000 for training and research when it destroyed its stockpile "
    "(Landmine Monitor 2004)."
)


def retained(found: Listing, figures: Sequence[Any], width: int, styled: bool) -> RenderableType:
    """The mines Japan held, destroyed, retained and used, over time, with the rule that
    allows it to keep some."""
    from rich.console import Group

    drawn = layout.listing(found.title, found.shown, figures, width, styled=styled)
    lines = [*legend(found, figures), *_scopes(figures), ARTICLE_3]
    return Group(drawn, cell("\n".join(lines)))


def _scopes(rows: Sequence[Any]) -> list[str]:
    """Where counts beside each other differ in what they count (not a dispute), what each
    counts, once per number: "985,089 (destroyed-lm-2004, …): counts the mines destroyed;
    …"."""
    shown = {row.figure.id for row in rows}
    scoped = [
        row.figure
        for row in rows
        if any(
            link.relation == "differs in scope" and link.record in shown
            for link in row.figure.links
        )
        or any(
            link.relation == "differs in scope" and link.record == row.figure.id
            for other in rows
            for link in other.figure.links
        )
    ]
    groups: dict[str, list[Any]] = {}
    for figure in scoped:
        number = "; ".join(amounts.count(q) for q in figure.amounts)
        groups.setdefault(number, []).append(figure)
    if len(groups) < 2:
        return []
    said = [
        f"{number} ({', '.join(f.id for f in group)}): {group[0].note or group[0].states}"
        for number, group in groups.items()
    ]  # the ids name rows of the table above
    return ["These counts differ in what they count, not in fact:", *said]
