"""Run the counting query (evidence/dossier_query.py) over a dossier export with DuckDB.

Two ways to the same query, chosen per file:

- the fast scan: DuckDB reads the CSV itself, in parallel, every cell as text, and only the
  grouped counts come back. Used when the counts show nothing to report — the usual case.
- the located path: the rows are streamed (evidence/export_rows.py: Python's csv module or
  openpyxl) into a table on disk with their spreadsheet row, so that every problem can name
  its row; then the same query runs over that table. XLSX always goes this way; a CSV goes
  this way when the fast scan found a problem, a row of empty cells, a row DuckDB cannot
  read (not UTF-8, wrong number of cells, a cell over its line limit), or an end of file it
  cannot count empty lines in (`trailing_blank_lines`).

Parquet is read by DuckDB directly, with its row numbers. Memory stays bounded by the
groups, not the rows: DuckDB streams the file, and a duplicate-code check on an export not
listed in code order may spill to the temporary folder (`memory_limit`).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from evidence.csv_reader import Layout
from evidence.dossier_query import (
    DATE_ROLES,
    LISTED,
    PROBLEMS,
    Definitions,
    Meanings,
    counting_sql,
    date_of,
    facts_sql,
    homes_sql,
    located_sql,
    meaning_rows,
    order_sql,
)

if TYPE_CHECKING:
    from evidence.code_pieces import CodePieces
    from evidence.export_rows import Rows

MEMORY_LIMIT = os.environ.get("CCHC_DUCKDB_MEMORY", "600MB")
ORDER_BUFFER = 8 << 20  # bytes the code-order check reads at a time (it keeps ~3 buffers)
BATCH = 1 << 16  # rows per Arrow batch on the located path


@dataclass
class Counts:
    """What the counting shows before its values are read: the distinct written values of
    each grouped column ('' for an empty cell) and the totals of the problem counts.
    `problem_only`: the counting stopped at a date no format reads (`problem_found`): only
    that the file has a problem is known, which the located path counts and names."""

    distinct: dict[str, list[str]]
    totals: dict[str, int]
    problem_only: bool = False


@dataclass
class Tally:
    """The facts step's rows (level, name, sums) and the first overdue dossier codes."""

    rows: list[dict[str, Any]]
    overdue: list[str]
    homes: dict[str, str]  # official → their own department (dossier_query.homes_sql)


GROUPED = ("procedure", "department", "official", "channel", "apology")
_opening = threading.Lock()


