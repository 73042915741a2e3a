"""Loading a dataset: read the file, validate it against the models and the dataset rules.

`bundled_root` is the one place that knows where the bundled dataset and its source
documents live. Everything that can go wrong while loading becomes a `DatasetError` whose
message names the file, the record and the field.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from minefacts.errors import DatasetError
from minefacts.models import Dataset
from minefacts.rules import Problem, check

DATASET_FILE = "minefacts.json"
SCHEMA_FILE = "minefacts.schema.json"


def bundled_root() -> Traversable:
    """The folder holding ``data/`` and ``seeds/``: inside the installed package, or the
    source checkout when the package runs from its source tree (an editable install).
    """
    packaged = files("minefacts")
    if packaged.joinpath("data", DATASET_FILE).is_file():
        return packaged
    return Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Catalog:
    """A validated dataset together with the full text of each source document."""

    dataset: Dataset
    texts: dict[str, str]


def load(path: Path | None = None) -> Catalog:
    """Load and validate a dataset file; the bundled dataset when `path` is None."""
    root = bundled_root()
    source: Traversable = path if path is not None else root.joinpath("data", DATASET_FILE)
    name = str(path) if path is not None else f"bundled dataset {DATASET_FILE}"
    raw = _read_json(source, name)
    try:
        dataset = Dataset.model_validate(raw)
    except ValidationError as error:
        raise _dataset_error(name, _validation_problems(error, raw)) from None
    texts, problems = _read_documents(dataset, root.joinpath("seeds"))
    problems += check(dataset, texts)
    if problems:
        raise _dataset_error(name, problems)
    return Catalog(dataset, texts)


def _read_json(source: Traversable, name: str) -> Any:
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise DatasetError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise DatasetError(f"{name}: is a directory, not a dataset file") from None
    except OSError as error:
        raise DatasetError(f"{name}: cannot be read ({error.strerror})") from None
    try:
        return json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise DatasetError(f"{name}: is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise DatasetError(
            f"{name}: not valid JSON at line {error.lineno} column {error.colno}: {error.msg}"
        ) from None


def _read_documents(dataset: Dataset, seeds: Traversable) -> tuple[dict[str, str], list[Problem]]:
    """The text of every document, checked against the digest the dataset records."""
    texts: dict[str, str] = {}
    problems: list[Problem] = []
    for index, document in enumerate(dataset.documents):
        try:
            data = seeds.joinpath(document.file).read_bytes()
        except OSError:
            problems.append(
                Problem(
                    "documents", index, document.id, "file", f"no file {document.file!r} in seeds"
                )
            )
            continue
        if hashlib.sha256(data).hexdigest() != document.sha256:
            problems.append(
                Problem(
                    "documents",
                    index,
                    document.id,
                    "sha256",
                    f"does not match seeds/{document.file}",
                )
            )
            continue
        texts[document.id] = data.decode("utf-8")
    return texts, problems


def _validation_problems(error: ValidationError, raw: Any) -> list[Problem]:
    """Turn pydantic's errors into problems that name the record id and the field path."""
    problems = []
    for detail in error.errors(include_url=False):
        loc = list(detail["loc"])
        collection = str(loc.pop(0)) if loc else "dataset"
        index = -1
        if loc and isinstance(loc[0], int):
            index = int(loc.pop(0))
        record_id = "?"
        if index >= 0 and isinstance(raw, dict):
            with contextlib.suppress(KeyError, IndexError, TypeError, AttributeError):
                record_id = str(raw[collection][index].get("id", "?"))
        field = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc)
        message = detail["msg"].removeprefix("Value error, ")
        problems.append(
            Problem(collection, index, record_id, field.lstrip(".") or "(record)", message)
        )
    return problems


def _dataset_error(name: str, problems: list[Problem]) -> DatasetError:
    more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
    return DatasetError(f"{name}: {problems[0]}{more}", problems)
