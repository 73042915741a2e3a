"""Where things stood on a day, a sentence for each: whether the Convention bound Japan, the
aid pledge, the stockpile's destruction with the counts of mines the records give by then,
and the destruction deadline; each with the records that decide it, named in words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from minefacts.query.spans import Certainty
from minefacts.query.states import (
    ConventionState,
    Count,
    DeadlineState,
    PledgeState,
    StockpileState,
)
from minefacts.render.terminal.mentions import Mentions
from minefacts.render.words import amounts, dates
from minefacts.render.words.amounts import amount
from minefacts.render.words.phrases import days


def convention(state: ConventionState, mention: Mentions) -> str:
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


def pledge(state: PledgeState, mention: Mentions) -> str:
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


def stockpile(state: StockpileState, mention: Mentions) -> str:
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


def deadline(state: DeadlineState, mention: Mentions) -> str:
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
