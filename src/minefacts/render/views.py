"""Single views for people, in words: one record in full, one year, one day.

Each view turns a query's data into a `Card` of labelled rows; `cards.draw` draws it. The
sentences here say exactly what the data says: a status and the records that decide it,
"possibly" where the sources allow two answers, and what the source document alone says
where other records narrow it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from minefacts.model.records import Document, Event, Pledge, Role
from minefacts.model.secondary import (
    Claim,
    Figure,
    SecondaryEvent,
    SecondaryRole,
    SecondarySource,
)
from minefacts.query.facts import Said, View
from minefacts.query.index import Record, Source, full_title, kind_of, title_of
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
from minefacts.query.terms import Term
from minefacts.render.cards import Card
from minefacts.render.wording import (
    HELD,
    amount,
    between,
    day_label,
    days,
    term_label,
    term_words,
)

NONE_NAMED = "the sources name none"
"""What a view says where the sources are silent: never "none"."""
SOURCE_DOCUMENT = "the source document"


def citation(source: Source, section: str | None = None) -> str:
    """A source in one line, with its address: who, what, when, where."""
    if isinstance(source, Document):
        who, what = source.publisher, f'"{source.title}"'
    else:
        who, what = ", ".join(filter(None, (source.author, source.publisher))), full_title(source)
    when, url = (source.date.label() if source.date else ""), source.url
    part = f", {section}" if section else ""
    parts = [p for p in (who, what, when) if p]
    return f"{', '.join(parts)}{part}" + (f", {url}" if url else "")


def _said(items: Sequence[Said], primary_only: bool, *, own: str) -> str:
    if primary_only:
        return "secondary records hidden (--primary-only)"
    if not items:
        return f"none found: this rests on {own} alone"
    lines = []
    for item in items:
        claim = item.claim
        against = ""
        if claim.disagrees_with:
            against = f" Disagrees with {', '.join(claim.disagrees_with)}."
        note = f" {claim.note}" if claim.note else ""
        lines.append(
            f"- {claim.relation}: {claim.states} ({citation(item.source, claim.source.section)};"
            f" claim {claim.id}).{against}{note}"
        )
    return "\n".join(lines)


def _places(record: Event | SecondaryEvent) -> str:
    return "; ".join(
        f"{p.city}, {p.country}" + ("" if p.country_in_source else " (country added)")
        for p in record.places
    )


def _event_rows(card: Card, record: Event | SecondaryEvent) -> None:
    date = record.date
    card.add("Kind", record.kind.value)
    card.add("Date", f"{record.date_label()} ({date.precision}: {date})")
    if getattr(record, "date_means", None) == "covers":
        card.add("Date means", "the period it covers, not when it happened")
    if record.places:
        card.add("Places", _places(record))
    for party in record.parties:
        capacity = f" ({party.capacity})" if party.capacity else ""
        card.add("Party", f"{party.name}{capacity}")
    for quantity in record.quantities:
        card.add("Amount", f"{amount(quantity)}, in the source's words: {quantity.text!r}")
    card.add("Summary", record.summary)
    if record.reading:
        card.add("Reading", record.reading)


def _term_rows(card: Card, record: Role | SecondaryRole, found: Term | None) -> None:
    card.add("Kind", f"role in a {record.body_kind}")
    card.add("Period", f"{record.period.label()} ({record.period}), as its source gives it")
    if found is not None:
        basis = ", ".join(b for b in found.basis if b != record.id)
        words = term_words(found.span)
        if found.conflict:
            card.add("Term", f"{words}: the records that would narrow it contradict each other")
        elif found.narrowed and found.seed_span is not None:
            card.add(
                "Term",
                f"{words} (from {basis}); the source document alone: {term_words(found.seed_span)}",
            )
        else:
            card.add("Term", f"{words}" + (f" (from {basis})" if basis else ""))
    silent = (
        "the source document names none" if isinstance(record, Role) else "its source names none"
    )
    card.add("Partners", ", ".join(record.partners) or silent)
    if isinstance(record, SecondaryRole):
        card.add("Summary", record.summary)
    if record.reading:
        card.add("Reading", record.reading)


def _claim_rows(card: Card, record: Claim | Figure) -> None:
    if isinstance(record, Claim):
        card.add("Kind", f"claim ({record.relation})")
        card.add("About", "\n".join(f"- {about}" for about in record.about))
        if record.date is not None:
            card.add("Date", f"{record.date.label()} ({record.date_means})")
        quantities = record.quantities
    else:
        card.add("Kind", f"figure: {record.measure} ({record.span})")
        card.add("Date", f"{record.date.label()} ({record.date.precision}: {record.date})")
        quantities = record.amounts
    for quantity in quantities:
        card.add("Amount", amount(quantity))
    if record.disagrees_with:
        card.add("Disagrees with", ", ".join(record.disagrees_with))
    if record.note:
        card.add("Note", record.note)


def _source_rows(card: Card, source: Source, resting: Sequence[Record]) -> None:
    card.add(
        "Kind",
        "source document (primary)"
        if isinstance(source, Document)
        else f"secondary source ({source.type})",
    )
    if isinstance(source, SecondarySource):
        if source.publisher:
            card.add("Publisher", source.publisher)
        if source.author:
            card.add("Author", source.author)
        if source.container:
            card.add("In", source.container)
    else:
        card.add("Publisher", source.publisher)
    if source.date is not None:
        card.add("Date", source.date.label())
    card.add("Address", source.url or "none recorded")
    card.add("Accessed", source.accessed or "not recorded")
    card.items(
        "Resting on it",
        [f"{kind_of(item)} {item.id}: {title_of(item)}" for item in resting],
        none="nothing in this dataset",
    )


def fact(found: View) -> Card:
    """Everything about one record or source."""
    item = found.item
    card = Card(title_of(item))
    card.add("Id", item.id)
    if not isinstance(item, Record):
        _source_rows(card, item, found.resting)
        return card
    if isinstance(item, Event | SecondaryEvent):
        _event_rows(card, item)
    elif isinstance(item, Role | SecondaryRole):
        _term_rows(card, item, found.term)
    elif isinstance(item, Pledge):
        card.add("Kind", "pledge")
        card.add("Amount", f"{amount(item.amount)} ({item.amount.text!r})")
        card.add("Period", f"{item.period.label()} ({item.period_text})")
        card.add("Status", item.status)
    else:
        _claim_rows(card, item)
    source = found.source
    if source is not None:
        card.add("Source", citation(source, item.source.section))
    if isinstance(item, Event | Role | Pledge):
        card.add("Quote", item.source.quote)
        if found.passage is not None:
            passage = found.passage
            card.add("In its paragraph", passage.paragraph, ((passage.start, passage.end),))
        own = SOURCE_DOCUMENT
    else:
        card.add("Quote", "none: other records are paraphrased, never quoted")
        own = "its source"
    card.items(
        "Related", [f"{kind_of(o)} {o.id}: {title_of(o)}" for o in found.related], none="none"
    )
    if not isinstance(item, Claim):
        card.add("Other records", _said(found.said, found.primary_only, own=own))
    return card


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
    line = f"{role.role}, {role.body}: {HELD[found.status]}, {term_label(item.span)} ({by})"
    line += _deciding_days(found)
    if found.seed_status is not None and found.seed_status is not found.status:
        line += f"; the source document alone: {HELD[found.seed_status]} ({role.period.label()})"
    return line


def _deciding_days(found: RoleOnDay) -> str:
    """For a role possibly held: the day that would decide it (the day it began, the day it
    ended, or both), and how far the records place that day."""
    span = found.term.span
    began = between(span.first_start, span.last_start)
    ended = between(span.first_end, span.last_end)
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
        f"{term_label(item.span)}; the source document alone ({role.period.label()}) says "
        f"{seed}"
    )


def _convention(state: ConventionState) -> str:
    concluded = state.concluded
    since = f"concluded {concluded.date_label()} ({concluded.id})" if concluded else ""
    in_force = state.in_force
    force = ""
    if in_force is not None and in_force.date is not None:
        force = f"in force for Japan from {in_force.date.label()} ({in_force.id})"
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
        date = other.date.label() if other.date else ""
        text += f". {other.id} words it otherwise: a State Party from {date}"
    return text


def _pledge(state: PledgeState) -> str:
    pledge = state.pledge
    covers = f"it covers {pledge.period.label()} ({pledge.period_text})"
    announced = state.announced
    when = ""
    if announced is not None and announced.date is not None:
        when = f"announced {announced.date.label()} ({announced.id})"
    achieved = state.achieved
    reached_at = f"the {achieved.date_label()} ({achieved.id})" if achieved else ""
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
        "period-ended": f"its period ({pledge.period.label()}) has ended; the source document "
        "says no more",
    }
    return f"{pledge.title}: {words[state.status]}"


def _stockpile(state: StockpileState) -> str:
    event = state.event
    plan = f"the source document plans completion by {event.date_label()}"
    began = state.began
    started = f"began {began.date.label()} ({began.id})" if began and began.date else ""
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


def figure_date(figure: Figure) -> str:
    """A figure's date as people read it: "2018", "end of 2010", "1999–2003"."""
    label = figure.date.label()
    return f"end of {label}" if figure.date_qualifier == "end" else label


