"""Read back a report JSON that cchc wrote, checked against the report model (every problem at once)."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from engine.core import validation
from engine.core.datafile import read_file
from engine.core.problems import InputError, Problem, Reason
from engine.report.model import Report

WHAT_COMPARE_TAKES = "cchc compare so hai báo cáo .json do “cchc score … --out báo-cáo.json” ghi"
_OTHER = {
    ".xlsx": "bản Excel của báo cáo chỉ để đọc: so sánh bản .json",
    ".xls": "bản Excel của báo cáo chỉ để đọc: so sánh bản .json",
    ".html": "bản HTML của báo cáo chỉ để đọc: so sánh bản .json",
    ".htm": "bản HTML của báo cáo chỉ để đọc: so sánh bản .json",
    ".yaml": "tệp minh chứng phải được chấm trước",
    ".yml": "tệp minh chứng phải được chấm trước",
    ".csv": "tệp dữ liệu phải được chấm trước",
}


def _not_json(path: Path) -> str | None:
    """Why the file is not a report JSON at all, read from its name and first byte (an .xlsx is a zip
    file: "tệp không phải UTF-8 (byte 15)" told the user nothing), or None to read it."""
    if path.suffix.lower() == ".json":
        return None
    try:
        with path.open("rb") as f:
            head = f.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return None  # read_file says why in Vietnamese
    if head.startswith(b"{"):
        return None  # a report JSON under another name
    hint = _OTHER.get(path.suffix.lower())
    return f"không phải báo cáo JSON: {WHAT_COMPARE_TAKES}" + (f" ({hint})" if hint else "")


def read_report(path: Path) -> Report:
    why = _not_json(path)
    if why is not None:
        raise InputError([Problem(code=Reason.WRONG_TYPE, file=str(path), reason=why)])
    doc = read_file(path, str(path))
    data = doc.data
    if isinstance(data, dict) and "units" in data and "groups" in data:
        reason = (
            "là bảng tổng hợp nhiều đơn vị, không phải báo cáo của một đơn vị: dùng báo cáo trong --out-dir"
        )
        raise InputError([Problem(code=Reason.WRONG_TYPE, file=doc.name, reason=reason)])
    if not isinstance(data, dict) or "criteria" not in data:
        reason = f"không phải báo cáo JSON của cchc: {WHAT_COMPARE_TAKES}"
        raise InputError([Problem(code=Reason.WRONG_TYPE, file=doc.name, reason=reason)])
    try:
        return Report.model_validate(data)
    except ValidationError as exc:
        raise InputError(validation.problems(exc, doc.name, doc.lines, Report)) from exc
