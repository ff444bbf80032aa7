"""Evidence from a published wide table (CSV): one row per unit and year, one column per fact.

Indices such as VCCI's PCI are published as tables (province, sub-index scores, composite,
rank). The catalog's `table` block and each fact's label and aliases say which column is
which, so the reader knows no index. It picks the row of one unit and year (and last
year's row, when the table has one, as `previous`) and hands them to the ordinary evidence
validation; problems are reported by row and column of the table.
"""

from __future__ import annotations

import csv
import difflib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from engine.core.datafile import read_bytes
from engine.core.problems import InputError, Problem, Reason
from engine.spec.bundle import Library
from engine.spec.catalog import Catalog
from evidence.columns import bare, fold
from evidence.csv_reader import not_utf8
from evidence.load import evidence_from_data
from evidence.models import Evidence

_BLANK = {"", "n/a", "na", "-", "—", "–"}


@dataclass(frozen=True)
class _Columns:
    unit: int
    year: int | None
    facts: dict[str, int]  # fact name → column index


def _columns(header: list[str], catalog: Catalog, file: str, line: int) -> _Columns:
    layout = catalog.table
    if layout is None:
        raise InputError(
            [
                Problem(
                    code=Reason.UNSUPPORTED_FORMAT,
                    file=file,
                    reason=f"bộ tiêu chí '{catalog.id}' không khai cách đọc bảng (mục table)",
                )
            ]
        )
    names: dict[str, str] = {}  # header key → "fact:<name>" | "unit" | "year" | "ignore"
    shown: dict[str, str] = {}  # header key → the header as written in the data
    for name, spec in catalog.facts.items():
        for text in (name, spec.label, *spec.aliases):
            names.setdefault(fold(text), f"fact:{name}")
            shown.setdefault(fold(text), text)
    for kind, texts in (
        ("unit", layout.unit_columns),
        ("year", layout.year_columns),
        ("ignore", layout.ignore_columns),
    ):
        names.update({fold(t): kind for t in texts})
        shown.update({fold(t): t for t in texts})
    # Tables are often typed without diacritics (TCDD for TCĐĐ): a header that matches no name
    # as written is matched without them, when that names one column only.
    unmarked: dict[str, set[str]] = {}
    for key, named in names.items():
        unmarked.setdefault(bare(key), set()).add(named)

    problems: list[Problem] = []
    unit: int | None = None
    year: int | None = None
    facts: dict[str, int] = {}
    for i, raw in enumerate(header):
        role: str | None = names.get(fold(raw))
        if role is None and len(unmarked.get(bare(raw), ())) == 1:
            (role,) = unmarked[bare(raw)]
        where = f"cột {i + 1} '{raw}'"
        if role is None:
            close = difflib.get_close_matches(fold(raw), list(names), n=1, cutoff=0.6)
            hint = f"; có phải ý bạn là '{shown[close[0]]}'?" if close else ""
            problems.append(
                Problem(
                    code=Reason.UNKNOWN_COLUMN,
                    file=file,
                    where=where,
                    line=line,
                    reason=f"không biết cột này{hint}",
                )
            )
        elif role == "unit":
            unit = i if unit is None else unit
        elif role == "year":
            year = i if year is None else year
        elif role.startswith("fact:"):
            fact = role.removeprefix("fact:")
            if fact in facts:
                problems.append(
                    Problem(
                        code=Reason.DUPLICATE_COLUMN,
                        file=file,
                        where=where,
                        line=line,
                        reason=f"cột thứ hai cho minh chứng '{fact}'",
                    )
                )
            facts[fact] = i
    if unit is None:
        problems.append(
            Problem(
                code=Reason.MISSING_COLUMN,
                file=file,
                line=line,
                reason="thiếu cột đơn vị: " + ", ".join(layout.unit_columns),
            )
        )
    if problems:
        raise InputError(problems)
    assert unit is not None
    return _Columns(unit, year, facts)


