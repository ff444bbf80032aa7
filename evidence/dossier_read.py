"""One dossier export from file to checked counts: which path, and the checks in order.

1. The header: required columns (all problems at once), optional Có/Không columns found.
2. CSV: the fast scan (DuckDB reads the file); if it shows nothing to report, done. Otherwise,
   and for XLSX always, the located path: rows streamed into a table with their row numbers,
   the same query again. Parquet: DuckDB reads it with its row numbers.
3. Every kind of problem the counts show is located (its first rows, and how many).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from engine.core.problems import InputError, Problem, Reason
from evidence.columns import DATE_FORMATS, TableSpec, find_optional
from evidence.csv_reader import (
    SAMPLE,
    HeaderError,
    Layout,
    find_header,
    first_values,
    layout_of,
    sniff_formats,
    take,
)
from evidence.dossier_export import (
    DUPLICATE_COUNT_SQL,
    ROW_LIMIT,
    ProcedureList,
    duplicates_finding,
    judge,
    match_headers,
    report,
)
from evidence.dossier_query import DATE_ROLES, Definitions
from evidence.export_format import ExportFormat
from evidence.export_hints import footer, pending_words, repeated_headers
from evidence.export_rows import Rows, csv_rows, header_problem, regular_file, unsupported, xlsx_rows
from evidence.models import DossierOptions

if TYPE_CHECKING:
    import duckdb

    from evidence.dossier_scan import Tally


@dataclass
class Counted:
    """The export counted and checked: its problems, or the facts step's rows."""

    problems: list[Problem] = field(default_factory=list)
    tally: Tally | None = None
    rows: int = 0  # data rows (blank rows not included)
    blank: int = 0  # blank rows skipped
    header_row: int = 1  # the rows above it (a report's title) are skipped


def read_export(
    path: Path,
    name: str,
    spec: TableSpec,
    fmt: ExportFormat,
    procedures: ProcedureList | None,
    period: tuple[dt.date, dt.date],
    options: DossierOptions,
) -> Counted:
    try:
        return _read(path, name, spec, fmt, procedures, period, options)
    except InputError as exc:
        return Counted(problems=exc.problems)
    except duckdb_error() as exc:  # a file damaged past what the located path reads
        if _a_bug(exc):
            raise
        reason = "không đọc được tệp (tệp hỏng hoặc không đúng định dạng CSV, XLSX, Parquet)"
        return Counted(problems=[Problem(code=Reason.FILE_UNREADABLE, file=name, reason=reason)])


def _definitions(
    period: tuple[dt.date, dt.date],
    options: DossierOptions,
    fmt: ExportFormat,
    optional: tuple[str, ...],
    samples: dict[str, list[str]],
) -> Definitions:
    user = len(fmt.date_formats) - len(DATE_FORMATS)
    formats = sniff_formats(samples, list(fmt.date_formats), max(user, 0))
    return Definitions(
        start=period[0],
        as_of=period[1],
        scope=options.scope,
        on_time=options.on_time,
        pending_overdue=options.pending_overdue,
        date_formats=formats,
        optional=optional,
    )


def _read(
    path: Path,
    name: str,
    spec: TableSpec,
    fmt: ExportFormat,
    procedures: ProcedureList | None,
    period: tuple[dt.date, dt.date],
    options: DossierOptions,
) -> Counted:
    from evidence import dossier_scan as scan

    regular_file(path, name)
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return _parquet(path, name, spec, fmt, procedures, period, options)
    if suffix in (".xlsx", ".xlsm"):
        rows = xlsx_rows(path, name, spec.sheet, spec)
        return _located(rows, name, spec, fmt, procedures, period, options)
    if suffix not in (".csv", ".txt"):
        raise unsupported(name, suffix)
    try:
        found = find_header(path, spec)
    except HeaderError as exc:
        raise header_problem(name, exc) from exc
    header, delimiter = found.cells, found.delimiter
    index = match_headers(header, spec, name, row=found.above + 1)
    optional, _ = find_optional(header, spec)
    layout = layout_of(header, {**index, **optional}, delimiter, found.above)
    d = _definitions(period, options, fmt, tuple(optional), first_values(path, layout))
    started = take(path, layout, d)  # the count `cchc score` began before the engine loaded
    con: duckdb.DuckDBPyConnection | None = None
    counts: scan.Counts | None = None
    if started is not None:
        try:
            con, counts = started.result()
        except Exception:
            con, counts = None, None
    try:
        if counts is None:
            con, counts = scan.fast_count(path, layout, d)
    except duckdb_error() as exc:  # what DuckDB's reader refuses is located row by row
        if _a_bug(exc):
            raise
        counts = None
    trailing = scan.trailing_blank_lines(path) if counts is not None else None
    if (
        con is not None
        and counts is not None
        and not counts.totals["blank"]
        and not counts.totals["problems"]
    ):
        meanings, findings = judge(counts.distinct, counts.totals, procedures, fmt, options.online_levels)
        if not findings and trailing is not None and _no_repeated_code(counts, con):
            tally = scan.tally(con, meanings, d)
            con.close()
            return Counted(
                tally=tally, rows=counts.totals["rows"], blank=trailing, header_row=found.above + 1
            )
    if con is not None:
        con.close()
    # DuckDB's reader read it all (`trailing` is counted then): it can load it, if it numbers it right
    if trailing is not None and scan.numbered_as_read(path):
        rows = Rows(file=name, header=header, text=True, blank=trailing, header_row=found.above + 1)
        try:
            return _located(rows, name, spec, fmt, procedures, period, options, path, layout)
        except duckdb_error() as exc:
            # A count stopped at its first bad date (`problem_only`) did not see the whole file:
            # a row DuckDB's reader cannot read (a cell too many) is read by the csv module.
            if _a_bug(exc) or counts is None or not counts.problem_only:
                raise
    return _located(csv_rows(path, name, spec), name, spec, fmt, procedures, period, options)


