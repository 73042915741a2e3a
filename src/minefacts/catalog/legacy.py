"""What a data file written for minefacts 2.x needs re-read to be a 3.0 file.

minefacts 2.x had four relations (confirms, consistent with, adds detail, disagrees) and
a bare ``disagrees_with`` list of ids on claims and figures. 3.0 separates a conflict
from a difference of scope or of wording, and types each link between records
(``links``: record, relation, note; see docs/relations.md). No program can tell which a
2.x "disagrees" was: an audit found half of them were not conflicts at all. So the owner
of such a file is told which records to re-read against their pages, by id, rather
than having them guessed.
"""

from __future__ import annotations

from typing import Any

from minefacts.errors import Problem

LINKS = (
    "written for minefacts 2.x: 'disagrees_with' is now 'links' ({record, relation, "
    "note}); re-read this record against its page and give each link its relation "
    "(docs/relations.md)"
)
DISAGREES = (
    "written for minefacts 2.x: re-read this 'disagrees' against its page: a real "
    "conflict stays 'disagrees'; else 'differs in scope', 'differs in wording' or "
    "'revises' (docs/relations.md)"
)


def _records(raw: Any) -> list[tuple[str, int, dict[str, Any]]]:
    """The claims and figures of a dataset file's secondary record, or of a
    secondary-record file: (collection, position, record)."""
    if not isinstance(raw, dict):
        return []
    holder, prefix = raw, ""
    if isinstance(raw.get("secondary"), dict):
        holder, prefix = raw["secondary"], "secondary."
    found = []
    for collection in ("claims", "figures"):
        items = holder.get(collection)
        if isinstance(items, list):
            found += [
                (f"{prefix}{collection}", index, item)
                for index, item in enumerate(items)
                if isinstance(item, dict)
            ]
    return found


NEW = frozenset({"differs in scope", "differs in wording", "revises"})
"""The relations 3.0 added: a file that uses one, or typed links, was written for 3.0."""


def is_legacy(raw: Any) -> bool:
    """Whether a file carries the 2.x shape of relations (a ``disagrees_with`` list)."""
    return any("disagrees_with" in item for _, _, item in _records(raw))


def _written_for_3(raw: Any) -> bool:
    return any(
        "links" in item or "verdict" in item or item.get("relation") in NEW
        for _, _, item in _records(raw)
    )


def rereads(raw: Any) -> list[Problem]:
    """For a 2.x file, the relations to re-read: each record with ``disagrees_with`` (its
    links to type) and, unless the file already uses 3.0's relations, each claim whose
    relation is "disagrees" (a conflict, or a difference of scope or of wording?).
    Nothing for a 3.0 file."""
    if not is_legacy(raw):
        return []
    problems, whole = [], not _written_for_3(raw)
    for collection, index, item in _records(raw):
        record_id = str(item.get("id", "?"))
        if "disagrees_with" in item:
            problems.append(Problem(collection, index, record_id, "disagrees_with", LINKS))
        elif whole and item.get("relation") == "disagrees":
            problems.append(Problem(collection, index, record_id, "relation", DISAGREES))
    return problems
