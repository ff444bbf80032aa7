"""pydantic models of an evidence file and of the validated evidence the engine reads."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

FactValue = int | float | bool


class Document(BaseModel):
    """An evidence document (tài liệu kiểm chứng) and the facts it backs."""

    model_config = ConfigDict(extra="forbid")

    number: str = Field(description="số, ký hiệu văn bản")
    date: dt.date
    title: str
    backs: list[str] = Field(default_factory=list, description="các minh chứng văn bản này chứng minh")


class EvidenceFile(BaseModel):
    """The file as written: `facts` and `previous` nested so rules say `dossiers.resolved`."""

    model_config = ConfigDict(extra="forbid")

    unit: str = Field(min_length=1)
    year: int = Field(ge=2000, le=2100)
    catalog: str
    plan: str | None = None
    notes: str = ""
    facts: dict[str, Any] = Field(default_factory=dict)
    previous: dict[str, Any] = Field(default_factory=dict)
    documents: list[Document] = Field(default_factory=list)


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
