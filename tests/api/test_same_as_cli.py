"""The Python API answers exactly what the command line prints: each function's answer equals
the command's ``--format json`` read back (its text, for a citation), for the same question,
filters, dataset and ``--primary-only``."""

from __future__ import annotations

import datetime as dt
import inspect
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import minefacts
from minefacts.api import functions
from tests.conftest import BUNDLED, PIPED, Invoke

DATA = "<a user's dataset file>"
"""Stands for the path of the `user_file` fixture, in a case's arguments and command line."""


@dataclass(frozen=True)
class Case:
    """One question, asked of the API and of the command line."""

    function: str
    command: list[str]
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    text: bool = False
    """Compare the text the command prints (a citation) rather than its JSON."""

    @property
    def id(self) -> str:
        return " ".join(self.command)


def json_case(function: str, command: list[str], *args: Any, **kwargs: Any) -> Case:
    """A question whose command prints JSON with ``--format json``; ``--data`` and
    ``--primary-only``, where given, go before the command as on the command line."""
    before = []
    if "data" in kwargs:
        before += ["--data", DATA]
    if kwargs.get("primary_only"):
        before.append("--primary-only")
    return Case(function, [*before, *command, "--format", "json"], args, kwargs)


CASES = [
    json_case("timeline", ["timeline"]),
    json_case("timeline", ["timeline", "--year", "2001"], year="2001"),
    json_case("timeline", ["timeline", "--year", "2001"], year=2001),
    json_case(
        "timeline",
        ["timeline", "--from", "2000-06", "--to", "2002", "--kind", "meeting", "-k", "seminar"],
        start="2000-06",
        end=2002,
        kind=["meeting", "Seminar"],
    ),
    json_case(
        "timeline", ["timeline", "--from", "2001-09-20"], start=dt.date(2001, 9, 20), kind=None
    ),
    json_case("timeline", ["timeline", "--place", "geneva"], place="geneva"),
    json_case(
        "timeline",
        ["timeline", "--party", "nicaragua", "-k", "MEETING"],
        party="Nicaragua",
        kind="meeting",
    ),
    json_case("timeline", ["timeline"], primary_only=True),
    json_case("timeline", ["timeline"], data=DATA),
    json_case("search", ["search", "victim assistance"], "victim assistance"),
    json_case("search", ["search", "seminar", "--year", "2002"], "seminar", year=2002),
    json_case("search", ["search", "victim"], "victim", primary_only=True),
    json_case("roles", ["role"]),
    json_case("roles", ["role", "standing committee"], "standing committee"),
    json_case("roles", ["roles", "--year", "2008"], year=2008),
    json_case("roles", ["role", "--party", "cambodia"], party="cambodia"),
    json_case("aid_progress", ["aid-progress"]),
    json_case("aid_progress", ["aid"], primary_only=True),
    json_case("funding", ["funding"]),
    json_case("funding", ["funding", "--from", "1998", "--to", "2003"], start=1998, end="2003"),
    json_case("retained", ["retained"]),
    json_case("retained", ["retained", "--from", "2003"], start="2003"),
    json_case("brief", ["brief"]),
    json_case("brief", ["brief", "--from", "1997", "--to", "2003"], start=1997, end="2003"),
    json_case("brief", ["brief"], primary_only=True),
    json_case("disputes", ["disputes"]),
    json_case("disputes", ["disputes", "--year", "2004"], year=2004),
    json_case("sources", ["sources"]),
    json_case("sources", ["sources"], primary_only=True),
    json_case("show", ["show", "convention-concluded"], "convention-concluded"),
    json_case("show", ["show", "landmine-monitor-2004"], "landmine-monitor-2004"),
    json_case(
        "show",
        ["show", "co-chair-standing-committee-on-victim-assistance"],
        "co-chair-standing-committee-on-victim-assistance",
    ),
    json_case("show", ["show", "tokyo-seminar"], "tokyo-seminar", primary_only=True),
    json_case("on", ["on", "2001-09-20"], "2001-09-20"),
    json_case("on", ["on", "2003-12-01"], dt.date(2003, 12, 1)),
    json_case("on", ["on", "2003-02-10"], "2003-02-10", primary_only=True),
    json_case("year", ["year", "2001"], 2001),
    json_case("year", ["year", "2005"], "2005"),
    json_case("year", ["year", "2001"], 2001, data=DATA),
    json_case("document", ["document"]),
    json_case("document", ["document", "--mark", "tokyo-seminar"], mark="tokyo-seminar"),
    Case("cite", ["cite", "convention-concluded"], ("convention-concluded",), text=True),
    Case(
        "cite",
        ["cite", "tokyo-seminar", "bangkok-seminar", "--format", "markdown"],
        ("tokyo-seminar", "bangkok-seminar"),
        {"style": "markdown"},
        text=True,
    ),
    Case(
        "cite",
        ["cite", "aid-pledge", "aid-provided-lm-2003", "--format", "bibtex"],
        ("aid-pledge", "aid-provided-lm-2003"),
        {"style": "bibtex"},
        text=True,
    ),
    Case(
        "cite",
        ["cite", "--all", "--format", "csl-json"],
        kwargs={"every": True, "style": "csl-json"},
        text=True,
    ),
]


