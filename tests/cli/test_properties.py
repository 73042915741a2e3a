"""Properties that hold for any input: generated argument lists, generated datasets, and
random damage to a dataset file.

The budget is small by default; ``HYPOTHESIS_PROFILE=thorough python -m pytest
tests/cli/test_properties.py`` runs many more examples.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from minefacts.catalog import loading as catalog
from minefacts.catalog.loading import Catalog
from minefacts.cli.app import app
from minefacts.errors import DatasetError, ExitStatus
from minefacts.model.dates import PartialDate
from minefacts.model.kinds import EventKind
from minefacts.model.records import Dataset, Event, Place, SourceRef
from minefacts.query.events import timeline
from minefacts.query.filters import Filters
from minefacts.query.spans import Certainty
from minefacts.render import output
from minefacts.render.export.dataset import dataset_file
from tests.conftest import BUNDLED, FIXED_ENV

BUNDLED_DATA: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
SEEDS = catalog.seeds_for(None)
SOURCES = [SourceRef(**event["source"]) for event in BUNDLED_DATA["events"]]
DOCUMENTS = catalog.load().dataset.documents

# Arbitrary argument lists.

WORDS = [
    "timeline", "role", "roles", "aid-progress", "aid", "export", "search", "show", "cite",
    "year", "on", "sources", "schema", "validate", "--place", "--party", "--chart", "--style",
    "--primary-only", "tokyo-seminar", "Managua", "bibtex", "csv", "ndjson", "markdown",
    "sqlite", "2003-02-10", "--year", "-y", "--from",
    "--to", "--kind", "-k", "--format", "-f", "json", "table", "--output", "-o", "--force",
    "--data", "--version", "--help", "-h", "2001", "1998-09", "2003/2001", "abc", "meeting",
    "", "-", "--", "out.json", "missing.json", "2001-02-30", "0000", "\x1b[2J", "¥",
]  # fmt: skip
ARGUMENTS = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=7).filter(
    lambda args: not any(arg.startswith("--install") for arg in args)
)


@contextmanager
def working_in(folder: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


@given(ARGUMENTS)
def test_any_arguments_end_in_0_1_or_2_without_a_traceback(args: list[str]) -> None:
    """No argument list makes minefacts crash: every run ends with exit code 0, 1 or 2.
    Bugs are raised here (MINEFACTS_DEBUG=1), not tidied into an error line."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder, working_in(Path(folder)):
        result = CliRunner().invoke(app, args, env=FIXED_ENV, catch_exceptions=False)
    assert result.exit_code in (ExitStatus.SUCCESS, ExitStatus.ERROR, ExitStatus.USAGE), (
        args,
        result.stderr,
    )
    if result.exit_code:
        assert result.stderr.count("\n") == 1, (args, result.stderr)


# Arbitrary valid datasets.


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(1990, 2010))
    month = draw(st.integers(1, 12))
    form = draw(st.sampled_from(["day", "month", "year", "period"]))
    if form == "day":
        return PartialDate(f"{year}-{month:02d}-{draw(st.integers(1, 28)):02d}")
    if form == "month":
        return PartialDate(f"{year}-{month:02d}")
    if form == "year":
        return PartialDate(f"{year}")
    return PartialDate(f"{year}/{year + draw(st.integers(1, 3))}")


TEXT = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=30)
SLUGS = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)


@st.composite
def events(draw: st.DrawFn, event_id: str) -> Event:
    return Event(
        id=event_id,
        kind=draw(st.sampled_from(list(EventKind))),
        title=draw(TEXT),
        summary=draw(TEXT),
        date=draw(partial_dates()),
        date_qualifier=draw(st.sampled_from([None, "end"])),
        places=tuple(
            Place(city=city, country=country, country_in_source=stated)
            for city, country, stated in draw(
                st.lists(st.tuples(TEXT, TEXT, st.booleans()), max_size=2)
            )
        ),
        reading=draw(st.one_of(st.none(), TEXT)),
        source=draw(st.sampled_from(SOURCES)),
    )


@st.composite
def datasets(draw: st.DrawFn) -> Dataset:
    ids = draw(st.lists(SLUGS, min_size=1, max_size=12, unique=True))
    return Dataset(
        documents=DOCUMENTS,
        events=tuple(draw(events(event_id)) for event_id in ids if event_id != "mofa-2003-02"),
    )


@given(datasets())
def test_any_valid_dataset_survives_export_and_reload(dataset: Dataset) -> None:
    """Exported and loaded back, a dataset is unchanged."""
    exported = output.to_json(dataset_file(dataset)).encode()
    assert catalog.validate(exported, "export", SEEDS) == dataset


def chronological(event: Event) -> tuple[dt.date, dt.date]:
    """The reference order: by the first day the date can mean, then the last; "the end of"
    a month at its last day."""
    first = event.date.upper if event.date_qualifier == "end" else event.date.lower
    return first, event.date.upper


