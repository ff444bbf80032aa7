"""An XLSX export is read by openpyxl a second time, for its formulas, only when its sheet holds
any formula: a system's export holds none, and the second reading doubles the time."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from evidence import export_rows
from evidence.export_rows import has_formulas, xlsx_rows
from tests.conftest import HEADER, small_book, small_rows


def _book(path: Path, formula: str | None = None, autofilter: bool = False) -> Path:
    book = small_book()
    sheet = book.active
    if formula:
        sheet["I3"] = formula
    if autofilter:  # <autoFilter><filterColumn…>: elements that start with f but are no formula
        sheet.auto_filter.ref = "A1:J3"
        sheet.auto_filter.add_filter_column(0, ["x"])
    sheet.oddHeader.center.text = "Báo cáo"  # <headerFooter><oddHeader>, <firstHeader> …
    book.save(path)
    return path


def _sheet_xml(path: Path, xml: bytes, part: str = "xl/worksheets/sheet1.xml") -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(part, xml)
    return path


def test_a_sheet_without_formulas_is_told_apart_from_one_with(tmp_path: Path) -> None:
    plain = _book(tmp_path / "khong.xlsx", autofilter=True)
    computed = _book(tmp_path / "co.xlsx", formula="=H3")
    assert not has_formulas(plain, "xl/worksheets/sheet1.xml")
    assert has_formulas(computed, "xl/worksheets/sheet1.xml")
    assert has_formulas(computed, "/xl/worksheets/sheet1.xml")  # as a relationship may write it


@pytest.mark.parametrize(
    "cell",
    [
        b'<c r="A1"><f>1+1</f></c>',
        b'<c r="A1"><f t="shared" ref="A1:A9" si="0"/></c>',
        b'<c r="A1"><x:f>1+1</x:f></c>',
        b'<c r="A1"><f\n>1+1</f></c>',
    ],
)
def test_every_way_of_writing_a_formula_is_found(tmp_path: Path, cell: bytes) -> None:
    xml = b"<worksheet><sheetData><row>" + cell + b"</row></sheetData></worksheet>"
    assert has_formulas(_sheet_xml(tmp_path / "s.xlsx", xml), "xl/worksheets/sheet1.xml")


def test_a_formula_cut_across_two_blocks_is_found(tmp_path: Path) -> None:
    for cut in range(-3, 3):
        filler = b" " * ((1 << 20) + cut)
        xml = b"<worksheet><sheetData>" + filler + b'<c r="A1"><f>1</f></c></sheetData></worksheet>'
        assert has_formulas(_sheet_xml(tmp_path / f"s{cut}.xlsx", xml), "xl/worksheets/sheet1.xml")


def test_text_that_looks_like_a_formula_is_not_one(tmp_path: Path) -> None:
    cell = b'<c t="inlineStr"><is><t>&lt;f&gt; =A1</t></is></c>'
    xml = b"<worksheet><sheetData><row>" + cell + b"</row></sheetData></worksheet>"
    assert not has_formulas(_sheet_xml(tmp_path / "s.xlsx", xml), "xl/worksheets/sheet1.xml")


def test_when_the_sheet_cannot_be_found_the_formulas_are_read(tmp_path: Path) -> None:
    path = _sheet_xml(tmp_path / "s.xlsx", b"<worksheet/>")
    assert has_formulas(path, None)
    assert has_formulas(path, "xl/worksheets/sheet9.xml")
    (tmp_path / "hong.xlsx").write_bytes(b"PK\x03\x04 not a zip")
    assert has_formulas(tmp_path / "hong.xlsx", "xl/worksheets/sheet1.xml")


def _openings(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    import openpyxl

    opened: list[bool] = []
    real = openpyxl.load_workbook

    def counted(*args: Any, **kwargs: Any) -> Any:
        opened.append(bool(kwargs.get("data_only")))
        return real(*args, **kwargs)

    monkeypatch.setattr(openpyxl, "load_workbook", counted)
    return opened


def test_an_export_without_formulas_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened = _openings(monkeypatch)
    rows = xlsx_rows(_book(tmp_path / "hoso.xlsx"), "hoso.xlsx", None)
    read = list(rows.data(list(range(len(HEADER)))))
    assert opened == [True]
    assert len(read) == len(small_rows()) and not rows.problems


def test_an_export_with_a_formula_is_read_for_its_formulas_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = _openings(monkeypatch)
    rows = xlsx_rows(_book(tmp_path / "hoso.xlsx", formula="=H3"), "hoso.xlsx", None)
    list(rows.data(list(range(len(HEADER)))))
    assert opened == [True, False]
    assert [(p.row, p.column) for p in rows.problems] == [(3, HEADER[8])]


def test_the_same_rows_come_out_either_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _book(tmp_path / "hoso.xlsx")
    once = list(xlsx_rows(path, "hoso.xlsx", None).data(list(range(len(HEADER)))))
    monkeypatch.setattr(export_rows, "has_formulas", lambda *_: True)
    twice = list(xlsx_rows(path, "hoso.xlsx", None).data(list(range(len(HEADER)))))
    assert once == twice and once
