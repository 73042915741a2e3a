"""The API's arguments: read as the command line reads its options, and a bad one refused with
a typed error that names it (never SystemExit), an unknown name with the close ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import minefacts
from minefacts.errors import DatasetError, MinefactsError, QueryError, UnknownName


@pytest.mark.parametrize(
    ("given", "same_as"),
    [
        ({"year": " 2001 "}, {"year": 2001}),
        ({"start": "2001", "end": "2001"}, {"year": 2001}),
        ({"start": dt.date(2001, 1, 1), "end": dt.datetime(2001, 12, 31, 23)}, {"year": 2001}),
        ({"kind": "Meeting"}, {"kind": ["meeting"]}),
        ({"kind": ("meeting", "seminar")}, {"kind": ["seminar", "meeting"]}),
    ],
)
def test_the_same_filter_may_be_given_in_several_forms(
    given: dict[str, Any], same_as: dict[str, Any]
) -> None:
    """A year as text or a number, a date as text or a `datetime.date`, kinds in any case
    and order: the same filter, the same events."""
    assert minefacts.timeline(**given) == minefacts.timeline(**same_as)


def test_a_filter_narrows_the_answer() -> None:
    """A year keeps fewer events than there are, each of them within it."""
    every, kept = minefacts.timeline(), minefacts.timeline(year=2001)
    assert 0 < len(kept) < len(every)
    assert all(row["date_start"] <= "2001-12-31" and row["date_end"] >= "2001" for row in kept)


BAD: list[tuple[Callable[[], Any], str]] = [
    (lambda: minefacts.timeline(year="20011"), "year='20011' is not a year"),
    (lambda: minefacts.timeline(year=True), "year=True is not a year"),
    (lambda: minefacts.timeline(year=2001.0), "year=2001.0 is not a year"),  # type: ignore[arg-type]
    (lambda: minefacts.year("01"), "year='01' is not a year"),
    (lambda: minefacts.funding(start="2001-13"), "start: '2001-13' is not a date"),
    (lambda: minefacts.funding(end="2000/2001"), "end='2000/2001' is a period"),
    (lambda: minefacts.timeline(start=[2001]), "start=[2001] is not a date"),  # type: ignore[arg-type]
    (lambda: minefacts.timeline(start="2003", end="2001"), "start=2003 is after end=2001"),
    (lambda: minefacts.roles(start="2003", end="2001-06"), "start=2003 is after end=2001-06"),
    (lambda: minefacts.on("2001-09"), "day='2001-09' is not one day"),
    (lambda: minefacts.on(20010920), "day=20010920 is not one day"),  # type: ignore[arg-type]
    (lambda: minefacts.search(None), "text=None: give text"),  # type: ignore[arg-type]
    (lambda: minefacts.timeline(place=3), "place=3: give text"),  # type: ignore[arg-type]
    (minefacts.cite, "give one or more ids, or every=True"),
    (lambda: minefacts.cite("tokyo-seminar", every=True), "give one or more ids, or every"),
    (lambda: minefacts.load(primary_only=1), "primary_only=1: give True or False"),  # type: ignore[arg-type]
    (lambda: minefacts.load(3), "data=3: give the path of a dataset file"),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(("ask", "message"), BAD, ids=[message for _, message in BAD])
def test_a_bad_argument_is_a_query_error_naming_it(ask: Callable[[], Any], message: str) -> None:
    """A value that cannot be read raises QueryError, whose message names the argument."""
    with pytest.raises(QueryError) as raised:
        ask()
    assert str(raised.value).startswith(message)


UNKNOWN: list[tuple[Callable[[], Any], str, str]] = [
    (lambda: minefacts.timeline(kind="meating"), "kind", "meeting"),
    (lambda: minefacts.timeline(place="Genva"), "place", "Geneva"),
    (lambda: minefacts.search("mine", party="Nicaraga"), "party", "Nicaragua"),
    (lambda: minefacts.show("tokyo-seminr"), "id", "tokyo-seminar"),
    (lambda: minefacts.cite("tokyo-seminr"), "id", "tokyo-seminar"),
    (lambda: minefacts.cite("tokyo-seminar", style="bibtx"), "style", "bibtex"),
    (lambda: minefacts.document(mark="tokyo-seminr"), "id", "tokyo-seminar"),
]


@pytest.mark.parametrize(("ask", "what", "close"), UNKNOWN, ids=[u[1] for u in UNKNOWN])
def test_an_unknown_name_carries_the_close_ones(
    ask: Callable[[], Any], what: str, close: str
) -> None:
    """An unknown kind, place, party, id or style raises UnknownName with the names close to
    it, as data and, in a note under the message, in the command line's words."""
    with pytest.raises(UnknownName) as raised:
        ask()
    problem = raised.value
    assert (problem.what, problem.close[:1]) == (what, (close,))
    [note] = problem.__notes__
    assert note.startswith(f"unknown {what} {problem.value!r}; did you mean {close!r}")


