"""A table whose header is not row 1 (a dossier system's export: the report's title, the period
and a blank row above the header) reads as it is, on every path, with its rows numbered as the
spreadsheet numbers them; a notice says which row was taken for the header."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from engine.core.problems import InputError, Problem, Reason
from evidence import csv_reader
from evidence.columns import DEFAULT_DOSSIER_SPEC, TITLE_ROWS, header_index
from evidence.load import load_evidence
from evidence.models import Evidence
from tests.conftest import HEADER, SMALL, small_book, small_rows, write_evidence

TITLE = "BÁO CÁO DANH SÁCH HỒ SƠ,,,,,,,,,\nTừ ngày 01/01/2022 đến ngày 31/12/2022,,,,,,,,,\n,,,,,,,,,\n"


def facts_of(ev: Evidence) -> dict[str, int]:
    return {k: int(v) for k, v in ev.facts.items() if k.startswith(("dossiers.", "procedures."))}


EXPECTED = facts_of(load_evidence(SMALL / "minh-chung-nho.yaml"))


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(InputError) as caught:
        load_evidence(path)
    return caught.value.problems


def titled(folder: Path, rows: list[list[str]] | None = None, title: str = TITLE, sep: str = ",") -> Path:
    ev = write_evidence(folder, rows, sep=sep)
    export = folder / "hoso.csv"
    export.write_bytes(title.encode() + export.read_bytes())
    return ev


def test_the_header_is_the_first_row_with_every_required_column() -> None:
    spec = DEFAULT_DOSSIER_SPEC
    assert header_index([HEADER, ["x"]], spec) == 0
    assert header_index([["BÁO CÁO"], [], ["", ""], HEADER], spec) == 3
    assert header_index([["BÁO CÁO"], [*HEADER[:-2], "", ""], HEADER], spec) == 2  # a partial row is not it
    assert header_index([["BÁO CÁO"], HEADER[:-1]], spec) == 1  # none has them all: the nearest
    assert header_index([HEADER[:-1], HEADER[:-2]], spec) == 0
    assert header_index([["BÁO CÁO"]] * TITLE_ROWS + [HEADER], spec) == 0  # searched so far only


def test_an_export_with_its_report_title_above_the_header_gives_the_same_facts(tmp_path: Path) -> None:
    loaded = load_evidence(titled(tmp_path))
    assert facts_of(loaded) == EXPECTED
    assert "Dòng tiêu đề của tệp hồ sơ là dòng 4: 3 dòng phía trên" in " ".join(loaded.notices)
    assert not any("dòng trống" in n for n in loaded.notices)  # the title's blank row is not data


def test_without_a_title_there_is_no_notice(tmp_path: Path) -> None:
    assert not any("tiêu đề" in n for n in load_evidence(write_evidence(tmp_path)).notices)


@pytest.mark.parametrize("located_by", ["duckdb", "csv module"])
def test_a_bad_cell_below_a_title_names_its_row_in_the_file(tmp_path: Path, located_by: str) -> None:
    rows = small_rows()
    rows[4][8] = "31/02/2022"  # data row 5: file row 6 without the title, 9 with its 3 rows
    if located_by == "csv module":
        rows.insert(8, [])  # an empty line mid-file: DuckDB's reader would not number it
    problems = problems_of(titled(tmp_path, rows))
    assert [(p.row, p.column, p.code) for p in problems] == [(9, "Ngày có kết quả", Reason.NOT_A_DATE)]


def test_a_title_without_delimiters_above_a_semicolon_header(tmp_path: Path) -> None:
    ev = titled(tmp_path, title="DANH SÁCH HỒ SƠ\n\n", sep=";")
    found = csv_reader.find_header(tmp_path / "hoso.csv", DEFAULT_DOSSIER_SPEC)
    assert (found.delimiter, found.above, found.cells) == (";", 2, HEADER)
    assert facts_of(load_evidence(ev)) == EXPECTED


def test_an_empty_first_line_above_the_header(tmp_path: Path) -> None:
    assert facts_of(load_evidence(titled(tmp_path, title="\n"))) == EXPECTED


def test_a_title_cell_over_two_lines_is_one_row(tmp_path: Path) -> None:
    rows = small_rows()
    rows[0][6] = "hôm qua"
    problems = problems_of(titled(tmp_path, rows, title='"BÁO CÁO\nHỒ SƠ",,,,,,,,,\n'))
    assert [(p.row, p.column) for p in problems] == [(3, "Ngày tiếp nhận")]  # rows: title, header, data


def test_a_header_below_a_title_with_a_column_twice_names_the_header_row(tmp_path: Path) -> None:
    ev = write_evidence(tmp_path, header=[*HEADER, "Phòng ban"], rows=[[*r, r[3]] for r in small_rows()])
    export = tmp_path / "hoso.csv"
    export.write_bytes(TITLE.encode() + export.read_bytes())
    problems = problems_of(ev)
    assert [(p.row, p.column, p.code) for p in problems] == [(4, "Phòng ban", Reason.DUPLICATE_COLUMN)]


def test_a_header_below_a_title_missing_a_column_names_it_on_the_header_row(tmp_path: Path) -> None:
    ev = write_evidence(tmp_path, header=HEADER[:-1], rows=[r[:-1] for r in small_rows()])
    export = tmp_path / "hoso.csv"
    export.write_bytes(TITLE.encode() + export.read_bytes())
    problems = problems_of(ev)
    assert [(p.row, p.column, p.code) for p in problems] == [(4, HEADER[-1], Reason.MISSING_COLUMN)]


def test_no_header_at_all_names_the_missing_columns_on_row_1(tmp_path: Path) -> None:
    (tmp_path / "hoso.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    ev = write_evidence(tmp_path)
    (tmp_path / "hoso.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    problems = problems_of(ev)
    assert {(p.row, p.code) for p in problems} == {(1, Reason.MISSING_COLUMN)}
    assert len(problems) == len(DEFAULT_DOSSIER_SPEC.columns)


def test_an_xlsx_export_and_procedure_list_with_title_rows(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = small_book()
    sheet = book.active
    sheet.insert_rows(1, 2)
    sheet["A1"] = "BÁO CÁO DANH SÁCH HỒ SƠ"
    book.save(tmp_path / "hoso.xlsx")
    procedures = Workbook()
    listed = procedures.active
    assert listed is not None
    listed.append(["DANH MỤC THỦ TỤC HÀNH CHÍNH"])
    with (SMALL / "thutuc-nho.csv").open(encoding="utf-8-sig", newline="") as f:
        for row in csv.reader(f):
            listed.append(row)
    procedures.save(tmp_path / "thutuc.xlsx")
    ev = write_evidence(tmp_path, procedures=tmp_path / "thutuc.xlsx")
    text = ev.read_text(encoding="utf-8").replace("dossiers: hoso.csv", "dossiers: hoso.xlsx")
    ev.write_text(text, encoding="utf-8")
    loaded = load_evidence(ev)
    assert facts_of(loaded) == EXPECTED
    assert "Dòng tiêu đề của tệp hồ sơ là dòng 3: 2 dòng phía trên" in " ".join(loaded.notices)

    sheet["H6"] = "không phải ngày"  # data row 3: sheet row 4 without the title, 6 with it
    book.save(tmp_path / "hoso.xlsx")
    assert [(p.row, p.column) for p in problems_of(ev)] == [(6, "Ngày hẹn trả")]


def test_the_count_started_first_is_taken_for_a_titled_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ev = titled(tmp_path)
    csv_reader.prefetch(ev)
    assert csv_reader._started and csv_reader._started[0].layout.above == 3
    taken: list[object] = []
    original = csv_reader.take

    def spy(*args: object) -> object:
        found = original(*args)  # type: ignore[arg-type]
        taken.append(found)
        return found

    monkeypatch.setattr("evidence.dossier_read.take", spy)
    assert facts_of(load_evidence(ev)) == EXPECTED
    assert taken and taken[0] is not None
    csv_reader.stop()
