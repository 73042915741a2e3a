"""Listings laid out for the width there is: a table when it fits, a stack when it does not.
A column no row has anything in is left out.

Nothing is ever broken inside a word. Each column needs at least its longest word (or, for
a column that may not wrap, such as an id, its longest value); when the columns do not all
fit, the least important are dropped first (`Column.priority`), and when even the
essential ones do not fit, each record becomes a block of ``field: value`` lines, as
``gh`` and ``kubectl`` do on a narrow terminal. In a table, a record's id goes on a line
of its own beneath its title (the `Column.main` column), so the widest column holds both.
Room beyond what each column needs goes to the columns that still wrap, the main one
first; a wide terminal gives every column its full width, so nothing wraps that does not
have to.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from minefacts.render.fields import Column, for_reading
from minefacts.render.safe import displayable
from minefacts.render.terminal.cards import Card, cell, draw, marked

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text


def _width(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


def _longest_word(text: str) -> int:
    return max((_width(word) for word in text.split()), default=0)


def _needs(column: Column, values: Sequence[str]) -> int:
    """The narrowest a column can be without breaking a word (or, unwrapped, a value)."""
    measure = _longest_word if column.wrap else _width
    longest = max([_width(column.header), *(measure(value) for value in values)])
    natural = max([0, *(_width(value) for value in values)])
    return max(longest, min(column.readable, natural))


def choose(columns: Sequence[Column], needs: Sequence[int], width: int) -> list[int]:
    """The indexes of the columns a table of `width` can show, each at least as wide as it
    `needs`, the least important dropped first; empty when even the essential ones do not
    fit."""
    kept = list(range(len(columns)))
    droppable = sorted(
        (i for i, column in enumerate(columns) if column.priority > 0),
        key=lambda i: (-columns[i].priority, -i),
    )

    def total() -> int:
        return sum(needs[i] for i in kept) + 3 * len(kept) + 1  # borders and padding

    for index in droppable:
        if total() <= width:
            break
        kept.remove(index)
    return kept if total() <= width else []


def widths(
    needs: Sequence[int], naturals: Sequence[int], weights: Sequence[int], room: int
) -> list[int]:
    """Each column's width: its natural width when all fit in `room`; else at least what
    it needs, and then a column that lacks no more than its fair share of what is left is
    given its natural width (a date short by its mark does not wrap for the sake of a
    long note); the rest is shared in proportion to what each still lacks, times its
    weight (the main text column weighs more, so it wraps least)."""
    if sum(naturals) <= room:
        return list(naturals)
    given = list(needs)
    filled = True
    while filled:
        filled = False
        open_ = [i for i in range(len(given)) if given[i] < naturals[i]]
        weight = sum(weights[i] for i in open_)
        extra = room - sum(given)
        for i in open_:
            if (naturals[i] - given[i]) * weight <= extra * weights[i]:
                given[i], filled = naturals[i], True
                break
    while (extra := room - sum(given)) > 0:
        lacking = [(n - g) * w for g, n, w in zip(given, naturals, weights, strict=True)]
        total = sum(lacking)
        if total == 0:
            break
        shares = [max(1, extra * part // total) if part else 0 for part in lacking]
        for i, share in enumerate(shares):
            grant = min(share, naturals[i] - given[i], room - sum(given))
            given[i] += max(grant, 0)
    return given


def _id_beneath(columns: Sequence[Column]) -> tuple[int, int] | None:
    """(main text column, id column): in a table, each record's id goes on a line of its
    own beneath its title, sharing the widest column rather than taking a column of its
    own. None when the listing has no id or no main text column."""
    names = [column.name for column in columns]
    main = next((i for i, column in enumerate(columns) if column.main), None)
    if "id" not in names or main is None:
        return None
    return main, names.index("id")


def listing(
    title: str,
    columns: Sequence[Column],
    items: Sequence[Any],
    width: int,
    *,
    styled: bool,
    compact: Sequence[Column] = (),
) -> RenderableType:
    """`items` as a table of the columns that fit `width`; else as a table of the
    `compact` columns (fewer, wider ones that join what the others hold apart), where a
    listing has them and they fit; else as a stack of blocks of every column."""
    laid = _laid(columns, items)
    drawn = _table(title, laid, items, width, styled=styled)
    if drawn is None and compact:
        drawn = _table(title, _laid(compact, items), items, width, styled=styled)
    if drawn is None:
        visible, cells = laid[0], laid[1]
        return stack(visible, items, cells, styled=styled, width=width)
    return drawn


Laid = tuple[list[Column], list[list[str]], list[int], list[int]]
"""The columns a listing draws (those some row fills), each row's cells, and each
column's needed and natural widths."""


