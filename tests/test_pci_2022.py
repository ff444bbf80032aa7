"""The PCI 2022 edition: its weights reproduce published 2022 composites and seed 003's −1,22.

Data: evidence/examples/pci-2022-vcci.csv — the 2022 column of VCCI's province pages
(https://pcivietnam.vn/en/provinces/lam-dong, …/ninh-thuan, …/thanh-hoa, …/phu-tho), written
with the abbreviated headers of VCCI's data tables and no year column.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from engine.cli.main import main
from engine.core.problems import InputError, Reason
from engine.scoring import score
from engine.spec.bundle import find_catalog as load_catalog
from engine.spec.bundle import find_plan as load_plan
from evidence.table import load_table_evidence

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "evidence" / "examples" / "pci-2022-vcci.csv"
ABBREVIATED = ["GNTT", "TCĐĐ", "TMB", "CPTG", "CPKCT", "CTBĐ", "TNĐ", "HTDN", "ĐTLĐ", "TCPL"]
WEIGHTS_2022 = [5, 10, 5, 5, 15, 10, 15, 15, 10, 10]


def _rows() -> list[dict[str, str]]:
    lines = [ln for ln in TABLE.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines))


ROWS = _rows()


def test_catalog_weights_are_the_2022_edition_and_sum_to_100() -> None:
    catalog = load_catalog("pci-2022")
    assert [c.max for c in catalog.assessed()] == WEIGHTS_2022
    assert catalog.provisional  # until VCCI's own publication of the weights is found
    # same facts as the 2021 edition: evidence files only change their catalog id
    assert sorted(catalog.facts) == sorted(load_catalog("pci-2021").facts)


def test_table_holds_four_published_rows_with_no_year_column() -> None:
    assert [r["Tỉnh"] for r in ROWS] == ["Lâm Đồng", "Ninh Thuận", "Thanh Hóa", "Phú Thọ"]
    assert "Năm" not in ROWS[0]


@pytest.mark.parametrize("row", ROWS, ids=[r["Tỉnh"] for r in ROWS])
def test_composite_reproduces_published_pci_2022_within_002(row: dict[str, str]) -> None:
    report = score(load_table_evidence(TABLE, unit=row["Tỉnh"], year=2022, catalog="pci-2022"))
    expected = sum(
        Decimal(row[h]) * Decimal(w) for h, w in zip(ABBREVIATED, WEIGHTS_2022, strict=True)
    ) / Decimal(10)
    assert Decimal(str(report.total.score)) == expected
    assert abs(expected - Decimal(row["PCI"])) <= Decimal("0.02")
    check = report.summary.published_total if report.summary else None
    assert check is not None and check.consistent and check.rank == int(row["Hạng"])
    assert report.year == 2022 and report.catalog.id == "pci-2022"


@pytest.mark.parametrize("row", ROWS, ids=[r["Tỉnh"] for r in ROWS])
def test_the_2021_weights_do_not_reproduce_2022(row: dict[str, str]) -> None:
    weights_2021 = [5, 5, 20, 5, 10, 5, 5, 20, 20, 5]
    old = sum(Decimal(row[h]) * Decimal(w) for h, w in zip(ABBREVIATED, weights_2021, strict=True))
    assert abs(old / Decimal(10) - Decimal(row["PCI"])) > Decimal("1")


def test_seed_003_khanh_hoa_change_is_minus_1_22_with_the_2022_weights() -> None:
    """Seed 003 quotes each sub-index's change 2022 → 2023 and a composite “giảm 1,22 điểm”."""
    plan = load_plan("khanh-hoa-pci-2024")
    assert plan.baseline is not None
    catalog = load_catalog(plan.catalog)
    changes = plan.baseline.changes
    total = sum(
        Decimal(str(changes[c.code].delta)) * Decimal(str(c.max)) / Decimal(10) for c in catalog.assessed()
    )
    assert total == Decimal("-1.22")
    assert "giảm 1,22 điểm" in plan.baseline.text


def test_abbreviated_headers_without_diacritics_are_read(tmp_path: Path) -> None:
    text = TABLE.read_text(encoding="utf-8")
    header = next(ln for ln in text.splitlines() if ln.startswith("Tỉnh"))
    plain = "Tinh,GNTT,TCDD,TMB,CPTG,CPKCT,CTBD,TND,HTDN,DTLD,TCPL,PCI,Rank"
    path = tmp_path / "pci.csv"
    path.write_text(text.replace(header, plain), encoding="utf-8")
    ev = load_table_evidence(path, unit="Ninh Thuận", year=2022, catalog="pci-2022")
    assert ev.facts["pci.land_access"] == 7.00 and ev.facts["pci.labor_training"] == 5.20
    assert ev.facts["pci.published_rank"] == 30


def test_cli_scores_the_abbreviated_table_with_year(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    args = ["score", str(TABLE), "--province", "Lâm Đồng", "--year", "2022", "--catalog", "pci-2022"]
    assert main([*args, "--quiet", "--out", str(out)]) == 0
    assert '"score": 67.62' in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("cells", "kind"),
    [
        ("Lâm Đồng,7.40,7.84,5.80,6.92,7.63,5.64,6.80,5.73,5.66,67.62,17", "thiếu"),  # TCPL dropped
        ("Lâm Đồng,7.40,7.84,5.80,6.92,7.63,5.64,6.80,5.73,5.66,8.18,0.5,67.62,17", "thừa"),
    ],
)
def test_a_row_with_a_cell_too_few_or_too_many_is_refused_with_its_row(
    tmp_path: Path, cells: str, kind: str
) -> None:
    text = TABLE.read_text(encoding="utf-8")
    broken = next(ln for ln in text.splitlines() if ln.startswith("Lâm Đồng"))
    path = tmp_path / "pci.csv"
    path.write_text(text.replace(broken, cells), encoding="utf-8")
    with pytest.raises(InputError) as err:
        # another province's row is not enough: a misshapen row means the file is not read right
        load_table_evidence(path, unit="Phú Thọ", year=2022, catalog="pci-2022")
    (problem,) = err.value.problems
    assert problem.code == Reason.ROW_LENGTH and problem.row == 6 and kind in problem.reason
    assert problem.render().startswith(f"{path}, dòng 6:")


def test_a_trailing_separator_is_not_a_cell(tmp_path: Path) -> None:
    text = TABLE.read_text(encoding="utf-8").replace("8.18,67.62,17", "8.18,67.62,17,")
    path = tmp_path / "pci.csv"
    path.write_text(text, encoding="utf-8")
    report = score(load_table_evidence(path, unit="Lâm Đồng", year=2022, catalog="pci-2022"))
    assert report.total.score == pytest.approx(67.62)
