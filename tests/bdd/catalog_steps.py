"""Steps for the methodology workbook (`cchc catalog export|import|diff`), in the team's words.

A scenario exports a catalog and plan to a workbook, edits cells as the office would in Excel,
imports it into a data directory, then scores with that directory (the `Khi chấm điểm` of
tests/bdd/steps.py uses `state.data`) or checks that the import was refused on the right cell.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytest_bdd import given, then, when

from engine.core.problems import InputError, Problem
from engine.spec.bundle import Library
from engine.spec.diff import diff
from engine.spec.workbook import layout as L
from engine.spec.workbook.export import catalog_workbook
from engine.spec.workbook.importer import import_workbook
from tests.bdd.phrases import phrase
from tests.bdd.state import ScenarioState, key
from tests.bdd.steps import fail


class Book:
    """The scenario's workbook, its data directory and what the import said."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / "bo-tieu-chi.xlsx"
        self.data = folder / "du-lieu"
        self.catalog = ""
        self.problems: list[Problem] | None = None


@pytest.fixture
def catalog_book(tmp_path: Path) -> Book:
    return Book(tmp_path)


@given(phrase("given", 'sổ bộ tiêu chí xuất từ bộ tiêu chí "{catalog}" và kế hoạch "{plan}"').parser())
def given_exported(scenario_state: ScenarioState, catalog_book: Book, catalog: str, plan: str) -> None:
    scenario_state.changed("catalog")
    scenario_state.catalog, scenario_state.plan = catalog.strip(), plan.strip()
    bundle = Library.from_env().bundle(scenario_state.catalog, scenario_state.plan)
    catalog_book.path.write_bytes(catalog_workbook(bundle.catalog, bundle.rulebook, bundle.plan))
    catalog_book.catalog = bundle.catalog.id


@given(phrase("given", 'trong sổ, ô "{column}" của "{code}" ở trang "{sheet}" ghi {value}').parser())
def given_cell(
    scenario_state: ScenarioState, catalog_book: Book, column: str, code: str, sheet: str, value: str
) -> None:
    book = load_workbook(catalog_book.path)
    if sheet not in book.sheetnames:
        fail(scenario_state, f"một trang của sổ: {', '.join(book.sheetnames)}", f"trang “{sheet}”")
    ws = book[sheet]
    headers = {str(c.value): c.column for c in ws[1] if c.value is not None}
    key_header = L.SHEET_KEYS.get(sheet, "Mã")
    if column not in headers or key_header not in headers:
        fail(scenario_state, f"một cột của trang “{sheet}”: {', '.join(headers)}", f"cột “{column}”")
    rows = [
        r for r in range(2, ws.max_row + 1) if key(str(ws.cell(r, headers[key_header]).value)) == key(code)
    ]
    if not rows:
        fail(scenario_state, f"một dòng có “{key_header}” là “{code}” ở trang “{sheet}”", "không có dòng nào")
    ws.cell(rows[0], headers[column]).value = value.strip()
    book.save(catalog_book.path)
    scenario_state.changed()


@when(phrase("when", "nhập sổ bộ tiêu chí vào thư mục dữ liệu").parser())
def when_imported(scenario_state: ScenarioState, catalog_book: Book) -> None:
    try:
        import_workbook(catalog_book.path, catalog_book.data, catalog_book.path.name)
    except InputError as exc:
        catalog_book.problems = exc.problems
        return
    catalog_book.problems = []
    scenario_state.data = [catalog_book.data]


@then(phrase("then", 'sổ bị từ chối ở trang "{sheet}", cột "{column}"').parser())
def then_refused(catalog_book: Book, scenario_state: ScenarioState, sheet: str, column: str) -> None:
    if catalog_book.problems is None:
        fail(scenario_state, "đã có bước “Khi nhập sổ bộ tiêu chí vào thư mục dữ liệu”", "chưa nhập sổ")
    if not catalog_book.problems:
        fail(scenario_state, f"sổ bị từ chối ở trang “{sheet}”, cột “{column}”", "sổ được nhận")
    if not any(p.sheet == sheet and p.column == column and p.row for p in catalog_book.problems):
        listed = "\n".join(f"    - {p.render()}" for p in catalog_book.problems)
        fail(
            scenario_state, f"một lỗi ở trang “{sheet}”, cột “{column}”, có số dòng", f"các lỗi là:\n{listed}"
        )
    if catalog_book.data.exists():
        fail(scenario_state, "không ghi gì khi sổ có lỗi", f"đã ghi {catalog_book.data}")


@then(phrase("then", 'so với bộ tiêu chí "{catalog}" có thay đổi "{text}"').parser())
def then_changed(catalog_book: Book, scenario_state: ScenarioState, catalog: str, text: str) -> None:
    if catalog_book.problems != []:
        fail(scenario_state, "sổ đã được nhập", f"sổ bị từ chối: {catalog_book.problems}")
    old = Library.from_env().catalog(catalog.strip())[0]
    new = Library.from_env([catalog_book.data]).catalog(catalog_book.catalog)[0]
    lines = diff(old, new).lines()
    if text.strip() not in lines:
        fail(scenario_state, f"thay đổi “{text}”", "các thay đổi: " + ("; ".join(lines) or "không có"))
