"""The one declaration of what a record or listing holds, from which its JSON and its
CSV columns are both made.

A `Field` names one value of an item and its `Shape`; a listing is an `Obj` of fields.
Each shape knows two things: the JSON it writes (`entries`) and the flat columns it
becomes in CSV (`columns`, `cells`). So a field declared once reaches JSON and every
delimited format, and no format can silently lose one:

- `SCALAR`: text, a number, a flag or a kind: one key, one column;
- `DATED`: a partial date, spelled out as it is written (EDTF), with its precision, the
  first and last day it can mean, and its label for people (``date``, ``date_precision``,
  ``date_start``, ``date_end``, ``date_label``);
- `Obj`: a nested object, flattened in CSV with its name as a prefix (``source_quote``);
  `Spread` places an object's fields at its parent's level (a record's own fields in a
  listing row);
- `Items`: a list, its values joined with ``"; "`` in one column (or, for a list of
  objects, one column per field of the object, each joined);
- `Custom`: a field that flattens its own way (amounts in numeric columns).

`record` reads a record class's fields from the model (`minefacts.model.introspect`), so a
field added to a record reaches every format without a second edit.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from minefacts.model.dates import PartialDate
from minefacts.model.introspect import fields as model_fields

Cell = str | int | float | None
"""A CSV cell before it is written: text, a number, or nothing."""

JOIN = "; "
"""Between the values of a list in one CSV cell."""


def plain(value: Any) -> Any:
    """A scalar as JSON has it: an enum's value, a date's ISO or EDTF text."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, PartialDate):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def cell(value: Any) -> Cell:
    """A scalar as a CSV cell: flags as ``true`` and ``false``, nothing as empty."""
    value = plain(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None or isinstance(value, int | float | str):
        return value
    return str(value)


class Shape:
    """How one field is written: its JSON entries and its CSV columns."""

    def entries(self, name: str, value: Any) -> Iterable[tuple[str, Any]]:
        """The (key, JSON value) pairs this field puts in its object."""
        yield name, self.json(value)

    def json(self, value: Any) -> Any:
        """The value as JSON, where it stands on its own (an item of a list)."""
        return plain(value)

    def columns(self, name: str) -> list[str]:
        """The CSV columns this field becomes."""
        return [name]

    def cells(self, value: Any) -> list[Cell]:
        """Its CSV cells, one per column."""
        return [cell(value)]


SCALAR = Shape()
"""Text, a number, a flag, a kind or a date kept as written: one key and one column."""


def _itself(value: Any) -> Any:
    return value


class Dated(Shape):
    """A partial date spelled out, so programs never parse one: as written, its precision,
    its first and last possible day, and its label for people. `label` makes the label
    from the value (None: the date's own label); `of` finds the date in the value (the
    value itself, by default)."""

    __slots__ = ("label", "of")
    SUFFIXES = ("", "_precision", "_start", "_end", "_label")

    def __init__(
        self,
        label: Callable[[Any], str | None] | None = None,
        of: Callable[[Any], PartialDate | None] = _itself,
    ) -> None:
        self.label, self.of = label, of

    def entries(self, name: str, value: Any) -> Iterable[tuple[str, Any]]:
        names = self.columns(name)
        return zip(names, self._values(value), strict=True)

    def json(self, value: Any) -> Any:
        return dict(self.entries("date", value))

    def columns(self, name: str) -> list[str]:
        return [f"{name}{suffix}" for suffix in self.SUFFIXES]

    def cells(self, value: Any) -> list[Cell]:
        return [cell(item) for item in self._values(value)]

    def _values(self, value: Any) -> list[Any]:
        date = self.of(value)
        if date is None:
            return [None] * len(self.SUFFIXES)
        from minefacts.render.words import dates

        label = self.label(value) if self.label is not None else dates.date(date)
        return [str(date), date.precision, date.lower, date.upper, label]


DATED = Dated()


class Field:
    """One value of an item, by name: how to get it, and its shape."""

    __slots__ = ("get", "name", "shape")

    def __init__(self, name: str, get: Callable[[Any], Any], shape: Shape = SCALAR) -> None:
        self.name, self.get, self.shape = name, get, shape


class Obj(Shape):
    """An object of fields: nested in JSON, prefixed with its name in CSV."""

    __slots__ = ("fields",)

    def __init__(self, fields: tuple[Field, ...]) -> None:
        self.fields = fields

    def entries(self, name: str, value: Any) -> Iterable[tuple[str, Any]]:
        yield name, self.json(value)

    def json(self, value: Any) -> Any:
        if value is None:
            return None
        return {
            key: item
            for each in self.fields
            for key, item in each.shape.entries(each.name, each.get(value))
        }

    def columns(self, name: str) -> list[str]:
        prefix = f"{name}_" if name else ""
        return [f"{prefix}{column}" for each in self.fields for column in _columns(each)]

    def cells(self, value: Any) -> list[Cell]:
        if value is None:
            return [None] * len(self.columns(""))
        return [item for each in self.fields for item in each.shape.cells(each.get(value))]

    def with_fields(self, *more: Field, after: str | None = None) -> Obj:
        """The same object with more fields, at the end or after the field `after`."""
        names = [each.name for each in self.fields]
        at = len(names) if after is None else names.index(after) + 1
        return Obj((*self.fields[:at], *more, *self.fields[at:]))

    def without(self, *names: str) -> Obj:
        """The same object without the fields named."""
        return Obj(tuple(each for each in self.fields if each.name not in names))

    def via(self, get: Callable[[Any], Any]) -> Obj:
        """The same fields, read from what `get` finds in an item (a listing's row holds
        the record it lists)."""
        return Obj(tuple(_through(each, get) for each in self.fields))

    def field(self, name: str) -> Field:
        """The field with this name; KeyError if there is none."""
        for each in self.fields:
            if each.name == name:
                return each
        raise KeyError(name)


def _through(each: Field, get: Callable[[Any], Any]) -> Field:
    inner = each.get
    return Field(each.name, lambda item: inner(get(item)), each.shape)


def _columns(each: Field) -> list[str]:
    return each.shape.columns(each.name)


class Inline(Shape):
    """An object nested in JSON whose CSV columns carry no prefix: the one record a
    listing's row holds (a funding year's figure), its columns named as every other
    listing names them (``date``, ``amounts_usd_value``)."""

    __slots__ = ("obj",)

    def __init__(self, obj: Obj) -> None:
        self.obj = obj

    def json(self, value: Any) -> Any:
        return self.obj.json(value)

    def columns(self, name: str) -> list[str]:
        return self.obj.columns("")

    def cells(self, value: Any) -> list[Cell]:
        return self.obj.cells(value)


class Spread(Inline):
    """An object whose fields stand at its parent's level, in JSON as in CSV."""

    __slots__ = ()

    def entries(self, name: str, value: Any) -> Iterable[tuple[str, Any]]:
        found: dict[str, Any] = self.obj.json(value) or {}
        return found.items()


class Items(Shape):
    """A list: an array in JSON; in CSV its values joined with ``"; "``, one column per
    column of an item."""

    __slots__ = ("item",)

    def __init__(self, item: Shape = SCALAR) -> None:
        self.item = item

    def json(self, value: Any) -> Any:
        return [self.item.json(element) for element in value or ()]

    def columns(self, name: str) -> list[str]:
        return self.item.columns(name)

    def cells(self, value: Any) -> list[Cell]:
        rows = [self.item.cells(element) for element in value or ()]
        width = len(self.item.columns(""))
        return [JOIN.join(_text(row[i]) for row in rows) for i in range(width)]


def _text(value: Cell) -> str:
    return "" if value is None else str(value)


class Custom(Shape):
    """A field that flattens its own way: its JSON as `to_json` makes it, its columns
    named `suffixes` after the field, and its cells as `to_cells` makes them."""

    __slots__ = ("suffixes", "to_cells", "to_json")

    def __init__(
        self,
        to_json: Callable[[Any], Any],
        suffixes: tuple[str, ...],
        to_cells: Callable[[Any], Sequence[Cell]],
    ) -> None:
        self.to_json, self.suffixes, self.to_cells = to_json, suffixes, to_cells

    def json(self, value: Any) -> Any:
        return self.to_json(value)

    def columns(self, name: str) -> list[str]:
        return [f"{name}{suffix}" for suffix in self.suffixes]

    def cells(self, value: Any) -> list[Cell]:
        return list(self.to_cells(value))


def _attribute(name: str) -> Callable[[Any], Any]:
    return lambda value: getattr(value, name, None)


def record(*classes: type) -> Obj:
    """The fields of one or more record classes (the same kind of record in either
    provenance), in the order the first declares them and then any the others add. A
    field a class lacks is null in its records."""
    found: dict[str, Field] = {}
    for cls in classes:
        for info in model_fields(cls):
            if info.name not in found:
                shape = _shape(info.hint, many=info.many)
                found[info.name] = Field(info.name, _attribute(info.name), shape)
    return Obj(tuple(found.values()))


def _shape(hint: Any, *, many: bool) -> Shape:
    """The shape the model gives a field: a record is an object, a list a list."""
    import dataclasses

    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        item: Shape = record(hint)
    elif hint is PartialDate:
        item = DATED
    else:
        item = SCALAR
    return Items(item) if many else item


class Column:
    """One column people see, in a table, TSV and Markdown: its machine `name`, its
    `header`, and its `text` for an item. Its `priority` says which columns a narrow
    table drops first (the highest number first; 0 is never dropped). A column that may
    not `wrap` (ids, kinds) always stays on one line, so it can be copied; the others wrap
    between words, never inside one. `marks` are spans of the text to emphasise in a
    table (the words a search matched); `readable` is the narrowest a table should make
    it for the text to stay readable (a table that cannot give it this much drops less
    important columns, or becomes a stack); the `main` column, the listing's main text,
    gets the most room, and each record's id goes on a line of its own beneath it. A
    column not for `people` (a date as EDTF beside its label) is in TSV only, where
    programs read it; TSV names every column by its `name`, as CSV does. A column's
    `tone` colours a cell by its text, on a terminal that shows colour (primary and
    secondary apart); the text itself still says it, so nothing rests on colour alone."""

    __slots__ = (
        "header",
        "main",
        "marks",
        "name",
        "people",
        "priority",
        "readable",
        "style",
        "text",
        "tone",
        "wrap",
    )

    def __init__(
        self,
        name: str,
        header: str,
        text: Callable[[Any], str],
        *,
        priority: int = 0,
        wrap: bool = True,
        style: str | None = None,
        marks: Callable[[Any], Sequence[tuple[int, int]]] | None = None,
        readable: int = 0,
        main: bool = False,
        people: bool = True,
        tone: Callable[[str], str | None] | None = None,
    ) -> None:
        self.name, self.header, self.text = name, header, text
        self.priority, self.wrap, self.style = priority, wrap, style
        self.marks, self.readable, self.main = marks, readable, main
        self.people, self.tone = people, tone


def edtf(name: str, date: Callable[[Any], PartialDate | None]) -> Column:
    """A date as written (EDTF: ``2003-02``, ``1998/2002``), for programs: a TSV column
    beside the label people read, named as the JSON and CSV name it."""

    def text(item: Any) -> str:
        found = date(item)
        return "" if found is None else str(found)

    return Column(name, name, text, people=False, wrap=False)


def for_reading(columns: Sequence[Column]) -> list[Column]:
    """The columns in the order a table reads them: the id last, after what it names."""
    return [c for c in columns if c.name != "id"] + [c for c in columns if c.name == "id"]
