"""The catalog workbook's format: sheet names, the collection each sheet holds, Vietnamese headers.

A sheet names a collection of a document (the catalog, its rules, the plan) and the columns are
the leaves of the collection's item model (engine.spec.workbook.fields). The headers below only
translate leaf paths; a leaf without a translation (a field added later) keeps its path as its
header, and any document field no sheet holds goes to "Khác" as path/value rows. Exporter and
reader both use `columns`, so a column the reader expects is exactly a column the exporter wrote.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from pydantic import BaseModel

from engine.spec.catalog import Catalog
from engine.spec.plan import Plan
from engine.spec.rulebook import Rulebook
from engine.spec.workbook.fields import Leaf, field_items, is_dict, item_models, leaves

Doc = Literal["catalog", "rules", "plan"]
DOC_MODELS: dict[Doc, type[BaseModel]] = {"catalog": Catalog, "rules": Rulebook, "plan": Plan}
DOC_VI: dict[Doc, str] = {"catalog": "bộ tiêu chí", "rules": "cách tính chỉ số", "plan": "kế hoạch"}
# Fields an import derives instead of reading: the rules belong to the catalog they sit beside.
DERIVED: dict[Doc, frozenset[str]] = {"rules": frozenset({"catalog"})}

HEAD = "Bộ tiêu chí"
CRITERIA = "Tiêu chí"
SCALES = "Thang điểm"
INDICATORS = "Chỉ số"
FACTS = "Danh mục minh chứng"
OTHER = "Khác"
TARGETS = "Chỉ tiêu"
GUIDE = "Hướng dẫn"

KIND = "Loại"
FIELD_KIND = "Lĩnh vực"
CRITERION_KIND = "Tiêu chí"
SUB_CRITERION_KIND = "Tiêu chí thành phần"
FORM = "Dạng"  # the indicator's form, shown for reading; derived, never read back

# "Bộ tiêu chí": one row per scalar field of each document.
HEAD_LABEL, HEAD_VALUE, HEAD_KEY = "Thuộc tính", "Giá trị", "Khoá"
HEAD_HEADERS = (HEAD_LABEL, HEAD_VALUE, HEAD_KEY)
HEAD_LABELS: dict[Doc, dict[str, str]] = {
    "catalog": {
        "id": "Mã bộ tiêu chí",
        "title": "Tên bộ tiêu chí",
        "year": "Năm",
        "years": "Các năm áp dụng",
        "level": "Cấp",
        "source": "Nguồn",
        "not_applicable_default": "Khi không áp dụng (mặc định)",
        "points_available": "Nêu điểm còn có thể đạt của mỗi tiêu chí",
        "field_label": "Tên gọi cấp trên cùng trong báo cáo (lĩnh vực, nhóm…)",
        "provisional": "Phương pháp tạm thời (lý do)",
        "notes": "Ghi chú",
    },
    "rules": {"source": "Nguồn cách tính chỉ số"},
    "plan": {
        "id": "Mã kế hoạch",
        "title": "Tên kế hoạch",
        "catalog": "Bộ tiêu chí của kế hoạch",
        "year": "Năm kế hoạch",
        "years": "Các năm của kế hoạch",
        "unit": "Đơn vị",
        "source": "Nguồn kế hoạch",
        "notes": "Ghi chú kế hoạch",
    },
}

# "Khác": one row per value, at its path; the label (engine.spec.workbook.other_labels) is for
# reading only, so a workbook without it still imports.
OTHER_LABEL, OTHER_PATH, OTHER_TYPE, OTHER_VALUE = "Thuộc tính", "Đường dẫn", "Kiểu", "Giá trị"
OTHER_HEADERS = (OTHER_PATH, OTHER_TYPE, OTHER_VALUE)
OTHER_COLUMNS = (OTHER_LABEL, *OTHER_HEADERS)
T_TEXT, T_NUMBER, T_BOOL, T_NULL, T_LIST, T_MAP = (
    "chữ",
    "số",
    "đúng/sai",
    "rỗng",
    "danh sách rỗng",
    "bảng rỗng",
)
OTHER_TYPES = (T_TEXT, T_NUMBER, T_BOOL, T_NULL, T_LIST, T_MAP)
SEP = "/"


@dataclass(frozen=True)
class Part:
    """A collection of a document that a sheet holds (several parts share a sheet by "Loại")."""

    doc: Doc
    field: str
    kinds: tuple[str, ...] = ()  # "Loại" values naming this part (the first is written)
    explode: str = ""  # a list field of the item written one row per element (bands)

    def item_models(self) -> list[type[BaseModel]]:
        info = dict(field_items(DOC_MODELS[self.doc]))[self.field]
        return item_models(info.annotation)

    @property
    def keyed(self) -> bool:
        """A dict collection (keyed by scale id, criterion code, fact id) rather than a list."""
        return _keyed(self)

    def leaves(self) -> list[Leaf]:
        return list(_part_leaves(self))

    def _leaves(self) -> list[Leaf]:
        models = self.item_models()
        own = leaves(models, skip=frozenset({self.explode}) if self.explode else frozenset())
        if not self.explode:
            return own
        inner = [
            m
            for model in models
            for name, info in field_items(model)
            if name == self.explode
            for m in item_models(info.annotation)
        ]
        return own + leaves(list(dict.fromkeys(inner)), prefix=(self.explode,))


@dataclass(frozen=True, eq=False)  # one object per sheet: compared (and cached) by identity
class SheetSpec:
    name: str
    parts: tuple[Part, ...]
    key: str  # header of the key column of a dict collection ("" for lists)
    headers: dict[str, str]  # leaf path → header, in column order
    derived: tuple[str, ...] = ()  # headers written for reading only

    def columns(self) -> list[tuple[str, Leaf | None]]:
        """(header, leaf) in sheet order; the kind and key columns have no leaf."""
        return list(_columns(self))

    def _columns(self) -> list[tuple[str, Leaf | None]]:
        out: list[tuple[str, Leaf | None]] = []
        if len(self.parts) > 1:
            out.append((KIND, None))
        if self.key:
            out.append((self.key, None))
        found: dict[str, Leaf] = {}
        for part in self.parts:
            for leaf in part.leaves():
                found.setdefault(leaf.key, leaf)
        ordered = [k for k in self.headers if k in found] + [k for k in found if k not in self.headers]
        out += [(self.headers.get(k, k), found[k]) for k in ordered]
        out += [(h, None) for h in self.derived]
        return out


@cache
def _part_leaves(part: Part) -> tuple[Leaf, ...]:
    """A part's leaves, walked once per process (the models do not change while it runs)."""
    return tuple(part._leaves())


