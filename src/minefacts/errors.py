"""The errors minefacts raises on purpose, and the exit status each run ends with.

Every layer may raise these; this module imports nothing of minefacts. The command line
(`minefacts.cli.exits`) is the one place that turns them into a line on stderr and an
exit status.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum


class ExitStatus(IntEnum):
    """How a run of `minefacts` ends: the process's exit status."""

    SUCCESS = 0
    """Success, including a query that matched nothing (a note on stderr says so)."""
    ERROR = 1
    """A dataset or output-file problem, or an unexpected failure."""
    USAGE = 2
    """A usage error: an unknown command, option or value."""
    INTERRUPTED = 130
    """Interrupted with Ctrl-C (128 + SIGINT)."""
    BROKEN_PIPE = 141
    """stdout was closed early, as in ``minefacts export | head -n 1`` (128 + SIGPIPE)."""
    TERMINATED = 143
    """Stopped with SIGTERM (128 + SIGTERM)."""


class Problem:
    """One broken rule in a data file: which record (collection, position, id), which
    field, and why. (A plain class: this module is imported on every start-up, where the
    dataclasses module would cost more.)"""

    __slots__ = ("collection", "field", "index", "message", "record_id")

    def __init__(
        self, collection: str, index: int, record_id: str, field: str, message: str
    ) -> None:
        self.collection, self.index, self.record_id = collection, index, record_id
        self.field, self.message = field, message

    def _key(self) -> tuple[str, int, str, str, str]:
        return (self.collection, self.index, self.record_id, self.field, self.message)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and other._key() == self._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Problem{self._key()!r}"

    def __str__(self) -> str:
        if self.index < 0:
            return f"{self.collection}: {self.message}"
        return (
            f"{self.collection}[{self.index}] (id {self.record_id!r}), "
            f"field {self.field}: {self.message}"
        )


class MinefactsError(Exception):
    """Base class: a problem the user can act on, with a message that says what it is."""

    exit_status = ExitStatus.ERROR


class DatasetError(MinefactsError):
    """A dataset file is missing, unreadable, malformed or breaks a dataset rule.

    `problems` holds every broken rule found, where there were any; the message names the
    first of them.
    """

    exit_status = ExitStatus.ERROR

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


class QueryError(MinefactsError):
    """A query cannot be answered as asked, e.g. a date range that ends before it starts."""

    exit_status = ExitStatus.USAGE


class UnknownName(QueryError):
    """A name the data does not have (an id, a place, a party), with the names close to it
    and, where they are few enough to list, every name there is. The words of the message
    are `minefacts.render.words.messages`' to make; this carries the data."""

    def __init__(
        self, what: str, value: str, close: Sequence[str] = (), known: Sequence[str] = ()
    ) -> None:
        super().__init__(f"unknown {what} {value!r}")
        self.what, self.value = what, value
        self.close, self.known = tuple(close), tuple(known)


class HiddenRecord(QueryError):
    """An id the dataset has, of a record hidden because only the source document's facts
    are asked for; `kind` says what sort of record it is (``role``, ``claim``, ...)."""

    def __init__(self, value: str, kind: str) -> None:
        super().__init__(f"{value!r} is a {kind} of the secondary record, which is hidden")
        self.value, self.kind = value, kind


class CommonWordsOnly(QueryError):
    """A search of words too common to search for alone ("the", "of"), which it names;
    `minefacts.render.words.messages` says what to do."""

    def __init__(self, words: Sequence[str]) -> None:
        super().__init__(f"only common words: {', '.join(words)}")
        self.words = tuple(words)


class OutputError(MinefactsError):
    """An output file cannot be written where the user asked."""

    exit_status = ExitStatus.ERROR
