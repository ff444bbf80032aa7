"""Malformed exports: every problem reported at once with file, row, column; nothing scored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from engine.core.problems import InputError, Problem, Reason
from evidence.load import load_evidence
from tests.conftest import HEADER, SMALL, run_cli, small_rows, write_evidence


def problems_of(path: Path, as_of: dt.date | None = None) -> list[Problem]:
    with pytest.raises(InputError) as caught:
        load_evidence(path, as_of)
    return caught.value.problems


def where(problems: list[Problem]) -> set[tuple[str, int | None, str | None]]:
    return {(Path(p.file).name, p.row, p.column) for p in problems}


def broken_rows() -> list[list[str]]:
    rows = small_rows()
    rows[2][0] = "HS02"  # row 4: duplicate of row 3
    rows[3][8] = "32/01/2022 09:00"  # row 5: no such date
    rows[4][8] = "03/01/2022 10:00"  # row 6: result before reception (07/01)
    rows[5][5] = "Zalo"  # row 7: unknown channel
    rows[6][1] = "9.999999"  # row 8: procedure not in the list
    rows[7][4] = ""  # row 9: official missing
    rows[8][9] = "Chưa rõ"  # row 10: apology neither Có nor Không
    rows[9][7] = "01/12/2021"  # row 11: due before reception (15/12/2021)
    return rows


def test_every_malformed_row_is_reported_with_row_and_column(tmp_path: Path) -> None:
    problems = problems_of(write_evidence(tmp_path, broken_rows()))
    assert where(problems) == {
        ("hoso.csv", 4, "Mã hồ sơ"),
        ("hoso.csv", 5, "Ngày có kết quả"),
        ("hoso.csv", 6, "Ngày có kết quả"),
        ("hoso.csv", 7, "Kênh nộp"),
        ("hoso.csv", 8, "Mã thủ tục"),
        ("hoso.csv", 9, "Cán bộ xử lý"),
        ("hoso.csv", 10, "Đã xin lỗi"),
        ("hoso.csv", 11, "Ngày hẹn trả"),
    }
    assert {p.row: p.code for p in problems} == {
        4: Reason.DUPLICATE_ROW,
        5: Reason.NOT_A_DATE,
        6: Reason.DATE_ORDER,
        7: Reason.INVALID_VALUE,
        8: Reason.UNKNOWN_PROCEDURE,
        9: Reason.MISSING_VALUE,
        10: Reason.INVALID_VALUE,
        11: Reason.DATE_ORDER,
    }
    reasons = {p.row: p.reason for p in problems}
    assert "trùng với dòng 3" in reasons[4]
    assert "32/01/2022 09:00" in reasons[5]
    assert "trước ngày tiếp nhận" in reasons[6]
    assert "Zalo" in reasons[7]
    assert "9.999999" in reasons[8] and "danh mục thủ tục" in reasons[8]


def test_bad_date_is_found_whatever_the_column(tmp_path: Path) -> None:
    rows = small_rows()
    rows[0][6] = "2022/01/03"
    rows[11][7] = "hôm qua"
    problems = problems_of(write_evidence(tmp_path, rows))
    assert where(problems) == {("hoso.csv", 2, "Ngày tiếp nhận"), ("hoso.csv", 13, "Ngày hẹn trả")}


def test_missing_required_column_lists_the_columns_found(tmp_path: Path) -> None:
    header = [h for h in HEADER if h != "Kênh nộp"]
    rows = [r[:5] + r[6:] for r in small_rows()]
    problems = problems_of(write_evidence(tmp_path, rows, header=header))
    assert len(problems) == 1
    assert problems[0].column == "Kênh nộp" and problems[0].row == 1
    assert problems[0].code is Reason.MISSING_COLUMN
    assert "“Mã hồ sơ”" in problems[0].reason and "“Đã xin lỗi”" in problems[0].reason


def test_row_with_wrong_number_of_cells_and_blank_rows(tmp_path: Path) -> None:
    ev = write_evidence(tmp_path)
    lines = (tmp_path / "hoso.csv").read_text(encoding="utf-8").splitlines()
    lines.insert(3, "")  # a blank line: row 4, skipped silently
    lines.insert(5, ",,,,,,,,,")  # a row of empty cells: row 6, skipped silently
    lines[7] = lines[7] + ",thừa"  # row 8: one cell too many
    lines[9] = lines[9].replace("Trực tuyến", "Fax")  # row 10: still numbered as in a spreadsheet
    (tmp_path / "hoso.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = problems_of(ev)
    assert {(p.row, p.column) for p in problems} == {(8, None), (10, "Kênh nộp")}


def test_procedure_list_problems(tmp_path: Path) -> None:
    proc = tmp_path / "danh-muc.csv"
    text = (SMALL / "thutuc-nho.csv").read_text(encoding="utf-8")
    proc.write_text(
        text.replace("1.000004", "1.000001").replace("Một phần\n", "Mức 5\n", 1), encoding="utf-8"
    )
    problems = problems_of(write_evidence(tmp_path, procedures=proc))
    assert where(problems) == {("danh-muc.csv", 3, "Mức độ DVCTT"), ("danh-muc.csv", 5, "Mã thủ tục")}


def test_fact_given_by_hand_and_by_export_is_an_error(tmp_path: Path) -> None:
    ev = write_evidence(tmp_path, extra={"facts": {"dossiers": {"resolved": 8}, "iso": {"announced": True}}})
    problems = problems_of(ev)
    assert len(problems) == 1
    assert problems[0].where == "facts.dossiers.resolved" and problems[0].line is not None
    assert problems[0].code is Reason.CONFLICTING_SOURCES


def test_as_of_outside_the_year(tmp_path: Path) -> None:
    problems = problems_of(write_evidence(tmp_path), dt.date(2023, 3, 1))
    assert [(p.where, p.code) for p in problems] == [("year", Reason.YEAR_MISMATCH)]


def test_missing_files_are_reported_together(tmp_path: Path) -> None:
    ev = write_evidence(tmp_path)
    (tmp_path / "hoso.csv").unlink()
    (tmp_path / "thutuc.csv").unlink()
    problems = problems_of(ev)
    assert sorted(Path(p.file).name for p in problems) == ["hoso.csv", "thutuc.csv"]


def test_many_identical_problems_are_listed_then_counted(tmp_path: Path) -> None:
    base = small_rows()[0]
    rows = [[f"X{i}", *base[1:5], "Fax", *base[6:]] for i in range(120)]
    problems = problems_of(write_evidence(tmp_path, rows))
    assert len(problems) == 52  # 50 rows, one line counting the rest, one for the value itself
    assert "còn 70 dòng" in problems[-1].reason and problems[-1].row == 52
    assert problems[0].row is None and "“Fax” (120 dòng)" in problems[0].reason


def test_cli_exits_2_and_writes_no_report(tmp_path: Path) -> None:
    ev = write_evidence(tmp_path, broken_rows())
    out = tmp_path / "bao-cao.json"
    result = run_cli("score", str(ev), "--out", str(out))
    assert result.returncode == 2, result.stdout + result.stderr
    assert not out.exists()
    assert "hoso.csv, dòng 7, cột “Kênh nộp”" in result.stderr
    assert "8 lỗi" in result.stderr


def test_xlsx_problems_name_sheet_rows(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Hồ sơ"
    sheet.append(HEADER)
    rows = broken_rows()[:3]
    rows[1][0] = rows[0][0]  # row 3 repeats row 2's code
    rows[2][6] = "31/02/2022"  # row 4: no such day
    for row in rows:
        sheet.append([c or None for c in row])
    book.save(tmp_path / "hoso.xlsx")
    ev = write_evidence(tmp_path)
    text = ev.read_text(encoding="utf-8").replace(
        "dossiers: hoso.csv", "dossiers: {file: hoso.xlsx, sheet: Hồ sơ}"
    )
    ev.write_text(text, encoding="utf-8")
    assert where(problems_of(ev)) == {("hoso.xlsx", 3, "Mã hồ sơ"), ("hoso.xlsx", 4, "Ngày tiếp nhận")}
    ev.write_text(text.replace("sheet: Hồ sơ", "sheet: Trang 9"), encoding="utf-8")
    assert [p.code for p in problems_of(ev)] == [Reason.UNKNOWN_SHEET]


def test_cli_as_of(tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.json"
    # the ratings table (a plan adopting 91-kl-tu) says the date its counts stop at
    small = SMALL / "minh-chung-nho-van-phong.yaml"
    ok = run_cli("score", str(small), "--as-of", "13/01/2023", "--out", str(out))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert '"as_of": "2023-01-13"' in out.read_text(encoding="utf-8")
    assert "số liệu đến ngày 13/01/2023" in ok.stdout
    bad = run_cli("score", str(SMALL / "minh-chung-nho.yaml"), "--as-of", "31/02/2022")
    assert bad.returncode == 2 and "không hợp lệ" in bad.stderr


def test_export_not_in_utf8(tmp_path: Path) -> None:
    ev = write_evidence(tmp_path)
    text = (tmp_path / "hoso.csv").read_text(encoding="utf-8")
    (tmp_path / "hoso.csv").write_bytes(text.encode("utf-16"))
    problems = problems_of(ev)
    assert [(Path(p.file).name, p.code) for p in problems] == [("hoso.csv", Reason.NOT_UTF8)]
