"""The records a card is about, remembered as the card names them, for the lines that
let a user show each; and what a card says where the sources are silent."""

from __future__ import annotations

from minefacts.query.index import Index
from minefacts.render.words import names
from minefacts.render.words.phrases import and_list

NONE_NAMED = "the sources name none"
"""What a view says where the sources are silent: never "none"."""


class Mentions:
    """The records a card is about (its events, roles, pledges, deadline), in order, for
    the lines that let a user show each; the records that only support a sentence are
    named by their sources, and `show` of the record they support lists them."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self.ids: list[str] = []

    def named(self, *ids: str, drop_document: bool = False) -> str:
        """The records behind a sentence, named by their sources; without the source
        document where a sentence has named it already."""
        found = names.sources(self.index, list(ids))
        if drop_document:
            found = [name for name in found if name != names.SOURCE_DOCUMENT]
        return and_list(found)

    def titled(self, item_id: str) -> str:
        """One record the card is about, named by its title, and remembered."""
        self.ids.append(item_id)
        return names.record(self.index, item_id)
