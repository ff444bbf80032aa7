"""Read back a report JSON that cchc wrote, checked against the report model (every problem at once)."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from engine.core import validation
from engine.core.datafile import read_file
from engine.core.problems import InputError, Problem, Reason
from engine.report.model import Report


def read_report(path: Path) -> Report:
    doc = read_file(path, str(path))
    data = doc.data
    if isinstance(data, dict) and "units" in data and "groups" in data:
        reason = (
            "là bảng tổng hợp nhiều đơn vị, không phải báo cáo của một đơn vị: dùng báo cáo trong --out-dir"
        )
        raise InputError([Problem(code=Reason.WRONG_TYPE, file=doc.name, reason=reason)])
    if not isinstance(data, dict) or "criteria" not in data:
        reason = "không phải báo cáo JSON của cchc (cchc score … --out báo-cáo.json)"
        raise InputError([Problem(code=Reason.WRONG_TYPE, file=doc.name, reason=reason)])
    try:
        return Report.model_validate(data)
    except ValidationError as exc:
        raise InputError(validation.problems(exc, doc.name, doc.lines, Report)) from exc
