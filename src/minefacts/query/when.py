"""When something happened or held, as far as the records tell: the one model of uncertain
time every command asks.

Every date is a set of possible days (`minefacts.query.spans.Span`): a month, a year, a
period, "the end of" a month, a narrowing by another record all become bounds of one span.
A `When` is one such span, or several where records disagree and nothing settles it:
a dispute is more readings, never a choice. Each `Reading` names the records that give it,
so an answer can name the records on each side. A reading other records show to be an
error is kept apart (`rejected`): answers follow the records, name the error, and do not
widen.

Every question is asked of every reading: YES when all readings say yes, NO when all say
no, POSSIBLY otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from minefacts.query.spans import Certainty, Span


def combined(answers: Iterable[Certainty]) -> Certainty:
    """YES when every answer is YES, NO when every answer is NO, else POSSIBLY."""
    found = set(answers)
    if found == {Certainty.YES}:
        return Certainty.YES
    if found == {Certainty.NO}:
        return Certainty.NO
    return Certainty.POSSIBLY


@dataclass(frozen=True)
class Reading:
    """One reading of the records: when, and the ids of the records that give it (the
    record itself first, then those that narrow it)."""

    span: Span
    basis: tuple[str, ...]


@dataclass(frozen=True)
class Rejected:
    """A reading other records show to be an error: the record that gives it, and the
    records that show the error."""

    record: str
    span: Span
    shown_by: tuple[str, ...]


@dataclass(frozen=True)
class When:
    """The readings the records allow, and any they rule out as errors."""

    readings: tuple[Reading, ...]
    rejected: tuple[Rejected, ...] = ()

    @classmethod
    def of(cls, span: Span, *basis: str) -> When:
        """One reading."""
        return cls((Reading(span, basis),))

    @property
    def disputed(self) -> bool:
        """True when the records allow more than one reading."""
        return len(self.readings) > 1

    @property
    def bounds(self) -> Span:
        """The widest reading the readings together allow: the earliest each could begin
        and end, the latest each could begin and end. For a label or an axis only; every
        answer asks the readings themselves."""
        spans = [reading.span for reading in self.readings]
        return Span(
            min(s.first_start for s in spans),
            max(s.last_start for s in spans),
            min(s.first_end for s in spans),
            max(s.last_end for s in spans),
        )

    @property
    def basis(self) -> tuple[str, ...]:
        """Every record any reading rests on, each once."""
        return tuple(dict.fromkeys(i for reading in self.readings for i in reading.basis))

    def ask(self, question: Callable[[Span], Certainty]) -> Certainty:
        """`question` asked of every reading."""
        return combined(question(reading.span) for reading in self.readings)

    def sides(self, question: Callable[[Span], Certainty]) -> dict[Certainty, list[Reading]]:
        """The readings by the answer each gives: which records say yes, which no."""
        found: dict[Certainty, list[Reading]] = {}
        for reading in self.readings:
            found.setdefault(question(reading.span), []).append(reading)
        return found

    def during(self, first: dt.date, last: dt.date) -> Certainty:
        """Whether it held at some time from `first` to `last`, both included."""
        return self.ask(lambda span: span.during(first, last))

    def on(self, day: dt.date) -> Certainty:
        """Whether it held on `day`."""
        return self.ask(lambda span: span.on(day))

    def within(self, first: dt.date, last: dt.date) -> Certainty:
        """Whether all of it lies from `first` to `last`, both included."""
        return self.ask(lambda span: span.within(first, last))

    def in_year(self, year: int) -> Certainty:
        """Whether it held at some time in `year`."""
        return self.ask(lambda span: span.in_year(year))

    def begun_by(self, day: dt.date) -> Certainty:
        """Whether it had begun by the end of `day`."""
        return self.ask(lambda span: span.begun_by(day))

    def ended_by(self, day: dt.date) -> Certainty:
        """Whether it had ended by the end of `day` (a point in time: had happened)."""
        return self.ask(lambda span: span.ended_by(day))

    def before(self, day: dt.date) -> Certainty:
        """Whether it was over before `day` began."""
        return self.ask(lambda span: span.before(day))

    def after(self, day: dt.date) -> Certainty:
        """Whether it began after `day` ended."""
        return self.ask(lambda span: span.after(day))
