"""The output formats every listing command offers."""

from enum import StrEnum


class OutputFormat(StrEnum):
    """``table`` for people reading a terminal, ``json`` for programs."""

    TABLE = "table"
    JSON = "json"
