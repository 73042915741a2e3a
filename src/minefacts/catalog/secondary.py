"""The rules of a secondary-record file, and how much of it concerns a dataset.

A secondary record is checked against the dataset it goes with: every id is unique across
both, every reference resolves, every disagreement is named from both sides, and every
figure appears in the paraphrase it comes from.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import replace

from minefacts.catalog.rules import normalise_space
from minefacts.errors import Problem
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
    concern it. A disagreement with a claim left out is left out with it.
    """
    held = {(document.id, document.sha256) for document in dataset.documents}
    whole = all((d.id, d.sha256) in held for d in bundled.documents)
    ids = {fact.id for fact in dataset.facts()}
    if whole:
        ids |= {event.id for event in secondary.events}
        ids |= {role.id for role in secondary.roles}
        ids |= {figure.id for figure in secondary.figures}
    claims = [c for c in secondary.claims if c.about and set(c.about) <= ids]
    kept = {claim.id for claim in claims} | {figure.id for figure in secondary.figures}
    claims = [
        replace(claim, disagrees_with=tuple(o for o in claim.disagrees_with if o in kept))
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


def _claim_problems(
    claim: Claim, ids: Mapping[str, str], records: Collection[str]
) -> Iterator[tuple[str, str]]:
    for position, target in enumerate(claim.about):
        if target not in records:
            yield f"about[{position}]", f"refers to record {target!r}, which does not exist"
    if claim.relation == "disagrees" and not claim.about:
        yield "relation", '"disagrees" must name the records it disagrees with in `about`'
    if (claim.date is None) != (claim.date_means is None):
        yield "date_means", "a date and what it means go together"
    yield from _amounts("quantities", claim.quantities, claim.states)


def _references(
    record: SecondaryEvent | SecondaryRole, ids: Mapping[str, str]
) -> Iterator[tuple[str, str]]:
    if isinstance(record, SecondaryEvent):
        for position, target in enumerate(record.related):
            if target not in ids:
                yield f"related[{position}]", f"refers to record {target!r}, which does not exist"
        return
    if record.decided_at is not None and ids.get(record.decided_at) != "event":
        yield "decided_at", f"refers to event {record.decided_at!r}, which does not exist"
    if record.replaces is not None and ids.get(record.replaces) != "role":
        yield "replaces", f"refers to role {record.replaces!r}, which does not exist"


def _disagreements(
    record: Claim | Figure, named: Mapping[str, Claim | Figure]
) -> Iterator[tuple[str, str]]:
    """Each claim or figure a record disagrees with must exist and name it back."""
    for position, other in enumerate(record.disagrees_with):
        target = named.get(other)
        if target is None:
            message = f"refers to claim or figure {other!r}, which does not exist"
            yield f"disagrees_with[{position}]", message
        elif record.id not in target.disagrees_with:
            message = f"{other!r} does not name {record.id!r} back in its disagrees_with"
            yield f"disagrees_with[{position}]", message


def _dataset_ids(dataset: Dataset) -> dict[str, str]:
    """Each id of the dataset, and what sort of record holds it."""
    ids = {event.id: "event" for event in dataset.events}
    ids.update({role.id: "role" for role in dataset.roles})
    ids.update({pledge.id: "pledge" for pledge in dataset.pledges})
    for document in dataset.documents:
        ids.setdefault(document.id, "document")
    return ids


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
    records = {item for item, kind in ids.items() if kind not in ("source", "claim", "document")}
    named: dict[str, Claim | Figure] = {c.id: c for c in secondary.claims}
    named.update({f.id: f for f in secondary.figures})

    cited: list[tuple[str, int, Claim | SecondaryEvent | SecondaryRole | Figure]] = [
        *(("claims", i, c) for i, c in enumerate(secondary.claims)),
        *(("events", i, e) for i, e in enumerate(secondary.events)),
        *(("roles", i, r) for i, r in enumerate(secondary.roles)),
        *(("figures", i, f) for i, f in enumerate(secondary.figures)),
    ]
    for collection, index, item in cited:
        found: list[tuple[str, str]] = []
        if item.source.document not in sources:
            message = f"refers to source {item.source.document!r}, which does not exist"
            found.append(("source.document", message))
        if isinstance(item, Claim):
            found.extend(_claim_problems(item, ids, records))
        elif isinstance(item, Figure):
            found.extend(_amounts("amounts", item.amounts, item.states))
        else:
            found.extend(_references(item, ids))
        if isinstance(item, Claim | Figure):
            found.extend(_disagreements(item, named))
        problems.extend(Problem(collection, index, item.id, *each) for each in found)
    return problems
