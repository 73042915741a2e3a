"""How a quantity's words state its number: ``¥2.31 billion`` is 2.31 billions, ``about
_10 billion`` 10 billions, ``approximately one million`` one million, ``15,000`` fifteen
thousand. The words give the precision the source states, which its value alone does not.

The dataset rules check that the words and the value agree; the renderer writes an amount
at the precision its words give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_NUMBER = re.compile(
    r"(?:(?P<digits>\d[\d,]*(?:\.\d+)?)|\b(?P<word>" + "|".join(_WORDS) + r")\b)"
    r"(?:\s+(?P<scale>" + "|".join(SCALES) + r")\b)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Stated:
    """The number a quantity's words state: as written (``2.31``, ``5,499``, ``one``),
    the scale word after it (``billion``), and the whole number they mean."""

    number: str
    scale: str | None
    value: int


def stated(text: str) -> Stated | None:
    """The first number `text` states, with its scale; None when it states none."""
    found = _NUMBER.search(text)
    if found is None:
        return None
    scale = found["scale"].lower() if found["scale"] else None
    if found["digits"]:
        number = found["digits"]
        amount = Decimal(number.replace(",", ""))
    else:
        number = found["word"].lower()
        amount = Decimal(_WORDS[number])
    whole = amount * SCALES.get(scale or "", 1)
    return Stated(number, scale, int(whole)) if whole == int(whole) else None
