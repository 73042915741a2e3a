"""The API's surface: the names `minefacts` offers, each the API's own, and each function the
same question as the method of the same name, with the dataset's options besides."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

import minefacts
import minefacts.api
from minefacts.api import functions

DATASET_OPTIONS = ["data", "primary_only"]
"""What a function takes besides its method's parameters: which dataset to ask."""


def test_minefacts_offers_the_apis_names_and_its_version() -> None:
    """`minefacts.__all__` is the API's `__all__` and the version; `dir()` lists them."""
    assert sorted(minefacts.__all__) == sorted([*minefacts.api.__all__, "__version__"])
    assert set(minefacts.__all__) <= set(dir(minefacts))


def test_type_checkers_see_every_name_the_package_offers() -> None:
    """The imports type checkers read in `minefacts/__init__.py` name all of `__all__`, so
    each lazy name is typed as the API declares it."""
    tree = ast.parse(Path(minefacts.__file__).read_text(encoding="utf-8"))
    [guarded] = [node for node in tree.body if isinstance(node, ast.If) and not node.orelse][:1]
    assert ast.unparse(guarded.test) == "TYPE_CHECKING"
    seen = {
        alias.name
        for node in guarded.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert seen == set(minefacts.__all__) - {"__version__"}


@pytest.mark.parametrize("name", minefacts.api.__all__)
def test_each_name_is_the_apis_own(name: str) -> None:
    """`minefacts.NAME` is `minefacts.api.NAME`, the same object."""
    assert getattr(minefacts, name) is getattr(minefacts.api, name)


def test_a_name_the_api_lacks_is_an_attribute_error() -> None:
    """A misspelt name fails as for any module (and type checkers see no module
    `__getattr__`, so they report it too: the ignore below would otherwise be unused)."""
    with pytest.raises(AttributeError, match="has no attribute 'timelne'"):
        minefacts.timelne  # type: ignore[attr-defined]  # noqa: B018


QUESTIONS = [
    name
    for name, value in vars(functions).items()
    if inspect.isfunction(value) and value.__module__ == functions.__name__
]


@pytest.mark.parametrize("name", QUESTIONS)
def test_each_function_takes_its_methods_parameters_and_the_dataset(name: str) -> None:
    """`minefacts.NAME(...)` takes what `Facts.NAME` takes, in the same order, with the same
    defaults and annotations, then `data` and `primary_only` by keyword."""
    method = list(inspect.signature(getattr(minefacts.Facts, name)).parameters.values())[1:]
    function = list(inspect.signature(getattr(functions, name)).parameters.values())
    assert function[: len(method)] == method
    assert [p.name for p in function[len(method) :]] == DATASET_OPTIONS
    assert all(p.kind is p.KEYWORD_ONLY for p in function[len(method) :])


@pytest.mark.parametrize("name", minefacts.api.__all__)
def test_every_name_is_documented(name: str) -> None:
    """Each function and class of the API has a docstring (`help()` in a notebook)."""
    value = getattr(minefacts, name)
    if inspect.isfunction(value) or inspect.isclass(value):
        assert (value.__doc__ or "").strip(), name
