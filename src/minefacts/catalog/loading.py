"""Loading a dataset: read the file, validate it against the models and the dataset rules.

Where the bundled files live is for `minefacts.catalog.bundle` to know. Any file a user
names is validated in full by pydantic and the dataset rules. The bundled files are
validated when they are built, which records their SHA-256 in ``data/validated.sha256``;
at run time each is rebuilt without pydantic only while it still has that digest, and
validated in full otherwise.

Everything that can go wrong while loading becomes a `DatasetError` whose message names
the file, the record and the field. A file validated in full is also read strictly
(`minefacts.catalog.jsontext`): a key given twice in one object, or arrays and objects
nested too deeply, is refused.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minefacts.catalog import trusted
from minefacts.catalog.bundle import (
    DATASET_FILE,
    SECONDARY_FILE,
    bundled_dataset,
    bundled_root,
    bundled_secondary,
    digest,
    validated_digests,
)
from minefacts.catalog.rules import check
from minefacts.errors import DatasetError, Problem
from minefacts.model.records import Dataset

if TYPE_CHECKING:
    from pydantic import ValidationError

    from minefacts.model.secondary import SecondaryRecord

MAX_BYTES = 512 * 1024 * 1024
"""The largest dataset file minefacts reads. Loading takes about five times a file's size
in memory, so a larger file is refused before it is read rather than exhaust memory."""


@dataclass(frozen=True)
class Catalog:
    """A validated dataset, where to read the text of its source documents, and, unless
    `primary_only`, the secondary sources that bear on it."""

    dataset: Dataset
    seeds: tuple[Traversable, ...]
    primary_only: bool = False
    bundled: bool = False
    """True for the bundled dataset itself."""
    embedded: SecondaryRecord | None = None
    """The secondary record the dataset file carries, if it carries one."""

    @cached_property
    def secondary(self) -> SecondaryRecord:
        """The bundled secondary record, as far as it concerns this dataset, loaded when
        first asked for; none under `primary_only`."""
        from minefacts.catalog import secondary
        from minefacts.model.secondary import NONE

        if self.primary_only:
            return NONE
        if self.embedded is not None:
            return self.embedded
        bundled = self.dataset if self.bundled else load().dataset
        return secondary.relevant(load_secondary(), self.dataset, bundled)

    def text(self, document_id: str) -> str:
        """The full text of a source document; KeyError for an unknown id or a document
        that is in none of the seeds folders."""
        for document in self.dataset.documents:
            if document.id == document_id:
                data = _read_seed(self.seeds, document.file)
                if data is not None:
                    return data.decode("utf-8")
        raise KeyError(document_id)


def seeds_for(path: Path | None) -> tuple[Traversable, ...]:
    """Where a dataset's source documents are looked for: a ``seeds`` folder beside a
    user's dataset file first, then the bundled one."""
    bundled = bundled_root().joinpath("seeds")
    return (bundled,) if path is None else (path.parent / "seeds", bundled)


def load(path: Path | None = None, *, primary_only: bool = False) -> Catalog:
    """Load a dataset file, the bundled one when `path` is None, and validate it."""
    seeds = seeds_for(path)
    if path is None:
        source, name = bundled_dataset(), f"bundled dataset {DATASET_FILE}"
    else:
        source, name = path, str(path)
    data = _read(source, name)
    if path is None and digest(data) == validated_digests().get(DATASET_FILE):
        raw = _parse(data, name)
        raw.pop("$schema", None)
        return Catalog(trusted.build(Dataset, raw), seeds, primary_only, bundled=True)
    dataset, embedded = validate_file(data, name, seeds)
    return Catalog(dataset, seeds, primary_only, bundled=path is None, embedded=embedded)


def load_secondary() -> SecondaryRecord:
    """The bundled secondary sources, checked against the bundled dataset's records."""
    name = f"bundled {SECONDARY_FILE}"
    data = _read(bundled_secondary(), name)
    raw = _parse(data, name)
    if digest(data) == validated_digests().get(SECONDARY_FILE):
        from minefacts.model.secondary import SecondaryRecord

        raw.pop("$schema", None)
        return trusted.build(SecondaryRecord, raw)
    return validate_secondary(data, name, load().dataset)


def validate_secondary(data: bytes, name: str, dataset: Dataset) -> SecondaryRecord:
    """A corroboration file checked by pydantic and by its rules against `dataset`."""
    from pydantic import ValidationError

    from minefacts.catalog import jsontext, secondary, validation

    jsontext.strict(data, name)
    try:
        result = validation.validate_secondary_json(data)
    except ValidationError as error:
        raise _invalid(error, data, name) from None
    problems = secondary.check(result, dataset)
    if problems:
        raise _dataset_error(name, problems)
    return result


