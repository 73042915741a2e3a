"""The secondary record's rules: every reference resolves, every disagreement is named from
both sides, every figure is worded as in its paraphrase."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from minefacts.catalog import loading as catalogs
from minefacts.catalog.loading import Catalog
from minefacts.catalog.secondary import check
from minefacts.errors import DatasetError
from minefacts.model.secondary import SecondaryRecord
from tests.conftest import REPO

SECONDARY = REPO / "data" / "secondary.json"


def messages(found: Catalog, **changes: object) -> list[str]:
    """The problems of a secondary record holding every source and only `changes`."""
    broken = SecondaryRecord(sources=found.secondary.sources, **changes)  # type: ignore[arg-type]
    return [str(problem) for problem in check(broken, found.dataset)]


def test_the_bundled_secondary_record_breaks_no_rule(catalog: Catalog) -> None:
    """Every id, reference, disagreement and figure of the bundled file is in order."""
    assert check(catalog.secondary, catalog.dataset) == []


def test_a_claim_about_nothing_or_naming_an_unknown_claim_is_reported(catalog: Catalog) -> None:
    """A claim about a record that does not exist, or disagreeing with a claim that does
    not, is named with its field."""
    claim = replace(catalog.secondary.claims[0], about=("nowhere",), disagrees_with=("x",))
    assert messages(catalog, claims=(claim,)) == [
        "claims[0] (id 'instrument-of-acceptance'), field about[0]: refers to record "
        "'nowhere', which does not exist",
        "claims[0] (id 'instrument-of-acceptance'), field disagrees_with[0]: refers to claim "
        "or figure 'x', which does not exist",
    ]


def test_a_disagreement_must_be_named_from_both_sides(catalog: Catalog) -> None:
    """If one claim disagrees with another, the other must say so too."""
    claims = {claim.id: claim for claim in catalog.secondary.claims}
    naming = replace(claims["destroyed-lm-2003"], disagrees_with=("destroyed-lm-2004",))
    one_sided = replace(claims["destroyed-lm-2004"], disagrees_with=())
    kept = (naming, one_sided)
    assert messages(catalog, claims=kept) == [
        "claims[0] (id 'destroyed-lm-2003'), field disagrees_with[0]: 'destroyed-lm-2004' does "
        "not name 'destroyed-lm-2003' back in its disagrees_with",
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


def _one_sided(data: dict[str, Any]) -> None:
    other = claim(data, "state-party-from-acceptance")
    other["disagrees_with"].remove("in-force-for-japan")


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (_wrong_type, "date", "Input should be a valid string"),
        (_unknown_field, "colour", "unknown field"),
        (_about_nothing, "about[0]", "refers to record 'no-such-record', which does not exist"),
        (
            _one_sided,
            "disagrees_with[0]",
            "'state-party-from-acceptance' does not name 'in-force-for-japan' back in its "
            "disagrees_with",
        ),
    ],
    ids=["wrong type", "unknown field", "about a record that does not exist", "one-sided"],
)
def test_a_bad_secondary_file_names_the_file_the_record_and_the_field(
    catalog: Catalog, change: Callable[[dict[str, Any]], None], field: str, message: str
) -> None:
    """A wrong type, a field the model does not know, a claim about a record that does not
    exist, or a disagreement the other claim does not name back: a DatasetError naming
    the file, the record (its place and id) and the field, and nothing else wrong."""
    data = secondary_file()
    change(data)
    with pytest.raises(DatasetError) as caught:
        catalogs.validate_secondary(json.dumps(data).encode(), NAME, catalog.dataset)
    assert str(caught.value) == (
        f"{NAME}: claims[1] (id 'in-force-for-japan'), field {field}: {message}"
    )
    assert len(caught.value.problems) == 1
