"""The ranking summary as an Excel workbook: ranking with a chart of the units' totals, the
field-by-unit table, the units that could not be scored, and where every number came from.

Numbers are numbers, formatted as the terminal and html show them; the header row and A4
printing are the shared ones (`engine.core.xlsx_style`), so the province's workbook looks like
each unit's.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from engine.core.numbers import vi_number
from engine.core.xlsx_bytes import xlsx_bytes
from engine.core.xlsx_style import WRAP, fit_rows
from engine.report.province.model import ProvinceSummary, RankedUnit
from engine.report.province.simulation import HEAD, simulation
from engine.report.table import vi_date
from engine.report.xlsx_cells import TOP, info_rows, new_sheet, put_number

BOLD = Font(bold=True)


def _suffix(summary: ProvinceSummary, index: int) -> str:
    """Sheet names per group when units were grouped by catalog (Excel: at most 31 characters)."""
    return f" {index + 1}" if len(summary.groups) > 1 else ""


def _members(summary: ProvinceSummary, index: int) -> list[RankedUnit]:
    return [u for u in summary.units if u.group == index]


def _ranking(book: Workbook, summary: ProvinceSummary, index: int) -> None:
    group = summary.groups[index]
    ws = new_sheet(
        book,
        "Xếp hạng" + _suffix(summary, index),
        [
            ("Hạng", 7),
            ("Đơn vị", 44),
            ("Điểm tự đánh giá", 12),
            ("Điểm tối đa", 10),
            ("Tỷ lệ (%)", 10),
            ("Chỉ tiêu đạt", 12),
            ("Chỉ tiêu kế hoạch", 12),
            ("Chưa đạt chỉ tiêu", 12),
            ("Thiếu minh chứng", 12),
            ("Tệp minh chứng", 40),
            ("Kế hoạch", 30),
        ],
    )
    units = _members(summary, index)
    for r, u in enumerate(units, start=2):
        ws.append([u.rank, u.unit])
        ws.cell(row=r, column=1).alignment = TOP
        ws.cell(row=r, column=2).alignment = WRAP
        put_number(ws, r, 3, u.total.score)
        put_number(ws, r, 4, u.total.max)
        put_number(ws, r, 5, u.share, vi_number(u.share, 2) if u.share is not None else None)
        for col, value in ((6, u.targets_met), (7, u.targets), (8, u.shortfalls)):
            ws.cell(row=r, column=col, value=value).alignment = TOP
        ws.cell(row=r, column=9, value=u.total.counts.get("missing_evidence", 0)).alignment = TOP
        ws.cell(row=r, column=10, value=u.file).alignment = WRAP
        ws.cell(row=r, column=11, value=u.plan.id if u.plan else "").alignment = WRAP
    last = len(units) + 1
    ws.auto_filter.ref = f"A1:K{last}"
    note = last + 2
    ws.cell(row=note, column=2, value=f"Bộ tiêu chí {group.catalog.id} — năm {group.year}").font = BOLD
    ws.cell(
        row=note + 1, column=2, value="Xếp hạng theo tỷ lệ điểm trên điểm tối đa; bằng nhau thì cùng hạng."
    )
    if any(not u.complete for u in units):
        ws.cell(row=note + 2, column=2, value="Đơn vị có tiêu chí thiếu minh chứng: tổng điểm chưa đầy đủ.")
    if not units:
        return
    chart = BarChart()
    chart.type = "bar"
    chart.title = "Tổng điểm tự đánh giá theo đơn vị"
    chart.x_axis.scaling.orientation = "maxMin"  # rank 1 on top, as in the table
    chart.add_data(Reference(ws, min_col=3, max_col=4, min_row=1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=2, min_row=2, max_row=last))
    chart.height, chart.width = max(7.0, 0.6 * len(units) + 3), 20
    # below the notes, not beside the table: side by side, fitting the page's width shrank both to
    # about a third on A4
    ws.add_chart(chart, f"B{note + 4}")


def _fields(book: Workbook, summary: ProvinceSummary, index: int) -> None:
    units = _members(summary, index)
    fields = units[0].fields if units else []
    headers: list[tuple[str, float]] = [("Hạng", 7), ("Đơn vị", 44), *((f"{f.code} (%)", 9) for f in fields)]
    headers.append(("Tổng (%)", 10))
    ws = new_sheet(book, "Theo lĩnh vực" + _suffix(summary, index), headers)
    for r, u in enumerate(units, start=2):
        ws.append([u.rank, u.unit])
        ws.cell(row=r, column=2).alignment = WRAP
        shares = {f.code: f.percent for f in u.fields}
        for c, f in enumerate(fields, start=3):
            value = shares.get(f.code)
            put_number(ws, r, c, value, vi_number(value, 1) if value is not None else None)
        put_number(ws, r, len(fields) + 3, u.share, vi_number(u.share, 2) if u.share is not None else None)
    legend = len(units) + 3
    group = summary.groups[index]
    ws.cell(
        row=legend,
        column=2,
        value=f"Tỷ lệ điểm theo {summary.field_label_of(group.catalog.id)} (%) — bộ tiêu chí "
        f"{group.catalog.id}, năm {group.year}",
    ).font = BOLD
    for i, f in enumerate(fields, start=1):
        ws.cell(row=legend + i, column=2, value=f"{f.code}: {f.title}")


def _failed(book: Workbook, summary: ProvinceSummary) -> None:
    ws = new_sheet(book, "Không chấm được", [("Tệp minh chứng", 40), ("Lỗi", 110)])
    r = 1
    for f in summary.failed:
        for p in f.problems:
            r += 1
            ws.append([f.file, p.render()])
            ws.cell(row=r, column=2).alignment = WRAP
    if not summary.failed:
        ws.append(["", "Mọi đơn vị đều được chấm."])


def _info(book: Workbook, summary: ProvinceSummary) -> None:
    ws: Worksheet = new_sheet(book, "Thông tin", [("Mục", 30), ("Giá trị", 100)])
    rows: list[tuple[str, str | int]] = [
        ("Số đơn vị được chấm", len(summary.units)),
        ("Số đơn vị không chấm được", len(summary.failed)),
        ("Số liệu đến ngày", vi_date(summary.as_of) if summary.as_of else "cả năm"),
    ]
    for g in summary.groups:
        rows += [
            (f"Bộ tiêu chí ({g.year})", f"{g.catalog.id} — {g.catalog.title}"),
            (f"Mã băm bộ tiêu chí {g.catalog.id}", g.catalog.digest),
            (f"Quy tắc {g.rules.id}", f"{g.rules.title} — {g.rules.digest}"),
        ]
    said = simulation(summary)
    if said is not None:
        rows.append((HEAD, "\n".join([said.sentence, *(f"• {line}" for line in said.reach)])))
    rows += [("Cảnh báo", w) for w in summary.warnings]
    rows.append(("Công cụ", f"{summary.engine.name} {summary.engine.version}"))
    info_rows(ws, rows)


def summary_xlsx(summary: ProvinceSummary) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for index in range(len(summary.groups)):
        _ranking(book, summary, index)
        _fields(book, summary, index)
    if not summary.groups:
        new_sheet(book, "Xếp hạng", [("Hạng", 7), ("Đơn vị", 44)]).append(
            ["", "Không có đơn vị nào được chấm."]
        )
    _failed(book, summary)
    _info(book, summary)
    for ws in book.worksheets:
        fit_rows(ws)
    return xlsx_bytes(book)
