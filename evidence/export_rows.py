"""Rows of a CSV or XLSX table, streamed, numbered as a spreadsheet shows them.

The located path: every cell of every row is seen here with its row number (the header is
row 1; blank rows count), so a problem can name its row and column. Used for procedure lists
(small), for XLSX exports, and for a CSV export whenever the fast scan (evidence/dossier_scan.py)
found anything to report. Nothing is held but the current row.

What a row can be, besides data: blank (every cell empty: skipped, counted), of the wrong
length, with bytes that are not UTF-8, with a formula Excel never computed (XLSX). Each is a
problem on its row; the row is left out and reading goes on, so all problems come at once.
The standard library's csv module, and openpyxl for XLSX (imported only then).
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
import stat
import sys
import zipfile
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any

from engine.core.os_reasons import os_reason
from engine.core.problems import InputError, Problem, Reason
from engine.core.xlsx_read import ZIP_MAGIC, damaged, format_problem
from evidence.columns import TITLE_ROWS, TableSpec, header_index
from evidence.csv_reader import SAVE_AS_UTF8, HeaderError, find_header, read_header

UNCACHED = "ô chứa công thức chưa có giá trị đã tính: mở và lưu lại tệp bằng Excel hoặc LibreOffice"
csv.field_size_limit(sys.maxsize)  # a cell is as long as it is: exports are not bounded by size


def regular_file(path: Path, name: str) -> int:
    """The file's size; InputError unless `path` is a regular file that can be opened."""
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise InputError(
            [Problem(code=Reason.FILE_NOT_FOUND, file=name, reason="không tìm thấy tệp")]
        ) from exc
    except OSError as exc:
        why = os_reason(exc, writing=False)
        raise InputError(
            [Problem(code=Reason.FILE_UNREADABLE, file=name, reason=f"không đọc được tệp: {why}")]
        ) from exc
    if not stat.S_ISREG(info.st_mode):
        what = "thư mục" if stat.S_ISDIR(info.st_mode) else "tệp đặc biệt"
        raise InputError(
            [
                Problem(
                    code=Reason.NOT_REGULAR_FILE,
                    file=name,
                    reason=f"không phải tệp thường ({what}): chỉ đọc được tệp CSV, XLSX hoặc Parquet",
                )
            ]
        )
    return info.st_size


def header_problem(name: str, exc: HeaderError) -> InputError:
    code = Reason.NOT_UTF8 if exc.not_utf8 else Reason.EMPTY_FILE
    return InputError([Problem(code=code, file=name, row=1, reason=str(exc))])


PROGRESS_EVERY = 20_000  # rows between two calls of the watchers
_watchers: list[Callable[[str, int], None]] = []


def watch_rows(watcher: Callable[[str, int], None]) -> Callable[[], None]:
    """Call `watcher(file, row)` every `PROGRESS_EVERY` rows of a table read row by row (an XLSX
    export, or a CSV the fast scan does not take: ≈ 5 s per 100 000 XLSX rows, long enough for
    the user to wonder), from the reading thread. Returns what stops it."""
    _watchers.append(watcher)
    return lambda: _watchers.remove(watcher)


