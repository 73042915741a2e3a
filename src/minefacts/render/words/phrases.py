"""The small phrases answers are built of: statuses, counts, lists, suggestions."""

from __future__ import annotations

from collections.abc import Sequence

from minefacts.query.spans import Certainty

HELD = {Certainty.YES: "held", Certainty.POSSIBLY: "possibly held", Certainty.NO: "not held"}
"""Whether a role was held, in words."""


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """``1 event``, ``3 events``, ``2 parties`` (with `nouns`)."""
    many = nouns if nouns is not None else f"{noun}s"
    return f"{count:,} {noun if count == 1 else many}"


def days(count: int) -> str:
    """``1 day``, ``1,461 days``."""
    return plural(count, "day")


def and_list(items: Sequence[str], word: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c``; ``a; b; and c`` when an item has a comma of its
    own ("MOFA, 4 Mar 2004"), so that the last two cannot read as one. `word` joins the
    last two: ``a, b or c``."""
    if len(items) <= 1:
        return "".join(items)
    if len(items) > 2 and any("," in item for item in items):
        return f"{'; '.join(items[:-1])}; {word} {items[-1]}"
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def or_quoted(items: Sequence[str]) -> str:
    """``'a'``, ``'a' or 'b'``: candidates to choose from."""
    return " or ".join(repr(item) for item in items)


def did_you_mean(close: Sequence[str]) -> str:
    """``did you mean 'x'? `` for the closest candidates, or nothing when there are none."""
    return f"did you mean {or_quoted(close)}? " if close else ""


LINKED = {
    "confirms": "confirms",
    "consistent with": "is consistent with",
    "adds detail": "adds detail to",
    "differs in scope": "differs in scope from",
    "differs in wording": "differs in wording from",
    "revises": "revises",
    "disagrees": "disagrees with",
}
"""Each relation as the verb that links one record to another: "X differs in wording from
Y"."""


def linked(relation: str, other: str) -> str:
    """A link in words: ``differs in wording from state-party-from-acceptance``."""
    return f"{LINKED.get(relation, relation)} {other}"


POSSIBLY_MARK = "?"
"""After a date that may fall outside the dates asked about."""
DISPUTE_MARK = "≠"
"""After a date or amount the records disagree on, or a later edition revises."""


PRIMARY_TONE = "green"
"""The colour of the source document's facts, where colour shows; "primary" says it too."""
SECONDARY_TONE = "yellow"
"""The colour of other records' facts, where colour shows; "secondary" says it too."""


def provenance_tone(text: str) -> str | None:
    """The colour of a provenance label: primary (also "primary, dated by others") or
    secondary."""
    if text.startswith("primary"):
        return PRIMARY_TONE
    return SECONDARY_TONE if text.startswith("secondary") else None
