"""What the single-view commands print for people: a card, and for a year its events."""

from __future__ import annotations

from typing import TYPE_CHECKING

from minefacts.render import views
from minefacts.render.cards import cell, draw

if TYPE_CHECKING:
    from rich.console import RenderableType

    from minefacts.query.facts import DocumentView, View
    from minefacts.query.moments import DayState, YearOverview


def fact(found: View, styled: bool) -> RenderableType:
    """One record or source in full."""
    return draw(views.fact(found), styled=styled, width=_width())


def day(state: DayState, styled: bool) -> RenderableType:
    """Where things stood on one day."""
    return draw(views.day(state), styled=styled, width=_width())


def _width() -> int:
    from minefacts.render.output import width

    return width()


def year(overview: YearOverview, styled: bool) -> RenderableType:
    """One year: its card, then its events as a timeline."""
    from rich.console import Group

    from minefacts.render.listings import TIMELINE
    from minefacts.render.output import width

    card = draw(views.year(overview), styled=styled, width=_width())
    if overview.events:
        return Group(card, TIMELINE.table(overview.events, width(), styled))
    return Group(card, cell(f"No events in {overview.year}."))


def document(found: DocumentView, styled: bool) -> RenderableType:
    """The source document under its citation and licence, a marked quote emphasised."""
    from rich.console import Group

    from minefacts.render import attribution
    from minefacts.render.cards import cell, marked

    header = "\n".join(
        [
            attribution.source(found.document),
            attribution.terms(found.document),
            f"Reproduced unchanged from seeds/{found.document.file} "
            f"(SHA-256 {found.document.sha256}).",
        ]
    )
    rule = cell("-" * 40)
    return Group(cell(header), rule, marked(found.text.rstrip("\n"), found.marks, styled=styled))
