"""The rows of each listing, declared once: its record's own fields (`records`) and what the
listing adds, such as where the timeline places an event, a role's term, or whether a row
surely falls within the dates asked about. Each declaration makes the listing's JSON and
its CSV columns (`minefacts.render.fields`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from minefacts.render.fields import Cell, Custom, Dated, Field, Inline, Items, Obj, Spread
from minefacts.render.json import records
from minefacts.render.words import dates

if TYPE_CHECKING:
    pass

IN_RANGE = Field("in_range", lambda item: item.match.value)
"""``yes``, or ``possibly`` when its date may fall outside the dates asked about."""

PLACED = Obj(
    (
        Field("date", lambda entry: entry.placed, Dated()),
        Field("means", lambda entry: entry.placed_by.date_means),
        Field("basis", lambda entry: (entry.placed_by.id,), Items()),
    )
)
"""Where the timeline places an event that its own date does not place (a pledge by its
announcement); null for the others."""

DISPUTED = Field("disputed", records.first_dispute, records.DISPUTE)
"""The dispute over a row's date or amount (`records.DISPUTE`), or null."""


def dated_by(record: Any, basis: tuple[str, ...]) -> tuple[str, ...]:
    """The other records that date a fact of the source document beyond what it says: what
    makes a row more than plainly primary."""
    from minefacts.query.index import provenance_of

    if provenance_of(record) != "primary":
        return ()
    return tuple(item for item in basis if item != record.id)


TIMELINE = Obj(
    (
        Field("event", lambda entry: entry.event, Spread(records.EVENT)),
        Field("placed", lambda entry: entry if entry.placed_by else None, PLACED),
        Field("readings", lambda entry: entry.when.readings, records.READINGS),
        Field("rejected", lambda entry: entry.when.rejected, records.REJECTED),
        Field("dated_by", lambda entry: entry.dated_by, Items()),
        DISPUTED,
        IN_RANGE,
    )
)
"""An event on the timeline: where it is placed, each reading of when it happened that
the records allow (more than one where they disagree), those shown to be errors, the
other records that date a fact of the source document, and the dispute over it."""


SEARCH = Obj(
    (
        Field("record", lambda hit: hit.record, Spread(records.HEADLINE)),
        Field("date", lambda hit: hit.date, Dated()),
        Field("score", lambda hit: hit.score),
        Field("matched", lambda hit: hit.matched, Items()),
        Field("found_in", lambda hit: hit.fields, Items()),
        Field("phrase_in", lambda hit: hit.phrase_in),
        Field("words_apart", lambda hit: hit.apart),
        DISPUTED,
    )
)
"""A record a search found, and how it matched: the reasons for its rank
(`minefacts.query.search`)."""

TERM = records.SPAN.via(lambda term: term.span).with_fields(
    Field("basis", lambda term: term.basis, Items()),
    Field("seed", lambda term: term.seed_span, records.SPAN),
    Field("conflict", lambda term: term.conflict),
    Field("readings", lambda term: term.when.readings, records.READINGS),
    Field("rejected", lambda term: term.when.rejected, records.REJECTED),
)
"""A role's term: the widest days it may have begun and ended, the records that decide
them, what the source document alone says, and each reading the records allow."""

PARTNERS = Items(
    Obj(
        (
            Field("name", lambda partner: partner.name),
            Field("capacity", lambda partner: None),
            Field("basis", lambda partner: partner.basis),
            Field("date", lambda partner: partner.date, Dated()),
        )
    )
)
"""Everyone the records name as sharing an office: the record that names each, and the
time it places them in (null where it is the role's own source)."""

_ROLE_OF_TERM = records.ROLE.via(lambda term: term.role)
ROLE_WITH_TERM = Obj(
    (
        *_ROLE_OF_TERM.without("source", "partners").fields,
        Field("partners", lambda term: term.partners, PARTNERS),
        Field("term", lambda term: term, TERM),
        Field("dated_by", lambda term: dated_by(term.role, term.narrowing), Items()),
        _ROLE_OF_TERM.field("source"),
    )
)
"""A role with its term and partners, as far as the records tell."""

ROLES = Obj(
    (
        Field("role", lambda listed: listed.term, Spread(ROLE_WITH_TERM)),
        DISPUTED,
        IN_RANGE,
    )
)
"""A role in a listing."""

PROVIDED = Obj(
    (
        Field("claim", lambda provided: provided.claim.id),
        Field("source", lambda provided: provided.claim.source, records.SOURCE_REF),
        Field("amount", lambda provided: provided.amount, records.QUANTITY),
        Field("relation", lambda provided: provided.claim.relation),
        Field("states", lambda provided: provided.claim.states),
        Field("note", lambda provided: provided.claim.note),
        DISPUTED,
    )
)
"""An amount another record gives as provided under a pledge: no share of the target,
since a record's scope may be wider than the pledge's; a later edition's revision as its
dispute."""

ANNOUNCED = Obj(
    (
        Field("date", lambda item: item.announced.date, Dated()),
        Field("readings", lambda item: item.announced_when.readings, records.READINGS),
        Field("basis", lambda item: item.announced_when.readings[0].basis, Items()),
    )
)
"""When a pledge was announced: the announcing record's date, and the days the records
allow once the records that add detail narrow it (the address it was made in)."""

