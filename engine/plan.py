"""An agency's yearly plan (kế hoạch): a target per criterion, kept apart from the catalog.

Every target keeps the plan's Vietnamese text verbatim beside its machine form. One
catalog serves many plans; a plan names the catalog it targets.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from engine import resources
from engine.catalog import Compare, load_catalog, validation_problems
from engine.datafile import read_file
from engine.problems import InputError, Problem


class Relative(BaseModel):
    """A threshold relative to last year's indicator.

    `unit: pp` adds percentage points (85% + 2 → 87%); `unit: percent` grows last year's
    value by that percentage (85 × 1.02). The plan's wording decides; the choice is data.
    """

    model_config = ConfigDict(extra="forbid")
    delta: float = 0
    unit: Literal["pp", "percent"] = "pp"


class TargetRule(BaseModel):
    """Machine form: indicator <compare> value, or <compare> last year (+ delta)."""

    model_config = ConfigDict(extra="forbid")

    compare: Compare
    value: float | None = None
    previous: Relative | None = None

    @model_validator(mode="after")
    def _one_base(self) -> TargetRule:
        if (self.value is None) == (self.previous is None):
            raise ValueError("chỉ tiêu cần đúng một trong 'value' hoặc 'previous'")
        return self


class Target(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="nguyên văn 'Mục tiêu, yêu cầu' của kế hoạch")
    rule: TargetRule
    interpretation: str = Field("", description="cách đọc chỉ tiêu khi văn bản chưa định lượng")
    detail: str = Field("", description="mục tiêu chi tiết (nếu kế hoạch có mục riêng)")
    lead_unit: str = ""
    coordinating_units: list[str] = []
    timing: str = ""
    source: str


class Plan(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    catalog: str
    year: int
    unit: str
    source: str
    notes: str = ""
    targets: dict[str, Target]


@cache
def load_plan(plan_id: str) -> Plan:
    """Load a shipped plan by id and check it against the catalog it names."""
    path = resources.criteria_dir() / "plans" / f"{plan_id}.yaml"
    if not path.is_file():
        known = ", ".join(resources.plan_ids())
        raise InputError(
            [Problem(file=str(path), reason=f"không có kế hoạch '{plan_id}' (hiện có: {known})")]
        )
    doc = read_file(path, f"criteria/plans/{plan_id}.yaml")
    try:
        plan = Plan.model_validate(doc.data)
    except ValidationError as exc:
        raise InputError(validation_problems(exc, doc.name, doc.lines)) from exc
    catalog = load_catalog(plan.catalog)
    scored = {c.code for c in catalog.assessed()}
    problems = [
        Problem(
            file=doc.name,
            where=f"targets.{code}",
            line=doc.line_of(("targets", code)),
            reason=f"'{code}' không phải tiêu chí được chấm điểm của bộ '{catalog.id}'",
        )
        for code in plan.targets
        if code not in scored
    ]
    if plan.id != plan_id:
        problems.append(Problem(file=doc.name, where="id", reason=f"id '{plan.id}' khác tên tệp"))
    if problems:
        raise InputError(problems)
    return plan
