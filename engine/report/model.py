"""The JSON report attached to a submission: pydantic models, the schema's single source.

`engine/report/report.schema.json` is generated from these models (`cchc schema`) and committed;
a test fails when they drift apart.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from engine.report.missing import FactNames
from engine.results.model import (
    CriterionResult,
    GroupRollup,
    Rating,
    Rollup,
    Shortfall,
    Summary,
    Total,
    Warning,
)
from engine.spec.catalog import FIELD_LABEL
from evidence.models import Override, SourceRef

SCHEMA_VERSION = "1.0"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EngineInfo(_Model):
    name: str = "cchc-engine"
    version: str


class Ref(_Model):
    id: str
    title: str
    digest: str = Field(description="sha256 của nội dung chuẩn hoá")
    source: str = Field(
        description='nơi lấy: "shipped" (dữ liệu kèm công cụ), đường dẫn thư mục dữ liệu (--data, CCHC_DATA) '
        'hoặc "memory" (dựng trong chương trình)'
    )


class CatalogRef(Ref):
    provisional: bool = Field(
        description="có thang điểm tạm thời (chưa có thang chính thức) hoặc năm áp dụng theo giả định"
    )


class EvidenceRef(_Model):
    file: str
    digest: str
    sources: list[SourceRef] = Field(default=[], description="tệp trích xuất hồ sơ và danh mục thủ tục")


class Report(_Model):
    schema_version: str = SCHEMA_VERSION
    engine: EngineInfo
    unit: str
    year: int
    catalog: CatalogRef
    plan: Ref | None
    rules: Ref
    evidence: EvidenceRef
    as_of: str | None = Field(None, description="ngày chốt số liệu (--as-of), ISO; null: cả năm")
    total: Total
    fields: list[Rollup]
    groups: list[GroupRollup]
    criteria: list[CriterionResult]
    shortfalls: list[Shortfall]
    ratings: list[Rating] = Field(default=[], description="quy tắc xếp loại phòng, cán bộ theo hồ sơ trễ hạn")
    warnings: list[Warning]
    summary: Summary | None = None
    overrides: list[Override] = Field(
        default=[],
        description="mô phỏng (--set): minh chứng được thay giá trị sau khi nạp; không có khi báo cáo "
        "dùng đúng minh chứng đã nộp",
    )

    # The catalog's word for its top level, for the titles the writers print; not part of the
    # JSON (a word changes no score, and the report's bytes stay those of its inputs).
    _field_label: str = PrivateAttr(FIELD_LABEL)

    @property
    def field_label(self) -> str:
        """What the catalog calls its top level: *lĩnh vực* unless it says otherwise (*nhóm*)."""
        return self._field_label

    @field_label.setter
    def field_label(self, word: str) -> None:
        self._field_label = word

    # What the office calls each fact (catalog labels, a workbook's rows), for the writers' lists
    # of missing evidence; not part of the JSON either (the report's bytes stay those of its inputs).
    _fact_names: FactNames = PrivateAttr(default_factory=FactNames)

    @property
    def fact_names(self) -> FactNames:
        """Missing evidence's names on screen and in the html and xlsx reports (`missing`)."""
        return self._fact_names

    @fact_names.setter
    def fact_names(self, names: FactNames) -> None:
        self._fact_names = names

    @property
    def simulated(self) -> bool:
        """A what-if report (*mô phỏng*), not the submitted evidence's."""
        return bool(self.overrides)


def report_schema() -> dict[str, Any]:
    schema = Report.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://cchc-engine/report/{SCHEMA_VERSION}"
    return schema
