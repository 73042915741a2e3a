"""Records and sources named in words, by one rule, so that an answer reads as prose:
"Landmine Monitor 2003", "UN press release DC/2841", "MOFA, 4 Mar 2004", "the source
document". Ids stay in JSON, and where a user needs one to type the next command."""

from __future__ import annotations

import re

from minefacts.model.records import Document, Event, Pledge, Role
from minefacts.model.secondary import (
    Claim,
    Figure,
    SecondaryEvent,
    SecondaryRole,
    SecondarySource,
)
from minefacts.query.index import Index, Record, Source
from minefacts.render.words import dates

PUBLISHERS = {
    "Ministry of Foreign Affairs of Japan": "MOFA",
    "Anti-Personnel Mine Ban Convention": "the Convention's site",
    "International Campaign to Ban Landmines": "the ICBL",
    "Landmine & Cluster Munition Monitor": "the Monitor",
    "United Nations": "the UN",
    "United Nations Department for Disarmament Affairs": "the UN",
    "United Nations Office for Disarmament Affairs": "the UN",
    "United Nations Treaty Collection": "the UN",
    "Delegation of Japan to the Conference on Disarmament": "Japan's CD delegation",
    "International Committee of the Red Cross": "the ICRC",
    "Prime Minister's Office of Japan": "the Prime Minister's Office",
}
"""Publishers by the short name a sentence uses."""
SOURCE_DOCUMENT = "the source document"
_MONITOR = re.compile(r"Landmine Monitor Report (\d{4})")
_RELEASE = re.compile(r"(.+) press release (\S+)")


def source(item: Source) -> str:
    """A source's short name: "Landmine Monitor 2003", "United Nations Disarmament
    Yearbook 2004", "UN press release DC/2841",
    "MOFA, 4 Mar 2004", "Kuniko Inoguchi, 17 Sep 2002", "the Monitor", "the source
    document"."""
    if isinstance(item, Document):
        return SOURCE_DOCUMENT
    if item.type == "treaty":
        return "the Convention"
    monitor = _MONITOR.match(item.container or "")
    if monitor:
        name = f"Landmine Monitor {monitor[1]}"
        part = item.title.removeprefix("Japan: ")
        return name if part == "Japan" else f"{name} ({part})"
    if item.type == "chapter" and item.container:
        return item.container  # United Nations Disarmament Yearbook 2004
    publisher = PUBLISHERS.get(item.publisher or "", item.publisher or item.title)
    if item.number and item.type == "press-release":
        return f"{publisher.removeprefix('the ')} press release {item.number}"
    who = item.author or publisher
    return f"{who}, {dates.date(item.date)}" if item.date else who


def record(index: Index, item_id: str) -> str:
    """Any record named in words: an event or pledge by its title, a role by its office,
    a claim or figure by its source; an id the index lacks as it is."""
    found = index.find(item_id)
    if found is None:
        return item_id
    return of(index, found)


def of(index: Index, item: Record | Source) -> str:
    """A record or source named in words (`record`)."""
    if isinstance(item, Event | SecondaryEvent | Pledge):
        return item.title
    if isinstance(item, Role | SecondaryRole):
        return f"{item.role} of the {item.body}"
    if isinstance(item, Claim | Figure):
        return source(index.source(item.source.document))
    return source(item)


def sources(index: Index, ids: tuple[str, ...] | list[str]) -> list[str]:
    """The sources that stand behind records, each named once, in order (the source
    document's facts as "the source document")."""
    names = []
    for item_id in ids:
        found = index.find(item_id)
        if found is None:
            continue
        if isinstance(found, Event | Role | Pledge):
            names.append(SOURCE_DOCUMENT)
        elif isinstance(found, SecondarySource | Document):
            names.append(source(found))
        else:
            names.append(source(index.source(found.source.document)))
    return _grouped(list(dict.fromkeys(names)))


def _grouped(found: list[str]) -> list[str]:
    """Press releases of one publisher named once, where the first of them stood: "UN
    press releases DC/2722, DC/2725 and DC/2809"."""
    numbers: dict[str, list[str]] = {}
    for name in found:
        if release := _RELEASE.fullmatch(name):
            numbers.setdefault(release[1], []).append(release[2])
    grouped = []
    for name in found:
        release = _RELEASE.fullmatch(name)
        if release is None or len(numbers[release[1]]) == 1:
            grouped.append(name)
        elif numbers[release[1]][0] == release[2]:
            listed = numbers[release[1]]
            grouped.append(f"{release[1]} press releases {', '.join(listed[:-1])} and {listed[-1]}")
    return grouped
