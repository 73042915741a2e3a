"""The secondary record: public records other than the source document, and what they state.

They live in their own file (``data/secondary.json``), apart from the source document's
facts, and never replace its wording. Everything here is a paraphrase with its citation:
the source document is the only text minefacts quotes.

- A `SecondarySource` is one public page or document, cited in full.
- A `Claim` is what one source states about records (the source document's facts or other
  secondary records), with its `Relation` to them. A claim may narrow a date (a term of
  office, a meeting's days), and its typed `Link`s say how it relates to other records:
  a conflict is a "disagrees" (with a `Verdict` where other records show one side in
  error), a later edition's figure "revises" the earlier, and a difference of scope or of
  wording is said as such, never as a conflict.
- `SecondaryEvent` and `SecondaryRole` are events and offices the source document does not
  have, each resting on one source; `Figure` is a number a source gives for a year or a
  period (money for mine action, mines held, retained or used).
"""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from minefacts.model.constraints import Describe
from minefacts.model.dates import PartialDate
from minefacts.model.kinds import EventKind
from minefacts.model.records import (
    BODY_KIND,
    ID,
    KIND,
    PARTIES,
    PLACES,
    QUANTITIES,
    RECORD_CONFIG,
    BodyKind,
    Dated,
    DateQualifier,
    Day,
    Party,
    Place,
    Quantity,
    Slug,
    Text,
    record,
)

Relation = Literal[
    "confirms",
    "consistent with",
    "adds detail",
    "differs in scope",
    "differs in wording",
    "revises",
    "disagrees",
]
"""How a record relates to another: to the facts a claim is `about`, or to the record a
`Link` names.

- "confirms": says the same thing, at the same or a coarser precision;
- "consistent with": says something different that can be true alongside (an amount
  above a target the source document says was reached);
- "adds detail": says more (a day where the other gives a month, a name it omits);
- "differs in scope": the two count or describe different things (mines destroyed, and
  mines destroyed or retained);
- "differs in wording": one fact in other words (a spelling, a translation, two
  formulations of one rule);
- "revises": a later edition of the same publisher replaces an earlier figure;
- "disagrees": both cannot be true.

Only "revises" and "disagrees" make a second reading of a fact; the others never widen
an answer."""
RELATIONS: tuple[Relation, ...] = get_args(Relation)
"""Every relation, in the order listings give them (the order `Relation` names them)."""
READINGS: tuple[Relation, ...] = ("revises", "disagrees")
"""The relations that make a second reading of a fact."""
VOCABULARY = (
    "confirms: says the same, at the same or a coarser precision; consistent with: "
    "something different that can be true alongside; adds detail: says more (a day for a "
    "month, a name); differs in scope: counts or describes different things; differs in "
    "wording: one fact in other words (a spelling, a translation, two formulations of one "
    "rule); revises: a later edition of the same publisher replaces an earlier figure; "
    "disagrees: both cannot be true. Only revises and disagrees make a second reading. "
    "See docs/relations.md."
)
"""The vocabulary in one line, for the JSON Schema's descriptions."""

DateMeaning = Literal[
    "signed",
    "deposited",
    "in force for Japan",
    "state party from",
    "announced",
    "held",
    "served",
    "in office during",
    "began",
    "completed",
    "stopped",
    "reached",
    "deadline",
]
"""What a date in a claim is. "held" is when an event took place (a meeting's days, an
address); "served" is a term of office; "in office during" is a time an office was
certainly held throughout, such as the meeting a president presided, without saying when
the term began or ended; "began" and "completed" bound a process such as the stockpile's
destruction; "stopped" is when an activity (production) stopped; "reached" is when a
target was reached."""

AmountMeaning = Literal["announced", "provided", "counted"]
"""What a claim's amounts are: an amount announced (a pledge), provided (aid given), or
counted (mines, states, delegates)."""

PeriodMeaning = Literal["term", "within"]
"""How a role's period bounds its term: exactly ("term") or only from outside ("within")."""

SourceType = Literal[
    "webpage",
    "press-release",
    "statement",
    "report",
    "chapter",
    "article",
    "treaty",
]
"""What sort of publication a source is; citations map it to CSL and BibTeX types."""

Measure = Literal[
    "mine action funding",
    "mines held",
    "mines destroyed",
    "mines retained",
    "retained mines used",
]
"""What a `Figure` counts."""

