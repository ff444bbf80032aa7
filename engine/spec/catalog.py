"""The methodology (bộ tiêu chí) as data: fields, criteria, scales and the fact dictionary.

A catalog changes when the ministry or province revises the index; plans and evidence
name it by id. Nothing here knows any particular criterion.
"""

from __future__ import annotations

import itertools
from fractions import Fraction
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from engine.core.compare import Compare
from engine.core.datafile import read_file
from engine.core.problems import InputError, Problem, Reason
from engine.core.rounding import RoundingMode
from engine.core.validation import Loc, cross_check_error, problems
from engine.spec.parents import parent_loops
from engine.spec.scales import Scale
from engine.spec.scales.linear import LinearScale

NotApplicablePolicy = Literal["full_points", "exclude"]
FIELD_LABEL = "lĩnh vực"
FactType = Literal["count", "percent", "boolean", "number"]


def _unset(value: object) -> bool:
    return value is None or value is False


def linear_weight(max_points: float, full_at: float) -> Fraction:
    """Points per 100 % of rate on a linear scale from 0: 6 for "6·p", 2,5 for "min(2; 2,5·p)"."""
    return Fraction(max_points) * 100 / Fraction(full_at)


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
    max: float | None = Field(
        None, ge=0, description="điểm tối đa; 0: tiêu chí chỉ để theo dõi (hiện tỷ lệ, không tính điểm)"
    )
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


class Rounding(BaseModel):
    """How a catalog rounds its scores; a catalog without it keeps exact scores.

    Sums (field, total) add the criteria's scores as they are, rounded or not.
    """

    model_config = ConfigDict(extra="forbid")

    criterion: RoundingMode = Field(description="cách làm tròn điểm mỗi tiêu chí")
    fields: dict[str, RoundingMode] = Field(
        default_factory=dict, description="lĩnh vực làm tròn khác 'criterion' (mã lĩnh vực → cách làm tròn)"
    )
    indicator: Literal["half_up_2"] | None = Field(
        None, description="tỷ lệ trong báo cáo: làm tròn 2 chữ số (điểm vẫn tính từ tỷ lệ chưa làm tròn)"
    )
    source: str = ""

    def mode_for(self, field: str) -> RoundingMode:
        return self.fields.get(field, self.criterion)


class LabelBand(BaseModel):
    """One label of the total (e.g. "Khá" from 70), best first; the last has no bound."""

    model_config = ConfigDict(extra="forbid")
    min: float | None = None
    label: str


