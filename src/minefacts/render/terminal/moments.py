"""What `on` and `year` print for people: where things stood on one day, and one year, as
cards of sentences that say exactly what the data says: a status, the records that decide
it named in words, "possibly" where the records allow two answers (with the records on
each side), and what the source document alone says where other records narrow it. The
ids of what the card is about close it, one a line, for the next command.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from minefacts.model.dates import PartialDate
from minefacts.model.records import Role
from minefacts.model.secondary import Figure
from minefacts.query.disputes import Dispute
from minefacts.query.events import Entry
from minefacts.query.moments import DayState, RoleOnDay, YearOverview
from minefacts.query.neighbours import Neighbour
from minefacts.query.spans import Certainty
from minefacts.render.terminal import standing
from minefacts.render.terminal.cards import Card, cell, draw
from minefacts.render.terminal.mentions import NONE_NAMED, Mentions
from minefacts.render.words import dates
from minefacts.render.words.amounts import amount
from minefacts.render.words.phrases import HELD

if TYPE_CHECKING:
    from rich.console import RenderableType


def _sides(dispute: Dispute, mention: Mentions, label: str) -> str:
    """Each side of a dispute with the records that give it: "the UN Yearbook: 29 Nov –
    3 Dec 2004; MOFA: 28 Nov – 3 Dec 2004"."""
    parts = []
    for side in dispute.sides:
        value = side.value
        if isinstance(value, PartialDate):
            said = dates.date(value)
        elif isinstance(value, tuple):
            said = ", ".join(amount(q) for q in value)
        else:
            said = str(value)
        parts.append(f"{mention.named(*side.records)}: {said}")
    text = f"{label}: " + "; ".join(parts)
    if dispute.verdict is not None:
        text += f" ({mention.named(dispute.verdict.error)} is in error: {dispute.verdict.note})"
    return text


def _event(entry: Entry, mention: Mentions, day: dt.date) -> str:
    text = mention.titled(entry.event.id)
    if entry.when.on(day) is Certainty.POSSIBLY:
        text += f" ({dates.term(entry.when.bounds)})"
    for dispute in entry.disputes:
        if dispute.field == "date" and dispute.verdict is None:
            text += "; " + _sides(dispute, mention, "the records disagree on its dates")
    return text


def _by(found: RoleOnDay, mention: Mentions) -> str:
    """Which records date a term: the source document alone, narrowed by others, or
    another record's own."""
    item = found.term
    role = item.role
    narrowing = mention.named(*item.narrowing, drop_document=True) if item.narrowing else ""
    if isinstance(role, Role) and item.narrowed:
        return f"the source document, narrowed by {narrowing}"
    if isinstance(role, Role):
        return "the source document" + (f"; dated also by {narrowing}" if narrowing else "")
    own = mention.named(role.id)
    return own + (f"; dated also by {narrowing}" if narrowing else "")


def _role_line(found: RoleOnDay, mention: Mentions) -> str:
    """A role held or possibly held: its term, the records that decide it, and what the
    source document alone says where that differs."""
    item = found.term
    role = item.role
    mention.ids.append(role.id)
    line = f"{role.role}, {role.body}: {HELD[found.status]}, {dates.term(item.span)}"
    line += f" ({_by(found, mention)})" + _deciding(found)
    if found.seed_status is not None and found.seed_status is not found.status:
        alone = dates.date(role.period)
        line += f"; the source document alone: {HELD[found.seed_status]} ({alone})"
    return line


def _deciding(found: RoleOnDay) -> str:
    """For a role possibly held: the day that would decide it (the day it began, the day it
    ended, or both), and how far the records place that day."""
    if not found.undecided:
        return ""
    span = found.term.when.readings[0].span
    began = dates.between(span.first_start, span.last_start)
    ended = dates.between(span.first_end, span.last_end)
    if found.undecided == ("start", "end"):
        if began == ended:
            return f": decided by the days it began and ended, which the records place only {began}"
        return (
            f": decided by the day it began, which the records place only {began}, and the "
            f"day it ended, which they place only {ended}"
        )
    if found.undecided == ("start",):
        return f": decided by the day it began, which the records place only {began}"
    return f": decided by the day it ended, which the records place only {ended}"


