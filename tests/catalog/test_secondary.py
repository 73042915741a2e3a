"""The secondary record's rules: every reference resolves, every disagreement is named from
both sides, every figure is worded as in its paraphrase."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from minefacts.catalog import legacy
from minefacts.catalog import loading as catalogs
from minefacts.catalog.loading import Catalog
from minefacts.catalog.secondary import check
from minefacts.errors import DatasetError
from minefacts.model.secondary import Figure, Link, SecondaryRecord, Verdict
from tests.conftest import REPO

SECONDARY = REPO / "data" / "secondary.json"


def messages(found: Catalog, **changes: object) -> list[str]:
    """The problems of a secondary record holding every source and only `changes`."""
    broken = SecondaryRecord(sources=found.secondary.sources, **changes)  # type: ignore[arg-type]
    return [str(problem) for problem in check(broken, found.dataset)]


def test_the_bundled_secondary_record_breaks_no_rule(catalog: Catalog) -> None:
    """Every id, reference, disagreement and figure of the bundled file is in order."""
    assert check(catalog.secondary, catalog.dataset) == []


def test_a_claim_about_nothing_or_linking_to_an_unknown_record_is_reported(
    catalog: Catalog,
) -> None:
    """A claim about a record that does not exist, or linked to one, is named with its
    field."""
    link = Link(record="x", relation="differs in wording")
    claim = replace(catalog.secondary.claims[0], about=("nowhere",), links=(link,))
    assert messages(catalog, claims=(claim,)) == [
        "claims[0] (id 'instrument-of-acceptance'), field about[0]: refers to record "
        "'nowhere', which does not exist",
        "claims[0] (id 'instrument-of-acceptance'), field links[0].record: refers to record "
        "'x', which does not exist",
    ]


def figures(catalog: Catalog, *ids: str) -> dict[str, Figure]:
    return {f.id: f for f in catalog.secondary.figures if f.id in ids}


def test_a_revision_is_a_later_edition_of_the_same_publisher(catalog: Catalog) -> None:
    """A "revises" link joins a later edition's figure to an earlier one of the same publisher:
    the other way round, or across publishers, it is refused."""
    found = figures(catalog, "funding-1999-lm-2000", "funding-1999-lm-2001", "funding-2006-mofa")
    backwards = replace(
        found["funding-1999-lm-2000"],
        links=(Link(record="funding-1999-lm-2001", relation="revises"),),
    )
    across = replace(
        found["funding-2006-mofa"], links=(Link(record="funding-1999-lm-2001", relation="revises"),)
    )
    kept = (backwards, replace(found["funding-1999-lm-2001"], links=()), across)
    assert messages(catalog, figures=kept) == [
        "figures[0] (id 'funding-1999-lm-2000'), field links[0].relation: a revision must "
        "come from a later edition",
        "figures[2] (id 'funding-2006-mofa'), field links[0].relation: a revision must be a "
        "record of the same publisher",
    ]


def test_a_verdict_stands_only_on_a_disagreement(catalog: Catalog) -> None:
    """A verdict names one side of a disagreement as the error: on a claim that disagrees
    with nothing, or naming a record that is no side of it, it is refused."""
    verdict = Verdict(error="tokyo-seminar", shown_by=("tokyo-seminar",), note="a test")
    changed = {
        claim.id: replace(claim, verdict=verdict)
        for claim in catalog.secondary.claims
        if claim.id in ("in-force-for-japan", "tenth-meeting-dated-2011")
    }
    claims = tuple(changed.get(claim.id, claim) for claim in catalog.secondary.claims)
    found = [str(p) for p in check(replace(catalog.secondary, claims=claims), catalog.dataset)]
    where = {claim.id: i for i, claim in enumerate(claims)}
    assert found == [
        f"claims[{where['in-force-for-japan']}] (id 'in-force-for-japan'), field verdict: a "
        "verdict stands only on a disagreement",
        f"claims[{where['tenth-meeting-dated-2011']}] (id 'tenth-meeting-dated-2011'), field "
        "verdict.error: 'tokyo-seminar' is not a side of this disagreement",
    ]


def test_an_amount_says_what_it_is_and_agrees_with_its_words(catalog: Catalog) -> None:
    """A claim's amounts say whether they were announced, provided or counted, and a value
    must be the number its words state ("¥10.34 billion" is 10,340,000,000)."""
    claims = {claim.id: claim for claim in catalog.secondary.claims}
    provided = claims["aid-provided-lm-2003"]
    wrong = replace(provided.quantities[0], value=10_300_000_000)
    broken = replace(provided, amounts_mean=None, quantities=(wrong, *provided.quantities[1:]))
    assert messages(catalog, claims=(broken,)) == [
        "claims[0] (id 'aid-provided-lm-2003'), field amounts_mean: amounts need "
        "`amounts_mean`: announced, provided or counted",
        "claims[0] (id 'aid-provided-lm-2003'), field quantities[0].value: value "
        "10,300,000,000 does not match the words '¥10.34 billion' (10,340,000,000)",
    ]


def test_the_meetings_that_open_and_close_a_term_exist(catalog: Catalog) -> None:
    """`began_at` and `ended_at` name events."""
    claims = {claim.id: claim for claim in catalog.secondary.claims}
    term = replace(claims["victim-assistance-term"], began_at="no-such-meeting")
    assert messages(catalog, claims=(term,)) == [
        "claims[0] (id 'victim-assistance-term'), field began_at: refers to event "
        "'no-such-meeting', which does not exist",
    ]


def test_disagreeing_must_say_with_what(catalog: Catalog) -> None:
    """A claim that disagrees names the records it disagrees with."""
    claim = replace(catalog.secondary.claims[0], relation="disagrees", about=())
    assert messages(catalog, claims=(claim,)) == [
        "claims[0] (id 'instrument-of-acceptance'), field relation: \"disagrees\" must name "
        "the records it disagrees with in `about`",
    ]


def test_ids_are_unique_across_both_files(catalog: Catalog) -> None:
    """A secondary record may not reuse an id of the dataset."""
    event = replace(catalog.secondary.events[0], id="tokyo-seminar", related=())
    assert messages(catalog, events=(event,)) == [
        "events[0] (id 'tokyo-seminar'), field id: duplicate id, already in the dataset",
    ]


def test_a_figure_must_be_worded_as_in_its_paraphrase(catalog: Catalog) -> None:
    """Each amount's wording appears in what the figure states."""
    [figure] = [f for f in catalog.secondary.figures if f.id == "mines-retained-1999"]
    amount = replace(figure.amounts[0], text="15 thousand")
    assert messages(catalog, figures=(replace(figure, amounts=(amount,)),)) == [
        "figures[0] (id 'mines-retained-1999'), field amounts[0].text: '15 thousand' is not in "
        "`states`",
    ]


