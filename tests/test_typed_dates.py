"""The fast scan lets DuckDB's CSV reader parse the date columns: the same counts as over text,
and the text query counts the file whenever the reader refuses a cell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evidence import dossier_scan as scan
from evidence.columns import DATE_FORMATS, DEFAULT_DOSSIER_SPEC, find_columns, find_optional
from evidence.csv_reader import Layout, definitions, first_values, layout_of, read_header, sniff_formats
from evidence.dossier_query import Definitions
from tests.conftest import HEADER, small_rows, write_csv

RECEIVED, DUE, RESULT = 6, 7, 8  # columns of the default export format


def ordinary_rows() -> list[list[str]]:
    """The hand-counted dossiers with every date in the format of the first rows (HS09 is
    written in ISO 8601 there)."""
    rows = small_rows()
    for row in rows:
        if row[0] == "HS09":
            row[RECEIVED : RESULT + 1] = ["01/04/2022 00:00", "08/04/2022", "08/04/2022 15:00"]
    return rows


def _setup(path: Path) -> tuple[Layout, Definitions]:
    header, delimiter = read_header(path)
    index, _, _ = find_columns(header, DEFAULT_DOSSIER_SPEC)
    optional, _ = find_optional(header, DEFAULT_DOSSIER_SPEC)
    layout = layout_of(header, {**index, **optional}, delimiter)
    formats = sniff_formats(first_values(path, layout), list(DATE_FORMATS), 0)
    return layout, definitions(2022, None, {}, formats, tuple(optional))


def _groups(con: duckdb.DuckDBPyConnection) -> list[tuple[Any, ...]]:
    return sorted(con.execute("SELECT * FROM groups").fetchall(), key=repr)


def _seen(counts: scan.Counts) -> tuple[dict[str, list[str]], dict[str, int]]:
    """What the counts say, whatever order DuckDB listed the distinct values in."""
    return {k: sorted(v) for k, v in counts.distinct.items()}, counts.totals


def _over_text(path: Path, layout: Layout, d: Definitions) -> tuple[Any, list[tuple[Any, ...]]]:
    con = scan.connect()
    scan.csv_view(con, path, layout)
    counts = scan.count(con, d, detailed=False)
    counts.totals["unordered_codes"] = min(1, scan.unordered_codes(con))  # as the fast scan says it
    groups = _groups(con)
    con.close()
    return _seen(counts), groups


def _fast(
    path: Path, layout: Layout, d: Definitions, monkeypatch: pytest.MonkeyPatch
) -> tuple[Any, list[tuple[Any, ...]], list[tuple[str, ...]]]:
    """The fast scan's counts and groups, and the `parsed` roles of each counting it ran."""
    runs: list[tuple[str, ...]] = []
    count = scan.count

    def spy(*args: Any, **kwargs: Any) -> scan.Counts:
        runs.append(kwargs.get("parsed", ()))
        return count(*args, **kwargs)

    with monkeypatch.context() as m:
        m.setattr(scan, "count", spy)
        con, counts = scan.fast_count(path, layout, d)
    groups = [] if counts.problem_only else _groups(con)
    con.close()
    return (_seen(counts), counts.problem_only), groups, runs


def _agrees(fast: tuple[Any, bool], groups: list[tuple[Any, ...]], text: tuple[Any, Any]) -> None:
    """The fast scan counted as the text query does, or stopped at a date that query cannot
    read either (`problem_only`): the text query then counts a problem, which the located path
    names."""
    (seen, problem_only), (text_seen, text_groups) = fast, text
    if problem_only:
        assert text_seen[1]["problems"] > 0 and seen[1]["problems"] == 1
    else:
        assert (seen, groups) == (text_seen, text_groups)


def test_the_reader_takes_each_date_column_in_the_format_its_first_values_use(tmp_path: Path) -> None:
    layout, d = _setup(write_csv(tmp_path / "hoso.csv", HEADER, small_rows()))
    dates = scan.typed_dates(d, layout)
    assert dates.types == {"received": "TIMESTAMP", "due": "DATE", "result": "TIMESTAMP"}
    assert dates.options == {"timestampformat": "%d/%m/%Y %H:%M", "dateformat": "%d/%m/%Y"}


def test_roles_of_one_type_in_another_format_stay_text(tmp_path: Path) -> None:
    rows = ordinary_rows()
    for row in rows:
        if row[RESULT]:
            row[RESULT] += ":00"
    layout, d = _setup(write_csv(tmp_path / "hoso.csv", HEADER, rows))
    assert d.date_formats["result"][0] == "%d/%m/%Y %H:%M:%S"
    assert scan.typed_dates(d, layout).types == {"received": "TIMESTAMP", "due": "DATE"}