def first_year(event: Event) -> int:
    """The first year an event's date can fall in: a deadline "the end of" a date falls on
    its last day (docs/relations.md), any other event on any day of it."""
    deadline = event.kind is EventKind.DEADLINE and event.date_qualifier == "end"
    return (event.date.upper if deadline else event.date.lower).year


@given(datasets(), st.integers(1988, 2014))
def test_year_query_matches_a_reference_implementation(dataset: Dataset, year: int) -> None:
    """--year Y returns exactly the events whose bounds overlap Y (a deadline at "the end
    of" a date on its last day), in date order (events of the same dates in their order in
    the file), each certainly within it: a date at year, month or day precision never
    straddles a year."""
    found = timeline(Catalog(dataset, SEEDS, primary_only=True), Filters(year=year))
    overlapping = [
        event for event in dataset.events if first_year(event) <= year <= event.date.upper.year
    ]
    assert [entry.event.id for entry in found] == [
        event.id for event in sorted(overlapping, key=chronological)
    ]
    assert [entry.match for entry in found] == [Certainty.YES] * len(found)


# Random damage to a valid file.


def damaged(data: Any, path: list[Any], replacement: Any, delete: bool) -> Any:
    """`data` with the value at `path` (as far as it exists) replaced or deleted."""
    if not path or not isinstance(data, dict | list) or not data:
        return replacement
    step = path[0]
    keys = list(data) if isinstance(data, dict) else list(range(len(data)))
    key = keys[step % len(keys)]
    copy: Any = dict(data) if isinstance(data, dict) else list(data)
    if delete and len(path) == 1:
        del copy[key]
        return copy
    copy[key] = damaged(data[key], path[1:], replacement, delete)
    return copy


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def attempt(data: bytes) -> Dataset | DatasetError:
    """The dataset a file's bytes hold, or the DatasetError they are refused with."""
    try:
        return catalog.validate(data, "damaged", SEEDS)
    except DatasetError as error:
        return error


def named_where_it_is(error: DatasetError, data: Any) -> None:
    """A refusal names the file and the first of its problems, and every problem names a
    record that is in the file, at that position and with that id (``?`` for a record
    with none), or the file as a whole."""
    assert error.problems, str(error)
    first, count = error.problems[0], len(error.problems)
    more = f" (and {count - 1} more problems)" if count > 1 else ""
    assert str(error) == f"damaged: {first}{more}"
    for problem in error.problems:
        if problem.index < 0:
            assert problem.record_id == "?", problem
            continue
        holder = data
        for key in problem.collection.split("."):
            holder = holder[key]
        record = holder[problem.index]
        written = record.get("id", "?") if isinstance(record, dict) else "?"
        assert problem.record_id == str(written), problem


def loaded_as_written(dataset: Dataset, data: Any) -> None:
    """A file that loads gives exactly the events it lists, in its order."""
    assert [event.id for event in dataset.events] == [event["id"] for event in data["events"]]


@given(st.lists(st.integers(0, 50), min_size=1, max_size=5), JSON_VALUES, st.booleans())
def test_any_damage_to_a_file_is_accepted_or_refused_cleanly(
    path: list[int], replacement: Any, delete: bool
) -> None:
    """A damaged dataset either still loads, as written, or is refused with a DatasetError
    that names the record and the field; never a crash."""
    data = damaged(BUNDLED_DATA, path, replacement, delete)
    outcome = attempt(json.dumps(data).encode())
    if isinstance(outcome, DatasetError):
        named_where_it_is(outcome, data)
    else:
        loaded_as_written(outcome, data)


@given(st.integers(0, 40_000), st.binary(min_size=1, max_size=8))
def test_any_damage_to_the_bytes_is_refused_cleanly(position: int, junk: bytes) -> None:
    """Bytes spliced into the file: bytes that are not UTF-8, or not JSON, are refused as
    such, with the line and column where the JSON goes wrong; JSON that breaks a rule is
    refused naming the record; the rest loads, as written. Never a crash."""
    original = BUNDLED.read_bytes()
    position %= len(original)
    data = original[:position] + junk + original[position + len(junk) :]
    parsed: Any = None
    try:
        parsed = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        unreadable = "damaged: is not UTF-8 text"
    except json.JSONDecodeError as wrong:
        unreadable = f"damaged: not valid JSON at line {wrong.lineno} column {wrong.colno}: "
        unreadable += wrong.msg
    else:
        unreadable = ""
    outcome = attempt(data)
    if unreadable:
        assert isinstance(outcome, DatasetError), "loaded a file that is not UTF-8 JSON"
        assert (str(outcome), outcome.problems) == (unreadable, [])
    elif isinstance(outcome, DatasetError):
        named_where_it_is(outcome, parsed)
    else:
        loaded_as_written(outcome, parsed)
