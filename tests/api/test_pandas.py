"""An answer becomes a pandas DataFrame in one call, with the columns of its JSON and the
dtypes its values give; pandas is the caller's, never imported by minefacts."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
from pandas.api import types

import minefacts


def test_a_listing_is_a_dataframe_in_one_call() -> None:
    """`pandas.DataFrame(rows)`: a row per record, a column per key of the JSON, in order;
    text as strings, the dates' bounds readable by `pandas.to_datetime`."""
    rows = minefacts.timeline()
    frame = pd.DataFrame(rows)
    assert frame.shape == (len(rows), len(rows[0]))
    assert list(frame.columns) == list(rows[0])
    assert types.is_string_dtype(frame["id"])
    assert types.is_string_dtype(frame["date_start"])
    starts = pd.to_datetime(frame["date_start"])
    assert types.is_datetime64_any_dtype(starts)
    assert starts.notna().all()
    assert set(frame["in_range"]) == {"yes"}


def test_numbers_and_flags_keep_their_dtypes() -> None:
    """A score is an integer column, a flag a boolean one, a year with gaps a float one."""
    assert types.is_integer_dtype(pd.DataFrame(minefacts.search("seminar"))["score"])
    assert types.is_bool_dtype(pd.DataFrame(minefacts.sources())["primary"])
    funding = pd.DataFrame(minefacts.funding())
    assert types.is_bool_dtype(funding["gap"])
    assert types.is_float_dtype(funding["year"])  # the multi-year figures have no year


def test_nested_fields_flatten_with_json_normalize() -> None:
    """`pandas.json_normalize(rows)` flattens a nested field into dotted columns."""
    frame = pd.json_normalize(minefacts.funding())
    assert {"figure.id", "figure.date_start", "figure.source.document"} <= set(frame.columns)
    assert frame["figure.id"].notna().sum() == sum(1 for r in minefacts.funding() if r["figure"])


def test_minefacts_never_imports_pandas() -> None:
    """The API answers without pandas: asking it loads no pandas (nor numpy)."""
    ask = "import sys, minefacts; minefacts.timeline(); print('pandas' in sys.modules)"
    found = subprocess.run([sys.executable, "-c", ask], capture_output=True, text=True, check=False)
    assert (found.stdout, found.stderr) == ("False\n", "")
