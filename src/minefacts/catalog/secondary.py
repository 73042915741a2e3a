"""The rules of a secondary-record file, and how much of it concerns a dataset.

A secondary record is checked against the dataset it goes with: every id is unique across
both, every reference resolves (what a record is about, its typed links, the events that
open and close a term, a verdict's records), a verdict stands only on a disagreement and
names one of its sides, a revision is a later record of the same publisher, and every
figure appears in the paraphrase it comes from.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import replace

from minefacts.catalog.rules import amount_mismatch, normalise_space
from minefacts.errors import Problem
from minefacts.model.dates import PartialDate
from minefacts.model.records import Dataset, Quantity
from minefacts.model.secondary import (
    Claim,
    Figure,
    SecondaryEvent,
    SecondaryRecord,
    SecondaryRole,
)


def relevant(secondary: SecondaryRecord, dataset: Dataset, bundled: Dataset) -> SecondaryRecord:
    """How much of the bundled secondary record concerns `dataset`.

    When the dataset holds every source document of the bundled dataset (it is the
    bundled dataset, an export of it, a part or an extension of it), the whole record
    but the claims about facts it lacks. Otherwise only the claims about facts it has,
    with the sources they cite: a dataset of other facts gets nothing that does not
    concern it. A link to a record left out is left out with it.
    """
    held = {(document.id, document.sha256) for document in dataset.documents}
    whole = all((d.id, d.sha256) in held for d in bundled.documents)
    ids = {fact.id for fact in dataset.facts()}
    if whole:
        ids |= {event.id for event in secondary.events}
        ids |= {role.id for role in secondary.roles}
        ids |= {figure.id for figure in secondary.figures}
    claims = [c for c in secondary.claims if c.about and set(c.about) <= ids]
    kept = ids | {claim.id for claim in claims}
    claims = [
        replace(claim, links=tuple(link for link in claim.links if link.record in kept))
        for claim in claims
    ]
    if whole:
        return replace(secondary, claims=tuple(claims))
    cited = {claim.source.document for claim in claims}
    return SecondaryRecord(
        sources=tuple(s for s in secondary.sources if s.id in cited), claims=tuple(claims)
    )


def _amounts(field: str, amounts: Collection[Quantity], states: str) -> Iterator[tuple[str, str]]:
    for position, quantity in enumerate(amounts):
        if normalise_space(quantity.text) not in normalise_space(states):
            yield f"{field}[{position}].text", f"{quantity.text!r} is not in `states`"
        mismatch = amount_mismatch(quantity)
        if mismatch is not None:
            yield f"{field}[{position}].value", mismatch


def _missing(field: str, target: str, noun: str = "record") -> tuple[str, str]:
    return field, f"refers to {noun} {target!r}, which does not exist"


def _claim_problems(
    claim: Claim, ids: Mapping[str, str], records: Collection[str]
) -> Iterator[tuple[str, str]]:
    for position, target in enumerate(claim.about):
        if target not in records:
            yield _missing(f"about[{position}]", target)
    if claim.relation == "disagrees" and not claim.about:
        yield "relation", '"disagrees" must name the records it disagrees with in `about`'
    if (claim.date is None) != (claim.date_means is None):
        yield "date_means", "a date and what it means go together"
    for name, event in (("began_at", claim.began_at), ("ended_at", claim.ended_at)):
        if event is not None and ids.get(event) != "event":
            yield _missing(name, event, "event")
    if claim.quantities and claim.amounts_mean is None:
        yield "amounts_mean", "amounts need `amounts_mean`: announced, provided or counted"
    yield from _amounts("quantities", claim.quantities, claim.states)


def _references(
    record: SecondaryEvent | SecondaryRole, ids: Mapping[str, str]
) -> Iterator[tuple[str, str]]:
    if isinstance(record, SecondaryEvent):
        for position, target in enumerate(record.related):
            if target not in ids:
                yield _missing(f"related[{position}]", target)
        return
    for name, event in (("decided_at", record.decided_at), ("ended_at", record.ended_at)):
        if event is not None and ids.get(event) != "event":
            yield _missing(name, event, "event")
    if record.replaces is not None and ids.get(record.replaces) != "role":
        yield _missing("replaces", record.replaces, "role")


Edition = tuple[str | None, PartialDate | None]
"""A source's publisher and date: what a revision is judged by."""


def _revision(
    record: Claim | Figure, other: Claim | Figure | None, editions: Mapping[str, Edition]
) -> str | None:
    """Why a "revises" link is wrong, if it is: a revision is a later record of the same
    publisher."""
    mine = editions.get(record.source.document, (None, None))
    theirs = editions.get(other.source.document, (None, None)) if other else (None, None)
    if mine[0] is None or mine[0] != theirs[0]:
        return "a revision must be a record of the same publisher"
    if mine[1] is None or theirs[1] is None or mine[1].lower <= theirs[1].lower:
        return "a revision must come from a later edition"
    return None