def test_every_error_is_a_minefacts_error_never_system_exit(tmp_path: Path) -> None:
    """A missing or broken dataset file raises DatasetError, with each broken rule as data;
    every error the API raises is a MinefactsError, so one except clause catches them."""
    with pytest.raises(DatasetError, match="no such file"):
        minefacts.load(tmp_path / "missing.json")
    broken = tmp_path / "broken.json"
    broken.write_text('{"documents": [], "events": [{"id": "x"}]}', encoding="utf-8")
    with pytest.raises(DatasetError) as raised:
        minefacts.timeline(data=broken)
    assert raised.value.problems
    assert issubclass(DatasetError, MinefactsError)
    assert issubclass(QueryError, MinefactsError)


def test_a_file_is_read_again_once_it_changes(tmp_path: Path) -> None:
    """Loading an unchanged file again gives the same Facts; an edited one is read anew."""
    from tests.conftest import BUNDLED

    path = tmp_path / "facts.json"
    path.write_bytes(BUNDLED.read_bytes())
    first = minefacts.load(path)
    assert minefacts.load(str(path)) is first
    path.write_bytes(BUNDLED.read_bytes().replace(b'"Tokyo"', b'"Tokyo-to"'))
    assert minefacts.load(path) is not first
    assert any(p["city"] == "Tokyo-to" for e in minefacts.timeline(data=path) for p in e["places"])


def test_the_loaded_dataset_says_what_it_is(tmp_path: Path) -> None:
    """A Facts names its file (None for the bundled one) and whether it is primary only."""
    bundled, primary = minefacts.load(), minefacts.load(primary_only=True)
    assert (bundled.path, bundled.primary_only, primary.primary_only) == (None, False, True)
    assert repr(bundled) == "<minefacts.Facts: the bundled dataset>"
    assert repr(primary) == "<minefacts.Facts: the bundled dataset, primary only>"


def test_an_answer_is_the_callers_to_change() -> None:
    """Each call answers afresh: changing one answer changes no later one."""
    first = minefacts.timeline()
    first[0]["title"] = "changed"
    first[0]["places"].clear()
    assert minefacts.timeline()[0]["title"] != "changed"
    assert minefacts.timeline()[0]["places"]


def _plain(value: Any) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(item) for item in value)
    return value is None or isinstance(value, str | int | float | bool)


@pytest.mark.parametrize(
    "ask",
    [
        minefacts.timeline,
        minefacts.roles,
        minefacts.funding,
        lambda: minefacts.on("2003-12-01"),
        lambda: minefacts.year(2001),
        lambda: minefacts.show("convention-concluded"),
        minefacts.attribution,
    ],
)
def test_an_answer_is_plain_json_data(ask: Callable[[], Any]) -> None:
    """Answers hold dicts, lists, text, numbers, booleans and None alone: a date is its
    ISO text, so `json.dumps` needs no help."""
    assert _plain(ask())
