"""Read a filled evidence workbook back into validated evidence, every problem located.

A problem names the file, the sheet, the row as the spreadsheet shows it and the column
header. The workbook becomes the same mapping a YAML evidence file holds and goes through
the same validation (`evidence.load.parse_evidence`); what that validation finds is then
placed back on the cell it came from.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.core.datafile import DataFile, read_bytes
from engine.core.numbers import NotANumber
from engine.core.problems import InputError, Problem, Reason
from engine.core.xlsx_read import damaged, format_problem, sheet_rows
from engine.core.xlsx_speed import install
from engine.spec.bundle import Library, find_catalog, find_plan, find_rulebook
from engine.spec.catalog import Catalog
from engine.spec.plan import Plan
from evidence.columns import fold
from evidence.fact_checks import coerce, suggest
from evidence.load import parse_evidence
from evidence.models import Evidence
from evidence.workbook import layout as L

SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls"})
Place = tuple[str, int, str]  # sheet, row, column header


def is_workbook(path: Path) -> bool:
    """Whether evidence at this path is read as a workbook (by its extension)."""
    return path.suffix.lower() in SUFFIXES


@dataclass
class _Sheet:
    """A sheet's cached values beside its formulas (openpyxl gives one or the other per load)."""

    name: str
    values: list[tuple[Any, ...]]
    formulas: list[tuple[Any, ...]]

    def cell(self, row: int, col: int) -> tuple[Any, bool]:
        """(value, formula without a cached value) at a 1-based row and 0-based column."""
        vals = self.values[row - 1] if row - 1 < len(self.values) else ()
        forms = self.formulas[row - 1] if row - 1 < len(self.formulas) else ()
        value = vals[col] if col < len(vals) else None
        formula = forms[col] if col < len(forms) else None
        uncached = value is None and isinstance(formula, str) and formula.startswith("=")
        return value, uncached


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", str(value)).strip()


