"""Loading a dataset file: every failure is a DatasetError naming the file, record and field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from minefacts.catalog import bundle, jsontext
from minefacts.catalog import loading as catalog
from minefacts.errors import DatasetError
from tests.conftest import BUNDLED, deeply_nested, repeating


def bundled_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
    return data


def load_error(path: Path) -> str:
    with pytest.raises(DatasetError) as raised:
        catalog.load(path)
    return str(raised.value)


def test_the_bundled_dataset_loads_with_its_source_text() -> None:
    """The default load gives the bundled facts and the text of the seed document."""
    loaded = catalog.load()
    assert {event.id for event in loaded.dataset.events} >= {"convention-concluded"}
    assert "Japan's Efforts on the Issue of Landmines" in loaded.text("mofa-2003-02")


def test_a_copy_of_the_bundled_file_loads_the_same(tmp_path: Path) -> None:
    """Loading an identical file elsewhere gives an equal dataset."""
    copy = tmp_path / "copy.json"
    copy.write_bytes(BUNDLED.read_bytes())
    assert catalog.load(copy).dataset == catalog.load().dataset


def test_a_missing_file(tmp_path: Path) -> None:
    """A path that does not exist is reported as such."""
    assert load_error(tmp_path / "nope.json") == f"{tmp_path / 'nope.json'}: no such file"


def test_a_directory(tmp_path: Path) -> None:
    """A directory is not mistaken for a dataset."""
    assert load_error(tmp_path) == f"{tmp_path}: is a directory, not a dataset file"


def test_an_empty_file(tmp_path: Path) -> None:
    """A file holding nothing but white space is called empty, not malformed JSON."""
    path = tmp_path / "empty.json"
    path.write_bytes(b"  \n")
    assert load_error(path) == f"{path}: is empty"


def test_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    """A file in another encoding is refused as such, not as malformed JSON."""
    path = tmp_path / "latin1.json"
    path.write_bytes('{"title": "caf\xe9"}'.encode("latin-1"))
    assert load_error(path) == f"{path}: is not UTF-8 text"


def test_a_file_too_large_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """A file over 512 MB is refused by its size (a sparse file: it takes no disk space)."""
    path = tmp_path / "huge.json"
    with path.open("wb") as stream:
        stream.truncate(600 * 1024 * 1024)
    assert load_error(path) == f"{path}: is 600 MB; the largest file read is 512 MB"


def test_invalid_json_reports_line_and_column(tmp_path: Path) -> None:
    """Malformed JSON is reported with its line and column."""
    path = tmp_path / "broken.json"
    path.write_text('{\n  "events": [,]\n}', encoding="utf-8")
    assert load_error(path) == (f"{path}: not valid JSON at line 2 column 14: Expecting value")


def test_a_wrong_type_names_the_record_id_and_field_path(tmp_path: Path) -> None:
    """A bad field deep in a record is reported with the record's id and the field path."""
    data = bundled_data()
    data["events"][3]["quantities"][0]["value"] = "ten billion"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_error(path) == (
        f"{path}: events[3] (id 'aid-pledge'), field quantities[0].value: Input should be a "
        "valid integer, unable to parse string as an integer"
    )


def test_a_broken_dataset_rule_names_the_file_the_record_and_the_field(tmp_path: Path) -> None:
    """A file that breaks a dataset rule (tests/catalog/test_rules.py) is refused with the
    rule's problem, after the file's name."""
    data = bundled_data()
    data["roles"][1]["event"] = "fifth-meeting"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_error(path) == (
        f"{path}: roles[1] (id 'deputy-chair-third-meeting'), field event: refers to event "
        "'fifth-meeting', which does not exist"
    )


def test_several_problems_are_counted(tmp_path: Path) -> None:
    """The message names the first problem and says how many more there are."""
    data = bundled_data()
    data["events"][0]["date"] = "1997-13"
    data["events"][1]["kind"] = "party"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    message = load_error(path)
    assert message.endswith("(and 1 more problems)")
    with pytest.raises(DatasetError) as raised:
        catalog.load(path)
    assert [problem.field for problem in raised.value.problems] == ["date", "kind"]


def test_a_tampered_source_document_is_detected(tmp_path: Path) -> None:
    """A document whose digest does not match its seed file is refused."""
    data = bundled_data()
    data["documents"][0]["sha256"] = "0" * 64
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_error(path) == (
        f"{path}: documents[0] (id 'mofa-2003-02'), field sha256: "
        "does not match seeds/000_473507f20092ac30.txt"
    )


def test_a_key_given_twice_in_a_record_is_refused_naming_it_and_its_record(
    tmp_path: Path,
) -> None:
    """A repeated key is not read as its last value: it is refused with the record and the
    key's path in it, even where both values would be valid."""
    data = bundled_data()
    path = tmp_path / "twice.json"
    path.write_bytes(repeating(data, data["events"][2]["source"], "section", "9"))
    assert load_error(path) == (
        f"{path}: events[2] (id 'calls-on-non-parties'), field source.section: key given more "
        "than once in the same object (a JSON reader keeps only the last)"
    )


