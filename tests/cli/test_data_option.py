"""--data and MINEFACTS_DATA: any dataset file of the same shape, validated in full."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from minefacts.errors import ExitStatus
from tests.conftest import BUNDLED, Invoke, deeply_nested, repeating


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def smaller_dataset() -> dict[str, Any]:
    """The bundled data without its two seminars."""
    data: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["events"] = [e for e in data["events"] if e["kind"] != "seminar"]
    for event in data["events"]:
        event["related"] = [r for r in event.get("related", []) if not r.endswith("-seminar")]
    return data


def test_data_option_replaces_the_bundled_dataset(invoke: Invoke, tmp_path: Path) -> None:
    """Every command reads the file given with --data; the bundled secondary record goes
    with it, but for what concerns facts it lacks."""
    path = write(tmp_path / "small.json", smaller_dataset())
    events = invoke("--data", str(path), "timeline", "-f", "json").json
    assert len([e for e in events if e["provenance"] == "primary"]) == 12
    assert "tokyo-seminar" not in {event["id"] for event in events}
    claim = invoke("--data", str(path), "show", "bangkok-seminar-statement")
    assert (claim.exit_code, claim.stdout, claim.stderr) == (
        ExitStatus.USAGE,
        "",
        "minefacts: error: unknown id 'bangkok-seminar-statement'; 'minefacts search WORDS' "
        "finds ids.\n",
    )
    assert invoke("--data", str(path), "role", "-f", "json").exit_code == ExitStatus.SUCCESS
    assert invoke("--data", str(path), "aid", "-f", "json").exit_code == ExitStatus.SUCCESS
    assert len(invoke("--data", str(path), "export").json["events"]) == 12


def test_environment_variable_names_the_dataset(invoke: Invoke, tmp_path: Path) -> None:
    """MINEFACTS_DATA works like --data, and --data wins over it."""
    path = write(tmp_path / "small.json", smaller_dataset())
    from_env = invoke("--primary-only", "timeline", "-f", "json", env={"MINEFACTS_DATA": str(path)})
    assert len(from_env.json) == 12
    both = invoke(
        "--primary-only",
        "--data",
        str(BUNDLED),
        "timeline",
        "-f",
        "json",
        env={"MINEFACTS_DATA": str(path)},
    )
    assert len(both.json) == 14


def test_export_round_trips_through_data(invoke: Invoke, tmp_path: Path) -> None:
    """An export is a valid --data file, and exporting it again gives the same JSON."""
    first = invoke("export").stdout
    path = tmp_path / "export.json"
    path.write_text(first, encoding="utf-8")
    again = invoke("--data", str(path), "export")
    assert (again.exit_code, again.stdout) == (ExitStatus.SUCCESS, first)
    assert invoke("--data", str(path), "timeline").stdout == invoke("timeline").stdout


def own_source_dataset(folder: Path, quote: str) -> Path:
    """A one-event dataset whose source document sits in a seeds folder beside it."""
    import hashlib

    text = "Report on Ruritania.\n\nRuritania signed the Convention in March 1999.\n"
    (folder / "seeds").mkdir()
    (folder / "seeds" / "ruritania.txt").write_text(text, encoding="utf-8")
    document = {
        "id": "ruritania-report",
        "title": "Report on Ruritania",
        "publisher": "Example",
        "date": "2000",
        "url": "https://example.org/ruritania",
        "file": "ruritania.txt",
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
    }
    event = {
        "id": "ruritania-signs",
        "kind": "treaty",
        "title": "Ruritania signs",
        "summary": "Ruritania signed the Convention.",
        "date": "1999-03",
        "source": {"document": "ruritania-report", "section": "1", "quote": quote},
    }
    return write(folder / "ruritania.json", {"documents": [document], "events": [event]})


def test_a_dataset_may_bring_its_own_source_documents(invoke: Invoke, tmp_path: Path) -> None:
    """Documents are found in a seeds folder beside the --data file, and quotes checked."""
    good = own_source_dataset(tmp_path, "Ruritania signed the Convention in March 1999.")
    events = invoke("--data", str(good), "timeline", "-f", "json").json
    assert [(event["id"], event["date_label"]) for event in events] == [
        ("ruritania-signs", "Mar 1999")
    ]


def test_a_quote_missing_from_its_own_document_is_refused(invoke: Invoke, tmp_path: Path) -> None:
    """A made-up quote fails even when the document is the user's own."""
    bad = own_source_dataset(tmp_path, "Ruritania ratified the Convention.")
    result = invoke("--data", str(bad), "timeline")
    assert (result.exit_code, result.stderr) == (
        ExitStatus.ERROR,
        f"minefacts: error: {bad}: events[0] (id 'ruritania-signs'), field source.quote: "
        "not found verbatim in document 'ruritania-report'\n",
    )


def test_a_hostile_dataset_file_gets_one_plain_line(invoke: Invoke, tmp_path: Path) -> None:
    """A file nested 100,000 deep, or one that gives a key twice, is refused with one line
    on stderr and exit 1, as any broken dataset file is: no traceback, no output."""
    deep = tmp_path / "deep.json"
    deep.write_bytes(deeply_nested(100_000))
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    twice = tmp_path / "twice.json"
    twice.write_bytes(repeating(data, data["roles"][0], "role", "chair"))
    for path, says in (
        (deep, "nested too deeply at line 1 column 229"),
        (twice, f"roles[0] (id {data['roles'][0]['id']!r}), field role: key given more than "
         "once in the same object (a JSON reader keeps only the last)"),
    ):  # fmt: skip
        result = invoke("--data", str(path), "timeline")
        assert (result.exit_code, result.stdout, result.stderr) == (
            ExitStatus.ERROR,
            "",
            f"minefacts: error: {path}: {says}\n",
        )
