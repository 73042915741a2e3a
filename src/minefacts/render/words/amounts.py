"""Amounts as people read them, at the precision their source states, with its hedge:
``about ¥10 billion``, ``US$13.1 million``, ``¥4,599,974,319``, ``approximately 1 million
anti-personnel landmines``. The value stays exact in JSON; what a table or sentence
prints is never more precise than the source's own words."""

from __future__ import annotations

from minefacts.model.records import Quantity

SYMBOLS = {"JPY": "¥", "USD": "US$"}
"""Currencies written with a sign before the number."""
_DIGITS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
           "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10"}  # fmt: skip


def number(quantity: Quantity) -> str:
    """The number at the source's precision, without unit or hedge: ``2.31 billion``,
    ``5,499 million``, ``15,000``."""
    from minefacts.model.amounts import stated  # decimal, only where an amount is written

    words = stated(quantity.text)
    if words is None or words.value != quantity.value:
        return f"{quantity.value:,}"
    digits = _DIGITS.get(words.number, words.number)
    if words.scale:
        return f"{digits} {words.scale}"
    return f"{quantity.value:,}"


def amount(quantity: Quantity) -> str:
    """An amount for reading, its qualifier first."""
    said = number(quantity)
    if quantity.unit in SYMBOLS:
        said = f"{SYMBOLS[quantity.unit]}{said}"
    elif quantity.unit == "CHF":
        said = f"CHF {said}"
    else:
        said = f"{said} {quantity.unit}"
    return f"{quantity.qualifier} {said}" if quantity.qualifier else said


def count(quantity: Quantity) -> str:
    """A count without its unit, at the source's precision: ``15,000``."""
    return number(quantity)