def validate(data: bytes, name: str, seeds: Sequence[Traversable]) -> Dataset:
    """A dataset from a file's bytes, checked by pydantic and then by every dataset rule."""
    return validate_file(data, name, seeds)[0]


def validate_file(
    data: bytes, name: str, seeds: Sequence[Traversable]
) -> tuple[Dataset, SecondaryRecord | None]:
    """A dataset file's dataset and the secondary record it carries, if any, checked by
    pydantic and then by every rule of each."""
    from pydantic import ValidationError

    from minefacts.catalog import jsontext, secondary, validation

    jsontext.strict(data, name)  # read before the dataset is made: memory holds one at a time
    try:
        dataset, embedded = validation.validate_json(data)
    except ValidationError as error:
        raise _invalid(error, data, name) from None
    texts, problems = _read_documents(dataset, seeds)
    problems += check(dataset, texts)
    if embedded is not None:
        problems += [
            Problem(f"secondary.{p.collection}", p.index, p.record_id, p.field, p.message)
            for p in secondary.check(embedded, dataset)
        ]
    if problems:
        raise _dataset_error(name, problems)
    return dataset, embedded


def _read(source: Traversable, name: str) -> bytes:
    try:
        if isinstance(source, Path) and source.is_file() and source.stat().st_size > MAX_BYTES:
            size = source.stat().st_size / 1024 / 1024
            limit = MAX_BYTES // 1024 // 1024
            raise DatasetError(f"{name}: is {size:,.0f} MB; the largest file read is {limit} MB")
        data = source.read_bytes()
    except FileNotFoundError:
        raise DatasetError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise DatasetError(f"{name}: is a directory, not a dataset file") from None
    except OSError as error:
        raise DatasetError(f"{name}: cannot be read ({error.strerror})") from None
    if not data.strip():
        raise DatasetError(f"{name}: is empty")
    return data


def _parse(data: bytes, name: str) -> Any:
    """A bundled file's JSON, before its digest is compared with the recorded one. (A file
    validated in full is read by `minefacts.catalog.jsontext`, strictly.)"""
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        from minefacts.catalog import jsontext

        return jsontext.parse(data, name)  # raises DatasetError, saying why


def _invalid(error: ValidationError, data: bytes, name: str) -> DatasetError:
    """The error for a file, already read strictly, that pydantic refused: nested too
    deeply for its reader, or each of its errors with the record and field it is in."""
    from minefacts.catalog import jsontext

    for detail in error.errors(include_url=False):
        if detail["type"] == "json_invalid" and jsontext.is_too_deep(detail["msg"]):
            return jsontext.too_deep(name, detail["msg"])
    return _dataset_error(name, _validation_problems(error, jsontext.parse(data, name)))


def _read_seed(seeds: Sequence[Traversable], file: str) -> bytes | None:
    for folder in seeds:
        with contextlib.suppress(OSError):
            return folder.joinpath(file).read_bytes()
    return None


def _read_documents(
    dataset: Dataset, seeds: Sequence[Traversable]
) -> tuple[dict[str, str], list[Problem]]:
    """The text of every document, checked against the digest the dataset records."""
    texts: dict[str, str] = {}
    problems: list[Problem] = []
    for index, document in enumerate(dataset.documents):
        data = _read_seed(seeds, document.file)
        if data is None:
            message = f"no file {document.file!r} in a seeds folder"
            problems.append(Problem("documents", index, document.id, "file", message))
            continue
        if digest(data) != document.sha256:
            message = f"does not match seeds/{document.file}"
            problems.append(Problem("documents", index, document.id, "sha256", message))
            continue
        texts[document.id] = data.decode("utf-8")
    return texts, problems


def _validation_problems(error: ValidationError, raw: Any) -> list[Problem]:
    """Turn pydantic's errors into problems that name the record id and the field path;
    for a file written for minefacts 2.x, the relations to re-read instead of its unknown
    ``disagrees_with`` fields (`minefacts.catalog.legacy`)."""
    from minefacts.catalog import jsontext, legacy

    rereads = legacy.rereads(raw)
    problems = list(rereads)
    for detail in error.errors(include_url=False):
        message = detail["msg"].removeprefix("Value error, ")
        if detail["type"] == "unexpected_keyword_argument":
            message = "unknown field"
        found = jsontext.problem_at(raw, detail["loc"], message)
        if not (rereads and found.field == "disagrees_with"):
            problems.append(found)
    if rereads:  # one record's problems together
        problems.sort(key=lambda p: (p.collection, p.index, p.field))
    return problems


def _dataset_error(name: str, problems: list[Problem]) -> DatasetError:
    from minefacts.catalog import jsontext

    return jsontext.problems_error(name, problems)
