"""Vietnamese names for the rows of "Khác": what `catalog/total_labels/bands/[0]/label` is.

The path stays the row's key (the reader reads it back); the label beside it is for reading only.
It is built from the models along the path: a field gets its Vietnamese word below, a list index
its ordinal, a dict key (a field code, a year) stays as written since it is the user's data.
"""

from __future__ import annotations

import re
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel

from engine.spec.workbook.fields import field_items, models_in, strip_optional

# Every field that can sit under a document field written to "Khác" (a test walks the models).
WORDS: dict[str, str] = {
    # catalog
    "assumed_years": "Năm áp dụng theo giả định",
    "constraints": "Ràng buộc giữa các minh chứng",
    "compare": "so sánh",
    "left": "vế trái",
    "right": "vế phải",
    "remainder": "phần còn lại",
    "table": "Bảng số liệu",
    "ignore_columns": "cột bỏ qua",
    "unit_columns": "cột đơn vị",
    "year_columns": "cột năm",
    "published_total": "Tổng điểm công bố",
    "fact": "minh chứng",
    "rank_fact": "minh chứng thứ hạng",
    "tolerance": "sai lệch cho phép",
    "rounding": "Làm tròn điểm",
    "criterion": "tiêu chí",
    "indicator": "chỉ số",
    "fields": "lĩnh vực",
    "field": "lĩnh vực",
    "total_labels": "Xếp loại theo tổng điểm",
    "bands": "mức",
    "label": "nhãn",
    "min": "từ (≥)",
    "max": "đến (≤)",
    # plan
    "editions": "Bộ tiêu chí theo năm",
    "stated_weights": "Trọng số kế hoạch nêu",
    "percent": "phần trăm",
    "baseline": "Kết quả năm gốc",
    "changes": "thay đổi so với năm trước",
    "delta": "mức thay đổi",
    "results": "kết quả chỉ số khác",
    "index": "chỉ số",
    "not_assessable": "Chỉ tiêu không chấm được",
    "score_targets": "Chỉ tiêu điểm",
    "policies": "Chính sách áp dụng",
    "policy": "chính sách",
    "options": "tuỳ chọn",
    "overdue_pending": "hồ sơ quá hạn đang giải quyết",
    "rule": "dạng máy đọc",
    "previous": "so với năm trước",
    "interpretation": "cách hiểu",
    "reading": "cách đọc",
    "chosen": "cách đọc được dùng",
    "alternative": "cách đọc khác",
    "why": "lý do chọn cách đọc",
    "detail": "mục tiêu chi tiết",
    "lead_unit": "đơn vị chủ trì",
    "coordinating_units": "đơn vị phối hợp",
    "timing": "thời gian",
    # shared
    "id": "mã",
    "text": "nguyên văn",
    "source": "nguồn",
    "reason": "lý do",
    "reasoning": "lý do",
    "provisional": "tạm thời",
    "value": "giá trị",
    "rank": "thứ hạng",
    "total": "tổng điểm",
    "year": "năm",
    "unit": "đơn vị",
    "note": "ghi chú",
    "target": "chỉ tiêu",
    "code": "mã",
}
_INDEX = re.compile(r"\[(\d+)\]")


def _inner(annotation: Any) -> tuple[str, Any]:
    """("list" | "dict" | "model" | "", the annotation one step down)."""
    annotation = strip_optional(annotation)
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is list and args:
        return "list", args[0]
    if origin is dict and len(args) == 2:
        return "dict", args[1]
    if models_in(annotation):
        return "model", annotation
    return "", annotation


def _fields(annotation: Any) -> dict[str, Any]:
    return {name: info.annotation for model in models_in(annotation) for name, info in field_items(model)}


def label(model: type[BaseModel], path: list[str]) -> str:
    """`Xếp loại theo tổng điểm › mức 1 › nhãn` for `total_labels/[0]…` under `model` (a document)."""
    words: list[str] = []
    annotation: Any = model
    for segment in path:
        kind, inner = _inner(annotation)
        found = _INDEX.fullmatch(segment)
        if kind == "list" and found:
            number = str(int(found.group(1)) + 1)
            if words:
                words[-1] += f" {number}"
            else:
                words.append(number)
            annotation = inner
        elif kind == "dict":
            words.append(segment)
            annotation = inner
        else:
            words.append(WORDS.get(segment, segment))
            annotation = _fields(annotation).get(segment)
    if words:
        words[0] = words[0][:1].upper() + words[0][1:]
    return " › ".join(words)


def choice_field(model: type[BaseModel], path: list[str]) -> str | None:
    """The name of the fixed-choice field `path` under `model` ends at (`rounding/fields/TTTT` →
    `fields`), whose value "Khác" writes as its Vietnamese word; None for any other value."""
    annotation: Any = model
    name: str | None = None
    for segment in path:
        kind, inner = _inner(annotation)
        if kind in ("list", "dict"):
            annotation = inner
        else:
            name = segment
            annotation = _fields(annotation).get(segment)
    annotation = strip_optional(annotation)
    if get_origin(annotation) is Literal and all(isinstance(v, str) for v in get_args(annotation)):
        return name
    return None
