"""The whole dataset written out for other tools, each format from the model:

- `dataset`: JSON in the shape of a dataset file, itself a valid --data file;
- `tables` (the records as tables), `sqlite` (a database for datasette or SQL, with its
  ``metadata.json``) and `datapackage` (a Frictionless Data Package of CSV files);
- `about`: what every export says about itself: name, version, licences, sources.

`write` is the one function the ``export`` command calls.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from minefacts.model.records import Dataset
    from minefacts.model.secondary import SecondaryRecord
    from minefacts.render.formats import ExportFormat


def write(
    fmt: ExportFormat,
    path: Path | None,
    dataset: Dataset,
    secondary: SecondaryRecord,
    *,
    force: bool,
) -> list[Path]:
    """Write the dataset in `fmt` to `path` (JSON to stdout when `path` is None), each file
    whole or not at all, and return the files written. A database and its
    ``metadata.json`` are written together: both or neither."""
    from minefacts.render import files, output
    from minefacts.render.export import about
    from minefacts.render.formats import ExportFormat

    if fmt is ExportFormat.SQLITE and path is not None:
        from minefacts.render.export import sqlite

        metadata = path.parent / "metadata.json"
        described = sqlite.write_metadata(path, about.datasette(dataset))
        files.write_together(
            [
                (path, lambda temporary: sqlite.write_database(dataset, secondary, temporary)),
                (metadata, files.text_filler(described)),
            ],
            force=force,
        )
        return [path, metadata]
    if fmt is ExportFormat.DATAPACKAGE and path is not None:
        from minefacts.render.export import datapackage

        package = about.package(dataset, secondary)
        files.write_folder_atomically(
            path,
            lambda folder: datapackage.write(folder, dataset, secondary, package),
            force=force,
        )
        return [path]
    from minefacts.render.export.dataset import dataset_file

    text = output.to_json(dataset_file(dataset, secondary))
    if path is None:
        output.write_json(text)
        return []
    files.write_file(path, text, force=force)
    return [path]
