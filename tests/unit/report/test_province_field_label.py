"""The summary calls the top level of its units' catalog by the catalog's word (`field_label`:
*nhóm* for chi-so-766) in its html and xlsx titles, each group by its own catalog's word; the
sheets keep their names."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from engine.cli.main import main
from tests.unit.conftest import EXAMPLE

ROOT = Path(__file__).resolve().parents[3]
XA = ROOT / "evidence" / "examples" / "chi-so-766-xa-minh-hoa-2025.yaml"
SHEETS = ["Xếp hạng", "Theo lĩnh vực", "Không chấm được", "Thông tin"]


def _other_xa(tmp_path: Path) -> Path:
    other = tmp_path / "xa-khac.yaml"
    other.write_text(
        XA.read_text(encoding="utf-8").replace("unit: ", "unit: Xã khác — ", 1), encoding="utf-8"
    )
    return other


def _summary(tmp_path: Path, *args: str) -> tuple[str, list[str], list[str]]:
    """The html, the sheet names, and the texts of column B of the field sheets."""
    html, book = tmp_path / "tong-hop.html", tmp_path / "tong-hop.xlsx"
    assert main(["score", *args, "--quiet", "--out", str(html), "--out", str(book)]) == 0
    wb = load_workbook(book)
    texts = [
        str(c.value)
        for ws in wb.worksheets
        if ws.title.startswith("Theo lĩnh vực")
        for c in ws["B"]
        if c.value is not None
    ]
    return html.read_text(encoding="utf-8"), wb.sheetnames, texts


def test_units_of_one_catalog_are_summarised_with_its_word(tmp_path: Path) -> None:
    html, sheets, texts = _summary(tmp_path, str(XA), str(_other_xa(tmp_path)))
    assert "<h3>Tỷ lệ điểm theo nhóm (%)</h3>" in html and "theo lĩnh vực" not in html
    assert "Tỷ lệ điểm theo nhóm (%) — bộ tiêu chí chi-so-766, năm 2025" in texts
    assert sheets == SHEETS


def test_each_catalog_group_is_titled_with_its_own_word(tmp_path: Path) -> None:
    html, sheets, texts = _summary(tmp_path, str(XA), str(EXAMPLE), "--group-by", "catalog")
    assert html.count("<h3>Tỷ lệ điểm theo lĩnh vực (%)</h3>") == 1
    assert html.count("<h3>Tỷ lệ điểm theo nhóm (%)</h3>") == 1
    assert any(t.startswith("Tỷ lệ điểm theo nhóm (%) — bộ tiêu chí chi-so-766") for t in texts)
    assert any(t.startswith("Tỷ lệ điểm theo lĩnh vực (%) — bộ tiêu chí par-so-nganh-2022") for t in texts)
    assert sheets == ["Xếp hạng 1", "Theo lĩnh vực 1", "Xếp hạng 2", "Theo lĩnh vực 2", *SHEETS[2:]]
