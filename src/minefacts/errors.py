"""The errors minefacts raises on purpose. The CLI turns each into one line and an exit code."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from minefacts.rules import Problem


class MinefactsError(Exception):
    """Base class: a problem the user can act on, with a message that says what it is."""

    exit_code = 1


class DatasetError(MinefactsError):
    """A dataset file is missing, unreadable, malformed or breaks a dataset rule.

    `problems` holds every broken rule found, where there were any; the message names the
    first of them.
    """

    exit_code = 1

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


class QueryError(MinefactsError):
    """A query cannot be answered as asked, e.g. a date range that ends before it starts."""

    exit_code = 2


class OutputError(MinefactsError):
    """An output file cannot be written where the user asked."""

    exit_code = 1
