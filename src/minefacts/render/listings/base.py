"""What a listing is: how one kind of listing is rendered in every output format, and
what every listing's rows share: the marks after a date, and the label of a fact of the
source document that other records date."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from minefacts.query.spans import Certainty
from minefacts.render.fields import Column, Obj
from minefacts.render.words.phrases import DISPUTE_MARK, POSSIBLY_MARK

if TYPE_CHECKING:
    from minefacts.query.disputes import Dispute


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
        fields = self.fields
        return [fields.json(item) for item in items]

    @property
    def shown(self) -> list[Column]:
        """The columns people see: its table's and its Markdown's (TSV has every one)."""
        return [column for column in self.columns if column.people]


DATED_BY_OTHERS = "primary, dated by others"
"""A fact of the source document shown with dates other records give."""


def marks(match: Certainty, disputes: Sequence[Dispute], field: str = "date") -> str:
    """The marks after a date: possibly outside the dates asked for, disputed."""
    marks = f" {POSSIBLY_MARK}" if match is Certainty.POSSIBLY else ""
    if any(d.field == field for d in disputes):
        marks += f" {DISPUTE_MARK}"
    return marks
