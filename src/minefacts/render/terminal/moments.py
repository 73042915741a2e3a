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
from minefacts.query.index import Index
from minefacts.query.moments import DayState, RoleOnDay, YearOverview
from minefacts.query.neighbours import Neighbour
from minefacts.query.spans import Certainty
from minefacts.query.states import (
    ConventionState,
    Count,
    DeadlineState,
    PledgeState,
    StockpileState,
)
from minefacts.render.terminal.cards import Card, cell, draw
from minefacts.render.words import amounts, dates, names
from minefacts.render.words.amounts import amount
from minefacts.render.words.phrases import HELD, and_list, days

if TYPE_CHECKING:
    from rich.console import RenderableType

NONE_NAMED = "the sources name none"
"""What a view says where the sources are silent: never "none"."""


class Mentions:
    """The records a card is about (its events, roles, pledges, deadline), in order, for
    the lines that let a user show each; the records that only support a sentence are
    named by their sources, and `show` of the record they support lists them."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self.ids: list[str] = []

    def named(self, *ids: str, drop_document: bool = False) -> str:
        """The records behind a sentence, named by their sources; without the source
        document where a sentence has named it already."""
        found = names.sources(self.index, list(ids))
        if drop_document:
            found = [name for name in found if name != names.SOURCE_DOCUMENT]
        return and_list(found)

    def titled(self, item_id: str) -> str:
        """One record the card is about, named by its title, and remembered."""
        self.ids.append(item_id)
        return names.record(self.index, item_id)


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


def _convention(state: ConventionState, mention: Mentions) -> str:
    concluded = state.concluded
    since = ""
    if concluded is not None:
        mention.ids.append(concluded.id)
        since = f"concluded {dates.date(concluded.date)} ({mention.named(concluded.id)})"
    in_force = state.in_force
    force = ""
    if in_force is not None and in_force.date is not None:
        force = (
            f"in force for Japan from {dates.date(in_force.date)} ({mention.named(in_force.id)})"
        )
    words = {
        "not-concluded": f"not yet concluded by Japan, which {since}"
        if since
        else "the records give no date for Japan and the Convention",
        "concluded-not-in-force": f"concluded, not yet in force for Japan: {since}; {force}",
        "possibly-in-force": f"possibly in force for Japan: {force}; {since}",
        "in-force": f"{force}; {since}",
        "concluded": f"{since}; the source document does not say when it entered into force "
        "for Japan",
    }
    text = words[state.status]
    force_date = in_force.date if in_force is not None else None
    for other in state.worded_otherwise:
        if other.date == force_date:
            continue
        text += (
            f"; {mention.named(other.id)} counts Japan a State Party from "
            f"{dates.optional(other.date)}: another wording of the same acts"
        )
    return text


def _pledge(state: PledgeState, mention: Mentions) -> str:
    pledge = state.pledge
    mention.ids.append(pledge.id)
    covers = f"it covers {dates.date(pledge.period)} ({pledge.period_text})"
    when = ""
    if state.announced_when is not None:
        announced = dates.term(state.announced_when.bounds)
        when = f"announced {announced} ({mention.named(*state.announced_when.basis)})"
    achieved = state.achieved
    reached_at = ""
    if achieved is not None:
        reached_at = f"the {dates.dated(achieved.date, achieved.date_qualifier)}"
        mention.ids.append(achieved.id)
    words = {
        "not-announced": f"not yet announced (it was {when}); {covers}",
        "possibly-announced": f"possibly announced by this day (it was {when}); {covers}",
        "announced": f"announced, not yet begun: {when}; {covers}",
        "not-started": f"not yet begun: {covers}; the source document does not say when it "
        "was announced",
        "under-way": f"under way: {covers}; the source document gives no figures before the "
        "target was reached",
        "possibly-reached": "possibly reached by this day: the source document says the "
        f"target was reached at {reached_at}",
        "reached": f"target reached at {reached_at}: at least {amount(state.reached)} provided"
        if state.reached
        else f"target reached at {reached_at}",
        "period-ended": f"its period ({dates.date(pledge.period)}) has ended; the source "
        "document says no more",
    }
    return f"{pledge.title}: {words[state.status]}"


MEASURES = {
    "mines destroyed": "destroyed",
    "mines retained": "kept, not destroyed",
    "retained mines used": "of those kept, used",
}
"""What each count of mines counts, as a stockpile's line says it."""
STATUS = {
    Certainty.YES: "",
    Certainty.POSSIBLY: ", possibly not yet by this day",
    Certainty.NO: ", a later count",
}


