"""The comparison as an Excel workbook: every criterion before and after, the fields with a chart,
the methodology differences and where both reports came from (shared header and A4 printing)."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font

from engine.core.numbers import vi_number
from engine.core.xlsx_bytes import xlsx_bytes
from engine.core.xlsx_style import WRAP, fit_rows
from engine.report.compare.model import Comparison
from engine.report.table import STATUS_VI
from engine.report.xlsx_cells import MISSED_FONT, TOP, info_rows, new_sheet, put_number
from engine.results.sentences import value_text

TARGET_VI = {
    "newly_met": "mới đạt",
    "newly_missed": "mới chưa đạt",
    "still_met": "vẫn đạt",
    "still_missed": "vẫn chưa đạt",
    "unassessed": "chưa đánh giá được",
}
BOLD = Font(bold=True)
GOOD = Font(color="1E7B34", bold=True)


def _criteria(book: Workbook, c: Comparison) -> None:
    ws = new_sheet(
        book,
        "So sánh tiêu chí",
        [
            ("Mã", 12),
            ("Tiêu chí", 48),
            ("Điểm trước", 10),
            ("Điểm sau", 10),
            ("Thay đổi", 10),
            ("Chỉ số trước", 12),
            ("Chỉ số sau", 12),
            ("Trạng thái trước", 16),
            ("Trạng thái sau", 16),
            ("Chỉ tiêu", 18),
            ("Có thay đổi", 10),
        ],
    )
    for r, ch in enumerate(c.changes, start=2):
        ws.append([ch.code, ch.title])
        ws.cell(row=r, column=1).alignment = TOP
        ws.cell(row=r, column=2).alignment = WRAP
        put_number(ws, r, 3, ch.before)
        put_number(ws, r, 4, ch.after)
        put_number(ws, r, 5, ch.change)
        put_number(ws, r, 6, ch.indicator_before, value_text(ch.indicator_before, ch.unit))
        put_number(ws, r, 7, ch.indicator_after, value_text(ch.indicator_after, ch.unit))
        ws.cell(row=r, column=8, value=STATUS_VI[ch.status_before] if ch.status_before else "không có")
        ws.cell(row=r, column=9, value=STATUS_VI[ch.status_after] if ch.status_after else "không có")
        ws.cell(row=r, column=10, value=TARGET_VI[ch.target] if ch.target else None)
        ws.cell(row=r, column=11, value="có" if ch.changed else "")
        for col in range(8, 12):
            ws.cell(row=r, column=col).alignment = TOP
        if ch.target == "newly_missed":
            ws.cell(row=r, column=10).font = MISSED_FONT
        elif ch.target == "newly_met":
            ws.cell(row=r, column=10).font = GOOD
    ws.auto_filter.ref = f"A1:K{len(c.changes) + 1}"


def _fields(book: Workbook, c: Comparison) -> None:
    ws = new_sheet(
        book,
        "Theo lĩnh vực",
        [("Lĩnh vực", 10), ("Tên", 50), ("Điểm trước", 12), ("Điểm sau", 12), ("Thay đổi", 10)],
    )
    rows = [(f.code, f.title, f.before, f.after, f.change) for f in c.fields]
    rows.append(("Tổng", "", c.total.before, c.total.after, c.total.change))
    for r, (code, title, before, after, change) in enumerate(rows, start=2):
        ws.append([code, title])
        ws.cell(row=r, column=2).alignment = WRAP
        put_number(ws, r, 3, before)
        put_number(ws, r, 4, after)
        put_number(ws, r, 5, change)
    last = len(rows) + 1
    for col in range(1, 6):
        ws.cell(row=last, column=col).font = BOLD
    chart = BarChart()
    chart.type = "bar"
    chart.title = "Điểm theo lĩnh vực: trước và sau"
    chart.x_axis.scaling.orientation = "maxMin"
    chart.add_data(Reference(ws, min_col=3, max_col=4, min_row=1, max_row=last - 1), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last - 1))
    chart.height, chart.width = 9, 18
    ws.add_chart(chart, f"A{last + 2}")


def _info(book: Workbook, c: Comparison) -> None:
    ws = new_sheet(book, "Thông tin", [("Mục", 30), ("Giá trị", 100)])
    rows: list[tuple[str, str]] = []
    for label, s in (("trước", c.before), ("sau", c.after)):
        rows += [
            (f"Báo cáo {label}", s.report + (" (mô phỏng)" if s.simulated else "")),
            (f"Đơn vị, năm ({label})", f"{s.unit} — {s.year}"),
            (f"Bộ tiêu chí ({label})", f"{s.catalog.id} — {s.catalog.digest}"),
            (f"Kế hoạch ({label})", f"{s.plan.id} — {s.plan.digest}" if s.plan else "không có"),
        ]
    t = c.total
    rows.append(
        (
            "Tổng điểm",
            f"{vi_number(t.before or 0)}/{vi_number(t.max_before or 0)} → {vi_number(t.after or 0)}/"
            f"{vi_number(t.max_after or 0)}",
        )
    )
    rows.append(("Mới đạt chỉ tiêu", ", ".join(c.newly_met) or "không có"))
    rows.append(("Mới chưa đạt chỉ tiêu", ", ".join(c.newly_missed) or "không có"))
    rows += [("Khác biệt phương pháp", line) for line in c.methodology]
    rows += [("Cảnh báo", w) for w in c.warnings]
    rows.append(("Công cụ", f"{c.engine.name} {c.engine.version}"))
    info_rows(ws, rows)


def comparison_xlsx(comparison: Comparison) -> bytes:
    book = Workbook()
    book.remove(book.active)
    _criteria(book, comparison)
    _fields(book, comparison)
    _info(book, comparison)
    for ws in book.worksheets:
        fit_rows(ws)
    return xlsx_bytes(book)
