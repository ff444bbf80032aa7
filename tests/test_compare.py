"""`cchc compare OLD.json NEW.json`: two reports criterion by criterion; across catalogs only when asked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from engine.cli.main import main
from engine.cli.schema import schema_text
from tests.conftest import ROOT
from tests.unit.conftest import EXAMPLE

SCHEMA = ROOT / "engine" / "report" / "compare" / "comparison.schema.json"
VAN_PHONG = ROOT / "evidence" / "examples" / "van-phong-bqlkkt-2023.yaml"
ON_TIME = ["--set", "dossiers.resolved_on_time=1230", "--set", "dossiers.resolved_late=0"]


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    d = tmp_path_factory.mktemp("so-sanh")
    old, new, other = d / "truoc.json", d / "sau.json", d / "van-phong.json"
    assert main(["score", str(EXAMPLE), "--quiet", "--out", str(old)]) == 0
    args = ["score", str(EXAMPLE), "--quiet", *ON_TIME, "--set", "dossiers.late_apologized=0"]
    assert main([*args, "--out", str(new)]) == 0
    assert main(["score", str(VAN_PHONG), "--quiet", "--out", str(other)]) == 0
    return old, new, other


def test_compare_lists_each_criterion_before_and_after(
    reports: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new, _ = reports
    out = tmp_path / "diff.json"
    assert main(["compare", str(old), str(new), "--out", str(out)]) == 0
    shown = capsys.readouterr().out
    assert (
        "TCTP 3.4.1" in shown and "Mới đạt chỉ tiêu: TCTP 3.4.1" in shown and "39,396/46 → 40,896/46" in shown
    )
    diff = load(out)
    jsonschema.validate(diff, json.loads(SCHEMA.read_text(encoding="utf-8")))
    by_code = {c["code"]: c for c in diff["changes"]}
    assert len(by_code) == 46
    c = by_code["TCTP 3.4.1"]
    assert (c["before"], c["after"], c["status_before"], c["status_after"]) == (0.5, 1.0, "scored", "scored")
    assert (c["met_before"], c["met_after"], c["target"], c["changed"]) == (False, True, "newly_met", True)
    assert by_code["TC 1.1"]["changed"] is False
    assert diff["newly_met"] == ["TCTP 3.4.1"] and diff["newly_missed"] == []
    assert diff["total"]["change"] == 1.5 and diff["methodology"] == []
    assert diff["after"]["simulated"] is True and diff["before"]["simulated"] is False
    assert [f["change"] for f in diff["fields"] if f["code"] == "III"] == [1.5]


def test_reports_on_different_catalogs_are_refused_unless_asked(
    reports: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, _, other = reports
    out = tmp_path / "diff.json"
    assert main(["compare", str(old), str(other), "--out", str(out)]) == 2
    assert "--across-catalogs" in capsys.readouterr().err and not out.exists()
    assert main(["compare", str(old), str(other), "--across-catalogs", "--quiet", "--out", str(out)]) == 0
    diff = load(out)
    assert diff["across_catalogs"] is True
    assert any(line.startswith("Bộ tiêu chí: par-so-nganh-2022") for line in diff["methodology"])
    assert any(line.startswith("KL91 1: thêm tiêu chí") for line in diff["methodology"])
    assert {c["status_before"] for c in diff["changes"] if c["code"].startswith("KL91")} == {None}


def test_xlsx_and_html_comparisons(reports: tuple[Path, Path, Path], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    old, new, _ = reports
    xlsx, html = tmp_path / "d.xlsx", tmp_path / "d.html"
    assert main(["compare", str(old), str(new), "--quiet", "--out", str(xlsx), "--out", str(html)]) == 0
    book = load_workbook(xlsx)
    assert book.sheetnames == ["So sánh tiêu chí", "Theo lĩnh vực", "Thông tin"]
    rows = {r[0]: r for r in book["So sánh tiêu chí"].iter_rows(min_row=2, values_only=True)}
    assert rows["TCTP 3.4.1"][2:5] == (0.5, 1.0, 0.5) and rows["TCTP 3.4.1"][9] == "mới đạt"
    assert len(book["Theo lĩnh vực"]._charts) == 1
    sheet = book["So sánh tiêu chí"]
    title_row = next(r[0].row for r in sheet.iter_rows(min_row=2) if r[0].value == "TCTP 1.3.1")
    assert (sheet.row_dimensions[title_row].height or 0) >= 2 * 15  # a long title wraps: row grows
    page = html.read_text(encoding="utf-8")
    assert "TCTP 3.4.1" in page and "39,396 → 40,896" in page


@pytest.mark.parametrize("kind", ["not json", "summary", "damaged"])
def test_what_is_not_a_report_is_refused(
    reports: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    old, _, _ = reports
    bad = tmp_path / "x.json"
    if kind == "not json":
        bad.write_text("{không phải json", encoding="utf-8")
    elif kind == "summary":
        bad.write_text(json.dumps({"schema_version": "1.0", "units": [], "groups": []}), encoding="utf-8")
    else:
        data = load(old)
        data["total"]["score"] = "nhiều"
        bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["compare", str(old), str(bad)]) == 2
    err = capsys.readouterr().err
    assert "x.json" in err and "Traceback" not in err
    if kind == "summary":
        assert "bảng tổng hợp" in err


@pytest.mark.parametrize("name", ["bao-cao.xlsx", "bao-cao.html", "minh-chung.yaml"])
def test_a_report_workbook_or_evidence_is_refused_saying_compare_takes_the_json(
    reports: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    old, _, _ = reports
    other = tmp_path / name
    if name.endswith(".yaml"):
        other.write_text("unit: Sở A\n", encoding="utf-8")
    else:
        assert main(["score", str(EXAMPLE), "--quiet", "--out", str(other)]) == 0
        capsys.readouterr()
    assert main(["compare", str(old), str(other)]) == 2
    err = capsys.readouterr().err
    assert f"{other}: không phải báo cáo JSON: cchc compare so hai báo cáo .json" in " ".join(err.split())
    assert "UTF-8" not in err


def test_committed_comparison_schema_matches_the_models() -> None:
    regenerate = "chạy: cchc schema --kind comparison --out engine/report/compare/comparison.schema.json"
    assert SCHEMA.read_text(encoding="utf-8") == schema_text("comparison"), regenerate


def test_methodology_lines_from_a_catalog_diff_replace_those_read_from_the_reports(
    reports: tuple[Path, Path, Path],
) -> None:
    from engine.report.compare.methodology import differences
    from engine.report.compare.read import read_report

    old, _, other = reports
    before, after = read_report(old), read_report(other)
    from_reports = differences(before, after)
    assert any(line.startswith("Tiêu chí chỉ có ở báo cáo sau") for line in from_reports)
    given = differences(before, after, catalog_lines=["TCTP 3.4.1: điểm tối đa 1 → 2,5"])
    assert given[-1] == "TCTP 3.4.1: điểm tối đa 1 → 2,5"
    assert not any(line.startswith("Tiêu chí chỉ có") for line in given)
    assert given[0].startswith("Bộ tiêu chí:")


@pytest.fixture(scope="module")
def edited_catalog(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """Two reports on par-so-nganh-2022: the shipped one, and a copy edited in Excel and imported
    into a data directory under the same id (TCTP 3.4.1 max 1 → 2,5; a fact renamed)."""
    from tests.catalog_book.edit import edit

    d = tmp_path_factory.mktemp("hai-bo-tieu-chi")
    book, data = d / "bo-tieu-chi.xlsx", d / "du-lieu"
    catalog, plan = "par-so-nganh-2022", "gia-lai-bqlkkt-2022"
    assert main(["catalog", "export", catalog, "--plan", plan, "--out", str(book)]) == 0
    changes = [
        ("Tiêu chí", "Mã", "TCTP 3.4.1", "Điểm tối đa", "2,5"),
        ("Danh mục minh chứng", "Mã minh chứng", "plan_tasks.total", "Tên", "Tổng số nhiệm vụ CCHC"),
    ]
    edited = edit(book, d / "sua.xlsx", changes)
    assert main(["catalog", "import", str(edited), "--out", str(data)]) == 0
    old, new = d / "truoc.json", d / "sau.json"
    assert main(["score", str(EXAMPLE), "--quiet", "--out", str(old)]) == 0
    assert main(["score", str(EXAMPLE), "--quiet", "--data", str(data), "--out", str(new)]) == 0
    return old, new, data


def test_across_catalogs_the_methodology_lines_come_from_the_catalog_diff(
    edited_catalog: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from engine.spec.bundle import Library
    from engine.spec.diff import diff_bundles

    old, new, data = edited_catalog
    out = tmp_path / "diff.json"
    args = ["compare", str(old), str(new), "--across-catalogs", "--data", str(data), "--out", str(out)]
    assert main(args) == 0
    shown = capsys.readouterr().out
    assert "TCTP 3.4.1: điểm tối đa 1 → 2,5" in shown
    diff = load(out)
    expected = diff_bundles(
        Library.from_env().bundle("par-so-nganh-2022", "gia-lai-bqlkkt-2022"),
        Library.from_env([data]).bundle("par-so-nganh-2022", "gia-lai-bqlkkt-2022"),
    ).lines()
    assert "TCTP 3.4.1: điểm tối đa 1 → 2,5" in expected
    assert diff["methodology"][0].startswith("Bộ tiêu chí: par-so-nganh-2022")
    assert diff["methodology"][1:] == expected
    # what only the catalog itself says: a report does not carry the facts' labels
    assert any("plan_tasks.total" in line and "Tổng số nhiệm vụ CCHC" in line for line in expected)
    assert diff["warnings"] == []
    jsonschema.validate(diff, json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_across_catalogs_without_the_catalog_in_the_library_falls_back_to_the_reports(
    edited_catalog: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new, _ = edited_catalog
    out = tmp_path / "diff.json"
    assert main(["compare", str(old), str(new), "--across-catalogs", "--quiet", "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "báo cáo sau" in err and "có nội dung khác" in err and "Traceback" not in err
    diff = load(out)
    assert "TCTP 3.4.1: điểm tối đa 1 → 2,5" in diff["methodology"]
    assert not any("plan_tasks.total" in line for line in diff["methodology"])
    (note,) = diff["warnings"]
    assert note.startswith("Không dùng được bộ tiêu chí của báo cáo sau") and "chỉ lấy từ hai báo cáo" in note
