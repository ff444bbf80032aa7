"""Read a CSV or XLSX table into an Arrow table whose columns are named by role.

CSV goes through pyarrow's multi-threaded reader with dates parsed at read time (the fast
path). A date that does not parse fails the whole read without saying where, so the file is
then read again with dates as text and every bad value is located (the slow path, taken
only for files that need it). XLSX goes through openpyxl (read-only) and the text path.

Rows are numbered as a spreadsheet shows them: the header is row 1, blank rows count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from engine.core.problems import InputError, Problem, Reason
from evidence.columns import DATE_HINT, Role, TableSpec, find_columns
from evidence.csv_reader import TIMESTAMP, HeaderError, parse, plan_for, read_header, take

# Read on the text path after the user's formats; the CSV fast path uses pyarrow's ISO8601.
ISO_FORMATS = ["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
# Rows listed per kind of problem; the rest are counted in one line.
ROW_LIMIT = 50
SMALL_FILE = 1 << 20  # bytes


@dataclass
class RawTable:
    """A table as read: role-named columns (dates as timestamps), headers as written."""

    file: str
    data: pa.Table
    headers: dict[Role, str]
    problems: list[Problem] = field(default_factory=list)
    unreadable: np.ndarray | None = None  # rows with a date that could not be read
    skipped: list[int] = field(default_factory=list)  # spreadsheet rows not in `data`

    def rows(self, index: np.ndarray) -> np.ndarray:
        """Spreadsheet row numbers of table rows."""
        index = np.asarray(index, dtype=np.int64)
        if not self.skipped:
            return index + 2
        total = self.data.num_rows + len(self.skipped)
        kept: np.ndarray = np.setdiff1d(np.arange(2, total + 2), self.skipped)
        return np.asarray(kept[index])

    def report(
        self,
        index: np.ndarray,
        column: str | None,
        code: Reason,
        summary: str,
        detail: Callable[[int], str] | None = None,
    ) -> None:
        """A problem on each listed row (up to ROW_LIMIT, then one line counting the rest)."""
        index = np.asarray(index, dtype=np.int64)
        if not len(index):
            return
        rows = self.rows(index[: ROW_LIMIT + 1])
        for i, row in zip(index[:ROW_LIMIT], rows, strict=False):
            reason = detail(int(i)) if detail else summary
            self.problems.append(
                Problem(code=code, file=self.file, row=int(row), column=column, reason=reason)
            )
        rest = len(index) - ROW_LIMIT
        if rest > 0:
            self.problems.append(
                Problem(
                    code=code,
                    file=self.file,
                    row=int(rows[ROW_LIMIT]),
                    column=column,
                    reason=f"{summary} — từ dòng này còn {rest} dòng cùng lỗi (không liệt kê hết)",
                )
            )


def read_table(path: Path, name: str, spec: TableSpec) -> RawTable:
    """Read the file named by `path` (shown as `name`); InputError if it cannot be used."""
    if not path.is_file():
        raise InputError([Problem(code=Reason.FILE_NOT_FOUND, file=name, reason="không tìm thấy tệp")])
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, name, spec)
    if path.suffix.lower() not in (".csv", ".txt"):
        raise InputError(
            [Problem(code=Reason.UNSUPPORTED_FORMAT, file=name, reason="chỉ đọc được tệp CSV hoặc XLSX")]
        )
    return _read_csv(path, name, spec)


def match_headers(found: list[str], spec: TableSpec, file: str) -> dict[Role, int]:
    """role → column index; every missing or ambiguous column is a problem."""
    index, missing, ambiguous = find_columns(found, spec)
    listed = ", ".join(f"“{h}”" for h in found) or "(không có)"
    problems = [
        Problem(
            code=Reason.DUPLICATE_COLUMN,
            file=file,
            row=1,
            column=spec.columns[role],
            reason=f"có {n} cột cùng tên “{spec.columns[role]}”",
        )
        for role, n in ambiguous.items()
    ] + [
        Problem(
            code=Reason.MISSING_COLUMN,
            file=file,
            row=1,
            column=spec.columns[role],
            reason=f"thiếu cột bắt buộc “{spec.columns[role]}”; các cột có trong tệp: {listed}",
        )
        for role in missing
    ]
    if problems:
        raise InputError(problems)
    return index


def _read_csv(path: Path, name: str, spec: TableSpec) -> RawTable:
    try:
        header, delimiter = read_header(path)
    except HeaderError as exc:
        raise InputError(
            [
                Problem(
                    code=Reason.NOT_UTF8 if exc.not_utf8 else Reason.EMPTY_FILE,
                    file=name,
                    row=1,
                    reason=str(exc),
                )
            ]
        ) from exc
    index = match_headers(header, spec, name)
    plan = plan_for(header, delimiter, index, spec)
    started = take(path, plan)  # the read `cchc score` began before the engine loaded
    # A small file (a procedure list) is read in this thread: Arrow's pool may be busy
    # parsing the export, and waiting for it costs more than the read.
    threads = path.stat().st_size > SMALL_FILE
    try:
        try:
            parsed = started.result() if started is not None else parse(path, plan, threads=threads)
            dates_as_text = False
        except pa.ArrowInvalid as exc:
            if "timestamp" not in str(exc):
                raise
            parsed = parse(path, plan, dates_as_text=True, threads=threads)
            dates_as_text = True
        if any(r.number is None for r in parsed.bad_rows):  # parallel reads do not number rows
            parsed = parse(path, plan, dates_as_text=dates_as_text, threads=False)
    except pa.ArrowInvalid as exc:
        reason = "tệp không phải UTF-8" if "UTF8" in str(exc) else f"không đọc được tệp CSV: {exc}"
        code = Reason.NOT_UTF8 if "UTF8" in str(exc) else Reason.FILE_UNREADABLE
        raise InputError([Problem(code=code, file=name, reason=reason)]) from exc

    raw = RawTable(file=name, data=parsed.table, headers={role: header[i] for role, i in index.items()})
    for row in parsed.bad_rows:
        raw.skipped.append(row.number)
        if row.text.strip(delimiter + " \r\n"):
            raw.problems.append(
                Problem(
                    code=Reason.ROW_LENGTH,
                    file=name,
                    row=row.number,
                    reason=f"dòng có {row.actual_columns} ô, tiêu đề có {row.expected_columns} cột",
                )
            )
    raw.skipped.sort()
    _drop_blank_rows(raw)
    if dates_as_text:
        _parse_dates(raw, spec)
    return raw


def _empty(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """Null or blank cells. No Python scalar is passed to Arrow: pyarrow imports pandas to
    convert one, which must not happen before the export's read has started."""
    if pa.types.is_timestamp(column.type):
        return pc.is_null(column)
    length = pc.utf8_length(pc.utf8_trim_whitespace(column.cast(pa.string())))
    return pc.or_kleene(pc.is_null(column), pc.invert(pc.cast(length, pa.bool_())))


