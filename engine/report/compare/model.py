"""The comparison of two reports (*so sánh*): pydantic models, the schema's source.

`engine/report/compare/comparison.schema.json` is generated from these models
(`cchc schema --kind comparison`) and committed; a test fails when they drift apart.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from engine.report.model import CatalogRef, EngineInfo, Ref
from engine.results.model import Status

COMPARISON_SCHEMA_VERSION = "1.0"

TargetChange = Literal["newly_met", "newly_missed", "still_met", "still_missed", "unassessed"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Side(_Model):
    """One of the two reports compared."""

    report: str = Field(description="tệp báo cáo JSON như đã nêu")
    unit: str
    year: int
    evidence: str = Field(description="tệp minh chứng của báo cáo")
    evidence_digest: str
    catalog: CatalogRef
    rules: Ref
    plan: Ref | None
    as_of: str | None
    simulated: bool = Field(description="báo cáo mô phỏng (--set)")


class ScoreChange(_Model):
    before: float | None
    after: float | None
    change: float | None = Field(description="sau − trước; null khi một bên không có")
    max_before: float | None
    max_after: float | None
    percent_before: float | None
    percent_after: float | None


class FieldChange(ScoreChange):
    code: str
    title: str


class CriterionChange(_Model):
    code: str
    title: str
    field: str
    before: float | None = Field(description="điểm trước (null: thiếu minh chứng hoặc không có tiêu chí)")
    after: float | None = Field(description="điểm sau")
    change: float | None
    status_before: Status | None = Field(description="null: báo cáo trước không có tiêu chí này")
    status_after: Status | None = Field(description="null: báo cáo sau không có tiêu chí này")
    indicator_before: float | None
    indicator_after: float | None
    unit: str = Field(description="đơn vị của chỉ số")
    met_before: bool | None = Field(
        description="đạt chỉ tiêu kế hoạch trước (null: không có hoặc chưa đánh giá)"
    )
    met_after: bool | None
    target: TargetChange | None = Field(description="kết quả so chỉ tiêu; null khi không bên nào có chỉ tiêu")
    changed: bool = Field(description="điểm, trạng thái, chỉ số hoặc kết quả chỉ tiêu khác nhau")


class Comparison(_Model):
    schema_version: str = COMPARISON_SCHEMA_VERSION
    engine: EngineInfo
    before: Side
    after: Side
    across_catalogs: bool = Field(description="hai báo cáo dùng bộ tiêu chí khác nhau (--across-catalogs)")
    methodology: list[str] = Field(description="khác biệt về phương pháp (bộ tiêu chí, quy tắc, kế hoạch)")
    total: ScoreChange
    fields: list[FieldChange]
    changes: list[CriterionChange] = Field(
        description="mọi tiêu chí của hai báo cáo, theo thứ tự bộ tiêu chí"
    )
    newly_met: list[str] = Field(description="mã tiêu chí mới đạt chỉ tiêu")
    newly_missed: list[str] = Field(description="mã tiêu chí mới chưa đạt chỉ tiêu")
    warnings: list[str]


def comparison_schema() -> dict[str, Any]:
    schema = Comparison.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://cchc-engine/comparison/{COMPARISON_SCHEMA_VERSION}"
    return schema
