"""Fixed-choice cells of the catalog workbook: Vietnamese words out, words or raw keys back in."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from engine.core.problems import InputError
from engine.spec.bundle import Library
from engine.spec.workbook import layout as L
from engine.spec.workbook.choices import WORDS
from engine.spec.workbook.export import catalog_workbook
from engine.spec.workbook.importer import import_workbook

# Every word the export writes, and the key an older workbook held in its place.
KEY_OF = {shown: key for words in WORDS.values() for key, shown in words.items()}


def _export(tmp: Path, catalog: str, plan: str | None = None) -> Path:
    bundle = Library.from_env().bundle(catalog, plan)
    path = tmp / f"{catalog}.xlsx"
    path.write_bytes(catalog_workbook(bundle.catalog, bundle.rulebook, bundle.plan))
    return path


def _column(path: Path, sheet: str, header: str) -> list[object]:
    ws = load_workbook(path)[sheet]
    headers = [c.value for c in ws[1]]
    i = headers.index(header)
    return [row[i] for row in ws.iter_rows(min_row=2, values_only=True) if row[i] is not None]


def _digests(data: Path, catalog: str, plan: str | None = None) -> tuple[str, str, str | None]:
    b = Library.from_env([data]).bundle(catalog, plan)
    return b.catalog_digest, b.rules_digest, b.plan_digest


def test_choice_cells_and_drop_downs_show_vietnamese_words(tmp_path: Path) -> None:
    path = _export(tmp_path, "par-so-nganh-2022")
    head = {r[2]: r[1] for r in load_workbook(path)[L.HEAD].iter_rows(min_row=2, values_only=True)}
    assert head["catalog/not_applicable_default"] == "Đủ điểm"
    assert set(_column(path, "Danh mục minh chứng", "Kiểu")) <= {"Số đếm", "Tỷ lệ (%)", "Có/không", "Số"}
    assert "Theo mức" in _column(path, "Thang điểm", "Loại thang")
    lists = {
        dv.formula1 for ws in load_workbook(path).worksheets for dv in ws.data_validations.dataValidation
    }
    assert '"Đủ điểm,Không tính vào điểm tối đa"' in lists
    assert '"Số đếm,Tỷ lệ (%),Có/không,Số"' in lists
    raw = {"full_points", "exclude", "bands", "linear", "count", "percent", "not_applicable", "pp"}
    assert not [f for f in lists for k in raw if k in f]


def test_rounding_in_the_other_sheet_is_a_word_too(tmp_path: Path) -> None:
    path = _export(tmp_path, "chi-so-766")
    other = {r[1]: r[3] for r in load_workbook(path)[L.OTHER].iter_rows(min_row=2, values_only=True)}
    assert other["catalog/rounding/criterion"] == "Làm tròn 2 chữ số (nửa lên)"
    assert other["catalog/rounding/fields/TTTT"].startswith("Làm tròn như Cổng DVCQG")


@pytest.mark.parametrize("catalog", ["par-so-nganh-2022", "chi-so-766"])
def test_words_and_raw_keys_both_import_to_the_same_declarations(tmp_path: Path, catalog: str) -> None:
    shipped = Library.from_env().bundle(catalog)
    expected = (shipped.catalog_digest, shipped.rules_digest, shipped.plan_digest)
    words = _export(tmp_path, catalog)
    import_workbook(words, tmp_path / "words")
    assert _digests(tmp_path / "words", catalog) == expected

    # An older workbook: every word replaced by its raw key; a word typed in another case.
    book = load_workbook(words)
    replaced = 0
    for ws in book.worksheets:
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str) and cell.value in KEY_OF:
                    cell.value = KEY_OF[cell.value] if replaced % 2 == 0 else cell.value.upper()
                    replaced += 1
    assert replaced > 5
    old = tmp_path / "old.xlsx"
    book.save(old)
    import_workbook(old, tmp_path / "keys")
    assert _digests(tmp_path / "keys", catalog) == expected


def test_a_value_that_is_neither_says_the_words(tmp_path: Path) -> None:
    path = _export(tmp_path, "par-so-nganh-2022")
    book = load_workbook(path)
    ws = book["Danh mục minh chứng"]
    column = [c.value for c in ws[1]].index("Kiểu") + 1
    ws.cell(2, column).value = "số nguyên"
    book.save(path)
    with pytest.raises(InputError) as caught:
        import_workbook(path, tmp_path / "data")
    message = str(caught.value)
    assert "Danh mục minh chứng" in message and "Số đếm, Tỷ lệ (%), Có/không, Số" in message


def test_every_word_fits_a_drop_down_and_reads_back_to_one_key() -> None:
    for field, words in WORDS.items():
        shown = [w.casefold() for w in words.values()]
        assert len(set(shown)) == len(shown), field
        assert not [w for w in words.values() if "," in w], field  # Excel's list is comma-separated
        assert not set(shown) & {k.casefold() for k in words}, field
