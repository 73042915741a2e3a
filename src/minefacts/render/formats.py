"""The output formats: those every listing command offers, and the citation styles of
`minefacts cite`. Plain enums, so the command line can name them without importing the
renderers."""

from enum import StrEnum

ALIASES = {"md": "markdown"}
"""Other names a format is known by, accepted wherever the format is (``--format md``);
help and shell completion give the canonical names."""


class OutputFormat(StrEnum):
    """``auto``: a table on a terminal, ``tsv`` when piped; ``table`` for people;
    ``tsv`` for grep and cut; ``json`` and ``ndjson`` for programs; ``csv`` for
    spreadsheets; ``markdown`` for pasting into a report."""

    AUTO = "auto"
    TABLE = "table"
    TSV = "tsv"
    JSON = "json"
    NDJSON = "ndjson"
    CSV = "csv"
    MARKDOWN = "markdown"


class CitationStyle(StrEnum):
    """How `minefacts cite` writes a bibliography: ``plain`` text, ``markdown``,
    ``bibtex`` or ``csl-json``."""

    PLAIN = "plain"
    MARKDOWN = "markdown"
    BIBTEX = "bibtex"
    CSL_JSON = "csl-json"


class ExportFormat(StrEnum):
    """``json``: a dataset file; ``sqlite``: a database for datasette or SQL;
    ``datapackage``: a Frictionless Data Package, a folder of CSV files."""

    JSON = "json"
    SQLITE = "sqlite"
    DATAPACKAGE = "datapackage"


class BriefFormat(StrEnum):
    """How `minefacts brief` writes a briefing: ``text`` for people (wrapped to the
    terminal, or 80 columns in a file), ``markdown`` with footnotes to paste into an
    article, ``html`` as one printable page, ``json`` for programs."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    JSON = "json"
