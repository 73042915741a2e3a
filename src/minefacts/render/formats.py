"""The output formats: every listing command offers them all; single views offer two."""

from enum import StrEnum


class OutputFormat(StrEnum):
    """``table`` for people reading a terminal; ``json`` and ``ndjson`` for programs;
    ``csv`` for spreadsheets; ``markdown`` for pasting into a report."""

    TABLE = "table"
    JSON = "json"
    NDJSON = "ndjson"
    CSV = "csv"
    MARKDOWN = "markdown"


class ViewFormat(StrEnum):
    """A single fact or overview: ``table`` for people, ``json`` for programs."""

    TABLE = "table"
    JSON = "json"


class CitationStyle(StrEnum):
    """How `minefacts cite` writes a citation: ``plain`` text, ``markdown``, ``bibtex`` or
    ``csl-json``."""

    PLAIN = "plain"
    MARKDOWN = "markdown"
    BIBTEX = "bibtex"
    CSL_JSON = "csl-json"
