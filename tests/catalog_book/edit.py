"""Edit an exported catalog workbook the way a user does in Excel: by sheet, row key and header."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook


def _columns(ws: Any) -> dict[str, int]:
    return {str(c.value): c.column for c in ws[1] if c.value is not None}


def find_row(ws: Any, header: str, value: str, nth: int = 0) -> int:
    col = _columns(ws)[header]
    rows = [r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=col).value == value]
    return rows[nth]


def edit(path: Path, out: Path, changes: list[tuple[str, str, str, str, Any]], nth: int = 0) -> Path:
    """Each change: (sheet, key header, key value, header to set, new value); the first matching row."""
    book = load_workbook(path)
    for sheet, key_header, key, header, value in changes:
        ws = book[sheet]
        row = find_row(ws, key_header, key, nth)
        ws.cell(row=row, column=_columns(ws)[header]).value = value
    book.save(out)
    return out
