"""A dataset file's JSON, read as a file from outside must be: UTF-8, well formed, not
nested deeper than any dataset is, and with no key given twice in one object.

JSON allows a key to appear twice in an object and most readers (pydantic's and orjson
among them) silently keep the last value, so an edit that adds a field again, or a file
made to mislead, would be read as something its reader never sees. `strict` refuses it,
naming each such key and where it is. It parses with the standard library's `json` and an
``object_pairs_hook``, which costs a second reading of the file; only the paths that
validate a file in full pay it, never the bundled file that is rebuilt from its recorded
digest.

A file of arrays and objects nested thousands deep is refused as "nested too deeply"
(`too_deep`), whichever reader meets it first: pydantic stops at a fixed depth and says
where, the standard library at the interpreter's recursion limit.

Where a problem is, `problem_at` names as every loading error does: the collection, the
record's position and id, and the field's path within it.
"""

from __future__ import annotations

import contextlib
import gc
import json
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from minefacts.errors import DatasetError, Problem

Location = Sequence[str | int]
"""A place in a JSON document: the keys and positions from its top, as pydantic gives
them (``("events", 3, "source", "quote")``)."""

REPEATED = "key given more than once in the same object (a JSON reader keeps only the last)"
"""What a repeated key's problem says."""

_DEPTH = re.compile(r"recursion limit exceeded at line (\d+) column (\d+)")
"""How pydantic says a file is nested too deeply, and where."""


class _Repeated(dict[str, Any]):
    """A JSON object in which some key is given more than once: the object as a reader
    that keeps the last value sees it, and those keys."""

    __slots__ = ("repeated",)

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        super().__init__(pairs)
        seen: set[str] = set()
        repeated: list[str] = []
        for key, _ in pairs:
            if key in seen and key not in repeated:
                repeated.append(key)
            seen.add(key)
        self.repeated = tuple(repeated)


def _objects() -> tuple[Callable[[list[tuple[str, Any]]], dict[str, Any]], list[bool]]:
    """An ``object_pairs_hook`` that makes each JSON object a dict, and the list it marks
    when one gives a key more than once, so that only such a file is walked to find where.
    (A plain function: it runs for every object of a file that may hold millions.)"""
    repeats: list[bool] = []

    def hook(
        pairs: list[tuple[str, Any]], dict: type[dict[str, Any]] = dict, len: Any = len
    ) -> dict[str, Any]:
        found = dict(pairs)
        if len(found) == len(pairs):
            return found
        repeats.append(True)
        return _Repeated(pairs)

    return hook, repeats


def parse(data: bytes, name: str, *, refuse_repeated: bool = False) -> Any:
    """A file's JSON as plain data. Raises DatasetError for text that is not UTF-8, is not
    JSON, is nested too deeply, or (with `refuse_repeated`) repeats a key in an object."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise DatasetError(f"{name}: is not UTF-8 text") from None
    hook, repeats = _objects()
    try:
        with _no_cyclic_gc():
            raw = json.loads(text, object_pairs_hook=hook if refuse_repeated else None)
    except json.JSONDecodeError as error:
        raise DatasetError(
            f"{name}: not valid JSON at line {error.lineno} column {error.colno}: {error.msg}"
        ) from None
    except RecursionError:
        raise too_deep(name, _where_too_deep(data)) from None
    if not repeats:
        return raw
    problems = [_repeated_key(raw, where) for where in repeated(raw)]
    if problems:
        raise problems_error(name, problems)
    return raw


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Parsed JSON makes many objects and no cycles: the cyclic collector, which would walk
    them again and again while they are made, is paused meanwhile."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _where_too_deep(data: bytes) -> str:
    """pydantic's reader's words for where a file is nested too deeply: it stops at a
    fixed depth, far short of the interpreter's limit, where the standard library's stops
    without saying where."""
    from pydantic_core import from_json

    try:
        from_json(data)
    except ValueError as error:
        return str(error)
    return ""


def strict(data: bytes, name: str) -> Any:
    """A file's JSON as plain data, refused (DatasetError) if it is not UTF-8, not JSON,
    nested too deeply, or gives a key more than once in one object."""
    return parse(data, name, refuse_repeated=True)


def repeated(raw: Any) -> Iterator[tuple[str | int, ...]]:
    """Where each key given more than once is, in the order of the file."""
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(raw, ())]
    while stack:
        node, path = stack.pop()
        children: list[tuple[str | int, Any]]
        if isinstance(node, dict):
            if isinstance(node, _Repeated):
                yield from ((*path, key) for key in node.repeated)
            children = list(node.items())
        elif isinstance(node, list):
            children = list(enumerate(node))
        else:
            continue
        stack.extend((child, (*path, key)) for key, child in reversed(children))


def _repeated_key(raw: Any, where: Location) -> Problem:
    """A repeated key's problem; outside any record, the key's whole path names it."""
    found = problem_at(raw, where, REPEATED)
    return found if found.index >= 0 else Problem(_path(where), -1, "?", "(record)", REPEATED)


def too_deep(name: str, message: str = "") -> DatasetError:
    """The error for a file nested too deeply; `message`, a JSON reader's own words, may
    say where (``recursion limit exceeded at line 1 column 202``)."""
    found = _DEPTH.search(message)
    where = f" at line {found[1]} column {found[2]}" if found else ""
    return DatasetError(f"{name}: nested too deeply{where}")


def is_too_deep(message: str) -> bool:
    """True when a JSON reader's error message says the file is nested too deeply."""
    return _DEPTH.search(message) is not None


def problem_at(raw: Any, where: Location, message: str) -> Problem:
    """A problem at a place in a dataset file: the collection (``secondary.claims`` for a
    collection of the secondary record it carries), the record's position and id, and the
    path of the field within the record."""
    loc = list(where)
    collection = str(loc.pop(0)) if loc else "dataset"
    holder = raw
    if collection == "secondary" and loc and isinstance(loc[0], str):
        with contextlib.suppress(KeyError, TypeError):
            holder = raw["secondary"]
        collection = f"secondary.{loc.pop(0)}"
    index = -1
    if loc and isinstance(loc[0], int):
        index = int(loc.pop(0))
    record_id = "?"
    if index >= 0 and isinstance(holder, dict):
        with contextlib.suppress(KeyError, IndexError, TypeError, AttributeError):
            record_id = str(holder[collection.removeprefix("secondary.")][index].get("id", "?"))
    return Problem(collection, index, record_id, _path(loc) or "(record)", message)


def _path(loc: Sequence[str | int]) -> str:
    parts = (f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc)
    return "".join(parts).lstrip(".")


def problems_error(name: str, problems: Sequence[Problem]) -> DatasetError:
    """The error for a file's problems: the message names the first and counts the rest."""
    more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
    return DatasetError(f"{name}: {problems[0]}{more}", problems)
