"""What a fact is: the records of a dataset, as frozen dataclasses.

pydantic validates every dataset file into these classes (`validation`), and the dataset's
JSON Schema is generated from them. Defining them needs no pydantic import, so a command on
the bundled dataset, which was validated when it was built, starts fast.

Rules that need the whole dataset (unique ids, references that resolve, quotes found in
their source) live in `rules`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Literal, TypeVar, dataclass_transform

from minefacts.model.constraints import Describe, Str
from minefacts.model.dates import PartialDate
from minefacts.model.kinds import EventKind

Slug = Annotated[str, Str(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
"""A stable, kebab-case record id such as ``tokyo-seminar``."""

Text = Annotated[str, Str(min_length=1)]
"""A string that may not be empty."""

Day = Annotated[str, Str(pattern=r"^\d{4}-\d{2}-\d{2}$")]
"""A calendar day, YYYY-MM-DD."""

DateQualifier = Annotated[
    Literal["end"] | None, Describe('"end" when the source says "the end of" that date.')
]
"""Where in its date a fact falls, when the source says: "end" for "the end of"."""

BodyKind = Literal[
    "standing committee", "meeting of States Parties", "session", "review conference"
]
"""What sort of body an office is held in."""

ID = "The record's id: stable, kebab-case, unique across the dataset and its secondary record."
KIND = "What sort of event it is: " + ", ".join(kind.value for kind in EventKind) + "."
SOURCE = "Where the fact comes from."
PLACES = "Where the event happened, as the source names the places."
PARTIES = "Who other than Japan took part, as the source names them."
QUANTITIES = "The amounts the source states, each with its precision."
BODY_KIND = "What sort of body the office is held in."
"""Descriptions that several records' fields share."""

RECORD_CONFIG = {"extra": "forbid"}
"""pydantic's config for every record: an unknown field is an error."""

T = TypeVar("T")


@dataclass_transform(frozen_default=True, kw_only_default=True)
def record(cls: type[T]) -> type[T]:
    """Every record is immutable, compact in memory, and built from keyword arguments."""
    return dataclass(frozen=True, slots=True, kw_only=True)(cls)


@record
class SourceRef:
    """Where a fact comes from: the document, the section and the verbatim sentence."""

    __pydantic_config__ = RECORD_CONFIG

    document: Annotated[Slug, Describe("Id of a document in `documents`.")]
    section: Annotated[Text, Describe('Section of the document, e.g. "1 (2)".')]
    quote: Annotated[
        Text, Describe("The sentence that supports the fact, verbatim from the document.")
    ]


@record
class Quantity:
    """An amount as the source states it, with its precision kept."""

    __pydantic_config__ = RECORD_CONFIG

    value: Annotated[int, Describe("The number, as a whole number of `unit`.")]
    unit: Annotated[Text, Describe('What is counted, e.g. "JPY" or "anti-personnel landmines".')]
    qualifier: Annotated[
        Literal["about", "approximately", "more than"] | None,
        Describe("The source's own hedge; null when it states the amount flatly."),
    ] = None
    text: Annotated[Text, Describe("The amount in the source's words, as in the quote.")]
    reading: Annotated[str | None, Describe("How `text` was read, where it needs explaining.")] = (
        None
    )


@record
class Place:
    """A place where an event happened."""

    __pydantic_config__ = RECORD_CONFIG

    city: Annotated[Text, Describe("The city, as the source names it.")]
    country: Annotated[Text, Describe("The country the city is in.")]
    country_in_source: Annotated[
        bool,
        Describe(
            "True when the source itself names the country; false when it is added as geography."
        ),
    ]


@record
class Party:
    """Someone other than Japan who took part, named as the source names them."""

    __pydantic_config__ = RECORD_CONFIG

    name: Annotated[Text, Describe("Who they are, as the source names them.")]
    capacity: Annotated[str | None, Describe("In what capacity they took part.")] = None


class Dated:
    """What an event of either provenance can say about its date, from its `date` and
    `date_qualifier`."""

    __slots__ = ()
    date: PartialDate
    date_qualifier: Literal["end"] | None

    def sort_key(self) -> tuple[dt.date, dt.date]:
        """Chronological order: by earliest possible day, then latest. "The end of" a month
        sorts at the month's last day, after the dated days within it.
        """
        lower, upper = self.date.lower, self.date.upper
        if self.date_qualifier == "end":
            lower = upper
        return (lower, upper)


