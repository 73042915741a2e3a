"""The models: what a valid record looks like, and how a wrong one is refused."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from minefacts.model.dates import PartialDate
from minefacts.model.kinds import EventKind
from minefacts.model.records import Event, Quantity
from minefacts.render.export.dataset import plain
from minefacts.render.words.dates import dated

EVENT = TypeAdapter(Event)
QUANTITY = TypeAdapter(Quantity)


def event_data(**changes: Any) -> dict[str, Any]:
    """A small valid event as it would appear in a dataset file."""
    data: dict[str, Any] = {
        "id": "tokyo-seminar",
        "kind": "seminar",
        "title": "Seminar in Tokyo",
        "summary": "Japan co-hosted a seminar in Tokyo.",
        "date": "2000-11",
        "source": {"document": "mofa-2003-02", "section": "1 (1)", "quote": "a seminar in Tokyo"},
    }
    data.update(changes)
    return data


def errors_of(data: dict[str, Any]) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(ValidationError) as raised:
        EVENT.validate_python(data)
    return [(error["loc"], error["type"]) for error in raised.value.errors()]


def test_a_valid_event_keeps_its_date_precision() -> None:
    """A valid event parses, and its date stays a month."""
    event = EVENT.validate_python(event_data())
    assert event.kind is EventKind.SEMINAR
    assert event.date == PartialDate("2000-11")
    assert plain(event)["date"] == "2000-11"


def test_a_date_survives_a_json_round_trip() -> None:
    """Dumping to JSON and validating again gives the same event."""
    event = EVENT.validate_python(event_data(date="2000/2001"))
    assert EVENT.validate_json(EVENT.dump_json(event)) == event
    assert EVENT.validate_python(plain(event)) == event


def test_end_of_a_month_is_labelled_and_sorted_at_the_month_end() -> None:
    """'The end of February' reads as such and sorts after days inside February."""
    deadline = EVENT.validate_python(event_data(date="2003-02", date_qualifier="end"))
    on_the_8th = EVENT.validate_python(event_data(date="2003-02-08"))
    assert dated(deadline.date, deadline.date_qualifier) == "end of Feb 2003"
    assert str(deadline.date) == "2003-02"
    assert on_the_8th.sort_key() < deadline.sort_key()


@pytest.mark.parametrize(
    ("change", "location", "error_type"),
    [
        ({"id": "Tokyo Seminar"}, ("id",), "string_pattern_mismatch"),
        ({"kind": "party"}, ("kind",), "enum"),
        ({"date": "2000-13"}, ("date",), "value_error"),
        ({"date": "November 2000"}, ("date",), "value_error"),
        ({"date": 2000}, ("date",), "value_error"),
        ({"title": ""}, ("title",), "string_too_short"),
        ({"colour": "red"}, ("colour",), "unexpected_keyword_argument"),
        ({"date_qualifier": "start"}, ("date_qualifier",), "literal_error"),
    ],
)
def test_a_wrong_field_is_refused_and_named(
    change: dict[str, Any], location: tuple[str, ...], error_type: str
) -> None:
    """Each kind of wrong field fails validation at that field."""
    assert errors_of(event_data(**change)) == [(location, error_type)]


def test_a_missing_quote_is_refused() -> None:
    """Every event must carry the quote it rests on."""
    data = event_data()
    del data["source"]["quote"]
    assert errors_of(data) == [(("source", "quote"), "missing")]


def test_an_amount_keeps_its_qualifier_and_wording() -> None:
    """An approximate amount stays approximate, with the source's own words."""
    mines = QUANTITY.validate_python(
        {
            "value": 1_000_000,
            "unit": "anti-personnel landmines",
            "qualifier": "approximately",
            "text": "approximately one million anti-personnel landmines",
        }
    )
    assert mines.qualifier == "approximately"
    with pytest.raises(ValidationError):
        QUANTITY.validate_python(
            {"value": 1, "unit": "mines", "qualifier": "roughly", "text": "one"}
        )
