"""Each kind of briefing sentence in words, from its data: an event or a claim in its
record's own words (a summary, a paraphrase), with a parenthesis before its stop for what
its words do not say (its date where they do not name its year, a narrower date and who
gives it, "possibly" with the records on each side of a dispute, a date shown in error, the
same limit worded otherwise); an office from its term; a pledge from its amount, period and
purposes, and what the source document does not say of it; the counts of mines by measure;
a dispute from its sides. Each comes with the records it rests on, for its notes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from minefacts.model.dates import PartialDate
from minefacts.model.kinds import EventKind
from minefacts.model.records import Event, Role
from minefacts.model.secondary import Claim, Figure, SecondaryEvent, SecondaryRole
from minefacts.query import dating
from minefacts.query.briefing.parts import (
    Briefing,
    Counted,
    Disagreed,
    Given,
    Happened,
    Held,
    Pledged,
    Reached,
    Said,
    Sentence,
)
from minefacts.query.disputes import Dispute
from minefacts.query.spans import Certainty, Span
from minefacts.query.states import DeadlineState
from minefacts.query.when import When
from minefacts.render.briefing import clauses
from minefacts.render.briefing.clauses import named, said
from minefacts.render.briefing.prose import (
    capital,
    clean,
    has_words,
    sentences,
    with_parenthesis,
)
from minefacts.render.words import amounts, dates
from minefacts.render.words.phrases import and_list

OUTSIDE = "possibly outside the dates asked for"
MEASURES = {
    "mines held": "the mines Japan held",
    "mines destroyed": "the mines destroyed",
    "mines retained": "the mines retained, not destroyed",
    "retained mines used": "the retained mines used",
}
SPANS = {"as of": "as of", "total": "in", "year": "in", "yearly average": "a year on average in"}
"""How a count's date reads, by what its date is to it."""
Phrased = list[tuple[str, tuple[str, ...]]]
"""Sentences in words, each with the records it rests on."""


def _names_years(text: str, date: PartialDate) -> bool:
    """Whether `text` names every year of `date`, so it need not be given again."""
    return all(str(year) in text for year in {date.start.year, date.end.year})


def _lowered(text: str) -> str:
    return text[:1].lower() + text[1:]


