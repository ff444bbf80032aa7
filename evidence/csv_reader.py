"""pyarrow's CSV reader as the engine uses it, and starting it before anything else loads.

`parse` reads a CSV with the columns named by role, the text columns dictionary-encoded and
the dates parsed at read time (the fast path). `prefetch`, called by `cchc score` first
thing, looks into the evidence file just enough to find its dossier export and starts that
read in a thread: pyarrow parses without the GIL while pydantic, pandas and the engine are
imported. `evidence.tabular` then `take`s the running read, which is used only when it was
started for the same file with the same plan; anything unusual (a mapping file, XLSX, an
unreadable file) is left to the normal path, which reports problems properly.

Only PyYAML, pyarrow and `evidence.columns` are imported here, on purpose.

Known limit of the fast path: Arrow's parser reads a well-formed but impossible day (31/02,
31/04) as the first days of the next month instead of refusing it. The text path (XLSX,
or a CSV where some date does not parse) refuses it; a system export does not contain one.
"""

from __future__ import annotations

import csv
import unicodedata
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pv
import yaml

from evidence.columns import DEFAULT_DOSSIER_SPEC, Role, TableSpec, find_columns

TIMESTAMP = pa.timestamp("s")
CATEGORY = pa.dictionary(pa.int32(), pa.string())


class HeaderError(ValueError):
    """The first line cannot be a header: not UTF-8, or empty."""

    def __init__(self, message: str, not_utf8: bool = False) -> None:
        super().__init__(message)
        self.not_utf8 = not_utf8


def read_header(path: Path) -> tuple[list[str], str]:
    """The header cells and the delimiter (',' or, as Vietnamese-locale spreadsheets save, ';')."""
    with path.open("rb") as f:
        first = f.readline()
    try:
        line = first.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise HeaderError(f"tệp không phải UTF-8 (byte {exc.start})", not_utf8=True) from exc
    if not line.strip():
        raise HeaderError("tệp rỗng hoặc thiếu dòng tiêu đề")
    delimiter = max((",", ";", "\t"), key=line.count)
    return next(csv.reader([line], delimiter=delimiter)), delimiter


@dataclass(frozen=True)
class Plan:
    """Everything that decides what a read returns (hashable: it keys prefetched reads)."""

    names: tuple[str, ...]
    delimiter: str
    roles: tuple[Role, ...]
    dates: tuple[Role, ...]
    categorical: frozenset[Role]
    date_formats: tuple[str, ...]


def plan_for(header: list[str], delimiter: str, index: dict[Role, int], spec: TableSpec) -> Plan:
    by_index = {i: role for role, i in index.items()}
    return Plan(
        names=tuple(by_index.get(i, f"_{i}") for i in range(len(header))),
        delimiter=delimiter,
        roles=tuple(index),
        dates=tuple(r for r in spec.dates if r in index),
        categorical=frozenset(r for r in spec.categorical if r in index),
        date_formats=tuple(spec.date_formats),
    )


@dataclass
class Parsed:
    table: pa.Table
    bad_rows: list[Any] = field(default_factory=list)  # pyarrow InvalidRow: wrong number of cells


def parse(path: Path, plan: Plan, *, dates_as_text: bool = False, threads: bool = True) -> Parsed:
    """Read the CSV; raises pyarrow.ArrowInvalid (a date no parser reads, invalid UTF-8)."""
    bad_rows: list[Any] = []

    def on_bad_row(row: Any) -> str:
        bad_rows.append(row)
        return "skip"

    date_type = pa.string() if dates_as_text else TIMESTAMP
    types = {
        role: date_type if role in plan.dates else CATEGORY if role in plan.categorical else pa.string()
        for role in plan.roles
    }
    table = pv.read_csv(
        path,
        read_options=pv.ReadOptions(skip_rows=1, column_names=list(plan.names), use_threads=threads),
        parse_options=pv.ParseOptions(
            delimiter=plan.delimiter,
            newlines_in_values=True,
            ignore_empty_lines=False,  # a blank line is still a row of the spreadsheet
            invalid_row_handler=on_bad_row,
        ),
        convert_options=pv.ConvertOptions(
            include_columns=list(plan.roles),
            column_types=types,
            strings_can_be_null=False,
            timestamp_parsers=[*plan.date_formats, pv.ISO8601],
        ),
    )
    return Parsed(table, bad_rows)


_started: dict[tuple[str, Plan], Future[Parsed]] = {}


def prefetch(evidence: Path) -> None:
    """Start reading the dossier export an evidence file names, if it is a plain CSV export."""
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        text = unicodedata.normalize("NFC", evidence.read_text(encoding="utf-8-sig"))
        sources = yaml.load(text, Loader=loader).get("sources") or {}
        dossiers = sources.get("dossiers")
        if isinstance(dossiers, dict) and dossiers.get("sheet") is None:
            dossiers = dossiers.get("file")
        if sources.get("mapping") is not None or not isinstance(dossiers, str):
            return
        path = evidence.parent / dossiers
        if path.suffix.lower() not in (".csv", ".txt") or not path.is_file():
            return
        header, delimiter = read_header(path)
        index, missing, ambiguous = find_columns(header, DEFAULT_DOSSIER_SPEC)
        if missing or ambiguous:
            return
        plan = plan_for(header, delimiter, index, DEFAULT_DOSSIER_SPEC)
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cchc-prefetch")
        _started[(str(path.resolve()), plan)] = pool.submit(parse, path, plan)
        pool.shutdown(wait=False)
    except Exception:  # an optimisation only: the normal path reads and reports
        return


def take(path: Path, plan: Plan) -> Future[Parsed] | None:
    """The read `prefetch` started for this file and plan, once; None otherwise."""
    return _started.pop((str(path.resolve()), plan), None)