SPANS = {"as of": "as of", "total": "in", "year": "in", "yearly average": "a year on average in"}
"""How a count's date reads, by what its date is to it."""


def _scoped(counts: Sequence[Count]) -> set[str]:
    """The ids of counts that count something other than a count beside them: their
    notes say what each counts."""
    ids = {count.figure.id for count in counts}
    return {
        end
        for count in counts
        for link in count.figure.links
        if link.relation == "differs in scope" and link.record in ids
        for end in (count.figure.id, link.record)
    }


def _counts(found: Sequence[Count], mention: Mentions) -> list[str]:
    """The counts of mines, a clause per measure: each number with the records that give
    it and when; where counts differ in what they count, what each counts."""
    scoped = _scoped(found)
    by_measure: dict[str, dict[int, list[Count]]] = {}
    for count in found:
        total = sum(q.value for q in count.figure.amounts)
        by_measure.setdefault(count.figure.measure, {}).setdefault(total, []).append(count)
    clauses = []
    for measure, groups in by_measure.items():
        said = []
        for counts in groups.values():
            first = counts[0].figure
            number = ", ".join(amounts.count(q) for q in first.amounts)
            when = " or ".join(
                dict.fromkeys(dates.dated(c.figure.date, c.figure.date_qualifier) for c in counts)
            )
            status = STATUS[counts[0].status]
            note = ""
            if first.note and first.id in scoped:
                note = f"; {first.note[0].lower()}{first.note[1:].rstrip('.')}"
            records = mention.named(*(count.figure.id for count in counts))
            said.append(f"{number} {SPANS[first.span]} {when} ({records}{status}{note})")
        clauses.append(f"{MEASURES.get(measure, measure)}: {' and '.join(said)}")
    return clauses


def _stockpile(state: StockpileState, mention: Mentions) -> str:
    event = state.event
    mention.ids.append(event.id)
    plan = (
        f"the source document plans completion by {dates.dated(event.date, event.date_qualifier)}"
    )
    began = state.began
    started = ""
    if began is not None and began.date is not None:
        started = f"began {dates.date(began.date)} ({mention.named(began.id)})"
    done = mention.named(*(claim.id for claim in state.completed)) if state.completed else ""
    words = {
        "not-begun": f"not yet begun: destruction {started}; {plan}",
        "under-way": f"under way: destruction {started}; {plan}",
        "planned": f"{plan}; it does not say when destruction began",
        "plan-date-passed": f"{plan}; it does not record that it happened",
        "possibly-complete": f"possibly complete by this day ({done}); {plan}",
        "complete": f"complete ({done}); {plan}",
    }
    text = words[state.status]
    if state.counts:
        text += "; " + "; ".join(_counts(state.counts, mention))
    return text


def _deadline(state: DeadlineState, mention: Mentions) -> str:
    event = state.event
    mention.ids.append(event.id)
    last = f"{dates.dated(event.date, event.date_qualifier)}, that is {dates.day(state.last_day)}"
    if state.status == "not-running":
        return (
            f"not yet running: the Convention did not yet bind Japan "
            f"({mention.named(*state.running_from)}); the deadline is {last}"
        )
    done = mention.named(*(claim.id for claim in state.completed)) if state.completed else ""
    count = days(state.days or 0)
    words = {
        "running": f"{count} before the deadline ({last})",
        "possibly-running": f"possibly running: the source document does not say from when "
        f"the Convention bound Japan; {count} before the deadline ({last})",
        "last-day": f"the last day before the deadline passes ({last})",
        "met": f"met: destruction was complete before the deadline ({last}; {done})",
        "passed": f"passed ({last})",
    }
    text = words[state.status]
    grouped: dict[tuple[dt.date, int | None, str], list[str]] = {}
    for other in state.alternatives:
        grouped.setdefault((other.last_day, other.days, other.relation), []).append(other.claim.id)
    for (last_day, away, relation), ids in grouped.items():
        counted = f", {days(away)} away" if away is not None else ""
        said = f"{mention.named(*ids)} put it as {dates.day(last_day)}{counted}"
        said += ": the same limit, worded otherwise" if relation == "differs in wording" else ""
        text += f"; {said}"
    return text


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
    card.add("Convention", _convention(state.convention, mention))
    card.items("Aid", [_pledge(found, mention) for found in state.pledges], none=NONE_NAMED)
    card.items("Stockpile", [_stockpile(f, mention) for f in state.stockpile], none=NONE_NAMED)
    card.items("Deadline", [_deadline(f, mention) for f in state.deadlines], none=NONE_NAMED)
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
        [_pledge(found, mention) for found in overview.pledges],
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
