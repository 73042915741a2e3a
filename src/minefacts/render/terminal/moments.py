"""What `on` and `year` print for people: where things stood on one day, and one year, as
cards of sentences that say exactly what the data says: a status and the records that
decide it, "possibly" where the sources allow two answers, and what the source document
alone says where other records narrow it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from minefacts.model.records import Role
from minefacts.model.secondary import Figure
from minefacts.query.index import AnyEvent
from minefacts.query.moments import (
    ConventionState,
    DayState,
    DeadlineState,
    PledgeState,
    RoleOnDay,
    StockpileState,
    YearOverview,
)
from minefacts.query.spans import Certainty
from minefacts.render.terminal.cards import Card, cell, draw
from minefacts.render.words import dates
from minefacts.render.words.amounts import amount
from minefacts.render.words.phrases import HELD, and_list, days

if TYPE_CHECKING:
    from rich.console import RenderableType

NONE_NAMED = "the sources name none"
"""What a view says where the sources are silent: never "none"."""
SOURCE_DOCUMENT = "the source document"


def _role_line(found: RoleOnDay) -> str:
    """A role held or possibly held: its term, the records that decide it, and what the
    source document alone says where that differs."""
    item = found.term
    role = item.role
    narrowing = ", ".join(item.narrowing)
    if isinstance(role, Role) and item.narrowed:
        by = f"narrowed by {narrowing}"
    elif isinstance(role, Role):
        by = SOURCE_DOCUMENT + (f"; dated also by {narrowing}" if narrowing else "")
    else:
        by = f"from {role.source.document}" + (f"; dated also by {narrowing}" if narrowing else "")
    line = f"{role.role}, {role.body}: {HELD[found.status]}, {dates.term(item.span)} ({by})"
    line += _deciding_days(found)
    if found.seed_status is not None and found.seed_status is not found.status:
        line += (
            f"; the source document alone: {HELD[found.seed_status]} ({dates.date(role.period)})"
        )
    return line


def _deciding_days(found: RoleOnDay) -> str:
    """For a role possibly held: the day that would decide it (the day it began, the day it
    ended, or both), and how far the records place that day."""
    span = found.term.span
    began = dates.between(span.first_start, span.last_start)
    ended = dates.between(span.first_end, span.last_end)
    if not found.undecided:
        return ""
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


def _ruled_out_line(found: RoleOnDay) -> str:
    item = found.term
    role = item.role
    others = ", ".join(item.narrowing)
    seed = HELD[found.seed_status] if found.seed_status else ""
    return (
        f"{role.role}, {role.body}: not held: other records ({others}) give "
        f"{dates.term(item.span)}; the source document alone ({dates.date(role.period)}) says "
        f"{seed}"
    )


def _convention(state: ConventionState) -> str:
    concluded = state.concluded
    since = (
        f"concluded {dates.dated(concluded.date, concluded.date_qualifier)} ({concluded.id})"
        if concluded
        else ""
    )
    in_force = state.in_force
    force = ""
    if in_force is not None and in_force.date is not None:
        force = f"in force for Japan from {dates.date(in_force.date)} ({in_force.id})"
    words = {
        "not-concluded": f"not yet concluded by Japan: {since}"
        if since
        else "the records give no date for Japan and the Convention",
        "concluded-not-in-force": f"concluded, not yet in force for Japan: {since}; {force}",
        "in-force": f"{force}; {since}",
        "concluded": f"{since}; the source document does not say when it entered into force "
        "for Japan",
    }
    text = words[state.status]
    for other in state.disputed_by:
        date = dates.optional(other.date)
        text += f". {other.id} words it otherwise: a State Party from {date}"
    return text


def _pledge(state: PledgeState) -> str:
    pledge = state.pledge
    covers = f"it covers {dates.date(pledge.period)} ({pledge.period_text})"
    announced = state.announced
    when = ""
    if announced is not None and announced.date is not None:
        when = f"announced {dates.date(announced.date)} ({announced.id})"
    achieved = state.achieved
    reached_at = (
        f"the {dates.dated(achieved.date, achieved.date_qualifier)} ({achieved.id})"
        if achieved
        else ""
    )
    words = {
        "not-announced": f"not yet announced: {when}; {covers}",
        "announced": f"announced, not yet begun: {when}; {covers}",
        "not-started": f"not yet begun: {covers}; the source document does not say when it "
        "was announced",
        "under-way": f"under way: {covers}; the source document gives no figures before the "
        "target was reached",
        "possibly-reached": f"possibly reached: the source document says the target was "
        f"reached at {reached_at}",
        "reached": f"target reached at {reached_at}: at least {amount(state.reached)} provided"
        if state.reached
        else f"target reached at {reached_at}",
        "period-ended": f"its period ({dates.date(pledge.period)}) has ended; the source "
        "document says no more",
    }
    return f"{pledge.title}: {words[state.status]}"


def figure_date(figure: Figure) -> str:
    """A figure's date as people read it: "2018", "end of 2010", "1999–2003"."""
    return dates.dated(figure.date, figure.date_qualifier)