def duckdb_error() -> type[Exception]:
    """DuckDB's error class, imported where it is needed (its messages are not for users)."""
    import duckdb

    return duckdb.Error


def _a_bug(exc: Exception) -> bool:
    """A query that does not parse or bind is a bug to show, not a file to blame."""
    import duckdb

    return isinstance(exc, duckdb.ParserException | duckdb.BinderException | duckdb.CatalogException)


def _no_repeated_code(counts: object, con: duckdb.DuckDBPyConnection) -> bool:
    """No repeated dossier code: codes in strictly increasing order settle it without hashing
    (exports are usually listed in code order); otherwise DuckDB counts the repeated codes."""
    from evidence.dossier_scan import Counts

    assert isinstance(counts, Counts)
    if not counts.totals["unordered_codes"]:
        return True
    found = con.execute(DUPLICATE_COUNT_SQL).fetchone()
    return not (found and found[0])


def _located(
    rows: Rows,
    name: str,
    spec: TableSpec,
    fmt: ExportFormat,
    procedures: ProcedureList | None,
    period: tuple[dt.date, dt.date],
    options: DossierOptions,
    csv: Path | None = None,
    read: Layout | None = None,
) -> Counted:
    """Load the rows into a table with their row numbers (`csv`: by DuckDB's reader, from that
    file as `read` lays it out, instead of streaming `rows`), count and locate every problem."""
    from evidence import dossier_scan as scan

    index = match_headers(rows.header, spec, name, rows.sheet, rows.header_row)
    optional, _ = find_optional(rows.header, spec)
    layout = read or layout_of(rows.header, {**index, **optional}, above=rows.header_row - 1)
    workspace = scan.Workspace()
    try:
        con = scan.connect(workspace.folder)
        samples: dict[str, list[str]] = {r: [] for r in DATE_ROLES}
        if csv is not None:
            loaded, blank = scan.load_csv(con, csv, layout)
            rows.blank += blank
        else:
            loaded = scan.load_rows(con, rows, layout)
        if loaded:
            first = con.execute(
                f"SELECT {', '.join(r for r in DATE_ROLES)} FROM export ORDER BY _row LIMIT {SAMPLE}"
            ).fetchall()
            for values in first:
                for role, value in zip(DATE_ROLES, values, strict=True):
                    if value:
                        samples[role].append(value)
        d = _definitions(period, options, fmt, tuple(optional), samples)
        counted = _check(con, d, rows, layout, procedures, fmt, options.online_levels)
        counted.blank += rows.blank
        counted.header_row = rows.header_row
        con.close()
        return counted
    finally:
        workspace.close()


def _parquet(
    path: Path,
    name: str,
    spec: TableSpec,
    fmt: ExportFormat,
    procedures: ProcedureList | None,
    period: tuple[dt.date, dt.date],
    options: DossierOptions,
) -> Counted:
    from evidence import dossier_scan as scan

    try:
        header = scan.parquet_columns(path)
    except Exception as exc:
        raise InputError(
            [Problem(code=Reason.FILE_UNREADABLE, file=name, reason="không đọc được tệp Parquet (tệp hỏng?)")]
        ) from exc
    index = match_headers(header, spec, name)
    optional, _ = find_optional(header, spec)
    roles = {**index, **optional}
    layout = layout_of(header, roles)
    con = scan.connect()
    scan.parquet_view(con, path, layout)
    first = con.execute(f"SELECT {', '.join(DATE_ROLES)} FROM export LIMIT {SAMPLE}").fetchall()
    samples = {
        r: [v for v in col if v] for r, col in zip(DATE_ROLES, zip(*first, strict=False), strict=False)
    }
    d = _definitions(period, options, fmt, tuple(optional), samples)
    rows = Rows(file=name, header=header)
    counted = _check(con, d, rows, layout, procedures, fmt, options.online_levels)
    con.close()
    return counted


def _check(
    con: duckdb.DuckDBPyConnection,
    d: Definitions,
    rows: Rows,
    layout: Layout,
    procedures: ProcedureList | None,
    fmt: ExportFormat,
    online_levels: Sequence[str],
) -> Counted:
    """Count over a table with row numbers; locate every kind of problem found."""
    from evidence import dossier_scan as scan

    counts = scan.count(con, d)
    counts.totals["unordered_codes"] = scan.unordered_codes(con)
    meanings, findings = judge(counts.distinct, counts.totals, procedures, fmt, online_levels)
    if not _no_repeated_code(counts, con):
        findings.append(duplicates_finding())
    problems = list(rows.problems)
    for finding in findings:
        if finding.sql is not None:
            total_row = con.execute(f"SELECT count(*) FROM ({finding.sql})").fetchone()
            located = scan.rows_of(con.execute(f"{finding.sql} LIMIT {ROW_LIMIT + 1}"))
            total = int(total_row[0]) if total_row else 0
        else:
            located, total = scan.located(con, d, finding.condition, ROW_LIMIT + 1)
        column = layout.headers.get(finding.role) if finding.role else None
        report(problems, rows.file, rows.sheet, column, finding, located, total)
    if problems:
        problems = repeated_headers(con, problems, rows, layout)
        hints = [*footer(con, problems, rows)]
        if counts.totals.get("result_unreadable") and "result" in layout.headers:
            hints += pending_words(con, d, rows, layout)
        return Counted(problems=[*problems, *hints])
    blank = counts.totals["blank"]
    return Counted(tally=scan.tally(con, meanings, d), rows=counts.totals["rows"], blank=blank)