def figure_line(figure: Figure) -> str:
    """One figure in a line: what it counts, when, how much, from which record."""
    quantities = " (".join(amount(q) for q in figure.amounts) + ")" * (len(figure.amounts) - 1)
    return f"{figure.measure}, {figure.span} {figure_date(figure)}: {quantities} ({figure.id})"


def _deadline(state: DeadlineState) -> str:
    event = state.event
    last = f"{event.date_label()}, that is {day_label(state.last_day)}"
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
        text += f"; {_and(ids)} {give} {day_label(last_day)}{counted}, which disagrees"
    return text


def _and(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def day(state: DayState) -> Card:
    """Where things stood on one day."""
    card = Card(f"On {day_label(state.day)}")
    card.items("Roles held", [_role_line(found) for found in state.roles], none=NONE_NAMED)
    if state.ruled_out:
        card.items("Ruled out", [_ruled_out_line(found) for found in state.ruled_out], none="")
    card.add("Convention", _convention(state.convention))
    card.items("Aid", [_pledge(found) for found in state.pledges], none=NONE_NAMED)
    card.items("Stockpile", [_stockpile(found) for found in state.stockpile], none=NONE_NAMED)
    card.items("Deadline", [_deadline(found) for found in state.deadlines], none=NONE_NAMED)
    return card


def year(overview: YearOverview) -> Card:
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
    before, after = overview.before, overview.after
    card.add("Just before", f"{before.date_label()}: {before.title}" if before else "-")
    card.add("Just after", f"{after.date_label()}: {after.title}" if after else "-")
    return card
