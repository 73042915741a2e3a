"""Dates at the precision the source gives them.

The seed says "September 30, 1998" (a day), "November 2000" (a month) and "the 2000-01
activity period" (a period). A `PartialDate` keeps exactly that precision: it is written
as an ISO 8601 / EDTF string of the same form (``1998-09-30``, ``2000-11``, ``1998``,
``2000/2001``) and is never padded to a day the source did not give. Queries use its
`lower` and `upper` bounds, so nothing downstream has to guess; `minefacts.render.words`
writes it for people.

This module is plain Python. The pydantic hook at the bottom imports pydantic-core only
when a model that uses `PartialDate` is built.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema

Precision = Literal["day", "month", "year", "period"]

_POINT = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
PATTERN = rf"^{_POINT}(?:/{_POINT})?$"
_POINT_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
MONTHS: tuple[tuple[str, str], ...] = (
    ("Jan", "January"), ("Feb", "February"), ("Mar", "March"), ("Apr", "April"),
    ("May", "May"), ("Jun", "June"), ("Jul", "July"), ("Aug", "August"),
    ("Sep", "September"), ("Oct", "October"), ("Nov", "November"), ("Dec", "December"),
)  # fmt: skip
"""Each month's short and full English name: the one month table, here because a date's
own validation message names a month; `minefacts.render.words` writes every other label."""


def _days_in(year: int, month: int) -> int:
    import calendar  # here, not at start-up: shell completion imports this module

    return calendar.monthrange(year, month)[1]


class Point:
    """One end of a date: a year, a month or a day, with the first (`lower`) and last
    (`upper`) day it can mean."""

    __slots__ = ("day", "lower", "month", "upper", "year")

    def __init__(self, text: str) -> None:
        match = _POINT_RE.fullmatch(text)
        if match is None:
            raise ValueError(f"{text!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
        year = int(match[1])
        month = int(match[2]) if match[2] else None
        day = int(match[3]) if match[3] else None
        if year == 0:
            raise ValueError(f"{text!r} is not a date: there is no year 0000")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"{text!r} is not a date: the month must be 01 to 12")
        if month is not None and day is not None:
            last = _days_in(year, month)
            if not 1 <= day <= last:
                raise ValueError(
                    f"{text!r} is not a date: {MONTHS[month - 1][0]} {year} has days 01 to {last}"
                )
        self.year, self.month, self.day = year, month, day
        if month is None:
            self.lower, self.upper = date(year, 1, 1), date(year, 12, 31)
        elif day is None:
            last = _days_in(year, month)
            self.lower, self.upper = date(year, month, 1), date(year, month, last)
        else:
            self.lower = self.upper = date(year, month, day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"


class PartialDate:
    """A date or a period, kept at the precision the source states.

    >>> PartialDate("2000/2001").precision, str(PartialDate("2000/2001").upper)
    ('period', '2001-12-31')
    """

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, text: str) -> None:
        if not isinstance(text, str):
            raise TypeError("a PartialDate is made from a string")
        text = text.strip()
        start_text, slash, end_text = text.partition("/")
        start = Point(start_text)
        end = Point(end_text) if slash else None
        if end is not None and (end.lower < start.lower or end.upper <= start.upper):
            raise ValueError(f"{text!r} is not a period: its end is not after its start")
        self._text, self._start, self._end = text, start, end

    @property
    def precision(self) -> Precision:
        """``day``, ``month``, ``year`` or, for ``START/END``, ``period``."""
        return "period" if self._end is not None else self._start.precision

    @property
    def start(self) -> Point:
        """Where the date begins: the date itself, or a period's first point."""
        return self._start

    @property
    def end(self) -> Point:
        """Where the date ends: the date itself, or a period's last point."""
        return self._end or self._start

    @property
    def lower(self) -> date:
        """The first day this date could mean."""
        return self._start.lower

    @property
    def upper(self) -> date:
        """The last day this date could mean."""
        return (self._end or self._start).upper

    def sort_key(self) -> tuple[date, date]:
        return (self.lower, self.upper)

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return f"PartialDate({self._text!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PartialDate) and other._text == self._text

    def __hash__(self) -> int:
        return hash(self._text)

    @staticmethod
    def _coerce(value: object) -> PartialDate:
        if isinstance(value, PartialDate):
            return value
        if not isinstance(value, str):
            raise ValueError("a date must be a string such as 2000-11 or 2000/2001")
        return parse(value)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        from pydantic_core import core_schema

        # JSON input and the JSON Schema see a patterned string; Python input may also be
        # a PartialDate already. Either way one validator runs, so one error is reported.
        return core_schema.json_or_python_schema(
            json_schema=core_schema.chain_schema(
                [
                    core_schema.str_schema(pattern=PATTERN),
                    core_schema.no_info_plain_validator_function(parse),
                ]
            ),
            python_schema=core_schema.no_info_plain_validator_function(PartialDate._coerce),
            serialization=core_schema.to_string_ser_schema(),
        )


@lru_cache(maxsize=4096)
def parse(text: str) -> PartialDate:
    """A `PartialDate`, shared between equal strings: large datasets repeat their dates."""
    return PartialDate(text)
