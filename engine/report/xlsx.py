"""The report as an Excel workbook: the self-assessment table and its companion sheets.

Scores and indicators are numbers (subtotals too), shown with as many decimals as the
displayed text of `engine.core.numbers` has, so the cell never contradicts the verdict.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill

from engine.core import display
from engine.core.numbers import vi_number
from engine.core.xlsx_bytes import xlsx_bytes
from engine.core.xlsx_style import WRAP, fit_rows
from engine.report.model import Report
from engine.report.privacy import names_hidden
from engine.report.simulation import override_lines
from engine.report.standing import (
    VERDICT_VI,
    asks_points_available,
    points_left,
    score_targets,
    target_detail,
    target_name,
)
from engine.report.table import NAMES_HIDDEN, assessment_rows, vi_date
from engine.report.xlsx_cells import MISSED_FONT, TOP, info_rows, new_sheet, put_number
from engine.results.sentences import value_text

FIELD_FILL = PatternFill("solid", fgColor="DDEBF7")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")


def _assessment(book: Workbook, report: Report) -> None:
    ws = new_sheet(
        book,
        "Tự chấm điểm",
        [
            ("STT", 6),
            ("Mã", 12),
            ("Tiêu chí", 50),
            ("Điểm tối đa", 10),
            ("Điểm tự đánh giá", 12),
            ("Chỉ số", 12),
            ("Chỉ tiêu kế hoạch", 36),
            ("Đạt", 12),
            ("Tài liệu kiểm chứng", 36),
            ("Giải trình", 60),
            ("Trạng thái", 16),
        ],
    )
    r = 1
    for row in assessment_rows(report):
        r += 1
        ws.append([row.stt, row.code, row.title])
        ws.cell(row=r, column=1).alignment = ws.cell(row=r, column=2).alignment = TOP
        ws.cell(row=r, column=3).alignment = Alignment(wrap_text=True, vertical="top", indent=2 * row.level)
        put_number(ws, r, 4, row.max)
        put_number(ws, r, 5, row.score)
        put_number(ws, r, 6, row.indicator, row.indicator_text)
        for col, text in ((7, row.target), (8, row.met), (9, row.documents), (10, row.explanation)):
            ws.cell(row=r, column=col, value=text or None).alignment = WRAP
        ws.cell(row=r, column=11, value=row.status or None).alignment = TOP
        if row.level == 0:
            for c in range(1, 12):
                ws.cell(row=r, column=c).fill = FIELD_FILL
                ws.cell(row=r, column=c).font = Font(bold=True)
        elif not row.status:
            for c in range(1, 12):
                ws.cell(row=r, column=c).fill = GROUP_FILL
        if row.met_flag is False:
            ws.cell(row=r, column=8).font = MISSED_FONT
    r += 1
    ws.append(["", "", "Tổng cộng"])
    put_number(ws, r, 4, report.total.max)
    put_number(ws, r, 5, report.total.score)
    for c in range(1, 12):
        ws.cell(row=r, column=c).font = Font(bold=True)
    ws.auto_filter.ref = f"A1:K{r}"


def _shortfalls(book: Workbook, report: Report) -> None:
    ws = new_sheet(
        book,
        "Chưa đạt chỉ tiêu",
        [
            ("STT", 6),
            ("Mã", 12),
            ("Tiêu chí", 44),
            ("Điểm bị ảnh hưởng", 12),
            ("Chỉ số", 12),
            ("Chỉ tiêu kế hoạch", 36),
            ("Khoảng thiếu", 60),
            ("Đơn vị chủ trì", 24),
        ],
    )
    units = {c.code: c.indicator.unit for c in report.criteria}
    for i, s in enumerate(report.shortfalls, start=1):
        ws.append([i, s.code, s.title])
        put_number(ws, i + 1, 4, s.points_at_stake)
        put_number(ws, i + 1, 5, s.indicator, value_text(s.indicator, units.get(s.code, ""), s.threshold))
        for col, text in ((6, s.target_text), (7, s.gap), (8, s.lead_unit)):
            ws.cell(row=i + 1, column=col, value=text or None).alignment = WRAP
    if not report.shortfalls:
        ws.append(
            [
                "",
                "",
                "Không có tiêu chí nào chưa đạt chỉ tiêu kế hoạch." if report.plan else "Không có kế hoạch.",
            ]
        )


def _score_targets(book: Workbook, report: Report) -> None:
    """The plan's targets on a field's score or the total (only when the plan sets some)."""
    targets = score_targets(report)
    if not targets:
        return
    ws = new_sheet(
        book,
        "Chỉ tiêu điểm",
        [
            ("Chỉ tiêu", 30),
            ("Nội dung (nguyên văn)", 44),
            ("Điểm", 10),
            ("Điểm tối đa", 10),
            ("Điều kiện", 10),
            ("Kết quả", 16),
            ("Điểm còn thiếu", 12),
            ("Còn thiếu và việc cần làm", 70),
            ("Đơn vị chủ trì", 24),
        ],
    )
    for r, g in enumerate(targets, start=2):
        ws.append([target_name(g), g.text])
        put_number(ws, r, 3, g.score, vi_number(g.score, 2))
        put_number(ws, r, 4, g.max)
        ws.cell(row=r, column=5, value=g.rule).alignment = TOP
        ws.cell(row=r, column=6, value=VERDICT_VI[g.met]).alignment = TOP
        put_number(ws, r, 7, g.gap_points, vi_number(g.gap_points, 2))
        ws.cell(row=r, column=8, value=target_detail(g)).alignment = WRAP
        ws.cell(row=r, column=9, value=g.lead_unit or None).alignment = WRAP
        ws.cell(row=r, column=2).alignment = WRAP
        if g.met is False:
            ws.cell(row=r, column=6).font = MISSED_FONT


def _available(book: Workbook, report: Report) -> None:
    """Points still available per criterion, most first (only on catalogs that ask for them)."""
    if not asks_points_available(report):
        return
    ws = new_sheet(
        book,
        "Điểm còn có thể đạt",
        [
            ("Mã", 10),
            ("Tiêu chí", 50),
            ("Điểm tự đánh giá", 12),
            ("Điểm tối đa", 10),
            ("Điểm còn có thể đạt", 12),
            ("Cần thêm", 10),
            ("Đơn vị", 28),
            ("Việc cần làm", 70),
        ],
    )
    left = points_left(report)
    for r, c in enumerate(left, start=2):
        assert c.available is not None
        a = c.available
        ws.append([c.code, c.title])
        put_number(ws, r, 3, c.score)
        put_number(ws, r, 4, c.max)
        put_number(ws, r, 5, a.points, vi_number(a.points, 2))
        put_number(ws, r, 6, a.needed)
        ws.cell(row=r, column=7, value=a.unit or None).alignment = WRAP
        ws.cell(row=r, column=8, value=a.sentence).alignment = WRAP
        ws.cell(row=r, column=2).alignment = WRAP
    if not left:
        ws.append(["", "Mọi tiêu chí đã đạt điểm tối đa."])


def _fields(book: Workbook, report: Report) -> None:
    ws = new_sheet(
        book,
        "Tổng hợp lĩnh vực",
        [
            ("Lĩnh vực", 9),
            ("Tên", 50),
            ("Điểm tự đánh giá", 12),
            ("Điểm tối đa", 12),
            ("Tỷ lệ (%)", 10),
            ("Thiếu minh chứng", 12),
        ],
    )
    for i, f in enumerate(report.fields, start=2):
        ws.append([f.code, f.title])
        put_number(ws, i, 3, f.score)
        put_number(ws, i, 4, f.max)
        put_number(ws, i, 5, f.percent, vi_number(f.percent, 2) if f.percent is not None else None)
        ws.cell(row=i, column=6, value=f.missing_evidence)
    last = len(report.fields) + 1
    t = report.total
    ws.append(["Tổng", ""])
    put_number(ws, last + 1, 3, t.score)
    put_number(ws, last + 1, 4, t.max)
    put_number(ws, last + 1, 5, t.percent, vi_number(t.percent, 2) if t.percent is not None else None)
    ws.cell(row=last + 1, column=6, value=t.counts.get("missing_evidence", 0))
    for c in range(1, 7):
        ws.cell(row=last + 1, column=c).font = Font(bold=True)
    chart = BarChart()
    chart.type = "bar"
    chart.title = "Điểm tự đánh giá so với điểm tối đa theo lĩnh vực"
    chart.y_axis.title = "Điểm"
    chart.add_data(Reference(ws, min_col=3, max_col=4, min_row=1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
    chart.height, chart.width = 9, 18
    ws.add_chart(chart, f"A{last + 3}")


def _ratings(book: Workbook, report: Report) -> None:
    ws = new_sheet(
        book,
        "Xếp loại",
        [
            ("Loại", 10),
            ("Phòng / cán bộ", 34),
            ("Quy tắc", 16),
            ("Đã giải quyết", 12),
            ("Trễ hạn", 10),
            ("Tỷ lệ trễ hạn (%)", 12),
            ("Ngưỡng (%)", 10),
            ("Còn được trễ", 12),
            ("Kết quả", 44),
        ],
    )
    for i, r in enumerate(report.ratings, start=2):
        ws.append(["Phòng" if r.kind == "department" else "Cán bộ", r.name, r.rule, r.resolved, r.late])
        share = None if r.late_share is None else display.rate(r.late_share, r.threshold).rstrip("%")
        put_number(ws, i, 6, r.late_share, share)
        ws.cell(row=i, column=7, value=display.target(r.compare, r.threshold, ""))
        ws.cell(row=i, column=8, value=r.late_budget)
        verdict = f"không được xếp “{r.bars}”" if r.rule_hit else "chưa chạm ngưỡng"
        ws.cell(row=i, column=9, value=verdict)
        if r.rule_hit:
            ws.cell(row=i, column=9).font = MISSED_FONT
    if not report.ratings:
        ws.append(["", "Không có quy tắc xếp loại nào áp dụng (không có tệp trích xuất hồ sơ)."])
    elif names_hidden(report):
        ws.append([])
        ws.append(["", NAMES_HIDDEN])


def _warnings(book: Workbook, report: Report) -> None:
    ws = new_sheet(book, "Cảnh báo", [("STT", 6), ("Tiêu chí", 14), ("Nội dung", 110)])
    for i, w in enumerate(report.warnings, start=1):
        ws.append([i, w.code or "", w.message])
        ws.cell(row=i + 1, column=3).alignment = WRAP
    if not report.warnings:
        ws.append(["", "", "Không có cảnh báo."])


def _label_rows(report: Report) -> list[tuple[str, str]]:
    label = report.total.label
    if label is None:
        return []
    return [("Xếp loại", label.text + (" (ngưỡng tạm thời)" if label.provisional else ""))]


def _info(book: Workbook, report: Report) -> None:
    ws = new_sheet(book, "Thông tin", [("Mục", 30), ("Giá trị", 100)])
    plan = report.plan
    rows: list[tuple[str, str | float | int]] = [
        ("Đơn vị", report.unit),
        ("Năm đánh giá", report.year),
        ("Bộ tiêu chí", f"{report.catalog.id} — {report.catalog.title}"),
        ("Kế hoạch", f"{plan.id} — {plan.title}" if plan else "không có kế hoạch: không so chỉ tiêu"),
        ("Số liệu đến ngày", vi_date(report.as_of) if report.as_of else "cả năm"),
        ("Tổng điểm tự đánh giá", report.total.score),
        ("Điểm tối đa", report.total.max),
        *_label_rows(report),
        ("Tệp minh chứng", report.evidence.file),
        ("Mã băm minh chứng", report.evidence.digest),
        *((f"Tệp nguồn ({s.role})", f"{s.file} — {s.rows} dòng") for s in report.evidence.sources),
        ("Mã băm bộ tiêu chí", report.catalog.digest),
        ("Mã băm kế hoạch", plan.digest if plan else ""),
        ("Quy tắc", f"{report.rules.title} — {report.rules.digest}"),
        ("Công cụ", f"{report.engine.name} {report.engine.version}"),
    ]
    if report.total.provisional:
        rows.append(
            (
                "Lưu ý",
                "Điểm dựa trên thang điểm tạm thời hoặc bộ tiêu chí áp dụng theo giả định (provisional).",
            )
        )
    if names_hidden(report):
        rows.append(("Dữ liệu cá nhân", NAMES_HIDDEN))
    if report.simulated:
        rows.append(("MÔ PHỎNG (--set)", "Kết quả dùng giá trị giả định, không phải minh chứng đã nộp."))
        rows += [("Giá trị mô phỏng", line) for line in override_lines(report.overrides)]
    info_rows(ws, rows)


def report_xlsx(report: Report) -> bytes:
    book = Workbook()
    book.remove(book.active)
    _assessment(book, report)
    _shortfalls(book, report)
    _score_targets(book, report)
    _available(book, report)
    _fields(book, report)
    _ratings(book, report)
    _warnings(book, report)
    _info(book, report)
    for ws in book.worksheets:
        fit_rows(ws)
    return xlsx_bytes(book)
