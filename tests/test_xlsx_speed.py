"""openpyxl's read-only mode with cchc's two shortcuts reads the same values (engine/core/xlsx_speed.py)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from engine.core import xlsx_speed
from evidence.load import load_evidence
from tests.conftest import HEADER, small_rows, write_evidence

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=8)


def element(tag: str, text: str | None = None, *children: ET.Element) -> ET.Element:
    node = ET.Element(f"{{{MAIN}}}{tag}")
    node.text = text
    node.extend(children)
    return node


run = st.builds(lambda t: element("r", None, element("rPr"), element("t", t)), st.none() | words)
phonetic = st.builds(lambda t: element("rPh", None, element("t", t)), words)  # read aside (a reading aid)


def _placed(node: ET.Element) -> ET.Element:
    if node.tag.endswith("rPh"):
        node.set("sb", "0")
        node.set("eb", "1")
    return node


parts = st.lists(st.builds(lambda t: element("t", t), st.none() | words) | run | phonetic, max_size=5)


@given(parts)
def test_an_inline_string_reads_as_openpyxl_reads_it(children: list[ET.Element]) -> None:
    from openpyxl.cell.text import Text

    node = element("is", None, *map(_placed, children))
    assert xlsx_speed.InlineText.from_tree(node).content == Text.from_tree(node).content


def sizes(path: Path) -> list[tuple[Any, ...]]:
    xlsx_speed.install()
    book = load_workbook(path, read_only=True)
    sheet = book.worksheets[0]
    ours = (sheet.min_row, sheet.min_column, sheet.max_row, sheet.max_column)
    openpyxl_size = xlsx_speed.REPLACED["_get_size"]
    for name in ("_min_row", "_min_column", "_max_row", "_max_column"):
        if name in vars(sheet):
            delattr(sheet, name)
    openpyxl_size(sheet)
    theirs = (sheet.min_row, sheet.min_column, sheet.max_row, sheet.max_column)
    book.close()
    return [ours, theirs]


def test_a_sheet_s_declared_size_is_read_as_openpyxl_reads_it(tmp_path: Path) -> None:
    saved = Workbook()
    sheet = saved.active
    assert sheet is not None
    for row in [HEADER, *small_rows()]:
        sheet.append(row)
    saved.save(tmp_path / "co-kich-thuoc.xlsx")
    streamed = Workbook(write_only=True)  # no <dimension>: the size is unknown either way
    part = streamed.create_sheet()
    for row in [HEADER, *small_rows()]:
        part.append(row)
    streamed.save(tmp_path / "khong-kich-thuoc.xlsx")
    declared, undeclared = sizes(tmp_path / "co-kich-thuoc.xlsx"), sizes(tmp_path / "khong-kich-thuoc.xlsx")
    assert declared[0] == declared[1] == (1, 1, 13, len(HEADER))
    assert undeclared[0] == undeclared[1]


def test_an_export_of_inline_strings_counts_as_its_csv(tmp_path: Path) -> None:
    """openpyxl's write-only mode (like other streaming writers) writes each text in its cell."""
    csv_facts = load_evidence(write_evidence(tmp_path)).facts
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Hồ sơ")
    sheet.append(HEADER)
    for row in small_rows():
        sheet.append([c or None for c in row])
    book.save(tmp_path / "hoso.xlsx")
    evidence = tmp_path / "minh-chung.yaml"
    evidence.write_text(
        evidence.read_text(encoding="utf-8").replace("dossiers: hoso.csv", "dossiers: hoso.xlsx"),
        encoding="utf-8",
    )
    import zipfile

    with zipfile.ZipFile(tmp_path / "hoso.xlsx") as z:
        assert b'<c r="A2" t="inlineStr">' in z.read("xl/worksheets/sheet1.xml")
    assert load_evidence(evidence).facts == csv_facts


def test_shared_strings_with_formatted_runs_read_as_their_text(tmp_path: Path) -> None:
    """Excel keeps texts in a shared table; a text with formatted runs is read as its plain text."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    bold = InlineFont(b=True)
    sheet.append(["Phòng ban", CellRichText(["Phòng ", TextBlock(bold, "Quản lý"), " Đầu tư"])])
    book.save(tmp_path / "chu-dinh-dang.xlsx")
    xlsx_speed.install()
    read = load_workbook(tmp_path / "chu-dinh-dang.xlsx", read_only=True)
    assert [list(r) for r in read.worksheets[0].iter_rows(values_only=True)] == [
        ["Phòng ban", "Phòng Quản lý Đầu tư"]
    ]
    read.close()