@record
class Event(Dated):
    """One dated fact from the source: a proposal, a meeting, a deadline."""

    __pydantic_config__ = RECORD_CONFIG

    id: Annotated[Slug, Describe(ID)]
    kind: Annotated[EventKind, Describe(KIND)]
    title: Annotated[Text, Describe("A short title for the event.")]
    summary: Annotated[Text, Describe("One paragraph saying what happened, in plain words.")]
    date: Annotated[
        PartialDate,
        Describe(
            "When it happened, at the source's precision: YYYY-MM-DD, YYYY-MM, YYYY, or "
            "START/END for a period."
        ),
    ]
    date_qualifier: DateQualifier = None
    date_means: Annotated[
        Literal["covers"] | None,
        Describe(
            'What the date is, where it is not when the event happened: "covers" for '
            "the period a pledge covers."
        ),
    ] = None
    places: Annotated[tuple[Place, ...], Describe(PLACES)] = ()
    parties: Annotated[tuple[Party, ...], Describe(PARTIES)] = ()
    quantities: Annotated[tuple[Quantity, ...], Describe(QUANTITIES)] = ()
    reading: Annotated[
        str | None,
        Describe("How the facts were read from the quote where that is not literal."),
    ] = None
    related: Annotated[tuple[Slug, ...], Describe("Ids of related records.")] = ()
    source: Annotated[SourceRef, Describe(SOURCE)]


@record
class Role:
    """An office Japan held in the work of the Convention."""

    __pydantic_config__ = RECORD_CONFIG

    id: Annotated[Slug, Describe(ID)]
    role: Annotated[Text, Describe('The office, e.g. "co-chair".')]
    body: Annotated[Text, Describe("The committee, meeting or session.")]
    body_kind: Annotated[BodyKind, Describe(BODY_KIND)]
    period: Annotated[PartialDate, Describe("When the office was held, as the source dates it.")]
    partners: Annotated[
        tuple[Text, ...], Describe("Others the source names as sharing the office.")
    ] = ()
    event: Annotated[Slug, Describe("Id of the event the role comes from.")]
    decided_at: Annotated[
        Slug | None,
        Describe(
            "Id of the event at which the source says the role was decided: the role "
            "starts no earlier than that event."
        ),
    ] = None
    reading: Annotated[str | None, Describe("How the role was read from the quote.")] = None
    source: Annotated[SourceRef, Describe(SOURCE)]


@record
class Achievement:
    """What the source says was reached against a pledge, and when."""

    __pydantic_config__ = RECORD_CONFIG

    amount: Annotated[Quantity, Describe("The amount reached.")]
    event: Annotated[Slug, Describe("Id of the event that records the achievement.")]


@record
class Pledge:
    """A promise of aid: the amount, its period and purpose, and how far it got."""

    __pydantic_config__ = RECORD_CONFIG

    id: Annotated[Slug, Describe(ID)]
    title: Annotated[Text, Describe("A short title for the pledge.")]
    amount: Annotated[Quantity, Describe("The amount pledged.")]
    period: Annotated[PartialDate, Describe("The period the pledge covers.")]
    period_text: Annotated[Text, Describe("The period in the source's words.")]
    purposes: Annotated[
        tuple[Text, ...], Describe("What the aid is for, each purpose as the source words it.")
    ]
    status: Annotated[
        Literal["pledged", "achieved"],
        Describe('"achieved" when the source says the pledge was reached, else "pledged".'),
    ]
    event: Annotated[Slug, Describe("Id of the event that records the pledge.")]
    achieved: Annotated[
        Achievement | None,
        Describe("What the source says was reached, and the event that records it."),
    ] = None
    not_in_source: Annotated[
        tuple[Text, ...],
        Describe("What a reader might expect here but the source does not say."),
    ] = ()
    source: Annotated[SourceRef, Describe(SOURCE)]


@record
class Document:
    """A source document the facts are drawn from."""

    __pydantic_config__ = RECORD_CONFIG

    id: Annotated[Slug, Describe(ID)]
    title: Annotated[Text, Describe("The document's title, as it gives it.")]
    publisher: Annotated[Text, Describe("Who published the document.")]
    date: Annotated[PartialDate, Describe("When the document was issued.")]
    url: Annotated[Text, Describe("Where the document is published.")]
    file: Annotated[Text, Describe("The document's text file in the seeds folder.")]
    sha256: Annotated[
        str,
        Str(pattern=r"^[0-9a-f]{64}$"),
        Describe("The SHA-256 digest of that file, in hex: quotes are checked against it."),
    ]
    accessed: Annotated[
        Day | None, Describe("When the text was taken from its address, YYYY-MM-DD.")
    ] = None


@record
class Dataset:
    """A whole dataset file: its documents and the facts drawn from them."""

    __pydantic_config__ = RECORD_CONFIG

    documents: tuple[Document, ...]
    events: tuple[Event, ...]
    roles: tuple[Role, ...] = ()
    pledges: tuple[Pledge, ...] = ()

    def facts(self) -> tuple[Event | Role | Pledge, ...]:
        """Every fact: the events, then the roles, then the pledges."""
        return (*self.events, *self.roles, *self.pledges)

    def event(self, event_id: str) -> Event:
        """The event with this id; KeyError if there is none."""
        for event in self.events:
            if event.id == event_id:
                return event
        raise KeyError(event_id)