@pytest.fixture(scope="module")
def user_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dataset file of the user's: the bundled data without its seminars, so that an
    answer from the bundled dataset instead cannot pass."""
    data: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["events"] = [e for e in data["events"] if e["kind"] != "seminar"]
    for event in data["events"]:
        event["related"] = [r for r in event.get("related", []) if not r.endswith("-seminar")]
    path = tmp_path_factory.mktemp("user") / "facts.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _filled(value: Any, path: Path) -> Any:
    return str(path) if value == DATA else value


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_each_function_answers_what_the_command_prints(
    invoke: Invoke, user_file: Path, case: Case
) -> None:
    """The function's answer equals the command's JSON (or text), for the same question."""
    command = [_filled(arg, user_file) for arg in case.command]
    kwargs = {name: _filled(value, user_file) for name, value in case.kwargs.items()}
    printed = invoke(*command, env=PIPED)
    assert printed.exit_code == 0, printed.stderr
    answer = getattr(minefacts, case.function)(*case.args, **kwargs)
    assert answer == (printed.stdout if case.text else printed.json)
    assert answer, "a case that answers nothing cannot tell a right answer from a wrong one"


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_each_method_answers_what_its_function_does(user_file: Path, case: Case) -> None:
    """`load(...).NAME(...)` and `NAME(..., data=..., primary_only=...)` are one question."""
    kwargs = {name: _filled(value, user_file) for name, value in case.kwargs.items()}
    data, primary_only = kwargs.pop("data", None), kwargs.pop("primary_only", False)
    facts = minefacts.load(data, primary_only=primary_only)
    asked = getattr(facts, case.function)(*case.args, **kwargs)
    assert asked == getattr(minefacts, case.function)(
        *case.args, data=data, primary_only=primary_only, **kwargs
    )


QUESTIONS = sorted(
    name
    for name, value in vars(functions).items()
    if inspect.isfunction(value) and value.__module__ == functions.__name__
)


@pytest.mark.parametrize("name", QUESTIONS)
def test_every_question_is_compared_with_the_command_line(name: str) -> None:
    """A function added to the API (and its method) is checked against its command here."""
    assert name == "attribution" or name in {case.function for case in CASES}
    assert callable(getattr(minefacts.Facts, name))


def test_the_attribution_is_the_exports_notice(invoke: Invoke) -> None:
    """`attribution()` is the notice `minefacts export` writes, and its text the notice
    `minefacts sources` ends with, naming the licence, the address and the access date."""
    from minefacts.render.citation import forms

    given = minefacts.attribution()
    text = given.pop("text")
    assert given == invoke("export").json["notice"]
    assert text == forms.notice(minefacts.load()._catalog.dataset.documents)
    assert "Public Data License" in text
    assert "https://www.mofa.go.jp/policy/landmine/effort0302.html" in text
    assert "Accessed 20" in text
    assert "Created by editing" in text
