"""The screen's list of missing evidence names it as the office knows it (the catalog's label)
and says where to fill it in: the evidence workbook's sheet and columns for a workbook, the
`facts` section (ids beside the labels) for a YAML file. It never sends anyone to the JSON."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from engine.cli.main import main
from engine.scoring import score_file

ROOT = Path(__file__).resolve().parents[3]
PCI = ROOT / "evidence" / "examples" / "khanh-hoa-pci-2022-van-phong.yaml"


def _screen(args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("COLUMNS", "300")
    assert main(args) == 0
    return capsys.readouterr().out


def _missing_block(out: str) -> list[str]:
    lines = out.split("Thiếu minh chứng (", 1)[1].splitlines()
    return [line for line in lines[1:] if line.startswith("  ")][:200]


def test_a_workbook_is_told_its_sheet_and_columns_with_labels_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    book = tmp_path / "so-minh-chung.xlsx"
    assert main(["template", "par-so-nganh-2022", "--plan", "gia-lai-bqlkkt-2022", "--out", str(book)]) == 0
    capsys.readouterr()
    out = _screen(["score", str(book)], capsys, monkeypatch)
    block = _missing_block(out)
    row = next(line for line in block if line.startswith("  • TCTP 3.4.1: "))
    assert "Số hồ sơ đã giải quyết" in row and "dossiers." not in row  # the label, not the id
    sheet = load_workbook(book)["Minh chứng"]
    (at,) = [r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 4).value == "dossiers.resolved"]
    assert sheet.cell(at, 3).value == "Số hồ sơ đã giải quyết"
    assert f"Số hồ sơ đã giải quyết (dòng {at})" in row  # the row of the office's own sheet
    assert any("năm trước: " in line for line in block)
    hint = next(line for line in block if line.startswith("  Điền vào"))
    assert "trang “Minh chứng”" in hint and "cột “Năm nay”" in hint and "cột “Năm trước”" in hint
    assert "rồi chấm lại" in hint and "JSON" not in out


def test_a_yaml_file_is_told_its_facts_section_with_the_id_beside_the_label(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _screen(["score", str(PCI)], capsys, monkeypatch)
    (c,) = [c for c in score_file(PCI).criteria if c.status == "missing_evidence"]
    block = _missing_block(out)
    assert (
        block[0] == f"  • {c.code}: Điểm chỉ số Thiết chế pháp lý và an ninh trật tự (pci.legal_institutions)"
    )
    assert "mục facts" in block[1] and "rồi chấm lại" in block[1]


def test_scored_criteria_without_documents_are_pointed_to_the_report_and_the_workbook(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _screen(
        ["score", str(ROOT / "evidence" / "examples" / "gia-lai-bqlkkt-2022.yaml")], capsys, monkeypatch
    )
    (line,) = [line for line in out.splitlines() if "chưa có tài liệu kiểm chứng" in line]
    assert "JSON" not in line and "“Cảnh báo” của báo cáo" in line and "mục documents" in line