def _stockpile(state: StockpileState) -> str:
    event = state.event
    plan = (
        f"the source document plans completion by {dates.dated(event.date, event.date_qualifier)}"
    )
    began = state.began
    started = f"began {dates.date(began.date)} ({began.id})" if began and began.date else ""
    done = ", ".join(claim.id for claim in state.completed)
    words = {
        "not-begun": f"not yet begun: destruction {started}; {plan}",
        "under-way": f"under way: destruction {started}; {plan}",
        "planned": f"{plan}; it does not say when destruction began",
        "plan-date-passed": f"{plan}; it does not record that it happened",
        "complete": f"complete: other records confirm it ({done}); {plan}",
    }
    text = words[state.status]
    for item in state.retained:
        figure = item.figure
        quantities = ", ".join(amount(q) for q in figure.amounts)
        maybe = "" if item.status is Certainty.YES else ", possibly not yet by this day"
        if figure.measure == "retained mines used":
            text += f"; of those, {quantities} used, {figure_date(figure)} ({figure.id}{maybe})"
        else:
            text += (
                f"; {quantities} kept, not destroyed, as of {figure_date(figure)} "
                f"({figure.id}{maybe})"
            )
    return text


def figure_line(figure: Figure) -> str:
    """One figure in a line: what it counts, when, how much, from which record."""
    quantities = " (".join(amount(q) for q in figure.amounts) + ")" * (len(figure.amounts) - 1)
    return f"{figure.measure}, {figure.span} {figure_date(figure)}: {quantities} ({figure.id})"


def _deadline(state: DeadlineState) -> str:
    event = state.event
    last = f"{dates.dated(event.date, event.date_qualifier)}, that is {dates.day(state.last_day)}"
    if state.status == "not-running":
        return (
            f"not yet running: the Convention did not yet bind Japan "
            f"({', '.join(state.running_from)}); the deadline is {last}"
        )
    done = ", ".join(claim.id for claim in state.completed)
    words = {
        "running": f"{days(state.days or 0)} before the deadline ({last})",
        "last-day": f"the last day before the deadline passes ({last})",
        "met": f"met: destruction was complete before the deadline ({last}; {done})",
        "passed": f"passed ({last})",
    }
    text = words[state.status]
    grouped: dict[tuple[dt.date, int | None], list[str]] = {}
    for other in state.alternatives:
        grouped.setdefault((other.last_day, other.days), []).append(other.claim.id)
    for (last_day, count), ids in grouped.items():
        counted = f", {days(count)} away" if count is not None else ""
        give = "gives" if len(ids) == 1 else "give"
        text += f"; {and_list(ids)} {give} {dates.day(last_day)}{counted}, which disagrees"
    return text


def day_card(state: DayState) -> Card:
    """Where things stood on one day."""
    card = Card(f"On {dates.day(state.day)}")
    card.items("Roles held", [_role_line(found) for found in state.roles], none=NONE_NAMED)
    if state.ruled_out:
        card.items("Ruled out", [_ruled_out_line(found) for found in state.ruled_out], none="")
    card.add("Convention", _convention(state.convention))
    card.items("Aid", [_pledge(found) for found in state.pledges], none=NONE_NAMED)
    card.items("Stockpile", [_stockpile(found) for found in state.stockpile], none=NONE_NAMED)
    card.items("Deadline", [_deadline(found) for found in state.deadlines], none=NONE_NAMED)
    return card


def _neighbour(event: AnyEvent | None) -> str:
    if event is None:
        return "-"
    return f"{dates.dated(event.date, event.date_qualifier)}: {event.title}"


def year_card(overview: YearOverview) -> Card:
    """One year on one card (its events follow as a timeline table)."""
    card = Card(f"{overview.year}")
    card.items("Roles held", [_role_line(found) for found in overview.roles], none=NONE_NAMED)
    if overview.ruled_out:
        card.items("Ruled out", [_ruled_out_line(f) for f in overview.ruled_out], none="")
    card.items(
        f"Aid at the end of {overview.year}",
        [_pledge(found) for found in overview.pledges],
        none=NONE_NAMED,
    )
    if overview.figures:
        card.items("Figures", [figure_line(f) for f in overview.figures], none="")
    card.add("Just before", _neighbour(overview.before))
    card.add("Just after", _neighbour(overview.after))
    return card


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
    return Group(card, cell(f"No events in {overview.year}."))
