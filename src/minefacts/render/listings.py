"""Every listing, declared once: the fields of its rows (`minefacts.render.json.rows`, which
make its JSON and its CSV), the columns people see (which make its table, TSV and
Markdown), and the name of its view on a terminal (`minefacts.render.terminal.tables`).
`output.emit` picks one by ``--format``.

A row is labelled plainly ``primary`` only when everything it shows is the source
document's own; a fact of the source document that other records date more exactly says
so. A date or amount the records dispute carries the dispute mark, and the other side in
its own column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from minefacts.model.dates import PartialDate
from minefacts.model.records import Role
from minefacts.model.secondary import Claim, Figure, SecondaryRole
from minefacts.query.index import kind_of, provenance_of, title_of
from minefacts.query.spans import Certainty
from minefacts.render.fields import Column, Obj, edtf
from minefacts.render.words import amounts, dates, names, phrases
from minefacts.render.words.phrases import DISPUTE_MARK, POSSIBLY_MARK, provenance_tone

if TYPE_CHECKING:
    from minefacts.query.aid import AidProgress
    from minefacts.query.disputes import Dispute, Side
    from minefacts.query.events import Entry
    from minefacts.query.figures import Row
    from minefacts.query.roles import Listed
    from minefacts.query.search import Hit
    from minefacts.query.sources import SourceSummary


@dataclass(frozen=True)
class Listing:
    """How one kind of listing is rendered in every output format."""

    rows: str
    """The name of its rows' fields in `minefacts.render.json.rows`: its JSON, and its CSV
    columns (`fields`), imported only for those formats, so that a table or TSV does not
    pay for reading the models."""
    columns: Sequence[Column]
    """The columns people see: its table, TSV and Markdown."""
    view: str
    """The name of its view for people in `minefacts.render.terminal.tables`."""
    title: str = ""
    credits: bool = False
    """Whether the view for people ends with the full attribution of the source documents
    (as the listing of sources does)."""
    compact: Sequence[Column] = ()
    """Fewer, wider columns for a table where the full set does not fit (80 columns):
    what the others hold apart, joined in one; a narrower terminal gets blocks."""
    ids: Callable[[Any], Sequence[str]] = lambda item: ()
    """The records a row shows, whose sources a Markdown handout credits."""

    @property
    def fields(self) -> Obj:
        """Its rows' fields: its JSON, and its CSV columns."""
        from minefacts.render.json import rows

        found: Obj = getattr(rows, self.rows)
        return found

    def records(self, items: Sequence[Any]) -> list[Any]:
        """The items as JSON."""
        return [self.fields.json(item) for item in items]

    @property
    def shown(self) -> list[Column]:
        """The columns people see: its table's and its Markdown's (TSV has every one)."""
        return [column for column in self.columns if column.people]


DATED_BY_OTHERS = "primary, dated by others"
"""A fact of the source document shown with dates other records give."""


def _marks(match: Certainty, disputes: Sequence[Dispute], field: str = "date") -> str:
    """The marks after a date: possibly outside the dates asked for, disputed."""
    marks = f" {POSSIBLY_MARK}" if match is Certainty.POSSIBLY else ""
    if any(d.field == field for d in disputes):
        marks += f" {DISPUTE_MARK}"
    return marks


def said(value: Any) -> str:
    """A side of a dispute in words: a date, amounts, or a statement."""
    if isinstance(value, PartialDate):
        return dates.date(value)
    if isinstance(value, tuple):
        return ", ".join(amounts.amount(quantity) for quantity in value)
    return str(value)


def _named(side: Side) -> str:
    """The sources behind a side, named in words: "Landmine Monitor 2003 and the
    Monitor"."""
    return phrases.and_list([names.source(source) for source in side.sources])


def other_side(disputes: Sequence[Dispute], record_id: str) -> str:
    """What the records on the other side of a row's disputes say, who says it, and which
    records, to `show` next: ``MOFA, 3 Dec 2004: 28 Nov – 3 Dec 2004
    (first-review-conference-opened-28-november)``; a revision says which way it goes,
    and a side other records show in error says so."""
    parts = []
    for dispute in disputes:
        for side in dispute.sides:
            if record_id in side.records:
                continue
            text = f"{_named(side)}: {said(side.value)} ({' '.join(side.records)})"
            if dispute.relation == "revises":
                text = ("revised by " if record_id == dispute.subject else "revises ") + text
            if dispute.verdict is not None and dispute.verdict.error in side.records:
                text += ", in error"
            parts.append(text)
    return "; ".join(parts)