@cache
def _keyed(part: Part) -> bool:
    return is_dict(dict(field_items(DOC_MODELS[part.doc]))[part.field].annotation)


@cache
def _columns(spec: SheetSpec) -> tuple[tuple[str, Leaf | None], ...]:
    return tuple(spec._columns())


SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec(
        CRITERIA,
        (
            Part("catalog", "fields", (FIELD_KIND,)),
            Part("catalog", "criteria", (CRITERION_KIND, SUB_CRITERION_KIND)),
        ),
        "",
        {
            "code": "Mã",
            "title": "Tên",
            "parent": "Tiêu chí cha",
            "field": "Lĩnh vực",
            "max": "Điểm tối đa",
            "scale": "Thang điểm",
            "source": "Nguồn",
            "not_applicable": "Khi không áp dụng",
            "title_provisional": "Tên tạm đặt",
            "note": "Ghi chú",
        },
    ),
    SheetSpec(
        SCALES,
        (Part("catalog", "scales", explode="bands"),),
        "Thang điểm",
        {
            "title": "Tên thang điểm",
            "kind": "Loại thang",
            "unit": "Đơn vị",
            "bands.min": "Mức: từ (≥)",
            "bands.above": "Mức: trên (>)",
            "bands.max": "Mức: đến (≤)",
            "bands.under": "Mức: dưới (<)",
            "bands.share": "Mức: phần điểm tối đa",
            "bands.label": "Mức: nhãn",
            "zero_at": "Tuyến tính: 0 điểm tại",
            "full_at": "Tuyến tính: tối đa tại",
            "provisional": "Tạm thời",
            "source": "Nguồn",
            "reasoning": "Lý do",
        },
    ),
    SheetSpec(
        INDICATORS,
        (Part("rules", "indicators"),),
        "Mã",
        {
            "ratio.of": "Tỷ lệ: tử số",
            "ratio.over": "Tỷ lệ: mẫu số",
            "value": "Giá trị minh chứng",
            "all_of": "Đủ các minh chứng",
            "change.fact": "So với năm trước: minh chứng",
            "change.unit": "So với năm trước: đơn vị",
            "direct": "Tỷ lệ khai trực tiếp",
            "unit": "Đơn vị",
            "not_applicable_when": "Không áp dụng khi",
            "zero_denominator": "Khi mẫu số bằng 0",
            "when_missing": "Thiếu minh chứng thì không áp dụng (lý do)",
            "gap_unit": "Đơn vị khoảng thiếu",
        },
        derived=(FORM,),
    ),
    SheetSpec(
        FACTS,
        (Part("catalog", "facts"),),
        "Mã minh chứng",
        {
            "label": "Tên",
            "type": "Kiểu",
            "unit": "Đơn vị",
            "minimum": "Nhỏ nhất",
            "maximum": "Lớn nhất",
            "aliases": "Tên khác",
            "description": "Mô tả",
        },
    ),
    SheetSpec(
        TARGETS,
        (Part("plan", "targets"),),
        "Mã",
        {
            "text": "Chỉ tiêu (nguyên văn)",
            "rule.compare": "So sánh",
            "rule.value": "Giá trị",
            "rule.previous.delta": "So với năm trước: mức thay đổi",
            "rule.previous.unit": "So với năm trước: đơn vị",
            "interpretation": "Cách hiểu",
            "reading.chosen": "Cách đọc được dùng",
            "reading.alternative": "Cách đọc khác",
            "reading.why": "Lý do chọn cách đọc",
            "detail": "Mục tiêu chi tiết",
            "lead_unit": "Đơn vị chủ trì",
            "coordinating_units": "Đơn vị phối hợp",
            "timing": "Thời gian",
            "source": "Nguồn",
        },
    ),
)
SHEET_BY_NAME = {s.name: s for s in SHEETS}
SHEET_KEYS = {s.name: s.key for s in SHEETS if s.key}
REQUIRED = (HEAD, CRITERIA, SCALES, INDICATORS, FACTS)


def held(doc: Doc) -> set[str]:
    """The document fields a sheet (other than "Bộ tiêu chí" and "Khác") holds."""
    return {p.field for s in SHEETS for p in s.parts if p.doc == doc}
