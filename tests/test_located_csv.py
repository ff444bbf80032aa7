"""The located path of a CSV export loaded by DuckDB's reader (dossier_scan.load_csv) finds the
same problems, on the same rows and columns, with the same counts, as the csv module does."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import duckdb
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from engine.core.problems import InputError
from evidence import dossier_read
from evidence import dossier_scan as scan
from evidence.columns import find_columns, find_optional
from evidence.csv_reader import Layout, find_header, layout_of
from evidence.dossier_export import procedure_list
from evidence.export_format import ExportFormat, dossier_spec, procedure_spec
from evidence.export_rows import Rows, csv_rows
from evidence.load import load_evidence
from evidence.models import DossierOptions
from tests.conftest import FUZZ_EXPORTS, small_rows, write_evidence

PERIOD = (dt.date(2022, 1, 1), dt.date(2022, 12, 31))


def both_ways(folder: Path) -> tuple[dossier_read.Counted, dossier_read.Counted]:
    """(DuckDB's reader, the csv module) over folder/hoso.csv, both through the located path."""
    fmt, options = ExportFormat(), DossierOptions()
    procs = procedure_list(folder / "thutuc.csv", "thutuc.csv", procedure_spec(fmt), fmt)
    export = folder / "hoso.csv"
    spec = dossier_spec(fmt)
    found = find_header(export, spec)
    trailing = scan.trailing_blank_lines(export)
    assert trailing is not None and scan.numbered_as_read(export)
    rows = Rows(file="hoso.csv", header=found.cells, text=True, blank=trailing, header_row=found.above + 1)
    index, _, _ = find_columns(found.cells, spec)
    optional, _ = find_optional(found.cells, spec)
    layout = layout_of(found.cells, {**index, **optional}, found.delimiter, found.above)
    by_duckdb = dossier_read._located(rows, "hoso.csv", spec, fmt, procs, PERIOD, options, export, layout)
    by_csv = dossier_read._located(
        csv_rows(export, "hoso.csv", spec), "hoso.csv", spec, fmt, procs, PERIOD, options
    )
    return by_duckdb, by_csv


def assert_same(a: dossier_read.Counted, b: dossier_read.Counted) -> None:
    assert InputError(a.problems).problems == InputError(b.problems).problems  # as shown: sorted
    assert (a.rows, a.blank) == (b.rows, b.blank)
    if a.tally is None or b.tally is None:
        assert a.tally is b.tally is None
        return
    key = lambda r: (r["level"], r["name"] or "")  # noqa: E731
    assert sorted(a.tally.rows, key=key) == sorted(b.tally.rows, key=key)
    assert (a.tally.overdue, a.tally.homes) == (b.tally.overdue, b.tally.homes)


def test_a_bad_date_and_blank_rows_are_located_alike(tmp_path: Path) -> None:
    rows = small_rows()
    rows[2][6] = "31/02/2022 08:00"
    rows[4][7] = "\u3000 02/03/2022\xa0"  # spaces str.strip() removes, on either side
    rows[5][4] = "\t"
    rows.insert(3, ["", " ", "", "", "", "\xa0", "", "", "", ""])  # a row of empty cells
    write_evidence(tmp_path, rows)
    export = tmp_path / "hoso.csv"
    export.write_bytes(export.read_bytes() + b"\n\n")  # and two empty lines at the end
    by_duckdb, by_csv = both_ways(tmp_path)
    assert sorted((p.row, p.column) for p in by_duckdb.problems) == [
        (4, "Ngày tiếp nhận"),
        (8, "Cán bộ xử lý"),
    ]
    assert_same(by_duckdb, by_csv)


def test_empty_cells_after_the_last_column_are_read_alike(tmp_path: Path) -> None:
    """A trailing delimiter (or `,""`) adds an empty cell DuckDB's reader takes: the csv module's
    path takes it too, so that the same row is not refused only when another row is wrong."""
    rows = small_rows()
    rows[1][6] = "31/02/2022"
    evidence = write_evidence(tmp_path, rows)
    export = tmp_path / "hoso.csv"
    lines = export.read_text(encoding="utf-8").splitlines()
    lines[3] += ","
    lines[5] += ',""'
    lines[7] += ",x"  # a value past the last column is still refused, on either path
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_evidence(evidence)
    problems = caught.value.problems
    assert sorted((p.row, p.reason[:12]) for p in problems) == [(3, "không đọc đư"), (8, "dòng có 11 ô")]
    del lines[7]  # without it DuckDB reads the whole file: the located path loads it with DuckDB
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    by_duckdb, by_csv = both_ways(tmp_path)
    assert [p.row for p in by_duckdb.problems] == [3]
    assert_same(by_duckdb, by_csv)


def test_rows_keep_their_numbers_over_many_reader_buffers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DuckDB reads the buffers in parallel: the table keeps the file's order all the same."""
    base = small_rows()
    rows = [[f"HS{i:06d}", *base[i % len(base)][1:]] for i in range(20_000)]
    for i in (17, 9_999, 19_998):
        rows[i][8] = "99/99/2022"
    write_evidence(tmp_path, rows)
    monkeypatch.setattr(scan, "load_csv", functools.partial(scan.load_csv, buffer=1 << 16))
    by_duckdb, by_csv = both_ways(tmp_path)
    assert [p.row for p in by_duckdb.problems] == [19, 10_001, 20_000]
    assert_same(by_duckdb, by_csv)


def test_the_located_path_of_a_csv_loads_it_with_duckdb(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = small_rows()
    rows[1][6] = "31/02/2022"
    write_evidence(tmp_path, rows)
    monkeypatch.setattr(scan, "load_rows", lambda *a: pytest.fail("streamed with the csv module"))
    fmt = ExportFormat()
    procs = procedure_list(tmp_path / "thutuc.csv", "thutuc.csv", procedure_spec(fmt), fmt)
    counted = dossier_read.read_export(
        tmp_path / "hoso.csv", "hoso.csv", dossier_spec(fmt), fmt, procs, PERIOD, DossierOptions()
    )
    assert [(p.row, p.column) for p in counted.problems] == [(3, "Ngày tiếp nhận")]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"a,b\n1,2\n3,4\n", True),
        (b"a,b\r\n1,2\r\n3,4\r\n\r\n\r\n", True),  # empty lines at the end are counted apart
        (b"a,b\n1,2\n\n3,4\n", False),  # DuckDB would skip the empty line, shifting the numbers
        (b"a,b\r\n1,2\r\n\r\n3,4\r\n", False),
        (b"a,b\r1,2\r\r3,4\r", False),
        (b'a,b\n"1\n\n",2\n', False),  # inside a quoted cell: looks the same, the csv module reads it
        (b"a,b\n1,\x002\n", False),  # the csv module refuses a NUL byte
        (b"a,b\n1,2", True),
    ],
)
def test_numbered_as_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes, expected: bool
) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    assert scan.numbered_as_read(path) is expected
    for chunk in range(1, len(content) + 1):  # wherever the reads cut two line ends apart
        monkeypatch.setattr(scan, "CHUNK", chunk)
        assert scan.numbered_as_read(path) is expected, chunk


