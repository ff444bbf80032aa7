"""A whole province in one run: many units scored in one process, ranked, each unit's report written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from benchmarks.province_units import write_units
from engine.cli.main import main
from engine.cli.schema import schema_text
from engine.scoring import report_json, score_file
from tests.conftest import ROOT
from tests.unit.conftest import EXAMPLE

SUMMARY_SCHEMA = ROOT / "engine" / "report" / "province" / "summary.schema.json"
VAN_PHONG = ROOT / "evidence" / "examples" / "van-phong-bqlkkt-2023.yaml"


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """40 units in a folder, scored once: (folder, summary, reports folder)."""
    root = tmp_path_factory.mktemp("tinh")
    folder = root / "don-vi"
    write_units(folder, 40)
    summary, reports = root / "tong-hop.json", root / "bao-cao"
    assert main(["score", str(folder), "--quiet", "--out", str(summary), "--out-dir", str(reports)]) == 0
    return folder, summary, reports


def test_forty_units_rank_by_their_own_totals(province: tuple[Path, Path, Path]) -> None:
    _, summary_path, reports = province
    summary = load(summary_path)
    units = summary["units"]
    assert len(units) == 40 and summary["failed"] == []
    assert len(list(reports.glob("*.json"))) == 40
    for u in units:
        own = load(reports / (Path(u["file"]).stem + ".json"))
        assert u["total"] == own["total"] and u["fields"] == own["fields"] and u["unit"] == own["unit"]
        assert u["shortfalls"] == len(own["shortfalls"]) and u["share"] == own["total"]["percent"]

    # ranks follow the shares: competition ranking, equal shares share a rank
    def share(u: dict[str, Any]) -> float:
        return float(u["total"]["score"] / u["total"]["max"])

    for a in units:
        assert a["rank"] == 1 + sum(share(b) > share(a) for b in units)
    assert [u["rank"] for u in units] == sorted(u["rank"] for u in units)
    assert len({u["total"]["score"] for u in units}) > 5  # the units really differ
    assert summary["groups"][0]["catalog"]["id"] == "par-so-nganh-2022"
    assert summary["groups"][0]["catalog"]["digest"].startswith("sha256:")
    jsonschema.validate(summary, json.loads(SUMMARY_SCHEMA.read_text(encoding="utf-8")))


def test_a_unit_report_is_the_same_as_scoring_it_alone(province: tuple[Path, Path, Path]) -> None:
    folder, _, reports = province
    for name in ("don-vi-01", "don-vi-40"):
        alone = report_json(score_file(folder / f"{name}.yaml"))
        assert (reports / f"{name}.json").read_text(encoding="utf-8") == alone


def test_sources_and_our_own_outputs_in_the_folder_are_not_units(
    province: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    folder, summary, _ = province
    shutil.copytree(folder, tmp_path / "d")
    shutil.copy(summary, tmp_path / "d" / "tong-hop-cu.json")  # last run's summary beside the files
    (tmp_path / "d" / "con").mkdir()
    shutil.copy(EXAMPLE, tmp_path / "d" / "con" / "khac.yaml")
    out = tmp_path / "s.json"
    assert main(["score", str(tmp_path / "d"), "--quiet", "--out", str(out)]) == 0
    assert len(load(out)["units"]) == 40  # the CSV export, the old summary and the subfolder are not units
    assert main(["score", str(tmp_path / "d"), "--quiet", "--recursive", "--out", str(out)]) == 0
    assert len(load(out)["units"]) == 41


def test_an_invalid_unit_is_listed_and_the_others_are_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_units(tmp_path / "d", 3)
    bad = tmp_path / "d" / "don-vi-02.yaml"
    bad.write_text(bad.read_text(encoding="utf-8").replace("completed: ", "completed: -"), encoding="utf-8")
    out, reports = tmp_path / "s.json", tmp_path / "r"
    assert main(["score", str(tmp_path / "d"), "--out", str(out), "--out-dir", str(reports)]) == 2
    captured = capsys.readouterr()
    assert "don-vi-02.yaml" in captured.err and "không được âm" in captured.err
    assert "Sở thử nghiệm 01" in captured.out and "Xếp hạng 2 đơn vị" in captured.out
    summary = load(out)
    assert [u["file"] for u in summary["failed"]] == [str(bad)]
    assert summary["failed"][0]["problems"][0]["code"] == "out_of_range"
    assert sorted(p.name for p in reports.iterdir()) == ["don-vi-01.json", "don-vi-03.json"]

    out.unlink()
    shutil.rmtree(reports)
    args = ["score", str(tmp_path / "d"), "--strict", "--out", str(out), "--out-dir", str(reports)]
    assert main(args) == 2
    assert not out.exists() and not reports.exists()


def test_units_on_different_catalogs_need_group_by(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.json"
    assert main(["score", str(EXAMPLE), str(VAN_PHONG), "--quiet", "--out", str(out)]) == 2
    assert "--group-by catalog" in capsys.readouterr().err and not out.exists()
    assert (
        main(["score", str(EXAMPLE), str(VAN_PHONG), "--quiet", "--group-by", "catalog", "--out", str(out)])
        == 0
    )
    summary = load(out)
    assert [(g["catalog"]["id"], g["year"]) for g in summary["groups"]] == [
        ("cchc-tasks-van-phong", 2023),
        ("par-so-nganh-2022", 2022),
    ]
    assert [(u["group"], u["rank"]) for u in summary["units"]] == [(0, 1), (1, 1)]
    from openpyxl import load_workbook

    xlsx = tmp_path / "s.xlsx"
    assert (
        main(["score", str(EXAMPLE), str(VAN_PHONG), "--quiet", "--group-by", "catalog", "--out", str(xlsx)])
        == 0
    )
    assert load_workbook(xlsx).sheetnames[:4] == [
        "Xếp hạng 1",
        "Theo lĩnh vực 1",
        "Xếp hạng 2",
        "Theo lĩnh vực 2",
    ]


def test_equal_shares_share_a_rank_and_are_listed_by_name(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    for name, unit in (("b.yaml", "Sở B"), ("a.yaml", "Sở C"), ("c.yaml", "Sở A")):
        (tmp_path / name).write_text(
            text.replace("unit: Ban Quản lý Khu kinh tế tỉnh Gia Lai", f"unit: {unit}")
        )
    out = tmp_path / "s.json"
    assert main(["score", str(tmp_path), "--quiet", "--out", str(out)]) == 0
    assert [(u["unit"], u["rank"]) for u in load(out)["units"]] == [("Sở A", 1), ("Sở B", 1), ("Sở C", 1)]


def test_reports_never_overwrite_an_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.dumps(__import__("yaml").safe_load(EXAMPLE.read_text(encoding="utf-8")), default=str)
    (tmp_path / "a.json").write_text(data, encoding="utf-8")
    (tmp_path / "b.json").write_text(data.replace("Gia Lai", "Kon Tum"), encoding="utf-8")
    before = (tmp_path / "a.json").read_bytes()
    assert main(["score", str(tmp_path), "--quiet", "--out-dir", str(tmp_path)]) == 2
    assert "trùng tệp đầu vào" in capsys.readouterr().err
    assert (tmp_path / "a.json").read_bytes() == before


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--format", "xlsx"], "--format là dạng báo cáo trong --out-dir"),
        (["--out", "tong-hop.csv"], "không biết ghi bảng tổng hợp"),
        (["--unit", "X"], "--unit chỉ dùng với một bảng số liệu .csv"),
        (["--out-dir", str(EXAMPLE)], "--out-dir là một tệp, không phải thư mục"),
    ],
)
def test_options_of_a_multi_unit_run_are_checked_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], said: str
) -> None:
    assert main(["score", str(EXAMPLE), str(VAN_PHONG), *args]) == 2
    assert said in capsys.readouterr().err


def test_multi_unit_options_with_one_file_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(EXAMPLE), "--out-dir", "x", "--strict"]) == 2
    assert "--out-dir, --strict chỉ dùng khi chấm nhiều đơn vị" in capsys.readouterr().err


def test_summary_xlsx_and_html_have_the_chart_and_the_field_by_unit_table(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    write_units(tmp_path / "d", 5)
    xlsx, html = tmp_path / "s.xlsx", tmp_path / "s.html"
    reports = tmp_path / "r"
    args = ["score", str(tmp_path / "d"), "--quiet", "--out", str(xlsx), "--out", str(html)]
    assert main([*args, "--out-dir", str(reports), "--format", "xlsx", "--format", "html"]) == 0
    book = load_workbook(xlsx)
    assert book.sheetnames == ["Xếp hạng", "Theo lĩnh vực", "Không chấm được", "Thông tin"]
    ranking = book["Xếp hạng"]
    assert ranking["A1"].value == "Hạng" and ranking["B2"].value and isinstance(ranking["C2"].value, float)
    assert len(ranking._charts) == 1
    # the chart below the table, not beside it (side by side they printed at a third of A4)
    anchor = ranking._charts[0].anchor._from
    assert anchor.col <= 1 and anchor.row > ranking.max_row - 1
    assert (ranking.row_dimensions[1].height or 0) >= 2 * 15  # wrapped headers: the row grows
    fields = book["Theo lĩnh vực"]
    assert [c.value for c in fields[1]][:3] == ["Hạng", "Đơn vị", "I (%)"] and fields.max_row >= 6
    page = html.read_text(encoding="utf-8")
    assert "<svg" in page and "Tỷ lệ điểm theo lĩnh vực" in page and "Sở thử nghiệm 05" in page
    assert sorted(p.suffix for p in reports.iterdir()) == [".html"] * 5 + [".json"] * 5 + [".xlsx"] * 5
    assert xlsx.read_bytes() == _again(args, xlsx)  # deterministic


def _again(args: list[str], path: Path) -> bytes:
    path.unlink()
    assert main(args) == 0
    return path.read_bytes()


def test_what_if_applies_to_every_unit_and_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_units(tmp_path / "d", 2)
    out = tmp_path / "s.json"
    assert main(["score", str(tmp_path / "d"), "--set", "initiatives.count=5", "--out", str(out)]) == 0
    assert "MÔ PHỎNG" in capsys.readouterr().out
    assert load(out)["overrides"] == ["initiatives.count=5"]


def test_committed_summary_schema_matches_the_models() -> None:
    regenerate = "chạy: cchc schema --kind summary --out engine/report/province/summary.schema.json"
    assert SUMMARY_SCHEMA.read_text(encoding="utf-8") == schema_text("summary"), regenerate


def test_an_evidence_workbook_is_a_unit_and_a_report_workbook_is_not(tmp_path: Path) -> None:
    from tests.workbook.fill import GIA_LAI, fill

    folder = tmp_path / "d"
    folder.mkdir()
    blank = tmp_path / "mau.xlsx"
    args = ["template", "par-so-nganh-2022", "--plan", "gia-lai-bqlkkt-2022", "--unit", "Sở có sổ Excel"]
    assert main([*args, "--year", "2022", "--out", str(blank)]) == 0
    fill(blank, GIA_LAI, folder / "so-excel.xlsx")
    write_units(folder, 1)
    out, reports = tmp_path / "s.json", folder / "bao-cao"
    assert main(["score", str(folder), "--quiet", "--out-dir", str(reports), "--format", "xlsx"]) == 0
    shutil.copy(reports / "don-vi-01.xlsx", folder / "bao-cao-cu.xlsx")  # last year's report workbook
    assert main(["score", str(folder), "--quiet", "--out", str(out)]) == 0
    units = load(out)["units"]
    assert sorted(Path(u["file"]).name for u in units) == ["don-vi-01.yaml", "so-excel.xlsx"]
    alone = score_file(folder / "so-excel.xlsx")
    assert next(u for u in units if u["file"].endswith(".xlsx"))["total"] == alone.total.model_dump()


def test_what_if_across_catalogs_applies_where_the_fact_exists_and_says_where_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`initiatives.count` is a fact of par-so-nganh-2022 only: the Gia Lai unit is simulated,
    the Vân Phong unit (cchc-tasks-van-phong) is scored as submitted, and both the summary and
    its report say so; a fact no unit's catalog has refuses the run."""
    out, reports = tmp_path / "s.json", tmp_path / "r"
    args = ["score", str(EXAMPLE), str(VAN_PHONG), "--group-by", "catalog", "--set", "initiatives.count=3"]
    assert main([*args, "--out", str(out), "--out-dir", str(reports)]) == 0
    summary = load(out)
    (warning,) = [w for w in summary["warnings"] if "--set" in w]
    assert "'initiatives.count' không áp dụng cho 1 đơn vị của bộ tiêu chí 'cchc-tasks-van-phong'" in warning
    assert str(VAN_PHONG) in warning and "Cảnh báo: mô phỏng --set" in capsys.readouterr().out
    gia_lai, van_phong = load(reports / f"{EXAMPLE.stem}.json"), load(reports / f"{VAN_PHONG.stem}.json")
    assert [o["fact"] for o in gia_lai["overrides"]] == ["initiatives.count"]
    assert not van_phong.get("overrides")
    assert any("không áp dụng cho đơn vị này" in w["message"] for w in van_phong["warnings"])
    typo = ["score", str(EXAMPLE), str(VAN_PHONG), "--group-by", "catalog", "--set", "initiatives.cont=3"]
    assert main([*typo, "--out", str(tmp_path / "t.json")]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "minh chứng 'initiatives.cont' không có trong bộ tiêu chí nào của các đơn vị" in err
    assert "có phải ý bạn là 'initiatives.count'?" in err and not (tmp_path / "t.json").exists()
