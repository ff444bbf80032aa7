"""Checks that still run when part of the catalog is broken, so a workbook's problems come at once.

pydantic runs a model's cross-checks only when every field is valid, and the rules and plan are
checked against a catalog that loaded: one broken band would hide an unknown parent, an unknown
fact or a target for an unknown criterion until the next import. Here the catalog is rebuilt from
the parts that do validate (the others kept unvalidated, so positions and keys stay), and the same
public checks are run on it: the catalog's `cross_checks`, the rules' `check_against`, the plan's
targets against the scored criteria.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from engine.core import validation
from engine.core.problems import Problem, Reason
from engine.spec.catalog import Catalog
from engine.spec.plan import Plan
from engine.spec.rulebook import Rulebook, check_against
from engine.spec.workbook.fields import field_items, item_models
from engine.spec.workbook.layout import Doc


def _lenient(annotation: Any, value: Any) -> Any:
    """The value validated as its field's type, or item by item with the broken items unvalidated."""
    try:
        return TypeAdapter(annotation).validate_python(value)
    except ValidationError:
        pass
    models = item_models(annotation)
    if not models:
        return value

    def one(item: Any) -> Any:
        for model in models:
            try:
                return model.model_validate(item)
            except ValidationError:
                continue
        return models[0].model_construct(**item) if isinstance(item, dict) else item

    if isinstance(value, dict):
        return {k: one(v) for k, v in value.items()}
    if isinstance(value, list):
        return [one(v) for v in value]
    return value


def lenient_catalog(data: dict[str, Any]) -> Catalog | None:
    """The catalog with what validates validated, or None when even that is not possible."""
    values: dict[str, Any] = {}
    for name, info in field_items(Catalog):
        if name in data:
            values[name] = _lenient(info.annotation, data[name])
    try:
        catalog = Catalog.model_construct(**values)
        catalog.cross_checks()
    except (TypeError, AttributeError, KeyError, ValueError):
        return None
    return catalog


def problems(docs: Mapping[Doc, dict[str, Any]], names: Mapping[Doc, str]) -> list[Problem]:
    """The cross-checks of the catalog, rules and plan, run on the lenient catalog."""
    catalog = lenient_catalog(docs.get("catalog", {}))
    if catalog is None:
        return []
    out = [
        Problem(
            code=Reason.CROSS_CHECK, file=names["catalog"], where=".".join(str(p) for p in loc), reason=reason
        )
        for loc, reason in catalog.cross_checks()
    ]
    out += _validated(
        Rulebook, docs.get("rules", {}), names["rules"], lambda r: check_against(r, catalog, names["rules"])
    )
    if "plan" in docs and "plan" in names:
        scored = {c.code for c in catalog.assessed() if isinstance(c.code, str)}

        def targets(plan: Plan) -> list[Problem]:
            return [
                Problem(
                    code=Reason.UNKNOWN_CRITERION,
                    file=names["plan"],
                    where=f"targets.{code}",
                    reason=f"'{code}' không phải tiêu chí được chấm điểm của bộ '{catalog.id}'",
                )
                for code in plan.targets
                if code not in scored and plan.catalog == catalog.id
            ]

        out += _validated(Plan, docs["plan"], names["plan"], targets)
    return out


def _validated(model: type[BaseModel], data: Any, name: str, then: Any) -> list[Problem]:
    try:
        parsed = model.model_validate(data)
    except ValidationError as exc:
        return validation.problems(exc, name, None, model)
    found: list[Problem] = then(parsed)
    return found
