"""A workbook whose sheets declare a wrong size (WPS Office, and streaming writers, declare A1:A1
for a full sheet; openpyxl's read-only mode trusts it and reads one cell) reads in full: the
dossier export, the evidence workbook and the catalog workbook alike."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from engine.cli.main import main
from evidence.load import load_evidence
from evidence.workbook.reader import load_workbook_evidence
from tests.conftest import SMALL, small_book, write_evidence

CATALOG, PLAN = "par-so-nganh-2022", "gia-lai-bqlkkt-2022"
DIMENSION = re.compile(rb"<(?:\w+:)?dimension [^>]*/>")


def declared_a1(path: Path) -> Path:
    """The same workbook, each sheet declaring A1 as its size (added where it declared none)."""
    wrong = path.with_name(f"a1-{path.name}")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(wrong, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                if DIMENSION.search(data):
                    data = DIMENSION.sub(b'<dimension ref="A1"/>', data, count=1)
                else:
                    data = re.sub(rb"(<sheetData)", rb'<dimension ref="A1"/>\1', data, count=1)
                assert b'<dimension ref="A1"/>' in data
            out.writestr(item, data)
    return wrong


def facts_of(path: Path) -> dict[str, Any]:
    return load_evidence(path).facts


def test_a_dossier_export_declaring_a1_gives_the_same_facts(tmp_path: Path) -> None:
    small_book().save(tmp_path / "hoso.xlsx")
    ev = write_evidence(tmp_path)
    text = ev.read_text(encoding="utf-8")
    ev.write_text(text.replace("dossiers: hoso.csv", "dossiers: hoso.xlsx"), encoding="utf-8")
    expected = facts_of(ev)
    assert expected == facts_of(SMALL / "minh-chung-nho.yaml")
    declared_a1(tmp_path / "hoso.xlsx").replace(tmp_path / "hoso.xlsx")
    assert facts_of(ev) == expected


def test_an_evidence_workbook_declaring_a1_reads_the_same(tmp_path: Path) -> None:
    book = tmp_path / "minh-chung.xlsx"
    made = ["template", CATALOG, "--plan", PLAN, "--unit", "Ban Quản lý", "--year", "2022"]
    assert main([*made, "--out", str(book)]) == 0
    filled = load_workbook(book)
    for row in filled["Minh chứng"].iter_rows(min_row=2):
        if row[3].value in ("plan_tasks.total", "plan_tasks.completed"):
            row[5].value = 24 if row[3].value == "plan_tasks.total" else 22
    filled.save(book)
    expected = load_workbook_evidence(book).model_dump(exclude={"source"})
    got = load_workbook_evidence(declared_a1(book)).model_dump(exclude={"source"})
    assert got == expected
    assert got["unit"] == "Ban Quản lý" and got["facts"]["plan_tasks.total"] == 24


def test_a_catalog_workbook_declaring_a1_imports_the_same(tmp_path: Path) -> None:
    book = tmp_path / "bo-tieu-chi.xlsx"
    assert (
        main(["catalog", "export", "par-so-nganh-2022", "--plan", "gia-lai-bqlkkt-2022", "--out", str(book)])
        == 0
    )
    assert main(["catalog", "import", str(book), "--out", str(tmp_path / "a")]) == 0
    assert main(["catalog", "import", str(declared_a1(book)), "--out", str(tmp_path / "b")]) == 0
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert files and files == sorted(
        p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*") if p.is_file()
    )
    for f in files:
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes(), f
