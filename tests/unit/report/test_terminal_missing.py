"""The screen's list of missing evidence names it as the office knows it (the catalog's label)
and says where to fill it in: the evidence workbook's sheet and columns for a workbook, the
`facts` section (ids beside the labels) for a YAML file; the html and xlsx reports say the same.
It never sends anyone to the JSON, and the names never reach the JSON."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from engine.cli.main import main
from engine.scoring import score_file

ROOT = Path(__file__).resolve().parents[3]
PCI = ROOT / "evidence" / "examples" / "khanh-hoa-pci-2022-van-phong.yaml"


def _screen(
    args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, width: int = 300
) -> str:
    monkeypatch.setenv("COLUMNS", str(width))
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


def _html_missing(html_file: Path) -> tuple[list[str], str]:
    """The html report's list of missing evidence as text, and the sentence after it."""
    import html as escape

    block = html_file.read_text("utf-8").split("<h3>Thiếu minh chứng (", 1)[1]
    items = re.findall(r"<li><b>(.*?)</b>: (.*?)</li>", block.split("</ul>", 1)[0])
    advice = re.search(r"</ul>\s*<p>(.*?)</p>", block, re.S)
    assert advice is not None
    return [escape.unescape(f"{code}: {what}") for code, what in items], escape.unescape(advice.group(1))


def test_the_html_and_xlsx_reports_name_missing_evidence_as_the_screen_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    book = tmp_path / "so-minh-chung.xlsx"
    assert main(["template", "par-so-nganh-2022", "--plan", "gia-lai-bqlkkt-2022", "--out", str(book)]) == 0
    capsys.readouterr()
    html_file, xlsx_file = tmp_path / "bao-cao.html", tmp_path / "bao-cao.xlsx"
    args = ["score", str(book), "--out", str(html_file), "--out", str(xlsx_file)]
    screen = [line.strip() for line in _missing_block(_screen(args, capsys, monkeypatch, 2000))]
    bullets = [line.removeprefix("• ") for line in screen if line.startswith("• ")]
    items, advice = _html_missing(html_file)
    assert items == bullets  # the report says what the screen says, row for row
    assert "TCTP 3.4.1: " in "\n".join(items) and "dossiers." not in "\n".join(items)
    assert any("(dòng " in item for item in items)
    assert advice == next(line for line in screen if line.startswith("Điền vào"))
    sheet = load_workbook(xlsx_file)["Tự chấm điểm"]
    why = {row[1]: row[9] for row in sheet.iter_rows(min_row=2, values_only=True)}
    for bullet in bullets:
        code, lacking = bullet.split(": ", 1)
        if why[code].startswith("Thiếu minh chứng: "):
            assert why[code].startswith(f"Thiếu minh chứng: {lacking}.")
            assert "dossiers." not in why[code] and "(dòng " in why[code]


def test_a_yaml_files_html_report_keeps_the_id_beside_the_label_and_the_json_keeps_its_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from engine.report.json_report import report_json
    from engine.report.missing import FactNames

    html_file = tmp_path / "bao-cao.html"
    out = _screen(["score", str(PCI), "--out", str(html_file)], capsys, monkeypatch)
    items, advice = _html_missing(html_file)
    assert items == [line.removeprefix("  • ") for line in _missing_block(out)[:1]]
    assert items == ["PCI 10: Điểm chỉ số Thiết chế pháp lý và an ninh trật tự (pci.legal_institutions)"]
    assert "mục facts" in advice and "rồi chấm lại" in advice
    report = score_file(PCI)
    named = report_json(report)
    report.fact_names = FactNames()
    assert report_json(report) == named  # the names are the writers', never the JSON's