ACHIEVED = Obj(
    (
        Field("amount", lambda item: item.pledge.achieved.amount, records.QUANTITY),
        Field("bound", lambda item: item.bound),
        Field("event", lambda item: item.pledge.achieved.event),
        Field(
            "reached",
            lambda item: item,
            Dated(
                label=lambda item: (
                    dates.dated(item.achieved.date, item.achieved.date_qualifier)
                    if item.achieved
                    else None
                ),
                of=lambda item: item.achieved.date if item.achieved else None,
            ),
        ),
        Field(
            "reached_qualifier",
            lambda item: item.achieved.date_qualifier if item.achieved else None,
        ),
    )
)

AID = Obj(
    (
        *records.PLEDGE.via(lambda item: item.pledge).fields,
        Field(
            "announced",
            lambda item: item if item.announced and item.announced_when else None,
            ANNOUNCED,
        ),
        Field(
            "achieved", lambda item: item if item.pledge.achieved is not None else None, ACHIEVED
        ),
        Field("percent", lambda item: 100 if item.pledge.achieved else None),
        Field("percent_bound", lambda item: item.bound),
        Field("provided", lambda item: item.provided, Items(PROVIDED)),
    )
)
"""A pledge: its target, announcement, what was reached (a lower bound) and what other
records say was provided."""


def _relations() -> Custom:
    from minefacts.model.secondary import RELATIONS

    suffixes = tuple("_" + relation.replace(" ", "_") for relation in RELATIONS)

    def cells(found: dict[str, tuple[str, ...]]) -> list[Any]:
        return [" ".join(found.get(relation, ())) for relation in RELATIONS]

    return Custom(lambda found: {k: list(v) for k, v in found.items()}, suffixes, cells)


SOURCES = Obj(
    (
        Field("id", lambda source: source.id),
        Field("kind", lambda source: "source"),
        Field("provenance", lambda s: "primary" if s.primary else "secondary"),
        Field("primary", lambda source: source.primary),
        Field("type", lambda source: source.type),
        Field("publisher", lambda source: source.publisher),
        Field("title", lambda source: source.title),
        Field("date", lambda source: source.date, Dated()),
        Field("url", lambda source: source.url),
        Field("accessed", lambda source: source.accessed),
        Field("supports", lambda source: source.supports, Items()),
        Field("relations", lambda source: source.relations, _relations()),
        Field("claims", lambda source: source.claims, Items()),
        Field("disagreements", lambda source: source.disagreements, Items()),
    )
)
"""A source, with what rests on it and, for a secondary source, the records its claims
bear on, by relation."""

UNITS = (("jpy", "JPY"), ("usd", "USD"))
"""The units funding is given in, as CSV names their columns."""


def _by_unit(amounts: Any) -> list[Cell]:
    """A figure's amounts as numbers, one group of columns per unit: its value, its
    qualifier ("more than", "about") and the source's words; empty where the source gives
    none in that unit."""
    cells: list[Cell] = []
    for _, unit in UNITS:
        found = [quantity for quantity in amounts or () if quantity.unit == unit]
        if len(found) > 1:
            raise ValueError(f"a funding figure gives {len(found)} amounts in {unit}")
        if found:
            cells += [found[0].value, found[0].qualifier, found[0].text]
        else:
            cells += [None, None, None]
    return cells


AMOUNTS_BY_UNIT = Custom(
    Items(records.QUANTITY).json,
    tuple(f"_{name}_{part}" for name, _ in UNITS for part in ("value", "qualifier", "text")),
    _by_unit,
)
"""A funding figure's amounts: a list of amounts in JSON; in CSV a number per unit, so a
spreadsheet or pandas reads a column of numbers (``amounts_usd_value``)."""

_FUNDING_FIGURE = Obj(
    tuple(
        Field(each.name, each.get, AMOUNTS_BY_UNIT) if each.name == "amounts" else each
        for each in records.FIGURE.fields
    )
)

FUNDING = Obj(
    (
        Field("year", lambda row: row.year),
        Field("gap", lambda row: row.figure is None),
        Field("figure", lambda row: row.figure, Inline(_FUNDING_FIGURE)),
        DISPUTED,
    )
)
"""A year of the funding series (a figure, or a gap: a row with ``gap`` true and every
figure column empty), or a multi-year figure. In JSON the figure is nested; in CSV its
columns stand beside the year, named as in every listing (``date``, ``date_label``)."""

RETAINED = Obj((Field("figure", lambda row: row.figure, Spread(records.FIGURE)), DISPUTED))
"""A count of mines held, destroyed, retained or used."""


DISPUTES = Obj(
    (
        Field("id", lambda dispute: dispute.record),
        Field("subject", lambda dispute: dispute.subject),
        Field("field", lambda dispute: dispute.field),
        Field("relation", lambda dispute: dispute.relation),
        Field("sides", lambda dispute: dispute.sides, Items(records.SIDE)),
        Field("verdict", lambda dispute: dispute.verdict, records.VERDICT),
        Field("note", lambda dispute: dispute.note),
    )
)
"""A disagreement or a revision: the record that makes it (its id), the record it is
about, what it is over, each side with its records and sources, the verdict where other
records show one side in error, and its note."""