# validate_secondary: a secondary-record file as a whole, checked by pydantic and the rules.

NAME = "my-secondary.json"


def secondary_file() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SECONDARY.read_text(encoding="utf-8"))
    return data


def claim(data: dict[str, Any], claim_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(c for c in data["claims"] if c["id"] == claim_id)
    return found


def test_a_good_secondary_file_validates(catalog: Catalog) -> None:
    """The bundled file, checked in full, is the record the fast path builds."""
    validated = catalogs.validate_secondary(SECONDARY.read_bytes(), NAME, catalog.dataset)
    assert validated == catalogs.load_secondary()
    assert len(validated.claims) == len(secondary_file()["claims"])


def _wrong_type(data: dict[str, Any]) -> None:
    claim(data, "in-force-for-japan")["date"] = 1999


def _unknown_field(data: dict[str, Any]) -> None:
    claim(data, "in-force-for-japan")["colour"] = "red"


def _about_nothing(data: dict[str, Any]) -> None:
    claim(data, "in-force-for-japan")["about"] = ["no-such-record"]


def _old_field(data: dict[str, Any]) -> None:
    claim(data, "in-force-for-japan")["disagrees_with"] = ["state-party-from-acceptance"]


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (_wrong_type, "date", "Input should be a valid string"),
        (_unknown_field, "colour", "unknown field"),
        (_about_nothing, "about[0]", "refers to record 'no-such-record', which does not exist"),
        (_old_field, "disagrees_with", legacy.LINKS),
    ],
    ids=["wrong type", "unknown field", "about a record that does not exist", "2.x field"],
)
def test_a_bad_secondary_file_names_the_file_the_record_and_the_field(
    catalog: Catalog, change: Callable[[dict[str, Any]], None], field: str, message: str
) -> None:
    """A wrong type, a field the model does not know (minefacts 2's `disagrees_with`
    among them), or a claim about a record that does not exist: a DatasetError naming the
    file, the record (its place and id) and the field, and nothing else wrong."""
    data = secondary_file()
    change(data)
    with pytest.raises(DatasetError) as caught:
        catalogs.validate_secondary(json.dumps(data).encode(), NAME, catalog.dataset)
    assert str(caught.value) == (
        f"{NAME}: claims[1] (id 'in-force-for-japan'), field {field}: {message}"
    )
    assert len(caught.value.problems) == 1


def test_a_speaker_is_a_person_with_a_given_and_a_family_name(catalog: Catalog) -> None:
    """An author of one word cannot be split into given and family names: refused."""
    data = secondary_file()
    source = next(s for s in data["sources"] if s["id"] == "mofa-statement-2008-11-24")
    source["author"] = "Tarui"
    with pytest.raises(DatasetError) as caught:
        catalogs.validate_secondary(json.dumps(data).encode(), NAME, catalog.dataset)
    [problem] = caught.value.problems
    assert (problem.record_id, problem.field) == ("mofa-statement-2008-11-24", "author")
    assert problem.message == "a person's name, given name first and family name last"
