"""The output formats every listing command offers."""

from enum import StrEnum


class OutputFormat(StrEnum):
    """``table`` for people reading a terminal; ``json`` and ``ndjson`` for programs;
    ``csv`` for spreadsheets; ``markdown`` for pasting into a report."""

    TABLE = "table"
    JSON = "json"
    NDJSON = "ndjson"
    CSV = "csv"
    MARKDOWN = "markdown"
