"""The rules of a secondary-sources file, and which of its claims concern a dataset."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from minefacts.catalog.rules import normalise_space
from minefacts.errors import Problem
from minefacts.model.secondary import SEED, Claim, Corroboration


def relevant(corroboration: Corroboration, record_ids: Collection[str]) -> Corroboration:
    """The claims about records that exist in a dataset, with the sources they cite:
    a dataset of other facts gets no claims that do not concern it."""
    claims = tuple(c for c in corroboration.claims if set(c.about) <= set(record_ids))
    cited = {claim.source for claim in claims}
    return Corroboration(
        sources=tuple(s for s in corroboration.sources if s.id in cited), claims=claims
    )


def _claim_problems(
    claim: Claim,
    source_ids: Collection[str],
    claim_ids: Collection[str],
    record_ids: Collection[str],
) -> Iterator[tuple[str, str]]:
    if claim.source not in source_ids:
        yield "source", f"refers to source {claim.source!r}, which does not exist"
    for position, target in enumerate(claim.about):
        if target not in record_ids:
            yield f"about[{position}]", f"refers to record {target!r}, which does not exist"
    for position, other in enumerate(claim.disagrees_with):
        if other != SEED and other not in claim_ids:
            yield f"disagrees_with[{position}]", f"refers to claim {other!r}, which does not exist"
    if claim.disagrees_with and claim.relation != "disagrees":
        yield "relation", 'names what it disagrees with, so it must be "disagrees"'
    for position, quantity in enumerate(claim.quantities):
        if normalise_space(quantity.text) not in normalise_space(claim.states):
            yield f"quantities[{position}].text", f"{quantity.text!r} is not in `states`"


def check(corroboration: Corroboration, record_ids: Collection[str]) -> list[Problem]:
    """Every rule a corroboration file breaks: unique ids, references that resolve, and
    every amount worded as in the claim."""
    problems: list[Problem] = []
    source_ids = {source.id for source in corroboration.sources}
    claim_ids = [claim.id for claim in corroboration.claims]
    seen: set[str] = set()
    for index, source in enumerate(corroboration.sources):
        if source.id in seen:
            problems.append(Problem("sources", index, source.id, "id", "duplicate id"))
        seen.add(source.id)
    for index, claim in enumerate(corroboration.claims):
        found = list(_claim_problems(claim, source_ids, claim_ids, record_ids))
        if claim.id in seen:
            found.insert(0, ("id", "duplicate id"))
        seen.add(claim.id)
        problems.extend(Problem("claims", index, claim.id, *each) for each in found)
    return problems
