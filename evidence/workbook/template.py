"""Write the evidence workbook the office fills in (`cchc template`), from catalog and plan."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from engine.core.xlsx_bytes import xlsx_bytes
from engine.core.xlsx_style import WRAP, fit_rows, header_row
from engine.spec.catalog import Catalog
from engine.spec.plan import Plan
from engine.spec.rulebook import Rulebook
from evidence.workbook import layout as L

GROUP_FILL = PatternFill("solid", fgColor="DDEBF7")
OPTIONAL_FILL = PatternFill("solid", fgColor="F2F2F2")
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
OPEN = Protection(locked=False)
DOCUMENT_ROWS = 300

FACT_WIDTHS = {
    L.CODE: 14,
    L.TITLE: 38,
    L.LABEL: 46,
    L.FACT_ID: 30,
    L.UNIT_OF: 14,
    L.THIS_YEAR: 12,
    L.LAST_YEAR: 12,
    L.TARGET: 40,
    L.DOCS: 24,
    L.NOTE: 28,
}

GUIDE_TEXT = [
    "HƯỚNG DẪN ĐIỀN SỔ MINH CHỨNG",
    "",
    "1. Trang “Thông tin”: kiểm tra Đơn vị, Năm, Bộ tiêu chí, Kế hoạch (cột B). Nếu số liệu hồ sơ "
    "TTHC được tính từ tệp trích xuất của hệ thống một cửa, ghi tên tệp trích xuất và danh mục TTHC "
    "(đường dẫn tính từ thư mục chứa sổ này); khi đó để trống các dòng minh chứng về hồ sơ.",
    "2. Trang “Minh chứng”: mỗi dòng một minh chứng. Điền các ô màu vàng: “Năm nay”, “Năm trước” "
    "(ô vàng: chỉ tiêu hoặc chỉ số cần số liệu năm trước; ô xám nhạt: không bắt buộc, báo cáo sẽ nêu "
    "thay đổi so với năm trước), “Tài liệu kiểm chứng”, “Ghi chú”. Các cột khác được sinh từ bộ tiêu chí "
    "và bị khoá: sửa ở đó sẽ bị báo lỗi khi đọc lại.",
    "3. Số đếm là số nguyên không âm; tỷ lệ (%) từ 0 đến 100, được dùng dấu phẩy thập phân (86,5); "
    "có/không chọn “Có” hoặc “Không” (cũng nhận x, true/false).",
    "4. Ô để trống là CHƯA CÓ minh chứng, không phải số 0: tiêu chí sẽ ở trạng thái thiếu minh chứng. "
    "Nếu số liệu là 0, hãy ghi 0.",
    "5. Trang “Tài liệu”: mỗi văn bản một dòng — Số hiệu, Ngày (dd/mm/yyyy), Trích yếu, và các "
    "“Mã minh chứng” văn bản đó chứng minh, cách nhau bởi dấu phẩy. Có thể ghi Số hiệu văn bản ở cột "
    "“Tài liệu kiểm chứng” của trang “Minh chứng” thay cho cột “Minh chứng” của trang này.",
    "6. Ô có công thức được chấp nhận nếu Excel/LibreOffice đã tính và lưu giá trị.",
    "7. Kiểm tra: cchc validate <tệp này>.xlsx — mọi lỗi được liệt kê kèm trang tính, dòng và cột. "
    "Chấm điểm: cchc score <tệp này>.xlsx --out bao-cao.xlsx --out bao-cao.html --out bao-cao.json",
]


def _protect(ws: Worksheet) -> None:
    """Sheet protection without a password: it guards against slips, not against the office."""
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.formatCells = False


def _validations(ws: Worksheet) -> dict[str, DataValidation]:
    def dv(**kw: object) -> DataValidation:
        v = DataValidation(allow_blank=True, showErrorMessage=True, errorTitle="Giá trị không hợp lệ", **kw)
        ws.add_data_validation(v)
        return v

    return {
        "count": dv(type="whole", operator="greaterThanOrEqual", formula1="0", error="Số nguyên ≥ 0"),
        "percent": dv(type="decimal", operator="between", formula1="0", formula2="100", error="Từ 0 đến 100"),
        "boolean": dv(type="list", formula1=f'"{L.YES},{L.NO}"', error=f"Chọn {L.YES} hoặc {L.NO}"),
        "number": dv(type="decimal", operator="between", formula1="-1E+15", formula2="1E+15", error="Một số"),
    }


def _info(ws: Worksheet, catalog: Catalog, plan: Plan | None, unit: str, year: int, made_by: str) -> None:
    values = {L.UNIT: unit, L.YEAR: year, L.CATALOG: catalog.id, L.PLAN: plan.id if plan else ""}
    for label in L.INFO_LABELS:
        ws.append([label, values.get(label, "")])
    ws.append([L.MADE_BY, made_by])
    for row in ws.iter_rows(min_row=1, max_row=len(L.INFO_LABELS)):
        row[0].font = Font(bold=True)
        row[1].protection, row[1].fill = OPEN, INPUT_FILL
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 60
    _protect(ws)


def _facts(ws: Worksheet, rows: list[L.FactRow]) -> None:
    header_row(ws, L.FACT_HEADERS)
    col = {h: i + 1 for i, h in enumerate(L.FACT_HEADERS)}
    for h, w in FACT_WIDTHS.items():
        ws.column_dimensions[get_column_letter(col[h])].width = w
    checks = _validations(ws)
    for r, fact_row in enumerate(rows, start=2):
        cells = fact_row.cells()
        for h in L.FACT_HEADERS:
            cell = ws.cell(row=r, column=col[h], value=cells.get(h) or None)
            cell.alignment = WRAP
        if fact_row.fact is None:
            for h in L.FACT_HEADERS:
                ws.cell(row=r, column=col[h]).fill = GROUP_FILL
                ws.cell(row=r, column=col[h]).font = Font(bold=True)
            continue
        for h in L.EDITABLE:
            cell = ws.cell(row=r, column=col[h])
            cell.protection, cell.fill = OPEN, INPUT_FILL
        if not fact_row.needs_previous:  # optional: the report then shows the change on last year
            ws.cell(row=r, column=col[L.LAST_YEAR]).fill = OPTIONAL_FILL
        for h in (L.THIS_YEAR, L.LAST_YEAR):
            checks[fact_row.kind].add(ws.cell(row=r, column=col[h]))
    ws.auto_filter.ref = f"A1:{get_column_letter(len(L.FACT_HEADERS))}{len(rows) + 1}"
    fit_rows(ws)
    _protect(ws)
    ws.protection.autoFilter = False


def _documents(ws: Worksheet) -> None:
    header_row(ws, L.DOC_HEADERS)
    for letter, width in zip("ABCD", (22, 14, 60, 60), strict=True):
        ws.column_dimensions[letter].width = width
    for r in range(2, DOCUMENT_ROWS + 2):
        ws.cell(row=r, column=2).number_format = "DD/MM/YYYY"
        for c in range(1, 5):
            ws.cell(row=r, column=c).protection = OPEN
            ws.cell(row=r, column=c).alignment = WRAP
    _protect(ws)


def _guide(ws: Worksheet) -> None:
    ws.column_dimensions["A"].width = 120
    for line in GUIDE_TEXT:
        ws.append([line])
        ws.cell(row=ws.max_row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    ws["A1"].font = Font(bold=True, size=13)
    fit_rows(ws)


def template_bytes(
    catalog: Catalog, rulebook: Rulebook, plan: Plan | None, unit: str, year: int, made_by: str
) -> bytes:
    """The workbook for this catalog and plan, as .xlsx bytes."""
    book = Workbook()
    info = book.active
    info.title = L.INFO
    _info(info, catalog, plan, unit, year, made_by)
    _facts(book.create_sheet(L.FACTS), L.fact_rows(catalog, rulebook, plan))
    _documents(book.create_sheet(L.DOCUMENTS))
    _guide(book.create_sheet(L.GUIDE))
    info.sheet_view.tabSelected = False
    book.active = 1
    return xlsx_bytes(book)
