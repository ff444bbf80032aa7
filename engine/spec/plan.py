"""An agency's yearly plan (kế hoạch): a target per criterion, kept apart from the catalog.

Every target keeps the plan's Vietnamese text verbatim beside its machine form. One
catalog serves many plans; a plan names the catalog it targets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from engine.core import validation
from engine.core.compare import Compare
from engine.core.datafile import DataFile, read_file
from engine.core.problems import InputError, Problem, Reason
from engine.core.validation import Loc, cross_check_error
from engine.spec.catalog import Catalog
from engine.spec.policy import Adoption, Shelf

TOTAL = "total"  # the key of a score target on the total, beside field codes


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
    reading: Reading | None = Field(None, description="khi chỉ tiêu đọc được hai cách: cách được dùng")
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


class QuotedResult(BaseModel):
    """Another index's result the plan quotes (e.g. PAR Index 2023), figures verbatim."""

    model_config = ConfigDict(extra="forbid")
    index: str
    value: str = Field(description="nguyên văn, ví dụ '88,60 điểm'")
    rank: str = Field("", description="nguyên văn, ví dụ '14/63'")
    text: str = Field(description="nguyên văn đoạn trích")


class Baseline(BaseModel):
    """Results of an earlier year that the plan quotes (e.g. last year's index and rank)."""

    model_config = ConfigDict(extra="forbid")
    year: int
    total: float | None = None
    rank: str = ""
    text: str = Field(description="nguyên văn đoạn trích")
    changes: dict[str, BaselineChange] = {}
    results: list[QuotedResult] = Field(
        default_factory=list, description="kết quả các chỉ số khác kế hoạch trích dẫn"
    )
    source: str


class NotAssessable(BaseModel):
    """A quantitative target of the source that no criterion measures, and why."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(description="nguyên văn chỉ tiêu")
    source: str
    reason: str = Field(description="vì sao không chấm được")


class Reading(BaseModel):
    """Where a target reads two ways: what the other reading is and why it was not chosen."""

    model_config = ConfigDict(extra="forbid")
    chosen: str = Field(description="cách hiểu được dùng")
    alternative: str = Field(description="cách hiểu khác cũng hợp lý")
    why: str


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
    editions: dict[int, str] = Field(
        default_factory=dict,
        description="bộ tiêu chí của những năm minh chứng không dùng 'catalog' (phương pháp đổi theo năm, "
        "ví dụ trọng số PCI)",
    )
    unit: str
    source: str
    notes: str = ""
    targets: dict[str, Target]
    stated_weights: dict[str, StatedWeight] = {}
    baseline: Baseline | None = None
    not_assessable: list[NotAssessable] = Field(
        default_factory=list, description="chỉ tiêu định lượng của văn bản không chấm được, kèm lý do"
    )
    score_targets: dict[str, Target] = Field(
        default_factory=dict,
        description="chỉ tiêu điểm của một lĩnh vực (mã lĩnh vực) hoặc của tổng điểm (total), "
        "ví dụ tổng ≥ 80; chỉ dạng so với một giá trị",
        exclude_if=lambda v: not v,  # left out when unused: the digest of other plans stays
    )
    policies: list[Adoption] = Field(
        default_factory=list,
        description="chính sách (quy tắc xếp loại phòng, cán bộ) đơn vị áp dụng, "
        "ví dụ 91-kl-tu; mã hoặc {id, overdue_pending}",
    )

    @model_validator(mode="after")
    def _years(self) -> Plan:
        checks: list[tuple[Loc, str]] = [
            (("score_targets", code, "rule"), "chỉ tiêu điểm cần 'value' (không so với năm trước)")
            for code, target in self.score_targets.items()
            if target.rule.value is None
        ]
        if self.years and self.year not in self.years:
            checks.append((("year",), f"năm {self.year} phải nằm trong 'years'"))
        checks += [
            (("years", i), "'years' không được sau năm của kế hoạch")
            for i, y in enumerate(self.years)
            if y > self.year
        ]
        checks += [
            (("editions", y), f"editions: năm {y} không nằm trong các năm của kế hoạch")
            for y in self.editions
            if not self.applies_to(y)
        ]
        if checks:
            raise cross_check_error(checks)
        return self

    def catalog_for(self, year: int) -> str:
        """The catalog that evidence of this year is scored with under this plan."""
        return self.editions.get(year, self.catalog)

    def catalogs(self) -> list[str]:
        """Every catalog the plan's targets must fit: the main one first."""
        return [self.catalog, *sorted(set(self.editions.values()) - {self.catalog})]

    def applies_to(self, year: int) -> bool:
        """Whether evidence of this year may be checked against the plan's targets."""
        return year in (self.years or [self.year])


