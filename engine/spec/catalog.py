"""The methodology (bộ tiêu chí) as data: fields, criteria, scales and the fact dictionary.

A catalog changes when the ministry or province revises the index; plans and evidence
name it by id. Nothing here knows any particular criterion.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from engine.core.datafile import read_file
from engine.core.problems import InputError, Problem
from engine.spec import resources
from engine.spec.scales import Scale

NotApplicablePolicy = Literal["full_points", "exclude"]
FactType = Literal["count", "percent", "boolean", "number"]
Compare = Literal[">=", ">", "=", "<=", "<"]


class FieldNode(BaseModel):
    """A field (lĩnh vực), roman numeral I–VIII."""

    model_config = ConfigDict(extra="forbid")
    code: str
    title: str


class Criterion(BaseModel):
    """A criterion (TC) or sub-criterion (TCTP). Groups have children and no scale."""

    model_config = ConfigDict(extra="forbid")

    code: str
    title: str
    field: str
    parent: str | None = None
    max: float | None = Field(None, gt=0)
    scale: str | None = None
    not_applicable: NotApplicablePolicy | None = None
    title_provisional: bool = False
    source: str
    note: str = ""

    @property
    def assessed(self) -> bool:
        return self.scale is not None

    @model_validator(mode="after")
    def _scored_or_group(self) -> Criterion:
        if (self.max is None) != (self.scale is None):
            raise ValueError("tiêu chí được chấm điểm cần cả 'max' và 'scale'")
        return self


class FactSpec(BaseModel):
    """One evidence fact the rules may use (e.g. `dossiers.resolved`)."""

    model_config = ConfigDict(extra="forbid")

    label: str
    type: FactType
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None
    description: str = ""
    aliases: list[str] = Field(
        default_factory=list, description="tên cột khác của minh chứng này trong bảng (CSV) đã công bố"
    )


class Constraint(BaseModel):
    """A consistency check between facts, e.g. resolved_on_time + resolved_late ≤ resolved."""

    model_config = ConfigDict(extra="forbid")

    left: list[str] = Field(min_length=1)
    compare: Compare
    right: str
    reason: str
    remainder: str = Field(
        "", description="khi vế trái nhỏ hơn vế phải: câu nêu phần còn lại, {n} là số còn lại"
    )


class TableLayout(BaseModel):
    """How a published wide table (one row per unit and year) maps onto this catalog.

    Fact columns are found by fact name, label or alias; these are the other columns.
    """

    model_config = ConfigDict(extra="forbid")

    unit_columns: list[str] = Field(min_length=1, description="tên cột đơn vị (tỉnh, sở…)")
    year_columns: list[str] = Field(default_factory=list, description="tên cột năm")
    ignore_columns: list[str] = Field(default_factory=list, description="cột được bỏ qua")
    source: str = ""


class PublishedTotal(BaseModel):
    """A published total given as a fact, checked against the total the engine computes."""

    model_config = ConfigDict(extra="forbid")

    fact: str
    tolerance: float = Field(ge=0)
    rank_fact: str | None = None
    reasoning: str = ""


class Catalog(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    year: int
    years: list[int] = Field(
        default_factory=list,
        description="các năm minh chứng được chấm theo bộ tiêu chí này (bỏ trống: chỉ năm 'year')",
    )
    assumed_years: dict[int, str] = Field(
        default_factory=dict,
        description="năm áp dụng bộ tiêu chí theo giả định (chưa kiểm chứng) → lý do, hiện thành cảnh báo",
    )
    provisional: str = Field(
        "",
        description="khi phương pháp (ví dụ trọng số) chưa đối chiếu được với văn bản chính thức: "
        "lý do, hiện thành cảnh báo và đánh dấu báo cáo tạm thời",
    )
    level: str
    source: str
    notes: str = ""
    not_applicable_default: NotApplicablePolicy
    scales: dict[str, Scale]
    fields: list[FieldNode]
    criteria: list[Criterion]
    facts: dict[str, FactSpec] = {}
    constraints: list[Constraint] = []
    table: TableLayout | None = None
    published_total: PublishedTotal | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Catalog:
        errors: list[str] = []
        if self.years and self.year not in self.years:
            errors.append(f"năm {self.year} phải nằm trong 'years'")
        errors += [
            f"assumed_years: năm {y} không nằm trong các năm áp dụng"
            for y in self.assumed_years
            if not self.applies_to(y)
        ]
        if self.published_total is not None:
            pt = self.published_total
            errors += [
                f"published_total: minh chứng '{name}' không có"
                for name in (pt.fact, pt.rank_fact)
                if name is not None and name not in self.facts
            ]
        codes = [c.code for c in self.criteria]
        if len(set(codes)) != len(codes):
            errors.append(
                "mã tiêu chí bị trùng: " + ", ".join(sorted({c for c in codes if codes.count(c) > 1}))
            )
        field_codes = {f.code for f in self.fields}
        by_code = {c.code: c for c in self.criteria}
        parents = {c.parent for c in self.criteria if c.parent}
        for c in self.criteria:
            if c.field not in field_codes:
                errors.append(f"{c.code}: lĩnh vực '{c.field}' không có")
            if c.scale is not None and c.scale not in self.scales:
                errors.append(f"{c.code}: thang điểm '{c.scale}' không có")
            if c.parent is not None:
                parent = by_code.get(c.parent)
                if parent is None:
                    errors.append(f"{c.code}: tiêu chí cha '{c.parent}' không có")
                elif parent.assessed:
                    errors.append(f"{c.code}: tiêu chí cha '{c.parent}' đang được chấm điểm riêng")
                elif parent.field != c.field:
                    errors.append(f"{c.code}: khác lĩnh vực với tiêu chí cha")
            if not c.assessed and c.code not in parents:
                errors.append(f"{c.code}: không được chấm điểm và không có tiêu chí con")
        for k in self.constraints:
            for name in [*k.left, k.right]:
                if name not in self.facts:
                    errors.append(f"ràng buộc '{k.reason}': minh chứng '{name}' không có")
        if errors:
            raise ValueError("; ".join(errors))
        return self

    def applies_to(self, year: int) -> bool:
        """Whether evidence of this year may be scored with this catalog."""
        return year in (self.years or [self.year])

    def criterion(self, code: str) -> Criterion:
        for c in self.criteria:
            if c.code == code:
                return c
        raise KeyError(code)

    def assessed(self) -> list[Criterion]:
        return [c for c in self.criteria if c.assessed]

    def na_policy(self, c: Criterion) -> NotApplicablePolicy:
        return c.not_applicable or self.not_applicable_default


def digest(model: BaseModel) -> str:
    """sha256 of the canonical content, so formatting or key order never change it."""
    canonical = json.dumps(model.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def validation_problems(
    exc: ValidationError, file: str, lines: dict[tuple[str | int, ...], int] | None = None
) -> list[Problem]:
    """pydantic errors → problems with the dotted path and, when known, the line."""
    out = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        line = None
        if lines:
            probe = loc
            while probe and probe not in lines:
                probe = probe[:-1]
            line = lines.get(probe)
        out.append(
            Problem(
                file=file,
                where=".".join(str(p) for p in loc),
                line=line,
                reason=err["msg"],
            )
        )
    return out


@cache
def load_catalog(catalog_id: str) -> Catalog:
    """Load a shipped catalog by id: `criteria/<id>/catalog.yaml` (+ `facts.yaml`)."""
    folder = resources.criteria_dir() / catalog_id
    path = folder / "catalog.yaml"
    if not path.is_file():
        known = ", ".join(resources.catalog_ids())
        raise InputError(
            [Problem(file=str(path), reason=f"không có bộ tiêu chí '{catalog_id}' (hiện có: {known})")]
        )
    doc = read_file(path, f"criteria/{catalog_id}/catalog.yaml")
    data = dict(doc.data)
    if (folder / "facts.yaml").is_file():
        data.update(read_file(folder / "facts.yaml", f"criteria/{catalog_id}/facts.yaml").data)
    try:
        catalog = Catalog.model_validate(data)
    except ValidationError as exc:
        raise InputError(validation_problems(exc, doc.name, doc.lines)) from exc
    if catalog.id != catalog_id:
        raise InputError(
            [Problem(file=doc.name, where="id", reason=f"id '{catalog.id}' khác tên thư mục '{catalog_id}'")]
        )
    return catalog