FigureSpan = Literal["year", "total", "yearly average", "as of"]
"""How a figure relates to its date: the amount for that year, the total over a period,
the average a year over a period, or a count as of a date."""


CITED = "Where it comes from: the secondary source and the part of it."
READING = "How it was read from the source, where that is not plain."
"""Descriptions that several secondary records' fields share."""


@record
class Link:
    """A typed link from one record to another: how it relates to it, and why, where that
    is not plain."""

    __pydantic_config__ = RECORD_CONFIG

    record: Annotated[Slug, Describe("Id of the record linked to.")]
    relation: Annotated[
        Relation, Describe(f"How this record relates to the one linked to. {VOCABULARY}")
    ]
    note: Annotated[str | None, Describe("Why, in one line, where it is not plain.")] = None


@record
class Verdict:
    """Where other records show one side of a disagreement to be in error: answers follow
    the records, name the error, and do not widen."""

    __pydantic_config__ = RECORD_CONFIG

    error: Annotated[
        Slug, Describe("Id of the record in error: this one or one it disagrees with.")
    ]
    shown_by: Annotated[tuple[Slug, ...], Describe("Ids of the records that show it.")]
    note: Annotated[Text, Describe("How they show it, in one line.")]


@record
class SecondarySource:
    """A public record other than the source document, cited in full."""

    __pydantic_config__ = RECORD_CONFIG

    id: Annotated[Slug, Describe(ID)]
    type: Annotated[
        SourceType,
        Describe("What sort of publication it is; citations map it to CSL and BibTeX types."),
    ] = "webpage"
    publisher: Annotated[
        str | None, Describe("Who published it; null for a treaty, which has no publisher.")
    ] = None
    author: Annotated[
        str | None,
        Describe(
            "The person who wrote or gave it, where that is not the publisher (a "
            "speaker): given name first, family name last, as the English source writes "
            'it ("Kuniko Inoguchi"). Citations split it there.'
        ),
    ] = None
    title: Annotated[Text, Describe("Its title, as it gives it.")]
    container: Annotated[
        str | None,
        Describe('The publication it is part of, e.g. "Landmine Monitor Report 2003".'),
    ] = None
    number: Annotated[
        str | None, Describe('Its document number, e.g. "DC/2807" or "APLC/MSP.6/2005/5".')
    ] = None
    copy: Annotated[
        str | None,
        Describe(
            "Where the copy read is kept, when it is not the publisher's own "
            '(an archive or mirror, e.g. "docslib").'
        ),
    ] = None
    date: Annotated[PartialDate | None, Describe("When it was published or issued.")] = None
    url: Annotated[str | None, Describe("Where the record is published.")] = None
    accessed: Annotated[
        Day,
        Describe("When minefacts took this record in (from the project's review of it)."),
    ]


@record
class Citation:
    """Where a secondary record comes from: the source and the part of it."""

    __pydantic_config__ = RECORD_CONFIG

    document: Annotated[Slug, Describe("Id of a secondary source.")]
    section: Annotated[
        str | None, Describe('The part of the page, e.g. "key developments box".')
    ] = None


@record
class Claim:
    """What one secondary source states about records of the source document or of the
    secondary record."""

    __pydantic_config__ = RECORD_CONFIG

    id: Annotated[Slug, Describe(ID)]
    source: Annotated[Citation, Describe(CITED)]
    about: Annotated[tuple[Slug, ...], Describe("Ids of the records this bears on.")]
    states: Annotated[Text, Describe("What the source says, paraphrased.")]
    relation: Annotated[
        Relation, Describe(f"How it relates to the records it is about. {VOCABULARY}")
    ]
    links: Annotated[
        tuple[Link, ...], Describe("How it relates to other claims and records, typed.")
    ] = ()
    verdict: Annotated[
        Verdict | None, Describe("For a disagreement: the side other records show in error.")
    ] = None
    date: Annotated[PartialDate | None, Describe("A date the source gives.")] = None
    date_means: Annotated[DateMeaning | None, Describe("What that date is.")] = None
    began_at: Annotated[
        Slug | None,
        Describe("Id of the event during which the term it gives began (a meeting)."),
    ] = None
    ended_at: Annotated[
        Slug | None,
        Describe("Id of the event during which the term it gives ended (a meeting)."),
    ] = None
    partners: Annotated[
        tuple[Text, ...], Describe("Others it names as sharing the office it is about.")
    ] = ()
    quantities: Annotated[tuple[Quantity, ...], Describe("The amounts the source gives.")] = ()
    amounts_mean: Annotated[AmountMeaning | None, Describe("What its amounts are.")] = None
    note: Annotated[str | None, Describe("What a reader needs to read it right.")] = None


