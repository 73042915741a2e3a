"""Each question in one call: `Facts`' methods, asked of the dataset `data` names (the
bundled one by default), with the other records unless `primary_only`, as the global
options ``--data FILE`` and ``--primary-only`` do. The dataset is loaded once while its
file is unchanged (`load`)."""

from __future__ import annotations

from minefacts.api.arguments import DateLike, DayLike, KindLike, PathLike, YearLike
from minefacts.api.facts import Answer, Rows, load


def timeline(
    *,
    year: YearLike | None = None,
    start: DateLike | None = None,
    end: DateLike | None = None,
    kind: KindLike | None = None,
    place: str | None = None,
    party: str | None = None,
    data: PathLike | None = None,
    primary_only: bool = False,
) -> Rows:
    """Events in date order (`Facts.timeline`)."""
    return load(data, primary_only=primary_only).timeline(
        year=year, start=start, end=end, kind=kind, place=place, party=party
    )


def search(
    text: str,
    *,
    year: YearLike | None = None,
    start: DateLike | None = None,
    end: DateLike | None = None,
    kind: KindLike | None = None,
    place: str | None = None,
    party: str | None = None,
    data: PathLike | None = None,
    primary_only: bool = False,
) -> Rows:
    """Records and sources that hold the words of `text`, best first (`Facts.search`)."""
    return load(data, primary_only=primary_only).search(
        text, year=year, start=start, end=end, kind=kind, place=place, party=party
    )


def roles(
    text: str | None = None,
    *,
    year: YearLike | None = None,
    start: DateLike | None = None,
    end: DateLike | None = None,
    party: str | None = None,
    data: PathLike | None = None,
    primary_only: bool = False,
) -> Rows:
    """The offices Japan held, with their terms (`Facts.roles`)."""
    return load(data, primary_only=primary_only).roles(
        text, year=year, start=start, end=end, party=party
    )


def aid_progress(*, data: PathLike | None = None, primary_only: bool = False) -> Rows:
    """Japan's aid pledge and what was reached (`Facts.aid_progress`)."""
    return load(data, primary_only=primary_only).aid_progress()


def funding(
    *,
    year: YearLike | None = None,
    start: DateLike | None = None,
    end: DateLike | None = None,
    data: PathLike | None = None,
    primary_only: bool = False,
) -> Rows:
    """Japan's mine-action funding year by year, gaps included (`Facts.funding`)."""
    return load(data, primary_only=primary_only).funding(year=year, start=start, end=end)


def retained(
    *,
    year: YearLike | None = None,
    start: DateLike | None = None,
    end: DateLike | None = None,
    data: PathLike | None = None,
    primary_only: bool = False,
) -> Rows:
    """The counts of mines held, destroyed, retained and used (`Facts.retained`)."""
    return load(data, primary_only=primary_only).retained(year=year, start=start, end=end)


def disputes(
    *,
    year: YearLike | None = None,
    start: DateLike | None = None,
    end: DateLike | None = None,
    data: PathLike | None = None,
    primary_only: bool = False,
) -> Rows:
    """Where the records disagree or revise each other (`Facts.disputes`)."""
    return load(data, primary_only=primary_only).disputes(year=year, start=start, end=end)


def sources(*, data: PathLike | None = None, primary_only: bool = False) -> Rows:
    """Every source and what rests on it (`Facts.sources`)."""
    return load(data, primary_only=primary_only).sources()


def show(item_id: str, /, *, data: PathLike | None = None, primary_only: bool = False) -> Answer:
    """Everything about one record or source (`Facts.show`)."""
    return load(data, primary_only=primary_only).show(item_id)


def on(day: DayLike, /, *, data: PathLike | None = None, primary_only: bool = False) -> Answer:
    """Where things stood on one day (`Facts.on`)."""
    return load(data, primary_only=primary_only).on(day)


def year(year: YearLike, /, *, data: PathLike | None = None, primary_only: bool = False) -> Answer:
    """One year on one page (`Facts.year`)."""
    return load(data, primary_only=primary_only).year(year)


def cite(
    *ids: str,
    style: str = "plain",
    every: bool = False,
    data: PathLike | None = None,
    primary_only: bool = False,
) -> str:
    """A bibliography of the records or sources `ids` (`Facts.cite`)."""
    return load(data, primary_only=primary_only).cite(*ids, style=style, every=every)


def document(
    *, mark: str | None = None, data: PathLike | None = None, primary_only: bool = False
) -> Answer:
    """The source document, its attribution and its text (`Facts.document`)."""
    return load(data, primary_only=primary_only).document(mark=mark)


def brief(
    *,
    year: YearLike | None = None,
    start: DateLike | None = None,
    end: DateLike | None = None,
    data: PathLike | None = None,
    primary_only: bool = False,
) -> Answer:
    """A briefing in which every sentence is cited (`Facts.brief`)."""
    return load(data, primary_only=primary_only).brief(year=year, start=start, end=end)


def attribution(*, data: PathLike | None = None, primary_only: bool = False) -> Answer:
    """The citation, edit statement and licences that reuse requires
    (`Facts.attribution`)."""
    return load(data, primary_only=primary_only).attribution()
