"""minefacts: exact, citable facts about Japan's record under the Ottawa Convention.

The Python API (docs/api.md): ``minefacts.load()`` and one function per question, such as
``minefacts.timeline(year=2001)``, each answer what the command prints with
``--format json``. Every command imports this module, so it stays light: the API's names
are imported on first use (PEP 562), never by ``import minefacts`` itself.
"""

__version__ = "3.0.0"

# Not `typing.TYPE_CHECKING`: importing typing would cost every command's start-up. Type
# checkers read this name as theirs, and see the API's names from the imports below.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from minefacts.api import (
        Answer,
        DatasetError,
        Facts,
        MinefactsError,
        QueryError,
        Rows,
        UnknownName,
        aid_progress,
        attribution,
        brief,
        cite,
        disputes,
        document,
        funding,
        load,
        on,
        retained,
        roles,
        search,
        show,
        sources,
        timeline,
        year,
    )

__all__ = [
    "Answer",
    "DatasetError",
    "Facts",
    "MinefactsError",
    "QueryError",
    "Rows",
    "UnknownName",
    "__version__",
    "aid_progress",
    "attribution",
    "brief",
    "cite",
    "disputes",
    "document",
    "funding",
    "load",
    "on",
    "retained",
    "roles",
    "search",
    "show",
    "sources",
    "timeline",
    "year",
]

if not TYPE_CHECKING:  # type checkers see the names themselves, above

    def __getattr__(name: str) -> object:
        """An API name, imported from `minefacts.api` when first used."""
        if name in __all__:
            from minefacts import api

            value = getattr(api, name)
            globals()[name] = value
            return value
        raise AttributeError(f"module 'minefacts' has no attribute {name!r}")

    def __dir__() -> list[str]:
        """The API's names, whether or not they have been imported yet."""
        return sorted({*__all__, *(name for name in globals() if name.startswith("__"))})