def connect(folder: Path | None = None, one_thread: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection that draws no progress bar over what cchc prints: with `folder`, to a
    database of its own there (the located path's table); otherwise to the process's in-memory
    database (`one_thread`: the one that runs each query on a single thread), whose views and
    tables a connection makes are its own (TEMP). Opening a database costs DuckDB 2.0 12 ms of
    CPU, a connection to an open one 0.1 ms: a province's 40 units share it."""
    con = _open(folder / "ho-so.duckdb", folder) if folder is not None else _shared(one_thread).cursor()
    con.execute("SET enable_progress_bar = false")
    return con


def _open(path: Path | None, folder: Path, threads: int | None = None) -> duckdb.DuckDBPyConnection:
    """A database whose spill files go to a folder of its own (DuckDB makes it only when it
    spills, and removes it on close)."""
    own = f"cchc-duckdb-{os.getpid()}-{threading.get_ident()}-{len(_databases)}.tmp"
    config: dict[str, Any] = {"memory_limit": MEMORY_LIMIT, "temp_directory": str(folder / own)}
    if threads is not None:
        config["threads"] = threads
    return duckdb.connect(str(path) if path else ":memory:", config=config)


_databases: dict[bool, duckdb.DuckDBPyConnection] = {}


def _shared(one_thread: bool) -> duckdb.DuckDBPyConnection:
    import atexit

    with _opening:
        if one_thread not in _databases:
            db = _open(None, Path(tempfile.gettempdir()), threads=1 if one_thread else None)
            _databases[one_thread] = db
            atexit.register(_close, db)
        return _databases[one_thread]


def _close(db: duckdb.DuckDBPyConnection) -> None:
    with contextlib.suppress(duckdb.Error):
        db.close()


def rows_of(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def count(
    con: duckdb.DuckDBPyConnection,
    d: Definitions,
    detailed: bool = True,
    parsed: tuple[str, ...] = (),
    tap: str | None = None,
) -> Counts:
    """Run the counting into table `groups` (small: one row per group). Not `detailed`: the
    problems are counted all together (the fast scan only asks whether there is any).
    `parsed`: the date roles the view holds as dates (`typed_dates`); `tap`: the function the
    codes pass through (`code_pieces`)."""
    sql = counting_sql(d, detailed=detailed, parsed=parsed, tap=tap)
    con.execute(f"CREATE OR REPLACE TEMP TABLE groups AS {sql}")
    # What the groups show, in one query (each query costs DuckDB ≈ 1 ms however small).
    main = "in_procedure = 0 AND NOT blank"
    where = {**{r: main for r in GROUPED}, **{r: f"in_{r} = 0 AND NOT blank" for r in d.optional}}
    kinds = [*PROBLEMS, "problems", "rows"]
    parts = [
        *(f"list(DISTINCT coalesce({r}, '')) FILTER (WHERE {w})" for r, w in where.items()),
        *(f"coalesce(sum({k}) FILTER (WHERE {main}), 0)" for k in kinds),
        "coalesce(sum(rows) FILTER (WHERE in_procedure = 0 AND blank), 0)",
    ]
    found = con.execute(f"SELECT {', '.join(parts)} FROM groups").fetchone()
    assert found is not None  # an aggregate without GROUP BY gives one row
    values, sums = found[: len(where)], found[len(where) :]
    distinct = {r: sorted(v or []) for r, v in zip(where, values, strict=True)}
    totals = {k: int(v) for k, v in zip([*kinds, "blank"], sums, strict=True)}
    return Counts(distinct=distinct, totals=totals)


def unordered_codes(con: duckdb.DuckDBPyConnection) -> int:
    """Codes not greater than the one before them (dossier_query.order_sql); 0 proves that no
    code repeats."""
    found = con.execute(order_sql()).fetchone()
    return int(found[0]) if found else 0


def tally(con: duckdb.DuckDBPyConnection, meanings: Meanings, d: Definitions) -> Tally:
    columns = [list(c) for c in zip(*meaning_rows(meanings), strict=True)] or [[], [], []]
    con.execute(
        "CREATE OR REPLACE TEMP TABLE meaning AS SELECT unnest($1::VARCHAR[]) AS role, "
        "unnest($2::VARCHAR[]) AS raw, unnest($3::VARCHAR[]) AS value",
        columns,
    )
    rows = rows_of(con.execute(facts_sql(meanings, d.optional)))
    codes = con.execute(
        "SELECT code FROM (SELECT unnest(overdue_codes) AS code FROM groups "
        f"WHERE in_procedure = 0 AND NOT blank) ORDER BY code LIMIT {LISTED}"
    ).fetchall()
    homes = {str(o): str(d) for o, d in con.execute(homes_sql()).fetchall()}
    return Tally(rows=rows, overdue=[c[0] for c in codes], homes=homes)


def located(
    con: duckdb.DuckDBPyConnection, d: Definitions, condition: str, limit: int
) -> tuple[list[dict[str, Any]], int]:
    """The first `limit` rows where `condition` holds, and how many there are."""
    sql = located_sql(d, condition)
    total = con.execute(f"SELECT count(*) FROM ({sql})").fetchone()
    rows = rows_of(con.execute(f"{sql} LIMIT {limit}"))
    return rows, int(total[0]) if total else 0


# -- the fast scan -----------------------------------------------------------------------------


_running: set[duckdb.DuckDBPyConnection] = set()  # connections of the fast scan, while it runs


def interrupt() -> None:
    """Stop the queries of the fast scan now (a count nobody will read, at exit: a thread still
    inside DuckDB when the interpreter ends aborts the process)."""
    for con in list(_running):
        _interrupt(con)


def _interrupt(con: duckdb.DuckDBPyConnection) -> None:
    with contextlib.suppress(duckdb.ConnectionException):  # closed meanwhile: nothing to stop
        con.interrupt()


WATCHED_FROM = 192 << 20  # bytes of CSV from which the codes are watched in the counting's pass
BESIDE_FROM = 16 << 20  # bytes from which the code-order check runs beside the counting


def fast_count(
    path: Path, layout: Layout, d: Definitions, begun: Callable[[], None] | None = None
) -> tuple[duckdb.DuckDBPyConnection, Counts]:
    """The fast scan's counts, with totals["unordered_codes"]: 0 when the codes prove that none
    repeats, else not 0 (the caller then counts repeated codes by hashing). Two ways to that
    proof, by size: a large file's codes are watched as the counting reads them
    (evidence/code_pieces.py: one reading, 10M rows 20 % faster, but pyarrow to import, 0.1 s);
    a smaller file is read a second time by a window in row order on one thread (`order_sql`):
    beside the counting, which keeps every core, or after it for a file of a few MB. What
    DuckDB raises comes out of here as it is. `begun` is called when the counting query is
    about to run."""
    size = path.stat().st_size
    if size >= WATCHED_FROM:
        return _watched(path, layout, d, begun)
    if size >= BESIDE_FROM:
        return _beside(path, layout, d, begun)
    return _after(path, layout, d, begun)


@contextlib.contextmanager
def _counting(on_error: Callable[[], None] | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection of the fast scan, which `interrupt` can stop while it runs; closed when what
    runs on it fails (after `on_error`), else handed on with the counts."""
    con = connect()
    _running.add(con)
    try:
        yield con
    except BaseException:
        if on_error is not None:
            on_error()
        con.close()
        raise
    finally:
        _running.discard(con)


def _after(
    path: Path, layout: Layout, d: Definitions, begun: Callable[[], None] | None
) -> tuple[duckdb.DuckDBPyConnection, Counts]:
    """A small file's code-order check after the counting, on the same connection: a thread and
    a second connection would cost more than reading a few MB again (a province's units)."""
    with _counting() as con:
        counts = count_csv(con, path, layout, d, begun=begun)
        if not counts.problem_only:
            counts.totals["unordered_codes"] = unordered_codes(con)
    return con, counts


def _watched(
    path: Path, layout: Layout, d: Definitions, begun: Callable[[], None] | None
) -> tuple[duckdb.DuckDBPyConnection, Counts]:
    from evidence.code_pieces import CodePieces

    pieces = CodePieces()
    with _counting() as con:
        pieces.register(con)
        try:
            counts = count_csv(con, path, layout, d, pieces, begun)
        finally:
            pieces.unregister(con)
    if not counts.problem_only:
        rows = counts.totals["rows"] + counts.totals["blank"]
        counts.totals["unordered_codes"] = 0 if pieces.distinct(rows) else 1
    return con, counts


def _beside(
    path: Path, layout: Layout, d: Definitions, begun: Callable[[], None] | None
) -> tuple[duckdb.DuckDBPyConnection, Counts]:
    """The code-order check on a connection of the one-thread database, beside the counting; a
    failed check (which the counting would then show too) only means the codes are checked by
    hashing."""
    order: list[int] = []
    bug: list[BaseException] = []
    sides: list[duckdb.DuckDBPyConnection] = []

    def check() -> None:
        try:
            side = connect(one_thread=True)
        except BaseException as exc:
            bug.append(exc)
            return
        sides.append(side)
        _running.add(side)
        try:
            csv_view(side, path, layout, buffer=ORDER_BUFFER)
            order.append(unordered_codes(side))
        except duckdb.Error as exc:
            if isinstance(exc, duckdb.ParserException | duckdb.BinderException | duckdb.CatalogException):
                bug.append(exc)  # a query that does not bind is a bug to show
            order.append(1)
        except BaseException as exc:
            bug.append(exc)
        finally:
            _running.discard(side)
            side.close()

    def stop_beside() -> None:
        """The file goes to the located path anyway: no need to read it to its end."""
        while beside.is_alive():
            for side in sides:
                _interrupt(side)
            beside.join(0.02)

    beside = threading.Thread(target=check, name="cchc-ma-ho-so", daemon=True)
    beside.start()
    with _counting(on_error=stop_beside) as con:
        counts = count_csv(con, path, layout, d, begun=begun)
    if counts.problem_only:
        stop_beside()
        return con, counts
    beside.join()
    if bug:
        con.close()
        raise bug[0]
    counts.totals["unordered_codes"] = order[0] if order else 1
    return con, counts


def count_csv(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    layout: Layout,
    d: Definitions,
    pieces: CodePieces | None = None,
    begun: Callable[[], None] | None = None,
) -> Counts:
    """The fast scan's counting, with DuckDB's reader parsing the date columns in the format their
    first values use: the same dates as `try_strptime` over text (it reads exactly what
    `try_strptime` reads in that format), for less CPU (1M rows: the whole process ≈ 10 % faster).
    A cell it refuses (another format, ISO 8601, an impossible date, spaces only) makes the whole
    file counted again over text, which tries every format and counts the problems. `pieces`:
    registered on `con`, watches the codes of the counting that completes."""
    tap = pieces.name if pieces is not None else None
    dates = typed_dates(d, layout)
    if begun is not None:
        begun()
    if dates.types:
        csv_view(con, path, layout, dates=dates)
        try:
            return count(con, d, detailed=False, parsed=tuple(dates.types), tap=tap)
        except duckdb.ConversionException as exc:
            if pieces is not None:
                pieces.clear()  # what the stopped counting saw
            if _read_by_no_format(con, d, exc):
                return problem_found(d)
    csv_view(con, path, layout)
    return count(con, d, detailed=False, tap=tap)


# How DuckDB's reader names the cell it could not convert (its message, in English).
_REFUSED = re.compile(r'Error when converting column "(\w+)"\. Could not convert string "(.*)" to \'', re.S)


def _read_by_no_format(con: duckdb.DuckDBPyConnection, d: Definitions, exc: Exception) -> bool:
    """Whether the date cell the reader refused is one the counting over text cannot read
    either (an impossible date, a word, spaces): then the file has a problem for sure, and
    counting it again over text would only say so (10M rows: 4.4 s). Only a choice of path:
    the located path counts what the fast scan would have (and finds nothing when this is
    wrong). When the message does not say which cell, the file is counted over text."""
    found = _REFUSED.search(str(exc))
    if found is None or found[1] not in DATE_ROLES or not found[2]:
        return False
    sql = f"SELECT {date_of('v', d.date_formats[found[1]])} FROM (SELECT ?::VARCHAR AS v)"
    read = con.execute(sql, [found[2]]).fetchone()
    return read is not None and read[0] is None


def problem_found(d: Definitions) -> Counts:
    """The counts of a file known to have a problem before it was counted (`problem_only`)."""
    totals = {k: 0 for k in (*PROBLEMS, "rows", "blank")}
    return Counts(
        distinct={r: [] for r in (*GROUPED, *d.optional)},
        totals={**totals, "problems": 1, "unordered_codes": 1},
        problem_only=True,
    )


@dataclass(frozen=True)
class TypedDates:
    """Date columns DuckDB's CSV reader is to parse: role → DATE or TIMESTAMP, and the reader's
    one `dateformat` and one `timestampformat` (so roles of a type share its format)."""

    types: dict[str, str]
    options: dict[str, str]


TIME_DIRECTIVES = ("%H", "%I", "%M", "%S", "%p", "%f", "%z", "%Z", "%X", "%c", "%T", "%R")


def typed_dates(d: Definitions, layout: Layout) -> TypedDates:
    """Each date role in its likeliest format (`Definitions.date_formats`), when the reader can
    take it: one format per type, given to the first role of that type."""
    types: dict[str, str] = {}
    options: dict[str, str] = {}
    for role in DATE_ROLES:
        formats = d.date_formats.get(role, ())
        if role not in layout.index or not formats:
            continue
        kind = "TIMESTAMP" if any(t in formats[0] for t in TIME_DIRECTIVES) else "DATE"
        option = "timestampformat" if kind == "TIMESTAMP" else "dateformat"
        if options.setdefault(option, formats[0]) == formats[0]:
            types[role] = kind
    return TypedDates(types=types, options=options)


def csv_view(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    layout: Layout,
    buffer: int | None = None,
    dates: TypedDates | None = None,
    name: str = "export",
) -> None:
    """The export as view `name`, every cell as text but the `dates` the reader is to parse;
    `buffer`: bytes read at a time (DuckDB's default, 32 MiB a buffer, suits the parallel
    counting; one column in row order needs less)."""
    names = view_columns(layout)
    types = dates.types if dates else {}
    columns = "{" + ", ".join(f"'{n}': '{types.get(n, 'VARCHAR')}'" for n in names) + "}"
    quoted = str(path).replace("'", "''")
    delim = layout.delimiter.replace("'", "''")
    options = "".join(f", {k} = {sql_text(v)}" for k, v in (dates.options if dates else {}).items())
    if layout.above:  # the rows above the header (a report's title)
        options += f", skip = {layout.above}"
    if buffer:
        options += f", buffer_size = {buffer}"
    con.execute(
        f"""CREATE OR REPLACE TEMP VIEW {name} AS SELECT * FROM read_csv('{quoted}', columns = {columns},
        header = true, auto_detect = false, delim = '{delim}', quote = '"', escape = '"',
        strict_mode = true, encoding = 'utf-8'{options})"""
    )


def view_columns(layout: Layout) -> list[str]:
    """The view's column names in file order: a role's name, `_c<index>` for a column none reads."""
    by_index = {i: role for role, i in layout.index.items()}
    return [by_index.get(i, f"_c{i}") for i in range(layout.width)]


def sql_text(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


TAIL = 1 << 16  # bytes looked at for empty lines at the end of a CSV export


def trailing_blank_lines(path: Path) -> int | None:
    """How many empty lines end the file (the extra newlines hand edits leave), which DuckDB's
    reader skips: counted here from the last bytes, so that they take no second reading of the
    file. None when the end is not plain (old Mac line ends, or nothing but empty lines in the
    last 64 KiB): the located path reads and counts it. An empty line in the middle of the file
    is skipped the same way and not counted on this path (a scan of every byte for it would
    cost a third of the count; see docs/ho-so-tthc.md)."""
    with path.open("rb") as f:
        size = os.fstat(f.fileno()).st_size
        f.seek(max(0, size - TAIL))
        tail = f.read()
    if tail.endswith(b"\r\r") or (b"\r" in tail and b"\n" not in tail):
        return None
    lines = tail.split(b"\n")
    if lines[-1] not in (b"", b"\r"):
        return 0  # no line end after the last row
    for empty, line in enumerate(reversed(lines[:-1])):
        if line not in (b"", b"\r"):
            return empty
    return None


# -- the located path --------------------------------------------------------------------------

# What str.strip() removes (str.isspace), for DuckDB's trim: a cell reads the same text whether
# the csv module or DuckDB's reader loaded it. trim() with 29 characters costs 3× the reading:
# it runs only on a cell that begins or ends with one of them (`_strip`).
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
CHUNK = 16 << 20  # bytes `numbered_as_read` looks at a time


def numbered_as_read(path: Path) -> bool:
    """Whether DuckDB's reader gives this CSV's rows the numbers the csv module does: no empty
    line before the last row (DuckDB skips it where the csv module gives it a number; empty
    lines at the end are counted by `trailing_blank_lines`) and no NUL byte (which the csv
    module refuses). Two line ends in a row inside a quoted cell look the same: such a file
    goes to the csv module, which numbers it right."""
    with path.open("rb", buffering=0) as f:
        size = os.fstat(f.fileno()).st_size
        f.seek(max(0, size - TAIL))
        tail = f.read()
        kept = tail.rstrip(b"\r\n")
        if not kept and size > len(tail):
            return False  # 64 KiB of line ends: left to the csv module
        body = size - (len(tail) - len(kept))
        f.seek(0)
        buf = bytearray(CHUNK)  # read into, again and again: no new 16 MiB at each step (-30 %)
        view = memoryview(buf)
        last, done = 0, 0  # the byte before this chunk
        while done < body:
            n = f.readinto(view[: min(CHUNK, body - done)])
            if not n:
                return False
            done += n
            first = buf[0]
            if buf.find(b"\x00", 0, n) >= 0 or buf.find(b"\n\n", 0, n) >= 0 or (last, first) == (10, 10):
                return False
            if (buf.find(b"\r", 0, n) >= 0 or last == 13) and (
                buf.find(b"\r\r", 0, n) >= 0
                or buf.find(b"\n\r", 0, n) >= 0
                or (last, first) in ((13, 13), (10, 13))
            ):
                return False
            last = buf[n - 1]
    return True


def load_csv(
    con: duckdb.DuckDBPyConnection, path: Path, layout: Layout, buffer: int | None = None
) -> tuple[int, int]:
    """The CSV as view `export` over a table as `load_rows` makes it (the row number the csv
    module gives, one stripped text column per role, rows of empty cells left out), read by
    DuckDB's parallel reader, for a file it reads whole and `numbered_as_read` (1M rows: loaded
    in 1.4 s, the whole run 3.1 s where streaming them through the csv module took 6.6 s). The
    table keeps the file's order (DuckDB preserves insertion order), so that its rowid is the
    row's place in the file. (Rows read, rows of empty cells.)"""
    csv_view(con, path, layout, buffer=buffer, name="export_csv")
    others = [c for c in view_columns(layout) if c not in layout.index]
    cells = ", ".join(f"{_strip(r)} AS {r}" for r in layout.index)
    rest = "".join(f" AND {_strip(c)} = ''" for c in others)  # the columns no role reads
    empty = " AND ".join(f"{r} = ''" for r in layout.index)
    con.execute(
        f"""CREATE OR REPLACE TABLE export_rows AS
        SELECT * EXCLUDE (_rest), {empty} AND _rest AS _blank
        FROM (SELECT {cells}, true{rest} AS _rest FROM export_csv)"""
    )
    con.execute(
        "CREATE OR REPLACE TEMP VIEW export AS "
        f"SELECT rowid + {layout.above + 2} AS _row, * EXCLUDE (_blank) FROM export_rows WHERE NOT _blank"
    )
    found = con.execute("SELECT count(*), count_if(_blank) FROM export_rows").fetchone()
    total, blank_rows = (int(found[0]), int(found[1])) if found else (0, 0)
    return total - blank_rows, blank_rows


def _strip(column: str) -> str:
    """The cell as str.strip() leaves it ('' for an empty cell)."""
    points = ", ".join(str(ord(c)) for c in WHITESPACE)
    ends = f"ord({column}) IN ({points}) OR ord(right({column}, 1)) IN ({points})"
    trimmed = f"trim({column}, {sql_text(WHITESPACE)})"
    return f"CASE WHEN {column} IS NULL THEN '' WHEN {ends} THEN {trimmed} ELSE {column} END"


def load_rows(con: duckdb.DuckDBPyConnection, rows: Rows, layout: Layout) -> int:
    """Stream the rows into table `export` (one text column per role and `_row`); rows read."""
    import pyarrow as pa  # the located path only

    roles = list(layout.index)
    wanted = [layout.index[r] for r in roles]
    schema = pa.schema([("_row", pa.int64()), *[(r, pa.string()) for r in roles]])
    read = 0

    def batch(taken: list[tuple[int, list[str]]]) -> pa.RecordBatch:
        numbers = [n for n, _ in taken]
        columns = list(zip(*(cells for _, cells in taken), strict=True)) or [() for _ in roles]
        arrays = [pa.array(numbers, pa.int64()), *[pa.array(c, pa.string()) for c in columns]]
        return pa.RecordBatch.from_arrays(arrays, schema=schema)

    def batches() -> Iterator[pa.RecordBatch]:
        nonlocal read
        taken: list[tuple[int, list[str]]] = []
        for row in rows.data(wanted):
            taken.append(row)
            if len(taken) == BATCH:
                read += len(taken)
                yield batch(taken)
                taken = []
        read += len(taken)
        yield batch(taken)

    reader = pa.RecordBatchReader.from_batches(schema, batches())
    con.register("export_stream", reader)
    con.execute("CREATE OR REPLACE TABLE export AS SELECT * FROM export_stream")
    con.unregister("export_stream")
    return read


def parquet_view(con: duckdb.DuckDBPyConnection, path: Path, layout: Layout) -> None:
    quoted = str(path).replace("'", "''")
    cells = ", ".join(
        f"nullif(trim(CAST({_identifier(header)} AS VARCHAR)), '') AS {role}"
        for role, header in layout.headers.items()
    )
    con.execute(
        f"""CREATE OR REPLACE TEMP VIEW export AS SELECT file_row_number + 2 AS _row, {cells}
        FROM read_parquet('{quoted}', file_row_number = true)"""
    )


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def parquet_columns(path: Path) -> list[str]:
    con = connect()
    quoted = str(path).replace("'", "''")
    names = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM read_parquet('{quoted}')").fetchall()]
    con.close()
    return names


class Workspace:
    """A temporary folder for the located path's table and DuckDB's spill files."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="cchc-ho-so-"))

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