def _laid(columns: Sequence[Column], items: Sequence[Any]) -> Laid:
    everything = for_reading(columns)
    texts = [[displayable(column.text(item)) for column in everything] for item in items]
    # A column every row leaves empty says nothing: it is not drawn.
    said = [i for i in range(len(everything)) if any(row[i] for row in texts)]
    visible = [everything[i] for i in said]
    cells = [[row[i] for i in said] for row in texts]
    needs = [_needs(column, [row[i] for row in cells]) for i, column in enumerate(visible)]
    naturals = [
        max([needs[i], _width(column.header), *(_width(row[i]) for row in cells)])
        for i, column in enumerate(visible)
    ]
    return visible, cells, needs, naturals


def _table(
    title: str, laid: Laid, items: Sequence[Any], width: int, *, styled: bool
) -> RenderableType | None:
    """The table of the columns that fit `width`, the least important dropped first;
    None when even the essential ones do not fit."""
    visible, cells = laid[0], laid[1]
    needs, naturals = list(laid[2]), list(laid[3])
    beneath = _id_beneath(visible)
    shown = list(range(len(visible)))
    if beneath is not None:
        main, id_index = beneath
        needs[main] = max(needs[main], needs[id_index])
        naturals[main] = max(naturals[main], naturals[id_index])
        shown.remove(id_index)
    kept = choose([visible[i] for i in shown], [needs[i] for i in shown], width)
    if not kept:
        return None
    from rich.table import Table

    indexes = [shown[k] for k in kept]
    room = width - 3 * len(indexes) - 1
    weights = [2 if visible[i].main else 1 for i in indexes]
    given = widths([needs[i] for i in indexes], [naturals[i] for i in indexes], weights, room)
    table = Table(title=title, title_justify="left")
    for index, column_width in zip(indexes, given, strict=True):
        column = visible[index]
        header = column.header
        if beneath is not None and index == beneath[0]:
            header += f" / {visible[beneath[1]].header}"
        table.add_column(
            header,
            style=column.style,
            no_wrap=not column.wrap,
            width=column_width,
            overflow="fold",
        )
    for item, row in zip(items, cells, strict=True):
        values = []
        for index in indexes:
            value = _value(visible[index], item, row[index], styled=styled)
            if beneath is not None and index == beneath[0]:
                value = _with_id(value, row[beneath[1]], visible[beneath[1]].style)
            values.append(value)
        table.add_row(*values)
    return table


def _with_id(value: Text, record_id: str, style: str | None) -> Text:
    """A title with its record's id on a line of its own beneath it, never broken."""
    from rich.text import Text

    return Text.assemble(value, "\n", Text(record_id, style=style or "", no_wrap=True))


def _value(column: Column, item: Any, text: str, *, styled: bool) -> Any:
    if column.tone is not None and styled:
        tone = column.tone(text)
        found = cell(text)
        if tone:
            found.stylize(tone)
        return found
    if column.marks is None:
        return cell(text)
    return marked(text, column.marks(item), "bold reverse", styled=styled)


def stack(
    columns: Sequence[Column],
    items: Sequence[Any],
    cells: Sequence[Sequence[str]],
    *,
    styled: bool,
    width: int,
) -> RenderableType:
    """Each item as a block: its id (or its first column) on a line of its own, never
    broken, then one ``header: value`` line per other column, wrapped between words; a
    value longer than the line (an address) gets a line of its own, whole."""
    from rich.console import Group
    from rich.text import Text

    first = next((i for i, column in enumerate(columns) if column.name == "id"), 0)
    title_style = f"bold {columns[first].style or ''}".strip()
    labels = [f"  {column.header}:" for column in columns]
    aligned = max(_width(label) for label in labels)  # every block's text starts alike
    blocks: list[RenderableType] = []
    for item, row in zip(items, cells, strict=True):
        card = Card(row[first])
        for index, (column, text) in enumerate(zip(columns, row, strict=True)):
            if text and index != first:
                marks = tuple(column.marks(item)) if column.marks else ()
                card.add(labels[index], text, marks)
        drawn = draw(card, styled=styled, width=width, title_style=title_style, label_width=aligned)
        blocks += [drawn, Text("")]
    return Group(*blocks[:-1])