@dataclass
class _Reader:
    name: str
    sheets: dict[str, _Sheet]
    problems: list[Problem] = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)
    seen_facts: dict[str, int] = field(default_factory=dict)  # fact → its row in "Minh chứng"

    def add(self, code: Reason, place: Place | None, reason: str) -> None:
        sheet, row, column = place if place else (None, None, None)
        self.problems.append(
            Problem(code=code, file=self.name, sheet=sheet, row=row, column=column, reason=reason)
        )

    def value(self, sheet: _Sheet, row: int, col: int, header: str) -> Any:
        """A cell's value; a formula Excel never computed is a located problem, not a blank."""
        value, uncached = sheet.cell(row, col)
        if uncached:
            self.add(
                Reason.FORMULA_WITHOUT_VALUE,
                (sheet.name, row, header),
                "ô chứa công thức chưa có giá trị đã tính: mở và lưu lại tệp bằng Excel hoặc LibreOffice",
            )
            return None
        if isinstance(value, str):
            value = unicodedata.normalize("NFC", value).strip()
        return value

    # -- "Thông tin" ---------------------------------------------------------------------------
    def info(self) -> dict[str, Any]:
        sheet = self.sheets[L.INFO]
        known = {fold(label): label for label in L.INFO_LABELS}
        out: dict[str, Any] = {}
        for row in range(1, len(sheet.values) + 1):
            label = known.get(fold(_text(sheet.cell(row, 0)[0])))
            if label is None:
                continue
            self.places[label] = (L.INFO, row, "B")
            value = self.value(sheet, row, 1, "B")
            if not _blank(value):
                out[label] = value
        for label in (L.UNIT, L.YEAR, L.CATALOG):
            place = self.places.get(label)
            if place is None:
                self.add(Reason.MISSING_FIELD, (L.INFO, 1, "A"), f"thiếu dòng có nhãn “{label}” ở cột A")
            elif label == L.CATALOG and label not in out:  # the rest is validated with the catalog
                self.add(Reason.MISSING_FIELD, place, f"thiếu “{label}”")
        return out

    # -- headers -------------------------------------------------------------------------------
    def header(self, sheet: _Sheet, wanted: tuple[str, ...]) -> dict[str, int] | None:
        cells = [_text(v) for v in (sheet.values[0] if sheet.values else ())]
        if not any(cells):
            self.add(Reason.MISSING_COLUMN, (sheet.name, 1, wanted[0]), "trang tính không có dòng tiêu đề")
            return None
        index: dict[str, int] = {}
        for i, text in enumerate(cells):
            for h in wanted:
                if fold(text) == fold(h):
                    if h in index:
                        self.add(Reason.DUPLICATE_COLUMN, (sheet.name, 1, h), "cột bị trùng tên")
                    index.setdefault(h, i)
        extra = [c for c in cells if c and all(fold(c) != fold(h) for h in wanted)]
        missing = [h for h in wanted if h not in index]
        for h in missing:
            hint = f"; có cột lạ “{'”, “'.join(extra)}” — có phải tiêu đề đã bị đổi tên?" if extra else ""
            self.add(Reason.MISSING_COLUMN, (sheet.name, 1, h), f"thiếu cột “{h}”{hint}")
        return None if missing else index

    # -- "Minh chứng" --------------------------------------------------------------------------
    def facts(
        self, catalog: Catalog, rows: list[L.FactRow]
    ) -> tuple[dict[str, Any], dict[str, Any], dict[str, list[tuple[str, Place]]]]:
        sheet = self.sheets[L.FACTS]
        index = self.header(sheet, L.FACT_HEADERS)
        this_year: dict[str, Any] = {}
        last_year: dict[str, Any] = {}
        cited: dict[str, list[tuple[str, Place]]] = {}
        if index is None:
            return this_year, last_year, cited
        expected = {r.fact: r for r in rows if r.fact}
        seen = self.seen_facts

        known = sorted(catalog.facts)
        for row in range(2, len(sheet.values) + 1):
            fact = _text(self.value(sheet, row, index[L.FACT_ID], L.FACT_ID))
            values = {h: self.value(sheet, row, index[h], h) for h in (L.THIS_YEAR, L.LAST_YEAR, L.DOCS)}
            if not fact:
                for h, v in values.items():
                    if not _blank(v):
                        self.add(
                            Reason.MISSING_VALUE,
                            (L.FACTS, row, h),
                            f"có giá trị nhưng dòng không có “{L.FACT_ID}”",
                        )
                continue
            if fact not in catalog.facts:
                self.add(
                    Reason.UNKNOWN_FACT,
                    (L.FACTS, row, L.FACT_ID),
                    f"minh chứng '{fact}' không có trong bộ tiêu chí '{catalog.id}'" + suggest(fact, known),
                )
                continue
            if fact in seen:
                self.add(
                    Reason.DUPLICATE_ROW,
                    (L.FACTS, row, L.FACT_ID),
                    f"minh chứng '{fact}' đã có ở dòng {seen[fact]}: mỗi minh chứng một dòng",
                )
                continue
            seen[fact] = row
            spec, want = catalog.facts[fact], expected.get(fact)
            if want is not None:
                cells = want.cells()
                for h in L.CHECKED:
                    got = _text(sheet.cell(row, index[h])[0])
                    if fold(got) != fold(cells[h]):
                        shown = f"“{cells[h]}”" if cells[h] else "để trống"
                        self.add(
                            Reason.LOCKED_CELL,
                            (L.FACTS, row, h),
                            f"cột bị khoá đã bị sửa (mẫu ghi {shown}): minh chứng nhập vào “{L.THIS_YEAR}”, "
                            f"ghi chú vào “{L.NOTE}”",
                        )
            for h, target in ((L.THIS_YEAR, this_year), (L.LAST_YEAR, last_year)):
                raw = values[h]
                if _blank(raw):
                    continue
                if isinstance(raw, dt.date | dt.time | dt.timedelta):
                    self.add(
                        Reason.WRONG_TYPE, (L.FACTS, row, h), f"{spec.label}: ô chứa ngày, không phải số"
                    )
                    continue
                try:
                    target[fact] = coerce(spec, raw)
                except ValueError as exc:
                    self.add(_value_code(exc), (L.FACTS, row, h), f"{spec.label}: {exc}")
                self.places[("facts." if h == L.THIS_YEAR else "previous.") + fact] = (L.FACTS, row, h)
            for number in _split(_text(values[L.DOCS])):
                cited.setdefault(number, []).append((fact, (L.FACTS, row, L.DOCS)))
        return this_year, last_year, cited

    # -- "Tài liệu" ----------------------------------------------------------------------------
    def documents(self, catalog: Catalog, cited: dict[str, list[tuple[str, Place]]]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        sheet = self.sheets.get(L.DOCUMENTS)
        index = self.header(sheet, L.DOC_HEADERS) if sheet is not None else None
        by_number: dict[str, dict[str, Any]] = {}
        if sheet is not None and index is not None:
            for row in range(2, len(sheet.values) + 1):
                cells = {h: self.value(sheet, row, index[h], h) for h in L.DOC_HEADERS}
                if all(_blank(v) for v in cells.values()):
                    continue
                for h in (L.DOC_NUMBER, L.DOC_DATE, L.DOC_TITLE):
                    if _blank(cells[h]):
                        self.add(Reason.MISSING_VALUE, (L.DOCUMENTS, row, h), f"thiếu “{h}” của văn bản")
                date = _date(cells[L.DOC_DATE])
                if date is None and not _blank(cells[L.DOC_DATE]):
                    self.add(
                        Reason.NOT_A_DATE,
                        (L.DOCUMENTS, row, L.DOC_DATE),
                        f"'{_text(cells[L.DOC_DATE])}' không phải ngày (dd/mm/yyyy)",
                    )
                backs = []
                for name in _split(_text(cells[L.DOC_BACKS])):
                    if name not in catalog.facts:
                        self.add(
                            Reason.UNKNOWN_FACT,
                            (L.DOCUMENTS, row, L.DOC_BACKS),
                            f"minh chứng '{name}' không có" + suggest(name, sorted(catalog.facts)),
                        )
                    else:
                        backs.append(name)
                number = _text(cells[L.DOC_NUMBER])
                doc: dict[str, Any] = {
                    "number": number,
                    "date": date.isoformat() if date else None,
                    "title": _text(cells[L.DOC_TITLE]),
                    "backs": backs,
                }
                if number in by_number:
                    self.add(
                        Reason.DUPLICATE_ROW,
                        (L.DOCUMENTS, row, L.DOC_NUMBER),
                        f"văn bản “{number}” được ghi hai lần",
                    )
                    continue
                by_number[number] = doc
                if date is not None and number and doc["title"]:  # else its problem is reported above
                    for key, h in (("number", L.DOC_NUMBER), ("date", L.DOC_DATE), ("title", L.DOC_TITLE)):
                        self.places[f"documents.{len(out)}.{key}"] = (L.DOCUMENTS, row, h)
                    self.places[f"documents.{len(out)}.backs"] = (L.DOCUMENTS, row, L.DOC_BACKS)
                    out.append(doc)
        for number, uses in cited.items():
            found = by_number.get(number)
            if found is None:
                for _, place in uses:
                    self.add(
                        Reason.MISSING_VALUE,
                        place,
                        f"văn bản “{number}” chưa có trong trang tính “{L.DOCUMENTS}” "
                        "(ghi Số hiệu, Ngày, Trích yếu ở đó)",
                    )
                continue
            found["backs"] += [fact for fact, _ in uses if fact not in found["backs"]]
        return out

    def relocate(self, problem: Problem) -> Problem:
        """A problem validation found at a key path, moved onto the cell it came from."""
        if problem.file != self.name or not problem.where:
            return problem
        path = problem.where
        while path and path not in self.places:
            path = path.rpartition(".")[0]
        if not path:
            return problem
        sheet, row, column = self.places[path]
        return problem.model_copy(
            update={"sheet": sheet, "row": row, "column": column, "where": "", "line": None}
        )


def _value_code(exc: ValueError) -> Reason:
    """The reason code of a refused value (`coerce` names it; a bare ValueError is a range)."""
    code = getattr(exc, "code", None)
    if isinstance(code, Reason):
        return code
    return Reason.NOT_A_NUMBER if isinstance(exc.__cause__, NotANumber) else Reason.OUT_OF_RANGE


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.replace(";", ",").replace("\n", ",").split(",") if p.strip()]


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 2958466:
        from openpyxl.utils.datetime import from_excel

        converted = from_excel(value)
        return converted.date() if isinstance(converted, dt.datetime) else None
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(_text(value), fmt).date()
        except ValueError:
            continue
    return None