def test_a_key_given_twice_outside_any_record_is_named_by_its_path(tmp_path: Path) -> None:
    """A top-level collection given twice is named by its key; every repeat is counted,
    in the order of the file."""
    data = bundled_data()
    text = repeating(data, data, "roles", [])
    path = tmp_path / "twice.json"
    path.write_bytes(text.replace(b'"events":', b'"events": [], "events":', 1))
    with pytest.raises(DatasetError) as raised:
        catalog.load(path)
    assert str(raised.value) == (
        f"{path}: events: key given more than once in the same object (a JSON reader keeps "
        "only the last) (and 1 more problems)"
    )
    assert [str(problem).split(":")[0] for problem in raised.value.problems] == [
        "events",
        "roles",
    ]


def test_a_key_given_twice_in_a_secondary_file_is_refused(tmp_path: Path) -> None:
    """The secondary record, when validated in full, is read as strictly."""
    data = json.loads(bundle.bundled_secondary().read_bytes())
    claim = data["claims"][0]
    with pytest.raises(DatasetError) as raised:
        catalog.validate_secondary(
            repeating(data, claim, "states", "Nothing."), "sec.json", catalog.load().dataset
        )
    assert str(raised.value) == (
        f"sec.json: claims[0] (id {claim['id']!r}), field states: key given more than once in "
        "the same object (a JSON reader keeps only the last)"
    )


@pytest.mark.parametrize("levels", [250, 100_000])
def test_a_file_nested_too_deeply_is_refused_plainly(tmp_path: Path, levels: int) -> None:
    """Arrays nested far deeper than any dataset are refused as such, with where the
    reader stopped, not as an interpreter error."""
    path = tmp_path / "deep.json"
    path.write_bytes(deeply_nested(levels))
    assert load_error(path) == f"{path}: nested too deeply at line 1 column 229"


def test_nesting_past_the_interpreters_limit_is_refused_plainly() -> None:
    """The standard library's reader, which stops at the recursion limit without saying
    where, is refused in the same words."""
    with pytest.raises(DatasetError) as raised:
        jsontext.strict(deeply_nested(100_000), "deep.json")
    assert str(raised.value) == "deep.json: nested too deeply at line 1 column 229"


def test_the_bundled_file_is_loaded_exactly_as_pydantic_validates_it() -> None:
    """The fast path for the bundled file gives the same dataset as full validation."""
    fast = catalog.load()
    validated = catalog.validate(BUNDLED.read_bytes(), "bundled", catalog.seeds_for(None))
    assert fast.dataset == validated


def test_the_recorded_digests_are_those_of_the_bundled_files() -> None:
    """data/validated.sha256 matches the data files (python scripts/sync_docs.py)."""
    stamp = (BUNDLED.parent / bundle.STAMP_FILE).read_text(encoding="utf-8")
    files = {
        name: (BUNDLED.parent / name).read_bytes()
        for name in (bundle.DATASET_FILE, bundle.SECONDARY_FILE)
    }
    assert stamp == bundle.stamp_text(files)


def test_an_edited_bundled_file_is_validated_in_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the bundled file no longer has its recorded digest, it goes through pydantic."""
    root = tmp_path / "root"
    (root / "data").mkdir(parents=True)
    (root / "seeds").mkdir()
    seed = BUNDLED.parents[1] / "seeds" / "000_473507f20092ac30.txt"
    (root / "seeds" / seed.name).write_bytes(seed.read_bytes())
    (root / "data" / bundle.STAMP_FILE).write_text(
        bundle.stamp_text({bundle.DATASET_FILE: BUNDLED.read_bytes()}), encoding="utf-8"
    )
    data = bundled_data()
    data["events"][0]["date"] = "1997-13"
    (root / "data" / bundle.DATASET_FILE).write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(bundle, "bundled_root", lambda: root)
    monkeypatch.setattr(catalog, "bundled_root", lambda: root)
    with pytest.raises(DatasetError, match=r"events\[0\] \(id 'zero-victims-program'\)"):
        catalog.load()


def test_the_bundled_load_does_not_need_pydantic() -> None:
    """Loading the stamped bundled dataset imports no pydantic (checked in a fresh process)."""
    import subprocess
    import sys

    code = (
        "import sys; from minefacts.catalog import loading; loading.load(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'rich')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout == "[]\n"


def test_an_unknown_field_is_named(tmp_path: Path) -> None:
    """A field the model does not know is reported as unknown, with the record id."""
    data = bundled_data()
    data["roles"][1]["chair"] = "Japan"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_error(path) == (
        f"{path}: roles[1] (id 'deputy-chair-third-meeting'), field chair: unknown field"
    )
