"""The export path at its edges: blank rows, impossible dates, bytes that are not UTF-8, huge
cells, formulas without values, empty exports, special files, Parquet, and the facts of the
optional Có/Không columns (the 766 index) given when a catalog declares them."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import unicodedata
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from engine.core.problems import InputError, Problem, Reason
from engine.spec import resources
from engine.spec.bundle import Library
from evidence.columns import DOSSIER_OPTIONAL
from evidence.dossier_export import MAPPING_WHERE
from evidence.load import load_evidence
from evidence.models import Evidence
from tests.conftest import FUZZ_EXPORTS, HEADER, SMALL, run_cli, small_book, small_rows, write_evidence


def problems_of(path: Path, library: Library | None = None) -> list[Problem]:
    with pytest.raises(InputError) as caught:
        load_evidence(path, library=library)
    return caught.value.problems


def facts_of(ev: Evidence) -> dict[str, int]:
    return {k: int(v) for k, v in ev.facts.items() if k.startswith(("dossiers.", "procedures."))}


EXPECTED = facts_of(load_evidence(SMALL / "minh-chung-nho.yaml"))


def test_blank_rows_are_skipped_and_counted_in_a_notice(tmp_path: Path) -> None:
    ev = write_evidence(tmp_path)
    export = tmp_path / "hoso.csv"
    export.write_text(export.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # one extra newline
    loaded = load_evidence(ev)
    assert facts_of(loaded) == EXPECTED
    assert any("1 dòng trống" in n for n in loaded.notices)

    lines = export.read_text(encoding="utf-8").splitlines()
    lines.insert(4, ",,,,,,,,,")  # a row of empty cells in the middle
    lines.insert(6, "")  # and an empty line (the extra newline at the end is still there)
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = load_evidence(ev)
    assert facts_of(loaded) == EXPECTED
    assert any("3 dòng trống" in n for n in loaded.notices)


def test_empty_lines_at_the_end_are_counted_without_reading_the_file_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from evidence import dossier_read

    def located(*args: object) -> None:
        raise AssertionError("the located path read the file")

    ev = write_evidence(tmp_path)
    export = tmp_path / "hoso.csv"
    export.write_text(export.read_text(encoding="utf-8") + "\n\n", encoding="utf-8")
    monkeypatch.setattr(dossier_read, "_located", located)
    loaded = load_evidence(ev)
    assert facts_of(loaded) == EXPECTED
    assert any("2 dòng trống" in n for n in loaded.notices)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (b"a,b\n1,2\n", 0),
        (b"a,b\n1,2", 0),
        (b"a,b\n1,2\n\n", 1),
        (b"a,b\r\n1,2\r\n\r\n\r\n", 2),
        (b"a,b\r1,2\r\r", None),  # old Mac line ends: the located path counts them
        (b"a,b\n1,2\n" + b"\n" * (1 << 17), None),  # nothing but empty lines in the tail
    ],
)
def test_empty_lines_at_the_end(tmp_path: Path, tail: bytes, expected: int | None) -> None:
    from evidence.dossier_scan import trailing_blank_lines

    (tmp_path / "x.csv").write_bytes(tail)
    assert trailing_blank_lines(tmp_path / "x.csv") == expected


@pytest.mark.parametrize("day", ["31/02/2022", "29/02/2023", "31/04/2022 10:00"])
def test_impossible_dates_are_refused_with_row_and_column(tmp_path: Path, day: str) -> None:
    rows = small_rows()
    rows[4][8] = day
    problems = problems_of(write_evidence(tmp_path, rows))
    assert [(p.row, p.column, p.code) for p in problems] == [(6, "Ngày có kết quả", Reason.NOT_A_DATE)]
    assert day in problems[0].reason


def test_a_latin1_row_is_a_problem_naming_the_row(tmp_path: Path) -> None:
    ev = write_evidence(tmp_path)
    export = tmp_path / "hoso.csv"
    data = export.read_bytes().replace("Phạm Thị Dung".encode(), "Ph\xe9m".encode("latin-1"))
    export.write_bytes(data)
    problems = problems_of(ev)
    assert [(p.row, p.column, p.code) for p in problems] == [(13, "Cán bộ xử lý", Reason.NOT_UTF8)]
    assert "UTF-8" in problems[0].reason


@pytest.mark.parametrize(
    ("encoding", "said"), [("utf-16", "tệp mã hoá UTF-16"), ("cp1258", "tệp không phải UTF-8 (byte 2;")]
)
def test_an_export_saved_in_another_encoding_says_how_to_save_it(
    tmp_path: Path, encoding: str, said: str
) -> None:
    """Excel's “Unicode Text” is UTF-16, its plain “CSV” the Windows code page (Vietnamese: 1258)."""
    ev = write_evidence(tmp_path)
    export = tmp_path / "hoso.csv"
    text = unicodedata.normalize("NFD", export.read_text(encoding="utf-8"))
    export.write_bytes(text.encode(encoding, errors="replace"))
    problems = problems_of(ev)
    assert [(p.row, p.code) for p in problems] == [(1, Reason.NOT_UTF8)]
    assert said in problems[0].reason and "“CSV UTF-8 (Comma delimited) (*.csv)”" in problems[0].reason


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        (
            "hoso.xls",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
            "“Excel Workbook (*.xlsx)” hoặc “CSV UTF-8”",
        ),
        ("hoso.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "tệp Excel định dạng cũ (.xls)"),
        (
            "hoso.xlsx",
            "Mã hồ sơ,Mã thủ tục\nHS01,1.000001\n".encode(),
            "tệp là văn bản (CSV?) mang đuôi .xlsx",
        ),
    ],
)
def test_an_export_in_a_spreadsheet_format_not_read_says_how_to_save_it(
    tmp_path: Path, name: str, content: bytes, said: str
) -> None:
    ev = write_evidence(tmp_path)
    (tmp_path / name).write_bytes(content)
    ev.write_text(
        ev.read_text(encoding="utf-8").replace("dossiers: hoso.csv", f"dossiers: {name}"), encoding="utf-8"
    )
    problems = problems_of(ev)
    assert [Path(p.file).name for p in problems] == [name]
    assert said in problems[0].reason


