"""Synthetic, valid datasets of any size, for timing minefacts on large files.

Usage: ``python bench/generate.py 100000 -o big.json``. The events are made up; each
quotes a real sentence of the bundled source document, so the file passes every dataset
rule. Dates spread over 1997 to 2003 at every precision the model allows, so a year
query keeps roughly a seventh of them.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

from minefacts.catalog import bundle
from minefacts.model.kinds import EventKind

PRECISIONS = ("day", "month", "year", "period")


def _date(rng: random.Random) -> str:
    year = rng.randint(1997, 2003)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    precision = rng.choice(PRECISIONS)
    if precision == "day":
        return f"{year}-{month:02d}-{day:02d}"
    if precision == "month":
        return f"{year}-{month:02d}"
    if precision == "year":
        return f"{year}"
    return f"{year}/{year + rng.randint(1, 2)}"


def generate(size: int, seed: int = 0) -> dict[str, Any]:
    """A dataset with `size` events, plus the bundled documents, roles and pledges."""
    rng = random.Random(seed)
    bundled = json.loads(bundle.bundled_dataset().read_bytes())
    sources = [event["source"] for event in bundled["events"]]
    places = [place for event in bundled["events"] for place in event.get("places", [])]
    kinds = [kind.value for kind in EventKind]
    events = []
    for number in range(size):
        event: dict[str, Any] = {
            "id": f"event-{number:07d}",
            "kind": rng.choice(kinds),
            "title": f"Synthetic event {number}",
            "summary": f"A made-up event number {number}, for timing minefacts on large files.",
            "date": _date(rng),
            "source": rng.choice(sources),
        }
        if rng.random() < 0.5:
            event["places"] = [rng.choice(places)]
        if number and rng.random() < 0.2:
            event["related"] = [f"event-{rng.randrange(number):07d}"]
        events.append(event)
    return {**bundled, "events": bundled["events"] + events}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("size", type=int, help="number of synthetic events")
    parser.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    options = parser.parse_args()
    options.output.write_text(json.dumps(generate(options.size, options.seed)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