@dataclass
class Rows:
    """A table being read: its header, then `data()` yields (row number, cells) of the rows
    that are data. Blank rows are counted in `blank`; rows that cannot be data are problems."""

    file: str
    header: list[str]
    problems: list[Problem] = field(default_factory=list)
    blank: int = 0
    sheet: str | None = None
    text: bool = False  # CSV: rows have as many cells as the header, bytes may not be UTF-8
    header_row: int = 1  # rows above it (a report's title) are neither data nor blank
    _rows: Iterator[tuple[int, list[str], list[bool]]] | None = None

    def data(self, wanted: list[int]) -> Iterator[tuple[int, list[str]]]:
        """(row, the cells at the `wanted` column indexes, stripped)."""
        assert self._rows is not None
        width = len(self.header)
        names = {i: self.header[i] for i in wanted}
        for number, cells, uncached in self._rows:
            if not number % PROGRESS_EVERY:
                for watcher in list(_watchers):
                    watcher(self.file, number)
            joined = "".join(cells)
            if not joined.strip():
                self.blank += 1
                continue
            if self.text and len(cells) > width and not any(cells[width:]):
                cells = cells[:width]  # empty cells after the last column, as DuckDB's reader reads them
            if self.text and len(cells) != width:
                self.add(Reason.ROW_LENGTH, number, None, f"dòng có {len(cells)} ô, tiêu đề có {width} cột")
                continue
            bad = False
            for i in wanted if uncached else ():
                if i < len(uncached) and uncached[i]:
                    bad = True
                    self.add(
                        Reason.FORMULA_WITHOUT_VALUE,
                        number,
                        names[i],
                        UNCACHED,
                    )
            if self.text and not (joined.isascii() or _utf8([joined])):
                for i, cell in enumerate(cells):
                    if not _utf8([cell]):
                        self.add(
                            Reason.NOT_UTF8,
                            number,
                            self.header[i] if i < width else None,
                            f"ô có byte không phải UTF-8: {SAVE_AS_UTF8}",
                        )
                bad = True
            if bad:
                continue
            yield number, [cells[i].strip() if i < len(cells) else "" for i in wanted]

    def add(self, code: Reason, row: int, column: str | None, reason: str) -> None:
        self.problems.append(
            Problem(code=code, file=self.file, sheet=self.sheet, row=row, column=column, reason=reason)
        )


def _utf8(cells: list[str]) -> bool:
    try:
        "".join(cells).encode("utf-8")
    except UnicodeEncodeError:  # surrogates stand for the bytes that were not UTF-8
        return False
    return True


def csv_rows(path: Path, name: str, spec: TableSpec | None = None) -> Rows:
    """With `spec`, the header is the first row that has its columns (`columns.header_index`)."""
    try:
        if spec is None:
            header, delimiter = read_header(path)
            above = 0
        else:
            found = find_header(path, spec)
            header, delimiter, above = found.cells, found.delimiter, found.above
    except HeaderError as exc:
        raise header_problem(name, exc) from exc
    rows = Rows(file=name, header=header, text=True, header_row=above + 1)
    rows._rows = _csv_stream(path, name, delimiter, rows, above)
    return rows


def _csv_stream(
    path: Path, name: str, delimiter: str, rows: Rows, above: int = 0
) -> Iterator[tuple[int, list[str], list[bool]]]:
    with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as f:
        reader = csv.reader(f, delimiter=delimiter)
        number = above + 1
        try:
            for _ in range(above + 1):
                next(reader, None)
            for number, cells in enumerate(reader, start=above + 2):
                yield number, cells, []
        except csv.Error as exc:
            rows.add(Reason.FILE_UNREADABLE, number + 1, None, f"không đọc được dòng CSV ({exc})")


def cell_text(value: Any) -> str:
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


def xlsx_rows(path: Path, name: str, sheet: str | None, spec: TableSpec | None = None) -> Rows:
    """openpyxl in read-only mode: the cached values, and, when the sheet has any formula, the
    formulas in step (a formula Excel never computed has no cached value: a problem on its
    cell, never a blank). With `spec`, the header is the first row that has its columns."""
    from openpyxl import load_workbook  # only XLSX users pay for importing it

    from engine.core.xlsx_speed import install

    install()
    try:
        values = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise _unreadable(name, path, exc) from exc
    if sheet is not None and sheet not in values.sheetnames:
        listed = ", ".join(values.sheetnames)
        values.close()
        raise InputError(
            [
                Problem(
                    code=Reason.UNKNOWN_SHEET,
                    file=name,
                    reason=f"không có trang tính “{sheet}” (có: {listed})",
                )
            ]
        )
    title = sheet if sheet is not None else values.worksheets[0].title
    formulas = None
    if has_formulas(path, getattr(values[title], "_worksheet_path", None)):
        try:
            formulas = load_workbook(path, read_only=True, data_only=False)
        except Exception as exc:
            values.close()
            raise _unreadable(name, path, exc) from exc
    stream = _xlsx_stream(values, formulas, title)
    first = list(itertools.islice(stream, TITLE_ROWS if spec is not None else 1))
    at = header_index([cells for _, cells, _ in first], spec) if spec is not None else 0
    number, header = (first[at][0], first[at][1]) if first else (1, [])
    if not any(h.strip() for h in header):
        stream.close()
        raise InputError(
            [Problem(code=Reason.EMPTY_FILE, file=name, row=1, reason="tệp rỗng hoặc thiếu dòng tiêu đề")]
        )
    rows = Rows(file=name, header=header, sheet=sheet, header_row=number)
    rows._rows = itertools.chain(first[at + 1 :], stream)
    return rows