@record
class SecondaryEvent(Dated):
    """An event the source document does not record, resting on one secondary source."""

    __pydantic_config__ = RECORD_CONFIG

    id: Annotated[Slug, Describe(ID)]
    kind: Annotated[EventKind, Describe(KIND)]
    title: Annotated[Text, Describe("A short title for the event.")]
    summary: Annotated[Text, Describe("What happened, paraphrased from the source.")]
    date: Annotated[PartialDate, Describe("When it happened, at the source's precision.")]
    date_qualifier: DateQualifier = None
    places: Annotated[tuple[Place, ...], Describe(PLACES)] = ()
    parties: Annotated[tuple[Party, ...], Describe(PARTIES)] = ()
    quantities: Annotated[tuple[Quantity, ...], Describe(QUANTITIES)] = ()
    reading: Annotated[str | None, Describe(READING)] = None
    related: Annotated[tuple[Slug, ...], Describe("Ids of related records.")] = ()
    source: Annotated[Citation, Describe(CITED)]


@record
class SecondaryRole:
    """An office Japan held that the source document does not record."""

    __pydantic_config__ = RECORD_CONFIG

    id: Annotated[Slug, Describe(ID)]
    role: Annotated[Text, Describe('The office, e.g. "co-chair".')]
    body: Annotated[Text, Describe("The committee, meeting or session.")]
    body_kind: Annotated[BodyKind, Describe(BODY_KIND)]
    period: Annotated[PartialDate, Describe("When the office was held; see period_means.")]
    period_means: Annotated[
        PeriodMeaning,
        Describe(
            '"term": the office began within the period\'s start and ended within its end; '
            '"within": it was held at some time within the period, which only bounds it.'
        ),
    ] = "term"
    partners: Annotated[
        tuple[Text, ...], Describe("Others the source names as sharing the office.")
    ] = ()
    decided_at: Annotated[
        Slug | None,
        Describe("Id of the event at which it was decided: the role starts no earlier."),
    ] = None
    replaces: Annotated[
        Slug | None,
        Describe("Id of a role this one replaced: that role ended when this one began."),
    ] = None
    ended_at: Annotated[
        Slug | None,
        Describe("Id of the event at which it ended: it ends within that event's days."),
    ] = None
    summary: Annotated[Text, Describe("What the source says, paraphrased.")]
    reading: Annotated[str | None, Describe(READING)] = None
    source: Annotated[Citation, Describe(CITED)]


@record
class Figure:
    """A number a secondary source gives for a year or a period: money Japan gave for mine
    action, or the mines it held, retained or used."""

    __pydantic_config__ = RECORD_CONFIG

    id: Annotated[Slug, Describe(ID)]
    measure: Annotated[Measure, Describe("What the figure counts.")]
    date: Annotated[PartialDate, Describe("The year, period or day the figure is for.")]
    date_qualifier: DateQualifier = None
    span: Annotated[
        FigureSpan,
        Describe(
            "How the figure relates to its date: the amount for that year, the total over "
            "the period, the average a year over it, or a count as of the date."
        ),
    ]
    amounts: Annotated[
        tuple[Quantity, ...], Describe("The number in each unit the source gives it in.")
    ]
    states: Annotated[Text, Describe("What the source says, paraphrased.")]
    about: Annotated[tuple[Slug, ...], Describe("Ids of the records it bears on.")] = ()
    links: Annotated[
        tuple[Link, ...], Describe("How it relates to other figures and records, typed.")
    ] = ()
    verdict: Annotated[
        Verdict | None, Describe("For a disagreement: the side other records show in error.")
    ] = None
    note: Annotated[str | None, Describe("What a reader needs to read it right.")] = None
    source: Annotated[Citation, Describe(CITED)]


@record
class SecondaryRecord:
    """A secondary-record file: the sources, their claims, and the records they add."""

    __pydantic_config__ = RECORD_CONFIG

    sources: tuple[SecondarySource, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[SecondaryEvent, ...] = ()
    roles: tuple[SecondaryRole, ...] = ()
    figures: tuple[Figure, ...] = ()


NONE = SecondaryRecord()
"""No secondary record: what --primary-only sees."""