def test_online_levels_written_as_before_2022_read_as_their_new_names(tmp_path: Path) -> None:
    ev = write_evidence(tmp_path)
    listed = tmp_path / "thutuc.csv"
    text = listed.read_text(encoding="utf-8-sig")
    old = (
        text.replace("Toàn trình", "Mức độ 4").replace("Một phần", "mức độ 3").replace(",Không", ",Muc do 2")
    )
    assert old != text and "Toàn trình" not in old and "Một phần" not in old
    listed.write_text(old, encoding="utf-8")
    loaded = load_evidence(ev)
    assert facts_of(loaded) == EXPECTED
    assert "5 thủ tục trong danh mục ghi mức độ DVCTT như trước Nghị định 42/2022" in " ".join(loaded.notices)
    listed.write_text(old.replace("Mức độ 4", "Mức độ 5"), encoding="utf-8")
    assert "mức độ DVCTT “Mức độ 5” không hợp lệ" in problems_of(ev)[0].reason


@pytest.mark.parametrize(
    ("column", "written", "meant"),
    [
        (5, "Qua dịch vụ bưu chính công ích", "Bưu chính"),
        (9, "x", "Có"),
        (5, 'Nộp "online" \\ web', "Trực tuyến"),
    ],
)
def test_a_value_the_system_writes_its_own_way_is_said_once_with_the_mapping_that_reads_it(
    tmp_path: Path, column: int, written: str, meant: str
) -> None:
    rows = small_rows() + [
        [f"{r[0]}-{n}", *r[1:]] for n in (2, 3) for r in small_rows() if r[column] == meant
    ]
    (tmp_path / "as-meant").mkdir()
    expected = facts_of(load_evidence(write_evidence(tmp_path / "as-meant", rows)))
    changed = [i for i, r in enumerate(rows) if r[column] == meant]
    for i in changed:
        rows[i][column] = written
    ev = write_evidence(tmp_path, rows)
    problems = problems_of(ev)
    said = [p for p in problems if p.row is None]
    assert len(said) == 1 and len(problems) == 1 + len(changed) and len(changed) >= 3
    assert f"({len(changed)} dòng)" in said[0].reason
    snippet = said[0].reason.split("thay vì sửa từng dòng: ")[1]
    (tmp_path / "anh-xa.yaml").write_text(snippet, encoding="utf-8")  # the sentence's own YAML
    text = ev.read_text(encoding="utf-8").replace("  procedures:", "  mapping: anh-xa.yaml\n  procedures:")
    ev.write_text(text, encoding="utf-8")
    assert facts_of(load_evidence(ev)) == expected


