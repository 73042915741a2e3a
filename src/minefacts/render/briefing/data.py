"""A briefing as JSON for programs: the same sections, paragraphs and sentences as every
other format, each sentence with its words, its note numbers, the records it rests on,
what it states and when (each reading, and any reading other records show in error);
then each note with its source and locator, each source once with its citation and
address, and the credits. `minefacts brief --format json` prints it, and the public
API's ``brief()`` returns it.
"""

from __future__ import annotations

from typing import Any

from minefacts.model.records import Document
from minefacts.render.briefing.words import Line, Worded
from minefacts.render.json import records

JSON = dict[str, Any]


def _sentence(line: Line) -> JSON:
    found: JSON = {
        "text": line.text,
        "notes": list(line.notes),
        "records": list(line.records),
        "kind": line.kind,
        "about": line.subject,
    }
    if line.when is not None:
        found["readings"] = records.READINGS.json(line.when.readings)
        found["rejected"] = records.REJECTED.json(line.when.rejected)
    return found


def briefing(worded: Worded) -> JSON:
    """The briefing as JSON."""
    filters = worded.briefing.filters
    asked = {
        "year": filters.year,
        "from": None if filters.start is None else str(filters.start),
        "to": None if filters.end is None else str(filters.end),
        "primary_only": worded.briefing.primary_only,
    }
    notes = [
        {
            "id": note.number,
            "text": text,
            "source": note.source.id,
            "where": note.where,
            "records": list(note.records),
            "quotes": list(note.quotes),
        }
        for note, text in worded.notes
    ]
    sources = [
        {
            "id": listed.source.id,
            "name": listed.name,
            "primary": isinstance(listed.source, Document),
            "citation": listed.citation,
            "url": listed.url,
            "accessed": listed.source.accessed,
        }
        for listed in worded.sources
    ]
    return {
        "title": worded.title,
        "covers": worded.scope,
        "asked": asked,
        "drawn_from": worded.drawn_from,
        "sections": [
            {
                "topic": part.topic,
                "heading": part.heading,
                "paragraphs": [
                    [_sentence(line) for line in paragraph] for paragraph in part.paragraphs
                ],
            }
            for part in worded.parts
        ],
        "notes": notes,
        "sources": sources,
        "credits": list(worded.credits),
    }
