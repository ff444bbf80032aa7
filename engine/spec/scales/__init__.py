"""Scoring scales (thang điểm), defined once per catalog and named; one module per kind.

Every module of this package other than `base` defines one kind: a `ScaleBase` model with
`kind: Literal["<name>"]` (see `base` for what a kind answers). The registry below finds
them, so adding a kind is one module and its test; a catalog's `scales:` entries are read
by the model their `kind` names.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Annotated, Any, get_args

from pydantic import PlainValidator, SerializeAsAny, ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

from engine.spec.scales.base import Micro, ScaleBase, ScoreRule, exact

__all__ = ["KINDS", "Micro", "Scale", "ScaleBase", "ScoreRule", "exact", "parse_scale"]


def _kinds() -> dict[str, type[ScaleBase]]:
    found: dict[str, type[ScaleBase]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, ScaleBase) and value is not ScaleBase:
                (kind,) = get_args(value.model_fields["kind"].annotation)
                if value.__module__ == module.__name__:
                    assert kind not in found, f"scale kind '{kind}' defined twice"
                    found[kind] = value
    return found


KINDS: dict[str, type[ScaleBase]] = _kinds()
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
