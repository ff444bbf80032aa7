"""The "Thông tin" sheet of every report workbook: labels bold, left and top beside their values."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from engine.cli.main import main

EXAMPLES = Path(__file__).resolve().parents[3] / "evidence" / "examples"
SOME = ["chi-so-766-xa-minh-hoa-2025.yaml", "gia-lai-bqlkkt-2022.yaml", "khanh-hoa-pci-2024.yaml"]


def _info(path: Path) -> Worksheet:
    ws: Worksheet = load_workbook(path)["Thông tin"]
    return ws


def _assert_aligned(ws: Worksheet) -> None:
    rows = list(ws.iter_rows(min_row=2))
    assert len(rows) > 3
    for label, value in ((r[0], r[1]) for r in rows):
        at = f"{ws.title}!{label.coordinate} {label.value!r}"
        assert label.font.b, at
        assert (label.alignment.horizontal, label.alignment.vertical) == ("left", "top"), at
        assert label.alignment.wrap_text, at  # a long catalog id wraps in its column
        assert value.alignment.vertical == "top", at
        if isinstance(value.value, str):
            assert value.alignment.wrap_text, at
        elif value.value is not None:
            assert value.alignment.horizontal == "left", at


def test_province_summary_info_sheet_is_aligned(tmp_path: Path) -> None:
    out = tmp_path / "tinh.xlsx"
    files = [str(EXAMPLES / f) for f in SOME]
    assert main(["score", *files, "--group-by", "catalog", "--quiet", "--out", str(out)]) == 0
    ws = _info(out)
    _assert_aligned(ws)
    counts = {r[0].value: r[1] for r in ws.iter_rows(min_row=2)}
    assert counts["Số đơn vị được chấm"].value == 3


def test_unit_report_info_sheet_is_aligned_and_the_year_has_no_thousands_separator(tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    assert main(["score", str(EXAMPLES / SOME[0]), "--quiet", "--out", str(out)]) == 0
    ws = _info(out)
    _assert_aligned(ws)
    year = next(r[1] for r in ws.iter_rows(min_row=2) if r[0].value == "Năm đánh giá")
    assert year.value == 2025 and year.number_format == "0"  # it showed as “2.025”


@pytest.fixture
def two_reports(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "a.json", tmp_path / "b.json"
    assert main(["score", str(EXAMPLES / SOME[1]), "--quiet", "--out", str(old), "--out", str(new)]) == 0
    return old, new


def test_comparison_info_sheet_is_aligned(two_reports: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "d.xlsx"
    old, new = two_reports
    assert main(["compare", str(old), str(new), "--quiet", "--out", str(out)]) == 0
    _assert_aligned(_info(out))
