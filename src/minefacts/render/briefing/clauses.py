"""The clauses a briefing's sentences share: when something happened as the records tell
it (a narrower date and who gives it, "possibly" with the records on each side of a
dispute, a date shown in error), a dispute seen from one of its sides, and the dates
asked for. Records are named by their sources (`minefacts.render.words.names`), dates and
amounts by `minefacts.render.words`, so the briefing reads like the rest of minefacts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from minefacts.query.disputes import Dispute, Side, Value
from minefacts.query.filters import Filters
from minefacts.query.index import Index
from minefacts.query.spans import Span
from minefacts.query.when import When
from minefacts.render.briefing.prose import clean
from minefacts.render.words import dates, disputes, names
from minefacts.render.words.phrases import and_list


def sources(index: Index, ids: Iterable[str], *, but: str | None = None) -> list[str]:
    """The sources behind records, each named once; without the source named `but`."""
    return [name for name in names.sources(index, list(dict.fromkeys(ids))) if name != but]


def named(index: Index, ids: Iterable[str]) -> str:
    """The sources behind records, in words: "Landmine Monitor 2003 and the Monitor"."""
    return and_list(sources(index, ids))


def side_sources(side: Side) -> list[str]:
    """Who gives one side of a dispute: its sources, each named once."""
    return list(dict.fromkeys(names.source(source) for source in side.sources))


named_side = disputes.named
"""Who gives one side of a dispute, in words (`minefacts.render.words.disputes.named`)."""


def agreeing(who: list[str], one: str, many: str) -> str:
    """Sources named with their verb: one source gives, several give."""
    return f"{and_list(who)} {one if len(who) == 1 else many}"


def said(value: Value) -> str:
    """What a side of a dispute says, as `minefacts.render.words.disputes.said` words it;
    a statement without its closing stop, to stand inside a sentence."""
    return clean(value) if isinstance(value, str) else disputes.said(value)


def times(
    index: Index, when: When, subject: str, own: Span | None, own_label: str | None
) -> list[str]:
    """When something happened, as the records tell it, for a parenthesis: its own date
    (`own_label`, where its words do not give it), the narrower date other records give
    and who gives them, each reading of a dispute as "possibly" with the records that
    give it, and any date other records show in error."""
    parts: list[str] = []
    if when.disputed:
        sides = [
            f"possibly {dates.term(reading.span)}, by {named(index, reading.basis)}"
            for reading in when.readings
        ]
        parts.append(", or ".join(sides) + ": the records disagree and none settles which")
    else:
        reading = when.readings[0]
        if own_label:
            parts.append(own_label)
        if own is not None and reading.span != own:
            label = dates.term(reading.span)
            others = [record for record in reading.basis if record != subject]
            by = named(index, others)
            parts.append(f"dated {label} by {by}" if by else f"that is {label}")
    for rejected in when.rejected:
        wrong = named(index, [rejected.record])
        showing = agreeing(sources(index, rejected.shown_by), "shows", "show")
        parts.append(f"{wrong} dates it {dates.term(rejected.span)}, in error, as {showing}")
    return parts


def dispute(found: Dispute, subject: str) -> str:
    """A dispute as a sentence about `subject` tells it: the other side and who gives it,
    whether other records show one side in error, or that none settles it; a revision
    says which edition revises which."""
    own = next((side for side in found.sides if subject in side.records), None)
    if found.relation == "revises" and len(found.sides) == 2:
        later, earlier = found.sides
        if own is later:
            return (
                f"{named_side(later)}, revising {named_side(earlier)}, which gave "
                f"{said(earlier.value)}"
            )
        return f"{named_side(later)} revises it to {said(later.value)}"
    verdict = found.verdict
    parts = []
    for side in found.sides:
        if side is own:
            continue
        text = agreeing(side_sources(side), "says", "say") + " otherwise"
        if found.field != "statement":
            text = agreeing(side_sources(side), "gives", "give") + f" {said(side.value)}"
        if verdict is not None and verdict.error in side.records:
            text += ", in error"
        parts.append(text)
    if verdict is not None and own is not None and verdict.error in own.records:
        parts.append("other records show this to be in error")
    elif verdict is None:
        parts.append("no record settles which is right")
    return "; ".join(parts)


def window(filters: Filters) -> tuple[str, str] | None:
    """The first and last day asked for, in words at the precision they were asked at
    ("1997", "Sep 2003", "15 Feb 2003"); an open end is empty. None when no dates were
    asked for."""
    bounds = filters.dates
    if bounds is None:
        return None
    first, last = bounds
    return (
        "" if first == dt.date.min else dates.lower_bound(first),
        "" if last == dt.date.max else dates.upper_bound(last),
    )


def scope(filters: Filters) -> str:
    """The dates a briefing covers: "1997 to 2003", "from Sep 2003", "up to 2001",
    "2001"; "the whole record" when none were asked for."""
    found = window(filters)
    if found is None:
        return "the whole record"
    first, last = found
    if first and last:
        return first if first == last else f"{first} to {last}"
    return f"from {first}" if first else f"up to {last}"