def test_a_value_on_a_row_or_two_is_a_typo_to_fix_on_its_rows(tmp_path: Path) -> None:
    rows = small_rows()
    rows[0][5] = "Trực tuyếnn"
    problems = problems_of(write_evidence(tmp_path, rows))
    assert [(p.row, p.column) for p in problems] == [(2, "Kênh nộp")]


def test_an_excel_date_that_lost_its_format_is_refused_with_how_to_restore_it(tmp_path: Path) -> None:
    book = small_book()
    sheet = book.active
    sheet["G3"] = 44562  # 01/01/2022 as Excel stores it, shown as a number
    book.save(tmp_path / "hoso.xlsx")
    ev = write_evidence(tmp_path)
    ev.write_text(
        ev.read_text(encoding="utf-8").replace("dossiers: hoso.csv", "dossiers: hoso.xlsx"), encoding="utf-8"
    )
    problems = problems_of(ev)
    assert [(p.row, p.column) for p in problems] == [(3, "Ngày tiếp nhận")]
    assert "“44562”" in problems[0].reason and "định dạng kiểu Ngày (Date)" in problems[0].reason


def test_columns_named_otherwise_are_guessed_with_the_mapping_that_reads_them(tmp_path: Path) -> None:
    renamed = {"Mã hồ sơ": "Số hồ sơ", "Kênh nộp": "Hình thức nộp", "Ngày hẹn trả": "Ngay hen tra:"}
    ev = write_evidence(tmp_path, header=[renamed.get(h, h) for h in HEADER])
    listed = tmp_path / "thutuc.csv"
    listed.write_text(
        listed.read_text(encoding="utf-8-sig").replace("Mức độ DVCTT", "Mức độ"), encoding="utf-8"
    )
    problems = problems_of(ev)
    guessed = {p.column: p.reason for p in problems if "có phải cột" in p.reason}
    assert guessed.keys() == {*renamed, "Mức độ DVCTT"}
    assert "(có phải cột “Hình thức nộp”?)" in guessed["Kênh nộp"]
    lines = [p.reason.split(f"{MAPPING_WHERE}): ")[1] for p in problems if p.column is None]
    assert len(lines) == 2  # one for the export, one for the procedure list
    (tmp_path / "anh-xa.yaml").write_text("\n".join(lines), encoding="utf-8")  # as the lines say
    text = ev.read_text(encoding="utf-8").replace("  procedures:", "  mapping: anh-xa.yaml\n  procedures:")
    ev.write_text(text, encoding="utf-8")
    assert facts_of(load_evidence(ev)) == EXPECTED


def test_a_column_nothing_resembles_is_only_said_missing(tmp_path: Path) -> None:
    ev = write_evidence(tmp_path, header=["Cột lạ" if h == "Kênh nộp" else h for h in HEADER])
    problems = problems_of(ev)
    assert [(p.row, p.column) for p in problems] == [(1, "Kênh nộp")]
    assert "có phải" not in problems[0].reason


@pytest.mark.parametrize("located_by", ["duckdb", "csv module"])
def test_a_footer_kept_at_the_end_of_an_export_is_said_to_be_no_dossiers(
    tmp_path: Path, located_by: str
) -> None:
    rows = small_rows()
    if located_by == "csv module":
        rows.insert(3, [])  # an empty line mid-file: the csv module reads it
    footer = [[""] * 10, ["Tổng cộng: 12 hồ sơ", *[""] * 9], ["", "", "", "", "Người lập biểu", *[""] * 5]]
    problems = problems_of(write_evidence(tmp_path, rows + footer))
    said = [p for p in problems if "ở cuối tệp" in p.reason]
    last = len(rows) + 4  # header, the rows, a blank row, then the two footer rows
    assert [(p.row, p.column) for p in said] == [(last - 1, None)]
    assert f"các dòng {last - 1}–{last}" in said[0].reason


