"""The first look at a CSV export, and starting its count before anything else loads.

`find_header` finds the header row and delimiter; `Layout` says where each role is;
`sniff_formats` puts first the date format each column uses. `prefetch`, called by
`cchc score` first thing, looks into the evidence file just enough to find a plain CSV export
(no mapping file) and starts the counting query (evidence/dossier_query.py) in a thread:
DuckDB scans the file without the GIL while pydantic and the engine are imported.
`evidence.dossier_read` then `take`s the running count, used only when it was started for
the same file, layout and definitions; anything unusual is left to the normal path, which
reports problems properly.

Only the standard library, PyYAML and `evidence.columns` / `evidence.dossier_query` are
imported here (DuckDB in the thread), on purpose.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import sys
import threading
import unicodedata
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evidence.columns import (
    DATE_FORMATS,
    DEFAULT_DOSSIER_SPEC,
    TITLE_ROWS,
    TableSpec,
    find_columns,
    find_optional,
    header_columns,
    header_index,
)
from evidence.dossier_query import DATE_ROLES, Definitions

SAMPLE = 200  # rows looked at to put each date column's format first


class HeaderError(ValueError):
    """The first line cannot be a header: not UTF-8, or empty."""

    def __init__(self, message: str, not_utf8: bool = False) -> None:
        super().__init__(message)
        self.not_utf8 = not_utf8


def read_header(path: Path) -> tuple[list[str], str]:
    """The header cells and the delimiter (',' or, as Vietnamese-locale spreadsheets save, ';')."""
    with path.open("rb") as f:
        first = f.readline(1 << 20)
    try:
        line = first.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise HeaderError(not_utf8(first, exc.start), not_utf8=True) from exc
    if not line.strip():
        raise HeaderError("tệp rỗng hoặc thiếu dòng tiêu đề")
    delimiter = max(DELIMITERS, key=line.count)
    return next(csv.reader([line], delimiter=delimiter)), delimiter


DELIMITERS = (",", ";", "\t")
SAVE_AS_UTF8 = "mở tệp bằng Excel, chọn Lưu thành (Save As), kiểu “CSV UTF-8 (Comma delimited) (*.csv)”"


def not_utf8(head: bytes, start: int) -> str:
    """Why a CSV is not read, and how its user saves one that is: Excel's plain “CSV” is written
    in the Windows code page, its “Unicode Text” in UTF-16."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return f"tệp mã hoá UTF-16 (Excel lưu kiểu “Unicode Text”), không phải UTF-8: {SAVE_AS_UTF8}"
    return (
        f"tệp không phải UTF-8 (byte {start}; Excel lưu kiểu “CSV (Comma delimited)” theo bảng mã "
        f"Windows): {SAVE_AS_UTF8}"
    )


@dataclass(frozen=True)
class Header:
    """A CSV's header row: its cells, the delimiter, and how many rows are above it (as the csv
    module, a spreadsheet and DuckDB's `skip` count them: a quoted cell's line ends do not
    start a row, an empty line does)."""

    cells: list[str]
    delimiter: str
    above: int = 0


def find_header(path: Path, spec: TableSpec) -> Header:
    """Row 1 when it has `spec`'s required columns; else the row `columns.header_index` finds
    among the first rows, in whichever delimiter it is written. HeaderError when row 1 is not
    UTF-8, or empty with no header below."""
    empty: HeaderError | None = None
    try:
        cells, delimiter = read_header(path)
    except HeaderError as exc:
        if exc.not_utf8:
            raise
        cells, delimiter, empty = [], ",", exc
    if empty is None and not find_columns(cells, spec)[1]:
        return Header(cells, delimiter)
    best, most = Header(cells, delimiter), header_columns(cells, spec) if empty is None else 0
    for sep in sorted(DELIMITERS, key=lambda d: d != delimiter):  # row 1's first
        records = _first_records(path, sep)
        at = header_index(records, spec)
        found = header_columns(records[at], spec) if records else 0
        if found > most:
            best, most = Header(records[at], sep, above=at), found
    if empty is not None and not most:
        raise empty
    return best


def _first_records(path: Path, delimiter: str) -> list[list[str]]:
    """The first `TITLE_ROWS` rows (fewer when one cannot be read)."""
    out: list[list[str]] = []
    try:
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as f:
            out.extend(itertools.islice(csv.reader(f, delimiter=delimiter), TITLE_ROWS))
    except (OSError, csv.Error):
        pass
    return out


@dataclass
class Layout:
    """Where each role is in the file: column index, header as written, number of columns."""

    index: dict[str, int]
    headers: dict[str, str]  # role → header as written
    width: int
    delimiter: str = ","
    above: int = 0  # rows above the header (`Header.above`)


def layout_of(header: list[str], index: dict[str, int], delimiter: str = ",", above: int = 0) -> Layout:
    return Layout(
        index=dict(index),
        headers={r: header[i] for r, i in index.items()},
        width=len(header),
        delimiter=delimiter,
        above=above,
    )


def first_values(path: Path, layout: Layout) -> dict[str, list[str]]:
    """The first non-empty values of each date column (a hint only: errors give none)."""
    roles = [r for r in DATE_ROLES if r in layout.index]
    out: dict[str, list[str]] = {r: [] for r in roles}
    try:
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as f:
            reader = csv.reader(f, delimiter=layout.delimiter)
            for cells in itertools.islice(reader, layout.above + 1, layout.above + SAMPLE + 1):
                for role in roles:
                    i = layout.index[role]
                    if i < len(cells) and cells[i].strip():
                        out[role].append(cells[i].strip())
    except (OSError, csv.Error):
        pass
    return out