def _ruled_out_line(found: RoleOnDay, mention: Mentions) -> str:
    item = found.term
    role = item.role
    mention.ids.append(role.id)
    seed = HELD[found.seed_status] if found.seed_status else ""
    return (
        f"{role.role}, {role.body}: not held: {mention.named(*item.narrowing)} give "
        f"{dates.term(item.span)}; the source document alone ({dates.date(role.period)}) says "
        f"{seed}"
    )


def _ids(card: Card, mention: Mentions) -> None:
    """The ids of what the card is about, one a line, for `minefacts show ID`: each
    record's card lists the other records that bear on it."""
    ids = list(dict.fromkeys(mention.ids))
    if ids:
        card.add("Show more", "\n".join(["minefacts show ID, with ID one of:", *ids]))


def day_card(state: DayState) -> Card:
    """Where things stood on one day, and what happened on it."""
    mention = Mentions(state.index)
    card = Card(f"On {dates.day(state.day)}")
    certain = [e for e in state.events if e.when.on(state.day) is Certainty.YES]
    possible = [e for e in state.events if e.when.on(state.day) is Certainty.POSSIBLY]
    card.items(
        "That day",
        [_event(entry, mention, state.day) for entry in certain],
        none="no event the records date to this day",
    )
    if possible:
        card.items("Possibly", [_event(entry, mention, state.day) for entry in possible], none="")
    card.items("Roles held", [_role_line(f, mention) for f in state.roles], none=NONE_NAMED)
    if state.ruled_out:
        card.items("Ruled out", [_ruled_out_line(f, mention) for f in state.ruled_out], none="")
    card.add("Convention", standing.convention(state.convention, mention))
    card.items("Aid", [standing.pledge(f, mention) for f in state.pledges], none=NONE_NAMED)
    card.items(
        "Stockpile", [standing.stockpile(f, mention) for f in state.stockpile], none=NONE_NAMED
    )
    card.items(
        "Deadline", [standing.deadline(f, mention) for f in state.deadlines], none=NONE_NAMED
    )
    _ids(card, mention)
    return card


def _neighbours(found: Sequence[Neighbour], mention: Mentions) -> str:
    if not found:
        return "-"
    lines = []
    for neighbour in found:
        event = neighbour.event
        label = dates.term(neighbour.when.bounds)
        maybe = "" if neighbour.status is Certainty.YES else "possibly: "
        lines.append(f"- {maybe}{label}: {mention.titled(event.id)}")
    return "\n".join(lines)


def figure_line(figure: Figure, mention: Mentions) -> str:
    """One figure in a line: what it counts, when, how much, from which record."""
    quantities = " (".join(amount(q) for q in figure.amounts) + ")" * (len(figure.amounts) - 1)
    when = dates.dated(figure.date, figure.date_qualifier)
    return f"{figure.measure}, {figure.span} {when}: {quantities} ({mention.named(figure.id)})"


def year_card(overview: YearOverview) -> Card:
    """One year on one card (its events follow as a timeline table)."""
    mention = Mentions(overview.index)
    card = Card(f"{overview.year}")
    card.items("Roles held", [_role_line(f, mention) for f in overview.roles], none=NONE_NAMED)
    if overview.ruled_out:
        card.items("Ruled out", [_ruled_out_line(f, mention) for f in overview.ruled_out], none="")
    card.items(
        f"Aid at the end of {overview.year}",
        [standing.pledge(found, mention) for found in overview.pledges],
        none=NONE_NAMED,
    )
    if overview.figures:
        card.items("Figures", [figure_line(f, mention) for f in overview.figures], none="")
    card.add("Just before", _neighbours(overview.before, mention))
    card.add("Just after", _neighbours(overview.after, mention))
    _ids(card, mention)
    return card


def _no_events(overview: YearOverview) -> str:
    text = f"No events in {overview.year}."
    if overview.records is not None:
        first, last = overview.records
        text += f" The records' events run from {first.year} to "
        text += f"{dates.month_name(last.month)} {last.year}."
    return text


def day(state: DayState, styled: bool, width: int) -> RenderableType:
    """Where things stood on one day."""
    return draw(day_card(state), styled=styled, width=width)


def year(overview: YearOverview, styled: bool, width: int) -> RenderableType:
    """One year: its card, then its events as a timeline."""
    from rich.console import Group

    from minefacts.render.listings import TIMELINE
    from minefacts.render.terminal import tables

    card = draw(year_card(overview), styled=styled, width=width)
    if overview.events:
        return Group(card, tables.view(TIMELINE, overview.events, width, styled))
    return Group(card, cell(_no_events(overview)))
