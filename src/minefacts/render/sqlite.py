"""The dataset as a SQLite database: a table per entity, foreign keys, and full-text search.

It opens in datasette or any SQL tool. Lists become child tables with a ``position``;
dates are kept as written (``date``) and as bounds (``date_start``, ``date_end``).
``events_fts`` and ``claims_fts`` are FTS5 indexes over the text columns:

    SELECT events.id FROM events_fts JOIN events ON events.rowid = events_fts.rowid
    WHERE events_fts MATCH 'managua';
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from minefacts.model.dates import PartialDate
from minefacts.model.records import Dataset
from minefacts.model.secondary import Corroboration

SCHEMA = """
PRAGMA foreign_keys = ON;
CREATE TABLE documents (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, publisher TEXT NOT NULL, date TEXT NOT NULL,
  url TEXT NOT NULL, file TEXT NOT NULL, sha256 TEXT NOT NULL);
CREATE TABLE events (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL,
  date TEXT NOT NULL, date_qualifier TEXT, date_precision TEXT NOT NULL,
  date_start TEXT NOT NULL, date_end TEXT NOT NULL, date_label TEXT NOT NULL, reading TEXT,
  source_document TEXT NOT NULL REFERENCES documents(id), source_section TEXT NOT NULL,
  source_quote TEXT NOT NULL);
CREATE TABLE event_places (
  event_id TEXT NOT NULL REFERENCES events(id), position INTEGER NOT NULL, city TEXT NOT NULL,
  country TEXT NOT NULL, country_in_source INTEGER NOT NULL, PRIMARY KEY (event_id, position));
CREATE TABLE event_parties (
  event_id TEXT NOT NULL REFERENCES events(id), position INTEGER NOT NULL, name TEXT NOT NULL,
  capacity TEXT, PRIMARY KEY (event_id, position));
CREATE TABLE event_quantities (
  event_id TEXT NOT NULL REFERENCES events(id), position INTEGER NOT NULL,
  value INTEGER NOT NULL, unit TEXT NOT NULL, qualifier TEXT, text TEXT NOT NULL, reading TEXT,
  PRIMARY KEY (event_id, position));
CREATE TABLE event_related (
  event_id TEXT NOT NULL REFERENCES events(id), position INTEGER NOT NULL,
  related_id TEXT NOT NULL, PRIMARY KEY (event_id, position));
CREATE TABLE roles (
  id TEXT PRIMARY KEY, role TEXT NOT NULL, body TEXT NOT NULL, body_kind TEXT NOT NULL,
  period TEXT NOT NULL, period_start TEXT NOT NULL, period_end TEXT NOT NULL,
  event_id TEXT NOT NULL REFERENCES events(id),
  source_document TEXT NOT NULL REFERENCES documents(id), source_section TEXT NOT NULL,
  source_quote TEXT NOT NULL);
CREATE TABLE role_partners (
  role_id TEXT NOT NULL REFERENCES roles(id), position INTEGER NOT NULL,
  partner TEXT NOT NULL, PRIMARY KEY (role_id, position));
CREATE TABLE pledges (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, amount_value INTEGER NOT NULL,
  amount_unit TEXT NOT NULL, amount_qualifier TEXT, amount_text TEXT NOT NULL,
  amount_reading TEXT, period TEXT NOT NULL, period_start TEXT NOT NULL,
  period_end TEXT NOT NULL, period_text TEXT NOT NULL, status TEXT NOT NULL,
  event_id TEXT NOT NULL REFERENCES events(id), achieved_value INTEGER, achieved_unit TEXT,
  achieved_text TEXT, achieved_event_id TEXT REFERENCES events(id),
  source_document TEXT NOT NULL REFERENCES documents(id), source_section TEXT NOT NULL,
  source_quote TEXT NOT NULL);
CREATE TABLE pledge_purposes (
  pledge_id TEXT NOT NULL REFERENCES pledges(id), position INTEGER NOT NULL,
  purpose TEXT NOT NULL, PRIMARY KEY (pledge_id, position));
CREATE TABLE pledge_not_in_source (
  pledge_id TEXT NOT NULL REFERENCES pledges(id), position INTEGER NOT NULL,
  gap TEXT NOT NULL, PRIMARY KEY (pledge_id, position));
CREATE TABLE secondary_sources (
  id TEXT PRIMARY KEY, publisher TEXT NOT NULL, title TEXT NOT NULL, date TEXT, url TEXT);
CREATE TABLE claims (
  id TEXT PRIMARY KEY, source_id TEXT NOT NULL REFERENCES secondary_sources(id),
  states TEXT NOT NULL, relation TEXT NOT NULL, date TEXT, date_means TEXT, note TEXT);
CREATE TABLE claim_about (
  claim_id TEXT NOT NULL REFERENCES claims(id), position INTEGER NOT NULL,
  record_id TEXT NOT NULL, PRIMARY KEY (claim_id, position));
CREATE TABLE claim_disagrees_with (
  claim_id TEXT NOT NULL REFERENCES claims(id), position INTEGER NOT NULL,
  other TEXT NOT NULL, PRIMARY KEY (claim_id, position));
