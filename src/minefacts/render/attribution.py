"""The attribution the Ministry's terms of use ask for, wherever minefacts reproduces its
text: the source cited in the Ministry's own form, with its address and the date it was
accessed, and a statement that minefacts has edited it, in a way that cannot suggest the
Ministry made minefacts."""

from __future__ import annotations

from collections.abc import Sequence

from minefacts.model import licences
from minefacts.model.records import Document


def source(document: Document) -> str:
    """``Source: "Title." Ministry of Foreign Affairs of Japan. URL: ... Accessed ....``"""
    accessed = f" Accessed {document.accessed}." if document.accessed else ""
    return f'Source: "{document.title}." {document.publisher}. URL: {document.url}{accessed}'


def edited(document: Document) -> str:
    """The statement that minefacts' dataset is made by editing the document."""
    return (
        f'Created by editing "{document.title}" ({document.publisher}) {document.url}: '
        "minefacts quotes its sentences verbatim and structures, dates and summarises its "
        f"facts. The {document.publisher} did not make minefacts or its dataset and does "
        "not endorse them."
    )


def terms(document: Document) -> str:
    """The licence the document's text is used under."""
    return (
        f"Its text is used under the {licences.MINISTRY.name} ({licences.MINISTRY.url}), "
        f"as the {document.publisher}'s terms of use set out ({licences.MINISTRY_TERMS})."
    )


def notice(documents: Sequence[Document]) -> str:
    """The whole notice for a dataset: each document's attribution, edit statement and
    terms, then the dataset's own licence."""
    parts = []
    for document in documents:
        parts += [source(document), edited(document), terms(document)]
    parts.append(
        f"The structured dataset and the paraphrases of other records are minefacts' own "
        f"work, under {licences.DATA.name} ({licences.DATA.spdx}, {licences.DATA.url})."
    )
    return "\n".join(parts)


def notice_fields(documents: Sequence[Document]) -> dict[str, object]:
    """The notice as data, for the exports."""
    return {
        "attribution": [source(document) for document in documents],
        "edited": [edited(document) for document in documents],
        "licenses": [
            {
                "name": licence.spdx,
                "title": licence.name,
                "path": licence.url,
                "applies_to": applies,
            }
            for licence, applies in (
                (licences.MINISTRY, "the quoted text of the source documents"),
                (licences.DATA, "the structured dataset and the paraphrases"),
            )
        ],
    }