def _disputed(dispute: Dispute) -> str:
    """What a dispute is over, in words: "the date of Production of anti-personnel mines
    stops", "mine action funding for 1999, in Landmine Monitor 2000"."""
    about = dispute.about
    if isinstance(about, Figure | Claim):
        own = next(side for side in dispute.sides if about.id in side.records)
        if isinstance(about, Figure):
            return f"{about.measure} for {dates.date(about.date)}, in {_named(own)}"
        if dispute.field == "amount" and about.amounts_mean:
            return f"the amount {about.amounts_mean}, in {_named(own)}"
        return f"what {_named(own)} says"
    if isinstance(about, Role | SecondaryRole):
        what = f"{about.role} of the {about.body}"
    else:
        what = about.title
    if dispute.field == "statement":
        return what
    return f"the {dispute.field} of {what}"


def _sides(dispute: Dispute) -> str:
    """Each side: who gives it, and its value: "Landmine Monitor 2003 and the Monitor: 1997
    | The Japan Times, 8 Feb 2003: Mar 1998"; a side other records show in error says so,
    so that no narrow table drops the verdict."""
    error = dispute.verdict.error if dispute.verdict else None
    return " | ".join(
        f"{_named(side)}: {said(side.value)}" + (" (in error)" if error in side.records else "")
        for side in dispute.sides
    )


def _verdict(dispute: Dispute) -> str:
    """Which side other records show in error, and why."""
    verdict = dispute.verdict
    if verdict is None:
        return ""
    wrong = next(side for side in dispute.sides if verdict.error in side.records)
    return f"{_named(wrong)} is in error: {verdict.note}"


# timeline


def _placed_label(entry: Entry) -> str:
    """Where an entry is placed; one placed by its announcement also gives what it covers:
    ``Dec 1997 (announced; covers 1998–2002)``."""
    label = dates.placed(entry)
    if entry.placed_by is not None:
        covers = dates.dated(entry.event.date, entry.event.date_qualifier)
        label += f" ({entry.placed_by.date_means}; covers {covers})"
    return label + _marks(entry.match, entry.disputes)


def _entry_provenance(entry: Entry) -> str:
    return DATED_BY_OTHERS if entry.dated_by else provenance_of(entry.event)


def _places(places: Sequence[Any]) -> str:
    return "; ".join(f"{place.city}, {place.country}" for place in places)


TIMELINE = Listing(
    ids=lambda entry: (entry.event.id,),
    rows="TIMELINE",
    columns=[
        Column("id", "Id", lambda e: e.event.id, wrap=False, style="cyan"),
        edtf("date", lambda e: e.event.date),
        Column("date_label", "Date", _placed_label, style="bold", readable=11),
        Column("kind", "Kind", lambda e: e.event.kind.value, priority=2, wrap=False),
        Column("title", "Event", lambda e: e.event.title, readable=24, main=True),
        Column("places", "Place", lambda e: _places(e.event.places), priority=1),
        Column("disputed", "Disputed", lambda e: other_side(e.disputes, e.event.id), priority=5),
        Column("provenance", "Source", _entry_provenance, tone=provenance_tone),
    ],
    view="listing",
    title="Japan and the Ottawa Convention: timeline",
)


# search


def _search_marks(hit: Hit) -> list[tuple[int, int]]:
    from minefacts.query.textmatch import matches, words

    return [
        (start, end)
        for start, end, word in words(title_of(hit.record))
        if any(matches(term, word) for term in hit.matched)
    ]


SEARCH = Listing(
    ids=lambda hit: (hit.record.id,),
    rows="SEARCH",
    columns=[
        Column("id", "Id", lambda hit: hit.record.id, wrap=False, style="cyan"),
        edtf("date", lambda hit: hit.date),
        Column(
            "date_label",
            "Date",
            lambda hit: dates.optional(hit.date),
            priority=2,
            style="bold",
            readable=11,
        ),
        Column("kind", "Kind", lambda hit: kind_of(hit.record), priority=3, wrap=False),
        Column(
            "title",
            "Record",
            lambda hit: title_of(hit.record),
            marks=_search_marks,
            readable=24,
            main=True,
        ),
        Column("found_in", "Found in", lambda hit: ", ".join(hit.fields), priority=4),
        Column(
            "provenance",
            "Source",
            lambda hit: provenance_of(hit.record),
            wrap=False,
            tone=provenance_tone,
        ),
    ],
    view="ranked",
    title="Search results",
)