@pytest.mark.parametrize("located_by", ["duckdb", "csv module", "xlsx"])
def test_a_header_repeated_by_joining_two_exports_is_said_once_per_row(
    tmp_path: Path, located_by: str
) -> None:
    rows = small_rows()
    rows.insert(6, list(HEADER))  # row 8: the second month's export begins
    if located_by == "csv module":
        rows.insert(2, [])
    ev = write_evidence(tmp_path, rows)
    if located_by == "xlsx":
        book = small_book()
        book.active.insert_rows(8)
        for i, h in enumerate(HEADER, start=1):
            book.active.cell(row=8, column=i, value=h)
        book.save(tmp_path / "hoso.xlsx")
        ev.write_text(ev.read_text(encoding="utf-8").replace("hoso.csv", "hoso.xlsx"), encoding="utf-8")
    problems = problems_of(ev)
    row = 9 if located_by == "csv module" else 8
    assert [(p.row, p.column) for p in problems] == [(row, None)]
    assert "lặp lại dòng tiêu đề" in problems[0].reason


@pytest.mark.parametrize(("word", "hinted"), [("Đang giải quyết", True), ("31/02/2022", False)])
def test_a_word_for_no_result_yet_is_said_once_with_how_to_clear_it(
    tmp_path: Path, word: str, hinted: bool
) -> None:
    pending = [r for r in small_rows() if not r[8]]
    rows = small_rows() + [[f"{r[0]}-{n}", *r[1:]] for n in (2, 3) for r in pending]
    (tmp_path / "as-meant").mkdir()
    expected = facts_of(load_evidence(write_evidence(tmp_path / "as-meant", rows)))
    for r in rows:
        if not r[8]:
            r[8] = word
    ev = write_evidence(tmp_path, rows)
    said = [p for p in problems_of(ev) if p.row is None]
    assert len(said) == int(hinted)
    if hinted:
        assert f"“{word}” ({len(pending) * 3} dòng) không phải ngày" in said[0].reason
        for r in rows:  # as the line says: the word cleared from the column
            r[8] = "" if r[8] == word else r[8]
        assert facts_of(load_evidence(write_evidence(tmp_path, rows))) == expected


def test_one_bad_row_at_the_end_is_not_taken_for_a_footer(tmp_path: Path) -> None:
    rows = small_rows()
    rows[-1][6] = "31/02/2022"
    problems = problems_of(write_evidence(tmp_path, rows))
    assert len(problems) == 1 and "ở cuối tệp" not in problems[0].reason


def test_the_xlsx_library_s_english_warnings_do_not_reach_the_user(tmp_path: Path) -> None:
    book = small_book()
    sheet = book.active
    sheet["G3"] = 3613449  # a date cell beyond year 9999: openpyxl warns, then reads #VALUE!
    sheet["G3"].number_format = "dd/mm/yyyy"
    book.save(tmp_path / "hoso.xlsx")
    ev = write_evidence(tmp_path)
    ev.write_text(
        ev.read_text(encoding="utf-8").replace("dossiers: hoso.csv", "dossiers: hoso.xlsx"), encoding="utf-8"
    )
    result = run_cli("score", str(ev), "--out", str(tmp_path / "r.json"))
    assert result.returncode == 2
    assert "UserWarning" not in result.stderr and "site-packages" not in result.stderr
    assert "hoso.xlsx, dòng 3, cột “Ngày tiếp nhận”" in result.stderr


def test_a_huge_cell_in_an_unread_column_is_read(tmp_path: Path) -> None:
    rows = small_rows()
    rows[3][2] = "x" * (50 << 20)  # 50 MB in "Tên thủ tục", which the engine does not read
    ev = write_evidence(tmp_path, rows)
    assert facts_of(load_evidence(ev)) == EXPECTED


