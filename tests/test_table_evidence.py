"""Evidence from a published wide table (CSV): columns by alias, rows by unit and year."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from engine.cli.main import main
from engine.core.problems import InputError, Reason
from engine.scoring import score
from evidence.table import load_table_evidence

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "evidence" / "examples" / "pci-2021-vcci.csv"
EN_HEADER = (
    "Province,Year,Entry Costs,Access to land,Transparency,Time Costs,Informal Charges,Policy Bias,"
    "Proactivity,Business Support Services,Labor Policy,Law & Order,PCI Score,PCI Ranking,PCI Tier"
)


def write(tmp_path: Path, text: str, name: str = "t.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_vietnamese_vcci_table_row_is_read_by_province_and_year() -> None:
    ev = load_table_evidence(TABLE, unit="Đồng Tháp", year=2021, catalog="pci-2021")
    assert ev.unit == "Đồng Tháp" and ev.year == 2021 and ev.plan is None
    assert ev.facts["pci.market_entry"] == 7.73
    assert ev.facts["pci.published_score"] == 70.53
    assert ev.facts["pci.published_rank"] == 3
    assert ev.previous == {}
    assert ev.source == "pci-2021-vcci.csv (Đồng Tháp, năm 2021)"


def test_unit_names_match_whatever_the_case_and_spacing() -> None:
    ev = load_table_evidence(TABLE, unit="  quảng   ninh ", year=2021, catalog="pci-2021")
    assert ev.unit == "Quảng Ninh"


def test_english_headers_semicolons_decimal_commas_and_previous_year_row(tmp_path: Path) -> None:
    header = EN_HEADER.replace(",", ";")
    rows = [
        "Lâm Đồng;2021;7,63;7,28;5,57;6,55;6,77;7,19;6,43;7,34;6,53;7,99;67,17;15;Khá",
        "Lâm Đồng;2022;7,40;7,84;5,80;6,92;7,63;5,64;6,80;5,73;5,66;8,18;67,62;17;Khá",
    ]
    path = write(tmp_path, "\n".join([header, *rows]) + "\n")
    ev = load_table_evidence(path, unit="Lâm Đồng", year=2022, catalog="pci-2022")
    assert ev.facts["pci.market_entry"] == 7.40
    assert ev.previous["pci.market_entry"] == 7.63
    report = score(ev)
    first = next(r for r in report.criteria if r.code == "PCI 1")
    assert first.indicator.change == pytest.approx(-0.23)
    # the 2022 edition's weights reproduce the published 2022 composite
    check = report.summary.published_total if report.summary else None
    assert check is not None and check.consistent and check.difference == pytest.approx(0)
    # the 2021 edition no longer claims 2022
    with pytest.raises(InputError) as refused:
        load_table_evidence(path, unit="Lâm Đồng", year=2022, catalog="pci-2021")
    assert "pci-2021" in str(refused.value) and "2022" in str(refused.value)


def test_table_without_year_column_is_the_table_of_the_given_year(tmp_path: Path) -> None:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    rows = [ln for ln in lines if not ln.startswith("#")]
    no_year = [",".join(c for i, c in enumerate(r.split(",")) if i != 1) for r in rows]
    path = write(tmp_path, "\n".join(no_year) + "\n")
    ev = load_table_evidence(path, unit="Hà Nội", year=2021, catalog="pci-2021")
    assert ev.facts["pci.transparency"] == 5.21


def test_blank_or_na_cell_becomes_missing_evidence(tmp_path: Path) -> None:
    text = EN_HEADER + "\nHCMC,2021,N/A,6.98,5.45,7.58,6.38,6.09,6.22,8.54,6.71,,67.50,14,Khá\n"
    report = score(load_table_evidence(write(tmp_path, text), unit="HCMC", year=2021, catalog="pci-2021"))
    status = {r.code: r.status for r in report.criteria}
    assert status["PCI 1"] == status["PCI 10"] == "missing_evidence"
    assert report.total.missing_evidence_max == 10
    assert not any("lệch" in w.message for w in report.warnings)  # an incomplete total is not compared


def test_unknown_column_is_reported_with_a_suggestion(tmp_path: Path) -> None:
    text = TABLE.read_text(encoding="utf-8").replace("Tính năng động", "Tính năng độnq")
    with pytest.raises(InputError) as err:
        load_table_evidence(write(tmp_path, text), unit="Quảng Ninh", year=2021, catalog="pci-2021")
    (problem,) = err.value.problems
    assert problem.line == 4 and "Tính năng độnq" in problem.where
    assert problem.code is Reason.UNKNOWN_COLUMN
    assert "có phải ý bạn là 'Tính năng động'" in problem.reason


def test_unknown_unit_and_missing_year_are_reported() -> None:
    with pytest.raises(InputError) as err:
        load_table_evidence(TABLE, unit="Quang Ninh", year=2021, catalog="pci-2021")
    (problem,) = err.value.problems
    assert problem.code is Reason.UNKNOWN_UNIT and "có phải ý bạn là 'Quảng Ninh'" in problem.reason
    with pytest.raises(InputError) as err:
        load_table_evidence(TABLE, unit="Quảng Ninh", year=2022, catalog="pci-2021")
    assert [p.code for p in err.value.problems] == [Reason.UNKNOWN_UNIT]


def test_bad_value_points_at_its_row_and_column(tmp_path: Path) -> None:
    text = TABLE.read_text(encoding="utf-8").replace("Hải Phòng,2021,6.52", "Hải Phòng,2021,65.2")
    with pytest.raises(InputError) as err:
        load_table_evidence(write(tmp_path, text), unit="Hải Phòng", year=2021, catalog="pci-2021")
    (problem,) = err.value.problems
    assert problem.line == 6 and problem.where == "cột 'Gia nhập thị trường'"
    assert problem.code is Reason.OUT_OF_RANGE
    assert "lớn hơn mức tối đa 10" in problem.reason


def test_duplicate_rows_for_one_unit_and_year_are_refused(tmp_path: Path) -> None:
    text = TABLE.read_text(encoding="utf-8")
    row = next(ln for ln in text.splitlines() if ln.startswith("Bắc Ninh"))
    with pytest.raises(InputError) as err:
        load_table_evidence(
            write(tmp_path, text + row + "\n"), unit="Bắc Ninh", year=2021, catalog="pci-2021"
        )
    assert [p.code for p in err.value.problems] == [Reason.DUPLICATE_ROW]


def test_catalog_without_table_layout_cannot_read_tables(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        load_table_evidence(TABLE, unit="Quảng Ninh", year=2022, catalog="par-so-nganh-2022")
    assert [p.code for p in err.value.problems] == [Reason.UNSUPPORTED_FORMAT]


def test_cli_scores_a_province_from_the_csv_and_writes_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.json"
    code = main(
        [
            "score",
            str(TABLE),
            "--province",
            "Đồng Tháp",
            "--year",
            "2021",
            "--catalog",
            "pci-2021",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "Tổng điểm tự đánh giá: 70,515/100" in printed
    assert "Tổng điểm đã công bố: 70,53, xếp hạng 3" in printed
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["total"]["score"] == 70.515 and report["unit"] == "Đồng Tháp"
    assert [c["indicator"]["value"] for c in report["criteria"]][:2] == [7.73, 7.26]


def test_cli_table_options_are_checked(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(TABLE), "--year", "2021", "--catalog", "pci-2021"]) == 2
    assert "cần --unit" in capsys.readouterr().err
    example = ROOT / "evidence" / "examples" / "quang-ninh-pci-2021.yaml"
    assert main(["score", str(example), "--year", "2021"]) == 2
    assert "--year chỉ dùng với bảng số liệu .csv" in capsys.readouterr().err


def test_cli_plan_option_checks_targets_from_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "score",
            str(TABLE),
            "--unit",
            "Quảng Ninh",
            "--year",
            "2021",
            "--catalog",
            "pci-2021",
            "--plan",
            "van-phong-bqlkkt-pci-2025",
            "--fail-on-shortfall",
            "--quiet",
        ]
    )
    assert code == 1  # Quảng Ninh 2021 is below most of the 2025 targets of plan 516
