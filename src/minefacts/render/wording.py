"""How dates, bounds, amounts and answers read in English: the words every view shares."""

from __future__ import annotations

import datetime as dt

from minefacts.model.records import Quantity
from minefacts.query.spans import Certainty, Span

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_label(day: dt.date) -> str:
    """``30 Sep 1998``."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _month_end(day: dt.date) -> dt.date:
    following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def coarse(first: dt.date, last: dt.date) -> str:
    """The smallest calendar unit that holds both days: ``18 Sep 2001``, ``Sep 2001``,
    ``2001`` or ``2000–2001``. Never more precise than the bounds."""
    if first == last:
        return day_label(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{_MONTHS[first.month - 1]} {first.year}"
    if first.year == last.year:
        return f"{first.year}"
    return f"{first.year}–{last.year}"


def between(first: dt.date, last: dt.date) -> str:
    """Bounds in words, exactly: ``on 18 Sep 2001``, ``in Sep 2001``, ``in 2001`` for a
    whole unit, else ``between 16 Sep 2002 and 31 Dec 2002``."""
    if first == last:
        return f"on {day_label(first)}"
    whole_month = first.day == 1 and last == _month_end(first)
    if whole_month:
        return f"in {_MONTHS[first.month - 1]} {first.year}"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return f"in {first.year}" if first.year == last.year else f"in {first.year}–{last.year}"
    return f"between {day_label(first)} and {day_label(last)}"


def term_label(span: Span) -> str:
    """A term for a table: ``Sep 2000 – Sep 2001``, or one unit when it began and ended
    within it (``Sep 2001``, ``18–21 Sep 2001``). A term whose start or end may fall over
    several years reads as the days it was certainly held, within its outer bounds:
    ``1–5 Dec 2025, within 24 Nov 2023 – 2026``."""
    start = coarse(span.first_start, span.last_start)
    end = coarse(span.first_end, span.last_end)
    if "–" in start or "–" in end:
        outer = f"within {_lower_bound(span.first_start)} – {_upper_bound(span.last_end)}"
        if span.last_start <= span.first_end:
            return f"{days_between(span.last_start, span.first_end)}, {outer}"
        return outer
    if start == end:
        return start
    if span.first_start == span.last_start and span.first_end == span.last_end:
        return days_between(span.first_start, span.last_end)
    return f"{start} – {end}"


def days_between(first: dt.date, last: dt.date) -> str:
    """Days known exactly: ``5 Dec 2025``, ``1–5 Dec 2025``, ``28 Nov – 3 Dec 2004``,
    ``29 Dec 2004 – 2 Jan 2005``."""
    if first == last:
        return day_label(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{day_label(last)}"
    if first.year == last.year:
        return f"{first.day} {_MONTHS[first.month - 1]} – {day_label(last)}"
    return f"{day_label(first)} – {day_label(last)}"


def _lower_bound(day: dt.date) -> str:
    """The first day a bound allows, as a whole year or month where it starts one."""
    if (day.month, day.day) == (1, 1):
        return f"{day.year}"
    if day.day == 1:
        return f"{_MONTHS[day.month - 1]} {day.year}"
    return day_label(day)


def _upper_bound(day: dt.date) -> str:
    """The last day a bound allows, as a whole year or month where it ends one."""
    if (day.month, day.day) == (12, 31):
        return f"{day.year}"
    if day == _month_end(day):
        return f"{_MONTHS[day.month - 1]} {day.year}"
    return day_label(day)


def term_words(span: Span) -> str:
    """A term in words, exactly: "began in Sep 2000 and ended in Sep 2001"."""
    if (span.first_start, span.last_start) == (span.first_end, span.last_end):
        return f"began and ended {between(span.first_start, span.last_start)}"
    began = between(span.first_start, span.last_start)
    ended = between(span.first_end, span.last_end)
    return f"began {began} and ended {ended}"


HELD = {Certainty.YES: "held", Certainty.POSSIBLY: "possibly held", Certainty.NO: "not held"}


def amount(quantity: Quantity) -> str:
    """An amount for reading: ``about ¥10,000,000,000``, ``US$13,100,000``,
    ``approximately 1,000,000 anti-personnel landmines``."""
    units = {"JPY": "¥", "USD": "US$"}
    if quantity.unit in units:
        number = f"{units[quantity.unit]}{quantity.value:,}"
    elif quantity.unit == "CHF":
        number = f"CHF {quantity.value:,}"
    else:
        number = f"{quantity.value:,} {quantity.unit}"
    return f"{quantity.qualifier} {number}" if quantity.qualifier else number


def days(count: int) -> str:
    return f"{count:,} day" if count == 1 else f"{count:,} days"