def test_xlsx_formula_without_a_cached_value_is_refused_with_its_cell(tmp_path: Path) -> None:
    book = small_book()
    book.active["I3"] = "=H3"  # row 3's result date as a formula Excel never computed
    book.save(tmp_path / "hoso.xlsx")
    ev = write_evidence(tmp_path)
    ev.write_text(ev.read_text(encoding="utf-8").replace("hoso.csv", "hoso.xlsx"), encoding="utf-8")
    problems = problems_of(ev)
    assert [(p.row, p.column, p.code) for p in problems] == [
        (3, "Ngày có kết quả", Reason.FORMULA_WITHOUT_VALUE)
    ]


def test_header_only_export_or_no_dossier_in_the_period_is_refused_with_a_hint(tmp_path: Path) -> None:
    problems = problems_of(write_evidence(tmp_path, []))
    assert [p.code for p in problems] == [Reason.EMPTY_FILE]
    assert "dossiers.received: 0" in problems[0].reason
    outside = [r for r in small_rows() if r[0] == "HS10"]  # received in 2021 only
    problems = problems_of(write_evidence(tmp_path, outside))
    assert [p.code for p in problems] == [Reason.EMPTY_FILE]
    assert "trong kỳ" in problems[0].reason and "dossiers.received: 0" in problems[0].reason


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    ev = write_evidence(tmp_path)
    export = tmp_path / "hoso.csv"
    export.unlink()
    export.mkdir()
    problems = problems_of(ev)
    assert [(p.code, "không phải tệp thường" in p.reason) for p in problems] == [
        (Reason.NOT_REGULAR_FILE, True)
    ]
    export.rmdir()
    os.symlink(tmp_path / "vong", tmp_path / "vong")  # a symlink loop
    ev.write_text(ev.read_text(encoding="utf-8").replace("hoso.csv", "vong"), encoding="utf-8")
    assert [p.code for p in problems_of(ev)] == [Reason.FILE_UNREADABLE]


