"""Write a catalog, its rules and (optionally) a plan as one workbook (`cchc catalog export`).

Every value comes from the models' own dump, laid out by `layout`: sheets for the collections,
"Bộ tiêu chí" for the documents' scalar fields, "Khác" for everything else as path/value rows,
so that importing the workbook gives back the same declarations.
"""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from pydantic import BaseModel

from engine.core.xlsx_bytes import xlsx_bytes
from engine.core.xlsx_style import WRAP, fit_rows, header_row
from engine.spec.catalog import Catalog
from engine.spec.plan import Plan
from engine.spec.rulebook import Rulebook
from engine.spec.workbook import layout as L
from engine.spec.workbook.choices import word
from engine.spec.workbook.fields import (
    NO,
    YES,
    Leaf,
    field_items,
    get_path,
    head_leaf,
    leaves,
    shown_choices,
    to_cell,
)
from engine.spec.workbook.other_labels import choice_field, label

SPARE_ROWS = 200
GROUP_FILL = PatternFill("solid", fgColor="DDEBF7")
DERIVED_FILL = PatternFill("solid", fgColor="F2F2F2")
FORM_VI = {"ratio": "tỷ lệ", "value": "giá trị", "all_of": "đủ các nội dung", "change": "so với năm trước"}
WIDE = {"Tên", "Nguồn", "Lý do", "Tên thang điểm", "Chỉ tiêu (nguyên văn)", "Cách hiểu", "Mô tả", "Giá trị"}

GUIDE_TEXT = [
    "HƯỚNG DẪN SỬA BỘ TIÊU CHÍ TRONG EXCEL",
    "",
    "Sổ này chứa toàn bộ bộ tiêu chí (phương pháp), cách tính chỉ số, danh mục minh chứng và (nếu có) "
    "kế hoạch. Sửa trong Excel hoặc LibreOffice rồi nhập lại: "
    "cchc catalog import <tệp này>.xlsx --out THƯ_MỤC_DỮ_LIỆU; chấm điểm với --data THƯ_MỤC_DỮ_LIỆU.",
    "1. “Bộ tiêu chí”: mỗi dòng một thuộc tính (cột “Giá trị”). Bộ tiêu chí năm mới: đổi “Mã bộ tiêu chí” "
    "(ví dụ par-so-nganh-2023), “Năm”, và “Bộ tiêu chí của kế hoạch” cho khớp. Không sửa cột “Khoá”.",
    "2. “Tiêu chí”: mỗi dòng một lĩnh vực (Loại “Lĩnh vực”), tiêu chí hoặc tiêu chí thành phần. "
    "“Tiêu chí cha” là mã tiêu chí nhóm (để trống với tiêu chí không có cha). Tiêu chí được chấm điểm cần "
    "cả “Điểm tối đa” và “Thang điểm”; tiêu chí nhóm để trống cả hai. Thứ tự dòng là thứ tự trong báo cáo.",
    "3. “Thang điểm”: mỗi dòng một mức. Các dòng cùng mã thang điểm là các mức của thang đó, xếp từ tốt "
    "nhất trở xuống; mỗi mức một ngưỡng (từ/trên khi càng cao càng tốt, đến/dưới khi càng thấp càng tốt), "
    "mức cuối cùng để trống ngưỡng (nhận mọi giá trị còn lại). “Phần điểm tối đa” từ 0 đến 1 (0,5 = một "
    "nửa). Thang tuyến tính: một dòng, ghi “0 điểm tại” và “tối đa tại”. Khi có bảng điểm chính thức: "
    "“Tạm thời” = Không và ghi “Nguồn”.",
    "4. “Chỉ số”: mỗi tiêu chí được chấm điểm một dòng, đúng một dạng: tỷ lệ (tử số, mẫu số), giá trị "
    "một minh chứng, đủ các minh chứng (cách nhau bởi dấu chấm phẩy) hoặc so với năm trước. Cột “Dạng” "
    "chỉ để đọc.",
    "5. “Danh mục minh chứng”: mỗi minh chứng một dòng; Kiểu là Số đếm, Tỷ lệ (%), Có/không hoặc Số.",
    "6. “Chỉ tiêu”: chỉ tiêu của kế hoạch theo từng tiêu chí: nguyên văn, và dạng máy đọc (So sánh "
    ">=, >, =, <=, <; Giá trị; hoặc so với năm trước: mức thay đổi và đơn vị Điểm phần trăm hoặc "
    "Phần trăm tương đối).",
    "7. “Khác”: mọi dữ liệu khác (bố cục bảng, tổng công bố, năm giả định, trọng số kế hoạch…), mỗi dòng "
    "một giá trị tại “Đường dẫn”; “Kiểu” là chữ, số, đúng/sai, rỗng, danh sách rỗng hoặc bảng rỗng; "
    "“Thuộc tính” chỉ để đọc (tên tiếng Việt của đường dẫn), khi nhập không đọc.",
    "8. Số được viết với dấu phẩy thập phân (2,5) hoặc dấu chấm; có/không ghi “Có” hoặc “Không”; danh "
    "sách ghi cách nhau bởi “; ”. Ô có dạng [..] hoặc {..} là dữ liệu JSON. Ô có danh sách chọn (Khi "
    "không áp dụng, Loại thang, Kiểu…) ghi chữ tiếng Việt; khoá gốc (full_points, half_up_2…) của sổ cũ "
    "vẫn được nhận.",
    "9. Nhập lại: mọi lỗi được liệt kê một lần kèm trang tính, dòng và cột; khi có lỗi không ghi gì. "
    "So với năm trước: cchc catalog diff MÃ_CŨ THƯ_MỤC_DỮ_LIỆU/criteria/MÃ_MỚI.",
]