def test_an_ordinary_export_is_counted_once_with_parsed_dates_and_the_same_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_csv(tmp_path / "hoso.csv", HEADER, ordinary_rows())
    layout, d = _setup(path)
    counts, groups, runs = _fast(path, layout, d, monkeypatch)
    assert runs == [("received", "due", "result")]
    assert not counts[1] and (counts[0], groups) == _over_text(path, layout, d)
    assert counts[0][1]["rows"] == 12 and counts[0][1]["problems"] == 0
    assert runs == [("received", "due", "result")]


@pytest.mark.parametrize(
    ("column", "cell"),
    [
        (RECEIVED, "2022-01-05 08:00"),  # ISO 8601: the text query's last try
        (RECEIVED, "2022-01-05T08:00:00"),
        (RECEIVED, "05/01/2022"),  # another of the formats
        (DUE, "31/02/2022"),  # impossible
        (RESULT, "   "),  # spaces only: unreadable, not missing
        (RESULT, "06/01/2022 10:00:15"),
        (DUE, "\u00a012/01/2022"),  # a no-break space the reader does not skip
    ],
)
def test_a_cell_the_reader_refuses_is_counted_over_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, column: int, cell: str
) -> None:
    rows = ordinary_rows()
    rows[-1][column] = cell
    path = write_csv(tmp_path / "hoso.csv", HEADER, rows)
    layout, d = _setup(path)
    counts, groups, runs = _fast(path, layout, d, monkeypatch)
    text = _over_text(path, layout, d)
    _agrees(counts, groups, text)
    # counted again over text, unless no format reads the cell (the located path counts it)
    assert runs == [("received", "due", "result")] + ([] if counts[1] else [()])
    if cell in ("31/02/2022", "   ", "\u00a012/01/2022"):  # no format reads these
        assert counts[1]


CELLS = {
    RECEIVED: [
        "",
        "03/01/2022 08:00",
        "3/1/2022 8:00",
        " 04/01/2022 09:15 ",
        "05/01/2022",
        "2022-01-06",
        "x",
    ],
    DUE: ["", "10/01/2022", "1/2/2022", "29/02/2022", "11/01/2022 00:00", "  ", "2022-02-01"],
    RESULT: ["", "05/01/2022 10:00", "14/01/2022 8:0", "12/01/2022 24:00", "31/12/2021 23:59"],
}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(*(st.sampled_from(v) for v in CELLS.values())), min_size=1, max_size=12))
def test_any_date_cells_give_the_counts_of_the_text_query(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cells: list[tuple[str, str, str]]
) -> None:
    base = ordinary_rows()
    rows = []
    for i, values in enumerate(cells):
        row = list(base[i % len(base)])
        row[0] = f"HS{i:03d}"
        for column, value in zip(CELLS, values, strict=True):
            row[column] = value
        rows.append(row)
    path = write_csv(tmp_path / "hoso.csv", HEADER, rows)
    layout, d = _setup(path)
    counts, groups, _ = _fast(path, layout, d, monkeypatch)
    _agrees(counts, groups, _over_text(path, layout, d))


def test_quoted_cells_are_read_as_over_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An export that quotes every cell, empty ones too ("")."""
    lines = [",".join(f'"{c}"' for c in row) for row in [HEADER, *ordinary_rows()]]
    path = tmp_path / "hoso.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    layout, d = _setup(path)
    counts, groups, runs = _fast(path, layout, d, monkeypatch)
    assert not counts[1] and (counts[0], groups) == _over_text(path, layout, d)
    assert counts[0][1]["rows"] == 12 and counts[0][1]["problems"] == 0
    assert runs == [("received", "due", "result")]


def test_a_date_no_format_reads_goes_to_the_located_path_without_a_second_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The text query could only say that the file has a problem: the located path names it."""
    from engine.core.problems import InputError
    from evidence.load import load_evidence
    from tests.conftest import write_evidence

    rows = ordinary_rows()
    rows[4][DUE] = "31/02/2022"
    evidence = write_evidence(tmp_path, rows)
    runs: list[tuple[tuple[str, ...], bool]] = []
    count = scan.count

    def spy(*args: Any, **kwargs: Any) -> scan.Counts:
        runs.append((kwargs.get("parsed", ()), kwargs.get("detailed", True)))
        return count(*args, **kwargs)

    monkeypatch.setattr(scan, "count", spy)
    with pytest.raises(InputError) as caught:
        load_evidence(evidence)
    assert [(p.row, p.column) for p in caught.value.problems] == [(6, "Ngày hẹn trả")]
    assert runs == [(("received", "due", "result"), False), ((), True)]  # typed, then the located count