# roles


def _partners(item: Listed) -> str:
    """The partners: the role's own source's, then those other records name, with when
    they place them: ``Nicaragua (another record: Sep 2000 – Sep 2001)``."""
    named = []
    for partner in item.term.partners:
        if partner.basis == item.term.role.id:
            named.append(partner.name)
        elif partner.date is not None:
            named.append(f"{partner.name} (another record: {dates.date(partner.date)})")
        else:
            named.append(f"{partner.name} (another record)")
    return "; ".join(named)


def _role_provenance(item: Listed) -> str:
    term = item.term
    others = term.narrowing or any(p.basis != term.role.id for p in term.partners)
    if provenance_of(term.role) == "primary" and others:
        return DATED_BY_OTHERS
    return provenance_of(term.role)


def _office(item: Listed) -> str:
    """The office, its body, its partners and its provenance in one: ``co-chair,
    Standing Committee on Victim Assistance; with Nicaragua (another record: Sep 2000 –
    Sep 2001) — primary, dated by others``."""
    partners = _partners(item)
    office = f"{item.term.role.role}, {item.term.role.body}"
    office = f"{office}; with {partners}" if partners else office
    return f"{office} — {_role_provenance(item)}"


def _term(item: Listed) -> str:
    return dates.term(item.term.span) + _marks(item.match, item.disputes)


ROLES = Listing(
    ids=lambda item: (item.term.role.id, *item.term.narrowing),
    rows="ROLES",
    compact=[
        Column("id", "Id", lambda item: item.term.role.id, wrap=False, style="cyan"),
        Column("term", "Term", _term, style="bold", readable=11),
        Column("office", "Role — Source", _office, readable=24, main=True),
    ],
    columns=[
        Column("id", "Id", lambda item: item.term.role.id, wrap=False, style="cyan"),
        edtf("period", lambda item: item.term.role.period),
        Column("term", "Term", _term, style="bold", readable=11),
        Column("role", "Role", lambda item: item.term.role.role),
        Column("body", "Body", lambda item: item.term.role.body, readable=20, main=True),
        Column("partners", "Partners", _partners, priority=2),
        Column(
            "disputed",
            "Disputed",
            lambda item: other_side(item.disputes, item.term.role.id),
            priority=5,
        ),
        Column("provenance", "Source", _role_provenance, tone=provenance_tone),
    ],
    view="listing",
    title="Roles Japan held",
)


# aid-progress


def _reached(item: AidProgress) -> str:
    return "at least the target" if item.pledge.achieved is not None else ""


AID = Listing(
    ids=lambda item: (item.pledge.id, *(p.claim.id for p in item.provided)),
    rows="AID",
    columns=[
        Column("id", "Id", lambda item: item.pledge.id, wrap=False),
        Column("title", "Pledge", lambda item: item.pledge.title),
        Column(
            "announced",
            "Announced",
            lambda item: dates.optional(item.announced.date if item.announced else None),
            priority=2,
        ),
        Column("period", "Covers", lambda item: dates.date(item.pledge.period)),
        Column("target", "Target", lambda item: amounts.amount(item.pledge.amount), priority=3),
        Column("reached", "Reached", _reached),
        Column(
            "reached_when",
            "When",
            lambda item: (
                dates.dated(item.achieved.date, item.achieved.date_qualifier)
                if item.achieved
                else ""
            ),
        ),
    ],
    view="aid",
)


# sources


def _rests(source: SourceSummary) -> str:
    if source.primary:
        return f"{len(source.supports)} facts, quoted"
    parts = [f"adds {' '.join(source.supports)}"] if source.supports else []
    parts += [f"{relation}: {' '.join(ids)}" for relation, ids in source.relations.items()]
    if source.disagreements:
        parts.append(f"disputes: {' '.join(source.disagreements)}")
    return "; ".join(parts)


