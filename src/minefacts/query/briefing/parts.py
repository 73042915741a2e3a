"""What a briefing states: sections of paragraphs of sentences, each sentence holding the
data it states (the records, when as a `When`, amounts, disputes) and the ids of the
records it rests on. Data, never words: `minefacts.render.briefing` words each sentence,
numbers its notes and writes the briefing in every format.

A sentence here may become more than one sentence in words (a record's summary of two
sentences); every one of them carries the notes of the records this one rests on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from minefacts.model.kinds import EventKind
from minefacts.model.records import Document
from minefacts.model.secondary import Claim, Figure
from minefacts.query.aid import AidProgress
from minefacts.query.disputes import Dispute
from minefacts.query.events import Entry
from minefacts.query.filters import Filters
from minefacts.query.index import Index
from minefacts.query.spans import Certainty
from minefacts.query.states import DeadlineState
from minefacts.query.terms import Term
from minefacts.query.when import When

Topic = Literal["joining", "stockpile", "offices", "aid", "outreach", "disputes"]
"""What a section is about, in the order the briefing gives them."""
TOPICS: tuple[Topic, ...] = ("joining", "stockpile", "offices", "aid", "outreach", "disputes")

TOPIC_OF: dict[EventKind, Topic] = {
    EventKind.TREATY: "joining",
    EventKind.LAW: "joining",
    EventKind.PRODUCTION: "stockpile",
    EventKind.DESTRUCTION: "stockpile",
    EventKind.CEREMONY: "stockpile",
    EventKind.DEADLINE: "stockpile",
    EventKind.APPOINTMENT: "offices",
    EventKind.PROPOSAL: "aid",
    EventKind.AID: "aid",
    EventKind.OUTREACH: "outreach",
    EventKind.SEMINAR: "outreach",
}
"""The section each kind of event is told in, as the record runs: joining the
Convention is its conclusion, its entry into force and the implementing law; the offices
are those Japan held (the meetings that decided them are named in their sentences).
Meetings, negotiations, statements of policy, transparency reports and the source
document's own issue are the timeline's (`minefacts timeline`), not the briefing's."""

Order = tuple[dt.date, dt.date]
"""Where a sentence stands in its section: the first and last day it can concern."""


@dataclass(frozen=True)
class Happened:
    """An event in its own words, placed as the timeline places it: each reading of when
    it happened and any other records show in error (`entry.when`), and the disputes
    about it. A deadline carries the other last days records give for it."""

    entry: Entry
    fit: Certainty
    """Whether all of it lies within the dates asked for: YES, or POSSIBLY."""
    order: Order
    rests_on: tuple[str, ...]
    deadline: DeadlineState | None = None

    @property
    def subject(self) -> str:
        return self.entry.event.id

    @property
    def when(self) -> When:
        return self.entry.when


@dataclass(frozen=True)
class Clip:
    """Where a term runs past the dates asked for: whether it began before them and
    whether it ended after them, as the records allow (NO for both when the dates asked
    for hold the whole term, or none were asked for)."""

    before: Certainty
    after: Certainty


NOT_CLIPPED = Clip(Certainty.NO, Certainty.NO)


@dataclass(frozen=True)
class Held:
    """An office Japan held, from its term: when, with whom, and what the source
    document alone says where other records narrow it."""

    term: Term
    match: Certainty
    """Whether it was held at some time within the dates asked for: YES, or POSSIBLY."""
    clip: Clip
    disputes: tuple[Dispute, ...]
    order: Order
    rests_on: tuple[str, ...]

    @property
    def subject(self) -> str:
        return self.term.role.id

    @property
    def when(self) -> When:
        return self.term.when


@dataclass(frozen=True)
class Pledged:
    """A pledge of aid, from its record: amount, period in the source's words, purposes,
    and what the source document does not say about it."""

    progress: AidProgress
    when: When
    """The period the pledge covers."""
    order: Order
    rests_on: tuple[str, ...]

    @property
    def subject(self) -> str:
        return self.progress.pledge.id


@dataclass(frozen=True)
class Reached:
    """A pledge's target reached, when the source document says it was: the amount it
    names is a lower bound on the amount provided."""

    progress: AidProgress
    when: When
    fit: Certainty
    order: Order
    rests_on: tuple[str, ...]

    @property
    def subject(self) -> str:
        achieved = self.progress.achieved
        return achieved.id if achieved is not None else self.progress.pledge.id


Why = Literal["announced", "in force", "began", "completed", "provided"]
"""Why a claim is stated on its own: it dates a pledge's announcement, gives the day the
Convention bound Japan, says when the stockpile's destruction began or was completed, or
gives an amount provided under a pledge."""


@dataclass(frozen=True)
class Said:
    """A claim of another record in its own words (a paraphrase), with the disputes over
    it and, for the Convention's entry into force, the records that word Japan's status
    otherwise."""

    claim: Claim
    why: Why
    when: When | None
    fit: Certainty
    order: Order
    rests_on: tuple[str, ...]
    disputes: tuple[Dispute, ...] = ()
    otherwise: tuple[Claim, ...] = ()

    @property
    def subject(self) -> str:
        return self.claim.id


@dataclass(frozen=True)
class Counted:
    """The counts of one measure of mines (held, destroyed, retained, used), each group
    the figures that give the same count as of the same date; `scoped` when some count
    something other than others do (they differ in scope, not in fact)."""

    measure: str
    groups: tuple[tuple[Figure, ...], ...]
    scoped: bool
    possibly: frozenset[str]
    """The figures only possibly within the dates asked for."""
    order: Order
    rests_on: tuple[str, ...]

    @property
    def subject(self) -> str:
        return self.groups[0][0].id

    @property
    def when(self) -> None:
        """Each count has its own date (`Figure.date`), none the sentence's."""
        return None


@dataclass(frozen=True)
class Given:
    """A figure of mine-action funding in its record's own words, with the disputes over
    it (a later edition's revision)."""

    figure: Figure
    when: When
    fit: Certainty
    disputes: tuple[Dispute, ...]
    order: Order
    rests_on: tuple[str, ...]

    @property
    def subject(self) -> str:
        return self.figure.id


@dataclass(frozen=True)
class Disagreed:
    """A dispute: what it is over, each side with the records that give it, and the
    verdict where other records show one side in error."""

    dispute: Dispute
    when: When | None
    order: Order
    rests_on: tuple[str, ...]

    @property
    def subject(self) -> str:
        return self.dispute.record


Sentence = Happened | Held | Pledged | Reached | Said | Counted | Given | Disagreed


@dataclass(frozen=True)
class Section:
    """One topic's sentences, in date order, in paragraphs."""

    topic: Topic
    paragraphs: tuple[tuple[Sentence, ...], ...]


@dataclass(frozen=True)
class Briefing:
    """A briefing: its sections, the dates it was asked for, whether it is the source
    document alone, the source documents to credit, and every record by its id (to name
    and cite the records the sentences rest on)."""

    sections: tuple[Section, ...]
    filters: Filters
    primary_only: bool
    documents: tuple[Document, ...]
    index: Index

    def sentences(self) -> list[Sentence]:
        """Every sentence, in the order the briefing gives them."""
        return [s for section in self.sections for p in section.paragraphs for s in p]
