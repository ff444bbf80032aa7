"""The evidence workbook round trip: `cchc template`, filled as an office would, read back."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from openpyxl import load_workbook

from engine.cli.main import main
from engine.core.problems import InputError, Problem, Reason
from engine.scoring import report_json, score_file
from engine.spec.bundle import find_catalog as load_catalog
from engine.spec.bundle import find_plan as load_plan
from engine.spec.bundle import find_rulebook as load_rulebook
from evidence.load import load_evidence
from evidence.workbook import layout as L
from tests.workbook.fill import GIA_LAI, fact_row, fill, header_index

CATALOG, PLAN = "par-so-nganh-2022", "gia-lai-bqlkkt-2022"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("template") / "minh-chung-2022.xlsx"
    args = ["template", CATALOG, "--plan", PLAN, "--unit", "Ban Quản lý Khu kinh tế tỉnh Gia Lai"]
    assert main([*args, "--year", "2022", "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def filled(template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fill(template, GIA_LAI, tmp_path_factory.mktemp("filled") / "minh-chung-2022.xlsx")


def edited(filled: Path, tmp_path: Path, change: Any, name: str = "sua.xlsx") -> Path:
    """A copy of the filled workbook (and its source files) with `change(book)` applied."""
    for f in filled.parent.iterdir():
        shutil.copy(f, tmp_path / f.name)
    book = load_workbook(tmp_path / filled.name)
    change(book)
    out = tmp_path / name
    book.save(out)
    return out


def problems(path: Path) -> list[Problem]:
    with pytest.raises(InputError) as err:
        load_evidence(path)
    return err.value.problems


def set_fact(book: Any, fact: str, header: str, value: Any) -> int:
    ws = book[L.FACTS]
    row = fact_row(ws, fact)
    ws.cell(row=row, column=header_index(ws)[header]).value = value  # cell(value=None) would keep it
    return row


# -- the template ---------------------------------------------------------------------------------


def test_template_has_the_sheets_headers_and_a_row_per_fact_the_rules_read(template: Path) -> None:
    book = load_workbook(template)
    assert book.sheetnames == [L.INFO, L.FACTS, L.DOCUMENTS, L.GUIDE]
    info = {r[0]: r[1] for r in book[L.INFO].iter_rows(values_only=True)}
    assert info[L.UNIT] == "Ban Quản lý Khu kinh tế tỉnh Gia Lai" and info[L.YEAR] == 2022
    assert info[L.CATALOG] == CATALOG and info[L.PLAN] == PLAN
    assert L.DOSSIERS in info and L.PROCEDURES in info
    ws = book[L.FACTS]
    assert tuple(c.value for c in ws[1]) == L.FACT_HEADERS
    assert [c.value for c in book[L.DOCUMENTS][1]] == list(L.DOC_HEADERS)
    ids = [ws.cell(row=r, column=4).value for r in range(2, ws.max_row + 1)]
    read = {n for ind in load_rulebook(CATALOG).indicators.values() for n in ind.facts()}
    assert read <= set(ids)
    listed = [i for i in ids if i]
    assert len(listed) == len(set(listed)) and set(listed) <= set(load_catalog(CATALOG).facts)


def test_template_validates_locks_and_freezes(template: Path) -> None:
    ws = load_workbook(template)[L.FACTS]
    col = header_index(ws)
    assert ws.freeze_panes == "A2" and ws.protection.sheet
    assert ws.print_title_rows == "$1:$1"
    kinds = {dv.type for dv in ws.data_validations.dataValidation}
    assert {"whole", "decimal", "list"} <= kinds
    row = fact_row(ws, "dossiers.resolved_on_time")
    assert ws.cell(row=row, column=col[L.THIS_YEAR]).protection.locked is False
    assert ws.cell(row=row, column=col[L.FACT_ID]).protection.locked is True
    optional = ws.cell(row=row, column=col[L.LAST_YEAR])  # no target needs it: optional, shaded apart
    sipas = fact_row(ws, "sipas.access")  # plan: "tăng so với năm trước"
    needed = ws.cell(row=sipas, column=col[L.LAST_YEAR])
    assert needed.protection.locked is False and optional.protection.locked is False
    assert needed.fill.fgColor.rgb != optional.fill.fgColor.rgb
    assert needed.fill.fgColor.rgb == ws.cell(row=sipas, column=col[L.THIS_YEAR]).fill.fgColor.rgb
    assert "tăng" in str(ws.cell(row=sipas, column=col[L.TARGET]).value).lower()


def test_template_without_a_plan_still_asks_last_year_for_change_indicators(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    assert main(["template", CATALOG, "--unit", "Sở X", "--out", str(out)]) == 0
    rows = L.fact_rows(load_catalog(CATALOG), load_rulebook(CATALOG), None)
    with_plan = L.fact_rows(load_catalog(CATALOG), load_rulebook(CATALOG), load_plan(PLAN))
    assert {r.fact for r in rows} == {r.fact for r in with_plan}
    assert not any(r.target for r in rows)
    assert any(r.needs_previous for r in rows)  # investment growth compares with last year


def test_template_is_the_same_bytes_every_run(template: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.xlsx"
    args = ["template", CATALOG, "--plan", PLAN, "--unit", "Ban Quản lý Khu kinh tế tỉnh Gia Lai"]
    assert main([*args, "--year", "2022", "--out", str(again)]) == 0
    assert again.read_bytes() == template.read_bytes()


def test_template_never_overwrites_a_workbook_unless_forced(template: Path, tmp_path: Path) -> None:
    out = tmp_path / "minh-chung.xlsx"
    out.write_bytes(b"filled")
    assert main(["template", CATALOG, "--out", str(out)]) == 2
    assert out.read_bytes() == b"filled"
    assert main(["template", CATALOG, "--out", str(out), "--force"]) == 0
    assert load_workbook(out).sheetnames[0] == L.INFO


def test_template_refuses_other_extensions_and_bad_options(tmp_path: Path) -> None:
    assert main(["template", CATALOG, "--out", str(tmp_path / "t.xls")]) == 2
    assert main(["template", CATALOG, "--plan", "khanh-hoa-pci-2024", "--out", str(tmp_path / "t.xlsx")]) == 2
    assert main(["template", "khong-co", "--out", str(tmp_path / "t.xlsx")]) == 2
    assert list(tmp_path.iterdir()) == []


# -- reading back ---------------------------------------------------------------------------------


def _expressible(example: Path) -> bool:
    """Dossier counting options (sources.options) have no place in the workbook yet."""
    data = yaml.safe_load(example.read_text(encoding="utf-8"))
    return not (data.get("sources") or {}).get("options")


@pytest.mark.parametrize(
    "example", [p for p in sorted(GIA_LAI.parent.glob("*.yaml")) if _expressible(p)], ids=lambda p: p.stem
)
def test_every_bundled_example_round_trips(example: Path, tmp_path: Path) -> None:
    data = yaml.safe_load(example.read_text(encoding="utf-8"))
    blank = tmp_path / "mau.xlsx"
    args = ["template", data["catalog"], "--unit", data["unit"], "--year", str(data["year"])]
    assert main([*args, *(["--plan", data["plan"]] if data.get("plan") else []), "--out", str(blank)]) == 0
    book = fill(blank, example, tmp_path / "minh-chung.xlsx")
    from_book, from_yaml = score_file(book), score_file(example)
    assert from_book.criteria == from_yaml.criteria and from_book.evidence.digest == from_yaml.evidence.digest


def test_filled_template_scores_exactly_like_the_yaml(filled: Path) -> None:
    from_book = json.loads(report_json(score_file(filled)))
    from_yaml = json.loads(report_json(score_file(GIA_LAI)))
    assert from_book["evidence"]["digest"] == from_yaml["evidence"]["digest"]
    for key in ("criteria", "total", "fields", "groups", "shortfalls", "ratings", "warnings", "summary"):
        assert from_book[key] == from_yaml[key], key


def test_score_validate_explain_accept_the_workbook(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(filled)]) == 0
    assert "hợp lệ" in capsys.readouterr().out
    assert main(["explain", "TCTP 3.4.1", "--evidence", str(filled)]) == 0
    assert "TCTP 3.4.1" in capsys.readouterr().out
    assert main(["score", str(filled), "--quiet"]) == 0


def test_an_empty_cell_is_missing_evidence_never_zero(filled: Path, tmp_path: Path) -> None:
    path = edited(filled, tmp_path, lambda b: set_fact(b, "plan_tasks.completed", L.THIS_YEAR, None))
    result = next(c for c in score_file(path).criteria if c.code == "TC 1.1")
    assert result.status == "missing_evidence" and result.score is None


def test_text_numbers_yes_no_words_and_text_dates_are_accepted(filled: Path, tmp_path: Path) -> None:
    def change(book: Any) -> None:
        set_fact(book, "sipas.access", L.THIS_YEAR, "86,5")
        set_fact(book, "propaganda.website", L.THIS_YEAR, "x")
        set_fact(book, "propaganda.conferences", L.THIS_YEAR, "true")
        set_fact(book, "propaganda.radio_tv", L.THIS_YEAR, "Không")
        book[L.DOCUMENTS].cell(row=2, column=2, value="15/12/2022")

    ev = load_evidence(edited(filled, tmp_path, change))
    assert ev.facts["sipas.access"] == 86.5
    assert ev.facts["propaganda.website"] is True and ev.facts["propaganda.conferences"] is True
    assert ev.facts["propaganda.radio_tv"] is False
    assert any(d.number == "15/BC-BQLKKT" and d.date.isoformat() == "2022-12-15" for d in ev.documents)


def test_a_bad_cell_is_named_by_sheet_row_and_column(filled: Path, tmp_path: Path) -> None:
    rows: dict[str, int] = {}

    def change(book: Any) -> None:
        rows["a"] = set_fact(book, "plan_tasks.total", L.THIS_YEAR, "nhiều")
        rows["b"] = set_fact(book, "reports.on_time", L.THIS_YEAR, -2)
        book[L.DOCUMENTS].cell(row=3, column=2, value="31/02/2022")

    found = problems(edited(filled, tmp_path, change, "minh-chung-2022.xlsx"))
    by_code = {p.code: p for p in found}
    bad = by_code[Reason.NOT_A_NUMBER]
    assert (bad.sheet, bad.row, bad.column) == (L.FACTS, rows["a"], L.THIS_YEAR)
    assert bad.render().startswith(
        f"{tmp_path / 'minh-chung-2022.xlsx'}, sheet “Minh chứng”, dòng {rows['a']}, cột “Năm nay”: "
    )
    assert "'nhiều' không phải số" in bad.render()
    assert (by_code[Reason.OUT_OF_RANGE].row, by_code[Reason.OUT_OF_RANGE].column) == (rows["b"], L.THIS_YEAR)
    date = by_code[Reason.NOT_A_DATE]
    assert (date.sheet, date.row, date.column) == (L.DOCUMENTS, 3, L.DOC_DATE)


def test_a_consistency_problem_is_placed_on_its_cell(filled: Path, tmp_path: Path) -> None:
    row: dict[str, int] = {}

    def change(book: Any) -> None:
        row["n"] = set_fact(book, "plan_tasks.completed", L.THIS_YEAR, 30)  # more than the 24 planned

    found = problems(edited(filled, tmp_path, change))
    assert any(p.sheet == L.FACTS and p.row == row["n"] and p.column == L.THIS_YEAR for p in found), found


def test_a_formula_without_a_cached_value_is_an_error_not_a_blank(filled: Path, tmp_path: Path) -> None:
    row: dict[str, int] = {}

    def change(book: Any) -> None:
        row["n"] = set_fact(book, "plan_tasks.completed", L.THIS_YEAR, "=20+2")  # openpyxl never computes

    (p,) = problems(edited(filled, tmp_path, change))
    assert p.code == Reason.FORMULA_WITHOUT_VALUE and (p.row, p.column) == (row["n"], L.THIS_YEAR)


def test_a_formula_with_its_cached_value_is_read(filled: Path, tmp_path: Path) -> None:
    path = edited(filled, tmp_path, lambda b: set_fact(b, "plan_tasks.completed", L.THIS_YEAR, "=20+2"))
    # What Excel saves: the formula and the value it computed.
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = next(n for n in parts if n.startswith("xl/worksheets/sheet2"))
    parts[sheet] = parts[sheet].replace(b"<f>20+2</f><v />", b"<f>20+2</f><v>22</v>")
    assert b"<v>22</v>" in parts[sheet]
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    assert load_evidence(path).facts["plan_tasks.completed"] == 22


# -- bad input (issue 9) --------------------------------------------------------------------------


def test_a_workbook_that_is_not_ours(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Mã hồ sơ", "Ngày tiếp nhận"])
    book.save(tmp_path / "khac.xlsx")
    assert {p.code for p in problems(tmp_path / "khac.xlsx")} == {Reason.UNKNOWN_SHEET}


def test_no_header_row(filled: Path, tmp_path: Path) -> None:
    def change(book: Any) -> None:
        book[L.FACTS].delete_rows(1)
        book[L.FACTS].insert_rows(1)

    found = problems(edited(filled, tmp_path, change))
    assert [(p.code, p.sheet, p.row) for p in found] == [(Reason.MISSING_COLUMN, L.FACTS, 1)]


def test_a_renamed_header(filled: Path, tmp_path: Path) -> None:
    def change(book: Any) -> None:
        ws = book[L.FACTS]
        ws.cell(row=1, column=header_index(ws)[L.THIS_YEAR], value="Số liệu")

    (p,) = problems(edited(filled, tmp_path, change))
    assert (p.code, p.sheet, p.row, p.column) == (Reason.MISSING_COLUMN, L.FACTS, 1, L.THIS_YEAR)
    assert "Số liệu" in p.reason


def test_a_fact_id_not_in_the_catalog_gets_a_suggestion(filled: Path, tmp_path: Path) -> None:
    row: dict[str, int] = {}

    def change(book: Any) -> None:
        ws = book[L.FACTS]
        row["n"] = fact_row(ws, "reports.on_time")
        ws.cell(row=row["n"], column=header_index(ws)[L.FACT_ID], value="reports.ontime")

    (p,) = problems(edited(filled, tmp_path, change))
    assert (p.code, p.row, p.column) == (Reason.UNKNOWN_FACT, row["n"], L.FACT_ID)
    assert "có phải ý bạn là 'reports.on_time'" in p.reason


def test_a_value_in_a_locked_column(filled: Path, tmp_path: Path) -> None:
    rows: dict[str, int] = {}

    def change(book: Any) -> None:
        rows["code"] = set_fact(book, "plan_tasks.total", L.CODE, "TC 9.9")
        rows["label"] = set_fact(book, "reports.required", L.LABEL, "Báo cáo")
        ws = book[L.FACTS]
        rows["heading"] = 2  # the first field's heading row: no fact there
        ws.cell(row=2, column=header_index(ws)[L.THIS_YEAR]).value = 5

    found = problems(edited(filled, tmp_path, change))
    assert {(p.code, p.row, p.column) for p in found} == {
        (Reason.LOCKED_CELL, rows["code"], L.CODE),
        (Reason.LOCKED_CELL, rows["label"], L.LABEL),
        (Reason.MISSING_VALUE, rows["heading"], L.THIS_YEAR),
    }


def test_a_duplicate_fact_row(filled: Path, tmp_path: Path) -> None:
    def change(book: Any) -> None:
        ws = book[L.FACTS]
        src = fact_row(ws, "reports.on_time")
        ws.append([c.value for c in ws[src]])

    (p,) = problems(edited(filled, tmp_path, change))
    assert p.code == Reason.DUPLICATE_ROW and p.column == L.FACT_ID


def test_a_document_number_cited_but_not_listed(filled: Path, tmp_path: Path) -> None:
    row: dict[str, int] = {}

    def change(book: Any) -> None:
        row["n"] = set_fact(book, "staff.disciplined", L.DOCS, "99/QĐ-X")

    (p,) = problems(edited(filled, tmp_path, change))
    assert (p.sheet, p.row, p.column) == (L.FACTS, row["n"], L.DOCS) and "99/QĐ-X" in p.reason


def test_documents_cited_from_the_facts_sheet_back_those_facts(filled: Path, tmp_path: Path) -> None:
    path = edited(filled, tmp_path, lambda b: set_fact(b, "staff.disciplined", L.DOCS, "09/BQLKKT-VP"))
    doc = next(d for d in load_evidence(path).documents if d.number == "09/BQLKKT-VP")
    assert "staff.disciplined" in doc.backs


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 512, Reason.UNSUPPORTED_FORMAT),  # old .xls
        (
            bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 64 + "EncryptionInfo".encode("utf-16-le"),
            Reason.ENCRYPTED,
        ),
        ("Mã minh chứng,Năm nay\ndossiers.received,12\n".encode(), Reason.UNSUPPORTED_FORMAT),  # a CSV
        (b"PK\x03\x04 broken zip", Reason.FILE_UNREADABLE),
    ],
    ids=["xls", "password", "csv", "corrupt"],
)
def test_files_that_are_not_a_readable_xlsx(tmp_path: Path, content: bytes, code: Reason) -> None:
    path = tmp_path / "minh-chung.xlsx"
    path.write_bytes(content)
    (p,) = problems(path)
    assert p.code == code and p.file == str(path)


def test_a_bad_workbook_exits_2_and_writes_no_report(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = edited(filled, tmp_path, lambda b: set_fact(b, "plan_tasks.total", L.THIS_YEAR, "nhiều"))
    out = tmp_path / "bao-cao.json"
    assert main(["score", str(path), "--out", str(out), "--out", str(tmp_path / "b.xlsx")]) == 2
    assert not out.exists() and not (tmp_path / "b.xlsx").exists()
    assert "sheet “Minh chứng”" in capsys.readouterr().err


def test_a_workbook_saved_again_by_libreoffice_reads_the_same(filled: Path, tmp_path: Path) -> None:
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("không có LibreOffice (tuỳ chọn: apt-get install libreoffice-calc-nogui)")
    out = tmp_path / "out"
    args = [
        soffice,
        "--headless",
        f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
        "--convert-to",
        "xlsx",
    ]
    subprocess.run([*args, "--outdir", str(out), str(filled)], check=True, capture_output=True, timeout=180)
    for f in filled.parent.glob("*.csv"):
        shutil.copy(f, out / f.name)
    saved = json.loads(report_json(score_file(out / filled.name)))
    assert saved["criteria"] == json.loads(report_json(score_file(GIA_LAI)))["criteria"]


def info_row(book: Any, label: str) -> int:
    ws = book[L.INFO]
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=1).value == label)


def test_information_sheet_problems_are_located(template: Path, tmp_path: Path) -> None:
    rows: dict[str, int] = {}

    def change(book: Any) -> None:
        rows["dossiers"] = info_row(book, L.DOSSIERS)
        rows["procedures"] = info_row(book, L.PROCEDURES)
        book[L.INFO].cell(row=rows["dossiers"], column=2).value = "hoso.csv"
        rows["year"] = info_row(book, L.YEAR)
        book[L.INFO].cell(row=rows["year"], column=2).value = 2019

    found = problems(edited(template, tmp_path, change))
    assert (Reason.MISSING_FIELD, L.INFO, rows["procedures"]) in {(p.code, p.sheet, p.row) for p in found}
    assert {p.row for p in found if p.sheet == L.INFO and "2019" in p.reason} == {rows["year"]}


def test_a_blank_catalog_is_named(template: Path, tmp_path: Path) -> None:
    def change(book: Any) -> None:
        book[L.INFO].cell(row=info_row(book, L.CATALOG), column=2).value = None

    (p,) = problems(edited(template, tmp_path, change))
    assert (p.code, p.sheet, p.column) == (Reason.MISSING_FIELD, L.INFO, "B") and L.CATALOG in p.reason


def test_long_criterion_names_and_targets_get_rows_tall_enough_to_read(template: Path) -> None:
    """LibreOffice shows a row one line high unless the file says otherwise (cut-off targets)."""
    ws = load_workbook(template)["Minh chứng"]
    heights = {
        row[3].value: ws.row_dimensions[row[0].row].height for row in ws.iter_rows(min_row=2) if row[3].value
    }
    assert (heights["propaganda.radio_tv"] or 0) >= 6 * 15  # TC 1.4: the target is a long paragraph
    assert heights["plan_tasks.total"] is None  # “Hoàn thành 100% kế hoạch” fits on one line


def test_a_plan_of_another_catalog_or_year_names_the_plan_not_a_year_never_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The year came from the plan: the message says which plan, its catalog and year, and the
    years the catalog covers, never "--year" the user did not type."""
    out = str(tmp_path / "t.xlsx")
    assert main(["template", "chi-so-766", "--plan", PLAN, "--out", out]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "--year" not in err.replace("ghi --year", "")
    assert f"--plan: kế hoạch '{PLAN}' là kế hoạch năm 2022 theo bộ tiêu chí '{CATALOG}'" in err
    assert "bộ tiêu chí 'chi-so-766' áp dụng cho năm 2025, 2026" in err
    data = tmp_path / "du-lieu" / "criteria" / "plans"
    data.mkdir(parents=True)
    text = (Path(__file__).resolve().parents[1] / "criteria" / "plans" / f"{PLAN}.yaml").read_text("utf-8")
    (data / "ke-hoach-2019.yaml").write_text(
        text.replace(f"id: {PLAN}", "id: ke-hoach-2019").replace("year: 2022", "year: 2019"), "utf-8"
    )
    args = ["template", CATALOG, "--plan", "ke-hoach-2019", "--data", str(tmp_path / "du-lieu"), "--out", out]
    assert main(args) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "--plan: kế hoạch 'ke-hoach-2019' là kế hoạch năm 2019" in err and "--year:" not in err
    assert main(["template", "chi-so-766", "--year", "2022", "--out", out]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "--year: năm 2022 nằm ngoài các năm của bộ tiêu chí" in err and "2025, 2026" in err


def test_a_blank_unit_says_the_unit_name_is_missing_on_its_cell(filled: Path, tmp_path: Path) -> None:
    """Not pydantic's "cần ít nhất 1 ký tự": the office reads which name is missing and where."""
    rows: dict[str, int] = {}

    def change(book: Any) -> None:
        ws = book[L.INFO]
        rows["unit"] = next(r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=1).value == L.UNIT)
        ws.cell(row=rows["unit"], column=2).value = None

    (found,) = problems(edited(filled, tmp_path, change))
    where = (found.code, found.sheet, found.row, found.column)
    assert where == (Reason.MISSING_VALUE, L.INFO, rows["unit"], "B")
    assert found.reason == "thiếu tên đơn vị (để trống)"


def test_a_blank_unit_in_yaml_says_the_unit_name_is_missing_on_its_line(tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parents[1] / "evidence" / "examples"
    example = next(p for p in sorted(examples.glob("*.yaml")) if "sources:" not in p.read_text("utf-8"))
    text = example.read_text("utf-8")
    lines = text.splitlines()
    number = next(i for i, line in enumerate(lines, start=1) if line.startswith("unit:"))
    lines[number - 1] = 'unit: ""'
    path = tmp_path / "minh-chung.yaml"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    (found,) = problems(path)
    assert found.render() == f"{path}:{number} [unit]: thiếu tên đơn vị (để trống)"
    lines[number - 1] = 'unit: "   "'
    path.write_text("\n".join(lines) + "\n", "utf-8")
    (found,) = problems(path)
    assert found.reason.startswith("thiếu tên đơn vị")


def test_a_deleted_fact_row_is_missing_evidence_and_a_warning_names_it(filled: Path, tmp_path: Path) -> None:
    """Deleting a row is accepted (its criterion is "thiếu minh chứng"), but not silently."""

    def change(book: Any) -> None:
        ws = book[L.FACTS]
        ws.delete_rows(fact_row(ws, "plan_tasks.completed"))

    path = edited(filled, tmp_path, change)
    report = score_file(path)
    result = next(c for c in report.criteria if c.code == "TC 1.1")
    assert result.status == "missing_evidence"
    (warning,) = [w.message for w in report.warnings if "dòng đã bị xoá" in w.message]
    assert f"trang “{L.FACTS}” thiếu 1 dòng minh chứng của mẫu" in warning
    assert "plan_tasks.completed" in warning and str(path) in warning
    # an untouched workbook (a blank cell is not a deleted row) has no such warning
    emptied = lambda b: set_fact(b, "plan_tasks.completed", L.THIS_YEAR, None)  # noqa: E731
    blank = edited(filled, tmp_path, emptied, "b.xlsx")
    assert not [w for w in score_file(blank).warnings if "dòng đã bị xoá" in w.message]
