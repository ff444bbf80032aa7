"""What a file that is not a readable workbook is told: its real kind by its name (and its
content where the name says nothing), and what was expected, `cần tệp Excel .xlsx`."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from engine.core.problems import Reason
from engine.core.xlsx_read import format_problem


def _xlsx() -> bytes:
    out = io.BytesIO()
    Workbook().save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "raw", "reason"),
    [
        ("bad.yaml", b"catalog: par\n", "tệp YAML (đuôi .yaml), không phải sổ Excel: cần tệp Excel .xlsx"),
        ("a.json", b"{}", "tệp JSON (đuôi .json), không phải sổ Excel: cần tệp Excel .xlsx"),
        (
            "ghi-chu.md",
            "# Ghi chú\n".encode(),
            "tệp văn bản (đuôi .md), không phải sổ Excel: cần tệp Excel .xlsx",
        ),
        ("so.xls", None, "sổ Excel bị đổi tên (đuôi .xls): cần tệp Excel .xlsx, đổi lại đuôi thành .xlsx"),
        ("so.zip", None, "sổ Excel bị đổi tên (đuôi .zip): cần tệp Excel .xlsx, đổi lại đuôi thành .xlsx"),
        (
            "t.xlsx",
            b"Ma,Ten\n",
            "tệp là văn bản (CSV?) mang đuôi .xlsx, không phải sổ Excel: cần tệp Excel .xlsx",
        ),
        ("t.xlsm", b"Ma,Ten\n", "tệp là văn bản (CSV?) mang đuôi .xlsm"),
        ("r.xls", b"\x00\x9f\x01" * 20, "tệp .xls bị hỏng, không đọc được"),
    ],
)
def test_the_reason_names_the_files_own_suffix(name: str, raw: bytes | None, reason: str) -> None:
    problem = format_problem(name, _xlsx() if raw is None else raw)
    assert problem is not None and problem.file == name
    assert problem.reason.startswith(reason), problem.reason
    assert problem.code in (Reason.UNSUPPORTED_FORMAT, Reason.FILE_UNREADABLE)
    if not name.endswith(".xlsx"):
        assert "đuôi .xlsx," not in problem.reason and "tệp .xlsx" not in problem.reason


def test_a_workbook_named_xlsx_passes() -> None:
    assert format_problem("so.xlsx", _xlsx()) is None
    assert format_problem("so.xlsm", _xlsx()) is None