def _read(path: Path) -> list[tuple[int, list[str]]]:
    """Non-empty rows with their line numbers in the file; lines starting with # are comments."""
    raw = read_bytes(path, str(path), bounded=False)  # a regular file; a published table may be large
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        reason = not_utf8(raw, exc.start)
        raise InputError([Problem(code=Reason.NOT_UTF8, file=str(path), reason=reason)]) from exc
    text = unicodedata.normalize("NFC", text)
    # a comment becomes an empty line, so that line numbers stay those of the file
    lines = ["" if line.lstrip().startswith("#") else line for line in text.splitlines()]
    first = next((line for line in lines if line.strip()), "")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(first, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(lines, dialect)
    rows = [(reader.line_num, row) for row in reader if any(cell.strip() for cell in row)]
    if not rows:
        raise InputError([Problem(code=Reason.EMPTY_FILE, file=str(path), reason="tệp rỗng")])
    return rows


def _row_length(cells: list[str], width: int, file: str, line: int) -> Problem | None:
    """A row with more or fewer cells than the header: its values would land in the wrong
    columns (a missing cell shifts every later one), so it is refused, never scored.
    Blank cells after the last column (a trailing separator) are harmless and allowed."""
    if len(cells) > width and not any(c.strip() for c in cells[width:]):
        return None
    if len(cells) == width:
        return None
    more = "thừa" if len(cells) > width else "thiếu"
    return Problem(
        code=Reason.ROW_LENGTH,
        file=file,
        row=line,
        reason=f"dòng có {len(cells)} ô nhưng tiêu đề có {width} cột ({more} "
        f"{abs(len(cells) - width)} ô): số liệu sẽ lệch cột nên dòng này không được chấm; sửa dòng cho đủ "
        "đúng số ô (ô chưa có số liệu để trống hoặc ghi N/A)",
    )


def _year(cell: str, file: str, line: int) -> int:
    try:
        return int(cell.strip())
    except ValueError as exc:
        problem = Problem(
            code=Reason.NOT_A_NUMBER, file=file, line=line, where="cột năm", reason=f"'{cell}' không phải năm"
        )
        raise InputError([problem]) from exc


def load_table_evidence(
    path: str | Path,
    *,
    unit: str,
    year: int,
    catalog: str,
    plan: str | None = None,
    library: Library | None = None,
) -> Evidence:
    """Evidence for one unit and year from a wide table; last year's row becomes `previous`."""
    path = Path(path)
    file = str(path)
    library = library or Library()
    cat = library.catalog(catalog)[0]
    rows = _read(path)
    header_line, header = rows[0]
    cols = _columns(header, cat, file, header_line)

    by_year: dict[int | None, tuple[int, list[str]]] = {}
    units: set[str] = set()
    misshapen = [p for line, cells in rows[1:] if (p := _row_length(cells, len(header), file, line))]
    if misshapen:
        raise InputError(misshapen)
    for line, cells in rows[1:]:
        row = cells[: len(header)]
        units.add(row[cols.unit].strip())
        if fold(row[cols.unit]) != fold(unit):
            continue
        row_year = _year(row[cols.year], file, line) if cols.year is not None else None
        if row_year in by_year:
            raise InputError(
                [
                    Problem(
                        code=Reason.DUPLICATE_ROW,
                        file=file,
                        line=line,
                        reason=f"đơn vị '{unit}' có hai dòng cho cùng một năm",
                    )
                ]
            )
        by_year[row_year] = (line, row)

    current = by_year.get(year if cols.year is not None else None)
    if current is None:
        if not by_year:
            close = difflib.get_close_matches(unit, sorted(units), n=1, cutoff=0.6)
            hint = f"; có phải ý bạn là '{close[0]}'?" if close else ""
            reason = f"không có dòng nào của đơn vị '{unit}'{hint}"
        else:
            found = ", ".join(str(y) for y in sorted(y for y in by_year if y is not None))
            reason = f"đơn vị '{unit}' không có dòng năm {year} (có: {found})"
        raise InputError([Problem(code=Reason.UNKNOWN_UNIT, file=file, reason=reason)])
    previous = by_year.get(year - 1) if cols.year is not None else None

    def facts_of(row: list[str]) -> dict[str, str]:
        return {
            name: row[i].strip() for name, i in cols.facts.items() if row[i].strip().casefold() not in _BLANK
        }

    line, row = current
    data = {
        "unit": row[cols.unit].strip(),
        "year": year,
        "catalog": cat.id,
        "plan": plan,
        "facts": facts_of(row),
        "previous": facts_of(previous[1]) if previous else {},
    }
    where = {("facts", name): (line, header[i]) for name, i in cols.facts.items()}
    if previous:
        where |= {("previous", name): (previous[0], header[i]) for name, i in cols.facts.items()}
    try:
        return evidence_from_data(data, f"{path.name} ({data['unit']}, năm {year})", library=library)
    except InputError as exc:
        raise InputError(_relocate(exc.problems, file, line, where)) from exc


def _relocate(
    problems: list[Problem], file: str, line: int, where: dict[tuple[str, str], tuple[int, str]]
) -> list[Problem]:
    """Problems found in the assembled evidence, pointed back at the table's row and column."""
    out = []
    for p in problems:
        section, _, name = p.where.partition(".")
        cell = where.get((section, name))
        if cell is not None:
            out.append(
                Problem(code=p.code, file=file, line=cell[0], where=f"cột '{cell[1]}'", reason=p.reason)
            )
        else:
            out.append(Problem(code=p.code, file=file, line=line, where=p.where, reason=p.reason))
    return out