def _unreadable(name: str, path: Path, exc: Exception) -> InputError:
    """What openpyxl could not open, said as for any user's workbook (engine.core.xlsx_read): an
    old .xls, a password, a CSV renamed .xlsx; else damaged. Only the first bytes are read."""
    try:
        with path.open("rb") as f:
            head = f.read(1 << 16)
    except OSError:
        head = b""
    wrong = None if head.startswith(ZIP_MAGIC) else format_problem(name, head)
    return InputError([wrong]) if wrong is not None else damaged(name, exc)


SAVE_AS_XLSX = "mở bằng Excel, chọn Lưu thành (Save As), kiểu “Excel Workbook (*.xlsx)” hoặc “CSV UTF-8”"


def unsupported(name: str, suffix: str) -> InputError:
    """A table in a format not read, with how to save it in one that is."""
    if suffix.lower() in (".xls", ".ods", ".xlsb"):
        reason = f"không đọc được bảng tính {suffix} (chỉ đọc CSV, XLSX hoặc Parquet): {SAVE_AS_XLSX}"
    else:
        reason = "chỉ đọc được tệp CSV, XLSX hoặc Parquet"
    return InputError([Problem(code=Reason.UNSUPPORTED_FORMAT, file=name, reason=reason)])


# A formula element of SpreadsheetML, with or without a namespace prefix: <f>, <f t="shared"…/>, <x:f>.
FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
OVERLAP = 64  # bytes kept between blocks, so that a tag cut in two is still found


def has_formulas(path: Path, part: str | None) -> bool:
    """Whether the sheet's XML holds any formula. Exports written by a system hold none: then
    openpyxl's second reading, which only looks for formulas Excel never computed (about as long
    as the first: 5 s per 100 000 rows), is skipped; this search costs 0.2 s per 50 MB of XML.
    When the sheet's part cannot be found, the formulas are read."""
    if part is None:
        return True
    try:
        with zipfile.ZipFile(path) as archive, archive.open(part.lstrip("/")) as xml:
            carried = b""
            while block := xml.read(1 << 20):
                if FORMULA.search(carried + block):
                    return True
                carried = block[-OVERLAP:]
    except (KeyError, OSError, zipfile.BadZipFile, RuntimeError, EOFError):
        return True
    return False


def _xlsx_stream(
    values: Any, formulas: Any | None, title: str
) -> Generator[tuple[int, list[str], list[bool]]]:
    try:
        sheets = [values[title], *([formulas[title]] if formulas is not None else [])]
        for sheet in sheets:  # the size a file declares is not trusted (engine.core.xlsx_read.sheet_rows)
            sheet.reset_dimensions()
        written = sheets[1].iter_rows(values_only=True) if formulas is not None else repeat(())
        pairs = zip(sheets[0].iter_rows(values_only=True), written, strict=False)
        for number, (cached, formula) in enumerate(pairs, start=1):
            uncached = [
                v is None and isinstance(w, str) and w.startswith("=")
                for v, w in zip(cached, formula, strict=False)
            ]
            yield number, [cell_text(v) for v in cached], uncached
    finally:
        values.close()
        if formulas is not None:
            formulas.close()


def table_rows(path: Path, name: str, sheet: str | None = None, spec: TableSpec | None = None) -> Rows:
    """A CSV or XLSX table's rows (with `spec`, below any title rows); InputError when it
    cannot be read at all."""
    regular_file(path, name)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return xlsx_rows(path, name, sheet, spec)
    if suffix in (".csv", ".txt"):
        return csv_rows(path, name, spec)
    raise unsupported(name, suffix)
