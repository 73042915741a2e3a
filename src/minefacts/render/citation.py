"""Ready citations for a fact: the quote, the source and its address, in four styles."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

from minefacts.model.dates import PartialDate
from minefacts.model.records import Document, Event, Pledge, Role
from minefacts.model.secondary import Claim, SecondarySource


class CitationStyle(StrEnum):
    """How `minefacts cite` writes a citation: ``plain`` text, ``markdown``, ``bibtex`` or
    ``csl-json``."""

    PLAIN = "plain"
    MARKDOWN = "markdown"
    BIBTEX = "bibtex"
    CSL_JSON = "csl-json"


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


_LATEX_SPECIALS = re.compile(r"([\\&%$#_{}~^])")


def _tex(text: str) -> str:
    """Text for a BibTeX field: LaTeX's special characters escaped, so `_10 billion`
    typesets as written."""
    return _LATEX_SPECIALS.sub(r"\\\1", text)


def _date_parts(date: PartialDate | None) -> list[int]:
    if date is None:
        return []
    parts = [date.lower.year]
    if date.precision in ("month", "day"):
        parts.append(date.lower.month)
    if date.precision == "day":
        parts.append(date.lower.day)
    return parts


def cite_fact(fact: Event | Role | Pledge, document: Document, style: CitationStyle) -> str:
    """A citation of a seed fact: its verbatim quote, the document and section."""
    quote, section = fact.source.quote, fact.source.section
    quote = " ".join(quote.split())
    when = document.date.label(long=True)
    if style is CitationStyle.PLAIN:
        return (
            f'"{quote}" {document.publisher}, "{document.title}", {when}, '
            f"section {section}. {document.url}\n"
        )
    if style is CitationStyle.MARKDOWN:
        return (
            f"> {quote}\n\n— {document.publisher}, *{document.title}*, {when}, "
            f"section {section}. <{document.url}>\n"
        )
    if style is CitationStyle.BIBTEX:
        month = f"  month = {_MONTHS[document.date.lower.month - 1]},\n"
        return (
            f"@misc{{{document.id}:{fact.id},\n"
            f"  author = {{{{{_tex(document.publisher)}}}}},\n"
            f"  title = {{{{{_tex(document.title)}}}}},\n"
            f"  year = {{{document.date.lower.year}}},\n"
            f"{month if document.date.precision != 'year' else ''}"
            f"  url = {{{document.url}}},\n"
            f"  note = {{Section {_tex(section)}: ``{_tex(quote)}''}}\n"
            "}\n"
        )
    return _csl(fact.id, document.title, document.publisher, document.date, document.url,
                note=quote, section=section)  # fmt: skip


def cite_claim(claim: Claim, source: SecondarySource, style: CitationStyle) -> str:
    """A citation of a secondary source, with what it states (paraphrased, not quoted)."""
    when = f", {source.date.label(long=True)}" if source.date else ""
    where = f" {source.url}" if source.url else ""
    if style is CitationStyle.PLAIN:
        return f"{source.publisher}, {source.title}{when}.{where} States: {claim.states}\n"
    if style is CitationStyle.MARKDOWN:
        link = f" <{source.url}>" if source.url else ""
        return f"{source.publisher}, *{source.title}*{when}.{link}\n\nStates: {claim.states}\n"
    if style is CitationStyle.BIBTEX:
        year = f"  year = {{{source.date.lower.year}}},\n" if source.date else ""
        url = f"  url = {{{source.url}}},\n" if source.url else ""
        return (
            f"@misc{{{source.id}:{claim.id},\n"
            f"  author = {{{{{_tex(source.publisher)}}}}},\n"
            f"  title = {{{{{_tex(source.title)}}}}},\n"
            f"{year}{url}"
            f"  note = {{{_tex(claim.states)}}}\n"
            "}\n"
        )
    return _csl(claim.id, source.title, source.publisher, source.date, source.url,
                note=claim.states, section=None)  # fmt: skip


def _csl(
    item_id: str,
    title: str,
    publisher: str,
    date: PartialDate | None,
    url: str | None,
    *,
    note: str,
    section: str | None,
) -> str:
    from minefacts.render.output import to_json

    item: dict[str, Any] = {
        "id": item_id,
        "type": "document",
        "title": title,
        "author": [{"literal": publisher}],
        "publisher": publisher,
    }
    if date is not None:
        item["issued"] = {"date-parts": [_date_parts(date)]}
    if url:
        item["URL"] = url
    if section:
        item["section"] = section
    item["note"] = note
    return to_json([item])
