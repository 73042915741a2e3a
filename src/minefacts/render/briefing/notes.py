"""A briefing's notes, its list of sources and its credits: the one place the briefing
meets the citation forms (`minefacts.render.citation.forms`).

- A **note** is one source at one place in it, its locator: "The source document,
  section 1 (2)", with the verbatim quotes of the source document's facts cited there;
  "Landmine Monitor 2003, key developments" for another record, whose paraphrase is the
  sentence itself. Notes are numbered in the order the sentences first cite them.
- The **sources** give each source once, named as its notes name it, in the citation form
  `minefacts cite` uses, with its address and the date it was read. Two sources with one
  name are told apart by the copy read or by their titles.
- The **credits** are the attribution the Ministry's terms of use ask for (its citation,
  that minefacts' dataset is created by editing its document, the terms), the dataset's
  own licence, and how the other sources are used.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from minefacts.model.records import Document, Event, Pledge, Role
from minefacts.query.index import Index, Record, Source
from minefacts.render.briefing.prose import capital, clean
from minefacts.render.citation import forms
from minefacts.render.words import names

OTHERS = (
    "Every other source is paraphrased by minefacts, never quoted, and cited in its note "
    "and in the list of sources with its address and the date minefacts read it."
)


@dataclass
class Note:
    """One source at one place in it, and what the briefing cites from there."""

    number: int
    source: Source
    section: str | None
    """The part of the source, as its records give it."""
    where: str | None
    """That part in words: "section 1 (2)", "key developments"."""
    records: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    """The verbatim sentences of the source document's facts cited here."""


@dataclass(frozen=True)
class Listed:
    """A source as the list of sources gives it: the name its notes use, its citation,
    and its address."""

    source: Source
    name: str
    citation: str
    url: str | None


class Notes:
    """The notes of one briefing, numbered as sentences cite them."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._notes: dict[tuple[str, str | None], Note] = {}
        self._names: dict[str, str] | None = None

    def cite(self, ids: Iterable[str]) -> tuple[int, ...]:
        """The numbers of the notes for the records `ids`, each record's source at its
        locator, numbering the notes not cited before."""
        numbers = []
        for record_id in ids:
            item = self.index.find(record_id)
            if item is None:
                continue
            note = self._note(item)
            if record_id not in note.records:
                note.records.append(record_id)
            if isinstance(item, Event | Role | Pledge):
                quote = clean(item.source.quote)
                if quote not in note.quotes:
                    note.quotes.append(quote)
            numbers.append(note.number)
        self._names = None
        return tuple(dict.fromkeys(numbers))

    def _note(self, item: Record | Source) -> Note:
        if isinstance(item, Record):
            source, section = self.index.source(item.source.document), item.source.section
        else:
            source, section = item, None
        key = (source.id, section)
        if key not in self._notes:
            where = forms.where(section, quoted=isinstance(source, Document))
            self._notes[key] = Note(len(self._notes) + 1, source, section, where)
        return self._notes[key]

    def notes(self) -> list[Note]:
        """Every note, by number."""
        return sorted(self._notes.values(), key=lambda note: note.number)

    def sources(self) -> list[Source]:
        """Each source cited, once, in the order of its first note."""
        return list({note.source.id: note.source for note in self.notes()}.values())

    def name(self, source: Source) -> str:
        """A source's name as its notes and the list of sources give it."""
        if self._names is None:
            self._names = _names(self.sources())
        return self._names.get(source.id, names.source(source))

    def text(self, note: Note) -> str:
        """A note in words: "The source document, section 1 (1): “...”"."""
        said = capital(self.name(note.source))
        if note.where:
            said += f", {clean(note.where)}"
        if note.quotes:
            return said + ": " + " ".join(f"“{quote}”" for quote in note.quotes)
        return said + "."

    def listed(self) -> list[Listed]:
        """The list of sources: each once, named, cited and with its address."""
        return [
            Listed(source, capital(self.name(source)), clean(forms.cite(source)), source.url)
            for source in self.sources()
        ]


def _names(sources: Sequence[Source]) -> dict[str, str]:
    """Each source's name, told apart from another of the same name by the copy read,
    then by its title, then by its id."""
    found = {source.id: names.source(source) for source in sources}
    for tell_apart in (_copy, _title, _id):
        counts = Counter(found.values())
        for source in sources:
            if counts[found[source.id]] > 1:
                found[source.id] = tell_apart(source, found[source.id])
    return found


def _copy(source: Source, name: str) -> str:
    copy = getattr(source, "copy", None)
    return f"{name} (copy: {clean(copy)})" if copy else name


def _title(source: Source, name: str) -> str:
    return f"{name}, “{clean(source.title)}”"


def _id(source: Source, name: str) -> str:
    return f"{name} [{source.id}]"


def credits(documents: Sequence[Document], *, others: bool) -> list[str]:
    """The credits: each document's attribution, that the dataset is created by editing
    it, its terms, the dataset's licence; with `others`, how other sources are used."""
    lines = [clean(line) for line in forms.notice(documents).splitlines() if line.strip()]
    return [*lines, OTHERS] if others else lines