def test_numbered_as_read_across_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan, "CHUNK", 8)
    path = tmp_path / "x.csv"
    path.write_bytes(b"a,b\n1234,567\n\n8,9\n")  # the two line ends fall in two chunks
    assert not scan.numbered_as_read(path)
    path.write_bytes(b"a,b\n1234,567\n8,9\n")
    assert scan.numbered_as_read(path)


def test_whitespace_is_what_str_strip_removes() -> None:
    python = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
    assert python == scan.WHITESPACE
    con = duckdb.connect()
    cells = ["", " ", "\u3000a b\xa0", "\ta", "a\u2028", "\u200ba", "x"]
    con.execute("CREATE TABLE t AS SELECT unnest(?) AS c", [cells])
    got = [r[0] for r in con.execute(f"SELECT {scan._strip('c')} FROM t").fetchall()]
    assert got == [c.strip() for c in cells]


CELLS = st.one_of(
    st.sampled_from(["", " ", "\xa0", "Có", "Trực tuyến", "31/02/2022", "29/02/2024 10:00", "2022-13-01"]),
    st.sampled_from(["HS01", "1.000001", "Phòng A", '"', ",", "\r\n", " HS02 ", "\u3000"]),
    st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=8),
)


# rows above the header, as a dossier system writes its report's title: how many rows they are
TITLES = {"": 0, "BÁO CÁO HỒ SƠ\n": 1, "DANH SÁCH,,\n,,\n": 2, '"Kỳ trích xuất\n2022",x\n': 1}


@FUZZ_EXPORTS
@given(
    edits=st.lists(st.tuples(st.integers(0, 11), st.integers(0, 9), CELLS), max_size=6),
    blank=st.lists(st.integers(0, 11), max_size=2),
    tail=st.sampled_from(["", "\n", "\n\n"]),
    title=st.sampled_from(["", "BÁO CÁO HỒ SƠ\n", "DANH SÁCH,,\n,,\n", '"Kỳ trích xuất\n2022",x\n']),
)
def test_any_export_duckdb_reads_is_located_as_the_csv_module_does(
    tmp_path: Path, edits: list[tuple[int, int, str]], blank: list[int], tail: str, title: str
) -> None:
    rows = small_rows()
    for r, c, value in edits:
        rows[r][c] = value
    for r in blank:
        rows.insert(r, [" "] * 10)
    write_evidence(tmp_path, rows)
    export = tmp_path / "hoso.csv"
    export.write_bytes(title.encode() + export.read_bytes() + tail.encode())
    found = find_header(export, dossier_spec(ExportFormat()))
    assert found.above == TITLES[title]
    assume(scan.trailing_blank_lines(export) is not None and scan.numbered_as_read(export))
    try:  # the files DuckDB's reader reads whole: the others go to the csv module anyway
        con = scan.connect()
        scan.csv_view(con, export, Layout({}, {}, len(found.cells), above=found.above))
        con.execute("SELECT count(*) FROM export").fetchall()
        con.close()
    except duckdb.Error:
        assume(False)
    by_duckdb, by_csv = both_ways(tmp_path)
    assert_same(by_duckdb, by_csv)
