"""Where the bundled data lives: the dataset, its secondary record, their schemas and the
digests they were validated with, and the source documents. This is the one place that
knows; it imports nothing heavy, so shell completion can read the files quickly.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

DATASET_FILE = "minefacts.json"
SCHEMA_FILE = "minefacts.schema.json"
SECONDARY_FILE = "secondary.json"
SECONDARY_SCHEMA_FILE = "secondary.schema.json"
STAMP_FILE = "validated.sha256"


def bundled_root() -> Traversable:
    """The folder holding ``data/`` and ``seeds/``: inside the installed package, or the
    source checkout when the package runs from its source tree (an editable install).
    """
    here = Path(__file__).resolve()
    for root in (here.parents[1], here.parents[3]):  # the package, then the checkout
        if (root / "data" / DATASET_FILE).is_file():
            return root
    from importlib.resources import files  # a package not on the file system (a zip)

    return files("minefacts")


def bundled_dataset() -> Traversable:
    """The bundled dataset file."""
    return bundled_root().joinpath("data", DATASET_FILE)


def bundled_secondary() -> Traversable:
    """The bundled secondary-record file."""
    return bundled_root().joinpath("data", SECONDARY_FILE)


def validated_digests() -> dict[str, str]:
    """File name to SHA-256 of each bundled data file, as recorded when last validated."""
    try:
        stamp = bundled_root().joinpath("data", STAMP_FILE).read_text(encoding="utf-8")
    except OSError:
        return {}
    pairs = (line.split() for line in stamp.splitlines())
    return {pair[1]: pair[0] for pair in pairs if len(pair) == 2}


def stamp_text(files: dict[str, bytes]) -> str:
    """The content of ``data/validated.sha256`` (``sha256sum`` format) for data files."""
    return "".join(f"{digest(data)}  {name}\n" for name, data in files.items())


def digest(data: bytes) -> str:
    """The SHA-256 of a file's bytes, in hex."""
    import hashlib

    return hashlib.sha256(data).hexdigest()