def _nest(flat: dict[str, Any]) -> dict[str, Any]:
    tree: dict[str, Any] = {}
    for name, value in flat.items():
        *parents, leaf = name.split(".")
        node = tree
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = value
    return tree


def _open(path: Path, name: str) -> dict[str, _Sheet]:
    from openpyxl import load_workbook

    if path.is_dir():
        raise InputError(
            [Problem(code=Reason.NOT_REGULAR_FILE, file=name, reason="là thư mục, không phải tệp thường")]
        )
    raw = read_bytes(path, name)
    wrong = format_problem(name, raw)
    if wrong is not None:
        raise InputError([wrong])
    install()
    try:
        values = load_workbook(path, read_only=True, data_only=True)
        formulas = load_workbook(path, read_only=True, data_only=False)
        try:
            return {
                ws.title: _Sheet(ws.title, sheet_rows(ws), sheet_rows(formulas[ws.title]))
                for ws in values.worksheets
            }
        finally:
            values.close()
            formulas.close()
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise damaged(name, exc) from exc


def load_workbook_evidence(
    path: Path, as_of: dt.date | None = None, display: str | None = None, library: Library | None = None
) -> Evidence:
    """Read an evidence workbook; raise InputError listing every problem, each on its cell."""
    name = display or str(path)
    sheets = _open(path, name)
    missing = [s for s in (L.INFO, L.FACTS) if s not in sheets]
    if missing:
        listed = ", ".join(f"“{s}”" for s in sheets)
        raise InputError(
            [
                Problem(
                    code=Reason.UNKNOWN_SHEET,
                    file=name,
                    reason=f"không phải sổ minh chứng của cchc: thiếu trang tính “{s}” (tệp có: {listed}); "
                    "tạo sổ bằng lệnh cchc template",
                )
                for s in missing
            ]
        )
    reader = _Reader(name, sheets)
    info = reader.info()
    catalog: Catalog | None = None
    plan: Plan | None = None
    if L.CATALOG in info:
        try:
            catalog = find_catalog(_text(info[L.CATALOG]), library)
        except InputError as exc:
            reader.add(exc.problems[0].code, reader.places.get(L.CATALOG), exc.problems[0].reason)
    if L.PLAN in info:
        try:
            plan = find_plan(_text(info[L.PLAN]), library)
        except InputError as exc:
            reader.add(exc.problems[0].code, reader.places.get(L.PLAN), exc.problems[0].reason)
    if catalog is None:
        reader.header(sheets[L.FACTS], L.FACT_HEADERS)
        raise InputError(reader.problems)
    rows = L.fact_rows(
        catalog, find_rulebook(catalog.id, library), plan if plan and plan.catalog == catalog.id else None
    )
    facts, previous, cited = reader.facts(catalog, rows)
    documents = reader.documents(catalog, cited)
    data: dict[str, Any] = {
        "unit": _text(info.get(L.UNIT)),
        "year": info.get(L.YEAR),
        "catalog": catalog.id,
        "plan": _text(info[L.PLAN]) if L.PLAN in info else None,
        "facts": _nest(facts),
        "previous": _nest(previous),
        "documents": documents,
    }
    year = info.get(L.YEAR)
    if isinstance(year, str) and year.strip().isdigit():
        data["year"] = int(year)
    given = [label for label in (L.DOSSIERS, L.PROCEDURES) if label in info]
    if len(given) == 1:
        lacking = L.PROCEDURES if given == [L.DOSSIERS] else L.DOSSIERS
        reader.add(
            Reason.MISSING_FIELD,
            reader.places.get(lacking),
            f"đã ghi “{given[0]}” nên cần cả “{lacking}” (hai tệp đi cùng nhau)",
        )
    elif given:
        data["sources"] = {
            "dossiers": _source(info, L.DOSSIERS, L.DOSSIERS_SHEET),
            "procedures": _source(info, L.PROCEDURES, L.PROCEDURES_SHEET),
        }
        if L.MAPPING in info:
            data["sources"]["mapping"] = _text(info[L.MAPPING])
        for key, label in (("dossiers", L.DOSSIERS), ("procedures", L.PROCEDURES), ("mapping", L.MAPPING)):
            if label in reader.places:
                reader.places[f"sources.{key}"] = reader.places[label]
    for key, label in (("unit", L.UNIT), ("year", L.YEAR), ("catalog", L.CATALOG), ("plan", L.PLAN)):
        if label in reader.places:
            reader.places[key] = reader.places[label]
    try:
        evidence = parse_evidence(DataFile(name=name, data=data), path.parent, as_of, library)
    except InputError as exc:
        raise InputError([*reader.problems, *(reader.relocate(p) for p in exc.problems)]) from exc
    if reader.problems:
        raise InputError(reader.problems)
    deleted = _deleted_rows(name, rows, reader.seen_facts, evidence)
    notices = [*evidence.notices, deleted] if deleted else evidence.notices
    return evidence.model_copy(update={"notices": notices, "rows": dict(reader.seen_facts)})


