"""Amounts as people read them, with the source's own hedge: ``about ¥10,000,000,000``,
``US$13,100,000``, ``approximately 1,000,000 anti-personnel landmines``."""

from __future__ import annotations

from minefacts.model.records import Quantity

SYMBOLS = {"JPY": "¥", "USD": "US$"}
"""Currencies written with a sign before the number."""


def amount(quantity: Quantity) -> str:
    """An amount for reading, its qualifier first."""
    if quantity.unit in SYMBOLS:
        number = f"{SYMBOLS[quantity.unit]}{quantity.value:,}"
    elif quantity.unit == "CHF":
        number = f"CHF {quantity.value:,}"
    else:
        number = f"{quantity.value:,} {quantity.unit}"
    return f"{quantity.qualifier} {number}" if quantity.qualifier else number


def count(quantity: Quantity) -> str:
    """A count without its unit: ``15,000``."""
    return f"{quantity.value:,}"