def _links(
    record: Claim | Figure,
    ids: Mapping[str, str],
    named: Mapping[str, Claim | Figure],
    editions: Mapping[str, Edition],
) -> Iterator[tuple[str, str]]:
    """Each link names a record there is; a revision is a later record of the same
    publisher; a verdict stands on a disagreement and names one of its sides."""
    for position, link in enumerate(record.links):
        where = f"links[{position}]"
        if link.record not in ids or link.record == record.id:
            yield _missing(f"{where}.record", link.record)
        elif link.relation == "revises":
            wrong = _revision(record, named.get(link.record), editions)
            if wrong is not None:
                yield f"{where}.relation", wrong
    verdict = record.verdict
    if verdict is None:
        return
    sides = [link.record for link in record.links if link.relation == "disagrees"]
    if isinstance(record, Claim) and record.relation == "disagrees":
        sides += list(record.about)
    if not sides:
        yield "verdict", "a verdict stands only on a disagreement"
    elif verdict.error not in (record.id, *sides):
        yield "verdict.error", f"{verdict.error!r} is not a side of this disagreement"
    for position, target in enumerate(verdict.shown_by):
        if target not in ids:
            yield _missing(f"verdict.shown_by[{position}]", target)


def _dataset_ids(dataset: Dataset) -> dict[str, str]:
    """Each id of the dataset, and what sort of record holds it."""
    ids = {event.id: "event" for event in dataset.events}
    ids.update({role.id: "role" for role in dataset.roles})
    ids.update({pledge.id: "pledge" for pledge in dataset.pledges})
    for document in dataset.documents:
        ids.setdefault(document.id, "document")
    return ids


def _source_problems(secondary: SecondaryRecord) -> list[Problem]:
    """A speaker is a person with a given and a family name, which citations split; no
    source takes the id that cites the dataset itself."""
    from minefacts.model.release import KEY

    problems = []
    for index, source in enumerate(secondary.sources):
        if source.author is not None and len(source.author.split()) < 2:
            message = "a person's name, given name first and family name last"
            problems.append(Problem("sources", index, source.id, "author", message))
        if source.id == KEY:
            message = f"'{KEY}' cites the dataset itself: give the source another id"
            problems.append(Problem("sources", index, source.id, "id", message))
    return problems


def check(secondary: SecondaryRecord, dataset: Dataset) -> list[Problem]:
    """Every rule a secondary-record file breaks, read against the dataset it goes with."""
    problems: list[Problem] = []
    ids = _dataset_ids(dataset)

    collections: dict[str, tuple[str, tuple[object, ...]]] = {
        "sources": ("source", secondary.sources),
        "events": ("event", secondary.events),
        "roles": ("role", secondary.roles),
        "figures": ("figure", secondary.figures),
        "claims": ("claim", secondary.claims),
    }
    places: dict[str, str] = {}
    for collection, (kind, items) in collections.items():
        for index, item in enumerate(items):
            item_id = getattr(item, "id")  # noqa: B009 - every record has an id
            if item_id in ids or item_id in places:
                where = places.get(item_id, "the dataset")
                problems.append(
                    Problem(collection, index, item_id, "id", f"duplicate id, already in {where}")
                )
            else:
                places[item_id] = f"{collection}[{index}]"
            ids.setdefault(item_id, kind)

    sources = {source.id for source in secondary.sources}
    problems += _source_problems(secondary)
    records = {item for item, kind in ids.items() if kind not in ("source", "claim", "document")}
    named: dict[str, Claim | Figure] = {c.id: c for c in secondary.claims}
    named.update({f.id: f for f in secondary.figures})
    editions = {s.id: (s.publisher, s.date) for s in secondary.sources}

    cited: list[tuple[str, int, Claim | SecondaryEvent | SecondaryRole | Figure]] = [
        *(("claims", i, c) for i, c in enumerate(secondary.claims)),
        *(("events", i, e) for i, e in enumerate(secondary.events)),
        *(("roles", i, r) for i, r in enumerate(secondary.roles)),
        *(("figures", i, f) for i, f in enumerate(secondary.figures)),
    ]
    for collection, index, item in cited:
        found: list[tuple[str, str]] = []
        if item.source.document not in sources:
            found.append(_missing("source.document", item.source.document, "source"))
        if isinstance(item, Claim):
            found.extend(_claim_problems(item, ids, records))
        elif isinstance(item, Figure):
            found.extend(_amounts("amounts", item.amounts, item.states))
            for position, target in enumerate(item.about):
                if target not in records:
                    found.append(_missing(f"about[{position}]", target))
        else:
            found.extend(_references(item, ids))
        if isinstance(item, Claim | Figure):
            found.extend(_links(item, ids, named, editions))
        problems.extend(Problem(collection, index, item.id, *each) for each in found)
    return problems
