"""Reasoning over uncertain dates: when something may have begun and ended, and whether it
held on a day or during a range, in three honest answers.

A date at month, year or period precision is a set of possible days. Something dated
"2000/2001" began on some day of 2000 and ended on some day of 2001; something dated
"2001-09" began and ended within September 2001. A `Span` keeps exactly that: the
earliest and latest day it can have begun, and the earliest and latest day it can have
ended. Every concrete choice of a start and an end inside those bounds, the start not
after the end, is a *reading* of the sources.

Asked whether it held on a day (or at some time in a range), the answer is:

- `Certainty.YES`: every reading puts the day inside;
- `Certainty.POSSIBLY`: some readings do and some do not;
- `Certainty.NO`: no reading does.

Other records narrow a span (`narrowed`, `starting_no_earlier_than`, `ending_within`);
narrowing can turn POSSIBLY into YES or NO, never YES into NO or NO into YES.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from minefacts.model.dates import PartialDate


class Certainty(Enum):
    """How sure the sources let an answer be."""

    YES = "yes"
    POSSIBLY = "possibly"
    NO = "no"


@dataclass(frozen=True)
class Span:
    """When something held: it began on a day in [`first_start`, `last_start`] and ended
    on a day in [`first_end`, `last_end`]."""

    first_start: dt.date
    last_start: dt.date
    first_end: dt.date
    last_end: dt.date

    @classmethod
    def of(cls, date: PartialDate) -> Span:
        """The span a date gives: a period ``START/END`` begins within START and ends within
        END; a single date at any precision begins and ends within itself."""
        start, end = date.start, date.end
        return cls(start.lower, start.upper, end.lower, end.upper)

    @property
    def consistent(self) -> bool:
        """False when no reading is left: the records that narrowed it contradict each
        other."""
        return self.first_start <= self.last_start and self.first_end <= self.last_end

    def _normalised(self) -> Span:
        """The same readings, with bounds no reading can reach removed: an end is never
        before the earliest start, and a start never after the latest end."""
        return Span(
            self.first_start,
            min(self.last_start, self.last_end),
            max(self.first_end, self.first_start),
            self.last_end,
        )

    def narrowed(self, other: Span) -> Span:
        """The readings both spans allow. Check `consistent` on the result."""
        return Span(
            max(self.first_start, other.first_start),
            min(self.last_start, other.last_start),
            max(self.first_end, other.first_end),
            min(self.last_end, other.last_end),
        )._normalised()

    def starting_no_earlier_than(self, day: dt.date) -> Span:
        """The readings that begin on `day` or later (e.g. after the meeting that decided
        an office)."""
        return Span(
            max(self.first_start, day), self.last_start, self.first_end, self.last_end
        )._normalised()

    def ending_within(self, first: dt.date, last: dt.date) -> Span:
        """The readings that end between `first` and `last` (e.g. when a successor role
        began)."""
        return Span(
            self.first_start, self.last_start, max(self.first_end, first), min(self.last_end, last)
        )._normalised()

    def during(self, first: dt.date, last: dt.date) -> Certainty:
        """Whether it held at some time from `first` to `last`, both included.

        Every reading begins by `last_start` and ends no earlier than `first_end`, so every
        reading reaches into the range when `last_start <= last` and `first_end >= first`.
        The widest reading runs from `first_start` to `last_end`; if even that misses the
        range, none reaches it.
        """
        if self.last_start <= last and self.first_end >= first:
            return Certainty.YES
        if self.first_start <= last and self.last_end >= first:
            return Certainty.POSSIBLY
        return Certainty.NO

    def on(self, day: dt.date) -> Certainty:
        """Whether it held on `day`."""
        return self.during(day, day)

    def within(self, first: dt.date, last: dt.date) -> Certainty:
        """Whether all of it lies from `first` to `last`, both included: it began no
        earlier than `first` and ended no later than `last`.

        Every reading does when even the widest one does. Some reading does when a start
        no earlier than `first` and an end no later than `last` can be chosen, the start
        not after the end: the earliest such start and the latest such end are the test.
        """
        if self.first_start >= first and self.last_end <= last:
            return Certainty.YES
        start, end = max(self.first_start, first), min(self.last_end, last)
        if start <= self.last_start and self.first_end <= end and start <= end:
            return Certainty.POSSIBLY
        return Certainty.NO

    def in_year(self, year: int) -> Certainty:
        """Whether it held at some time in `year`."""
        return self.during(dt.date(year, 1, 1), dt.date(year, 12, 31))

    def begun_by(self, day: dt.date) -> Certainty:
        """Whether it had begun by the end of `day`."""
        if self.last_start <= day:
            return Certainty.YES
        return Certainty.POSSIBLY if self.first_start <= day else Certainty.NO

    def ended_by(self, day: dt.date) -> Certainty:
        """Whether it had ended by the end of `day`: for a point in time, whether it had
        happened."""
        if self.last_end <= day:
            return Certainty.YES
        return Certainty.POSSIBLY if self.first_end <= day else Certainty.NO

    def before(self, day: dt.date) -> Certainty:
        """Whether it was over before `day` began."""
        if self.last_end < day:
            return Certainty.YES
        return Certainty.POSSIBLY if self.first_end < day else Certainty.NO

    def after(self, day: dt.date) -> Certainty:
        """Whether it began after `day` ended."""
        if self.first_start > day:
            return Certainty.YES
        return Certainty.POSSIBLY if self.last_start > day else Certainty.NO
