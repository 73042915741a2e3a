"""Field constraints and descriptions that pydantic reads, without importing pydantic.

The models put these in ``Annotated[...]``. pydantic calls their hooks only when it builds a
validator or a JSON Schema, so defining a model costs no pydantic import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue
    from pydantic_core import CoreSchema


class Str:
    """A string with an optional regular-expression `pattern` and `min_length`."""

    __slots__ = ("min_length", "pattern")

    def __init__(self, *, pattern: str | None = None, min_length: int | None = None) -> None:
        self.pattern = pattern
        self.min_length = min_length

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        return core_schema.str_schema(pattern=self.pattern, min_length=self.min_length)


class Describe:
    """A field's description, shown in the generated JSON Schema."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(schema)
        json_schema["description"] = self.text
        return json_schema