def test_special_file_is_not_read(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("không có /dev/zero")
    ev = write_evidence(tmp_path)
    (tmp_path / "hoso.csv").unlink()
    os.symlink("/dev/zero", tmp_path / "hoso.csv")
    assert [p.code for p in problems_of(ev)] == [Reason.NOT_REGULAR_FILE]


def test_parquet_export_gives_the_same_facts_and_locates_problems(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = small_rows()
    table = pa.table({h: [r[i] or None for r in rows] for i, h in enumerate(HEADER)})
    pq.write_table(table, tmp_path / "hoso.parquet")
    ev = write_evidence(tmp_path)
    ev.write_text(ev.read_text(encoding="utf-8").replace("hoso.csv", "hoso.parquet"), encoding="utf-8")
    assert facts_of(load_evidence(ev)) == EXPECTED
    rows[5][5] = "Fax"
    table = pa.table({h: [r[i] or None for r in rows] for i, h in enumerate(HEADER)})
    pq.write_table(table, tmp_path / "hoso.parquet")
    assert [(p.row, p.column) for p in problems_of(ev)] == [(7, "Kênh nộp")]


@pytest.fixture(params=["after", "beside", "watched"], ids=["kiem-tra-sau", "kiem-tra-ben-canh", "theo-doi"])
def order_check(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each way of the code-order check, as the file's size chooses it (`dossier_scan.fast_count`):
    after the counting (a small file), beside it, or the codes watched in its pass."""
    from evidence import dossier_scan

    way = str(request.param)
    monkeypatch.setattr(dossier_scan, "BESIDE_FROM", 0 if way == "beside" else 1 << 62)
    monkeypatch.setattr(dossier_scan, "WATCHED_FROM", 0 if way == "watched" else 1 << 62)
    return way


def test_duplicate_codes_in_an_export_not_in_code_order(tmp_path: Path, order_check: str) -> None:
    rows = small_rows()
    rows[10][0] = "HS02"  # row 12 repeats row 3's code, far from it
    random.Random(3).shuffle(rows[4:9])
    problems = problems_of(write_evidence(tmp_path, rows))
    assert [(p.row, p.code) for p in problems] == [(12, Reason.DUPLICATE_ROW)]
    assert "trùng với dòng 3" in problems[0].reason


def test_a_code_repeated_on_the_next_row_of_an_export_in_code_order(tmp_path: Path, order_check: str) -> None:
    rows = small_rows()
    rows[3][0] = rows[2][0]  # row 5 repeats row 4's code; every other code still increases
    problems = problems_of(write_evidence(tmp_path, rows))
    assert [(p.row, p.code) for p in problems] == [(5, Reason.DUPLICATE_ROW)]
    assert "trùng với dòng 4" in problems[0].reason


def test_codes_out_of_order_but_unique_are_counted(tmp_path: Path, order_check: str) -> None:
    rows = small_rows()
    random.Random(5).shuffle(rows)
    assert facts_of(load_evidence(write_evidence(tmp_path, rows))) == EXPECTED


def test_the_order_check_counts_codes_not_above_the_one_before() -> None:
    import duckdb

    from evidence.dossier_query import order_sql

    con = duckdb.connect()
    cases: list[tuple[list[str | None], int]] = [
        (["A", "B", "C"], 0),
        (["A", " B ", "C"], 0),  # spaces around a code are not part of it
        (["A", "B", "B"], 1),
        (["B", "A", "C"], 1),
        (["A", None, "", "B"], 0),  # a missing code is another problem, not disorder
        ([], 0),
    ]
    for codes, expected in cases:
        con.execute("CREATE OR REPLACE TABLE export (code VARCHAR)")
        if codes:
            con.executemany("INSERT INTO export VALUES (?)", [[c] for c in codes])
        assert con.execute(order_sql()).fetchone() == (expected,), codes


def test_spaces_around_values_are_read_on_either_path(tmp_path: Path) -> None:
    rows = small_rows()
    rows[0][6] = " 03/01/2022 08:00 "
    rows[1][5] = "  trực   tiếp "
    assert facts_of(load_evidence(write_evidence(tmp_path, rows))) == EXPECTED


# -- the optional Có/Không columns --------------------------------------------------------------

OPTIONAL_FACTS = {
    "dossiers.within_time": 6,  # 5 resolved on time + 1 pending not yet due (HS06)
    "dossiers.electronic_result": 6,
    "dossiers.digitized": 10,
    "payments.dossiers_with_fees": 3,
    "payments.dossiers_paid_online": 2,
    "satisfaction.dossiers_satisfied": 3,
}
# Per dossier HS01…HS12: Kết quả điện tử, Số hóa, Có phí, Thanh toán trực tuyến, Hài lòng
# (HS10 is outside the year: never counted).
MARKS = {
    "HS01": ["Có", "Có", "Có", "Có", "có"],
    "HS02": ["Có", "Có", "Có", "Có", "CO"],
    "HS03": ["Không", "Không", "Có", "Không", ""],
    "HS04": ["Có", "Có", "Không", "", "Có"],
    "HS05": ["", "Có", "Không", "", ""],
    "HS06": ["", "Có", "", "", ""],
    "HS07": ["", "Có", "", "", "Không"],
    "HS08": ["Có", "Có", "", "", ""],
    "HS09": ["Có", "Có", "", "", ""],
    "HS10": ["Có", "Có", "Có", "Có", "Có"],
    "HS11": ["Không", "Có", "", "", ""],
    "HS12": ["Có", "Có", "", "", ""],
}


def library_declaring(tmp_path: Path, facts: list[str]) -> Library:
    """A data directory whose copy of par-so-nganh-2022 also declares `facts`."""
    data = tmp_path / "data"
    shutil.copytree(
        resources.data_root() / "criteria" / "par-so-nganh-2022", data / "criteria" / "par-so-nganh-2022"
    )
    path = data / "criteria" / "par-so-nganh-2022" / "facts.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    for name in facts:
        doc["facts"][name] = {"label": f"thử {name}", "type": "count", "unit": "hồ sơ"}
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return Library(resources.search_path([str(data)], env=""))


def marked_export(tmp_path: Path, edit: dict[tuple[str, int], str] | None = None) -> Path:
    header = [*HEADER, *DOSSIER_OPTIONAL.values()]
    rows = [[*r, *MARKS[r[0]]] for r in small_rows()]
    for (code, i), value in (edit or {}).items():
        next(r for r in rows if r[0] == code)[len(HEADER) + i] = value
    return write_evidence(tmp_path, rows, header=header)


def test_optional_columns_give_the_766_facts_when_the_catalog_declares_them(tmp_path: Path) -> None:
    library = library_declaring(tmp_path, list(OPTIONAL_FACTS))
    ev = load_evidence(marked_export(tmp_path), library=library)
    assert {k: ev.facts[k] for k in OPTIONAL_FACTS} == OPTIONAL_FACTS
    assert facts_of(ev) | {} == {**EXPECTED, **{k: v for k, v in OPTIONAL_FACTS.items() if k.startswith("d")}}
    by = {(s.kind, s.name): s.facts for s in ev.subjects}
    assert by[("department", "Phòng A")]["dossiers.electronic_result"] == 5
    assert by[("department", "Phòng B")]["dossiers.electronic_result"] == 1
    assert by[("official", "Lê Văn Cường")]["dossiers.within_time"] == 1  # HS06


def test_optional_facts_are_not_given_to_a_catalog_that_does_not_declare_them(tmp_path: Path) -> None:
    ev = load_evidence(marked_export(tmp_path))  # the shipped par-so-nganh-2022
    assert facts_of(ev) == EXPECTED
    assert not any("within_time" in k or "electronic" in k for s in ev.subjects for k in s.facts)


def test_optional_column_values_are_validated_per_row(tmp_path: Path) -> None:
    library = library_declaring(tmp_path, list(OPTIONAL_FACTS))
    ev = marked_export(tmp_path, {("HS04", 4): "Có lẽ", ("HS08", 2): "x?"})
    problems = problems_of(ev, library)
    assert {(p.row, p.column, p.code) for p in problems} == {
        (5, "Hài lòng", Reason.INVALID_VALUE),
        (9, "Có phí", Reason.INVALID_VALUE),
    }


def test_the_fast_scan_and_the_located_path_count_the_same(tmp_path: Path) -> None:
    from evidence import dossier_read
    from evidence.dossier_export import procedure_list
    from evidence.export_format import ExportFormat, dossier_spec, procedure_spec
    from evidence.export_rows import csv_rows
    from evidence.models import DossierOptions

    rows = [[*r, *MARKS[r[0]]] for r in small_rows()]
    random.Random(5).shuffle(rows)
    write_evidence(tmp_path, rows, header=[*HEADER, *DOSSIER_OPTIONAL.values()])
    fmt, options = ExportFormat(), DossierOptions()
    procs = procedure_list(tmp_path / "thutuc.csv", "thutuc.csv", procedure_spec(fmt), fmt)
    period = (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    export = tmp_path / "hoso.csv"
    fast = dossier_read.read_export(export, "hoso.csv", dossier_spec(fmt), fmt, procs, period, options)
    located = dossier_read._located(
        csv_rows(export, "hoso.csv"), "hoso.csv", dossier_spec(fmt), fmt, procs, period, options
    )
    assert fast.tally is not None and located.tally is not None
    key = lambda r: (r["level"], r["name"] or "")  # noqa: E731
    assert sorted(fast.tally.rows, key=key) == sorted(located.tally.rows, key=key)
    assert fast.tally.overdue == located.tally.overdue == ["HS07", "HS11"]
    assert (fast.rows, fast.blank) == (located.rows, located.blank) == (12, 0)


# -- whatever the export holds: a report, or located problems -----------------------------------

CELLS = st.one_of(
    st.sampled_from(
        ["", " ", "Có", "Không", "Trực tuyến", "Fax", "31/02/2022", "29/02/2024 10:00", "2022-13-01"]
    ),
    st.sampled_from(["HS01", "1.000001", "9.9", "Phòng A", "=1+1", '"', ",", ";", "\n", "\r\n", "\x00"]),
    st.text(max_size=12),
)


@FUZZ_EXPORTS
@given(
    edits=st.lists(st.tuples(st.integers(0, 11), st.integers(0, 9), CELLS), max_size=6),
    extra=st.lists(st.lists(CELLS, max_size=12), max_size=3),
    tail=st.sampled_from(["", "\n", "\n\n", ",,,\n", "\xff\xfe"]),
)
def test_any_export_gives_facts_or_located_problems(
    tmp_path: Path, edits: list[tuple[int, int, str]], extra: list[list[str]], tail: str
) -> None:
    rows = small_rows()
    for r, c, value in edits:
        rows[r][c] = value
    ev = write_evidence(tmp_path, [*rows, *extra])
    export = tmp_path / "hoso.csv"
    export.write_bytes(export.read_bytes() + tail.encode("latin-1"))
    try:
        loaded = load_evidence(ev)
    except InputError as exc:
        assert exc.problems
        for p in exc.problems:
            assert p.reason and Path(p.file).name in ("hoso.csv", "thutuc.csv", "minh-chung.yaml")
            assert "Error" not in p.reason and "Arrow" not in p.reason and "DuckDB" not in p.reason
    else:
        assert loaded.facts["dossiers.received"] >= 0


def test_the_shipped_766_catalog_reads_its_facts_from_an_export(tmp_path: Path) -> None:
    """criteria/chi-so-766 declares the facts: TDGQ 1, MDSH 1–2, TTTT 1, MDHL 1 from the export."""

    def shift(cell: str) -> str:
        return cell.replace("2023", "2026").replace("2022", "2025").replace("2021", "2024")

    rows = [[shift(c) for c in [*r, *MARKS[r[0]]]] for r in small_rows()]
    ev = write_evidence(tmp_path, rows, header=[*HEADER, *DOSSIER_OPTIONAL.values()])
    doc = yaml.safe_load(ev.read_text(encoding="utf-8"))
    doc.update({"year": 2025, "catalog": "chi-so-766"})
    doc.pop("plan")
    ev.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    facts = load_evidence(ev).facts
    assert {k: facts[k] for k in OPTIONAL_FACTS} == OPTIONAL_FACTS
    assert facts["dossiers.received"] == 11


def test_766_candidate_online_rate_is_reported_beside_the_given_rate(tmp_path: Path) -> None:
    """B12: the portal does not publish how the CLGQ 1 rate is derived; from an export the catalog's
    informational CLGQ 1a (0 points, provisional) shows online dossiers of procedures offered online
    over dossiers of those procedures, beside CLGQ 1 scored on the rate the portal gives."""
    from engine.scoring import score_file

    def shift(cell: str) -> str:
        return cell.replace("2023", "2026").replace("2022", "2025").replace("2021", "2024")

    rows = [[shift(c) for c in [*r, *MARKS[r[0]]]] for r in small_rows()]
    ev = write_evidence(tmp_path, rows, header=[*HEADER, *DOSSIER_OPTIONAL.values()])
    doc = yaml.safe_load(ev.read_text(encoding="utf-8"))
    doc.update({"year": 2025, "catalog": "chi-so-766", "facts": {"online_service": {"rate": 87.53}}})
    doc.pop("plan")
    ev.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    facts = load_evidence(ev).facts
    online, offered = facts["dossiers.online"], facts["dossiers.received_for_online_procedures"]
    assert isinstance(online, int) and isinstance(offered, int) and offered > 0
    report = score_file(ev)
    given, candidate = (next(c for c in report.criteria if c.code == code) for code in ("CLGQ 1", "CLGQ 1a"))
    assert (given.indicator.value, given.score) == (87.53, 10.5)
    assert candidate.status == "scored" and candidate.max == 0 and candidate.score == 0
    assert candidate.indicator.value == round(100 * online / offered, 2)
    assert "TẠM TÍNH" in Library.from_env().catalog("chi-so-766")[0].criterion("CLGQ 1a").note


def test_duckdb_draws_no_progress_bar_over_the_screen(tmp_path: Path) -> None:
    """On a large export DuckDB's bar (on by default) would be drawn over cchc's tables."""
    from evidence.dossier_scan import connect

    for con in (connect(), connect(tmp_path)):
        assert con.execute("SELECT current_setting('enable_progress_bar')").fetchone() == (False,)
        con.close()
