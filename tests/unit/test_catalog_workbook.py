"""The methodology and the plan in Excel: export, import, round trip, every broken workbook refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import pytest
import yaml
from openpyxl import load_workbook
from pydantic import BaseModel, Field

from engine.cli.main import main
from engine.core.problems import InputError, Reason
from engine.rules.compiler import compile_rules
from engine.spec import resources
from engine.spec.bundle import Library
from engine.spec.workbook import layout as L
from engine.spec.workbook.export import catalog_workbook
from engine.spec.workbook.fields import field_items, item_models, leaves
from engine.spec.workbook.importer import import_workbook
from tests.catalog_book.edit import edit, find_row

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "evidence" / "examples"
CATALOG, PLAN = "par-so-nganh-2022", "gia-lai-bqlkkt-2022"


def _plans() -> list[tuple[str, str | None]]:
    """Every shipped plan with its catalog, and every catalog alone."""
    lib = Library.from_env()
    pairs: list[tuple[str, str | None]] = [(c, None) for c in resources.catalog_ids()]
    pairs += [(lib.plan(p)[0].catalog, p) for p in resources.plan_ids()]
    return pairs


def _export(tmp: Path, catalog: str = CATALOG, plan: str | None = PLAN) -> Path:
    bundle = Library.from_env().bundle(catalog, plan)
    path = tmp / f"{catalog}-{plan}.xlsx"
    path.write_bytes(catalog_workbook(bundle.catalog, bundle.rulebook, bundle.plan))
    return path


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _export(tmp_path_factory.mktemp("export"))


@pytest.mark.parametrize(("catalog", "plan"), _plans())
def test_round_trip_gives_the_same_declarations_and_ruleset(
    tmp_path: Path, catalog: str, plan: str | None
) -> None:
    book = _export(tmp_path, catalog, plan)
    result = import_workbook(book, tmp_path / "data")
    assert (result.catalog, result.plan) == (catalog, plan)
    shipped = Library.from_env().bundle(catalog, plan)
    imported = Library.from_env([tmp_path / "data"]).bundle(catalog, plan)
    assert imported.catalog_source == str(tmp_path / "data")
    assert (imported.catalog_digest, imported.rules_digest, imported.plan_digest) == (
        shipped.catalog_digest,
        shipped.rules_digest,
        shipped.plan_digest,
    )
    assert (
        compile_rules(imported.catalog, imported.rulebook).rules
        == compile_rules(shipped.catalog, shipped.rulebook).rules
    )


def _without_source(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _without_source(v) for k, v in data.items() if k != "source"}
    if isinstance(data, list):
        return [_without_source(v) for v in data]
    return data


def test_every_bundled_example_scores_the_same_on_imported_data(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for catalog, plan in _plans():
        import_workbook(_export(tmp_path, catalog, plan), data)
    for example in sorted(EXAMPLES.glob("*.yaml")):
        shipped, imported = tmp_path / f"{example.stem}-a.json", tmp_path / f"{example.stem}-b.json"
        assert main(["score", str(example), "--out", str(shipped), "--quiet"]) == 0
        assert main(["score", str(example), "--data", str(data), "--out", str(imported), "--quiet"]) == 0
        a, b = json.loads(shipped.read_text("utf-8")), json.loads(imported.read_text("utf-8"))
        assert b["catalog"]["source"] == str(data)
        assert _without_source(a) == _without_source(b), example.name


def test_same_inputs_same_workbook_and_two_imports_same_bytes(tmp_path: Path, exported: Path) -> None:
    assert _export(tmp_path).read_bytes() == exported.read_bytes()
    first = import_workbook(exported, tmp_path / "a")
    second = import_workbook(exported, tmp_path / "b")
    for one, two in zip(first.files, second.files, strict=True):
        assert one.relative_to(tmp_path / "a") == two.relative_to(tmp_path / "b")
        assert one.read_bytes() == two.read_bytes()
    text = (tmp_path / "a" / "criteria" / CATALOG / "catalog.yaml").read_text("utf-8")
    assert "Bộ tiêu chí Chỉ số CCHC cấp sở, ban, ngành năm 2022" in text  # verbatim, never escaped
    assert "\\u" not in text


def test_sheets_and_headers_the_issue_names(exported: Path) -> None:
    book = load_workbook(exported)
    assert book.sheetnames == [
        "Bộ tiêu chí",
        "Tiêu chí",
        "Thang điểm",
        "Chỉ số",
        "Danh mục minh chứng",
        "Chỉ tiêu",
        "Khác",
        "Hướng dẫn",
    ]
    headers = [c.value for c in book["Tiêu chí"][1]]
    for h in ("Mã", "Tên", "Tiêu chí cha", "Lĩnh vực", "Điểm tối đa", "Thang điểm", "Nguồn"):
        assert h in headers
    ws = book["Tiêu chí"]
    row = find_row(ws, "Mã", "TCTP 3.4.1")
    cells = {h: ws.cell(row=row, column=i + 1).value for i, h in enumerate(headers)}
    assert (cells["Tiêu chí cha"], cells["Lĩnh vực"], cells["Thang điểm"]) == (
        "TC 3.4",
        "III",
        "ty_le_100_95",
    )
    assert ws.cell(row=find_row(ws, "Mã", "I"), column=headers.index("Tiêu chí cha") + 1).value is None
    others = [r[1] for r in book["Khác"].iter_rows(min_row=2, values_only=True)]
    assert any(str(p).startswith("catalog/constraints/") for p in others)


def test_a_changed_maximum_with_a_decimal_comma_scores_and_shows_in_the_diff(
    tmp_path: Path, exported: Path
) -> None:
    book = edit(exported, tmp_path / "sua.xlsx", [("Tiêu chí", "Mã", "TCTP 3.4.1", "Điểm tối đa", "2,5")])
    data = tmp_path / "du-lieu"
    import_workbook(book, data)
    report = tmp_path / "r.json"
    example = EXAMPLES / f"{PLAN}.yaml"
    assert main(["score", str(example), "--data", str(data), "--out", str(report), "--quiet"]) == 0
    crit = {c["code"]: c for c in json.loads(report.read_text("utf-8"))["criteria"]}
    assert crit["TCTP 3.4.1"]["max"] == 2.5
    out = tmp_path / "diff.json"
    assert main(["catalog", "diff", CATALOG, str(data / "criteria" / CATALOG), "--out", str(out)]) == 0
    diff = json.loads(out.read_text("utf-8"))
    assert [c["line"] for c in diff["changes"]] == ["TCTP 3.4.1: điểm tối đa 1 → 2,5"]
    assert diff["changes"][0]["old"] == 1 and diff["changes"][0]["new"] == 2.5


Edit = list[tuple[str, str, str, str, Any]]
BROKEN: dict[str, tuple[Edit, tuple[Reason, str, str]]] = {
    "unknown parent": (
        [("Tiêu chí", "Mã", "TCTP 3.4.1", "Tiêu chí cha", "TC 9.9")],
        (Reason.CROSS_CHECK, "Tiêu chí", "Tiêu chí cha"),
    ),
    "cycle": (
        [
            ("Tiêu chí", "Mã", "TC 3.4", "Tiêu chí cha", "TC 3.3"),
            ("Tiêu chí", "Mã", "TC 3.3", "Tiêu chí cha", "TC 3.4"),
        ],
        (Reason.CROSS_CHECK, "Tiêu chí", "Tiêu chí cha"),
    ),
    "maximum not a number": (
        [("Tiêu chí", "Mã", "TCTP 3.4.1", "Điểm tối đa", "hai điểm")],
        (Reason.NOT_A_NUMBER, "Tiêu chí", "Điểm tối đa"),
    ),
    "overlapping bands": (
        [("Thang điểm", "Thang điểm", "ty_le_100_95", "Mức: từ (≥)", 90)],
        (Reason.CROSS_CHECK, "Thang điểm", "Mức: từ (≥)"),
    ),
    "unused scale": (
        [("Tiêu chí", "Mã", "TC 1.5", "Thang điểm", "ty_le_100_95")],
        (Reason.CROSS_CHECK, "Thang điểm", "Thang điểm"),
    ),
    "target for an unknown criterion": (
        [("Chỉ tiêu", "Mã", "TC 1.1", "Mã", "TC 9.1")],
        (Reason.UNKNOWN_CRITERION, "Chỉ tiêu", "Mã"),
    ),
    "indicator reads an unknown fact": (
        [("Chỉ số", "Mã", "TC 1.1", "Tỷ lệ: tử số", "plan_tasks.done")],
        (Reason.UNKNOWN_FACT, "Chỉ số", "Tỷ lệ: tử số"),
    ),
    "unknown scale kind": (
        [("Thang điểm", "Thang điểm", "sipas", "Loại thang", "curve")],
        (Reason.WRONG_TYPE, "Thang điểm", "Loại thang"),
    ),
    "share above 1": (
        [("Thang điểm", "Thang điểm", "ty_le_100_95", "Mức: phần điểm tối đa", "1,5")],
        (Reason.OUT_OF_RANGE, "Thang điểm", "Mức: phần điểm tối đa"),
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_workbook_is_refused_on_its_cell_and_nothing_is_written(
    tmp_path: Path, exported: Path, case: str
) -> None:
    changes, (code, sheet, column) = BROKEN[case]
    book = edit(exported, tmp_path / "hong.xlsx", changes)
    with pytest.raises(InputError) as caught:
        import_workbook(book, tmp_path / "out", "hong.xlsx")
    found = [(p.code, p.sheet, p.column) for p in caught.value.problems]
    assert (code, sheet, column) in found, caught.value
    assert all(p.file == "hong.xlsx" and p.sheet and p.row for p in caught.value.problems), caught.value
    assert not (tmp_path / "out").exists()


def test_every_problem_at_once_and_the_cli_exits_2(tmp_path: Path, exported: Path, capsys: Any) -> None:
    book = edit(
        exported,
        tmp_path / "hong.xlsx",
        [
            ("Tiêu chí", "Mã", "TCTP 3.4.1", "Tiêu chí cha", "TC 9.9"),
            ("Thang điểm", "Thang điểm", "ty_le_100_95", "Mức: từ (≥)", 90),
        ],
    )
    assert main(["catalog", "import", str(book), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "sheet “Tiêu chí”, dòng" in err and "sheet “Thang điểm”, dòng 3" in err
    assert not (tmp_path / "out").exists()


def test_other_values_round_trip_and_an_unknown_column_is_refused(tmp_path: Path, exported: Path) -> None:
    book = load_workbook(exported)
    ws = book["Khác"]
    ws.append(["Trọng số", "plan/stated_weights/TC 1.1/percent", "số", "12,5"])
    ws.append([None, "plan/stated_weights/TC 1.1/text", "chữ", "Trọng số 12,5%"])
    ws.append([None, "plan/stated_weights/TC 1.1/source", "chữ", "thử"])
    path = tmp_path / "khac.xlsx"
    book.save(path)
    import_workbook(path, tmp_path / "data")
    plan = yaml.safe_load((tmp_path / "data" / "criteria" / "plans" / f"{PLAN}.yaml").read_text("utf-8"))
    assert plan["stated_weights"]["TC 1.1"]["percent"] == 12.5
    book["Chỉ số"].cell(row=1, column=book["Chỉ số"].max_column + 1).value = "Công thức lạ"
    book.save(path)
    with pytest.raises(InputError) as caught:
        import_workbook(path, tmp_path / "data2")
    assert [(p.code, p.sheet, p.row, p.column) for p in caught.value.problems] == [
        (Reason.UNKNOWN_COLUMN, "Chỉ số", 1, "Công thức lạ")
    ]


def test_not_a_catalog_workbook(tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "x.xlsx"
    Workbook().save(path)
    with pytest.raises(InputError) as caught:
        import_workbook(path, tmp_path / "out")
    assert {p.code for p in caught.value.problems} == {Reason.UNKNOWN_SHEET}
    text = tmp_path / "t.xlsx"
    text.write_text("Mã,Tên\n", "utf-8")
    with pytest.raises(InputError) as caught:
        import_workbook(text, tmp_path / "out")
    assert caught.value.problems[0].code == Reason.UNSUPPORTED_FORMAT


class _Linear(BaseModel):
    kind: str
    zero_at: float
    cap: float | None = None


class _Bands(BaseModel):
    kind: str
    bands: list[str]


class _Holder(BaseModel):
    scale: _Linear | _Bands
    note: str = ""


class _Tagged(BaseModel):
    scales: dict[str, Annotated[_Linear | _Bands, Field(union_mode="left_to_right")]]


def test_columns_follow_the_models_so_a_new_kind_gets_its_columns() -> None:
    keys = [leaf.key for leaf in leaves([_Holder])]
    assert keys == ["scale.kind", "scale.zero_at", "scale.cap", "scale.bands", "note"]
    (models,) = [item_models(info.annotation) for name, info in field_items(_Tagged) if name == "scales"]
    assert models == [_Linear, _Bands]
    spec = L.SHEET_BY_NAME["Thang điểm"]
    assert [h for h, _ in spec.columns()][:2] == ["Thang điểm", "Tên thang điểm"]


def _refused(
    tmp_path: Path, exported: Path, change: Any
) -> list[tuple[Reason, str | None, int | None, str | None]]:
    book = load_workbook(exported)
    change(book)
    path = tmp_path / "hong.xlsx"
    book.save(path)
    with pytest.raises(InputError) as caught:
        import_workbook(path, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    return [(p.code, p.sheet, p.row, p.column) for p in caught.value.problems]


def test_bands_that_leave_a_gap(tmp_path: Path, exported: Path) -> None:
    def change(book: Any) -> None:
        ws = book["Thang điểm"]
        last = find_row(ws, "Thang điểm", "ty_le_100_95", 2)
        ws.cell(row=last, column=[c.value for c in ws[1]].index("Mức: từ (≥)") + 1).value = 50

    assert _refused(tmp_path, exported, change) == [(Reason.CROSS_CHECK, "Thang điểm", 4, "Mức: từ (≥)")]


def test_a_new_criterion_without_indicator_and_a_missing_id(tmp_path: Path, exported: Path) -> None:
    def change(book: Any) -> None:
        book["Tiêu chí"].append(["Tiêu chí", "TC 1.9", "Mới", None, "I", 1, "hoan_thanh", "QĐ"])
        book["Bộ tiêu chí"].cell(row=2, column=2).value = None

    row = load_workbook(exported)["Tiêu chí"].max_row + 1
    assert _refused(tmp_path, exported, change) == [
        (Reason.MISSING_FIELD, "Bộ tiêu chí", 2, "Giá trị"),
        (Reason.MISSING_FIELD, "Tiêu chí", row, "Mã"),
    ]


def test_a_workbook_saved_again_by_libreoffice_imports_the_same(tmp_path: Path, exported: Path) -> None:
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("không có LibreOffice (tuỳ chọn: apt-get install libreoffice-calc-nogui)")
    out = tmp_path / "lo-out"
    args = [
        soffice,
        "--headless",
        f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
        "--convert-to",
        "xlsx",
    ]
    subprocess.run([*args, "--outdir", str(out), str(exported)], check=True, capture_output=True, timeout=180)
    import_workbook(out / exported.name, tmp_path / "data")
    shipped = Library.from_env().bundle(CATALOG, PLAN)
    imported = Library.from_env([tmp_path / "data"]).bundle(CATALOG, PLAN)
    assert (imported.catalog_digest, imported.rules_digest, imported.plan_digest) == (
        shipped.catalog_digest,
        shipped.rules_digest,
        shipped.plan_digest,
    )


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    bundle = Library.from_env().bundle(CATALOG)
    catalog = bundle.catalog.model_copy(update={"notes": "=SUM(A1) là ghi chú, không phải công thức"})
    path = tmp_path / "f.xlsx"
    path.write_bytes(catalog_workbook(catalog, bundle.rulebook))
    import_workbook(path, tmp_path / "data")
    assert Library.from_env([tmp_path / "data"]).catalog(CATALOG)[0].notes == catalog.notes


def test_long_cells_of_the_catalog_workbook_get_rows_tall_enough_to_read(tmp_path: Path) -> None:
    """LibreOffice shows a row one line high unless the file says otherwise (cut-off notes)."""
    bundle = Library().bundle("par-so-nganh-2022", "gia-lai-bqlkkt-2022")
    book = tmp_path / "bo.xlsx"
    book.write_bytes(catalog_workbook(bundle.catalog, bundle.rulebook, bundle.plan))
    head = load_workbook(book)["Bộ tiêu chí"]
    notes = next(r for r in head.iter_rows(min_row=2) if r[2].value == "catalog/notes")
    assert (head.row_dimensions[notes[0].row].height or 0) >= 4 * 15


def _khac_field_names() -> set[str]:
    """Every field name that can sit in a "Khác" path: the models below each document field no
    sheet holds, walked to the leaves."""
    from engine.spec.workbook.fields import head_leaf, models_in
    from engine.spec.workbook.other_labels import _inner

    names: set[str] = set()
    seen: set[type[BaseModel]] = set()

    def walk(annotation: Any) -> None:
        kind, inner = _inner(annotation)
        while kind in ("list", "dict"):
            kind, inner = _inner(inner)
        for model in models_in(inner):
            if model in seen:
                continue
            seen.add(model)
            for name, info in field_items(model):
                names.add(name)
                walk(info.annotation)

    for doc, model in L.DOC_MODELS.items():
        for name, info in field_items(model):
            if name in L.held(doc) or name in L.DERIVED.get(doc, ()) or head_leaf(info.annotation):
                continue
            names.add(name)
            walk(info.annotation)
    return names


def test_every_label_of_every_sheet_is_vietnamese() -> None:
    """No raw key as a label: each "Bộ tiêu chí" row, each column, each "Khác" field has its word."""
    from engine.spec.workbook.fields import head_leaf
    from engine.spec.workbook.other_labels import WORDS

    for doc, model in L.DOC_MODELS.items():
        for name, info in field_items(model):
            if name in L.held(doc) or name in L.DERIVED.get(doc, ()) or not head_leaf(info.annotation):
                continue
            assert name in L.HEAD_LABELS.get(doc, {}), f"{doc}/{name}: thiếu nhãn tiếng Việt"
    for spec in L.SHEETS:
        for header, leaf in spec.columns():
            assert leaf is None or header != leaf.key, f"{spec.name}: cột '{header}' chưa dịch"
    missing = _khac_field_names() - set(WORDS)
    assert not missing, f"trang “Khác”: chưa có tên tiếng Việt cho {sorted(missing)}"


@pytest.mark.parametrize("catalog", ["chi-so-766", "par-so-nganh-2022"])
def test_head_and_other_sheets_show_vietnamese_labels(tmp_path: Path, catalog: str) -> None:
    book = load_workbook(_export(tmp_path, catalog, None))
    head = [row[0] for row in book[L.HEAD].iter_rows(min_row=2, values_only=True)]
    assert "Nêu điểm còn có thể đạt của mỗi tiêu chí" in head
    assert not [h for h in head if ":" in str(h) or "_" in str(h)]
    other = book[L.OTHER]
    assert [c.value for c in other[1]] == list(L.OTHER_COLUMNS)
    labels = {row[1]: row[0] for row in other.iter_rows(min_row=2, values_only=True)}
    if catalog == "chi-so-766":
        assert labels["catalog/total_labels/bands/[0]/label"] == "Xếp loại theo tổng điểm › mức 1 › nhãn"
        assert labels["catalog/rounding/fields/TTTT"] == "Làm tròn điểm › lĩnh vực › TTTT"
    assert all(label and "_" not in label for label in labels.values()), labels


def test_other_sheet_without_its_label_column_still_imports(tmp_path: Path) -> None:
    """The label is for reading: a workbook of an earlier version (no “Thuộc tính”) imports the same."""
    path = _export(tmp_path, "chi-so-766", None)
    book = load_workbook(path)
    book[L.OTHER].delete_cols(1)
    book.save(path)
    import_workbook(path, tmp_path / "data")
    shipped = Library.from_env().bundle("chi-so-766")
    imported = Library.from_env([tmp_path / "data"]).bundle("chi-so-766")
    assert imported.catalog_digest == shipped.catalog_digest