CREATE TABLE claim_quantities (
  claim_id TEXT NOT NULL REFERENCES claims(id), position INTEGER NOT NULL,
  value INTEGER NOT NULL, unit TEXT NOT NULL, qualifier TEXT, text TEXT NOT NULL,
  PRIMARY KEY (claim_id, position));
CREATE VIRTUAL TABLE events_fts USING fts5(
  title, summary, source_quote, content='events', content_rowid='rowid');
CREATE VIRTUAL TABLE claims_fts USING fts5(states, note, content='claims', content_rowid='rowid');
"""


def _date(date: PartialDate | None) -> tuple[str | None, str | None, str | None]:
    if date is None:
        return None, None, None
    return str(date), date.lower.isoformat(), date.upper.isoformat()


def _insert(db: sqlite3.Connection, table: str, rows: Iterable[Sequence[Any]]) -> None:
    rows = list(rows)
    if rows:
        marks = ", ".join("?" for _ in rows[0])
        db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def write_database(dataset: Dataset, corroboration: Corroboration, path: Path) -> None:
    """Fill a new SQLite database at `path` with the dataset and its secondary sources."""
    db = sqlite3.connect(path)
    try:
        db.executescript(SCHEMA)
        with db:
            _fill(db, dataset, corroboration)
            db.execute("INSERT INTO events_fts(events_fts) VALUES ('rebuild')")
            db.execute("INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')")
    finally:
        db.close()


def _fill(db: sqlite3.Connection, dataset: Dataset, corroboration: Corroboration) -> None:
    _insert(
        db,
        "documents",
        [
            (d.id, d.title, d.publisher, str(d.date), d.url, d.file, d.sha256)
            for d in dataset.documents
        ],
    )
    _insert(
        db,
        "events",
        [
            (
                e.id,
                e.kind.value,
                e.title,
                e.summary,
                str(e.date),
                e.date_qualifier,
                e.date.precision,
                e.date.lower.isoformat(),
                e.date.upper.isoformat(),
                e.date_label(),
                e.reading,
                e.source.document,
                e.source.section,
                e.source.quote,
            )
            for e in dataset.events
        ],
    )
    _insert(
        db,
        "event_places",
        [
            (e.id, i, p.city, p.country, int(p.country_in_source))
            for e in dataset.events
            for i, p in enumerate(e.places)
        ],
    )
    _insert(
        db,
        "event_parties",
        [(e.id, i, p.name, p.capacity) for e in dataset.events for i, p in enumerate(e.parties)],
    )
    _insert(
        db,
        "event_quantities",
        [
            (e.id, i, q.value, q.unit, q.qualifier, q.text, q.reading)
            for e in dataset.events
            for i, q in enumerate(e.quantities)
        ],
    )
    _insert(
        db, "event_related", [(e.id, i, r) for e in dataset.events for i, r in enumerate(e.related)]
    )
    _insert(
        db,
        "roles",
        [
            (
                r.id,
                r.role,
                r.body,
                r.body_kind,
                *_date(r.period),
                r.event,
                r.source.document,
                r.source.section,
                r.source.quote,
            )
            for r in dataset.roles
        ],
    )
    _insert(
        db, "role_partners", [(r.id, i, p) for r in dataset.roles for i, p in enumerate(r.partners)]
    )
    _insert(
        db,
        "pledges",
        [
            (
                p.id,
                p.title,
                p.amount.value,
                p.amount.unit,
                p.amount.qualifier,
                p.amount.text,
                p.amount.reading,
                *_date(p.period),
                p.period_text,
                p.status,
                p.event,
                p.achieved.amount.value if p.achieved else None,
                p.achieved.amount.unit if p.achieved else None,
                p.achieved.amount.text if p.achieved else None,
                p.achieved.event if p.achieved else None,
                p.source.document,
                p.source.section,
                p.source.quote,
            )
            for p in dataset.pledges
        ],
    )
    _insert(
        db,
        "pledge_purposes",
        [(p.id, i, purpose) for p in dataset.pledges for i, purpose in enumerate(p.purposes)],
    )
    _insert(
        db,
        "pledge_not_in_source",
        [(p.id, i, gap) for p in dataset.pledges for i, gap in enumerate(p.not_in_source)],
    )
    _insert(
        db,
        "secondary_sources",
        [(s.id, s.publisher, s.title, _date(s.date)[0], s.url) for s in corroboration.sources],
    )
    _insert(
        db,
        "claims",
        [
            (c.id, c.source, c.states, c.relation, _date(c.date)[0], c.date_means, c.note)
            for c in corroboration.claims
        ],
    )
    _insert(
        db,
        "claim_about",
        [(c.id, i, r) for c in corroboration.claims for i, r in enumerate(c.about)],
    )
    _insert(
        db,
        "claim_disagrees_with",
        [(c.id, i, o) for c in corroboration.claims for i, o in enumerate(c.disagrees_with)],
    )
    _insert(db, "claim_quantities", [
        (c.id, i, q.value, q.unit, q.qualifier, q.text)
        for c in corroboration.claims for i, q in enumerate(c.quantities)
    ])  # fmt: skip
