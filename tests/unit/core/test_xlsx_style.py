"""Row heights for wrapped text: LibreOffice keeps openpyxl's rows one line high otherwise."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Font

from engine.core.xlsx_style import LINE_HEIGHT, WRAP, fit_rows


def test_a_row_grows_with_its_longest_wrapped_cell_and_short_rows_keep_the_default() -> None:
    ws = Workbook().active
    assert ws is not None
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 40
    ws.append(["ngắn", "x" * 120])  # 120 characters in a 40-wide column: 3 lines
    ws.append(["ngắn", "dòng một\ndòng hai"])  # an explicit line break counts
    ws.append(["ngắn", "vừa"])
    ws.append(["y" * 200, None])  # not wrapped: Excel lets it run over, no height
    for row in ws.iter_rows(max_row=3):
        for cell in row:
            cell.alignment = WRAP

    fit_rows(ws)

    assert ws.row_dimensions[1].height == 3 * LINE_HEIGHT
    assert ws.row_dimensions[2].height == 2 * LINE_HEIGHT
    assert ws.row_dimensions[3].height is None
    assert ws.row_dimensions[4].height is None


def test_text_wraps_at_words_and_a_bold_header_needs_more_room() -> None:
    ws = Workbook().active
    assert ws is not None
    ws.column_dimensions["A"].width = 10
    ws.append(["Điểm trước"])  # fits 10 wide in regular type, not in bold
    ws.append(["Điểm trước"])
    ws.append(["aaaaaaa bbbbbbb"])  # 15 characters: two words that do not share an 11-character line
    for row in ws.iter_rows():
        row[0].alignment = WRAP
    ws["A1"].font = Font(bold=True)

    fit_rows(ws)

    assert ws.row_dimensions[1].height == 2 * LINE_HEIGHT
    assert ws.row_dimensions[2].height is None
    assert ws.row_dimensions[3].height == 2 * LINE_HEIGHT
