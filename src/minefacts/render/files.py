"""Files written whole or not at all: a temporary file (or folder) beside the target,
renamed into place once it is full, with Ctrl-C and SIGTERM held back while several files
are renamed together; and the checkpoints a test can interrupt a run at.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from minefacts.errors import OutputError


def checkpoint(name: str) -> None:
    """A point a test can interrupt a run at, instead of guessing a delay:
    ``MINEFACTS_TEST_SIGNAL=NAME:SIGNAL`` makes the process send itself SIGNAL (``SIGINT``,
    ``SIGTERM``, ``SIGKILL``) when it reaches checkpoint NAME. Unset, it does nothing.

    ``partial``: half of an output file is written; ``filled``: all of it, not yet renamed;
    ``printing``: a result is ready for stdout, none of it written yet.
    """
    wanted = os.environ.get("MINEFACTS_TEST_SIGNAL")
    if not wanted:
        return
    at, _, which = wanted.partition(":")
    if at == name:
        import signal

        signal.raise_signal(signal.Signals[which])


def text_filler(text: str) -> Callable[[Path], None]:
    """A `fill` for `write_atomically` that writes `text` as UTF-8 and syncs it to disk."""

    def fill(temporary: Path) -> None:
        half = len(text) // 2
        with temporary.open("w", encoding="utf-8") as stream:
            stream.write(text[:half])
            stream.flush()
            checkpoint("partial")
            stream.write(text[half:])
            stream.flush()
            os.fsync(stream.fileno())

    return fill


def write_file(path: Path, text: str, *, force: bool) -> None:
    """Write `text` to `path` whole or not at all (see `write_atomically`)."""
    write_atomically(path, text_filler(text), force=force)


def _refuse(path: Path, *, force: bool, folder_ok: bool = False) -> None:
    if path.is_dir() and not folder_ok:
        raise OutputError(f"cannot write {path}: it is a directory")
    if path.exists() and not force:
        raise OutputError(f"{path} already exists; use --force to replace it")
    if path.exists() and folder_ok and not path.is_dir():
        raise OutputError(f"cannot write {path}: it is a file, not a folder")
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: folder {folder} does not exist")


def write_atomically(path: Path, fill: Callable[[Path], None], *, force: bool) -> None:
    """Have `fill` write a temporary file in the same folder as `path`, then rename it
    into place, so `path` is written whole or not at all (see `write_together`)."""
    write_together([(path, fill)], force=force)


def write_together(files: Sequence[tuple[Path, Callable[[Path], None]]], *, force: bool) -> None:
    """Write several files as one, each whole or not at all, and all or none: each `fill`
    writes a temporary file in the same folder as its path, and only once every one is
    filled are they renamed into place, with Ctrl-C and SIGTERM held back until the last
    rename (so a database and its metadata always match). An existing file is replaced
    only when `force` is set. Any problem becomes an `OutputError`, and the temporary files
    are removed whatever happens, short of SIGKILL."""
    for path, _ in files:
        _refuse(path, force=force)
    import tempfile

    temporaries: list[Path] = []
    path = files[0][0]
    try:
        for path, fill in files:
            handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            os.close(handle)
            temporaries.append(Path(name))
            os.chmod(name, 0o666 & ~_umask())
            fill(Path(name))
        checkpoint("filled")
        with _signals_held():
            for (path, _), temporary in zip(files, temporaries, strict=True):
                os.replace(temporary, path)
    except BaseException as problem:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)
        if isinstance(problem, OSError):
            raise OutputError(f"cannot write {path}: {problem.strerror}") from None
        raise


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold back SIGINT and SIGTERM for a moment that must not be cut in two; they are
    delivered as soon as it ends."""
    import signal

    held = {signal.SIGINT, signal.SIGTERM}
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no way to hold them back
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def write_folder_atomically(path: Path, fill: Callable[[Path], None], *, force: bool) -> None:
    """Have `fill` fill a temporary folder beside `path`, then rename it into place, so
    the folder is written whole or not at all. An existing folder is replaced only when
    `force` is set; the old one is removed once the new one is in place."""
    _refuse(path, force=force, folder_ok=True)
    import shutil
    import tempfile

    try:
        temporary = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"))
    except OSError as problem:
        raise OutputError(f"cannot write {path}: {problem.strerror}") from None
    old = None
    try:
        os.chmod(temporary, 0o777 & ~_umask())
        fill(temporary)
        checkpoint("filled")
        if path.exists():
            old = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.", suffix=".old"))
            os.replace(path, old / path.name)
        os.replace(temporary, path)
    except BaseException as problem:
        if old is not None and not path.exists():
            os.replace(old / path.name, path)
        shutil.rmtree(temporary, ignore_errors=True)
        if isinstance(problem, OSError):
            raise OutputError(f"cannot write {path}: {problem.strerror}") from None
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def _umask() -> int:
    """The process umask, so a written file gets the permissions any new file would."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
