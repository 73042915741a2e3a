"""Every listing, declared once: the fields of its rows (`minefacts.render.json.rows`, which
make its JSON and its CSV), the columns people see (which make its table, TSV and
Markdown), and the name of its view on a terminal (`minefacts.render.terminal.tables`).
`output.emit` picks one by ``--format``.

A row is labelled plainly ``primary`` only when everything it shows is the source
document's own; a fact of the source document that other records date more exactly says
so. A date or amount the records dispute carries the dispute mark, and the other side in
its own column.
"""

from minefacts.render.listings.base import DATED_BY_OTHERS, Listing
from minefacts.render.listings.events import SEARCH, TIMELINE
from minefacts.render.listings.figures import FUNDING, RETAINED
from minefacts.render.listings.offices import AID, ROLES
from minefacts.render.listings.sources import DISPUTES, SOURCES

__all__ = [
    "AID",
    "DATED_BY_OTHERS",
    "DISPUTES",
    "FUNDING",
    "RETAINED",
    "ROLES",
    "SEARCH",
    "SOURCES",
    "TIMELINE",
    "Listing",
]