LISTED = 10  # missing fact rows named in the warning


def _deleted_rows(name: str, rows: list[L.FactRow], seen: dict[str, int], evidence: Evidence) -> str:
    """A warning naming the fact rows the template wrote that the sheet no longer has (a deleted
    row reads as missing evidence, which is right, but the office should know it happened);
    a fact the dossier export gave is not missing."""
    gone = [r for r in rows if r.fact and r.fact not in seen and r.fact not in evidence.facts]
    if not gone:
        return ""
    named = [f"{r.code} {r.fact} ({r.label})" if r.label else f"{r.code} {r.fact}" for r in gone[:LISTED]]
    more = f" và {len(gone) - LISTED} dòng khác" if len(gone) > LISTED else ""
    return (
        f"{name}: trang “{L.FACTS}” thiếu {len(gone)} dòng minh chứng của mẫu (dòng đã bị xoá?): "
        f"{'; '.join(named)}{more}. Tiêu chí đọc các minh chứng này được tính là thiếu minh chứng; "
        "thêm lại dòng (hoặc tạo lại sổ bằng cchc template) nếu không cố ý xoá"
    )


def _source(info: dict[str, Any], file_label: str, sheet_label: str) -> Any:
    file = _text(info.get(file_label))
    if sheet_label in info:
        return {"file": file, "sheet": _text(info[sheet_label])}
    return file or None
