"""PCI composite = 10 × Σ weight × sub-index, reproduced from VCCI's published 2021 figures.

Data: evidence/examples/pci-2021-vcci.csv, copied from VCCI's PCI table
(https://www.pcivietnam.vn/bang-chi-so-cac-tinh-thanh-viet-nam), 21 provinces ranked 1–21.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from engine.scoring import score, score_file
from engine.spec.bundle import find_catalog
from evidence import evidence_from_data
from evidence.table import load_table_evidence

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "evidence" / "examples" / "pci-2021-vcci.csv"
SUBINDICES = [
    "Gia nhập thị trường",
    "Tiếp cận đất đai",
    "Tính minh bạch",
    "Chi phí thời gian",
    "Chi phí không chính thức",
    "Cạnh tranh bình đẳng",
    "Tính năng động",
    "Chính sách hỗ trợ doanh nghiệp",
    "Đào tạo lao động",
    "Thiết chế pháp lý",
]
WEIGHTS_2021 = [5, 5, 20, 5, 10, 5, 5, 20, 20, 5]


def _rows() -> list[dict[str, str]]:
    lines = [ln for ln in TABLE.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines))


ROWS = _rows()


def test_table_holds_the_21_published_rows() -> None:
    assert len(ROWS) == 21
    assert [int(r["Bảng xếp hạng"]) for r in ROWS] == list(range(1, 22))


def test_catalog_weights_are_vcci_2021_weights_and_sum_to_100() -> None:
    catalog = find_catalog("pci-2021")
    assert [c.max for c in catalog.assessed()] == WEIGHTS_2021
    assert sum(c.max or 0 for c in catalog.assessed()) == 100


@pytest.mark.parametrize("row", ROWS, ids=[r["Tỉnh"] for r in ROWS])
def test_composite_reproduces_published_pci_2021_within_002(row: dict[str, str]) -> None:
    report = score(load_table_evidence(TABLE, unit=row["Tỉnh"], year=2021, catalog="pci-2021"))
    published = Decimal(row["Điểm số PCI"])
    # exact arithmetic on the published (2-decimal) sub-indices, independent of the engine
    expected = sum(
        Decimal(row[n]) * Decimal(w) for n, w in zip(SUBINDICES, WEIGHTS_2021, strict=True)
    ) / Decimal(10)
    assert Decimal(str(report.total.score)) == expected
    assert abs(expected - published) <= Decimal("0.02")
    assert report.total.max == 100
    assert report.summary is not None and report.summary.published_total is not None
    assert report.summary.published_total.consistent
    assert report.summary.published_total.rank == int(row["Bảng xếp hạng"])


def test_each_subindex_contributes_weight_times_score_over_ten() -> None:
    report = score_file(ROOT / "evidence" / "examples" / "quang-ninh-pci-2021.yaml")
    by_code = {r.code: r for r in report.criteria}
    assert by_code["PCI 3"].indicator.value == 6.31
    assert by_code["PCI 3"].score == pytest.approx(12.62)  # 20 × 6,31 / 10
    assert by_code["PCI 1"].score == pytest.approx(3.99)  # 5 × 7,98 / 10
    assert report.total.score == pytest.approx(73.04)
    assert report.plan is None and report.shortfalls == []
    assert all(r.target is None for r in report.criteria)


def test_a_wrong_total_is_flagged_against_the_published_one() -> None:
    row = dict(ROWS[0])
    facts = {f"pci.{k}": v for k, v in _facts(row).items()} | {"pci.published_score": 75.0}
    report = score(evidence_from_data({"unit": "x", "year": 2021, "catalog": "pci-2021", "facts": facts}))
    check = report.summary.published_total if report.summary else None
    assert check is not None and not check.consistent
    assert any("lệch" in w.message and "công bố" in w.message for w in report.warnings)


def _facts(row: dict[str, str]) -> dict[str, float]:
    names = [
        "market_entry",
        "land_access",
        "transparency",
        "time_cost",
        "informal_charges",
        "equal_competition",
        "proactivity",
        "business_support",
        "labor_training",
        "legal_institutions",
    ]
    return {n: float(row[h]) for n, h in zip(names, SUBINDICES, strict=True)}
