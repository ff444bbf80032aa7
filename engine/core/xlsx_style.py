"""The look every workbook of ours shares: the header row and A4 printing.

The evidence template and the report workbook are read side by side by the same office;
one header style and one print setup keep them alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
HEADER_FONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")


def header_row(ws: Worksheet, headers: Sequence[str]) -> None:
    """Row 1 as a styled, frozen header repeated on every printed A4 landscape page."""
    ws.append(list(headers))
    for cell in ws[1]:
        cell.fill, cell.font, cell.alignment = HEADER_FILL, HEADER_FONT, WRAP
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


LINE_HEIGHT = 15.0  # points: one line of the default 11 pt font
# characters of Vietnamese text per unit of column width, about: measured with DejaVu Sans, the font
# LibreOffice falls back to without Calibri (wider than Calibri, so Excel gets a little room to spare)
CHARS_PER_WIDTH = 1.1
BOLD_NARROWING = 0.85  # bold letters (the header row) are wider


def _lines(text: str, per_line: int) -> int:
    """Lines the text takes wrapped at word boundaries, as a spreadsheet wraps it (a word longer
    than the line is cut)."""
    lines = 0
    for part in text.split("\n"):
        used = 0
        lines += 1
        for word in part.split():
            if used and used + 1 + len(word) > per_line:
                lines += 1
                used = 0
            used += (1 if used else 0) + len(word)
            while used > per_line:
                lines += 1
                used -= per_line
    return lines


def fit_rows(ws: Worksheet, first_row: int = 1) -> None:
    """Give every row with wrapped text the height of its longest cell.

    A workbook written by openpyxl carries no row heights, and LibreOffice (unlike Excel) does
    not grow a row to fit its wrapped text when it opens one: each row stays one line high and
    the text of a long criterion name or target is cut off on screen and printed over the next
    rows. The height is estimated from the words and the column width.
    """
    for row in ws.iter_rows(min_row=first_row):
        lines = 1
        for cell in row:
            if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                continue
            width = ws.column_dimensions[cell.column_letter].width or 8.43
            per_unit = CHARS_PER_WIDTH * (BOLD_NARROWING if cell.font.b else 1)
            lines = max(lines, _lines(cell.value, max(1, int(width * per_unit))))
        if lines > 1:
            ws.row_dimensions[row[0].row].height = lines * LINE_HEIGHT
