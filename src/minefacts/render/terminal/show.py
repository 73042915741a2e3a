"""What `show` and `document` print for people: one record or source in full, as a card of
labelled rows, and the source document under its citation and licence.

The rows say exactly what the data says: for a role, its term and what the source
document alone says where other records narrow it; for any record, what other records
say of it, disagreements named from both sides.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from minefacts.model.records import Document, Event, Pledge, Role
from minefacts.model.secondary import (
    Claim,
    Figure,
    SecondaryEvent,
    SecondaryRole,
    SecondarySource,
)
from minefacts.query.facts import Said, View
from minefacts.query.index import Index, Record, Source, kind_of, title_of
from minefacts.query.terms import Term
from minefacts.render.citation import forms
from minefacts.render.terminal.cards import Card, cell, draw, prose
from minefacts.render.words import dates, names, phrases
from minefacts.render.words.amounts import amount
from minefacts.render.words.phrases import and_list

if TYPE_CHECKING:
    from rich.console import RenderableType

    from minefacts.query.facts import DocumentView

SOURCE_DOCUMENT = "the source document"


def _links(item: Claim | Figure) -> list[str]:
    """How a record relates to others, each link in words with its note."""
    lines = []
    for link in item.links:
        note = f": {link.note}" if link.note else ""
        lines.append(f"{phrases.linked(link.relation, link.record)}{note}")
    if item.verdict is not None:
        verdict = item.verdict
        lines.append(
            f"in error: {verdict.error}, shown by {', '.join(verdict.shown_by)}: {verdict.note}"
        )
    return lines


def _sentence(text: str) -> str:
    """A phrase as a sentence: its first letter upper case, one full stop at its end."""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else f"{text}."


def _said(items: Sequence[Said], primary_only: bool, *, own: str) -> str:
    """What other records say, each by its relation, with its source's short name, the
    part of it, and its id (`minefacts cite ID` gives its citation in full)."""
    if primary_only:
        return "secondary records hidden (--primary-only)"
    if not items:
        return f"none found: this rests on {own} alone"
    lines = []
    for item in items:
        said = item.claim
        relation = said.relation if isinstance(said, Claim) else f"counts ({said.measure})"
        amounts_said = ""
        if isinstance(said, Figure):
            amounts_said = " " + ", ".join(amount(q) for q in said.amounts) + "."
        section = f", {said.source.section}" if said.source.section else ""
        by = f"— {names.source(item.source)}{section} ({said.id})"
        extra = "".join(f" {_sentence(line)}" for line in _links(said))
        note = f" {said.note}" if said.note else ""
        lines.append(f"- {relation}: {said.states}{amounts_said} {by}{extra}{note}")
    return "\n".join(lines)


def _places(record: Event | SecondaryEvent) -> str:
    return "; ".join(
        f"{p.city}, {p.country}" + ("" if p.country_in_source else " (country added)")
        for p in record.places
    )


def _event_rows(card: Card, record: Event | SecondaryEvent) -> None:
    date = record.date
    card.add("Kind", record.kind.value)
    card.add("Date", f"{dates.dated(date, record.date_qualifier)} ({date.precision}: {date})")
    if getattr(record, "date_means", None) == "covers":
        card.add("Date means", "the period it covers, not when it happened")
    if record.places:
        card.add("Places", _places(record))
    for party in record.parties:
        capacity = f" ({party.capacity})" if party.capacity else ""
        card.add("Party", f"{party.name}{capacity}")
    for quantity in record.quantities:
        card.add("Amount", f"{amount(quantity)}, in the source's words: {quantity.text!r}")
    card.add("Summary", record.summary)
    if record.reading:
        card.add("Reading", record.reading)


def _term_rows(card: Card, record: Role | SecondaryRole, found: Term | None, index: Index) -> None:
    card.add("Kind", f"role in a {record.body_kind}")
    card.add("Period", f"{dates.date(record.period)} ({record.period}), as its source gives it")
    if found is not None:
        others = [b for b in found.basis if b != record.id]
        basis = and_list([n for n in names.sources(index, others) if n != names.SOURCE_DOCUMENT])
        words = dates.term_words(found.span)
        if found.conflict:
            card.add("Term", f"{words}: the records that would narrow it contradict each other")
        elif found.narrowed and found.seed_span is not None:
            seed = dates.term_words(found.seed_span)
            card.add("Term", f"{words} (from {basis}); the source document alone: {seed}")
        else:
            card.add("Term", f"{words}" + (f" (from {basis})" if basis else ""))
    silent = (
        "the source document names none" if isinstance(record, Role) else "its source names none"
    )
    card.add("Partners", ", ".join(record.partners) or silent)
    if isinstance(record, SecondaryRole):
        card.add("Summary", record.summary)
    if record.reading:
        card.add("Reading", record.reading)


def _claim_rows(card: Card, record: Claim | Figure) -> None:
    if isinstance(record, Claim):
        card.add("Kind", f"claim ({record.relation})")
        card.add("About", "\n".join(f"- {about}" for about in record.about))
        if record.date is not None:
            card.add("Date", f"{dates.date(record.date)} ({record.date_means})")
        quantities = record.quantities
    else:
        card.add("Kind", f"figure: {record.measure} ({record.span})")
        card.add(
            "Date",
            f"{dates.dated(record.date, record.date_qualifier)} "
            f"({record.date.precision}: {record.date})",
        )
        quantities = record.amounts
    for quantity in quantities:
        card.add("Amount", amount(quantity))
    card.items("Links", _links(record), none="none")
    if record.note:
        card.add("Note", record.note)


def _source_rows(card: Card, source: Source, resting: Sequence[Record]) -> None:
    card.add(
        "Kind",
        "source document (primary)"
        if isinstance(source, Document)
        else f"secondary source ({source.type})",
    )
    if isinstance(source, SecondarySource):
        if source.publisher:
            card.add("Publisher", source.publisher)
        if source.author:
            card.add("Author", source.author)
        if source.container:
            card.add("In", source.container)
    else:
        card.add("Publisher", source.publisher)
    if source.date is not None:
        card.add("Date", dates.date(source.date))
    card.add("Address", source.url or "none recorded")
    card.add("Accessed", source.accessed or "not recorded")
    card.add("Cite as", forms.cite(source))
    card.items(
        "Resting on it",
        [f"{kind_of(item)} {item.id}: {title_of(item)}" for item in resting],
        none="nothing in this dataset",
    )


def fact_card(found: View) -> Card:
    """Everything about one record or source."""
    item = found.item
    card = Card(title_of(item))
    card.add("Id", item.id)
    if not isinstance(item, Record):
        _source_rows(card, item, found.resting)
        return card
    if isinstance(item, Event | SecondaryEvent):
        _event_rows(card, item)
    elif isinstance(item, Role | SecondaryRole):
        _term_rows(card, item, found.term, found.index)
    elif isinstance(item, Pledge):
        card.add("Kind", "pledge")
        card.add("Amount", f"{amount(item.amount)} ({item.amount.text!r})")
        card.add("Period", f"{dates.date(item.period)} ({item.period_text})")
        card.add("Status", item.status)
    else:
        _claim_rows(card, item)
    source = found.source
    quoted = isinstance(item, Event | Role | Pledge)
    if source is not None:
        section = forms.where(item.source.section, quoted=quoted)
        card.add("Source", forms.cite(source, section=section))
    if isinstance(item, Event | Role | Pledge):
        card.add("Quote", item.source.quote)
        if found.passage is not None:
            passage = found.passage
            card.add("In its paragraph", passage.paragraph, ((passage.start, passage.end),))
        own = SOURCE_DOCUMENT
    else:
        card.add("Quote", "none: other records are paraphrased, never quoted")
        own = "its source"
    card.items(
        "Related", [f"{kind_of(o)} {o.id}: {title_of(o)}" for o in found.related], none="none"
    )
    if not isinstance(item, Claim):
        card.add("Other records", _said(found.said, found.primary_only, own=own))
    return card


def fact(found: View, styled: bool, width: int) -> RenderableType:
    """One record or source in full."""
    return draw(fact_card(found), styled=styled, width=width)


def document(found: DocumentView, styled: bool, width: int) -> RenderableType:
    """The source document under its citation and licence, a marked quote emphasised."""
    from rich.console import Group

    header = "\n".join(
        [
            forms.source_line(found.document),
            forms.terms(found.document),
            f"Reproduced unchanged from seeds/{found.document.file} "
            f"(SHA-256 {found.document.sha256}).",
        ]
    )
    rule = cell("-" * min(40, width))
    body = prose(found.text.rstrip("\n"), width, found.marks, styled=styled)
    return Group(prose(header, width), rule, body)