def _drop_blank_rows(raw: RawTable) -> None:
    """Rows with every cell empty (a row of separators) are not data; rows keep their numbers.

    Stays in Arrow (see `_empty`) in the usual case of no blank row.
    """
    if not raw.data.num_columns:
        return
    blank = _empty(raw.data.column(0))
    if not pc.any(blank).as_py():  # the usual case: one cheap look at the first column
        return
    for column in raw.data.columns[1:]:
        blank = pc.and_(blank, _empty(column))
    if pc.any(blank).as_py():
        index = np.asarray(pc.indices_nonzero(blank.combine_chunks()).to_numpy(zero_copy_only=False))
        raw.skipped = sorted([*raw.skipped, *raw.rows(index).tolist()])
        raw.data = raw.data.filter(pc.invert(blank))


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _xlsx_rows(path: Path, name: str, sheet: str | None) -> Iterator[tuple[Any, ...]]:
    from openpyxl import load_workbook  # only XLSX users pay for importing it

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise InputError(
            [Problem(code=Reason.FILE_UNREADABLE, file=name, reason=f"không đọc được tệp XLSX: {exc}")]
        ) from exc
    try:
        if sheet is not None and sheet not in book.sheetnames:
            listed = ", ".join(book.sheetnames)
            raise InputError(
                [
                    Problem(
                        code=Reason.UNKNOWN_SHEET,
                        file=name,
                        reason=f"không có trang tính “{sheet}” (có: {listed})",
                    )
                ]
            )
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        yield from ws.iter_rows(values_only=True)
    finally:
        book.close()