def sniff_formats(samples: dict[str, list[str]], formats: list[str], user: int) -> dict[str, tuple[str, ...]]:
    """Per date column, the formats with the one its first values use first. The user's
    formats (a mapping file's, the first `user`) keep their place: they may overlap."""
    out: dict[str, tuple[str, ...]] = {}
    for role in DATE_ROLES:
        hits = dict.fromkeys(formats[user:], 0)
        for value in samples.get(role, []):
            for f in hits:
                try:
                    dt.datetime.strptime(value, f)
                except ValueError:
                    continue
                hits[f] += 1
                break
        ordered = sorted(hits, key=lambda f: -hits[f])  # stable: ties keep the default order
        out[role] = (*formats[:user], *ordered)
    return out


def definitions(
    year: int,
    as_of: dt.date | None,
    options: dict[str, Any],
    formats: dict[str, tuple[str, ...]],
    optional: tuple[str, ...],
) -> Definitions:
    return Definitions(
        start=dt.date(year, 1, 1),
        as_of=as_of or dt.date(year, 12, 31),
        scope=str(options.get("scope", "received")),
        on_time=str(options.get("on_time", "date")),
        pending_overdue=str(options.get("pending_overdue", "exclude")),
        date_formats=formats,
        optional=optional,
    )


@dataclass
class Started:
    path: str
    layout: Layout
    definitions: Definitions
    future: Future[Any]  # (connection, Counts), or the exception DuckDB raised
    thread: threading.Thread
    begun: threading.Event  # set when DuckDB runs the count (or the thread ended)


_started: list[Started] = []
_CHOICES = {
    "scope": {"received", "processed"},
    "on_time": {"date", "datetime"},
    "pending_overdue": {"exclude", "late"},
}


def _run(future: Future[Any], begun: threading.Event, path: Path, layout: Layout, d: Definitions) -> None:
    try:
        from evidence import dossier_scan as scan

        future.set_result(scan.fast_count(path, layout, d, begun=begun.set))
    except BaseException as exc:  # the normal path reads and reports
        future.set_exception(exc)
    finally:
        begun.set()


def prefetch(evidence: Path) -> None:
    """Start counting the dossier export an evidence file names, if it is a plain CSV export
    (no mapping file, the default options or valid ones); for the whole year (`--as-of`
    takes the normal path)."""
    try:
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        text = unicodedata.normalize("NFC", evidence.read_text(encoding="utf-8-sig"))
        doc = yaml.load(text, Loader=loader)
        sources = doc.get("sources") or {}
        year = doc.get("year")
        dossiers = sources.get("dossiers")
        if isinstance(dossiers, dict) and dossiers.get("sheet") is None:
            dossiers = dossiers.get("file")
        options = sources.get("options") or {}
        if sources.get("mapping") is not None or not isinstance(dossiers, str) or type(year) is not int:
            return
        if any(k in _CHOICES and v not in _CHOICES[k] for k, v in options.items()):
            return
        path = evidence.parent / dossiers
        if path.suffix.lower() not in (".csv", ".txt") or not path.is_file():
            return
        spec = DEFAULT_DOSSIER_SPEC
        found = find_header(path, spec)
        header = found.cells
        index, missing, ambiguous = find_columns(header, spec)
        optional, ambiguous_optional = find_optional(header, spec)
        if missing or ambiguous or ambiguous_optional:
            return
        layout = layout_of(header, {**index, **optional}, found.delimiter, found.above)
        formats = sniff_formats(first_values(path, layout), list(DATE_FORMATS), 0)
        d = definitions(year, None, options, formats, tuple(optional))
        future: Future[Any] = Future()
        begun = threading.Event()
        thread = threading.Thread(
            target=_run, args=(future, begun, path, layout, d), name="cchc-prefetch", daemon=True
        )
        _started[:] = [s for s in _started if s.path != str(path.resolve())]  # one per file
        _started.append(Started(str(path.resolve()), layout, d, future, thread, begun))
        thread.start()
    except Exception:  # an optimisation only: the normal path reads and reports
        return


BEGUN_WAIT = 0.5  # seconds at most that `wait_begun` holds the program back


def wait_begun() -> None:
    """Hold the program back until DuckDB runs the count `prefetch` started: until then, the
    count's thread imports DuckDB and connects, under the interpreter's lock, and the
    program's own imports beside it would only slow both (1M rows: the count begins ~60 ms
    sooner). Afterwards DuckDB counts on its own threads, without the lock."""
    for s in _started:
        s.begun.wait(BEGUN_WAIT)


def stop() -> None:
    """Stop the counts `prefetch` started that nobody took (`--as-of`, an error found first) and
    wait for their threads: a thread still inside DuckDB when the interpreter ends aborts the
    process ("terminate called…", exit -6)."""
    while any(s.thread.is_alive() for s in _started):
        scan = sys.modules.get("evidence.dossier_scan")
        if scan is not None:
            scan.interrupt()
        for s in _started:
            s.thread.join(0.02)
    _started.clear()


def take(path: Path, layout: Layout, d: Definitions) -> Future[Any] | None:
    """The count `prefetch` started for this file, layout and definitions, once; None otherwise."""
    for started in _started:
        if started.path == str(path.resolve()) and started.layout == layout and started.definitions == d:
            _started.remove(started)
            return started.future
    return None
