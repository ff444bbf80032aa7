"""What a refused export's problems say about the file as a whole, said once: a row repeating
the header (exports joined into one file), a report's footer kept at the end, a word written
for "no result yet" in the result date column. Said, never skipped or read otherwise: the user
fixes the file, knowing why.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from engine.core.problems import Problem, Reason
from evidence.csv_reader import Layout
from evidence.dossier_query import PROBLEM_CONDITIONS, Definitions, located_sql
from evidence.export_rows import Rows

if TYPE_CHECKING:
    import duckdb


def repeated_headers(
    con: duckdb.DuckDBPyConnection, problems: list[Problem], rows: Rows, layout: Layout
) -> list[Problem]:
    """A row that repeats the header (exports of several months joined into one file) is said as
    such, once, instead of as a wrong date and a wrong channel and an unknown procedure."""
    from evidence.dossier_scan import sql_text

    cells = {r: h.strip() for r, h in layout.headers.items() if r in ("code", "received", "due")}
    condition = " AND ".join(f"{role} = {sql_text(text)}" for role, text in cells.items())
    found = con.execute(f"SELECT _row FROM export WHERE {condition} ORDER BY _row").fetchall()
    again = {int(r[0]) for r in found}
    if not again:
        return problems
    kept = [p for p in problems if not (p.file == rows.file and p.row in again)]
    return kept + [
        Problem(
            code=Reason.INVALID_VALUE,
            file=rows.file,
            sheet=rows.sheet,
            row=row,
            reason="dòng này lặp lại dòng tiêu đề (tệp ghép từ nhiều tệp trích xuất?): xoá dòng này",
        )
        for row in sorted(again)
    ]


FOOTER_ROWS = 10  # last rows looked at for a report's footer (totals, signatures)
FOOTER_PROBLEMS = 3  # problems on a row from which it is no dossier at all


def footer(con: duckdb.DuckDBPyConnection, problems: list[Problem], rows: Rows) -> list[Problem]:
    """The last rows, when each has many problems, are said once to be no dossiers: a report's
    footer ("Tổng cộng", "Người lập biểu") that the export kept. Said, never skipped: a bad
    dossier row at the end looks the same."""
    on_row: dict[int, int] = {}
    for p in problems:
        if p.row is not None and p.file == rows.file:
            on_row[p.row] = on_row.get(p.row, 0) + 1
    last = [
        int(r[0])
        for r in con.execute(f"SELECT _row FROM export ORDER BY _row DESC LIMIT {FOOTER_ROWS}").fetchall()
    ]
    kept = list(itertools.takewhile(lambda r: on_row.get(r, 0) >= FOOTER_PROBLEMS, last))
    if not kept:
        return []
    first, end = kept[-1], kept[0]
    which = f"dòng {first}" if first == end else f"các dòng {first}–{end}"
    return [
        Problem(
            code=Reason.MISSING_VALUE,
            file=rows.file,
            sheet=rows.sheet,
            row=first,
            reason=f"{which} ở cuối tệp thiếu nhiều ô bắt buộc, không giống hồ sơ (dòng tổng cộng, chữ ký?): "
            "nếu vậy, xoá chúng khỏi tệp trích xuất rồi chấm lại",
        )
    ]


PENDING_ROWS = 3  # rows with one word in the result date column from which it is the system's way


def pending_words(
    con: duckdb.DuckDBPyConnection, d: Definitions, rows: Rows, layout: Layout
) -> list[Problem]:
    """A word the system writes in the result date column of dossiers still in progress ("Đang
    giải quyết", "Chưa có"): said once with how many rows have it, and how to clear it (the
    column is left empty for a dossier without a result)."""
    from evidence.dossier_scan import rows_of

    condition = PROBLEM_CONDITIONS["result_unreadable"]
    sql = f"SELECT result AS word, count(*) AS n FROM ({located_sql(d, condition)}) GROUP BY 1"
    column = layout.headers["result"]
    return [
        Problem(
            code=Reason.NOT_A_DATE,
            file=rows.file,
            sheet=rows.sheet,
            column=column,
            reason=f"“{r['word']}” ({r['n']} dòng) không phải ngày: nếu hệ thống ghi như vậy cho hồ sơ chưa "
            f"có kết quả, xoá chữ đó khỏi cột “{column}” để ô trống (trong Excel: Tìm và thay thế, "
            "Ctrl+H, thay bằng rỗng) rồi chấm lại",
        )
        for r in rows_of(con.execute(f"{sql} HAVING count(*) >= {PENDING_ROWS} ORDER BY 2 DESC, 1 LIMIT 3"))
        if not any(c.isdigit() for c in str(r["word"]))
    ]
