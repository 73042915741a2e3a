"""The rows of each listing, declared once: its record's own fields (`records`) and what the
listing adds, such as where the timeline places an event, a role's term, or whether a row
surely falls within the dates asked about. Each declaration makes the listing's JSON and
its CSV columns (`minefacts.render.fields`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from minefacts.render.fields import Custom, Dated, Field, Items, Obj, Spread
from minefacts.render.json import records
from minefacts.render.words import dates

if TYPE_CHECKING:
    from minefacts.query.search import Hit

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

TIMELINE = Obj(
    (
        Field("event", lambda entry: entry.event, Spread(records.EVENT)),
        Field("placed", lambda entry: entry if entry.placed_by else None, PLACED),
        IN_RANGE,
    )
)
"""An event on the timeline."""


def hit_date(hit: Hit) -> Any:
    """The date a search hit is known by."""
    from minefacts.query.search import date_of

    return date_of(hit.record)


SEARCH = Obj(
    (
        Field("record", lambda hit: hit.record, Spread(records.HEADLINE)),
        Field("date", hit_date, Dated()),
        Field("score", lambda hit: hit.score),
        Field("matched", lambda hit: hit.matched, Items()),
        Field("found_in", lambda hit: hit.fields, Items()),
    )
)
"""A record a search found, and how it matched."""

TERM = records.SPAN.via(lambda term: term.span).with_fields(
    Field("basis", lambda term: term.basis, Items()),
    Field("seed", lambda term: term.seed_span, records.SPAN),
    Field("conflict", lambda term: term.conflict),
)
"""A role's term: the days it may have begun and ended, the records that decide them, and
what the source document alone says."""

_ROLE_OF_TERM = records.ROLE.via(lambda term: term.role)
ROLE_WITH_TERM = Obj(
    (
        *_ROLE_OF_TERM.without("source").fields,
        Field("term", lambda term: term, TERM),
        _ROLE_OF_TERM.field("source"),
    )
)
"""A role with its term, as far as the records tell."""

ROLES = Obj((Field("role", lambda listed: listed.term, Spread(ROLE_WITH_TERM)), IN_RANGE))
"""A role in a listing."""

PROVIDED = Obj(
    (
        Field("claim", lambda pair: pair[1].claim.id),
        Field("source", lambda pair: pair[1].claim.source, records.SOURCE_REF),
        Field("amount", lambda pair: pair[1].amount, records.QUANTITY),
        Field("percent", lambda pair: pair[1].percent),
        Field("relation", lambda pair: pair[1].claim.relation),
        Field(
            "disagrees_with",
            lambda pair: tuple(other.claim.id for other in pair[0].disagreeing(pair[1])),
            Items(),
        ),
        Field("states", lambda pair: pair[1].claim.states),
        Field("note", lambda pair: pair[1].claim.note),
    )
)
"""An amount another record gives as provided under a pledge."""

ANNOUNCED = Obj(
    (
        Field("date", lambda claim: claim.date, Dated()),
        Field("basis", lambda claim: (claim.id,), Items()),
    )
)

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
        Field("announced", lambda item: item.announced, ANNOUNCED),
        Field(
            "achieved", lambda item: item if item.pledge.achieved is not None else None, ACHIEVED
        ),
        Field("percent", lambda item: item.percent),
        Field("percent_bound", lambda item: item.bound),
        Field(
            "provided",
            lambda item: [(item, provided) for provided in item.provided],
            Items(PROVIDED),
        ),
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

FUNDING = Obj(
    (
        Field("year", lambda row: row.year),
        Field("gap", lambda row: row.figure is None),
        Field("figure", lambda row: row.figure, records.FIGURE),
    )
)
"""A year of the funding series (a figure, or a gap), or a multi-year figure."""

RETAINED = records.FIGURE
"""A count of mines held, retained or used."""
