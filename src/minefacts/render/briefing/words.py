"""A briefing in words, the same for every format: its title and what it covers, its
sections of paragraphs of sentences, each sentence with the numbers of its notes, then the
notes, the sources and the credits.

Each sentence says what its records say and no more (`statements` words each kind); each
is cut into its sentences (`prose`), and every one of them carries the notes of the
records it rests on, numbered as they are first cited (`notes`).
"""

from __future__ import annotations

from dataclasses import dataclass

from minefacts.model.records import Document
from minefacts.query.briefing.parts import (
    Briefing,
    Counted,
    Disagreed,
    Given,
    Happened,
    Held,
    Pledged,
    Reached,
    Said,
)
from minefacts.query.when import When
from minefacts.render.briefing import clauses
from minefacts.render.briefing.notes import Listed, Note, Notes, credits
from minefacts.render.briefing.prose import (
    capital,
    closed,
    sentences,
)
from minefacts.render.briefing.statements import Statements
from minefacts.render.words.phrases import plural

TITLE = "Japan under the Ottawa Convention: a briefing"
HEADINGS = {
    "joining": "Joining the Convention",
    "stockpile": "Stockpile destruction and retained mines",
    "offices": "Offices in the Convention's work",
    "aid": "The aid pledge and mine-action funding",
    "outreach": "Outreach to states not party",
    "disputes": "Where the sources disagree",
}


KINDS = {
    Happened: "event",
    Held: "office",
    Pledged: "pledge",
    Reached: "target reached",
    Said: "claim",
    Counted: "counts",
    Given: "figure",
    Disagreed: "dispute",
}
"""What each kind of sentence states, in one word or two, for JSON."""


@dataclass(frozen=True)
class Line:
    """One sentence: its words, its notes, the records it rests on, and what it states:
    its kind, the record it is about, and when (None where it has no one time)."""

    text: str
    notes: tuple[int, ...]
    records: tuple[str, ...]
    kind: str
    subject: str
    when: When | None


@dataclass(frozen=True)
class Part:
    """A section in words."""

    topic: str
    heading: str
    paragraphs: tuple[tuple[Line, ...], ...]


@dataclass(frozen=True)
class Worded:
    """A briefing in words: its title, the dates it covers and the records it draws on,
    its sections, and its notes, sources and credits."""

    title: str
    scope: str
    drawn_from: str
    parts: tuple[Part, ...]
    notes: tuple[tuple[Note, str], ...]
    """Each note and its words."""
    sources: tuple[Listed, ...]
    """Each source once: its name, its citation, its address."""
    credits: tuple[str, ...]
    briefing: Briefing


def worded(briefing: Briefing) -> Worded:
    """The briefing in words, its notes numbered as the sentences cite them."""
    notes = Notes(briefing.index)
    words = Statements(briefing)
    parts = []
    for section in briefing.sections:
        paragraphs = []
        for paragraph in section.paragraphs:
            lines = [
                Line(
                    closed(piece),
                    tuple(sorted(notes.cite(rests))),
                    rests,
                    KINDS[type(sentence)],
                    sentence.subject,
                    sentence.when,
                )
                for sentence in paragraph
                for text, rests in words.said(sentence)
                for piece in sentences(text)
            ]
            paragraphs.append(tuple(lines))
        parts.append(Part(section.topic, HEADINGS[section.topic], tuple(paragraphs)))
    cited = notes.sources()
    documents = sum(isinstance(source, Document) for source in cited)
    others = len(cited) - documents
    return Worded(
        TITLE,
        capital(clauses.scope(briefing.filters)),
        _drawn_from(documents or len(briefing.documents), others),
        tuple(parts),
        tuple((note, notes.text(note)) for note in notes.notes()),
        tuple(notes.listed()),
        tuple(credits(briefing.documents, others=others > 0)),
        briefing,
    )


def _drawn_from(documents: int, others: int) -> str:
    """How many sources a briefing draws on: "the source document and 30 other sources",
    "the source document alone"."""
    head = "the source document" if documents == 1 else plural(documents, "source document")
    if not others:
        return f"{head} alone"
    return f"{head} and {plural(others, 'other source')}"