def _docs(catalog: Catalog, rulebook: Rulebook, plan: Plan | None) -> dict[L.Doc, BaseModel]:
    docs: dict[L.Doc, BaseModel] = {"catalog": catalog, "rules": rulebook}
    if plan is not None:
        docs["plan"] = plan
    return docs


def _widths(ws: Worksheet, headers: list[str]) -> None:
    for i, h in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(i)].width = 48 if h in WIDE else max(12, min(28, len(h) + 4))


def _choices(ws: Worksheet, columns: list[tuple[str, Leaf | None]], rows: int) -> None:
    """A drop-down for yes/no and fixed-choice columns (typing another value is still read and checked)."""
    kinds = tuple(k for spec in L.SHEETS if spec.name == ws.title for p in spec.parts for k in p.kinds)
    for i, (header, leaf) in enumerate(columns, start=1):
        if header == L.KIND and leaf is None:
            choices = kinds
        elif leaf is None:
            continue
        else:
            choices = (YES, NO) if leaf.kind == "bool" else shown_choices(leaf)
        if not choices:
            continue
        dv = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
        dv.showErrorMessage = False
        ws.add_data_validation(dv)
        letter = get_column_letter(i)
        dv.add(f"{letter}2:{letter}{rows + SPARE_ROWS}")  # rows added below keep the drop-down


def _write_rows(ws: Worksheet, columns: list[tuple[str, Leaf | None]], rows: list[list[Any]]) -> None:
    header_row(ws, [h for h, _ in columns])
    for row in rows:
        ws.append(row)
    for line in ws.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = WRAP
    _widths(ws, [h for h, _ in columns])
    _choices(ws, columns, len(rows))
    if rows:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"


def _head(ws: Worksheet, docs: dict[L.Doc, BaseModel]) -> None:
    rows: list[list[Any]] = []
    for doc, model in docs.items():
        data = model.model_dump(mode="json", by_alias=True)
        labels = L.HEAD_LABELS.get(doc, {})
        for name, info in field_items(type(model)):
            if name in L.held(doc) or name in L.DERIVED.get(doc, ()) or not head_leaf(info.annotation):
                continue
            (leaf,) = [lf for lf in leaves([type(model)]) if lf.path == (name,)]
            name_vi = labels.get(name, f"{L.DOC_VI[doc]}: {name}")
            rows.append([name_vi, to_cell(data.get(name), leaf), f"{doc}{L.SEP}{name}"])
    header_row(ws, L.HEAD_HEADERS)
    for row in rows:
        ws.append(row)
    for line in ws.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = WRAP
        line[0].font = Font(bold=True)
        line[2].fill = DERIVED_FILL
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 100
    ws.column_dimensions["C"].width = 24


def _sheet_rows(spec: L.SheetSpec, docs: dict[L.Doc, BaseModel]) -> list[list[Any]]:
    columns = spec.columns()
    rows: list[list[Any]] = []

    def row(
        part: L.Part, key: str | None, item: Any, data: dict[str, Any], element: Any, first: bool
    ) -> None:
        cells: list[Any] = []
        for header, leaf in columns:
            if header == L.KIND:
                kind = part.kinds[0]
                if len(part.kinds) > 1 and data.get("parent"):
                    kind = part.kinds[1]
                cells.append(kind)
            elif leaf is None and header == spec.key:
                cells.append(key)
            elif leaf is None:  # derived, for reading
                form = getattr(item, "form", None)
                cells.append(FORM_VI.get(form, form) if isinstance(form, str) else None)
            elif part.explode and leaf.path[0] == part.explode:
                cells.append(to_cell(get_path(element, leaf.path[1:]), leaf) if element is not None else None)
            else:
                cells.append(to_cell(get_path(data, leaf.path), leaf) if first else None)
        rows.append(cells)

    for part, key, item in _items(spec, docs):
        data = item.model_dump(mode="json", by_alias=True)
        elements = data.get(part.explode) or [] if part.explode else []
        if not elements:
            row(part, key, item, data, None, True)
        for i, element in enumerate(elements):
            row(part, key, item, data, element, i == 0)
    return rows