class TotalLabels(BaseModel):
    """Words the methodology gives a total score (xếp loại), from bands on the total."""

    model_config = ConfigDict(extra="forbid")

    bands: list[LabelBand] = Field(min_length=1)
    provisional: bool
    source: str

    @model_validator(mode="after")
    def _ordered(self) -> TotalLabels:
        bounds = [b.min for b in self.bands]
        if bounds[-1] is not None or any(b is None for b in bounds[:-1]):
            raise ValueError("chỉ mức cuối cùng (nhận mọi điểm còn lại) được bỏ trống 'min'")
        given = [b for b in bounds[:-1] if b is not None]
        if any(a <= b for a, b in itertools.pairwise(given)):
            raise ValueError("các mức xếp loại phải xếp từ cao xuống thấp, ngưỡng không trùng")
        return self

    def label_of(self, score: float) -> str:
        for band in self.bands:
            if band.min is None or score >= band.min:
                return band.label
        raise AssertionError("the last band takes every score")  # pragma: no cover


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
    # Settings added later are left out of the dump when unset, so that the digest of a
    # catalog that does not use them stays what it was.
    rounding: Rounding | None = Field(
        None, description="cách làm tròn điểm; bỏ trống: điểm chính xác", exclude_if=_unset
    )
    total_labels: TotalLabels | None = Field(None, description="xếp loại theo tổng điểm", exclude_if=_unset)
    points_available: bool = Field(
        False,
        description="báo cáo nêu cho mỗi tiêu chí số điểm còn có thể đạt và việc cần làm để đạt",
        exclude_if=_unset,
    )
    field_label: str = Field(
        FIELD_LABEL,
        min_length=1,
        description="tên gọi cấp trên cùng của bộ tiêu chí trong báo cáo, chữ thường "
        "(lĩnh vực, nhóm, chỉ số thành phần…)",
        exclude_if=lambda v: v == FIELD_LABEL,
    )

    def content(self) -> dict[str, Any]:
        """What the catalog's digest is of: everything that can change a score or a check, so
        not `field_label`, a word of the report (a report keeps its digest when it is set)."""
        return self.model_dump(mode="json", exclude={"field_label"})

    @model_validator(mode="after")
    def _consistent(self) -> Catalog:
        checks = self.cross_checks()
        if checks:
            raise cross_check_error(checks)
        return self

    def cross_checks(self) -> list[tuple[Loc, str]]:
        """Every reference inside the catalog that does not resolve, each at its own path."""
        errors: list[tuple[Loc, str]] = []
        if self.years and self.year not in self.years:
            errors.append((("year",), f"năm {self.year} phải nằm trong 'years'"))
        errors += [
            (("assumed_years", y), f"assumed_years: năm {y} không nằm trong các năm áp dụng")
            for y in self.assumed_years
            if not self.applies_to(y)
        ]
        if self.published_total is not None:
            pt = self.published_total
            errors += [
                (("published_total", key), f"published_total: minh chứng '{name}' không có")
                for key, name in (("fact", pt.fact), ("rank_fact", pt.rank_fact))
                if name is not None and name not in self.facts
            ]
        errors += self._rounding_checks()
        seen: set[str] = set()
        for i, c in enumerate(self.criteria):
            if c.code in seen:
                errors.append((("criteria", i, "code"), f"mã tiêu chí bị trùng: {c.code}"))
            seen.add(c.code)
        field_codes = {f.code for f in self.fields}
        by_code = {c.code: c for c in self.criteria}
        parents = {c.parent for c in self.criteria if c.parent}
        for i, c in enumerate(self.criteria):
            at: Loc = ("criteria", i)
            if c.field not in field_codes:
                errors.append(((*at, "field"), f"{c.code}: lĩnh vực '{c.field}' không có"))
            if c.scale is not None and c.scale not in self.scales:
                errors.append(((*at, "scale"), f"{c.code}: thang điểm '{c.scale}' không có"))
            if c.parent is not None:
                parent = by_code.get(c.parent)
                if parent is None:
                    errors.append(((*at, "parent"), f"{c.code}: tiêu chí cha '{c.parent}' không có"))
                elif parent.assessed:
                    errors.append(
                        ((*at, "parent"), f"{c.code}: tiêu chí cha '{c.parent}' đang được chấm điểm riêng")
                    )
                elif parent.field != c.field:
                    errors.append(((*at, "field"), f"{c.code}: khác lĩnh vực với tiêu chí cha"))
            if not c.assessed and c.code not in parents:
                errors.append((at, f"{c.code}: không được chấm điểm và không có tiêu chí con"))
        index = {c.code: i for i, c in enumerate(self.criteria)}
        errors += [
            (("criteria", index[code], "parent"), f"{code}: tiêu chí cha tạo thành vòng: {shown}")
            for code, shown in parent_loops({c.code: c.parent for c in self.criteria})
        ]
        for i, k in enumerate(self.constraints):
            for side, names in (("left", k.left), ("right", [k.right])):
                for j, name in enumerate(names):
                    if name not in self.facts:
                        at = ("constraints", i, side, j) if side == "left" else ("constraints", i, side)
                        errors.append((at, f"ràng buộc '{k.reason}': minh chứng '{name}' không có"))
        return errors

    def _rounding_checks(self) -> list[tuple[Loc, str]]:
        """A field named by the rounding exists; `js_tofixed_2` only where it means something:
        linear scales from 0 whose points per 100 % are a double exactly."""
        if self.rounding is None:
            return []
        errors: list[tuple[Loc, str]] = []
        codes = {f.code for f in self.fields}
        errors += [
            (("rounding", "fields", f), f"rounding: lĩnh vực '{f}' không có")
            for f in self.rounding.fields
            if f not in codes
        ]
        for i, c in enumerate(self.criteria):
            scale = self.scales.get(c.scale or "")
            if scale is None or c.max is None or self.rounding.mode_for(c.field) != "js_tofixed_2":
                continue
            if not isinstance(scale, LinearScale) or scale.zero_at != 0:
                errors.append(
                    (("criteria", i, "scale"), f"{c.code}: js_tofixed_2 chỉ dùng với thang tuyến tính từ 0")
                )
            elif Fraction(float(w := linear_weight(c.max, scale.full_at))) != w:
                reason = f"{c.code}: js_tofixed_2 cần max × 100 / full_at viết đúng được bằng số nhị phân"
                errors.append((("criteria", i, "max"), reason))
        return errors

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


def load_catalog(folder: Path, name: str) -> Catalog:
    """Parse a catalog folder: `catalog.yaml` (+ `facts.yaml`); problems cite `name`.

    Finding the folder by id, and caching, is the bundle loader's job (engine.spec.bundle).
    """
    catalog_id = folder.name
    doc = read_file(folder / "catalog.yaml", f"{name}/catalog.yaml")
    data = dict(doc.data)
    lines = dict(doc.lines)
    holder = {key: doc.name for key in data}  # the file each top-level key comes from
    for part in ("facts.yaml",):
        if (folder / part).is_file():
            extra = read_file(folder / part, f"{name}/{part}")
            data.update(extra.data)
            lines.update({loc: n for loc, n in extra.lines.items() if loc})
            holder.update({key: extra.name for key in extra.data})
    try:
        catalog = Catalog.model_validate(data)
    except ValidationError as exc:

        def file_of(loc: Loc) -> str:
            return holder.get(str(loc[0]), doc.name) if loc else doc.name

        raise InputError(problems(exc, file_of, lines, Catalog)) from exc
    if catalog.id != catalog_id:
        raise InputError(
            [
                Problem(
                    code=Reason.ID_MISMATCH,
                    file=doc.name,
                    where="id",
                    line=doc.line_of(("id",)),
                    reason=f"id '{catalog.id}' khác tên thư mục '{catalog_id}'",
                )
            ]
        )
    return catalog
