"""Cells and sheets the report workbooks share (a unit's report, the province summary, a comparison):
a sheet with its headers and widths, a number cell formatted as the report displays it.

Scores and indicators are numbers, shown with as many decimals as the displayed text of
`engine.core.numbers` has, so the cell never contradicts the verdict.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from engine.core.numbers import vi_number
from engine.core.xlsx_style import WRAP, header_row
from engine.report.table import decimals

MISSED_FONT = Font(color="C00000", bold=True)
TOP = Alignment(vertical="top")
LABEL = Alignment(horizontal="left", vertical="top", wrap_text=True)
LABEL_FONT = Font(bold=True)
NUMBER_LEFT = Alignment(horizontal="left", vertical="top")


def number_format(text: str) -> str:
    """The cell format showing a number as the text helpers display it ("99,68%" → #,##0.00"%")."""
    places = decimals(text)
    return "#,##0" + ("." + "0" * places if places else "") + ('"%"' if text.endswith("%") else "")


def new_sheet(book: Workbook, title: str, headers: list[tuple[str, float]]) -> Worksheet:
    """A sheet at the end of the book, its header row styled and its columns as wide as given."""
    ws = book.create_sheet(title)
    header_row(ws, [h for h, _ in headers])
    for i, (_, width) in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    return ws


def put_number(ws: Worksheet, row: int, col: int, value: float | None, shown: str | None = None) -> None:
    """A number (or an empty cell), top-aligned, formatted like its displayed text (`shown`)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.alignment = TOP
    if value is not None:
        cell.number_format = number_format(shown if shown is not None else vi_number(value))


def info_rows(ws: Worksheet, rows: Sequence[tuple[str, str | float | int]], first_row: int = 2) -> None:
    """The label/value rows of a "Thông tin" sheet, from `first_row` on: the label bold, left and
    top-aligned and wrapped (a long catalog id takes a second line, not the value's column); the
    value wrapped from the top; a number formatted as the report displays it, left like the text,
    a whole count or year without a thousands separator (2025, not 2.025)."""
    for i, (label, value) in enumerate(rows, start=first_row):
        head = ws.cell(row=i, column=1, value=label)
        head.font, head.alignment = LABEL_FONT, LABEL
        cell = ws.cell(row=i, column=2, value=value)
        if isinstance(value, float | int):
            cell.number_format = "0" if isinstance(value, int) else number_format(vi_number(value))
            cell.alignment = NUMBER_LEFT
        else:
            cell.alignment = WRAP
