"""pydantic models of an evidence file and of the validated evidence the engine reads."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

FactValue = int | float | bool


class Document(BaseModel):
    """An evidence document (tài liệu kiểm chứng) and the facts it backs."""

    model_config = ConfigDict(extra="forbid")

    number: str = Field(description="số, ký hiệu văn bản")
    date: dt.date
    title: str
    backs: list[str] = Field(default_factory=list, description="các minh chứng văn bản này chứng minh")


class SourceFile(BaseModel):
    """A table file (CSV or XLSX), its path relative to the evidence file."""

    model_config = ConfigDict(extra="forbid")

    file: str = Field(min_length=1, title="tên tệp")
    sheet: str | None = Field(None, description="trang tính của tệp XLSX (mặc định: trang đầu)")


OnlineLevel = Literal["Toàn trình", "Một phần"]
ONLINE_LEVELS: tuple[OnlineLevel, ...] = ("Toàn trình", "Một phần")


class DossierOptions(BaseModel):
    """How dossier facts are counted from an export. Defaults follow the standard periodic
    report; see docs/ho-so-tthc.md for each option."""

    model_config = ConfigDict(extra="forbid")

    scope: Literal["received", "processed"] = Field(
        "received",
        description="received: hồ sơ tiếp nhận trong năm; processed: thêm hồ sơ năm trước chuyển sang",
    )
    on_time: Literal["date", "datetime"] = Field(
        "date", description="so sánh ngày có kết quả với ngày hẹn trả theo ngày (date) hay theo giờ"
    )
    pending_overdue: Literal["exclude", "late"] = Field(
        "exclude", description="hồ sơ quá hạn đang giải quyết: không tính (exclude) hay tính là trễ hạn"
    )
    online_levels: list[OnlineLevel] = Field(
        default_factory=lambda: list(ONLINE_LEVELS),
        min_length=1,
        description="mức độ DVCTT được coi là cung cấp trực tuyến",
    )


class Sources(BaseModel):
    """Files the facts are computed from: the one-stop-shop export and the procedure list."""

    model_config = ConfigDict(extra="forbid")

    dossiers: str | SourceFile = Field(description="tệp trích xuất hồ sơ TTHC (CSV/XLSX)")
    procedures: str | SourceFile = Field(description="danh mục thủ tục (CSV/XLSX)")
    mapping: str | None = Field(None, description="tệp ánh xạ tên cột, giá trị (YAML)")
    options: DossierOptions = Field(default_factory=DossierOptions)


class EvidenceFile(BaseModel):
    """The file as written: `facts` and `previous` nested so rules say `dossiers.resolved`."""

    model_config = ConfigDict(extra="forbid")

    unit: str = Field(min_length=1, title="tên đơn vị")
    year: int = Field(ge=2000, le=2100)
    catalog: str
    plan: str | None = None
    notes: str = ""
    facts: dict[str, Any] = Field(default_factory=dict)
    previous: dict[str, Any] = Field(default_factory=dict)
    documents: list[Document] = Field(default_factory=list)
    sources: Sources | None = None

    @field_validator("unit")
    @classmethod
    def _named(cls, unit: str) -> str:
        """A blank unit name would head an official report: refused, never silently kept."""
        if not unit.strip():
            raise ValueError("thiếu tên đơn vị (chỉ có khoảng trắng)")
        return unit


class Subject(BaseModel):
    """Facts of one department (phòng) or official (cán bộ xử lý), from the dossier export."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["department", "official"]
    name: str
    facts: dict[str, int]
    department: str | None = Field(
        None, description="phòng của cán bộ: phòng cán bộ giải quyết nhiều hồ sơ nhất (trùng số: theo tên)"
    )


class SourceRef(BaseModel):
    # A source file as the evidence file names it, and how many rows it had; the report lists them
    # (no docstring: it would become the schema's description, and users read Vietnamese).

    model_config = ConfigDict(frozen=True, extra="forbid")

    role: Literal["dossiers", "procedures"]
    file: str = Field(description="đường dẫn như tệp minh chứng ghi")
    rows: int


class Override(BaseModel):
    # A what-if value (--set FACT=VALUE) that replaced a fact after loading; the report lists it
    # (no docstring: it would become the schema's description, and users read Vietnamese).

    model_config = ConfigDict(frozen=True, extra="forbid")

    fact: str = Field(description="mã minh chứng")
    value: FactValue = Field(description="giá trị mô phỏng")
    original: FactValue | None = Field(description="giá trị trong minh chứng (null: minh chứng không có)")


class Evidence(BaseModel):
    """Validated evidence: flat fact names, typed values, canonical digest."""

    model_config = ConfigDict(frozen=True)

    source: str
    unit: str
    year: int
    catalog: str
    plan: str | None
    facts: dict[str, FactValue]
    previous: dict[str, FactValue]
    documents: list[Document]
    notes: list[str] = Field(default_factory=list, description="điều cần lưu ý, không phải lỗi")
    digest: str
    as_of: dt.date | None = None
    subjects: list[Subject] = Field(default_factory=list)
    sources: list[SourceRef] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list, description="cảnh báo khi tính minh chứng từ tệp")
    overrides: list[Override] = Field(default_factory=list, description="giá trị mô phỏng (--set)")
    # An evidence workbook's row of each fact in its sheet "Minh chứng" (what the screen points
    # the office to); not part of the evidence's data or digest.
    rows: dict[str, int] = Field(default_factory=dict, exclude=True)
