"""JSON text: indented by two spaces (or one record a line), non-ASCII text kept as it is,
and a final newline; and the same data as plain Python values, for the Python API."""

from __future__ import annotations

from typing import Any


def to_json(data: Any, *, indent: bool = True) -> str:
    """Records (dataclasses) are written field by field in their declared order, enums as
    their values and partial dates as their ISO / EDTF strings."""
    import orjson

    option = orjson.OPT_APPEND_NEWLINE | (orjson.OPT_INDENT_2 if indent else 0)
    return orjson.dumps(data, default=_default, option=option).decode()


def to_data(data: Any) -> Any:
    """The data as a program reading its JSON text gets it: dicts, lists, text, numbers,
    booleans and None (a day as its ISO text), exactly what `to_json` writes."""
    import orjson

    return orjson.loads(orjson.dumps(data, default=_default))


def _default(value: Any) -> str:
    from minefacts.model.dates import PartialDate

    if isinstance(value, PartialDate):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
