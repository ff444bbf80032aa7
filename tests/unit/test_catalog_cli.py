"""`cchc catalog export|import|diff` as a user runs them: outputs checked first, exit codes, messages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from engine.cli.main import main

CATALOG, PLAN = "par-so-nganh-2022", "gia-lai-bqlkkt-2022"


def test_export_refuses_a_wrong_extension_an_existing_file_and_a_plan_of_another_catalog(
    tmp_path: Path, capsys: Any
) -> None:
    assert main(["catalog", "export", CATALOG, "--out", str(tmp_path / "a.csv")]) == 2
    assert "--out phải có đuôi .xlsx" in capsys.readouterr().err
    out = tmp_path / "bo-tieu-chi.xlsx"
    assert main(["catalog", "export", CATALOG, "--plan", PLAN, "--out", str(out)]) == 0
    assert main(["catalog", "export", CATALOG, "--out", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["catalog", "export", CATALOG, "--out", str(out), "--force"]) == 0
    assert main(["catalog", "export", "pci-2022", "--plan", PLAN, "--out", str(tmp_path / "b.xlsx")]) == 2
    assert not (tmp_path / "b.xlsx").exists()


def test_import_then_diff_by_id_and_by_folder(tmp_path: Path, capsys: Any) -> None:
    book = tmp_path / "bo-tieu-chi.xlsx"
    assert main(["catalog", "export", CATALOG, "--plan", PLAN, "--out", str(book)]) == 0
    data = tmp_path / "du-lieu"
    assert main(["catalog", "import", str(book), "--out", str(data)]) == 0
    captured = capsys.readouterr()
    assert f"--data {data}" in captured.out
    # the shipped catalog unchanged: its facts are read by an indicator or a policy, or computed
    # by the dossier export (dossiers.pending_overdue, procedures.total): nothing to warn about
    assert "Cảnh báo:" not in captured.err
    folder = data / "criteria" / CATALOG
    assert main(["catalog", "diff", CATALOG, str(folder)]) == 0
    assert "Không có khác biệt" in capsys.readouterr().out
    out = tmp_path / "diff.json"
    assert main(["catalog", "diff", "pci-2021", "pci-2022", "--out", str(out)]) == 0
    assert "PCI 2: điểm tối đa 5 → 10" in capsys.readouterr().out
    assert json.loads(out.read_text("utf-8"))["new"]["catalog"] == "pci-2022"
    assert main(["catalog", "diff", CATALOG, "khong-co"]) == 2


def test_import_into_a_file_is_refused(tmp_path: Path, capsys: Any) -> None:
    book = tmp_path / "bo-tieu-chi.xlsx"
    assert main(["catalog", "export", CATALOG, "--out", str(book)]) == 0
    target = tmp_path / "file"
    target.write_text("x", "utf-8")
    assert main(["catalog", "import", str(book), "--out", str(target)]) == 2
    assert "không phải tệp" in capsys.readouterr().err
    assert main(["catalog", "import", str(tmp_path / "none.xlsx"), "--out", str(tmp_path / "d")]) == 2
    assert "không tìm thấy tệp" in capsys.readouterr().err


def test_importing_again_into_a_data_directory_on_the_search_path(tmp_path: Path, monkeypatch: Any) -> None:
    book = tmp_path / "bo-tieu-chi.xlsx"
    data = tmp_path / "du-lieu"
    assert main(["catalog", "export", CATALOG, "--plan", PLAN, "--out", str(book)]) == 0
    assert main(["catalog", "import", str(book), "--out", str(data)]) == 0
    from tests.catalog_book.edit import edit

    edited = edit(book, tmp_path / "sua.xlsx", [("Tiêu chí", "Mã", "TCTP 3.4.1", "Điểm tối đa", "2,5")])
    monkeypatch.setenv("CCHC_DATA", str(data))
    assert main(["catalog", "import", str(edited), "--out", str(data), "--data", str(data)]) == 0
    assert "max: 2.5" in (data / "criteria" / CATALOG / "catalog.yaml").read_text("utf-8")


def test_import_warns_only_about_a_fact_nothing_reads_or_computes(tmp_path: Path, capsys: Any) -> None:
    from openpyxl import load_workbook

    from engine.spec.workbook import layout as L

    book = tmp_path / "bo-tieu-chi.xlsx"
    assert main(["catalog", "export", "cchc-tasks-van-phong", "--out", str(book)]) == 0
    wb = load_workbook(book)
    ws = wb[L.FACTS]
    header = [c.value for c in ws[1]]
    last = ws.max_row
    ws.append([ws.cell(last, i + 1).value for i in range(len(header))])
    ws.cell(last + 1, header.index(L.SHEET_BY_NAME[L.FACTS].key) + 1, "dossiers.chua_ai_doc")
    wb.save(book)
    assert main(["catalog", "import", str(book), "--out", str(tmp_path / "du-lieu")]) == 0
    err = " ".join(capsys.readouterr().err.split())
    assert err.count("Cảnh báo:") == 1, err
    assert "dossiers.chua_ai_doc" in err and f"dòng {last + 1}" in err
    assert "pending_overdue" not in err and "procedures.total" not in err


def _import_error(tmp_path: Path, capsys: Any, name: str, content: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["catalog", "import", str(path), "--out", str(tmp_path / "du-lieu")]) == 2
    assert not (tmp_path / "du-lieu").exists()
    return " ".join(capsys.readouterr().err.split())


def test_import_of_a_file_that_is_no_workbook_names_its_real_kind_and_what_was_expected(
    tmp_path: Path, capsys: Any
) -> None:
    err = _import_error(tmp_path, capsys, "bad.yaml", b"catalog: par\nfields: []\n")
    assert "bad.yaml: tệp YAML (đuôi .yaml), không phải sổ Excel: cần tệp Excel .xlsx" in err
    assert "mang đuôi .xlsx" not in err
    err = _import_error(tmp_path, capsys, "bo.csv", "Mã,Tên\n1,Công tác\n".encode())
    assert "tệp CSV (đuôi .csv)" in err and "cần tệp Excel .xlsx" in err
    err = _import_error(tmp_path, capsys, "ghi-chu", b"\x00\x01\x02 binary")
    assert "(không có đuôi), không phải sổ Excel: cần tệp Excel .xlsx" in err


def test_import_of_a_workbook_renamed_says_to_name_it_back(tmp_path: Path, capsys: Any) -> None:
    book = tmp_path / "bo-tieu-chi.xlsx"
    assert main(["catalog", "export", CATALOG, "--out", str(book)]) == 0
    capsys.readouterr()
    err = _import_error(tmp_path, capsys, "bo-tieu-chi.zip", book.read_bytes())
    assert "sổ Excel bị đổi tên (đuôi .zip): cần tệp Excel .xlsx, đổi lại đuôi thành .xlsx" in err
    assert "openpyxl" not in err  # not the library's English


def test_a_text_file_named_xlsx_is_still_told_it_is_text(tmp_path: Path, capsys: Any) -> None:
    err = _import_error(tmp_path, capsys, "bo.xlsx", "Mã,Tên\n".encode())
    assert "tệp là văn bản (CSV?) mang đuôi .xlsx" in err and "cần tệp Excel .xlsx" in err
