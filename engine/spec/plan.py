"""An agency's yearly plan (kế hoạch): a target per criterion, kept apart from the catalog.

Every target keeps the plan's Vietnamese text verbatim beside its machine form. One
catalog serves many plans; a plan names the catalog it targets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from engine.core.datafile import read_file
from engine.core.problems import InputError, Problem
from engine.spec.catalog import Catalog, Compare, validation_problems


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


class StatedWeight(BaseModel):
    """A weight (trọng số) the plan states for a criterion, kept to compare with the catalog's."""

    model_config = ConfigDict(extra="forbid")
    percent: float = Field(gt=0, le=100)
    text: str = Field(description="nguyên văn")
    source: str


class BaselineChange(BaseModel):
    model_config = ConfigDict(extra="forbid")
    delta: float = Field(description="thay đổi so với năm trước đó, theo kế hoạch")
    text: str = Field(description="nguyên văn")


class Baseline(BaseModel):
    """Results of an earlier year that the plan quotes (e.g. last year's index and rank)."""

    model_config = ConfigDict(extra="forbid")
    year: int
    total: float | None = None
    rank: str = ""
    text: str = Field(description="nguyên văn đoạn trích")
    changes: dict[str, BaselineChange] = {}
    source: str


class Plan(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    catalog: str
    year: int
    years: list[int] = Field(
        default_factory=list,
        description="các năm minh chứng được so với chỉ tiêu (bỏ trống: chỉ năm 'year'); "
        "năm trước 'year' là theo dõi tiến độ",
    )
    unit: str
    source: str
    notes: str = ""
    targets: dict[str, Target]
    stated_weights: dict[str, StatedWeight] = {}
    baseline: Baseline | None = None

    @model_validator(mode="after")
    def _years(self) -> Plan:
        if self.years and self.year not in self.years:
            raise ValueError(f"năm {self.year} phải nằm trong 'years'")
        if any(y > self.year for y in self.years):
            raise ValueError("'years' không được sau năm của kế hoạch")
        return self

    def applies_to(self, year: int) -> bool:
        """Whether evidence of this year may be checked against the plan's targets."""
        return year in (self.years or [self.year])


def load_plan(path: Path, name: str, catalog_of: Callable[[str], Catalog]) -> Plan:
    """Parse a plan file and check it against the catalog it names (`catalog_of` finds that catalog)."""
    plan_id = path.stem
    doc = read_file(path, name)
    try:
        plan = Plan.model_validate(doc.data)
    except ValidationError as exc:
        raise InputError(validation_problems(exc, doc.name, doc.lines)) from exc
    catalog = catalog_of(plan.catalog)
    scored = {c.code for c in catalog.assessed()}
    referenced: list[tuple[str, ...]] = [("targets", code) for code in plan.targets]
    referenced += [("stated_weights", code) for code in plan.stated_weights]
    if plan.baseline is not None:
        referenced += [("baseline", "changes", code) for code in plan.baseline.changes]
    problems = [
        Problem(
            file=doc.name,
            where=".".join(path),
            line=doc.line_of(path),
            reason=f"'{path[-1]}' không phải tiêu chí được chấm điểm của bộ '{catalog.id}'",
        )
        for path in referenced
        if path[-1] not in scored
    ]
    if plan.id != plan_id:
        problems.append(Problem(file=doc.name, where="id", reason=f"id '{plan.id}' khác tên tệp"))
    if problems:
        raise InputError(problems)
    return plan
