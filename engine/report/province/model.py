"""The ranking summary of a multi-unit run (*tổng hợp, xếp hạng*): pydantic models, the schema's source.

`engine/report/province/summary.schema.json` is generated from these models
(`cchc schema --kind summary`) and committed; a test fails when they drift apart. Each unit's
`total` and `fields` are the very objects of that unit's own report.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from engine.core.problems import Problem
from engine.report.model import CatalogRef, EngineInfo, Ref
from engine.results.model import Rollup, Total
from engine.spec.catalog import FIELD_LABEL

SUMMARY_SCHEMA_VERSION = "1.0"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SummaryGroup(_Model):
    """Units ranked together: one catalog (with its rules) and one assessment year."""

    catalog: CatalogRef
    rules: Ref
    year: int
    units: int = Field(description="số đơn vị được xếp hạng trong nhóm")


class RankedUnit(_Model):
    unit: str
    file: str = Field(description="tệp minh chứng, đường dẫn như đã nêu hoặc tìm thấy trong thư mục")
    group: int = Field(description="thứ tự nhóm trong groups[] (từ 0)")
    catalog: str
    year: int
    plan: Ref | None
    evidence_digest: str
    rank: int = Field(description="hạng trong nhóm theo tỷ lệ điểm/điểm tối đa; bằng nhau thì cùng hạng")
    share: float | None = Field(description="tỷ lệ tổng điểm trên điểm tối đa (%), như total.percent")
    total: Total
    fields: list[Rollup]
    targets: int = Field(description="số tiêu chí có chỉ tiêu kế hoạch")
    targets_met: int
    shortfalls: int = Field(description="số chỉ tiêu chưa đạt")
    complete: bool = Field(description="false khi có tiêu chí thiếu minh chứng: tổng điểm chưa đầy đủ")
    report: str | None = Field(None, description="báo cáo JSON của đơn vị (--out-dir)")
    overrides: list[str] = Field(
        default=[],
        description="mô phỏng (--set) đã dùng khi chấm đơn vị này, dạng MINH_CHỨNG=GIÁ_TRỊ: không có "
        "những giá trị mà bộ tiêu chí của đơn vị không có minh chứng đó",
    )


class FailedUnit(_Model):
    file: str
    problems: list[Problem]


class ProvinceSummary(_Model):
    schema_version: str = SUMMARY_SCHEMA_VERSION
    engine: EngineInfo
    group_by: Literal["catalog"] | None = Field(description="catalog: xếp hạng riêng theo bộ tiêu chí và năm")
    as_of: str | None = Field(None, description="ngày chốt số liệu (--as-of), ISO")
    overrides: list[str] = Field(
        description="mô phỏng (--set) của lần chấm, dạng MINH_CHỨNG=GIÁ_TRỊ; mỗi giá trị áp dụng cho các "
        "đơn vị có units[].overrides chứa nó"
    )
    groups: list[SummaryGroup]
    units: list[RankedUnit] = Field(description="theo nhóm, rồi theo hạng, rồi theo tên đơn vị")
    failed: list[FailedUnit] = Field(description="đơn vị có minh chứng không hợp lệ: không được chấm")
    warnings: list[str]

    # Each catalog's word for its top level (*nhóm* for chi-so-766), for the writers' titles;
    # not part of the JSON (as Report's).
    _field_labels: dict[str, str] = PrivateAttr(default_factory=dict)

    def name_fields(self, labels: dict[str, str]) -> None:
        """Catalog id → what it calls its top level."""
        self._field_labels = dict(labels)

    @property
    def field_label(self) -> str:
        """What the units' catalog calls its top level; *lĩnh vực* when the catalogs differ."""
        words = set(self._field_labels.values())
        return words.pop() if len(self._field_labels) == 1 else FIELD_LABEL

    def field_label_of(self, catalog: str) -> str:
        """What catalog `catalog` calls its top level (*lĩnh vực* unless it says otherwise)."""
        return self._field_labels.get(catalog, FIELD_LABEL)


def summary_schema() -> dict[str, Any]:
    schema = ProvinceSummary.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://cchc-engine/summary/{SUMMARY_SCHEMA_VERSION}"
    return schema