def _read_xlsx(path: Path, name: str, spec: TableSpec) -> RawTable:
    rows = _xlsx_rows(path, name, spec.sheet)
    header = [_cell_text(v) for v in next(rows, ())]
    if not any(h.strip() for h in header):
        raise InputError(
            [Problem(code=Reason.EMPTY_FILE, file=name, row=1, reason="tệp rỗng hoặc thiếu dòng tiêu đề")]
        )
    index = match_headers(header, spec, name)
    values: dict[Role, list[str]] = {role: [] for role in index}
    skipped = []
    for number, row in enumerate(rows, start=2):
        cells = [_cell_text(v) for v in row]
        if not any(c.strip() for c in cells):
            skipped.append(number)
            continue
        for role, i in index.items():
            values[role].append(cells[i] if i < len(cells) else "")
    arrays = {
        role: pa.array(col, pa.string()).dictionary_encode() if role in spec.categorical else pa.array(col)
        for role, col in values.items()
    }
    raw = RawTable(
        file=name,
        data=pa.table(arrays) if arrays else pa.table({}),
        headers={role: header[i] for role, i in index.items()},
        skipped=skipped,
    )
    _parse_dates(raw, spec)
    return raw


def _parse_dates(raw: RawTable, spec: TableSpec) -> None:
    """Text dates → timestamps; a value no format reads is a problem on its row."""
    unreadable = np.zeros(raw.data.num_rows, dtype=bool)
    for role in spec.dates:
        if role not in raw.headers:
            continue
        text = pc.utf8_trim_whitespace(raw.data[role].combine_chunks())
        parsed = pa.nulls(len(text), TIMESTAMP)
        for fmt in [*spec.date_formats, *ISO_FORMATS]:
            parsed = pc.coalesce(parsed, _strict_strptime(text, fmt))
        left = pc.and_(pc.is_null(parsed), pc.not_equal(text, ""))
        if pc.any(left).as_py():
            parsed = _parse_rest(raw, role, text, parsed, unreadable)
        raw.data = raw.data.set_column(raw.data.schema.get_field_index(role), role, parsed)
    raw.unreadable = unreadable


def _unpadded(text: pa.Array) -> pa.Array:
    return pc.replace_substring_regex(text, pattern=r"(^|[^0-9])0+([0-9])", replacement=r"\1\2")


def _strict_strptime(text: pa.Array, fmt: str) -> pa.Array:
    """strptime that refuses impossible days: Arrow reads 31/02/2022 as 03/03/2022, so a
    value that does not print back as written (leading zeros aside) is not a date."""
    parsed = pc.strptime(text, format=fmt, unit="s", error_is_null=True)
    same = pc.equal(_unpadded(pc.strftime(parsed, format=fmt)), _unpadded(text))
    return pc.if_else(same, parsed, pa.scalar(None, TIMESTAMP))


def _parse_rest(
    raw: RawTable, role: Role, text: pa.Array, parsed: pa.Array, unreadable: np.ndarray
) -> pa.Array:
    """Rarer ISO 8601 forms (fractions, zones), one try per distinct value; the rest are problems."""
    left = np.flatnonzero(pc.and_(pc.is_null(parsed), pc.not_equal(text, "")).to_numpy(zero_copy_only=False))
    stamps = parsed.to_numpy(zero_copy_only=False).astype("datetime64[s]")
    words: list[str] = text.take(pa.array(left)).to_pylist()
    tried = {w: _iso(w) for w in list(dict.fromkeys(words))[: ROW_LIMIT * 20]}
    bad = []
    for i, word in zip(left, words, strict=True):
        value = tried.get(word)
        if value is None:
            bad.append(i)
        else:
            stamps[i] = np.datetime64(value, "s")
    unreadable[bad] = True
    raw.report(
        np.array(bad, dtype=np.int64),
        raw.headers[role],
        Reason.NOT_A_DATE,
        f"không đọc được ngày (dùng {DATE_HINT})",
        lambda i: f"không đọc được ngày “{text[i].as_py()}” (dùng {DATE_HINT})",
    )
    return pa.array(stamps, TIMESTAMP, from_pandas=True)


def _iso(text: str) -> dt.datetime | None:
    try:
        value: dt.datetime = pc.cast(pa.array([text]), TIMESTAMP)[0].as_py()
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    return value
