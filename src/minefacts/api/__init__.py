"""The Python API: minefacts for notebooks and programs (docs/api.md).

`load` gives a dataset as `Facts`; each of its methods asks what the command of the same
name asks, and each function here asks it of a dataset in one call. Every answer is what
the command prints with ``--format json``, as plain Python values, so
``pandas.DataFrame(minefacts.timeline())`` makes a table of it. Bad arguments raise
`QueryError` (`UnknownName` for a name the data does not have), a dataset file that
cannot be used `DatasetError`; both are `MinefactsError`.

The API sits above `render`, beside `cli`: neither imports the other (pyproject.toml's
import-linter contracts). `minefacts/__init__.py` re-exports `__all__` lazily, so that
``import minefacts`` imports none of this until a name is used.
"""

from minefacts.api.facts import Answer, Facts, Rows, load
from minefacts.api.functions import (
    aid_progress,
    attribution,
    brief,
    cite,
    disputes,
    document,
    funding,
    on,
    retained,
    roles,
    search,
    show,
    sources,
    timeline,
    year,
)
from minefacts.errors import DatasetError, MinefactsError, QueryError, UnknownName

__all__ = [
    "Answer",
    "DatasetError",
    "Facts",
    "MinefactsError",
    "QueryError",
    "Rows",
    "UnknownName",
    "aid_progress",
    "attribution",
    "brief",
    "cite",
    "disputes",
    "document",
    "funding",
    "load",
    "on",
    "retained",
    "roles",
    "search",
    "show",
    "sources",
    "timeline",
    "year",
]