SOURCES = Listing(
    rows="SOURCES",
    columns=[
        Column("id", "Id", lambda source: source.id, wrap=False, style="cyan"),
        Column(
            "role",
            "Role",
            lambda s: "primary" if s.primary else "secondary",
            wrap=False,
            tone=provenance_tone,
        ),
        Column("title", "Title", lambda source: source.title, readable=20, main=True),
        Column("publisher", "Publisher", lambda source: source.publisher or "", priority=3),
        edtf("date", lambda source: source.date),
        Column(
            "date_label",
            "Date",
            lambda source: dates.optional(source.date),
            priority=2,
            readable=11,
        ),
        Column("url", "Address", lambda source: source.url or ""),
        Column("rests", "What rests on it", _rests, priority=4),
    ],
    view="sources",
    title="Sources",
    credits=True,
)


# funding and retained


def _units(row: Row, unit: str) -> str:
    """A row's amounts in one unit, as the source words them; nothing for a gap (its
    span says so)."""
    if row.figure is None:
        return ""
    found = "; ".join(amounts.amount(q) for q in row.figure.amounts if q.unit == unit)
    return found + _marks(Certainty.YES, row.disputes, "amount") if found else ""


def _row_date(row: Row) -> str:
    if row.figure is None:
        return str(row.year)
    return dates.dated(row.figure.date, row.figure.date_qualifier)


def _row_disputed(row: Row) -> str:
    return other_side(row.disputes, row.figure.id) if row.figure else ""


FUNDING = Listing(
    ids=lambda row: (row.figure.id,) if row.figure else (),
    rows="FUNDING",
    columns=[
        Column(
            "id",
            "Id",
            lambda row: row.figure.id if row.figure else "",
            priority=3,
            wrap=False,
            style="cyan",
        ),
        Column("year", "Year", lambda row: "" if row.year is None else str(row.year), people=False),
        edtf("date", lambda row: row.figure.date if row.figure else None),
        Column("date_label", "Year", _row_date, wrap=False, style="bold"),
        Column("span", "Span", lambda row: row.figure.span if row.figure else "gap"),
        Column("jpy", "Yen", lambda row: _units(row, "JPY")),
        Column("usd", "US dollars", lambda row: _units(row, "USD")),
        Column("disputed", "Disputed", _row_disputed, priority=5),
        Column(
            "source",
            "Source",
            lambda row: row.figure.source.document if row.figure else "",
            priority=1,
            wrap=False,
        ),
    ],
    view="funding",
    title="Japan's mine-action funding, as each source gives it",
)

RETAINED = Listing(
    ids=lambda row: (row.figure.id,),
    rows="RETAINED",
    columns=[
        Column("id", "Id", lambda row: row.figure.id, wrap=False, style="cyan"),
        edtf("date", lambda row: row.figure.date),
        Column("date_label", "Date", _row_date, style="bold"),
        Column("measure", "What", lambda row: row.figure.measure),
        Column(
            "count",
            "Mines",
            lambda row: (
                "; ".join(amounts.count(q) for q in row.figure.amounts)
                + _marks(Certainty.YES, row.disputes, "amount")
            ),
            wrap=False,
        ),
        Column("span", "Span", lambda row: row.figure.span, priority=2),
        Column("note", "Note", lambda row: row.figure.note or "", priority=4),
        Column("disputed", "Disputed", _row_disputed, priority=5),
        Column("source", "Source", lambda row: row.figure.source.document, priority=1, wrap=False),
    ],
    view="retained",
    title="Mines Japan held, destroyed, retained and used",
)


# disputes


DISPUTES = Listing(
    ids=lambda dispute: dispute.records,
    rows="DISPUTES",
    columns=[
        Column("id", "Id", lambda d: d.record, wrap=False, style="cyan"),
        Column("subject", "About", _disputed, readable=20, main=True),
        Column("relation", "Relation", lambda d: d.relation, wrap=False),
        Column("sides", "Sides", _sides, readable=30),
        Column(
            "records",
            "Records",
            lambda d: " | ".join(", ".join(side.records) for side in d.sides),
            priority=4,
        ),
        Column("verdict", "Verdict", _verdict, priority=2),
        Column("note", "Note", lambda d: d.note or "", priority=3),
    ],
    view="listing",
    title="Where the records disagree, and where a later edition revises",
)