class Statements:
    """Each kind of sentence in words, for one briefing."""

    def __init__(self, briefing: Briefing) -> None:
        self.index = briefing.index
        self.window = clauses.window(briefing.filters)

    def said(self, sentence: Sentence) -> Phrased:
        """A sentence of the briefing in words: one or more, each with its records."""
        writers: dict[type, Callable[[Any], Phrased]] = {
            Happened: self.happened,
            Held: self.held,
            Pledged: self.pledged,
            Reached: self.reached,
            Said: self.claimed,
            Counted: self.counted,
            Given: self.given,
            Disagreed: self.disagreed,
        }
        return writers[type(sentence)](sentence)

    def _own_words(
        self, text: str, fallback: str, parts: list[str], rests: tuple[str, ...], subject: str
    ) -> Phrased:
        """A record's own words, the parenthesis in its first sentence, the rest of its
        sentences resting on the record alone."""
        found = sentences(text if has_words(text) else fallback) or [clean(fallback) or subject]
        first = with_parenthesis(found[0], "; ".join(part for part in parts if part))
        return [(first, rests), *((piece, (subject,)) for piece in found[1:])]

    def _disputes(self, found: Sequence[Dispute], subject: str, when: When | None) -> list[str]:
        """The disputes a sentence's own time does not already tell."""
        told = set(when.basis) | {r.record for r in when.rejected} if when else set()
        return [
            clauses.dispute(dispute, subject)
            for dispute in found
            if not (dispute.field == "date" and dispute.record in told)
        ]

    def happened(self, item: Happened) -> Phrased:
        event = item.entry.event
        own = dating.own_event(event)
        label = None
        if not _names_years(event.summary, event.date):
            label = dates.dated(event.date, event.date_qualifier)
        parts = clauses.times(self.index, item.when, event.id, own, label)
        parts += self._disputes(item.entry.disputes, event.id, item.when)
        if item.deadline is not None:
            parts += self._last_days(item.deadline)
        if item.fit is Certainty.POSSIBLY:
            parts.append(OUTSIDE)
        words = event.summary
        if item.when.disputed and _names_years(event.summary, event.date):
            # Its summary states one side of the dispute as fact: the title, and both
            # sides in the parenthesis, say no more than the records do.
            words = event.title
        return self._own_words(words, event.title, parts, item.rests_on, event.id)

    def _last_days(self, state: DeadlineState) -> list[str]:
        """The other last days records give for a deadline: the same limit, worded
        otherwise, where that is their relation to it."""
        grouped: dict[tuple[object, str], list[str]] = {}
        for other in state.alternatives:
            grouped.setdefault((other.last_day, other.relation), []).append(other.claim.id)
        found = []
        for (day, relation), ids in grouped.items():
            who = clauses.agreeing(clauses.sources(self.index, ids), "puts", "put")
            text = f"{who} it as {dates.day(day)}"  # type: ignore[arg-type]
            if relation == "differs in wording":
                text += ": the same limit, worded otherwise"
            found.append(text)
        return found

    def _term(self, span: Span, item: Held) -> str:
        """When an office was held, as the records allow, up to the dates asked for."""
        first, last = self.window or ("", "")
        began = dates.between(span.first_start, span.last_start)
        ended = dates.between(span.first_end, span.last_end)
        clipped = item.clip.before is Certainty.YES or item.clip.after is Certainty.YES
        if item.clip.before is Certainty.YES:
            began = f"before {first}"
        if item.clip.after is Certainty.YES:
            ended = f"after {last}"
        if not clipped and (span.first_start, span.first_end) == (span.last_start, span.last_end):
            return ", " + dates.from_to(span.first_start, span.first_end)
        if not clipped and (span.first_start, span.last_start) == (span.first_end, span.last_end):
            return ", " + dates.between(span.first_start, span.last_start)
        if began == ended:
            return f"; the term began and ended {began}"
        return f"; the term began {began} and ended {ended}"

    def held(self, item: Held) -> Phrased:
        term = item.term
        role = term.role
        with_ = [
            clean(partner.name) + (f" ({dates.date(partner.date)})" if partner.date else "")
            for partner in term.partners
        ]
        text = f"Japan was {clean(role.role)} of the {clean(role.body)}"
        text += f", with {and_list(with_)}" if with_ else ""
        decided = self.index.find(role.decided_at) if role.decided_at else None
        if isinstance(decided, Event | SecondaryEvent) and decided.kind is EventKind.MEETING:
            text += f", decided at the {clean(decided.title)}"
        parts: list[str] = []
        if term.when.disputed:
            parts += clauses.times(self.index, term.when, role.id, None, None)
        else:
            text += self._term(term.when.readings[0].span, item)
            parts += clauses.times(self.index, term.when, role.id, None, None)
            if isinstance(role, Role) and term.narrowed:
                parts.append(f"the source document gives {dates.date(role.period)}")
        parts += self._disputes(item.disputes, role.id, term.when)
        if item.match is Certainty.POSSIBLY:
            parts.append(OUTSIDE)
        return [(with_parenthesis(text, "; ".join(parts)), item.rests_on)]

    def pledged(self, item: Pledged) -> Phrased:
        pledge = item.progress.pledge
        purposes = and_list([clean(purpose) for purpose in pledge.purposes])
        text = (
            f"Japan pledged {amounts.amount(pledge.amount)} over {clean(pledge.period_text)} "
            f"({dates.date(pledge.period)})" + (f" for {purposes}" if purposes else "") + "."
        )
        found = [(text, item.rests_on)]
        if pledge.not_in_source:
            unsaid = and_list([clean(what) for what in pledge.not_in_source], "or")
            found.append((f"The source document does not say {unsaid}.", item.rests_on))
        return found

    def reached(self, item: Reached) -> Phrased:
        progress = item.progress
        achieved, reached = progress.achieved, progress.pledge.achieved
        if achieved is None or reached is None:
            return []
        amount = amounts.amount(reached.amount)
        if achieved.date_qualifier == "end":
            at = f"at the {dates.dated(achieved.date, achieved.date_qualifier)}"
        else:
            bounds = item.when.bounds
            at = dates.between(bounds.first_start, bounds.last_end)
        text = f"Japan reached the target of {amount} {at}, so at least {amount} was provided"
        own = dating.own(achieved.date, achieved.date_qualifier, exact_end=False)
        parts = clauses.times(self.index, item.when, achieved.id, own, None)
        if item.fit is Certainty.POSSIBLY:
            parts.append(OUTSIDE)
        return [(with_parenthesis(text, "; ".join(parts)), item.rests_on)]

    def claimed(self, item: Said) -> Phrased:
        claim = item.claim
        parts: list[str] = []
        if item.when is not None and claim.date is not None:
            parts += clauses.times(self.index, item.when, claim.id, Span.of(claim.date), None)
        parts += self._disputes(item.disputes, claim.id, item.when)
        for other in item.otherwise:
            parts.append(
                f"{named(self.index, [other.id])} counts Japan a State Party from "
                f"{dates.optional(other.date)}: another wording of the same acts"
            )
        if item.fit is Certainty.POSSIBLY:
            parts.append(OUTSIDE)
        return self._own_words(claim.states, claim.id, parts, item.rests_on, claim.id)

    def counted(self, item: Counted) -> Phrased:
        said_: list[str] = []
        for group in item.groups:
            first = group[0]
            number = ", ".join(amounts.count(quantity) for quantity in first.amounts)
            when = dates.dated(first.date, first.date_qualifier)
            inside = [named(self.index, [figure.id for figure in group])]
            if item.scoped and first.note:
                inside.append(_lowered(clean(first.note)).rstrip("."))
            if any(figure.id in item.possibly for figure in group):
                inside.append(OUTSIDE)
            said_.append(f"{number} {SPANS.get(first.span, 'in')} {when} ({'; '.join(inside)})")
        text = f"The records count {MEASURES.get(item.measure, item.measure)}: {and_list(said_)}"
        if item.scoped:
            text += "; these counts differ in what they count, not in fact"
        return [(text + ".", item.rests_on)]

    def given(self, item: Given) -> Phrased:
        figure = item.figure
        parts = self._disputes(item.disputes, figure.id, None)
        if item.fit is Certainty.POSSIBLY:
            parts.append(OUTSIDE)
        return self._own_words(figure.states, figure.id, parts, item.rests_on, figure.id)

    def disagreed(self, item: Disagreed) -> Phrased:
        found = item.dispute
        what = _what(found)
        side = clauses.named_side
        if found.relation == "revises" and len(found.sides) == 2:
            later, earlier = found.sides
            text = (
                f"For {what}, {side(later)} gives {said(later.value)}, revising "
                f"{side(earlier)}, which gave {said(earlier.value)}."
            )
            return [(text, item.rests_on)]
        verdict = found.verdict
        own, *others = found.sides
        if found.field == "statement":
            lines = [
                (
                    f"{capital(side(other))} disagrees with {side(own)} on {what}: "
                    f"{said(other.value)}",
                    item.rests_on,
                )
                for other in others
            ]
        else:
            given_ = []
            for each in found.sides:
                who = clauses.agreeing(clauses.side_sources(each), "gives", "give")
                wrong = verdict is not None and verdict.error in each.records
                given_.append(f"{who} {said(each.value)}" + (", in error" if wrong else ""))
            text = f"The records disagree on {what}: {'; '.join(given_)}"
            if verdict is None:
                text += "; no record settles which, so each is possible"
            lines = [(text + ".", item.rests_on)]
        if verdict is not None:
            shown = next((each for each in found.sides if verdict.error in each.records), own)
            text = f"{capital(side(shown))} is in error: {clean(verdict.note)}"
            lines.append((text, (verdict.error, *verdict.shown_by)))
        if found.note:  # what the records on both sides bear out, as the data notes it
            lines.append((clean(found.note), item.rests_on))
        return lines


def _what(found: Dispute) -> str:
    """What a dispute is over, in words: "the date of “Production of anti-personnel mines
    stops”", "mine action funding in 1999", "the amount provided"."""
    about = found.about
    if isinstance(about, Figure):
        return f"{clean(about.measure)} in {dates.date(about.date)}"
    if isinstance(about, Claim) and found.field == "amount" and about.amounts_mean:
        return f"the amount {about.amounts_mean}"
    if isinstance(about, Claim):
        what = f"“{clean(about.states)}”"
    elif isinstance(about, Role | SecondaryRole):
        what = f"the {clean(about.role)} of the {clean(about.body)}"
    else:
        what = f"“{clean(about.title)}”"
    return what if found.field == "statement" else f"the {found.field} of {what}"