def _references(data: object) -> list[tuple[str, ...]]:
    """Key paths that name a criterion, read from the file as written (so a plan that also
    fails validation still has its criteria checked)."""
    if not isinstance(data, dict):
        return []

    def keys(*path: str) -> list[tuple[str, ...]]:
        node: object = data
        for part in path:
            node = node.get(part) if isinstance(node, dict) else None
        return [(*path, str(k)) for k in node] if isinstance(node, dict) else []

    return keys("targets") + keys("stated_weights") + keys("baseline", "changes")


def load_plan(path: Path, name: str, catalog_of: Callable[[str], Catalog], shelf: Shelf) -> Plan:
    """Parse a plan file and check it against the catalog it names (`catalog_of` finds that catalog)
    and the policies it adopts (found on `shelf`); every problem at once."""
    plan_id = path.stem
    doc = read_file(path, name)
    problems: list[Problem] = []
    plan: Plan | None = None
    try:
        plan = Plan.model_validate(doc.data)
    except ValidationError as exc:
        problems += validation.problems(exc, doc.name, doc.lines, Plan)
    catalog_id = doc.data.get("catalog") if isinstance(doc.data, dict) else None
    catalog_ids: list[str] = []
    if plan is not None:
        catalog_ids = plan.catalogs()
    elif isinstance(catalog_id, str):
        catalog_ids = [catalog_id]
    catalogs: list[Catalog] = []
    for cid in catalog_ids:
        try:
            catalog = catalog_of(cid)
        except InputError as exc:
            problems += exc.problems
        else:
            catalogs.append(catalog)
            scored = {c.code for c in catalog.assessed()}
            problems += [
                Problem(
                    code=Reason.UNKNOWN_CRITERION,
                    file=doc.name,
                    where=".".join(ref),
                    line=doc.line_of(ref),
                    reason=f"'{ref[-1]}' không phải tiêu chí được chấm điểm của bộ '{catalog.id}'",
                )
                for ref in _references(doc.data)
                if ref[-1] not in scored
            ]
    if plan is not None:
        problems += _policy_problems(plan, catalogs, doc, shelf)
        problems += [
            Problem(
                code=Reason.UNKNOWN_CRITERION,
                file=doc.name,
                where=f"score_targets.{code}",
                line=doc.line_of(("score_targets", code)),
                reason=f"'{code}' không phải mã lĩnh vực của bộ '{catalog.id}' hay 'total'",
            )
            for catalog in catalogs
            for code in plan.score_targets
            if code != TOTAL and code not in {f.code for f in catalog.fields}
        ]
    if plan is not None and plan.id != plan_id:
        problems.append(
            Problem(
                code=Reason.ID_MISMATCH,
                file=doc.name,
                where="id",
                line=doc.line_of(("id",)),
                reason=f"id '{plan.id}' khác tên tệp",
            )
        )
    if problems or plan is None:
        raise InputError(problems)
    return plan


def _policy_problems(plan: Plan, catalogs: list[Catalog], doc: DataFile, shelf: Shelf) -> list[Problem]:
    """Each adopted policy exists and reads only facts every catalog of the plan has."""
    out: list[Problem] = []
    for i, adoption in enumerate(plan.policies):
        path = ("policies", i)
        if adoption.id not in shelf.policy_ids():
            known = ", ".join(shelf.policy_ids()) or "không có"
            reason = f"không có chính sách '{adoption.id}' (hiện có: {known})"
            out.append(
                Problem(
                    code=Reason.INVALID,
                    file=doc.name,
                    where=f"policies.{i}",
                    line=doc.line_of(path),
                    reason=reason,
                )
            )
            continue
        try:
            policy = shelf.find_policy(adoption.id)
        except InputError as exc:  # the policy file itself is broken: its own problems
            out += exc.problems
            continue
        for catalog in catalogs:
            lacking = sorted(policy.facts() - set(catalog.facts))
            if lacking:
                out.append(
                    Problem(
                        code=Reason.UNKNOWN_FACT,
                        file=doc.name,
                        where=f"policies.{i}",
                        line=doc.line_of(path),
                        reason=f"chính sách '{policy.id}' dùng minh chứng {', '.join(lacking)} "
                        f"mà bộ tiêu chí '{catalog.id}' không có",
                    )
                )
    return out