def _items(spec: L.SheetSpec, docs: dict[L.Doc, BaseModel]) -> list[tuple[L.Part, str | None, Any]]:
    """(part, key, item) in the order the sheet shows them; list orders are kept exactly.

    A sheet holding lists of two kinds (fields and criteria) puts each field just before the
    first criterion of it, which keeps both lists' own order.
    """
    out: list[tuple[L.Part, str | None, Any]] = []
    for part in spec.parts:
        model = docs.get(part.doc)
        if model is None:
            continue
        collection = getattr(model, part.field)
        if isinstance(collection, dict):
            out += [(part, str(k), v) for k, v in collection.items()]
        else:
            out += [(part, None, v) for v in collection]
    if len(spec.parts) == 2 and all(not p.keyed for p in spec.parts):
        heads = [(p, k, v) for p, k, v in out if p is spec.parts[0]]
        body = [(p, k, v) for p, k, v in out if p is spec.parts[1]]
        codes = [getattr(v, "code", None) for _, _, v in heads]
        if all(getattr(v, "field", None) in codes for _, _, v in body):
            merged: list[tuple[L.Part, str | None, Any]] = []
            emitted = 0
            for entry in body:
                wanted = codes.index(getattr(entry[2], "field", None))
                while emitted <= wanted:
                    merged.append(heads[emitted])
                    emitted += 1
                merged.append(entry)
            return merged + heads[emitted:]
    return out


def other_rows(docs: dict[L.Doc, BaseModel]) -> list[list[Any]]:
    """Label/path/type/value rows of every non-default value no other sheet holds."""
    rows: list[list[Any]] = []

    def walk(model: type[BaseModel], path: list[str], value: Any) -> None:
        if isinstance(value, dict) and value:
            for k, v in value.items():
                walk(model, [*path, str(k)], v)
        elif isinstance(value, list) and value:
            for i, v in enumerate(value):
                walk(model, [*path, f"[{i}]"], v)
        else:
            choice = choice_field(model, path[1:]) if isinstance(value, str) else None
            shown = word(choice, value) if choice is not None and isinstance(value, str) else value
            rows.append([label(model, path[1:]), L.SEP.join(path), *_typed(shown)])

    for doc, model in docs.items():
        data = model.model_dump(mode="json", by_alias=True, exclude_defaults=True)
        for name, info in field_items(type(model)):
            if name in L.held(doc) or name in L.DERIVED.get(doc, ()) or head_leaf(info.annotation):
                continue
            if name in data:
                walk(type(model), [doc, name], data[name])
    return rows


def _typed(value: Any) -> tuple[str, Any]:
    if value is None:
        return L.T_NULL, None
    if isinstance(value, bool):
        return L.T_BOOL, YES if value else NO
    if isinstance(value, int | float):
        return L.T_NUMBER, int(value) if isinstance(value, float) and value.is_integer() else value
    if value == []:
        return L.T_LIST, None
    if value == {}:
        return L.T_MAP, None
    return L.T_TEXT, str(value)


def _guide(ws: Worksheet) -> None:
    ws.column_dimensions["A"].width = 120
    for line in GUIDE_TEXT:
        ws.append([line])
        ws.cell(row=ws.max_row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    ws["A1"].font = Font(bold=True, size=13)


def _as_text(book: Workbook) -> None:
    """Text that begins with "=" stays text: the data holds no formulas, and Excel must not compute one."""
    for ws in book.worksheets:
        for line in ws.iter_rows():
            for cell in line:
                if cell.data_type == "f":
                    cell.data_type = "s"


def catalog_workbook(catalog: Catalog, rulebook: Rulebook, plan: Plan | None = None) -> bytes:
    """The workbook of this catalog, its rules and plan, as .xlsx bytes (same inputs, same bytes)."""
    docs = _docs(catalog, rulebook, plan)
    book = Workbook()
    head = book.active
    head.title = L.HEAD
    _head(head, docs)
    for spec in L.SHEETS:
        if all(p.doc not in docs for p in spec.parts):
            continue
        ws = book.create_sheet(spec.name)
        _write_rows(ws, spec.columns(), _sheet_rows(spec, docs))
        for i, (header, leaf) in enumerate(spec.columns(), start=1):
            if leaf is None and header in spec.derived:
                for r in range(2, ws.max_row + 1):
                    ws.cell(row=r, column=i).fill = DERIVED_FILL
        if spec.name == L.CRITERIA:
            for line in ws.iter_rows(min_row=2):
                if line[0].value == L.FIELD_KIND:
                    for cell in line:
                        cell.fill, cell.font = GROUP_FILL, Font(bold=True)
    other = book.create_sheet(L.OTHER)
    _write_rows(other, [(h, None) for h in L.OTHER_COLUMNS], other_rows(docs))
    for line in other.iter_rows(min_row=2):
        line[0].font, line[0].fill = Font(bold=True), DERIVED_FILL
    _guide(book.create_sheet(L.GUIDE))
    _as_text(book)
    for ws in book.worksheets:
        fit_rows(ws)
    return xlsx_bytes(book)
