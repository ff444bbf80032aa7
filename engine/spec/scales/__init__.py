"""Scoring scales (thang điểm), defined once per catalog and named; one module per kind.

Every module of this package other than `base` defines one kind: a `ScaleBase` model with
`kind: Literal["<name>"]` (see `base` for what a kind answers). The registry below finds
them, so adding a kind is one module and its test; a catalog's `scales:` entries are read
by the model their `kind` names.
"""

from __future__ import annotations

from typing import Annotated, Any, get_args

from pydantic import PlainValidator, SerializeAsAny, ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

from engine.core.registry import discover
from engine.spec.scales.base import Micro, ScaleBase, ScoreRule, exact

__all__ = ["KINDS", "Micro", "Scale", "ScaleBase", "ScoreRule", "exact", "parse_scale"]


def _kind(model: type[ScaleBase]) -> str:
    (kind,) = get_args(model.model_fields["kind"].annotation)
    return str(kind)


KINDS: dict[str, type[ScaleBase]] = discover(__name__, __path__, ScaleBase, _kind)
"""Scale kind → its model."""


def _invalid(data: Any, error: PydanticCustomError | str) -> ValidationError:
    detail: InitErrorDetails = {"type": error, "loc": ("kind",), "input": data.get("kind")}
    return ValidationError.from_exception_data("Scale", [detail])


def parse_scale(data: Any) -> ScaleBase:
    """A scale entry of a catalog, read by the model of its kind."""
    if isinstance(data, ScaleBase):
        return data
    if not isinstance(data, dict):
        raise PydanticCustomError("dict_type", "Input should be a valid dictionary")
    if "kind" not in data:
        raise _invalid(data, "missing")
    model = KINDS.get(data["kind"]) if isinstance(data["kind"], str) else None
    if model is None:
        expected = " or ".join(f"'{k}'" for k in KINDS)
        raise _invalid(
            data, PydanticCustomError("literal_error", "Input should be {expected}", {"expected": expected})
        )
    return model.model_validate(data)


Scale = Annotated[SerializeAsAny[ScaleBase], PlainValidator(parse_scale)]
"""A catalog's scale: validated by its kind's model, dumped with that model's fields."""
